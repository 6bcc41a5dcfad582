package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each header dump form {@link Headers} reads, with exact names, values and spans, and the names it refuses. */
class HeadersTest {

    private static String lines(String text) {
        List<Header> out = new ArrayList<>();
        new Headers(out).scanLines(text);
        return render(text, out);
    }

    private static String tuples(String text) {
        List<Header> out = new ArrayList<>();
        new Headers(out).scanByteTuples(text);
        return render(text, out);
    }

    private static String brackets(String text) {
        List<Header> out = new ArrayList<>();
        new Headers(out).scanBracketForms(text);
        return render(text, out);
    }

    /** "name=value@spanText" per header, joined by " | ". */
    private static String render(String text, List<Header> out) {
        StringBuilder b = new StringBuilder();
        for (Header h : out) {
            b.append(b.length() == 0 ? "" : " | ").append(h.name()).append('=').append(h.value()).append('@')
                    .append(text, h.span().start(), h.span().end());
        }
        return b.toString();
    }

    @Test
    void name_value_lines_with_curl_markers_indents_crlf_and_dump_quotes() {
        assertThat(lines("< x-request-id: req_1\n> retry-after: 20\n  Date: Sat, 28 Nov 2026 10:05:00 GMT\r\n"))
                .isEqualTo("x-request-id=req_1@x-request-id: req_1 | retry-after=20@retry-after: 20"
                        + " | date=Sat, 28 Nov 2026 10:05:00 GMT@Date: Sat, 28 Nov 2026 10:05:00 GMT");
        assertThat(lines("\t'x-ratelimit-limit-requests': '5',\n")).isEmpty();
        assertThat(lines("    x-ratelimit-limit-requests: '5',\n"))
                .isEqualTo("x-ratelimit-limit-requests=5@x-ratelimit-limit-requests: '5',");
        assertThat(lines("x-ratelimit-remaining-tokens: \"0\"")).isEqualTo(
                "x-ratelimit-remaining-tokens=0@x-ratelimit-remaining-tokens: \"0\"");
    }

    @Test
    void the_same_header_twice_counts_once_and_an_empty_value_not_at_all() {
        assertThat(lines("x-request-id: a\nX-Request-Id: a\nx-request-id: b\nretry-after:   \n"))
                .isEqualTo("x-request-id=a@x-request-id: a | x-request-id=b@x-request-id: b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"message: too many requests", "Error: 429", "note: x-request-id", ":x-request-id: a",
        "1x-request-id: a", "x-request id: a", "http://example.com: a", "x_request.id: a"})
    void lines_that_are_not_headers(String line) {
        assertThat(lines(line)).isEmpty();
    }

    @Test
    void header_names_we_recognise() {
        assertThat(Headers.looksLikeHeaderName("date")).isTrue();
        assertThat(Headers.looksLikeHeaderName("x-anything")).isTrue();
        assertThat(Headers.looksLikeHeaderName("openai-processing-ms")).isTrue();
        assertThat(Headers.looksLikeHeaderName("ratelimit-reset")).isTrue();
        assertThat(Headers.looksLikeHeaderName("retry-after")).isTrue();
        assertThat(Headers.looksLikeHeaderName("x_custom")).isFalse();
        assertThat(Headers.looksLikeHeaderName("message")).isFalse();
        assertThat(Headers.looksLikeHeaderName("")).isFalse();
        assertThat(Headers.looksLikeHeaderName("9x-foo")).isFalse();
        assertThat(Headers.looksLikeHeaderName("x-Foo")).isFalse();
        assertThat(Headers.looksLikeHeaderName("x-foo.bar")).isFalse();
        assertThat(Headers.looksLikeHeaderName("x-" + "a".repeat(200))).isFalse();
    }

    @Test
    void httpcore_byte_tuples() {
        String dump = "[(b'Date', b'Sat, 28 Nov 2026 10:05:00 GMT'), (b'x-rate-limit-reset-tokens', b'55'),"
                + " (b\"policy-id\", b\"DeploymentRatelimit-Token\"), (b'Content', b'no'), (b'x-a', b'it\\'s')]";
        assertThat(tuples(dump)).isEqualTo(
                "date=Sat, 28 Nov 2026 10:05:00 GMT@(b'Date', b'Sat, 28 Nov 2026 10:05:00 GMT')"
                + " | x-rate-limit-reset-tokens=55@(b'x-rate-limit-reset-tokens', b'55')"
                + " | policy-id=DeploymentRatelimit-Token@(b\"policy-id\", b\"DeploymentRatelimit-Token\")"
                + " | x-a=it\\'s@(b'x-a', b'it\\'s')");
        assertThat(tuples("(b'x-a', b'1' )")).isEmpty();
        assertThat(tuples("(b'x-a',\nb'1')")).isEmpty();
        assertThat(tuples("(b'x-a', 'plain')")).isEmpty();
        assertThat(tuples("(b'x-a")).isEmpty();
    }

    @Test
    void go_maps_and_dotnet_pairs() {
        String go = "header: map[Retry-After:[20] X-Request-Id:[req_9] Message:[no]] rest";
        assertThat(brackets(go)).isEqualTo("retry-after=20@Retry-After:[20] | x-request-id=req_9@X-Request-Id:[req_9]");
        String dotnet = "[Retry-After, 20], [x-ms-region, East US], [Message, no], [x-open, 1\n], [x-none,]";
        assertThat(brackets(dotnet)).isEqualTo("retry-after=20@[Retry-After, 20] | x-ms-region=East US@"
                + "[x-ms-region, East US] | x-none=@[x-none,]");
    }
}
