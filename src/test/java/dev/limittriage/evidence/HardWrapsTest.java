package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardWrapsTest {
    /** A real body (fixture pixeltable704-tpm-type-tokens-232ms), one line as posted. */
    private static final String BODY = "RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached "
            + "for gpt-4o-mini in organization org-XXXXXXXXXXXXX on tokens per min (TPM): Limit 200000, Used 200000, "
            + "Requested 775. Please try again in 232ms. Visit https://platform.openai.com/account/rate-limits to "
            + "learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}";

    private static String fold(String line, int width, String lineEnd) {
        StringBuilder b = new StringBuilder();
        int p = 0;
        while (line.length() - p > width) {
            b.append(line, p, p + width).append(lineEnd);
            p += width;
        }
        return b.append(line, p, line.length()).toString();
    }

    @ParameterizedTest
    @CsvSource({"80,LF", "100,LF", "120,LF", "80,CRLF", "100,CRLF", "120,CRLF"})
    void joins_a_line_cut_at_a_fixed_width_and_maps_every_offset_back(int width, String ends) {
        String wrapped = fold(BODY, width, ends.equals("CRLF") ? "\r\n" : "\n");
        HardWraps.Joined j = HardWraps.join(wrapped).orElseThrow();
        assertThat(j.width()).isEqualTo(width);
        assertThat(j.text()).isEqualTo(BODY);
        assertThat(j.joins()).isEqualTo((BODY.length() - 1) / width);
        for (int i = 0; i < j.text().length(); i++) {
            assertThat(wrapped.charAt(j.toOriginal(i))).as("offset %d", i).isEqualTo(j.text().charAt(i));
        }
        int code = BODY.indexOf("rate_limit_exceeded");
        Span back = j.toOriginal(new Span(code, code + "rate_limit_exceeded".length()));
        assertThat(wrapped.substring(back.start(), back.end()).replace("\r", "").replace("\n", ""))
                .isEqualTo("rate_limit_exceeded");
    }

    @Test
    void leaves_pastes_that_are_not_wrapped_alone() {
        String headers = "HTTP/2 429\ndate: Tue, 12 May 2026 09:14:03 GMT\ncontent-type: application/json\n"
                + "x-ratelimit-limit-requests: 500\nx-ratelimit-remaining-requests: 497\n";
        assertThat(HardWraps.join(headers)).isEmpty();
        assertThat(HardWraps.join(BODY)).isEmpty();
        assertThat(HardWraps.join("")).isEmpty();
        // a box drawn by a terminal program: every line padded to the same width
        String box = "\u2502 We are currently experiencing high demand." + " ".repeat(40) + "\u2502\n"
                + "\u2502 We apologize and appreciate your patience." + " ".repeat(41) + "\u2502\n"
                + "\u2502 /model to switch models." + " ".repeat(59) + "\u2502\n";
        assertThat(HardWraps.join(box)).isEmpty();
        // one line of 80 characters that ends where a word ends is no evidence of a wrap
        String prose = "x".repeat(70) + " the end..\nNext line";
        assertThat(prose.indexOf('\n')).isEqualTo(80);
        assertThat(HardWraps.join(prose)).isEmpty();
    }

    @Test
    void one_cut_inside_a_word_at_a_usual_width_is_a_wrap() {
        // as posted in github:Wei-Shaw/sub2api#1015, cut inside the request id at 100 columns
        String paste = "unexpected status 403 Forbidden: insufficient balance, url: http:/xxx/v1/responses, "
                + "request id: d2b8\ndbd5-996e-4a67-8f51-73240c016a44";
        HardWraps.Joined j = HardWraps.join(paste).orElseThrow();
        assertThat(j.width()).isEqualTo(100);
        assertThat(j.text()).contains("request id: d2b8dbd5-996e-4a67-8f51-73240c016a44");
    }

    @Test
    void a_json_string_cut_by_the_wrap_still_parses_with_spans_on_the_paste() {
        // fixture powershellai127-billing-hard-limit (github:dfinke/PowerShellAI#127), as posted on one line
        String body = "{   \"error\": {     \"code\": \"billing_hard_limit_reached\",     \"message\": \"Billing hard "
                + "limit has been reached\",     \"param\": null,     \"type\": \"invalid_request_error\"   } }";
        String wrapped = fold(body, 80, "\n");
        assertThat(wrapped).contains("invalid_request_e\nrror"); // the cut falls inside the type
        Evidence e = new EvidenceExtractor().extract(wrapped);
        assertThat(e.text()).isSameAs(wrapped);
        assertThat(e.value(FactKind.ERROR_TYPE)).contains("invalid_request_error");
        assertThat(e.value(FactKind.ERROR_CODE)).contains("billing_hard_limit_reached");
        assertThat(e.messages()).containsExactly("Billing hard limit has been reached");
        Fact type = e.fact(FactKind.ERROR_TYPE).orElseThrow();
        assertThat(wrapped.substring(type.span().start(), type.span().end()).replace("\n", ""))
                .contains("invalid_request_error");
        assertThat(e.notes()).contains("lines hard-wrapped at 80 columns were read as one (2 join(s))");
    }
}
