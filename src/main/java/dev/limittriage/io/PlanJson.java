package dev.limittriage.io;

import dev.limittriage.knowledge.Source;
import dev.limittriage.plan.Plan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Export DTOs of {@code plan --json}, mapped by hand from {@link Plan}. Component order is the field order of the
 * output. Times are rounded to milliseconds and minutes to a thousandth, so the figures read as written.
 */
public final class PlanJson {
    private PlanJson() {
    }

    /** The whole plan. {@code tier} is 1..5 for a published tier and null for custom or Azure limits. */
    public record PlanDocument(String model, @Nullable Integer tier, String limitsName, int images, String size,
                               String quality, int n, int concurrency, String binding, String why, double minutes,
                               double paceSeconds, int groupSize, double groupEverySeconds, int requests,
                               int requestsPerMinute, int tokensPerImage, SourceLine tokenSource, String tokenBasis,
                               @Nullable Double costUsd, @Nullable SourceLine priceSource, List<LimitLine> limits,
                               @Nullable BatchLine batch, List<TierLine> nextTiers, List<MinuteLine> demand,
                               List<String> notes) {
    }

    /** One limit used: its bucket, value, the requests of this batch it lets through a minute, its source. */
    public record LimitLine(String bucket, long perMinute, double requestsPerMinute, @Nullable SourceLine source) {
    }

    /** Where a figure comes from and the day it was checked. */
    public record SourceLine(String title, @Nullable String url, String kind, String checkedOn) {
    }

    /** The Batch API alternative. {@code queueLimit} is null when no value is published. */
    public record BatchLine(@Nullable Double costUsd, double priceFactor, int windowHours, @Nullable Long queueLimit,
                            String endpoint, List<SourceLine> sources, String note) {
    }

    /** The same batch on a tier above. */
    public record TierLine(String tier, String binding, double minutes, double paceSeconds, @Nullable Long ipm,
                           @Nullable Long tpm) {
    }

    /** What the plan sends in one minute. */
    public record MinuteLine(int minute, long images, long tokens, long requests) {
    }

    public static PlanDocument document(Plan p) {
        var r = p.request();
        var b = p.batch();
        return new PlanDocument(r.model(), r.limits().tier(), r.limits().label(), r.images(), r.size().toString(),
                r.quality().id(), r.n(), r.concurrency(), p.binding().id(), p.why(), thousandth(p.minutes()),
                thousandth(p.paceSeconds()), p.groupSize(), thousandth(p.groupEverySeconds()), p.requests(),
                p.requestsPerMinute(), p.tokensPerImage(), source(p.tokenSource()), p.tokenBasis(), p.costUsd(),
                p.priceSource() == null ? null : source(p.priceSource()),
                p.limits().stream().map(l -> new LimitLine(l.bucket().id(), l.perMinute(),
                        thousandth(l.requestsPerMinute()), l.source() == null ? null : source(l.source()))).toList(),
                b == null ? null : new BatchLine(b.costUsd(), b.priceFactor(), b.windowHours(), b.queueLimit(),
                        b.endpoint(), b.sources().stream().map(PlanJson::source).toList(), b.note()),
                p.nextTiers().stream().map(t -> new TierLine(t.tier(), t.binding().id(), thousandth(t.minutes()),
                        thousandth(t.paceSeconds()), t.ipm(), t.tpm())).toList(),
                p.demand().stream().map(d -> new MinuteLine(d.minute(), d.images(), d.tokens(), d.requests()))
                        .toList(), p.notes());
    }

    public static SourceLine source(Source s) {
        return new SourceLine(s.title(), s.url(), s.kind(), s.checkedOn().toString());
    }

    static double thousandth(double v) {
        return Math.round(v * 1000d) / 1000d;
    }
}
