package dev.limittriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RemindCommandTest {
    private static final String PLUS_3H02 = "You've hit the plus plan limit for image generations requests. You can"
            + " create more images when the limit resets in 3 hours and 2 minutes.";
    private static final Instant NOW = Instant.parse("2026-11-30T14:05:17Z");

    @TempDir
    Path dir;

    private static CliTestSupport run(String stdin, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == RemindCommand.class) {
                    return cls.cast(new RemindCommand(() -> new ByteArrayInputStream(
                            stdin.getBytes(StandardCharsets.UTF_8)), Clock.fixed(NOW, ZoneOffset.UTC)));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        return new CliTestSupport().run(TriageCommand.newCommandLine(factory), args);
    }

    @Test
    void the_chatgpt_reset_in_3_hours_and_2_minutes_starts_3_h_2_min_from_now() {
        CliTestSupport r = run(PLUS_3H02, "remind", "-");
        assertThat(r.exit).isZero();
        assertThat(r.err()).isEmpty();
        String ics = r.out();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("\r\nDTSTART:20261130T170717Z\r\n", "\r\nDTSTAMP:20261130T140517Z\r\n",
                "\r\nSUMMARY:Image limit resets: ChatGPT cap (The ChatGPT app)\r\n");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:Next step: ").contains("measured from the time of pasting");
    }

    @Test
    void writes_the_event_to_a_file_with_out() throws IOException {
        Path file = dir.resolve("reset.ics");
        Files.writeString(dir.resolve("paste.txt"), PLUS_3H02);
        CliTestSupport r = run("", "remind", "--out", file.toString(), dir.resolve("paste.txt").toString());
        assertThat(r.exit).isZero();
        assertThat(r.out()).startsWith("Wrote ").contains("2026-11-30T17:07:17Z");
        assertThat(Files.readString(file)).contains("DTSTART:20261130T170717Z\r\n");
    }

    @Test
    void a_paste_without_a_reset_exits_4_with_one_line() {
        CliTestSupport r = run("{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"Rate limit reached for"
                + " gpt-image-2 on images per min (IPM): Limit 5, Used 5, Requested 1.\"}}", "remind", "-");
        assertThat(r.exit).isEqualTo(ExitCodes.NO_RESET);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("limit-triage: remind: no reset time in the paste; nothing to remind of\n");
    }

    @Test
    void a_spend_ceiling_says_waiting_does_not_clear_it() {
        CliTestSupport r = run("{\"error\":{\"message\":\"You exceeded your current quota, please check your plan"
                + " and billing details.\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"
                + "\nretry-after: 20", "remind", "-");
        assertThat(r.exit).isEqualTo(ExitCodes.NO_RESET);
        assertThat(r.err()).contains("that waiting could clear").doesNotContain("\n\n");
    }

    @Test
    void an_empty_paste_is_unreadable() {
        CliTestSupport r = run("  \n", "remind", "-");
        assertThat(r.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err()).startsWith("limit-triage: remind: <stdin>: ");
    }

    @Test
    void secrets_in_the_paste_never_reach_the_event() {
        CliTestSupport r = run("Authorization: Bearer sk-proj-Vb3nQx7LrT2pWk9sHd4MfYc1ZaJe6UoGiRt8NvBq5XyCw0Ks\n"
                + "HTTP/1.1 429\nretry-after: 30\n\n{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"Rate"
                + " limit reached on images per min (IPM): Limit 5, Used 5, Requested 1. Please try again in 30s"
                + " (key sk-proj-Vb3nQx7LrT2pWk9sHd4MfYc1ZaJe6UoGiRt8NvBq5XyCw0Ks).\"}}", "remind", "-");
        assertThat(r.exit).isZero();
        assertThat(r.out().replace("\r\n ", "")).doesNotContain("Vb3nQx7LrT2pWk9sHd4MfYc1ZaJe6UoGiRt8NvBq5XyCw0Ks")
                .contains("DTSTART:20261130T140547Z");
    }
}
