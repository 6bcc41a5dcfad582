package dev.limittriage.diagnosis;

import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RecoveryTree;
import dev.limittriage.knowledge.TreeNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recovery-tree interview as an immutable state machine: {@link #answer(String)} and {@link #back()} return a
 * new interview and never change this one, so a view model can keep any earlier state and tests need no setup.
 * Answer times come from the {@link Clock} given at the start, which keeps tests deterministic.
 */
public final class Interview {
    /**
     * One answered question on the path.
     *
     * @param questionId the question answered
     * @param answerId   the answer chosen
     * @param at         when it was answered
     */
    public record Step(String questionId, String answerId, Instant at) {
    }

    /**
     * One answered question in words, as an incident packet or a support script shows it.
     *
     * @param questionId the question's node id
     * @param question   the question as the user read it
     * @param answerId   the answer's id
     * @param answer     the answer's label
     * @param at         when it was answered
     */
    public record Answered(String questionId, String question, String answerId, String answer, Instant at) {
    }

    private final RecoveryTree tree;
    private final Clock clock;
    private final String startId;
    private final String currentId;
    private final List<Step> steps;

    private Interview(RecoveryTree tree, Clock clock, String startId, String currentId, List<Step> steps) {
        this.tree = tree;
        this.clock = clock;
        this.startId = startId;
        this.currentId = currentId;
        this.steps = List.copyOf(steps);
    }

    /** Starts at the tree's first question, timing answers with the system clock (UTC). */
    public static Interview start(RecoveryTree tree) {
        return start(tree, Clock.systemUTC());
    }

    /** Starts at the tree's first question. */
    public static Interview start(RecoveryTree tree, Clock clock) {
        return startAt(tree, tree.start(), clock);
    }

    /**
     * Starts at the first question of the owner's part of the tree (the route question for an unknown owner), e.g.
     * when a paste settled the owner but not the bucket.
     */
    public static Interview startFor(RecoveryTree tree, Owner owner, Clock clock) {
        return startAt(tree, tree.entryFor(owner), clock);
    }

    /**
     * Starts at any node: skip the route question when the route is known, or go straight to the part of the tree a
     * paste left unsettled. Starting at a leaf gives an interview that is already finished.
     *
     * @throws IllegalArgumentException when the tree has no node {@code nodeId}
     */
    public static Interview startAt(RecoveryTree tree, String nodeId, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (tree.node(nodeId).isEmpty()) {
            throw new IllegalArgumentException("the recovery tree has no node \"" + nodeId + "\"");
        }
        return new Interview(tree, clock, nodeId, nodeId, List.of());
    }

    public RecoveryTree tree() {
        return tree;
    }

    /** The node the interview started at. */
    public String startId() {
        return startId;
    }

    /** The node shown now: a question to answer, or the leaf the path ended at. */
    public TreeNode current() {
        return tree.node(currentId).orElseThrow();
    }

    /** The current question, or empty when the interview has reached a leaf. */
    public Optional<TreeNode.Question> question() {
        return current() instanceof TreeNode.Question q ? Optional.of(q) : Optional.empty();
    }

    /** The leaf reached, or empty while questions remain. */
    public Optional<TreeNode.Leaf> outcome() {
        return current() instanceof TreeNode.Leaf leaf ? Optional.of(leaf) : Optional.empty();
    }

    public boolean isFinished() {
        return outcome().isPresent();
    }

    /** The path so far, first answer first. */
    public List<Step> answers() {
        return steps;
    }

    /** The path so far in words: each question's text and the chosen answer's label. */
    public List<Answered> transcript() {
        List<Answered> out = new ArrayList<>();
        for (Step step : steps) {
            TreeNode.Question q = (TreeNode.Question) tree.node(step.questionId()).orElseThrow();
            String label = q.answers().stream().filter(a -> a.id().equals(step.answerId())).findFirst()
                    .map(TreeNode.Answer::label).orElseThrow();
            out.add(new Answered(q.id(), q.text(), step.answerId(), label, step.at()));
        }
        return out;
    }

    public boolean canGoBack() {
        return !steps.isEmpty();
    }

    /**
     * Answers the current question.
     *
     * @throws IllegalStateException    when the interview is finished
     * @throws IllegalArgumentException when the current question has no answer {@code answerId}
     */
    public Interview answer(String answerId) {
        TreeNode.Question q = question().orElseThrow(() -> new IllegalStateException(
                "the interview is finished at \"" + currentId + "\"; there is no question to answer"));
        TreeNode.Answer chosen = q.answers().stream().filter(a -> a.id().equals(answerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("question \"" + q.id() + "\" has no answer \""
                        + answerId + "\""));
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(q.id(), chosen.id(), clock.instant()));
        return new Interview(tree, clock, startId, chosen.next(), next);
    }

    /**
     * Undoes the last answer.
     *
     * @throws IllegalStateException at the first question
     */
    public Interview back() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("nothing to go back to");
        }
        Step last = steps.get(steps.size() - 1);
        return new Interview(tree, clock, startId, last.questionId(), steps.subList(0, steps.size() - 1));
    }
}
