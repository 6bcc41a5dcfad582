package dev.limittriage.plan;

import java.util.Locale;
import java.util.Optional;

/** An image size in pixels, written {@code WIDTHxHEIGHT} as the API takes it. */
public record ImageSize(int width, int height) {
    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a size needs positive edges: " + width + "x" + height);
        }
    }

    /** Reads {@code 1024x1024} (also {@code 1024X1024}); empty for anything else. */
    public static Optional<ImageSize> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int x = t.indexOf('x');
        if (x <= 0 || x == t.length() - 1 || t.length() > 11) {
            return Optional.empty();
        }
        try {
            int w = Integer.parseInt(t.substring(0, x));
            int h = Integer.parseInt(t.substring(x + 1));
            return w > 0 && h > 0 ? Optional.of(new ImageSize(w, h)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public long pixels() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
