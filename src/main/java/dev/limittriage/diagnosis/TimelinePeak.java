package dev.limittriage.diagnosis;

import dev.limittriage.knowledge.Bucket;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The busiest minute of one bucket: how many of its failures fell into that clock minute, and the per-minute limit
 * the log itself states for it ({@code Limit 5} on images per min), when it states one.
 *
 * @param minute  the start of the minute
 * @param count   failures in that minute
 * @param limit   the stated limit, or null
 * @param measure what the limit counts ("images per min"), or null
 */
public record TimelinePeak(Bucket bucket, Instant minute, int count, @Nullable Long limit,
                           @Nullable String measure) {
}
