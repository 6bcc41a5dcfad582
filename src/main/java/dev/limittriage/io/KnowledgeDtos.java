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

    /** {@code manifest.json}: the knowledge version and the date its facts were last checked. */
    public record ManifestFile(@Nullable String version, @Nullable String checkedOn) {
    }

    /** {@code sources.json}: every source the other files cite by id. */
    public record SourcesFile(@Nullable List<SourceDto> sources) {
    }

    /** One cited source: its id, title, address (absent for offline sources), kind and check date. */
    public record SourceDto(@Nullable String id, @Nullable String title, @Nullable String url, @Nullable String kind,
                            @Nullable String checkedOn) {
    }

    /** {@code owners.json}: one profile per owner of a limit. */
    public record OwnersFile(@Nullable List<OwnerDto> owners) {
    }

    /** One owner: who controls the limit, what to check first, the next step, what not to do, its buckets. */
    public record OwnerDto(@Nullable String owner, @Nullable String name, @Nullable String route,
                           @Nullable String controls, @Nullable String checkFirst, @Nullable String nextStep,
                           @Nullable String doNot, @Nullable List<String> buckets, @Nullable List<String> sources) {
    }

    /** {@code guidance.json}: advice per owner and bucket. */
    public record GuidanceFile(@Nullable List<GuidanceDto> guidance) {
    }

    /** The retry verdict, next step and warning for one owner and bucket, optionally one variant. */
    public record GuidanceDto(@Nullable String owner, @Nullable String bucket, @Nullable String retry,
                              @Nullable String nextStep, @Nullable String doNot, @Nullable String variant,
                              @Nullable List<String> sources) {
    }

    /** {@code concepts.json}: ideas with their words in many languages. */
    public record ConceptsFile(@Nullable List<ConceptDto> concepts) {
    }

    /** One idea: what it points at, how strongly, and its terms per language. */
    public record ConceptDto(@Nullable String id, @Nullable String about, @Nullable String owner,
                             @Nullable String bucket, @Nullable String retry, @Nullable Double weight,
                             @Nullable String detail, @Nullable String source, @Nullable List<TermsDto> vocabulary) {
    }

    /** The terms of one language. */
    public record TermsDto(@Nullable String lang, @Nullable List<String> terms) {
    }

    /** {@code models.json}: image model ids and where each is in its life (active, deprecated, shut down). */
    public record ModelsFile(@Nullable List<ModelDto> models) {
    }

    /** One model id with its aliases, status, notice and shutdown dates, replacements, note and source. */
    public record ModelDto(@Nullable String id, @Nullable List<String> aliases, @Nullable String status,
                           @Nullable String noticeDate, @Nullable String shutdownDate,
                           @Nullable List<String> replacements, @Nullable String note, @Nullable String source) {
    }

    /** {@code rules.json}: the classifier's matching rules. */
    public record RulesFile(@Nullable List<RuleDto> rules) {
    }

    /** One rule: what it matches (code, type, phrase or header), the owner and bucket it points to, its weight. */
    public record RuleDto(@Nullable String id, @Nullable String match, @Nullable String pattern,
                          @Nullable String owner, @Nullable String bucket, @Nullable String retry,
                          @Nullable String detail, @Nullable Double weight, @Nullable String source) {
    }

    /** {@code tiers.json}: the published tier tables. */
    public record TiersFile(@Nullable List<TableDto> tables) {
    }

    /** One tier table for an owner and model, with its source, caveat and rows. */
    public record TableDto(@Nullable String id, @Nullable String title, @Nullable String owner,
                           @Nullable String model, @Nullable String source, @Nullable String caveat,
                           @Nullable List<RowDto> rows) {
    }

    /** One tier's published limits (TPM, IPM, RPM, monthly limit) and how a project qualifies for it. */
    public record RowDto(@Nullable String tier, @Nullable Boolean supported, @Nullable Long tpm, @Nullable Long ipm,
                         @Nullable Long rpm, @Nullable String monthlyLimit, @Nullable String qualification,
                         @Nullable String note) {
    }

    /** {@code tree.json}: the id of the first question and every node of the recovery tree. */
    public record TreeFile(@Nullable String start, @Nullable List<NodeDto> nodes) {
    }

    /** A question or a leaf, told apart by {@code type}; fields of the other type must be absent. */
    public record NodeDto(@Nullable String type, @Nullable String id, @Nullable String text, @Nullable String script,
                          @Nullable String help, @Nullable List<AnswerDto> answers, @Nullable String owner,
                          @Nullable String bucket, @Nullable String detail, @Nullable String retry,
                          @Nullable String symptom) {
    }

    /** One answer of a question: its label, the line support staff read out, and the id of the next node. */
    public record AnswerDto(@Nullable String id, @Nullable String label, @Nullable String script,
                            @Nullable String next) {
    }

    /** {@code faq.json}: the questions people ask, answered in our own words, with sources. */
    public record FaqFile(@Nullable String checkedOn, @Nullable List<FaqDto> questions) {
    }

    /** One question: its answer, cited source ids, the screens (step ids) it belongs to, search words. */
    public record FaqDto(@Nullable String id, @Nullable String question, @Nullable String answer,
                         @Nullable List<String> sources, @Nullable List<String> screens,
                         @Nullable List<String> keywords) {
    }
}
