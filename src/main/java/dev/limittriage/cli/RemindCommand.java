package dev.limittriage.cli;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.AtomicFiles;
import dev.limittriage.io.IcsWriter;
import dev.limittriage.io.PasteReader;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.packet.Redactor;
import dev.limittriage.plan.Reminder;
import dev.limittriage.plan.ResetTimeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limit-triage remind}: an iCalendar event at the reset that unblocks the user. */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"Write a calendar event (.ics, RFC 5545) at the time the limit in the paste resets.",
            "Reads FILE, or standard input when FILE is '-'. Prints the event unless --out is given.",
            "A duration in the paste counts from its Date header, or else from now."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the file could not be written",
            "2:usage error, or a --knowledge directory that does not load",
            "3:the input could not be read (missing, empty or blank, not text)",
            "4:the paste holds no reset time (or waiting cannot help with this limit)"})
public final class RemindCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    @Nullable TriageCommand parent;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the event to FILE (replacing it).")
    @Nullable Path out;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The paste; '-' means standard input.")
    String input = "-";

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    private final Supplier<InputStream> stdin;
    private final Clock clock;

    /** Used by picocli: standard input and the system clock. */
    public RemindCommand() {
        this(() -> System.in, Clock.systemUTC());
    }

    /** For tests: what '-' reads, and the clock "now" comes from. */
    public RemindCommand(Supplier<InputStream> stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Knowledge> loaded = knowledge.loadOrReport(err, TriageCommand.json(parent));
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Knowledge k = loaded.get();
        PasteReader.Result read = read();
        if (read instanceof PasteReader.Unreadable u) {
            err.println("limit-triage: remind: " + (input.equals("-") ? "<stdin>" : input) + ": " + u.reason());
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        Instant now = clock.instant();
        Diagnosis d = new Diagnoser(k).diagnose(((PasteReader.Text) read).text());
        ResetTimeline timeline = ResetTimeline.of(d, now);
        String owner = k.owner(d.owner()).map(OwnerProfile::name).orElse("unknown owner");
        Optional<Reminder> reminder = Reminder.of(d, timeline, owner, now);
        if (reminder.isEmpty()) {
            err.println("limit-triage: remind: no reset time in the paste"
                    + (d.retry().id().equals("do_not_retry") ? " that waiting could clear (" + d.bucket().id()
                    + " is not fixed by waiting)" : "") + "; nothing to remind of");
            err.flush();
            return ExitCodes.NO_RESET;
        }
        Reminder r = reminder.get();
        // the description quotes the paste: secrets never reach the file
        Redactor redactor = new Redactor();
        String ics = IcsWriter.write(new Reminder(r.uid(), r.stamp(), r.start(), redactor.redact(r.summary()),
                redactor.redact(r.description())));
        Path target = out;
        if (target == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(ics);
            stdout.flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.writeString(target, ics, true);
        } catch (IOException e) {
            err.println("limit-triage: remind: cannot write " + target + ": " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + target + ": " + r.summary() + " at " + r.start());
        stdout.flush();
        return ExitCodes.OK;
    }

    private PasteReader.Result read() {
        return PasteReader.readArgument(input, stdin);
    }
}
