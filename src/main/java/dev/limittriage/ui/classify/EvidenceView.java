package dev.limittriage.ui.classify;

import atlantafx.base.theme.Styles;
import dev.limittriage.ui.EmProbe;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The paste area with live diagnosis: signal chips, the paste with signals highlighted, parsed evidence table. */
public final class EvidenceView extends BorderPane {
    public static final String ID_PASTE = "evidence-paste";
    public static final String ID_MESSAGE = "evidence-message";
    public static final String ID_SUMMARY = "evidence-summary";
    public static final String ID_SIGNALS = "evidence-signals";
    public static final String ID_HIGHLIGHT = "evidence-highlight";
    public static final String ID_TABLE = "evidence-table";
    public static final String ID_VIEW_SWITCH = "evidence-view-switch";
    public static final String ID_VIEW_EVIDENCE = "evidence-view-evidence";
    public static final String ID_VIEW_TIMELINE = "evidence-view-timeline";
    public static final String ID_TIMELINE_CHART = "timeline-chart";
    public static final String ID_TIMELINE_RUNS = "timeline-runs";
    public static final String ID_TIMELINE_SUMMARY = "timeline-summary";

    private final EvidenceViewModel viewModel;
    private final Label title = new Label();
    private final Label hint = new Label();
    private final TextArea paste = new TextArea();
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label summary = new Label();
    private final Label signalsTitle = new Label();
    private final FlowPane signals = new FlowPane();
    private final Label highlightTitle = new Label();
    private final TextFlow highlight = new TextFlow();
    private final ScrollPane highlightScroll = new ScrollPane(highlight);
    private final Label tableTitle = new Label();
    private final TableView<EvidenceRow> table = new TableView<>();
    private final ToggleGroup views = new ToggleGroup();
    private final ToggleButton evidenceToggle = new ToggleButton();
    private final ToggleButton timelineToggle = new ToggleButton();
    private final HBox viewSwitch = new HBox(evidenceToggle, timelineToggle);
    private final Label timelineSummary = new Label();
    private final Label chartTitle = new Label();
    private final TimelineChart chart = new TimelineChart();
    private final Label runsTitle = new Label();
    private final ListView<TimelineRows.RunRow> runs = new ListView<>();
    private final VBox evidencePane = new VBox();
    private final VBox timelinePane = new VBox();

