package dev.limittriage.ui;

import dev.limittriage.io.PasteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a dropped or chosen file off the FX thread and hands its text on; anything unreadable becomes one plain
 * message, never a stack trace.
 */
public final class FileOpener {
    /** Bigger files are refused: the error is almost always near the end, and pasting that part is faster. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of("txt", "log", "json", "har");
    private final TaskExecutor executor;
    private final DialogService dialogs;

    public FileOpener(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public static boolean accepts(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    public void open(Path path, Consumer<String> onText) {
        executor.run(() -> read(path), onText, error -> dialogs.showError(I18n.text("file.error.title"),
                error instanceof UnreadableFileException ? error.getMessage()
                        : I18n.text("file.error.io", String.valueOf(path.getFileName())), error));
    }

    static String read(Path path) throws IOException {
        String name = String.valueOf(path.getFileName());
        if (!accepts(path)) {
            throw new UnreadableFileException(I18n.text("file.error.type", name));
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new UnreadableFileException(I18n.text("file.error.huge", name, size / (1024 * 1024)));
        }
        PasteReader.Result result = PasteReader.read(path);
        if (result instanceof PasteReader.Text text) {
            return text.text();
        }
        String reason = ((PasteReader.Unreadable) result).reason();
        if (PasteReader.NOTHING.equals(reason)) {
            throw new UnreadableFileException(I18n.text("file.error.empty", name));
        }
        if (PasteReader.NOT_TEXT.equals(reason)) {
            throw new UnreadableFileException(I18n.text("file.error.binary", name));
        }
        throw new UnreadableFileException(I18n.text("file.error.io", name));
    }

    /** A file that cannot be used, with a message fit for the user. */
    static final class UnreadableFileException extends IOException {
        UnreadableFileException(String message) {
            super(message);
        }
    }
}
