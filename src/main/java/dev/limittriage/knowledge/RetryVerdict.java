package dev.limittriage.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Whether sending the same request again can help. */
public enum RetryVerdict {
    /** A time window is full: wait for the reset, then retry. */
    WAIT_THEN_RETRY,
    /** Retrying works only with less pressure: fewer requests, smaller requests, a slower ramp. */
    REDUCE_RATE,
    /** Billing, access, verification, policy or request shape: retrying never fixes it. */
    DO_NOT_RETRY,
    UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RetryVerdict> fromId(String id) {
        for (RetryVerdict r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
