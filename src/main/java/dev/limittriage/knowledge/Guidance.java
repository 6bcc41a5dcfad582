package dev.limittriage.knowledge;

/**
 * Plain-language guidance for one (owner, bucket) pair; more specific than the owner's profile.
 *
 * @param owner    the owner
 * @param bucket   the exhausted bucket
 * @param retry    whether retrying helps for this pair
 * @param nextStep the smallest responsible next step
 * @param doNot    what not to do
 */
public record Guidance(Owner owner, Bucket bucket, RetryVerdict retry, String nextStep, String doNot) {
}
