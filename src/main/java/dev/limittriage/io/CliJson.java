package dev.limittriage.io;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Reset;
import dev.limittriage.diagnosis.Signal;
import dev.limittriage.diagnosis.TierMatch;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.evidence.Header;
import dev.limittriage.knowledge.Source;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.knowledge.TierTable;
import dev.limittriage.knowledge.TreeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Export DTOs for the CLI's {@code --json} output, mapped by hand from the domain records. Component order is the
 * field order of the output, so changing it changes the published format.
 */
public final class CliJson {
    /** Header values never printed: credentials and cookies. */
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "api-key",
            "x-api-key", "ocp-apim-subscription-key", "cookie", "set-cookie", "x-goog-api-key");
    public static final String REDACTED = "[redacted]";

    private CliJson() {
    }

    /** One diagnosed input of {@code diagnose --json}. */
    public record DiagnosisLine(String file, String owner, String bucket, @Nullable String detail, String retry,
                                double confidence, List<SignalLine> signals, @Nullable ResetLine reset,
                                String nextStep, String doNot, String summary, @Nullable TierLine tier,
                                List<String> observations, EvidenceLine evidence, List<String> notes,
                                @Nullable QuestionLine question) {
    }

    /**
     * The one question that best settles what the paste left open (from the recovery tree), or null in the
     * {@link DiagnosisLine} when the owner and the bucket are both known.
     */
    public record QuestionLine(String id, String text, List<AnswerLine> answers) {
    }

    /** One answer to the deciding question. */
    public record AnswerLine(String id, String text) {
    }

    /** One unreadable input of {@code diagnose --json}, so output lines stay aligned with inputs. */
    public record ErrorLine(String file, String error) {
    }

    /** One signal the diagnosis rests on, with its place in the paste and the rule that matched it. */
    public record SignalLine(String kind, String value, @Nullable Integer start, @Nullable Integer end,
                             @Nullable String rule) {
    }

    /** When the limit resets: seconds from now or a time, and what the paste said it from. */
    public record ResetLine(@Nullable Double seconds, @Nullable String at, String source) {
    }

    /** The tier the rate-limit headers match, or whether they are tighter than every published tier. */
    public record TierLine(String table, @Nullable String tier, boolean tighter, String explanation) {
    }

    /** The facts read from the paste: status, error code and type, ids, and the headers (secrets masked). */
    public record EvidenceLine(@Nullable Integer httpStatus, @Nullable String errorCode, @Nullable String errorType,
                               @Nullable String model, @Nullable String organization, @Nullable String project,
                               @Nullable String requestId, List<HeaderLine> headers) {
    }

    /** One header of the paste; a secret header's value is {@link #REDACTED}. */
    public record HeaderLine(String name, String value) {
    }

    /** The output of {@code tiers --json}. */
    public record TiersDocument(String knowledgeVersion, String knowledgeCheckedOn, List<TableLine> tables) {
    }

    /** One tier table of {@code tiers --json}, with its source and rows. */
    public record TableLine(String id, String title, String owner, String model, SourceLine source, String caveat,
                            List<RowLine> rows) {
    }

    /** The source a tier table comes from and the date it was checked. */
    public record SourceLine(String title, @Nullable String url, String kind, String checkedOn) {
    }

    /** One tier's published limits and how a project qualifies for it. */
    public record RowLine(String tier, boolean supported, @Nullable Long tpm, @Nullable Long ipm, @Nullable Long rpm,
                          @Nullable String monthlyLimit, @Nullable String qualification, @Nullable String note) {
    }

    /**
     * Maps a diagnosis for output. {@code clean} is applied to every string that comes from the paste (signal
     * values, evidence, headers, detail, summary, observations), so secrets can be redacted before printing.
     * {@code question} is the deciding question, or null when the diagnosis settled owner and bucket.
     */
    public static DiagnosisLine diagnosis(String file, Diagnosis d, TreeNode.@Nullable Question question,
                                          List<String> readerNotes, UnaryOperator<String> clean) {
        List<SignalLine> signals = d.signals().stream().map(s -> signal(s, clean)).toList();
        Reset r = d.reset();
        ResetLine reset = r == null ? null
                : new ResetLine(r.seconds(), r.at() == null ? null : r.at().toString(), clean.apply(r.source()));
        TierMatch t = d.tierMatch();
        TierLine tier = t == null ? null
                : new TierLine(t.tableId(), t.tier(), t.tighter(), clean.apply(t.explanation()));
        List<String> notes = new ArrayList<>(readerNotes);
        notes.addAll(d.evidence().notes());
        String detail = d.detail();
        return new DiagnosisLine(file, d.owner().id(), d.bucket().id(), detail == null ? null : clean.apply(detail),
                d.retry().id(), d.confidence(), signals, reset, d.nextStep(), d.doNot(), clean.apply(d.summary()),
                tier, d.observations().stream().map(clean).toList(), evidence(d.evidence(), clean), notes,
                question == null ? null : question(question));
    }

    public static QuestionLine question(TreeNode.Question q) {
        return new QuestionLine(q.id(), q.text(),
                q.answers().stream().map(a -> new AnswerLine(a.id(), a.label())).toList());
    }

    private static SignalLine signal(Signal s, UnaryOperator<String> clean) {
        var span = s.span();
        return new SignalLine(s.kind(), clean.apply(s.value()), span == null ? null : span.start(),
                span == null ? null : span.end(), s.ruleId());
    }

    public static EvidenceLine evidence(Evidence e, UnaryOperator<String> clean) {
        List<HeaderLine> headers = e.headers().stream().map(h -> header(h, clean)).toList();
        return new EvidenceLine(e.httpStatus().orElse(null), fact(e, FactKind.ERROR_CODE, clean),
                fact(e, FactKind.ERROR_TYPE, clean), fact(e, FactKind.MODEL, clean),
                fact(e, FactKind.ORGANIZATION, clean), fact(e, FactKind.PROJECT, clean),
                fact(e, FactKind.REQUEST_ID, clean), headers);
    }

    private static @Nullable String fact(Evidence e, FactKind kind, UnaryOperator<String> clean) {
        return e.value(kind).map(clean).orElse(null);
    }

    /** A header for output; credentials and cookies are replaced whole, other values cleaned. */
    public static HeaderLine header(Header h, UnaryOperator<String> clean) {
        String name = h.name().toLowerCase(Locale.ROOT);
        return new HeaderLine(name, SECRET_HEADERS.contains(name) ? REDACTED : clean.apply(h.value()));
    }

    public static TableLine table(TierTable t) {
        Source s = t.source();
        return new TableLine(t.id(), t.title(), t.owner().id(), t.model(),
                new SourceLine(s.title(), s.url(), s.kind(), s.checkedOn().toString()), t.caveat(),
                t.rows().stream().map(CliJson::row).toList());
    }

    private static RowLine row(TierRow r) {
        return new RowLine(r.tier(), r.supported(), r.tpm(), r.ipm(), r.rpm(), r.monthlyLimit(), r.qualification(),
                r.note());
    }
}
