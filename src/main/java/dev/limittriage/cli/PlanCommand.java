package dev.limittriage.cli;

import dev.limittriage.io.PlanJson;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Quality;
import dev.limittriage.knowledge.Source;
import dev.limittriage.plan.ImageSize;
import dev.limittriage.plan.Plan;
import dev.limittriage.plan.PlanException;
import dev.limittriage.plan.PlanRequest;
import dev.limittriage.plan.Planner;
import dev.limittriage.plan.RateLimits;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code limit-triage plan}: how long a batch of images takes on a tier, at what pace, and what it costs. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan a batch of images against the rate limits: which limit binds, the least wall time,",
            "a safe pace, tokens per image, cost, the next tiers and the Batch API."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:planned",
            "2:bad input (no images, a tier that does not exist, a size the model does not take, a model with no"
                    + " table, a request larger than a minute's allowance), or a bad --knowledge directory"})
public final class PlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    @Nullable TriageCommand parent;

    @Option(names = "--json", description = "Print the plan as one JSON object.")
    boolean json;

    @Option(names = "--model", required = true, paramLabel = "ID", description = "Image model, e.g. gpt-image-2.")
    String model = "";

    @Option(names = "--images", required = true, paramLabel = "N", description = "Number of images in the batch.")
    int images;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1024x1024",
            description = "Image size (default: ${DEFAULT-VALUE}).")
    String size = "1024x1024";

    @Option(names = "--quality", paramLabel = "low|medium|high", defaultValue = "high",
            description = "Image quality (default: ${DEFAULT-VALUE}, the dearest).")
    String quality = "high";

    @Option(names = "--n", paramLabel = "K", defaultValue = "1", description = "Images per request (default: 1).")
    int perRequest = 1;

    @Option(names = "--tier", paramLabel = "1..5", description = "Published OpenAI usage tier.")
    @Nullable Integer tier;

    @Option(names = "--ipm", paramLabel = "X", description = "Your images-per-minute limit (instead of --tier).")
    @Nullable Long ipm;

    @Option(names = "--tpm", paramLabel = "Y", description = "Your tokens-per-minute limit (instead of --tier).")
    @Nullable Long tpm;

    @Option(names = "--rpm", paramLabel = "Z", description = "Your requests-per-minute limit (instead of --tier).")
    @Nullable Long rpm;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "1",
            description = "Requests started together (default: 1, the safe pace).")
    int concurrency = 1;

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonMapper mapper = TriageCommand.json(parent);
        Optional<Knowledge> loaded = knowledge.loadOrReport(err, mapper);
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Planner planner = new Planner(loaded.get());
        Plan plan;
        try {
            plan = planner.plan(request(planner));
        } catch (PlanException e) {
            err.println("limit-triage: plan: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (json) {
            out.println(mapper.writeValueAsString(PlanJson.document(plan)));
        } else {
            print(out, plan);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private PlanRequest request(Planner planner) {
        final ImageSize imageSize = ImageSize.parse(size).orElseThrow(() -> new PlanException(
                "--size must be WIDTHxHEIGHT in pixels, e.g. 1024x1024; was \"" + size + "\""));
        final Quality q = Quality.fromId(quality.toLowerCase(Locale.ROOT)).orElseThrow(() -> new PlanException(
                "--quality must be low, medium or high; was \"" + quality + "\""));
        boolean custom = ipm != null || tpm != null || rpm != null;
        Integer t = tier;
        if (t != null && custom) {
            throw new PlanException("give --tier or your own --ipm/--tpm/--rpm, not both");
        }
        if (t == null && !custom) {
            throw new PlanException("give --tier 1..5, or your own limits with --ipm, --tpm and --rpm");
        }
        planner.costs(model); // a model with no table is refused before its tiers are looked up
        RateLimits limits = t != null ? planner.tier(model, t) : RateLimits.custom(ipm, tpm, rpm);
        return new PlanRequest(model, images, imageSize, q, perRequest, limits, concurrency);
    }

    static void print(PrintWriter out, Plan p) {
        PlanRequest r = p.request();
        out.printf(Locale.ROOT, "Plan:        %,d images of %s, %s, %s quality, %d per request, %s%n", r.images(),
                r.model(), r.size(), r.quality().id(), r.n(), r.limits().label());
        out.println("Binding:     " + p.binding().id().toUpperCase(Locale.ROOT) + ". " + p.why());
        out.printf(Locale.ROOT, "Least time:  %s (first request to last one sent)%n", minutes(p.minutes()));
        out.println("Safe pace:   " + pace(p));
        out.printf(Locale.ROOT, "Tokens:      %,d per image. %s (%s)%n", p.tokensPerImage(), p.tokenBasis(),
                cite(p.tokenSource()));
        Double cost = p.costUsd();
        Source priceSource = p.priceSource();
        out.println("Cost:        " + (cost == null || priceSource == null
                ? "no price in the knowledge for " + r.model()
                : String.format(Locale.ROOT, "$%,.2f for the output tokens (%s)", cost, cite(priceSource))));
        for (Plan.LimitUse l : p.limits()) {
            out.printf(Locale.ROOT, "Limit:       %s %,d a minute: %s requests of this batch (%s)%n",
                    l.bucket().id().toUpperCase(Locale.ROOT), l.perMinute(), trim(l.requestsPerMinute()),
                    l.source() == null ? "typed in" : cite(l.source()));
        }
        for (Plan.TierOutcome t : p.nextTiers()) {
            out.printf(Locale.ROOT, "Next tier:   %s: %s binds, %s, one request every %s s%n", t.tier(),
                    t.binding().id().toUpperCase(Locale.ROOT), minutes(t.minutes()), trim(t.paceSeconds()));
        }
        Plan.BatchOption b = p.batch();
        if (b != null) {
            out.printf(Locale.ROOT, "Batch API:   %s, results within %d h, queue limit %s (%s). %s%n",
                    b.costUsd() == null ? "price unknown" : String.format(Locale.ROOT, "$%,.2f", b.costUsd()),
                    b.windowHours(), b.queueLimit() == null ? "not published" : String.format(Locale.ROOT, "%,d",
                            b.queueLimit()), String.join("; ", b.sources().stream().map(PlanCommand::cite).toList()),
                    b.note());
        }
        for (String note : p.notes()) {
            out.println("Note:        " + note);
        }
    }

    /** "one request every 12 s", or "2 at a time, every 24 s". */
    static String pace(Plan p) {
        if (p.groupSize() <= 1) {
            return "one request every " + trim(p.paceSeconds()) + " s";
        }
        return p.groupSize() + " at a time, every " + trim(p.groupEverySeconds()) + " s (one at a time: every "
                + trim(p.paceSeconds()) + " s)";
    }

    static String minutes(double m) {
        if (m < 1) {
            return trim(m * 60) + " s";
        }
        return String.format(Locale.ROOT, "%.1f min", m);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }

    private static String cite(Source s) {
        return s.title() + (s.url() == null ? "" : ", " + s.url()) + ", checked " + s.checkedOn();
    }
}
