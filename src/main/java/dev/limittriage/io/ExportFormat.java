package dev.limittriage.io;

import java.util.Locale;
import java.util.Optional;

/** The formats an incident packet can be exported in. */
public enum ExportFormat {
    JSON("json", "json"),
    MARKDOWN("md", "md");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** The word used by {@code --format}. */
    public String id() {
        return id;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT).trim();
        if (wanted.equals("markdown")) {
            return Optional.of(MARKDOWN);
        }
        for (ExportFormat f : values()) {
            if (f.id.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
