package dev.limittriage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.ExportFormat;
import dev.limittriage.io.PacketExport;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.Leaks;
import dev.limittriage.packet.PacketTemplate;
import dev.limittriage.packet.PlantedSecrets;
import dev.limittriage.ui.classify.EvidenceView;
import dev.limittriage.ui.export.ExportView;
import dev.limittriage.ui.interview.InterviewView;
import dev.limittriage.ui.owners.DiagnosisView;
import dev.limittriage.ui.recovery.RecoveryView;
import dev.limittriage.ui.shell.ShellView;
import dev.limittriage.ui.start.StartView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks each of the six owner paths from Start through every screen, asserting what is shown, and saves a PNG of
 * every screen in light and dark to target/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class WizardWalkTest {
    /** A key planted in every pasted walk ("Authorization: Bearer sk-proj-..."). */
    private static final PlantedSecrets.Planted PLANTED = PlantedSecrets.all().get(0);
    private static final Map<Owner, PacketTemplate> TEMPLATES = Map.of(Owner.CHATGPT_APP, PacketTemplate.CHATGPT,
            Owner.OPENAI_API, PacketTemplate.OPENAI, Owner.OPENAI_BILLING, PacketTemplate.OPENAI,
            Owner.OPENAI_ACCESS, PacketTemplate.OPENAI, Owner.AZURE, PacketTemplate.AZURE,
            Owner.PROVIDER, PacketTemplate.PROVIDER);
    @TempDir
    static Path dataDir;
    @TempDir
    static Path exportDir;
    private String lastJson;
    private AppComposition app;
    private RecordingDialogService dialogs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new RecordingDialogService();
        TriageApp.applyTheme(false);
        app = TestApp.compose(dataDir.resolve(String.valueOf(System.nanoTime())), dialogs);
        Scene scene = new Scene(app.root(), 1200, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setScene(scene);
        stage.setTitle(I18n.text("app.title"));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void should_walk_the_chatgpt_app_path_with_answers_only(FxRobot robot) throws IOException {
        // given
        shoot(robot, "01-start");
        // when
        robot.clickOn("#" + StartView.routeId(Route.CHATGPT_APP));
        then(robot, Step.QUESTIONS);
        shoot(robot, "chatgpt-03-questions");
        robot.clickOn("#" + InterviewView.ID_CHOICE_PREFIX + "plan-or-time");
        shoot(robot, "chatgpt-03b-questions-answered");
        robot.clickOn("#" + ShellView.ID_NEXT);
        // then
        then(robot, Step.DIAGNOSIS);
        assertThat(app.triageCase().diagnosisProperty().get().owner()).isEqualTo(Owner.CHATGPT_APP);
        assertThat(app.triageCase().diagnosisProperty().get().bucket()).isEqualTo(Bucket.APP_CAP);
        assertThat(text(robot, DiagnosisView.ID_TIER_NOTE)).contains(I18n.text("diagnosis.tiers.chatgpt"));
        assertThat(robot.lookup("#" + DiagnosisView.ID_TIERS).query().isVisible()).isFalse();
        shoot(robot, "chatgpt-04-diagnosis");
        robot.clickOn("#" + ShellView.ID_NEXT);
        then(robot, Step.RECOVERY);
        assertThat(text(robot, RecoveryView.ID_NEXT)).isEqualTo(TestApp.knowledge()
                .guidance(Owner.CHATGPT_APP, Bucket.APP_CAP).orElseThrow().nextStep());
        shoot(robot, "chatgpt-05-recovery");
        assertThat(app.triageCase().answers()).hasSize(1);
        String markdown = packetAndExport(robot, "chatgpt", "md", Owner.CHATGPT_APP);
        assertThat(markdown).contains("ChatGPT").contains("Does the message mention your plan or a reset time?");
        assertThat(markdown).doesNotContain("x-ratelimit");
    }

    @Test
    void should_walk_the_openai_api_path_with_a_real_paste(FxRobot robot) throws IOException {
        walkPaste(robot, Route.OPENAI_API, "openai-api-gpt-image-2-ipm-curl.txt", "openai-api", Owner.OPENAI_API,
                Bucket.IPM);
        // x-ratelimit-limit-tokens: 250000 in the paste is the gpt-image-2 "Tier 2" row of tiers.json
        assertThat(app.diagnosis().matchedTierProperty().get()).isEqualTo("Tier 2");
        assertThat(lastJson).contains("req_7c1e9b2f04d84a5fa3b6e0d21c9f7a44").contains("gpt-image-2")
                .contains("[redacted: ");
    }

    @Test
    void should_walk_the_openai_billing_path_with_a_real_paste(FxRobot robot) throws IOException {
        walkPaste(robot, Route.OPENAI_API, "vimai126-quota-line-wrapped.txt", "openai-billing",
                Owner.OPENAI_BILLING, Bucket.CREDITS);
    }

    @Test
    void should_walk_the_openai_access_path_with_a_real_paste(FxRobot robot) throws IOException {
        walkPaste(robot, Route.NOT_SURE, "oaiphp565-verify-gpt-image-1.txt", "openai-access", Owner.OPENAI_ACCESS,
                Bucket.VERIFICATION);
    }

    @Test
    void should_walk_the_azure_path_with_a_real_paste(FxRobot robot) throws IOException {
        walkPaste(robot, Route.AZURE, "dbchatpro2-azure-tpm-86400.txt", "azure", Owner.AZURE, Bucket.TPM);
    }

    @Test
    void should_walk_the_provider_path_with_a_real_paste(FxRobot robot) throws IOException {
        walkPaste(robot, Route.PROVIDER, "hackclub128-or-402-text-prefix.txt", "provider", Owner.PROVIDER,
                Bucket.CREDITS);
    }

    private void walkPaste(FxRobot robot, Route route, String pasteFile, String name, Owner owner, Bucket bucket)
            throws IOException {
        // given: the real paste with a planted key, as people paste their request along with the error
        String paste = TestApp.paste(pasteFile) + "\n" + PLANTED.text();
        robot.clickOn("#" + StartView.routeId(route));
        then(robot, Step.EVIDENCE);
        // when
        robot.interact(() -> robot.lookup("#" + EvidenceView.ID_PASTE).queryAs(TextArea.class).setText(paste));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, name + "-02-evidence");
        robot.clickOn("#" + ShellView.ID_NEXT);
        if (app.shell().stepProperty().get() == Step.QUESTIONS) {
            shoot(robot, name + "-03-questions");
            robot.clickOn("#" + ShellView.ID_NEXT);
        }
        // then
        then(robot, Step.DIAGNOSIS);
        var diagnosis = app.triageCase().diagnosisProperty().get();
        assertThat(diagnosis.owner()).isEqualTo(owner);
        assertThat(diagnosis.bucket()).isEqualTo(bucket);
        assertThat(text(robot, DiagnosisView.ID_SUMMARY)).isEqualTo(diagnosis.summary());
        shoot(robot, name + "-04-diagnosis");
        robot.clickOn("#" + ShellView.ID_NEXT);
        then(robot, Step.RECOVERY);
        assertThat(text(robot, RecoveryView.ID_NEXT)).isEqualTo(diagnosis.nextStep());
        shoot(robot, name + "-05-recovery");
        String json = packetAndExport(robot, name, "json", owner);
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        assertThat(tree.path("diagnosis").path("owner").asString()).isEqualTo(owner.id());
        assertThat(tree.path("diagnosis").path("bucket").asString()).isEqualTo(bucket.id());
        lastJson = json;
    }

    /** Packet and Export screens: checks the form, saves through the (recording) file chooser, returns the file. */
    private String packetAndExport(FxRobot robot, String name, String format, Owner owner) throws IOException {
        robot.clickOn("#" + ShellView.ID_NEXT);
        then(robot, Step.PACKET);
        // the form starts with the route (the owner's route wording in owners.json), ends with the notes, and
        // shows the packet's values
        var rows = app.packet().rows();
        assertThat(rows.get(0).field()).isEqualTo(FieldName.ROUTE);
        assertThat(rows.get(0).valueProperty().get()).isEqualTo(TestApp.knowledge().owner(owner).orElseThrow()
                .route());
        assertThat(rows.get(0).originProperty().get()).isEqualTo("inferred");
        assertThat(rows.get(rows.size() - 1).field()).isEqualTo(FieldName.NOTES);
        IncidentPacket packet = app.packet().packet();
        assertThat(rows).allSatisfy(r -> assertThat(r.valueProperty().get()).as(r.field().key())
                .isEqualTo(packet.value(r.field()).orElse("")));
        shoot(robot, name + "-06-packet");
        robot.clickOn("#" + ShellView.ID_NEXT);
        then(robot, Step.EXPORT);
        // the preview is the packet in Markdown for the reader that fits the owner
        String preview = robot.lookup("#" + ExportView.ID_PREVIEW).queryAs(TextArea.class).getText();
        assertThat(preview).startsWith("# ").contains("\n" + packet.nextStep() + "\n");
        assertThat(preview).isEqualTo(new PacketExport(TestJson.MAPPER).render(packet, ExportFormat.MARKDOWN,
                TEMPLATES.get(owner)));
        Path target = exportDir.resolve(name + "." + format);
        dialogs.saveAnswers.add(target);
        robot.clickOn("#" + (format.equals("json") ? ExportView.ID_SAVE_JSON : ExportView.ID_SAVE_MARKDOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(target).exists();
        assertThat(text(robot, ExportView.ID_CONFIRMATION)).contains(target.toAbsolutePath().toString());
        shoot(robot, name + "-07-export");
        String content = Files.readString(target);
        Leaks.assertNoLeak(content, "sk-proj-Vb3nQx7LrT2pWk9sHd4MfYc1ZaJe6UoGiRt8NvBq5XyCw0Ks");
        Leaks.assertNoLeak(content, PLANTED);
        Leaks.assertNoLeak(preview, PLANTED);
        if (format.equals("md")) {
            assertThat(content).isEqualTo(preview);
        }
        return content;
    }

    private void then(FxRobot robot, Step expected) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().stepProperty().get()).isEqualTo(expected);
        // no node drawn through a bitmap cache (the stock scroll pane skin caches its viewport: see theme.css)
        assertThat(cachedNodes(stage.getScene().getRoot())).isEmpty();
    }

    private static List<String> cachedNodes(Node node) {
        List<String> cached = new ArrayList<>();
        if (node.isCache()) {
            cached.add(node.getClass().getSimpleName() + node.getStyleClass());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cached.addAll(cachedNodes(child));
            }
        }
        return cached;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** Saves the current screen in light and in dark. */
    private void shoot(FxRobot robot, String name) throws IOException {
        PngWriter.shootLightAndDark(robot, stage.getScene(), name);
    }
}
