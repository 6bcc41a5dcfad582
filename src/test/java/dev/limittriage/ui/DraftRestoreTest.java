package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.PacketStore;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.packet.CaseSummary;
import dev.limittriage.packet.Leaks;
import dev.limittriage.packet.PlantedSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Never lose work: a case killed mid-edit comes back on the next start, and a torn file never hides it. */
class DraftRestoreTest {
    @TempDir
    Path dataDir;

    private AppComposition startApp() {
        var real = TestApp.services(dataDir, new RecordingDialogService(), Clock.fixed(TestApp.NOW, ZoneOffset.UTC));
        Function<String, dev.limittriage.diagnosis.Diagnosis> fake = text -> TestDiagnoses.of(text, Owner.AZURE,
                Bucket.AZURE_QUOTA);
        return new AppComposition(new AppComposition.Services(real.knowledge(), fake, real.executor(),
                real.dialogs(), real.debouncers(), real.drafts(), real.settings(), real.json(), real.clock(), real.zone()));
    }

    @Test
    void should_offer_and_restore_the_case_after_the_store_is_killed_mid_edit() {
        // given: a case being typed, autosaved on every change, then the process dies without closing anything
        AppComposition first = startApp();
        first.shell().chooseRoute(Route.AZURE);
        first.triageCase().pasteProperty().set("HTTP 429 Requests to the ChatCompletions_Create Operation");
        first.triageCase().notesProperty().set("customer on S0");
        String id = first.triageCase().idProperty().get();
        first = null; // killed: no flush, no close

        // when: the app starts again on the same data directory
        AppComposition second = startApp();

        // then: the last case is offered, and restoring it brings paste, route and notes back
        assertThat(second.start().restoreOfferProperty().get().id()).isEqualTo(id);
        second.start().restoreLast();
        assertThat(second.triageCase().idProperty().get()).isEqualTo(id);
        assertThat(second.triageCase().routeProperty().get()).isEqualTo(Route.AZURE);
        assertThat(second.triageCase().pasteProperty().get())
                .isEqualTo("HTTP 429 Requests to the ChatCompletions_Create Operation");
        assertThat(second.triageCase().notesProperty().get()).isEqualTo("customer on S0");
        assertThat(second.shell().stepProperty().get()).isEqualTo(Step.EVIDENCE);
        // the restored paste is diagnosed again (the fake diagnoser reads every paste as Azure quota)
        var rediagnosed = second.triageCase().pasteDiagnosisProperty().get();
        assertThat(rediagnosed.evidence().text()).isEqualTo("HTTP 429 Requests to the ChatCompletions_Create Operation");
        assertThat(rediagnosed.owner()).isEqualTo(Owner.AZURE);
        assertThat(rediagnosed.bucket()).isEqualTo(Bucket.AZURE_QUOTA);
    }

    @Test
    void should_keep_the_previous_draft_when_a_write_was_torn_and_skip_a_corrupt_file() throws IOException {
        // given: a saved draft, a half-written temporary file beside it, and a corrupt draft
        AppComposition first = startApp();
        first.shell().chooseRoute(Route.PROVIDER);
        first.triageCase().pasteProperty().set("Insufficient credits");
        String id = first.triageCase().idProperty().get();
        Path cases = first.autosaver().store().casesDir();
        Files.writeString(cases.resolve("." + id + ".json.4711.tmp"), "{\"draftVersion\": 1, \"id");
        Files.writeString(cases.resolve("case-broken.json"), "{not json");

        // when
        AppComposition second = startApp();

        // then: the good case is listed and offered, the broken one is skipped by name
        assertThat(second.start().recent()).extracting(CaseSummary::id).containsExactly(id);
        assertThat(second.start().restoreOfferProperty().get().id()).isEqualTo(id);
        assertThat(second.autosaver().store().list().skipped()).extracting(PacketStore.Skipped::fileName)
                .containsExactly("case-broken.json");
        second.start().restoreLast();
        assertThat(second.triageCase().pasteProperty().get()).isEqualTo("Insufficient credits");
    }

    @Test
    void should_not_offer_a_restore_when_nothing_was_saved() {
        // given / when
        AppComposition app = startApp();
        // then
        assertThat(app.start().restoreOfferProperty().get()).isNull();
        assertThat(app.start().recent()).isEmpty();
    }

    @Test
    void should_never_write_a_key_into_a_draft() throws IOException {
        // given
        AppComposition app = startApp();
        app.shell().chooseRoute(Route.OPENAI_API);
        // when
        String key = PlantedSecrets.all().get(0).secret();
        app.triageCase().pasteProperty().set("authorization: Bearer " + key + "\n429");
        app.autosaver().flush();
        // then
        Path file = app.autosaver().store().casesDir().resolve(app.triageCase().idProperty().get() + ".json");
        String onDisk = Files.readString(file);
        assertThat(onDisk).contains("authorization: Bearer [redacted: openai-key]");
        Leaks.assertNoLeak(onDisk, key);
    }

    @Test
    void should_write_on_flush_when_the_background_save_never_finished() throws IOException {
        // given: an executor that takes the autosave but never runs it (cut off at shutdown)
        var real = TestApp.services(dataDir, new RecordingDialogService(), Clock.fixed(TestApp.NOW, ZoneOffset.UTC));
        TaskExecutor dropping = new TaskExecutor() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                // dropped: the work never runs and no callback comes
            }
        };
        AppComposition app = new AppComposition(new AppComposition.Services(real.knowledge(), real.diagnoser(),
                dropping, real.dialogs(), real.debouncers(), real.drafts(), real.settings(), real.json(), real.clock(),
                real.zone()));
        app.shell().chooseRoute(Route.AZURE);
        app.triageCase().pasteProperty().set("HTTP 429 from Azure");
        String id = app.triageCase().idProperty().get();
        assertThat(app.autosaver().store().load(id)).isEmpty();
        // when: the app stops
        app.autosaver().flush();
        // then
        assertThat(app.autosaver().store().load(id)).get().extracting(d -> d.paste())
                .isEqualTo("HTTP 429 from Azure");
    }
}
