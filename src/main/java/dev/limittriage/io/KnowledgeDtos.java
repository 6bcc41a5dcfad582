package dev.limittriage.io;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Import DTOs: the knowledge files exactly as written on disk. Every component is nullable because a missing
 * field must become a message naming it, not a Jackson error; {@link KnowledgeLoader} checks and maps them by
 * hand to the domain records.
 */
public final class KnowledgeDtos {
    private KnowledgeDtos() {
    }

    public record ManifestFile(@Nullable String version, @Nullable String checkedOn) {
    }

    public record SourcesFile(@Nullable List<SourceDto> sources) {
    }

    public record SourceDto(@Nullable String id, @Nullable String title, @Nullable String url, @Nullable String kind,
                            @Nullable String checkedOn) {
    }

    public record OwnersFile(@Nullable List<OwnerDto> owners) {
    }

    public record OwnerDto(@Nullable String owner, @Nullable String name, @Nullable String route,
                           @Nullable String controls, @Nullable String checkFirst, @Nullable String nextStep,
                           @Nullable String doNot, @Nullable List<String> buckets, @Nullable List<String> sources) {
    }

    public record GuidanceFile(@Nullable List<GuidanceDto> guidance) {
    }

    public record GuidanceDto(@Nullable String owner, @Nullable String bucket, @Nullable String retry,
                              @Nullable String nextStep, @Nullable String doNot, @Nullable String variant) {
    }

    public record RulesFile(@Nullable List<RuleDto> rules) {
    }

    public record RuleDto(@Nullable String id, @Nullable String match, @Nullable String pattern,
                          @Nullable String owner, @Nullable String bucket, @Nullable String retry,
                          @Nullable String detail, @Nullable Double weight, @Nullable String source) {
    }

    public record TiersFile(@Nullable List<TableDto> tables) {
    }

    public record TableDto(@Nullable String id, @Nullable String title, @Nullable String owner,
                           @Nullable String model, @Nullable String source, @Nullable String caveat,
                           @Nullable List<RowDto> rows) {
    }

    public record RowDto(@Nullable String tier, @Nullable Boolean supported, @Nullable Long tpm, @Nullable Long ipm,
                         @Nullable Long rpm, @Nullable String monthlyLimit, @Nullable String qualification,
                         @Nullable String note) {
    }

    public record TreeFile(@Nullable String start, @Nullable List<NodeDto> nodes) {
    }

    /** A question or a leaf, told apart by {@code type}; fields of the other type must be absent. */
    public record NodeDto(@Nullable String type, @Nullable String id, @Nullable String text, @Nullable String script,
                          @Nullable String help, @Nullable List<AnswerDto> answers, @Nullable String owner,
                          @Nullable String bucket, @Nullable String detail, @Nullable String retry,
                          @Nullable String symptom) {
    }

    public record AnswerDto(@Nullable String id, @Nullable String label, @Nullable String script,
                            @Nullable String next) {
    }
}
