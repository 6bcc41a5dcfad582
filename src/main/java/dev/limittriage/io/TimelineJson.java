package dev.limittriage.io;

import dev.limittriage.diagnosis.FailureEvent;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.diagnosis.TimelinePeak;
import dev.limittriage.diagnosis.TimelineRun;
import dev.limittriage.evidence.TimeFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Export DTOs for {@code timeline --json}, mapped by hand from {@link Timeline}. Times are ISO 8601 as the log wrote
 * them: with their offset when the stamp had one, without an offset when it had none (local time, which
 * {@link TimelineDocument#timesWithoutZone()} names).
 */
public final class TimelineJson {
    private TimelineJson() {
    }

    /**
     * The whole document.
     *
     * @param timesWithoutZone how stamps without a zone were read ("local time, Europe/Berlin"), or null when every
     *                         time carried its zone
     * @param formats          how the times were written ({@link TimeFormat#id()})
     * @param counts           failures per bucket
     * @param owners           failures per owner
     * @param standing         the block that stands now (what {@code diagnose} answers), or null without events
     */
    public record TimelineDocument(String file, int total, @Nullable String timesWithoutZone, List<String> formats,
                                   Map<String, Integer> counts, Map<String, Integer> owners,
                                   @Nullable EventLine first, @Nullable EventLine last, List<RunLine> runs,
                                   List<PeakLine> peak, @Nullable EventLine standing, List<EventLine> events) {
    }

    /** One failure. {@code at} is null when the paste gives no time for it; {@code status} null when none. */
    public record EventLine(@Nullable String at, int line, @Nullable Integer status, String owner, String bucket,
                            String retry, String signal) {
    }

    /** Consecutive failures of one kind, from the first one's time and line to the last one's. */
    public record RunLine(int count, String owner, String bucket, String retry, @Nullable Integer status,
                          @Nullable String from, @Nullable String to, int firstLine, int lastLine) {
    }

    /** A bucket's busiest minute and the per-minute limit the log states for it, if any. */
    public record PeakLine(String bucket, String minute, int count, @Nullable Long limit, @Nullable String measure) {
    }

    /**
     * Maps a timeline for output; {@code clean} is applied to each deciding signal (it can quote the paste).
     *
     * @param events include every event (false leaves the list empty: the summary alone)
     */
    public static TimelineDocument document(String file, Timeline t, boolean events, UnaryOperator<String> clean) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        t.countsByBucket().forEach((b, n) -> counts.put(b.id(), n));
        Map<String, Integer> owners = new LinkedHashMap<>();
        t.countsByOwner().forEach((o, n) -> owners.put(o.id(), n));
        List<RunLine> runs = t.runs().stream().map(r -> run(t, r)).toList();
        List<PeakLine> peaks = t.peaks().stream().map(p -> peak(t, p)).toList();
        List<EventLine> all = events ? t.events().stream().map(e -> event(e, clean)).toList() : List.of();
        String local = t.localTimes() == 0 ? null : "local time, " + t.zoneName();
        return new TimelineDocument(file, t.size(), local, t.formats().stream().map(TimeFormat::id).toList(), counts,
                owners, event(t.first(), clean), event(t.last(), clean), runs, peaks, event(t.standing(), clean),
                all);
    }

    private static @Nullable EventLine event(@Nullable FailureEvent e, UnaryOperator<String> clean) {
        if (e == null) {
            return null;
        }
        return new EventLine(at(e), e.line(), e.status() == 0 ? null : e.status(), e.owner().id(), e.bucket().id(),
                e.retry().id(), clean.apply(e.signal()));
    }

    private static RunLine run(Timeline t, TimelineRun r) {
        FailureEvent first = t.event(r.first());
        FailureEvent last = t.event(r.last());
        return new RunLine(r.count(), r.owner().id(), r.bucket().id(), r.retry().id(),
                r.status() == 0 ? null : r.status(), at(first), at(last), first.line(), last.line());
    }

    private static PeakLine peak(Timeline t, TimelinePeak p) {
        ZoneOffset offset = t.zone().getRules().getOffset(p.minute());
        boolean local = true;
        for (int i = 0; i < t.size(); i++) {
            if (t.bucket(i) == p.bucket()) {
                FailureEvent e = t.event(i);
                if (e.wall() != null) {
                    offset = e.wall().getOffset(); // the minute as the log writes that bucket's times
                    local = e.local();
                    break;
                }
            }
        }
        OffsetDateTime minute = p.minute().atOffset(offset);
        String written = local ? minute.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                : minute.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new PeakLine(p.bucket().id(), written, p.count(), p.limit(), p.measure());
    }

    /** ISO 8601 as written: with its offset, or as local date-time when the stamp had no zone. */
    public static @Nullable String at(FailureEvent e) {
        return e.written();
    }
}
