package dev.limittriage.ui.classify;

/**
 * One row of the parsed-evidence table.
 *
 * @param group "header" or "identifier" (shown translated)
 * @param name  the header name or the identifier's kind, as shown
 * @param value the value as found
 */
public record EvidenceRow(String group, String name, String value) {
}
