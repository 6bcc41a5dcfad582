package dev.limittriage.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.ImageModelCosts;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Quality;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadDefault(TestJson.MAPPER);
    private static final ImageSize SQUARE = new ImageSize(1024, 1024);
    private final Planner planner = new Planner(KNOWLEDGE);

    private Plan plan(int images, ImageSize size, Quality quality, int n, RateLimits limits, int concurrency) {
        return planner.plan(new PlanRequest("gpt-image-2", images, size, quality, n, limits, concurrency));
    }

    // ---- the "must hold" examples

    @Test
    void tier_1_hundred_high_square_images_are_bound_by_ipm_twenty_minutes_one_every_12_s() {
        Plan p = plan(100, SQUARE, Quality.HIGH, 1, planner.tier("gpt-image-2", 1), 1);
        assertThat(p.binding()).isEqualTo(Bucket.IPM);
        assertThat(p.paceSeconds()).isEqualTo(12.0);
        assertThat(p.minutes()).isEqualTo(19.8, within(1e-9)); // the 100th request goes out at 99 x 12 s
        assertThat(p.minutes()).isCloseTo(20, within(0.5));
        assertThat(p.requestsPerMinute()).isEqualTo(5);
        assertThat(p.costUsd()).isEqualTo(21.072); // 100 x 7,024 tokens x $30 per million
    }

    @Test
    void custom_limits_with_20000_tpm_are_bound_by_tpm() {
        Plan p = plan(10, SQUARE, Quality.HIGH, 1, RateLimits.custom(50L, 20_000L, null), 1);
        assertThat(p.binding()).isEqualTo(Bucket.TPM);
        // 20,000 / 7,024 = 2.85 requests a minute: two whole ones, one every 30 s
        assertThat(p.limits()).filteredOn(l -> l.bucket() == Bucket.TPM).singleElement()
                .satisfies(l -> assertThat(l.requestsPerMinute()).isCloseTo(2.847, within(0.001)));
        assertThat(p.requestsPerMinute()).isEqualTo(2);
        assertThat(p.paceSeconds()).isEqualTo(30.0);
        assertThat(p.minutes()).isEqualTo(4.5, within(1e-9));
        assertThat(p.nextTiers()).isEmpty();
    }

    @Test
    void gpt_image_2_square_high_costs_7024_tokens_as_the_calculator_gives() {
        ImageModelCosts costs = planner.costs("gpt-image-2");
        assertThat(ImageTokens.of(costs, SQUARE, Quality.HIGH)).isEqualTo(7024);
        assertThat(ImageTokens.of(costs, new ImageSize(1536, 1024), Quality.HIGH)).isEqualTo(5488);
        for (ImageModelCosts.MeasuredTokens m : costs.measured()) { // every published figure is reproduced
            assertThat(ImageTokens.of(costs, new ImageSize(m.width(), m.height()), m.quality()))
                    .as("%dx%d %s", m.width(), m.height(), m.quality()).isEqualTo(m.tokens());
        }
    }

    @Test
    void tier_4_thousand_medium_square_images_take_about_6_7_minutes_bound_by_ipm() {
        Plan p = plan(1000, SQUARE, Quality.MEDIUM, 1, planner.tier("gpt-image-2", 4), 1);
        assertThat(p.binding()).isEqualTo(Bucket.IPM);
        assertThat(p.tokensPerImage()).isEqualTo(1756);
        assertThat(p.minutes()).isEqualTo(999 * 0.4 / 60, within(1e-9));
        assertThat(p.minutes()).isCloseTo(6.7, within(0.05));
        assertThat(p.nextTiers()).extracting(Plan.TierOutcome::tier).containsExactly("Tier 5");
        assertThat(p.nextTiers().get(0).minutes()).isEqualTo(999 * 0.24 / 60, within(1e-9));
    }

    @Test
    void ipm_binds_at_every_published_tier_for_square_high_images() {
        for (int tier = 1; tier <= 5; tier++) {
            assertThat(plan(10, SQUARE, Quality.HIGH, 1, planner.tier("gpt-image-2", tier), 1).binding())
                    .as("Tier %d", tier).isEqualTo(Bucket.IPM);
        }
    }

    @Test
    void tpm_binds_first_for_the_largest_sizes_and_the_note_says_so() {
        ImageSize uhd = new ImageSize(3840, 2160);
        assertThat(ImageTokens.of(planner.costs("gpt-image-2"), uhd, Quality.HIGH)).isEqualTo(13342);
        // squares cost most: 2880x2880 is the largest the model takes (8,294,400 pixels)
        assertThat(Planner.dearestImage(planner.costs("gpt-image-2"))).isEqualTo(23719);
        assertThat(ImageTokens.of(planner.costs("gpt-image-2"), new ImageSize(2880, 2880), Quality.HIGH))
                .isEqualTo(23719);
        Plan tier2 = plan(40, uhd, Quality.HIGH, 1, planner.tier("gpt-image-2", 2), 1);
        assertThat(tier2.binding()).isEqualTo(Bucket.TPM); // 250,000 / 13,342 = 18.7 < 20 IPM
        assertThat(tier2.requestsPerMinute()).isEqualTo(18);
        assertThat(plan(40, uhd, Quality.HIGH, 1, planner.tier("gpt-image-2", 3), 1).binding())
                .isEqualTo(Bucket.IPM);
        assertThat(tier2.notes()).anySatisfy(n -> assertThat(n).contains("at most 12,500 tokens (Tier 2")
                .contains("costs 23,719").contains("TPM binds first on Tier 1, Tier 2, Tier 3, Tier 4 for the largest")
                .contains("edits"));
    }

    // ---- burst, concurrency, n > 1

    @Test
    void a_whole_minute_at_once_sends_each_minute_burst_at_its_start() {
        Plan p = plan(100, SQUARE, Quality.HIGH, 1, planner.tier("gpt-image-2", 1), 5);
        assertThat(p.groupSize()).isEqualTo(5);
        assertThat(p.groupEverySeconds()).isEqualTo(60.0);
        assertThat(p.minutes()).isEqualTo(19.0, within(1e-9)); // 20 bursts, the last at minute 19
        assertThat(p.paceSeconds()).isEqualTo(12.0); // the safe pace one at a time is unchanged
        assertThat(p.demand()).hasSize(20).allSatisfy(d -> assertThat(d.images()).isEqualTo(5));
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("shorter periods"));
    }

    @Test
    void a_small_batch_within_one_minute_goes_at_once_with_enough_concurrency() {
        Plan p = plan(3, SQUARE, Quality.LOW, 1, planner.tier("gpt-image-2", 1), 3);
        assertThat(p.minutes()).isZero();
        assertThat(p.demand()).singleElement().satisfies(d -> {
            assertThat(d.images()).isEqualTo(3);
            assertThat(d.tokens()).isEqualTo(3 * 196);
        });
    }

    @Test
    void concurrency_above_a_minutes_allowance_is_capped_and_the_note_says_so() {
        Plan p = plan(100, SQUARE, Quality.HIGH, 1, planner.tier("gpt-image-2", 1), 10);
        assertThat(p.groupSize()).isEqualTo(5);
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).startsWith("Concurrency 10 was capped at 5"));
    }

    @Test
    void groups_that_do_not_divide_the_minute_send_whole_groups_only() {
        Plan p = plan(100, SQUARE, Quality.HIGH, 1, planner.tier("gpt-image-2", 1), 2);
        assertThat(p.groupSize()).isEqualTo(2);
        assertThat(p.groupEverySeconds()).isEqualTo(30.0); // 2 at a time, every 30 s: 4 a minute, never 6
        assertThat(p.requestsPerMinute()).isEqualTo(4);
        assertThat(p.demand()).allSatisfy(d -> assertThat(d.images()).isLessThanOrEqualTo(5));
        assertThat(p.minutes()).isEqualTo(24.5, within(1e-9)); // 50 groups, the last at 49 x 30 s
    }

    @Test
    void n_above_one_counts_images_against_ipm_and_requests_against_rpm() {
        Plan five = plan(100, SQUARE, Quality.HIGH, 5, planner.tier("gpt-image-2", 1), 1);
        assertThat(five.requests()).isEqualTo(20);
        assertThat(five.requestsPerMinute()).isEqualTo(1);
        assertThat(five.paceSeconds()).isEqualTo(60.0);
        assertThat(five.minutes()).isEqualTo(19.0, within(1e-9));
        Plan two = plan(101, SQUARE, Quality.HIGH, 2, planner.tier("gpt-image-2", 1), 1);
        assertThat(two.requests()).isEqualTo(51); // the last request carries one image
        assertThat(two.requestsPerMinute()).isEqualTo(2); // 2.5 a minute fit, whole requests only
        assertThat(two.notes()).anySatisfy(n -> assertThat(n).contains("use 4 of the 5 images"));
        assertThat(two.demand().get(25).images()).isEqualTo(1);
        Plan rpm = plan(60, SQUARE, Quality.LOW, 4, RateLimits.custom(100L, null, 3L), 1);
        assertThat(rpm.binding()).isEqualTo(Bucket.RPM);
        assertThat(rpm.paceSeconds()).isEqualTo(20.0);
    }

    @Test
    void a_request_larger_than_a_minutes_allowance_is_refused() {
        assertThatThrownBy(() -> plan(10, SQUARE, Quality.HIGH, 6, planner.tier("gpt-image-2", 1), 1))
                .isInstanceOf(PlanException.class).hasMessageContaining("n of 5 or less");
        assertThatThrownBy(() -> plan(10, SQUARE, Quality.HIGH, 3, RateLimits.custom(null, 20_000L, null), 1))
                .isInstanceOf(PlanException.class).hasMessageContaining("21,072 tokens");
    }

    // ---- refused input

    @Test
    void bad_input_is_refused_with_a_reason() {
        assertThatThrownBy(() -> plan(0, SQUARE, Quality.HIGH, 1, planner.tier("gpt-image-2", 1), 1))
                .hasMessageContaining("1 to");
        assertThatThrownBy(() -> planner.tier("gpt-image-2", 6)).isInstanceOf(PlanException.class)
                .hasMessageContaining("no tier \"6\"");
        assertThatThrownBy(() -> planner.tier("gpt-image-2", 0)).isInstanceOf(PlanException.class);
        assertThatThrownBy(() -> planner.costs("dall-e-3")).isInstanceOf(PlanException.class)
                .hasMessageContaining("no token table for model \"dall-e-3\"");
        assertThatThrownBy(() -> plan(1, new ImageSize(1000, 1000), Quality.HIGH, 1,
                planner.tier("gpt-image-2", 1), 1)).hasMessageContaining("multiples of 16");
        assertThatThrownBy(() -> plan(1, new ImageSize(3840, 1024), Quality.HIGH, 1,
                planner.tier("gpt-image-2", 1), 1)).hasMessageContaining("3 times the shorter");
        assertThatThrownBy(() -> plan(1, new ImageSize(512, 512), Quality.HIGH, 1,
                planner.tier("gpt-image-2", 1), 1)).hasMessageContaining("655,360 to 8,294,400 pixels");
        assertThatThrownBy(() -> planner.plan(new PlanRequest("gpt-image-1", 1, new ImageSize(1536, 1536),
                Quality.HIGH, 1, RateLimits.custom(5L, null, null), 1))).hasMessageContaining("does not take size");
        assertThatThrownBy(() -> RateLimits.custom(null, null, null)).isInstanceOf(PlanException.class);
    }

    // ---- cost, batch, tables

    @Test
    void cost_and_batch_come_from_the_knowledge_with_sources() {
        Plan p = plan(1000, SQUARE, Quality.MEDIUM, 1, planner.tier("gpt-image-2", 4), 1);
        assertThat(p.costUsd()).isEqualTo(52.68); // 1000 x 1,756 x $30 per million
        assertThat(p.priceSource().title()).contains("$30");
        assertThat(p.batch()).isNotNull();
        assertThat(p.batch().costUsd()).isEqualTo(26.34);
        assertThat(p.batch().windowHours()).isEqualTo(24);
        assertThat(p.batch().queueLimit()).isNull();
        assertThat(p.batch().sources()).extracting(s -> s.url()).contains(
                "https://developers.openai.com/api/docs/models/gpt-image-2", "https://help.openai.com/en/articles/9197833");
        assertThat(p.tokenBasis()).contains("OpenAI publishes no token table");
    }

    @Test
    void gpt_image_1_uses_its_table_and_has_no_tier_table() {
        Plan p = planner.plan(new PlanRequest("gpt-image-1", 10, new ImageSize(1024, 1536), Quality.HIGH, 1,
                RateLimits.custom(5L, 100_000L, null), 1));
        assertThat(p.tokensPerImage()).isEqualTo(6240);
        assertThat(p.costUsd()).isEqualTo(2.496);
        assertThat(p.batch()).isNull();
        assertThatThrownBy(() -> planner.tier("gpt-image-1", 1)).hasMessageContaining("no tier table");
    }

    @Test
    void official_per_image_price_examples_are_reproduced() {
        ImageModelCosts costs = planner.costs("gpt-image-2");
        double perMillion = costs.price().imageOutput();
        double[][] cases = {{1024, 1024, 0, 0.006}, {1024, 1024, 1, 0.053}, {1024, 1024, 2, 0.211},
            {1536, 1024, 0, 0.005}, {1536, 1024, 1, 0.041}, {1536, 1024, 2, 0.165}};
        for (double[] c : cases) {
            int tokens = ImageTokens.of(costs, new ImageSize((int) c[0], (int) c[1]), Quality.values()[(int) c[2]]);
            assertThat(Math.round(tokens * perMillion / 1000d) / 1000d).isEqualTo(c[3]);
        }
    }

    @Test
    void azure_default_limits_come_from_the_azure_table() {
        RateLimits azure = planner.azureDefault("gpt-image-2").orElseThrow();
        assertThat(azure.rpm()).isEqualTo(9L);
        Plan p = plan(90, SQUARE, Quality.HIGH, 1, azure, 1);
        assertThat(p.binding()).isEqualTo(Bucket.RPM);
        assertThat(p.minutes()).isEqualTo(89 * 60 / 9d / 60, within(1e-9));
    }
}
