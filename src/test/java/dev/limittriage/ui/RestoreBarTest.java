package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.ui.start.StartView;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The restore offer after a crash, shown in a real window with a long case description. */
@ExtendWith(ApplicationExtension.class)
class RestoreBarTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // given: an unfinished case with a long paste left by a previous run
        Path dataDir = Files.createTempDirectory("lt-restore");
        AppComposition first = TestApp.compose(dataDir, new RecordingDialogService());
        first.shell().chooseRoute(Route.NOT_SURE);
        first.triageCase().pasteProperty().set("HTTP/2 429 " + "Requests to the ChatCompletions_Create Operation "
                .repeat(4));
        first.autosaver().flush();
        AppComposition second = TestApp.compose(dataDir, new RecordingDialogService());
        TriageApp.applyTheme(false);
        Scene scene = new Scene(second.root(), 1200, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void should_show_the_restore_buttons_with_their_whole_text(FxRobot robot) {
        // when
        WaitForAsyncUtils.waitForFxEvents();
        Button restore = robot.lookup("#" + StartView.ID_RESTORE).queryAs(Button.class);
        // then: the text beside them wraps; the buttons are never cut to "Res..."
        assertThat(restore.isVisible()).isTrue();
        assertThat(restore.getWidth()).isGreaterThanOrEqualTo(restore.prefWidth(-1) - 0.5);
    }
}
