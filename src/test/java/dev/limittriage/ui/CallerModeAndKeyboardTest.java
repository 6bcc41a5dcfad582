package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.ui.interview.InterviewView;
import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.start.StartView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** Caller mode (script, large buttons, timer, next caller) and the keyboard: Enter, Esc, Ctrl+N. */
@ExtendWith(ApplicationExtension.class)
class CallerModeAndKeyboardTest {
    @TempDir
    static Path dataDir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TriageApp.applyTheme(false);
        app = TestApp.compose(dataDir.resolve(String.valueOf(System.nanoTime())), new RecordingDialogService());
        Scene scene = new Scene(app.root(), 1200, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void should_read_the_script_with_large_buttons_and_record_the_answer_in_caller_mode(FxRobot robot)
            throws IOException {
        // given
        robot.clickOn("#" + ShellView.ID_CALLER);
        robot.clickOn("#" + StartView.routeId(Route.CHATGPT_APP));
        WaitForAsyncUtils.waitForFxEvents();
        // when
        Label question = robot.lookup("#" + InterviewView.ID_QUESTION).queryAs(Label.class);
        Button first = robot.lookup("#" + InterviewView.ID_CHOICES + " .button").queryAs(Button.class);
        var node = (dev.limittriage.knowledge.TreeNode.Question) TestApp.knowledge().tree().node("app_message")
                .orElseThrow();
        // then
        assertThat(question.getText()).isEqualTo(node.script());
        assertThat(first.getFont().getSize()).isGreaterThan(robot.lookup("#" + ShellView.ID_NEXT)
                .queryAs(Button.class).getFont().getSize());
        assertThat(robot.lookup("#" + ShellView.ID_TIMER).queryAs(Label.class).isVisible()).isTrue();
        shoot(robot, "caller-03-questions");
        robot.clickOn(first);
        assertThat(app.triageCase().answers()).hasSize(1);
        assertThat(app.triageCase().answers().get(0).question()).isEqualTo(node.script());
        String id = app.triageCase().idProperty().get();
        robot.clickOn("#" + ShellView.ID_NEXT_CALLER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.START);
        assertThat(app.triageCase().answers()).isEmpty();
        assertThat(app.autosaver().store().load(id)).isPresent();
        shoot(robot, "caller-01-next-caller");
    }

    @Test
    void should_walk_forward_with_enter_and_back_with_escape(FxRobot robot) {
        // given: a route chosen with the keyboard (the first route has the focus)
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + StartView.routeId(Route.PROVIDER));
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.EVIDENCE);
        // when
        robot.type(KeyCode.ESCAPE);
        // then
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.START);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER); // Next is the default button: the route is still chosen
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.EVIDENCE);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.START);
        assertThat(app.triageCase().routeProperty().get()).isNull();
    }

    @Test
    void should_not_pick_an_answer_when_enter_is_pressed_on_a_new_question(FxRobot robot) {
        // given: the ChatGPT route, which opens its first question at once
        robot.clickOn("#" + StartView.routeId(Route.CHATGPT_APP));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.QUESTIONS);
        // when: Enter, as if for "Next"
        robot.type(KeyCode.ENTER);
        // then: no answer was chosen for the user
        assertThat(app.triageCase().answers()).isEmpty();
        assertThat(robot.lookup("#" + InterviewView.ID_QUESTION).queryAs(Label.class).isFocused()).isTrue();
        // and Tab reaches the answers, where Enter answers
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        assertThat(app.triageCase().answers()).hasSize(1);
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> TriageApp.applyTheme(dark));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = stage.getScene().snapshot(null));
            Files.createDirectories(Path.of("target", "screenshots"));
            PngWriter.write(image[0], Path.of("target", "screenshots", name + (dark ? "-dark" : "-light") + ".png"));
        }
        robot.interact(() -> TriageApp.applyTheme(false));
    }
}
