package dev.limittriage.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads lines hard-wrapped at a fixed width (a terminal's 80, 100 or 120 columns, {@code fold -w}) as the one line
 * they were. Such a wrap cuts wherever the width ends: inside a word ("rate li" / "mit"), inside a JSON string,
 * inside an error code. Joined again, the phrase rules match and the JSON parses.
 *
 * <p>A paste counts as hard-wrapped at width W when no line is longer than W and lines of exactly W characters are
 * followed by more text: at least two of them, or one that cuts a word in two when W is a usual terminal width.
 * Lines padded to their width (trailing spaces, a box border) are tables or boxes, not wraps. Each wrapped line
 * is joined with the next by dropping the line break ({@code \n} or {@code \r\n}); offsets in the joined text map
 * back to the paste with {@link Joined#toOriginal(int)}. Linear; nothing is joined in pastes that do not look
 * wrapped.
 */
public final class HardWraps {
    private static final int MIN_WIDTH = 60;
    private static final int MAX_WIDTH = 400;
    private static final int[] USUAL_WIDTHS = {72, 76, 78, 79, 80, 90, 100, 110, 120, 132, 140, 150, 160};

    private HardWraps() {
    }

    /**
     * A paste with its hard wraps joined.
     *
     * @param text  the joined text
     * @param width the width the paste was wrapped at
     * @param cuts  for each dropped line break, in order: where the text after it starts in the joined text
     * @param shift for each dropped line break: how many characters were dropped up to and including it
     */
    public record Joined(String text, int width, int[] cuts, int[] shift) {
        public Joined {
            cuts = cuts.clone();
            shift = shift.clone();
        }

        /** The offset in the paste of an offset in the joined text. */
        public int toOriginal(int offset) {
            int k = Arrays.binarySearch(cuts, offset);
            if (k < 0) {
                k = -k - 2; // the last cut before the offset
            }
            return k < 0 ? offset : offset + shift[k];
        }

        /** The span of the paste that holds a span of the joined text (line breaks inside it included). */
        public Span toOriginal(Span span) {
            int start = toOriginal(span.start());
            int end = span.length() == 0 ? start : toOriginal(span.end() - 1) + 1;
            return new Span(start, Math.max(start, end));
        }

        /** How many line breaks were dropped. */
        public int joins() {
            return cuts.length;
        }
    }

    /** The paste with its hard wraps joined, or empty when it does not look hard-wrapped. */
    public static Optional<Joined> join(String text) {
        int width = width(text);
        if (width == 0) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(text.length());
        int[] cuts = new int[16];
        int[] shift = new int[16];
        int joins = 0;
        int dropped = 0;
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int contentEnd = nl < 0 ? n : contentEnd(text, lineStart, nl);
            b.append(text, lineStart, contentEnd);
            if (nl < 0) {
                break;
            }
            if (contentEnd - lineStart == width && cutAt(text, lineStart, contentEnd, nl)) {
                dropped += nl + 1 - contentEnd;
                if (joins == cuts.length) {
                    cuts = Arrays.copyOf(cuts, joins * 2);
                    shift = Arrays.copyOf(shift, joins * 2);
                }
                cuts[joins] = b.length();
                shift[joins] = dropped;
                joins++;
            } else {
                b.append(text, contentEnd, nl + 1);
            }
            lineStart = nl + 1;
        }
        return Optional.of(new Joined(b.toString(), width, Arrays.copyOf(cuts, joins), Arrays.copyOf(shift, joins)));
    }

    /** The width the paste is hard-wrapped at, or 0. */
    static int width(String text) {
        int n = text.length();
        int longest = 0;
        int atLongest = 0;
        boolean midWord = false;
        int lineStart = 0;
        while (lineStart < n) {
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                if (n - lineStart > longest) {
                    return 0; // a last line longer than every wrapped one: not wrapped
                }
                break;
            }
            int end = contentEnd(text, lineStart, nl);
            int len = end - lineStart;
            boolean cut = cutAt(text, lineStart, end, nl);
            if (len > longest) {
                longest = len;
                atLongest = cut ? 1 : 0;
                midWord = cut && midWord(text, end, nl);
            } else if (len == longest && cut) {
                atLongest++;
            }
            lineStart = nl + 1;
        }
        if (longest < MIN_WIDTH || longest > MAX_WIDTH || atLongest == 0) {
            return 0;
        }
        if (atLongest >= 2) {
            return longest;
        }
        // one wrapped line only: believe it at a usual terminal width, and only where it cuts a word in two
        for (int w : USUAL_WIDTHS) {
            if (w == longest && midWord) {
                return longest;
            }
        }
        return 0;
    }

    private static int contentEnd(String text, int lineStart, int nl) {
        return nl > lineStart && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
    }

    /**
     * Whether the line could have been cut by a wrap: text follows it, and it is not padded to its width (two
     * trailing spaces, or a box border), which a table or a terminal box is.
     */
    private static boolean cutAt(String text, int lineStart, int end, int nl) {
        if (nl + 1 >= text.length() || isBreak(text.charAt(nl + 1)) || end == lineStart) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last == '\u2502' || last == '|' || last == '\u2551') {
            return false;
        }
        return !(end - lineStart >= 2 && last == ' ' && text.charAt(end - 2) == ' ');
    }

    /** Whether the cut splits a word, a number or an identifier ({@code insufficient_qu} / {@code ota}). */
    private static boolean midWord(String text, int end, int nl) {
        return isWordChar(text.charAt(end - 1)) && nl + 1 < text.length() && isWordChar(text.charAt(nl + 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
