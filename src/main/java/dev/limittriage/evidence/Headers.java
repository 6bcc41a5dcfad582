package dev.limittriage.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds headers in the dump forms that are not JSON-like: {@code Name: value} lines (raw HTTP, {@code curl -i},
 * {@code curl -v} {@code < }/{@code > } lines), httpcore byte tuples {@code (b'name', b'value')}, Go
 * {@code map[Name:[value]]} and .NET {@code [name, value]} pairs. Hand-written and bounded, so linear.
 */
final class Headers {
    static final int MAX_HEADERS = 5_000;
    private static final int MAX_NAME = 64;
    private static final int MAX_LINE = 8_192;

    private static final Set<String> PLAIN_NAMES = Set.of("date", "server", "connection", "vary", "via", "age",
            "expires", "etag", "location", "authorization", "cookie", "pragma", "host", "accept", "allow");
    private static final List<String> PREFIXES = List.of("x-", "openai-", "apim-", "anthropic-", "cf-",
            "llm_provider-", "access-control-", "content-", "retry-after", "strict-transport", "alt-svc",
            "policy-id", "request-id", "ms-", "set-cookie", "api-key", "ocp-apim-", "transfer-encoding",
            "cache-control", "idempotency-key", "user-agent", "server-timing", "azureml-", "openrouter-",
            "ratelimit-", "referrer-policy", "permissions-policy", "cross-origin-", "nel", "report-to");

    private final List<Header> out;
    private final Set<String> seen = new HashSet<>();

    Headers(List<Header> out) {
        this.out = out;
    }

    /** Whether a lower-case key names an HTTP header we can recognise. */
    static boolean looksLikeHeaderName(String lower) {
        if (lower.isEmpty() || lower.length() > MAX_NAME || !Character.isLetter(lower.charAt(0))) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        if (PLAIN_NAMES.contains(lower)) {
            return true;
        }
        for (String p : PREFIXES) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    void add(String name, String value, Span span) {
        if (out.size() >= MAX_HEADERS) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String v = value.trim();
        if (!seen.add(lower + '\u0000' + v)) {
            return;
        }
        out.add(new Header(lower, v, span));
    }

    /** {@code Name: value} lines, with optional {@code < }, {@code > } or {@code - } prefixes. */
    void scanLines(String text) {
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n && out.size() < MAX_HEADERS) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (lineEnd - lineStart < MAX_LINE) {
                scanLine(text, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
    }

    private void scanLine(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 < to && (text.charAt(i) == '<' || text.charAt(i) == '>') && text.charAt(i + 1) == ' ') {
            i += 2;
        }
        int nameStart = i;
        while (i < to && i - nameStart <= MAX_NAME && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i >= to || text.charAt(i) != ':' || i == nameStart) {
            return;
        }
        String name = text.substring(nameStart, i);
        if (!looksLikeHeaderName(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        int end = to;
        if (end > i && text.charAt(end - 1) == '\r') {
            end--;
        }
        String value = unquote(text.substring(i + 1, end).trim());
        if (value.isEmpty()) {
            return;
        }
        add(name, value, new Span(nameStart, end));
    }

    /** Reads httpcore's {@code (b'name', b'value')} tuples. */
    void scanByteTuples(String text) {
        int i = text.indexOf("(b");
        while (i >= 0 && out.size() < MAX_HEADERS) {
            int next = i + 2;
            int[] name = byteLiteral(text, i + 1);
            if (name != null) {
                int j = name[1];
                while (j < text.length() && j - name[1] < 4 && (text.charAt(j) == ',' || text.charAt(j) == ' ')) {
                    j++;
                }
                int[] value = byteLiteral(text, j);
                if (value != null && value[1] < text.length() && text.charAt(value[1]) == ')') {
                    String n = text.substring(name[0], name[1] - 1);
                    if (looksLikeHeaderName(n.toLowerCase(Locale.ROOT))) {
                        add(n, text.substring(value[0], value[1] - 1), new Span(i, value[1] + 1));
                    }
                    next = value[1];
                }
            }
            i = text.indexOf("(b", next);
        }
    }

    /** A {@code b'...'} literal at {@code at}: returns {content start, index after the closing quote}. */
    private static int @Nullable [] byteLiteral(String text, int at) {
        if (at + 2 >= text.length() || text.charAt(at) != 'b') {
            return null;
        }
        char q = text.charAt(at + 1);
        if (q != '\'' && q != '"') {
            return null;
        }
        int start = at + 2;
        int limit = Math.min(text.length(), start + MAX_LINE);
        for (int k = start; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == q) {
                return new int[] {start, k + 1};
            } else if (c == '\n') {
                return null;
            }
        }
        return null;
    }

    /** Go's {@code map[Name:[value] Other:[v1 v2]]} and .NET's {@code [name, value]} pairs. */
    void scanBracketForms(String text) {
        int i = text.indexOf('[');
        while (i >= 0 && out.size() < MAX_HEADERS) {
            int next = i + 1;
            if (i >= 3 && text.startsWith("map", i - 3)) {
                next = goMap(text, i + 1);
            } else {
                next = dotNetPair(text, i);
            }
            i = text.indexOf('[', Math.max(next, i + 1));
        }
    }

    private int goMap(String text, int from) {
        int n = text.length();
        int limit = Math.min(n, from + MAX_LINE * 4);
        int i = from;
        while (i < limit) {
            while (i < limit && text.charAt(i) == ' ') {
                i++;
            }
            int nameStart = i;
            while (i < limit && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i + 1 >= limit || text.charAt(i) != ':' || text.charAt(i + 1) != '[' || i == nameStart) {
                return Math.max(from, i);
            }
            int valueStart = i + 2;
            int close = text.indexOf(']', valueStart);
            if (close < 0 || close > limit) {
                return valueStart;
            }
            String name = text.substring(nameStart, i);
            if (looksLikeHeaderName(name.toLowerCase(Locale.ROOT))) {
                add(name, text.substring(valueStart, close), new Span(nameStart, close + 1));
            }
            i = close + 1;
        }
        return i;
    }

    private int dotNetPair(String text, int open) {
        int n = text.length();
        int i = open + 1;
        int nameStart = i;
        while (i < n && i - nameStart <= MAX_NAME && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i + 1 >= n || text.charAt(i) != ',' || i == nameStart) {
            return open + 1;
        }
        String name = text.substring(nameStart, i);
        if (!looksLikeHeaderName(name.toLowerCase(Locale.ROOT))) {
            return open + 1;
        }
        int valueStart = i + 1;
        int limit = Math.min(n, valueStart + MAX_LINE);
        int close = valueStart;
        while (close < limit && text.charAt(close) != ']' && text.charAt(close) != '\n') {
            close++;
        }
        if (close >= limit || text.charAt(close) != ']') {
            return open + 1;
        }
        add(name, text.substring(valueStart, close), new Span(open, close + 1));
        return close + 1;
    }

    /** A JS or Python dump line ends in a quoted value and a comma: keep what is inside the quotes. */
    private static String unquote(String v) {
        String t = v;
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return v;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
