package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.evidence.TimeFormat;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static Diagnoser diagnoser;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
    }

    private static Timeline timeline(String text) {
        return diagnoser.timeline(text, ZoneOffset.UTC, TODAY);
    }

    @Test
    void twenty_minute_batch_log_gives_29_events_in_three_runs() {
        String log = BatchLog.twentyMinutes("2026-11-28");
        Timeline t = timeline(log);

        assertThat(t.size()).isEqualTo(29);
        assertThat(t.countsByBucket()).containsExactly(Map.entry(Bucket.IPM, 24), Map.entry(Bucket.CREDITS, 1),
                Map.entry(Bucket.SERVER_OVERLOAD, 4));
        assertThat(t.countsByOwner()).containsExactly(Map.entry(Owner.OPENAI_API, 28),
                Map.entry(Owner.OPENAI_BILLING, 1));
        assertThat(t.first().at()).isEqualTo(Instant.parse("2026-11-28T10:05:00Z"));
        assertThat(t.last().at()).isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
        List<Instant> overloaded = t.events().stream().filter(e -> e.bucket() == Bucket.SERVER_OVERLOAD)
                .map(FailureEvent::at).toList();
        assertThat(overloaded).containsExactly(Instant.parse("2026-11-28T10:10:00.123Z"),
                Instant.parse("2026-11-28T10:10:20.123Z"), Instant.parse("2026-11-28T10:10:40.123Z"),
                Instant.parse("2026-11-28T10:11:00.123Z"));
        assertThat(t.events().stream().filter(e -> e.bucket() == Bucket.SERVER_OVERLOAD))
                .allSatisfy(e -> {
                    assertThat(e.local()).isTrue();
                    assertThat(e.format()).isEqualTo(TimeFormat.PYTHON_LOGGING);
                    assertThat(e.status()).isEqualTo(503);
                    // the traceback is part of the event: it ends with the exception line
                    assertThat(log.substring(e.start(), e.end())).startsWith("2026-11-28 10:1")
                            .endsWith("'code': 'server_is_overloaded'}}");
                });
        assertThat(t.formats()).containsExactlyInAnyOrder(TimeFormat.ISO_8601, TimeFormat.PYTHON_LOGGING);
        assertThat(t.localTimes()).isEqualTo(4);

        assertThat(t.runs()).extracting(TimelineRun::bucket, TimelineRun::count, TimelineRun::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Bucket.IPM, 24, 429),
                        org.assertj.core.groups.Tuple.tuple(Bucket.SERVER_OVERLOAD, 4, 503),
                        org.assertj.core.groups.Tuple.tuple(Bucket.CREDITS, 1, 429));
        TimelineRun ipm = t.runs().get(0);
        assertThat(t.event(ipm.first()).at()).isEqualTo(Instant.parse("2026-11-28T10:05:00Z"));
        assertThat(t.event(ipm.last()).at()).isEqualTo(Instant.parse("2026-11-28T10:08:50Z"));
        assertThat(ipm.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);

        assertThat(t.peaks()).containsExactly(
                new TimelinePeak(Bucket.IPM, Instant.parse("2026-11-28T10:05:00Z"), 6, 5L, "images per min"),
                new TimelinePeak(Bucket.CREDITS, Instant.parse("2026-11-28T10:15:00Z"), 1, null, null),
                new TimelinePeak(Bucket.SERVER_OVERLOAD, Instant.parse("2026-11-28T10:10:00Z"), 3, null, null));

        FailureEvent stand = t.standing();
        assertThat(stand.bucket()).isEqualTo(Bucket.CREDITS);
        assertThat(stand.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(stand.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(stand.signal()).isEqualTo("billing.insufficient_quota");
        // the body over eight lines is one event
        assertThat(log.substring(stand.start(), stand.end())).startsWith("2026-11-28T10:15:30Z ERROR")
                .endsWith("}").contains("\"code\": \"insufficient_quota\"");
    }

    @Test
    void diagnose_names_the_billing_block_of_the_batch_log() {
        Diagnosis d = diagnoser.diagnose(BatchLog.twentyMinutes("2026-11-28"));

        assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(d.bucket()).isEqualTo(Bucket.CREDITS);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void a_rate_limit_after_a_billing_block_is_what_stands() {
        String log = "2026-11-28T09:00:00Z ERROR Exception: Error: 429 Too Many Requests {\"error\": {\"message\": "
                + "\"You exceeded your current quota, please check your plan and billing details.\", \"type\": "
                + "\"insufficient_quota\", \"param\": null, \"code\": \"insufficient_quota\"}}\n"
                + "2026-11-28T09:30:00Z ERROR RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit "
                + "reached for gpt-image-2 in organization org-XXXXXXXXXXXXX on images per min (IPM): Limit 5, Used 5,"
                + " Requested 1. Please try again in 12s.', 'type': 'images', 'param': None, 'code': "
                + "'rate_limit_exceeded'}}\n";

        assertThat(timeline(log).standing().bucket()).isEqualTo(Bucket.IPM);
        assertThat(diagnoser.diagnose(log).bucket()).isEqualTo(Bucket.IPM);
    }

    @Test
    void local_times_are_read_in_the_given_zone_and_keep_their_wall_clock() {
        Timeline t = diagnoser.timeline(BatchLog.twentyMinutes("2026-11-28"), ZoneId.of("Europe/Berlin"), TODAY);

        FailureEvent first503 = t.events().stream().filter(e -> e.status() == 503).findFirst().orElseThrow();
        assertThat(first503.at()).isEqualTo(Instant.parse("2026-11-28T09:10:00.123Z"));
        assertThat(first503.wall().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-28T10:10:00.123"));
        assertThat(t.event(0).local()).isFalse();
    }

    @Test
    void numbers_that_only_look_like_codes_make_no_events() {
        String log = "2026-11-28T10:00:00Z INFO request_id=req_00004290 took=4293ms port=4290 status=200\n"
                + "2026-11-28T10:00:10Z INFO job 429 of 500 done, id 503-a1, listening on :5030\n"
                + "2026-11-28T10:00:20Z INFO message='OpenAI API response' processing_ms=4293 response_code=200\n";

        assertThat(timeline(log).size()).isZero();
    }
}
