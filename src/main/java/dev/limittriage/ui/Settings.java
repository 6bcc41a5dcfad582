package dev.limittriage.ui;

import dev.limittriage.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Small user settings (window bounds, theme, last export folder) in {@code settings.properties} in the same data
 * directory as the cases. A missing or broken file just means defaults; a save is atomic and owner-only, like the
 * drafts (the export folder is a path on the user's machine).
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path dataDir) {
        this.file = dataDir.resolve("settings.properties");
        if (Files.isReadable(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "ignoring unreadable settings " + file, e);
            }
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    public void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                AtomicFiles.createPrivateDirectories(dir);
            }
            StringWriter text = new StringWriter();
            values.store(text, "Limit Triage settings");
            AtomicFiles.writeString(file, text.toString(), true);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save settings " + file, e);
        }
    }
}
