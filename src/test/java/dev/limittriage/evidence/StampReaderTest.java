package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stamp a log line starts with, field by field, for every format {@link LogScan} reads; the edges of each
 * field's range; and the reader's promise to look only at {@code [from, to)}.
 */
class StampReaderTest {
    private static final int LOCAL = StampReader.LOCAL;

    /** What one read left in the reader: the format and every field, or "none". */
    private static String read(String line) {
        return read(line, 0, line.length());
    }

    private static String read(CharSequence s, int from, int to) {
        StampReader r = new StampReader();
        if (!r.read(s, from, to)) {
            assertThat(r.format).as("format after a failed read of %s", s).isNull();
            return "none";
        }
        if (r.format == TimeFormat.EPOCH_SECONDS || r.format == TimeFormat.EPOCH_MILLIS) {
            return r.format.id() + " " + r.epochMillis + " off=" + r.offsetSeconds;
        }
        return r.format.id() + " " + r.year + "-" + r.month + "-" + r.day + " " + r.hour + ":" + r.minute + ":"
                + r.second + "." + r.nanos + " off=" + (r.offsetSeconds == LOCAL ? "local" : r.offsetSeconds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // ISO 8601 and friends
        "2026-11-28T10:05:00Z request failed                 | iso_8601 2026-11-28 10:5:0.0 off=0",
        "2026-11-28T10:05:00z                                | iso_8601 2026-11-28 10:5:0.0 off=0",
        "2026-11-28 10:05:00.123+01:00 x                     | iso_8601 2026-11-28 10:5:0.123000000 off=3600",
        "2026-11-28T10:05:00-0500 x                          | iso_8601 2026-11-28 10:5:0.0 off=-18000",
        "2026-11-28T10:05:00+05 x                            | iso_8601 2026-11-28 10:5:0.0 off=18000",
        "2026-11-28T10:05:00+18:00 x                         | iso_8601 2026-11-28 10:5:0.0 off=64800",
        "2026-11-28T10:05:00+19:00 x                         | iso_8601 2026-11-28 10:5:0.0 off=local",
        "2026-11-28 10:05:00 UTC x                           | iso_8601 2026-11-28 10:5:0.0 off=0",
        "2026-11-28 10:05:00 gmt x                           | iso_8601 2026-11-28 10:5:0.0 off=0",
        "2026-11-28 10:05:00 -0500 x                         | iso_8601 2026-11-28 10:5:0.0 off=-18000",
        "2026-11-28 10:05:00 +01:30 x                        | iso_8601 2026-11-28 10:5:0.0 off=5400",
        "2026-11-28 10:05:00 UTX x                           | iso_8601 2026-11-28 10:5:0.0 off=local",
        "2026-11-28_10:05:00 x                               | iso_8601 2026-11-28 10:5:0.0 off=local",
        "2026-11-28 10:05 x                                  | iso_8601 2026-11-28 10:5:0.0 off=local",
        "2026-11-28 10:05:00.5 x                             | iso_8601 2026-11-28 10:5:0.500000000 off=local",
        "2026-11-28 10:05:00.123456789 x                     | iso_8601 2026-11-28 10:5:0.123456789 off=local",
        "1970-01-01T00:00:00Z x                              | iso_8601 1970-1-1 0:0:0.0 off=0",
        "2200-12-31T23:59:60Z leap second                    | iso_8601 2200-12-31 23:59:59.0 off=0",
        "[2026-11-28 10:05:00.180] x                         | iso_8601 2026-11-28 10:5:0.180000000 off=local",
        // Python logging: a comma before the milliseconds and no zone
        "2026-11-28 10:10:20,123 ERROR x                     | python_logging 2026-11-28 10:10:20.123000000 off=local",
        "2026-11-28 10:10:20,123Z x                          | iso_8601 2026-11-28 10:10:20.123000000 off=0",
        // slash dates (nginx error log, Go)
        "2026/11/28 10:05:00 [error] 31#31: x                | slash_date 2026-11-28 10:5:0.0 off=local",
        // a level word or priority before the stamp
        "ERROR 2026-11-28 10:05:00 x                         | iso_8601 2026-11-28 10:5:0.0 off=local",
        "ERROR: 2026-11-28 10:05:00 x                        | iso_8601 2026-11-28 10:5:0.0 off=local",
        "`WARN | 2026-11-28 10:05:00 x`                      | iso_8601 2026-11-28 10:5:0.0 off=local",
        "INFO [2026-11-28 10:05:00] x                        | iso_8601 2026-11-28 10:5:0.0 off=local",
        "[WARNING] 2026-11-28 10:05:00 x                     | iso_8601 2026-11-28 10:5:0.0 off=local",
        "[SEVERE]: [10:05:03] x                              | time_of_day 0-0-0 10:5:3.0 off=local",
        "<34>2026-11-28T10:05:00Z x                          | iso_8601 2026-11-28 10:5:0.0 off=0",
        "<165>1 2026-11-28T10:05:00.003Z host app - - x      | iso_8601 2026-11-28 10:5:0.3000000 off=0",
        "<1234>2026-11-28T10:05:00Z x                        | iso_8601 2026-11-28 10:5:0.0 off=0",
        // syslog (RFC 3164): no year, no zone
        "Nov 28 10:05:00 host app[12]: x                     | syslog 0-11-28 10:5:0.0 off=local",
        "Nov  8 10:05:00 host app[12]: x                     | syslog 0-11-8 10:5:0.0 off=local",
        "Dec 31 23:59:59 host x                              | syslog 0-12-31 23:59:59.0 off=local",
        "Nov 28 10:05:00                                     | syslog 0-11-28 10:5:0.0 off=local",
        "Jan 1 00:00:00 host x                               | syslog 0-1-1 0:0:0.0 off=local",
        "<34>Nov 28 10:05:00 host x                          | syslog 0-11-28 10:5:0.0 off=local",
        // Apache error log
        "[Sat Nov 28 10:05:00.123456 2026] [proxy:error] x   | apache_error 2026-11-28 10:5:0.123456000 off=local",
        "[Thu Jan 01 00:00:00 1970] [core:error] x           | apache_error 1970-1-1 0:0:0.0 off=local",
        "[Sat Nov 28 10:05:00 2026                           | apache_error 2026-11-28 10:5:0.0 off=local",
        // nginx / Apache access logs
        "10.0.0.1 - - [28/Nov/2026:10:05:00 +0000] \"POST /\" 429 | access_log 2026-11-28 10:5:0.0 off=0",
        "10.0.0.1 - - [31/Dec/2026:23:59:59 -0500] \"GET /\"  | access_log 2026-12-31 23:59:59.0 off=-18000",
        "10.0.0.1 - - [28/Nov/2026:10:05:00] \"GET /\"        | access_log 2026-11-28 10:5:0.0 off=local",
        // a bare time of day needs its seconds
        "10:05:03 request failed                             | time_of_day 0-0-0 10:5:3.0 off=local",
        "09:05:03 request failed                             | time_of_day 0-0-0 9:5:3.0 off=local",
        "Apr  1 00:00:00 host x                              | syslog 0-4-1 0:0:0.0 off=local",
        "ALERT Apr 1 text                                    | none",
        "[10:05:03] request failed                           | time_of_day 0-0-0 10:5:3.0 off=local",
        "[10:05:03.250] request failed                       | time_of_day 0-0-0 10:5:3.250000000 off=local",
        "10:05:03\trequest failed                            | time_of_day 0-0-0 10:5:3.0 off=local",
        "`10:05:03`                                          | time_of_day 0-0-0 10:5:3.0 off=local",
        // JSON log lines: the first time key, an ISO string or epoch seconds / milliseconds
        "{\"ts\": 1764324300.5, \"msg\": \"429\"}            | epoch_seconds 1764324300500 off=0",
        "{\"time\": 1764324300500, \"msg\": \"429\"}         | epoch_millis 1764324300500 off=0",
        "{\"t\":1764324300}                                  | epoch_seconds 1764324300000 off=0",
        "{\"t\":999999999}                                   | epoch_seconds 999999999000 off=0",
        "{\"t\":999999999999}                                | epoch_millis 999999999999 off=0",
        "{\"ts\": 1764324300.123456}                         | epoch_seconds 1764324300123 off=0",
        "{\"ts\": 1764324300.}                               | epoch_seconds 1764324300000 off=0",
        "{\"@timestamp\":\"2026-11-28T10:05:00.5Z\",\"x\":1} | iso_8601 2026-11-28 10:5:0.500000000 off=0",
        "{\"level\":\"error\",\"timestamp\":\"2026-11-28 10:05:00\"} | iso_8601 2026-11-28 10:5:0.0 off=local",
        "{\"time\":\"10:05:03\",\"ts\":1764324300}           | epoch_seconds 1764324300000 off=0",
        "{\"datetime\": \"2026-11-28T10:05:00Z\"}            | iso_8601 2026-11-28 10:5:0.0 off=0",
        "{\"date\"  :  \"2026-11-28T10:05:00Z\"}             | iso_8601 2026-11-28 10:5:0.0 off=0",
    })
    void reads_each_format_field_by_field(String line, String expected) {
        assertThat(read(line.strip())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "request failed at 2026-11-28 10:05:00",
        "date: Sat, 28 Nov 2026 10:05:00 GMT",
        "12:30 meeting",
        "10:05:03x",
        "10:05:031 x",
        "24:00:00 x",
        "10:60:00 x",
        "10:05:61 x",
        "2026-13-28T10:05:00Z",
        "2026-00-28T10:05:00Z",
        "2026-11-32T10:05:00Z",
        "2026-11-00T10:05:00Z",
        "1969-12-31T23:59:59Z",
        "2201-01-01T00:00:00Z",
        "2026-11-28X10:05:00Z",
        "2026-11/28 10:05:00",
        "2026-11-28",
        "2026-11-28 ",
        "2026-11-28 1",
        "2026-11-28 10:5:00",
        "2026-11-28 10-05-00",
        "[ERROR]x 2026-11-28 10:05:00",
        "ERROR 10 x",
        "ERROR",
        "ERROR    2026-11-28 10:05:00",
        "ERRORS 2026-11-28 10:05:00",
        "[ERROR 2026-11-28 10:05:00",
        "[INFO]",
        "<>2026-11-28T10:05:00Z",
        "<12345>2026-11-28T10:05:00Z",
        "<34",
        "<34>",
        "Nov 32 10:05:00 host",
        "Nov 0 10:05:00 host",
        "Nov 28 25:05:00 host",
        "Nov 28",
        "Nox 28 10:05:00 host",
        "Nov-28 10:05:00 host",
        "Nov 28x10:05:00 host",
        "[Sat Nov 28 10:05:00.123456 1969] x",
        "[Sat Nov 28 10:05:00.123456] x",
        "[Sat Nov 32 10:05:00 2026] [x] y",
        "[Sat Nox 28 10:05:00 2026] [x] y",
        "[SatXNov 28 10:05:00 2026] [x] y",
        "[Sat Nov 28X10:05:00 2026] [x] y",
        "[Sat Nov 28 10:05:00X2026] [x] y",
        "[Sat Nov 2810:05:00 2026] [x] y",
        "10.0.0.1 - - [32/Nov/2026:10:05:00 +0000] \"GET /\"",
        "10.0.0.1 - - [28/Nox/2026:10:05:00 +0000] \"GET /\"",
        "10.0.0.1 - - [28/Nov/1969:10:05:00 +0000] \"GET /\"",
        "10.0.0.1 - - [28-Nov/2026:10:05:00 +0000] \"GET /\"",
        "10.0.0.1 - - [28/Nov-2026:10:05:00 +0000] \"GET /\"",
        "10.0.0.1 - - [28/Nov/2026 10:05:00 +0000] \"GET /\"",
        "10.0.0.1 - - [28/Nov/2026:25:05:00 +0000] \"GET /\"",
        "10.0.0.1 \"GET /\" [28/Nov/2026:10:05:00 +0000]",
        "10.0.0.1 {x} [28/Nov/2026:10:05:00 +0000]",
        "10.0.0.1 - - 28/Nov/2026:10:05:00 +0000",
        "{\"msg\": \"no time here\"}",
        "{\"ts\": 17643243}",
        "{\"ts\": 17643243005001}",
        "{\"ts\": 176432430050012}",
        "{\"ts\": 1764324300abc}",
        "{\"ts\": \"soon\"}",
        "{\"time\":\"10:05:03\"}",
        "x 2026-11-28 10:05:00",
        "- 2026-11-28 10:05:00",
    })
    void says_no_stamp_and_leaves_no_format(String line) {
        assertThat(read(line)).isEqualTo("none");
    }

