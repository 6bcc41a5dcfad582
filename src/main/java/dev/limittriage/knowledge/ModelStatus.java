package dev.limittriage.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Where a model is in its life, as OpenAI's deprecations page names the states. */
public enum ModelStatus {
    /** Usable; no retirement announced. */
    ACTIVE,
    /** Retirement announced; usable until the shutdown date. */
    DEPRECATED,
    /** No longer accepts requests. */
    SHUT_DOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelStatus> fromId(String id) {
        for (ModelStatus s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
