package dev.limittriage.io;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The exported JSON shape of an incident packet (schema {@code incident-packet.schema.json}). Mapped by hand in
 * {@link PacketJson}; record components serialize in declaration order, which keeps golden files stable. Every
 * field key is always present, {@code null} when unknown, so a reader can tell "unknown" from "forgotten".
 */
public record PacketDto(int schemaVersion, String created, String updated, String appVersion,
                        KnowledgeDto knowledge, String title, Map<String, @Nullable FieldDto> fields,
                        DiagnosisDto diagnosis, String nextStep, String doNot, List<AnswerDto> interview,
                        String paste, RedactionDto redaction, @Nullable TimelineDto timeline) {

    /** One named field: its value and where it came from ("parsed", "entered", "inferred"). */
    public record FieldDto(String value, String origin) {
    }

    /** The knowledge version and check date the packet was diagnosed with. */
    public record KnowledgeDto(String version, String checkedOn) {
    }

    /** The diagnosis in the packet: owner, bucket, retry verdict, confidence, signals, reset and tier. */
    public record DiagnosisDto(String origin, String owner, String bucket, @Nullable String detail, String retry,
                               double confidence, String summary, List<SignalDto> signals,
                               @Nullable ResetDto reset, @Nullable String tier, List<String> observations) {
    }

    /** One signal the diagnosis rests on and the id of the rule that matched it, if any. */
    public record SignalDto(String kind, String value, @Nullable String ruleId) {
    }

    /** When the limit resets: seconds from now or a time, and what it was read from. */
    public record ResetDto(@Nullable Double seconds, @Nullable String at, String source) {
    }

    /** One interview answer: the question and answer (ids and words) and when it was given. */
    public record AnswerDto(String questionId, String question, String answerId, String answer, String at) {
    }

    /** The failures of a whole log over time: counts per bucket, span, runs and busiest minutes (schema 2). */
    public record TimelineDto(int total, @Nullable String first, @Nullable String last,
                              @Nullable String timesWithoutZone, Map<String, Integer> counts, List<RunDto> runs,
                              int runsLeftOut, List<PeakDto> peaks) {
    }

    /** Consecutive failures of one kind. */
    public record RunDto(int count, String owner, String bucket, String retry, @Nullable Integer status,
                         @Nullable String from, @Nullable String to, int firstLine, int lastLine) {
    }

    /** A bucket's busiest minute and the per-minute limit the log states, if any. */
    public record PeakDto(String bucket, String minute, int count, @Nullable Long limit, @Nullable String measure) {
    }

    /** What redaction did: whether ids were pseudonymized and how many values of each kind it replaced. */
    public record RedactionDto(boolean pseudonymizedIds, int total, Map<String, Integer> counts) {
    }
}
