package dev.limittriage.evidence;

/**
 * One key/value pair read from a structured part of a paste (JSON, Python repr, JS object, PHP print_r, logfmt).
 *
 * @param key      the key as written, lower-cased
 * @param value    the value, unquoted and unescaped; "" for null-like values
 * @param quoted   whether the value was a string (as opposed to a number, boolean or bare word)
 * @param span     where the value is in the original paste (for nested JSON-in-a-string: the enclosing string)
 * @param depth    0 for text of the paste itself, 1+ for JSON found inside a string value
 * @param parent   the lower-cased key of the enclosing object ("" at the top)
 * @param object   an id shared by the fields of one object (to pair HAR name/value entries); -1 when unknown
 * @param keyStart where the key starts in the paste, or -1 when not known (nested JSON)
 */
record Field(String key, String value, boolean quoted, Span span, int depth, String parent, int object,
             int keyStart) {
    /** The key and the value together, for highlighting a header read from a JSON-like dump. */
    Span keyAndValue() {
        return keyStart >= 0 && keyStart <= span.start() ? new Span(keyStart, span.end()) : span;
    }
}
