package dev.limittriage.cli;

/** The CLI's exit codes. */
public final class ExitCodes {
    /** Diagnosed (also when the answer is "unknown"). */
    public static final int OK = 0;
    /** Something unexpected failed inside the tool. */
    public static final int INTERNAL = 1;
    /** Bad command line, or a --knowledge directory that does not load. */
    public static final int USAGE = 2;
    /** An input could not be read: missing file, empty or blank, not text. */
    public static final int UNREADABLE = 3;
    /** {@code remind}: the paste holds no reset time to remind of. */
    public static final int NO_RESET = 4;

    private ExitCodes() {
    }
}
