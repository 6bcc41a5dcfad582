package dev.limittriage.io;

import dev.limittriage.io.ImageCostDtos.BatchDto;
import dev.limittriage.io.ImageCostDtos.EntryDto;
import dev.limittriage.io.ImageCostDtos.FactorDto;
import dev.limittriage.io.ImageCostDtos.ImageCostsFile;
import dev.limittriage.io.ImageCostDtos.MeasuredDto;
import dev.limittriage.io.ImageCostDtos.ModelDto;
import dev.limittriage.io.ImageCostDtos.PriceDto;
import dev.limittriage.io.ImageCostDtos.TokensDto;
import dev.limittriage.knowledge.ImageModelCosts;
import dev.limittriage.knowledge.ImageModelCosts.BatchSupport;
import dev.limittriage.knowledge.ImageModelCosts.ImagePrice;
import dev.limittriage.knowledge.ImageModelCosts.MeasuredTokens;
import dev.limittriage.knowledge.ImageModelCosts.QualityFactor;
import dev.limittriage.knowledge.ImageModelCosts.TableEntry;
import dev.limittriage.knowledge.ImageModelCosts.TokenFormula;
import dev.limittriage.knowledge.ImageModelCosts.TokenRule;
import dev.limittriage.knowledge.ImageModelCosts.TokenTable;
import dev.limittriage.knowledge.Quality;
import dev.limittriage.knowledge.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks {@code image-costs.json} and maps it to {@link ImageModelCosts}; every error names the field. */
final class ImageCostLoader {
    static final String FILE = "image-costs.json";

    private ImageCostLoader() {
    }

