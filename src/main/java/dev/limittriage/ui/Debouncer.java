package dev.limittriage.ui;

/**
 * Coalesces bursts of calls: only the last action submitted within a quiet period runs. The app uses a timer on
 * the FX thread; tests use one that runs at once, so nothing waits on a clock.
 */
public interface Debouncer {
    void submit(Runnable action);

    /** Runs the pending action now, if any (on close, and in tests). */
    void flush();

    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void submit(Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
                // nothing is ever pending
            }
        };
    }
}
