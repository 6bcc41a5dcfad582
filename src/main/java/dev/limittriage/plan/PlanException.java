package dev.limittriage.plan;

/** A plan cannot be made from this input; the message says why in one line (the CLI exits 2 with it). */
public final class PlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanException(String message) {
        super(message);
    }
}
