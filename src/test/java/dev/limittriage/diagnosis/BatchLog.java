package dev.limittriage.diagnosis;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The batch job's log that issue 13 describes, built line by line: a success line every 10 s whose ids and timings
 * contain "429", 24 images-per-minute 429s from 10:05:00 to 10:08:50, four 503 {@code server_is_overloaded} logged
 * with a traceback in Python logging's format (no zone) at 10:10:00–10:11:00, and one {@code insufficient_quota}
 * at 10:15:30 with its body over several lines.
 *
 * <p>The line shapes come from real pastes in {@code fixtures/real-pastes.jsonl}: the success line is the INFO line
 * openai-python 0.x logs for every response ({@code message='OpenAI API response' ... processing_ms=...
 * request_id=... response_code=200}, the same logfmt as knowledgegpt5-rpm-logfmt); the 429 is
 * pixeltable704-tpm-type-tokens-232ms with the images-per-minute wording of the rate-limit grammar; the 503 uses
 * the Python logging prefix of zjt480-relay-gpt-image-2-moderation-headers and the SDK's {@code Error code: NNN -}
 * shape of aider1903-model-not-found, with the code and type of OpenAI's 503 (domain facts); the billing block is
 * migpt11-429-too-many-requests-quota.
 */
public final class BatchLog {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter PY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss,SSS");

    private BatchLog() {
    }

    /** Twenty minutes, 10:00:00 to 10:19:50 on the given day. */
    public static String twentyMinutes(String day) {
        StringBuilder b = new StringBuilder(64 * 1024);
        append(b, LocalDateTime.parse(day + "T10:00:00"), 0);
        return b.toString();
    }

    /** The twenty minutes repeated on consecutive hours until the text is at least {@code bytes} long. */
    public static String atLeast(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 64 * 1024);
        LocalDateTime start = LocalDateTime.parse("2026-11-28T00:00:00");
        int round = 0;
        while (b.length() < bytes) {
            append(b, start.plusMinutes(30L * round), round);
            round++;
        }
        return b.toString();
    }

    private static void append(StringBuilder b, LocalDateTime start, int round) {
        for (int tick = 0; tick < 120; tick++) {
            LocalDateTime t = start.plusSeconds(10L * tick);
            long s = Duration.between(start.toLocalDate().atStartOfDay(), t).toSeconds();
            success(b, t, round * 1000 + tick, s);
            if (tick >= 30 && tick < 54) {
                ipm(b, t.plusSeconds(0));
            }
            if (tick >= 60 && tick <= 66 && tick % 2 == 0) {
                overloaded(b, t.plusNanos(123_000_000));
            }
            if (tick == 93) {
                quota(b, t);
            }
        }
    }

    private static void success(StringBuilder b, LocalDateTime t, int n, long s) {
        b.append(ISO.format(t)).append(" INFO message='OpenAI API response' path=https://api.openai.com/v1/images/")
                .append("generations processing_ms=429").append(s % 10).append(" request_id=req_0000429")
                .append(String.format("%05d", n)).append(" response_code=200\n");
    }

    private static void ipm(StringBuilder b, LocalDateTime t) {
        b.append(ISO.format(t)).append(" ERROR RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit ")
                .append("reached for gpt-image-2 in organization org-XXXXXXXXXXXXX on images per min (IPM): Limit 5, ")
                .append("Used 5, Requested 1. Please try again in 12s. Visit https://platform.openai.com/account/")
                .append("rate-limits to learn more.', 'type': 'images', 'param': None, 'code': 'rate_limit_exceeded'}}")
                .append('\n');
    }

    private static void overloaded(StringBuilder b, LocalDateTime t) {
        b.append(PY.format(t)).append(" - batch - ERROR - image request failed\n")
                .append("Traceback (most recent call last):\n")
                .append("  File \"batch.py\", line 42, in render\n")
                .append("    result = client.images.generate(model=\"gpt-image-2\", prompt=prompt)\n")
                .append("openai.InternalServerError: Error code: 503 - {'error': {'message': 'The server is ")
                .append("overloaded or not ready yet.', 'type': 'service_unavailable_error', 'param': None, ")
                .append("'code': 'server_is_overloaded'}}\n");
    }

    private static void quota(StringBuilder b, LocalDateTime t) {
        b.append(ISO.format(t)).append(" ERROR Exception: Error: 429 Too Many Requests {\n")
                .append("    \"error\": {\n")
                .append("        \"message\": \"You exceeded your current quota, please check your plan and ")
                .append("billing details.\",\n")
                .append("        \"type\": \"insufficient_quota\",\n")
                .append("        \"param\": null,\n")
                .append("        \"code\": \"insufficient_quota\"\n")
                .append("    }\n")
                .append("}\n");
    }
}
