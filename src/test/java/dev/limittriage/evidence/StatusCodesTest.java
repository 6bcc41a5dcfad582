package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTP/1.1 429 Too Many Requests|429",
        "HTTP/2 429|429",
        "< HTTP 503|503",
        "status: 429|429",
        "{\"status\": 429, \"error\": \"x\"}|429",
        "{\"status\":429}|429",
        "{'status_code': 402}|402",
        "level=warn status_code=429 path=/v1/images|429",
        "{\"statusCode\": 403, \"message\": \"x\"}|403",
        "http_status=500 upstream=api|500",
        "openai.RateLimitError: Error code: 429 - {}|429",
        "Error: Request failed with status code 429|429",
        "request failed (status code 403)|403",
        "failed with code 429 after 3 tries|429",
        "{\"error\": {\"code\": 429, \"message\": \"Resource has been exhausted\"}}|429",
        "then 429 Too Many Requests came back|429",
        "[429:insufficient_quota] quota|429",
        "HTTP 429 (429) Requests to the deployment|429",
        "403 \u2014 {\"detail\": \"User is locked.\"}|403",
        "Exception('TEXT 402: {}')|402",
        "Error generating image: Response 524:|524",
        "g4f.errors.ResponseStatusError: Response 500: |500",
        "HTTP/1.1 520 Unknown Error|520"})
    void counts_numbers_that_stand_as_status_codes(String text, int status) {
        List<StatusCodes.Occurrence> found = StatusCodes.find(text, 10);
        assertThat(found).isNotEmpty().extracting(StatusCodes.Occurrence::status).containsOnly(status);
        StatusCodes.Occurrence o = found.get(0);
        assertThat(text.substring(o.span().start(), o.span().end())).isEqualTo(String.valueOf(status));
        assertThat(o.strength()).isGreaterThanOrEqualTo(StatusCodes.MIN_STRENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "request_id=req_00004290 took=4293ms",
        "GET /v1/images took=429ms bytes=4290",
        "2026-01-04 22:48:49,429 worker 404 pid 503 took 429 ms",
        "trace=a429b id=429-77 v4.29.1 build 1.429",
        "user_id=429 retries=429 size=429",
        "{\"took_ms\": 429, \"count\": 403}",
        "status429 code_429",
        "prostatus 429",
        "response_ms=429 responses 503",
        "HTTP/1.1 525 SSL Handshake Failed",
        "HTTP/1.1 505 HTTP Version Not Supported",
        "HTTP/1.1 519 nothing"})
    void ignores_numbers_inside_ids_timings_and_other_fields(String text) {
        assertThat(StatusCodes.find(text, 10)).isEmpty();
    }

    @Test
    void reports_offsets_and_lines_in_text_order() {
        String log = "INFO request_id=req_00004290 took=4293ms status=200\n"
                + "INFO retry\r\n"
                + "ERROR openai.RateLimitError: Error code: 429 - {'error': {}}\n"
                + "\n"
                + "HTTP/1.1 503 Service Unavailable";
        List<StatusCodes.Occurrence> found = StatusCodes.find(log, 10);
        assertThat(found).extracting(StatusCodes.Occurrence::status).containsExactly(200, 429, 503);
        assertThat(found).extracting(StatusCodes.Occurrence::line).containsExactly(1, 3, 5);
        assertThat(found.get(1).span().start()).isEqualTo(log.indexOf("429 -"));
        assertThat(found.get(2).span()).isEqualTo(new Span(log.indexOf("503"), log.indexOf("503") + 3));
        assertThat(found).extracting(StatusCodes.Occurrence::isError).containsExactly(false, true, true);
        // an error status outranks a success status written the same way
        assertThat(StatusCodes.find("status=500", 1).get(0).strength())
                .isEqualTo(StatusCodes.find("status=200", 1).get(0).strength() + 1);
    }

    @Test
    void stops_when_asked_and_when_the_limit_is_reached() {
        String text = "status=429\n".repeat(100);
        assertThat(StatusCodes.find(text, 7)).hasSize(7).last()
                .satisfies(o -> assertThat(o.line()).isEqualTo(7));
        assertThat(StatusCodes.find(text, 0)).isEmpty();
        int[] seen = {0};
        StatusCodes.scan(text, o -> ++seen[0] < 3);
        assertThat(seen[0]).isEqualTo(3);
    }
}
