package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.shell.ShellViewModel.ThemeChoice;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ControlsFX parts of the shell: the clickable step trail and the Light / Dark / System choice. */
@ExtendWith(ApplicationExtension.class)
class ShellControlsTest {
    @TempDir
    static Path dataDir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TriageApp.applyTheme(false);
        app = TestApp.compose(dataDir.resolve(String.valueOf(System.nanoTime())), new RecordingDialogService());
        Scene scene = new Scene(app.root(), 1180, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void should_go_back_to_a_visited_step_when_its_crumb_is_clicked(FxRobot robot) throws IOException {
        // given: Start -> Paste -> Diagnosis -> Recovery with a real paste
        robot.interact(() -> {
            app.shell().chooseRoute(Route.OPENAI_API);
            app.triageCase().pasteProperty().set(TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt"));
            app.evidence().flush();
            app.shell().next();
            app.shell().next();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.RECOVERY);
        shoot(robot, "shell-trail");
        // when
        robot.clickOn("#" + ShellView.ID_CRUMB_PREFIX + Step.EVIDENCE.id());
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.EVIDENCE);
        assertThat(robot.lookup("#" + ShellView.ID_CRUMB_PREFIX + Step.DIAGNOSIS.id()).tryQuery()).isEmpty();
    }

    @Test
    void should_reach_a_crumb_and_the_theme_choice_with_the_keyboard_alone(FxRobot robot) {
        // given: on the paste screen, the Start crumb focused
        robot.interact(() -> app.shell().chooseRoute(Route.OPENAI_API));
        WaitForAsyncUtils.waitForFxEvents();
        Button startCrumb = robot.lookup("#" + ShellView.ID_CRUMB_PREFIX + Step.START.id()).queryAs(Button.class);
        assertThat(startCrumb.isFocusTraversable()).isTrue();
        robot.interact(startCrumb::requestFocus);
        // when
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.START);
        // and the theme: focus "Dark", press Space
        ToggleButton dark = robot.lookup("#" + ShellView.ID_THEME_PREFIX + "dark").queryAs(ToggleButton.class);
        robot.interact(dark::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().themeChoiceProperty().get()).isEqualTo(ThemeChoice.DARK);
        // pressing the chosen one again keeps a choice made
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().themeChoiceProperty().get()).isEqualTo(ThemeChoice.DARK);
        assertThat(dark.isSelected()).isTrue();
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> TriageApp.applyTheme(dark));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = stage.getScene().snapshot(null));
            PngWriter.write(image[0], Path.of("target", "screenshots", name + (dark ? "-dark" : "-light") + ".png"));
        }
        robot.interact(() -> TriageApp.applyTheme(false));
    }
}
