package dev.limittriage.bench;

/**
 * Builds a big application log like issue 9's case, in memory: ordinary lines whose request ids and timings hold
 * "429" ({@code req_00004290}, {@code took=4293ms}), JSON lines every tenth line, a stats line that says "images
 * per min" every thousandth, and one given error line in the middle. Shared by the 50 MB test and the benchmark.
 */
public final class BigLog {
    private BigLog() {
    }

    /** A log of at least {@code size} characters with {@code errorLine} (ending in a newline) at the middle. */
    public static String build(int size, String errorLine) {
        StringBuilder b = new StringBuilder(size + errorLine.length() + 256);
        int line = 0;
        boolean placed = false;
        while (b.length() < size) {
            if (!placed && b.length() > size / 2) {
                b.append(errorLine);
                placed = true;
            }
            String n = Integer.toString(4290 + line % 100_000);
            String id = "00000000".substring(n.length()) + n; // req_00004290: "429" inside an id
            if (line % 1000 == 999) {
                b.append("2026-11-28T10:00:00.000Z INFO worker stats: 38 images per min, p95 took=")
                        .append(4290 + line % 10).append("ms\n");
            } else if (line % 10 == 0) {
                b.append("{\"ts\":\"2026-11-28T10:00:00Z\",\"level\":\"info\",\"msg\":\"image generated\",")
                        .append("\"model\":\"gpt-image-2\",\"request_id\":\"req_").append(id).append("\",\"ms\":")
                        .append(4290 + line % 500).append("}\n");
            } else {
                b.append("2026-11-28T10:").append(line % 60 < 10 ? "0" : "").append(line % 60)
                        .append(":00.000Z INFO http method=POST path=/v1/images/generations status=200 took=")
                        .append(4290 + line % 10).append("ms request_id=req_").append(id).append('\n');
            }
            line++;
        }
        return b.toString();
    }
}
