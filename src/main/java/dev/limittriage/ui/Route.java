package dev.limittriage.ui;

import java.util.Locale;
import java.util.Optional;

/** The answer to "Where did image generation stop?" on the start screen. */
public enum Route {
    CHATGPT_APP, OPENAI_API, AZURE, PROVIDER, NOT_SURE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the route's title on the start screen. */
    public String titleKey() {
        return "route." + id() + ".title";
    }

    public static Optional<Route> fromId(String id) {
        for (Route r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
