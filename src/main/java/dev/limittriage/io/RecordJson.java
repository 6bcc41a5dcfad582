package dev.limittriage.io;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Reads and writes the app's own JSON (knowledge files, drafts, exported packets, CLI output) as records, with
 * Jackson's streaming parser and generator only. The records are plain data (text, numbers, booleans, lists, maps
 * with text keys, nested records), so a small reader does what the data-binding layer did, without its several
 * hundred classes and their reflection at start-up, which the window would otherwise pay for in time and memory.
 *
 * <p>Reading is strict about shape: a field the record does not have, a value of the wrong kind, or text after the
 * top-level value is a {@link Problem} naming the path ({@code guidance[1].nxtStep}); a missing field or JSON
 * {@code null} becomes {@code null} (or 0 / false for a primitive), so the caller can say which field is missing.
 */
public final class RecordJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RecordJson() {
    }

    /** What went wrong while reading, and where. */
    public static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Not JSON at all, a field the record does not have, or a value of the wrong kind. */
        public enum Kind { NOT_JSON, UNKNOWN_FIELD, WRONG_TYPE }

        private final Kind kind;
        private final String path;
        private final @Nullable String field;
        private final int line;
        private final int column;

        Problem(Kind kind, String path, @Nullable String field, String message, int line, int column,
                @Nullable Throwable cause) {
            super(message, cause);
            this.kind = kind;
            this.path = path;
            this.field = field;
            this.line = line;
            this.column = column;
        }

        public Kind kind() {
            return kind;
        }

        /** Where in the document: {@code ""} for the top level, else like {@code rules[3].weight}. */
        public String path() {
            return path;
        }

        /** The unknown field's name, for {@link Kind#UNKNOWN_FIELD}. */
        public @Nullable String field() {
            return field;
        }

        /** 1-based line of the problem, or -1 when unknown. */
        public int line() {
            return line;
        }

        /** 1-based column of the problem, or -1 when unknown. */
        public int column() {
            return column;
        }
    }

    /**
     * Reads one record of {@code type} from UTF-8 (or UTF-16/32 with a BOM) JSON; a field the record does not have
     * is a {@link Problem}. Returns {@code null} for an empty document or a top-level {@code null}.
     */
    public static <T extends Record> @Nullable T read(byte[] json, Class<T> type) {
        return read(json, type, false);
    }

    private static <T extends Record> @Nullable T read(byte[] json, Class<T> type, boolean skipUnknown) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return null;
            }
            Object value = new Reader(p, skipUnknown).value(type, new ArrayList<>());
            if (p.nextToken() != null) {
                throw problem(Problem.Kind.NOT_JSON, "", null, "more content after the end of the value", p, null);
            }
            return type.cast(value);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            throw new Problem(Problem.Kind.NOT_JSON, "", null, firstLine(e.getOriginalMessage()),
                    loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), e);
        }
    }

    /** Like {@link #read(byte[], Class)}, but fields the record does not have are skipped (a newer version's). */
    public static <T extends Record> @Nullable T readLenient(byte[] json, Class<T> type) {
        return read(json, type, true);
    }

    /** The record as indented JSON (two spaces, fields in declaration order, nulls written), UTF-8. */
    public static byte[] write(Record value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(new Indented(), out)) {
            writeValue(g, value);
        }
        return out.toByteArray();
    }

    /** The record as JSON on one line (for JSON Lines output), as text. */
    public static String writeLine(Record value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            writeValue(g, value);
        }
        return out.toString();
    }

    /** The record as indented JSON, as text. */
    public static String writeString(Record value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    private static void writeValue(JsonGenerator g, @Nullable Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Record r) {
            Shape shape = shape(r.getClass());
            g.writeStartObject();
            for (int i = 0; i < shape.names.length; i++) {
                g.writeName(shape.names[i]);
                writeValue(g, shape.get(r, i));
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    /** The generator's context: Jackson's default indentation, as the data-binding layer used to write it. */
    private static final class Indented extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    /** One pass over the tokens; {@code path} holds the names and indexes above the current value. */
    private static final class Reader {
        private final JsonParser parser;
        private final boolean skipUnknown;

        Reader(JsonParser parser, boolean skipUnknown) {
            this.parser = parser;
            this.skipUnknown = skipUnknown;
        }

        /** Reads the value at the current token as {@code type}. */
        @Nullable Object value(Type type, List<Object> path) {
            JsonToken t = parser.currentToken();
            Class<?> raw = raw(type);
            if (t == JsonToken.VALUE_NULL) {
                return defaultFor(raw);
            }
            if (raw == String.class) {
                expect(t == JsonToken.VALUE_STRING, "text", path);
                return parser.getString();
            }
            if (raw == Boolean.class || raw == boolean.class) {
                expect(t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE, "true or false", path);
                return t == JsonToken.VALUE_TRUE;
            }
            if (raw == Integer.class || raw == int.class) {
                expect(t == JsonToken.VALUE_NUMBER_INT, "a whole number", path);
                return parser.getIntValue();
            }
            if (raw == Long.class || raw == long.class) {
                expect(t == JsonToken.VALUE_NUMBER_INT, "a whole number", path);
                return parser.getLongValue();
            }
            if (raw == Double.class || raw == double.class) {
                expect(t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT, "a number", path);
                return parser.getDoubleValue();
            }
            if (raw == List.class) {
                expect(t == JsonToken.START_ARRAY, "a list", path);
                Type item = argument(type, 0);
                List<@Nullable Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    path.add(list.size());
                    list.add(value(item, path));
                    path.remove(path.size() - 1);
                }
                return Collections.unmodifiableList(list);
            }
            if (raw == Map.class) {
                expect(t == JsonToken.START_OBJECT, "an object", path);
                Type item = argument(type, 1);
                Map<String, @Nullable Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    path.add(name);
                    map.put(name, value(item, path));
                    path.remove(path.size() - 1);
                }
                return Collections.unmodifiableMap(map);
            }
            if (raw.isRecord()) {
                expect(t == JsonToken.START_OBJECT, "an object", path);
                Shape shape = shape(raw);
                Object[] args = new Object[shape.names.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = defaultFor(raw(shape.types[i]));
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    int index = shape.index(name);
                    if (index < 0 && skipUnknown) {
                        parser.nextToken();
                        parser.skipChildren();
                        continue;
                    }
                    path.add(name);
                    if (index < 0) {
                        throw problem(Problem.Kind.UNKNOWN_FIELD, render(path), name, "unknown field \"" + name + "\"",
                                parser, null);
                    }
                    parser.nextToken();
                    args[index] = value(shape.types[index], path);
                    path.remove(path.size() - 1);
                }
                return shape.create(args);
            }
            throw new IllegalArgumentException("cannot read JSON into a " + type.getTypeName());
        }

        private void expect(boolean ok, String what, List<Object> path) {
            if (!ok) {
                throw problem(Problem.Kind.WRONG_TYPE, render(path), null, "expected " + what + ", found "
                        + describe(parser.currentToken()), parser, null);
            }
        }
    }

    private static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static @Nullable Object defaultFor(Class<?> raw) {
        if (raw == int.class) {
            return 0;
        }
        if (raw == long.class) {
            return 0L;
        }
        if (raw == double.class) {
            return 0.0;
        }
        if (raw == boolean.class) {
            return false;
        }
        return null;
    }

    private static Problem problem(Problem.Kind kind, String path, @Nullable String field, String message,
                                   JsonParser p, @Nullable Throwable cause) {
        TokenStreamLocation loc = p.currentTokenLocation();
        return new Problem(kind, path, field, message, loc == null ? -1 : loc.getLineNr(),
                loc == null ? -1 : loc.getColumnNr(), cause);
    }

    private static String render(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(step);
            }
        }
        return sb.toString();
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType pt) {
            return (Class<?>) pt.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type.getTypeName());
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType pt) {
            return pt.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("a raw " + type.getTypeName() + " has no element type");
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, Shape::new);
    }

    /** A record type's component names, types, accessors and canonical constructor, looked up once. */
    private static final class Shape {
        private final String[] names;
        private final Type[] types;
        private final RecordComponent[] components;
        private final Constructor<?> constructor;

        Shape(Class<?> type) {
            components = type.getRecordComponents();
            names = new String[components.length];
            types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(raw);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
            }
        }

        int index(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Nullable Object get(Record r, int i) {
            try {
                return components[i].getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + names[i] + " of " + r.getClass().getName(), e);
            }
        }

        Object create(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot create " + constructor.getDeclaringClass().getName(), e);
            }
        }
    }
}
