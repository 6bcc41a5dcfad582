package dev.limittriage.packet;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The diagnosis as written into a packet. Everything here is {@link Origin#INFERRED}.
 *
 * @param owner        who owns the limit
 * @param bucket       what ran out
 * @param detail       finer detail, or null
 * @param retry        whether retrying helps
 * @param confidence   0..1
 * @param summary      one plain sentence
 * @param signals      what decided it, strongest first
 * @param reset        when it resets, or null
 * @param tier         what the rate-limit headers say about the tier, or null
 * @param observations other plain remarks
 */
public record DiagnosisSection(Owner owner, Bucket bucket, @Nullable String detail, RetryVerdict retry,
                               double confidence, String summary, List<SignalNote> signals,
                               @Nullable ResetNote reset, @Nullable String tier, List<String> observations) {
    public DiagnosisSection {
        signals = List.copyOf(signals);
        observations = List.copyOf(observations);
    }

    DiagnosisSection map(UnaryOperator<String> f) {
        return new DiagnosisSection(owner, bucket, detail == null ? null : f.apply(detail), retry, confidence,
                f.apply(summary),
                signals.stream().map(s -> new SignalNote(f.apply(s.kind()), f.apply(s.value()),
                        s.ruleId() == null ? null : f.apply(s.ruleId()))).toList(),
                reset == null ? null : new ResetNote(reset.seconds(), reset.at(), f.apply(reset.source())),
                tier == null ? null : f.apply(tier),
                observations.stream().map(f).toList());
    }
}
