package dev.limittriage.knowledge;

import java.util.List;

/**
 * One limit owner in plain language: the rows of the article's owner table and recovery table, in our words.
 *
 * @param owner      which owner
 * @param name       plain-language name ("The ChatGPT app")
 * @param route      the route a user takes to meet this owner ("ChatGPT app or website")
 * @param controls   what this owner controls
 * @param checkFirst where to look first
 * @param nextStep   the smallest responsible next step
 * @param doNot      what not to do
 * @param buckets    the buckets this owner can exhaust
 * @param sources    where the guidance comes from
 */
public record OwnerProfile(Owner owner, String name, String route, String controls, String checkFirst,
                           String nextStep, String doNot, List<Bucket> buckets, List<Source> sources) {
    public OwnerProfile {
        buckets = List.copyOf(buckets);
        sources = List.copyOf(sources);
    }
}
