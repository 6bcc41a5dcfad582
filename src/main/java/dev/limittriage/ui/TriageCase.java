package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.knowledge.TreeNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    private final ReadOnlyObjectWrapper<String> id = new ReadOnlyObjectWrapper<>(this, "id", newId());
    private final ReadOnlyObjectWrapper<Instant> createdAt;
    private final ObjectProperty<@Nullable Route> route = new SimpleObjectProperty<>(this, "route");
    private final StringProperty paste = new SimpleStringProperty(this, "paste", "");
    private final ObjectProperty<@Nullable Diagnosis> pasteDiagnosis =
            new SimpleObjectProperty<>(this, "pasteDiagnosis");
    private final ObjectProperty<TreeNode.@Nullable Leaf> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObservableList<RecordedAnswer> answers = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableMap<String, String> enteredFields = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<@Nullable Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>(this, "diagnosis");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final CaseResolver resolver;

    public TriageCase(CaseResolver resolver, Instant now) {
        this.resolver = resolver;
        this.createdAt = new ReadOnlyObjectWrapper<>(this, "createdAt", now);
        for (Observable o : List.<Observable>of(route, pasteDiagnosis, outcome, answers)) {
            o.addListener(ignored -> diagnosis.set(resolve()));
        }
        for (Observable o : List.<Observable>of(route, paste, outcome, answers, notes, enteredFields)) {
            o.addListener(ignored -> revision.set(revision.get() + 1));
        }
    }

    private @Nullable Diagnosis resolve() {
        return resolver.resolve(route.get(), pasteDiagnosis.get(), outcome.get(), answers);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Forgets everything: a new, empty case with a new id. */
    public void clear(Instant now) {
        id.set(newId());
        createdAt.set(now);
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
                        List<RecordedAnswer> savedAnswers, TreeNode.@Nullable Leaf savedOutcome, String savedNotes,
                        Map<String, String> savedFields) {
        clear(created);
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

    public ObservableList<RecordedAnswer> answers() {
        return answers;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> enteredFields() {
        return enteredFields;
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
