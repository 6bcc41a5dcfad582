package dev.limittriage.io;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one place that builds the Jackson mapper; callers build it once and pass it on. */
public final class Json {
    private Json() {
    }

    /** A new mapper. Jackson 3 mappers are immutable and thread-safe: build one, share it. */
    public static JsonMapper create() {
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                // Jackson 3 ignores unknown fields by default; a typo in a knowledge file must fail a test
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Like {@link #create()} but without indentation: one JSON value per line (CLI {@code --json}). */
    public static JsonMapper createCompact() {
        return create().rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
