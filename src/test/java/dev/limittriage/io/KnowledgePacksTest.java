package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.TierRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Knowledge updates as files: import a folder or .zip, refuse a bad one, go back to the built-in knowledge. */
class KnowledgePacksTest {
    @TempDir
    Path temp;
    private Path dataDir;
    private Path pack;
    private KnowledgePacks packs;

    @BeforeEach
    void copyDefaults() throws IOException {
        dataDir = temp.resolve("data");
        pack = temp.resolve("update");
        Files.createDirectories(pack);
        for (String name : KnowledgeLoader.FILES) {
            try (InputStream in = Resources.require(Knowledge.class, name).openStream()) {
                Files.write(pack.resolve(name), in.readAllBytes());
            }
        }
        packs = new KnowledgePacks(dataDir, TestJson.MAPPER);
    }

    private void edit(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) TestJson.MAPPER.readTree(pack.resolve(file).toFile());
        change.accept(root);
        Files.writeString(pack.resolve(file), TestJson.MAPPER.writeValueAsString(root));
    }

    private void tier1Ipm(int ipm) throws IOException {
        edit("tiers.json", root -> ((ObjectNode) root.get("tables").get(0).get("rows").get(1)).put("ipm", ipm));
    }

    private static Long tier1Ipm(Knowledge k) {
        TierRow row = k.tierTable("gpt-image-2").orElseThrow().rows().get(1);
        assertThat(row.tier()).isEqualTo("Tier 1");
        return row.ipm();
    }

    @Test
    void should_use_the_built_in_knowledge_when_nothing_was_imported() {
        KnowledgePacks.Active active = packs.load();
        assertThat(active.origin()).isEqualTo(KnowledgePacks.Origin.BUILT_IN);
        assertThat(tier1Ipm(active.knowledge())).isEqualTo(5L);
        assertThat(active.note()).isNull();
    }

    @Test
    void should_import_a_valid_folder_and_use_it_from_then_on() throws IOException {
        // given: an update where Tier 1 allows 7 images a minute instead of 5
        tier1Ipm(7);
        edit("manifest.json", root -> root.put("version", "2026.12.1"));
        // when
        KnowledgePacks.Active imported = packs.importPack(pack);
        // then: the import, and every later load, has the new number
        assertThat(tier1Ipm(imported.knowledge())).isEqualTo(7L);
        KnowledgePacks.Active later = new KnowledgePacks(dataDir, TestJson.MAPPER).load();
        assertThat(later.origin()).isEqualTo(KnowledgePacks.Origin.IMPORTED);
        assertThat(later.knowledge().version()).isEqualTo("2026.12.1");
        assertThat(tier1Ipm(later.knowledge())).isEqualTo(7L);
    }

    @Test
    void should_import_a_zip_with_the_files_under_one_folder_and_take_nothing_else() throws IOException {
        // given
        tier1Ipm(9);
        Path zip = temp.resolve("update.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : KnowledgeLoader.FILES) {
                z.putNextEntry(new ZipEntry("knowledge-2026-12/" + name));
                z.write(Files.readAllBytes(pack.resolve(name)));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("knowledge-2026-12/../../escape.txt"));
            z.write(new byte[] {1});
            z.closeEntry();
        }
        // when
        KnowledgePacks.Active imported = packs.importPack(zip);
        // then
        assertThat(tier1Ipm(imported.knowledge())).isEqualTo(9L);
        try (var files = Files.list(packs.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    KnowledgeLoader.FILES);
        }
        assertThat(temp.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void should_refuse_an_invalid_pack_naming_file_and_field_and_keep_the_active_knowledge() throws IOException {
        // given: a good update imported, then a bad one with a typo in a bucket
        tier1Ipm(7);
        packs.importPack(pack);
        edit("owners.json", root -> ((tools.jackson.databind.node.ArrayNode) root.get("owners").get(2)
                .get("buckets")).insert(1, "tmp"));
        // when / then
        assertThatThrownBy(() -> packs.importPack(pack)).isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("owners.json: owners[2].buckets[1]: unknown bucket \"tmp\" (expected one of ");
        KnowledgePacks.Active still = packs.load();
        assertThat(still.origin()).isEqualTo(KnowledgePacks.Origin.IMPORTED);
        assertThat(tier1Ipm(still.knowledge())).isEqualTo(7L);
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("knowledge");
        }
    }

    @Test
    void should_refuse_a_pack_missing_a_file_the_loader_needs() throws IOException {
        Files.delete(pack.resolve(KnowledgeLoader.TREE));
        assertThatThrownBy(() -> packs.importPack(pack)).hasMessageStartingWith("tree.json: file not found");
        assertThat(packs.folder()).doesNotExist();
    }

    @Test
    void should_go_back_to_the_built_in_knowledge() throws IOException {
        // given
        tier1Ipm(7);
        packs.importPack(pack.resolve(KnowledgeLoader.MANIFEST)); // a pack's manifest.json stands for its folder
        // when
        KnowledgePacks.Active reverted = packs.revert();
        // then
        assertThat(reverted.origin()).isEqualTo(KnowledgePacks.Origin.BUILT_IN);
        assertThat(tier1Ipm(packs.load().knowledge())).isEqualTo(5L);
        assertThat(packs.folder()).doesNotExist();
    }

    @Test
    void should_prefer_newer_built_in_knowledge_over_an_older_import() throws IOException {
        // given: an import checked on a date before the built-in knowledge
        tier1Ipm(7);
        edit("manifest.json", root -> root.put("checkedOn", "2026-01-15"));
        packs.importPack(pack);
        // when
        KnowledgePacks.Active active = packs.load();
        // then
        assertThat(active.origin()).isEqualTo(KnowledgePacks.Origin.BUILT_IN);
        assertThat(active.note()).contains("newer than the imported");
        assertThat(tier1Ipm(active.knowledge())).isEqualTo(5L);
    }
}
