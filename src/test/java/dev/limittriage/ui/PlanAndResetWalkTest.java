package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.ui.owners.DiagnosisView;
import dev.limittriage.ui.plan.PlanView;
import dev.limittriage.ui.plan.PlanViewModel.LimitsChoice;
import dev.limittriage.ui.recovery.RecoveryView;
import dev.limittriage.ui.recovery.ResetAxis;
import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.start.StartView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the planner (from Start, and from a diagnosed rate limit, prefilled) and the reset timeline with its
 * reminder and notification, and saves screenshots named plan-* and reset-*, light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class PlanAndResetWalkTest {
    private static final String PLUS_3H02 = "You've hit the plus plan limit for image generations requests. You can"
            + " create more images when the limit resets in 3 hours and 2 minutes.";
    @TempDir
    static Path dataDir;
    @TempDir
    Path saveDir;
    private AppComposition app;
    private RecordingDialogService dialogs;
    private MutableClock clock;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new RecordingDialogService();
        clock = new MutableClock(TestApp.NOW);
        TriageApp.applyTheme(false);
        app = new AppComposition(TestApp.services(dataDir.resolve(String.valueOf(System.nanoTime())), dialogs,
                clock));
        Scene scene = new Scene(app.root(), 1200, 800);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void should_plan_a_batch_from_start_and_switch_to_custom_limits(FxRobot robot) throws IOException {
        // given the start screen
        // when
        robot.clickOn("#" + StartView.ID_PLAN);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the planner with the usual settings, Tier 1: IPM binds, 20 minutes at one request every 12 s
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.PLAN);
        assertThat(text(robot, PlanView.ID_BINDING)).isEqualTo("IPM");
        assertThat(text(robot, PlanView.ID_TIME)).isEqualTo("19.8 min for 100 requests");
        assertThat(text(robot, PlanView.ID_PACE)).isEqualTo("one request every 12 s");
        assertThat(text(robot, PlanView.ID_TOKENS)).startsWith("7,024 output tokens.");
        assertThat(text(robot, PlanView.ID_COST)).startsWith("$21.07 for the output tokens.");
        assertThat(robot.lookup("#" + PlanView.ID_NEXT_TIERS).queryAs(TableView.class).getItems()).hasSize(4);
        assertThat(robot.lookup("#" + PlanView.ID_CHART).queryAs(BarChart.class).getData()).hasSize(2);
        assertThat(text(robot, PlanView.ID_BATCH)).contains("$10.54", "24 h", "not published");
        shoot(robot, "plan-01-from-start");
        robot.interact(() -> robot.lookup(".plan-scroll").queryAs(ScrollPane.class).setVvalue(1.0));
        shoot(robot, "plan-01b-chart-and-batch-api");
        robot.interact(() -> robot.lookup(".plan-scroll").queryAs(ScrollPane.class).setVvalue(0));

        // when: my own limits, 20,000 TPM
        robot.interact(() -> {
            app.plan().limitsProperty().set(LimitsChoice.CUSTOM);
            app.plan().customIpmProperty().set("50");
            app.plan().customTpmProperty().set("20,000");
            app.plan().imagesProperty().set(10);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then TPM binds
        assertThat(text(robot, PlanView.ID_BINDING)).isEqualTo("TPM");
        assertThat(text(robot, PlanView.ID_PACE)).isEqualTo("one request every 30 s");
        shoot(robot, "plan-02-custom-tpm");

        // when: a size the model does not take
        robot.interact(() -> app.plan().sizeProperty().set("1000x1000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, PlanView.ID_ERROR)).contains("multiples of 16");
        assertThat(robot.lookup("#" + PlanView.ID_ADD).query().isDisabled()).isTrue();
        shoot(robot, "plan-03-bad-size");

        // when Back: the start screen again
        robot.clickOn("#" + ShellView.ID_BACK);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.START);
    }

    @Test
    void should_open_the_planner_prefilled_from_a_diagnosed_ipm_limit_and_add_it_to_the_packet(FxRobot robot)
            throws IOException {
        // given a diagnosed IPM limit whose headers match Tier 2
        pasteAndDiagnose(robot, Route.OPENAI_API, TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt"));
        assertThat(app.triageCase().diagnosisProperty().get().bucket()).isEqualTo(Bucket.IPM);
        assertThat(robot.lookup("#" + DiagnosisView.ID_PLAN).query().isVisible()).isTrue();
        // the offer never takes the focus, so Enter still means Next
        assertThat(stage.getScene().getFocusOwner()).isNotSameAs(robot.lookup("#" + DiagnosisView.ID_PLAN).query());
        // when
        robot.clickOn("#" + DiagnosisView.ID_PLAN);
        WaitForAsyncUtils.waitForFxEvents();
        // then the tier comes from the x-ratelimit-limit headers
        assertThat(app.plan().limitsProperty().get()).isEqualTo(LimitsChoice.TIER_2);
        assertThat(app.plan().prefilledFromProperty().get()).contains("model gpt-image-2", "Tier 2");
        assertThat(text(robot, PlanView.ID_PACE)).isEqualTo("one request every 3 s");
        shoot(robot, "plan-04-from-diagnosis-tier-2");
        // when (the button is at the end of the results: scroll there first)
        robot.interact(() -> robot.lookup(".plan-scroll").queryAs(ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + PlanView.ID_ADD);
        // then the plan is in the case's notes, so in the packet
        assertThat(app.triageCase().notesProperty().get()).startsWith("Batch plan: 100 images of gpt-image-2")
                .contains("Tier 2", "IPM binds first");
        assertThat(text(robot, PlanView.ID_ADDED)).isNotBlank();
        robot.clickOn("#" + ShellView.ID_BACK);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.DIAGNOSIS);
    }

    @Test
    void should_show_the_chatgpt_reset_on_the_timeline_save_a_reminder_and_notify_when_it_passes(FxRobot robot)
            throws IOException {
        // given the ChatGPT app's message, pasted at 09:00:00 (UTC)
        pasteAndDiagnose(robot, Route.NOT_SURE, PLUS_3H02);
        robot.clickOn("#" + ShellView.ID_NEXT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.RECOVERY);
        // then: one reset, labelled with its clock time, measured from the paste
        assertThat(text(robot, ResetAxis.ID_LABEL_PREFIX + 0)).isEqualTo("ChatGPT cap 12:02");
        assertThat(text(robot, RecoveryView.ID_UNBLOCK)).isEqualTo("You can go on after ChatGPT cap at 12:02 (in"
                + " 3:02:00).");
        assertThat(text(robot, RecoveryView.ID_ANCHOR)).contains("no Date header", "09:00:00");
        assertThat(robot.lookup("#" + RecoveryView.ID_PLAN).query().isVisible()).isFalse(); // app cap: no planner
        assertThat(stage.getScene().getFocusOwner()).isNotSameAs(robot.lookup("#" + RecoveryView.ID_REMIND).query());
        shoot(robot, "reset-01-chatgpt-cap");

        // when: caller mode offers the clock time to read aloud
        robot.clickOn("#" + ShellView.ID_CALLER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, RecoveryView.ID_READ_ALOUD)).isEqualTo("Read aloud: \"You can try again at 12:02 PM"
                + " today (UTC).\"");
        shoot(robot, "reset-02-caller-read-aloud");
        robot.clickOn("#" + ShellView.ID_CALLER);

        // when "Remind me": the file chooser offers the remembered folder the second time
        Path file = saveDir.resolve("reset.ics");
        dialogs.saveAnswers.add(file);
        robot.clickOn("#" + RecoveryView.ID_REMIND);
        WaitForAsyncUtils.waitForFxEvents();
        String ics = Files.readString(file);
        assertThat(ics).contains("DTSTART:20261128T120200Z\r\n", "SUMMARY:Image limit resets: ChatGPT cap");
        assertThat(text(robot, RecoveryView.ID_REMIND_DONE)).contains(file.toString());
        dialogs.saveAnswers.add(saveDir.resolve("again.ics"));
        robot.clickOn("#" + RecoveryView.ID_REMIND);
        assertThat(dialogs.saveRequests).containsExactly("limit-reset.ics|ics|null",
                "limit-reset.ics|ics|" + saveDir.toAbsolutePath());

        // when the reset passes while the app is open
        clock.advance(Duration.ofHours(3).plusMinutes(2).plusSeconds(1));
        robot.interact(() -> app.shell().tick());
        WaitForAsyncUtils.waitForFxEvents();
        // then a notice on the screen and in the status line
        assertThat(text(robot, RecoveryView.ID_NOTICE)).isEqualTo("ChatGPT cap reset at 12:02:00: you can go on now.");
        assertThat(text(robot, ShellView.ID_STATUS)).isEqualTo("ChatGPT cap reset at 12:02:00: you can go on now.");
        assertThat(robot.lookup("#" + RecoveryView.ID_REMIND).query().isDisabled()).isTrue();
        shoot(robot, "reset-03-passed-notice");
    }

    @Test
    void should_lay_every_header_reset_on_one_axis_and_mark_the_one_that_unblocks(FxRobot robot) throws IOException {
        // given the response's Date is 08:58:12 and it is now half a second later
        clock.advance(Duration.between(TestApp.NOW, Instant.parse("2026-11-28T08:58:12.500Z")));
        pasteAndDiagnose(robot, Route.OPENAI_API, TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt"));
        robot.clickOn("#" + ShellView.ID_NEXT);
        WaitForAsyncUtils.waitForFxEvents();
        // then requests (passed), tokens, Retry-After and the message's wait, labelled by local clock time
        assertThat(app.resetTimeline().items()).extracting(i -> i.label()).containsExactly("RPM 08:58:12",
                "TPM 08:58:14", "Retry-After 08:58:15", "try again 08:58:15");
        assertThat(app.resetTimeline().items().get(0).passed()).isTrue();
        assertThat(app.resetTimeline().items()).filteredOn(i -> i.unblocks()).singleElement()
                .satisfies(i -> assertThat(i.label()).isEqualTo("Retry-After 08:58:15"));
        assertThat(text(robot, RecoveryView.ID_ANCHOR)).contains("Date header (08:58:12)");
        assertThat(robot.lookup("#" + RecoveryView.ID_PLAN).query().isVisible()).isTrue(); // IPM: a rate bucket
        shoot(robot, "reset-04-headers-axis");
        // when a second passes, the axis moves
        double before = app.resetTimeline().items().get(1).position();
        clock.advance(Duration.ofSeconds(1));
        robot.interact(() -> app.shell().tick());
        assertThat(app.resetTimeline().items().get(1).position()).isLessThan(before);
    }

    private void pasteAndDiagnose(FxRobot robot, Route route, String paste) {
        robot.interact(() -> {
            app.triageCase().routeProperty().set(route);
            app.shell().openText(paste);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ShellView.ID_NEXT);
        WaitForAsyncUtils.waitForFxEvents();
        if (app.shell().stepProperty().get() == Step.QUESTIONS) {
            robot.clickOn("#" + ShellView.ID_NEXT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.DIAGNOSIS);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        return ((Label) node).getText();
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        PngWriter.shootLightAndDark(robot, stage.getScene(), name);
    }
}
