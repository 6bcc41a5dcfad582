package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest {
    private static final String ERROR = "2026-11-28T10:15:02.001Z ERROR images failed: Error code: 429 - "
            + "{'error': {'message': 'Rate limit exceeded', 'code': 'rate_limit_exceeded'}}\n";

    /** Ordinary lines that say "error" and "failed" and carry ids and timings with 429 in them. */
    private static String noisyLog(int size, int errorAt) {
        StringBuilder b = new StringBuilder(size + 512);
        int line = 0;
        boolean placed = errorAt < 0;
        while (b.length() < size) {
            if (!placed && b.length() >= errorAt) {
                b.append(ERROR);
                placed = true;
            }
            b.append("2026-11-28T10:00:00.000Z INFO job failed=0 error=none request_id=req_")
                    .append(String.format("%08d", 4290 + line % 1000)).append(" took=").append(4290 + line % 10)
                    .append("ms\n");
            line++;
        }
        return b.toString();
    }

    @Test
    void digits_inside_ids_and_timings_do_not_make_regions() {
        String log = "x=1 request_id=req_00004290 took=4293ms\n".repeat(60_000);
        assertThat(log.length()).isGreaterThan(Regions.BIG);
        assertThat(Regions.find(log)).isEmpty();
    }

    @Test
    void regions_do_not_chain_across_a_log_full_of_weak_words() {
        String log = noisyLog(4 * Regions.BIG, -1);
        List<Regions.Region> regions = Regions.find(log);
        assertThat(regions).isNotEmpty();
        // one cap of matches plus the context before and after (and the lines those cut into)
        int longest = 4 * 1024 * 2 + Regions.MAX_SPAN + 16 * 1024 * 2;
        assertThat(regions).allSatisfy(r -> assertThat(r.end() - r.start()).isLessThanOrEqualTo(longest));
    }

    @Test
    void the_strongest_region_wins_however_many_weak_matches_surround_it() {
        int errorAt = 3 * Regions.BIG + 12_345;
        String log = noisyLog(6 * Regions.BIG, errorAt);
        int at = log.indexOf("Error code: 429");
        List<Regions.Region> regions = Regions.find(log);
        Regions.Region best = regions.stream().max((a, b) -> Integer.compare(a.score(), b.score())).orElseThrow();
        assertThat(best.start()).isLessThanOrEqualTo(at);
        assertThat(best.end()).isGreaterThan(log.indexOf('\n', at));
        assertThat(regions).filteredOn(r -> r != best).allSatisfy(r -> assertThat(r.score()).isLessThan(best.score()));
    }
}
