package dev.limittriage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks on the shipped knowledge data beyond what the loader validates. */
class KnowledgeDataTest {
    private static final Knowledge K = KnowledgeLoader.loadDefault(TestJson.MAPPER);

    @Test
    void every_bucket_an_owner_can_exhaust_has_specific_guidance() {
        for (OwnerProfile o : K.owners()) {
            for (Bucket b : o.buckets()) {
                assertThat(K.guidance(o.owner(), b)).as("guidance for %s/%s", o.owner().id(), b.id()).isPresent();
            }
        }
    }

    @Test
    void content_policy_and_overload_are_covered_on_every_route() {
        for (Owner o : List.of(Owner.CHATGPT_APP, Owner.OPENAI_API, Owner.AZURE, Owner.PROVIDER, Owner.UNKNOWN)) {
            assertThat(K.guidance(o, Bucket.CONTENT_POLICY)).as(o.id()).get()
                    .extracting(Guidance::retry).isEqualTo(RetryVerdict.DO_NOT_RETRY);
            assertThat(K.guidance(o, Bucket.SERVER_OVERLOAD)).as(o.id()).isPresent();
        }
        for (Owner o : Owner.values()) {
            assertThat(K.guidance(o, Bucket.UNKNOWN)).as(o.id()).isPresent();
        }
    }

    @Test
    void every_leaf_has_guidance_for_its_exact_pair() {
        for (TreeNode n : K.tree().nodes().values()) {
            if (n instanceof TreeNode.Leaf leaf) {
                assertThat(K.guidance(leaf.owner(), leaf.bucket())).as(leaf.id()).isPresent();
            }
        }
    }

    @Test
    void gpt_image_2_table_matches_the_published_values() {
        TierTable t = K.tierTable("gpt-image-2").orElseThrow();
        assertThat(t.source().checkedOn()).hasToString("2026-11-30");
        assertThat(t.source().kind()).isEqualTo("official");
        assertThat(t.source().url()).contains("openai.com");
        assertThat(t.caveat()).contains("tighter");
        assertThat(t.rows()).extracting(TierRow::tier, TierRow::supported, TierRow::tpm, TierRow::ipm).containsExactly(
                tuple("Free", false, null, null),
                tuple("Tier 1", true, 100_000L, 5L),
                tuple("Tier 2", true, 250_000L, 20L),
                tuple("Tier 3", true, 800_000L, 50L),
                tuple("Tier 4", true, 3_000_000L, 150L),
                tuple("Tier 5", true, 8_000_000L, 250L));
    }

    @Test
    void every_question_has_a_script_for_support_staff_and_scripted_answers() {
        for (TreeNode n : K.tree().nodes().values()) {
            if (n instanceof TreeNode.Question q) {
                assertThat(q.script()).as(q.id()).isNotEqualTo(q.text());
                assertThat(q.answers()).as(q.id()).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    /**
     * Our guidance is written in our own words: no run of eight words from the source article appears in any text
     * the app shows. (Symptom labels name the article's table rows on purpose and are not shown as guidance.) The
     * article is read from a copy in the test resources, so this runs on every machine; where the shared reference
     * folder sits beside the checkout, the copy must still match it.
     */
    private static final String ARTICLE = "/reference/gpt-image-2-usage-limits-article.txt";

    @Test
    void no_sentence_is_copied_from_the_article() throws IOException {
        String articleText;
        try (InputStream in = KnowledgeDataTest.class.getResourceAsStream(ARTICLE)) {
            assertThat(in).as("test resource %s", ARTICLE).isNotNull();
            articleText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String shared = System.getProperty("shared.dir", "");
        Path original = Path.of(shared, "reference", "gpt-image-2-usage-limits-article.txt");
        if (!shared.isEmpty() && Files.exists(original)) {
            assertThat(articleText).as("the copy in src/test/resources%s is out of date", ARTICLE)
                    .isEqualTo(Files.readString(original, StandardCharsets.UTF_8));
        }
        Set<String> shingles = shingles(articleText);

        List<String> texts = new ArrayList<>();
        for (OwnerProfile o : K.owners()) {
            texts.addAll(List.of(o.name(), o.route(), o.controls(), o.checkFirst(), o.nextStep(), o.doNot()));
        }
        for (Guidance g : K.guidance()) {
            texts.addAll(List.of(g.nextStep(), g.doNot()));
        }
        for (TreeNode n : K.tree().nodes().values()) {
            if (n instanceof TreeNode.Question q) {
                texts.addAll(List.of(q.text(), q.script(), q.help()));
                q.answers().forEach(a -> texts.addAll(List.of(a.label(), a.script())));
            } else if (n instanceof TreeNode.Leaf l && l.detail() != null) {
                texts.add(l.detail());
            }
        }
        for (TierTable t : K.tiers()) {
            texts.addAll(List.of(t.title(), t.caveat()));
        }
        for (String text : texts) {
            for (String s : shingles(text)) {
                assertThat(shingles).as("copied from the article: \"%s\" in \"%s\"", s, text).doesNotContain(s);
            }
        }
    }

    private static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9$,.' ]+", " ")
                .replaceAll("[,.]( |$)", " ").trim().split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 8 <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + 8)));
        }
        return out;
    }
}
