package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts read from named body fields, from headers that name a fact, from prefixed ids in running text, from URLs,
 * and the numbers of a bucket statement: each with its exact value and, where the UI highlights it, its span.
 */
class EvidenceFieldsTest {
    private final EvidenceExtractor extractor = new EvidenceExtractor();

    private static List<String> all(Evidence e, FactKind kind) {
        return e.facts().stream().filter(f -> f.kind() == kind).map(Fact::value).toList();
    }

    private static String at(Evidence e, Fact f) {
        return e.text().substring(f.span().start(), f.span().end());
    }

    @Test
    void reads_each_named_field_of_a_body() {
        String body = "{\"error\":{\"code\":\"429\",\"message\":\"Too many requests for this deployment\","
                + "\"deployment\":\"img-prod\",\"region\":\"swedencentral\",\"api_version\":\"2025-04-01-preview\","
                + "\"organization\":\"org-team\",\"project\":\"proj_images\",\"request_id\":\"abc-123\","
                + "\"status\":\"RESOURCE_EXHAUSTED\",\"model\":\"gpt-image-2\"}}";
        Evidence e = extractor.extract(body);
        assertThat(all(e, FactKind.DEPLOYMENT)).containsExactly("img-prod");
        assertThat(all(e, FactKind.REGION)).containsExactly("swedencentral");
        assertThat(all(e, FactKind.API_VERSION)).containsExactly("2025-04-01-preview");
        assertThat(all(e, FactKind.ORGANIZATION)).containsExactly("org-team");
        assertThat(all(e, FactKind.PROJECT)).containsExactly("proj_images");
        assertThat(all(e, FactKind.REQUEST_ID)).containsExactly("abc-123");
        assertThat(all(e, FactKind.ERROR_STATUS)).containsExactly("RESOURCE_EXHAUSTED");
        assertThat(all(e, FactKind.MODEL)).containsExactly("gpt-image-2");
        // a numeric code is the HTTP status, not an error code
        assertThat(all(e, FactKind.ERROR_CODE)).isEmpty();
        assertThat(e.messages()).containsExactly("Too many requests for this deployment");
        Fact deployment = e.fact(FactKind.DEPLOYMENT).orElseThrow();
        assertThat(at(e, deployment)).isEqualTo("\"img-prod\"");
    }

    @Test
    void reads_waits_from_body_fields_in_seconds_go_durations_and_milliseconds() {
        Evidence seconds = extractor.extract("{\"error\":{\"retry_after\":\"7\"}}");
        assertThat(seconds.delays()).extracting(Delay::duration).containsExactly(Duration.ofSeconds(7));
        assertThat(seconds.delays()).extracting(Delay::source).containsExactly(DelaySource.BODY_FIELD);
        assertThat(seconds.delays().get(0).raw()).isEqualTo("retry_after: 7");
        Evidence go = extractor.extract("{\"error\":{\"details\":[{\"retryDelay\":\"1m30s\"}]}}");
        assertThat(go.delays()).extracting(Delay::duration).containsExactly(Duration.ofSeconds(90));
        Evidence ms = extractor.extract("{\"error\":{\"retry_after_ms\":\"2500\"}}");
        assertThat(ms.delays()).extracting(Delay::duration).containsExactly(Duration.ofMillis(2500));
        Evidence bad = extractor.extract("{\"error\":{\"retry_after_ms\":\"soon\",\"retryAfter\":\"later\"}}");
        assertThat(bad.delays()).isEmpty();
    }

    @Test
    void a_quoted_error_string_is_a_message_when_it_has_a_space_and_a_code_when_it_has_none() {
        Evidence message = extractor.extract("{\"error\":\"Quota exceeded for images\"}");
        assertThat(message.messages()).containsExactly("Quota exceeded for images");
        assertThat(all(message, FactKind.ERROR_CODE)).isEmpty();
        Evidence code = extractor.extract("{\"error\":\"quota_exceeded\"}");
        assertThat(all(code, FactKind.ERROR_CODE)).containsExactly("quota_exceeded");
        assertThat(code.messages()).isEmpty();
        Evidence reason = extractor.extract("{\"error\":{\"reason\":\"RATE_LIMIT_EXCEEDED\"}}");
        assertThat(all(reason, FactKind.ERROR_CODE)).containsExactly("RATE_LIMIT_EXCEEDED");
        Evidence prose = extractor.extract("{\"error\":{\"reason\":\"two words\"}}");
        assertThat(all(prose, FactKind.ERROR_CODE)).isEmpty();
    }

