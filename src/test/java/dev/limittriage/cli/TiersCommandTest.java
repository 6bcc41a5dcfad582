package dev.limittriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TiersCommandTest {
    @TempDir
    Path dir;

    private static CliTestSupport run(String... args) {
        return new CliTestSupport().run(new CommandLine(new TriageCommand()), args);
    }

    @Test
    void prints_the_gpt_image_2_table_with_source_and_date() {
        CliTestSupport r = run("tiers", "--table", "gpt-image-2");

        assertThat(r.exit).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Checked on: 2026-11-30", "developers.openai.com", "can be tighter");
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).matches("Free\\s+not supported\\s+not supported.*"));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).matches("Tier 1\\s+100,000\\s+5\\s+.*"));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).matches("Tier 5\\s+8,000,000\\s+250.*"));
        assertThat(r.out()).doesNotContain("RPM"); // a column no row fills is left out
    }

    @Test
    void prints_every_table_by_default() {
        CliTestSupport r = run("tiers");
        assertThat(r.exit).isZero();
        assertThat(r.out()).contains("[gpt-image-2]", "[azure-image]", "[openai-usage-tiers]", "$200,000");
    }

    @Test
    void json_has_every_row_and_its_source() {
        CliTestSupport r = run("tiers", "--json");

        assertThat(r.exit).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        JsonNode table = doc.get("tables").get(0);
        assertThat(table.get("id").asString()).isEqualTo("gpt-image-2");
        assertThat(table.get("source").get("checkedOn").asString()).isEqualTo("2026-11-30");
        assertThat(table.get("rows").get(0).get("supported").asBoolean()).isFalse();
        assertThat(table.get("rows").get(1).get("tpm").asLong()).isEqualTo(100_000);
        assertThat(table.get("rows").get(1).get("ipm").asLong()).isEqualTo(5);
        assertThat(table.get("rows").get(4).get("ipm").asLong()).isEqualTo(150);
    }

    @Test
    void an_unknown_table_is_a_usage_error() {
        CliTestSupport r = run("tiers", "--table", "gpt-9");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err()).contains("no table \"gpt-9\"").contains("gpt-image-2");
    }

    @Test
    void a_bad_knowledge_directory_names_the_file() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": \"x\", \"checkedOn\": \"2026-01-01\"}");
        CliTestSupport r = run("tiers", "--knowledge", dir.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("limit-triage: knowledge: sources.json: file not found in the"
                + " knowledge directory");
    }
}
