package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.knowledge.Owner;
import dev.limittriage.ui.classify.EvidenceView;
import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.start.StartView;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The accelerators through real key presses: Ctrl+V on Start pastes the clipboard, Ctrl+S goes to Export,
 * Ctrl+Enter moves on from the paste area.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {
    @TempDir
    static Path dataDir;
    private AppComposition app;

    @Start
    void start(Stage stage) {
        TriageApp.applyTheme(false);
        app = TestApp.compose(dataDir.resolve(String.valueOf(System.nanoTime())), new RecordingDialogService());
        Scene scene = new Scene(app.root(), 1200, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private static void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Test
    void should_open_the_paste_with_the_clipboard_text_on_ctrl_v_from_start(FxRobot robot) {
        // given: the start screen, an error body on the clipboard
        String paste = TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt");
        putOnClipboard(robot, paste);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.START);
        // when
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the evidence screen shows the clipboard text, diagnosed
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.EVIDENCE);
        assertThat(app.triageCase().routeProperty().get()).isEqualTo(Route.NOT_SURE);
        assertThat(robot.lookup("#" + EvidenceView.ID_PASTE).queryAs(TextArea.class).getText()).isEqualTo(paste);
        assertThat(app.triageCase().diagnosisProperty().get()).isNotNull();
        assertThat(app.triageCase().diagnosisProperty().get().owner()).isEqualTo(Owner.OPENAI_API);
    }

    @Test
    void should_not_paste_over_the_case_on_ctrl_v_outside_start(FxRobot robot) {
        // given: a route chosen, so the paste screen is showing with its text area
        robot.clickOn("#" + StartView.routeId(Route.PROVIDER));
        WaitForAsyncUtils.waitForFxEvents();
        putOnClipboard(robot, "from the clipboard");
        robot.interact(() -> app.shell().triageCase().pasteProperty().set("typed by hand"));
        robot.clickOn("#" + EvidenceView.ID_PASTE);
        robot.interact(() -> robot.lookup("#" + EvidenceView.ID_PASTE).queryAs(TextArea.class).end());
        // when
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the text area pasted at the caret as usual; the case was not replaced
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.EVIDENCE);
        assertThat(app.triageCase().pasteProperty().get()).isEqualTo("typed by handfrom the clipboard");
    }

    @Test
    void should_go_on_with_ctrl_enter_from_the_paste_area_where_enter_types_a_new_line(FxRobot robot) {
        // given: a paste diagnosed, the caret at its end
        putOnClipboard(robot, TestApp.paste("dbchatpro2-azure-tpm-86400.txt"));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + EvidenceView.ID_PASTE);
        robot.interact(() -> robot.lookup("#" + EvidenceView.ID_PASTE).queryAs(TextArea.class).end());
        String paste = app.triageCase().pasteProperty().get();
        // when: Enter, then Ctrl+Enter
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Step afterEnter = app.shell().stepProperty().get();
        String textAfterEnter = app.triageCase().pasteProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then: Enter added a line and stayed; Ctrl+Enter went to the next step without touching the text
        assertThat(afterEnter).isEqualTo(Step.EVIDENCE);
        assertThat(textAfterEnter).isEqualTo(paste + "\n");
        assertThat(app.shell().stepProperty().get()).isNotEqualTo(Step.EVIDENCE);
        assertThat(app.triageCase().pasteProperty().get()).isEqualTo(textAfterEnter);
    }

    @Test
    void should_move_the_focus_into_the_next_screen_at_once_when_the_focused_paste_area_leaves(FxRobot robot) {
        // given: a paste diagnosed, the focus in the paste area; the diagnosis screen never shown yet (its
        // scroll panes have no skins, so their content is not in the scene)
        putOnClipboard(robot, TestApp.paste("dbchatpro2-azure-tpm-86400.txt"));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + EvidenceView.ID_PASTE);
        Node[] focus = new Node[1];
        // when: the step changes, and before any pulse could let JavaFX pick the first button in the window
        robot.interact(() -> {
            app.shell().next();
            focus[0] = robot.targetWindow().getScene().getFocusOwner();
        });
        // then: the focus is already on the new screen, not lost and not in the header
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.DIAGNOSIS);
        assertThat(focus[0]).isNotNull();
        assertThat(isInside(focus[0], app.root().lookup("#" + ShellView.ID_HOST))).isTrue();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void should_jump_to_export_on_ctrl_s_once_there_is_a_diagnosis(FxRobot robot) {
        // given: nothing diagnosed yet, Ctrl+S does nothing
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.START);
        putOnClipboard(robot, TestApp.paste("dbchatpro2-azure-tpm-86400.txt"));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.triageCase().diagnosisProperty().get()).isNotNull();
        // when: the focus is in the paste area
        robot.clickOn("#" + EvidenceView.ID_PASTE);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.EXPORT);
        assertThat(app.export().previewProperty().get()).contains("Azure");
    }
}
