package dev.limittriage.ui.recovery;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.AtomicFiles;
import dev.limittriage.io.IcsWriter;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.packet.Redactor;
import dev.limittriage.plan.Reminder;
import dev.limittriage.plan.ResetTimeline;
import dev.limittriage.ui.DialogService;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Settings;
import dev.limittriage.ui.TaskExecutor;
import dev.limittriage.ui.TriageCase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The Recovery screen's reset timeline: every reset the case knows on one axis from now, labelled with its bucket
 * and local clock time, moving live; which one unblocks; "Remind me" (.ics through the file chooser, the folder
 * remembered); a notice when the unblocking reset passes while the app is open; and, in caller mode, the clock time
 * to read aloud.
 */
public final class ResetTimelineViewModel {
    static final String FOLDER_KEY = "remindFolder";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /**
     * One reset as drawn: its label ("IPM 14:32:10"), where it sits on the axis (0 = now, 1 = the latest reset),
     * whether it is the one that unblocks, and whether it has passed.
     */
    public record Item(String label, double position, boolean unblocks, boolean passed) {
    }

    private final TriageCase triageCase;
    private final Supplier<Knowledge> knowledge;
    private final Clock clock;
    private final ZoneId zone;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Settings settings;
    private final ObservableBooleanValue callerMode;
    private final Consumer<String> notifier;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasResets = new ReadOnlyBooleanWrapper(this, "hasResets");
    private final ReadOnlyStringWrapper anchor = new ReadOnlyStringWrapper(this, "anchor", "");
    private final ReadOnlyStringWrapper unblock = new ReadOnlyStringWrapper(this, "unblock", "");
    private final ReadOnlyStringWrapper readAloud = new ReadOnlyStringWrapper(this, "readAloud", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyBooleanWrapper canRemind = new ReadOnlyBooleanWrapper(this, "canRemind");
    private ResetTimeline timeline;
    private Instant pastedAt;
    private boolean unblockingPassed;

    public ResetTimelineViewModel(TriageCase triageCase, Supplier<Knowledge> knowledge, Clock clock, ZoneId zone,
                                  DialogService dialogs, TaskExecutor executor, Settings settings,
                                  ObservableBooleanValue callerMode, Consumer<String> notifier) {
        this.triageCase = triageCase;
        this.knowledge = knowledge;
        this.clock = clock;
        this.zone = zone;
        this.dialogs = dialogs;
        this.executor = executor;
        this.settings = settings;
        this.callerMode = callerMode;
        this.notifier = notifier;
        this.pastedAt = clock.instant();
        this.timeline = ResetTimeline.empty(pastedAt);
        triageCase.pasteDiagnosisProperty().addListener((obs, old, d) -> pastedAt = clock.instant());
        triageCase.diagnosisProperty().addListener((obs, old, d) -> refresh());
        callerMode.addListener(ignored -> tick());
        refresh();
    }

    /** Rebuilds the timeline from the case's diagnosis. */
    public void refresh() {
        Diagnosis d = triageCase.diagnosisProperty().get();
        timeline = d == null ? ResetTimeline.empty(pastedAt) : ResetTimeline.of(d, pastedAt);
        ResetTimeline.Reset u = timeline.unblocking();
        unblockingPassed = u != null && u.passed(clock.instant());
        notice.set("");
        confirmation.set("");
        tick();
    }

    /** Moves the axis to now; the app calls it once a second. Says so once when the unblocking reset passes. */
    public void tick() {
        Instant now = clock.instant();
        List<ResetTimeline.Reset> resets = timeline.resets();
        hasResets.set(!resets.isEmpty());
        ResetTimeline.Reset u = timeline.unblocking();
        canRemind.set(u != null && !u.passed(now));
        if (resets.isEmpty() || u == null) {
            items.clear();
            anchor.set("");
            unblock.set("");
            readAloud.set("");
            return;
        }
        Instant last = resets.get(resets.size() - 1).at();
        double span = Math.max(1, Duration.between(now, last).toMillis());
        List<Item> next = new ArrayList<>();
        for (ResetTimeline.Reset r : resets) {
            double position = Math.max(0, Math.min(1, Duration.between(now, r.at()).toMillis() / span));
            next.add(new Item(r.label() + " " + clockTime(r.at(), now), position, r == u, r.passed(now)));
        }
        if (!next.equals(items)) {
            items.setAll(next);
        }
        anchor.set(anchorText());
        boolean passed = u.passed(now);
        unblock.set(passed ? I18n.text("reset.unblock.passed", u.label(), clockTime(u.at(), now))
                : I18n.text("reset.unblock", u.label(), clockTime(u.at(), now), left(Duration.between(now, u.at()))));
        readAloud.set(callerMode.get() && !passed ? I18n.text("reset.readAloud", spoken(u.at(), now)) : "");
        if (passed && !unblockingPassed) {
            String message = I18n.text("reset.notice", u.label(), clockTime(u.at(), now));
            notice.set(message);
            notifier.accept(message);
        }
        unblockingPassed = passed;
    }

    private String anchorText() {
        boolean relative = timeline.resets().stream().anyMatch(r -> r.anchor() != ResetTimeline.Anchor.ABSOLUTE);
        if (!relative) {
            return I18n.text("reset.anchor.absolute");
        }
        Instant date = timeline.responseDate();
        return date != null ? I18n.text("reset.anchor.date", SECONDS.format(date.atZone(zone)))
                : I18n.text("reset.anchor.paste", SECONDS.format(timeline.pastedAt().atZone(zone)));
    }

    /** "14:32:10" within the hour, "02:15 tomorrow", "Tue 1 Dec 02:15" further on, in local time. */
    String clockTime(Instant at, Instant now) {
        ZonedDateTime t = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = t.toLocalDate();
        if (day.equals(today)) {
            return (Duration.between(now, at).abs().toHours() >= 1 ? MINUTES : SECONDS).format(t);
        }
        if (day.equals(today.plusDays(1))) {
            return I18n.text("reset.tomorrow", MINUTES.format(t));
        }
        if (day.equals(today.minusDays(1))) {
            return I18n.text("reset.yesterday", MINUTES.format(t));
        }
        return DAY.format(t);
    }

    private String spoken(Instant at, Instant now) {
        ZonedDateTime t = at.atZone(zone);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH).format(t);
        String day = t.toLocalDate().equals(now.atZone(zone).toLocalDate()) ? I18n.text("reset.today")
                : t.toLocalDate().equals(now.atZone(zone).toLocalDate().plusDays(1)) ? I18n.text("reset.tomorrowWord")
                : DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(t);
        String zoneName = zone.normalized().equals(ZoneOffset.UTC) ? "UTC"
                : zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return I18n.text("reset.spoken", time, day, zoneName);
    }

