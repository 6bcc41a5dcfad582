package dev.limittriage.diagnosis;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When the exhausted bucket is expected to refill.
 *
 * @param seconds seconds from the response (fractional), or null when only an absolute time is known
 * @param at      absolute time, when the paste gives a date to anchor it
 * @param source  which signal gave it ("header retry-after-ms", "message: Please try again in 7.188s")
 */
public record Reset(@Nullable Double seconds, @Nullable Instant at, String source) {
}
