package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which window or quota a paste's wording names. A window counted in tokens is a token window (TPM, TPD), however
 * the service words it; Gemini's quota ids name their window (per day, per minute) even under OpenAI's "exceeded your
 * current quota" wording; a plain quota word at Azure is the subscription's model quota, not credit. The pastes are
 * real ones from the corpus's tune split.
 */
class WindowWordingTest {
    private static Diagnoser diagnoser;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x2-g4f3456-token-limit-per-day|TPD",
        "x2-kimicc41-moonshot-project-tpm|TPM",
        "x2-kimicli1599-moonshot-tpd|TPD",
        "x2-kimik2-34-org-max-rpm-3|RPM",
        "xaq-helm97-2022-rate-limit-tokens-no-model|TPM"})
    void a_window_counted_in_tokens_is_a_token_window(String id, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x4b-void557-gemini-rate-limit-label-per-day|RPD",
        "x4b-comictranslate403-gemini-free-rpd-20|RPD",
        "x4b-hass132832-gemini-429-rpm-region-limit-0|RPM",
        "xbx-cline4874-gemini-free-input-tokens-per-minute-nested|TPM",
        // the same windows in plain words, with no rule of their own
        "xbu-aitranslator32-siliconflow-rph-zh|RPM",
        "xbx-aiideeval3-zencoder-advanced-ai-daily-limit|RPD",
        "xar-geminicli9514-daily-25pro-quota-limit-notice|RPD"})
    void a_providers_window_is_named_by_a_gemini_quota_id_or_in_plain_words(String id, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x6f-jbccgui897-glm-1305-model-busy-zh|SERVER_OVERLOAD|WAIT_THEN_RETRY",
        "x6f-dirge818-glm-1308-5h-cap-wrapped-zh|APP_CAP|WAIT_THEN_RETRY"})
    void zhipus_own_codes_name_the_window_and_the_owner(String id, Bucket bucket, RetryVerdict retry) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.retry()).isEqualTo(retry);
    }

    @Test
    void a_plain_quota_word_at_azure_is_the_subscriptions_model_quota() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x4a-ckm586-no-location-enough-quota"));
        assertThat(d.owner()).isEqualTo(Owner.AZURE);
        assertThat(d.bucket()).isEqualTo(Bucket.AZURE_QUOTA);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.observations()).anyMatch(o -> o.startsWith("Azure has no prepaid credit of its own"));
    }

    @Test
    void chatgpts_one_message_at_a_time_is_the_apps_own_voice() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x4a-lencx661-only-one-message-unbalanced-quote"));
        assertThat(d.owner()).isEqualTo(Owner.CHATGPT_APP);
        assertThat(d.bucket()).isEqualTo(Bucket.RPM);
    }
}
