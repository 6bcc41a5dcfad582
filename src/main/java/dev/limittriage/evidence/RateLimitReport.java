package dev.limittriage.evidence;

import org.jspecify.annotations.Nullable;

/**
 * One statement of OpenAI-style bucket grammar, e.g.
 * {@code on tokens per min (TPM): Limit 10000, Used 6701, Requested 4497} or
 * {@code Rate limit exceeded for images per minute ... Limit: 0/1min. Current: 1/1min}.
 *
 * @param measure         the bucket phrase normalised: "requests per min", "tokens per min", "images per min",
 *                        "input-images per min", "requests per day", "tokens per day"
 * @param limit           the limit, when given
 * @param used            the used or current amount, when given
 * @param requested       the requested amount, when given
 * @param requestTooLarge true for "Request too large for ..." (the request itself exceeds the limit)
 * @param span            where the statement is in the paste
 */
public record RateLimitReport(String measure, @Nullable Long limit, @Nullable Long used, @Nullable Long requested,
                              boolean requestTooLarge, Span span) {
}
