package dev.limittriage.evidence;

/**
 * One fact found in a paste, with where it was found.
 *
 * @param kind  what it is
 * @param value the value, unquoted and unescaped
 * @param span  where it is in the original paste (for a value found inside escaped, nested JSON: the
 *              enclosing string's span)
 */
public record Fact(FactKind kind, String value, Span span) {
}
