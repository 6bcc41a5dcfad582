package dev.limittriage.io;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Import DTOs of {@code image-costs.json}, exactly as written on disk; every component is nullable so a missing
 * field becomes a message naming it. {@link ImageCostLoader} checks and maps them to the domain records.
 */
public final class ImageCostDtos {
    private ImageCostDtos() {
    }

    /** {@code image-costs.json}: token costs and prices per image model. */
    public record ImageCostsFile(@Nullable List<ModelDto> models) {
    }

    /** One model: its token rule, published or measured figures, price and Batch API support. */
    public record ModelDto(@Nullable String model, @Nullable TokensDto tokens, @Nullable List<MeasuredDto> measured,
                           @Nullable PriceDto price, @Nullable BatchDto batch, @Nullable String note) {
    }

    /** The token rule: {@code formula} (with its constants and size limits) or {@code table} (with entries). */
    public record TokensDto(@Nullable String rule, @Nullable String source, @Nullable List<FactorDto> factors,
                            @Nullable Integer stepPx, @Nullable Long minPixels, @Nullable Long maxPixels,
                            @Nullable Integer maxEdgePx, @Nullable Double maxAspect, @Nullable Long areaOffsetPixels,
                            @Nullable Long areaDivisor, @Nullable String sizeSource,
                            @Nullable List<EntryDto> entries) {
    }

    /** A quality and its factor in the formula. */
    public record FactorDto(@Nullable String quality, @Nullable Integer factor) {
    }

    /** One cell of a token table. */
    public record EntryDto(@Nullable String size, @Nullable String quality, @Nullable Integer tokens) {
    }

    /** A token count seen in public for one size and quality, with its source. */
    public record MeasuredDto(@Nullable String size, @Nullable String quality, @Nullable Integer tokens,
                              @Nullable String source) {
    }

    /** Prices in US dollars per million tokens. */
    public record PriceDto(@Nullable Double imageOutput, @Nullable Double imageInput, @Nullable Double textInput,
                           @Nullable String source) {
    }

    /** OpenAI's Batch API for the model. */
    public record BatchDto(@Nullable Boolean supported, @Nullable String endpoint, @Nullable Integer windowHours,
                           @Nullable Double priceFactor, @Nullable Long queueLimit, @Nullable String support,
                           @Nullable String endpointSource, @Nullable String terms, @Nullable String note) {
    }
}
