package dev.limittriage.ui;

import java.util.List;
import java.util.Optional;

/**
 * Text size steps for Ctrl+Plus / Ctrl+Minus / Ctrl+0. A step is a style class on the scene's root
 * ({@code lt-text-150}); theme.css sets the root font size for it, and every size in our sheets is in em, so the
 * whole window follows. 100% is the theme's 14 px; without a saved choice the step closest to the system's default
 * font size (as JavaFX reads it from the platform, 13 px being normal) is used.
 */
public final class TextSize {
    public static final String STYLE_PREFIX = "lt-text-";
    public static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    static final int NORMAL = 100;
    private static final double PLATFORM_NORMAL_PX = 13.0;

    private TextSize() {
    }

    public static String styleClass(int percent) {
        return STYLE_PREFIX + percent;
    }

    /** One step larger, or the largest. */
    public static int larger(int percent) {
        return STEPS.stream().filter(p -> p > percent).findFirst().orElse(STEPS.get(STEPS.size() - 1));
    }

    /** One step smaller, or the smallest. */
    public static int smaller(int percent) {
        int result = STEPS.get(0);
        for (int p : STEPS) {
            if (p < percent) {
                result = p;
            }
        }
        return result;
    }

    /** A saved value if it is one of the steps. */
    public static Optional<Integer> parse(String saved) {
        try {
            int p = Integer.parseInt(saved.trim());
            return STEPS.contains(p) ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The step closest to the platform's default font size ({@code Font.getDefault().getSize()}). */
    public static int forSystemFont(double defaultFontPx) {
        double wanted = defaultFontPx / PLATFORM_NORMAL_PX * NORMAL;
        int best = NORMAL;
        for (int p : STEPS) {
            if (Math.abs(p - wanted) < Math.abs(best - wanted)) {
                best = p;
            }
        }
        return best;
    }
}
