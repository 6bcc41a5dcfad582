package dev.limittriage.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The test pastes kept as JSON Lines on the test class path (the real fixtures, the corpus, the rule-backing pastes):
 * one object per non-blank line, read with the app's mapper configuration.
 */
public final class JsonLines {
    /** The 52 real fixtures, a verbatim copy of the shared ones. */
    public static final String FIXTURES = "/fixtures/real-pastes.jsonl";

    private JsonLines() {
    }

    /** Every object in the resource, in file order; a missing resource is an error, not an empty list. */
    public static List<JsonNode> read(String resource) {
        try (InputStream in = JsonLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            List<JsonNode> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(TestJson.MAPPER.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
