package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasteReaderTest {
    private static final String ERROR = "{\"error\": {\"message\": \"You exceeded your current quota\", "
            + "\"type\": \"insufficient_quota\", \"code\": \"insufficient_quota\"}}";

    @TempDir
    Path dir;

    private static PasteReader.Text text(PasteReader.Result r) {
        assertThat(r).isInstanceOf(PasteReader.Text.class);
        return (PasteReader.Text) r;
    }

    private static String reason(PasteReader.Result r) {
        assertThat(r).isInstanceOf(PasteReader.Unreadable.class);
        return ((PasteReader.Unreadable) r).reason();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void the_argument_dash_reads_standard_input_and_anything_else_names_a_file() throws IOException {
        Path file = Files.writeString(dir.resolve("error.txt"), "from the file");
        Supplier<InputStream> stdin =
                () -> new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8));

        assertThat(text(PasteReader.readArgument("-", stdin)).text()).isEqualTo("from stdin");
        assertThat(text(PasteReader.readArgument(file.toString(), stdin)).text()).isEqualTo("from the file");
        assertThat(reason(PasteReader.readArgument(dir.resolve("missing.txt").toString(), stdin)))
                .isEqualTo("file not found");
        Supplier<InputStream> broken = () -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("pipe closed");
            }
        };
        assertThat(reason(PasteReader.readArgument("-", broken))).isEqualTo("cannot be read (pipe closed)");
    }

    @Test
    void plain_utf8_is_read_without_notes() {
        PasteReader.Text t = text(PasteReader.read("HTTP/2 429 — “quota” ✓".getBytes(StandardCharsets.UTF_8)));
        assertThat(t.text()).isEqualTo("HTTP/2 429 — “quota” ✓");
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void empty_and_blank_inputs_have_nothing_to_diagnose() {
        assertThat(reason(PasteReader.read(new byte[0]))).isEqualTo("nothing to diagnose");
        assertThat(reason(PasteReader.read(" \n\t \r\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("nothing to diagnose");
        assertThat(reason(PasteReader.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'})))
                .isEqualTo("nothing to diagnose");
    }

    @Test
    void byte_order_mark_is_stripped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        PasteReader.Text t = text(PasteReader.read(concat(bom, ERROR.getBytes(StandardCharsets.UTF_8))));
        assertThat(t.text()).isEqualTo(ERROR);
    }

    @Test
    void utf16_with_byte_order_mark_is_decoded() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ERROR.getBytes(StandardCharsets.UTF_16LE));
        PasteReader.Text t = text(PasteReader.read(bytes));
        assertThat(t.text()).isEqualTo(ERROR);
        assertThat(t.notes()).containsExactly("read as UTF-16 (byte order mark)");
    }

    @Test
    void binary_files_are_not_text() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(reason(PasteReader.read(png))).isEqualTo("not text");

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThat(reason(PasteReader.read(noise))).isEqualTo("not text");
    }

    @Test
    void many_control_bytes_without_nul_are_not_text() {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThat(reason(PasteReader.read(bytes))).isEqualTo("not text");
    }

    @Test
    void terminal_colour_codes_and_tabs_are_text() {
        String log = "\u001B[31mERROR\u001B[0m\t429 Too Many Requests\f\n";
        assertThat(text(PasteReader.read(log.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(log);
    }

    @Test
    void latin1_text_is_decoded_as_windows_1252_with_a_note() {
        String original = "Fehler: Kontingent überschritten – “zu viele Anfragen” café";
        byte[] bytes = original.getBytes(Charset.forName("windows-1252"));
        PasteReader.Text t = text(PasteReader.read(bytes));
        assertThat(t.text()).isEqualTo(original);
        assertThat(t.notes()).containsExactly("not valid UTF-8: read as Windows-1252 (Latin-1)");
    }

    @Test
    void mostly_utf8_with_a_cut_character_keeps_utf8() {
        String good = "Please try again in 7.188s — ünïcödé ".repeat(10);
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length + 1);
        cut[cut.length - 1] = (byte) 0xE2; // first byte of a three-byte character, cut off
        PasteReader.Text t = text(PasteReader.read(cut));
        assertThat(t.text()).startsWith(good).hasSize(good.length() + 1);
        assertThat(t.notes()).containsExactly("some bytes were not valid UTF-8 and were replaced");
    }

    @Test
    void fifty_megabytes_of_log_with_one_error_is_read_whole() {
        byte[] line = "2026-05-05T10:00:00Z INFO worker-3 generated image ok in 812ms\n"
                .getBytes(StandardCharsets.UTF_8);
        int lines = 50 * 1024 * 1024 / line.length;
        byte[] error = (ERROR + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[lines * line.length + error.length];
        int pos = 0;
        for (int i = 0; i < lines; i++) {
            if (i == lines / 2) {
                System.arraycopy(error, 0, big, pos, error.length);
                pos += error.length;
            }
            System.arraycopy(line, 0, big, pos, line.length);
            pos += line.length;
        }
        PasteReader.Text t = text(PasteReader.read(big));
        assertThat(t.text()).hasSize(big.length).contains(ERROR);
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void a_stray_nul_deep_in_a_large_log_does_not_make_it_binary() {
        byte[] bytes = "log line\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length / 2] = 0;
        assertThat(PasteReader.read(bytes)).isInstanceOf(PasteReader.Text.class);
    }

    @Test
    void streams_are_read_to_the_end() throws IOException {
        var in = new ByteArrayInputStream(ERROR.getBytes(StandardCharsets.UTF_8));
        assertThat(text(PasteReader.read(in)).text()).isEqualTo(ERROR);
    }

    @Test
    void files_are_read_and_problems_give_a_reason() throws IOException {
        Path ok = dir.resolve("paste.txt");
        Files.writeString(ok, ERROR);
        assertThat(text(PasteReader.read(ok)).text()).isEqualTo(ERROR);

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThat(reason(PasteReader.read(empty))).isEqualTo("nothing to diagnose");
        assertThat(reason(PasteReader.read(dir.resolve("missing.txt")))).isEqualTo("file not found");
        assertThat(reason(PasteReader.read(dir))).isEqualTo("is a directory");
    }
}
