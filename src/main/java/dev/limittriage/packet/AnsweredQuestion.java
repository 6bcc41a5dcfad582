package dev.limittriage.packet;

import java.time.Instant;

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
}
