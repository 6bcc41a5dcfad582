package dev.limittriage.io;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's one JSON mapper (knowledge, drafts, settings, packets, CLI output) and how its errors read. Jackson 3
 * mappers are immutable and thread-safe: {@link #create()} is called once per process, and the UI's composition and
 * the CLI pass the result on. Building it loads several hundred classes, so the UI does that off the FX thread.
 */
public final class Json {
    private Json() {
    }

    /**
     * The configured mapper. Records map natively, components in declaration order (which keeps golden files
     * stable). Output is indented with Jackson's default pretty printer; nulls are written, so a reader can tell
     * "unknown" from "forgotten". Reading is strict: an unknown field fails (a typo in a knowledge file must fail a
     * test), and so does a fraction where a whole number belongs or text after the value. Readers of a newer
     * version's files ({@link #lenient}) skip unknown fields.
     */
    public static JsonMapper create() {
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** Reads {@code bytes} as {@code type}, skipping fields the type does not have (a newer version's). */
    public static <T> @Nullable T lenient(JsonMapper mapper, byte[] bytes, Class<T> type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(bytes);
    }

    /** The value as JSON on one line (JSON Lines output of the CLI). */
    public static String line(JsonMapper mapper, Object value) {
        return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    /** What went wrong in a document, for messages: the path of the field and a short reason. */
    public record Problem(String path, String reason) {
    }

    /**
     * A reading failure in words: the field's path from databind's path reference ({@code guidance[1].nxtStep}) and
     * what is wrong there, or, for broken JSON, the line and column.
     */
    public static Problem describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new Problem(path(u.getPath()), "unknown field \"" + u.getPropertyName() + "\"");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            Class<?> target = m.getTargetType();
            return new Problem(path(m.getPath()), "wrong type" + (target == null ? "" : ": expected " + kind(target)));
        }
        TokenStreamLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0 ? ""
                : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        // broken JSON, an empty document, or text after the value
        return new Problem("", "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
    }

    /** Databind's path reference as we write it: names joined by dots, indexes in brackets. */
    static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : refs) {
            String name = ref.getPropertyName();
            if (name != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String kind(Class<?> target) {
        if (target == String.class) {
            return "text";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "a number";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
