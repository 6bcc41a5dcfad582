package dev.limittriage.plan;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.evidence.Delay;
import dev.limittriage.evidence.DelaySource;
import dev.limittriage.evidence.Durations;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every reset a case knows, on one time axis: the {@code x-ratelimit-reset-*} headers per bucket, Retry-After (and
 * Azure's retry-after-ms), a message's "try again in", and the ChatGPT app's "resets in 12 hours and 43 minutes".
 *
 * <p>A duration is relative to the response: it is anchored on the response's {@code Date} header when the paste
 * has one, else on the time of pasting, and each reset says which. A clock time in the paste (an HTTP-date
 * Retry-After, an epoch reset header) needs no anchor.
 *
 * @param pastedAt     when the paste was read
 * @param responseDate the response's Date header, when present
 * @param resets       every reset, earliest first
 * @param unblocking   the reset after which the user can go on: the latest of those that apply to the exhausted
 *                     bucket (a server's Retry-After and the message's own wait always apply); null when there is
 *                     none, or waiting cannot help
 */
public record ResetTimeline(Instant pastedAt, @Nullable Instant responseDate, List<Reset> resets,
                            @Nullable Reset unblocking) {
    public ResetTimeline {
        resets = List.copyOf(resets);
    }

    /** What a duration was measured from. */
    public enum Anchor {
        /** The paste gave a clock time. */
        ABSOLUTE,
        /** The response's Date header plus the duration. */
        RESPONSE_DATE,
        /** The time of pasting plus the duration (the paste has no Date header). */
        PASTE_TIME
    }

    /**
     * One reset.
     *
     * @param label   what resets, for people: "IPM", "tokens", "Retry-After", "ChatGPT cap", "try again"
     * @param bucket  the bucket it refills, when known
     * @param at      when
     * @param anchor  what a duration was measured from
     * @param raw     the text it was read from
     */
    public record Reset(String label, @Nullable Bucket bucket, Instant at, Anchor anchor, String raw) {
        public boolean passed(Instant now) {
            return !at.isAfter(now);
        }
    }

    /** No diagnosis, or one where waiting cannot help: an empty timeline. */
    public static ResetTimeline empty(Instant pastedAt) {
        return new ResetTimeline(pastedAt, null, List.of(), null);
    }

    /** The timeline of a diagnosed paste read at {@code pastedAt}. */
    public static ResetTimeline of(Diagnosis d, Instant pastedAt) {
        Instant date = d.evidence().responseDate();
        if (d.retry() == RetryVerdict.DO_NOT_RETRY) {
            return new ResetTimeline(pastedAt, date, List.of(), null); // a reset means nothing when waiting cannot help
        }
        List<Reset> resets = new ArrayList<>();
        List<Reset> applying = new ArrayList<>();
        for (Delay delay : d.evidence().delays()) {
            Reset r = reset(delay, d, date, pastedAt);
            if (r == null || resets.stream().anyMatch(o -> o.label().equals(r.label()) && o.at().equals(r.at()))) {
                continue;
            }
            resets.add(r);
            if (applies(delay.source(), r.bucket(), d.bucket())) {
                applying.add(r);
            }
        }
        resets.sort(Comparator.comparing(Reset::at));
        Reset unblocking = applying.stream().max(Comparator.comparing(Reset::at))
                .orElse(resets.isEmpty() ? null : resets.get(resets.size() - 1));
        return new ResetTimeline(pastedAt, date, resets, unblocking);
    }

    private static @Nullable Reset reset(Delay delay, Diagnosis d, @Nullable Instant date, Instant pastedAt) {
        boolean absolute = isClockTime(delay);
        Instant at;
        Anchor anchor;
        if (absolute && delay.at() != null) {
            at = delay.at();
            anchor = Anchor.ABSOLUTE;
        } else if (delay.duration() != null) {
            Duration wait = delay.duration();
            anchor = date != null ? Anchor.RESPONSE_DATE : Anchor.PASTE_TIME;
            at = (date != null ? date : pastedAt).plus(wait);
        } else {
            return null;
        }
        String header = headerName(delay.raw());
        return switch (delay.source()) {
            case RESET_REQUESTS_HEADER -> new Reset(header.endsWith("-day") ? "RPD" : "RPM",
                    header.endsWith("-day") ? Bucket.RPD : Bucket.RPM, at, anchor, delay.raw());
            case RESET_TOKENS_HEADER -> new Reset("TPM", Bucket.TPM, at, anchor, delay.raw());
            case RESET_OTHER_HEADER -> header.contains("image")
                    ? new Reset("IPM", Bucket.IPM, at, anchor, delay.raw())
                    : new Reset(header, null, at, anchor, delay.raw());
            case RETRY_AFTER_HEADER, RETRY_AFTER_MS_HEADER, MS_RETRY_AFTER_MS_HEADER ->
                    new Reset("Retry-After", d.bucket() == Bucket.UNKNOWN ? null : d.bucket(), at, anchor,
                            delay.raw());
            case MESSAGE_PHRASE -> d.owner() == Owner.CHATGPT_APP
                    ? new Reset("ChatGPT cap", Bucket.APP_CAP, at, anchor, delay.raw())
                    : new Reset("try again", d.bucket() == Bucket.UNKNOWN ? null : d.bucket(), at, anchor,
                            delay.raw());
            case BODY_FIELD -> new Reset("retry_after", d.bucket() == Bucket.UNKNOWN ? null : d.bucket(), at,
                    anchor, delay.raw());
        };
    }

    /** Whether the paste wrote a clock time (HTTP-date or epoch seconds), not a duration. */
    private static boolean isClockTime(Delay delay) {
        if (delay.duration() == null) {
            return true;
        }
        String raw = delay.raw();
        int colon = raw.indexOf(':');
        String value = colon < 0 ? raw : raw.substring(colon + 1).trim();
        return Durations.parseHttpDate(value) != null
                || value.length() >= 10 && value.length() <= 13 && value.chars().allMatch(Character::isDigit);
    }

    private static String headerName(String raw) {
        int colon = raw.indexOf(':');
        return colon < 0 ? "" : raw.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether a reset is one the user must wait for, given the exhausted bucket. */
    private static boolean applies(DelaySource source, @Nullable Bucket resetBucket, Bucket exhausted) {
        return switch (source) {
            case RETRY_AFTER_HEADER, RETRY_AFTER_MS_HEADER, MS_RETRY_AFTER_MS_HEADER, MESSAGE_PHRASE, BODY_FIELD ->
                    true;
            default -> resetBucket != null && resetBucket == exhausted;
        };
    }
}
