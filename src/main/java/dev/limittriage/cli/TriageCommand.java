package dev.limittriage.cli;

import dev.limittriage.io.Json;
import dev.limittriage.packet.Redactor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.json.JsonMapper;

/** The top-level {@code limit-triage} command. Subcommands run headless and never start JavaFX. */
@Command(name = "limit-triage", mixinStandardHelpOptions = true, version = "Limit Triage 0.1.0",
        description = "Finds who owns an image-generation limit, which bucket ran out, and the next step.",
        // one subcommand per line, so branches adding commands merge cleanly
        subcommands = {
            CommandLine.HelpCommand.class,
            DiagnoseCommand.class,
            TimelineCommand.class,
            TiersCommand.class,
            PacketCommand.class,
            SchemaCommand.class,
            PlanCommand.class,
            RemindCommand.class,
        })
public final class TriageCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private @Nullable JsonMapper json;

    /**
     * The process's one JSON mapper, made on first use (so {@code schema} and {@code --help} never build it).
     * Subcommands reach it through {@link #json(TriageCommand)} with a {@code @ParentCommand} field.
     */
    public synchronized JsonMapper json() {
        if (json == null) {
            json = Json.create();
        }
        return json;
    }

    /** The parent's mapper; a subcommand run on its own (without this parent) gets one of its own. */
    public static JsonMapper json(@Nullable TriageCommand parent) {
        return parent == null ? Json.create() : parent.json();
    }

    /** Runs the CLI and returns the exit code. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** Without arguments, picocli runs the top command itself: print the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The configured command line: an unexpected exception prints one line on stderr and exits
     * {@link ExitCodes#INTERNAL}, never a stack trace.
     */
    public static CommandLine newCommandLine() {
        return newCommandLine(CommandLine.defaultFactory());
    }

    /** As {@link #newCommandLine()}, with subcommands created by {@code factory} (tests inject fakes). */
    public static CommandLine newCommandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new TriageCommand(), factory);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = ex.getMessage();
            // an exception message can quote the paste, so it is redacted like everything else printed
            commandLine.getErr().println("limit-triage: " + (message == null || message.isBlank()
                    ? ex.getClass().getSimpleName() : new Redactor().redact(firstLine(message))));
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
