package dev.limittriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Reset;
import dev.limittriage.diagnosis.Signal;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.Fact;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.evidence.Header;
import dev.limittriage.evidence.Span;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.packet.Leaks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command's plumbing (inputs, exit codes, output shapes) with a stand-in diagnosis function, so these tests
 * do not depend on the classifier; the classifier has its own tests.
 */
class DiagnoseCommandTest {
    private static final String KEY = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123456789";
    private static final String PASTE = "HTTP/2 429\nauthorization: Bearer sk-secret\n"
            + "{\"error\": {\"code\": \"insufficient_quota\"}}";

    @TempDir
    Path dir;

    private final List<String> diagnosed = new ArrayList<>();

    /** Echoes the paste length into the summary so tests can see which input was diagnosed. */
    private Function<Knowledge, Function<String, Diagnosis>> fake() {
        return k -> text -> {
            diagnosed.add(text);
            var evidence = new Evidence(text,
                    List.of(new Fact(FactKind.HTTP_STATUS, "429", new Span(0, 10)),
                            new Fact(FactKind.ERROR_CODE, "insufficient_quota", new Span(56, 74))),
                    List.of(new Header("authorization", "Bearer sk-secret", new Span(11, 43)),
                            new Header("x-request-id", "req_123", new Span(0, 0))),
                    List.of(), List.of(), null, List.of(), List.of());
            var guidance = k.guidance(Owner.OPENAI_BILLING, Bucket.CREDITS).orElseThrow();
            return new Diagnosis(Owner.OPENAI_BILLING, Bucket.CREDITS, null, RetryVerdict.DO_NOT_RETRY, 0.9,
                    List.of(new Signal("error_code", "insufficient_quota", new Span(56, 74), "openai.quota"),
                            new Signal("phrase", "Incorrect API key provided: " + KEY, new Span(0, 1), null)),
                    new Reset(7.188, Instant.parse("2026-05-05T10:00:07.188Z"), "message: try again in 7.188s"),
                    guidance.nextStep(), guidance.doNot(), "length " + text.length(), null, List.of(), evidence);
        };
    }

    private CliTestSupport run(Supplier<InputStream> stdin, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DiagnoseCommand.class) {
                    return cls.cast(new DiagnoseCommand(stdin, fake()));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        return new CliTestSupport().run(TriageCommand.newCommandLine(factory), args);
    }

