package dev.limittriage.evidence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads every JSON-like object in a text with Jackson's streaming parser, leniently (single quotes, unquoted
 * names, trailing commas, NaN, raw control characters, Python literals via {@link LenientReader}), and keeps the
 * scalar fields. What a broken object yields before the break is kept; scanning resumes where the parser stopped,
 * so each character is read by at most one parse and the cost stays linear. String values holding JSON are
 * unwrapped again, a few levels deep.
 */
final class JsonScan {
    static final int MAX_FIELDS = 20_000;
    private static final int MAX_UNWRAP_DEPTH = 5;
    private static final int MAX_NESTING = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_MISSING_VALUES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    private final List<Field> out;
    private int objects;

    JsonScan(List<Field> out) {
        this.out = out;
    }

    /** Scans the whole paste. */
    void scan(String text) {
        scan(text, null, 0);
    }

    private void scan(String text, @Nullable Span enclosing, int depth) {
        int i = text.indexOf('{');
        while (i >= 0 && out.size() < MAX_FIELDS) {
            int resume = i + 1;
            if (plausibleStart(text, i)) {
                resume = Math.max(resume, parseAt(text, i, enclosing, depth));
            }
            i = resume < text.length() ? text.indexOf('{', resume) : -1;
        }
    }

    /**
     * Whether an object can start here: "{", then a quoted or bare name followed by ':', or '}'. Checked by hand
     * so that prose braces, "{{{{" and escaped JSON ({\"a\": ...; the key/value scanner reads that) never cost a
     * parser and its exception.
     */
    private static boolean plausibleStart(String text, int i) {
        int n = text.length();
        int j = skipSpace(text, i + 1, Math.min(n, i + 64));
        if (j >= n) {
            return false;
        }
        char c = text.charAt(j);
        if (c == '}') {
            return true;
        }
        int nameEnd;
        if (c == '"' || c == '\'' || c == '\u201C' || c == '\u201D') {
            int limit = Math.min(n, j + 256);
            nameEnd = -1;
            for (int k = j + 1; k < limit; k++) {
                char d = text.charAt(k);
                if (d == '\\' || d == '\n') {
                    return false;
                }
                if (d == c || c == '\u201C' && d == '\u201D' || c == '\u201D' && d == '\u201C') {
                    nameEnd = k + 1;
                    break;
                }
            }
            if (nameEnd < 0) {
                return false;
            }
        } else if (Character.isLetter(c) || c == '_' || c == '$') {
            nameEnd = j;
            int limit = Math.min(n, j + 64);
            while (nameEnd < limit && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '_'
                    || text.charAt(nameEnd) == '$' || text.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
        } else {
            return false;
        }
        int colon = skipSpace(text, nameEnd, Math.min(n, nameEnd + 16));
        return colon < n && text.charAt(colon) == ':';
    }

    private static int skipSpace(String text, int from, int limit) {
        int j = from;
        while (j < limit && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Parses from {@code start}; returns the offset where parsing stopped. */
    private int parseAt(String text, int start, @Nullable Span enclosing, int depth) {
        Deque<String> names = new ArrayDeque<>();
        Deque<Integer> ids = new ArrayDeque<>();
        String name = "";
        int nameAt = -1;
        long stop = 1;
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(),
                new LenientReader(text, start, text.length()))) {
            try {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    switch (t) {
                        case START_OBJECT, START_ARRAY -> {
                            names.push(name);
                            ids.push(t == JsonToken.START_OBJECT ? objects++ : -1);
                        }
                        case END_OBJECT, END_ARRAY -> {
                            names.poll();
                            ids.poll();
                            if (names.isEmpty()) {
                                return start + (int) p.currentLocation().getCharOffset();
                            }
                        }
                        case PROPERTY_NAME -> {
                            name = p.currentName().toLowerCase(Locale.ROOT);
                            nameAt = enclosing != null ? -1 : start + (int) p.currentTokenLocation().getCharOffset();
                        }
                        default -> {
                            long from = p.currentTokenLocation().getCharOffset();
                            String value = t == JsonToken.VALUE_NULL ? "" : p.getString();
                            long to = p.currentLocation().getCharOffset();
                            Span span = enclosing != null ? enclosing
                                    : new Span(start + (int) from, start + (int) Math.max(from, to));
                            String key = names.isEmpty() ? "" : name;
                            String parent = names.isEmpty() ? "" : names.peek();
                            String key2 = ids.isEmpty() || ids.peek() >= 0 ? key : parent;
                            if (out.size() < MAX_FIELDS) {
                                out.add(new Field(key2, value, t == JsonToken.VALUE_STRING, span, depth, parent,
                                        ids.isEmpty() ? -1 : ids.peek(), key2.equals(key) ? nameAt : -1));
                            }
                            if (t == JsonToken.VALUE_STRING && depth < MAX_UNWRAP_DEPTH && value.indexOf('{') >= 0) {
                                scan(value, span, depth + 1);
                            }
                        }
                    }
                }
                stop = p.currentLocation().getCharOffset();
            } catch (JacksonException e) {
                stop = p.currentLocation().getCharOffset();
            }
        } catch (JacksonException e) {
            // a parser that cannot even start: skip this brace
            return start + 1;
        }
        return start + (int) Math.max(1, stop);
    }
}
