package dev.limittriage.packet;

import dev.limittriage.knowledge.Owner;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A case in progress (or finished) as the wizard autosaves it: the paste, the answers, what the user typed and
 * where the wizard stood. The store redacts every string before it writes one.
 *
 * @param id            file-safe id ({@code case-20261128-090512-3fa2})
 * @param title         what "Recent cases" shows
 * @param created       when the case was started
 * @param updated       when it was last saved
 * @param finished      true once exported or closed
 * @param owner         the diagnosed owner, when there is one
 * @param paste         the paste (redacted when stored)
 * @param entered       fields the user typed, by name
 * @param answers       the interview so far, with times
 * @param route         the route the user picked in the wizard (free text or an owner id), if any
 * @param currentStep   the tree node to resume at, if any
 * @param callerMode    whether support staff are reading the script to a caller
 * @param callStartedAt when the call started, in caller mode
 * @param callEndedAt   when the call ended, in caller mode
 */
public record CaseDraft(String id, String title, Instant created, Instant updated, boolean finished,
                        @Nullable Owner owner, String paste, Map<FieldName, String> entered,
                        List<AnsweredQuestion> answers, @Nullable String route, @Nullable String currentStep,
                        boolean callerMode, @Nullable Instant callStartedAt, @Nullable Instant callEndedAt) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    public CaseDraft {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("bad case id: " + id);
        }
        EnumMap<FieldName, String> copy = new EnumMap<>(FieldName.class);
        copy.putAll(entered);
        entered = Collections.unmodifiableMap(copy);
        answers = List.copyOf(answers);
    }

    /** A new empty case with a fresh id. */
    public static CaseDraft start(Instant now) {
        String id = "case-" + ID_TIME.format(now) + "-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        return new CaseDraft(id, "New case", now, now, false, null, "", Map.of(), List.of(), null, null, false,
                null, null);
    }

    /** Ids are file names: letters, digits, dot, dash, underscore, not starting with a dot. */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    public CaseDraft withPaste(String newPaste) {
        return new CaseDraft(id, title, created, updated, finished, owner, newPaste, entered, answers, route,
                currentStep, callerMode, callStartedAt, callEndedAt);
    }

    public CaseDraft withTitle(String newTitle) {
        return new CaseDraft(id, newTitle, created, updated, finished, owner, paste, entered, answers, route,
                currentStep, callerMode, callStartedAt, callEndedAt);
    }

    public CaseDraft withOwner(@Nullable Owner newOwner) {
        return new CaseDraft(id, title, created, updated, finished, newOwner, paste, entered, answers, route,
                currentStep, callerMode, callStartedAt, callEndedAt);
    }

    /** Sets one typed field; a blank value removes it. */
    public CaseDraft withEntered(FieldName field, String value) {
        EnumMap<FieldName, String> copy = new EnumMap<>(FieldName.class);
        copy.putAll(entered);
        if (value.isBlank()) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return new CaseDraft(id, title, created, updated, finished, owner, paste, copy, answers, route,
                currentStep, callerMode, callStartedAt, callEndedAt);
    }

    public CaseDraft withAnswers(List<AnsweredQuestion> newAnswers, @Nullable String newCurrentStep) {
        return new CaseDraft(id, title, created, updated, finished, owner, paste, entered, newAnswers, route,
                newCurrentStep, callerMode, callStartedAt, callEndedAt);
    }

    public CaseDraft withRoute(@Nullable String newRoute) {
        return new CaseDraft(id, title, created, updated, finished, owner, paste, entered, answers, newRoute,
                currentStep, callerMode, callStartedAt, callEndedAt);
    }

    public CaseDraft withCall(boolean newCallerMode, @Nullable Instant startedAt, @Nullable Instant endedAt) {
        return new CaseDraft(id, title, created, updated, finished, owner, paste, entered, answers, route,
                currentStep, newCallerMode, startedAt, endedAt);
    }

    public CaseDraft updatedAt(Instant when) {
        return new CaseDraft(id, title, created, when, finished, owner, paste, entered, answers, route,
                currentStep, callerMode, callStartedAt, callEndedAt);
    }

    public CaseDraft finishedAt(Instant when) {
        return new CaseDraft(id, title, created, when, true, owner, paste, entered, answers, route, currentStep,
                callerMode, callStartedAt, callEndedAt);
    }

    /** The same draft with every free-text string passed through one redaction session. */
    public CaseDraft redacted(Redactor.Session session) {
        EnumMap<FieldName, String> red = new EnumMap<>(FieldName.class);
        entered.forEach((k, v) -> red.put(k, session.apply(v)));
        return new CaseDraft(id, session.apply(title), created, updated, finished, owner, session.apply(paste), red,
                answers.stream().map(q -> new AnsweredQuestion(session.apply(q.questionId()),
                        session.apply(q.question()), session.apply(q.answerId()), session.apply(q.answer()),
                        q.at())).toList(),
                route == null ? null : session.apply(route),
                currentStep == null ? null : session.apply(currentStep), callerMode, callStartedAt, callEndedAt);
    }

    public CaseSummary summary() {
        return new CaseSummary(id, title, updated, owner, finished);
    }
}
