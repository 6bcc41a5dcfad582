package dev.limittriage.ui;

import java.util.Locale;

/** The wizard's screens, in the order the breadcrumb shows them. */
public enum Step {
    START, EVIDENCE, QUESTIONS, DIAGNOSIS, RECOVERY, PACKET, EXPORT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
