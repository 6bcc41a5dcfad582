package dev.limittriage.ui.export;

import atlantafx.base.theme.Styles;
import dev.limittriage.packet.PacketTemplate;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Template by reader, Markdown preview, Save JSON / Save Markdown / Copy, and where it went. */
public final class ExportView extends BorderPane {
    public static final String ID_TEMPLATE = "export-template";
    public static final String ID_SAVE_JSON = "export-save-json";
    public static final String ID_SAVE_MARKDOWN = "export-save-markdown";
    public static final String ID_COPY = "export-copy";
    public static final String ID_PREVIEW = "export-preview";
    public static final String ID_CONFIRMATION = "export-confirmation";

    private final ExportViewModel viewModel;
    private final Label title = new Label();
    private final Label templateLabel = new Label();
    private final ComboBox<PacketTemplate> template = new ComboBox<>();
    private final Button saveJson = new Button();
    private final Button saveMarkdown = new Button();
    private final Button copy = new Button();
    private final Label confirmation = new Label();
    private final TextArea preview = new TextArea();

    public ExportView(ExportViewModel viewModel) {
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(ExportView.class, "export.css"));
    }

    private void initializeParts() {
        getStyleClass().add("export-view");
        title.setText(I18n.text("export.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        templateLabel.setText(I18n.text("export.template"));
        templateLabel.setLabelFor(template);
        template.setId(ID_TEMPLATE);
        template.setAccessibleText(I18n.text("export.template"));
        template.getItems().setAll(viewModel.templates());
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(PacketTemplate t) {
                return t == null ? "" : I18n.text("export.template." + t.id());
            }

            @Override
            public PacketTemplate fromString(String s) {
                return null;
            }
        });
        saveJson.setId(ID_SAVE_JSON);
        saveJson.setText(I18n.text("export.saveJson"));
        saveJson.setAccessibleText(I18n.text("export.saveJson"));
        saveMarkdown.setId(ID_SAVE_MARKDOWN);
        saveMarkdown.setText(I18n.text("export.saveMarkdown"));
        saveMarkdown.setAccessibleText(I18n.text("export.saveMarkdown"));
        saveMarkdown.getStyleClass().add(Styles.ACCENT);
        copy.setId(ID_COPY);
        copy.setText(I18n.text("export.copy"));
        copy.setAccessibleText(I18n.text("export.copy"));
        confirmation.setId(ID_CONFIRMATION);
        confirmation.setWrapText(true);
        confirmation.setMinHeight(Region.USE_PREF_SIZE);
        confirmation.getStyleClass().add("export-confirmation");
        preview.setId(ID_PREVIEW);
        preview.setEditable(false);
        preview.setAccessibleText(I18n.text("export.preview"));
        preview.getStyleClass().add("export-preview");
    }

    private void layoutParts() {
        HBox chooser = new HBox(templateLabel, template);
        chooser.getStyleClass().add("export-row");
        HBox actions = new HBox(saveMarkdown, saveJson, copy);
        actions.getStyleClass().add("export-row");
        VBox all = new VBox(title, chooser, actions, confirmation, preview);
        all.getStyleClass().add("export-all");
        VBox.setVgrow(preview, Priority.ALWAYS);
        setCenter(all);
    }

    private void bindToViewModel() {
        template.valueProperty().bindBidirectional(viewModel.templateProperty());
        preview.textProperty().bind(viewModel.previewProperty());
        confirmation.textProperty().bind(viewModel.confirmationProperty());
        confirmation.visibleProperty().bind(viewModel.confirmationProperty().isNotEmpty());
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        saveJson.disableProperty().bind(viewModel.busyProperty());
        saveMarkdown.disableProperty().bind(viewModel.busyProperty());
        saveJson.setOnAction(event -> viewModel.saveJson());
        saveMarkdown.setOnAction(event -> viewModel.saveMarkdown());
        copy.setOnAction(event -> viewModel.copyMarkdown());
    }
}
