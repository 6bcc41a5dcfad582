package dev.limittriage.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One image model id and where it is in its life: active, deprecated (with a shutdown date) or shut down, and what
 * to move to, as OpenAI's deprecations page gives it on the day the data was checked.
 *
 * @param id           the model id ("gpt-image-1")
 * @param aliases      other ids that name the same model (dated snapshots)
 * @param status       the status on the day the source was checked
 * @param noticeDate   when the retirement was announced, if known
 * @param shutdownDate when it stops (or stopped) accepting requests, if announced
 * @param replacements the recommended models to move to, in the page's order (empty for an active model)
 * @param note         where sources disagree or what else to know, or null
 * @param source       where the status comes from
 */
public record ModelLifecycle(String id, List<String> aliases, ModelStatus status, @Nullable LocalDate noticeDate,
                             @Nullable LocalDate shutdownDate, List<String> replacements, @Nullable String note,
                             Source source) {
    public ModelLifecycle {
        aliases = List.copyOf(aliases);
        replacements = List.copyOf(replacements);
    }

    /** The status on {@code day}: a deprecated model whose shutdown date has come is shut down. */
    public ModelStatus statusOn(LocalDate day) {
        if (status == ModelStatus.DEPRECATED && shutdownDate != null && !day.isBefore(shutdownDate)) {
            return ModelStatus.SHUT_DOWN;
        }
        return status;
    }

    /** Whether {@code name} is this model's id or one of its aliases (case-insensitive). */
    public boolean isNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return id.equals(n) || aliases.contains(n);
    }

    /** Every id this model answers to: the id, then its aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(id), aliases.stream()).toList();
    }

    /** "gpt-image-2.6-sunburst or gpt-image-2.6-flare", or "" when there is no replacement. */
    public String replacementWords() {
        if (replacements.isEmpty()) {
            return "";
        }
        if (replacements.size() == 1) {
            return replacements.get(0);
        }
        return String.join(", ", replacements.subList(0, replacements.size() - 1)) + " or "
                + replacements.get(replacements.size() - 1);
    }
}
