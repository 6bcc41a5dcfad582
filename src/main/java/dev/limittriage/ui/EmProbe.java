package dev.limittriage.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Label;

/**
 * The font size CSS gives a place in the window, for sizes CSS cannot set (table column widths): add the probe
 * (invisible, unmanaged) to a pane and bind widths to {@link #em(double)}. Follows the text size (Ctrl+Plus).
 */
public final class EmProbe extends Label {
    /** The theme's font size at 100%, in which fixed pixel widths were first chosen. */
    public static final double BASE_PX = 14;

    public EmProbe() {
        super("M");
        setVisible(false);
        setManaged(false);
        setAccessibleText("");
        setFocusTraversable(false);
    }

    /** {@code px} (a width chosen at the theme's 14 px) at the current text size. */
    public DoubleBinding scaled(double px) {
        return Bindings.createDoubleBinding(() -> px * getFont().getSize() / BASE_PX, fontProperty());
    }
}
