package dev.limittriage.ui.interview;

import atlantafx.base.theme.Styles;
import dev.limittriage.packet.AnsweredQuestion;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One question at a time with its answers as buttons; the answers so far, with times, beside it. */
public final class InterviewView extends BorderPane {
    public static final String ID_QUESTION = "interview-question";
    public static final String ID_HELP = "interview-help";
    public static final String ID_CHOICES = "interview-choices";
    public static final String ID_CHOICE_PREFIX = "interview-choice-";
    public static final String ID_UNDO = "interview-undo";
    public static final String ID_OUTCOME = "interview-outcome";
    public static final String ID_ANSWERS = "interview-answers";
    private static final PseudoClass CALLER = PseudoClass.getPseudoClass("caller");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final InterviewViewModel viewModel;
    private final ZoneId zone;
    private final Label callerHint = new Label();
    private final Label question = new Label();
    private final Label help = new Label();
    private final VBox choices = new VBox();
    private final Button undo = new Button();
    private final Label outcome = new Label();
    private final Label answersTitle = new Label();
    private final ListView<AnsweredQuestion> answers = new ListView<>();

    public InterviewView(InterviewViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(InterviewView.class, "interview.css"));
    }

    private void initializeParts() {
        getStyleClass().add("interview-view");
        callerHint.setText(I18n.text("interview.caller.hint"));
        callerHint.getStyleClass().add("interview-caller-hint");
        callerHint.setWrapText(true);
        callerHint.setMinHeight(Region.USE_PREF_SIZE);
        question.setId(ID_QUESTION);
        question.getStyleClass().addAll(Styles.TITLE_3, "interview-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        // The question, not the first answer, takes the focus: a screen reader reads it first, and an Enter meant
        // for "Next" does not pick an answer the user never chose. Tab moves on to the answers.
        question.setFocusTraversable(true);
        question.setAccessibleRole(AccessibleRole.TEXT);
        help.setId(ID_HELP);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        choices.setId(ID_CHOICES);
        choices.getStyleClass().add("interview-choices");
        undo.setId(ID_UNDO);
        undo.setText(I18n.text("interview.undo"));
        undo.setAccessibleText(I18n.text("interview.undo"));
        undo.getStyleClass().add(Styles.FLAT);
        outcome.setId(ID_OUTCOME);
        outcome.getStyleClass().add("interview-outcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        answersTitle.setText(I18n.text("interview.answers.title"));
        answersTitle.getStyleClass().add(Styles.TITLE_4);
        answers.setId(ID_ANSWERS);
        answers.setAccessibleText(I18n.text("interview.answers.title"));
        answers.setPlaceholder(new Label(I18n.text("interview.answers.empty")));
        answers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AnsweredQuestion item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(I18n.text("interview.answers.item", TIME.format(item.at().atZone(zone)),
                        item.question(), item.answer()));
                text.setWrapText(true);
                text.maxWidthProperty().bind(list.widthProperty().subtract(28));
                text.setMinHeight(Region.USE_PREF_SIZE);
                setText(null);
                setGraphic(text);
            }
        });
    }

    private void layoutParts() {
        VBox left = new VBox(callerHint, question, help, choices, undo, outcome);
        left.getStyleClass().add("interview-left");
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(answersTitle, answers);
        right.getStyleClass().add("interview-right");
        VBox.setVgrow(answers, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        setCenter(new HBox(left, right));
    }

    private void bindToViewModel() {
        question.textProperty().bind(viewModel.questionProperty());
        question.visibleProperty().bind(viewModel.finishedProperty().not());
        question.managedProperty().bind(question.visibleProperty());
        help.textProperty().bind(viewModel.helpProperty());
        help.visibleProperty().bind(viewModel.helpProperty().isNotEmpty());
        help.managedProperty().bind(help.visibleProperty());
        callerHint.visibleProperty().bind(viewModel.callerModeProperty());
        callerHint.managedProperty().bind(callerHint.visibleProperty());
        undo.disableProperty().bind(viewModel.canGoBackProperty().not());
        undo.setOnAction(event -> viewModel.back());
        outcome.textProperty().bind(viewModel.outcomeTextProperty());
        outcome.visibleProperty().bind(viewModel.finishedProperty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        answers.setItems(viewModel.answers());
        viewModel.choices().addListener((ListChangeListener<InterviewViewModel.Choice>) c -> renderChoices());
        viewModel.callerModeProperty().addListener((obs, was, on) -> pseudoClassStateChanged(CALLER, on));
        pseudoClassStateChanged(CALLER, viewModel.callerModeProperty().get());
        renderChoices();
    }

    private void renderChoices() {
        choices.getChildren().clear();
        for (InterviewViewModel.Choice choice : viewModel.choices()) {
            Button button = new Button(choice.label());
            button.setId(ID_CHOICE_PREFIX + choice.id().replace('_', '-'));
            button.getStyleClass().add("interview-choice");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);
            button.setMnemonicParsing(false);
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setAccessibleText(choice.label());
            button.setOnAction(event -> viewModel.answer(choice.id()));
            choices.getChildren().add(button);
        }
        if (question.isVisible()) {
            question.requestFocus();
        }
    }
}
