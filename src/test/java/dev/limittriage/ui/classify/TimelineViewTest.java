package dev.limittriage.ui.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.diagnosis.BatchLog;
import dev.limittriage.ui.AppComposition;
import dev.limittriage.ui.PngWriter;
import dev.limittriage.ui.RecordingDialogService;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.Stylesheets;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TriageApp;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Evidence screen's Timeline view on the batch log of issue 13, in a real window. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static AppComposition app;
    private Stage stage;

    @BeforeAll
    static void compose() throws IOException {
        // a loaded machine can take longer than TestFX's default 10 s to show the first window
        System.setProperty("testfx.setup.timeout", "60000");
        app = TestApp.compose(Files.createTempDirectory("lt-timeline"), new RecordingDialogService());
        app.shell().chooseRoute(Route.OPENAI_API);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TriageApp.applyTheme(false);
        Scene scene = new Scene(app.root(), 1180, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void should_offer_the_timeline_for_a_log_and_mark_a_runs_lines_in_the_paste(FxRobot robot) throws IOException {
        // given: a one-error paste offers no timeline
        robot.interact(() -> app.triageCase().pasteProperty().set("HTTP/1.1 429 Too Many Requests\n"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + EvidenceView.ID_VIEW_SWITCH).query().isVisible()).isFalse();

        // when: the batch log is pasted and the Timeline view chosen
        String log = BatchLog.twentyMinutes("2026-11-28");
        robot.interact(() -> app.triageCase().pasteProperty().set(log));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + EvidenceView.ID_VIEW_SWITCH).query().isVisible()).isTrue();
        robot.clickOn("#" + EvidenceView.ID_VIEW_TIMELINE);
        WaitForAsyncUtils.waitForFxEvents();

        // then: the summary, a bar per minute stacked by bucket, the stated limit as a line
        String summary = robot.lookup("#" + EvidenceView.ID_TIMELINE_SUMMARY).queryAs(Label.class).getText();
        assertThat(summary).startsWith("This log holds 29 failures between 10:05:00 and 10:15:30. In order: "
                + "24 × images per minute, 4 × server capacity, 1 × prepaid credits. In the busiest minute 6 "
                + "requests were refused for images per minute, more than the limit of 5 a minute");
        TimelineChart chart = robot.lookup("#" + EvidenceView.ID_TIMELINE_CHART).queryAs(TimelineChart.class);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("IPM", "credits",
                "overload");
        XYChart.Data<String, Number> at1005 = chart.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals("10:05")).findFirst().orElseThrow();
        assertThat(at1005.getYValue()).isEqualTo(6);
        Line limit = (Line) chart.lookup(".timeline-limit");
        assertThat(limit.isVisible()).isTrue();
        shoot(robot, "evidence-timeline");

        // when: the first run is chosen
        ListView<?> runs = robot.lookup("#" + EvidenceView.ID_TIMELINE_RUNS).queryAs(ListView.class);
        assertThat(runs.getItems()).hasSize(3);
        Node firstCell = robot.lookup("#" + EvidenceView.ID_TIMELINE_RUNS + " .list-cell").nth(0).query();
        robot.clickOn(firstCell);
        WaitForAsyncUtils.waitForFxEvents();

        // then: the paste has the run's lines selected, from its first 429 to its last
        TextArea paste = robot.lookup("#" + EvidenceView.ID_PASTE).queryAs(TextArea.class);
        assertThat(paste.getSelectedText()).startsWith("2026-11-28T10:05:00Z ERROR RateLimitError: Error code: 429")
                .endsWith("'code': 'rate_limit_exceeded'}}").contains("2026-11-28T10:08:50Z ERROR");
        shoot(robot, "evidence-timeline-run");
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        PngWriter.shootLightAndDark(robot, stage.getScene(), name);
    }
}
