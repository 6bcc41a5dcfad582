package dev.limittriage.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps drafts and finished cases, following each OS's convention for per-user data. */
public final class DataDirs {
    private DataDirs() {
    }

    /** The data directory for this user on this machine. */
    public static Path userDataDir() {
        return userDataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    /**
     * Linux and other Unix: {@code $XDG_DATA_HOME/limit-triage} when set to an absolute path, else
     * {@code ~/.local/share/limit-triage}; Windows: {@code %APPDATA%\Limit Triage}; macOS:
     * {@code ~/Library/Application Support/Limit Triage}.
     */
    public static Path userDataDir(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Limit Triage");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Limit Triage");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("limit-triage");
        }
        return home.resolve(".local").resolve("share").resolve("limit-triage");
    }
}
