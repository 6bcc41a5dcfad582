package dev.limittriage.plan;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Source;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one batch: which limit binds, the least wall time, a safe pace, tokens and cost, the next tiers,
 * the per-minute demand, and the Batch API alternative.
 *
 * @param request          what was asked
 * @param tokensPerImage   output tokens of one image
 * @param tokenSource      where that figure comes from
 * @param tokenBasis       how it was found, in plain words (and that OpenAI publishes no table, where so)
 * @param binding          the limit that binds first (IPM, TPM or RPM)
 * @param why              one sentence: why that one
 * @param limits           every limit used, with what it allows
 * @param requests         requests in the batch (the last may carry fewer than n images)
 * @param requestsPerMinute whole requests sent per minute at the plan's pace
 * @param paceSeconds      seconds between requests when they go one at a time (concurrency 1)
 * @param groupSize        requests started together (concurrency, capped so a group fits in a minute's allowance)
 * @param groupEverySeconds seconds between groups
 * @param minutes          least wall time: minutes from the first request to the last one sent, at this pace
 * @param costUsd          output-token cost of the batch in US dollars, or null without a price
 * @param priceSource      where the price comes from
 * @param batch            the Batch API alternative, when the knowledge says the model supports it
 * @param nextTiers        the same batch on the published tiers above the chosen one
 * @param demand           images, tokens and requests sent in each minute of the plan (at most the first hour)
 * @param notes            what the plan assumes or capped, in plain words
 */
public record Plan(PlanRequest request, int tokensPerImage, Source tokenSource, String tokenBasis, Bucket binding,
                   String why, List<LimitUse> limits, int requests, int requestsPerMinute, double paceSeconds,
                   int groupSize, double groupEverySeconds, double minutes, @Nullable Double costUsd,
                   @Nullable Source priceSource, @Nullable BatchOption batch, List<TierOutcome> nextTiers,
                   List<MinuteDemand> demand, List<String> notes) {
    public Plan {
        limits = List.copyOf(limits);
        nextTiers = List.copyOf(nextTiers);
        demand = List.copyOf(demand);
        notes = List.copyOf(notes);
    }

    /**
     * One limit and what it allows for this batch.
     *
     * @param bucket            IPM, TPM or RPM
     * @param perMinute         the limit
     * @param requestsPerMinute requests of this batch it lets through in a minute (fractional)
     * @param source            where the value comes from; null when typed in
     */
    public record LimitUse(Bucket bucket, long perMinute, double requestsPerMinute, @Nullable Source source) {
    }

    /** The Batch API alternative: cost, completion window and queue limit, with sources. */
    public record BatchOption(@Nullable Double costUsd, double priceFactor, int windowHours,
                              @Nullable Long queueLimit, String endpoint, List<Source> sources, String note) {
        public BatchOption {
            sources = List.copyOf(sources);
        }
    }

    /** The same batch on another tier. */
    public record TierOutcome(String tier, Bucket binding, double minutes, double paceSeconds,
                              @Nullable Long ipm, @Nullable Long tpm) {
    }

    /** What the plan sends in one minute (minute 0 is the first). */
    public record MinuteDemand(int minute, long images, long tokens, long requests) {
    }
}
