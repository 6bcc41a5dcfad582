package dev.limittriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.PacketJson;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.packet.Leaks;
import dev.limittriage.packet.PlantedSecrets;
import dev.limittriage.packet.TestPackets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packet command's plumbing with a stand-in diagnosis (the OpenAI test diagnosis, carrying the real paste). */
class PacketCommandTest {
    @TempDir
    Path dir;

    private static Function<Knowledge, Function<String, Diagnosis>> fake() {
        return k -> text -> {
            Diagnosis d = TestPackets.openAiDiagnosis();
            var ev = d.evidence();
            var evidence = new dev.limittriage.evidence.Evidence(text, ev.facts(), ev.headers(), ev.delays(),
                    ev.limits(), ev.responseDate(), ev.messages(), ev.notes());
            return new Diagnosis(d.owner(), d.bucket(), d.detail(), d.retry(), d.confidence(), d.signals(),
                    d.reset(), d.nextStep(), d.doNot(), d.summary(), d.tierMatch(), d.observations(), evidence);
        };
    }

    private CliTestSupport run(Supplier<InputStream> stdin, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == PacketCommand.class) {
                    return cls.cast(new PacketCommand(stdin, fake(), Clock.fixed(TestPackets.NOW, ZoneOffset.UTC),
                            TestPackets.APP_VERSION));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        return new CliTestSupport().run(TriageCommand.newCommandLine(factory), args);
    }

    private CliTestSupport run(String... args) {
        return run(() -> new ByteArrayInputStream(new byte[0]), args);
    }

    private Path paste() throws IOException {
        return Files.writeString(dir.resolve("paste.txt"), TestPackets.openAiPaste() + PlantedSecrets.asOnePaste(),
                StandardCharsets.UTF_8);
    }

    @Test
    void should_print_a_redacted_markdown_packet_by_default() throws IOException {
        CliTestSupport r = run("packet", "--template", "openai", "--set", "quality=high", paste().toString());
        assertThat(r.exit).isZero();
        assertThat(r.out()).startsWith("# HTTP 429").contains("| Quality setting | high | entered |");
        assertThat(r.err()).startsWith("limit-triage: Redaction: ").contains("openai-key");
        Leaks.assertNoneLeaked(r.out());
        Leaks.assertNoneLeaked(r.err());
    }

    @Test
    void should_print_json_that_validates_with_entered_fields_and_pseudonyms() throws IOException {
        CliTestSupport r = run("packet", "--format", "json", "--pseudonymize-ids", "--set", "request-size=1024x1024",
                "--set", "notes=line one\\nline two", paste().toString());
        assertThat(r.exit).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("fields").get("requestSize").get("origin").asString()).isEqualTo("entered");
        assertThat(json.get("fields").get("notes").get("value").asString()).isEqualTo("line one\nline two");
        assertThat(json.get("fields").get("organization").get("value").asString()).isEqualTo("org-#1");
        assertThat(json.get("redaction").get("pseudonymizedIds").asBoolean()).isTrue();
        assertThat(r.out()).doesNotContain("AbCdEfGhIjKlMnOpQrStUvWx");
    }

    @Test
    void should_read_standard_input_for_a_dash() {
        CliTestSupport r = run(() -> new ByteArrayInputStream(TestPackets.openAiPaste()
                .getBytes(StandardCharsets.UTF_8)), "packet", "--template", "chatgpt", "-");
        assertThat(r.exit).isZero();
        assertThat(r.out()).startsWith("# ChatGPT image limit");
    }

    @Test
    void should_write_atomically_and_refuse_to_overwrite_without_force() throws IOException {
        Path target = dir.resolve("out.json");
        CliTestSupport first = run("packet", "--out", target.toString(), paste().toString());
        assertThat(first.exit).isZero();
        assertThat(first.out()).startsWith("Wrote ").contains("(json)");
        String written = Files.readString(target);
        assertThat(written).startsWith("{").contains("\"schemaVersion\"");
        Leaks.assertNoneLeaked(written);

        CliTestSupport again = run("packet", "--format", "md", "--out", target.toString(), paste().toString());
        assertThat(again.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("exists; add --force");
        assertThat(Files.readString(target)).isEqualTo(written);

        CliTestSupport forced = run("packet", "--format", "md", "--out", target.toString(), "--force",
                paste().toString());
        assertThat(forced.exit).isZero();
        assertThat(Files.readString(target)).startsWith("# HTTP 429");
    }

    @Test
    void should_report_usage_errors_with_exit_2_and_no_stack_trace() throws IOException {
        String file = paste().toString();
        for (String[] args : new String[][] {
            {"packet", "--format", "pdf", file},
            {"packet", "--template", "nobody", file},
            {"packet", "--set", "colour=blue", file},
            {"packet", "--set", "novalue", file},
            {"packet", "--force", file},
            {"packet", "--bogus", file},
        }) {
            CliTestSupport r = run(args);
            assertThat(r.exit).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
        assertThat(run("packet", "--set", "colour=blue", file).err()).contains("unknown field 'colour'")
                .contains("requestSize");
    }

    @Test
    void should_exit_3_with_one_line_for_unreadable_input() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("b.bin"), new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G', 0, 0});
        for (String f : new String[] {empty.toString(), binary.toString(), dir.resolve("missing.txt").toString()}) {
            CliTestSupport r = run("packet", f);
            assertThat(r.exit).as(f).isEqualTo(ExitCodes.UNREADABLE);
            assertThat(r.err().lines().count()).isEqualTo(1);
            assertThat(r.err()).startsWith("limit-triage: " + f + ": ");
            assertThat(r.out()).isEmpty();
        }
        CliTestSupport stdin = run("packet");
        assertThat(stdin.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(stdin.err()).contains("<stdin>");
    }

    @Test
    void should_print_the_schema() {
        CliTestSupport r = run("schema");
        assertThat(r.exit).isZero();
        assertThat(r.out()).isEqualTo(PacketJson.schema());
        assertThat(r.out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    @Test
    void should_list_packet_and_schema_in_the_top_level_help() {
        CliTestSupport r = run("--help");
        assertThat(r.out()).contains("packet").contains("schema").contains("diagnose");
    }
}
