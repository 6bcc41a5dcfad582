package dev.limittriage.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One idea a paste can express in many words and languages ("the balance is used up", "the service is overloaded",
 * "the ChatGPT app talking to you"), with what it points at. Each term is a weak-to-strong cue; several concepts that
 * agree add up in the diagnosis, and a new phrasing of a known idea needs a new term here, not a new rule.
 *
 * @param id         stable id ("balance_exhausted"); signals name it as {@code concept.<id>}
 * @param owner      the owner it points at, or UNKNOWN when the idea says nothing about who
 * @param bucket     the bucket it points at, or UNKNOWN when it only identifies an owner
 * @param retry      what it implies for retrying
 * @param weight     how strongly one term of it decides, 0..1
 * @param detail     finer detail shown next to the bucket, or null
 * @param vocabulary the terms per language (ISO 639-1), compared case-, width- and accent-insensitively
 * @param source     where the idea and its wording come from
 */
public record Concept(String id, Owner owner, Bucket bucket, RetryVerdict retry, double weight,
                     @Nullable String detail, List<Terms> vocabulary, Source source) {
    public Concept {
        vocabulary = List.copyOf(vocabulary);
    }

    /** The terms of one language. */
    public record Terms(String lang, List<String> terms) {
        public Terms {
            terms = List.copyOf(terms);
        }
    }

    /** Every term of every language. */
    public List<String> allTerms() {
        return vocabulary.stream().flatMap(t -> t.terms().stream()).toList();
    }
}