    @Test
    void a_json_stamp_after_the_first_400_characters_is_not_looked_for() {
        String pad = "{\"msg\":\"" + "x".repeat(380) + "\",";
        assertThat(read(pad + "\"ts\":1764324300}")).isEqualTo("none");
        String nearer = "{\"msg\":\"" + "x".repeat(370) + "\",";
        assertThat(read(nearer + "\"ts\":1764324300}")).isEqualTo("epoch_seconds 1764324300000 off=0");
    }

    @Test
    void an_access_log_bracket_counts_within_the_first_80_characters() {
        String stamp = "[28/Nov/2026:10:05:00 +0000] \"GET /\" 429";
        assertThat(read("1" + " ".repeat(78) + stamp)).isEqualTo("access_log 2026-11-28 10:5:0.0 off=0");
        assertThat(read("1" + " ".repeat(79) + stamp)).isEqualTo("none");
    }

    @Test
    void three_separators_may_follow_a_level_word_but_not_four() {
        assertThat(read("INFO : 2026-11-28 10:05:00 x")).isEqualTo("iso_8601 2026-11-28 10:5:0.0 off=local");
        assertThat(read("INFO :| 2026-11-28 10:05:00 x")).isEqualTo("none");
    }

    @Test
    void a_failed_read_clears_the_format_of_the_one_before() {
        StampReader r = new StampReader();
        String good = "2026-11-28T10:05:00Z x";
        assertThat(r.read(good, 0, good.length())).isTrue();
        assertThat(r.read("plain text", 0, 10)).isFalse();
        assertThat(r.format).isNull();
        assertThat(r.read(good, 5, 5)).isFalse();
        assertThat(r.format).isNull();
    }

