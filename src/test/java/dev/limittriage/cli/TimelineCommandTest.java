package dev.limittriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.BatchLog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineCommandTest {
    private static final Clock BERLIN = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private CliTestSupport run(String stdin, String... args) {
        var cmd = new TimelineCommand(() -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), BERLIN);
        return new CliTestSupport().run(new CommandLine(cmd), args);
    }

    private Path batchLog() throws Exception {
        Path log = dir.resolve("batch.log");
        Files.writeString(log, BatchLog.twentyMinutes("2026-11-28"));
        return log;
    }

    @Test
    void json_lists_every_event_with_counts_runs_and_peak() throws Exception {
        CliTestSupport r = run("", "--json", "--zone", "UTC", batchLog().toString());

        assertThat(r.exit).isZero();
        assertThat(r.outLines()).hasSize(1);
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.get("events").size()).isEqualTo(29);
        assertThat(doc.get("counts").toString()).isEqualTo("{\"ipm\":24,\"credits\":1,\"server_overload\":4}");
        assertThat(doc.get("first").get("at").asString()).isEqualTo("2026-11-28T10:05:00Z");
        assertThat(doc.get("last").get("at").asString()).isEqualTo("2026-11-28T10:15:30Z");
        JsonNode e503 = doc.get("events").get(25);
        assertThat(e503.toString()).isEqualTo("{\"at\":\"2026-11-28T10:10:20.123\",\"line\":" + e503.get("line")
                + ",\"status\":503,\"owner\":\"openai_api\",\"bucket\":\"server_overload\","
                + "\"retry\":\"wait_then_retry\",\"signal\":\"openai.server_is_overloaded\"}");
        assertThat(doc.get("timesWithoutZone").asString()).isEqualTo("local time, UTC");
        assertThat(doc.get("runs").size()).isEqualTo(3);
        assertThat(doc.get("runs").get(0).toString()).isEqualTo("{\"count\":24,\"owner\":\"openai_api\","
                + "\"bucket\":\"ipm\",\"retry\":\"wait_then_retry\",\"status\":429,\"from\":\"2026-11-28T10:05:00Z\","
                + "\"to\":\"2026-11-28T10:08:50Z\",\"firstLine\":32,\"lastLine\":78}");
        assertThat(doc.get("peak").get(0).toString()).isEqualTo("{\"bucket\":\"ipm\",\"minute\":"
                + "\"2026-11-28T10:05:00Z\",\"count\":6,\"limit\":5,\"measure\":\"images per min\"}");
        assertThat(doc.get("standing").get("bucket").asString()).isEqualTo("credits");
        assertThat(doc.get("standing").get("owner").asString()).isEqualTo("openai_billing");
    }

    @Test
    void text_is_a_table_of_runs() throws Exception {
        CliTestSupport r = run("", "--zone", "UTC", batchLog().toString());

        assertThat(r.exit).isZero();
        assertThat(r.out()).contains("29 failures from 2026-11-28T10:05:00Z to 2026-11-28T10:15:30Z")
                .contains("   24×  ipm              openai_api      429    wait_then_retry  2026-11-28T10:05:00Z")
                .contains("    4×  server_overload  openai_api      503    wait_then_retry  2026-11-28T10:10:00.123")
                .contains("Busiest minute: ipm 6 at 2026-11-28T10:05:00Z (the log states a limit of 5 images per min)")
                .contains("Stands now: openai_billing / credits, do not retry, line ")
                .contains("Times without a zone are local time, UTC.");
    }

    @Test
    void times_without_a_zone_default_to_the_computers_zone() throws Exception {
        CliTestSupport r = run("", "--json", batchLog().toString());

        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.get("timesWithoutZone").asString()).isEqualTo("local time, Europe/Berlin");
        assertThat(doc.get("events").get(25).get("at").asString()).isEqualTo("2026-11-28T10:10:20.123");
    }

    @Test
    void reads_stdin_and_redacts_what_it_prints() {
        String paste = "2026-11-28T10:00:00Z Authorization: Bearer sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123456789 "
                + "HTTP/1.1 429 Too Many Requests\n2026-11-28T10:00:05Z HTTP/1.1 429 Too Many Requests\n";
        CliTestSupport r = run(paste, "--json", "-");

        assertThat(r.exit).isZero();
        assertThat(r.out()).contains("\"file\":\"<stdin>\"").contains("\"total\":2")
                .doesNotContain("AbCdEfGhIjKlMnOp");
    }

    @Test
    void exit_codes_are_those_of_diagnose() throws Exception {
        assertThat(run("", dir.resolve("missing.log").toString()).exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run("   \n", "-").exit).isEqualTo(ExitCodes.UNREADABLE);
        CliTestSupport badZone = run("", "--zone", "Mars/Olympus", batchLog().toString());
        assertThat(badZone.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(badZone.err()).isEqualTo("limit-triage: --zone: unknown zone \"Mars/Olympus\"\n");
        assertThat(run("", "--knowledge", dir.resolve("nope").toString(), batchLog().toString()).exit)
                .isEqualTo(ExitCodes.USAGE);
        CliTestSupport none = run("all good\n", "-");
        assertThat(none.exit).isZero();
        assertThat(none.out()).isEqualTo("== <stdin>: 0 failures\n");
    }
}
