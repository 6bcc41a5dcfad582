package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.ModelStatus;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The facts that changed in 2026 (issue 9): billing codes, model lifecycle, verification wait, Azure quota scope. */
class KnowledgeFactsTest {
    private static final Knowledge K = KnowledgeLoader.loadDefault(TestJson.MAPPER);
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private static final Diagnoser D = new Diagnoser(K, TODAY);

    private static final String RETIRED = "{\"error\":{\"message\":\"The model `gpt-image-1` has been deprecated, "
            + "learn more here: https://platform.openai.com/docs/deprecations\",\"type\":\"invalid_request_error\","
            + "\"param\":null,\"code\":\"model_not_found\"}}";

    @Test
    void a_retired_model_is_named_with_its_shutdown_date_and_a_gpt_image_2_family_replacement() {
        Diagnosis d = D.diagnose(RETIRED);

        assertThat(d.owner()).isEqualTo(Owner.OPENAI_ACCESS);
        assertThat(d.bucket()).isEqualTo(Bucket.MODEL_ACCESS);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.detail()).isEqualTo("model retired: gpt-image-1 was shut down on 2026-10-23");
        assertThat(d.nextStep()).contains("gpt-image-1 is retired", "2026-10-23",
                "gpt-image-2.6-sunburst or gpt-image-2.6-flare").doesNotContain("{");
        assertThat(d.summary()).contains("OpenAI model access");
    }

    @Test
    void the_same_paste_without_the_code_still_reads_as_a_retired_model() {
        Diagnosis d = D.diagnose("Error: The model `dall-e-3` has been deprecated, learn more here: "
                + "https://platform.openai.com/docs/deprecations");
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_ACCESS);
        assertThat(d.bucket()).isEqualTo(Bucket.MODEL_ACCESS);
        assertThat(d.detail()).isEqualTo("model retired: dall-e-3 was shut down on 2026-05-12");
    }

    @Test
    void a_model_shutting_down_soon_gets_a_note_and_a_similar_name_does_not() {
        Diagnosis d = D.diagnose("Rate limit reached for gpt-image-1.5 in organization org-abc123456 on images per "
                + "min (IPM): Limit 5, Used 5, Requested 1. Please try again in 12s.");
        assertThat(d.bucket()).isEqualTo(Bucket.IPM);
        assertThat(d.observations()).anySatisfy(o -> assertThat(o)
                .startsWith("gpt-image-1.5 is deprecated and OpenAI shuts it down on 2026-12-01 (tomorrow)"));
        assertThat(d.observations()).noneSatisfy(o -> assertThat(o).startsWith("gpt-image-1 was shut down"));
    }

    @Test
    void an_old_error_naming_a_model_since_shut_down_keeps_its_bucket_and_gets_a_note() {
        Diagnosis d = D.diagnose("Rate limit reached for gpt-image-1 in organization org-abc123456 on images per "
                + "min (IPM): Limit 5, Used 5, Requested 1. Please try again in 12s.");
        assertThat(d.bucket()).isEqualTo(Bucket.IPM);
        assertThat(d.observations()).anySatisfy(o -> assertThat(o)
                .startsWith("gpt-image-1 was shut down on 2026-10-23"));
    }

    @Test
    void lifecycle_data_lists_every_image_model_with_dates_and_a_source_checked_today() {
        assertThat(K.models()).extracting(m -> m.id()).contains("dall-e-2", "dall-e-3", "gpt-image-1",
                "gpt-image-1-mini", "gpt-image-1.5", "chatgpt-image-latest", "gpt-image-2", "gpt-image-2.5-sunburst",
                "gpt-image-2.5-flare", "gpt-image-2.6-sunburst", "gpt-image-2.6-flare");
        assertThat(K.model("dall-e-2").orElseThrow().shutdownDate()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(K.model("gpt-image-1-2025-04-23").orElseThrow().id()).isEqualTo("gpt-image-1");
        assertThat(K.model("gpt-image-1.5").orElseThrow().statusOn(LocalDate.of(2026, 11, 30)))
                .isEqualTo(ModelStatus.DEPRECATED);
        assertThat(K.model("gpt-image-1.5").orElseThrow().statusOn(LocalDate.of(2026, 12, 1)))
                .isEqualTo(ModelStatus.SHUT_DOWN);
        assertThat(K.model("gpt-image-2").orElseThrow().status()).isEqualTo(ModelStatus.ACTIVE);
        K.models().forEach(m -> {
            assertThat(m.source().kind()).as(m.id()).isEqualTo("official");
            assertThat(m.source().checkedOn()).as(m.id()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
    }

    @Test
    void generic_insufficient_quota_names_both_checks_in_order() {
        Diagnosis d = D.diagnose("openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your "
                + "current quota, please check your plan and billing details.', 'type': 'insufficient_quota', "
                + "'param': None, 'code': 'insufficient_quota'}}");
        assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(d.bucket()).isEqualTo(Bucket.CREDITS);
        int balance = d.nextStep().indexOf("credit balance");
        int limit = d.nextStep().indexOf("spend limits");
        assertThat(balance).isNotNegative();
        assertThat(limit).isGreaterThan(balance);
        assertThat(d.nextStep()).contains("usage limit");
    }

    @Test
    void a_specific_billing_code_decides_the_bucket_and_its_own_advice() {
        String body = "{\"error\":{\"message\":\"You exceeded your current quota, please check your plan and billing "
                + "details.\",\"type\":\"insufficient_quota\",\"param\":null,\"code\":\"%s\"}}";
        Diagnosis project = D.diagnose(body.formatted("project_spend_limit_exceeded"));
        assertThat(project.bucket()).isEqualTo(Bucket.MONTHLY_SPEND);
        assertThat(project.nextStep()).contains("project", "Other projects");
        Diagnosis usage = D.diagnose(body.formatted("organization_usage_limit_exceeded"));
        assertThat(usage.bucket()).isEqualTo(Bucket.MONTHLY_SPEND);
        assertThat(usage.nextStep()).contains("OpenAI approved");
        Diagnosis org = D.diagnose(body.formatted("organization_spend_limit_exceeded"));
        assertThat(org.bucket()).isEqualTo(Bucket.MONTHLY_SPEND);
        assertThat(org.nextStep()).contains("organization reached the hard spend limit");
        Diagnosis credit = D.diagnose(body.formatted("credit_balance_exhausted"));
        assertThat(credit.bucket()).isEqualTo(Bucket.CREDITS);
        assertThat(credit.nextStep()).contains("no prepaid credit left");
        for (Diagnosis d : new Diagnosis[] {project, usage, org, credit}) {
            assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
            assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        }
    }

    @Test
    void billing_hard_limit_mentions_trial_or_prepaid_credit_and_billing_not_active_says_set_up_billing() {
        Diagnosis hard = D.diagnose("400 Billing hard limit has been reached");
        assertThat(hard.bucket()).isEqualTo(Bucket.MONTHLY_SPEND);
        Diagnosis hardCode = D.diagnose("{\"error\":{\"message\":\"Billing hard limit has been reached\",\"type\":"
                + "\"invalid_request_error\",\"param\":null,\"code\":\"billing_hard_limit_reached\"}}");
        assertThat(hardCode.nextStep()).contains("trial or prepaid credit ran out");
        Diagnosis inactive = D.diagnose("openai.RateLimitError: Error code: 429 - {'error': {'message': 'Your account "
                + "is not active, please check your billing details on our website.', 'type': 'billing_not_active', "
                + "'param': None, 'code': 'billing_not_active'}}");
        assertThat(inactive.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(inactive.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(inactive.nextStep()).contains("set up billing", "reactivate");
    }

    @Test
    void verification_allows_fifteen_to_thirty_minutes_and_azure_quota_is_per_subscription() {
        assertThat(K.guidance(Owner.OPENAI_ACCESS, Bucket.VERIFICATION).orElseThrow().nextStep())
                .contains("15 to 30 minutes");
        String azure = K.guidance(Owner.AZURE, Bucket.AZURE_QUOTA).orElseThrow().nextStep();
        assertThat(azure).contains("one pool per subscription", "data zone").doesNotContain("use another region");
        assertThat(K.guidance(Owner.AZURE, Bucket.AZURE_QUOTA).orElseThrow().sources())
                .anySatisfy(s -> assertThat(s.kind()).isEqualTo("official"));
    }

    @Test
    void refused_chatgpt_images_and_resends_are_worded_without_certainty() {
        assertThat(K.guidance(Owner.CHATGPT_APP, Bucket.APP_CAP).orElseThrow().doNot())
                .contains("not settled").doesNotContain("will use up");
        assertThat(K.guidance(Owner.OPENAI_API, Bucket.CONTENT_POLICY).orElseThrow().doNot())
                .contains("likely").doesNotContain("it will be refused again");
    }
}
