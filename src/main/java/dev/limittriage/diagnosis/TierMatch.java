package dev.limittriage.diagnosis;

import org.jspecify.annotations.Nullable;

/**
 * What the {@code x-ratelimit-limit-*} headers say about the project's tier.
 *
 * @param tableId      the tier table compared with
 * @param tier         the published tier the limits match, or null
 * @param tighter      true when the limits are below every published tier that supports the model
 * @param explanation  one plain sentence
 */
public record TierMatch(String tableId, @Nullable String tier, boolean tighter, String explanation) {
}
