package dev.limittriage.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string, from {@code dev/limittriage/ui/messages.properties}. Keys are checked by
 * {@code I18nConsistencyTest}; a missing key shows as {@code !key!} rather than crashing a screen.
 */
public final class I18n {
    private static final String BUNDLE = "dev.limittriage.ui.messages";

    private I18n() {
    }

    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.getDefault())
                .format(args);
    }

    public static boolean has(String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
