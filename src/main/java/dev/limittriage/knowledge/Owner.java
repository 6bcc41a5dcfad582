package dev.limittriage.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Who imposed a limit. {@link #id()} is the stable word used in data files, JSON output and the CLI. */
public enum Owner {
    CHATGPT_APP, OPENAI_API, OPENAI_BILLING, OPENAI_ACCESS, AZURE, PROVIDER, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Owner> fromId(String id) {
        for (Owner o : values()) {
            if (o.id().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
