package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.limittriage.bench.BigLog;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.EvidenceExtractor;
import dev.limittriage.io.JsonLines;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property and size tests: random and mutated pastes never throw, and inputs built to hurt a naive parser
 * (300,000 nested brackets, an 8 MB single line, a 50 MB log) complete without overflowing the stack. Time is
 * never asserted here; the benchmark main measures it.
 */
class RobustnessTest {
    private static final String ALPHABET = "{}[]()\"'`\\:,=>;- \n\t_aAeEzZ0129.#@/\u201C\u201D\u2019\u00E9\u4E2D";
    private static Diagnoser diagnoser;
    private static List<String> fixtures;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        fixtures = JsonLines.read(JsonLines.FIXTURES).stream().map(n -> n.get("text").asString()).toList();
    }

    private static void assertWellFormed(String input, Diagnosis d) {
        assertThat(d).isNotNull();
        assertThat(d.confidence()).isBetween(0.0, 1.0);
        assertThat(d.summary()).isNotBlank();
        for (Signal s : d.signals()) {
            if (s.span() != null) {
                assertThat(s.span().end()).isLessThanOrEqualTo(input.length());
            }
        }
        for (var f : d.evidence().facts()) {
            assertThat(f.span().end()).isLessThanOrEqualTo(input.length());
        }
    }

    @Test
    void random_inputs_never_throw() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 1500; i++) {
            int length = random.nextInt(i < 1000 ? 200 : 5000);
            StringBuilder b = new StringBuilder(length);
            for (int k = 0; k < length; k++) {
                b.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000)
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = b.toString();
            assertThatCode(() -> assertWellFormed(input, diagnoser.diagnose(input))).as("input %d", i)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void mutated_real_pastes_never_throw() {
        Random random = new Random(7L);
        for (String base : fixtures) {
            for (int m = 0; m < 30; m++) {
                String input = mutate(base, random);
                assertThatCode(() -> assertWellFormed(input, diagnoser.diagnose(input))).doesNotThrowAnyException();
            }
        }
    }

    private static String mutate(String s, Random random) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(6)) {
                case 0 -> b.delete(at, Math.min(b.length(), at + random.nextInt(40)));
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> b.setLength(at); // truncated paste
                case 3 -> b.insert(at, b.substring(at, Math.min(b.length(), at + random.nextInt(80))));
                case 4 -> b.insert(at, "\\\"{\\\\\"");
                default -> b.setCharAt(at, (char) random.nextInt(0x2100));
            }
        }
        return b.toString();
    }

    @Test
    void three_hundred_thousand_nested_brackets() {
        int depth = 300_000;
        for (String open : List.of("{", "[", "{\"a\":", "{'a':[", "(", "\\\"{")) {
            String input = open.repeat(depth) + "}".repeat(depth);
            Diagnosis d = diagnoser.diagnose(input);
            assertWellFormed(input, d);
        }
        String withError = "{\"error\":".repeat(depth) + "{\"code\":\"insufficient_quota\"}";
        assertThat(diagnoser.diagnose(withError).owner()).isEqualTo(Owner.OPENAI_BILLING);
    }

    @Test
    void eight_megabyte_single_lines() {
        int size = 8 * 1024 * 1024;
        List<String> units = List.of("a", "\"message\": \"x\", ", "message:message:", "429 ", "{\"a\":\"b\"},",
                "(b'x-a', b'1'), ");
        for (String unit : units) {
            String input = unit.repeat(size / unit.length());
            assertWellFormed(input, diagnoser.diagnose(input));
        }
    }

    @Test
    void a_fifty_megabyte_log_with_one_error_inside() {
        String error = "2026-11-28T10:15:02.001Z ERROR images job=42 failed: openai.RateLimitError: Error code: 429 - "
                + "{'error': {'message': 'You exceeded your current quota, please check your plan and billing "
                + "details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}\n";
        int target = 50 * 1024 * 1024;
        StringBuilder b = new StringBuilder(target + 4096);
        int line = 0;
        boolean placed = false;
        while (b.length() < target) {
            if (!placed && b.length() > target / 2) {
                b.append(error);
                placed = true;
            }
            b.append("2026-11-28T10:").append(String.format("%02d", line % 60))
                    .append(":00.000Z INFO http method=POST ")
                    .append("path=/v1/images/generations status=200 duration_ms=").append(800 + line % 400)
                    .append(" request_id=req_").append(Integer.toHexString(0x100000 + line)).append(" user=anon\n");
            line++;
        }
        String log = b.toString();
        b.setLength(0);
        b.trimToSize();
        Diagnosis d = diagnoser.diagnose(log);
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(d.bucket()).isEqualTo(Bucket.CREDITS);
        assertThat(d.evidence().httpStatus()).contains(429);
        assertThat(d.evidence().value(dev.limittriage.evidence.FactKind.ERROR_CODE)).contains("insufficient_quota");
        int errorAt = log.indexOf("ERROR images");
        assertThat(d.signals().get(0).span()).isNotNull();
        assertThat(d.signals().get(0).span().start()).isGreaterThanOrEqualTo(errorAt);
    }

    /**
     * Issue 9's big-log case: ordinary lines whose ids and timings hold "429" (req_00004290, took=4293ms), periodic
     * stats lines that say "images per min", and in the middle one real images-per-minute 429 (a real body from
     * the fixtures, lunedev-dalle3-ipm-type-requests, behind an SDK's "Error code: 429 - "). Before the fix the
     * digits chained the regions across the whole log and the error's bucket was lost at 50 MB (5 MB was fine).
     */
    @Test
    void fifty_megabyte_log_with_429_in_ids_and_timings_keeps_its_ipm_error() throws IOException {
        String body = fixtureText("lunedev-dalle3-ipm-type-requests");
        String error = "2026-11-28T10:15:02.001Z ERROR images job=42 failed: openai.RateLimitError: Error code: 429 - "
                + body + "\n";
        String log = BigLog.build(50 * 1024 * 1024, error);
        assertThat(log).contains("req_00004290", "took=4293ms");

        Diagnosis d = diagnoser.diagnose(log);

        assertThat(d.owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(d.bucket()).isEqualTo(Bucket.IPM);
        assertThat(d.evidence().httpStatus()).contains(429);
        int errorAt = log.indexOf("ERROR images");
        assertThat(d.signals().get(0).span()).isNotNull();
        assertThat(d.signals().get(0).span().start()).isBetween(errorAt, errorAt + error.length());
    }

    private static String fixtureText(String id) {
        return JsonLines.read(JsonLines.FIXTURES).stream().filter(n -> n.get("id").asString().equals(id))
                .map(n -> n.get("text").asString()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no fixture " + id));
    }

    @Test
    void extractor_alone_survives_binary_looking_text() {
        Random random = new Random(3L);
        char[] chars = new char[1 << 20];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(0x10000);
        }
        String input = new String(chars);
        Evidence e = new EvidenceExtractor().extract(input);
        assertThat(e.text()).isSameAs(input);
    }
}
