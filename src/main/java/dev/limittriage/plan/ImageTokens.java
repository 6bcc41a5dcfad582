package dev.limittriage.plan;

import dev.limittriage.knowledge.ImageModelCosts;
import dev.limittriage.knowledge.ImageModelCosts.TableEntry;
import dev.limittriage.knowledge.ImageModelCosts.TokenFormula;
import dev.limittriage.knowledge.ImageModelCosts.TokenTable;
import dev.limittriage.knowledge.Quality;
import java.util.Locale;

/** The output tokens of one image, from a model's token rule; refuses a size the model does not take. */
public final class ImageTokens {
    private ImageTokens() {
    }

    /** Output tokens of one image of this size and quality; {@link PlanException} when the size is not taken. */
    public static int of(ImageModelCosts costs, ImageSize size, Quality quality) {
        if (costs.tokens() instanceof TokenFormula f) {
            return formula(costs.model(), f, size, quality);
        }
        TokenTable t = (TokenTable) costs.tokens();
        return t.entries().stream()
                .filter(e -> e.width() == size.width() && e.height() == size.height() && e.quality() == quality)
                .mapToInt(TableEntry::tokens).findFirst()
                .orElseThrow(() -> new PlanException(costs.model() + " does not take size " + size
                        + " (it takes " + String.join(", ", t.entries().stream()
                        .map(e -> e.width() + "x" + e.height()).distinct().toList()) + ")"));
    }

    /** Why the size is refused, or "" when the model takes it. */
    static String refusal(TokenFormula f, ImageSize size) {
        int w = size.width();
        int h = size.height();
        if (w % f.stepPx() != 0 || h % f.stepPx() != 0) {
            return "both edges must be multiples of " + f.stepPx() + " px";
        }
        if (Math.max(w, h) > f.maxEdgePx()) {
            return "the longer edge may be at most " + f.maxEdgePx() + " px";
        }
        if (Math.max(w, h) > f.maxAspect() * Math.min(w, h)) {
            return "the longer edge may be at most " + fmt(f.maxAspect()) + " times the shorter";
        }
        if (size.pixels() < f.minPixels() || size.pixels() > f.maxPixels()) {
            return String.format(Locale.ROOT, "the image must have %,d to %,d pixels (this one has %,d)",
                    f.minPixels(), f.maxPixels(), size.pixels());
        }
        return "";
    }

    private static int formula(String model, TokenFormula f, ImageSize size, Quality quality) {
        String refused = refusal(f, size);
        if (!refused.isEmpty()) {
            throw new PlanException(model + " does not take size " + size + ": " + refused);
        }
        long factor = f.factors().stream().filter(q -> q.quality() == quality).findFirst()
                .orElseThrow(() -> new PlanException("no factor for quality " + quality.id())).factor();
        long longEdge = Math.max(size.width(), size.height());
        long shortEdge = Math.min(size.width(), size.height());
        // the short edge's share of the factor, rounded half up, as the calculator does
        long shortFactor = (2 * factor * shortEdge + longEdge) / (2 * longEdge);
        long numerator = factor * shortFactor * (f.areaOffsetPixels() + size.pixels());
        return Math.toIntExact((numerator + f.areaDivisor() - 1) / f.areaDivisor());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
