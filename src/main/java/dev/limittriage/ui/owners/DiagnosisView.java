package dev.limittriage.ui.owners;

import atlantafx.base.theme.Styles;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.ui.EmProbe;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** One-sentence diagnosis, confidence, reasons, the owner diagram and the tier table. */
public final class DiagnosisView extends BorderPane {
    public static final String ID_SUMMARY = "diagnosis-summary";
    public static final String ID_CONFIDENCE = "diagnosis-confidence";
    public static final String ID_DETAIL = "diagnosis-detail";
    public static final String ID_REASONS = "diagnosis-reasons";
    public static final String ID_TIERS = "diagnosis-tiers";
    public static final String ID_TIER_NOTE = "diagnosis-tier-note";
    public static final String ID_TIER_CAPTION = "diagnosis-tier-caption";
    public static final String ID_STALE = "diagnosis-stale";
    public static final String ID_COPY_LINK = "diagnosis-copy-link";
    public static final String ID_OPEN_LINK = "diagnosis-open-link";
    public static final String ID_KNOWLEDGE_SOURCE = "diagnosis-knowledge-source";
    public static final String ID_PLAN = "diagnosis-plan";
    private static final PseudoClass MATCHED = PseudoClass.getPseudoClass("matched");

    private final DiagnosisViewModel viewModel;
    private final javafx.scene.control.Button plan = new javafx.scene.control.Button();
    private final Label summary = new Label();
    private final ProgressBar confidenceBar = new ProgressBar();
    private final Label confidence = new Label();
    private final Label detail = new Label();
    private final Label reasonsTitle = new Label();
    private final ListView<String> reasons = new ListView<>();
    private final Label diagramTitle = new Label();
    private final OwnerDiagram diagram = new OwnerDiagram();
    private final EmProbe em = new EmProbe();
    private final Label tiersTitle = new Label();
    private final Label tierCaption = new Label();
    private final Label stale = new Label();
    private final Label tierNote = new Label();
    private final Button copyLink = new Button();
    private final Hyperlink openLink = new Hyperlink();
    private final Label knowledgeSource = new Label();
    private final Label copied = new Label();
    private final TableView<TierRow> tiers = new TableView<>();

    /** Without the planner (tests of this screen alone). */
    public DiagnosisView(DiagnosisViewModel viewModel) {
        this(viewModel, javafx.beans.binding.Bindings.createBooleanBinding(() -> false), () -> {});
    }

