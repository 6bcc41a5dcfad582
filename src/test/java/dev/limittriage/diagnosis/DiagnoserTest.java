package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classifier on realistic pastes of our own (src/test/resources/pastes), one or more per owner and bucket. */
class DiagnoserTest {
    private static final Set<Bucket> NEVER_WAIT = EnumSet.of(Bucket.MONTHLY_SPEND, Bucket.CREDITS,
            Bucket.VERIFICATION, Bucket.MODEL_ACCESS, Bucket.CONTENT_POLICY);
    private static Diagnoser diagnoser;

    @BeforeAll
    static void load() {
        Knowledge knowledge = KnowledgeLoader.loadDefault(TestJson.MAPPER);
        diagnoser = new Diagnoser(knowledge);
    }

    static String paste(String name) {
        try (InputStream in = DiagnoserTest.class.getResourceAsStream("/pastes/" + name)) {
            assertThat(in).as("test paste %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}/{3}")
    @CsvSource({
        "openai-ipm-gpt-image-2-curl.txt,       openai_api,     ipm,             wait_then_retry",
        "openai-rpd-python-sdk.txt,             openai_api,     rpd,             wait_then_retry",
        "openai-tpd-node.txt,                   openai_api,     tpd,             wait_then_retry",
        "openai-slow-down.txt,                  openai_api,     rpm,             reduce_rate",
        "openai-server-overloaded.txt,          openai_api,     server_overload, wait_then_retry",
        "billing-project-spend-limit.txt,       openai_billing, monthly_spend,   do_not_retry",
        "billing-credit-balance-node.txt,       openai_billing, credits,         do_not_retry",
        "har-insufficient-quota.har,            openai_billing, credits,         do_not_retry",
        "access-verify-streaming-400.txt,       openai_access,  verification,    do_not_retry",
        "access-model-not-found-go.txt,         openai_access,  model_access,    do_not_retry",
        "azure-insufficientquota-deploy.txt,    azure,          azure_quota,     do_not_retry",
        "azure-call-rate-dotnet.txt,            azure,          rpm,             wait_then_retry",
        "azure-image-content-filter.txt,        azure,          content_policy,  do_not_retry",
        "litellm-over-azure-rpm.txt,            azure,          rpm,             wait_then_retry",
        "chatgpt-free-plan-banner.txt,          chatgpt_app,    app_cap,         wait_then_retry",
        "openrouter-afford-credits.txt,         provider,       credits,         do_not_retry",
        "litellm-budget.txt,                    provider,       monthly_spend,   do_not_retry",
        "replicate-throttled.txt,               provider,       rpm,             wait_then_retry",
        "gemini-free-tier-limit-zero.txt,       provider,       model_access,    do_not_retry",
        "litellm-router-cooldown.txt,           provider,       rpm,             wait_then_retry",
        "thin-something-went-wrong.txt,         unknown,        unknown,         unknown",
        "thin-bare-429.txt,                     unknown,        unknown,         unknown"})
    void classifies_our_own_pastes(String file, String owner, String bucket, String retry) {
        Diagnosis d = diagnoser.diagnose(paste(file));
        assertThat(d.owner().id()).as("owner").isEqualTo(owner);
        assertThat(d.bucket().id()).as("bucket").isEqualTo(bucket);
        assertThat(d.retry().id()).as("retry").isEqualTo(retry);
        assertThat(d.summary()).isEqualTo(expectedSummary(d.owner(), d.bucket(), d.retry()));
        // next step and do-not come together from one entry for that owner and bucket in guidance.json (the
        // plain entry or a variant for a specific code; unknown/unknown has one too), never made up
        assertThat(diagnoser.knowledge().guidance()).filteredOn(g -> g.owner() == d.owner() && g.bucket() == d.bucket())
                .extracting(g -> g.nextStep() + "\n" + g.doNot()).contains(d.nextStep() + "\n" + d.doNot());
        if (d.owner() == Owner.UNKNOWN) {
            assertThat(d.confidence()).isLessThan(0.35);
        } else {
            assertThat(d.confidence()).isGreaterThan(0.5);
            assertThat(d.signals()).isNotEmpty();
        }
    }

    private static final Map<Bucket, String> BUCKET_WORDS = Map.ofEntries(Map.entry(Bucket.RPM, "requests per minute"),
            Map.entry(Bucket.TPM, "tokens per minute"), Map.entry(Bucket.IPM, "images per minute"),
            Map.entry(Bucket.RPD, "requests per day"), Map.entry(Bucket.TPD, "tokens per day"),
            Map.entry(Bucket.MONTHLY_SPEND, "a monthly spend or budget limit"),
            Map.entry(Bucket.CREDITS, "credits or quota used up"),
            Map.entry(Bucket.VERIFICATION, "organization verification required"),
            Map.entry(Bucket.MODEL_ACCESS, "no access to this model"), Map.entry(Bucket.AZURE_QUOTA, "Azure quota"),
            Map.entry(Bucket.APP_CAP, "the app's image cap"),
            Map.entry(Bucket.SERVER_OVERLOAD, "the service is overloaded"),
            Map.entry(Bucket.CONTENT_POLICY, "a content-policy refusal"));
    private static final Map<RetryVerdict, String> RETRY_WORDS = Map.of(
            RetryVerdict.WAIT_THEN_RETRY, "waiting for the reset and then retrying should work",
            RetryVerdict.REDUCE_RATE, "retrying works only at a slower pace",
            RetryVerdict.DO_NOT_RETRY, "retrying will not help");

    /** The one-sentence summary: the owner's name from owners.json, what ran out, and whether retrying helps. */
    private static String expectedSummary(Owner owner, Bucket bucket, RetryVerdict retry) {
        if (owner == Owner.UNKNOWN && bucket == Bucket.UNKNOWN) {
            return "The paste does not show who limited the request or what ran out, so it is not clear whether "
                    + "retrying helps.";
        }
        return diagnoser.knowledge().owner(owner).orElseThrow().name() + " stopped this request ("
                + BUCKET_WORDS.get(bucket) + "), and " + RETRY_WORDS.get(retry) + ".";
    }

    @Nested
    class Traps {
        @Test
        void a_429_that_is_billing() {
            Diagnosis d = diagnoser.diagnose("RateLimitError: 429 You exceeded your current quota, please check your "
                    + "plan and billing details.");
            assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
            assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
            assertThat(d.observations()).anyMatch(o -> o.contains("429"));
        }

        @Test
        void billing_as_http_400() {
            Diagnosis d = diagnoser.diagnose("Error: 400 Billing hard limit has been reached");
            assertThat(d.owner()).isEqualTo(Owner.OPENAI_BILLING);
            assertThat(d.bucket()).isEqualTo(Bucket.MONTHLY_SPEND);
            assertThat(d.observations()).anyMatch(o -> o.contains("400"));
        }

        @Test
        void gemini_reusing_openai_quota_wording() {
            Diagnosis d = diagnoser.diagnose(paste("gemini-free-tier-limit-zero.txt"));
            assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
            assertThat(d.reset()).as("a suggested wait that cannot help is not a reset").isNull();
            assertThat(d.observations()).anyMatch(o -> o.contains("waiting will not clear"));
        }

        @Test
        void azure_markers_inside_a_gateway_error() {
            Diagnosis d = diagnoser.diagnose(paste("litellm-over-azure-rpm.txt"));
            assertThat(d.owner()).isEqualTo(Owner.AZURE);
            assertThat(d.signals()).anyMatch(s -> s.kind().equals("azure_marker"));
            assertThat(d.reset()).isNotNull();
            assertThat(d.reset().seconds()).isEqualTo(10.0);
        }

        @Test
        void azure_zero_counters_are_not_read_as_empty() {
            Diagnosis d = diagnoser.diagnose(paste("azure-call-rate-dotnet.txt"));
            assertThat(d.observations()).anyMatch(o -> o.contains("not reported"));
            assertThat(d.reset()).isNotNull();
            assertThat(d.reset().seconds()).isEqualTo(59.0);
        }

        @Test
        void relay_request_id_does_not_take_an_openai_access_block() {
            Diagnosis d = diagnoser.diagnose("ChatGPTError: ChatGPT error 403: {\"error\":{\"message\":\"You are not "
                    + "allowed to sample from this model (request id: 20240323141542196701779)\",\"type\":"
                    + "\"invalid_request_error\",\"param\":\"\",\"code\":null}}");
            assertThat(d.owner()).isEqualTo(Owner.OPENAI_ACCESS);
            assertThat(d.observations()).anyMatch(o -> o.contains("relay"));
        }

        @Test
        void a_gateway_owns_its_own_block() {
            Diagnosis d = diagnoser.diagnose(paste("litellm-budget.txt"));
            assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
            assertThat(d.detail()).contains("budget");
        }

        @Test
        void content_policy_on_the_openai_route_and_on_azure() {
            Diagnosis openai = diagnoser.diagnose("{\"error\":{\"message\":\"Your request was rejected by the safety "
                    + "system. safety_violations=[violence].\",\"type\":\"image_generation_user_error\","
                    + "\"code\":\"moderation_blocked\"}}");
            assertThat(openai.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
            assertThat(openai.owner()).isEqualTo(Owner.OPENAI_API);
            Diagnosis azure = diagnoser.diagnose(paste("azure-image-content-filter.txt"));
            assertThat(azure.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
            assertThat(azure.owner()).isEqualTo(Owner.AZURE);
        }

        @Test
        void a_safety_finish_reason_is_a_refusal_of_the_platform_that_answered() {
            Diagnosis d = diagnoser.diagnose("{\n    'finishReason': 'SAFETY',\n    'index': 0,\n    'safetyRatings': [\n"
                    + "        {'category': 'HARM_CATEGORY_SEXUALLY_EXPLICIT', 'probability': 'NEGLIGIBLE'}]}");
            assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
            assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
            assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
            assertThat(d.signals()).extracting(Signal::ruleId).contains("policy.finish_safety");
        }

        @Test
        void a_content_filter_code_alone_is_no_mark_of_azure() {
            // Moonshot's refusal uses the same code as Azure's filter; only Azure's own words make it Azure's
            Diagnosis d = diagnoser.diagnose("'error': {'code': 400, 'message': 'The request was rejected because it "
                    + "was considered high risk', 'param': 'prompt', 'type': 'content_filter'}}");
            assertThat(d.bucket()).isEqualTo(Bucket.CONTENT_POLICY);
            assertThat(d.owner()).as("a refusal nobody owns falls to the provider in between").isEqualTo(Owner.PROVIDER);
            assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        }

        @Test
        void a_brand_at_the_head_of_a_class_name_is_read() {
            Diagnosis d = diagnoser.diagnose("MistralAPIStatusException: Cannot stream response. Status: 429");
            assertThat(d.owner()).isEqualTo(Owner.PROVIDER);
            assertThat(d.signals()).extracting(Signal::value).contains("Mistral");
            Diagnosis inside = diagnoser.diagnose("Status: 429 from the dismistral service");
            assertThat(inside.owner()).isEqualTo(Owner.UNKNOWN);
        }

        @Test
        void a_key_without_the_scope_is_an_access_block_not_a_wait() {
            Diagnosis d = diagnoser.diagnose(Corpus.paste("xcy-oaicomm1378804-intermittent-401-threads-read-scope"));
            assertThat(d.bucket()).isEqualTo(Bucket.MODEL_ACCESS);
            assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        }

        @Test
        void a_plans_session_or_weekly_usage_limit_is_the_plans_cap() {
            Diagnosis session = diagnoser.diagnose(Corpus.paste("xca-continue11444-ollama-glm5-session-limit"));
            assertThat(session.owner()).isEqualTo(Owner.PROVIDER);
            assertThat(session.bucket()).isEqualTo(Bucket.APP_CAP);
            Diagnosis weekly = diagnoser.diagnose(Corpus.paste("xca-hermes68832-ollama-weekly-extra-usage"));
            assertThat(weekly.owner()).isEqualTo(Owner.PROVIDER);
            assertThat(weekly.bucket()).isEqualTo(Bucket.APP_CAP);
        }

        @Test
        void openais_wording_for_an_error_that_is_no_limit_names_openai_and_no_bucket() {
            for (String id : List.of("xdc-nextchat625-context-length-json-zh-title",
                    "xdc-griptape1031-gpt-image-1-quality-standard-invalid")) {
                Diagnosis d = diagnoser.diagnose(Corpus.paste(id));
                assertThat(d.owner()).as(id).isEqualTo(Owner.OPENAI_API);
                assertThat(d.bucket()).as(id).isEqualTo(Bucket.UNKNOWN);
                assertThat(d.retry()).as(id).isEqualTo(RetryVerdict.UNKNOWN);
            }
        }

        @Test
        void limit_zero_is_not_a_wait() {
            Diagnosis d = diagnoser.diagnose("Rate limit exceeded for images per minute in organization org-abc. "
                    + "Limit: 0/1min. Current: 1/1min.");
            assertThat(d.bucket()).isEqualTo(Bucket.IPM);
            assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
            assertThat(d.detail()).contains("limit is 0");
            // the advice is the zero-limit one, not the window's usual "wait and send fewer"
            assertThat(d.nextStep()).contains("usage tier").doesNotContain("wait for the reset");
            assertThat(d.nextStep()).isNotEqualTo(diagnoser.knowledge().guidance(Owner.OPENAI_API, Bucket.IPM)
                    .orElseThrow().nextStep());
        }

        @Test
        void request_too_large_is_not_a_wait() {
            Diagnosis d = diagnoser.diagnose("Request too large for gpt-image-1 in organization org-abc on tokens per "
                    + "min (TPM): Limit 100000, Requested 120000. The input or output tokens must be reduced.");
            assertThat(d.bucket()).isEqualTo(Bucket.TPM);
            assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
            assertThat(d.detail()).contains("request too large");
            assertThat(d.nextStep()).contains("smaller");
            assertThat(d.doNot()).contains("same request");
        }

        @Test
        void verification_as_403() {
            Diagnosis d = diagnoser.diagnose("403 Your organization must be verified to use the model 'gpt-image-1");
            assertThat(d.bucket()).isEqualTo(Bucket.VERIFICATION);
            assertThat(d.observations()).anyMatch(o -> o.contains("verified"));
        }
    }

    @Nested
    class Outcome {
        @Test
        void reset_uses_the_date_header_for_an_absolute_time() {
            Diagnosis d = diagnoser.diagnose(paste("openai-ipm-gpt-image-2-curl.txt"));
            assertThat(d.reset()).isNotNull();
            assertThat(d.reset().seconds()).isEqualTo(12.0);
            assertThat(d.reset().at()).isEqualTo(Instant.parse("2026-05-12T09:14:15Z"));
            assertThat(d.reset().source()).contains("try again in 12s");
        }

        @Test
        void signals_are_strongest_first_and_point_into_the_paste() {
            String text = paste("billing-project-spend-limit.txt");
            Diagnosis d = diagnoser.diagnose(text);
            Signal first = d.signals().get(0);
            assertThat(first.ruleId()).isEqualTo("billing.project_spend_limit_exceeded");
            assertThat(text.substring(first.span().start(), first.span().end()))
                    .contains("project_spend_limit_exceeded");
            assertThat(d.observations()).anyMatch(o -> o.contains("retried 2"));
        }

        @Test
        void successful_response_headers_show_capacity_and_the_tier() {
            Diagnosis d = diagnoser.diagnose(paste("success-headers-gpt-image-2-tier2.txt"));
            assertThat(d.bucket()).isEqualTo(Bucket.UNKNOWN);
            assertThat(d.reset()).isNull();
            assertThat(d.observations()).anyMatch(o -> o.contains("2999 of 3000 requests"));
            assertThat(d.tierMatch()).isNotNull();
            assertThat(d.tierMatch().tier()).isEqualTo("Tier 2");
            assertThat(d.summary()).contains("no block");
        }

        @Test
        void tier_table_does_not_apply_to_other_models() {
            Diagnosis d = diagnoser.diagnose(paste("success-headers-gpt-4o.txt"));
            assertThat(d.tierMatch()).isNotNull();
            assertThat(d.tierMatch().tier()).isNull();
            assertThat(d.tierMatch().explanation()).contains("does not apply");
        }

        @Test
        void tighter_than_published() {
            Diagnosis d = diagnoser.diagnose("model: gpt-image-2\nx-ratelimit-limit-tokens: 40000\n"
                    + "x-ratelimit-remaining-tokens: 0\nx-ratelimit-reset-tokens: 6m0s\n");
            assertThat(d.tierMatch()).isNotNull();
            assertThat(d.tierMatch().tighter()).isTrue();
            assertThat(d.bucket()).isEqualTo(Bucket.TPM);
            assertThat(d.reset()).isNotNull();
            assertThat(d.reset().seconds()).isEqualTo(360.0);
        }

        @Test
        void billing_access_verification_policy_are_never_wait_then_retry() {
            for (String file : new String[] {"billing-project-spend-limit.txt", "billing-credit-balance-node.txt",
                "access-verify-streaming-400.txt", "access-model-not-found-go.txt", "azure-image-content-filter.txt",
                "openrouter-afford-credits.txt", "litellm-budget.txt", "gemini-free-tier-limit-zero.txt"}) {
                Diagnosis d = diagnoser.diagnose(paste(file));
                assertThat(NEVER_WAIT).as(file).contains(d.bucket());
                assertThat(d.retry()).as(file).isNotEqualTo(RetryVerdict.WAIT_THEN_RETRY);
            }
        }

        @Test
        void thin_evidence_is_low_confidence_unknown() {
            Diagnosis d = diagnoser.diagnose("it doesn't work");
            assertThat(d.owner()).isEqualTo(Owner.UNKNOWN);
            assertThat(d.bucket()).isEqualTo(Bucket.UNKNOWN);
            assertThat(d.confidence()).isLessThan(0.2);
            assertThat(d.summary()).contains("not clear");
        }

        @Test
        void diagnose_of_evidence_equals_diagnose_of_text() {
            String text = paste("replicate-throttled.txt");
            Diagnosis a = diagnoser.diagnose(text);
            Diagnosis b = diagnoser.diagnose(new dev.limittriage.evidence.EvidenceExtractor().extract(text));
            assertThat(b.owner()).isEqualTo(a.owner());
            assertThat(b.bucket()).isEqualTo(a.bucket());
            assertThat(b.signals()).isEqualTo(a.signals());
        }
    }
}
