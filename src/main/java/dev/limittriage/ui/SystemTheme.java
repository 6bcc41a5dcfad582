package dev.limittriage.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the desktop prefers a dark theme, where that can be read without a native call. JavaFX 21 has no API for
 * it (Platform.Preferences came in 22). {@code GTK_THEME} is read at once; GNOME's {@code color-scheme} needs the
 * {@code gsettings} command, so it is asked on a background thread with a short time limit and never holds up the
 * window: the answer, if any, arrives a moment after start-up.
 */
public final class SystemTheme {
    private static final Logger LOG = Logger.getLogger(SystemTheme.class.getName());
    private static final long GSETTINGS_TIMEOUT_MS = 1500;

    private SystemTheme() {
    }

    /** From {@code GTK_THEME} ("Adwaita:dark"): dark, light, or unknown when it is not set. */
    public static Optional<Boolean> fromGtkTheme(Map<String, String> env) {
        String gtk = env.get("GTK_THEME");
        if (gtk == null || gtk.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(gtk.toLowerCase(Locale.ROOT).contains("dark"));
    }

    /** The output of {@code gsettings get org.gnome.desktop.interface color-scheme} ('prefer-dark'). */
    public static Optional<Boolean> fromColorScheme(String output) {
        String value = output.strip().replace("'", "").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light", "default" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The {@code gsettings} executable on the PATH, if there is one (a few file checks, no process). */
    static Optional<Path> gsettings(Map<String, String> env) {
        String path = env.get("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "gsettings");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Asks GNOME on a daemon thread; calls {@code onAnswer} (on that thread) only with a clear answer. Does nothing
     * where there is no {@code gsettings}. Returns the thread asking, so a caller that must know when the question
     * is settled (a test) can join it.
     */
    public static Optional<Thread> askGnomeInBackground(Map<String, String> env, Consumer<Boolean> onAnswer) {
        Optional<Path> command = gsettings(env);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> {
            try {
                Process process = new ProcessBuilder(command.get().toString(), "get", "org.gnome.desktop.interface",
                        "color-scheme").redirectErrorStream(true).start();
                process.getOutputStream().close();
                if (!process.waitFor(GSETTINGS_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return;
                }
                String output;
                try (InputStream in = process.getInputStream()) {
                    output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                }
                if (process.exitValue() == 0) {
                    fromColorScheme(output).ifPresent(onAnswer);
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "gsettings could not be asked", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "system-theme");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }
}
