package dev.limittriage.packet;

import dev.limittriage.diagnosis.FailureEvent;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.diagnosis.TimelinePeak;
import dev.limittriage.diagnosis.TimelineRun;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The packet's summary of a log that holds several failures: counts, span, runs and busiest minutes, not every
 * event. Times are ISO 8601 as the log wrote them (no offset for local times, which
 * {@code timesWithoutZone} names).
 *
 * @param total            failures found
 * @param first            the first failure's time, or null
 * @param last             the last failure's time, or null
 * @param timesWithoutZone how stamps without a zone were read ("local time, Europe/Berlin"), or null
 * @param counts           failures per bucket
 * @param runs             runs of the same failure in order, at most {@link #MAX_RUNS}
 * @param runsLeftOut      runs beyond {@link #MAX_RUNS} that were left out
 * @param peaks            the busiest minute of each bucket
 */
public record TimelineSection(int total, @Nullable String first, @Nullable String last,
                              @Nullable String timesWithoutZone, Map<Bucket, Integer> counts, List<RunNote> runs,
                              int runsLeftOut, List<PeakNote> peaks) {
    public static final int MAX_RUNS = 100;

    public TimelineSection {
        EnumMap<Bucket, Integer> copy = new EnumMap<>(Bucket.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
        runs = List.copyOf(runs);
        peaks = List.copyOf(peaks);
    }

    /** One run: how many, of what, from when to when, on which lines. */
    public record RunNote(int count, Owner owner, Bucket bucket, RetryVerdict retry, @Nullable Integer status,
                          @Nullable String from, @Nullable String to, int firstLine, int lastLine) {
    }

    /** A bucket's busiest minute and the per-minute limit the log states for it, if it states one. */
    public record PeakNote(Bucket bucket, String minute, int count, @Nullable Long limit, @Nullable String measure) {
    }

    /** The section for a timeline, or null when it holds fewer than two failures (nothing to put on a line). */
    public static @Nullable TimelineSection of(Timeline t) {
        if (!t.isTimeline()) {
            return null;
        }
        List<RunNote> runs = new ArrayList<>();
        for (TimelineRun r : t.runs()) {
            if (runs.size() == MAX_RUNS) {
                break;
            }
            FailureEvent a = t.event(r.first());
            FailureEvent b = t.event(r.last());
            runs.add(new RunNote(r.count(), r.owner(), r.bucket(), r.retry(), r.status() == 0 ? null : r.status(),
                    a.written(), b.written(), a.line(), b.line()));
        }
        List<PeakNote> peaks = new ArrayList<>();
        for (TimelinePeak p : t.peaks()) {
            peaks.add(new PeakNote(p.bucket(), minute(t, p), p.count(), p.limit(), p.measure()));
        }
        FailureEvent first = t.first();
        FailureEvent last = t.last();
        return new TimelineSection(t.size(), first == null ? null : first.written(),
                last == null ? null : last.written(), t.localTimes() == 0 ? null : "local time, " + t.zoneName(),
                t.countsByBucket(), runs, t.runs().size() - runs.size(), peaks);
    }

    /** The busiest minute written the way the log writes that bucket's times. */
    private static String minute(Timeline t, TimelinePeak p) {
        for (int i = 0; i < t.size(); i++) {
            if (t.bucket(i) == p.bucket()) {
                FailureEvent e = t.event(i);
                if (e.wall() != null) {
                    var m = p.minute().atOffset(e.wall().getOffset());
                    return e.local() ? m.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                            : m.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                }
            }
        }
        return p.minute().toString();
    }
}
