package dev.limittriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanCommandTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static CliTestSupport run(String... args) {
        return new CliTestSupport().run(TriageCommand.newCommandLine(), args);
    }

    private static JsonNode json(String... args) {
        CliTestSupport r = run(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit).isZero();
        return MAPPER.readTree(r.out());
    }

    @Test
    void tier_1_hundred_high_images_json_has_the_fields_the_issue_names() {
        JsonNode p = json("plan", "--json", "--model", "gpt-image-2", "--images", "100", "--size", "1024x1024",
                "--quality", "high", "--tier", "1");
        assertThat(p.get("model").asString()).isEqualTo("gpt-image-2");
        assertThat(p.get("tier").asInt()).isEqualTo(1);
        assertThat(p.get("images").asInt()).isEqualTo(100);
        assertThat(p.get("binding").asString()).isEqualTo("ipm");
        assertThat(p.get("minutes").asDouble()).isEqualTo(19.8);
        assertThat(p.get("paceSeconds").asDouble()).isEqualTo(12.0);
        assertThat(p.get("tokensPerImage").isInt()).isTrue();
        assertThat(p.get("tokensPerImage").asInt()).isEqualTo(7024);
        assertThat(p.get("costUsd").asDouble()).isEqualTo(21.072);
        JsonNode limits = p.get("limits");
        assertThat(limits).hasSize(2);
        assertThat(limits.get(0).get("bucket").asString()).isEqualTo("ipm");
        assertThat(limits.get(0).get("perMinute").asLong()).isEqualTo(5);
        assertThat(limits.get(0).get("source").get("url").asString()).isEqualTo(
                "https://developers.openai.com/api/docs/models/gpt-image-2");
        assertThat(limits.get(0).get("source").get("checkedOn").asString()).isEqualTo("2026-11-30");
        assertThat(p.get("batch").get("windowHours").asInt()).isEqualTo(24);
        assertThat(p.get("batch").get("queueLimit").isNull()).isTrue();
        assertThat(p.get("nextTiers")).hasSize(4);
    }

    @Test
    void custom_limits_bind_on_tpm_and_cite_no_source() {
        JsonNode p = json("plan", "--json", "--model", "gpt-image-2", "--images", "10", "--ipm", "50", "--tpm",
                "20000");
        assertThat(p.get("binding").asString()).isEqualTo("tpm");
        assertThat(p.get("tier").isNull()).isTrue();
        assertThat(p.get("limitsName").asString()).isEqualTo("custom");
        assertThat(p.get("limits").get(1).get("source").isNull()).isTrue();
        assertThat(p.get("limits").get(1).get("requestsPerMinute").asDouble()).isEqualTo(2.847);
    }

    @Test
    void tier_4_thousand_medium_images_take_about_6_7_minutes() {
        JsonNode p = json("plan", "--json", "--model", "gpt-image-2", "--images", "1000", "--quality", "medium",
                "--tier", "4");
        assertThat(p.get("binding").asString()).isEqualTo("ipm");
        assertThat(p.get("minutes").asDouble()).isEqualTo(6.66);
        assertThat(p.get("tokensPerImage").asInt()).isEqualTo(1756);
    }

    @Test
    void prints_a_readable_plan_with_the_pace_in_words() {
        CliTestSupport r = run("plan", "--model", "gpt-image-2", "--images", "100", "--tier", "1",
                "--concurrency", "2");
        assertThat(r.exit).isZero();
        assertThat(r.out()).contains("Binding:     IPM.", "Least time:  24.5 min",
                "Safe pace:   2 at a time, every 30 s (one at a time: every 12 s)", "Tokens:      7,024 per image",
                "Cost:        $21.07", "Next tier:   Tier 2: IPM binds", "Batch API:   $10.54, results within 24 h");
    }

    @Test
    void bad_input_exits_2_with_one_line_on_stderr() {
        String[][] cases = {
            {"plan", "--model", "gpt-image-2", "--images", "0", "--tier", "1"},
            {"plan", "--model", "gpt-image-2", "--images", "10", "--tier", "6"},
            {"plan", "--model", "gpt-image-2", "--images", "10", "--tier", "1", "--size", "1000x1000"},
            {"plan", "--model", "dall-e-3", "--images", "10", "--tier", "1"},
            {"plan", "--model", "gpt-image-2", "--images", "10"},
            {"plan", "--model", "gpt-image-2", "--images", "10", "--tier", "1", "--ipm", "5"},
            {"plan", "--model", "gpt-image-2", "--images", "10", "--tier", "1", "--quality", "ultra"},
            {"plan", "--model", "gpt-image-2", "--images", "10", "--tier", "1", "--n", "6"},
        };
        String[] expected = {"1 to 10000000, was 0", "no tier \"6\" for gpt-image-2",
            "does not take size 1000x1000: both edges must be multiples of 16 px",
            "no token table for model \"dall-e-3\"", "give --tier 1..5", "not both", "low, medium or high",
            "n of 5 or less"};
        for (int i = 0; i < cases.length; i++) {
            CliTestSupport r = run(cases[i]);
            assertThat(r.exit).as(String.join(" ", cases[i])).isEqualTo(ExitCodes.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("limit-triage: plan: ").contains(expected[i]).endsWith("\n");
            assertThat(r.err().strip().lines().count()).as(r.err()).isOne();
        }
    }
}
