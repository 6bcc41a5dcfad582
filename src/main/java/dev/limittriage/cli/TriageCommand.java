package dev.limittriage.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code limit-triage} command. Subcommands run headless and never start JavaFX. */
@Command(name = "limit-triage", mixinStandardHelpOptions = true, version = "Limit Triage 0.1.0",
        description = "Finds who owns an image-generation limit, which bucket ran out, and the next step.",
        subcommands = {CommandLine.HelpCommand.class})
public final class TriageCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new TriageCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
