package dev.limittriage.ui.shell;

import atlantafx.base.theme.Styles;
import dev.limittriage.ui.FileOpener;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.SideWindows;
import dev.limittriage.ui.Step;
import dev.limittriage.ui.Stylesheets;
import dev.limittriage.ui.TextSize;
import dev.limittriage.ui.shell.ShellViewModel.ThemeChoice;
import java.io.File;
import java.util.EnumMap;
import java.util.Locale;
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
import org.controlsfx.control.BreadCrumbBar;
import org.controlsfx.control.SegmentedButton;

/**
 * The main window's content: header with the toggles, breadcrumb and progress, the current step's view, and
 * Back / Next. Keyboard: Enter = Next (default button), Esc = Back (cancel button), Ctrl+V on Start, Ctrl+S,
 * Ctrl+N. A .txt/.log/.json/.har file dropped anywhere opens in the paste screen.
 */
public final class ShellView extends BorderPane {
    public static final String ID_BACK = "shell-back";
    public static final String ID_NEXT = "shell-next";
    public static final String ID_THEME = "shell-theme";
    public static final String ID_THEME_PREFIX = "shell-theme-";
    public static final String ID_TRAIL = "shell-trail";
    public static final String ID_HELP = "shell-help";
    public static final String ID_ABOUT = "shell-about";
    public static final String ID_CALLER = "shell-caller";
    public static final String ID_NEXT_CALLER = "shell-next-caller";
    public static final String ID_TIMER = "shell-timer";
    public static final String ID_END_CALL = "shell-end-call";
    public static final String ID_HOST = "shell-host";
    public static final String ID_PROGRESS = "shell-progress";
    public static final String ID_STATUS = "shell-status";
    public static final String ID_CRUMB_PREFIX = "shell-crumb-";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ShellViewModel viewModel;
    private final Map<Step, Supplier<? extends Node>> viewFactories;
    private final Map<Step, Node> views = new EnumMap<>(Step.class);
    private final FileOpener fileOpener;
    private final SideWindows side;
    private final Button help = new Button();
    private final Button about = new Button();
    private final Label appTitle = new Label();
    private final SegmentedButton theme = new SegmentedButton();
    private final Map<ThemeChoice, ToggleButton> themeButtons = new EnumMap<>(ThemeChoice.class);
    private final ToggleButton caller = new ToggleButton();
    private final Button nextCaller = new Button();
    private final Button endCall = new Button();
    private final Label timer = new Label();
    private final BreadCrumbBar<Step> crumbs = new BreadCrumbBar<>();
    private final ProgressBar progress = new ProgressBar();
    private final StackPane host = new StackPane();
    private final Label status = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));

    /** Each step's view is built the first time the step is shown, so the window opens with only the Start view. */
    public ShellView(ShellViewModel viewModel, Map<Step, Supplier<? extends Node>> viewFactories,
                     FileOpener fileOpener, SideWindows side) {
        this.viewModel = viewModel;
        this.viewFactories = Map.copyOf(viewFactories);
        this.fileOpener = fileOpener;
        this.side = side;
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
        theme.setAccessibleText(I18n.text("shell.theme.accessible"));
        for (ThemeChoice choice : ThemeChoice.values()) {
            String key = "shell.theme." + choice.name().toLowerCase(Locale.ROOT);
            ToggleButton button = new ToggleButton(I18n.text(key));
            button.setId(ID_THEME_PREFIX + choice.name().toLowerCase(Locale.ROOT));
            button.setAccessibleText(I18n.text(key + ".accessible"));
            button.setUserData(choice);
            button.setMinWidth(Region.USE_PREF_SIZE);
            themeButtons.put(choice, button);
            theme.getButtons().add(button);
        }
        help.setId(ID_HELP);
        help.setText(I18n.text("shell.help"));
        help.setAccessibleText(I18n.text("shell.help.accessible"));
        about.setId(ID_ABOUT);
        about.setText(I18n.text("shell.about"));
        about.setAccessibleText(I18n.text("shell.about.accessible"));
        for (Button b : new Button[] {help, about}) {
            b.getStyleClass().add(Styles.FLAT);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMnemonicParsing(false);
        }
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
        crumbs.setId(ID_TRAIL);
        crumbs.getStyleClass().add("shell-crumbs");
        crumbs.setAutoNavigationEnabled(false); // the view model owns the trail; a click asks it to go back
        crumbs.setAccessibleText(I18n.text("shell.trail.accessible"));
        crumbs.setCrumbFactory(item -> {
            Step step = item.getValue();
            var crumb = new BreadCrumbBar.BreadCrumbButton(I18n.text("step." + step.id()));
            crumb.setId(ID_CRUMB_PREFIX + step.id());
            crumb.getStyleClass().add("shell-crumb");
            crumb.setMnemonicParsing(false);
            crumb.setMinWidth(Region.USE_PREF_SIZE);
            crumb.setAccessibleText(I18n.text("shell.trail.step", I18n.text("step." + step.id())));
            crumb.pseudoClassStateChanged(CURRENT, step == viewModel.stepProperty().get());
            return crumb;
        });
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
        for (javafx.scene.control.ButtonBase b : new javafx.scene.control.ButtonBase[] {endCall, nextCaller, caller}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(appTitle, spacer, timer, endCall, nextCaller, caller, theme, help, about);
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
        themeButtons.get(viewModel.themeChoiceProperty().get()).setSelected(true);
        theme.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one choice is always made
            } else {
                viewModel.themeChoiceProperty().set((ThemeChoice) now.getUserData());
            }
        });
        viewModel.themeChoiceProperty().addListener((obs, old, now) -> themeButtons.get(now).setSelected(true));
        help.setOnAction(event -> side.showHelp(getScene() == null ? null : getScene().getWindow(),
                viewModel.stepProperty().get().id()));
        about.setOnAction(event -> side.showAbout(getScene() == null ? null : getScene().getWindow()));
        viewModel.textSizeProperty().addListener((obs, old, size) -> applyTextSize());
        applyTextSize();
        crumbs.setOnCrumbAction(event -> viewModel.backTo(event.getSelectedCrumb().getValue()));
        viewModel.trail().addListener((javafx.collections.ListChangeListener<Step>) change -> showTrail());
        showTrail();
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

    private void applyTextSize() {
        getStyleClass().removeIf(c -> c.startsWith(TextSize.STYLE_PREFIX));
        getStyleClass().add(TextSize.styleClass(viewModel.textSizeProperty().get()));
    }

    private void showTrail() {
        crumbs.setSelectedCrumb(BreadCrumbBar.buildTreeModel(viewModel.trail().toArray(new Step[0])));
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
        for (KeyCode key : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN),
                    viewModel::largerText);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), viewModel::largerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), viewModel::largerText);
        for (KeyCode key : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN),
                    viewModel::smallerText);
        }
        for (KeyCode key : new KeyCode[] {KeyCode.DIGIT0, KeyCode.NUMPAD0}) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN),
                    viewModel::normalText);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1),
                () -> side.showHelp(scene.getWindow(), viewModel.stepProperty().get().id()));
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
