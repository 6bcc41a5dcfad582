package dev.limittriage.ui.shell;

import atlantafx.base.theme.Styles;
import dev.limittriage.ui.FileOpener;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Step;
import dev.limittriage.ui.Stylesheets;
import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The main window's content: header with the toggles, breadcrumb and progress, the current step's view, and
 * Back / Next. Keyboard: Enter = Next (default button), Esc = Back (cancel button), Ctrl+V on Start, Ctrl+S,
 * Ctrl+N. A .txt/.log/.json/.har file dropped anywhere opens in the paste screen.
 */
public final class ShellView extends BorderPane {
    public static final String ID_BACK = "shell-back";
    public static final String ID_NEXT = "shell-next";
    public static final String ID_THEME = "shell-theme";
    public static final String ID_CALLER = "shell-caller";
    public static final String ID_NEXT_CALLER = "shell-next-caller";
    public static final String ID_TIMER = "shell-timer";
    public static final String ID_END_CALL = "shell-end-call";
    public static final String ID_HOST = "shell-host";
    public static final String ID_PROGRESS = "shell-progress";
    public static final String ID_STATUS = "shell-status";
    public static final String ID_CRUMB_PREFIX = "shell-crumb-";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final ShellViewModel viewModel;
    private final Map<Step, Supplier<? extends Node>> viewFactories;
    private final Map<Step, Node> views = new EnumMap<>(Step.class);
    private final FileOpener fileOpener;
    private final Label appTitle = new Label();
    private final ToggleButton theme = new ToggleButton();
    private final ToggleButton caller = new ToggleButton();
    private final Button nextCaller = new Button();
    private final Button endCall = new Button();
    private final Label timer = new Label();
    private final HBox crumbs = new HBox();
    private final Map<Step, Label> crumbLabels = new EnumMap<>(Step.class);
    private final ProgressBar progress = new ProgressBar();
    private final StackPane host = new StackPane();
    private final Label status = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));

    /** Each step's view is built the first time the step is shown, so the window opens with only the Start view. */
    public ShellView(ShellViewModel viewModel, Map<Step, Supplier<? extends Node>> viewFactories,
                     FileOpener fileOpener) {
        this.viewModel = viewModel;
        this.viewFactories = Map.copyOf(viewFactories);
        this.fileOpener = fileOpener;
        initializeParts();
        layoutParts();
        bindToViewModel();
        getStylesheets().add(Stylesheets.require(ShellView.class, "shell.css"));
    }

    private void initializeParts() {
        getStyleClass().add("shell-view");
        appTitle.setText(I18n.text("app.title"));
        appTitle.getStyleClass().addAll(Styles.TITLE_4, "shell-app-title");
        theme.setId(ID_THEME);
        theme.setText(I18n.text("shell.theme.dark"));
        theme.setAccessibleText(I18n.text("shell.theme.accessible"));
        caller.setId(ID_CALLER);
        caller.setText(I18n.text("shell.caller"));
        caller.setAccessibleText(I18n.text("shell.caller.accessible"));
        nextCaller.setId(ID_NEXT_CALLER);
        nextCaller.setText(I18n.text("shell.nextCaller"));
        nextCaller.setAccessibleText(I18n.text("shell.nextCaller.accessible"));
        nextCaller.getStyleClass().add(Styles.SUCCESS);
        endCall.setId(ID_END_CALL);
        endCall.setText(I18n.text("shell.endCall"));
        endCall.setAccessibleText(I18n.text("shell.endCall.accessible"));
        timer.setId(ID_TIMER);
        timer.getStyleClass().add("shell-timer");
        for (Step step : Step.values()) {
            if (!step.inWizard()) {
                continue;
            }
            Label crumb = new Label(I18n.text("step." + step.id()));
            crumb.setId(ID_CRUMB_PREFIX + step.id());
            crumb.getStyleClass().add("shell-crumb");
            crumbLabels.put(step, crumb);
            if (step.ordinal() > 0) {
                Label sep = new Label("›");
                sep.getStyleClass().add("shell-crumb-separator");
                crumbs.getChildren().add(sep);
            }
            crumbs.getChildren().add(crumb);
        }
        crumbs.getStyleClass().add("shell-crumbs");
        progress.setId(ID_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().addAll(Styles.SMALL, "shell-progress");
        progress.setAccessibleText(I18n.text("shell.progress.accessible"));
        host.setId(ID_HOST);
        host.getStyleClass().add("shell-host");
        status.setId(ID_STATUS);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        back.setId(ID_BACK);
        back.setText(I18n.text("shell.back"));
        back.setAccessibleText(I18n.text("shell.back.accessible"));
        back.setCancelButton(true);
        next.setId(ID_NEXT);
        next.setText(I18n.text("shell.next"));
        next.setAccessibleText(I18n.text("shell.next.accessible"));
        next.setDefaultButton(true);
        next.getStyleClass().add(Styles.ACCENT);
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    private void layoutParts() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(appTitle, spacer, timer, endCall, nextCaller, caller, theme);
        header.getStyleClass().add("shell-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(header, crumbs, progress);
        top.getStyleClass().add("shell-top");
        Region footerSpacer = new Region();
        HBox.setHgrow(footerSpacer, Priority.ALWAYS);
        HBox footer = new HBox(status, footerSpacer, back, next);
        footer.getStyleClass().add("shell-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        setTop(top);
        setCenter(host);
        setBottom(footer);
    }

    private void bindToViewModel() {
        back.disableProperty().bind(viewModel.canGoBackProperty().not());
        next.disableProperty().bind(viewModel.canGoNextProperty().not());
        back.setOnAction(event -> viewModel.back());
        next.setOnAction(event -> viewModel.next());
        theme.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        caller.selectedProperty().bindBidirectional(viewModel.callerModeProperty());
        nextCaller.visibleProperty().bind(viewModel.callerModeProperty());
        nextCaller.managedProperty().bind(nextCaller.visibleProperty());
        nextCaller.setOnAction(event -> viewModel.nextCaller());
        endCall.visibleProperty().bind(viewModel.callerModeProperty().and(viewModel.callRunningProperty()));
        endCall.managedProperty().bind(endCall.visibleProperty());
        endCall.setOnAction(event -> viewModel.endCall());
        timer.visibleProperty().bind(viewModel.callerModeProperty());
        timer.managedProperty().bind(timer.visibleProperty());
        timer.textProperty().bind(viewModel.callTimerProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.stepProperty().addListener((obs, old, step) -> show(step));
        show(viewModel.stepProperty().get());
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
                clock.play();
            } else {
                clock.stop();
            }
        });
    }

    private void show(Step step) {
        Supplier<? extends Node> factory = viewFactories.get(step);
        Node view = factory == null ? null : views.computeIfAbsent(step, s -> factory.get());
        host.getChildren().setAll(view == null ? new Label(I18n.text("step." + step.id())) : view);
        for (Map.Entry<Step, Label> crumb : crumbLabels.entrySet()) {
            crumb.getValue().pseudoClassStateChanged(CURRENT, crumb.getKey() == step);
            crumb.getValue().pseudoClassStateChanged(DONE, viewModel.isVisited(crumb.getKey()));
        }
        if (view != null) {
            // at once, so the focus never falls back to the header's first button when the control that had it
            // (the paste area, after Ctrl+Enter) leaves the scene. A screen shown for the first time has no skins
            // yet, so what sits in its scroll panes is not in the scene: apply CSS first, which creates them.
            if (!containsFocus(view)) {
                view.applyCss();
                focusFirst(view);
            }
            Platform.runLater(() -> {
                if (!containsFocus(view)) {
                    focusFirst(view);
                }
            });
        }
    }

    private boolean containsFocus(Node view) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        while (owner != null) {
            if (owner == view) {
                return true;
            }
            owner = owner.getParent();
        }
        return false;
    }

    /** Puts the keyboard focus on the step's first control, so the keyboard works at once. */
    private static boolean focusFirst(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return false;
        }
        if (node.isFocusTraversable()) {
            node.requestFocus();
            return node.getScene() != null && node.getScene().getFocusOwner() == node; // else try the next one
        }
        if (node instanceof ScrollPane scroll) {
            // a scroll pane shown for the first time has no skin yet, so its content is not among its children
            return scroll.getContent() != null && focusFirst(scroll.getContent());
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (focusFirst(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN), () -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (viewModel.stepProperty().get() == Step.START && clipboard.hasString()) {
                viewModel.pasteFromStart(clipboard.getString());
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                viewModel::jumpToExport);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                viewModel::newCase);
        // Enter types a new line in the paste area; Ctrl+Enter moves on from anywhere, as Next would
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!next.isDisabled()) {
                viewModel.next();
            }
        });
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()
                && event.getDragboard().getFiles().stream().anyMatch(f -> FileOpener.accepts(f.toPath()))) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = false;
        if (event.getDragboard().hasFiles()) {
            for (File file : event.getDragboard().getFiles()) {
                if (FileOpener.accepts(file.toPath())) {
                    fileOpener.open(file.toPath(), viewModel::openText);
                    done = true;
                    break;
                }
            }
        }
        event.setDropCompleted(done);
        event.consume();
    }

    private void tick() {
        viewModel.tick();
    }
}
