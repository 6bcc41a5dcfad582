package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Signal;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Guidance;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.TreeNode;
import dev.limittriage.packet.AnsweredQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Combines what the paste said with what the user answered. The paste wins where it is sure; the answers fill
 * in an unknown owner or bucket. Plain Java, so it is tested without the toolkit.
 */
public final class CaseResolver {
    /** Answers carry less weight than a specific error code: say so in the confidence. */
    private static final double ANSWER_CONFIDENCE = 0.6;
    private final Supplier<Knowledge> knowledge;

    public CaseResolver(Knowledge knowledge) {
        this(() -> knowledge);
    }

    /** The knowledge may still be loading: it is first needed when an answer leads to an outcome. */
    public CaseResolver(Supplier<Knowledge> knowledge) {
        this.knowledge = knowledge;
    }

    public Knowledge knowledge() {
        return knowledge.get();
    }

    public boolean needsQuestions(@Nullable Route route, @Nullable Diagnosis fromPaste) {
        Diagnosis heeded = heed(route, fromPaste);
        return heeded == null || heeded.owner() == Owner.UNKNOWN || heeded.bucket() == Bucket.UNKNOWN;
    }

    /**
     * The paste's diagnosis as the questions should read it: the route the user chose outranks an owner the paste
     * only guessed (named with low confidence, as "by elimination" is), so that owner is left open for the
     * questions to settle. A paste sure of its owner keeps it whatever the route.
     */
    public static @Nullable Diagnosis heed(@Nullable Route route, @Nullable Diagnosis fromPaste) {
        if (fromPaste == null || route == null || route.owners().isEmpty() || fromPaste.owner() == Owner.UNKNOWN
                || route.owners().contains(fromPaste.owner()) || fromPaste.confidence() >= Diagnosis.LOW_CONFIDENCE) {
            return fromPaste;
        }
        Diagnosis d = fromPaste;
        return new Diagnosis(Owner.UNKNOWN, d.bucket(), d.detail(), d.retry(), d.confidence(), d.signals(), d.reset(),
                d.nextStep(), d.doNot(), d.summary(), d.tierMatch(), d.observations(), d.evidence());
    }

    public @Nullable Diagnosis resolve(@Nullable Route route, @Nullable Diagnosis fromPaste,
                                       TreeNode.@Nullable Leaf outcome, List<AnsweredQuestion> answers) {
        if (outcome == null || (fromPaste != null && !needsQuestions(route, fromPaste))) {
            return fromPaste;
        }
        Diagnosis heeded = heed(route, fromPaste);
        Owner owner = heeded != null && heeded.owner() != Owner.UNKNOWN ? heeded.owner() : outcome.owner();
        Bucket bucket = fromPaste != null && fromPaste.bucket() != Bucket.UNKNOWN
                ? fromPaste.bucket() : outcome.bucket();
        RetryVerdict retry = outcome.retry();
        Optional<Guidance> guidance = knowledge.get().guidance(owner, bucket);
        if (guidance.isPresent() && guidance.get().retry() != RetryVerdict.UNKNOWN) {
            retry = guidance.get().retry();
        }
        List<Signal> signals = new ArrayList<>();
        for (AnsweredQuestion answer : answers) {
            signals.add(new Signal("answer", answer.question() + " → " + answer.answer(), null, null));
        }
        if (fromPaste != null) {
            signals.addAll(fromPaste.signals());
        }
        Optional<OwnerProfile> profile = knowledge.get().owner(owner);
        String ownerName = profile.map(OwnerProfile::name).orElse(I18n.text("owner." + owner.id()));
        String summary = I18n.text("diagnosis.summary.answers", ownerName,
                I18n.text("bucket." + bucket.id()), I18n.text("retry." + retry.id()));
        Evidence evidence = fromPaste != null ? fromPaste.evidence() : emptyEvidence();
        double confidence = Math.max(ANSWER_CONFIDENCE, fromPaste == null ? 0 : fromPaste.confidence());
        String nextStep = guidance.map(Guidance::nextStep).or(() -> profile.map(OwnerProfile::nextStep)).orElse("");
        String doNot = guidance.map(Guidance::doNot).or(() -> profile.map(OwnerProfile::doNot)).orElse("");
        return new Diagnosis(owner, bucket, outcome.detail(), retry, confidence, signals,
                fromPaste == null ? null : fromPaste.reset(), nextStep, doNot, summary,
                fromPaste == null ? null : fromPaste.tierMatch(),
                fromPaste == null ? List.of() : fromPaste.observations(), evidence);
    }

    static Evidence emptyEvidence() {
        return new Evidence("", List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
    }
}
