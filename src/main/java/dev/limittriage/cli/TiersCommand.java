package dev.limittriage.cli;

import dev.limittriage.io.CliJson;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Source;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.knowledge.TierTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code limit-triage tiers}: prints the published tier and quota tables with their sources and dates. */
@Command(name = "tiers", mixinStandardHelpOptions = true,
        description = "Print the published limit tables (gpt-image-2 API tiers, Azure image quotas, OpenAI usage"
                + " tiers) with their source and checked-on date.")
public final class TiersCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    @Nullable TriageCommand parent;

    @Option(names = "--json", description = "Print the tables as one JSON document.")
    boolean json;

    @Option(names = "--table", paramLabel = "ID", description = "Print only this table (e.g. gpt-image-2).")
    @Nullable String table;

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Knowledge> loaded = knowledge.loadOrReport(err, TriageCommand.json(parent));
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Knowledge k = loaded.get();
        List<TierTable> tables = k.tiers();
        String only = table;
        if (only != null) {
            tables = tables.stream().filter(t -> t.id().equals(only)).toList();
            if (tables.isEmpty()) {
                err.println("limit-triage: no table \"" + only + "\"; known: "
                        + String.join(", ", k.tiers().stream().map(TierTable::id).toList()));
                err.flush();
                return ExitCodes.USAGE;
            }
        }
        if (json) {
            var doc = new CliJson.TiersDocument(k.version(), k.checkedOn().toString(),
                    tables.stream().map(CliJson::table).toList());
            out.println(TriageCommand.json(parent).writeValueAsString(doc));
        } else {
            boolean first = true;
            for (TierTable t : tables) {
                if (!first) {
                    out.println();
                }
                print(out, t);
                first = false;
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, TierTable t) {
        out.println(t.title() + " [" + t.id() + "]");
        Source s = t.source();
        out.println("Source: " + s.title() + " (" + s.kind() + (s.url() == null ? "" : ", " + s.url()) + ")");
        out.println("Checked on: " + s.checkedOn());
        out.println();
        // a table of models (Azure's image quotas) labels its rows by model, not by tier
        boolean byTier = !t.model().isEmpty()
                || t.rows().stream().anyMatch(r -> r.tier().matches("Free|Tier \\d+"));
        List<String> headings = new ArrayList<>(List.of(byTier ? "Tier" : "Model"));
        List<Function<TierRow, String>> cells = new ArrayList<>(List.of(TierRow::tier));
        column(t, headings, cells, "TPM", r -> number(r.tpm(), r.supported()));
        column(t, headings, cells, "IPM", r -> number(r.ipm(), r.supported()));
        column(t, headings, cells, "RPM", r -> number(r.rpm(), r.supported()));
        column(t, headings, cells, "Monthly limit", r -> text(r.monthlyLimit()));
        column(t, headings, cells, "Qualification", r -> text(r.qualification()));
        column(t, headings, cells, "Note", r -> text(r.note()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings);
        for (TierRow r : t.rows()) {
            rows.add(cells.stream().map(c -> c.apply(r)).toList());
        }
        int[] width = new int[headings.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < row.size() - 1) {
                    line.append(" ".repeat(width[c] - cell.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println("Caveat: " + t.caveat());
    }

    /** Adds a column only when some row has a value for it (or a row is unsupported, for the limit columns). */
    private static void column(TierTable t, List<String> headings, List<Function<TierRow, String>> cells,
                               String heading, Function<TierRow, String> cell) {
        if (t.rows().stream().anyMatch(r -> !cell.apply(r).isEmpty() && !cell.apply(r).equals("not supported"))) {
            headings.add(heading);
            cells.add(cell);
        }
    }

    private static String number(@Nullable Long n, boolean supported) {
        if (!supported) {
            return "not supported";
        }
        return n == null ? "" : String.format(Locale.ROOT, "%,d", n);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
