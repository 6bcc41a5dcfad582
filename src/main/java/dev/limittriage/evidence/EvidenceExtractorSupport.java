package dev.limittriage.evidence;

import org.jspecify.annotations.Nullable;

/** Small helpers shared by the scanners. */
final class EvidenceExtractorSupport {
    private EvidenceExtractorSupport() {
    }

    /** The value as an HTTP status (100..599), or null. */
    static @Nullable Integer asStatus(String value) {
        String v = value.trim();
        if (v.length() != 3) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            if (!Character.isDigit(v.charAt(i))) {
                return null;
            }
        }
        int s = Integer.parseInt(v);
        return s >= 100 && s <= 599 ? s : null;
    }
}
