package dev.limittriage.diagnosis;

import dev.limittriage.knowledge.Bucket;
import java.time.Instant;
import java.util.Map;

/**
 * One bar of a failures-over-time chart: the failures per bucket from {@code from} for {@code minutes} minutes.
 *
 * @param counts failures per bucket, only buckets with at least one
 */
public record TimelineBin(Instant from, int minutes, Map<Bucket, Integer> counts) {
    public TimelineBin {
        counts = Map.copyOf(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
