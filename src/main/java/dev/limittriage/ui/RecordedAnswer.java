package dev.limittriage.ui;

import java.time.Instant;

/**
 * One answer the user (or a caller) gave, with when it was given; it goes into the packet's timeline.
 *
 * @param questionId the tree node id
 * @param question   the question as shown
 * @param answerId   the answer id
 * @param answer     the answer as shown
 * @param at         when it was given
 */
public record RecordedAnswer(String questionId, String question, String answerId, String answer, Instant at) {
}
