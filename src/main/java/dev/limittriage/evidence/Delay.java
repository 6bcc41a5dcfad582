package dev.limittriage.evidence;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A wait time read from the paste.
 *
 * @param duration how long to wait, relative to the response; null when only an absolute time was given
 * @param at       the absolute time, when the paste gives one (an HTTP-date Retry-After) or it can be computed
 *                 from the response's Date header
 * @param source   where it was read
 * @param raw      the text it was read from ("6m0s", "Please try again in 7.188s")
 * @param span     where that text is in the paste
 */
public record Delay(@Nullable Duration duration, @Nullable Instant at, DelaySource source, String raw, Span span) {
}