    /**
     * The reader looks only at {@code [from, to)}: cutting a line anywhere gives the same answer whether the text
     * goes on after the cut or not, and a line read in the middle of a bigger text reads as it does alone.
     */
    @Test
    void looks_only_inside_the_line_it_is_given() {
        List<String> lines = List.of(
                "2026-11-28T10:05:00.123+01:30 x", "2026-11-28 10:10:20,123 ERROR x", "2026/11/28 10:05:00 [error]",
                "2026-11-28 10:05:00 -0500 x", "2026-11-28 10:05:00 UTC x", "ERROR: [2026-11-28 10:05:00] x",
                "[WARN] 2026-11-28 10:05:00 x", "<165>1 2026-11-28T10:05:00.003Z h", "<34>Nov  8 10:05:00 host",
                "Nov 28 10:05:00 host app", "[Sat Nov 28 10:05:00.123456 2026] [proxy:error] x",
                "10.0.0.1 - - [28/Nov/2026:10:05:00 +0000] \"POST /\" 429", "[10:05:03.250] request failed",
                "{\"ts\": 1764324300.5, \"msg\": \"429\"}", "{\"time\":\"2026-11-28T10:05:00Z\"}",
                "{\"time\": 1764324300500}");
        List<String> differences = new ArrayList<>();
        for (String line : lines) {
            String inText = "#### " + line + " and more text after the line";
            int from = 5;
            for (int cut = 0; cut <= line.length(); cut++) {
                String alone = read(line.substring(0, cut));
                String cutInLonger = read(line, 0, cut);
                String cutInText = read(inText, from, from + cut);
                if (!alone.equals(cutInLonger) || !alone.equals(cutInText)) {
                    differences.add(line + " cut at " + cut + ": alone " + alone + ", in a longer text "
                            + cutInLonger + ", in the middle of a text " + cutInText);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void month_digits_and_regions_helpers() {
        assertThat(StampReader.month("xJAN", 1, 4)).isEqualTo(1);
        assertThat(StampReader.month("dec", 0, 3)).isEqualTo(12);
        assertThat(StampReader.month("dec", 0, 2)).isEqualTo(-1);
        assertThat(StampReader.month("jab", 0, 3)).isEqualTo(-1);
        assertThat(StampReader.digits("2026", 0, 4, 4)).isEqualTo(2026);
        assertThat(StampReader.digits("2026", 0, 4, 3)).isEqualTo(-1);
        assertThat(StampReader.digits("2026", -1, 2, 4)).isEqualTo(-1);
        assertThat(StampReader.digits("20a6", 0, 4, 4)).isEqualTo(-1);
        assertThat(StampReader.digits("0905", 0, 4, 4)).isEqualTo(905);
        assertThat(StampReader.regionEquals("xUTC", 1, "utc", true)).isTrue();
        assertThat(StampReader.regionEquals("xUTC", 1, "utc", false)).isFalse();
        assertThat(StampReader.regionEquals("xUT", 1, "UTC", false)).isFalse();
        assertThat(StampReader.regionEquals("UTC", -1, "UTC", false)).isFalse();
        assertThat(StampReader.indexOf("a\"ts\"b\"ts\"", "\"ts\"", 0, 10)).isEqualTo(1);
        assertThat(StampReader.indexOf("a\"ts\"b\"ts\"", "\"ts\"", 2, 10)).isEqualTo(6);
        assertThat(StampReader.indexOf("a\"ts\"b\"ts\"", "\"ts\"", 2, 9)).isEqualTo(-1);
        assertThat(StampReader.indexOf("a\"ts\"", "\"ts\"", 0, 4)).isEqualTo(-1);
    }
}
