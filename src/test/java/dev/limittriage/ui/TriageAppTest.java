package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.start.StartView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application class: title, theme, and a case saved when the window closes. */
class TriageAppTest {
    @TempDir
    Path dataDir;

    @AfterEach
    void tearDown() throws Exception {
        System.clearProperty("limittriage.data");
        Thread.setDefaultUncaughtExceptionHandler(null); // the app installed its crash dialog; later tests must not meet it
    }

    @Test
    void should_open_titled_limit_triage_and_keep_the_case_when_closed() throws Exception {
        // given
        System.setProperty("limittriage.data", dataDir.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        javafx.application.Application app = FxToolkit.setupApplication(TriageApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        // when
        assertThat(stage.getTitle()).isEqualTo("Limit Triage");
        assertThat(stage.getScene().getRoot()).isInstanceOf(ShellView.class);
        robot.clickOn("#" + StartView.routeId(Route.AZURE));
        FxToolkit.cleanupApplication(app);
        // then: stop() wrote the draft at once, without waiting for the autosave pause
        try (Stream<Path> drafts = Files.list(dataDir.resolve("cases"))) {
            assertThat(drafts.filter(p -> p.toString().endsWith(".json")).toList()).hasSize(1);
        }
    }

    @Test
    void should_reopen_the_window_where_and_as_large_as_it_was_left() throws Exception {
        // given: the app runs once on this settings directory, and the user moves and resizes the window
        System.setProperty("limittriage.data", dataDir.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        javafx.application.Application first = FxToolkit.setupApplication(TriageApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1010);
            stage.setHeight(690);
        });
        FxToolkit.cleanupApplication(first);
        assertThat(dataDir.resolve("settings.properties")).exists();
        // and: something else moves the stage before the next start
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(640);
            stage.setHeight(480);
        });

        // when: the app starts again with the same settings directory
        javafx.application.Application second = FxToolkit.setupApplication(TriageApp.class);
        WaitForAsyncUtils.waitForFxEvents();

        // then: same place, same size
        assertThat(stage.getX()).isEqualTo(40.0);
        assertThat(stage.getY()).isEqualTo(30.0);
        assertThat(stage.getWidth()).isEqualTo(1010.0);
        assertThat(stage.getHeight()).isEqualTo(690.0);
        FxToolkit.cleanupApplication(second);
    }
}
