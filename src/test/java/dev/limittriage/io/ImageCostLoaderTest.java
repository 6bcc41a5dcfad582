package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limittriage.knowledge.ImageModelCosts;
import dev.limittriage.knowledge.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ImageCostLoaderTest {
    private final JsonMapper mapper = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @BeforeEach
    void copyDefaults() throws IOException {
        for (String name : KnowledgeLoader.FILES) {
            try (InputStream in = Resources.require(Knowledge.class, name).openStream()) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
    }

    private void edit(Consumer<ObjectNode> change) throws IOException {
        Path file = dir.resolve(KnowledgeLoader.IMAGE_COSTS);
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        change.accept(root);
        Files.writeString(file, mapper.writeValueAsString(root));
    }

    private static ObjectNode model(ObjectNode root, int i) {
        return (ObjectNode) root.get("models").get(i);
    }

    private void assertFails(String message) {
        assertThatThrownBy(() -> KnowledgeLoader.load(dir, TestJson.MAPPER)).isInstanceOf(KnowledgeException.class)
                .hasMessage(message);
    }

    @Test
    void every_cost_fact_carries_a_source_checked_on_a_date() {
        Knowledge k = KnowledgeLoader.loadDefault(TestJson.MAPPER);
        ImageModelCosts gpt2 = k.imageCosts("gpt-image-2").orElseThrow();
        assertThat(gpt2.tokens()).isInstanceOf(ImageModelCosts.TokenFormula.class);
        assertThat(((ImageModelCosts.TokenFormula) gpt2.tokens()).sizeSource().checkedOn())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(gpt2.price().source().checkedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(gpt2.batch().support().kind()).isEqualTo("official");
        assertThat(gpt2.batch().terms().kind()).isEqualTo("official");
        assertThat(gpt2.measured()).allSatisfy(m -> assertThat(m.source().url()).startsWith(
                "https://community.openai.com/"));
        assertThat(k.imageCosts("gpt-image-1").orElseThrow().tokens())
                .isInstanceOf(ImageModelCosts.TokenTable.class);
        assertThat(k.imageCosts("dall-e-3")).isEmpty();
    }

    @Test
    void an_unknown_source_is_named_with_its_field() throws IOException {
        edit(root -> ((ObjectNode) model(root, 0).get("price")).put("source", "nowhere"));
        assertFails("image-costs.json: models[0].price.source: unknown source \"nowhere\" (not in sources.json)");
    }

    @Test
    void a_formula_needs_a_factor_for_every_quality() throws IOException {
        edit(root -> ((ArrayNode) model(root, 0).get("tokens").get("factors")).remove(2));
        assertFails("image-costs.json: models[0].tokens.factors: needs a factor for every quality");
    }

    @Test
    void a_table_entry_needs_a_size() throws IOException {
        edit(root -> ((ObjectNode) model(root, 1).get("tokens").get("entries").get(4)).put("size", "big"));
        assertFails("image-costs.json: models[1].tokens.entries[4].size: not a size WIDTHxHEIGHT: \"big\"");
    }

    @Test
    void a_model_listed_twice_and_an_unknown_rule_are_refused() throws IOException {
        edit(root -> model(root, 1).put("model", "gpt-image-2"));
        assertFails("image-costs.json: models[1].model: duplicate model \"gpt-image-2\"");
        copyDefaults();
        edit(root -> ((ObjectNode) model(root, 0).get("tokens")).put("rule", "guess"));
        assertFails("image-costs.json: models[0].tokens.rule: unknown rule \"guess\" (expected formula or table)");
    }

    @Test
    void the_batch_price_factor_is_a_share() throws IOException {
        edit(root -> ((ObjectNode) model(root, 0).get("batch")).put("priceFactor", 2.0));
        assertFails("image-costs.json: models[0].batch.priceFactor: a share of the price: at most 1, was 2.0");
    }
}
