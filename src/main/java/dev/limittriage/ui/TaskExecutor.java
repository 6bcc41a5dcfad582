package dev.limittriage.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the caller and reports back on the caller's thread (the FX thread in the app).
 * Tests use a current-thread implementation so view models need no toolkit and no timing.
 */
public interface TaskExecutor {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
