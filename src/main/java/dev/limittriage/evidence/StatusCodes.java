package dev.limittriage.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds HTTP status codes in text, counting a number only where it stands as a status code: three digits on
 * word boundaries (so never inside {@code req_00004290} or {@code took=4293ms}) with a status context on one
 * side: {@code HTTP/1.1 429}, {@code HTTP 429}, {@code status: 429}, {@code "status": 429},
 * {@code status_code=429}, {@code "statusCode": 429}, {@code Error code: 429}, {@code code 429},
 * {@code (status code 403)}, {@code 429 Too Many Requests}, {@code [429:insufficient_quota]},
 * {@code HTTP 429 (429)}, or a line that starts with {@code 403 —}.
 *
 * <p>One left-to-right pass; each candidate number is judged by a few characters on either side, so the cost is
 * linear in the text and a random number in a log is not taken. Line numbers are counted on the way, so a caller
 * building a timeline of a log gets offsets and lines from the same pass.
 */
public final class StatusCodes {
    /** The least {@link Occurrence#strength()} an occurrence needs to be reported. */
    public static final int MIN_STRENGTH = 6;
    private static final int LOOK_BEHIND = 24;
    private static final int LOOK_AHEAD = 32;
    private static final int MAX_SEPARATORS = 4;

    /** Literal look-behinds (lower case) and their strength: version lines and bracketed forms. */
    private static final String[][] PREFIXES = {
        {"http/1.1 ", "10"}, {"http/1.0 ", "10"}, {"http/2 ", "10"}, {"http/2.0 ", "10"}, {"http/3 ", "10"},
        {"error (", "8"}, {"code (", "7"}};
    /**
     * Key words that may end the look-behind once the separators between them and the number (spaces, ':', '=',
     * quotes) are set aside, with their strength. The word must start on a word boundary: "status" counts in
     * {@code {"status": 429}} and {@code http_status=429}, not in {@code prostatus 429}.
     */
    private static final String[][] KEYS = {
        {"http", "9"}, {"http status", "9"}, {"http_status", "9"}, {"httpstatus", "9"}, {"http_code", "9"},
        {"httpcode", "9"}, {"status code", "9"}, {"status_code", "9"}, {"statuscode", "9"}, {"error code", "9"},
        {"response code", "8"}, {"status", "8"}, {"response", "7"}, {"code", "7"}, {"error", "6"}, {"returned", "6"},
        {"failed with", "6"}, {"text", "5"}};
    private static final String[] REASONS = {"too many requests", "bad request", "unauthorized", "payment required",
        "forbidden", "not found", "internal server error", "bad gateway", "service unavailable", "gateway timeout",
        "ok", "request entity too large", "conflict", "unprocessable"};

    private StatusCodes() {
    }

    /**
     * One status code written as one.
     *
     * @param status   the code (200, 201, 400..451, 500..504, Cloudflare's 520..524 or 529)
     * @param span     where its three digits are in the text
     * @param line     the 1-based line it is on
     * @param strength how clearly the context says "status code": 6 (a line starting with the number, "error 429")
     *                 to 11 ("HTTP/1.1 429"); an error status gets one more than a success status written the same
     *                 way
     */
    public record Occurrence(int status, Span span, int line, int strength) {
        /** A 4xx or 5xx code. */
        public boolean isError() {
            return status >= 400;
        }
    }

    /** Receives occurrences in text order; return false to stop the scan. */
    @FunctionalInterface
    public interface Listener {
        boolean onStatus(Occurrence occurrence);
    }

