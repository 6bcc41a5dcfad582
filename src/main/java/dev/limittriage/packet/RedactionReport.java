package dev.limittriage.packet;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What redaction removed: the number of distinct secrets per kind (kinds are the placeholder labels, e.g.
 * {@code openai-key}; one key found in the paste and again in the headers counts once),
 * and whether organization and project ids were replaced by pseudonyms. Shown before export and stored in the packet.
 *
 * @param counts          count per kind, sorted by kind
 * @param pseudonymizedIds whether ids were replaced with stable pseudonyms
 */
public record RedactionReport(Map<String, Integer> counts, boolean pseudonymizedIds) {
    public RedactionReport {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    public static RedactionReport none() {
        return new RedactionReport(Map.of(), false);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Adds the counts of a later pass (a re-redaction before writing) to these. */
    public RedactionReport plus(RedactionReport more) {
        Map<String, Integer> sum = new TreeMap<>(counts);
        more.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new RedactionReport(sum, pseudonymizedIds || more.pseudonymizedIds);
    }
}
