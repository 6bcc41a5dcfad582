package dev.limittriage.ui;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A case as saved on disk between sessions (redacted before it is written). Times are ISO-8601 strings so the
 * file reads the same everywhere.
 */
public record CaseDraft(int version, String id, String createdAt, String updatedAt, @Nullable String route,
                        String paste, List<Answer> answers, @Nullable String outcome, String notes,
                        Map<String, String> fields) {
    public static final int VERSION = 1;

    public CaseDraft {
        answers = List.copyOf(answers);
        fields = Map.copyOf(fields);
    }

    /** One recorded answer. */
    public record Answer(String questionId, String question, String answerId, String answer, String at) {
    }
}
