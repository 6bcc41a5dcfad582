package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.knowledge.TreeNode;
import dev.limittriage.packet.AnsweredQuestion;
import dev.limittriage.packet.CaseDraft;
import dev.limittriage.packet.FieldName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.jspecify.annotations.Nullable;

/**
 * The case being worked on: what the user chose, pasted, answered and typed, plus the diagnosis derived from it.
 * Every screen's view model reads and writes this one object, so Back/Next never lose anything. Holds only
 * {@code javafx.beans} state: no toolkit needed.
 */
public final class TriageCase {
    /** Timeline ids of the call's start and end; no tree node uses them. */
    public static final String CALL_STARTED = "call-started";
    public static final String CALL_ENDED = "call-ended";
    private final ReadOnlyObjectWrapper<String> id;
    private final ReadOnlyObjectWrapper<Instant> createdAt;
    private final ObjectProperty<@Nullable Instant> callStartedAt = new SimpleObjectProperty<>(this, "callStartedAt");
    private final ObjectProperty<@Nullable Instant> callEndedAt = new SimpleObjectProperty<>(this, "callEndedAt");
    private final ObjectProperty<@Nullable Route> route = new SimpleObjectProperty<>(this, "route");
    private final StringProperty paste = new SimpleStringProperty(this, "paste", "");
    private final ObjectProperty<@Nullable Diagnosis> pasteDiagnosis =
            new SimpleObjectProperty<>(this, "pasteDiagnosis");
    private final ObjectProperty<TreeNode.@Nullable Leaf> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObservableList<AnsweredQuestion> answers = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableMap<String, String> enteredFields = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<@Nullable Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>(this, "diagnosis");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final CaseResolver resolver;

    public TriageCase(CaseResolver resolver, Instant now) {
        this.resolver = resolver;
        this.id = new ReadOnlyObjectWrapper<>(this, "id", newId(now));
        this.createdAt = new ReadOnlyObjectWrapper<>(this, "createdAt", now);
        for (Observable o : List.<Observable>of(route, pasteDiagnosis, outcome, answers)) {
            o.addListener(ignored -> diagnosis.set(resolve()));
        }
        for (Observable o : List.<Observable>of(route, paste, outcome, answers, notes, enteredFields, callStartedAt,
                callEndedAt)) {
            o.addListener(ignored -> revision.set(revision.get() + 1));
        }
    }

    private @Nullable Diagnosis resolve() {
        return resolver.resolve(route.get(), pasteDiagnosis.get(), outcome.get(), answers);
    }

    /** The packet store's id form ({@code case-20261128-090000-3fa2}): a file name, sorted by time. */
    private static String newId(Instant now) {
        return CaseDraft.start(now).id();
    }

    /** Forgets everything: a new, empty case with a new id. */
    public void clear(Instant now) {
        String previous = id.get();
        String next = newId(now);
        while (next.equals(previous)) { // two cases in one second: the id's random part must differ
            next = newId(now);
        }
        id.set(next);
        createdAt.set(now);
        callStartedAt.set(null);
        callEndedAt.set(null);
        route.set(null);
        paste.set("");
        pasteDiagnosis.set(null);
        outcome.set(null);
        answers.clear();
        notes.set("");
        enteredFields.clear();
    }

    /** Puts a saved case back. The paste diagnosis is recomputed by whoever owns the paste. */
    public void restore(String caseId, Instant created, @Nullable Route savedRoute, String savedPaste,
                        List<AnsweredQuestion> savedAnswers, TreeNode.@Nullable Leaf savedOutcome, String savedNotes,
                        Map<String, String> savedFields, @Nullable Instant savedCallStart,
                        @Nullable Instant savedCallEnd) {
        clear(created);
        callStartedAt.set(savedCallStart);
        callEndedAt.set(savedCallEnd);
        id.set(caseId);
        route.set(savedRoute);
        paste.set(savedPaste);
        answers.setAll(savedAnswers);
        outcome.set(savedOutcome);
        notes.set(savedNotes);
        enteredFields.putAll(savedFields);
    }

    /** True when the case holds nothing worth keeping. */
    public boolean isEmpty() {
        return route.get() == null && paste.get().isBlank() && answers.isEmpty() && notes.get().isBlank()
                && enteredFields.isEmpty();
    }

    public ReadOnlyObjectProperty<String> idProperty() {
        return id.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> createdAtProperty() {
        return createdAt.getReadOnlyProperty();
    }

    public ObjectProperty<@Nullable Route> routeProperty() {
        return route;
    }

    public StringProperty pasteProperty() {
        return paste;
    }

    public ObjectProperty<@Nullable Diagnosis> pasteDiagnosisProperty() {
        return pasteDiagnosis;
    }

    public ObjectProperty<TreeNode.@Nullable Leaf> outcomeProperty() {
        return outcome;
    }

    public ObservableList<AnsweredQuestion> answers() {
        return answers;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> enteredFields() {
        return enteredFields;
    }

    /** When the support call for this case started (caller mode); null outside a call. */
    public ObjectProperty<@Nullable Instant> callStartedAtProperty() {
        return callStartedAt;
    }

    /** When the support call for this case ended; null while it goes on. */
    public ObjectProperty<@Nullable Instant> callEndedAtProperty() {
        return callEndedAt;
    }

    /** What the user typed, by packet field, the notes included. */
    public Map<FieldName, String> entered() {
        Map<FieldName, String> entered = new EnumMap<>(FieldName.class);
        enteredFields.forEach((k, v) -> FieldName.fromKey(k).ifPresent(f -> entered.put(f, v)));
        if (!notes.get().isBlank()) {
            entered.put(FieldName.NOTES, notes.get());
        }
        return entered;
    }

    /**
     * The packet's timeline: the answers in order, framed by the call's start and end when support staff took
     * the case on a call, so the reader sees when each answer was given during the call.
     */
    public List<AnsweredQuestion> timeline() {
        List<AnsweredQuestion> timeline = new ArrayList<>();
        Instant start = callStartedAt.get();
        if (start != null) {
            timeline.add(new AnsweredQuestion(CALL_STARTED, I18n.text("packet.call.started"), CALL_STARTED,
                    I18n.text("packet.call.startedAnswer"), start));
        }
        timeline.addAll(answers);
        Instant end = callEndedAt.get();
        if (end != null) {
            timeline.add(new AnsweredQuestion(CALL_ENDED, I18n.text("packet.call.ended"), CALL_ENDED,
                    I18n.text("packet.call.endedAnswer"), end));
        }
        return timeline;
    }

    /** The diagnosis from the paste and the answers together; null until there is one. */
    public ReadOnlyObjectProperty<@Nullable Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** Goes up on every change worth saving. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True when the paste alone does not settle owner and bucket, so the questions should fill the gap. */
    public boolean needsQuestions() {
        Diagnosis fromPaste = pasteDiagnosis.get();
        return resolver.needsQuestions(route.get(), fromPaste);
    }
}
