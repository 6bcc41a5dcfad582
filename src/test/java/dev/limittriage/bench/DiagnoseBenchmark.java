package dev.limittriage.bench;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.io.JsonLines;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (a main, not a unit test): the median diagnosis time per real paste, throughput on a generated
 * 40 MB log with one error inside, and the throughput ratio of a 50 MB and a 5 MB log of the same kind (linearity).
 * Run with
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.limittriage.bench.DiagnoseBenchmark}.
 */
public final class DiagnoseBenchmark {
    private static final int WARMUP_ROUNDS = 200;
    private static final int MEASURED_ROUNDS = 300;
    private static final int LOG_RUNS = 5;

    private DiagnoseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        List<String> pastes = pastes();

        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            for (String p : pastes) {
                diagnoser.diagnose(p);
            }
        }
        double[] medians = new double[pastes.size()];
        long[] times = new long[MEASURED_ROUNDS];
        for (int i = 0; i < pastes.size(); i++) {
            String p = pastes.get(i);
            for (int r = 0; r < MEASURED_ROUNDS; r++) {
                long t0 = System.nanoTime();
                Diagnosis d = diagnoser.diagnose(p);
                times[r] = System.nanoTime() - t0;
                if (d.owner() == null) {
                    throw new IllegalStateException("unreachable: keeps the call from being optimised away");
                }
            }
            Arrays.sort(times);
            medians[i] = times[MEASURED_ROUNDS / 2] / 1e6;
        }
        double[] sorted = medians.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "real pastes: %d, median of per-paste medians %.3f ms, p90 %.3f ms, max %.3f ms"
                        + " (target < 1 ms)%n", pastes.size(), sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1]);

        LogRate forty = logRate(diagnoser, log(40 * 1024 * 1024));
        out.printf(Locale.ROOT, "40 MB log (%.1f MB, one error inside, diagnosed as %s): median %.1f MB/s, best %.1f"
                + " MB/s over %d runs%n", forty.mb(), forty.answer(), forty.median(), forty.best(), LOG_RUNS);

        // linearity: the same kind of log at 5 and 50 MB (issue 9's case: ids and timings full of "429", one
        // images-per-minute 429 in the middle, the real body of fixture lunedev-dalle3-ipm-type-requests);
        // equal throughput means the cost is linear in the size
        String error = "2026-11-28T10:15:02.001Z ERROR images job=42 failed: openai.RateLimitError: Error code: 429 - "
                + "{ \"error\": { \"code\": \"rate_limit_exceeded\", \"message\": \"Rate limit exceeded for images per "
                + "minute in organization org-xxx. Limit: 0/1min. Current: 1/1min. Please visit "
                + "https://platform.openai.com/docs/guides/rate-limits to learn how to increase your rate limit.\", "
                + "\"param\": null, \"type\": \"requests\" } }\n";
        LogRate small = logRate(diagnoser, BigLog.build(5 * 1024 * 1024, error));
        LogRate big = logRate(diagnoser, BigLog.build(50 * 1024 * 1024, error));
        out.printf(Locale.ROOT, "linearity: 5 MB log %s at median %.1f MB/s, 50 MB log %s at median %.1f MB/s;"
                + " throughput 50 MB / 5 MB = %.2f (1.0 = linear, lower = worse than linear)%n", small.answer(),
                small.median(), big.answer(), big.median(), big.median() / small.median());
    }

    private record LogRate(double mb, String answer, double median, double best) {
    }

    private static LogRate logRate(Diagnoser diagnoser, String log) {
        double mb = log.length() / (1024.0 * 1024.0);
        double[] rates = new double[LOG_RUNS];
        String answer = "";
        for (int r = 0; r < LOG_RUNS; r++) {
            long t0 = System.nanoTime();
            Diagnosis d = diagnoser.diagnose(log);
            double seconds = (System.nanoTime() - t0) / 1e9;
            rates[r] = mb / seconds;
            answer = d.owner().id() + "/" + d.bucket().id();
        }
        Arrays.sort(rates);
        return new LogRate(mb, answer, rates[LOG_RUNS / 2], rates[LOG_RUNS - 1]);
    }

    private static List<String> pastes() {
        return JsonLines.read(JsonLines.FIXTURES).stream().map(n -> n.get("text").asString()).toList();
    }

    /** A plausible application log: access lines, some JSON lines, one OpenAI billing error in the middle. */
    static String log(int size) {
        String error = "2026-11-28T10:15:02.001Z ERROR images job=42 failed: openai.RateLimitError: Error code: 429 - "
                + "{'error': {'message': 'You exceeded your current quota, please check your plan and billing "
                + "details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}\n";
        StringBuilder b = new StringBuilder(size + 4096);
        int line = 0;
        boolean placed = false;
        while (b.length() < size) {
            if (!placed && b.length() > size / 2) {
                b.append(error);
                placed = true;
            }
            if (line % 10 == 0) {
                b.append("{\"ts\":\"2026-11-28T10:00:00Z\",\"level\":\"info\",\"msg\":\"image generated\",\"model\":"
                        + "\"gpt-image-2\",\"size\":\"1024x1024\",\"ms\":").append(700 + line % 500).append("}\n");
            } else {
                b.append("2026-11-28T10:").append(line % 60 < 10 ? "0" : "").append(line % 60)
                        .append(":00.000Z INFO http method=POST path=/v1/images/generations status=200 duration_ms=")
                        .append(800 + line % 400).append(" request_id=req_")
                        .append(Integer.toHexString(0x100000 + line))
                        .append('\n');
            }
            line++;
        }
        return b.toString();
    }
}
