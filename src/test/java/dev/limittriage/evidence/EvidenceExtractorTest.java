package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceExtractorTest {
    private final EvidenceExtractor extractor = new EvidenceExtractor();

    private Evidence extract(String text) {
        return extractor.extract(text);
    }

    private static String header(Evidence e, String name) {
        return e.header(name).map(Header::value).orElse(null);
    }

    /** Every span must point at text that holds what the fact says, so the UI can highlight it. */
    private static void assertSpansPointIntoText(Evidence e) {
        for (Fact f : e.facts()) {
            assertThat(f.span().end()).isLessThanOrEqualTo(e.text().length());
        }
        for (Header h : e.headers()) {
            assertThat(e.text().substring(h.span().start(), h.span().end()).toLowerCase())
                    .contains(h.name());
        }
    }

    @Nested
    class HeaderDumps {
        @Test
        void raw_http_response_with_status_line() {
            String paste = """
                    HTTP/1.1 429 Too Many Requests
                    Date: Sat, 06 May 2023 22:39:46 GMT
                    Content-Type: application/json
                    retry-after: 20
                    x-request-id: req_0123456789abcdef
                    """;
            Evidence e = extract(paste);
            assertThat(e.httpStatus()).contains(429);
            assertThat(header(e, "retry-after")).isEqualTo("20");
            assertThat(header(e, "X-Request-Id")).isEqualTo("req_0123456789abcdef");
            assertThat(e.responseDate()).isEqualTo(Instant.parse("2023-05-06T22:39:46Z"));
            assertThat(e.value(FactKind.REQUEST_ID)).contains("req_0123456789abcdef");
            assertSpansPointIntoText(e);
        }

        @Test
        void curl_verbose_lines() {
            String paste = """
                    > POST /v1/images/generations HTTP/2
                    > x-stainless-retry-count: 2
                    < HTTP/2 429
                    < x-ratelimit-limit-requests: 60
                    < x-ratelimit-remaining-requests: 0
                    < x-ratelimit-reset-requests: 1m30.5s
                    """;
            Evidence e = extract(paste);
            assertThat(e.httpStatus()).contains(429);
            assertThat(header(e, "x-ratelimit-remaining-requests")).isEqualTo("0");
            assertThat(e.value(FactKind.RETRY_COUNT)).contains("2");
            assertThat(e.delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.RESET_REQUESTS_HEADER);
                assertThat(d.duration()).isEqualTo(Duration.ofMillis(90_500));
            });
        }

        @Test
        void json_object_of_headers() {
            Evidence e = extract("{\"x-ratelimit-limit-tokens\": \"100000\", \"x-ratelimit-remaining-tokens\": "
                    + "\"99000\", \"openai-project\": \"proj_abcdefghijklmnop\"}");
            assertThat(header(e, "x-ratelimit-limit-tokens")).isEqualTo("100000");
            assertThat(e.value(FactKind.PROJECT)).contains("proj_abcdefghijklmnop");
            assertSpansPointIntoText(e);
        }

        @Test
        void python_dict_repr_of_headers() {
            Evidence e = extract("Response Headers: {'Server': 'nginx', 'Date': 'Wed, 15 Jul 2026 13:28:57 GMT', "
                    + "'x-ms-region': 'East US 2', 'apim-request-id': 'a1b2c3', 'Retry-After': '7'}");
            assertThat(header(e, "x-ms-region")).isEqualTo("East US 2");
            assertThat(header(e, "apim-request-id")).isEqualTo("a1b2c3");
            assertThat(e.responseDate()).isEqualTo(Instant.parse("2026-07-15T13:28:57Z"));
            assertThat(e.delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.RETRY_AFTER_HEADER);
                assertThat(d.at()).isEqualTo(Instant.parse("2026-07-15T13:29:04Z"));
            });
        }

        @Test
        void httpcore_byte_tuples() {
            Evidence e = extract("return_value=(b'HTTP/1.1', 429, b'Too Many Requests', [(b'Content-Length', b'329'), "
                    + "(b'x-rate-limit-reset-tokens', b'55'), (b'apim-request-id', b'0f1e'), "
                    + "(b'policy-id', b'DeploymentRatelimit-Token'), (b'x-ms-region', b'West US'),");
            assertThat(header(e, "x-rate-limit-reset-tokens")).isEqualTo("55");
            assertThat(header(e, "policy-id")).isEqualTo("DeploymentRatelimit-Token");
            assertThat(e.value(FactKind.REGION)).contains("West US");
            assertThat(e.httpStatus()).contains(429);
            assertThat(e.delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.RESET_TOKENS_HEADER);
                assertThat(d.duration()).isEqualTo(Duration.ofSeconds(55));
            });
        }

        @Test
        void go_map() {
            Evidence e = extract("resp.Header = map[Content-Type:[application/json] Retry-After-Ms:[1500] "
                    + "X-Ratelimit-Remaining-Images:[0] X-Request-Id:[req_go123456789]]");
            assertThat(header(e, "x-ratelimit-remaining-images")).isEqualTo("0");
            assertThat(e.delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.RETRY_AFTER_MS_HEADER);
                assertThat(d.duration()).isEqualTo(Duration.ofMillis(1500));
            });
            assertThat(e.value(FactKind.REQUEST_ID)).contains("req_go123456789");
        }

        @Test
        void dotnet_pairs() {
            Evidence e = extract("Headers: [x-ms-retry-after-ms, 2500] [x-ratelimit-remaining-tokens, -1] "
                    + "[x-ms-request-id, 9c1d]");
            assertThat(header(e, "x-ms-retry-after-ms")).isEqualTo("2500");
            assertThat(e.delays()).anySatisfy(d -> assertThat(d.source())
                    .isEqualTo(DelaySource.MS_RETRY_AFTER_MS_HEADER));
            assertThat(e.value(FactKind.REQUEST_ID)).contains("9c1d");
        }

        @Test
        void har_entries() {
            String har = """
                    {"log": {"entries": [{"response": {"status": 429, "headers": [
                      {"name": "x-ratelimit-limit-images", "value": "5"},
                      {"name": "x-ratelimit-remaining-images", "value": "0"},
                      {"name": "retry-after", "value": "12"}]}}]}}
                    """;
            Evidence e = extract(har);
            assertThat(header(e, "x-ratelimit-limit-images")).isEqualTo("5");
            assertThat(header(e, "retry-after")).isEqualTo("12");
            assertThat(e.httpStatus()).contains(429);
            assertSpansPointIntoText(e);
        }

        @Test
        void title_case_headers_inside_error_metadata() {
            Evidence e = extract("""
                    429 {"error": {"message": "Rate limit exceeded: free-models-per-day.", "code": 429,
                      "metadata": {"headers": {"X-RateLimit-Limit": "50", "X-RateLimit-Remaining": "0",
                      "X-RateLimit-Reset": "1741305600000"}}}}
                    """);
            assertThat(header(e, "x-ratelimit-limit")).isEqualTo("50");
            assertThat(e.delays()).anySatisfy(d -> assertThat(d.at()).isEqualTo(Instant.ofEpochMilli(1741305600000L)));
            assertThat(e.value(FactKind.LIMIT_NAME)).contains("free-models-per-day");
        }

        @Test
        void ten_digit_reset_values_are_epoch_seconds() {
            // GitHub-style and some gateways' X-RateLimit-Reset: seconds since the epoch, not milliseconds
            Evidence e = extract("""
                    HTTP/1.1 429 Too Many Requests
                    date: Fri, 07 Mar 2025 00:00:00 GMT
                    x-ratelimit-reset-requests: 1741305630
                    """);
            assertThat(e.delays()).singleElement().satisfies(d -> {
                assertThat(d.at()).isEqualTo(Instant.parse("2025-03-07T00:00:30Z"));
                assertThat(d.duration()).isEqualTo(Duration.ofSeconds(30));
                assertThat(d.source()).isEqualTo(DelaySource.RESET_REQUESTS_HEADER);
            });
        }

        @Test
        void thirteen_digit_reset_values_are_epoch_milliseconds() {
            Evidence e = extract("""
                    HTTP/1.1 429 Too Many Requests
                    date: Fri, 07 Mar 2025 00:00:00 GMT
                    x-ratelimit-reset: 1741305600500
                    """);
            assertThat(e.delays()).singleElement().satisfies(d -> {
                assertThat(d.at()).isEqualTo(Instant.parse("2025-03-07T00:00:00.500Z"));
                assertThat(d.duration()).isEqualTo(Duration.ofMillis(500));
                assertThat(d.source()).isEqualTo(DelaySource.RESET_OTHER_HEADER);
            });
        }
    }

    /** A JSON string literal holding {@code s}. */
    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Nested
    class Bodies {
        @Test
        void openai_json_error() {
            Evidence e = extract("{\"error\": {\"message\": \"You exceeded your current quota, please check your plan "
                    + "and billing details.\", \"type\": \"insufficient_quota\", \"param\": null, "
                    + "\"code\": \"insufficient_quota\"}}");
            assertThat(e.value(FactKind.ERROR_CODE)).contains("insufficient_quota");
            assertThat(e.value(FactKind.ERROR_TYPE)).contains("insufficient_quota");
            assertThat(e.messages()).first().asString().startsWith("You exceeded your current quota");
            Fact code = e.fact(FactKind.ERROR_CODE).orElseThrow();
            assertThat(e.text().substring(code.span().start(), code.span().end())).contains("insufficient_quota");
        }

        @Test
        void azure_error_with_string_status_code() {
            Evidence e = extract("{\"error\":{\"code\":\"429\",\"message\": \"Requests to the ChatCompletions_Create "
                    + "Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your "
                    + "current OpenAI S0 pricing tier. Please retry after 6 seconds.\"}}");
            assertThat(e.httpStatus()).contains(429);
            assertThat(e.value(FactKind.API_VERSION)).contains("2024-10-21");
            assertThat(e.delays()).anySatisfy(d -> assertThat(d.duration()).isEqualTo(Duration.ofSeconds(6)));
        }

        @Test
        void detail_body() {
            Evidence e = extract("{\"detail\": \"Request was throttled. Your rate limit resets in ~5s.\", "
                    + "\"status\": 429, \"retry_after\": 5}");
            assertThat(e.messages()).containsExactly("Request was throttled. Your rate limit resets in ~5s.");
            assertThat(e.httpStatus()).contains(429);
            assertThat(e.delays()).extracting(Delay::source)
                    .contains(DelaySource.MESSAGE_PHRASE, DelaySource.BODY_FIELD);
        }

        @Test
        void json_in_a_string_three_levels_with_escaped_slashes() {
            // three levels: each level escapes the quotes and backslashes of the one inside it
            String level3 = "{\"error\":{\"code\":\"content_filter\","
                    + "\"message\":\"Blocked, see https:\\/\\/aka.ms\\/oai\"}}";
            String level2 = "{\"error\":\"Forbidden\",\"message\":" + quote(level3) + "}";
            String paste = "{\"error\":{\"message\":" + quote(level2) + ",\"code\":\"FORBIDDEN\"},\"status\":403}";
            Evidence e = extract(paste);
            assertThat(e.facts()).extracting(Fact::value).contains("content_filter", "FORBIDDEN");
            assertThat(e.messages()).first().asString().contains("https://aka.ms/oai");
            assertThat(e.httpStatus()).contains(403);
            assertThat(e.notes()).anyMatch(n -> n.contains("nested"));
        }

        @Test
        void python_repr_with_none_and_true() {
            Evidence e = extract("openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project "
                    + "`proj_9KoeXdtHe0YQJbsF2FQAKmzl` does not have access to model `gpt-4o-mini`', 'type': "
                    + "'invalid_request_error', 'param': None, 'internal': True, 'code': 'model_not_found'}}");
            assertThat(e.httpStatus()).contains(403);
            assertThat(e.value(FactKind.ERROR_CODE)).contains("model_not_found");
            assertThat(e.value(FactKind.MODEL)).contains("gpt-4o-mini");
            assertThat(e.value(FactKind.PROJECT)).contains("proj_9KoeXdtHe0YQJbsF2FQAKmzl");
        }

        @Test
        void js_object_with_unquoted_keys() {
            Evidence e = extract("Error: 400 Billing hard limit has been reached {\n  status: 400,\n  headers: {\n"
                    + "    'openai-organization': 'user-abc123def456',\n    date: 'Thu, 01 Aug 2024 16:55:23 GMT',\n"
                    + "    connection: 'keep-alive',\n  },\n  error: { code: 'billing_hard_limit_reached' }\n}");
            assertThat(e.httpStatus()).contains(400);
            assertThat(e.value(FactKind.ORGANIZATION)).contains("user-abc123def456");
            assertThat(e.value(FactKind.ERROR_CODE)).contains("billing_hard_limit_reached");
            assertThat(e.responseDate()).isEqualTo(Instant.parse("2024-08-01T16:55:23Z"));
        }

        @Test
        void php_print_r() {
            Evidence e = extract("""
                    stdClass Object
                    (
                        [error] => stdClass Object
                            (
                                [message] => Billing hard limit has been reached
                                [type] => image_generation_user_error
                                [param] =>
                                [code] => billing_hard_limit_reached
                            )
                    )
                    """);
            assertThat(e.value(FactKind.ERROR_CODE)).contains("billing_hard_limit_reached");
            assertThat(e.value(FactKind.ERROR_TYPE)).contains("image_generation_user_error");
        }

        @Test
        void logfmt() {
            Evidence e = extract("error_code=rate_limit_exceeded error_message='Rate limit reached for gpt-4 in "
                    + "organization org-abcdefghijkl on requests per min. Limit: 3 / min.' error_param=None "
                    + "error_type=requests message='OpenAI API error received' stream_error=False");
            assertThat(e.value(FactKind.ERROR_CODE)).contains("rate_limit_exceeded");
            assertThat(e.value(FactKind.ERROR_TYPE)).contains("requests");
            assertThat(e.value(FactKind.ORGANIZATION)).contains("org-abcdefghijkl");
            assertThat(e.limits()).singleElement().satisfies(r -> {
                assertThat(r.measure()).isEqualTo("requests per min");
                assertThat(r.limit()).isEqualTo(3L);
            });
        }

        @Test
        void terminal_wrapped_json_keeps_fields_after_the_break() {
            Evidence e = extract("{\n  \"error\": {\n    \"message\": \"You exceeded your current quota, read the\n"
                    + "docs.\",\n    \"type\": \"insufficient_quota\",\n    \"code\": \"insufficient_quota\"\n  }\n}");
            assertThat(e.value(FactKind.ERROR_CODE)).contains("insufficient_quota");
        }

        @Test
        void curly_quotes() {
            Evidence e = extract("{\u201Cerror\u201D: {\u201Ccode\u201D: \u201Cmoderation_blocked\u201D, "
                    + "\u201Cmessage\u201D: \u201CYour request was rejected by the safety system.\u201D}}");
            assertThat(e.value(FactKind.ERROR_CODE)).contains("moderation_blocked");
            assertThat(e.messages()).contains("Your request was rejected by the safety system.");
        }

        @Test
        void truncated_json_still_yields_what_came_before_the_cut() {
            Evidence e = extract("{\"error\": {\"code\": \"organization_spend_limit_exceeded\", \"message\": \"You");
            assertThat(e.value(FactKind.ERROR_CODE)).contains("organization_spend_limit_exceeded");
        }
    }

    @Nested
    class Statuses {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "HTTP/2 429|429",
            "RateLimitError: Error code: 429 - {'error': {}}|429",
            "request failed (status code 403)|403",
            "{\"status\": 429, \"error\": \"x\"}|429",
            "429 Too Many Requests|429",
            "[429:insufficient_quota] quota|429",
            "HTTP 429 (429) Requests to the deployment|429",
            "ChatGPTError: ChatGPT error 403: {}|403",
            "403 \u2014 {\"detail\": \"User is locked.\"}|403",
            "API returned unexpected status code: 429: slow|429",
            "Exception('TEXT 402: {}')|402"})
        void status_phrasings(String paste, int status) {
            assertThat(extract(paste).httpStatus()).contains(status);
        }

        @Test
        void random_numbers_in_a_log_are_not_a_status() {
            Evidence e = extract("2026-01-04 22:48:49,429 worker 404 pid 503 took 429 ms");
            assertThat(e.httpStatus()).isEmpty();
        }
    }

    @Nested
    class Delays {
        @ParameterizedTest
        @CsvSource({"6m0s,360000", "1m30.5s,90500", "232ms,232", "2h23m59.09s,8639090", "1s,1000", "0.5s,500",
            "1h2m3.5s,3723500", "23h59m,86340000", "8ms,8", "2h23m59.090010204s,8639090", "20,20000"})
        void go_durations_and_bare_seconds(String value, long millis) {
            assertThat(Durations.parseSecondsOrGo(value)).isNotNull()
                    .satisfies(d -> assertThat(d.toMillis()).isEqualTo(millis));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Please try again in 7.188s.|7188",
            "Please retry after 54 seconds.|54000",
            "please slow down and try again after 51.84 seconds.|51840",
            "You can create more images when the limit resets in 12 hours and 43 minutes.|45780000",
            "Please wait for an hour before trying again.|3600000",
            "Your quota will reset after 2h23m59s.|8639000",
            "No deployments available for selected model, Try again in 60 seconds|60000",
            "Your rate limit resets in ~5s.|5000",
            "Please retry in 20.04466179s.|20044",
            "Please try again in 232ms.|232"})
        void message_phrases(String paste, long millis) {
            assertThat(extract(paste).delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.MESSAGE_PHRASE);
                assertThat(d.duration().toMillis()).isEqualTo(millis);
            });
        }

        @Test
        void body_fields() {
            Evidence e = extract("{\"error\": {\"details\": [{\"@type\": \"type.googleapis.com/google.rpc.RetryInfo\","
                    + " \"retryDelay\": \"36s\"}]}}");
            assertThat(e.delays()).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.BODY_FIELD);
                assertThat(d.duration()).isEqualTo(Duration.ofSeconds(36));
            });
        }

        @Test
        void http_date_retry_after_and_date_give_absolute_times() {
            Evidence e = extract("""
                    date: Mon, 02 Mar 2026 10:00:00 GMT
                    retry-after: Mon, 02 Mar 2026 10:01:30 GMT
                    x-ratelimit-reset-tokens: 6m0s
                    retry-after-ms: 3000
                    """);
            assertThat(e.delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.RETRY_AFTER_HEADER);
                assertThat(d.duration()).isEqualTo(Duration.ofSeconds(90));
                assertThat(d.at()).isEqualTo(Instant.parse("2026-03-02T10:01:30Z"));
            });
            assertThat(e.delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.RESET_TOKENS_HEADER);
                assertThat(d.at()).isEqualTo(Instant.parse("2026-03-02T10:06:00Z"));
            });
            assertThat(e.delays()).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(DelaySource.RETRY_AFTER_MS_HEADER);
                assertThat(d.duration()).isEqualTo(Duration.ofSeconds(3));
            });
        }

        @Test
        void azure_minus_one_and_zero_are_not_reported() {
            Evidence e = extract("x-ratelimit-reset-tokens: -1\nx-ratelimit-reset-requests: 0\n");
            assertThat(e.delays()).isEmpty();
        }
    }

    @Nested
    class Grammar {
        @Test
        void tokens_per_minute_with_numbers() {
            Evidence e = extract("Rate limit reached for gpt-image-1 in organization org-abcdefghijkl on tokens per "
                    + "min (TPM): Limit 100000, Used 99000, Requested 4160. Please try again in 1.2s.");
            assertThat(e.limits()).singleElement().satisfies(r -> {
                assertThat(r.measure()).isEqualTo("tokens per min");
                assertThat(r.limit()).isEqualTo(100000L);
                assertThat(r.used()).isEqualTo(99000L);
                assertThat(r.requested()).isEqualTo(4160L);
                assertThat(r.requestTooLarge()).isFalse();
            });
            assertThat(e.value(FactKind.MODEL)).contains("gpt-image-1");
        }

        @Test
        void limit_zero_and_input_images() {
            Evidence zero = extract("Rate limit exceeded for images per minute in organization org-x. Limit: 0/1min. "
                    + "Current: 1/1min.");
            assertThat(zero.limits()).singleElement().satisfies(r -> {
                assertThat(r.measure()).isEqualTo("images per min");
                assertThat(r.limit()).isZero();
            });
            Evidence input = extract("Rate limit reached for gpt-image-2-codex (for limit gpt-image) in organization "
                    + "org-abc on input-images per min: Limit 4000, Used 4000, Requested 1.");
            assertThat(input.limits()).singleElement().satisfies(r -> assertThat(r.measure())
                    .isEqualTo("input-images per min"));
        }

        @Test
        void request_too_large() {
            Evidence e = extract("Request too large for gpt-4o in organization org-abc on tokens per min (TPM): "
                    + "Limit 30000, Requested 30601. The input or output tokens must be reduced.");
            assertThat(e.limits()).singleElement().satisfies(r -> {
                assertThat(r.requestTooLarge()).isTrue();
                assertThat(r.requested()).isEqualTo(30601L);
                assertThat(r.used()).isNull();
            });
        }

        @Test
        void requests_per_day() {
            Evidence e = extract("Rate limit reached for gpt-image-1 in organization org-abc on requests per day "
                    + "(RPD): Limit 1000, Used 1000, Requested 1.");
            assertThat(e.limits()).extracting(RateLimitReport::measure).containsExactly("requests per day");
        }
    }

    @Nested
    class Identifiers {
        @Test
        void azure_identifiers() {
            Evidence e = extract("Your requests to img-deploy for gpt-image-1 in East US 2 have exceeded the token "
                    + "rate limit for your current AIServices S0 pricing tier. This request was for "
                    + "Images_Generations under Azure OpenAI API version 2025-04-01-preview. Calling "
                    + "https://myres.openai.azure.com/openai/deployments/img-deploy/images/generations"
                    + "?api-version=2025-04-01-preview\nx-ms-request-id: 77aa\n");
            assertThat(e.value(FactKind.DEPLOYMENT)).contains("img-deploy");
            assertThat(e.value(FactKind.MODEL)).contains("gpt-image-1");
            assertThat(e.value(FactKind.REGION)).contains("East US 2");
            assertThat(e.value(FactKind.API_VERSION)).contains("2025-04-01-preview");
            assertThat(e.value(FactKind.ENDPOINT)).hasValueSatisfying(u -> assertThat(u).startsWith("https://myres"));
            assertThat(e.value(FactKind.REQUEST_ID)).contains("77aa");
        }

        @Test
        void relay_request_ids() {
            Evidence e = extract("not allowed (request id: 2024032314154219670177966dVNVyE)");
            assertThat(e.value(FactKind.REQUEST_ID)).contains("2024032314154219670177966dVNVyE");
        }

        @Test
        void facts_have_spans_on_their_text() {
            String paste = "403 Project `proj_JMo3Q9spNIEWhSxusokLegJY` does not have access to model `gpt-4.1`";
            Evidence e = extract(paste);
            Fact project = e.fact(FactKind.PROJECT).orElseThrow();
            assertThat(paste.substring(project.span().start(), project.span().end()))
                    .isEqualTo("proj_JMo3Q9spNIEWhSxusokLegJY");
            assertThat(e.value(FactKind.MODEL)).contains("gpt-4.1");
        }
    }

    @Test
    void empty_and_plain_text_give_empty_evidence() {
        for (String s : List.of("", "   ", "hello world", "{", "}{", "\u0000\u0001")) {
            Evidence e = extract(s);
            assertThat(e.facts()).isEmpty();
            assertThat(e.text()).isEqualTo(s);
        }
    }
}
