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
 */
record Field(String key, String value, boolean quoted, Span span, int depth, String parent, int object) {
}
