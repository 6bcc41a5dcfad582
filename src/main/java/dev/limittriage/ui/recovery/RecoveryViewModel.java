package dev.limittriage.ui.recovery;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Reset;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.TriageCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The recovery screen: the smallest next step, what not to do, whether retrying helps and a countdown to the
 * reset. A reset given only as "in N seconds" is anchored to when the paste was diagnosed.
 */
public final class RecoveryViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
    private final TriageCase triageCase;
    private final Supplier<Knowledge> knowledge;
    private final Clock clock;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper(this, "nextStep", "");
    private final ReadOnlyStringWrapper doNot = new ReadOnlyStringWrapper(this, "doNot", "");
    private final ReadOnlyStringWrapper checkFirst = new ReadOnlyStringWrapper(this, "checkFirst", "");
    private final ReadOnlyObjectWrapper<RetryVerdict> retry =
            new ReadOnlyObjectWrapper<>(this, "retry", RetryVerdict.UNKNOWN);
    private final ReadOnlyStringWrapper retryText = new ReadOnlyStringWrapper(this, "retryText", "");
    private final ReadOnlyBooleanWrapper hasReset = new ReadOnlyBooleanWrapper(this, "hasReset");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyBooleanWrapper resetPassed = new ReadOnlyBooleanWrapper(this, "resetPassed");
    private final ReadOnlyStringWrapper resetAt = new ReadOnlyStringWrapper(this, "resetAt", "");
    private @Nullable Instant resetInstant;
    private Instant anchor;

    public RecoveryViewModel(TriageCase triageCase, Knowledge knowledge, Clock clock, ZoneId zone) {
        this(triageCase, () -> knowledge, clock, zone);
    }

    /** The knowledge may still be loading: it is first read once there is a diagnosis. */
    public RecoveryViewModel(TriageCase triageCase, Supplier<Knowledge> knowledge, Clock clock, ZoneId zone) {
        this.triageCase = triageCase;
        this.knowledge = knowledge;
        this.clock = clock;
        this.zone = zone;
        this.anchor = clock.instant();
        triageCase.pasteDiagnosisProperty().addListener((obs, old, d) -> anchor = clock.instant());
        triageCase.diagnosisProperty().addListener((obs, old, d) -> refresh());
        refresh();
    }

    public void refresh() {
        Diagnosis d = triageCase.diagnosisProperty().get();
        if (d == null) {
            nextStep.set(I18n.text("recovery.none"));
            doNot.set("");
            checkFirst.set("");
            retry.set(RetryVerdict.UNKNOWN);
            retryText.set(I18n.text("retry.unknown"));
            resetInstant = null;
            tick();
            return;
        }
        nextStep.set(d.nextStep());
        doNot.set(d.doNot());
        checkFirst.set(knowledge.get().owner(d.owner()).map(OwnerProfile::checkFirst).orElse(""));
        retry.set(d.retry());
        retryText.set(I18n.text("recovery.retry." + d.retry().id()));
        Reset reset = d.reset();
        if (reset == null || d.retry() == RetryVerdict.DO_NOT_RETRY) {
            resetInstant = null; // a reset time means nothing when waiting cannot help
        } else if (reset.at() != null) {
            resetInstant = reset.at();
        } else if (reset.seconds() != null) {
            resetInstant = anchor.plusMillis(Math.round(reset.seconds() * 1000));
        } else {
            resetInstant = null;
        }
        tick();
    }

    /** Updates the countdown; the view calls it once a second. */
    public void tick() {
        Instant at = resetInstant;
        hasReset.set(at != null);
        if (at == null) {
            countdown.set("");
            resetAt.set("");
            return;
        }
        resetAt.set(I18n.text("recovery.resetAt", TIME.format(at.atZone(zone))));
        Duration left = Duration.between(clock.instant(), at);
        resetPassed.set(left.isNegative() || left.isZero());
        if (resetPassed.get()) {
            countdown.set(I18n.text("recovery.countdown.done"));
            return;
        }
        long s = (left.toMillis() + 999) / 1000;
        String text = s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
        countdown.set(I18n.text("recovery.countdown", text));
    }

    public ReadOnlyStringProperty nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doNotProperty() {
        return doNot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkFirstProperty() {
        return checkFirst.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RetryVerdict> retryProperty() {
        return retry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retryTextProperty() {
        return retryText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasResetProperty() {
        return hasReset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resetPassedProperty() {
        return resetPassed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resetAtProperty() {
        return resetAt.getReadOnlyProperty();
    }
}
