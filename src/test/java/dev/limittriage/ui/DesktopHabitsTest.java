package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.KnowledgePacks;
import dev.limittriage.io.Resources;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.FaqEntry;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.ui.about.AboutView;
import dev.limittriage.ui.help.HelpView;
import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.start.StartView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * About with knowledge updates (import, refuse, back to built-in), Help on F1, links and text size: the desktop
 * habits, driven through the real window.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopHabitsTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    static Path temp;
    private AppComposition app;
    private RecordingDialogService dialogs;
    private Path dataDir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TriageApp.applyTheme(false);
        dataDir = temp.resolve("data-" + System.nanoTime());
        dialogs = new RecordingDialogService();
        var base = TestApp.services(dataDir, dialogs, Clock.fixed(TestApp.NOW, ZoneOffset.UTC));
        KnowledgePacks packs = new KnowledgePacks(dataDir, TestJson.MAPPER);
        ActiveKnowledge active = new ActiveKnowledge(packs, packs::load);
        app = new AppComposition(new AppComposition.Services(active, active::diagnose, base.executor(),
                base.dialogs(), base.debouncers(), base.drafts(), base.settings(), base.json(), base.clock(),
                base.zone(), active));
        Scene scene = new Scene(app.root(), 1180, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private Path packWithTier1Ipm(int ipm, String version) throws IOException {
        Path pack = Files.createDirectories(temp.resolve("pack-" + System.nanoTime()));
        for (String name : KnowledgeLoader.FILES) {
            try (InputStream in = Resources.require(Knowledge.class, name).openStream()) {
                Files.write(pack.resolve(name), in.readAllBytes());
            }
        }
        ObjectNode tiers = (ObjectNode) TestJson.MAPPER.readTree(pack.resolve("tiers.json").toFile());
        ((ObjectNode) tiers.get("tables").get(0).get("rows").get(1)).put("ipm", ipm);
        Files.writeString(pack.resolve("tiers.json"), TestJson.MAPPER.writeValueAsString(tiers));
        ObjectNode manifest = (ObjectNode) TestJson.MAPPER.readTree(pack.resolve("manifest.json").toFile());
        manifest.put("version", version);
        Files.writeString(pack.resolve("manifest.json"), TestJson.MAPPER.writeValueAsString(manifest));
        return pack;
    }

    private Long tier1IpmShownOnDiagnosis(FxRobot robot) {
        robot.interact(() -> {
            app.shell().newCase();
            app.shell().chooseRoute(Route.OPENAI_API);
            app.triageCase().pasteProperty().set(TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt"));
            app.evidence().flush();
            app.shell().next();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(Step.DIAGNOSIS);
        TierRow row = app.diagnosis().tierRows().get(1);
        assertThat(row.tier()).isEqualTo("Tier 1");
        return row.ipm();
    }

    private Stage window(String title) {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    @Test
    void should_import_a_knowledge_update_refuse_a_bad_one_and_go_back_to_built_in(FxRobot robot)
            throws IOException {
        // given: the built-in knowledge, Tier 1 at 5 images a minute
        assertThat(tier1IpmShownOnDiagnosis(robot)).isEqualTo(5L);
        robot.clickOn("#" + ShellView.ID_ABOUT);
        WaitForAsyncUtils.waitForFxEvents();
        Stage about = window(I18n.text("about.title"));
        assertThat(text(robot, AboutView.ID_KNOWLEDGE)).isEqualTo("2026.12.5, checked on 2026-12-01 (built in)");
        shoot(robot, about, "about");

        // when: an update with Tier 1 at 7 is imported (its manifest.json chosen)
        dialogs.openAnswers.add(packWithTier1Ipm(7, "2026.12.8").resolve("manifest.json"));
        robot.clickOn("#" + AboutView.ID_IMPORT);
        WaitForAsyncUtils.waitForFxEvents();
        // then: About says so, and the next diagnosis shows the new number
        assertThat(text(robot, AboutView.ID_KNOWLEDGE)).isEqualTo("2026.12.8, checked on 2026-12-01 (imported update)");
        assertThat(text(robot, AboutView.ID_STATUS)).contains("2026.12.8");
        shoot(robot, about, "about-imported");
        assertThat(tier1IpmShownOnDiagnosis(robot)).isEqualTo(7L);
        assertThat(app.diagnosis().knowledgeSourceProperty().get())
                .isEqualTo("Diagnosed with knowledge 2026.12.8, checked on 2026-12-01 (imported update).");

        // when: a pack with a bad field is chosen
        Path bad = packWithTier1Ipm(9, "2026.12.2");
        Files.writeString(bad.resolve("rules.json"), Files.readString(bad.resolve("rules.json"))
                .replaceFirst("\"weight\"", "\"wieght\""));
        dialogs.openAnswers.add(bad);
        robot.interact(() -> app.about().importUpdate());
        WaitForAsyncUtils.waitForFxEvents();
        // then: refused with file and field named, the import before it still active
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("rules.json: rules[0].wieght: unknown field \"wieght\"");
        assertThat(text(robot, AboutView.ID_KNOWLEDGE)).startsWith("2026.12.8");
        assertThat(tier1IpmShownOnDiagnosis(robot)).isEqualTo(7L);

        // when: back to built-in
        robot.clickOn("#" + AboutView.ID_REVERT);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(text(robot, AboutView.ID_KNOWLEDGE)).isEqualTo("2026.12.5, checked on 2026-12-01 (built in)");
        assertThat(tier1IpmShownOnDiagnosis(robot)).isEqualTo(5L);
        robot.interact(about::hide);
    }

    @Test
    void should_show_versions_the_data_folder_and_the_licences_in_about(FxRobot robot) {
        // when
        robot.clickOn("#" + ShellView.ID_ABOUT);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(text(robot, AboutView.ID_JAVA)).startsWith(System.getProperty("java.version"));
        assertThat(text(robot, AboutView.ID_JAVAFX)).startsWith("21.0.11");
        assertThat(robot.lookup("#" + AboutView.ID_DATA).queryAs(TextField.class).getText())
                .isEqualTo(dataDir.toAbsolutePath().toString());
        String licences = robot.lookup("#" + AboutView.ID_LICENCES)
                .queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(licences).contains("Apache License").contains("Version 2.0, January 2004")
                .contains("org.controlsfx:controlsfx:11.2.2").contains("tools.jackson.core:jackson-databind")
                .contains("org.openjfx:javafx-controls");
        robot.clickOn("#" + AboutView.ID_OPEN_DATA);
        assertThat(dialogs.opened).containsExactly(dataDir.toAbsolutePath().toUri().toString());
        robot.interact(() -> window(I18n.text("about.title")).hide());
    }

    @Test
    void should_open_help_on_f1_at_the_question_of_this_screen_and_search_it(FxRobot robot) throws IOException {
        // given: on the diagnosis screen
        tier1IpmShownOnDiagnosis(robot);
        robot.interact(stage::requestFocus);
        // when
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the first question of that screen
        Stage help = window(I18n.text("help.title"));
        assertThat(app.help().questions()).hasSize(9);
        assertThat(text(robot, HelpView.ID_QUESTION)).isEqualTo("What is the official API limit for gpt-image-2?");
        shoot(robot, help, "help");
        // when: searching
        robot.interact(() -> robot.lookup("#" + HelpView.ID_SEARCH).queryAs(TextField.class)
                .setText("azure region"));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(app.help().questions()).extracting(FaqEntry::id).containsExactly("azure-same");
        assertThat(text(robot, HelpView.ID_QUESTION)).isEqualTo("Are Azure limits the same as OpenAI's?");
        robot.clickOn("#" + HelpView.ID_OPEN_PREFIX + "0");
        robot.clickOn("#" + HelpView.ID_COPY_PREFIX + "0");
        assertThat(dialogs.opened).containsExactly("https://learn.microsoft.com/azure/ai-foundry/openai/quotas-limits");
        assertThat(dialogs.clipboard).containsExactly(
                "https://learn.microsoft.com/azure/ai-foundry/openai/quotas-limits");
        shoot(robot, help, "help-search");
        robot.interact(help::hide);
    }

    @Test
    void should_change_the_text_size_with_the_keyboard(FxRobot robot) {
        // when
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(app.shell().textSizeProperty().get()).isEqualTo(110);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("lt-text-110");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().textSizeProperty().get()).isEqualTo(90);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().textSizeProperty().get()).isEqualTo(100);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("lt-text-100")
                .doesNotContain("lt-text-90", "lt-text-110");
    }

    @Test
    void should_keep_every_button_and_label_whole_at_150_percent(FxRobot robot) throws IOException {
        // given: text at 150%, a case with a long title in Recent cases
        robot.interact(() -> app.shell().textSizeProperty().set(150));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = new ArrayList<>();
        clipped.addAll(clippedOn(robot, "150-01-start"));
        // when: the walk through every step
        robot.interact(() -> {
            app.shell().chooseRoute(Route.OPENAI_API);
            app.triageCase().pasteProperty().set(TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt"));
            app.evidence().flush();
        });
        clipped.addAll(clippedOn(robot, "150-02-evidence"));
        for (String name : List.of("150-04-diagnosis", "150-05-recovery", "150-06-packet", "150-07-export")) {
            robot.interact(() -> app.shell().next());
            clipped.addAll(clippedOn(robot, name));
        }
        robot.clickOn("#" + ShellView.ID_ABOUT);
        WaitForAsyncUtils.waitForFxEvents();
        Stage about = window(I18n.text("about.title"));
        robot.interact(() -> about.getScene().getRoot().getStyleClass().add(TextSize.styleClass(150)));
        shoot(robot, about, "150-about");
        clipped.addAll(clipped(about.getScene().getRoot(), "150-about"));
        robot.interact(about::hide);
        // then
        assertThat(clipped).isEmpty();
    }

    @Test
    void should_show_recent_cases_on_two_lines_without_sideways_scrolling(FxRobot robot) throws IOException {
        // given: a saved case with a long first line
        robot.interact(() -> {
            app.shell().chooseRoute(Route.OPENAI_API);
            app.triageCase().pasteProperty().set(TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt"));
            app.autosaver().flush();
            app.shell().newCase();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        ListView<?> recent = robot.lookup("#" + StartView.ID_RECENT).queryAs(ListView.class);
        assertThat(recent.getItems()).hasSize(1);
        List<Label> lines = robot.lookup(".start-recent-item").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().stream().map(Label.class::cast).toList();
        assertThat(lines.get(0).getText()).endsWith("  ·  " + I18n.text(Route.OPENAI_API.titleKey()));
        String firstLine = TestApp.paste("openai-api-gpt-image-2-ipm-curl.txt").strip().lines().findFirst().orElseThrow();
        assertThat(lines.get(1).getText()).isEqualTo(firstLine);
        assertThat(robot.lookup(".start-recent-item").query().getBoundsInParent().getWidth())
                .isLessThanOrEqualTo(recent.getWidth());
        shoot(robot, stage, "01-start-recent");
    }

    private List<String> clippedOn(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, stage, name);
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.addAll(clipped(stage.getScene().getRoot(), name)));
        return found;
    }

    /** Buttons and labels (outside list and table cells) whose text shows cut short ("…"). */
    private static List<String> clipped(Node node, String screen) {
        List<String> out = new ArrayList<>();
        if (!node.isVisible() || node instanceof Cell<?>) {
            return out;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && child.isVisible() && !t.getText().equals(l.getText())) {
                    out.add(screen + ": " + l.getClass().getSimpleName() + " \"" + l.getText() + "\" shows \""
                            + t.getText() + "\"");
                }
            }
            if (l instanceof ButtonBase b && !b.isWrapText() && b.getWidth() + 0.5 < b.prefWidth(-1)) {
                out.add(screen + ": button \"" + b.getText() + "\" is " + b.getWidth() + " wide of "
                        + b.prefWidth(-1));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(clipped(child, screen));
            }
        }
        return out;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private void shoot(FxRobot robot, Stage window, String name) throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> TriageApp.applyTheme(dark));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = window.getScene().snapshot(null));
            PngWriter.write(image[0], SHOTS.resolve(name + (dark ? "-dark" : "-light") + ".png"));
        }
        robot.interact(() -> TriageApp.applyTheme(false));
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        shoot(robot, stage, name);
    }
}
