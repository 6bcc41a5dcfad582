package dev.limittriage.diagnosis;

import dev.limittriage.evidence.TimeFormat;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * One failure in a log, as {@link Timeline#event(int)} hands it out (events are stored compactly and made into
 * this record only when asked for).
 *
 * @param at     when it happened, or null when the paste gives no time for it
 * @param local  the stamp had no zone and was read as local time
 * @param wall   the time as written (its own offset, or the local zone's), or null
 * @param format how the time was written, or null
 * @param line   the 1-based line the event starts on
 * @param start  where the event starts in the paste
 * @param end    where it ends (exclusive); an event spans all its lines (a traceback, headers and body)
 * @param status the HTTP error status, or 0 when none is written
 * @param signal what decided its owner and bucket: a knowledge rule id, or a built-in reading
 */
public record FailureEvent(@Nullable Instant at, boolean local, @Nullable OffsetDateTime wall,
                           @Nullable TimeFormat format, int line, int start, int end, int status, Owner owner,
                           Bucket bucket, RetryVerdict retry, String signal) {

    /** The time in ISO 8601 as the log wrote it: with its offset, or without one for a local time; null if none. */
    public @Nullable String written() {
        if (wall == null) {
            return null;
        }
        return local ? wall.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                : wall.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