    private CliTestSupport run(String... args) {
        return run(() -> new ByteArrayInputStream(new byte[0]), args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void human_output_names_owner_bucket_retry_and_next_step() throws IOException {
        CliTestSupport r = run("diagnose", file("a.txt", PASTE).toString());

        assertThat(r.exit).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Owner:       OpenAI billing and monthly usage (openai_billing)",
                "Ran out:     credits", "Retry:       do not retry", "Resets:      in 7.188 s",
                "Next step:   Check two things, in this order. First the credit balance", "Signal:      error_code \"insufficient_quota\" at 56-74",
                "Evidence:    HTTP 429, code insufficient_quota");
    }

    @Test
    void json_prints_one_object_per_input_with_the_documented_fields() throws IOException {
        CliTestSupport r = run("diagnose", "--json", file("a.txt", PASTE).toString());

        assertThat(r.exit).isZero();
        assertThat(r.outLines()).hasSize(1);
        JsonNode line = JsonMapper.builder().build().readTree(r.outLines()[0]);
        assertThat(line.propertyNames()).contains("file", "owner", "bucket", "detail", "retry", "confidence",
                "signals", "reset", "nextStep", "doNot", "evidence");
        assertThat(line.get("owner").asString()).isEqualTo("openai_billing");
        assertThat(line.get("bucket").asString()).isEqualTo("credits");
        assertThat(line.get("retry").asString()).isEqualTo("do_not_retry");
        assertThat(line.get("detail").isNull()).isTrue();
        assertThat(line.get("signals").get(0).get("start").asInt()).isEqualTo(56);
        assertThat(line.get("signals").get(0).get("end").asInt()).isEqualTo(74);
        assertThat(line.get("reset").get("seconds").asDouble()).isEqualTo(7.188);
        assertThat(line.get("reset").get("at").asString()).isEqualTo("2026-05-05T10:00:07.188Z");
        JsonNode evidence = line.get("evidence");
        assertThat(evidence.propertyNames()).contains("httpStatus", "errorCode", "errorType", "model",
                "organization", "project", "requestId", "headers");
        assertThat(evidence.get("httpStatus").asInt()).isEqualTo(429);
        assertThat(evidence.get("headers").get(0).get("value").asString()).isEqualTo("[redacted]");
        assertThat(r.out()).doesNotContain("sk-secret");
    }

    @Test
    void secrets_from_the_paste_never_reach_the_output() throws IOException {
        Path a = file("a.txt", PASTE + "\nIncorrect API key provided: " + KEY);

        CliTestSupport human = run("diagnose", a.toString());
        CliTestSupport json = run("diagnose", "--json", a.toString());

        assertThat(human.out()).contains("[redacted: openai-key]");
        Leaks.assertNoLeak(human.out(), KEY);
        assertThat(json.out()).doesNotContain("sk-secret").contains("[redacted: openai-key]");
        Leaks.assertNoLeak(json.out(), KEY);
    }

    @Test
    void several_files_keep_their_order_and_an_unreadable_one_gets_its_own_line() throws IOException {
        Path a = file("a.txt", "first");
        Path empty = file("empty.txt", "  \n");
        Path binary = Files.write(dir.resolve("b.bin"), new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'});
        Path c = file("c.txt", "the third");
        String missing = dir.resolve("missing.txt").toString();

        CliTestSupport r = run("diagnose", "--json", a.toString(), missing, empty.toString(), binary.toString(),
                c.toString());

        assertThat(r.exit).isEqualTo(3);
        String[] lines = r.outLines();
        assertThat(lines).hasSize(5);
        var json = JsonMapper.builder().build();
        assertThat(json.readTree(lines[0]).get("summary").asString()).isEqualTo("length 5");
        assertThat(json.readTree(lines[1]).get("error").asString()).isEqualTo("file not found");
        assertThat(json.readTree(lines[1]).get("file").asString()).isEqualTo(missing);
        assertThat(json.readTree(lines[2]).get("error").asString()).isEqualTo("nothing to diagnose");
        assertThat(json.readTree(lines[3]).get("error").asString()).isEqualTo("not text");
        assertThat(json.readTree(lines[4]).get("summary").asString()).isEqualTo("length 9");
        assertThat(r.err().split("\\R")).containsExactly(
                "limit-triage: " + missing + ": file not found",
                "limit-triage: " + empty + ": nothing to diagnose",
                "limit-triage: " + binary + ": not text");
        assertThat(diagnosed).containsExactly("first", "the third");
    }

    @Test
    void a_missing_file_alone_exits_3_with_one_line_and_no_output() {
        CliTestSupport r = run("diagnose", dir.resolve("nope.txt").toString());
        assertThat(r.exit).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("limit-triage: " + dir.resolve("nope.txt") + ": file not found");
    }

    @Test
    void standard_input_is_read_when_no_file_is_given_or_for_a_dash() {
        var bytes = "from stdin".getBytes(StandardCharsets.UTF_8);
        CliTestSupport none = run(() -> new ByteArrayInputStream(bytes), "diagnose", "--json");
        CliTestSupport dash = run(() -> new ByteArrayInputStream(bytes), "diagnose", "--json", "-");

        assertThat(none.exit).isZero();
        assertThat(JsonMapper.builder().build().readTree(none.out()).get("file").asString()).isEqualTo("<stdin>");
        assertThat(JsonMapper.builder().build().readTree(dash.out()).get("summary").asString()).isEqualTo("length 10");
    }

    @Test
    void empty_standard_input_has_nothing_to_diagnose() {
        CliTestSupport r = run("diagnose");
        assertThat(r.exit).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("limit-triage: <stdin>: nothing to diagnose");
    }

    @Test
    void latin1_input_is_diagnosed_and_the_decoding_noted() throws IOException {
        Path latin = Files.write(dir.resolve("latin.txt"),
                "Kontingent überschritten".getBytes(Charset.forName("windows-1252")));
        CliTestSupport r = run("diagnose", "--json", latin.toString());

        assertThat(r.exit).isZero();
        assertThat(diagnosed).containsExactly("Kontingent überschritten");
        assertThat(JsonMapper.builder().build().readTree(r.out()).get("notes").get(0).asString())
                .isEqualTo("not valid UTF-8: read as Windows-1252 (Latin-1)");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        CliTestSupport r = run("diagnose", "--jsn");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--jsn'");
    }

    @Test
    void an_unexpected_failure_is_one_line_not_a_stack_trace() throws IOException {
        Path a = file("a.txt", "x");
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DiagnoseCommand.class) {
                    return cls.cast(new DiagnoseCommand(() -> InputStream.nullInputStream(), k -> text -> {
                        throw new IllegalStateException("boom\nsecond line");
                    }));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CliTestSupport r = new CliTestSupport().run(TriageCommand.newCommandLine(factory), "diagnose", a.toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err()).isEqualTo("limit-triage: boom" + System.lineSeparator());
    }

    @Test
    void an_unexpected_failure_that_quotes_a_key_prints_it_redacted() throws IOException {
        Path a = file("a.txt", "x");
        String key = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z";
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DiagnoseCommand.class) {
                    return cls.cast(new DiagnoseCommand(() -> InputStream.nullInputStream(), k -> text -> {
                        throw new IllegalStateException("bad header Authorization: Bearer " + key);
                    }));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CliTestSupport r = new CliTestSupport().run(TriageCommand.newCommandLine(factory), "diagnose", a.toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err()).startsWith("limit-triage: bad header").contains("[redacted");
        Leaks.assertNoLeak(r.err(), key);
    }

    @Test
    void the_real_command_line_lists_both_subcommands() {
        CliTestSupport r = new CliTestSupport().run(TriageCommand.newCommandLine(), "--help");
        assertThat(r.exit).isZero();
        assertThat(r.out()).contains("diagnose", "tiers");
    }
}
