package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.Golden;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Knowledge;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole diagnosis of every real paste we tune on, held against reviewed snapshots: for the 52 fixtures every
 * part a user sees or exports (owner, bucket, detail, retry verdict, confidence, reset, next step, what not to do,
 * summary, tier match, observations, and the signals behind it); for the tune split of the corpus one line each
 * (owner, bucket, retry, confidence and the rules that fired). The accuracy tests only count right answers; these
 * notice any change in how an answer is reached or worded. Validation pastes are left out on purpose: their
 * diagnoses are never looked at while rules are tuned. After a deliberate change, rewrite with
 * {@code -Dgolden.update=true} and review the diff.
 */
class DiagnosisSnapshotTest {
    /** A fixed day, so "shut down" and "resets at" read the same on every run. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private static Knowledge knowledge;
    private static Diagnoser diagnoser;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeLoader.loadDefault(TestJson.MAPPER);
        diagnoser = new Diagnoser(knowledge, CLOCK);
    }

    @Test
    void every_fixture_is_diagnosed_as_reviewed() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Corpus.Item item : Corpus.load()) {
            if (!item.split().equals(Corpus.FIXTURES)) {
                continue;
            }
            Diagnosis d = diagnoser.diagnose(item.text());
            out.append("## ").append(item.id()).append('\n')
                    .append(d.owner().id()).append(" / ").append(d.bucket().id()).append(" / ").append(d.retry().id())
                    .append(" / ").append(String.format(Locale.ROOT, "%.3f", d.confidence())).append('\n');
            line(out, "detail", d.detail());
            line(out, "reset", d.reset());
            line(out, "next", d.nextStep());
            line(out, "do not", d.doNot());
            line(out, "summary", d.summary());
            line(out, "tier", d.tierMatch());
            d.observations().forEach(o -> line(out, "observed", o));
            d.signals().forEach(s -> line(out, "signal", s.kind() + " " + s.value() + " " + s.span() + " "
                    + s.ruleId()));
            out.append('\n');
        }
        Golden.assertMatches("diagnosis-fixtures.txt", out.toString());
    }

    @Test
    void every_tune_paste_is_diagnosed_as_reviewed() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Corpus.Item item : Corpus.load()) {
            if (!item.split().equals(Corpus.TUNE)) {
                continue;
            }
            Diagnosis d = diagnoser.diagnose(item.text());
            out.append(item.id()).append(' ').append(d.owner().id()).append('/').append(d.bucket().id()).append('/')
                    .append(d.retry().id()).append(' ').append(String.format(Locale.ROOT, "%.3f", d.confidence()))
                    .append(" ask=").append(DecidingQuestion.choose(knowledge.tree(), d).map(q -> q.id()).orElse("-"));
            d.signals().forEach(s -> out.append(' ').append(s.ruleId() == null ? s.kind() : s.ruleId()));
            out.append('\n');
        }
        Golden.assertMatches("diagnosis-tune.txt", out.toString());
    }

    private static void line(StringBuilder out, String label, Object value) {
        if (value != null) {
            out.append(label).append(": ").append(String.valueOf(value).replace("\n", "\\n")).append('\n');
        }
    }
}
