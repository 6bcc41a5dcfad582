package dev.limittriage.ui.start;

import dev.limittriage.io.PacketStore;
import dev.limittriage.packet.CaseDraft;
import dev.limittriage.packet.CaseSummary;
import dev.limittriage.ui.CaseAutosaver;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.Step;
import dev.limittriage.ui.TaskExecutor;
import dev.limittriage.ui.shell.ShellViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/** The start screen: pick a route, reopen a recent case, or take up the case a crash interrupted. */
public final class StartViewModel {
    private static final Logger LOG = Logger.getLogger(StartViewModel.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
    private final ShellViewModel shell;
    private final CaseAutosaver autosaver;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final ObservableList<CaseSummary> recent = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> recentReadOnly = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<@Nullable CaseSummary> restoreOffer =
            new ReadOnlyObjectWrapper<>(this, "restoreOffer");
    private final ReadOnlyStringWrapper restoreText = new ReadOnlyStringWrapper(this, "restoreText", "");
    private boolean offered;

    public StartViewModel(ShellViewModel shell, CaseAutosaver autosaver, TaskExecutor executor, ZoneId zone) {
        this.shell = shell;
        this.autosaver = autosaver;
        this.executor = executor;
        this.zone = zone;
        restoreOffer.addListener((obs, old, draft) -> restoreText.set(draft == null ? ""
                : I18n.text("start.restore.text", describe(draft))));
    }

    /** Reloads the recent cases; the first time, offers the newest unfinished one for restoring. */
    public void refresh() {
        executor.run(() -> autosaver.store().list(), this::showCases,
                error -> LOG.log(Level.WARNING, "cannot list the saved cases", error));
    }

    private void showCases(PacketStore.CaseList list) {
        for (PacketStore.Skipped skipped : list.skipped()) {
            LOG.warning(() -> "skipping saved case " + skipped.fileName() + ": " + skipped.reason());
        }
        String current = shell.triageCase().idProperty().get();
        recent.setAll(list.cases().stream().filter(c -> !c.id().equals(current)).limit(20).toList());
        if (!offered && shell.triageCase().isEmpty()) {
            recent.stream().filter(c -> !c.finished()).findFirst().ifPresent(restoreOffer::set);
        }
        offered = true;
    }

    public @Nullable Route chosenRoute() {
        return shell.triageCase().routeProperty().get();
    }

    /** "Plan a batch", before or without a case. */
    public void openPlan() {
        shell.openPlan();
    }

    public void choose(Route route) {
        shell.chooseRoute(route);
    }

    /** Reopens a saved case: read off the FX thread, then put back where its content leads. */
    public void open(CaseSummary summary) {
        autosaver.flush();
        restoreOffer.set(null);
        executor.run(() -> autosaver.store().load(summary.id()), loaded -> loaded.ifPresent(this::resume),
                error -> LOG.log(Level.WARNING, "cannot open saved case " + summary.id(), error));
    }

    private void resume(CaseDraft draft) {
        autosaver.restore(draft);
        Route route = shell.triageCase().routeProperty().get();
        Step resume = route == null ? Step.START
                : shell.triageCase().outcomeProperty().get() != null ? Step.DIAGNOSIS
                : !draft.paste().isBlank() ? Step.EVIDENCE
                : route == Route.CHATGPT_APP ? Step.QUESTIONS : Step.EVIDENCE;
        shell.resumeAt(resume);
    }

    public void restoreLast() {
        CaseSummary summary = restoreOffer.get();
        if (summary != null) {
            open(summary);
        }
    }

    public void dismissRestore() {
        restoreOffer.set(null);
    }

    /** One line for the recent-cases list: when, and the title (route and the start of the paste). */
    public String describe(CaseSummary summary) {
        String when = WHEN.format(summary.updated().atZone(zone));
        return I18n.text(summary.finished() ? "start.recent.itemFinished" : "start.recent.item", when,
                summary.title());
    }

    /**
     * The two lines of a Recent cases entry: when and which route (and "exported") above, the paste's first line
     * below (empty when nothing was pasted).
     */
    public List<String> twoLines(CaseSummary summary) {
        String sep = I18n.text("start.recent.titleWithPaste", "", "");
        String title = summary.title();
        int at = title.indexOf(sep);
        String route = at < 0 ? title : title.substring(0, at);
        String message = at < 0 ? "" : title.substring(at + sep.length());
        String when = WHEN.format(summary.updated().atZone(zone));
        return List.of(I18n.text(summary.finished() ? "start.recent.itemFinished" : "start.recent.item", when, route),
                message);
    }

    public ObservableList<CaseSummary> recent() {
        return recentReadOnly;
    }

    public ReadOnlyObjectProperty<@Nullable CaseSummary> restoreOfferProperty() {
        return restoreOffer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty restoreTextProperty() {
        return restoreText.getReadOnlyProperty();
    }

    public List<Route> routes() {
        return List.of(Route.values());
    }
}