    @Test
    void a_finish_or_block_reason_is_an_error_code_unless_the_answer_ended_normally() {
        Evidence gemini = extractor.extract("{\"candidates\":[{\"finishReason\":\"SAFETY\",\"index\":0}]}");
        assertThat(all(gemini, FactKind.ERROR_CODE)).containsExactly("SAFETY");
        Evidence proto = extractor.extract("prompt_feedback {\n  block_reason: PROHIBITED_CONTENT\n}");
        assertThat(all(proto, FactKind.ERROR_CODE)).containsExactly("PROHIBITED_CONTENT");
        Evidence python = extractor.extract("{'finishReason': 'IMAGE_SAFETY', 'index': 0}");
        assertThat(all(python, FactKind.ERROR_CODE)).containsExactly("IMAGE_SAFETY");
        Evidence normal = extractor.extract("{\"choices\":[{\"finish_reason\":\"stop\"}],"
                + "\"candidates\":[{\"finishReason\":\"MAX_TOKENS\"}]}");
        assertThat(all(normal, FactKind.ERROR_CODE)).isEmpty();
    }

    @Test
    void a_status_field_counts_only_when_it_is_a_word_and_not_a_boolean() {
        assertThat(all(extractor.extract("{\"status\":\"true\",\"x\":1}"), FactKind.ERROR_STATUS)).isEmpty();
        assertThat(all(extractor.extract("{\"status\":\"FALSE\",\"x\":1}"), FactKind.ERROR_STATUS)).isEmpty();
        assertThat(all(extractor.extract("{\"status\":\"not found\",\"x\":1}"), FactKind.ERROR_STATUS)).isEmpty();
        assertThat(all(extractor.extract("{\"status\":\"UNAVAILABLE\",\"x\":1}"), FactKind.ERROR_STATUS))
                .containsExactly("UNAVAILABLE");
    }

    @Test
    void headers_that_name_a_fact() {
        String dump = """
                HTTP/1.1 429 Too Many Requests
                cf-ray: 8a1b2c3d4e5f6789-AMS
                x-request-id: req_abc123def456
                openai-organization: org-acme
                openai-project: proj_acme
                openai-model: gpt-image-2
                x-ms-deployment-name: img-west
                x-ms-region: West Europe
                x-stainless-retry-count: 3
                """;
        Evidence e = extractor.extract(dump);
        // the request id header outranks Cloudflare's ray id
        assertThat(e.value(FactKind.REQUEST_ID)).contains("req_abc123def456");
        assertThat(all(e, FactKind.REQUEST_ID)).contains("8a1b2c3d4e5f6789-AMS");
        assertThat(e.value(FactKind.ORGANIZATION)).contains("org-acme");
        assertThat(e.value(FactKind.PROJECT)).contains("proj_acme");
        assertThat(e.value(FactKind.MODEL)).contains("gpt-image-2");
        assertThat(e.value(FactKind.DEPLOYMENT)).contains("img-west");
        assertThat(e.value(FactKind.REGION)).contains("West Europe");
        assertThat(e.value(FactKind.RETRY_COUNT)).contains("3");
    }

    @Test
    void prefixed_ids_in_running_text_need_six_characters_and_a_word_start() {
        Evidence e = extractor.extract("Limit for org-AbC123xyz in proj_Q1w2E3r4 failed; see req_9f8e-7d6c-5b4a.");
        assertThat(all(e, FactKind.ORGANIZATION)).containsExactly("org-AbC123xyz");
        assertThat(all(e, FactKind.PROJECT)).containsExactly("proj_Q1w2E3r4");
        assertThat(all(e, FactKind.REQUEST_ID)).containsExactly("req_9f8e-7d6c-5b4a");
        Fact org = e.fact(FactKind.ORGANIZATION).orElseThrow();
        assertThat(at(e, org)).isEqualTo("org-AbC123xyz");
        // five characters after the prefix are too few; a prefix inside a word is no id
        Evidence short5 = extractor.extract("org-abcde and proj_abcde and req_abcde");
        assertThat(short5.facts()).isEmpty();
        Evidence inside = extractor.extract("myorg-abcdef12 x_proj_abcdef12 preq_abcdef12");
        assertThat(inside.facts()).isEmpty();
        // an organization id stops at punctuation other than '_'; only a request id runs on over '-'
        Evidence stop = extractor.extract("org-abc_def-ghi proj_abcdef-gh");
        assertThat(all(stop, FactKind.ORGANIZATION)).containsExactly("org-abc_def");
        assertThat(all(stop, FactKind.PROJECT)).containsExactly("proj_abcdef");
    }

