package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.JsonLines;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.ErrorRule;
import dev.limittriage.knowledge.Knowledge;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence behind every rule: each rule in rules.json is either backed by real pastes from at least two different
 * sources (two threads, two pages) or cites the owner's own documentation (a source of kind "official"). A rule
 * matched by one post only is tuned to a string, not to how the owner words the limit.
 *
 * <p>The test diagnoses every test paste (the real fixtures, the real-paste corpus under corpus/*.jsonl, the real
 * pastes under rule-backing/ that were looked up to back a rule, and our own pastes under pastes/), records which
 * rules each one fires, and writes the listing to target/rule-evidence.txt. Only pastes with a public source count as real examples; our own pastes (shapes we
 * wrote to exercise parsers) are listed but back nothing.
 */
class RuleEvidenceTest {
    private static final int MIN_SOURCES = 2;
    private static final Path REPORT = Path.of("target", "rule-evidence.txt");

    private record Paste(String id, String text, String source) {
    }

    private static Knowledge knowledge;
    private static Map<String, Set<String>> sourcesByRule;
    private static Map<String, Set<String>> rulesByPaste;

    @BeforeAll
    static void fireEveryPaste() throws IOException, URISyntaxException {
        knowledge = KnowledgeLoader.loadDefault(TestJson.MAPPER);
        Diagnoser diagnoser = new Diagnoser(knowledge);
        sourcesByRule = new TreeMap<>();
        rulesByPaste = new TreeMap<>();
        for (Paste p : pastes()) {
            Set<String> fired = new TreeSet<>();
            for (Signal s : diagnoser.diagnose(p.text()).signals()) {
                if (s.ruleId() != null) {
                    fired.add(s.ruleId());
                }
            }
            rulesByPaste.put(p.id(), fired);
            if (!p.source().isEmpty()) {
                fired.forEach(r -> sourcesByRule.computeIfAbsent(r, k -> new TreeSet<>()).add(p.source()));
            }
        }
        writeReport();
    }

    @Test
    void every_rule_is_backed_by_two_sources_or_cites_the_owners_documentation() {
        List<String> unbacked = new ArrayList<>();
        for (ErrorRule r : knowledge.rules()) {
            Set<String> sources = sourcesByRule.getOrDefault(r.id(), Set.of());
            if (sources.size() < MIN_SOURCES && !official(r)) {
                unbacked.add(r.id() + " (" + r.match().name().toLowerCase(Locale.ROOT) + " \"" + r.pattern()
                        + "\", source " + r.source().kind() + ", fired by " + sources + ")");
            }
        }
        assertThat(unbacked).as("rules with fewer than %d real sources and no official citation (see %s); "
                + "generalise the pattern, cite the owner's documentation, or remove the rule", MIN_SOURCES, REPORT)
                .isEmpty();
    }

    @Test
    void sources_are_counted_by_thread_not_by_comment() {
        assertThat(sourceKey("github:openai-php/client#565 (comment by iBotPeaches, 2025-04-26)"))
                .isEqualTo("github:openai-php/client#565");
        assertThat(sourceKey("https://community.openai.com/t/some-topic/12345/7#post_7"))
                .isEqualTo("https://community.openai.com/t/some-topic/12345/7");
        assertThat(sourceKey("  ")).isEmpty();
    }

    private static boolean official(ErrorRule r) {
        return r.source().kind().equals("official");
    }

    /** Two comments of one thread are one source: the key drops a comment note and a URL fragment. */
    static String sourceKey(String source) {
        String s = source.strip();
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        int hash = s.startsWith("github:") ? -1 : s.indexOf('#');
        return hash > 0 ? s.substring(0, hash) : s;
    }

    private static List<Paste> pastes() throws IOException, URISyntaxException {
        List<Paste> out = new ArrayList<>(jsonl(JsonLines.FIXTURES));
        for (Path file : listed("/corpus", ".jsonl")) {
            out.addAll(jsonl("/corpus/" + file.getFileName()));
        }
        out.addAll(jsonl("/rule-backing/pastes.jsonl"));
        for (Path file : listed("/pastes", "")) {
            out.add(new Paste("pastes/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8), ""));
        }
        assertThat(out).as("test pastes").hasSizeGreaterThan(52);
        return out;
    }

    private static List<Path> listed(String folder, String suffix) throws IOException, URISyntaxException {
        URL url = RuleEvidenceTest.class.getResource(folder);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<Paste> jsonl(String resource) {
        return JsonLines.read(resource).stream().map(n -> new Paste(n.get("id").asString(), n.get("text").asString(),
                sourceKey(n.path("source").asString("")))).toList();
    }

    private static void writeReport() throws IOException {
        StringBuilder b = new StringBuilder("# Rules and the real sources whose pastes fire them\n");
        for (ErrorRule r : knowledge.rules()) {
            Set<String> sources = sourcesByRule.getOrDefault(r.id(), Set.of());
            b.append(r.id()).append("\t").append(sources.size()).append(" source(s)")
                    .append(official(r) ? ", cites official documentation" : "").append("\t").append(sources)
                    .append('\n');
        }
        b.append("\n# Rules each test paste fires\n");
        rulesByPaste.forEach((paste, rules) -> b.append(paste).append("\t").append(rules).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, b.toString(), StandardCharsets.UTF_8);
    }
}
