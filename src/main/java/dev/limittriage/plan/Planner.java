package dev.limittriage.plan;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.ImageModelCosts;
import dev.limittriage.knowledge.ImageModelCosts.BatchSupport;
import dev.limittriage.knowledge.ImageModelCosts.ImagePrice;
import dev.limittriage.knowledge.ImageModelCosts.TokenFormula;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.Quality;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.knowledge.TierTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Plans a batch of images against per-minute limits.
 *
 * <p>The model: each limit lets a number of requests through per minute (IPM / n, TPM / (n x tokens per image),
 * RPM); the smallest binds. The plan sends whole requests per minute, evenly spaced, so no minute counted from the
 * start ever holds more than a limit allows, whether the limiter counts calendar minutes or refills continuously
 * (OpenAI's reset headers give the time until a bucket is full again). Concurrency starts several requests
 * together, never more than one minute's allowance, so the first minute's burst is allowed too. The wall time is
 * from the first request to the last one sent; the time a request takes to generate comes on top.
 */
public final class Planner {
    /** Minutes of per-minute demand kept for the chart. */
    public static final int DEMAND_MINUTES = 60;
    private final Knowledge knowledge;
    /** The dearest image per model: a search over every size, done once. */
    private final Map<String, Integer> dearest = new ConcurrentHashMap<>();

    public Planner(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The model's token costs; {@link PlanException} when the knowledge has no table for it. */
    public ImageModelCosts costs(String model) {
        return knowledge.imageCosts(model).orElseThrow(() -> new PlanException("no token table for model \""
                + model + "\" (known: " + String.join(", ", knowledge.imageCosts().stream()
                .map(ImageModelCosts::model).toList()) + ")"));
    }

    /** The published OpenAI tier table for the model, if the knowledge has one. */
    public Optional<TierTable> tierTable(String model) {
        return knowledge.tiers().stream().filter(t -> t.owner() == Owner.OPENAI_API && t.model().equals(model))
                .findFirst();
    }

    /** The limits of published tier {@code tier} (1..5) for the model. */
    public RateLimits tier(String model, int tier) {
        TierTable table = tierTable(model).orElseThrow(() -> new PlanException("no tier table for model \""
                + model + "\"; give the limits with --ipm, --tpm and --rpm"));
        String name = "Tier " + tier;
        TierRow row = table.rows().stream().filter(r -> r.tier().equals(name)).findFirst()
                .orElseThrow(() -> new PlanException("no tier \"" + tier + "\" for " + model + " (tiers: "
                        + String.join(", ", table.rows().stream().map(TierRow::tier).toList()) + ")"));
        if (!row.supported()) {
            throw new PlanException(row.tier() + " cannot use " + model);
        }
        return new RateLimits(row.tier(), tier, row.ipm(), row.tpm(), row.rpm(), table.source());
    }

    /** Azure's default quota for the model, in requests per minute, if the knowledge has one. */
    public Optional<RateLimits> azureDefault(String model) {
        return knowledge.tiers().stream().filter(t -> t.owner() == Owner.AZURE)
                .flatMap(t -> t.rows().stream().filter(r -> r.supported() && r.rpm() != null
                                && r.tier().equalsIgnoreCase(model))
                        .map(r -> new RateLimits("Azure " + r.tier() + " default", null, null, null, r.rpm(),
                                t.source())))
                .findFirst();
    }

    public Plan plan(PlanRequest request) {
        ImageModelCosts costs = costs(request.model());
        int tokens = ImageTokens.of(costs, request.size(), request.quality());
        Schedule s = schedule(request, tokens);
        List<String> notes = new ArrayList<>(s.notes);
        notes.add("The wall time runs from the first request to the last one sent; add the time one request takes"
                + " to come back. If that is longer than the pace, keep more requests in flight.");
        notes.add(bindingNote(request, tokens));
        Double cost = null;
        ImagePrice price = costs.price();
        if (price != null) {
            cost = round4((double) request.images() * tokens * price.imageOutput() / 1_000_000d);
        }
        return new Plan(request, tokens, costs.tokens().source(), basis(costs, request, tokens), s.binding, s.why,
                s.limits, s.requests, s.perMinute, s.pace, s.group, s.groupEvery, s.minutes, cost,
                price == null ? null : price.source(), batch(costs, cost), nextTiers(request, tokens),
                demand(request, tokens, s), notes);
    }

    private record Schedule(Bucket binding, String why, List<Plan.LimitUse> limits, int requests, int perMinute,
                            double pace, int group, double groupEvery, double minutes, List<String> notes) {
    }

    private static Schedule schedule(PlanRequest r, int tokensPerImage) {
        RateLimits l = r.limits();
        int n = r.n();
        long tokensPerRequest = (long) n * tokensPerImage;
        List<Plan.LimitUse> uses = new ArrayList<>();
        if (l.ipm() != null) {
            uses.add(new Plan.LimitUse(Bucket.IPM, l.ipm(), l.ipm() / (double) n, l.source()));
        }
        if (l.tpm() != null) {
            uses.add(new Plan.LimitUse(Bucket.TPM, l.tpm(), l.tpm() / (double) tokensPerRequest, l.source()));
        }
        if (l.rpm() != null) {
            uses.add(new Plan.LimitUse(Bucket.RPM, l.rpm(), l.rpm(), l.source()));
        }
        Plan.LimitUse bind = uses.get(0);
        for (Plan.LimitUse u : uses) {
            if (u.requestsPerMinute() < bind.requestsPerMinute()) {
                bind = u;
            }
        }
        int perMinute = (int) Math.min(Integer.MAX_VALUE, Math.floor(bind.requestsPerMinute()));
        if (perMinute < 1) {
            throw new PlanException(tooLarge(bind, n, tokensPerRequest));
        }
        List<String> notes = new ArrayList<>();
        if (perMinute * (long) n < Math.floor(bind.requestsPerMinute() * n) && bind.bucket() == Bucket.IPM) {
            notes.add(String.format(Locale.ROOT, "Only whole requests fit in a minute: %d requests of %d images use"
                    + " %d of the %d images a minute allows. n=1 uses all of them.", perMinute, n,
                    perMinute * n, bind.perMinute()));
        }
        final int requests = (int) ((r.images() + (long) n - 1) / n);
        final double pace = 60d / perMinute;
        int group = Math.min(r.concurrency(), perMinute);
        if (group < r.concurrency()) {
            notes.add(String.format(Locale.ROOT, "Concurrency %d was capped at %d: more requests at once than a"
                    + " minute allows would be refused.", r.concurrency(), group));
        }
        int groupsPerMinute = perMinute / group;
        if (groupsPerMinute * group < perMinute) {
            notes.add(String.format(Locale.ROOT, "%d at a time sends %d requests a minute, not %d: whole groups"
                    + " only. A concurrency that divides %d keeps the full pace.", group, groupsPerMinute * group,
                    perMinute, perMinute));
        }
        double groupEvery = 60d / groupsPerMinute;
        int groups = (requests + group - 1) / group;
        double minutes = (groups - 1) * groupEvery / 60d;
        if (group > 1) {
            notes.add("Starting several requests together assumes the limiter lets a minute's allowance through at"
                    + " once; OpenAI may enforce a limit over shorter periods, so one at a time is the safe pace.");
        }
        return new Schedule(bind.bucket(), why(bind, uses, n, tokensPerImage), uses, requests,
                groupsPerMinute * group, pace, group, groupEvery, minutes, notes);
    }

    private static String tooLarge(Plan.LimitUse bind, int n, long tokensPerRequest) {
        return switch (bind.bucket()) {
            case IPM -> String.format(Locale.ROOT, "one request of %d images is more than the %,d images a minute"
                    + " the limit allows; use n of %d or less", n, bind.perMinute(), bind.perMinute());
            case TPM -> String.format(Locale.ROOT, "one request needs %,d tokens, more than the %,d tokens a minute"
                    + " the limit allows: a smaller size, a lower quality or a smaller n", tokensPerRequest,
                    bind.perMinute());
            default -> "the request limit allows no request at all";
        };
    }

    private static String why(Plan.LimitUse bind, List<Plan.LimitUse> uses, int n, int tokensPerImage) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s binds first: it lets %s requests a minute through", label(bind),
                per(bind.requestsPerMinute())));
        List<String> others = new ArrayList<>();
        for (Plan.LimitUse u : uses) {
            if (u != bind) {
                others.add(label(u) + " would allow " + per(u.requestsPerMinute()));
            }
        }
        if (!others.isEmpty()) {
            s.append(" (").append(String.join(", ", others)).append(")");
        }
        s.append(String.format(Locale.ROOT, ", at %,d tokens an image and %d image%s a request.", tokensPerImage,
                n, n == 1 ? "" : "s"));
        return s.toString();
    }

    private static String label(Plan.LimitUse u) {
        return String.format(Locale.ROOT, "%s %,d", u.bucket().id().toUpperCase(Locale.ROOT), u.perMinute());
    }

    private static String per(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private String basis(ImageModelCosts costs, PlanRequest r, int tokens) {
        if (costs.tokens() instanceof TokenFormula) {
            String measured = costs.measured().stream()
                    .filter(m -> m.width() == r.size().width() && m.height() == r.size().height()
                            && m.quality() == r.quality())
                    .map(m -> String.format(Locale.ROOT, ", and matches the %,d people read off the calculator for"
                            + " this size and quality", m.tokens()))
                    .findFirst().orElse("");
            return "OpenAI publishes no token table for " + costs.model() + "; the figure comes from the formula"
                    + " behind OpenAI's image-cost calculator" + measured + ".";
        }
        return "From the published per-size table for " + costs.model() + ".";
    }

    private static Plan.@Nullable BatchOption batch(ImageModelCosts costs, @Nullable Double cost) {
        BatchSupport b = costs.batch();
        if (b == null || !b.supported()) {
            return null;
        }
        return new Plan.BatchOption(cost == null ? null : round4(cost * b.priceFactor()), b.priceFactor(),
                b.windowHours(), b.queueLimit(), b.endpoint(), List.of(b.support(), b.endpointSource(), b.terms()),
                b.note());
    }

    private List<Plan.TierOutcome> nextTiers(PlanRequest r, int tokens) {
        Integer current = r.limits().tier();
        if (current == null) {
            return List.of();
        }
        Optional<TierTable> table = tierTable(r.model());
        if (table.isEmpty()) {
            return List.of();
        }
        List<Plan.TierOutcome> out = new ArrayList<>();
        for (TierRow row : table.get().rows()) {
            Integer number = tierNumber(row.tier());
            if (number == null || number <= current || !row.supported()) {
                continue;
            }
            RateLimits l = new RateLimits(row.tier(), number, row.ipm(), row.tpm(), row.rpm(), table.get().source());
            PlanRequest next = new PlanRequest(r.model(), r.images(), r.size(), r.quality(), r.n(), l,
                    r.concurrency());
            try {
                Schedule s = schedule(next, tokens);
                out.add(new Plan.TierOutcome(row.tier(), s.binding, s.minutes, s.pace, row.ipm(), row.tpm()));
            } catch (PlanException e) {
                // a request this tier cannot take at all has no row
            }
        }
        return out;
    }

    static @Nullable Integer tierNumber(String tier) {
        if (!tier.startsWith("Tier ")) {
            return null;
        }
        try {
            return Integer.parseInt(tier.substring(5).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Plan.MinuteDemand> demand(PlanRequest r, int tokensPerImage, Schedule s) {
        List<Plan.MinuteDemand> out = new ArrayList<>();
        long requestsLeft = s.requests;
        long imagesLeft = r.images();
        int groupsPerMinute = (int) Math.round(60d / s.groupEvery);
        for (int minute = 0; minute < DEMAND_MINUTES && requestsLeft > 0; minute++) {
            long req = Math.min(requestsLeft, (long) groupsPerMinute * s.group);
            long img = Math.min(imagesLeft, req * r.n());
            out.add(new Plan.MinuteDemand(minute, img, img * tokensPerImage, req));
            requestsLeft -= req;
            imagesLeft -= img;
        }
        return out;
    }

    /**
     * When TPM, not IPM, binds first on the published tiers for plain generation: the tokens an image may cost
     * before a tier's TPM lets fewer images through than its IPM, against the dearest image the model makes.
     */
    private String bindingNote(PlanRequest r, int tokens) {
        Optional<TierTable> table = tierTable(r.model());
        if (table.isEmpty()) {
            return "TPM binds before IPM when tokens per image exceed TPM / IPM; input images in edits count too.";
        }
        int dearest = this.dearest.computeIfAbsent(r.model(), m -> dearestImage(costs(m)));
        List<String> tpmTiers = new ArrayList<>();
        long lowest = Long.MAX_VALUE;
        String lowestTier = "";
        for (TierRow row : table.get().rows()) {
            if (!row.supported() || row.tpm() == null || row.ipm() == null) {
                continue;
            }
            long threshold = row.tpm() / row.ipm();
            if (threshold < lowest) {
                lowest = threshold;
                lowestTier = row.tier();
            }
            if (dearest > threshold) {
                tpmTiers.add(row.tier());
            }
        }
        String base = String.format(Locale.ROOT, "On the published %s tiers IPM binds first for plain generation"
                + " while an image costs at most %,d tokens (%s: TPM / IPM)", r.model(), lowest, lowestTier);
        String tail = tpmTiers.isEmpty()
                ? String.format(Locale.ROOT, "; no size the model takes costs more (the dearest is %,d), so IPM"
                        + " binds at every tier.", dearest)
                : String.format(Locale.ROOT, "; the dearest size at high quality costs %,d, so TPM binds first on"
                        + " %s for the largest sizes.", dearest, String.join(", ", tpmTiers));
        return base + tail + " TPM can also bind first in edits with many input images, if your project's TPM"
                + " counts their input tokens.";
    }

    /** The most output tokens one image of the model can cost (high quality, every size it takes). */
    static int dearestImage(ImageModelCosts costs) {
        if (costs.tokens() instanceof ImageModelCosts.TokenTable t) {
            return t.entries().stream().mapToInt(ImageModelCosts.TableEntry::tokens).max().orElse(0);
        }
        TokenFormula f = (TokenFormula) costs.tokens();
        int best = 0;
        for (int w = f.stepPx(); w <= f.maxEdgePx(); w += f.stepPx()) {
            for (int h = f.stepPx(); h <= w; h += f.stepPx()) {
                ImageSize size = new ImageSize(w, h);
                if (ImageTokens.refusal(f, size).isEmpty()) {
                    best = Math.max(best, ImageTokens.of(costs, size, Quality.HIGH));
                }
            }
        }
        return best;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
