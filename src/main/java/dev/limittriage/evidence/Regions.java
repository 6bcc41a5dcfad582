package dev.limittriage.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the parts of a very large paste (a whole log) worth reading closely: the lines around error words and
 * error status codes, with some context, strongest first. The structured scanners then read only those regions,
 * so a 50 MB log with one error costs one fast pass plus a few small reads, and the fields of ordinary log lines
 * cannot crowd out the error's own.
 *
 * <p>Two rules keep one real error from drowning in a log whose every line says "error" or carries an id:
 * <ul>
 *   <li>a region never grows past {@link #MAX_SPAN} of matches, so regions cannot chain across megabytes;</li>
 *   <li>a region's score counts the <em>different</em> strong cues in it (an error status in a status context,
 *       "rate limit", "quota", ...) before anything else; weak words ("error", "failed") only break ties, however
 *       many there are.</li>
 * </ul>
 * Status codes count only where {@link StatusCodes} says they stand as codes, never as digits inside ids or
 * timings ({@code req_00004290}, {@code took=4293ms}).
 */
final class Regions {
    static final int BIG = 1 << 20;
    static final int MAX_SPAN = 32 * 1024;
    private static final int BEFORE = 4 * 1024;
    private static final int AFTER = 16 * 1024;
    private static final int MAX_REGIONS = 48;
    private static final int MAX_WEAK_REGIONS = 8;
    private static final int WEAK_CAP = 15;
    /** The score of one strong cue; anything below it has weak words only. */
    private static final int STRONG = 16;

    private static final List<String> WORDS = List.of("quota", "rate limit", "ratelimit", "rate_limit", "exceeded",
            "insufficient", "billing", "too many requests", "forbidden", "moderation", "safety system",
            "content_filter", "content policy", "overloaded", "throttled", "resource_exhausted", "must be verified",
            "does not have access", "budget", "credits", "user is locked", "retry-after", "retry after",
            "try again", "error", "exception", "traceback", "failed");
    /** Words that on their own say little (a log says "error" often); the ones before it are strong. */
    private static final int WEAK_FROM = WORDS.indexOf("error");
    /** The strong-cue bit for an error status written as one (the words use bits 0..WEAK_FROM-1). */
    private static final int STATUS_BIT = WEAK_FROM;
    private static final PhraseMatcher MATCHER = PhraseMatcher.of(WORDS);

    private Regions() {
    }

    /**
     * A run of whole lines worth reading closely.
     *
     * @param score 16 per different strong cue, plus up to 15 for the number of matches
     */
    record Region(int start, int end, int score) {
    }

    /**
     * Regions in text order, at most {@link #MAX_REGIONS}, each a run of whole lines. Neighbours may overlap by
     * their context lines; whoever reads them drops what was read twice.
     */
    static List<Region> find(String text) {
        int[] statuses = errorStatuses(text);
        Builder builder = new Builder(text);
        int[] next = {0};
        MATCHER.scan(text, 0, text.length(), (p, s, e) -> {
            while (next[0] < statuses.length && statuses[next[0]] < s) {
                builder.add(STATUS_BIT, true, statuses[next[0]], statuses[next[0]] + 3);
                next[0]++;
            }
            builder.add(p, p < WEAK_FROM, s, e);
            return true;
        });
        while (next[0] < statuses.length) {
            builder.add(STATUS_BIT, true, statuses[next[0]], statuses[next[0]] + 3);
            next[0]++;
        }
        builder.close();
        List<Region> best = new ArrayList<>(builder.regions);
        best.sort(Comparator.comparingInt(Region::score).reversed().thenComparingInt(Region::start));
        List<Region> picked = new ArrayList<>();
        int weak = 0;
        for (Region r : best) {
            if (picked.size() == MAX_REGIONS) {
                break;
            }
            // regions with weak words only are read when there is room, and then only a few: reading them
            // closely costs time and adds the fields of ordinary log lines
            if (r.score() >= STRONG || weak++ < MAX_WEAK_REGIONS) {
                picked.add(r);
            }
        }
        picked.sort(Comparator.comparingInt(Region::start));
        return picked;
    }

    /** Where error statuses (4xx, 5xx) stand as status codes, in text order. */
    private static int[] errorStatuses(String text) {
        int[][] out = {new int[64]};
        int[] size = {0};
        StatusCodes.scan(text, o -> {
            if (o.isError()) {
                if (size[0] == out[0].length) {
                    out[0] = Arrays.copyOf(out[0], size[0] * 2);
                }
                out[0][size[0]++] = o.span().start();
            }
            return true;
        });
        return Arrays.copyOf(out[0], size[0]);
    }

    /** Groups matches, in text order, into regions; constant work per match. */
    private static final class Builder {
        private final String text;
        private final List<Region> regions = new ArrayList<>();
        private int first = -1;
        private int lastEnd;
        private long strong;
        private int matches;

        Builder(String text) {
            this.text = text;
        }

        void add(int cue, boolean isStrong, int start, int end) {
            if (first >= 0 && (start > lastEnd + AFTER || start - first >= MAX_SPAN)) {
                close();
            }
            if (first < 0) {
                first = start;
                lastEnd = end;
                strong = 0;
                matches = 0;
            }
            lastEnd = Math.max(lastEnd, end);
            if (isStrong) {
                strong |= 1L << cue;
            }
            matches++;
        }

        void close() {
            if (first < 0) {
                return;
            }
            int start = lineStart(text, Math.max(0, first - BEFORE));
            int end = lineEnd(text, Math.min(text.length(), lastEnd + AFTER));
            regions.add(new Region(start, Math.max(start, end), STRONG * Long.bitCount(strong)
                    + Math.min(WEAK_CAP, matches)));
            first = -1;
        }
    }

    // Both searches are bounded: an unbounded search per region would make an 8 MB line without a newline slow.
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
