package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class RecordJsonTest {
    record Inner(String name, @Nullable Long count) {
    }

    record Outer(int version, boolean done, double share, @Nullable String note, List<Inner> items,
                 Map<String, @Nullable Inner> byKey, @Nullable Inner single) {
    }

    private static Outer sample() {
        Map<String, @Nullable Inner> byKey = new LinkedHashMap<>();
        byKey.put("b", new Inner("second", 2L));
        byKey.put("a", null);
        return new Outer(3, true, 0.85, null, List.of(new Inner("first \"quoted\" ü", null)), byKey,
                new Inner("x", Long.MAX_VALUE));
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_read_back_what_it_wrote() {
        // when
        Outer back = RecordJson.read(RecordJson.write(sample()), Outer.class);
        // then
        assertThat(back).isEqualTo(sample());
    }

    @Test
    void should_write_what_the_data_binding_mapper_wrote_so_old_drafts_still_load() {
        // given: the same record written by Jackson's data binding, as drafts were before
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        String before = mapper.writeValueAsString(sample());
        // when
        String now = new String(RecordJson.write(sample()), StandardCharsets.UTF_8);
        // then: the same text, and each reads the other's
        assertThat(now).isEqualTo(before);
        assertThat(RecordJson.read(utf8(before), Outer.class)).isEqualTo(sample());
        assertThat(mapper.readValue(now, Outer.class)).isEqualTo(sample());
    }

    @Test
    void should_give_missing_fields_null_and_primitives_their_zero() {
        // when
        Outer o = RecordJson.read(utf8("{\"items\": [], \"byKey\": {}}"), Outer.class);
        // then
        assertThat(o).isEqualTo(new Outer(0, false, 0.0, null, List.of(), Map.of(), null));
    }

    @Test
    void should_name_the_path_of_an_unknown_field() {
        assertThatThrownBy(() -> RecordJson.read(utf8("{\"items\": [{\"name\": \"a\"}, {\"nmae\": \"b\"}]}"),
                Outer.class))
                .isInstanceOfSatisfying(RecordJson.Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(RecordJson.Problem.Kind.UNKNOWN_FIELD);
                    assertThat(p.path()).isEqualTo("items[1].nmae");
                    assertThat(p.field()).isEqualTo("nmae");
                    assertThat(p.line()).isEqualTo(1);
                });
    }

    @Test
    void should_skip_unknown_fields_of_any_shape_when_lenient() {
        // given: a file from a newer version with an extra object, list and value
        String json = "{\"version\": 4, \"extra\": {\"deep\": [1, {\"x\": null}]}, \"items\": [{\"name\": \"a\", "
                + "\"more\": [true]}], \"byKey\": {}, \"later\": 1}";
        // when
        Outer o = RecordJson.readLenient(utf8(json), Outer.class);
        // then
        assertThat(o.version()).isEqualTo(4);
        assertThat(o.items()).containsExactly(new Inner("a", null));
    }

    @Test
    void should_name_the_path_and_the_kinds_of_a_wrong_type() {
        assertThatThrownBy(() -> RecordJson.read(utf8("{\"byKey\": {\"k\": {\"name\": \"n\", \"count\": \"many\"}}}"),
                Outer.class))
                .isInstanceOfSatisfying(RecordJson.Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(RecordJson.Problem.Kind.WRONG_TYPE);
                    assertThat(p.path()).isEqualTo("byKey.k.count");
                    assertThat(p.getMessage()).isEqualTo("expected a whole number, found text");
                });
        assertThatThrownBy(() -> RecordJson.read(utf8("{\"items\": {}}"), Outer.class))
                .hasMessage("expected a list, found an object");
        assertThatThrownBy(() -> RecordJson.read(utf8("{\"version\": 1.5}"), Outer.class))
                .hasMessage("expected a whole number, found a number");
    }

    @Test
    void should_report_broken_json_with_its_line_and_column() {
        assertThatThrownBy(() -> RecordJson.read(utf8("{\n  \"version\": 1,\n  \"items\": [\n}"), Outer.class))
                .isInstanceOfSatisfying(RecordJson.Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(RecordJson.Problem.Kind.NOT_JSON);
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.column()).isEqualTo(1);
                });
    }

    @Test
    void should_refuse_content_after_the_value_and_read_an_empty_file_as_nothing() {
        assertThatThrownBy(() -> RecordJson.read(utf8("{} {}"), Outer.class))
                .isInstanceOfSatisfying(RecordJson.Problem.class,
                        p -> assertThat(p.kind()).isEqualTo(RecordJson.Problem.Kind.NOT_JSON));
        assertThat(RecordJson.read(utf8("  "), Outer.class)).isNull();
        assertThat(RecordJson.read(utf8("null"), Outer.class)).isNull();
    }
}
