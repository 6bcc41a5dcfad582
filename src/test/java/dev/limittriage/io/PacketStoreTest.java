package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limittriage.knowledge.Owner;
import dev.limittriage.packet.CaseDraft;
import dev.limittriage.packet.CaseSummary;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.Leaks;
import dev.limittriage.packet.PlantedSecrets;
import dev.limittriage.packet.TestPackets;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path base;

    private static CaseDraft draft(String id, Instant updated) {
        return new CaseDraft(id, "Case " + id, T0, updated, false, Owner.OPENAI_API, "HTTP 429", java.util.Map.of(),
                TestPackets.answers(), "openai_api", "where", false, null, null);
    }

    @Test
    void should_save_load_list_newest_first_and_delete() throws IOException {
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        store.save(draft("case-a", T0.plusSeconds(10)));
        store.save(draft("case-b", T0.plusSeconds(30)));
        store.save(draft("case-c", T0.plusSeconds(20)).finishedAt(T0.plusSeconds(20)));

        assertThat(store.list().cases()).extracting(CaseSummary::id).containsExactly("case-b", "case-c", "case-a");
        assertThat(store.load("case-a")).contains(draft("case-a", T0.plusSeconds(10)));
        assertThat(store.latestUnfinished()).map(CaseDraft::id).contains("case-b");

        assertThat(store.delete("case-b")).isTrue();
        assertThat(store.delete("case-b")).isFalse();
        assertThat(store.load("case-b")).isEmpty();
        assertThat(store.latestUnfinished()).map(CaseDraft::id).contains("case-a");
    }

    @Test
    void should_open_a_version_1_case_of_a_log_and_export_it_as_a_version_2_packet_with_its_timeline()
            throws IOException {
        // given: a case file exactly as version 1 wrote it (before packets had a timeline section)
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        Files.createDirectories(store.casesDir());
        String v1 = "{\n  \"draftVersion\" : 1,\n  \"id\" : \"case-v1\",\n  \"title\" : \"Batch job\",\n"
                + "  \"created\" : \"2026-11-28T10:20:00Z\",\n  \"updated\" : \"2026-11-28T10:21:00Z\",\n"
                + "  \"finished\" : false,\n  \"owner\" : \"openai_billing\",\n  \"paste\" : "
                + TestJson.MAPPER.writeValueAsString(TestPackets.shortLog()) + ",\n  \"entered\" : { },\n"
                + "  \"answers\" : [ ],\n  \"route\" : null,\n  \"currentStep\" : null,\n"
                + "  \"callerMode\" : false,\n  \"callStartedAt\" : null,\n  \"callEndedAt\" : null\n}\n";
        Files.writeString(store.casesDir().resolve("case-v1.json"), v1, StandardCharsets.UTF_8);

        // when
        CaseDraft draft = store.load("case-v1").orElseThrow();
        var diagnoser = new dev.limittriage.diagnosis.Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        var packet = dev.limittriage.packet.PacketBuilder.fromDiagnosis(diagnoser.diagnose(draft.paste()),
                        new dev.limittriage.packet.KnowledgeStamp("test", java.time.LocalDate.parse("2026-11-30")),
                        "test", T0)
                .withTimeline(diagnoser.timeline(draft.paste(), java.time.ZoneOffset.UTC,
                        java.time.LocalDate.parse("2026-11-30")))
                .build();

        // then: the old case opens whole, and its packet is version 2 with the log's runs
        assertThat(draft.paste()).isEqualTo(TestPackets.shortLog());
        assertThat(packet.schemaVersion()).isEqualTo(2);
        assertThat(packet.timeline()).isNotNull();
        assertThat(packet.timeline().total()).isEqualTo(6);
        assertThat(packet.timeline().runs()).extracting(r -> r.bucket().id() + " x" + r.count())
                .containsExactly("ipm x3", "server_overload x2", "credits x1");
        assertThat(SchemaCheck.errors(new PacketJson(TestJson.MAPPER).write(packet))).isEmpty();
        // saving it again keeps it readable
        store.save(draft);
        assertThat(store.load("case-v1")).contains(draft);
    }

    @Test
    void should_load_a_draft_from_a_newer_version_skipping_fields_it_does_not_know() throws IOException {
        // given: a saved draft, then extra fields added as a later version would write them
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        store.save(draft("case-new", T0.plusSeconds(5)));
        Path file = store.casesDir().resolve("case-new.json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replaceFirst("\\{", "{\n  \"plannerState\" : {\"steps\" : [1, 2]},"
                + "\n  \"tags\" : [\"a\"],"), StandardCharsets.UTF_8);
        // when
        var loaded = store.load("case-new");
        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("plannerState");
        assertThat(loaded).contains(draft("case-new", T0.plusSeconds(5)));
    }

    @Test
    void should_round_trip_every_part_of_a_draft() throws IOException {
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        CaseDraft d = CaseDraft.start(T0).withPaste("You've hit the plus plan limit").withOwner(Owner.CHATGPT_APP)
                .withEntered(FieldName.PLAN, "Plus").withEntered(FieldName.NOTES, "caller was patient")
                .withAnswers(TestPackets.answers(), "often").withRoute("chatgpt_app")
                .withCall(true, T0, T0.plusSeconds(300)).withTitle("Plus cap").updatedAt(T0.plusSeconds(301));
        store.save(d);
        assertThat(store.load(d.id())).contains(d);
    }

    @Test
    void should_write_only_redacted_content() throws IOException {
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        CaseDraft d = draft("case-secret", T0).withPaste(PlantedSecrets.asOnePaste())
                .withEntered(FieldName.NOTES, "key was " + PlantedSecrets.all().get(0).secret());
        CaseDraft stored = store.save(d);
        String onDisk = Files.readString(store.casesDir().resolve("case-secret.json"), StandardCharsets.UTF_8);
        Leaks.assertNoneLeaked(onDisk);
        Leaks.assertNoneLeaked(stored.paste());
        Leaks.assertNoneLeaked(stored.entered().values().toString());
        assertThat(onDisk).contains("[redacted: openai-key]");
    }

    @Test
    void should_skip_corrupt_drafts_by_name_and_keep_listing() throws IOException {
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        store.save(draft("case-good", T0));
        Path dir = store.casesDir();
        Files.writeString(dir.resolve("case-torn.json"), "{\"draftVersion\": 1, \"id\": \"case-to");
        Files.writeString(dir.resolve("case-empty.json"), "");
        Files.write(dir.resolve("case-binary.json"), new byte[] {0, (byte) 0xff, 0x13, 0x37});
        Files.writeString(dir.resolve("case-noid.json"), "{\"title\": \"x\"}");
        Files.writeString(dir.resolve("case-other.json"), Files.readString(dir.resolve("case-good.json")));
        Files.writeString(dir.resolve(".case-good.json.123.tmp"), "half");

        PacketStore.CaseList list = store.list();

        assertThat(list.cases()).extracting(CaseSummary::id).containsExactly("case-good");
        assertThat(list.skipped()).extracting(PacketStore.Skipped::fileName).containsExactlyInAnyOrder(
                "case-torn.json", "case-empty.json", "case-binary.json", "case-noid.json", "case-other.json");
        assertThat(list.skipped()).allSatisfy(s -> assertThat(s.reason()).contains(s.fileName()));
        assertThatThrownBy(() -> store.load("case-torn")).isInstanceOf(PacketStore.CorruptCaseException.class)
                .hasMessageContaining("case-torn.json");
    }

    @Test
    void should_keep_the_old_draft_when_a_save_is_interrupted() throws IOException {
        // given a saved draft
        new PacketStore(base, TestJson.MAPPER).save(draft("case-x", T0));
        PacketStore failing = new PacketStore(base, TestJson.MAPPER, out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 40) {
                    throw new IOException("disk unplugged");
                }
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        });
        // when a new version fails half-way through writing
        assertThatThrownBy(() -> failing.save(draft("case-x", T0.plusSeconds(99)).withPaste("new text")))
                .isInstanceOf(IOException.class).hasMessageContaining("disk unplugged");
        // then the old version is intact and no temporary file is left behind
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        assertThat(store.load("case-x")).contains(draft("case-x", T0));
        try (Stream<Path> files = Files.list(store.casesDir())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("case-x.json");
        }
    }

    @Test
    void should_make_files_and_directories_owner_only_on_posix() throws IOException {
        PacketStore store = new PacketStore(base.resolve("nested"), TestJson.MAPPER);
        store.save(draft("case-p", T0));
        if (base.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.casesDir())))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(store.casesDir().resolve("case-p.json")))).isEqualTo("rw-------");
        }
    }

    @Test
    void should_refuse_ids_that_are_not_file_names() throws IOException {
        PacketStore store = new PacketStore(base, TestJson.MAPPER);
        assertThat(store.load("../etc/passwd")).isEmpty();
        assertThat(store.delete("../x")).isFalse();
        assertThatThrownBy(() -> draft("../x", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.list().cases()).isEmpty();
    }

    @Test
    void should_not_overwrite_an_export_without_force() throws IOException {
        Path out = base.resolve("packet.md");
        AtomicFiles.writeString(out, "first", false);
        assertThatThrownBy(() -> AtomicFiles.writeString(out, "second", false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(out)).isEqualTo("first");
        AtomicFiles.writeString(out, "second", true);
        assertThat(Files.readString(out)).isEqualTo("second");
    }

    @Test
    void should_follow_each_os_convention_for_the_data_directory() {
        assertThat(DataDirs.userDataDir("Linux", java.util.Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/limit-triage"));
        assertThat(DataDirs.userDataDir("Linux", java.util.Map.of("XDG_DATA_HOME", "/data"), "/home/u"))
                .isEqualTo(Path.of("/data/limit-triage"));
        assertThat(DataDirs.userDataDir("Linux", java.util.Map.of("XDG_DATA_HOME", "rel"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/limit-triage"));
        assertThat(DataDirs.userDataDir("Mac OS X", java.util.Map.of(), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Limit Triage"));
        assertThat(DataDirs.userDataDir("Windows 11", java.util.Map.of("APPDATA", "/appdata"), "/home/u"))
                .isEqualTo(Path.of("/appdata", "Limit Triage"));
    }
}
