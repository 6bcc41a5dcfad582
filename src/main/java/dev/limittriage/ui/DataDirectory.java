package dev.limittriage.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where drafts and settings live: the platform's per-user data directory, or {@code -Dlimittriage.data}. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(Map<String, String> env, String osName, String userHome,
                               java.util.function.Function<String, String> systemProperty) {
        String override = systemProperty.apply("limittriage.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "LimitTriage");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "LimitTriage");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "limit-triage")
                : Path.of(userHome, ".local", "share", "limit-triage");
    }

    public static Path current() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System::getProperty);
    }
}
