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

    /** Asks for a knowledge update: a .zip, or a pack's manifest.json (standing for its folder). */
    default Optional<Path> chooseKnowledgeUpdate(String title) {
        return chooseOpenFile(title, null);
    }

    /**
     * Opens a web address in the system browser, or a folder in the file manager. Only ever on the user's click:
     * the app itself opens no connection.
     */
    void openLink(String uri);

    /** A plain error message; {@code cause} is logged, never shown as a stack trace. */
    void showError(String title, String message, @Nullable Throwable cause);

    void showInfo(String title, String message);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String message, String yes, String no);

    void copyToClipboard(String text);
}
