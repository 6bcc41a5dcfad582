package dev.limittriage.ui.help;

import atlantafx.base.theme.Styles;
import dev.limittriage.knowledge.FaqEntry;
import dev.limittriage.knowledge.Source;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** Help: a search box with a clear button (ControlsFX), the questions, and the chosen answer with its sources. */
public final class HelpView extends BorderPane {
    public static final String ID_SEARCH = "help-search";
    public static final String ID_QUESTIONS = "help-questions";
    public static final String ID_QUESTION = "help-question";
    public static final String ID_ANSWER = "help-answer";
    public static final String ID_SOURCES = "help-sources";
    public static final String ID_STATUS = "help-status";
    public static final String ID_OPEN_PREFIX = "help-open-";
    public static final String ID_COPY_PREFIX = "help-copy-";

    private final HelpViewModel viewModel;
    private final TextField search = TextFields.createClearableTextField();
    private final ListView<FaqEntry> questions = new ListView<>();
    private final Label question = new Label();
    private final Label answer = new Label();
    private final VBox sources = new VBox();
    private final Label status = new Label();

    public HelpView(HelpViewModel viewModel) {
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(HelpView.class, "help.css"));
    }

    private void initializeParts() {
        getStyleClass().add("help-view");
        search.setId(ID_SEARCH);
        search.setPromptText(I18n.text("help.search"));
        search.setAccessibleText(I18n.text("help.search"));
        questions.setId(ID_QUESTIONS);
        questions.setAccessibleText(I18n.text("help.questions"));
        questions.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(FaqEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.question());
            }
        });
        question.setId(ID_QUESTION);
        question.setWrapText(true);
        question.getStyleClass().add(Styles.TITLE_4);
        answer.setId(ID_ANSWER);
        answer.setWrapText(true);
        answer.getStyleClass().add("help-answer");
        sources.setId(ID_SOURCES);
        sources.getStyleClass().add("help-sources");
        status.setId(ID_STATUS);
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
    }

    private void layoutParts() {
        VBox left = new VBox(search, questions);
        left.getStyleClass().add("help-left");
        VBox.setVgrow(questions, Priority.ALWAYS);
        VBox right = new VBox(question, answer, sources, status);
        right.getStyleClass().add("help-right");
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        setLeft(left);
        setCenter(scroll);
    }

    private void bindToViewModel() {
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        questions.setItems(viewModel.questions());
        questions.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> viewModel.select(e));
        viewModel.selectedProperty().addListener((obs, old, e) -> show(e));
        status.textProperty().bind(viewModel.statusProperty());
        show(viewModel.selectedProperty().get());
    }

    private void show(FaqEntry e) {
        if (e == null) {
            question.setText("");
            answer.setText("");
            sources.getChildren().clear();
            return;
        }
        if (questions.getSelectionModel().getSelectedItem() != e) {
            questions.getSelectionModel().select(e);
        }
        question.setText(e.question());
        answer.setText(e.answer());
        sources.getChildren().clear();
        Label title = new Label(I18n.text("help.sources"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        sources.getChildren().add(title);
        for (int i = 0; i < e.sources().size(); i++) {
            sources.getChildren().add(sourceRow(e.sources().get(i), i));
        }
    }

    private FlowPane sourceRow(Source s, int index) {
        Label text = new Label(I18n.text("help.source", s.title(), s.checkedOn().toString()));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(text);
        row.getStyleClass().add("help-source");
        row.setAlignment(Pos.CENTER_LEFT);
        text.prefWidthProperty().bind(sources.widthProperty().subtract(4));
        if (s.url() != null) {
            Hyperlink open = new Hyperlink(I18n.text("help.open"));
            open.setId(ID_OPEN_PREFIX + index);
            open.setAccessibleText(I18n.text("help.open.accessible", s.url()));
            open.setOnAction(event -> viewModel.open(s));
            Button copy = new Button(I18n.text("help.copyLink"));
            copy.setId(ID_COPY_PREFIX + index);
            copy.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            copy.setAccessibleText(I18n.text("help.copyLink.accessible", s.url()));
            copy.setOnAction(event -> viewModel.copy(s));
            row.getChildren().addAll(open, copy);
        }
        return row;
    }
}
