package dev.limittriage.diagnosis;

import dev.limittriage.evidence.Evidence;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Guidance;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.TreeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a finished {@link Interview} into a {@link Diagnosis}, so an answered interview is shown and exported
 * exactly like a diagnosed paste. Each answer becomes a signal of kind {@code "answer"} without a span.
 */
public final class InterviewDiagnosis {
    /** Answers are taken as given, so even a fully answered path is not certain. */
    static final double KNOWN_BOTH = 0.9;
    static final double KNOWN_ONE = 0.5;
    static final double KNOWN_NONE = 0.1;
    static final String NO_ROUTE_NEXT = "Find out where image generation stopped and keep the exact message, then "
            + "answer the questions again or paste the message.";
    static final String NO_ROUTE_DO_NOT = "Don't pay, upgrade or switch services before you know who set the limit.";

    private InterviewDiagnosis() {
    }

    /** The diagnosis for the interview's outcome, or empty while questions remain. */
    public static Optional<Diagnosis> of(Knowledge knowledge, Interview interview) {
        Optional<TreeNode.Leaf> outcome = interview.outcome();
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        TreeNode.Leaf leaf = outcome.get();
        Owner owner = leaf.owner();
        Bucket bucket = leaf.bucket();
        List<Signal> signals = new ArrayList<>();
        for (Interview.Answered answered : interview.transcript()) {
            signals.add(new Signal("answer", answered.question() + ": " + answered.answer(), null, null));
        }
        Optional<Guidance> guidance = knowledge.guidance(owner, bucket);
        Optional<OwnerProfile> profile = knowledge.owner(owner);
        String nextStep = guidance.map(Guidance::nextStep).or(() -> profile.map(OwnerProfile::nextStep))
                .orElse(NO_ROUTE_NEXT);
        String doNot = guidance.map(Guidance::doNot).or(() -> profile.map(OwnerProfile::doNot))
                .orElse(NO_ROUTE_DO_NOT);
        int known = (owner == Owner.UNKNOWN ? 0 : 1) + (bucket == Bucket.UNKNOWN ? 0 : 1);
        double confidence = known == 2 ? KNOWN_BOTH : known == 1 ? KNOWN_ONE : KNOWN_NONE;
        String summary = summary(profile, owner, bucket, leaf.retry(), leaf.detail());
        Evidence none = new Evidence("", List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        return Optional.of(new Diagnosis(owner, bucket, leaf.detail(), leaf.retry(), confidence, signals, null,
                nextStep, doNot, summary, null, List.of(), none));
    }

    static String summary(Optional<OwnerProfile> profile, Owner owner, Bucket bucket, RetryVerdict retry,
                          @Nullable String detail) {
        if (owner == Owner.UNKNOWN && bucket == Bucket.UNKNOWN) {
            return "The answers so far do not show who limited the request or what ran out.";
        }
        String who = owner == Owner.UNKNOWN ? "An unidentified service" : profile.map(OwnerProfile::name)
                .orElse(owner.id());
        String what = bucket == Bucket.UNKNOWN ? "the exact limit is not named"
                : bucket.id().replace('_', ' ') + (detail == null ? "" : ": " + detail);
        String act = switch (retry) {
            case WAIT_THEN_RETRY -> "waiting for the reset and then retrying should work";
            case REDUCE_RATE -> "retrying works only at a slower pace";
            case DO_NOT_RETRY -> "retrying will not help";
            case UNKNOWN -> "it is not yet clear whether retrying helps";
        };
        return "From your answers: " + who + " set this limit (" + what + "), and " + act + ".";
    }
}
