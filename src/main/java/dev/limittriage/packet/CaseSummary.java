package dev.limittriage.packet;

import dev.limittriage.knowledge.Owner;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of "Recent cases".
 *
 * @param id       the case id, for {@code load} and {@code delete}
 * @param title    the case title
 * @param updated  when it was last saved
 * @param owner    the diagnosed owner, if any
 * @param finished whether the case was finished
 */
public record CaseSummary(String id, String title, Instant updated, @Nullable Owner owner, boolean finished) {
}
