package dev.limittriage.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the parts of a very large paste (a whole log) worth reading closely: the lines around error words, with
 * some context, strongest first. The structured scanners then read only those regions, so a 50 MB log with one
 * error costs one fast pass plus a few small reads, and the fields of ordinary log lines cannot crowd out the
 * error's own.
 */
final class Regions {
    static final int BIG = 1 << 20;
    private static final int BEFORE = 4 * 1024;
    private static final int AFTER = 16 * 1024;
    private static final int MAX_REGIONS = 48;

    private static final List<String> WORDS = List.of("429", "402", "403", "quota", "rate limit", "ratelimit",
            "rate_limit", "exceeded", "insufficient", "billing", "too many requests", "forbidden", "moderation",
            "safety system", "content_filter", "content policy", "overloaded", "throttled", "resource_exhausted",
            "must be verified", "does not have access", "budget", "credits", "user is locked", "retry-after",
            "try again", "retry after", "error", "exception", "traceback", "failed");
    /** Words that on their own say little (a log says "error" often); the rest weigh 3. */
    private static final int WEAK_FROM = WORDS.indexOf("error");
    private static final PhraseMatcher MATCHER = PhraseMatcher.of(WORDS);

    private Regions() {
    }

    record Region(int start, int end, int score) {
    }

    /** Regions in text order, at most {@link #MAX_REGIONS}, each a run of whole lines. */
    static List<Region> find(String text) {
        List<Region> raw = new ArrayList<>();
        int[] last = {-1, -1, 0};
        MATCHER.scan(text, 0, text.length(), (p, s, e) -> {
            int weight = p >= WEAK_FROM ? 1 : 3;
            if (last[0] >= 0 && s <= last[1]) {
                last[2] += weight; // same region: only add to its score
                if (e + AFTER > last[1]) {
                    last[1] = lineEnd(text, Math.min(text.length(), e + AFTER));
                }
                return true;
            }
            if (last[0] >= 0) {
                raw.add(new Region(last[0], last[1], last[2]));
            }
            last[0] = lineStart(text, Math.max(0, s - BEFORE));
            last[1] = lineEnd(text, Math.min(text.length(), e + AFTER));
            last[2] = weight;
            return true;
        });
        if (last[0] >= 0) {
            raw.add(new Region(last[0], last[1], last[2]));
        }
        List<Region> best = new ArrayList<>(raw);
        best.sort(Comparator.comparingInt(Region::score).reversed().thenComparingInt(Region::start));
        List<Region> picked = new ArrayList<>(best.subList(0, Math.min(MAX_REGIONS, best.size())));
        picked.sort(Comparator.comparingInt(Region::start));
        return picked;
    }

    // Both searches are bounded: an unbounded indexOf per match would make an 8 MB line without a newline
    // quadratic.
    private static int lineStart(String text, int i) {
        int stop = Math.max(0, i - BEFORE);
        for (int k = Math.min(i, text.length() - 1); k >= stop; k--) {
            if (text.charAt(k) == '\n') {
                return k + 1;
            }
        }
        return i;
    }

    private static int lineEnd(String text, int i) {
        int stop = Math.min(text.length(), i + AFTER);
        for (int k = i; k < stop; k++) {
            if (text.charAt(k) == '\n') {
                return k;
            }
        }
        return Math.min(text.length(), i);
    }
}
