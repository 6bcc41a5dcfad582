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
        "500 - Token limit (500,000 per day) exceeded. Used: 508,311 tokens. Sign up at g4f.dev/members.html for "
                + "higher limits.|TPD",
        " API Error (429 {\"error\":{\"type\":\"rate_limit_reached_error\",\"message\":\"Your account xxxxx / "
                + "proj-xxxxxx <ak-xxxxx> request reached project TPM rate limit, current: 1410, limit: 100\"}})|TPM",
        "LLM provider error: Error code: 429 - {'error': {'message': 'Your account org-78cd08fac9804d20bac9a1f0 / "
                + "proj-a418892b55d04bbb92976674 request reached organization TPD rate limit'}}|TPD",
        "request reached organization max RPM: 3, please try again after 1 seconds|RPM"})
    void a_window_counted_in_tokens_is_a_token_window(String paste, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(paste);
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x4b-void557-gemini-rate-limit-label-per-day|RPD",
        "x4b-comictranslate403-gemini-free-rpd-20|RPD",
        "x4b-hass132832-gemini-429-rpm-region-limit-0|RPM"})
    void a_gemini_quota_id_names_its_window(String id, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(tunePaste(id));
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(bucket);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x6f-jbccgui897-glm-1305-model-busy-zh|SERVER_OVERLOAD|WAIT_THEN_RETRY",
        "x6f-dirge818-glm-1308-5h-cap-wrapped-zh|APP_CAP|WAIT_THEN_RETRY"})
    void zhipus_own_codes_name_the_window_and_the_owner(String id, Bucket bucket, RetryVerdict retry) {
        Diagnosis d = diagnoser.diagnose(tunePaste(id));
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.retry()).isEqualTo(retry);
    }

    @Test
    void a_plain_quota_word_at_azure_is_the_subscriptions_model_quota() {
        Diagnosis d = diagnoser.diagnose(tunePaste("x4a-ckm586-no-location-enough-quota"));
        assertThat(d.owner()).isEqualTo(Owner.AZURE);
        assertThat(d.bucket()).isEqualTo(Bucket.AZURE_QUOTA);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.observations()).anyMatch(o -> o.startsWith("Azure has no prepaid credit of its own"));
    }

    @Test
    void chatgpts_one_message_at_a_time_is_the_apps_own_voice() {
        Diagnosis d = diagnoser.diagnose(tunePaste("x4a-lencx661-only-one-message-unbalanced-quote"));
        assertThat(d.owner()).isEqualTo(Owner.CHATGPT_APP);
        assertThat(d.bucket()).isEqualTo(Bucket.RPM);
    }

    private static String tunePaste(String id) {
        Corpus.Item item = Corpus.load().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        assertThat(item.split()).as("only the tune split is read by rules and tests").isEqualTo(Corpus.TUNE);
        return item.text();
    }
}
