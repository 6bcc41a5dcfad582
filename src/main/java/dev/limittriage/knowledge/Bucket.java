package dev.limittriage.knowledge;

import java.util.Locale;
import java.util.Optional;

/** What ran out (or why the request was refused). {@link #id()} is the stable word used everywhere outside Java. */
public enum Bucket {
    RPM, TPM, IPM, RPD, TPD, MONTHLY_SPEND, CREDITS, VERIFICATION, MODEL_ACCESS, AZURE_QUOTA, APP_CAP,
    SERVER_OVERLOAD, CONTENT_POLICY, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Bucket> fromId(String id) {
        for (Bucket b : values()) {
            if (b.id().equals(id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
