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
 * Whose limit a paste is when it names no owner: a rate window or an overload put in words that are nobody's own
 * (no OpenAI, Azure or ChatGPT wording, no brand) is most often a provider's or a gateway's, while a bare status line
 * or HTTP's own reason phrase says nothing about its sender. The pastes are real ones from the corpus's tune split
 * (Mistral's OCR API, a Kimi relay, a Groq wrapper, a Telegram bot on OpenAI's SDK).
 */
class OwnerByEliminationTest {
    private static final String ELIMINATION = "Nothing in the paste is OpenAI's, Azure's or the ChatGPT app's own "
            + "wording.";
    private static Diagnoser diagnoser;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"object\":\"error\",\"message\":\"Rate limit exceeded\",\"type\":\"rate_limited\",\"param\":null,"
                + "\"code\":\"1300\",\"raw_status_code\":429}|RPM",
        "request reached organization max RPM: 3, please try again after 1 seconds|RPM",
        "研究过程中发生错误: upstream connect error or disconnect/reset before headers. reset reason: connection "
                + "termination|SERVER_OVERLOAD"})
    void worded_windows_with_no_owner_of_their_own_are_the_providers(String paste, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(paste);
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
        assertThat(d.observations()).anyMatch(o -> o.startsWith(ELIMINATION));
        assertThat(d.confidence()).as("a guess by elimination stays low").isLessThan(0.45);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTP/1.1 503 Service Unavailable|SERVER_OVERLOAD",
        "HTTP/1.1 502 Bad Gateway|SERVER_OVERLOAD",
        "HTTP/1.1 504 Gateway Timeout|SERVER_OVERLOAD",
        "HTTP/1.1 500 Internal Server Error|SERVER_OVERLOAD"})
    void a_status_line_and_its_reason_phrase_name_no_sender(String paste, Bucket bucket) {
        Diagnosis d = diagnoser.diagnose(paste);
        assertThat(d.bucket()).isEqualTo(bucket);
        assertThat(d.owner()).isEqualTo(Owner.UNKNOWN);
        assertThat(d.observations()).noneMatch(o -> o.startsWith(ELIMINATION));
    }

    @Test
    void an_unworded_429_is_left_open() {
        Diagnosis d = diagnoser.diagnose("Error: Request failed with status code 429");
        assertThat(d.owner()).isEqualTo(Owner.UNKNOWN);
        assertThat(d.bucket()).isEqualTo(Bucket.UNKNOWN);
    }

    @Test
    void openai_sdk_error_class_is_a_weak_openai_cue() {
        Diagnosis d = diagnoser.diagnose("openai.InternalServerError: <html>\n<head><title>502 Bad Gateway</title>"
                + "</head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>cloudflare</center>");
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(d.bucket()).isEqualTo(Bucket.SERVER_OVERLOAD);
        assertThat(d.signals()).extracting(Signal::ruleId).contains("concept.openai_sdk_errors");
        assertThat(d.observations()).noneMatch(o -> o.startsWith(ELIMINATION));
    }

    @Test
    void a_provider_brand_outweighs_the_sdk_class_name() {
        Diagnosis d = diagnoser.diagnose("openai.PermissionDeniedError: Error code: 403 - {'error': {'message': "
                + "'The free quota has been exhausted.', 'type': 'AllocationQuota.FreeTierOnly', 'param': None}}");
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(Bucket.CREDITS);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void a_refusal_that_names_nobody_is_guessed_to_be_the_providers_and_says_so() {
        // Claude Code's own refusal (tune split): no OpenAI, Azure or ChatGPT wording
        Diagnosis d = diagnoser.diagnose(Corpus.paste("x2-claudecode75809-sonnet-cyber-safety-block"));
        assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.observations()).anyMatch(o -> o.startsWith("Nothing in this refusal names OpenAI"));
        assertThat(d.confidence()).as("a guessed owner stays below the wizard's low-confidence line")
                .isLessThan(Diagnosis.LOW_CONFIDENCE);
    }

    @Test
    void a_refusal_with_azures_marks_stays_azures() {
        Diagnosis d = diagnoser.diagnose(Corpus.paste("oaipy331-azure-content-filter")); // one of the 52 fixtures
        assertThat(d.owner()).isEqualTo(Owner.AZURE);
        assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
        assertThat(d.observations()).noneMatch(o -> o.startsWith("Nothing in this refusal names OpenAI"));
        assertThat(d.confidence()).isGreaterThan(Diagnosis.LOW_CONFIDENCE);
    }
}
