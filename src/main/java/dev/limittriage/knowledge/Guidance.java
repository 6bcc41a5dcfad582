package dev.limittriage.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plain-language guidance for one (owner, bucket) pair; more specific than the owner's profile. A guidance with a
 * {@code variant} applies only when the diagnosis found that finer case of the pair (for example
 * {@link #LIMIT_ZERO}: the window's limit is 0, so the usual "wait and slow down" advice would be wrong).
 *
 * @param owner    the owner
 * @param bucket   the exhausted bucket
 * @param retry    whether retrying helps for this pair
 * @param nextStep the smallest responsible next step
 * @param doNot    what not to do
 * @param variant  the finer case this guidance is for, or null for the pair's usual case: a built-in case below or
 *                 the error code that names the finer case ("project_spend_limit_exceeded")
 * @param sources  where the facts in the advice come from (may be empty for plain common sense)
 */
public record Guidance(Owner owner, Bucket bucket, RetryVerdict retry, String nextStep, String doNot,
                       @Nullable String variant, List<Source> sources) {
    /** "Limit: 0" on a window: the model is not available at this tier. */
    public static final String LIMIT_ZERO = "limit_zero";
    /** "Request too large": one request is bigger than the whole window. */
    public static final String REQUEST_TOO_LARGE = "request_too_large";
    /**
     * The paste names a model OpenAI has shut down. Its texts may hold {@code {model}}, {@code {shutdown}} and
     * {@code {replacement}}, filled in from the model lifecycle data.
     */
    public static final String MODEL_RETIRED = "model_retired";

    public Guidance {
        sources = List.copyOf(sources);
    }

    public Guidance(Owner owner, Bucket bucket, RetryVerdict retry, String nextStep, String doNot) {
        this(owner, bucket, retry, nextStep, doNot, null, List.of());
    }
}
