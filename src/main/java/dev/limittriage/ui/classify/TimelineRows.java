package dev.limittriage.ui.classify;

import dev.limittriage.diagnosis.FailureEvent;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.diagnosis.TimelineBin;
import dev.limittriage.diagnosis.TimelinePeak;
import dev.limittriage.diagnosis.TimelineRun;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.ui.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the Evidence screen's Timeline view shows, worked out from a {@link Timeline} (no toolkit needed). */
final class TimelineRows {
    static final int MAX_BARS = 60;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private TimelineRows() {
    }

    /** One run in the list: its words, and the part of the paste its lines cover. */
    record RunRow(String text, int start, int end) {
    }

    /** One bar of the chart: its label (the bin's start) and failures per bucket. */
    record Bar(String label, Map<Bucket, Integer> counts) {
    }

    static List<RunRow> runs(Timeline t) {
        List<RunRow> rows = new ArrayList<>();
        for (TimelineRun r : t.runs()) {
            FailureEvent a = t.event(r.first());
            FailureEvent b = t.event(r.last());
            String what = I18n.text("bucket." + r.bucket().id());
            String status = r.status() == 0 ? "" : I18n.text("timeline.run.status", r.status());
            String lines = a.line() == b.line() ? String.valueOf(a.line()) : a.line() + "–" + b.line();
            String text;
            if (a.wall() == null || b.wall() == null) {
                text = I18n.text("timeline.run.untimed", r.count(), what, status, lines);
            } else if (r.count() == 1) {
                text = I18n.text("timeline.run.one", what, status, clock(a), lines);
            } else {
                text = I18n.text("timeline.run", r.count(), what, status, clock(a), clock(b), lines);
            }
            rows.add(new RunRow(text, r.start(), r.end()));
        }
        return rows;
    }

    static List<Bar> bars(Timeline t, ZoneId zone) {
        List<Bar> bars = new ArrayList<>();
        for (TimelineBin bin : t.bins(MAX_BARS)) {
            bars.add(new Bar(MINUTE.format(bin.from().atZone(zone)), bin.counts()));
        }
        return bars;
    }

    /** The per-minute limit the log states, drawn when each bar is one minute; null otherwise. */
    static @Nullable TimelinePeak limited(Timeline t) {
        List<TimelineBin> bins = t.bins(MAX_BARS);
        if (bins.isEmpty() || bins.get(0).minutes() != 1) {
            return null;
        }
        return t.peaks().stream().filter(p -> p.limit() != null).findFirst().orElse(null);
    }

    /** One paragraph in plain words: how many, when, the runs, the busiest minute, and what stands now. */
    static String summary(Timeline t) {
        List<String> parts = new ArrayList<>();
        FailureEvent first = t.first();
        FailureEvent last = t.last();
        if (first != null && last != null && first.wall() != null && last.wall() != null) {
            parts.add(I18n.text("timeline.summary.span", t.size(), clock(first), clock(last)));
        } else {
            parts.add(I18n.text("timeline.summary.count", t.size()));
        }
        List<String> runs = new ArrayList<>();
        for (TimelineRun r : t.runs().subList(0, Math.min(4, t.runs().size()))) {
            runs.add(I18n.text("timeline.summary.run", r.count(), I18n.text("bucket." + r.bucket().id())));
        }
        parts.add(I18n.text("timeline.summary.runs", String.join(", ", runs)
                + (t.runs().size() > 4 ? I18n.text("timeline.summary.more", t.runs().size() - 4) : "")));
        TimelinePeak peak = limited(t);
        if (peak != null && peak.limit() != null) {
            String key = peak.count() > peak.limit() ? "timeline.summary.over" : "timeline.summary.under";
            parts.add(I18n.text(key, peak.count(), I18n.text("bucket." + peak.bucket().id()), peak.limit()));
        }
        FailureEvent stand = t.standing();
        if (stand != null) {
            parts.add(I18n.text("timeline.summary.standing", I18n.text("bucket." + stand.bucket().id()),
                    I18n.text("owner." + stand.owner().id()), stand.line(),
                    I18n.text("retry." + stand.retry().id())));
        }
        if (t.localTimes() > 0) {
            parts.add(I18n.text("timeline.summary.local", t.zoneName()));
        }
        return String.join(" ", parts);
    }

    private static String clock(FailureEvent e) {
        return e.wall() == null ? "" : CLOCK.format(e.wall());
    }
}