    /**
     * The diagnosis screen with "Plan a batch" offered when {@code planOffered} holds.
     *
     * @param planOffered whether to offer "Plan a batch" (the bucket is a rate bucket)
     * @param openPlan    opens the planner
     */
    public DiagnosisView(DiagnosisViewModel viewModel, javafx.beans.binding.BooleanExpression planOffered,
                         Runnable openPlan) {
        plan.setId(ID_PLAN);
        plan.setText(I18n.text("plan.open"));
        plan.getStyleClass().add(Styles.BUTTON_OUTLINED);
        plan.visibleProperty().bind(planOffered);
        plan.managedProperty().bind(plan.visibleProperty());
        plan.setOnAction(event -> openPlan.run());
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(DiagnosisView.class, "diagnosis.css"));
    }

    private void initializeParts() {
        getStyleClass().add("diagnosis-view");
        summary.setId(ID_SUMMARY);
        summary.getStyleClass().addAll(Styles.TITLE_3, "diagnosis-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        confidenceBar.setAccessibleText(I18n.text("diagnosis.confidence.accessible"));
        confidenceBar.setPrefWidth(160);
        confidence.setId(ID_CONFIDENCE);
        confidence.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setId(ID_DETAIL);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("diagnosis-detail");
        reasonsTitle.setText(I18n.text("diagnosis.reasons.title"));
        reasonsTitle.getStyleClass().add(Styles.TITLE_4);
        reasons.setId(ID_REASONS);
        reasons.setAccessibleText(I18n.text("diagnosis.reasons.title"));
        reasons.setPlaceholder(new Label(I18n.text("diagnosis.reasons.empty")));
        reasons.getStyleClass().addAll(Styles.DENSE, "diagnosis-reasons");
        // a long reason (a quoted answer, a limit statement) wraps instead of running off to the right
        reasons.setCellFactory(list -> new ListCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("text");
                text.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty || item == null ? null : item);
            }
        });
        reasons.setPrefHeight(130);
        diagramTitle.setText(I18n.text("diagnosis.diagram.title"));
        diagramTitle.getStyleClass().add(Styles.TITLE_4);
        tiersTitle.setText(I18n.text("diagnosis.tiers.title"));
        tiersTitle.getStyleClass().add(Styles.TITLE_4);
        tierCaption.setId(ID_TIER_CAPTION);
        tierCaption.setWrapText(true);
        tierCaption.setMinHeight(Region.USE_PREF_SIZE);
        tierCaption.getStyleClass().add(Styles.TEXT_SMALL);
        stale.setId(ID_STALE);
        stale.setWrapText(true);
        stale.setMinHeight(Region.USE_PREF_SIZE);
        stale.getStyleClass().add("diagnosis-stale");
        copyLink.setId(ID_COPY_LINK);
        copyLink.setText(I18n.text("diagnosis.tiers.copyLink"));
        copyLink.setAccessibleText(I18n.text("diagnosis.tiers.copyLink"));
        copyLink.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        copied.getStyleClass().add(Styles.TEXT_SMALL);
        openLink.setId(ID_OPEN_LINK);
        openLink.setText(I18n.text("diagnosis.tiers.openLink"));
        openLink.setAccessibleText(I18n.text("diagnosis.tiers.openLink"));
        knowledgeSource.setId(ID_KNOWLEDGE_SOURCE);
        knowledgeSource.setWrapText(true);
        knowledgeSource.setMinHeight(Region.USE_PREF_SIZE);
        knowledgeSource.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        tierNote.setId(ID_TIER_NOTE);
        tierNote.setWrapText(true);
        tierNote.setMinHeight(Region.USE_PREF_SIZE);
        tierNote.getStyleClass().add("diagnosis-tier-note");
        tiers.setId(ID_TIERS);
        tiers.setAccessibleText(I18n.text("diagnosis.tiers.title"));
        tiers.getStyleClass().addAll(Styles.DENSE, "diagnosis-tiers");
        tiers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        tiers.setPrefHeight(360);
        // the number columns are never narrower than their two-line headers ("Requests / per min")
        tiers.getColumns().add(column("diagnosis.tiers.tier", TierRow::tier, 105, 100));
        tiers.getColumns().add(column("diagnosis.tiers.tpm", r -> number(r, r.tpm()), 88, 86));
        tiers.getColumns().add(column("diagnosis.tiers.ipm", r -> number(r, r.ipm()), 86, 86));
        tiers.getColumns().add(column("diagnosis.tiers.rpm", r -> number(r, r.rpm()), 86, 86));
        tiers.getColumns().add(column("diagnosis.tiers.note", r -> join(r.qualification(), r.monthlyLimit(),
                r.note()), 240, 150));
        tiers.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(TierRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(MATCHED, !empty && item != null
                        && item.tier().equalsIgnoreCase(viewModel.matchedTierProperty().get()));
            }
        });
    }

    private static String number(TierRow row, Long value) {
        if (!row.supported()) {
            return I18n.text("diagnosis.tiers.unsupported");
        }
        return value == null ? "—" : String.format("%,d", value);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(p);
            }
        }
        return sb.toString();
    }

    private TableColumn<TierRow, String> column(String key, Function<TierRow, String> value, double width,
                                                double minWidth) {
        TableColumn<TierRow, String> column = new TableColumn<>(I18n.text(key));
        column.prefWidthProperty().bind(em.scaled(width));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        column.minWidthProperty().bind(em.scaled(minWidth)); // grows with the text size
        // wrapped, never cut to "…": Azure's tier names and the notes are long, and a narrow window is common
        column.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setGraphic(text);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setAccessibleText(empty || item == null ? null : item);
            }
        });
        return column;
    }

    private void layoutParts() {
        HBox confidenceRow = new HBox(confidenceBar, confidence);
        confidenceRow.getStyleClass().add("diagnosis-confidence-row");
        VBox head = new VBox(summary, confidenceRow, detail, plan);
        head.getStyleClass().add("diagnosis-head");
        HBox linkRow = new HBox(openLink, copyLink, copied);
        linkRow.getStyleClass().add("diagnosis-link-row");
        linkRow.visibleProperty().bind(viewModel.sourceUrlProperty().isNotEmpty());
        linkRow.managedProperty().bind(linkRow.visibleProperty());
        VBox left = new VBox(reasonsTitle, reasons, tiersTitle, tierCaption, linkRow, stale, tiers, tierNote,
                knowledgeSource);
        left.getStyleClass().add("diagnosis-left");
        reasons.setMinHeight(110);
        tiers.setMinHeight(120);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add("diagnosis-left-scroll");
        ScrollPane diagramScroll = new ScrollPane(diagram);
        diagramScroll.getStyleClass().add("diagnosis-diagram-scroll");
        diagramScroll.setFitToWidth(false);
        diagramScroll.setPrefViewportWidth(600);
        VBox right = new VBox(diagramTitle, diagramScroll);
        right.getStyleClass().add("diagnosis-right");
        VBox.setVgrow(diagramScroll, Priority.ALWAYS);
        HBox.setHgrow(leftScroll, Priority.ALWAYS);
        leftScroll.setPrefWidth(520);
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox columns = new HBox(leftScroll, right);
        columns.getStyleClass().add("diagnosis-columns");
        VBox.setVgrow(columns, Priority.ALWAYS);
        setCenter(new VBox(head, columns));
        getChildren().add(em);
    }

    private void bindToViewModel() {
        summary.textProperty().bind(viewModel.summaryProperty());
        confidence.textProperty().bind(viewModel.confidenceTextProperty());
        confidenceBar.progressProperty().bind(viewModel.confidenceProperty());
        detail.textProperty().bind(viewModel.detailProperty());
        detail.visibleProperty().bind(viewModel.detailProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        reasons.setItems(viewModel.reasons());
        tierCaption.textProperty().bind(viewModel.tierCaptionProperty());
        stale.textProperty().bind(viewModel.staleWarningProperty());
        stale.visibleProperty().bind(viewModel.staleWarningProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());
        tierNote.textProperty().bind(viewModel.tierNoteProperty());
        copied.textProperty().bind(viewModel.copiedProperty());
        copyLink.setOnAction(event -> viewModel.copySourceLink());
        openLink.setOnAction(event -> viewModel.openSourceLink());
        knowledgeSource.textProperty().bind(viewModel.knowledgeSourceProperty());
        tiers.setItems(viewModel.tierRows());
        tiers.visibleProperty().bind(viewModel.tiersApplyProperty());
        tiers.managedProperty().bind(tiers.visibleProperty());
        tierCaption.visibleProperty().bind(viewModel.tiersApplyProperty());
        tierCaption.managedProperty().bind(tierCaption.visibleProperty());
        viewModel.matchedTierProperty().addListener((obs, old, tier) -> tiers.refresh());
        viewModel.ownerProperty().addListener((obs, old, o) -> redraw());
        viewModel.bucketProperty().addListener((obs, old, b) -> redraw());
        viewModel.reasons().addListener((ListChangeListener<String>) c -> redraw());
        redraw();
    }

    private void redraw() {
        diagram.draw(DiagnosisViewModel.ROUTES, o -> viewModel.profile(o).orElse(null),
                viewModel.ownerProperty().get(), viewModel.bucketProperty().get());
    }
}
