package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.TreeNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class KnowledgeLoaderTest {
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

    private void edit(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) mapper.readTree(dir.resolve(file).toFile());
        change.accept(root);
        Files.writeString(dir.resolve(file), mapper.writeValueAsString(root));
    }

    private static ObjectNode at(ObjectNode root, String array, int index) {
        return (ObjectNode) root.get(array).get(index);
    }

    private static int indexOfNode(ObjectNode tree, String id) {
        JsonNode nodes = tree.get("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).get("id").asString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private void assertFails(String message) {
        assertThatThrownBy(() -> KnowledgeLoader.load(dir, TestJson.MAPPER))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining(message);
    }

    @Test
    void default_knowledge_loads_and_is_complete() {
        Knowledge k = KnowledgeLoader.loadDefault(TestJson.MAPPER);

        assertThat(k.owners()).extracting(o -> o.owner()).containsExactlyInAnyOrder(Owner.CHATGPT_APP,
                Owner.OPENAI_API, Owner.OPENAI_BILLING, Owner.OPENAI_ACCESS, Owner.AZURE, Owner.PROVIDER);
        assertThat(k.tierTable("gpt-image-2")).isPresent();
        assertThat(k.tree().node(k.tree().start())).get().isInstanceOf(TreeNode.Question.class);
        assertThat(((TreeNode.Question) k.tree().node(k.tree().start()).orElseThrow()).text())
                .isEqualTo("Where did image generation stop?");
    }

    @Test
    void a_directory_copy_of_the_defaults_loads_the_same() {
        assertThat(KnowledgeLoader.load(dir, TestJson.MAPPER))
                .isEqualTo(KnowledgeLoader.loadDefault(TestJson.MAPPER));
    }

    @Test
    void money_access_and_policy_guidance_is_never_wait_then_retry() {
        Knowledge k = KnowledgeLoader.loadDefault(TestJson.MAPPER);
        for (var g : k.guidance()) {
            if (g.owner() == Owner.OPENAI_BILLING || g.owner() == Owner.OPENAI_ACCESS
                    || g.bucket() == Bucket.CONTENT_POLICY || g.bucket() == Bucket.CREDITS
                    || g.bucket() == Bucket.MONTHLY_SPEND || g.bucket() == Bucket.VERIFICATION) {
                assertThat(g.retry()).as(g.owner() + "/" + g.bucket()).isNotEqualTo(RetryVerdict.WAIT_THEN_RETRY);
            }
        }
    }

    @Test
    void unknown_bucket_names_file_field_and_value() throws IOException {
        edit("owners.json", root -> ((ArrayNode) at(root, "owners", 2).get("buckets")).insert(1, "tmp"));
        assertFails("owners.json: owners[2].buckets[1]: unknown bucket \"tmp\"");
    }

    @Test
    void missing_field_is_named() throws IOException {
        edit("owners.json", root -> at(root, "owners", 0).remove("name"));
        assertFails("owners.json: owners[0].name: missing");
    }

    @Test
    void blank_field_is_named() throws IOException {
        edit("guidance.json", root -> at(root, "guidance", 3).put("nextStep", "  "));
        assertFails("guidance.json: guidance[3].nextStep: blank");
    }

    @Test
    void unknown_field_is_named() throws IOException {
        edit("guidance.json", root -> at(root, "guidance", 1).put("nxtStep", "typo"));
        assertFails("guidance.json: guidance[1].nxtStep: unknown field \"nxtStep\"");
    }

    @Test
    void wrong_type_is_named() throws IOException {
        edit("owners.json", root -> at(root, "owners", 1).put("buckets", "rpm"));
        assertFails("owners.json: owners[1].buckets: wrong type");
    }

    @Test
    void malformed_json_names_file_and_line() throws IOException {
        Files.writeString(dir.resolve("tiers.json"), "{\n  \"tables\": [\n    {\"id\": \"x\",,\n  ]\n}",
                StandardCharsets.UTF_8);
        assertFails("tiers.json: not valid JSON at line 3");
    }

    @Test
    void missing_file_is_named() throws IOException {
        Files.delete(dir.resolve("rules.json"));
        assertFails("rules.json: file not found");
    }

    @Test
    void bad_date_is_named() throws IOException {
        edit("manifest.json", root -> root.put("checkedOn", "5 May 2026"));
        assertFails("manifest.json: checkedOn: not a date");
    }

    @Test
    void unknown_enum_ids_are_named() throws IOException {
        edit("guidance.json", root -> at(root, "guidance", 0).put("owner", "openai"));
        assertFails("guidance.json: guidance[0].owner: unknown owner \"openai\"");
    }

    @Test
    void unknown_retry_verdict_is_named() throws IOException {
        edit("guidance.json", root -> at(root, "guidance", 0).put("retry", "later"));
        assertFails("guidance.json: guidance[0].retry: unknown retry verdict \"later\"");
    }

    @Test
    void billing_cannot_be_wait_then_retry() throws IOException {
        edit("guidance.json", root -> {
            ObjectNode g = (ObjectNode) root.get("guidance").get(0);
            g.put("owner", "openai_billing");
            g.put("bucket", "credits");
            g.put("retry", "wait_then_retry");
            ((ArrayNode) root.get("guidance")).remove(indexOf(root, "openai_billing", "credits", 1));
        });
        assertFails("guidance.json: guidance[0].retry: bucket \"credits\" can never be wait_then_retry");
    }

    private static int indexOf(ObjectNode root, String owner, String bucket, int from) {
        JsonNode list = root.get("guidance");
        for (int i = from; i < list.size(); i++) {
            if (list.get(i).get("owner").asString().equals(owner) && list.get(i).get("bucket").asString()
                    .equals(bucket)) {
                return i;
            }
        }
        throw new AssertionError("no guidance " + owner + "/" + bucket);
    }

    @Test
    void unknown_guidance_variant_is_named() throws IOException {
        edit("guidance.json", root -> ((ObjectNode) root.get("guidance").get(0)).put("variant", "someday"));
        assertFails("guidance.json: guidance[0].variant: unknown variant \"someday\"");
    }

    @Test
    void a_variant_cannot_be_wait_then_retry() throws IOException {
        edit("guidance.json", root -> {
            ObjectNode g = (ObjectNode) root.get("guidance").get(0);
            g.put("owner", "openai_api");
            g.put("bucket", "rpm");
            g.put("variant", "request_too_large");
            g.put("retry", "wait_then_retry");
        });
        assertFails("guidance.json: guidance[0].retry: variant \"request_too_large\"");
    }

    @Test
    void duplicate_guidance_is_named() throws IOException {
        edit("guidance.json", root -> ((ArrayNode) root.get("guidance")).add(root.get("guidance").get(0).deepCopy()));
        int last = KnowledgeLoader.loadDefault(TestJson.MAPPER).guidance().size();
        assertFails("guidance.json: guidance[" + last + "]: duplicate guidance");
    }

    @Test
    void unknown_source_id_is_named() throws IOException {
        edit("owners.json", root -> ((ArrayNode) at(root, "owners", 0).get("sources")).set(0, "nowhere"));
        assertFails("owners.json: owners[0].sources[0]: unknown source \"nowhere\"");
    }

    @Test
    void unknown_source_kind_is_named() throws IOException {
        edit("sources.json", root -> at(root, "sources", 2).put("kind", "blog"));
        assertFails("sources.json: sources[2].kind: unknown kind \"blog\"");
    }

    @Test
    void tree_next_must_exist() throws IOException {
        edit("tree.json", root -> {
            int i = indexOfNode(root, "route");
            ((ObjectNode) root.get("nodes").get(i).get("answers").get(1)).put("next", "nowhere");
        });
        assertFails(".answers[1].next: unknown node \"nowhere\"");
    }

    @Test
    void tree_start_must_exist() throws IOException {
        edit("tree.json", root -> root.put("start", "nowhere"));
        assertFails("tree.json: start: unknown node \"nowhere\"");
    }

    @Test
    void unreachable_node_is_named() throws IOException {
        edit("tree.json", root -> {
            ObjectNode orphan = mapper.createObjectNode();
            orphan.put("type", "leaf");
            orphan.put("id", "orphan");
            orphan.put("owner", "azure");
            orphan.put("bucket", "rpm");
            orphan.put("retry", "wait_then_retry");
            ((ArrayNode) root.get("nodes")).add(orphan);
        });
        assertFails("cannot be reached from \"route\"");
    }

    @Test
    void cycle_is_named() throws IOException {
        edit("tree.json", root -> {
            int i = indexOfNode(root, "api_too_large");
            ((ObjectNode) root.get("nodes").get(i).get("answers").get(0)).put("next", "api_kind");
        });
        assertFails("cycle: \"api_kind\" leads back to \"api_too_large\"");
    }

    @Test
    void leaf_without_guidance_or_owner_profile_is_named() throws IOException {
        edit("tree.json", root -> {
            int i = indexOfNode(root, "leaf_unknown");
            ((ObjectNode) root.get("nodes").get(i)).put("bucket", "tpd");
        });
        assertFails("no guidance for (unknown, tpd)");
    }

    @Test
    void a_tree_without_an_owner_entry_question_is_refused() throws IOException {
        edit("tree.json", root -> {
            // rename the provider question everywhere: the tree stays whole, but the app's entry is gone
            for (JsonNode node : root.get("nodes")) {
                if (node.get("id").asString().equals("provider_kind")) {
                    ((ObjectNode) node).put("id", "provider_question");
                }
                if (node.has("answers")) {
                    for (JsonNode answer : node.get("answers")) {
                        if (answer.get("next").asString().equals("provider_kind")) {
                            ((ObjectNode) answer).put("next", "provider_question");
                        }
                    }
                }
            }
        });
        assertFails("tree.json: nodes: the app continues at question \"provider_kind\" when the owner is provider");
    }

    @Test
    void question_fields_on_a_leaf_are_refused() throws IOException {
        edit("tree.json", root -> {
            int i = indexOfNode(root, "leaf_unknown");
            ((ObjectNode) root.get("nodes").get(i)).put("text", "a question?");
        });
        assertFails(".text: not allowed on this node type");
    }

    @Test
    void unsupported_tier_cannot_have_numbers() throws IOException {
        edit("tiers.json", root -> ((ObjectNode) at(root, "tables", 0).get("rows").get(0)).put("ipm", 3));
        assertFails("tiers.json: tables[0].rows[0]: an unsupported tier cannot have");
    }

    @Test
    void tier_limits_cannot_shrink() throws IOException {
        edit("tiers.json", root -> ((ObjectNode) at(root, "tables", 0).get("rows").get(3)).put("tpm", 1000));
        assertFails("tiers.json: tables[0].rows[3].tpm: smaller than the tier before (1000 < 250000)");
    }

    @Test
    void negative_tier_limit_is_named() throws IOException {
        edit("tiers.json", root -> ((ObjectNode) at(root, "tables", 1).get("rows").get(0)).put("rpm", -1));
        assertFails("tiers.json: tables[1].rows[0].rpm: must not be negative");
    }

    @Test
    void missing_supported_flag_is_named() throws IOException {
        edit("tiers.json", root -> ((ObjectNode) at(root, "tables", 0).get("rows").get(2)).remove("supported"));
        assertFails("tiers.json: tables[0].rows[2].supported: missing");
    }

    @Test
    void not_a_directory_is_reported() {
        assertThatThrownBy(() -> KnowledgeLoader.load(dir.resolve("missing"), TestJson.MAPPER))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("not a directory");
    }

    @Test
    void missing_resource_names_its_path() {
        assertThatThrownBy(() -> Resources.require(Knowledge.class, "nope.json"))
                .hasMessage("missing resource: dev/limittriage/knowledge/nope.json");
    }
}
