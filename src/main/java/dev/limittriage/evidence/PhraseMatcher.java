package dev.limittriage.evidence;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds many phrases at once in one left-to-right pass (Aho–Corasick), over a normalised view of the text:
 * lower case, full-width forms read as their ASCII twins (the JDK's NFKC), Latin accents dropped ("créditos" reads
 * as "creditos"), curly quotes straightened, runs of white space (including terminal wrapping) read as one space,
 * JSON escape backslashes dropped ({@code https:\/\/aka.ms} reads as {@code https://aka.ms}) and escaped
 * {@code \n}/{@code \t} read as a space. Matches are reported with spans into the original text, so the cost is
 * linear in the text whatever the number of phrases, and no regular expression ever sees user text.
 *
 * <p>Phrases in any script work (Chinese, Japanese, Korean, Cyrillic, ...): ASCII steps use a dense table, other
 * characters a hashed goto with failure links, so a large vocabulary in many scripts stays small in memory.
 */
public final class PhraseMatcher {
    private static final int ALPHABET = 128;
    /** Folded forms of U+0080..U+024F (Latin-1 and Latin Extended: accents dropped) and U+FF00..U+FFEF. */
    private static final char[] LATIN = new char[0x250];
    private static final char[] WIDE = new char[0xF0];

    static {
        for (int c = 0; c < LATIN.length; c++) {
            LATIN[c] = single(Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", ""), (char) c);
        }
        for (int i = 0; i < WIDE.length; i++) {
            char c = (char) (0xFF00 + i);
            WIDE[i] = single(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), c);
        }
    }

    private final List<String> phrases;
    /** ASCII character to its column in the transition table; 0 for characters no phrase uses (back to root). */
    private final int[] column = new int[ALPHABET];
    private final int columns;
    /**
     * The ASCII transitions, {@code states x columns}: as {@code char} while there are at most 65,536 states (the
     * built-in knowledge has about 10,500, and half the memory counts in the desktop app's footprint), as {@code int}
     * beyond. Exactly one of the two is set.
     */
    private final char @Nullable [] narrowDelta;
    private final int @Nullable [] wideDelta;
    private final Map<Long, Integer> wideGoto;
    private final int[] fail;
    private final int[][] outputs;
    private final int[] lengths;
    private final int ringMask;

    /** Receives one match: which phrase, and where in the original text. Return false to stop scanning. */
    @FunctionalInterface
    public interface Listener {
        boolean onMatch(int phrase, int start, int end);
    }

    private PhraseMatcher(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        int n = phrases.size();
        lengths = new int[n];
        List<String> normalised = new ArrayList<>(n);
        int used = 0;
        for (String phrase : phrases) {
            String norm = normalise(phrase);
            normalised.add(norm);
            for (int i = 0; i < norm.length(); i++) {
                char c = norm.charAt(i);
                if (c < ALPHABET && column[c] == 0) {
                    column[c] = ++used;
                }
            }
        }
        columns = used + 1;
        List<int[]> children = new ArrayList<>();
        children.add(newRow(columns));
        Map<Long, Integer> wide = new HashMap<>();
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        int maxLen = 1;
        for (int p = 0; p < n; p++) {
            String norm = normalised.get(p);
            lengths[p] = norm.length();
            maxLen = Math.max(maxLen, norm.length());
            if (norm.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < norm.length(); i++) {
                int c = norm.charAt(i);
                int next = c < ALPHABET ? children.get(state)[column[c]] : wide.getOrDefault(key(state, c), -1);
                if (next < 0) {
                    next = children.size();
                    children.add(newRow(columns));
                    out.add(new ArrayList<>());
                    if (c < ALPHABET) {
                        children.get(state)[column[c]] = next;
                    } else {
                        wide.put(key(state, c), next);
                    }
                }
                state = next;
            }
            out.get(state).add(p);
        }
        int size = children.size();
        // non-ASCII edges by parent state, for the breadth-first pass
        List<List<long[]>> wideEdges = new ArrayList<>();
        for (int s = 0; s < size; s++) {
            wideEdges.add(new ArrayList<>());
        }
        wide.forEach((k, child) -> wideEdges.get((int) (k >>> 16)).add(new long[] {k & 0xFFFF, child}));
        int[] delta = new int[size * columns];
        fail = new int[size];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < columns; c++) {
            int child = children.get(0)[c];
            if (child < 0) {
                delta[c] = 0;
            } else {
                delta[c] = child;
                fail[child] = 0;
                queue.add(child);
            }
        }
        for (long[] e : wideEdges.get(0)) {
            fail[(int) e[1]] = 0;
            queue.add((int) e[1]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int c = 0; c < columns; c++) {
                int child = children.get(s)[c];
                if (child < 0) {
                    delta[s * columns + c] = delta[fail[s] * columns + c];
                } else {
                    delta[s * columns + c] = child;
                    fail[child] = delta[fail[s] * columns + c];
                    queue.add(child);
                }
            }
            for (long[] e : wideEdges.get(s)) {
                int child = (int) e[1];
                fail[child] = wideStep(wide, fail[s], (char) e[0]);
                queue.add(child);
            }
        }
        wideGoto = wide;
        if (size <= Character.MAX_VALUE + 1) {
            narrowDelta = new char[delta.length];
            for (int k = 0; k < delta.length; k++) {
                narrowDelta[k] = (char) delta[k];
            }
            wideDelta = null;
        } else {
            narrowDelta = null;
            wideDelta = delta;
        }
        outputs = new int[size][];
        int[] none = new int[0];
        for (int s = 0; s < size; s++) {
            List<Integer> o = out.get(s);
            outputs[s] = o.isEmpty() ? none : o.stream().mapToInt(Integer::intValue).toArray();
        }
        int ring = Integer.highestOneBit(maxLen + 1) << 1;
        ringMask = ring - 1;
    }

    private static long key(int state, int c) {
        return ((long) state << 16) | c;
    }

    /** The next state from {@code state} on a non-ASCII character, following failure links. */
    private static int wideStep(Map<Long, Integer> wide, int[] fail, int state, char c) {
        int s = state;
        while (true) {
            Integer next = wide.get(key(s, c));
            if (next != null) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    private int wideStep(Map<Long, Integer> wide, int state, char c) {
        return wideStep(wide, fail, state, c);
    }

    /** Builds a matcher for these phrases; phrase indexes in matches are positions in this list. */
    public static PhraseMatcher of(List<String> phrases) {
        return new PhraseMatcher(phrases);
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Scans {@code text[from, to)} and reports every match, in order of their end. */
    public void scan(CharSequence text, int from, int to, Listener listener) {
        int state = 0;
        int[] ring = new int[ringMask + 1];
        int pos = 0;
        boolean lastSpace = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int origin = i;
            int next = i + 1;
            char n;
            if (c == '\\') {
                int j = i;
                while (j < to && text.charAt(j) == '\\') {
                    j++;
                }
                if (j < to && (text.charAt(j) == 'n' || text.charAt(j) == 't' || text.charAt(j) == 'r')) {
                    n = ' ';
                    next = j + 1;
                } else {
                    i = j;
                    continue;
                }
            } else {
                n = fold(c);
            }
            if (n == ' ') {
                if (lastSpace) {
                    i = next;
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            ring[pos & ringMask] = origin;
            state = n < ALPHABET ? step(state * columns + column[n]) : wideStep(wideGoto, fail, state, n);
            int[] hits = outputs[state];
            for (int h : hits) {
                int start = ring[(pos - lengths[h] + 1) & ringMask];
                if (!listener.onMatch(h, start, next)) {
                    return;
                }
            }
            pos++;
            i = next;
        }
    }

    private int step(int cell) {
        char[] narrow = narrowDelta;
        return narrow != null ? narrow[cell] : Objects.requireNonNull(wideDelta)[cell];
    }

    /** Whether the transition table is stored as {@code char} (at most 65,536 states). */
    boolean narrow() {
        return narrowDelta != null;
    }

    /** The normal form phrases are compared in (exposed so callers can normalise patterns the same way). */
    public static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean lastSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                continue;
            }
            char n = fold(c);
            if (n == ' ') {
                if (!lastSpace) {
                    b.append(' ');
                }
                lastSpace = true;
            } else {
                b.append(n);
                lastSpace = false;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    static char fold(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                return ' ';
            }
            if (c == '`') {
                return '\'';
            }
            return c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\uFF07' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\uFF02' -> {
                return '"';
            }
            // No-break space, line and paragraph separators, figure space, narrow no-break space, ideographic space:
            // numbers, not char escapes, which Google's checks (IllegalTokenText) reject for space-like characters.
            case 0x00A0, 0x2028, 0x2029, 0x2007, 0x202F, 0x3000 -> {
                return ' ';
            }
            case '\u2013', '\u2014' -> {
                return '-';
            }
            default -> {
                char f = c < LATIN.length ? LATIN[c] : c >= 0xFF00 && c < 0xFFF0 ? WIDE[c - 0xFF00] : c;
                if (f < 128 && f != c) {
                    return fold(f);
                }
                return Character.isWhitespace(f) ? ' ' : Character.toLowerCase(f);
            }
        }
    }

    /** The one character a normalisation gave, or the original when it gave none or several. */
    private static char single(String s, char original) {
        return s.length() == 1 ? s.charAt(0) : original;
    }

    private static int[] newRow(int columns) {
        int[] row = new int[columns];
        Arrays.fill(row, -1);
        return row;
    }

    @Override
    public String toString() {
        return "PhraseMatcher" + phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).limit(3).toList();
    }
}
