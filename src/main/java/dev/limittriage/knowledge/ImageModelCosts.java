package dev.limittriage.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one image model's output costs in tokens and dollars, from {@code image-costs.json}.
 *
 * @param model    the model id ("gpt-image-2")
 * @param tokens   how to get the output tokens of one image: a formula over any accepted size, or a table of the
 *                 sizes the model accepts
 * @param measured figures seen in public (OpenAI's calculator, responses' usage), which the rule must reproduce
 * @param price    the price per million image output tokens, when one is known
 * @param batch    whether OpenAI's Batch API takes this model's image requests, when the knowledge says
 * @param note     what the figures do not cover, in plain words
 */
public record ImageModelCosts(String model, TokenRule tokens, List<MeasuredTokens> measured,
                              @Nullable ImagePrice price, @Nullable BatchSupport batch, String note) {
    public ImageModelCosts {
        measured = List.copyOf(measured);
    }

    /** How the output tokens of one image are found. */
    public sealed interface TokenRule permits TokenFormula, TokenTable {
        /** Where the rule comes from, with its checked-on date. */
        Source source();
    }

    /**
     * OpenAI's image-cost calculator for models that take any size in steps: tokens =
     * ceil(f * round(f * short / long) * (areaOffset + width * height) / areaDivisor), where f is the quality's
     * factor. Sizes must keep to the step, the pixel range, the longest edge and the aspect ratio.
     *
     * @param factors     the quality factors, one per quality
     * @param sizeSource  where the size rules come from
     */
    public record TokenFormula(List<QualityFactor> factors, int stepPx, long minPixels, long maxPixels,
                               int maxEdgePx, double maxAspect, long areaOffsetPixels, long areaDivisor,
                               Source source, Source sizeSource) implements TokenRule {
        public TokenFormula {
            factors = List.copyOf(factors);
        }
    }

    /** A quality and its factor in {@link TokenFormula}. */
    public record QualityFactor(Quality quality, int factor) {
    }

    /** A fixed table for models that take only a few sizes; a size not in it is not accepted. */
    public record TokenTable(List<TableEntry> entries, Source source) implements TokenRule {
        public TokenTable {
            entries = List.copyOf(entries);
        }
    }

    /** One cell of a {@link TokenTable}. */
    public record TableEntry(int width, int height, Quality quality, int tokens) {
    }

    /** A published or measured token count for one size and quality. */
    public record MeasuredTokens(int width, int height, Quality quality, int tokens, Source source) {
    }

    /**
     * Prices in US dollars per million tokens.
     *
     * @param imageOutput per million image output tokens (what a generated image costs)
     * @param imageInput  per million image input tokens (edits and references), when known
     * @param textInput   per million text input tokens (the prompt), when known
     */
    public record ImagePrice(double imageOutput, @Nullable Double imageInput, @Nullable Double textInput,
                             Source source) {
    }

    /**
     * OpenAI's Batch API for this model's image requests.
     *
     * @param supported        whether the model page lists the Batch endpoint as supported
     * @param endpoint         the endpoint a batch of image requests names ("/v1/images/generations")
     * @param windowHours      the completion window in hours
     * @param priceFactor      the share of the normal price a batched request costs (0.5)
     * @param queueLimit       the enqueued-token limit for this model, when published; null when not
     * @param support          where the model page lists Batch as supported
     * @param endpointSource   where the image endpoint is listed among the Batch API's endpoints
     * @param terms            where the window and the price are stated
     * @param note             what is not known (the queue limit for images, for one)
     */
    public record BatchSupport(boolean supported, String endpoint, int windowHours, double priceFactor,
                               @Nullable Long queueLimit, Source support, Source endpointSource, Source terms,
                               String note) {
    }
}
