package dev.limittriage.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * One error code or phrase that points at an owner and a bucket.
 *
 * @param id      stable id, used in signals ("openai.insufficient_quota")
 * @param match   what the pattern is compared with
 * @param pattern the code, type, phrase or header name
 * @param owner   the owner it points at; {@link Owner#UNKNOWN} when the rule only names a bucket
 * @param bucket  the bucket it points at; {@link Bucket#UNKNOWN} when the rule only names an owner
 * @param retry   the retry verdict it implies, or {@link RetryVerdict#UNKNOWN}
 * @param detail  finer detail shown next to the bucket ("limit is 0 on this tier"), if any
 * @param weight  how strongly it decides, 0..1; a specific code outweighs a generic phrase
 * @param source  where the fact comes from
 */
public record ErrorRule(String id, RuleMatch match, String pattern, Owner owner, Bucket bucket, RetryVerdict retry,
                        @Nullable String detail, double weight, Source source) {
}
