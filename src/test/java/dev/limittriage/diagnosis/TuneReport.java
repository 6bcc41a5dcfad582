package dev.limittriage.diagnosis;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * For tuning the knowledge: prints the TUNE split's failing items with their text and what decided them. It never
 * prints a validation item, so rules can be written without seeing the held-back pastes. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.limittriage.diagnosis.TuneReport [family]}.
 */
public final class TuneReport {
    private TuneReport() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String only = args.length > 0 ? args[0] : null;
        boolean wrapped = args.length > 1 && args[1].equals("wrapped");
        Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        List<Corpus.Item> tune = Corpus.load().stream().filter(i -> i.split().equals(Corpus.TUNE))
                .filter(i -> only == null || only.equals("all") || i.family().equals(only)).toList();
        int ok = 0;
        for (Corpus.Item item : tune) {
            String text = wrapped ? Corpus.hardWrap(item.text(), 80) : item.text();
            Diagnosis d = diagnoser.diagnose(text);
            boolean good = item.ownerOk(d.owner().id()) && item.bucketOk(d.bucket().id());
            boolean unsafe = item.neverWait() && d.retry().id().equals("wait_then_retry");
            if (good && !unsafe) {
                ok++;
                continue;
            }
            out.println("=== " + item.id() + " [" + item.family() + "/" + item.lang() + "]" + (unsafe ? " UNSAFE" : ""));
            out.println("want " + item.owners() + "/" + item.buckets() + "  got " + d.owner().id() + "/"
                    + d.bucket().id() + " " + d.retry().id() + String.format(Locale.ROOT, " %.2f", d.confidence()));
            String t = text.length() > 700 ? text.substring(0, 700) + "…" : text;
            out.println(t);
            d.signals().stream().limit(6).forEach(s -> out.println("   · " + s.kind() + " " + s.value()
                    + (s.ruleId() == null ? "" : " (" + s.ruleId() + ")")));
        }
        out.println(ok + "/" + tune.size() + " tune items right");
    }
}
