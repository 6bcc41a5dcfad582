package dev.limittriage.knowledge;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from and when it was last checked.
 *
 * @param title    human-readable name of the source ("OpenAI rate-limits guide")
 * @param url      address, when it has one
 * @param kind     official, sdk-source, third-party or user-report
 * @param checkedOn the day the value was last compared with the source
 */
public record Source(String title, @Nullable String url, String kind, LocalDate checkedOn) {
}
