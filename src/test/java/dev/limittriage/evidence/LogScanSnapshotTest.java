package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.Golden;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every event {@link LogScan} finds in a mixed log (each stamp format, blank-line records, a traceback, header
 * blocks with and without a Date header, time-of-day lines after a date, an access log, JSON lines, midnight),
 * with its exact start, end, line, status, time, format and zone, held against a reviewed snapshot
 * ({@code golden/log-events.txt}); the same log with CRLF line ends must give the same events at the shifted
 * offsets. Rewrite with {@code -Dgolden.update=true} after a deliberate change and review the diff.
 */
class LogScanSnapshotTest {
    private static final String NAME = "log-events.txt";
    private static final LogScan SCAN = new LogScan(List.of("insufficient_quota", "rate_limit_exceeded",
            "server_is_overloaded", "images per min"));
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    static final String LOG = String.join("\n",
            "batch 7 started 2026-11-28 on worker-3",
            "[23:59:58] HTTP/1.1 429 Too Many Requests",
            "[00:00:03] rate_limit_exceeded on images per min (IPM): Limit 5, Used 5, Requested 1",
            "[00:00:04] ok",
            "2026-11-29T00:01:00Z INFO request 1 done",
            "2026-11-29T00:01:05Z ERROR rate_limit_exceeded",
            "  at client.send(client.py:88)",
            "  at batch.run(batch.py:12)",
            "2026-11-29 01:01:10,250 - app - ERROR - insufficient_quota",
            "2026/11/29 00:02:00 [error] 31#31: upstream 503 server_is_overloaded",
            "Nov 29 00:03:00 host batch[812]: HTTP 429 rate_limit_exceeded",
            "<34>1 2026-11-29T00:03:30.5+02:00 host app - - - code=429 rate_limit_exceeded",
            "[Sun Nov 29 00:04:00.123456 2026] [proxy:error] [pid 9] AH01102: status 502 server_is_overloaded",
            "10.0.0.7 - - [29/Nov/2026:00:05:00 +0000] \"POST /v1/images/generations HTTP/1.1\" 429 312 \"-\"",
            "10.0.0.7 - - [29/Nov/2026:00:05:01 +0000] \"POST /v1/images/generations HTTP/1.1\" 200 5120 \"-\"",
            "10.0.0.7 - - [29/Nov/2026:00:05:02 +0000] \"POST /v1/images/edits HTTP/1.1\" 503 12 \"-\"",
            "{\"ts\": 1795910760.25, \"level\": \"error\", \"code\": \"rate_limit_exceeded\"}",
            "{\"level\":\"error\",\"time\":1795910761000,\"status\":429,\"code\":\"rate_limit_exceeded\"}",
            "",
            "Traceback (most recent call last):",
            "  File \"gen.py\", line 3, in <module>",
            "openai.RateLimitError: Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}",
            "",
            "During handling of the above exception, another exception occurred:",
            "",
            "Traceback (most recent call last):",
            "  File \"gen.py\", line 5, in <module>",
            "RuntimeError: gave up",
            "",
            "HTTP/1.1 429 Too Many Requests",
            "Date: Sun, 29 Nov 2026 00:10:00 GMT",
            "",
            "{\"error\": {\"code\": \"insufficient_quota\"}}",
            "",
            "HTTP/1.1 503 Service Unavailable",
            "",
            "{\"error\": {\"code\": \"server_is_overloaded\"}}",
            "[00:11:00] after the header block rate_limit_exceeded",
            "",
            "HTTP/1.1 502 Bad Gateway",
            "",
            "{\"error\": {\"code\": \"server_is_overloaded\"}}",
            "2026-11-29T00:12:00Z ERROR worker 2 rate_limit_exceeded",
            "",
            "Traceback (most recent call last):",
            "  File \"w2.py\", line 9, in <module>",
            "openai.InternalServerError: Error code: 503 - {'error': {'code': 'server_is_overloaded'}}",
            "");

    @Test
    void every_event_of_a_mixed_log_is_found_as_reviewed() throws IOException {
        String actual = render(LOG, SCAN.scan(LOG, ZoneId.of("Europe/Berlin"), TODAY));
        Golden.assertMatches(NAME, actual);
    }

    @Test
    void crlf_line_ends_give_the_same_events() {
        String crlf = LOG.replace("\n", "\r\n");
        LogEvents lf = SCAN.scan(LOG, ZoneId.of("Europe/Berlin"), TODAY);
        LogEvents cr = SCAN.scan(crlf, ZoneId.of("Europe/Berlin"), TODAY);
        assertThat(cr.size()).isEqualTo(lf.size());
        for (int i = 0; i < lf.size(); i++) {
            assertThat(cr.line(i)).as("line of event %d", i).isEqualTo(lf.line(i));
            assertThat(cr.status(i)).as("status of event %d", i).isEqualTo(lf.status(i));
            assertThat(cr.at(i)).as("time of event %d", i).isEqualTo(lf.at(i));
            assertThat(cr.format(i)).as("format of event %d", i).isEqualTo(lf.format(i));
            assertThat(crlf.substring(cr.start(i), cr.end(i)).replace("\r\n", "\n"))
                    .as("text of event %d", i).isEqualTo(LOG.substring(lf.start(i), lf.end(i)));
        }
    }

    private static String render(String log, LogEvents e) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < e.size(); i++) {
            String text = log.substring(e.start(i), e.end(i));
            out.append("line ").append(e.line(i)).append(" [").append(e.start(i)).append(',').append(e.end(i))
                    .append(") status ").append(e.status(i)).append(" at ").append(e.at(i)).append(' ')
                    .append(e.format(i)).append(e.local(i) ? " local" : "").append(" offset ").append(e.offset(i))
                    .append('\n').append("  ").append(text.replace("\n", "\n  ")).append('\n');
        }
        return out.toString();
    }
}
