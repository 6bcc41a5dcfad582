package dev.limittriage.ui.classify;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Signal;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.Fact;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.evidence.Header;
import dev.limittriage.evidence.Span;
import dev.limittriage.ui.Debouncer;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.TaskExecutor;
import dev.limittriage.ui.TriageCase;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The paste screen: diagnoses as the user types (debounced), in the background when the paste is large, and
 * exposes what decided it: signal chips, highlighted text and a table of the parsed headers and identifiers.
 */
public final class EvidenceViewModel {
    /** Above this many characters the diagnosis runs off the FX thread so typing never stutters. */
    public static final int BACKGROUND_THRESHOLD = 100_000;
    /** Above this, the highlighted view shows only windows around the signals. */
    public static final int HIGHLIGHT_LIMIT = 20_000;
    private static final int WINDOW = 160;
    private static final Logger LOG = Logger.getLogger(EvidenceViewModel.class.getName());

    private final TriageCase triageCase;
    private final Function<String, Diagnosis> diagnoser;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ObservableList<SignalChip> signals = FXCollections.observableArrayList();
    private final ObservableList<SignalChip> signalsReadOnly = FXCollections.unmodifiableObservableList(signals);
    private final ObservableList<EvidenceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<EvidenceRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<Segment> segmentsReadOnly = FXCollections.unmodifiableObservableList(segments);
    private final Function<String, @Nullable Timeline> timeliner;
    private final ReadOnlyObjectWrapper<@Nullable Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyBooleanWrapper hasTimeline = new ReadOnlyBooleanWrapper(this, "hasTimeline");
    private final ReadOnlyStringWrapper timelineSummary = new ReadOnlyStringWrapper(this, "timelineSummary", "");
    private final ObservableList<TimelineRows.RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<TimelineRows.Bar> bars = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<@Nullable Long> limit = new ReadOnlyObjectWrapper<>(this, "limit");
    private final ReadOnlyIntegerWrapper binMinutes = new ReadOnlyIntegerWrapper(this, "binMinutes", 1);
    private final ZoneId zone;
    private long generation;

    /** Without a time line (tests of the evidence part alone). */
    public EvidenceViewModel(TriageCase triageCase, Function<String, Diagnosis> diagnoser, TaskExecutor executor,
                             Debouncer debouncer) {
        this(triageCase, diagnoser, text -> null, ZoneId.systemDefault(), executor, debouncer);
    }

    /**
     * The screen's view model.
     *
     * @param timeliner every failure of a paste on a time line (run with the diagnosis, off the FX thread for a
     *                  large paste)
     * @param zone      the zone the chart's minutes are labelled in
     */
    public EvidenceViewModel(TriageCase triageCase, Function<String, Diagnosis> diagnoser,
                             Function<String, @Nullable Timeline> timeliner, ZoneId zone, TaskExecutor executor,
                             Debouncer debouncer) {
        this.triageCase = triageCase;
        this.diagnoser = diagnoser;
        this.timeliner = timeliner;
        this.zone = zone;
        this.executor = executor;
        this.debouncer = debouncer;
        triageCase.pasteProperty().addListener((obs, old, text) -> debouncer.submit(this::diagnose));
        diagnose();
    }

    /** Diagnoses the current paste now (the debouncer calls it after a pause in typing). */
    public void diagnose() {
        String text = triageCase.pasteProperty().get();
        long mine = ++generation;
        showTimeline(mine, null);
        if (text.isBlank()) {
            apply(mine, null, I18n.text("evidence.message.empty"), false);
            return;
        }
        if (looksBinary(text)) {
            apply(mine, null, I18n.text("evidence.message.binary"), true);
            return;
        }
        if (text.length() > BACKGROUND_THRESHOLD) {
            busy.set(true);
            message.set(I18n.text("evidence.message.large", text.length() / 1024));
            executor.run(() -> new Read(diagnoser.apply(text), timelineOf(text)),
                    r -> {
                        apply(mine, r.diagnosis(), I18n.text("evidence.message.largeDone", text.length() / 1024),
                                false);
                        showTimeline(mine, r.timeline());
                    },
                    error -> failed(mine, error));
            return;
        }
        try {
            apply(mine, diagnoser.apply(text), "", false);
            showTimeline(mine, timelineOf(text));
        } catch (RuntimeException e) {
            failed(mine, e);
        }
    }

    /** A diagnosis and the time line read with it. */
    private record Read(Diagnosis diagnosis, @Nullable Timeline timeline) {
    }

