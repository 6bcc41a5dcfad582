package dev.limittriage.plan;

import dev.limittriage.diagnosis.Diagnosis;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A calendar reminder at the reset that unblocks the user.
 *
 * @param uid         stable for the same reset of the same limit, so importing it twice updates one event
 * @param stamp       when the reminder was made
 * @param start       the reset time
 * @param summary     names the limit ("Image limit resets: IPM (OpenAI API)")
 * @param description the next step, and what the time was read from
 */
public record Reminder(String uid, Instant stamp, Instant start, String summary, String description) {

    /** The reminder for the timeline's unblocking reset; empty when the paste gives no reset. */
    public static Optional<Reminder> of(Diagnosis d, ResetTimeline timeline, String ownerName, Instant now) {
        ResetTimeline.Reset r = timeline.unblocking();
        if (r == null) {
            return Optional.empty();
        }
        String summary = "Image limit resets: " + r.label() + " (" + ownerName + ")";
        String anchor = switch (r.anchor()) {
            case ABSOLUTE -> "a clock time in the paste";
            case RESPONSE_DATE -> "the response's Date header";
            case PASTE_TIME -> "the time of pasting (the paste has no Date header)";
        };
        String description = "Next step: " + d.nextStep() + "\n" + "Do not: " + d.doNot() + "\n"
                + "Read from \"" + r.raw() + "\", measured from " + anchor + ".";
        String key = d.owner().id() + "|" + r.label() + "|" + r.at();
        String uid = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@limit-triage";
        return Optional.of(new Reminder(uid, now, r.at(), summary, description));
    }
}
