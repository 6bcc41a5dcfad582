package dev.limittriage.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.plan.ResetTimeline.Anchor;
import dev.limittriage.plan.ResetTimeline.Reset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResetTimelineTest {
    /** The ChatGPT app's message as the issue quotes it (the real one, genuineai-plus-plan-image-limit, says 12 h 43). */
    static final String PLUS_3H02 = "You've hit the plus plan limit for image generations requests. You can create"
            + " more images when the limit resets in 3 hours and 2 minutes.";
    private static final Diagnoser DIAGNOSER = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
    private static final Instant PASTED = Instant.parse("2026-11-28T09:00:00Z");

    private static ResetTimeline timeline(String paste) {
        Diagnosis d = DIAGNOSER.diagnose(paste);
        return ResetTimeline.of(d, PASTED);
    }

    @Test
    void a_chatgpt_cap_without_a_date_is_anchored_on_the_time_of_pasting() {
        ResetTimeline t = timeline(PLUS_3H02);
        assertThat(t.responseDate()).isNull();
        assertThat(t.resets()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("ChatGPT cap");
            assertThat(r.bucket()).isEqualTo(Bucket.APP_CAP);
            assertThat(r.anchor()).isEqualTo(Anchor.PASTE_TIME);
            assertThat(r.at()).isEqualTo(PASTED.plus(Duration.ofHours(3).plusMinutes(2)));
        });
        assertThat(t.unblocking()).isEqualTo(t.resets().get(0));
    }

    @Test
    void the_real_twelve_hour_banner_gives_its_reset_too() throws IOException {
        ResetTimeline t = timeline("You\u2019ve hit the plus plan limit for image generations requests. You can create"
                + " more images when the limit resets in 12 hours and 43 minutes.");
        assertThat(t.unblocking().at()).isEqualTo(Instant.parse("2026-11-28T21:43:00Z"));
    }

    @Test
    void header_durations_are_anchored_on_the_response_date_and_the_retry_after_unblocks() throws IOException {
        ResetTimeline t = timeline(uiPaste("openai-api-gpt-image-2-ipm-curl.txt"));
        Instant date = Instant.parse("2026-11-28T08:58:12Z");
        assertThat(t.responseDate()).isEqualTo(date);
        assertThat(t.resets()).extracting(Reset::label, Reset::at, Reset::anchor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RPM", date.plusMillis(360), Anchor.RESPONSE_DATE),
                org.assertj.core.groups.Tuple.tuple("TPM", date.plusMillis(2076), Anchor.RESPONSE_DATE),
                org.assertj.core.groups.Tuple.tuple("Retry-After", date.plusSeconds(3), Anchor.RESPONSE_DATE),
                org.assertj.core.groups.Tuple.tuple("try again", date.plusSeconds(3), Anchor.RESPONSE_DATE));
        // the IPM bucket is what ran out: the requests and tokens buckets refilling earlier does not unblock it
        assertThat(t.unblocking().at()).isEqualTo(date.plusSeconds(3));
        assertThat(t.resets().get(0).passed(PASTED)).isTrue(); // all of them passed long before the paste
    }

    @Test
    void an_http_date_retry_after_is_a_clock_time_and_needs_no_anchor() {
        ResetTimeline t = timeline("HTTP/1.1 429 Too Many Requests\nretry-after: Sat, 28 Nov 2026 10:15:00 GMT\n\n"
                + "{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"Rate limit reached for gpt-image-2 on"
                + " images per min (IPM): Limit 5, Used 5, Requested 1.\"}}");
        assertThat(t.resets()).singleElement().satisfies(r -> {
            assertThat(r.anchor()).isEqualTo(Anchor.ABSOLUTE);
            assertThat(r.at()).isEqualTo(Instant.parse("2026-11-28T10:15:00Z"));
            assertThat(r.passed(PASTED)).isFalse();
        });
    }

    @Test
    void a_reset_relative_to_an_old_date_has_already_passed() {
        ResetTimeline t = timeline("HTTP/1.1 429 Too Many Requests\nDate: Fri, 27 Nov 2026 09:00:00 GMT\n"
                + "x-ratelimit-reset-tokens: 20s\n\n{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":"
                + "\"Rate limit reached on tokens per min (TPM): Limit 100000, Used 99000, Requested 7024.\"}}");
        Reset r = t.unblocking();
        assertThat(r.label()).isEqualTo("TPM");
        assertThat(r.anchor()).isEqualTo(Anchor.RESPONSE_DATE);
        assertThat(r.at()).isEqualTo(Instant.parse("2026-11-27T09:00:20Z"));
        assertThat(r.passed(PASTED)).isTrue();
    }

    @Test
    void an_image_reset_header_is_labelled_ipm() {
        ResetTimeline t = timeline("HTTP/1.1 429 Too Many Requests\nx-ratelimit-reset-images: 12s\n"
                + "x-ratelimit-reset-requests: 1s\n\n{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":"
                + "\"Rate limit reached on images per min (IPM): Limit 5, Used 5, Requested 1.\"}}");
        assertThat(t.resets()).extracting(Reset::label).containsExactly("RPM", "IPM");
        assertThat(t.unblocking().label()).isEqualTo("IPM");
        assertThat(t.unblocking().anchor()).isEqualTo(Anchor.PASTE_TIME);
        assertThat(t.unblocking().at()).isEqualTo(PASTED.plusSeconds(12));
    }

    @Test
    void waiting_for_a_spend_ceiling_never_helps_so_there_is_no_reset() {
        ResetTimeline t = timeline("{\"error\":{\"message\":\"You exceeded your current quota, please check your"
                + " plan and billing details.\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"
                + "\nretry-after: 20");
        assertThat(t.resets()).isEmpty();
        assertThat(t.unblocking()).isNull();
    }

    private static String uiPaste(String name) throws IOException {
        try (InputStream in = ResetTimelineTest.class.getResourceAsStream("/dev/limittriage/ui/pastes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
