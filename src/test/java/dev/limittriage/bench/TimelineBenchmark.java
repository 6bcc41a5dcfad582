package dev.limittriage.bench;

import dev.limittriage.diagnosis.BatchLog;
import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.evidence.EvidenceExtractor;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark (a main, not a unit test): {@code timeline} against {@code diagnose} on the same 50 MB logs, median of
 * several runs each, run in turn so machine load hits both alike. Two logs: the batch log of issue 13 repeated
 * (tens of thousands of failures) and {@link DiagnoseBenchmark}'s log with one error inside. {@code diagnose}
 * includes the time line step when a paste holds failures of different kinds, so the single-paste path (extract,
 * then diagnose the evidence) is reported too. Run with
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.limittriage.bench.TimelineBenchmark}.
 */
public final class TimelineBenchmark {
    private static final int RUNS = 5;
    private static final int SIZE = 50 * 1024 * 1024;

    private TimelineBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        measure(out, diagnoser, "batch log (issue 13's twenty minutes, repeated)", BatchLog.atLeast(SIZE));
        measure(out, diagnoser, "log with one error", DiagnoseBenchmark.log(SIZE));
    }

    private static void measure(PrintStream out, Diagnoser diagnoser, String name, String log) {
        double mb = log.length() / (1024.0 * 1024.0);
        EvidenceExtractor extractor = new EvidenceExtractor();
        double[] timeline = new double[RUNS];
        double[] diagnose = new double[RUNS];
        double[] single = new double[RUNS];
        int events = 0;
        String answer = "";
        for (int r = 0; r < RUNS + 1; r++) {
            long t0 = System.nanoTime();
            Timeline t = diagnoser.timeline(log, ZoneOffset.UTC, LocalDate.of(2026, 11, 30));
            long t1 = System.nanoTime();
            Diagnosis d = diagnoser.diagnose(log);
            long t2 = System.nanoTime();
            Diagnosis s = diagnoser.diagnose(extractor.extract(log));
            long t3 = System.nanoTime();
            if (r == 0) {
                continue; // warm-up
            }
            timeline[r - 1] = (t1 - t0) / 1e9;
            diagnose[r - 1] = (t2 - t1) / 1e9;
            single[r - 1] = (t3 - t2) / 1e9;
            events = t.size();
            answer = d.owner().id() + "/" + d.bucket().id() + " (single-paste path: " + s.owner().id() + "/"
                    + s.bucket().id() + ")";
        }
        double tl = median(timeline);
        double dg = median(diagnose);
        double sg = median(single);
        out.printf(Locale.ROOT, "%s: %.1f MB, %d failures, diagnose says %s%n", name, mb, events, answer);
        out.printf(Locale.ROOT, "  timeline %.2f s (%.1f MB/s), diagnose %.2f s (%.1f MB/s), single-paste path %.2f s"
                + " (%.1f MB/s); timeline / diagnose %.2f, timeline / single-paste path %.2f (medians of %d)%n",
                tl, mb / tl, dg, mb / dg, sg, mb / sg, tl / dg, tl / sg, RUNS);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
