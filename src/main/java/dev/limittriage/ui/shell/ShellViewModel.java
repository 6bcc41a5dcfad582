package dev.limittriage.ui.shell;

import dev.limittriage.ui.CaseAutosaver;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.Step;
import dev.limittriage.ui.TextSize;
import dev.limittriage.ui.TriageCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The step host: which screen is showing, where Back and Next lead, the theme and caller-mode toggles and the
 * call timer. Next follows the case: the ChatGPT-app route skips the paste, a paste that settles owner and bucket
 * skips the questions.
 */
public final class ShellViewModel {
    /** The user's theme choice; {@link #SYSTEM} follows the desktop where it says. */
    public enum ThemeChoice { LIGHT, DARK, SYSTEM }

    private final TriageCase triageCase;
    private final CaseAutosaver autosaver;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.START);
    private final Deque<Step> history = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(this, "canExport");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final ObjectProperty<ThemeChoice> themeChoice = new SimpleObjectProperty<>(this, "themeChoice",
            ThemeChoice.SYSTEM);
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize", 100);
    private final ObservableList<Step> trail = FXCollections.observableArrayList(Step.START);
    private final ObservableList<Step> trailView = FXCollections.unmodifiableObservableList(trail);
    private final BooleanProperty callerMode = new SimpleBooleanProperty(this, "callerMode");
    private final ReadOnlyStringWrapper callTimer = new ReadOnlyStringWrapper(this, "callTimer", "");
    private final ReadOnlyBooleanWrapper callRunning = new ReadOnlyBooleanWrapper(this, "callRunning");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Consumer<Step> onEnter = s -> {};
    private Consumer<Step> onLeave = s -> {};
    private Runnable onTick = () -> {};

    public ShellViewModel(TriageCase triageCase, CaseAutosaver autosaver, Clock clock) {
        this.triageCase = triageCase;
        this.autosaver = autosaver;
        this.clock = clock;
        canGoNext.bind(Bindings.createBooleanBinding(this::computeCanGoNext, step, triageCase.routeProperty(),
                triageCase.diagnosisProperty(), triageCase.outcomeProperty(), triageCase.pasteDiagnosisProperty()));
        canExport.bind(triageCase.diagnosisProperty().isNotNull());
        progress.bind(Bindings.createDoubleBinding(() -> wizardStep().ordinal() / (double) Step.LAST.ordinal(),
                step));
        callerMode.addListener((obs, was, on) -> {
            if (on) {
                startCall();
            } else {
                endCall();
            }
        });
        callRunning.bind(triageCase.callStartedAtProperty().isNotNull()
                .and(triageCase.callEndedAtProperty().isNull()));
        step.addListener(ignored -> updateTrail());
        triageCase.callStartedAtProperty().addListener(ignored -> callTimer());
        triageCase.callEndedAtProperty().addListener(ignored -> callTimer());
    }

    /** Called with each step as it is entered (the composition uses it to prepare that step's view model). */
    public void setOnEnter(Consumer<Step> onEnter) {
        this.onEnter = onEnter;
    }

    /** Called with the step being left, before Next decides where to go (flushes a pending diagnosis). */
    public void setOnLeave(Consumer<Step> onLeave) {
        this.onLeave = onLeave;
    }

    private boolean computeCanGoNext() {
        return switch (step.get()) {
            case START -> triageCase.routeProperty().get() != null;
            case EVIDENCE -> true;
            case QUESTIONS -> triageCase.outcomeProperty().get() != null
                    || !triageCase.needsQuestions() && triageCase.diagnosisProperty().get() != null;
            case DIAGNOSIS, RECOVERY, PACKET -> triageCase.diagnosisProperty().get() != null;
            case EXPORT, PLAN -> false;
        };
    }

    private Step following(Step from) {
        return switch (from) {
            case START -> triageCase.routeProperty().get() == Route.CHATGPT_APP ? Step.QUESTIONS : Step.EVIDENCE;
            case EVIDENCE -> triageCase.needsQuestions() ? Step.QUESTIONS : Step.DIAGNOSIS;
            case QUESTIONS -> Step.DIAGNOSIS;
            case DIAGNOSIS -> Step.RECOVERY;
            case RECOVERY -> Step.PACKET;
            case PACKET, EXPORT -> Step.EXPORT;
            case PLAN -> Step.PLAN;
        };
    }

    public void next() {
        onLeave.accept(step.get());
        if (canGoNext.get()) {
            goTo(following(step.get()));
        }
    }

    public void back() {
        if (!history.isEmpty()) {
            step.set(history.pop());
            canGoBack.set(!history.isEmpty());
            onEnter.accept(step.get());
        }
    }

    /** A step of the trail clicked: back to it, as if Back were pressed until it showed. */
    public void backTo(Step target) {
        if (target == step.get() || !history.contains(target)) {
            return;
        }
        while (history.peek() != target) {
            history.pop();
        }
        back();
    }

    private void updateTrail() {
        List<Step> path = new ArrayList<>(history);
        Collections.reverse(path);
        path.add(step.get());
        trail.setAll(path);
    }

    private void goTo(Step target) {
        if (target == step.get()) {
            return;
        }
        history.push(step.get());
        canGoBack.set(true);
        step.set(target);
        onEnter.accept(target);
    }

    /** The wizard step the user is on, or came from when a side screen shows (for the progress bar). */
    private Step wizardStep() {
        if (step.get().inWizard()) {
            return step.get();
        }
        return history.stream().filter(Step::inWizard).findFirst().orElse(Step.START);
    }

    /** "Plan a batch" from Start, Diagnosis or Recovery; Back returns to where it was opened. */
    public void openPlan() {
        goTo(Step.PLAN);
    }

    /** Shows a short message in the status line (a reset that passed while the app was open). */
    public void notify(String message) {
        status.set(message);
    }

    /** Start screen, route chosen: move on at once. */
    public void chooseRoute(Route route) {
        triageCase.routeProperty().set(route);
        next();
    }

    /** Ctrl+V on the start screen: "not sure, let me paste", with the clipboard's text already in. */
    public void pasteFromStart(String text) {
        if (step.get() != Step.START) {
            return;
        }
        if (triageCase.routeProperty().get() == null) {
            triageCase.routeProperty().set(Route.NOT_SURE);
        }
        triageCase.pasteProperty().set(text);
        goTo(Step.EVIDENCE);
    }

    /** A dropped file's text: straight to the paste screen. */
    public void openText(String text) {
        if (triageCase.routeProperty().get() == null) {
            triageCase.routeProperty().set(Route.NOT_SURE);
        }
        triageCase.pasteProperty().set(text);
        if (step.get() != Step.EVIDENCE) {
            goTo(Step.EVIDENCE);
        }
    }

    /** Ctrl+S: to the export screen, when there is something to export. */
    public void jumpToExport() {
        if (canExport.get()) {
            goTo(Step.EXPORT);
        }
    }

    /** Ctrl+N: keep the current case as a draft, start clean (in caller mode: a new call starts). */
    public void newCase() {
        if (callerMode.get()) {
            endCall();
        }
        autosaver.flush();
        triageCase.clear(clock.instant());
        history.clear();
        canGoBack.set(false);
        step.set(Step.START);
        updateTrail();
        onEnter.accept(Step.START);
        if (callerMode.get()) {
            startCall();
        }
        callTimer();
    }

    /** Caller mode's "Next caller": the call ends, the case is kept as a draft, a clean one starts. */
    public void nextCaller() {
        newCase();
        status.set(I18n.text("shell.status.nextCaller"));
    }

    /** The caller hung up: the end time goes into the case (and its packet); the timer stops. */
    public void endCall() {
        if (callRunning.get()) {
            triageCase.callEndedAtProperty().set(clock.instant());
        }
    }

    /** A call starts for this case, unless one is already running; an ended call is started afresh. */
    private void startCall() {
        if (!callRunning.get()) {
            triageCase.callStartedAtProperty().set(clock.instant());
            triageCase.callEndedAtProperty().set(null);
        }
    }

    /** Moves to a step directly (a restored draft goes to where its content leads). */
    public void resumeAt(Step target) {
        history.clear();
        history.push(Step.START);
        canGoBack.set(true);
        step.set(target);
        updateTrail();
        onEnter.accept(target);
    }

    /** Called once a second while the window is open (the reset timeline watches for a passing reset). */
    public void setOnTick(Runnable onTick) {
        this.onTick = onTick;
    }

    /** Updates the call timer and runs the tick hook; the view calls it once a second. */
    public void tick() {
        onTick.run();
        callTimer();
    }

    private void callTimer() {
        Instant started = triageCase.callStartedAtProperty().get();
        if (started == null) {
            callTimer.set("");
            return;
        }
        Instant ended = triageCase.callEndedAtProperty().get();
        Duration elapsed = Duration.between(started, ended == null ? clock.instant() : ended);
        long s = Math.max(0, elapsed.getSeconds());
        callTimer.set(I18n.text("shell.callTimer", String.format("%d:%02d", s / 60, s % 60)));
    }

    /** True for steps on the way to the current one (the breadcrumb marks them done). */
    public boolean isVisited(Step s) {
        return history.contains(s);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Light, dark or the system's; the app turns it into {@link #darkThemeProperty()} and remembers it. */
    public ObjectProperty<ThemeChoice> themeChoiceProperty() {
        return themeChoice;
    }

    /** Text size in percent, one of {@link TextSize#STEPS}; the app remembers it. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** Ctrl+Plus. */
    public void largerText() {
        textSize.set(TextSize.larger(textSize.get()));
    }

    /** Ctrl+Minus. */
    public void smallerText() {
        textSize.set(TextSize.smaller(textSize.get()));
    }

    /** Ctrl+0: back to the normal size. */
    public void normalText() {
        textSize.set(100);
    }

    /** The steps taken to reach the current one, first to last, ending with the current step. */
    public ObservableList<Step> trail() {
        return trailView;
    }

    public BooleanProperty callerModeProperty() {
        return callerMode;
    }

    public ReadOnlyStringProperty callTimerProperty() {
        return callTimer.getReadOnlyProperty();
    }

    /** True between the call's start and its end. */
    public ReadOnlyBooleanProperty callRunningProperty() {
        return callRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public TriageCase triageCase() {
        return triageCase;
    }
}
