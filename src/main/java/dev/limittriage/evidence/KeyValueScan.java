package dev.limittriage.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fallback for everything a JSON parser cannot read: finds {@code key: value}, {@code key=value} and
 * {@code [key] => value} pairs anywhere (JSON broken by terminal wrapping or truncation, escaped JSON inside
 * strings at any escape depth, Python repr, JS objects, PHP {@code print_r}, logfmt), for a fixed set of keys
 * and for header-like keys. Triggered on separators and bounded in how far it looks, so it is linear.
 */
final class KeyValueScan {
    private static final int MAX_KEY = 48;
    private static final int MAX_VALUE = 4000;

    static final Set<String> KEYS = Set.of("message", "error_message", "errormessage", "msg", "code", "error_code",
            "errorcode", "type", "error_type", "status", "statuscode", "status_code", "detail", "reason", "param",
            "model", "retrydelay", "retry_after", "retryafter", "retry_after_ms", "quotaresetdelay", "quotaid",
            "quota_id", "limit_source", "requestid", "request_id", "domain", "deployment", "region",
            "api_version", "organization", "project", "url", "endpoint", "error", "finishreason", "finish_reason",
            "blockreason", "block_reason");

    private final List<Field> out;

    KeyValueScan(List<Field> out) {
        this.out = out;
    }

    void scan(String text) {
        int n = text.length();
        for (int i = 0; i < n && out.size() < JsonScan.MAX_FIELDS; i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '=') {
                continue;
            }
            if (c == ':' && i + 1 < n && text.charAt(i + 1) == '/') {
                continue; // a URL scheme
            }
            int keyEnd = i;
            int k = i - 1;
            while (k >= 0 && i - k < 4 && text.charAt(k) == ' ') {
                k--;
            }
            boolean bracket = false;
            while (k >= 0 && i - k < 12 && isKeyQuote(text.charAt(k))) {
                bracket |= text.charAt(k) == ']';
                k--;
            }
            keyEnd = k + 1;
            while (k >= 0 && keyEnd - k <= MAX_KEY && isKeyChar(text.charAt(k))) {
                k--;
            }
            int keyStart = k + 1;
            if (keyStart >= keyEnd || keyEnd - keyStart > MAX_KEY) {
                continue;
            }
            String key = text.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT);
            boolean known = KEYS.contains(key);
            if (!known && !Headers.looksLikeHeaderName(key)) {
                continue;
            }
            if (!Character.isLetter(key.charAt(0)) && key.charAt(0) != '_') {
                continue;
            }
            boolean php = c == '=' && i + 1 < n && text.charAt(i + 1) == '>';
            int v = i + (php ? 2 : 1);
            // a bare value holds no further keys: skip it, so a long run of "k:k:k:" stays linear; a quoted one
            // may hold escaped JSON whose keys are wanted, so scanning goes on inside it
            i = Math.max(i, readValue(text, key, keyStart, v, php || bracket, !known) - 1);
        }
    }

    /** Reads the value at {@code from}; returns where key scanning may resume. */
    private int readValue(String text, String key, int keyStart, int from, boolean toEndOfLine, boolean quotedOnly) {
        int n = text.length();
        int v = from;
        while (v < n && v - from < 8 && (text.charAt(v) == ' ' || text.charAt(v) == '\t')) {
            v++;
        }
        if (v >= n) {
            return from;
        }
        int escapes = 0;
        int q = v;
        while (q < n && q - v < 8 && text.charAt(q) == '\\') {
            escapes++;
            q++;
        }
        char open = q < n ? text.charAt(q) : 0;
        if (open == '"' || open == '\'' || open == '\u201C' || open == '\u2018') {
            readQuoted(text, key, keyStart, q + 1, escapes, open);
            return from;
        }
        if (escapes > 0 || quotedOnly) {
            return from;
        }
        int e = v;
        int limit = Math.min(n, v + MAX_VALUE);
        while (e < limit) {
            char c = text.charAt(e);
            if (c == '\n' || c == '\r' || (!toEndOfLine && (c == ',' || c == '}' || c == ']' || c == ')'
                    || c == ' ' || c == '\t' || c == ';'))) {
                break;
            }
            e++;
        }
        while (e > v && (text.charAt(e - 1) == ':' || text.charAt(e - 1) == '.' || text.charAt(e - 1) == ';')) {
            e--;
        }
        String value = text.substring(v, e).trim();
        if (value.isEmpty() || value.equals("{") || value.equals("[") || value.startsWith("stdClass")
                || value.equals("Array")) {
            return Math.max(from, e);
        }
        if (value.equals("None") || value.equals("null") || value.equals("nil") || value.equals("undefined")) {
            value = "";
        }
        out.add(new Field(key, value, false, new Span(v, e), 0, "", -1, keyStart));
        return Math.max(from, e);
    }

    private void readQuoted(String text, String key, int keyStart, int start, int escapes, char open) {
        char close = switch (open) {
            case '\u201C' -> '\u201D';
            case '\u2018' -> '\u2019';
            default -> open;
        };
        int n = text.length();
        int limit = Math.min(n, start + MAX_VALUE);
        int e = start;
        while (e < limit) {
            char c = text.charAt(e);
            if (c == close || (open == '\u201C' && c == '\u201C')) {
                int run = 0;
                int b = e - 1;
                while (b >= start && text.charAt(b) == '\\') {
                    run++;
                    b--;
                }
                if (run == escapes) {
                    break;
                }
            }
            e++;
        }
        String value = unescape(text, start, e - escapes);
        out.add(new Field(key, value, true, new Span(Math.max(0, start - 1 - escapes), Math.min(n, e + 1)), 0, "",
                -1, keyStart));
    }

    /** Removes escape backslashes at any depth; escaped newlines and tabs become spaces. */
    static String unescape(String text, int from, int to) {
        StringBuilder b = new StringBuilder(Math.max(0, to - from));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                int j = i;
                while (j < to && text.charAt(j) == '\\') {
                    j++;
                }
                if (j < to) {
                    char d = text.charAt(j);
                    if (d == 'n' || d == 't' || d == 'r') {
                        b.append(' ');
                    } else if (d == 'u' && j + 4 < to) {
                        b.append(decodeHex(text, j + 1));
                        j += 4;
                    } else {
                        b.append(d);
                    }
                    i = j + 1;
                } else {
                    i = j;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static char decodeHex(String text, int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(text.charAt(at + k), 16);
            if (d < 0) {
                return '?';
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    private static boolean isKeyQuote(char c) {
        return c == '"' || c == '\'' || c == '\\' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '@';
    }
}
