package dev.limittriage.ui;

import dev.limittriage.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small user settings (window bounds, theme, text size, last export folder) in {@code settings.json} in the same
 * data directory as the cases, read and written through the app's mapper. A missing or broken file just means
 * defaults; a save is atomic and owner-only, like the drafts (the export folder is a path on the user's machine).
 * Settings from before the JSON file ({@code settings.properties}) are read once and saved as JSON on the next save.
 *
 * <p>The constructor reads a file: call it off the FX thread.
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    static final String FILE = "settings.json";
    private static final String OLD_FILE = "settings.properties";
    private static final TypeReference<Map<String, String>> SHAPE = new TypeReference<>() {
    };

    private final Path file;
    private final JsonMapper mapper;
    private final Map<String, String> values = new TreeMap<>();

    public Settings(Path dataDir, JsonMapper mapper) {
        this.file = dataDir.resolve(FILE);
        this.mapper = mapper;
        if (Files.isReadable(file)) {
            try {
                Map<String, String> read = mapper.readValue(file.toFile(), SHAPE);
                if (read != null) {
                    read.forEach((k, v) -> {
                        if (k != null && v != null) {
                            values.put(k, v);
                        }
                    });
                }
            } catch (JacksonException e) {
                LOG.log(Level.WARNING, "ignoring unreadable settings " + file, e);
            }
        } else {
            readOldFile(dataDir.resolve(OLD_FILE));
        }
    }

    private void readOldFile(Path old) {
        if (!Files.isReadable(old)) {
            return;
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(old)) {
            props.load(reader);
            props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings " + old, e);
        }
    }

    /** The data folder the settings (and the cases) live in. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void put(String key, String value) {
        values.put(key, value);
    }

    public void remove(String key) {
        values.remove(key);
    }

    public void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                AtomicFiles.createPrivateDirectories(dir);
            }
            AtomicFiles.writeString(file, mapper.writeValueAsString(values) + "\n", true);
        } catch (IOException | JacksonException e) {
            LOG.log(Level.WARNING, "cannot save settings " + file, e);
        }
    }
}
