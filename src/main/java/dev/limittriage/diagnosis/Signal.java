package dev.limittriage.diagnosis;

import dev.limittriage.evidence.Span;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence that decided (or moved) the diagnosis.
 *
 * @param kind  what kind of signal: "error_code", "error_type", "phrase", "http_status", "header", "limit_grammar",
 *              "delay", "azure_marker", "gateway_marker", ...
 * @param value the text that matched, or a short description
 * @param span  where in the paste; null when the signal is not tied to text (an answer to a question)
 * @param ruleId the knowledge rule that matched, or null
 */
public record Signal(String kind, String value, @Nullable Span span, @Nullable String ruleId) {
}