    static List<ImageModelCosts> map(ImageCostsFile file, Map<String, Source> sources) {
        List<ModelDto> models = required("models", file.models());
        if (models.isEmpty()) {
            throw new KnowledgeException(FILE, "models", "must not be empty");
        }
        List<ImageModelCosts> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            String at = "models[" + i + "]";
            ModelDto m = required(at, models.get(i));
            String model = text(at + ".model", m.model());
            if (!seen.add(model)) {
                throw new KnowledgeException(FILE, at + ".model", "duplicate model \"" + model + "\"");
            }
            TokenRule rule = rule(at + ".tokens", required(at + ".tokens", m.tokens()), sources);
            List<MeasuredDto> measuredDtos = required(at + ".measured", m.measured());
            List<MeasuredTokens> measured = new ArrayList<>();
            for (int k = 0; k < measuredDtos.size(); k++) {
                String mat = at + ".measured[" + k + "]";
                MeasuredDto d = required(mat, measuredDtos.get(k));
                int[] size = size(mat + ".size", d.size());
                measured.add(new MeasuredTokens(size[0], size[1], quality(mat + ".quality", d.quality()),
                        positive(mat + ".tokens", d.tokens()), source(mat + ".source", d.source(), sources)));
            }
            out.add(new ImageModelCosts(model, rule, measured, price(at + ".price", m.price(), sources),
                    batch(at + ".batch", m.batch(), sources), text(at + ".note", m.note())));
        }
        return out;
    }

    private static TokenRule rule(String at, TokensDto t, Map<String, Source> sources) {
        String rule = text(at + ".rule", t.rule());
        Source source = source(at + ".source", t.source(), sources);
        switch (rule) {
            case "formula" -> {
                List<FactorDto> factorDtos = required(at + ".factors", t.factors());
                List<QualityFactor> factors = new ArrayList<>();
                Set<Quality> qualities = EnumSet.noneOf(Quality.class);
                for (int k = 0; k < factorDtos.size(); k++) {
                    String fat = at + ".factors[" + k + "]";
                    FactorDto f = required(fat, factorDtos.get(k));
                    Quality q = quality(fat + ".quality", f.quality());
                    if (!qualities.add(q)) {
                        throw new KnowledgeException(FILE, fat + ".quality", "duplicate quality \"" + q.id() + "\"");
                    }
                    factors.add(new QualityFactor(q, positive(fat + ".factor", f.factor())));
                }
                if (qualities.size() != Quality.values().length) {
                    throw new KnowledgeException(FILE, at + ".factors", "needs a factor for every quality");
                }
                forbid(at + ".entries", t.entries());
                long minPixels = positiveLong(at + ".minPixels", t.minPixels());
                long maxPixels = positiveLong(at + ".maxPixels", t.maxPixels());
                if (maxPixels < minPixels) {
                    throw new KnowledgeException(FILE, at + ".maxPixels", "smaller than minPixels");
                }
                Double aspect = t.maxAspect();
                if (aspect == null || !(aspect >= 1)) {
                    throw new KnowledgeException(FILE, at + ".maxAspect", aspect == null ? "missing"
                            : "must be at least 1, was " + aspect);
                }
                return new TokenFormula(factors, positive(at + ".stepPx", t.stepPx()), minPixels, maxPixels,
                        positive(at + ".maxEdgePx", t.maxEdgePx()), aspect,
                        nonNegative(at + ".areaOffsetPixels", t.areaOffsetPixels()),
                        positiveLong(at + ".areaDivisor", t.areaDivisor()), source,
                        source(at + ".sizeSource", t.sizeSource(), sources));
            }
            case "table" -> {
                forbid(at + ".factors", t.factors());
                forbid(at + ".stepPx", t.stepPx());
                forbid(at + ".areaDivisor", t.areaDivisor());
                List<EntryDto> entryDtos = required(at + ".entries", t.entries());
                if (entryDtos.isEmpty()) {
                    throw new KnowledgeException(FILE, at + ".entries", "must not be empty");
                }
                List<TableEntry> entries = new ArrayList<>();
                Set<String> cells = new HashSet<>();
                for (int k = 0; k < entryDtos.size(); k++) {
                    String eat = at + ".entries[" + k + "]";
                    EntryDto e = required(eat, entryDtos.get(k));
                    int[] size = size(eat + ".size", e.size());
                    Quality q = quality(eat + ".quality", e.quality());
                    if (!cells.add(size[0] + "x" + size[1] + "/" + q.id())) {
                        throw new KnowledgeException(FILE, eat, "duplicate entry for " + e.size() + " " + q.id());
                    }
                    entries.add(new TableEntry(size[0], size[1], q, positive(eat + ".tokens", e.tokens())));
                }
                return new TokenTable(entries, source);
            }
            default -> throw new KnowledgeException(FILE, at + ".rule", "unknown rule \"" + rule
                    + "\" (expected formula or table)");
        }
    }

    private static @Nullable ImagePrice price(String at, @Nullable PriceDto p, Map<String, Source> sources) {
        if (p == null) {
            return null;
        }
        return new ImagePrice(positiveDouble(at + ".imageOutput", p.imageOutput()),
                optionalPositive(at + ".imageInput", p.imageInput()),
                optionalPositive(at + ".textInput", p.textInput()), source(at + ".source", p.source(), sources));
    }

    private static @Nullable BatchSupport batch(String at, @Nullable BatchDto b, Map<String, Source> sources) {
        if (b == null) {
            return null;
        }
        Boolean supported = b.supported();
        if (supported == null) {
            throw new KnowledgeException(FILE, at + ".supported", "missing");
        }
        double factor = positiveDouble(at + ".priceFactor", b.priceFactor());
        if (factor > 1) {
            throw new KnowledgeException(FILE, at + ".priceFactor", "a share of the price: at most 1, was "
                    + factor);
        }
        Long queue = b.queueLimit();
        if (queue != null && queue <= 0) {
            throw new KnowledgeException(FILE, at + ".queueLimit", "must be positive (or left out), was " + queue);
        }
        return new BatchSupport(supported, text(at + ".endpoint", b.endpoint()),
                positive(at + ".windowHours", b.windowHours()), factor, queue,
                source(at + ".support", b.support(), sources), source(at + ".endpointSource", b.endpointSource(),
                sources), source(at + ".terms", b.terms(), sources), text(at + ".note", b.note()));
    }

    // ---- field helpers

    private static <T> T required(String at, @Nullable T value) {
        if (value == null) {
            throw new KnowledgeException(FILE, at, "missing");
        }
        return value;
    }

    private static void forbid(String at, @Nullable Object value) {
        if (value != null) {
            throw new KnowledgeException(FILE, at, "not allowed for this rule");
        }
    }

    private static String text(String at, @Nullable String value) {
        String s = required(at, value);
        if (s.isBlank()) {
            throw new KnowledgeException(FILE, at, "blank");
        }
        return s;
    }

    private static int positive(String at, @Nullable Integer value) {
        int v = required(at, value);
        if (v <= 0) {
            throw new KnowledgeException(FILE, at, "must be positive, was " + v);
        }
        return v;
    }

    private static long positiveLong(String at, @Nullable Long value) {
        long v = required(at, value);
        if (v <= 0) {
            throw new KnowledgeException(FILE, at, "must be positive, was " + v);
        }
        return v;
    }

    private static long nonNegative(String at, @Nullable Long value) {
        long v = required(at, value);
        if (v < 0) {
            throw new KnowledgeException(FILE, at, "must not be negative, was " + v);
        }
        return v;
    }

    private static double positiveDouble(String at, @Nullable Double value) {
        double v = required(at, value);
        if (!(v > 0)) {
            throw new KnowledgeException(FILE, at, "must be positive, was " + v);
        }
        return v;
    }

    private static @Nullable Double optionalPositive(String at, @Nullable Double value) {
        return value == null ? null : positiveDouble(at, value);
    }

    private static Quality quality(String at, @Nullable String value) {
        String s = text(at, value);
        return Quality.fromId(s).orElseThrow(() -> new KnowledgeException(FILE, at, "unknown quality \"" + s
                + "\" (expected low, medium or high)"));
    }

    private static int[] size(String at, @Nullable String value) {
        String s = text(at, value);
        int x = s.indexOf('x');
        try {
            if (x > 0) {
                int w = Integer.parseInt(s.substring(0, x));
                int h = Integer.parseInt(s.substring(x + 1));
                if (w > 0 && h > 0) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new KnowledgeException(FILE, at, "not a size WIDTHxHEIGHT: \"" + s + "\"");
    }

    private static Source source(String at, @Nullable String id, Map<String, Source> sources) {
        String ref = text(at, id);
        Source s = sources.get(ref);
        if (s == null) {
            throw new KnowledgeException(FILE, at, "unknown source \"" + ref + "\" (not in "
                    + KnowledgeLoader.SOURCES + ")");
        }
        return s;
    }
}
