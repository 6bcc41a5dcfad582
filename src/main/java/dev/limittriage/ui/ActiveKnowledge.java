package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.io.KnowledgePacks;
import dev.limittriage.knowledge.Knowledge;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge in use and the classifier built from it. An imported update (or "Back to built-in") replaces
 * both at once, so the next diagnosis uses the new facts; a case already diagnosed keeps what it was told.
 * Thread-safe: diagnoses run on the executor while the user may import on another.
 */
public final class ActiveKnowledge implements Supplier<Knowledge> {
    private final @Nullable KnowledgePacks packs;
    private final Supplier<KnowledgePacks.Active> initial;
    private volatile @Nullable State state;

    private record State(KnowledgePacks.Active active, Diagnoser diagnoser) {
    }

    /**
     * Knowledge from {@code packs}, the first of it from {@code initial} (the app loads it in the background; the
     * first caller waits for it).
     */
    public ActiveKnowledge(KnowledgePacks packs, Supplier<KnowledgePacks.Active> initial) {
        this.packs = packs;
        this.initial = initial;
    }

    private ActiveKnowledge(Supplier<Knowledge> fixed) {
        this.packs = null;
        this.initial = () -> new KnowledgePacks.Active(fixed.get(), KnowledgePacks.Origin.BUILT_IN, null);
    }

    /** Knowledge that never changes (tests, and compositions built without a data folder): import is off. */
    public static ActiveKnowledge fixed(Supplier<Knowledge> knowledge) {
        return new ActiveKnowledge(knowledge);
    }

    private State state() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                s = state;
                if (s == null) {
                    s = of(initial.get());
                    state = s;
                }
            }
        }
        return s;
    }

    private static State of(KnowledgePacks.Active active) {
        return new State(active, new Diagnoser(active.knowledge()));
    }

    @Override
    public Knowledge get() {
        return state().active().knowledge();
    }

    /** The knowledge with where it came from (built in or imported) and why an import is not used, if so. */
    public KnowledgePacks.Active active() {
        return state().active();
    }

    public Diagnosis diagnose(String text) {
        return state().diagnoser().diagnose(text);
    }

    /**
     * Every failure in a log, read by the classifier that {@link #diagnose} uses; a stamp with no zone is in
     * {@code zone}.
     */
    public Timeline timeline(String text, ZoneId zone, LocalDate today) {
        return state().diagnoser().timeline(text, zone, today);
    }

    public boolean canImport() {
        return packs != null;
    }

    /** Validates and installs an update; the active knowledge changes only when it loads. Off the FX thread. */
    public KnowledgePacks.Active importFrom(Path source) throws IOException {
        KnowledgePacks.Active imported = requirePacks().importPack(source);
        state = of(imported);
        return imported;
    }

    /** Back to the built-in knowledge. Off the FX thread. */
    public KnowledgePacks.Active revert() throws IOException {
        KnowledgePacks.Active builtIn = requirePacks().revert();
        state = of(builtIn);
        return builtIn;
    }

    /** Where imported knowledge is kept, or {@code null} when import is off. */
    public @Nullable Path folder() {
        return packs == null ? null : packs.folder();
    }

    private KnowledgePacks requirePacks() {
        if (packs == null) {
            throw new IllegalStateException("knowledge updates are off in this composition");
        }
        return packs;
    }
}
