package dev.limittriage.ui.start;

import atlantafx.base.theme.Styles;
import dev.limittriage.packet.CaseSummary;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.Stylesheets;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Where did image generation stop?": five routes, recent cases, and the restore offer after a crash. */
public final class StartView extends BorderPane {
    public static final String ID_QUESTION = "start-question";
    public static final String ID_ROUTE_PREFIX = "start-route-";
    public static final String ID_RECENT = "start-recent";
    public static final String ID_RESTORE_BAR = "start-restore-bar";
    public static final String ID_RESTORE = "start-restore";
    public static final String ID_DISMISS = "start-dismiss";
    public static final String ID_PLAN = "start-plan";

    private final StartViewModel viewModel;
    private final Label question = new Label();
    private final Label hint = new Label();
    private final VBox routes = new VBox();
    private final Label recentTitle = new Label();
    private final ListView<CaseSummary> recent = new ListView<>();
    private final HBox restoreBar = new HBox();
    private final Label restoreText = new Label();
    private final Button restore = new Button();
    private final Button dismiss = new Button();
    private final Button plan = new Button();

    public StartView(StartViewModel viewModel) {
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(StartView.class, "start.css"));
    }

    public static String routeId(Route route) {
        return ID_ROUTE_PREFIX + route.id().replace('_', '-');
    }

    private void initializeParts() {
        getStyleClass().add("start-view");
        question.setId(ID_QUESTION);
        question.setText(I18n.text("start.question"));
        question.getStyleClass().add(Styles.TITLE_2);
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        hint.setText(I18n.text("start.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        for (Route route : viewModel.routes()) {
            Button button = new Button();
            button.setId(routeId(route));
            button.getStyleClass().add("start-route");
            Label title = new Label(I18n.text(route.titleKey()));
            title.getStyleClass().addAll(Styles.TEXT_BOLD, "start-route-title");
            Label detail = new Label(I18n.text("route." + route.id() + ".detail"));
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, "start-route-detail");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(title, detail);
            text.getStyleClass().add("start-route-text");
            button.setGraphic(text);
            // the card's text is all graphic: measured at the card's own width (wrap text makes the card ask for
            // it), not at what is left beside an empty text, which made long descriptions leave blank space
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMaxHeight(Region.USE_PREF_SIZE);
            button.setMnemonicParsing(false);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setAccessibleText(title.getText() + ". " + detail.getText());
            button.setOnAction(event -> viewModel.choose(route));
            routes.getChildren().add(button);
        }
        routes.getStyleClass().add("start-routes");
        recentTitle.setText(I18n.text("start.recent.title"));
        recentTitle.getStyleClass().add(Styles.TITLE_4);
        recentTitle.setLabelFor(recent);
        recent.setId(ID_RECENT);
        recent.setAccessibleText(I18n.text("start.recent.title"));
        recent.setPlaceholder(new Label(I18n.text("start.recent.empty")));
        recent.setCellFactory(list -> new ListCell<>() {
            private final Label head = new Label();
            private final Label message = new Label();
            private final VBox lines = new VBox(head, message);

            {
                // as wide as the list, never wider: a long entry is cut with "…", no sideways scrolling
                setPrefWidth(0);
                head.getStyleClass().add("start-recent-head");
                message.getStyleClass().addAll(Styles.TEXT_MUTED, "start-recent-message");
                lines.getStyleClass().add("start-recent-item");
            }

            @Override
            protected void updateItem(CaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                var two = viewModel.twoLines(item);
                head.setText(two.get(0));
                message.setText(two.get(1));
                message.setVisible(!two.get(1).isEmpty());
                message.setManaged(message.isVisible());
                setGraphic(lines);
                setAccessibleText(viewModel.describe(item));
            }
        });
        plan.setId(ID_PLAN);
        plan.setText(I18n.text("plan.open"));
        plan.setAccessibleText(I18n.text("plan.open.accessible"));
        plan.getStyleClass().addAll(Styles.BUTTON_OUTLINED, "start-plan");
        plan.setOnAction(event -> viewModel.openPlan());
        restoreBar.setId(ID_RESTORE_BAR);
        restoreBar.getStyleClass().add("start-restore-bar");
        restoreText.setWrapText(true);
        restore.setId(ID_RESTORE);
        restore.setText(I18n.text("start.restore.yes"));
        restore.getStyleClass().add(Styles.ACCENT);
        restore.setAccessibleText(I18n.text("start.restore.yes"));
        dismiss.setId(ID_DISMISS);
        dismiss.setText(I18n.text("start.restore.no"));
        dismiss.setAccessibleText(I18n.text("start.restore.no"));
    }

    private void layoutParts() {
        HBox.setHgrow(restoreText, Priority.ALWAYS);
        restoreText.setMaxWidth(Double.MAX_VALUE);
        // the wrapping text gives way, never the buttons ("Res..." was all a user saw)
        restore.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        restoreBar.getChildren().addAll(restoreText, restore, dismiss);
        restoreBar.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(question, hint, routes, plan);
        left.getStyleClass().add("start-left");
        VBox right = new VBox(recentTitle, recent);
        right.getStyleClass().add("start-right");
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox.setVgrow(recent, Priority.ALWAYS);
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("start-columns");
        setTop(restoreBar);
        // at large text sizes the routes can be taller than the window: they scroll, Back and Next stay in view
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("start-scroll");
        setCenter(scroll);
    }

    private void bindToViewModel() {
        restoreBar.visibleProperty().bind(viewModel.restoreOfferProperty().isNotNull());
        restoreBar.managedProperty().bind(restoreBar.visibleProperty());
        restoreText.textProperty().bind(viewModel.restoreTextProperty());
        restore.setOnAction(event -> viewModel.restoreLast());
        dismiss.setOnAction(event -> viewModel.dismissRestore());
        recent.setItems(viewModel.recent());
        // back on this screen with a route chosen: focus it, so Enter goes on the same way
        parentProperty().addListener((obs, old, parent) -> {
            Route chosen = viewModel.chosenRoute();
            if (parent != null && chosen != null) {
                Platform.runLater(() -> routes.getChildren().stream()
                        .filter(n -> routeId(chosen).equals(n.getId())).findFirst().ifPresent(Node::requestFocus));
            }
        });
        recent.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(recent.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }
}
