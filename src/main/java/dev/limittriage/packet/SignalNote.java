package dev.limittriage.packet;

import org.jspecify.annotations.Nullable;

/**
 * A signal of the diagnosis as kept in the packet. Spans are left out on purpose: they point into the paste before
 * redaction and would be wrong for the redacted text.
 *
 * @param kind   the signal kind ("error_code", "header", ...)
 * @param value  the matched text (redacted)
 * @param ruleId the knowledge rule that matched, or null
 */
public record SignalNote(String kind, String value, @Nullable String ruleId) {
}
