package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following the desktop's theme: GTK_THEME at once, GNOME's color-scheme from gsettings in the background. */
class SystemThemeTest {
    @TempDir
    Path bin;

    @Test
    void should_read_dark_and_light_from_gtk_theme_and_nothing_when_unset() {
        assertThat(SystemTheme.fromGtkTheme(Map.of("GTK_THEME", "Adwaita:dark"))).contains(true);
        assertThat(SystemTheme.fromGtkTheme(Map.of("GTK_THEME", "Adwaita"))).contains(false);
        assertThat(SystemTheme.fromGtkTheme(Map.of())).isEmpty();
    }

    @Test
    void should_read_gnome_color_scheme_output() {
        assertThat(SystemTheme.fromColorScheme("'prefer-dark'\n")).contains(true);
        assertThat(SystemTheme.fromColorScheme("'default'\n")).contains(false);
        assertThat(SystemTheme.fromColorScheme("No such schema “org.gnome.desktop.interface”")).isEmpty();
    }

    @Test
    void should_not_look_for_gsettings_outside_the_path() {
        assertThat(SystemTheme.gsettings(Map.of("PATH", bin.toString()))).isEmpty();
        assertThat(SystemTheme.gsettings(Map.of())).isEmpty();
        assertThat(SystemTheme.askGnomeInBackground(Map.of("PATH", bin.toString()), dark -> { })).isEmpty();
    }

    @Test
    void should_ask_gsettings_in_the_background_and_report_a_dark_preference() throws Exception {
        // given: a stand-in gsettings on the PATH
        assumeTrue(File.separatorChar == '/', "a shell script stands in for gsettings");
        Path fake = bin.resolve("gsettings");
        Files.writeString(fake, "#!/bin/sh\necho \"'prefer-dark'\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        // when
        SystemTheme.askGnomeInBackground(Map.of("PATH", bin.toString()), answer::complete);
        // then
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void should_give_no_answer_when_gsettings_fails() throws IOException, InterruptedException {
        // given: a stand-in gsettings that fails
        assumeTrue(File.separatorChar == '/', "a shell script stands in for gsettings");
        Path fake = bin.resolve("gsettings");
        Files.writeString(fake, "#!/bin/sh\necho 'No such schema' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        // when: the question is settled (the asking thread has ended; it gives up after 1.5 s at most)
        Thread asking = SystemTheme.askGnomeInBackground(Map.of("PATH", bin.toString()), answer::complete)
                .orElseThrow();
        asking.join(TimeUnit.SECONDS.toMillis(30));
        // then
        assertThat(asking.isAlive()).isFalse();
        assertThat(answer).isNotDone();
    }
}
