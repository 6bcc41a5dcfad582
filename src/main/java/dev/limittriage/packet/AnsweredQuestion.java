package dev.limittriage.packet;

import dev.limittriage.diagnosis.Interview;
import dev.limittriage.knowledge.RecoveryTree;
import dev.limittriage.knowledge.TreeNode;
import java.time.Instant;
import java.util.List;

/**
 * One step of the wizard's interview, as support staff need it on a call: what was asked, what was answered, when.
 *
 * @param questionId the tree node id
 * @param question   the question as shown
 * @param answerId   the answer id
 * @param answer     the answer as shown
 * @param at         when it was answered
 */
public record AnsweredQuestion(String questionId, String question, String answerId, String answer, Instant at) {

    /** The interview's steps with the question and answer texts from the tree (ids when a node is missing). */
    public static List<AnsweredQuestion> fromInterview(Interview interview) {
        RecoveryTree tree = interview.tree();
        return interview.answers().stream().map(step -> {
            String question = step.questionId();
            String answer = step.answerId();
            if (tree.node(step.questionId()).orElse(null) instanceof TreeNode.Question q) {
                question = q.text();
                answer = q.answers().stream().filter(a -> a.id().equals(step.answerId())).findFirst()
                        .map(TreeNode.Answer::label).orElse(step.answerId());
            }
            return new AnsweredQuestion(step.questionId(), question, step.answerId(), answer, step.at());
        }).toList();
    }
}
