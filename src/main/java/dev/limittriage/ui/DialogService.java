package dev.limittriage.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything that asks the user something in a separate window, or touches the desktop (file choosers, clipboard).
 * View models call it; tests pass a recording fake so no window ever opens.
 */
public interface DialogService {
    /** Asks where to save; {@code initialFolder} is the remembered folder, if any. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, @Nullable Path initialFolder);

    Optional<Path> chooseOpenFile(String title, @Nullable Path initialFolder);

    /** A plain error message; {@code cause} is logged, never shown as a stack trace. */
    void showError(String title, String message, @Nullable Throwable cause);

    void showInfo(String title, String message);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String message, String yes, String no);

    void copyToClipboard(String text);
}
