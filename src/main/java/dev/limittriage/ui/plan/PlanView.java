package dev.limittriage.ui.plan;

import atlantafx.base.theme.Styles;
import dev.limittriage.knowledge.Quality;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import dev.limittriage.ui.plan.PlanViewModel.LimitsChoice;
import dev.limittriage.ui.plan.PlanViewModel.MinuteShare;
import dev.limittriage.ui.plan.PlanViewModel.TierRowView;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** "Plan a batch": inputs on the left, the plan on the right (binding limit, time, pace, cost, tiers, chart). */
public final class PlanView extends BorderPane {
    public static final String ID_MODEL = "plan-model";
    public static final String ID_SIZE = "plan-size";
    public static final String ID_QUALITY = "plan-quality";
    public static final String ID_N = "plan-n";
    public static final String ID_IMAGES = "plan-images";
    public static final String ID_LIMITS = "plan-limits";
    public static final String ID_IPM = "plan-ipm";
    public static final String ID_TPM = "plan-tpm";
    public static final String ID_RPM = "plan-rpm";
    public static final String ID_CONCURRENCY = "plan-concurrency";
    public static final String ID_ERROR = "plan-error";
    public static final String ID_BINDING = "plan-binding";
    public static final String ID_WHY = "plan-why";
    public static final String ID_TIME = "plan-time";
    public static final String ID_PACE = "plan-pace";
    public static final String ID_TOKENS = "plan-tokens";
    public static final String ID_COST = "plan-cost";
    public static final String ID_NEXT_TIERS = "plan-next-tiers";
    public static final String ID_CHART = "plan-chart";
    public static final String ID_BATCH = "plan-batch";
    public static final String ID_NOTES = "plan-notes";
    public static final String ID_ADD = "plan-add";
    public static final String ID_ADDED = "plan-added";

    private final PlanViewModel viewModel;
    private final Label title = new Label();
    private final Label prefilled = new Label();
    private final ComboBox<String> model = new ComboBox<>();
    private final TextField size = new TextField();
    private final ComboBox<Quality> quality = new ComboBox<>();
    private final Spinner<Integer> perRequest = new Spinner<>(1, 10, 1);
    private final Spinner<Integer> images = new Spinner<>(1, 10_000_000, 100, 10);
    private final ComboBox<LimitsChoice> limits = new ComboBox<>();
    private final TextField ipm = new TextField();
    private final TextField tpm = new TextField();
    private final TextField rpm = new TextField();
    private final Spinner<Integer> concurrency = new Spinner<>(1, 1000, 1);
    private final Label error = new Label();
    private final Label binding = new Label();
    private final Label why = new Label();
    private final Label time = new Label();
    private final Label pace = new Label();
    private final Label tokens = new Label();
    private final Label tokensSource = new Label();
    private final Label cost = new Label();
    private final TableView<TierRowView> nextTiers = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label batch = new Label();
    private final Label notes = new Label();
    private final Button add = new Button();
    private final Label added = new Label();
    private final VBox results = new VBox();
    // spinners hold Integer; the view model holds int: keep the adapters reachable for the bindings' lifetime
    private final ObjectProperty<Integer> perRequestValue;
    private final ObjectProperty<Integer> imagesValue;
    private final ObjectProperty<Integer> concurrencyValue;

