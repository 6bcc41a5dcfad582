package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.TestJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dataDir;

    @Test
    void should_save_as_json_and_read_it_back() throws IOException {
        // given
        Settings settings = new Settings(dataDir, TestJson.MAPPER);
        settings.put("theme", "dark");
        settings.put("window.width", "1010.0");
        // when
        settings.save();
        Settings again = new Settings(dataDir, TestJson.MAPPER);
        // then
        assertThat(Files.readString(dataDir.resolve("settings.json"), StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .isEqualTo("{\n  \"theme\" : \"dark\",\n  \"window.width\" : \"1010.0\"\n}\n");
        assertThat(again.get("theme")).contains("dark");
        assertThat(again.getDouble("window.width")).contains(1010.0);
    }

    @Test
    void should_take_over_the_old_properties_file_once() throws IOException {
        // given: settings written by a version before settings.json
        Files.writeString(dataDir.resolve("settings.properties"), "theme=dark\nexport.folder=/tmp/x\n");
        // when
        Settings settings = new Settings(dataDir, TestJson.MAPPER);
        // then
        assertThat(settings.get("theme")).contains("dark");
        assertThat(settings.get("export.folder")).contains("/tmp/x");
    }

    @Test
    void should_fall_back_to_defaults_when_the_file_is_broken() throws IOException {
        // given
        Files.writeString(dataDir.resolve("settings.json"), "{\"theme\": ");
        // when
        Settings settings = new Settings(dataDir, TestJson.MAPPER);
        // then
        assertThat(settings.get("theme")).isEmpty();
    }
}
