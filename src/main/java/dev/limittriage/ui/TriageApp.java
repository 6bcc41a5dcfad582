package dev.limittriage.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.limittriage.io.DataDirs;
import dev.limittriage.io.Json;
import dev.limittriage.io.KnowledgePacks;
import dev.limittriage.io.PacketStore;
import dev.limittriage.ui.shell.ShellViewModel;
import dev.limittriage.ui.shell.ShellViewModel.ThemeChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JavaFX application: loads the knowledge, builds the composition, applies the theme, remembers the window and
 * installs the crash handler (plain dialog, the case is kept, a failure report is offered).
 */
public final class TriageApp extends Application {
    private static final Logger LOG = Logger.getLogger(TriageApp.class.getName());
    /** Prism's switch for its cache of drawn region backgrounds (read once, when the toolkit starts). */
    static final String REGION_CACHING = "prism.disableRegionCaching";
    private @Nullable AppComposition composition;
    private @Nullable FxTaskExecutor executor;
    private @Nullable Stage mainStage;
    private @Nullable Settings appSettings;
    private boolean crashing;
    /**
     * The mapper and the settings, prepared on a thread of their own while the toolkit starts (building the mapper
     * loads several hundred classes). A static hand-over because JavaFX creates the Application itself; set once by
     * {@link #launchUi} and taken once by {@link #start}.
     */
    private static final AtomicReference<@Nullable CompletableFuture<Prepared>> EARLY = new AtomicReference<>();
    private final CompletableFuture<PacketStore> drafts = new CompletableFuture<>();
    private final CompletableFuture<KnowledgePacks.Active> knowledge = new CompletableFuture<>();

    /** What the window needs before it shows, and the one mapper everything else reads and writes JSON with. */
    record Prepared(JsonMapper json, Settings settings) {
    }

    public static void launchUi(String[] args) {
        renderingDefaults();
        Path dataDir = dataDir();
        EARLY.set(CompletableFuture.supplyAsync(() -> prepare(dataDir), runnable -> {
            Thread t = new Thread(runnable, "limittriage-prepare");
            t.setDaemon(true);
            t.start();
        }));
        Application.launch(TriageApp.class, args);
    }

    private static Prepared prepare(Path dataDir) {
        JsonMapper json = Json.create();
        return new Prepared(json, new Settings(dataDir, json));
    }

