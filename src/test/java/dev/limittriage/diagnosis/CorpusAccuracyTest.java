package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Owner and bucket accuracy on every real paste we hold, per split (tune, validation, fixtures) and per family,
 * counting accept_owner/accept_bucket. Rules are tuned on the tune split only; the validation split is measured, never
 * read while writing rules (TuneReport prints tune items only). The table is printed on every run; the floors below
 * were set from the figures measured when they were last raised (see the commit that changed them).
 */
class CorpusAccuracyTest {
    /**
     * Floors, in percent, under the figures measured on 2026-12-01 (1,106 tune, 554 validation items: tune owner 86.9,
     * bucket 95.8; validation owner 80.1, bucket 91.7), so that a new batch of pastes can land without breaking the
     * build while a real regression still fails it. Lower them only with a reason in the commit. (Last lowered when
     * 64 unseen pastes of round 10 joined, most of them errors that are no limit at all and name no owner: the
     * figures fell with them, while no change to the rules lowered any.)
     */
    private static final double TUNE_OWNER = 86;
    private static final double TUNE_BUCKET = 95;
    private static final double VALIDATION_OWNER = 80;
    private static final double VALIDATION_BUCKET = 89;
    /** Re-wrapped tune pastes (80-column hard wrap, CRLF, quoted) may lose at most this many points. */
    private static final double REWRAP_LOSS = 2;

    private static Diagnoser diagnoser;
    private static List<Corpus.Item> items;

    /** Counts for one group. */
    private static final class Tally {
        int n;
        int owner;
        int bucket;
        int unsafe;

        void add(Corpus.Item item, Diagnosis d) {
            n++;
            owner += item.ownerOk(d.owner().id()) ? 1 : 0;
            bucket += item.bucketOk(d.bucket().id()) ? 1 : 0;
            unsafe += item.neverWait() && d.retry().id().equals("wait_then_retry") ? 1 : 0;
        }

        double ownerPct() {
            return n == 0 ? 100 : 100.0 * owner / n;
        }

        double bucketPct() {
            return n == 0 ? 100 : 100.0 * bucket / n;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-28s %4d   owner %3d (%5.1f%%)   bucket %3d (%5.1f%%)%s", name, n, owner,
                    ownerPct(), bucket, bucketPct(), unsafe > 0 ? "   UNSAFE " + unsafe : "");
        }
    }

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        items = Corpus.load();
    }

    private static Map<String, Tally> measure(UnaryOperator<String> form, boolean perFamily) {
        Map<String, Tally> out = new TreeMap<>();
        for (Corpus.Item item : items) {
            Diagnosis d = diagnoser.diagnose(form.apply(item.text()));
            out.computeIfAbsent(item.split(), k -> new Tally()).add(item, d);
            if (perFamily) {
                out.computeIfAbsent(item.split() + " / " + item.family(), k -> new Tally()).add(item, d);
            }
        }
        return out;
    }

    @Test
    void accuracy_per_split_and_family_holds_its_floors_and_never_says_wait_on_a_block() {
        Map<String, Tally> t = measure(UnaryOperator.identity(), true);
        StringBuilder table = new StringBuilder("\nCorpus accuracy (owner, bucket) per split and family\n");
        t.forEach((k, v) -> table.append(v.row(k)).append('\n'));
        System.out.print(table);

        // validation items are named by split only, so a failure here never shows a held-back paste
        List<String> unsafe = new ArrayList<>();
        for (Corpus.Item item : items) {
            Diagnosis d = diagnoser.diagnose(item.text());
            if (item.neverWait() && d.retry().id().equals("wait_then_retry")) {
                unsafe.add(item.split().equals(Corpus.VALIDATION) ? "(a validation item)" : item.id());
            }
        }
        assertThat(unsafe).as("billing, access, verification or policy items answered wait_then_retry").isEmpty();
        Tally fixtures = t.get(Corpus.FIXTURES);
        assertThat(fixtures.n).isEqualTo(52);
        assertThat(fixtures.owner).isEqualTo(52);
        assertThat(fixtures.bucket).isEqualTo(52);
        Tally tune = t.getOrDefault(Corpus.TUNE, new Tally());
        Tally validation = t.getOrDefault(Corpus.VALIDATION, new Tally());
        assertThat(tune.ownerPct()).as("tune owner %").isGreaterThanOrEqualTo(TUNE_OWNER);
        assertThat(tune.bucketPct()).as("tune bucket %").isGreaterThanOrEqualTo(TUNE_BUCKET);
        assertThat(validation.ownerPct()).as("validation owner %").isGreaterThanOrEqualTo(VALIDATION_OWNER);
        assertThat(validation.bucketPct()).as("validation bucket %").isGreaterThanOrEqualTo(VALIDATION_BUCKET);
    }

    @Test
    void every_item_sits_in_the_split_its_id_computes_and_ids_are_unique() {
        List<String> wrong = items.stream().filter(i -> !i.split().equals(i.splitField())).map(Corpus.Item::id)
                .toList();
        assertThat(wrong).as("split field differs from the computed split").isEmpty();
        assertThat(items.stream().map(Corpus.Item::id).distinct().count()).isEqualTo(items.size());
    }

    @Test
    void re_wrapped_tune_pastes_score_about_the_same() {
        Tally plain = measure(UnaryOperator.identity(), false).get(Corpus.TUNE);
        StringBuilder table = new StringBuilder("\nTune split, re-wrapped forms\n").append(plain.row("as posted"))
                .append('\n');
        Map<String, UnaryOperator<String>> forms = Map.of("word-wrapped at 80 (fold -s)", s -> Corpus.hardWrap(s, 80),
                "cut at 80 columns", s -> Corpus.terminalCut(s, 80), "cut at 100 columns",
                s -> Corpus.terminalCut(s, 100), "CRLF", Corpus::crlf, "quoted with '> '", Corpus::quoted);
        Map<String, Tally> results = new TreeMap<>();
        forms.forEach((name, form) -> results.put(name, measure(form, false).get(Corpus.TUNE)));
        results.forEach((name, v) -> table.append(v.row(name)).append('\n'));
        System.out.print(table);
        results.forEach((name, v) -> {
            assertThat(v.unsafe).as(name + ": unsafe answers").isZero();
            assertThat(v.ownerPct()).as(name + ": owner %").isGreaterThanOrEqualTo(plain.ownerPct() - REWRAP_LOSS);
            assertThat(v.bucketPct()).as(name + ": bucket %").isGreaterThanOrEqualTo(plain.bucketPct() - REWRAP_LOSS);
        });
    }
}
