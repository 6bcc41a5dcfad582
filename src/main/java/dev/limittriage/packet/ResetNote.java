package dev.limittriage.packet;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When the bucket refills, as the diagnosis saw it.
 *
 * @param seconds seconds from the response, or null
 * @param at      absolute time, or null
 * @param source  which signal gave it
 */
public record ResetNote(@Nullable Double seconds, @Nullable Instant at, String source) {
}