    /**
     * Set before the toolkit starts. JavaFX keeps one large image of pre-drawn control backgrounds (8 MB in the
     * software renderer); the wizard's few rounded buttons draw fast enough without it. A -D given on the command
     * line wins.
     */
    static void renderingDefaults() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }

    /** AtlantaFX's light or dark user-agent stylesheet. */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * One data directory for drafts, finished cases, settings and failure reports: the project's per-user
     * directory ({@link DataDirs}), or {@code -Dlimittriage.data} (tests, a portable install).
     */
    static Path dataDir() {
        String override = System.getProperty("limittriage.data");
        return override != null && !override.isBlank() ? Path.of(override) : DataDirs.userDataDir();
    }

    /**
     * Loads the draft store, the knowledge and the classifier (Jackson and some hundred classes) on a background
     * thread. Started once the window is shown: the Start screen needs none of them, and on a busy two-core machine
     * a load running alongside would slow the window down; they are ready well before anyone can leave the Start
     * screen, and whoever needs them earlier waits for them.
     */
    private void startLoading(Path dataDir, JsonMapper json, KnowledgePacks packs, ActiveKnowledge active) {
        Thread loader = new Thread(() -> {
            complete(drafts, () -> new PacketStore(dataDir, json));
            complete(knowledge, packs::load);
            if (!knowledge.isCompletedExceptionally()) {
                active.active(); // builds the classifier here, not on the first diagnosis
            }
        }, "limittriage-load");
        loader.setDaemon(true);
        loader.start();
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> work) {
        try {
            future.complete(work.get());
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    /** Waits for a background load on first need (after the window shows); a failure comes out unwrapped. */
    private static <T> Supplier<T> joining(CompletableFuture<T> future) {
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }

    @Override
    public void start(Stage stage) {
        Path dataDir = dataDir();
        CompletableFuture<Prepared> early = EARLY.getAndSet(null);
        // launched through launchUi, the mapper is ready or nearly so; otherwise (tests) it is made here
        Prepared prepared = early != null ? early.join() : prepare(dataDir);
        JsonMapper json = prepared.json();
        Settings settings = prepared.settings();
        FxDialogService dialogs = new FxDialogService(stage, getHostServices());
        executor = new FxTaskExecutor();
        KnowledgePacks packs = new KnowledgePacks(dataDir, json);
        ActiveKnowledge active = new ActiveKnowledge(packs, joining(knowledge));
        AppComposition app = new AppComposition(new AppComposition.Services(active, active::diagnose, executor,
                dialogs, () -> new FxDebouncer(javafx.util.Duration.millis(350)), joining(drafts), settings, json,
                Clock.systemDefaultZone(), ZoneId.systemDefault(), active));
        composition = app;
        followTheme(app.shell(), settings);
        // text size: a saved choice, else the step closest to the platform's default font size
        app.shell().textSizeProperty().set(settings.get("textSize").flatMap(TextSize::parse)
                .orElseGet(() -> TextSize.forSystemFont(javafx.scene.text.Font.getDefault().getSize())));
        app.shell().textSizeProperty().addListener((obs, old, size) -> {
            settings.put("textSize", String.valueOf(size.intValue()));
            settings.save();
        });
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                crashed(error, dialogs, dataDir);
            } else {
                Platform.runLater(() -> crashed(error, dialogs, dataDir));
            }
        });
        Scene scene = new Scene(app.root(), 1180, 780);
        scene.getStylesheets().add(Stylesheets.require(TriageApp.class, "theme.css"));
        stage.setTitle(I18n.text("app.title"));
        stage.setScene(scene);
        restoreBounds(stage, settings);
        stage.setOnCloseRequest(event -> app.autosaver().flush());
        mainStage = stage;
        appSettings = settings;
        stage.show();
        startLoading(dataDir, json, packs, active);
        // a broken knowledge file: say which one and stop, as before the window existed
        knowledge.whenComplete((loaded, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                Platform.runLater(() -> {
                    dialogs.showError(I18n.text("crash.title"),
                            cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
                    Platform.exit();
                });
            }
        });
    }

    /**
     * Light, Dark or System. A saved choice wins; "System" (also the default) follows GTK_THEME, else GNOME's
     * colour scheme asked in the background, else light. Choosing System forgets the saved choice.
     */
    private static void followTheme(ShellViewModel shell, Settings settings) {
        Optional<Boolean> gtk = SystemTheme.fromGtkTheme(System.getenv());
        boolean[] systemDark = {gtk.orElse(false)};
        boolean[] asked = {gtk.isPresent()};
        ThemeChoice chosen = switch (settings.get("theme").orElse("system")) {
            case "dark" -> ThemeChoice.DARK;
            case "light" -> ThemeChoice.LIGHT;
            default -> ThemeChoice.SYSTEM;
        };
        shell.themeChoiceProperty().set(chosen);
        Runnable[] apply = new Runnable[1];
        apply[0] = () -> {
            ThemeChoice choice = shell.themeChoiceProperty().get();
            shell.darkThemeProperty().set(choice == ThemeChoice.DARK
                    || choice == ThemeChoice.SYSTEM && systemDark[0]);
            if (choice == ThemeChoice.SYSTEM && !asked[0]) {
                asked[0] = true; // GNOME is asked once, in the background, and only when it matters
                SystemTheme.askGnomeInBackground(System.getenv(), dark -> Platform.runLater(() -> {
                    systemDark[0] = dark;
                    apply[0].run();
                }));
            }
        };
        apply[0].run();
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((obs, was, on) -> applyTheme(on));
        shell.themeChoiceProperty().addListener((obs, was, choice) -> {
            if (choice == ThemeChoice.SYSTEM) {
                settings.remove("theme");
            } else {
                settings.put("theme", choice == ThemeChoice.DARK ? "dark" : "light");
            }
            settings.save();
            apply[0].run();
        });
    }

    private void crashed(Throwable error, DialogService dialogs, Path dataDir) {
        LOG.log(Level.SEVERE, "uncaught exception", error);
        if (crashing) {
            return; // a failure while reporting a failure: the log has it
        }
        crashing = true;
        try {
            String step = "unknown";
            if (composition != null) {
                composition.autosaver().flush();
                step = composition.shell().stepProperty().get().id();
            }
            if (dialogs.confirm(I18n.text("crash.title"), I18n.text("crash.message"), I18n.text("crash.save"),
                    I18n.text("crash.skip"))) {
                Path file = FailureReport.write(dataDir, error, step, java.time.Instant.now());
                dialogs.showInfo(I18n.text("crash.title"), I18n.text("crash.saved", file));
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "could not report the failure", e);
        } finally {
            crashing = false;
        }
    }

    private static void restoreBounds(Stage stage, Settings settings) {
        var x = settings.getDouble("window.x");
        var y = settings.getDouble("window.y");
        var w = settings.getDouble("window.width");
        var h = settings.getDouble("window.height");
        if (x.isPresent() && y.isPresent() && w.isPresent() && h.isPresent()) {
            Rectangle2D wanted = new Rectangle2D(x.get(), y.get(), w.get(), h.get());
            boolean visible = Screen.getScreensForRectangle(wanted).stream().findAny().isPresent();
            if (visible) {
                stage.setX(x.get());
                stage.setY(y.get());
                stage.setWidth(w.get());
                stage.setHeight(h.get());
            }
        }
        stage.setMaximized(settings.get("window.maximized").map("true"::equals).orElse(false));
    }

    private static void saveBounds(Stage stage, Settings settings) {
        settings.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.x", String.valueOf(stage.getX()));
            settings.put("window.y", String.valueOf(stage.getY()));
            settings.put("window.width", String.valueOf(stage.getWidth()));
            settings.put("window.height", String.valueOf(stage.getHeight()));
        }
        settings.save();
    }

    /** Also reached by Platform.exit() and a closed last window: the bounds are saved however the app ends. */
    @Override
    public void stop() {
        if (composition != null) {
            composition.autosaver().flush();
        }
        if (mainStage != null && appSettings != null) {
            saveBounds(mainStage, appSettings);
        }
        if (executor != null) {
            executor.close();
        }
    }
}