    private static String left(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "Remind me": the .ics event at the unblocking reset, saved where the user chooses. */
    public void remind() {
        Diagnosis d = triageCase.diagnosisProperty().get();
        if (d == null) {
            return;
        }
        Instant now = clock.instant();
        String owner = knowledge.get().owner(d.owner()).map(OwnerProfile::name).orElse(d.owner().id());
        Optional<Reminder> reminder = Reminder.of(d, timeline, owner, now);
        if (reminder.isEmpty()) {
            return;
        }
        Reminder r = reminder.get();
        Redactor redactor = new Redactor();
        String ics = IcsWriter.write(new Reminder(r.uid(), r.stamp(), r.start(), redactor.redact(r.summary()),
                redactor.redact(r.description())));
        Optional<Path> target = dialogs.chooseSaveFile(I18n.text("reset.remind.title"), "limit-reset.ics", "ics",
                settings.get(FOLDER_KEY).map(Path::of).orElse(null));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        executor.run(() -> {
            AtomicFiles.writeString(file, ics, true); // the file chooser has asked before replacing
            return file;
        }, saved -> {
            Path folder = saved.toAbsolutePath().getParent();
            if (folder != null) {
                settings.put(FOLDER_KEY, folder.toString());
                settings.save();
            }
            confirmation.set(I18n.text("reset.remind.saved", saved.toAbsolutePath(), clockTime(r.start(), now)));
        }, error -> dialogs.showError(I18n.text("reset.remind.error.title"), I18n.text("reset.remind.error", file),
                error));
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyBooleanProperty hasResetsProperty() {
        return hasResets.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty anchorProperty() {
        return anchor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unblockProperty() {
        return unblock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readAloudProperty() {
        return readAloud.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRemindProperty() {
        return canRemind.getReadOnlyProperty();
    }

    /** The timeline as last built (tests read it). */
    public @Nullable ResetTimeline timeline() {
        return timeline;
    }
}
