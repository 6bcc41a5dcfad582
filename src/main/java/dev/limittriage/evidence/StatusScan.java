package dev.limittriage.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds HTTP status codes in the many ways pastes write them ({@code HTTP/2 429}, {@code Error code: 429 -},
 * {@code (status code 403)}, {@code "status": 429}, {@code 429 Too Many Requests}, {@code [429:insufficient_quota]},
 * {@code HTTP 429 (429)}, a line starting with {@code 403 —}). Every three-digit number is judged by a few
 * characters of context on either side, so the scan is linear and a random number in a log is not taken.
 */
final class StatusScan {
    private static final int MAX_HITS = 500;
    private static final String[][] BEFORE = {
        {"http/1.1 ", "10"}, {"http/1.0 ", "10"}, {"http/2 ", "10"}, {"http/2.0 ", "10"}, {"http/3 ", "10"},
        {"http ", "9"}, {"error code: ", "9"}, {"error code ", "9"}, {"status code: ", "9"}, {"status code ", "9"},
        {"status code", "8"}, {"status_code=", "9"}, {"status_code: ", "9"}, {"statuscode: ", "9"},
        {"status: ", "8"}, {"status=", "8"}, {"\"status\":", "8"}, {"'status': ", "8"}, {"\"status\": ", "8"},
        {"error (", "8"}, {"code (", "7"}, {"error ", "6"}, {"text ", "5"}, {"[", "4"}, {"(", "3"},
        {"returned ", "6"}, {"failed with ", "6"}, {"status ", "7"}};
    private static final String[] REASONS = {"too many requests", "bad request", "unauthorized", "payment required",
        "forbidden", "not found", "internal server error", "bad gateway", "service unavailable", "gateway timeout",
        "ok", "request entity too large", "conflict", "unprocessable"};

    private StatusScan() {
    }

    /** One status found, scored by its context. */
    record Hit(int status, Span span, int score) {
    }

    static List<Hit> scan(String text, List<Field> fields) {
        List<Hit> hits = new ArrayList<>();
        for (Field f : fields) {
            if ((f.key().equals("status") || f.key().equals("statuscode") || f.key().equals("status_code")
                    || f.key().equals("code") || f.key().equals("http_status")) && !f.quoted()
                    || f.key().equals("code") && f.quoted()) {
                Integer s = EvidenceExtractorSupport.asStatus(f.value());
                if (s != null && allowed(s) && hits.size() < MAX_HITS) {
                    hits.add(new Hit(s, f.span(), f.key().equals("code") ? 6 : 8));
                }
            }
        }
        int n = text.length();
        int i = 0;
        int successes = 0;
        int errors = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '1' || c > '5') {
                i++;
                continue;
            }
            if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
                    || text.charAt(i - 1) == '_' || text.charAt(i - 1) == '-')) {
                i++;
                continue;
            }
            if (i + 3 > n || !Character.isDigit(text.charAt(i + 1)) || !Character.isDigit(text.charAt(i + 2))) {
                i++;
                continue;
            }
            if (i + 3 < n && (Character.isLetterOrDigit(text.charAt(i + 3)) || text.charAt(i + 3) == '.'
                    && i + 4 < n && Character.isDigit(text.charAt(i + 4)))) {
                i += 3;
                continue;
            }
            int status = (c - '0') * 100 + (text.charAt(i + 1) - '0') * 10 + (text.charAt(i + 2) - '0');
            if (allowed(status)) {
                // an error status outranks a success status written the same way ("status=200" lines of a log)
                int score = score(text, i, status) + (status >= 400 ? 1 : 0);
                // counted apart, so a log full of "status=200" cannot use up the room an error needs
                boolean room = status >= 400 ? errors++ < MAX_HITS : successes++ < MAX_HITS;
                if (score >= 6 && room) {
                    hits.add(new Hit(status, new Span(i, i + 3), score));
                }
            }
            i += 3;
        }
        hits.sort((a, b) -> Integer.compare(b.score(), a.score()));
        return hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : hits;
    }

    private static boolean allowed(int s) {
        return s == 200 || s == 201 || s >= 400 && s <= 451 || s >= 500 && s <= 504 || s == 529;
    }

    private static int score(String text, int at, int status) {
        int best = 0;
        int lb = Math.max(0, at - 16);
        String before = text.substring(lb, at).toLowerCase(Locale.ROOT);
        for (String[] b : BEFORE) {
            if (before.endsWith(b[0])) {
                best = Math.max(best, Integer.parseInt(b[1]));
            }
        }
        int end = Math.min(text.length(), at + 3 + 32);
        String after = text.substring(at + 3, end).toLowerCase(Locale.ROOT);
        String afterTrim = after.startsWith(", b'") || after.startsWith(", b\"") ? after.substring(4)
                : after.stripLeading();
        for (String r : REASONS) {
            if (afterTrim.startsWith(r) && (status != 200 || r.equals("ok"))) {
                best = Math.max(best, 9);
            }
        }
        if (after.startsWith(":") && before.endsWith("[")) {
            best = Math.max(best, 7); // [429:insufficient_quota]
        }
        if (after.startsWith(" (" + status + ")")) {
            best = Math.max(best, 9); // .NET: HTTP 429 (429)
        }
        if (status != 200 && status != 201 && lineStartish(text, at)
                && (after.startsWith(" ") || after.startsWith(":") || after.startsWith(" {") || after.isEmpty())) {
            best = Math.max(best, 6);
        }
        if (best == 3 && !after.startsWith(")")) {
            best = 0;
        }
        if (best == 3) {
            best = 5; // "(429)"
        }
        if (best == 4 && !after.startsWith(":") && !after.startsWith("]")) {
            best = 0;
        }
        if (best == 4) {
            best = 5;
        }
        return best;
    }

    /** Nothing but white space, bullets or "Something: " labels between the line start and the number. */
    private static boolean lineStartish(String text, int at) {
        int ls = at;
        while (ls > 0 && at - ls < 80 && text.charAt(ls - 1) != '\n') {
            ls--;
        }
        if (ls > 0 && text.charAt(ls - 1) != '\n') {
            return false;
        }
        String prefix = text.substring(ls, at).strip();
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
