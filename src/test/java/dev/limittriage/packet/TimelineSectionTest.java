package dev.limittriage.packet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.BatchLog;
import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packet's timeline section for issue 13's batch log read in Berlin time: counts, span, runs, peaks. */
class TimelineSectionTest {
    private final Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));

    @Test
    void summarises_the_batch_log_as_the_log_writes_its_times() {
        Timeline t = diagnoser.timeline(BatchLog.twentyMinutes("2026-11-28"), ZoneId.of("Europe/Berlin"),
                LocalDate.parse("2026-11-30"));
        TimelineSection s = TimelineSection.of(t);
        assertThat(s).isNotNull();
        assertThat(s.total()).isEqualTo(29);
        assertThat(s.first()).isEqualTo("2026-11-28T10:05:00Z");
        assertThat(s.last()).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(s.timesWithoutZone()).isEqualTo("local time, Europe/Berlin");
        assertThat(s.counts()).containsExactly(Map.entry(Bucket.IPM, 24), Map.entry(Bucket.CREDITS, 1),
                Map.entry(Bucket.SERVER_OVERLOAD, 4));
        assertThat(s.runs()).extracting(TimelineSection.RunNote::count).containsExactly(24, 4, 1);
        assertThat(s.runs()).extracting(TimelineSection.RunNote::bucket)
                .containsExactly(Bucket.IPM, Bucket.SERVER_OVERLOAD, Bucket.CREDITS);
        assertThat(s.runs().get(2).owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(s.runs().get(2).retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(s.runs().get(1).status()).isEqualTo(503);
        assertThat(s.runs().get(1).from()).isEqualTo("2026-11-28T10:10:00.123");
        assertThat(s.runsLeftOut()).isZero();
        TimelineSection.PeakNote ipm = s.peaks().stream().filter(p -> p.bucket() == Bucket.IPM).findFirst()
                .orElseThrow();
        assertThat(ipm.count()).isEqualTo(6);
        assertThat(ipm.minute()).isEqualTo("2026-11-28T10:05:00Z");
        assertThat(ipm.limit()).isEqualTo(5L);
        assertThat(ipm.measure()).isEqualTo("images per min");
        TimelineSection.PeakNote busy = s.peaks().stream().filter(p -> p.bucket() == Bucket.SERVER_OVERLOAD)
                .findFirst().orElseThrow();
        assertThat(busy.minute()).isEqualTo("2026-11-28T10:10:00");
        assertThat(busy.count()).isEqualTo(3);
    }

    @Test
    void one_failure_is_no_section() {
        Timeline one = diagnoser.timeline("2026-11-28T10:05:00Z ERROR HTTP/1.1 429 Too Many Requests\n",
                ZoneId.of("UTC"), LocalDate.parse("2026-11-30"));
        assertThat(TimelineSection.of(one)).isNull();
    }
}
