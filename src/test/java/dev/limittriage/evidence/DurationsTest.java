package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every duration form a wait is written in, with its exact length and, for text, where it ends. */
class DurationsTest {

    /** "PT..@end" for a phrase read from the start of {@code text}, or "none". */
    private static String phrase(String text) {
        Durations.Parsed p = Durations.phraseAt(text, 0, text.length());
        return p == null ? "none" : p.duration() + "@" + p.end();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "20                        | none",
        "1m30s                     | PT1M30S@5",
        "6m0s.                     | PT6M@4",
        "1h2m3.5s                  | PT1H2M3.5S@8",
        "250ms                     | PT0.25S@5",
        "7us                       | PT0.000007S@3",
        "9ns                       | PT0.000000009S@3",
        "~ 12 hours and 43 minutes | PT12H43M@25",
        "about 60 seconds, then    | PT1M@16",
        "approximately 2 min       | PT2M@19",
        "an hour                   | PT1H@7",
        "one minute                | PT1M@10",
        "a day and 1 hr            | PT25H@14",
        "3 days, 4 mins, 5 secs    | PT72H4M5S@22",
        "1.5 hrs                   | PT1H30M@7",
        "2 msec                    | PT0.002S@6",
        "5 fortnights              | none",
        "soon                      | none",
        "anyone                    | none",
        "12abc                     | none",
        "`.5 s`                    | none",
    })
    void reads_a_wait_written_in_a_message(String text, String expected) {
        assertThat(phrase(text)).isEqualTo(expected);
    }

    @Test
    void go_durations_must_stand_alone() {
        assertThat(Durations.parseGo(" 6m0s ")).isEqualTo(Duration.ofMinutes(6));
        assertThat(Durations.parseGo("6m0sx")).isNull();
        assertThat(Durations.parseGo("6")).isNull();
        assertThat(Durations.parseGo("")).isNull();
        assertThat(Durations.goAt("x1s", 1, 3)).isEqualTo(new Durations.Parsed(Duration.ofSeconds(1), 3));
        assertThat(Durations.goAt("1s2", 0, 3)).isNull();
    }

    @Test
    void header_values_are_bare_seconds_or_go_durations() {
        assertThat(Durations.parseSecondsOrGo("20")).isEqualTo(Duration.ofSeconds(20));
        assertThat(Durations.parseSecondsOrGo(" 0.5 ")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parseSecondsOrGo("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Durations.parseSecondsOrGo("  ")).isNull();
        assertThat(Durations.parseSecondsOrGo("-3")).isNull();
        assertThat(Durations.bareSeconds("1.2.3")).isNull();
        assertThat(Durations.bareSeconds(".")).isNull();
        assertThat(Durations.bareSeconds("")).isNull();
        assertThat(Durations.bareSeconds("7.")).isEqualTo(Duration.ofSeconds(7));
        assertThat(Durations.bareSeconds("1".repeat(40))).isNull();
    }

    @Test
    void http_dates() {
        assertThat(Durations.parseHttpDate("Sat, 28 Nov 2026 10:05:00 GMT"))
                .isEqualTo(Instant.parse("2026-11-28T10:05:00Z"));
        assertThat(Durations.parseHttpDate("  Sat, 28 Nov 2026 10:05:00 GMT  "))
                .isEqualTo(Instant.parse("2026-11-28T10:05:00Z"));
        assertThat(Durations.parseHttpDate("28 Nov 2026")).isNull();
        assertThat(Durations.parseHttpDate("Sat, 28 Nov 2026 10:05:00 GMT" + " ".repeat(2) + "x".repeat(20)))
                .isNull();
        assertThat(Durations.parseHttpDate("Sat, 31 Nov 2026 10:05:00 GMT")).isNull();
    }

    @Test
    void seconds_out_of_range_are_zero_and_nanos_round() {
        assertThat(Durations.ofSeconds(-1)).isEqualTo(Duration.ZERO);
        assertThat(Durations.ofSeconds(Double.NaN)).isEqualTo(Duration.ZERO);
        assertThat(Durations.ofSeconds(2e12)).isEqualTo(Duration.ZERO);
        assertThat(Durations.ofSeconds(1e12)).isEqualTo(Duration.ofSeconds(1_000_000_000_000L));
        assertThat(Durations.ofSeconds(1.9999999999)).isEqualTo(Duration.ofSeconds(1, 999_999_999));
        assertThat(Durations.ofSeconds(0.0000000015)).isEqualTo(Duration.ofNanos(2));
    }
}
