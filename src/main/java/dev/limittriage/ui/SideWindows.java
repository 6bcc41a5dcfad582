package dev.limittriage.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * About and Help: windows of their own beside the main one (owned by it, so they stay on top and close with it),
 * each built on first use and brought to the front after that. Esc closes them.
 */
public final class SideWindows {
    private final Supplier<Parent> about;
    private final Supplier<Parent> help;
    private final Consumer<@Nullable String> helpTopic;
    private @Nullable Stage aboutStage;
    private @Nullable Stage helpStage;

    /** {@code helpTopic} is told the step id Help was opened from, so it can show that screen's question. */
    public SideWindows(Supplier<Parent> about, Supplier<Parent> help, Consumer<@Nullable String> helpTopic) {
        this.about = about;
        this.help = help;
        this.helpTopic = helpTopic;
    }

    public void showAbout(@Nullable Window owner) {
        aboutStage = show(aboutStage, about, owner, I18n.text("about.title"), 760, 680);
    }

    public void showHelp(@Nullable Window owner, @Nullable String fromStep) {
        helpTopic.accept(fromStep);
        helpStage = show(helpStage, help, owner, I18n.text("help.title"), 900, 640);
    }

    public @Nullable Stage aboutStage() {
        return aboutStage;
    }

    public @Nullable Stage helpStage() {
        return helpStage;
    }

    private static Stage show(@Nullable Stage stage, Supplier<Parent> content, @Nullable Window owner, String title,
                              double width, double height) {
        Stage s = stage;
        if (s == null) {
            s = new Stage();
            if (owner != null) {
                s.initOwner(owner);
            }
            s.setTitle(title);
            Scene scene = new Scene(content.get(), width, height);
            scene.getStylesheets().add(Stylesheets.require(SideWindows.class, "theme.css"));
            if (owner != null && owner.getScene() != null) {
                // the same text size as the main window
                scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                        .filter(c -> c.startsWith(TextSize.STYLE_PREFIX)).toList());
            }
            Stage closing = s;
            scene.setOnKeyPressed(event -> {
                if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    closing.hide();
                    event.consume();
                }
            });
            s.setScene(scene);
        }
        s.show();
        s.toFront();
        return s;
    }
}
