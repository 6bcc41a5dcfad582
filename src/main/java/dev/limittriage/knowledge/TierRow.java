package dev.limittriage.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * One row of a tier or quota table. Absent numbers are {@code null}; {@code supported} is false for a tier that
 * cannot use the model at all (gpt-image-2 on Free).
 */
public record TierRow(String tier, boolean supported, @Nullable Long tpm, @Nullable Long ipm, @Nullable Long rpm,
                      @Nullable String monthlyLimit, @Nullable String qualification, @Nullable String note) {
}