    private @Nullable Timeline timelineOf(String text) {
        try {
            return timeliner.apply(text);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "timeline failed", e); // the diagnosis stands without it
            return null;
        }
    }

    private void showTimeline(long mine, @Nullable Timeline t) {
        if (mine != generation) {
            return;
        }
        timeline.set(t);
        if (t == null || !t.isTimeline()) {
            hasTimeline.set(false);
            timelineSummary.set("");
            runs.clear();
            bars.clear();
            limit.set(null);
            return;
        }
        var bins = t.bins(TimelineRows.MAX_BARS);
        binMinutes.set(bins.isEmpty() ? 1 : bins.get(0).minutes());
        bars.setAll(TimelineRows.bars(t, zone));
        var peak = TimelineRows.limited(t);
        limit.set(peak == null ? null : peak.limit());
        runs.setAll(TimelineRows.runs(t));
        timelineSummary.set(TimelineRows.summary(t));
        hasTimeline.set(true);
    }

    /** True when the paste holds more than one failure: the Timeline view is offered. */
    public ReadOnlyBooleanProperty hasTimelineProperty() {
        return hasTimeline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timelineSummaryProperty() {
        return timelineSummary.getReadOnlyProperty();
    }

    /** The runs of the same failure, in log order. */
    public ObservableList<TimelineRows.RunRow> runs() {
        return FXCollections.unmodifiableObservableList(runs);
    }

    /** Chart bars: failures per bucket per bin (one minute, or wider for a long log). */
    public ObservableList<TimelineRows.Bar> bars() {
        return FXCollections.unmodifiableObservableList(bars);
    }

    /** The per-minute limit the log states, when the chart's bars are one minute wide; null otherwise. */
    public ReadOnlyObjectProperty<@Nullable Long> limitProperty() {
        return limit.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty binMinutesProperty() {
        return binMinutes.getReadOnlyProperty();
    }

    private void failed(long mine, Throwable error) {
        LOG.log(Level.WARNING, "diagnosis failed", error);
        apply(mine, null, I18n.text("evidence.message.failed"), true);
    }

    private void apply(long mine, @Nullable Diagnosis diagnosis, String note, boolean isProblem) {
        if (mine != generation) {
            return; // a newer paste is already being diagnosed
        }
        busy.set(false);
        message.set(note);
        problem.set(isProblem);
        triageCase.pasteDiagnosisProperty().set(diagnosis);
        if (diagnosis == null) {
            summary.set("");
            signals.clear();
            rows.clear();
            segments.clear();
            return;
        }
        summary.set(diagnosis.summary());
        signals.setAll(chips(diagnosis));
        rows.setAll(rows(diagnosis.evidence()));
        segments.setAll(segments(triageCase.pasteProperty().get(), diagnosis));
    }

    private static List<SignalChip> chips(Diagnosis diagnosis) {
        List<SignalChip> chips = new ArrayList<>();
        for (Signal s : diagnosis.signals()) {
            Span span = s.span();
            String label = I18n.has("signal." + s.kind()) ? I18n.text("signal." + s.kind()) : s.kind();
            chips.add(new SignalChip(s.kind(), label, s.value(), span == null ? -1 : span.start(),
                    span == null ? -1 : span.end()));
        }
        return chips;
    }

    public ObservableList<EvidenceRow> rows() {
        return rowsReadOnly;
    }

    private static List<EvidenceRow> rows(Evidence evidence) {
        List<EvidenceRow> result = new ArrayList<>();
        String identifier = I18n.text("evidence.group.identifier");
        for (Fact fact : evidence.facts()) {
            if (fact.kind() != FactKind.ERROR_MESSAGE) {
                result.add(new EvidenceRow(identifier, I18n.text("fact." + fact.kind().name()), fact.value()));
            }
        }
        String header = I18n.text("evidence.group.header");
        for (Header h : evidence.headers()) {
            result.add(new EvidenceRow(header, h.name(), h.value()));
        }
        return result;
    }

    public ObservableList<Segment> segments() {
        return segmentsReadOnly;
    }

    /** Splits the paste into plain and signal-covered runs; a long paste keeps only windows around signals. */
    static List<Segment> segments(String text, Diagnosis diagnosis) {
        List<Signal> spans = diagnosis.signals().stream().filter(s -> s.span() != null
                && s.span().end() <= text.length() && s.span().length() > 0)
                .sorted(Comparator.comparingInt(s -> s.span().start())).toList();
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        boolean longText = text.length() > HIGHLIGHT_LIMIT;
        for (Signal s : spans) {
            Span span = s.span();
            if (span.start() < pos) {
                continue; // overlapping signal: the earlier one already covers this text
            }
            plain(text, pos, span.start(), longText, out, pos == 0);
            out.add(new Segment(text.substring(span.start(), span.end()), s.kind(), span.start()));
            pos = span.end();
        }
        plainTail(text, pos, longText, out);
        return out;
    }

    private static void plain(String text, int from, int to, boolean longText, List<Segment> out, boolean first) {
        if (to <= from) {
            return;
        }
        if (!longText || to - from <= 2 * WINDOW) {
            out.add(new Segment(text.substring(from, to), null, from));
            return;
        }
        if (!first) {
            out.add(new Segment(text.substring(from, from + WINDOW), null, from));
        }
        out.add(new Segment(" … ", null, -1));
        out.add(new Segment(text.substring(to - WINDOW, to), null, to - WINDOW));
    }

    private static void plainTail(String text, int from, boolean longText, List<Segment> out) {
        if (from >= text.length()) {
            return;
        }
        if (!longText || text.length() - from <= WINDOW) {
            out.add(new Segment(text.substring(from), null, from));
        } else {
            out.add(new Segment(text.substring(from, from + WINDOW), null, from));
            out.add(new Segment(" … ", null, -1));
        }
    }

    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0d && c < 0x20) || c == '\uFFFD') {
                control++;
            }
        }
        return control > sample / 10;
    }

    public StringProperty pasteProperty() {
        return triageCase.pasteProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<SignalChip> signals() {
        return signalsReadOnly;
    }

    /** Runs a pending diagnosis at once (leaving the screen). */
    public void flush() {
        debouncer.flush();
    }
}
