package dev.limittriage.ui.classify;

/**
 * A signal as a chip: its kind (translated), the text that matched, and where (start -1 when not tied to text).
 */
public record SignalChip(String kind, String label, String value, int start, int end) {
}
