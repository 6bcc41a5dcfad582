package dev.limittriage.diagnosis;

import dev.limittriage.evidence.LogEvents;
import dev.limittriage.evidence.TimeFormat;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every failure in a paste on one time line, with its summary: counts per bucket and owner, first and last, runs of
 * the same failure, the busiest minute per bucket against the stated limit, and the block that stands now. Built by
 * {@link Diagnoser#timeline}. Immutable; events are kept compactly and made into {@link FailureEvent}s on request.
 */
public final class Timeline {
    private static final Set<Bucket> PER_MINUTE = EnumSet.of(Bucket.IPM, Bucket.RPM, Bucket.TPM);
    private static final int[] BIN_MINUTES = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080};

    /** How events of one shape were read: one per distinct shape, shared by all events of that shape. */
    record EventClass(Owner owner, Bucket bucket, RetryVerdict retry, String signal, @Nullable Long limit,
                      @Nullable String measure) {
    }

    private final LogEvents events;
    private final int[] classOf;
    private final List<EventClass> classes;
    private final Map<Bucket, Integer> byBucket;
    private final Map<Owner, Integer> byOwner;
    private final List<TimelineRun> runs;
    private final List<TimelinePeak> peaks;
    private final int standing;
    private final int first;
    private final int last;
    private final Set<TimeFormat> formats;
    private final int localTimes;

    Timeline(LogEvents events, int[] classOf, List<EventClass> classes) {
        this.events = events;
        this.classOf = classOf.clone();
        this.classes = List.copyOf(classes);
        int n = events.size();
        Map<Bucket, Integer> buckets = new EnumMap<>(Bucket.class);
        Map<Owner, Integer> owners = new EnumMap<>(Owner.class);
        Set<TimeFormat> seen = EnumSet.noneOf(TimeFormat.class);
        int locals = 0;
        int firstTimed = -1;
        int lastTimed = -1;
        int stand = -1;
        for (int i = 0; i < n; i++) {
            EventClass c = cls(i);
            buckets.merge(c.bucket(), 1, Integer::sum);
            owners.merge(c.owner(), 1, Integer::sum);
            if (events.hasTime(i)) {
                firstTimed = firstTimed < 0 ? i : firstTimed;
                lastTimed = i;
                TimeFormat f = events.format(i);
                if (f != null) {
                    seen.add(f);
                }
                locals += events.local(i) ? 1 : 0;
            }
            if (c.bucket() != Bucket.UNKNOWN) {
                stand = i;
            }
        }
        this.byBucket = Collections.unmodifiableMap(new LinkedHashMap<>(buckets));
        this.byOwner = Collections.unmodifiableMap(new LinkedHashMap<>(owners));
        this.standing = stand >= 0 ? stand : n - 1;
        this.first = firstTimed >= 0 ? firstTimed : n > 0 ? 0 : -1;
        this.last = lastTimed >= 0 ? lastTimed : n - 1;
        this.formats = Collections.unmodifiableSet(seen);
        this.localTimes = locals;
        this.runs = List.copyOf(findRuns());
        this.peaks = List.copyOf(findPeaks());
    }

    private EventClass cls(int i) {
        return classes.get(classOf[i]);
    }

    public int size() {
        return events.size();
    }

    public FailureEvent event(int i) {
        EventClass c = cls(i);
        Instant at = events.at(i);
        var offset = events.offset(i);
        OffsetDateTime wall = at == null || offset == null ? null : at.atOffset(offset);
        return new FailureEvent(at, events.local(i), wall, events.format(i), events.line(i), events.start(i),
                events.end(i), events.status(i), c.owner(), c.bucket(), c.retry(), c.signal());
    }

    /** All events in text order, made on access (a view; nothing is copied). */
    public List<FailureEvent> events() {
        return new AbstractList<>() {
            @Override
            public FailureEvent get(int index) {
                return event(index);
            }

            @Override
            public int size() {
                return events.size();
            }
        };
    }

    /** The bucket of event {@code i}, without making the event. */
    public Bucket bucket(int i) {
        return cls(i).bucket();
    }

    /** Failures per bucket (only buckets that occur, in the order of {@link Bucket}). */
    public Map<Bucket, Integer> countsByBucket() {
        return byBucket;
    }

    public Map<Owner, Integer> countsByOwner() {
        return byOwner;
    }

    /** The first failure (the first one with a time, when any has one); null when there are none. */
    public @Nullable FailureEvent first() {
        return first < 0 ? null : event(first);
    }

    public @Nullable FailureEvent last() {
        return last < 0 ? null : event(last);
    }

    public List<TimelineRun> runs() {
        return runs;
    }

    /** The busiest minute of each bucket whose failures have times, in the order of {@link Bucket}. */
    public List<TimelinePeak> peaks() {
        return peaks;
    }

    /**
     * The block that stands now: the last failure whose bucket is known (a later billing, access or policy block
     * outranks the rate limits before it; a rate limit after a billing block means the billing was fixed). -1 when
     * there are no events.
     */
    public int standingIndex() {
        return standing;
    }

    public @Nullable FailureEvent standing() {
        return standing < 0 ? null : event(standing);
    }

    /** How the times of the events were written. */
    public Set<TimeFormat> formats() {
        return formats;
    }

    /** How many events carry a time written without a zone (read as local time in {@link #zone()}). */
    public int localTimes() {
        return localTimes;
    }

    public ZoneId zone() {
        return events.zone();
    }

    /** The zone's name as people write it ("UTC", "Europe/Berlin"). */
    public String zoneName() {
        String id = zone().normalized().getId();
        return id.equals("Z") ? "UTC" : id;
    }

    /** True when more than one failure was found: worth showing as a time line. */
    public boolean isTimeline() {
        return events.size() > 1;
    }

    /**
     * Failures per bucket over time, in bins of 1, 2, 5, 10, 15, 30 minutes ... so that at most {@code maxBins} bins
     * cover the span from the first to the last timed failure; empty bins included. Empty when no event has a time.
     */
    public List<TimelineBin> bins(int maxBins) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            if (events.hasTime(i)) {
                lo = Math.min(lo, events.epochMillis(i));
                hi = Math.max(hi, events.epochMillis(i));
            }
        }
        if (lo == Long.MAX_VALUE) {
            return List.of();
        }
        // the narrowest width whose bins, starting on a multiple of the width, number at most maxBins
        int width = BIN_MINUTES[BIN_MINUTES.length - 1];
        for (int w : BIN_MINUTES) {
            long candidate = w * 60_000L;
            if (Math.floorDiv(hi - Math.floorDiv(lo, candidate) * candidate, candidate) + 1 <= maxBins) {
                width = w;
                break;
            }
        }
        long widthMs = width * 60_000L;
        long origin = Math.floorDiv(lo, widthMs) * widthMs;
        int count = (int) Math.min(Integer.MAX_VALUE - 1, Math.floorDiv(hi - origin, widthMs) + 1);
        if (count > maxBins * 4L) {
            count = maxBins * 4; // a span wider than the widest bin allows: cut, never allocate without bound
        }
        List<Map<Bucket, Integer>> counts = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            counts.add(new EnumMap<>(Bucket.class));
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.hasTime(i)) {
                long b = Math.floorDiv(events.epochMillis(i) - origin, widthMs);
                if (b >= 0 && b < count) {
                    counts.get((int) b).merge(bucket(i), 1, Integer::sum);
                }
            }
        }
        List<TimelineBin> bins = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            bins.add(new TimelineBin(Instant.ofEpochMilli(origin + b * widthMs), width, counts.get(b)));
        }
        return bins;
    }

    private List<TimelineRun> findRuns() {
        List<TimelineRun> out = new ArrayList<>();
        int n = events.size();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && sameKind(i, j + 1)) {
                j++;
            }
            EventClass c = cls(i);
            out.add(new TimelineRun(c.owner(), c.bucket(), c.retry(), events.status(i), i, j, j - i + 1,
                    events.start(i), events.end(j)));
            i = j + 1;
        }
        return out;
    }

    private boolean sameKind(int a, int b) {
        EventClass x = cls(a);
        EventClass y = cls(b);
        return x.owner() == y.owner() && x.bucket() == y.bucket() && x.retry() == y.retry();
    }

    private List<TimelinePeak> findPeaks() {
        Map<Bucket, Map<Long, Integer>> perMinute = new EnumMap<>(Bucket.class);
        for (int i = 0; i < events.size(); i++) {
            if (events.hasTime(i)) {
                perMinute.computeIfAbsent(bucket(i), b -> new HashMap<>())
                        .merge(Math.floorDiv(events.epochMillis(i), 60_000L), 1, Integer::sum);
            }
        }
        List<TimelinePeak> out = new ArrayList<>();
        for (var e : perMinute.entrySet()) {
            long bestMinute = Long.MAX_VALUE;
            int best = 0;
            for (var m : e.getValue().entrySet()) {
                if (m.getValue() > best || m.getValue() == best && m.getKey() < bestMinute) {
                    best = m.getValue();
                    bestMinute = m.getKey();
                }
            }
            @Nullable Long limit = null;
            @Nullable String measure = null;
            if (PER_MINUTE.contains(e.getKey())) {
                for (EventClass c : classes) {
                    if (c.bucket() == e.getKey() && c.limit() != null && c.measure() != null
                            && c.measure().endsWith("per min")) {
                        limit = c.limit();
                        measure = c.measure();
                        break;
                    }
                }
            }
            out.add(new TimelinePeak(e.getKey(), Instant.ofEpochSecond(bestMinute * 60), best, limit, measure));
        }
        return out;
    }
}
