package dev.limittriage.ui;

import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.TreeNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Saves the case as a draft after every change: debounced, snapshotted on the caller's thread, written through the
 * task executor (off the FX thread in the app). Also turns drafts back into a case.
 */
public final class CaseAutosaver {
    private static final Logger LOG = Logger.getLogger(CaseAutosaver.class.getName());
    private final TriageCase triageCase;
    private final DraftStore store;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Clock clock;
    private final Knowledge knowledge;
    private boolean suspended;
    private boolean dirty;

    public CaseAutosaver(TriageCase triageCase, DraftStore store, TaskExecutor executor, Debouncer debouncer,
                         Clock clock, Knowledge knowledge) {
        this.triageCase = triageCase;
        this.store = store;
        this.executor = executor;
        this.debouncer = debouncer;
        this.clock = clock;
        this.knowledge = knowledge;
        triageCase.revisionProperty().addListener((obs, old, now) -> {
            if (!suspended) {
                dirty = true;
                debouncer.submit(this::saveNow);
            }
        });
    }

    public DraftStore store() {
        return store;
    }

    /**
     * Writes any pending change now, on this thread (before "Next caller", a new case, a crash dialog or closing:
     * moments when a background write could be cut off).
     */
    public void flush() {
        debouncer.submit(() -> { });
        debouncer.flush();
        if (!dirty || triageCase.isEmpty()) {
            return;
        }
        dirty = false;
        try {
            store.save(snapshot());
        } catch (java.io.IOException | RuntimeException e) {
            dirty = true;
            LOG.log(Level.WARNING, "saving the draft failed", e);
        }
    }

    private void saveNow() {
        if (!dirty || triageCase.isEmpty()) {
            return;
        }
        dirty = false;
        CaseDraft draft = snapshot();
        executor.run(() -> {
            store.save(draft);
            return draft.id();
        }, id -> { }, error -> {
            dirty = true;
            LOG.log(Level.WARNING, "autosave failed", error);
        });
    }

    CaseDraft snapshot() {
        List<CaseDraft.Answer> answers = triageCase.answers().stream().map(a -> new CaseDraft.Answer(a.questionId(),
                a.question(), a.answerId(), a.answer(), a.at().toString())).toList();
        Route route = triageCase.routeProperty().get();
        TreeNode.Leaf outcome = triageCase.outcomeProperty().get();
        return new CaseDraft(CaseDraft.VERSION, triageCase.idProperty().get(),
                triageCase.createdAtProperty().get().toString(), clock.instant().toString(),
                route == null ? null : route.id(), triageCase.pasteProperty().get(), answers,
                outcome == null ? null : outcome.id(), triageCase.notesProperty().get(),
                new LinkedHashMap<>(triageCase.enteredFields()));
    }

    /** Loads a draft into the case without saving it straight back. */
    public void restore(CaseDraft draft) {
        suspended = true;
        try {
            Route route = draft.route() == null ? null : parseRoute(draft.route());
            List<RecordedAnswer> answers = draft.answers().stream().map(a -> new RecordedAnswer(a.questionId(),
                    a.question(), a.answerId(), a.answer(), Instant.parse(a.at()))).toList();
            triageCase.restore(draft.id(), Instant.parse(draft.createdAt()), route, draft.paste(), answers,
                    leaf(draft.outcome()), draft.notes(), draft.fields());
        } finally {
            suspended = false;
        }
    }

    private TreeNode.@Nullable Leaf leaf(@Nullable String id) {
        if (id == null) {
            return null;
        }
        Optional<TreeNode> node = knowledge.tree().node(id);
        return node.filter(TreeNode.Leaf.class::isInstance).map(TreeNode.Leaf.class::cast).orElse(null);
    }

    private static @Nullable Route parseRoute(String id) {
        for (Route r : Route.values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
