package dev.limittriage.ui;

import dev.limittriage.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A short Markdown report about the app's own failure: versions, the step, the exception's class and the frames.
 * No paste, no answers and no exception message (it could quote user text), so nothing secret reaches the file.
 */
public final class FailureReport {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private FailureReport() {
    }

    public static String markdown(Throwable error, String step, Instant at) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Limit Triage failure report\n\n");
        sb.append("| field | value |\n|---|---|\n");
        sb.append("| time | ").append(at).append(" |\n");
        sb.append("| app version | ").append(version()).append(" |\n");
        sb.append("| java | ").append(System.getProperty("java.version", "?")).append(" |\n");
        sb.append("| os | ").append(System.getProperty("os.name", "?")).append(' ')
                .append(System.getProperty("os.version", "")).append(" |\n");
        sb.append("| step | ").append(step).append(" |\n\n");
        sb.append("## Exception\n\n```\n");
        Throwable t = error;
        int depth = 0;
        while (t != null && depth++ < 5) {
            sb.append(depth == 1 ? "" : "caused by ").append(t.getClass().getName()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 25); i++) {
                sb.append("    at ").append(frames[i]).append('\n');
            }
            t = t.getCause();
        }
        sb.append("```\n");
        return sb.toString();
    }

    public static Path write(Path dataDir, Throwable error, String step, Instant at) throws IOException {
        Path dir = AtomicFiles.createPrivateDirectories(dataDir.resolve("reports"));
        Path file = dir.resolve("failure-" + FILE_TIME.format(at) + ".md");
        AtomicFiles.writeString(file, markdown(error, step, at), true);
        return file;
    }

    private static String version() {
        String v = FailureReport.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
