package dev.limittriage.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.ui.AppComposition;
import dev.limittriage.ui.RecordingDialogService;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.Step;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TestDiagnoses;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Navigation rules of the step host, without the toolkit (the composition's view models only). */
class ShellViewModelTest {
    @TempDir
    Path dataDir;
    private ShellViewModel shell;
    private AppComposition.Services services;

    @BeforeEach
    void setUp() {
        var real = TestApp.services(dataDir, new RecordingDialogService(), Clock.fixed(TestApp.NOW, ZoneOffset.UTC));
        // a fake diagnoser: "known" pastes settle owner and bucket, anything else does not
        services = new AppComposition.Services(real.knowledge(), text -> text.startsWith("known")
                ? TestDiagnoses.of(text, Owner.OPENAI_API, Bucket.TPM)
                : TestDiagnoses.of(text, Owner.UNKNOWN, Bucket.UNKNOWN), real.executor(), real.dialogs(),
                real.debouncers(), real.drafts(), real.settings(), real.json(), real.clock(), real.zone());
        shell = new AppComposition(services).shell();
    }

    @Test
    void should_go_from_the_chatgpt_route_straight_to_the_questions() {
        // given
        assertThat(shell.canGoNextProperty().get()).isFalse();
        // when
        shell.chooseRoute(Route.CHATGPT_APP);
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.QUESTIONS);
        assertThat(shell.canGoBackProperty().get()).isTrue();
    }

    @Test
    void should_skip_the_questions_when_the_paste_settles_owner_and_bucket() {
        // given
        shell.chooseRoute(Route.OPENAI_API);
        // when
        shell.triageCase().pasteProperty().set("known 429");
        shell.next();
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.DIAGNOSIS);
    }

    @Test
    void should_ask_questions_when_the_paste_leaves_the_owner_unknown() {
        // given
        shell.chooseRoute(Route.NOT_SURE);
        // when
        shell.triageCase().pasteProperty().set("something odd");
        shell.next();
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.QUESTIONS);
        assertThat(shell.canGoNextProperty().get()).isFalse();
    }

    @Test
    void should_keep_the_trail_of_steps_taken_and_go_back_to_any_of_them() {
        // given: Start -> Paste -> Diagnosis -> Recovery
        shell.chooseRoute(Route.OPENAI_API);
        shell.triageCase().pasteProperty().set("known 429");
        shell.next();
        shell.next();
        assertThat(shell.trail()).containsExactly(Step.START, Step.EVIDENCE, Step.DIAGNOSIS, Step.RECOVERY);
        // when: the Paste crumb is chosen
        shell.backTo(Step.EVIDENCE);
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.EVIDENCE);
        assertThat(shell.trail()).containsExactly(Step.START, Step.EVIDENCE);
        assertThat(shell.canGoBackProperty().get()).isTrue();
        // and a step never visited, or the current one, changes nothing
        shell.backTo(Step.PACKET);
        shell.backTo(Step.EVIDENCE);
        assertThat(shell.trail()).containsExactly(Step.START, Step.EVIDENCE);
        shell.newCase();
        assertThat(shell.trail()).containsExactly(Step.START);
    }

    @Test
    void should_go_back_the_way_it_came() {
        // given
        shell.chooseRoute(Route.OPENAI_API);
        shell.triageCase().pasteProperty().set("known 429");
        shell.next();
        // when
        shell.back();
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.EVIDENCE);
        shell.back();
        assertThat(shell.stepProperty().get()).isEqualTo(Step.START);
        assertThat(shell.canGoBackProperty().get()).isFalse();
    }

    @Test
    void should_jump_to_the_paste_on_ctrl_v_from_start() {
        // given
        assertThat(shell.stepProperty().get()).isEqualTo(Step.START);
        // when
        shell.pasteFromStart("known 429 from the clipboard");
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.EVIDENCE);
        assertThat(shell.triageCase().routeProperty().get()).isEqualTo(Route.NOT_SURE);
        assertThat(shell.triageCase().pasteProperty().get()).isEqualTo("known 429 from the clipboard");
    }

    @Test
    void should_save_the_case_and_start_clean_for_the_next_caller() throws IOException {
        // given
        shell.chooseRoute(Route.OPENAI_API);
        shell.triageCase().pasteProperty().set("known 429");
        String firstId = shell.triageCase().idProperty().get();
        // when
        shell.nextCaller();
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.START);
        assertThat(shell.triageCase().isEmpty()).isTrue();
        assertThat(shell.triageCase().idProperty().get()).isNotEqualTo(firstId);
        assertThat(services.drafts().get().load(firstId)).get().extracting(d -> d.paste()).isEqualTo("known 429");
    }

    @Test
    void should_only_allow_export_once_there_is_a_diagnosis() {
        // given
        shell.jumpToExport();
        assertThat(shell.stepProperty().get()).isEqualTo(Step.START);
        // when
        shell.chooseRoute(Route.OPENAI_API);
        shell.triageCase().pasteProperty().set("known 429");
        shell.jumpToExport();
        // then
        assertThat(shell.stepProperty().get()).isEqualTo(Step.EXPORT);
    }
}
