package dev.limittriage.diagnosis;

import dev.limittriage.evidence.EvidenceExtractor;
import dev.limittriage.knowledge.Knowledge;

/** Evidence to diagnosis. Pure, synchronous, thread-safe; never throws on any paste. */
public final class Diagnoser {
    private final Knowledge knowledge;
    private final EvidenceExtractor extractor = new EvidenceExtractor();

    public Diagnoser(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public Diagnosis diagnose(String paste) {
        throw new UnsupportedOperationException("TODO(core): " + extractor + knowledge.version());
    }
}
