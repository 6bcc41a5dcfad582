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
    void should_turn_region_caching_off_unless_the_command_line_chose() {
        String before = System.getProperty(TriageApp.REGION_CACHING);
        try {
            // given: nothing chosen
            System.clearProperty(TriageApp.REGION_CACHING);
            // when
            TriageApp.renderingDefaults();
            // then
            assertThat(System.getProperty(TriageApp.REGION_CACHING)).isEqualTo("true");
            // given: -Dprism.disableRegionCaching=false on the command line
            System.setProperty(TriageApp.REGION_CACHING, "false");
            // when
            TriageApp.renderingDefaults();
            // then
            assertThat(System.getProperty(TriageApp.REGION_CACHING)).isEqualTo("false");
        } finally {
            if (before == null) {
                System.clearProperty(TriageApp.REGION_CACHING);
            } else {
                System.setProperty(TriageApp.REGION_CACHING, before);
            }
        }
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
        // given: the app runs once on this settings directory (in its own window, not the shared primary stage),
        // and the user moves and resizes the window before closing the app
        System.setProperty("limittriage.data", dataDir.toString());
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        TriageApp first = new TriageApp();
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            first.start(window[0]);
            window[0].setX(40);
            window[0].setY(30);
            window[0].setWidth(1010);
            window[0].setHeight(690);
        });
        robot.interact(() -> {
            first.stop();
            window[0].hide();
        });
        assertThat(dataDir.resolve("settings.json")).exists();

        // when: the app starts again with the same settings directory, in a new window
        TriageApp second = new TriageApp();
        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            second.start(again[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();

        // then: same place, same size
        try {
            assertThat(again[0].getX()).isEqualTo(40.0);
            assertThat(again[0].getY()).isEqualTo(30.0);
            assertThat(again[0].getWidth()).isEqualTo(1010.0);
            assertThat(again[0].getHeight()).isEqualTo(690.0);
        } finally {
            robot.interact(() -> {
                second.stop();
                again[0].hide();
            });
        }
    }
}
