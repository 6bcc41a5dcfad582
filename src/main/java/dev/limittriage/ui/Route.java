package dev.limittriage.ui;

import dev.limittriage.knowledge.Owner;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The answer to "Where did image generation stop?" on the start screen. */
public enum Route {
    CHATGPT_APP, OPENAI_API, AZURE, PROVIDER, NOT_SURE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The owners the route allows; none for "not sure". */
    public Set<Owner> owners() {
        return switch (this) {
            case CHATGPT_APP -> Set.of(Owner.CHATGPT_APP);
            case OPENAI_API -> Set.of(Owner.OPENAI_API, Owner.OPENAI_BILLING, Owner.OPENAI_ACCESS);
            case AZURE -> Set.of(Owner.AZURE);
            case PROVIDER -> Set.of(Owner.PROVIDER);
            case NOT_SURE -> Set.of();
        };
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
