package dev.limittriage.cli;

import dev.limittriage.diagnosis.DecidingQuestion;
import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.CliJson;
import dev.limittriage.io.Json;
import dev.limittriage.io.PasteReader;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.packet.Redactor;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limit-triage diagnose}: reads pastes from files or stdin and prints one diagnosis per input. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Diagnose pasted error messages, error bodies, response headers or logs.",
            "Reads each FILE, or standard input when there is none or FILE is '-'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:diagnosed (also when the owner or bucket is unknown)",
            "2:usage error, or a --knowledge directory that does not load",
            "3:an input could not be read (missing, empty or blank, not text); the others are still diagnosed"})
public final class DiagnoseCommand implements Callable<Integer> {
    static final String STDIN = "<stdin>";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    @Nullable TriageCommand parent;

    @Option(names = "--json", description = "Print one JSON object per input, one per line, in input order.")
    boolean json;

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to diagnose; '-' means standard input.")
    List<String> files = new ArrayList<>();

    private final Supplier<InputStream> stdin;
    private final Function<Knowledge, Function<String, Diagnosis>> diagnoser;

    /** Used by picocli: reads standard input for '-' and diagnoses with {@link Diagnoser}. */
    public DiagnoseCommand() {
        this(() -> System.in, k -> new Diagnoser(k)::diagnose);
    }

    /**
     * For tests and embedding.
     *
     * @param stdin     what '-' reads
     * @param diagnoser builds the diagnosis function from the loaded knowledge
     */
    public DiagnoseCommand(Supplier<InputStream> stdin, Function<Knowledge, Function<String, Diagnosis>> diagnoser) {
        this.stdin = stdin;
        this.diagnoser = diagnoser;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Knowledge> loaded = knowledge.loadOrReport(err, TriageCommand.json(parent));
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Knowledge k = loaded.get();
        Function<String, Diagnosis> diagnose = diagnoser.apply(k);
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        int exit = ExitCodes.OK;
        boolean first = true;
        for (String input : inputs) {
            String name = input.equals("-") ? STDIN : input;
            PasteReader.Result read = read(input);
            if (read instanceof PasteReader.Unreadable u) {
                exit = ExitCodes.UNREADABLE;
                err.println("limit-triage: " + name + ": " + u.reason());
                err.flush();
                if (json) {
                    out.println(Json.line(TriageCommand.json(parent), new CliJson.ErrorLine(name, u.reason())));
                }
                continue;
            }
            PasteReader.Text text = (PasteReader.Text) read;
            Diagnosis d = diagnose.apply(text.text());
            // what is printed is often pasted into tickets: secrets from the paste never reach the output
            CliJson.DiagnosisLine line = CliJson.diagnosis(name, d, DecidingQuestion.choose(k.tree(), d).orElse(null),
                    text.notes(), new Redactor().session()::apply);
            if (json) {
                out.println(Json.line(TriageCommand.json(parent), line));
            } else {
                if (!first) {
                    out.println();
                }
                printHuman(out, k, line);
            }
            first = false;
            out.flush();
        }
        out.flush();
        return exit;
    }

    private PasteReader.Result read(String input) {
        if (input.equals(PasteReader.STDIN)) {
            if (System.console() != null) {
                // a person at a terminal would otherwise face a silent wait
                PrintWriter err = spec.commandLine().getErr();
                err.println("Paste the message, then press Ctrl-D (on Windows: Ctrl-Z, then Enter).");
                err.flush();
            }
        }
        return PasteReader.readArgument(input, stdin);
    }

    static void printHuman(PrintWriter out, Knowledge k, CliJson.DiagnosisLine d) {
        Owner ownerId = Owner.fromId(d.owner()).orElse(Owner.UNKNOWN);
        String owner = k.owner(ownerId).map(OwnerProfile::name).orElse("Unknown");
        out.println("== " + d.file());
        out.println("Owner:       " + owner + " (" + d.owner() + ")");
        String detail = d.detail();
        out.println("Ran out:     " + d.bucket() + (detail == null ? "" : " (" + detail + ")"));
        out.println("Retry:       " + d.retry().replace('_', ' '));
        out.println("Confidence:  " + String.format(Locale.ROOT, "%.2f", d.confidence()));
        CliJson.ResetLine r = d.reset();
        if (r != null) {
            out.println("Resets:      " + describe(r));
        }
        out.println("Summary:     " + d.summary());
        out.println("Next step:   " + d.nextStep());
        out.println("Do not:      " + d.doNot());
        CliJson.TierLine t = d.tier();
        if (t != null) {
            out.println("Tier:        " + t.explanation());
        }
        CliJson.QuestionLine q = d.question();
        if (q != null) {
            out.println("Ask:         " + q.text());
            for (CliJson.AnswerLine a : q.answers()) {
                out.println("               - " + a.text());
            }
        }
        for (String o : d.observations()) {
            out.println("Note:        " + o);
        }
        for (CliJson.SignalLine s : d.signals()) {
            out.println("Signal:      " + s.kind() + " \"" + oneLine(s.value()) + "\""
                    + (s.start() == null ? "" : " at " + s.start() + "-" + s.end()));
        }
        String evidence = evidence(d.evidence());
        if (!evidence.isEmpty()) {
            out.println("Evidence:    " + evidence);
        }
        for (String n : d.notes()) {
            out.println("Input:       " + n);
        }
    }

    private static String describe(CliJson.ResetLine r) {
        Double seconds = r.seconds();
        String at = r.at();
        String when;
        if (seconds != null && at != null) {
            when = "in " + duration(seconds) + " (at " + at + ")";
        } else if (seconds != null) {
            when = "in " + duration(seconds);
        } else if (at != null) {
            when = "at " + at;
        } else {
            when = "time not given";
        }
        return when + ", from " + r.source();
    }

    /** "7.188 s", "54 s", "2 h 23 min 59 s". */
    static String duration(double seconds) {
        if (seconds < 60) {
            BigDecimal d = BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
            return d.toPlainString() + " s";
        }
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long rest = s % 60;
        return (h > 0 ? h + " h " : "") + (m > 0 || h > 0 ? m + " min " : "") + rest + " s";
    }

    private static String evidence(CliJson.EvidenceLine e) {
        List<String> parts = new ArrayList<>();
        add(parts, "HTTP ", e.httpStatus() == null ? null : String.valueOf(e.httpStatus()));
        add(parts, "code ", e.errorCode());
        add(parts, "type ", e.errorType());
        add(parts, "model ", e.model());
        add(parts, "organization ", e.organization());
        add(parts, "project ", e.project());
        add(parts, "request id ", e.requestId());
        int headers = e.headers().size();
        if (headers > 0) {
            parts.add(headers + " header" + (headers == 1 ? "" : "s"));
        }
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String label, @Nullable String value) {
        if (value != null) {
            parts.add(label + value);
        }
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 100 ? flat.substring(0, 97) + "..." : flat;
    }
}
