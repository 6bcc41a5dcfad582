package dev.limittriage.packet;

import java.util.Locale;
import java.util.Optional;

/** Where a packet field's value came from. {@link #id()} is the word written to JSON and Markdown. */
public enum Origin {
    /** Read from the paste. */
    PARSED,
    /** Typed or chosen by the user. */
    ENTERED,
    /** Concluded by the app (the diagnosis, the knowledge data, a computed time). */
    INFERRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Origin> fromId(String id) {
        for (Origin o : values()) {
            if (o.id().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
