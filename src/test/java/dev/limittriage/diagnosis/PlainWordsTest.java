package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rounds 5 and 6 of the corpus (issue 9): concepts found in plainer or other words than before, each pinned to real
 * pastes from the corpus's tune split with the owner, bucket and retry verdict they must get.
 */
class PlainWordsTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the ChatGPT app's own screens (not limits, so no bucket) and Codex's own messages
        "x8h-cws354-openaiwebexception-unusual-activity|CHATGPT_APP|UNKNOWN|UNKNOWN",
        "x8h-keepchatgpt426-unable-to-load-conversation-zh|CHATGPT_APP|UNKNOWN|UNKNOWN",
        "x8h-lencx623-conversation-data-preserved-zh|CHATGPT_APP|UNKNOWN|UNKNOWN",
        "x8h-codex22089-hatchpet-imagen-stream-disconnected|CHATGPT_APP|UNKNOWN|UNKNOWN",
        "x4a-codex22122-ru-exceeded-retry-limit-429|CHATGPT_APP|UNKNOWN|UNKNOWN",
        // a paste that names OpenAI in passing, and OpenAI's own overload sentence
        "x8i-drawaui27-error-from-openai-slow-down|OPENAI_API|RPM|WAIT_THEN_RETRY",
        "x8i-drawaui42-vision-server-error-images|OPENAI_API|SERVER_OVERLOAD|WAIT_THEN_RETRY",
        "ca-langbot59-err-overloaded-not-ready|OPENAI_API|SERVER_OVERLOAD|WAIT_THEN_RETRY",
        // OpenAI's quota sentence whatever its subject; the Spanish word for image is not Google's Imagen
        "x8k-agentgpt1199-your-api-key-exceeded-quota|OPENAI_BILLING|CREDITS|DO_NOT_RETRY",
        "x9o-advtopics1-es-taller-openai-exceeded-quota|OPENAI_BILLING|CREDITS|DO_NOT_RETRY",
        // access blocks that are not limits
        "x8k-aider3717-litellm-no-such-organization-null|OPENAI_ACCESS|UNKNOWN|DO_NOT_RETRY",
        "x9m-devsecops3-bedrock-valueerror-accessdenied-title|PROVIDER|MODEL_ACCESS|DO_NOT_RETRY",
        "x9m-agentic44-bedrock-converse-accessdenied-nova|PROVIDER|MODEL_ACCESS|DO_NOT_RETRY",
        // a throttle counted in tokens, in words or in a quota id, is the token window
        "x8j-bedrockmac99-throttling-too-many-tokens|PROVIDER|TPM|WAIT_THEN_RETRY",
        "x9m-claudecode236-bedrock-429-too-many-tokens-sentence|PROVIDER|TPM|WAIT_THEN_RETRY",
        "x8j-claudecode1440-vertex-input-tpm-retrying|PROVIDER|TPM|WAIT_THEN_RETRY",
        // a plan's session window; an Azure deployment with no quota
        "x9o-claudecode28698-pl-hit-limit-warsaw|PROVIDER|APP_CAP|WAIT_THEN_RETRY",
        "x9n-msqa1342774-azure-no-quota-for-deployment-title|AZURE|AZURE_QUOTA|DO_NOT_RETRY",
        // a bare server-error status: a failure to wait out, sender unknown
        "x8i-g4f2581-image-response-524|UNKNOWN|SERVER_OVERLOAD|WAIT_THEN_RETRY",
        "x8i-g4f2668-responsestatuserror-500-pollinations|UNKNOWN|SERVER_OVERLOAD|WAIT_THEN_RETRY",
        // moderators' own words are a refusal
        "x8j-cogsd84-replicate-nsfw-black-image-sentence|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x8j-minimaxm3-11-input-image-sensitive|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x8j-stabilityrest1-invalid-prompts-detected-sentence|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x9l-nextchat3714-gemini-blocked-reason-safety|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x9l-llmgemini80-promptfeedback-prohibited-content|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x9l-vm0-30959-byteplus-output-video-sensitive|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x9l-deepseekv2-30-badrequest-detail-content-exists-risk|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x9l-kimicode242-moonshot-rejected-high-risk|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        "x9l-did46-celebrity-detected-451|PROVIDER|CONTENT_POLICY|DO_NOT_RETRY",
        // a refusal in nobody's words with OpenAI's or the app's weak marks is theirs, not a provider's
        "ca-librechat4508-dalle3-blocked-content-filters|OPENAI_API|CONTENT_POLICY|DO_NOT_RETRY",
        "x3-codex38849-invalid-prompt-flagged-usage-policy|OPENAI_API|CONTENT_POLICY|DO_NOT_RETRY",
        "x9l-chainstream43-input-image-safety-system-title|OPENAI_API|CONTENT_POLICY|DO_NOT_RETRY",
        "ca-mjpromptgen5-content-may-violate|CHATGPT_APP|CONTENT_POLICY|DO_NOT_RETRY"})
    void names_the_owner_the_bucket_and_whether_to_retry(String id, Owner owner, Bucket bucket, RetryVerdict retry) {
        Diagnosis d = DIAGNOSER.diagnose(Corpus.paste(id));
        assertThat(d.owner()).isEqualTo(owner);
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.retry()).isEqualTo(retry);
    }

    @Test
    void a_deactivated_account_is_openais_access_and_says_it_is_not_a_limit() {
        Diagnosis d = DIAGNOSER.diagnose(Corpus.paste("x3-openplayground143-account-deactivated-py"));
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_ACCESS);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.detail()).startsWith("OpenAI deactivated the account behind this key");
    }
}