    @Test
    void an_api_url_gives_the_endpoint_and_its_deployment() {
        Evidence e = extractor.extract("POST https://contoso.openai.azure.com/openai/deployments/img-eu/images/"
                + "generations?api-version=2025-04-01-preview: 429");
        assertThat(all(e, FactKind.ENDPOINT)).containsExactly("https://contoso.openai.azure.com/openai/deployments/"
                + "img-eu/images/generations?api-version=2025-04-01-preview");
        assertThat(all(e, FactKind.DEPLOYMENT)).containsExactly("img-eu");
        Fact dep = e.fact(FactKind.DEPLOYMENT).orElseThrow();
        assertThat(at(e, dep)).isEqualTo("img-eu");
        assertThat(all(e, FactKind.API_VERSION)).containsExactly("2025-04-01-preview");
        // a URL of no API is no endpoint; a trailing full stop is not part of one
        assertThat(all(extractor.extract("see https://example.com/docs."), FactKind.ENDPOINT)).isEmpty();
        assertThat(all(extractor.extract("at https://api.openai.com/v1/images/edits."), FactKind.ENDPOINT))
                .containsExactly("https://api.openai.com/v1/images/edits");
        assertThat(all(extractor.extract("(https://openrouter.ai/api/v1/chat)"), FactKind.ENDPOINT))
                .containsExactly("https://openrouter.ai/api/v1/chat");
    }

    @Test
    void the_azure_requests_sentence_gives_deployment_model_and_region() {
        Evidence e = extractor.extract("Your requests to img-deploy for gpt-image-2 in East US 2 have exceeded the"
                + " call rate limit for your current AIServices S0 pricing tier.");
        assertThat(all(e, FactKind.DEPLOYMENT)).containsExactly("img-deploy");
        assertThat(all(e, FactKind.MODEL)).containsExactly("gpt-image-2");
        assertThat(all(e, FactKind.REGION)).containsExactly("East US 2");
        Fact region = e.fact(FactKind.REGION).orElseThrow();
        assertThat(at(e, region)).isEqualTo("East US 2");
        Evidence noFor = extractor.extract("Your requests to img-deploy have exceeded the call rate limit.");
        assertThat(all(noFor, FactKind.DEPLOYMENT)).containsExactly("img-deploy");
        assertThat(all(noFor, FactKind.MODEL)).isEmpty();
        assertThat(all(noFor, FactKind.REGION)).isEmpty();
    }

    @Test
    void bucket_numbers_with_thousands_separators_and_the_statement_end() {
        Evidence e = extractor.extract("Rate limit reached for gpt-image-2 on tokens per min (TPM): Limit 1,500,000,"
                + " Used 1,499,990, Requested 7,024. Please try again in 1ms.");
        assertThat(e.limits()).hasSize(1);
        RateLimitReport r = e.limits().get(0);
        assertThat(r.measure()).isEqualTo("tokens per min");
        assertThat(r.limit()).isEqualTo(1_500_000L);
        assertThat(r.used()).isEqualTo(1_499_990L);
        assertThat(r.requested()).isEqualTo(7_024L);
        assertThat(e.text().substring(r.span().start(), r.span().end()))
                .isEqualTo("tokens per min (TPM): Limit 1,500,000, Used 1,499,990, Requested 7,024.");
        // numbers after "Please" belong to the next sentence
        Evidence later = extractor.extract("on requests per day (RPD): Limit 200. Please wait; used 150.");
        assertThat(later.limits().get(0).limit()).isEqualTo(200L);
        assertThat(later.limits().get(0).used()).isNull();
    }

    @Test
    void short_bucket_statements_name_their_measure() {
        Evidence rpm = extractor.extract("request reached organization RPM rate limit, current: 21, limit: 20");
        assertThat(rpm.limits()).extracting(RateLimitReport::measure).containsExactly("requests per min");
        assertThat(rpm.limits().get(0).limit()).isEqualTo(20L);
        assertThat(rpm.limits().get(0).used()).isEqualTo(21L);
        Evidence rpd = extractor.extract("request reached organization RPD rate limit, current: 101, limit: 100");
        assertThat(rpd.limits()).extracting(RateLimitReport::measure).containsExactly("requests per day");
    }
}
