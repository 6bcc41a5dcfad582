package dev.limittriage.evidence;

/**
 * A response or request header found in any dump form.
 *
 * @param name  lower-case name
 * @param value value as written, trimmed, without quotes
 * @param span  where the header (name and value) is in the original paste
 */
public record Header(String name, String value, Span span) {
}
