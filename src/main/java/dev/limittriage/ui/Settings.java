package dev.limittriage.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Small user settings (window bounds, theme, last export folder) in {@code settings.properties} under the data
 * directory. A missing or broken file just means defaults.
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
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp)) {
                values.store(writer, "Limit Triage settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save settings " + file, e);
        }
    }
}
