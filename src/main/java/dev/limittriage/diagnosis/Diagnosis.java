package dev.limittriage.diagnosis;

import dev.limittriage.evidence.Evidence;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who owns the limit, what ran out, whether retrying helps, when it resets and what to do next.
 *
 * @param owner      the owner, or UNKNOWN when the evidence is too thin
 * @param bucket     the bucket, or UNKNOWN
 * @param detail     finer detail ("limit is 0 on this tier", "request too large"), or null
 * @param retry      the retry verdict
 * @param confidence 0..1
 * @param signals    the signals that decided it, strongest first
 * @param reset      when it resets, if known
 * @param nextStep   the smallest responsible next step, in plain language
 * @param doNot      what not to do, in plain language
 * @param summary    one plain sentence: owner, bucket and retry verdict
 * @param tierMatch  what the rate-limit headers say about the tier, if they were present
 * @param observations other plain-language remarks (remaining capacity in a successful response, etc.)
 * @param evidence   the evidence it was built from
 */
public record Diagnosis(Owner owner, Bucket bucket, @Nullable String detail, RetryVerdict retry, double confidence,
                        List<Signal> signals, @Nullable Reset reset, String nextStep, String doNot, String summary,
                        @Nullable TierMatch tierMatch, List<String> observations, Evidence evidence) {
    /**
     * Below this confidence an answer is a guess: the Diagnosis screen calls it low, and a route the user chose
     * outranks an owner named with it.
     */
    public static final double LOW_CONFIDENCE = 0.45;

    public Diagnosis {
        signals = List.copyOf(signals);
        observations = List.copyOf(observations);
    }
}
