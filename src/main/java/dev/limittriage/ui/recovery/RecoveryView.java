package dev.limittriage.ui.recovery;

import atlantafx.base.theme.Styles;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Stylesheets;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanExpression;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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
    public static final String ID_TIMELINE = "recovery-timeline";
    public static final String ID_UNBLOCK = "recovery-unblock";
    public static final String ID_ANCHOR = "recovery-anchor";
    public static final String ID_READ_ALOUD = "recovery-read-aloud";
    public static final String ID_REMIND = "recovery-remind";
    public static final String ID_REMIND_DONE = "recovery-remind-done";
    public static final String ID_NOTICE = "recovery-notice";
    public static final String ID_PLAN = "recovery-plan";

    private final RecoveryViewModel viewModel;
    private final ResetTimelineViewModel timeline;
    private final BooleanExpression planOffered;
    private final Runnable openPlan;
    private final Label timelineTitle = new Label();
    private final ResetAxis axis;
    private final Label unblock = new Label();
    private final Label anchor = new Label();
    private final Label readAloud = new Label();
    private final Button remind = new Button();
    private final Label remindDone = new Label();
    private final Label notice = new Label();
    private final Button plan = new Button();
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

    /**
     * The recovery screen with its reset timeline, and "Plan a batch" when {@code planOffered} holds.
     *
     * @param planOffered whether to offer "Plan a batch" (the bucket is a rate bucket)
     * @param openPlan    opens the planner
     */
    public RecoveryView(RecoveryViewModel viewModel, ResetTimelineViewModel timeline, BooleanExpression planOffered,
                        Runnable openPlan) {
        this.viewModel = viewModel;
        this.timeline = timeline;
        this.planOffered = planOffered;
        this.openPlan = openPlan;
        this.axis = new ResetAxis(timeline.items());
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
        timelineTitle.setText(I18n.text("reset.title"));
        timelineTitle.getStyleClass().add(Styles.TITLE_4);
        axis.setId(ID_TIMELINE);
        axis.setAccessibleText(I18n.text("reset.title"));
        unblock.setId(ID_UNBLOCK);
        unblock.getStyleClass().add("recovery-unblock");
        anchor.setId(ID_ANCHOR);
        anchor.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        readAloud.setId(ID_READ_ALOUD);
        readAloud.getStyleClass().add("recovery-read-aloud");
        notice.setId(ID_NOTICE);
        notice.getStyleClass().add("recovery-notice");
        remindDone.setId(ID_REMIND_DONE);
        remindDone.getStyleClass().add(Styles.TEXT_MUTED);
        for (Label l : new Label[] {unblock, anchor, readAloud, notice, remindDone}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        remind.setId(ID_REMIND);
        remind.setText(I18n.text("reset.remind"));
        plan.setId(ID_PLAN);
        plan.setText(I18n.text("plan.open"));
        plan.getStyleClass().add(Styles.BUTTON_OUTLINED);
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
        HBox actions = new HBox(remind, plan, remindDone);
        actions.getStyleClass().add("recovery-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox timelineCard = new VBox(timelineTitle, notice, axis, unblock, readAloud, anchor, actions);
        timelineCard.getStyleClass().addAll("recovery-card", "recovery-timeline-card");
        timelineCard.visibleProperty().bind(timeline.hasResetsProperty());
        timelineCard.managedProperty().bind(timelineCard.visibleProperty());
        HBox planOnly = new HBox();
        planOnly.visibleProperty().bind(timeline.hasResetsProperty().not().and(planOffered));
        planOnly.managedProperty().bind(planOnly.visibleProperty());
        VBox all = new VBox(nextCard, retryCard, timelineCard, planOnly, doNotCard, checkCard);
        timeline.hasResetsProperty().addListener((obs, was, has) -> placePlan(actions, planOnly));
        placePlan(actions, planOnly);
        all.getStyleClass().add("recovery-cards");
        ScrollPane scroll = new ScrollPane(all);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** "Plan a batch" sits beside "Remind me" when there is a timeline, on its own otherwise. */
    private void placePlan(HBox actions, HBox planOnly) {
        if (timeline.hasResetsProperty().get()) {
            planOnly.getChildren().remove(plan);
            if (!actions.getChildren().contains(plan)) {
                actions.getChildren().add(1, plan);
            }
        } else {
            actions.getChildren().remove(plan);
            if (!planOnly.getChildren().contains(plan)) {
                planOnly.getChildren().add(plan);
            }
        }
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
        unblock.textProperty().bind(timeline.unblockProperty());
        anchor.textProperty().bind(timeline.anchorProperty());
        readAloud.textProperty().bind(timeline.readAloudProperty());
        readAloud.visibleProperty().bind(timeline.readAloudProperty().isNotEmpty());
        readAloud.managedProperty().bind(readAloud.visibleProperty());
        notice.textProperty().bind(timeline.noticeProperty());
        notice.visibleProperty().bind(timeline.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        remindDone.textProperty().bind(timeline.confirmationProperty());
        remind.disableProperty().bind(timeline.canRemindProperty().not());
        remind.setOnAction(event -> timeline.remind());
        plan.visibleProperty().bind(planOffered);
        plan.managedProperty().bind(plan.visibleProperty());
        plan.setOnAction(event -> openPlan.run());
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
