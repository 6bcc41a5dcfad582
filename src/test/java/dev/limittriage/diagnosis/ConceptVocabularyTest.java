package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Concept;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bar of issue 9: a new phrasing of a known idea is found through the concept vocabularies, without a rule of its
 * own. The sentences below are new combinations of known terms (none is a pasted message or a rule pattern).
 */
class ConceptVocabularyTest {
    private static final Knowledge K = KnowledgeLoader.loadDefault(TestJson.MAPPER);
    private static final Diagnoser D = new Diagnoser(K);

    @Test
    void billing_vocabularies_cover_the_nine_languages_people_paste_in() {
        Concept balance = K.concepts().stream().filter(c -> c.id().equals("balance_exhausted")).findFirst()
                .orElseThrow();
        Set<String> langs = balance.vocabulary().stream().map(Concept.Terms::lang).collect(Collectors.toSet());
        assertThat(langs).containsAll(List.of("en", "zh", "ja", "ko", "es", "pt", "de", "fr", "ru"));
        assertThat(K.concepts()).allSatisfy(c -> assertThat(c.source().checkedOn()).isNotNull());
    }

    @Test
    void a_balance_message_in_korean_or_german_reads_as_the_provider_credits_without_a_rule() {
        for (String paste : List.of("이미지 생성 실패: 잔액이 부족합니다. 충전해 주세요.",
                "Bildgenerierung fehlgeschlagen: Ihr Guthaben ist aufgebraucht.")) {
            Diagnosis d = D.diagnose(paste);
            assertThat(d.owner()).as(paste).isEqualTo(Owner.PROVIDER);
            assertThat(d.bucket()).as(paste).isEqualTo(Bucket.CREDITS);
            assertThat(d.retry()).as(paste).isEqualTo(RetryVerdict.DO_NOT_RETRY);
            assertThat(d.signals()).as(paste).anySatisfy(s -> assertThat(s.ruleId()).startsWith("concept.balance"));
            assertThat(K.rules()).noneSatisfy(r -> assertThat(paste.toLowerCase()).contains(r.pattern()));
        }
    }

    @Test
    void weak_cues_of_the_app_voice_add_up_to_the_chatgpt_app_and_are_shown() {
        Diagnosis d = D.diagnose("Upgrade to Plus? You have reached the image limit for today.");
        assertThat(d.owner()).isEqualTo(Owner.CHATGPT_APP);
        assertThat(d.bucket()).isEqualTo(Bucket.APP_CAP);
        assertThat(d.signals()).filteredOn(s -> s.kind().equals("concept") || s.kind().equals("app_marker"))
                .extracting(Signal::ruleId).contains("concept.chatgpt_voice", "concept.app_plan_cap");
    }

    @Test
    void overload_in_japanese_and_a_relay_brand_in_chinese_are_found() {
        Diagnosis jp = D.diagnose("画像生成エラー: サーバーが過負荷です。しばらくしてから再試行してください。");
        assertThat(jp.bucket()).isEqualTo(Bucket.SERVER_OVERLOAD);
        assertThat(jp.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
        Diagnosis zh = D.diagnose("调用硅基流动接口失败：请求过于频繁，请稍后再试");
        assertThat(zh.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(zh.bucket()).isEqualTo(Bucket.RPM);
    }

    @Test
    void header_dumps_with_minus_one_mark_azure() {
        Diagnosis d = D.diagnose("HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining-requests: -1\n"
                + "x-ratelimit-remaining-tokens: -1\nretry-after: 6\n");
        assertThat(d.owner()).isEqualTo(Owner.AZURE);
        assertThat(d.signals()).anySatisfy(s -> assertThat(s.kind()).isEqualTo("azure_marker"));
    }

    @Test
    void an_openrouter_key_limit_is_a_budget_not_credits() {
        Diagnosis d = D.diagnose("403 Key limit exceeded (monthly limit). Manage it using https://openrouter.ai/settings/keys");
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(Bucket.MONTHLY_SPEND);
    }
}
