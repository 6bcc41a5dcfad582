package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonTest {
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

    private static Json.Problem problem(String json) {
        try {
            TestJson.MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), Outer.class);
        } catch (JacksonException e) {
            return Json.describe(e);
        }
        throw new AssertionError("read without a problem: " + json);
    }

    @Test
    void should_write_records_in_declaration_order_with_nulls_and_read_them_back() {
        // when
        String json = TestJson.MAPPER.writeValueAsString(sample());
        // then: the shape the golden files and old drafts have
        assertThat(json.replace("\r\n", "\n")).isEqualTo("""
                {
                  "version" : 3,
                  "done" : true,
                  "share" : 0.85,
                  "note" : null,
                  "items" : [ {
                    "name" : "first \\"quoted\\" ü",
                    "count" : null
                  } ],
                  "byKey" : {
                    "b" : {
                      "name" : "second",
                      "count" : 2
                    },
                    "a" : null
                  },
                  "single" : {
                    "name" : "x",
                    "count" : 9223372036854775807
                  }
                }""");
        assertThat(TestJson.MAPPER.readValue(json, Outer.class)).isEqualTo(sample());
        assertThat(Json.line(TestJson.MAPPER, new Inner("a", 1L))).isEqualTo("{\"name\":\"a\",\"count\":1}");
    }

    @Test
    void should_name_the_path_of_an_unknown_field() {
        assertThat(problem("{\"items\": [{\"name\": \"a\"}, {\"nmae\": \"b\"}]}"))
                .isEqualTo(new Json.Problem("items[1].nmae", "unknown field \"nmae\""));
    }

    @Test
    void should_name_the_path_and_the_expected_kind_of_a_wrong_type() {
        assertThat(problem("{\"byKey\": {\"k\": {\"name\": \"n\", \"count\": \"many\"}}}"))
                .isEqualTo(new Json.Problem("byKey.k.count", "wrong type: expected a whole number"));
        assertThat(problem("{\"items\": {}}")).isEqualTo(new Json.Problem("items", "wrong type: expected a list"));
        assertThat(problem("{\"version\": 1.5}"))
                .isEqualTo(new Json.Problem("version", "wrong type: expected a whole number"));
    }

    @Test
    void should_report_broken_json_and_trailing_content_with_line_and_column() {
        assertThat(problem("{\n  \"version\": 1,\n  \"items\": [\n}").reason()).startsWith(
                "not valid JSON at line 4, column 1: ");
        assertThat(problem("{} {}").reason()).startsWith("not valid JSON at line 1, column 4: ");
    }

    @Test
    void should_skip_unknown_fields_of_any_shape_when_lenient() {
        // given: a file from a newer version with an extra object, list and value
        String json = "{\"version\": 4, \"extra\": {\"deep\": [1, {\"x\": null}]}, \"items\": [{\"name\": \"a\", "
                + "\"more\": [true]}], \"byKey\": {}, \"later\": 1}";
        // when
        Outer o = Json.lenient(TestJson.MAPPER, json.getBytes(StandardCharsets.UTF_8), Outer.class);
        // then
        assertThat(o.version()).isEqualTo(4);
        assertThat(o.items()).containsExactly(new Inner("a", null));
        assertThatThrownBy(() -> TestJson.MAPPER.readValue(json, Outer.class)).isInstanceOf(JacksonException.class);
    }
}
