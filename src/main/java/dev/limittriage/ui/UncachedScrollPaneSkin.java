package dev.limittriage.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin with its viewport drawn directly instead of through a bitmap cache. The stock skin
 * caches the viewport ({@code setCache(true)}), which keeps an off-screen image as large as the visible content
 * for every scroll pane, text areas included, and can blur text. Set for every scroll pane by {@code theme.css}
 * ({@code -fx-skin}); the wizard's screens are light enough to draw each time.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {
    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
