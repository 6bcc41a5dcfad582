package dev.limittriage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.ui.Step;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Help's questions: the reference article's nine, each answered with sources and tied to real screens. */
class FaqDataTest {
    private static final List<FaqEntry> FAQ = KnowledgeLoader.loadFaq(TestJson.MAPPER);

    @Test
    void should_answer_the_nine_questions_people_ask() {
        assertThat(FAQ).extracting(FaqEntry::id).containsExactly("official-api-limit", "chatgpt-image-count",
                "daily-reset", "429-below-monthly", "billing-when-rpm-fine", "api-bypass-chatgpt", "azure-same",
                "provider-credits-tier", "what-first");
    }

    @Test
    void should_cite_sources_and_link_only_to_screens_that_exist() {
        List<String> steps = Arrays.stream(Step.values()).map(Step::id).toList();
        for (FaqEntry e : FAQ) {
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            assertThat(e.screens()).as(e.id()).isNotEmpty().allSatisfy(s -> assertThat(steps).contains(s));
            assertThat(e.answer()).as(e.id()).hasSizeGreaterThan(120);
        }
    }

    @Test
    void should_never_give_app_users_api_numbers_or_tell_money_problems_to_wait() {
        FaqEntry chatgpt = FAQ.stream().filter(e -> e.id().equals("chatgpt-image-count")).findFirst().orElseThrow();
        assertThat(chatgpt.answer()).doesNotContainPattern("\\d").contains("API tier tables do not apply");
        FaqEntry billing = FAQ.stream().filter(e -> e.id().equals("billing-when-rpm-fine")).findFirst().orElseThrow();
        assertThat(billing.answer()).contains("Waiting does not help");
    }
}
