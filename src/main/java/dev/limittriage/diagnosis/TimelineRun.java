package dev.limittriage.diagnosis;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;

/**
 * Consecutive failures of the same kind ("24 × IPM between 10:05:00 and 10:08:50"); events of other kinds end a
 * run, successful lines between them do not.
 *
 * @param first index of its first event in the timeline
 * @param last  index of its last event
 * @param count number of events
 * @param start where its first event starts in the paste
 * @param end   where its last event ends
 */
public record TimelineRun(Owner owner, Bucket bucket, RetryVerdict retry, int status, int first, int last, int count,
                          int start, int end) {
}
