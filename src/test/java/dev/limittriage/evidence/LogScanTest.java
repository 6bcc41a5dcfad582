package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LogScanTest {
    private static final LogScan SCAN = new LogScan(List.of("insufficient_quota", "rate_limit_exceeded",
            "server_is_overloaded"));
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    private static LogEvents scan(String text) {
        return SCAN.scan(text, ZoneOffset.UTC, TODAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-28T10:05:00Z ERROR code rate_limit_exceeded | 2026-11-28T10:05:00Z | ISO_8601 | false",
        "2026-11-28T11:05:00.250+01:00 ERROR rate_limit_exceeded | 2026-11-28T10:05:00.250Z | ISO_8601 | false",
        "2026-11-28 10:05:00.250 -0500 rate_limit_exceeded | 2026-11-28T15:05:00.250Z | ISO_8601 | false",
        "[2026-11-28 10:05:00.180] DEBUG worker rate_limit_exceeded | 2026-11-28T10:05:00.180Z | ISO_8601 | true",
        "2026-11-28 10:05:00,123 - app - ERROR - rate_limit_exceeded | 2026-11-28T10:05:00.123Z | PYTHON_LOGGING | true",
        "INFO 2026-11-28 10:05:00 rate_limit_exceeded | 2026-11-28T10:05:00Z | ISO_8601 | true",
        "[ERROR] 2026-11-28T10:05:00Z rate_limit_exceeded | 2026-11-28T10:05:00Z | ISO_8601 | false",
        "Nov 28 10:05:00 host batch[812]: rate_limit_exceeded | 2026-11-28T10:05:00Z | SYSLOG | true",
        "<34>Nov  8 10:05:00 host batch: rate_limit_exceeded | 2026-11-08T10:05:00Z | SYSLOG | true",
        "<165>1 2026-11-28T10:05:00.003Z host app - - - rate_limit_exceeded | 2026-11-28T10:05:00.003Z | ISO_8601 | false",
        "2026/11/28 10:05:00 [error] 31#31: *7 upstream said rate_limit_exceeded | 2026-11-28T10:05:00Z | SLASH_DATE | true",
        "[Sat Nov 28 10:05:00.123456 2026] [proxy:error] [pid 9] rate_limit_exceeded | 2026-11-28T10:05:00.123Z | APACHE_ERROR | true",
        "{\"ts\": 1795860300.5, \"level\": \"error\", \"code\": \"rate_limit_exceeded\"} | 2026-11-28T10:05:00.500Z | EPOCH_SECONDS | false",
        "{\"level\":\"error\",\"time\":1795860300500,\"code\":\"rate_limit_exceeded\"} | 2026-11-28T10:05:00.500Z | EPOCH_MILLIS | false",
        "{\"@timestamp\":\"2026-11-28T10:05:00.500Z\",\"code\":\"rate_limit_exceeded\"} | 2026-11-28T10:05:00.500Z | ISO_8601 | false",
    })
    void reads_the_time_of_each_format(String line, String at, TimeFormat format, boolean local) {
        LogEvents e = scan("2026-11-01T00:00:00Z INFO start\n" + line + "\n");

        assertThat(e.size()).isEqualTo(1);
        assertThat(e.at(0)).isEqualTo(Instant.parse(at));
        assertThat(e.format(0)).isEqualTo(format);
        assertThat(e.local(0)).isEqualTo(local);
        assertThat(e.line(0)).isEqualTo(2);
    }

    @Test
    void access_log_status_and_time() {
        String log = "10.0.0.7 - - [28/Nov/2026:10:05:00 +0000] \"POST /v1/images/generations HTTP/1.1\" 200 5120 "
                + "\"-\" \"python-requests/2.31\"\n"
                + "10.0.0.7 - - [28/Nov/2026:11:05:10 +0100] \"POST /v1/images/generations HTTP/1.1\" 429 312 "
                + "\"-\" \"python-requests/2.31\"\n";
        LogEvents e = scan(log);

        assertThat(e.size()).isEqualTo(1);
        assertThat(e.status(0)).isEqualTo(429);
        assertThat(e.at(0)).isEqualTo(Instant.parse("2026-11-28T10:05:10Z"));
        assertThat(e.format(0)).isEqualTo(TimeFormat.ACCESS_LOG);
        assertThat(e.offset(0)).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void time_of_day_takes_the_date_found_earlier_and_passes_midnight() {
        String log = "Run started 2026-11-28, batch 7\n"
                + "[23:59:50] HTTP/1.1 429 Too Many Requests\n"
                + "[00:00:10] HTTP/1.1 429 Too Many Requests\n";
        LogEvents e = SCAN.scan(log, ZoneId.of("Europe/Berlin"), TODAY);

        assertThat(e.size()).isEqualTo(2);
        assertThat(e.format(0)).isEqualTo(TimeFormat.TIME_OF_DAY);
        assertThat(e.at(0)).isEqualTo(Instant.parse("2026-11-28T22:59:50Z"));
        assertThat(e.at(1)).isEqualTo(Instant.parse("2026-11-28T23:00:10Z"));
        assertThat(e.local(1)).isTrue();
    }

    @Test
    void time_of_day_without_any_date_has_no_time() {
        LogEvents e = scan("[10:05:03] HTTP/1.1 429 Too Many Requests\n");

        assertThat(e.size()).isEqualTo(1);
        assertThat(e.hasTime(0)).isFalse();
        assertThat(e.at(0)).isNull();
        assertThat(e.status(0)).isEqualTo(429);
    }

    @Test
    void header_block_and_body_are_one_event_timed_by_its_date_header() {
        String paste = "$ curl -i https://api.openai.com/v1/images/generations\n"
                + "HTTP/1.1 429 Too Many Requests\n"
                + "Date: Sat, 28 Nov 2026 10:15:30 GMT\n"
                + "Content-Type: application/json\n"
                + "\n"
                + "{\n"
                + "    \"error\": {\n"
                + "        \"code\": \"insufficient_quota\"\n"
                + "    }\n"
                + "}\n"
                + "\n"
                + "HTTP/1.1 503 Service Unavailable\n"
                + "\n"
                + "{\"error\": {\"code\": \"server_is_overloaded\"}}\n";
        LogEvents e = scan(paste);

        assertThat(e.size()).isEqualTo(2);
        assertThat(e.line(0)).isEqualTo(2);
        assertThat(e.status(0)).isEqualTo(429);
        assertThat(e.at(0)).isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
        assertThat(e.format(0)).isEqualTo(TimeFormat.HTTP_DATE);
        assertThat(paste.substring(e.start(0), e.end(0))).endsWith("    }\n}");
        assertThat(e.line(1)).isEqualTo(12);
        assertThat(e.status(1)).isEqualTo(503);
        assertThat(e.hasTime(1)).isFalse();
    }

    @Test
    void an_untimed_traceback_is_one_event_with_its_chained_cause() {
        String paste = "Traceback (most recent call last):\n"
                + "  File \"a.py\", line 3, in <module>\n"
                + "openai.RateLimitError: Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}\n"
                + "\n"
                + "During handling of the above exception, another exception occurred:\n"
                + "\n"
                + "Traceback (most recent call last):\n"
                + "  File \"a.py\", line 5, in <module>\n"
                + "RuntimeError: gave up\n";
        LogEvents e = scan(paste);

        assertThat(e.size()).isEqualTo(1);
        assertThat(e.status(0)).isEqualTo(429);
        assertThat(e.end(0)).isEqualTo(paste.length() - 1);
    }

    @Test
    void status_header_and_body_lines_of_one_response_with_one_stamp_are_one_event() {
        // the shape of zjt480-relay-gpt-image-2-moderation-headers: three log lines, one response
        String log = "2026-07-15 21:28:58,106 - api_requests - INFO - Status Code: 400\n"
                + "2026-07-15 21:28:58,106 - api_requests - INFO - Response Headers: {'Server': 'nginx'}\n"
                + "2026-07-15 21:28:58,106 - api_requests - INFO - Response Body: {'error': {'code': "
                + "'insufficient_quota'}}\n";
        LogEvents e = scan(log);

        assertThat(e.size()).isEqualTo(1);
        assertThat(e.status(0)).isEqualTo(400);
        assertThat(e.end(0)).isEqualTo(log.length() - 1);
    }

    @Test
    void many_failures_stay_linear_and_compact() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append("2026-11-28T10:").append(String.format("%02d:%02d", i / 60 % 60, i % 60))
                    .append("Z ERROR HTTP/1.1 429 Too Many Requests rate_limit_exceeded\n");
        }
        LogEvents e = scan(b.toString());

        assertThat(e.size()).isEqualTo(100_000);
        assertThat(e.line(99_999)).isEqualTo(100_000);
    }
}
