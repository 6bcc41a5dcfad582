package dev.limittriage.ui.interview;

import dev.limittriage.diagnosis.DecidingQuestion;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Interview;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RecoveryTree;
import dev.limittriage.knowledge.TreeNode;
import dev.limittriage.packet.AnsweredQuestion;
import dev.limittriage.ui.CaseResolver;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.TriageCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * Mirrors the immutable {@link Interview} in read-only properties. It starts where the route and the paste leave
 * off: at the question that best settles what a paste left open ({@link DecidingQuestion}), else at the route's
 * first question (the ChatGPT-app route goes straight to "Does the message mention your plan or a reset time?").
 * It records each answer with its time into the case, and in caller mode shows the scripts to read aloud.
 */
public final class InterviewViewModel {
    /** Where to start in the tree for a known owner (the paste named the owner but not the bucket). */
    private static final Map<Owner, String> OWNER_START = Map.of(Owner.CHATGPT_APP, "app_message",
            Owner.OPENAI_API, "api_kind", Owner.OPENAI_BILLING, "api_billing", Owner.OPENAI_ACCESS, "api_access",
            Owner.AZURE, "azure_kind", Owner.PROVIDER, "provider_kind");
    private static final Map<Route, String> ROUTE_START = Map.of(Route.CHATGPT_APP, "app_message",
            Route.OPENAI_API, "api_kind", Route.AZURE, "azure_kind", Route.PROVIDER, "provider_kind",
            Route.NOT_SURE, "not_sure");

    private final TriageCase triageCase;
    private final Supplier<RecoveryTree> tree;
    private final Clock clock;
    private final BooleanProperty callerMode;
    private final ReadOnlyObjectWrapper<@Nullable Interview> interview = new ReadOnlyObjectWrapper<>(this, "interview");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper(this, "help", "");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObservableList<Choice> choicesReadOnly = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper(this, "outcomeText", "");

    /**
     * One answer button.
     *
     * @param id    the answer id
     * @param label the text on the button (the script in caller mode)
     */
    public record Choice(String id, String label) {
    }

    public InterviewViewModel(TriageCase triageCase, RecoveryTree tree, Clock clock, BooleanProperty callerMode) {
        this(triageCase, () -> tree, clock, callerMode);
    }

    /** The tree may still be loading: it is first read when the questions step is entered. */
    public InterviewViewModel(TriageCase triageCase, Supplier<RecoveryTree> tree, Clock clock,
                              BooleanProperty callerMode) {
        this.triageCase = triageCase;
        this.tree = tree;
        this.clock = clock;
        this.callerMode = callerMode;
        callerMode.addListener((obs, was, on) -> show());
    }

    public InterviewViewModel(TriageCase triageCase, RecoveryTree tree, Clock clock) {
        this(triageCase, tree, clock, new SimpleBooleanProperty(false));
    }

    /** Entering the step: keep the interview when the case already has its answers, else start at the gap. */
    public void prepare() {
        Interview current = interview.get();
        if (current != null && current.answers().size() == triageCase.answers().size()
                && startFor().equals(current.startId())) {
            show();
            return;
        }
        String start = startFor();
        Interview fresh = Interview.startAt(tree.get(), start, clock);
        // replay answers the case already holds (a restored draft), as far as they still fit the tree
        List<AnsweredQuestion> kept = new ArrayList<>();
        for (AnsweredQuestion a : triageCase.answers()) {
            if (fresh.question().map(q -> q.id().equals(a.questionId())).orElse(false)) {
                try {
                    fresh = fresh.answer(a.answerId());
                    kept.add(a);
                } catch (IllegalArgumentException e) {
                    break;
                }
            } else {
                break;
            }
        }
        if (kept.size() != triageCase.answers().size()) {
            triageCase.answers().setAll(kept);
        }
        interview.set(fresh);
        triageCase.outcomeProperty().set(fresh.outcome().orElse(null));
        show();
    }

    String startFor() {
        Diagnosis fromPaste = triageCase.pasteDiagnosisProperty().get();
        Route route = triageCase.routeProperty().get();
        RecoveryTree t = tree.get();
        String id = null;
        fromPaste = CaseResolver.heed(route, fromPaste);
        if (fromPaste != null) {
            // the paste left the owner or the bucket open: first the question that best settles it
            id = DecidingQuestion.choose(t, fromPaste, route == null ? Set.of() : route.owners())
                    .map(TreeNode.Question::id).orElse(null);
        }
        if (id == null && fromPaste != null && fromPaste.owner() != Owner.UNKNOWN) {
            id = OWNER_START.get(fromPaste.owner());
        }
        if (id == null && route != null) {
            id = ROUTE_START.get(route);
        }
        return id != null && t.node(id).isPresent() ? id : t.start();
    }

    public void answer(String answerId) {
        Interview current = interview.get();
        if (current == null || current.question().isEmpty()) {
            return;
        }
        TreeNode.Question q = current.question().get();
        TreeNode.Answer chosen = q.answers().stream().filter(a -> a.id().equals(answerId)).findFirst().orElse(null);
        if (chosen == null) {
            return;
        }
        Interview next = current.answer(answerId);
        Interview.Step step = next.answers().get(next.answers().size() - 1);
        triageCase.answers().add(new AnsweredQuestion(q.id(), callerMode.get() ? q.script() : q.text(), chosen.id(),
                chosen.label(), step.at()));
        interview.set(next);
        triageCase.outcomeProperty().set(next.outcome().orElse(null));
        show();
    }

    /** Undoes the last answer; false when there is none (then the shell's Back leaves the step). */
    public boolean back() {
        Interview current = interview.get();
        if (current == null || !current.canGoBack()) {
            return false;
        }
        Interview previous = current.back();
        if (!triageCase.answers().isEmpty()) {
            triageCase.answers().remove(triageCase.answers().size() - 1);
        }
        interview.set(previous);
        triageCase.outcomeProperty().set(previous.outcome().orElse(null));
        show();
        return true;
    }

    private void show() {
        Interview current = interview.get();
        choices.clear();
        if (current == null) {
            question.set("");
            help.set("");
            canGoBack.set(false);
            finished.set(false);
            return;
        }
        canGoBack.set(current.canGoBack());
        finished.set(current.isFinished());
        current.question().ifPresentOrElse(q -> {
            boolean script = callerMode.get();
            question.set(script && !q.script().isBlank() ? q.script() : q.text());
            help.set(q.help());
            for (TreeNode.Answer a : q.answers()) {
                choices.add(new Choice(a.id(), script && !a.script().isBlank() ? a.script() : a.label()));
            }
            outcomeText.set("");
        }, () -> {
            question.set("");
            help.set("");
            Diagnosis d = triageCase.diagnosisProperty().get();
            outcomeText.set(d == null ? "" : d.summary());
        });
    }

    public ReadOnlyObjectProperty<@Nullable Interview> interviewProperty() {
        return interview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty helpProperty() {
        return help.getReadOnlyProperty();
    }

    public ObservableList<Choice> choices() {
        return choicesReadOnly;
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText.getReadOnlyProperty();
    }

    public BooleanProperty callerModeProperty() {
        return callerMode;
    }

    public ObservableList<AnsweredQuestion> answers() {
        return triageCase.answers();
    }
}
