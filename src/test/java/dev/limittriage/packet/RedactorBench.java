package dev.limittriage.packet;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Not a test: a main that reports redaction throughput on a large log and the median time on one realistic paste.
 * Run after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.limittriage.packet.RedactorBench}.
 */
public final class RedactorBench {
    private RedactorBench() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        String paste = TestPackets.openAiPaste() + PlantedSecrets.asOnePaste();
        Redactor redactor = new Redactor();
        long[] times = new long[2000];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            redactor.redact(paste);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        out.printf("one paste (%d chars, %d secrets): median %.3f ms%n", paste.length(), PlantedSecrets.all().size(),
                times[times.length / 2] / 1e6);

        StringBuilder log = new StringBuilder();
        String line = "2026-11-28T09:00:00Z INFO images.generate model=gpt-image-2 size=1024x1024 status=200 "
                + "latency_ms=8123 request_id=req_4f1c9a2b7d3e8f60a1b2c3d4e5f60718\n";
        while (log.length() < 40_000_000) {
            log.append(line);
        }
        log.append(paste);
        String big = log.toString();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            String red = redactor.redact(big);
            double s = (System.nanoTime() - t0) / 1e9;
            out.printf("40 MB log: %.2f s, %.1f MB/s (%d chars out)%n", s, big.length() / 1e6 / s, red.length());
        }
        long t0 = System.nanoTime();
        IncidentPacket p = PacketBuilder.fromDiagnosis(TestPackets.unknownDiagnosis(big), TestPackets.KNOWLEDGE,
                "bench", TestPackets.NOW).build();
        out.printf("packet from the 40 MB log: %.2f s (paste kept: %d chars)%n", (System.nanoTime() - t0) / 1e9,
                p.paste().length());
    }
}