    /** Reports every status code in the text that stands in a status context, in text order. */
    public static void scan(CharSequence text, Listener listener) {
        int n = text.length();
        int line = 1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (c < '1' || c > '5' || i > 0 && joins(text.charAt(i - 1))) {
                i++;
                continue;
            }
            if (i + 3 > n || !isDigit(text.charAt(i + 1)) || !isDigit(text.charAt(i + 2))) {
                i++;
                continue;
            }
            if (i + 3 < n && (Character.isLetterOrDigit(text.charAt(i + 3))
                    || text.charAt(i + 3) == '.' && i + 4 < n && isDigit(text.charAt(i + 4)))) {
                i += 3; // part of a longer number, a version or an id
                continue;
            }
            int status = (c - '0') * 100 + (text.charAt(i + 1) - '0') * 10 + (text.charAt(i + 2) - '0');
            if (allowed(status)) {
                int strength = context(text, i, status) + (status >= 400 ? 1 : 0);
                if (strength >= MIN_STRENGTH
                        && !listener.onStatus(new Occurrence(status, new Span(i, i + 3), line, strength))) {
                    return;
                }
            }
            i += 3;
        }
    }

    /** The first {@code max} status codes in the text, in text order, with their offsets and lines. */
    public static List<Occurrence> find(CharSequence text, int max) {
        List<Occurrence> out = new ArrayList<>();
        if (max > 0) {
            scan(text, o -> {
                out.add(o);
                return out.size() < max;
            });
        }
        return out;
    }

    /** The codes worth reporting: success, client and server errors a limit can come with. */
    static boolean allowed(int s) {
        return s == 200 || s == 201 || s >= 400 && s <= 451 || s >= 500 && s <= 504 || s >= 520 && s <= 524
                || s == 529;
    }

    private static boolean joins(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int context(CharSequence text, int at, int status) {
        String before = text.subSequence(Math.max(0, at - LOOK_BEHIND), at).toString().toLowerCase(Locale.ROOT);
        String after = text.subSequence(at + 3, Math.min(text.length(), at + 3 + LOOK_AHEAD)).toString()
                .toLowerCase(Locale.ROOT);
        int best = 0;
        for (String[] p : PREFIXES) {
            if (before.endsWith(p[0])) {
                best = Math.max(best, Integer.parseInt(p[1]));
            }
        }
        best = Math.max(best, key(before));
        String afterTrim = after.startsWith(", b'") || after.startsWith(", b\"") ? after.substring(4)
                : after.stripLeading();
        for (String r : REASONS) {
            if (afterTrim.startsWith(r) && (status != 200 || r.equals("ok"))) {
                best = Math.max(best, 9);
            }
        }
        if (after.startsWith(" (" + status + ")")) {
            best = Math.max(best, 9); // .NET: HTTP 429 (429)
        }
        if (before.endsWith("[") && (after.startsWith(":") || after.startsWith("]"))) {
            best = Math.max(best, after.startsWith(":") ? 7 : 5); // [429:insufficient_quota], [429]
        }
        if (before.endsWith("(") && after.startsWith(")")) {
            best = Math.max(best, 5); // (429)
        }
        if (status != 200 && status != 201 && lineStartish(text, at)
                && (after.startsWith(" ") || after.startsWith(":") || after.isEmpty())) {
            best = Math.max(best, 6);
        }
        return best;
    }

    /** The strength of a key word ending the look-behind, separators set aside; 0 when there is none. */
    private static int key(String before) {
        int end = before.length();
        int separators = 0;
        while (end > 0 && separators < MAX_SEPARATORS && isSeparator(before.charAt(end - 1))) {
            end--;
            separators++;
        }
        if (separators == 0) {
            return 0; // "status429" is a word, not a status
        }
        String k = before.substring(0, end);
        int best = 0;
        for (String[] w : KEYS) {
            if (k.endsWith(w[0])) {
                int s = k.length() - w[0].length();
                if (s == 0 || !Character.isLetterOrDigit(k.charAt(s - 1))) {
                    best = Math.max(best, Integer.parseInt(w[1]));
                }
            }
        }
        return best;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' || c == '\'';
    }

    /** Nothing but white space, bullets or "Something: " labels between the line start and the number. */
    private static boolean lineStartish(CharSequence text, int at) {
        int ls = at;
        while (ls > 0 && at - ls < 80 && text.charAt(ls - 1) != '\n') {
            ls--;
        }
        if (ls > 0 && text.charAt(ls - 1) != '\n') {
            return false;
        }
        String prefix = text.subSequence(ls, at).toString().strip();
        if (prefix.isEmpty() || prefix.equals("-") || prefix.equals("*")) {
            return true;
        }
        if (!prefix.endsWith(":")) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.isDigit(prefix.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
