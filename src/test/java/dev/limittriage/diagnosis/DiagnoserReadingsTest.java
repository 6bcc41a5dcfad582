package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diagnoser's built-in readings of headers and statuses, each on the smallest paste that shows it: a lone
 * reset header, Retry-After against the bucket's own reset, a healthy response, 402, 503 and Anthropic's 529.
 */
class DiagnoserReadingsTest {
    private static Diagnoser diagnoser;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER),
                Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
    }

    private static Diagnosis diagnose(String paste) {
        return diagnoser.diagnose(paste);
    }

    @Test
    void a_429_that_resets_only_its_tokens_is_the_token_bucket() {
        Diagnosis d = diagnose("HTTP/1.1 429 Too Many Requests\nx-rate-limit-reset-tokens: 55\n");
        assertThat(d.bucket()).isEqualTo(Bucket.TPM);
        assertThat(d.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
        assertThat(d.signals()).extracting(Signal::value).contains("x-rate-limit-reset-tokens: 55");
        assertThat(d.reset()).isEqualTo(new Reset(55.0, null, "header x-rate-limit-reset-tokens: 55"));
    }

    @Test
    void a_429_that_resets_only_its_requests_is_the_request_bucket() {
        Diagnosis d = diagnose("HTTP/1.1 429 Too Many Requests\nx-ratelimit-reset-requests: 2s\n");
        assertThat(d.bucket()).isEqualTo(Bucket.RPM);
        assertThat(d.signals()).extracting(Signal::value).contains("x-ratelimit-reset-requests: 2s");
    }

    @Test
    void both_resets_or_no_429_name_no_bucket() {
        Diagnosis both = diagnose("HTTP/1.1 429 Too Many Requests\nx-ratelimit-reset-requests: 2s\n"
                + "x-ratelimit-reset-tokens: 55ms\n");
        assertThat(both.bucket()).isEqualTo(Bucket.UNKNOWN);
        Diagnosis ok = diagnose("HTTP/1.1 200 OK\nx-ratelimit-reset-tokens: 55\n");
        assertThat(ok.bucket()).isEqualTo(Bucket.UNKNOWN);
        assertThat(ok.retry()).isEqualTo(RetryVerdict.UNKNOWN);
        Diagnosis other = diagnose("HTTP/1.1 429 Too Many Requests\nx-ratelimit-reset-images: 9\n");
        assertThat(other.bucket()).isEqualTo(Bucket.UNKNOWN);
    }

    @Test
    void the_reset_of_the_exhausted_bucket_wins_over_the_other_buckets_reset() {
        Diagnosis d = diagnose("HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining-requests: 0\n"
                + "x-ratelimit-remaining-tokens: 9000\nx-ratelimit-reset-requests: 12s\nx-ratelimit-reset-tokens: 1s\n"
                + "x-request-id: req_0123456789\n");
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_API);
        assertThat(d.bucket()).isEqualTo(Bucket.RPM);
        assertThat(d.reset()).isEqualTo(new Reset(12.0, null, "header x-ratelimit-reset-requests: 12s"));
    }

    @Test
    void a_block_never_gets_a_reset_and_says_why() {
        Diagnosis d = diagnose("{\"error\":{\"message\":\"You exceeded your current quota, please check your plan "
                + "and billing details. Please try again in 20s.\",\"type\":\"insufficient_quota\","
                + "\"code\":\"insufficient_quota\"}}");
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.reset()).isNull();
        assertThat(d.observations()).contains("The paste suggests waiting (try again in 20s), but waiting will not "
                + "clear this kind of block.");
    }

    @Test
    void a_refused_status_is_no_healthy_response_but_remaining_capacity_on_a_200_is() {
        Diagnosis healthy = diagnose("HTTP/1.1 200 OK\nx-ratelimit-limit-requests: 5\n"
                + "x-ratelimit-remaining-requests: 4\n");
        Diagnosis refused = diagnose("HTTP/1.1 500 Internal Server Error\nx-ratelimit-limit-requests: 5\n"
                + "x-ratelimit-remaining-requests: 4\n");
        assertThat(healthy.summary()).isEqualTo("These headers come from a response that was not refused; they show "
                + "capacity left and no block.");
        assertThat(healthy.observations())
                .containsExactly("Capacity left in the current window: 4 of 5 requests; nothing here shows a block.");
        assertThat(healthy.bucket()).isEqualTo(Bucket.UNKNOWN);
        assertThat(refused.bucket()).isEqualTo(Bucket.SERVER_OVERLOAD);
        assertThat(refused.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
        assertThat(refused.observations()).isEmpty();
    }

    @Test
    void statuses_402_503_and_529() {
        Diagnosis pay = diagnose("HTTP/1.1 402 Payment Required\n");
        assertThat(pay.bucket()).isEqualTo(Bucket.CREDITS);
        assertThat(pay.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        Diagnosis busy = diagnose("HTTP/1.1 503 Service Unavailable\n");
        assertThat(busy.bucket()).isEqualTo(Bucket.SERVER_OVERLOAD);
        assertThat(busy.owner()).as("a bare status line names no sender").isEqualTo(Owner.UNKNOWN);
        Diagnosis anthropic = diagnose("HTTP/1.1 529\n");
        assertThat(anthropic.bucket()).isEqualTo(Bucket.SERVER_OVERLOAD);
        assertThat(anthropic.owner()).isEqualTo(Owner.PROVIDER);
        assertThat(anthropic.signals()).extracting(Signal::value)
                .contains("HTTP 529, a provider's own overload status");
    }
}
