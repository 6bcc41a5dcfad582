package dev.limittriage.ui;

import dev.limittriage.io.Resources;

/** Stylesheet URLs for {@code getStylesheets()}; a missing sheet fails at once, naming its path. */
public final class Stylesheets {
    private Stylesheets() {
    }

    public static String require(Class<?> anchor, String name) {
        return Resources.require(anchor, name).toExternalForm();
    }
}
