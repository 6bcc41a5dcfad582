package dev.limittriage.ui;

import java.util.Locale;

/** The wizard's screens, in the order the breadcrumb shows them, and the side screens reached from them. */
public enum Step {
    START, EVIDENCE, QUESTIONS, DIAGNOSIS, RECOVERY, PACKET, EXPORT,
    /** "Plan a batch": a side screen reached from Start, Diagnosis and Recovery; Back returns there. */
    PLAN;

    /** The last step of the wizard itself; side screens come after it and are not in the breadcrumb. */
    public static final Step LAST = EXPORT;

    public boolean inWizard() {
        return ordinal() <= LAST.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
