package dev.limittriage.ui.start;

import dev.limittriage.ui.CaseAutosaver;
import dev.limittriage.ui.CaseDraft;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.Step;
import dev.limittriage.ui.TaskExecutor;
import dev.limittriage.ui.shell.ShellViewModel;
import java.time.Instant;
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
    private final ObservableList<CaseDraft> recent = FXCollections.observableArrayList();
    private final ObservableList<CaseDraft> recentReadOnly = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<@Nullable CaseDraft> restoreOffer =
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

    /** Reloads the recent cases; the first time, offers the newest one for restoring. */
    public void refresh() {
        executor.run(() -> autosaver.store().list(), this::showDrafts,
                error -> LOG.log(Level.WARNING, "cannot list drafts", error));
    }

    private void showDrafts(List<CaseDraft> drafts) {
        String current = shell.triageCase().idProperty().get();
        recent.setAll(drafts.stream().filter(d -> !d.id().equals(current)).limit(20).toList());
        if (!offered && shell.triageCase().isEmpty() && !recent.isEmpty()) {
            restoreOffer.set(recent.get(0));
        }
        offered = true;
    }

    public @Nullable Route chosenRoute() {
        return shell.triageCase().routeProperty().get();
    }

    public void choose(Route route) {
        shell.chooseRoute(route);
    }

    public void open(CaseDraft draft) {
        autosaver.flush();
        autosaver.restore(draft);
        restoreOffer.set(null);
        Step resume = shell.triageCase().routeProperty().get() == null ? Step.START
                : draft.outcome() != null ? Step.DIAGNOSIS
                : !draft.paste().isBlank() ? Step.EVIDENCE
                : shell.triageCase().routeProperty().get() == Route.CHATGPT_APP ? Step.QUESTIONS : Step.EVIDENCE;
        shell.resumeAt(resume);
    }

    public void restoreLast() {
        CaseDraft draft = restoreOffer.get();
        if (draft != null) {
            open(draft);
        }
    }

    public void dismissRestore() {
        restoreOffer.set(null);
    }

    /** One line for the recent-cases list: when, route, and the start of the paste. */
    public String describe(CaseDraft draft) {
        String when;
        try {
            when = WHEN.format(Instant.parse(draft.updatedAt()).atZone(zone));
        } catch (RuntimeException e) {
            when = draft.updatedAt();
        }
        String route = draft.route() == null ? I18n.text("start.recent.noRoute")
                : I18n.text("route." + draft.route() + ".title");
        String firstLine = draft.paste().strip().lines().findFirst().orElse("");
        if (firstLine.length() > 60) {
            firstLine = firstLine.substring(0, 60) + "…";
        }
        return firstLine.isEmpty() ? I18n.text("start.recent.item", when, route)
                : I18n.text("start.recent.itemWithPaste", when, route, firstLine);
    }

    public ObservableList<CaseDraft> recent() {
        return recentReadOnly;
    }

    public ReadOnlyObjectProperty<@Nullable CaseDraft> restoreOfferProperty() {
        return restoreOffer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty restoreTextProperty() {
        return restoreText.getReadOnlyProperty();
    }

    public List<Route> routes() {
        return List.of(Route.values());
    }
}
