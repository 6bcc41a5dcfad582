package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.PacketStore;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.TreeNode;
import dev.limittriage.packet.CaseDraft;
import dev.limittriage.packet.FieldName;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Saves the case as a draft in the project's {@link PacketStore} after every change: debounced, snapshotted on the
 * caller's thread, written through the task executor (off the FX thread in the app). Also turns drafts back into a
 * case. The store redacts before it writes.
 */
public final class CaseAutosaver {
    private static final Logger LOG = Logger.getLogger(CaseAutosaver.class.getName());
    private static final int TITLE_PASTE_CHARS = 60;
    private final TriageCase triageCase;
    private final Supplier<PacketStore> store;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Clock clock;
    private final Supplier<Knowledge> knowledge;
    private final Object writeLock = new Object();
    // the newest revision known to be on disk; written from the background save, read on the FX thread
    private final AtomicLong saved = new AtomicLong(-1);
    private long bumps;
    private boolean suspended;
    private @Nullable String finishedId;

    /** Store and knowledge may still be loading in the background: both are first needed after the window shows. */
    public CaseAutosaver(TriageCase triageCase, Supplier<PacketStore> store, TaskExecutor executor,
                         Debouncer debouncer, Clock clock, Supplier<Knowledge> knowledge) {
        this.triageCase = triageCase;
        this.store = store;
        this.executor = executor;
        this.debouncer = debouncer;
        this.clock = clock;
        this.knowledge = knowledge;
        triageCase.revisionProperty().addListener((obs, old, now) -> {
            if (!suspended) {
                debouncer.submit(this::saveNow);
            }
        });
    }

    public PacketStore store() {
        return store.get();
    }

    private long revision() {
        return triageCase.revisionProperty().get() + bumps;
    }

    private boolean pending() {
        return !triageCase.isEmpty() && saved.get() < revision();
    }

    /**
     * Writes any pending change now, on this thread (before "Next caller", a new case, a crash dialog or closing:
     * moments when a background write could be cut off). A background write that is still running, or was
     * interrupted at shutdown, does not count as saved, so this one writes.
     */
    public void flush() {
        debouncer.submit(() -> {});
        debouncer.flush();
        if (!pending()) {
            return;
        }
        try {
            write(snapshot(), revision());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "saving the draft failed", e);
        }
    }

    /** The case was exported: it is kept as finished, so it is no longer offered for restoring at start-up. */
    public void markFinished() {
        finishedId = triageCase.idProperty().get();
        bumps++;
        debouncer.submit(this::saveNow);
    }

    private void saveNow() {
        if (!pending()) {
            return;
        }
        CaseDraft draft = snapshot();
        long revision = revision();
        executor.run(() -> {
            write(draft, revision);
            return draft.id();
        }, id -> {}, error -> LOG.log(Level.WARNING, "autosave failed", error));
    }

    /** One write at a time, and never an older snapshot over a newer one. */
    private void write(CaseDraft draft, long revision) throws IOException {
        synchronized (writeLock) {
            if (saved.get() >= revision) {
                return;
            }
            store.get().save(draft);
            saved.set(revision);
        }
    }

    CaseDraft snapshot() {
        Route route = triageCase.routeProperty().get();
        TreeNode.Leaf outcome = triageCase.outcomeProperty().get();
        Diagnosis diagnosis = triageCase.diagnosisProperty().get();
        Instant now = clock.instant();
        String id = triageCase.idProperty().get();
        return new CaseDraft(id, title(route), triageCase.createdAtProperty().get(), now, id.equals(finishedId),
                diagnosis == null ? null : diagnosis.owner(), triageCase.pasteProperty().get(),
                triageCase.entered(), triageCase.answers(), route == null ? null : route.id(),
                outcome == null ? null : outcome.id(), triageCase.callStartedAtProperty().get() != null,
                triageCase.callStartedAtProperty().get(), triageCase.callEndedAtProperty().get());
    }

    /** What "Recent cases" shows: the route and the start of the paste. */
    private String title(@Nullable Route route) {
        String routeText = route == null ? I18n.text("start.recent.noRoute") : I18n.text(route.titleKey());
        String firstLine = triageCase.pasteProperty().get().strip().lines().findFirst().orElse("");
        if (firstLine.length() > TITLE_PASTE_CHARS) {
            firstLine = firstLine.substring(0, TITLE_PASTE_CHARS) + "…";
        }
        return firstLine.isEmpty() ? routeText : I18n.text("start.recent.titleWithPaste", routeText, firstLine);
    }

    /** Loads a draft into the case without saving it straight back. */
    public void restore(CaseDraft draft) {
        suspended = true;
        try {
            finishedId = draft.finished() ? draft.id() : null;
            Route route = draft.route() == null ? null : Route.fromId(draft.route()).orElse(null);
            Map<String, String> fields = new HashMap<>();
            draft.entered().forEach((k, v) -> {
                if (k != FieldName.NOTES) {
                    fields.put(k.key(), v);
                }
            });
            triageCase.restore(draft.id(), draft.created(), route, draft.paste(), draft.answers(),
                    leaf(draft.currentStep()), draft.entered().getOrDefault(FieldName.NOTES, ""), fields,
                    draft.callStartedAt(), draft.callEndedAt());
            saved.set(revision()); // what was just loaded is what is on disk
        } finally {
            suspended = false;
        }
    }

    private TreeNode.@Nullable Leaf leaf(@Nullable String id) {
        if (id == null) {
            return null;
        }
        Optional<TreeNode> node = knowledge.get().tree().node(id);
        return node.filter(TreeNode.Leaf.class::isInstance).map(TreeNode.Leaf.class::cast).orElse(null);
    }
}
