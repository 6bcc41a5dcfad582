package dev.limittriage.ui.classify;

import org.jspecify.annotations.Nullable;

/**
 * A run of the paste as the highlighted view shows it.
 *
 * @param text   the characters
 * @param signal the signal kind that covers it, or null for plain text
 * @param start  where it starts in the paste (-1 for an elision marker)
 */
public record Segment(String text, @Nullable String signal, int start) {
}
