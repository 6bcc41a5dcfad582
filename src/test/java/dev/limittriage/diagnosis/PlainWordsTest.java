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
 * Round 5 of the corpus (issue 9): concepts found in a plainer wording than before. The ChatGPT app's own screens
 * (unusual activity, a conversation that will not load, Codex's "stream disconnected" and "exceeded retry limit"),
 * a paste that names OpenAI in passing, AWS's throttling class and a throttle counted in tokens, moderation in other
 * words (NSFW, "is sensitive"), a quota sentence with another subject, a bare 5xx status; a refusal in nobody's words
 * that carries OpenAI's or the app's weak marks is theirs. The pastes are real ones from the corpus's tune split.
 */
class PlainWordsTest {
    private static Diagnoser diagnoser;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x8h-cws354-openaiwebexception-unusual-activity",
        "x8h-keepchatgpt426-unable-to-load-conversation-zh",
        "x8h-lencx623-conversation-data-preserved-zh",
        "x8h-codex22089-hatchpet-imagen-stream-disconnected",
        "x4a-codex22122-ru-exceeded-retry-limit-429"})
    void the_chatgpt_apps_own_screens_name_the_app(String id) {
        assertThat(diagnoser.diagnose(Corpus.paste(id)).owner()).isEqualTo(Owner.CHATGPT_APP);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x8i-drawaui27-error-from-openai-slow-down|RPM",
        "x8i-drawaui42-vision-server-error-images|SERVER_OVERLOAD"})
    void a_paste_that_names_openai_is_read_as_openais(String id, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(d.bucket()).isEqualTo(bucket);
    }

    @Test
    void the_quota_sentence_is_openais_billing_whatever_its_subject() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x8k-agentgpt1199-your-api-key-exceeded-quota"));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(d.bucket()).isEqualTo(Bucket.CREDITS);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void a_throttle_counted_in_tokens_is_the_token_window() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x8j-bedrockmac99-throttling-too-many-tokens"));
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(Bucket.TPM);
        assertThat(d.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x8j-cogsd84-replicate-nsfw-black-image-sentence",
        "x8j-minimaxm3-11-input-image-sensitive",
        "x8j-stabilityrest1-invalid-prompts-detected-sentence"})
    void moderation_in_other_words_is_a_refusal(String id) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void an_organization_the_key_is_not_in_is_openais_access_not_a_limit() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x8k-aider3717-litellm-no-such-organization-null"));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_ACCESS);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x8i-g4f2581-image-response-524",
        "x8i-g4f2668-responsestatuserror-500-pollinations"})
    void a_bare_server_error_status_is_a_server_failure_to_wait_out(String id) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.bucket()).isEqualTo(Bucket.SERVER_OVERLOAD);
        assertThat(d.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
        assertThat(d.owner()).isEqualTo(Owner.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ca-librechat4508-dalle3-blocked-content-filters|OPENAI_API",
        "x3-codex38849-invalid-prompt-flagged-usage-policy|OPENAI_API",
        "ca-mjpromptgen5-content-may-violate|CHATGPT_APP"})
    void a_refusal_with_openais_or_the_apps_weak_marks_is_theirs_not_a_providers(String id, Owner owner) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.owner()).isEqualTo(owner);
        assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void openais_own_overload_sentence_names_openai() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("ca-langbot59-err-overloaded-not-ready"));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(d.bucket()).isEqualTo(Bucket.SERVER_OVERLOAD);
    }

    @Test
    void a_deactivated_account_is_openais_access_not_a_limit() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x3-openplayground143-account-deactivated-py"));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_ACCESS);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.detail()).startsWith("OpenAI deactivated the account behind this key");
    }

    @Test
    void a_token_quota_id_with_underscores_is_the_token_window() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x8j-claudecode1440-vertex-input-tpm-retrying"));
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(Bucket.TPM);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x9m-devsecops3-bedrock-valueerror-accessdenied-title|PROVIDER|MODEL_ACCESS",
        "x9m-agentic44-bedrock-converse-accessdenied-nova|PROVIDER|MODEL_ACCESS",
        "x9m-claudecode236-bedrock-429-too-many-tokens-sentence|PROVIDER|TPM",
        "x9o-claudecode28698-pl-hit-limit-warsaw|PROVIDER|APP_CAP",
        "x9n-msqa1342774-azure-no-quota-for-deployment-title|AZURE|AZURE_QUOTA"})
    void round_six_wordings_name_owner_and_bucket(String id, Owner owner, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.owner()).isEqualTo(owner);
        assertThat(d.bucket()).isEqualTo(bucket);
    }

    @Test
    void the_spanish_word_for_image_is_not_googles_imagen() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x9o-advtopics1-es-taller-openai-exceeded-quota"));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(d.bucket()).isEqualTo(Bucket.CREDITS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x9l-nextchat3714-gemini-blocked-reason-safety",
        "x9l-llmgemini80-promptfeedback-prohibited-content",
        "x9l-vm0-30959-byteplus-output-video-sensitive",
        "x9l-deepseekv2-30-badrequest-detail-content-exists-risk",
        "x9l-kimicode242-moonshot-rejected-high-risk",
        "x9l-did46-celebrity-detected-451"})
    void a_moderators_own_words_are_a_refusal_not_to_retry(String id) {
        Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
        assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void openais_safety_system_wording_makes_the_refusal_openais() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x9l-chainstream43-input-image-safety-system-title"));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
    }
}
