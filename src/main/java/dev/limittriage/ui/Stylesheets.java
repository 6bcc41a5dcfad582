package dev.limittriage.ui;

import java.net.URL;

/** Stylesheet URLs for {@code getStylesheets()}; a missing sheet fails at once, naming its path. */
public final class Stylesheets {
    private Stylesheets() {
    }

    public static String require(Class<?> anchor, String name) {
        URL url = anchor.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet: "
                    + anchor.getPackageName().replace('.', '/') + "/" + name);
        }
        return url.toExternalForm();
    }
}
