package dev.limittriage.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The image quality a request asks for. {@link #id()} is the word the API and the knowledge files use. */
public enum Quality {
    LOW, MEDIUM, HIGH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Quality> fromId(String id) {
        for (Quality q : values()) {
            if (q.id().equals(id)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