    public PlanView(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        this.perRequestValue = viewModel.perRequestProperty().asObject();
        this.imagesValue = viewModel.imagesProperty().asObject();
        this.concurrencyValue = viewModel.concurrencyProperty().asObject();
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(PlanView.class, "plan.css"));
    }

    private void initializeParts() {
        getStyleClass().add("plan-view");
        title.setText(I18n.text("plan.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        prefilled.getStyleClass().add(Styles.TEXT_MUTED);
        prefilled.setWrapText(true);
        model.setId(ID_MODEL);
        model.setItems(viewModel.models());
        size.setId(ID_SIZE);
        size.setPromptText("1024x1024");
        quality.setId(ID_QUALITY);
        quality.getItems().setAll(Quality.values());
        quality.setConverter(converter(q -> I18n.text("plan.quality." + q.id())));
        perRequest.setId(ID_N);
        images.setId(ID_IMAGES);
        images.setEditable(true);
        concurrency.setId(ID_CONCURRENCY);
        concurrency.setEditable(true);
        limits.setId(ID_LIMITS);
        limits.getItems().setAll(viewModel.limitChoices());
        limits.setConverter(converter(LimitsChoice::label));
        limits.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(LimitsChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        ipm.setId(ID_IPM);
        tpm.setId(ID_TPM);
        rpm.setId(ID_RPM);
        ipm.setPromptText(I18n.text("plan.custom.ipm"));
        tpm.setPromptText(I18n.text("plan.custom.tpm"));
        rpm.setPromptText(I18n.text("plan.custom.rpm"));
        error.setId(ID_ERROR);
        error.getStyleClass().add("plan-error");
        error.setWrapText(true);
        binding.setId(ID_BINDING);
        binding.getStyleClass().addAll(Styles.TITLE_2, "plan-binding");
        for (Label l : new Label[] {why, time, pace, tokens, tokensSource, cost, batch, notes, added}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        why.setId(ID_WHY);
        time.setId(ID_TIME);
        time.getStyleClass().add(Styles.TITLE_4);
        pace.setId(ID_PACE);
        pace.getStyleClass().add(Styles.TITLE_4);
        tokens.setId(ID_TOKENS);
        tokensSource.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        cost.setId(ID_COST);
        batch.setId(ID_BATCH);
        notes.setId(ID_NOTES);
        notes.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        nextTiers.setId(ID_NEXT_TIERS);
        nextTiers.getColumns().add(column("plan.tiers.tier", TierRowView::tier));
        nextTiers.getColumns().add(column("plan.tiers.binding", TierRowView::binding));
        nextTiers.getColumns().add(column("plan.tiers.time", TierRowView::time));
        nextTiers.getColumns().add(column("plan.tiers.pace", TierRowView::pace));
        nextTiers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nextTiers.setPlaceholder(new Label(I18n.text("plan.tiers.none")));
        nextTiers.setFixedCellSize(32);
        nextTiers.setPrefHeight(32 * 4 + 44); // four tiers above Tier 1 without a scroll bar
        nextTiers.setFocusTraversable(false);
        chart.setId(ID_CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setTitle(I18n.text("plan.chart.title"));
        chart.getXAxis().setLabel(I18n.text("plan.chart.minute"));
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setLabel(I18n.text("plan.chart.share"));
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(100);
        y.setTickUnit(25);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        add.setId(ID_ADD);
        add.setText(I18n.text("plan.add"));
        add.getStyleClass().add(Styles.ACCENT);
        added.setId(ID_ADDED);
        added.getStyleClass().add(Styles.TEXT_MUTED);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private static TableColumn<TierRowView, String> column(String key, Function<TierRowView, String> value) {
        TableColumn<TierRowView, String> c = new TableColumn<>(I18n.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void layoutParts() {
        GridPane form = new GridPane();
        form.getStyleClass().add("plan-form");
        int row = 0;
        row = field(form, row, "plan.model", model);
        row = field(form, row, "plan.size", size);
        row = field(form, row, "plan.quality", quality);
        row = field(form, row, "plan.n", perRequest);
        row = field(form, row, "plan.images", images);
        row = field(form, row, "plan.limits", limits);
        VBox customBox = new VBox(custom("IPM", ipm), custom("TPM", tpm), custom("RPM", rpm));
        customBox.getStyleClass().add("plan-custom");
        customBox.visibleProperty().bind(viewModel.customProperty());
        customBox.managedProperty().bind(customBox.visibleProperty());
        form.add(customBox, 1, row++);
        field(form, row, "plan.concurrency", concurrency);
        VBox left = new VBox(title, prefilled, form);
        left.getStyleClass().add("plan-left");

        VBox bindingCard = card(new Label(I18n.text("plan.binding")), binding, why);
        bindingCard.getStyleClass().add("plan-binding-card");
        HBox figures = new HBox(card(new Label(I18n.text("plan.time")), time),
                card(new Label(I18n.text("plan.pace")), pace));
        figures.getStyleClass().add("plan-figures");
        figures.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        HBox addRow = new HBox(add, added);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.getStyleClass().add("plan-add-row");
        results.getChildren().addAll(error, bindingCard, figures,
                card(new Label(I18n.text("plan.tokens")), tokens, tokensSource),
                card(new Label(I18n.text("plan.cost")), cost),
                card(new Label(I18n.text("plan.tiers")), nextTiers),
                chart,
                card(new Label(I18n.text("plan.batch")), batch),
                notes, addRow);
        results.getStyleClass().add("plan-results");
        HBox.setHgrow(results, Priority.ALWAYS);
        HBox columns = new HBox(left, results);
        columns.getStyleClass().add("plan-columns");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plan-scroll");
        setCenter(scroll);
    }

    private static int field(GridPane form, int row, String key, javafx.scene.control.Control control) {
        Label label = new Label(I18n.text(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE); // the whole label, never "Images p..."
        control.setAccessibleText(label.getText());
        control.setMaxWidth(Double.MAX_VALUE);
        form.add(label, 0, row);
        form.add(control, 1, row);
        return row + 1;
    }

    private static HBox custom(String unit, TextField field) {
        Label label = new Label(unit);
        label.setLabelFor(field);
        label.getStyleClass().add("plan-custom-unit");
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("plan-custom-row");
        return row;
    }

    private static VBox card(Label heading, javafx.scene.Node... content) {
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, "plan-card-title");
        VBox box = new VBox(heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("plan-card");
        return box;
    }

    private void bindToViewModel() {
        model.valueProperty().bindBidirectional(viewModel.modelProperty());
        size.textProperty().bindBidirectional(viewModel.sizeProperty());
        quality.valueProperty().bindBidirectional(viewModel.qualityProperty());
        limits.valueProperty().bindBidirectional(viewModel.limitsProperty());
        ipm.textProperty().bindBidirectional(viewModel.customIpmProperty());
        tpm.textProperty().bindBidirectional(viewModel.customTpmProperty());
        rpm.textProperty().bindBidirectional(viewModel.customRpmProperty());
        bindSpinner(perRequest, perRequestValue);
        bindSpinner(images, imagesValue);
        bindSpinner(concurrency, concurrencyValue);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        binding.textProperty().bind(viewModel.bindingProperty());
        why.textProperty().bind(viewModel.whyProperty());
        time.textProperty().bind(viewModel.timeProperty());
        pace.textProperty().bind(viewModel.paceProperty());
        tokens.textProperty().bind(viewModel.tokensProperty());
        tokensSource.textProperty().bind(viewModel.tokensSourceProperty());
        cost.textProperty().bind(viewModel.costProperty());
        batch.textProperty().bind(viewModel.batchProperty());
        notes.textProperty().bind(viewModel.notesProperty());
        prefilled.textProperty().bind(viewModel.prefilledFromProperty());
        added.textProperty().bind(viewModel.addedProperty());
        add.disableProperty().bind(viewModel.planProperty().isNull());
        add.setOnAction(event -> viewModel.addToPacket());
        for (javafx.scene.Node node : results.getChildren()) {
            if (node != error) {
                node.visibleProperty().bind(viewModel.planProperty().isNotNull());
                node.managedProperty().bind(node.visibleProperty());
            }
        }
        nextTiers.setItems(viewModel.nextTiers());
        viewModel.demand().addListener((ListChangeListener<MinuteShare>) change -> showDemand());
        showDemand();
    }

    private static void bindSpinner(Spinner<Integer> spinner, ObjectProperty<Integer> value) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.valueProperty().bindBidirectional(value);
        // a typed number counts when the field loses focus, as well as on Enter
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
    }

    private void showDemand() {
        XYChart.Series<String, Number> images = new XYChart.Series<>();
        images.setName(I18n.text("plan.chart.ipm"));
        XYChart.Series<String, Number> tokenSeries = new XYChart.Series<>();
        tokenSeries.setName(I18n.text("plan.chart.tpm"));
        XYChart.Series<String, Number> requests = new XYChart.Series<>();
        requests.setName(I18n.text("plan.chart.rpm"));
        for (MinuteShare m : viewModel.demand()) {
            String minute = String.valueOf(m.minute());
            if (m.ipm() != null) {
                images.getData().add(new XYChart.Data<>(minute, m.ipm()));
            }
            if (m.tpm() != null) {
                tokenSeries.getData().add(new XYChart.Data<>(minute, m.tpm()));
            }
            if (m.rpm() != null) {
                requests.getData().add(new XYChart.Data<>(minute, m.rpm()));
            }
        }
        chart.getData().clear();
        for (XYChart.Series<String, Number> s : java.util.List.of(images, tokenSeries, requests)) {
            if (!s.getData().isEmpty()) {
                chart.getData().add(s);
            }
        }
    }
}
