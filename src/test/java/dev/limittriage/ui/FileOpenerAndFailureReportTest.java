package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.packet.Leaks;
import dev.limittriage.packet.PlantedSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropped files become text or one plain message; the failure report never carries user text. */
class FileOpenerAndFailureReportTest {
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FileOpener opener = new FileOpener(new CurrentThreadTaskExecutor(), dialogs);

    @Test
    void should_open_a_dropped_log_file_as_text() throws IOException {
        // given
        Path log = Files.writeString(dir.resolve("error.log"), "HTTP/1.1 429 Too Many Requests\n");
        List<String> opened = new ArrayList<>();
        // when
        opener.open(log, opened::add);
        // then
        assertThat(opened).containsExactly("HTTP/1.1 429 Too Many Requests\n");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void should_refuse_empty_binary_and_foreign_files_with_a_plain_message() throws IOException {
        // given
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("blob.json"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
        Path image = Files.write(dir.resolve("shot.png"), new byte[] {1, 2, 3});
        List<String> opened = new ArrayList<>();
        // when
        opener.open(empty, opened::add);
        opener.open(binary, opened::add);
        opener.open(image, opened::add);
        // then
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).containsExactly(I18n.text("file.error.empty", "empty.txt"),
                I18n.text("file.error.binary", "blob.json"), I18n.text("file.error.type", "shot.png"));
    }

    @Test
    void should_write_a_failure_report_without_the_exception_message() throws IOException {
        // given: an exception whose message quotes a secret from the paste
        String key = PlantedSecrets.all().get(0).secret();
        IllegalStateException error = new IllegalStateException("bad token " + key);
        // when
        Path file = FailureReport.write(dir, error, "evidence", Instant.parse("2026-11-28T09:00:00Z"));
        // then
        String report = Files.readString(file);
        assertThat(report).contains("java.lang.IllegalStateException").contains("| step | evidence |")
                .doesNotContain("sk-proj-");
        Leaks.assertNoLeak(report, key);
    }
}
