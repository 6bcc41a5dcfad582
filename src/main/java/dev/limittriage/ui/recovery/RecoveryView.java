package dev.limittriage.ui.recovery;

import atlantafx.base.theme.Styles;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Next step, what not to do, the retry verdict and a live countdown to the reset. */
public final class RecoveryView extends BorderPane {
    public static final String ID_NEXT = "recovery-next";
    public static final String ID_DO_NOT = "recovery-do-not";
    public static final String ID_CHECK = "recovery-check-first";
    public static final String ID_RETRY = "recovery-retry";
    public static final String ID_COUNTDOWN = "recovery-countdown";
    public static final String ID_RESET_AT = "recovery-reset-at";

    private final RecoveryViewModel viewModel;
    private final Label nextTitle = new Label();
    private final Label next = new Label();
    private final Label doNotTitle = new Label();
    private final Label doNot = new Label();
    private final Label checkTitle = new Label();
    private final Label check = new Label();
    private final Label retry = new Label();
    private final Label countdown = new Label();
    private final Label resetAt = new Label();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));

    public RecoveryView(RecoveryViewModel viewModel) {
        this.viewModel = viewModel;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(RecoveryView.class, "recovery.css"));
    }

    private void initializeParts() {
        getStyleClass().add("recovery-view");
        nextTitle.setText(I18n.text("recovery.next.title"));
        nextTitle.getStyleClass().add(Styles.TITLE_4);
        next.setId(ID_NEXT);
        next.getStyleClass().addAll(Styles.TITLE_3, "recovery-next");
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        doNotTitle.setText(I18n.text("recovery.doNot.title"));
        doNotTitle.getStyleClass().add(Styles.TITLE_4);
        doNot.setId(ID_DO_NOT);
        doNot.getStyleClass().add("recovery-do-not");
        doNot.setWrapText(true);
        doNot.setMinHeight(Region.USE_PREF_SIZE);
        checkTitle.setText(I18n.text("recovery.check.title"));
        checkTitle.getStyleClass().add(Styles.TITLE_4);
        check.setId(ID_CHECK);
        check.setWrapText(true);
        check.setMinHeight(Region.USE_PREF_SIZE);
        retry.setId(ID_RETRY);
        retry.getStyleClass().add("recovery-retry");
        retry.setWrapText(true);
        retry.setMinHeight(Region.USE_PREF_SIZE);
        countdown.setId(ID_COUNTDOWN);
        countdown.getStyleClass().addAll(Styles.TITLE_2, "recovery-countdown");
        countdown.setWrapText(true);
        countdown.setMinHeight(Region.USE_PREF_SIZE);
        resetAt.setId(ID_RESET_AT);
        resetAt.getStyleClass().add(Styles.TEXT_MUTED);
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    private void layoutParts() {
        VBox nextCard = new VBox(nextTitle, next);
        nextCard.getStyleClass().addAll("recovery-card", "recovery-next-card");
        VBox retryCard = new VBox(retry, countdown, resetAt);
        retryCard.getStyleClass().addAll("recovery-card", "recovery-retry-card");
        VBox doNotCard = new VBox(doNotTitle, doNot);
        doNotCard.getStyleClass().addAll("recovery-card", "recovery-do-not-card");
        VBox checkCard = new VBox(checkTitle, check);
        checkCard.getStyleClass().add("recovery-card");
        VBox all = new VBox(nextCard, retryCard, doNotCard, checkCard);
        all.getStyleClass().add("recovery-cards");
        setCenter(all);
    }

    private void bindToViewModel() {
        next.textProperty().bind(viewModel.nextStepProperty());
        next.setAccessibleText(I18n.text("recovery.next.title"));
        doNot.textProperty().bind(viewModel.doNotProperty());
        check.textProperty().bind(viewModel.checkFirstProperty());
        retry.textProperty().bind(viewModel.retryTextProperty());
        countdown.textProperty().bind(viewModel.countdownProperty());
        countdown.visibleProperty().bind(viewModel.hasResetProperty());
        countdown.managedProperty().bind(countdown.visibleProperty());
        resetAt.textProperty().bind(viewModel.resetAtProperty());
        resetAt.visibleProperty().bind(viewModel.hasResetProperty());
        resetAt.managedProperty().bind(resetAt.visibleProperty());
        viewModel.resetPassedProperty().addListener((obs, was, passed) ->
                countdown.pseudoClassStateChanged(PseudoClass.getPseudoClass("passed"), passed));
        viewModel.retryProperty().addListener((obs, old, verdict) -> showVerdict(verdict));
        showVerdict(viewModel.retryProperty().get());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    private void showVerdict(RetryVerdict verdict) {
        for (RetryVerdict v : RetryVerdict.values()) {
            retry.pseudoClassStateChanged(PseudoClass.getPseudoClass(v.id().replace('_', '-')), v == verdict);
        }
    }

    private void tick() {
        viewModel.tick();
    }
}
