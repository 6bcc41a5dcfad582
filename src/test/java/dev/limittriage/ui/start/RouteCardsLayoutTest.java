package dev.limittriage.ui.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.limittriage.ui.AppComposition;
import dev.limittriage.ui.RecordingDialogService;
import dev.limittriage.ui.Stylesheets;
import dev.limittriage.ui.TestApp;
import dev.limittriage.ui.TriageApp;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The route cards on the Start screen are as tall as their two lines of text and no taller, whatever the length of
 * the description: a card's wrapped description used to be measured at a far narrower width than it is shown at, so
 * the cards grew with their text and showed empty space below it.
 */
@ExtendWith(ApplicationExtension.class)
class RouteCardsLayoutTest {

    private Stage stage;
    private double width;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        AppComposition app = TestApp.compose(Files.createTempDirectory("lt-routes"), new RecordingDialogService());
        TriageApp.applyTheme(false);
        Scene scene = new Scene(app.root(), 1200, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
        width = stage.getWidth();
    }

    /** The window is shared with the test classes that run after this one: it leaves as wide as it came. */
    @AfterEach
    void restoreWidth(FxRobot robot) {
        robot.interact(() -> stage.setWidth(width));
    }

    @Test
    void every_card_fits_its_text_without_empty_space(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Button> cards = robot.lookup(".start-route").queryAllAs(Button.class).stream().toList();
        assertThat(cards).hasSize(5);
        assertFit(cards);
        // one-line descriptions at this width: every card is as tall as the first
        double first = cards.get(0).getHeight();
        assertThat(cards).allSatisfy(c -> assertThat(c.getHeight()).isCloseTo(first, offset(1.0)));
    }

    @Test
    void in_a_narrow_window_a_long_description_wraps_and_shows_whole(FxRobot robot) {
        // when: the window is about half as wide
        robot.interact(() -> stage.setWidth(640));
        WaitForAsyncUtils.waitForFxEvents();
        List<Button> cards = robot.lookup(".start-route").queryAllAs(Button.class).stream().toList();
        // then: the last card's description takes more than one line, is not cut, and leaves no blank space
        Button notSure = cards.get(4);
        Region text = (Region) notSure.getGraphic();
        Region detail = (Region) text.getChildrenUnmodifiable().get(1);
        Region title = (Region) text.getChildrenUnmodifiable().get(0);
        assertThat(detail.getHeight()).isGreaterThan(title.getHeight() * 1.5);
        assertThat(detail.getHeight()).isGreaterThanOrEqualTo(detail.prefHeight(detail.getWidth()) - 0.5);
        assertFit(cards);
    }

    private static void assertFit(List<Button> cards) {
        for (Button card : cards) {
            Region text = (Region) card.getGraphic();
            double needed = card.snappedTopInset() + text.prefHeight(text.getWidth()) + card.snappedBottomInset();
            assertThat(card.getHeight()).as(card.getId()).isLessThanOrEqualTo(needed + 4);
            for (Node line : text.getChildrenUnmodifiable()) {
                assertThat(line.getLayoutBounds().getHeight()).as(card.getId() + " line").isGreaterThan(0);
            }
        }
    }
}
