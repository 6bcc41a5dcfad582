package dev.limittriage.ui.about;

import atlantafx.base.theme.Styles;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.MaskerPane;

/** About Limit Triage: versions, knowledge (import, back to built-in), data folder, licences. */
public final class AboutView extends StackPane {
    public static final String ID_APP_VERSION = "about-app-version";
    public static final String ID_KNOWLEDGE = "about-knowledge";
    public static final String ID_KNOWLEDGE_NOTE = "about-knowledge-note";
    public static final String ID_IMPORT = "about-import";
    public static final String ID_REVERT = "about-revert";
    public static final String ID_JAVA = "about-java";
    public static final String ID_JAVAFX = "about-javafx";
    public static final String ID_DATA = "about-data";
    public static final String ID_OPEN_DATA = "about-open-data";
    public static final String ID_COPY_DATA = "about-copy-data";
    public static final String ID_LICENCES = "about-licences";
    public static final String ID_STATUS = "about-status";
    public static final String ID_MASKER = "about-masker";

    private final AboutViewModel viewModel;
    private final Label title = new Label();
    private final Label appVersion = new Label();
    private final Label knowledge = new Label();
    private final Label knowledgeNote = new Label();
    private final Button importUpdate = new Button();
    private final Button revert = new Button();
    private final Label java = new Label();
    private final Label javafx = new Label();
    private final TextField data = new TextField();
    private final Button openData = new Button();
    private final Button copyData = new Button();
    private final TextArea licences = new TextArea();
    private final Label status = new Label();
    private final MaskerPane masker = new MaskerPane();

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(AboutView.class, "about.css"));
    }

    private void initializeParts() {
        getStyleClass().add("about-view");
        title.setText(I18n.text("about.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        appVersion.setId(ID_APP_VERSION);
        appVersion.setText(viewModel.appVersion());
        knowledge.setId(ID_KNOWLEDGE);
        knowledge.setWrapText(true);
        knowledgeNote.setId(ID_KNOWLEDGE_NOTE);
        knowledgeNote.setWrapText(true);
        knowledgeNote.getStyleClass().add("about-note");
        importUpdate.setId(ID_IMPORT);
        importUpdate.setText(I18n.text("about.import"));
        importUpdate.setAccessibleText(I18n.text("about.import.accessible"));
        importUpdate.setDisable(!viewModel.canImport());
        revert.setId(ID_REVERT);
        revert.setText(I18n.text("about.revert"));
        java.setId(ID_JAVA);
        java.setText(viewModel.javaVersion());
        javafx.setId(ID_JAVAFX);
        javafx.setText(viewModel.javafxVersion());
        data.setId(ID_DATA);
        data.setText(viewModel.dataFolder());
        data.setEditable(false); // a path has no spaces to wrap at: a field shows all of it, and can be selected
        data.setAccessibleText(I18n.text("about.data"));
        openData.setId(ID_OPEN_DATA);
        openData.setText(I18n.text("about.openFolder"));
        copyData.setId(ID_COPY_DATA);
        copyData.setText(I18n.text("about.copyPath"));
        licences.setId(ID_LICENCES);
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setText(viewModel.licences());
        licences.setAccessibleText(I18n.text("about.licences"));
        licences.getStyleClass().add("about-licences");
        status.setId(ID_STATUS);
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        masker.setId(ID_MASKER);
        masker.setText(I18n.text("about.import.checking"));
        masker.setVisible(false);
        for (Button b : new Button[] {importUpdate, revert, openData, copyData}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMnemonicParsing(false);
        }
    }

    private void layoutParts() {
        GridPane facts = new GridPane();
        facts.getStyleClass().add("about-facts");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(names, values);
        facts.addRow(0, name("about.app"), appVersion);
        VBox knowledgeBox = new VBox(knowledge, knowledgeNote, actions(importUpdate, revert));
        knowledgeBox.getStyleClass().add("about-knowledge");
        facts.addRow(1, name("about.knowledge"), knowledgeBox);
        facts.addRow(2, name("about.java"), java);
        facts.addRow(3, name("about.javafx"), javafx);
        facts.addRow(4, name("about.data"), new VBox(data, actions(openData, copyData)));
        Label licencesTitle = name("about.licences");
        licencesTitle.setLabelFor(licences);
        VBox.setVgrow(licences, Priority.ALWAYS);
        VBox content = new VBox(title, facts, status, licencesTitle, licences);
        content.getStyleClass().add("about-content");
        getChildren().addAll(content, masker);
    }

    private static FlowPane actions(Button... buttons) {
        FlowPane row = new FlowPane(buttons);
        row.getStyleClass().add("about-actions");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label name(String key) {
        Label label = new Label(I18n.text(key));
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "about-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void bindToViewModel() {
        knowledge.textProperty().bind(viewModel.knowledgeLineProperty());
        knowledgeNote.textProperty().bind(viewModel.knowledgeNoteProperty());
        knowledgeNote.visibleProperty().bind(viewModel.knowledgeNoteProperty().isNotEmpty());
        knowledgeNote.managedProperty().bind(knowledgeNote.visibleProperty());
        revert.disableProperty().bind(viewModel.importedProperty().not().or(viewModel.busyProperty()));
        status.textProperty().bind(viewModel.statusProperty());
        masker.visibleProperty().bind(viewModel.busyProperty());
        importUpdate.setOnAction(event -> viewModel.importUpdate());
        revert.setOnAction(event -> viewModel.revert());
        openData.setOnAction(event -> viewModel.openDataFolder());
        copyData.setOnAction(event -> viewModel.copyDataFolder());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
    }
}
