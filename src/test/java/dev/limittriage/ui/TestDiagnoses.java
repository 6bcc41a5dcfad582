package dev.limittriage.ui;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Reset;
import dev.limittriage.diagnosis.Signal;
import dev.limittriage.diagnosis.TierMatch;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.Span;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hand-made diagnoses for view-model tests, so they do not depend on the classifier's current accuracy. */
public final class TestDiagnoses {
    private TestDiagnoses() {
    }

    public static Diagnosis of(String text, Owner owner, Bucket bucket, RetryVerdict retry, @Nullable Reset reset,
                               @Nullable TierMatch tier) {
        Evidence evidence = new Evidence(text, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        int end = Math.min(text.length(), 5);
        List<Signal> signals = List.of(new Signal("phrase", text.substring(0, end), new Span(0, end), "rule.x"));
        return new Diagnosis(owner, bucket, null, retry, 0.9, signals, reset, "next step for " + owner.id(),
                "do not for " + owner.id(), "summary " + owner.id() + " " + bucket.id(), tier, List.of(), evidence);
    }

    public static Diagnosis of(String text, Owner owner, Bucket bucket) {
        return of(text, owner, bucket, RetryVerdict.WAIT_THEN_RETRY, null, null);
    }
}
