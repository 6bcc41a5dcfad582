package dev.limittriage.ui.export;

import atlantafx.base.theme.Styles;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The incident packet form with origin badges, required marks and the redaction preview. */
public final class PacketView extends BorderPane {
    public static final String ID_FORM = "packet-form";
    public static final String ID_FIELD_PREFIX = "packet-field-";
    public static final String ID_ORIGIN_PREFIX = "packet-origin-";
    public static final String ID_PSEUDONYMIZE = "packet-pseudonymize";
    public static final String ID_PREVIEW = "packet-preview";
    public static final String ID_REPORT = "packet-report";
    public static final String ID_REQUIRED = "packet-required";
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final PacketViewModel viewModel;
    private final Label title = new Label();
    private final Label hint = new Label();
    private final Label required = new Label();
    private final GridPane form = new GridPane();
    private final ScrollPane formScroll = new ScrollPane(form);
    private final Label previewTitle = new Label();
    private final CheckBox pseudonymize = new CheckBox();
    private final Label report = new Label();
    private final TextArea preview = new TextArea();

    public PacketView(PacketViewModel viewModel) {
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(PacketView.class, "packet.css"));
    }

    private void initializeParts() {
        getStyleClass().add("packet-view");
        title.setText(I18n.text("packet.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        hint.setText(I18n.text("packet.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        required.setId(ID_REQUIRED);
        required.getStyleClass().add("packet-required-note");
        required.setWrapText(true);
        form.setId(ID_FORM);
        form.getStyleClass().add("packet-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        ColumnConstraints badges = new ColumnConstraints();
        badges.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, values, badges);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("packet-form-scroll");
        previewTitle.setText(I18n.text("packet.preview.title"));
        previewTitle.getStyleClass().add(Styles.TITLE_4);
        pseudonymize.setId(ID_PSEUDONYMIZE);
        pseudonymize.setText(I18n.text("packet.pseudonymize"));
        pseudonymize.setAccessibleText(I18n.text("packet.pseudonymize"));
        pseudonymize.setWrapText(true);
        report.setId(ID_REPORT);
        report.setWrapText(true);
        report.setMinHeight(Region.USE_PREF_SIZE);
        report.getStyleClass().add("packet-report");
        preview.setId(ID_PREVIEW);
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setAccessibleText(I18n.text("packet.preview.title"));
        preview.getStyleClass().add("packet-preview");
    }

    private void layoutParts() {
        VBox left = new VBox(title, hint, required, formScroll);
        left.getStyleClass().add("packet-left");
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setPrefWidth(560);
        VBox right = new VBox(previewTitle, pseudonymize, report, preview);
        right.getStyleClass().add("packet-right");
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setPrefWidth(460);
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("packet-columns");
        setCenter(columns);
    }

    private void bindToViewModel() {
        pseudonymize.selectedProperty().bindBidirectional(viewModel.pseudonymizeProperty());
        report.textProperty().bind(viewModel.redactionReportProperty());
        preview.textProperty().bind(viewModel.redactedPasteProperty());
        required.textProperty().bind(viewModel.requiredNoteProperty());
        viewModel.missingRequiredProperty().addListener((obs, old, n) ->
                required.pseudoClassStateChanged(MISSING, n.intValue() > 0));
        viewModel.rows().addListener((ListChangeListener<FieldRow>) change -> renderForm());
        renderForm();
    }

    private void renderForm() {
        form.getChildren().clear();
        int r = 0;
        for (FieldRow row : viewModel.rows()) {
            String name = I18n.text("packet.field." + row.field().key());
            Label label = new Label(row.required() ? I18n.text("packet.field.required", name) : name);
            label.getStyleClass().add("packet-field-label");
            TextInputControl input;
            if (row.field() == dev.limittriage.packet.FieldName.NOTES) {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                input = area;
            } else {
                input = new TextField();
            }
            String id = row.field().key();
            input.setId(ID_FIELD_PREFIX + id);
            input.setAccessibleText(name);
            label.setLabelFor(input);
            input.textProperty().bindBidirectional(row.valueProperty());
            Label origin = new Label();
            origin.setId(ID_ORIGIN_PREFIX + id);
            origin.getStyleClass().addAll("lt-badge", "packet-origin");
            origin.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                    row.originProperty().get().isEmpty() ? I18n.text("packet.origin.empty")
                            : I18n.text("packet.origin." + row.originProperty().get()), row.originProperty()));
            row.originProperty().addListener((obs, old, o) -> originStyle(origin, o));
            originStyle(origin, row.originProperty().get());
            form.addRow(r++, label, input, origin);
        }
    }

    private static void originStyle(Label badge, String origin) {
        for (String o : new String[] {"parsed", "entered", "inferred"}) {
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(o), o.equals(origin));
        }
    }
}
