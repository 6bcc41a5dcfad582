package dev.limittriage.packet;

import java.time.LocalDate;

/**
 * Which knowledge data the diagnosis used, so a reader can tell how fresh the advice was.
 *
 * @param version   the data version from manifest.json
 * @param checkedOn the day the data was last checked
 */
public record KnowledgeStamp(String version, LocalDate checkedOn) {
}
