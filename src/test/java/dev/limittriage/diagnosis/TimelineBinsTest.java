package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-bucket bins the timeline chart draws, on issue 13's batch log (24 IPM, four 503s, one billing block). */
class TimelineBinsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static Diagnoser diagnoser;
    private static Timeline batch;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        batch = diagnoser.timeline(BatchLog.twentyMinutes("2026-11-28"), ZoneOffset.UTC, TODAY);
    }

    private static Instant at(String hhmm) {
        return Instant.parse("2026-11-28T" + hhmm + ":00Z");
    }

    @Test
    void one_minute_bins_cover_the_span_from_the_first_to_the_last_failure_with_the_empty_ones() {
        List<TimelineBin> bins = batch.bins(30);
        assertThat(bins).hasSize(11);
        assertThat(bins).allSatisfy(b -> assertThat(b.minutes()).isEqualTo(1));
        assertThat(bins.get(0).from()).isEqualTo(at("10:05"));
        assertThat(bins.get(10).from()).isEqualTo(at("10:15"));
        for (int m = 0; m < 4; m++) {
            assertThat(bins.get(m).counts()).as("10:0%d", 5 + m).containsExactly(Map.entry(Bucket.IPM, 6));
        }
        assertThat(bins.get(4).counts()).isEmpty();
        assertThat(bins.get(5).counts()).containsExactly(Map.entry(Bucket.SERVER_OVERLOAD, 3));
        assertThat(bins.get(6).counts()).containsExactly(Map.entry(Bucket.SERVER_OVERLOAD, 1));
        assertThat(bins.get(9).counts()).isEmpty();
        assertThat(bins.get(10).counts()).containsExactly(Map.entry(Bucket.CREDITS, 1));
        assertThat(bins.stream().mapToInt(TimelineBin::total).sum()).isEqualTo(29);
    }

    @Test
    void fewer_bins_allowed_means_wider_bins_on_round_boundaries() {
        // 11 minutes in at most 5 bins: 2-minute bins need 6, so 5-minute bins from 10:05
        List<TimelineBin> bins = batch.bins(5);
        assertThat(bins).extracting(TimelineBin::minutes).containsExactly(5, 5, 5);
        assertThat(bins).extracting(TimelineBin::from).containsExactly(at("10:05"), at("10:10"), at("10:15"));
        assertThat(bins).extracting(TimelineBin::total).containsExactly(24, 4, 1);
        // at most 6 bins: 2-minute bins start on even minutes, so from 10:04 to 10:14
        List<TimelineBin> two = batch.bins(6);
        assertThat(two).extracting(TimelineBin::minutes).containsOnly(2);
        assertThat(two).extracting(TimelineBin::from).first().isEqualTo(at("10:04"));
        assertThat(two).extracting(TimelineBin::total).containsExactly(6, 12, 6, 4, 0, 1);
        // one bin: 15-minute bins from 10:00 would need two (10:00 and 10:15), so one 30-minute bin
        assertThat(batch.bins(1)).extracting(TimelineBin::minutes).containsExactly(30);
        assertThat(batch.bins(1)).extracting(TimelineBin::from).containsExactly(at("10:00"));
    }

    @Test
    void no_timed_failure_gives_no_bins_and_one_failure_is_no_timeline() {
        Timeline untimed = diagnoser.timeline("HTTP/1.1 429 Too Many Requests\n\nHTTP/1.1 429 Too Many Requests\n",
                ZoneOffset.UTC, TODAY);
        assertThat(untimed.size()).isEqualTo(2);
        assertThat(untimed.isTimeline()).isTrue();
        assertThat(untimed.bins(30)).isEmpty();
        Timeline one = diagnoser.timeline("2026-11-28T10:05:00Z ERROR HTTP/1.1 429 Too Many Requests\n",
                ZoneOffset.UTC, TODAY);
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.isTimeline()).isFalse();
        assertThat(one.standingIndex()).isZero();
        Timeline none = diagnoser.timeline("all fine\n", ZoneOffset.UTC, TODAY);
        assertThat(none.standingIndex()).isEqualTo(-1);
        assertThat(none.standing()).isNull();
    }

    @Test
    void the_zone_is_named_the_way_people_write_it() {
        assertThat(batch.zoneName()).isEqualTo("UTC");
        Timeline berlin = diagnoser.timeline(BatchLog.twentyMinutes("2026-11-28"), ZoneId.of("Europe/Berlin"), TODAY);
        assertThat(berlin.zoneName()).isEqualTo("Europe/Berlin");
        assertThat(berlin.localTimes()).isEqualTo(4);
    }
}
