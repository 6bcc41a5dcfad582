package dev.limittriage.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/** A {@link Debouncer} on the FX thread: a pause that restarts on each submit. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private @Nullable Runnable pending;

    public FxDebouncer(Duration quietPeriod) {
        pause = new PauseTransition(quietPeriod);
        pause.setOnFinished(event -> flush());
    }

    @Override
    public void submit(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void flush() {
        pause.stop();
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
