package dev.limittriage.cli;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.ExportFormat;
import dev.limittriage.io.PacketExport;
import dev.limittriage.io.PasteReader;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.PacketBuilder;
import dev.limittriage.packet.PacketTemplate;
import dev.limittriage.packet.RedactionReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limit-triage packet}: builds a redacted incident packet from a paste plus typed fields. */
@Command(name = "packet", mixinStandardHelpOptions = true,
        description = {"Build an incident packet for whoever owns the limit, with every secret redacted.",
            "Reads FILE, or standard input when FILE is '-' or missing. Prints the packet unless --out is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:packet written",
            "1:the output file could not be written",
            "2:usage error (unknown format, template or field; --out exists without --force; bad --knowledge)",
            "3:the input could not be read (missing, empty or blank, not text)"})
public final class PacketCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    @Nullable TriageCommand parent;

    @Option(names = "--format", paramLabel = "json|md",
            description = "Output format. Default: md, or the --out file's extension when it is .json.")
    @Nullable String format;

    @Option(names = "--template", paramLabel = "openai|azure|provider|chatgpt",
            description = "Who will read the Markdown: OpenAI support, Azure support, a provider or gateway, or "
                    + "ChatGPT help (plain words, no API details). Default: every known field. JSON is always "
                    + "complete.")
    @Nullable String template;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Set a field by hand (marked 'entered'); repeatable. Fields: ${COMPLETION-CANDIDATES}",
            completionCandidates = FieldNames.class)
    List<String> sets = new ArrayList<>();

    @Option(names = "--pseudonymize-ids",
            description = "Replace organization, project, user and Azure ids with stable pseudonyms (org-#1).")
    boolean pseudonymizeIds;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the packet to FILE (atomically, owner-only).")
    @Nullable Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Parameters(paramLabel = "FILE|-", arity = "0..1", description = "The paste; '-' means standard input.")
    String input = "-";

    private final Supplier<InputStream> stdin;
    private final Function<Knowledge, Function<String, Diagnosis>> diagnoser;
    private final Clock clock;
    private final String appVersion;

    /** Used by picocli: standard input, the real diagnoser, the system clock and the jar's version. */
    public PacketCommand() {
        this(() -> System.in, k -> new Diagnoser(k)::diagnose, Clock.systemUTC(), appVersion());
    }

    /** For tests and embedding. */
    public PacketCommand(Supplier<InputStream> stdin, Function<Knowledge, Function<String, Diagnosis>> diagnoser,
                         Clock clock, String appVersion) {
        this.stdin = stdin;
        this.diagnoser = diagnoser;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // final, not moved: bad options are usage errors reported before the knowledge and the paste are read
        final ExportFormat fmt = exportFormat();
        final PacketTemplate tpl = template == null ? PacketTemplate.FULL : PacketTemplate.fromId(template)
                .orElseThrow(() -> usage("unknown template '" + template + "' (use openai, azure, provider, chatgpt "
                        + "or full)"));
        final Map<FieldName, String> entered = entered();
        if (force && out == null) {
            throw usage("--force needs --out FILE");
        }
        Optional<Knowledge> loaded = knowledge.loadOrReport(err, TriageCommand.json(parent));
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Knowledge k = loaded.get();
        String name = input.equals("-") ? DiagnoseCommand.STDIN : input;
        PasteReader.Result read = read();
        if (read instanceof PasteReader.Unreadable u) {
            err.println("limit-triage: " + name + ": " + u.reason());
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        String text = ((PasteReader.Text) read).text();
        IncidentPacket packet = PacketBuilder.fromDiagnosis(diagnoser.apply(k).apply(text), k, appVersion,
                        clock.instant())
                .withEntered(entered).pseudonymizeIds(pseudonymizeIds)
                // times a log wrote without a zone are read in this computer's zone
                .withTimeline(new Diagnoser(k).timeline(text, clock.getZone(), LocalDate.now(clock)))
                .build();
        PacketExport export = new PacketExport(TriageCommand.json(parent));
        PrintWriter stdout = spec.commandLine().getOut();
        Path target = out;
        if (target == null) {
            stdout.print(export.render(packet, fmt, tpl));
            stdout.flush();
            err.println("limit-triage: " + redactionSummary(packet.redaction()));
            err.flush();
            return ExitCodes.OK;
        }
        try {
            export.write(target, packet, fmt, tpl, force);
        } catch (FileAlreadyExistsException e) {
            err.println("limit-triage: " + target + " exists; add --force to replace it");
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("limit-triage: cannot write " + target + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            err.flush();
            return ExitCodes.INTERNAL;
        }
        stdout.println("Wrote " + target + " (" + fmt.id() + "). " + redactionSummary(packet.redaction()));
        stdout.flush();
        return ExitCodes.OK;
    }

    private ExportFormat exportFormat() {
        if (format != null) {
            return ExportFormat.fromId(format)
                    .orElseThrow(() -> usage("unknown format '" + format + "' (use json or md)"));
        }
        Path target = out;
        return target != null && target.getFileName() != null
                && target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? ExportFormat.JSON : ExportFormat.MARKDOWN;
    }

    private Map<FieldName, String> entered() {
        Map<FieldName, String> map = new EnumMap<>(FieldName.class);
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw usage("--set needs FIELD=VALUE, got '" + set + "'");
            }
            String key = set.substring(0, eq);
            Optional<FieldName> field = FieldName.fromKey(key);
            if (field.isEmpty()) {
                throw usage("unknown field '" + key + "' (fields: " + String.join(", ", new FieldNames()) + ")");
            }
            map.put(field.get(), set.substring(eq + 1).replace("\\n", "\n"));
        }
        return map;
    }

    private PasteReader.Result read() {
        return PasteReader.readArgument(input, stdin);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    static String redactionSummary(RedactionReport report) {
        String ids = report.pseudonymizedIds() ? " Ids replaced by pseudonyms." : "";
        if (report.total() == 0) {
            return "Redaction: no secrets found." + ids;
        }
        return "Redaction: " + report.total() + " secret" + (report.total() == 1 ? "" : "s") + " removed ("
                + report.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ")." + ids;
    }

    private static String appVersion() {
        String v = PacketCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The field names {@code --set} accepts, for the help text. */
    static final class FieldNames extends ArrayList<String> {
        FieldNames() {
            super(Arrays.stream(FieldName.values()).map(FieldName::key).toList());
        }
    }
}
