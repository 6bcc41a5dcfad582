package dev.limittriage.plan;

import dev.limittriage.knowledge.Source;
import org.jspecify.annotations.Nullable;

/**
 * The per-minute limits a plan works against: a published tier, an Azure default, or limits typed in.
 *
 * @param label  "Tier 1", "Azure GPT-image-2 default" or "custom"
 * @param tier   the tier number 1..5 for a published OpenAI tier, else null
 * @param ipm    images per minute, when limited
 * @param tpm    tokens per minute, when limited
 * @param rpm    requests per minute, when limited
 * @param source where the values come from; null for limits the user typed in
 */
public record RateLimits(String label, @Nullable Integer tier, @Nullable Long ipm, @Nullable Long tpm,
                         @Nullable Long rpm, @Nullable Source source) {
    public RateLimits {
        if (ipm == null && tpm == null && rpm == null) {
            throw new PlanException("no limit given: name a tier or give at least one of IPM, TPM and RPM");
        }
        for (Long v : new Long[] {ipm, tpm, rpm}) {
            if (v != null && v <= 0) {
                throw new PlanException("limits must be positive, was " + v);
            }
        }
    }

    /** Limits typed in by the user. */
    public static RateLimits custom(@Nullable Long ipm, @Nullable Long tpm, @Nullable Long rpm) {
        return new RateLimits("custom", null, ipm, tpm, rpm, null);
    }
}
