package dev.limittriage.cli;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.io.Json;
import dev.limittriage.io.PasteReader;
import dev.limittriage.io.TimelineJson;
import dev.limittriage.packet.Redactor;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limit-triage timeline}: every failure in a log on one time line, as a table of runs or as JSON. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"List every failure in a log: runs of the same failure, counts per bucket, the busiest minute",
            "against the stated limit, and the block that stands now.",
            "Reads FILE, or standard input when there is none or FILE is '-'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:read (also when no failure was found)",
            "2:usage error, or a --knowledge directory that does not load",
            "3:the input could not be read (missing, empty or blank, not text)"})
public final class TimelineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    @Nullable TriageCommand parent;

    @Option(names = "--json", description = "Print one JSON document: events, counts, first, last, runs, peak.")
    boolean json;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Read times written without a zone in ZONE (default: this computer's zone), e.g. UTC.")
    @Nullable String zone;

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The log; '-' means standard input.")
    @Nullable String file;

    private final Supplier<InputStream> stdin;
    private final Clock clock;

    /** Used by picocli: reads standard input for '-', the system clock and zone. */
    public TimelineCommand() {
        this(() -> System.in, Clock.systemDefaultZone());
    }

    /** For tests: what '-' reads, and the clock whose zone and date stand in for the computer's. */
    public TimelineCommand(Supplier<InputStream> stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ZoneId z;
        try {
            z = zone == null ? clock.getZone() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            err.println("limit-triage: --zone: unknown zone \"" + zone + "\"");
            err.flush();
            return ExitCodes.USAGE;
        }
        var loaded = knowledge.loadOrReport(err, TriageCommand.json(parent));
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        String input = file == null ? "-" : file;
        String name = input.equals("-") ? DiagnoseCommand.STDIN : input;
        PasteReader.Result read = read(input);
        if (read instanceof PasteReader.Unreadable u) {
            err.println("limit-triage: " + name + ": " + u.reason());
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        String text = ((PasteReader.Text) read).text();
        Timeline t = new Diagnoser(loaded.get()).timeline(text, z, LocalDate.now(clock.withZone(z)));
        // signals can quote the paste, and what is printed is often pasted into tickets
        UnaryOperator<String> clean = new Redactor().session()::apply;
        TimelineJson.TimelineDocument doc = TimelineJson.document(name, t, json, clean);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.line(TriageCommand.json(parent), doc));
        } else {
            printTable(out, doc);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private PasteReader.Result read(String input) {
        return PasteReader.readArgument(input, stdin);
    }

    /** A compact table of runs, then the busiest minutes and the block that stands now. */
    static void printTable(PrintWriter out, TimelineJson.TimelineDocument d) {
        out.println("== " + d.file() + ": " + d.total() + " failure" + (d.total() == 1 ? "" : "s")
                + span(d.first(), d.last()));
        if (d.total() == 0) {
            return;
        }
        out.println(String.format(Locale.ROOT, "%6s  %-16s %-15s %-6s %-16s %-29s %-13s %s", "Count", "Bucket",
                "Owner", "Status", "Retry", "From", "To", "Lines"));
        for (TimelineJson.RunLine r : d.runs()) {
            String lines = r.firstLine() == r.lastLine() ? String.valueOf(r.firstLine())
                    : r.firstLine() + "-" + r.lastLine();
            out.println(String.format(Locale.ROOT, "%5d×  %-16s %-15s %-6s %-16s %-29s %-13s %s", r.count(),
                    r.bucket(), r.owner(), r.status() == null ? "-" : r.status(), r.retry(), orDash(r.from()),
                    r.count() == 1 ? "" : time(r.to()), lines));
        }
        for (TimelineJson.PeakLine p : d.peak()) {
            out.println("Busiest minute: " + p.bucket() + " " + p.count() + " at " + p.minute()
                    + (p.limit() == null ? "" : " (the log states a limit of " + p.limit() + " " + p.measure() + ")"));
        }
        TimelineJson.EventLine s = d.standing();
        if (s != null) {
            out.println("Stands now: " + s.owner() + " / " + s.bucket() + ", " + s.retry().replace('_', ' ')
                    + ", line " + s.line() + (s.at() == null ? "" : " at " + s.at()));
        }
        if (d.timesWithoutZone() != null) {
            out.println("Times without a zone are " + d.timesWithoutZone() + ".");
        }
    }

    private static String span(TimelineJson.@Nullable EventLine first, TimelineJson.@Nullable EventLine last) {
        if (first == null || first.at() == null || last == null || last.at() == null) {
            return "";
        }
        return " from " + first.at() + " to " + last.at();
    }

    private static String orDash(@Nullable String s) {
        return s == null ? "-" : s;
    }

    /** The time part of an ISO date-time ("10:08:50Z"), enough for the end of a run on the same day. */
    private static String time(@Nullable String iso) {
        if (iso == null) {
            return "-";
        }
        int t = iso.indexOf('T');
        return t < 0 ? iso : iso.substring(t + 1);
    }
}