    public EvidenceView(EvidenceViewModel viewModel) {
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(EvidenceView.class, "evidence.css"));
    }

    private void initializeParts() {
        getStyleClass().add("evidence-view");
        title.setText(I18n.text("evidence.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        hint.setText(I18n.text("evidence.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        paste.setId(ID_PASTE);
        paste.setPromptText(I18n.text("evidence.prompt"));
        paste.setAccessibleText(I18n.text("evidence.paste.accessible"));
        paste.setWrapText(true);
        paste.getStyleClass().add("evidence-paste");
        message.setId(ID_MESSAGE);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("evidence-message");
        busy.setMaxSize(18, 18);
        busy.setAccessibleText(I18n.text("evidence.busy"));
        summary.setId(ID_SUMMARY);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().addAll(Styles.TEXT_BOLD, "evidence-summary");
        signalsTitle.setText(I18n.text("evidence.signals.title"));
        signalsTitle.getStyleClass().add(Styles.TITLE_4);
        signals.setId(ID_SIGNALS);
        signals.getStyleClass().add("evidence-signals");
        signals.setAccessibleText(I18n.text("evidence.signals.title"));
        highlightTitle.setText(I18n.text("evidence.highlight.title"));
        highlightTitle.getStyleClass().add(Styles.TITLE_4);
        highlight.setId(ID_HIGHLIGHT);
        highlight.getStyleClass().add("evidence-highlight");
        highlight.setAccessibleText(I18n.text("evidence.highlight.title"));
        highlightScroll.setFitToWidth(true);
        highlightScroll.getStyleClass().add("evidence-highlight-scroll");
        tableTitle.setText(I18n.text("evidence.table.title"));
        tableTitle.getStyleClass().add(Styles.TITLE_4);
        table.setId(ID_TABLE);
        table.setAccessibleText(I18n.text("evidence.table.title"));
        table.setPlaceholder(new Label(I18n.text("evidence.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().add(column("evidence.table.group", EvidenceRow::group));
        table.getColumns().add(column("evidence.table.name", EvidenceRow::name));
        // the first two columns keep their headers whole at any text size; the value column takes the rest
        table.getColumns().get(0).minWidthProperty().bind(em.scaled(70));
        table.getColumns().get(1).minWidthProperty().bind(em.scaled(120));
        table.getColumns().add(column("evidence.table.value", EvidenceRow::value));
        evidenceToggle.setId(ID_VIEW_EVIDENCE);
        evidenceToggle.setText(I18n.text("evidence.view.evidence"));
        evidenceToggle.getStyleClass().add(Styles.LEFT_PILL);
        evidenceToggle.setToggleGroup(views);
        evidenceToggle.setSelected(true);
        timelineToggle.setId(ID_VIEW_TIMELINE);
        timelineToggle.setText(I18n.text("evidence.view.timeline"));
        timelineToggle.getStyleClass().add(Styles.RIGHT_PILL);
        timelineToggle.setToggleGroup(views);
        viewSwitch.setId(ID_VIEW_SWITCH);
        viewSwitch.getStyleClass().add("evidence-view-switch");
        timelineSummary.setId(ID_TIMELINE_SUMMARY);
        timelineSummary.setWrapText(true);
        timelineSummary.setMinHeight(Region.USE_PREF_SIZE);
        timelineSummary.getStyleClass().add("timeline-summary");
        chartTitle.getStyleClass().add(Styles.TITLE_4);
        chart.setId(ID_TIMELINE_CHART);
        chart.setAccessibleText(I18n.text("timeline.chart.title"));
        runsTitle.setText(I18n.text("timeline.runs.title"));
        runsTitle.getStyleClass().add(Styles.TITLE_4);
        runs.setId(ID_TIMELINE_RUNS);
        runs.setAccessibleText(I18n.text("timeline.runs.accessible"));
        runs.getStyleClass().addAll(Styles.DENSE, "timeline-runs");
        runs.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineRows.RunRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
    }

    private static TableColumn<EvidenceRow, String> column(String key, java.util.function.Function<EvidenceRow,
            String> value) {
        TableColumn<EvidenceRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private final EmProbe em = new EmProbe();

    private void layoutParts() {
        HBox status = new HBox(busy, message);
        status.getStyleClass().add("evidence-status");
        VBox left = new VBox(title, hint, paste, status, summary);
        left.getStyleClass().add("evidence-left");
        VBox.setVgrow(paste, Priority.ALWAYS);
        ScrollPane signalsScroll = new ScrollPane(signals);
        signalsScroll.setFitToWidth(true);
        signalsScroll.getStyleClass().add("evidence-signals-scroll");
        evidencePane.getChildren().setAll(signalsTitle, signalsScroll, highlightTitle, highlightScroll, tableTitle,
                table);
        evidencePane.getStyleClass().add("evidence-pane");
        timelinePane.getChildren().setAll(timelineSummary, chartTitle, chart, runsTitle, runs);
        timelinePane.getStyleClass().add("timeline-pane");
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(runs, Priority.SOMETIMES);
        runs.setPrefHeight(140);
        chart.setMinHeight(200);
        VBox right = new VBox(viewSwitch, evidencePane);
        right.getStyleClass().add("evidence-right");
        VBox.setVgrow(evidencePane, Priority.ALWAYS);
        VBox.setVgrow(timelinePane, Priority.ALWAYS);
        views.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one view is always chosen
                return;
            }
            right.getChildren().set(1, now == timelineToggle ? timelinePane : evidencePane);
        });
        VBox.setVgrow(highlightScroll, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.SOMETIMES);
        table.setPrefHeight(180);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(480);
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("evidence-columns");
        setCenter(columns);
        getChildren().add(em);
    }

    private void bindToViewModel() {
        paste.textProperty().bindBidirectional(viewModel.pasteProperty());
        message.textProperty().bind(viewModel.messageProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        viewModel.problemProperty().addListener((obs, was, isProblem) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), isProblem));
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        table.setItems(viewModel.rows());
        viewModel.signals().addListener((ListChangeListener<SignalChip>) change -> renderChips());
        viewModel.segments().addListener((ListChangeListener<Segment>) change -> renderSegments());
        renderChips();
        renderSegments();
        viewSwitch.visibleProperty().bind(viewModel.hasTimelineProperty());
        viewSwitch.managedProperty().bind(viewSwitch.visibleProperty());
        viewModel.hasTimelineProperty().addListener((obs, was, has) -> {
            if (!has) {
                evidenceToggle.setSelected(true);
            }
        });
        timelineSummary.textProperty().bind(viewModel.timelineSummaryProperty());
        chartTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.binMinutesProperty().get() == 1
                ? I18n.text("timeline.chart.title")
                : I18n.text("timeline.chart.bins", viewModel.binMinutesProperty().get()),
                viewModel.binMinutesProperty()));
        runs.setItems(viewModel.runs());
        viewModel.bars().addListener((ListChangeListener<TimelineRows.Bar>) change -> renderChart());
        viewModel.limitProperty().addListener((obs, was, now) -> renderChart());
        renderChart();
        runs.getSelectionModel().selectedItemProperty().addListener((obs, was, run) -> {
            if (run != null) {
                selectInPaste(run.start(), run.end());
            }
        });
    }

    private void renderChart() {
        chart.show(viewModel.bars(), viewModel.limitProperty().get());
    }

    /** Marks a run's lines in the paste and scrolls them into view. */
    private void selectInPaste(int start, int end) {
        int to = Math.min(end, paste.getLength());
        paste.selectRange(Math.min(start, to), to);
    }

    private void renderChips() {
        signals.getChildren().clear();
        for (SignalChip chip : viewModel.signals()) {
            String shown = chip.value().length() > 48 ? chip.value().substring(0, 48) + "…" : chip.value();
            Button button = new Button(chip.label() + ": " + shown);
            button.getStyleClass().addAll("signal-chip", Styles.SMALL, Styles.ROUNDED);
            button.setMnemonicParsing(false);
            button.setTooltip(new Tooltip(chip.value()));
            button.setAccessibleText(I18n.text("evidence.signal.accessible", chip.label(), chip.value()));
            if (chip.start() >= 0) {
                button.setOnAction(event -> {
                    paste.requestFocus();
                    paste.selectRange(chip.start(), Math.min(chip.end(), paste.getLength()));
                });
            }
            signals.getChildren().add(button);
        }
    }

    private void renderSegments() {
        highlight.getChildren().clear();
        for (Segment segment : viewModel.segments()) {
            Text text = new Text(segment.text());
            text.getStyleClass().add(segment.signal() == null ? "evidence-plain" : "evidence-signal");
            highlight.getChildren().add(text);
        }
    }
}
