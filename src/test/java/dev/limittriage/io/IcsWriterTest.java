package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.plan.Reminder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the .ics output against RFC 5545's rules for content lines, folding, escaping and required properties. */
class IcsWriterTest {
    private static final Reminder REMINDER = new Reminder("0f9c@limit-triage", Instant.parse("2026-11-28T09:00:00Z"),
            Instant.parse("2026-11-28T12:02:00.750Z"), "Image limit resets: ChatGPT cap (ChatGPT app)",
            "Next step: wait for the reset; then go on, slower.\nDo not: buy a plan, then retry at once.\n"
                    + "Read from \"resets in 3 hours and 2 minutes\" (C:\\logs), measured from the time of pasting"
                    + " \u2014 \u201cChatGPT\u201d \u2713 " + "\uD83D\uDE80".repeat(30));

    @Test
    void every_line_ends_in_crlf_and_no_bare_line_feed_or_carriage_return_is_left() {
        String ics = IcsWriter.write(REMINDER);
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void no_line_is_longer_than_75_octets_and_multi_byte_characters_are_never_split() {
        String ics = IcsWriter.write(REMINDER);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            String body = line.startsWith(" ") ? line.substring(1) : line;
            assertThat(Character.isLowSurrogate(body.charAt(0))).as("starts inside a character: " + line).isFalse();
            assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1))).as(line).isFalse();
        }
        // unfolding (RFC 5545, 3.1: remove CRLF followed by one space) gives back whole, valid UTF-8 lines
        String unfolded = ics.replace("\r\n ", "");
        assertThat(new String(unfolded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(unfolded);
        assertThat(unfolded).contains("\uD83D\uDE80".repeat(30));
        assertThat(ics.split("\r\n ").length).isGreaterThan(2); // the long description was folded
    }

    @Test
    void text_values_escape_backslashes_semicolons_commas_and_newlines() {
        String unfolded = IcsWriter.write(REMINDER).replace("\r\n ", "");
        String description = lines(unfolded).stream().filter(l -> l.startsWith("DESCRIPTION:Next")).findFirst()
                .orElseThrow();
        assertThat(description).isEqualTo("DESCRIPTION:Next step: wait for the reset\\; then go on\\, slower.\\n"
                + "Do not: buy a plan\\, then retry at once.\\nRead from \"resets in 3 hours and 2 minutes\""
                + " (C:\\\\logs)\\, measured from the time of pasting \u2014 \u201cChatGPT\u201d \u2713 "
                + "\uD83D\uDE80".repeat(30));
        assertThat(IcsWriter.text("a,b;c\\d\r\ne\rf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
    }

    @Test
    void the_calendar_holds_one_event_with_uid_stamp_and_a_utc_start() {
        List<String> lines = lines(IcsWriter.write(REMINDER).replace("\r\n ", ""));
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT", "UID:0f9c@limit-triage",
                "DTSTAMP:20261128T090000Z", "DTSTART:20261128T120200Z", "DTEND:20261128T121700Z",
                "SUMMARY:Image limit resets: ChatGPT cap (ChatGPT app)", "ACTION:DISPLAY",
                "TRIGGER;RELATED=START:PT0S");
        assertThat(lines).anyMatch(l -> l.startsWith("PRODID:"));
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count()).isOne();
        // every content line is NAME[;PARAM]:VALUE with an upper-case name
        assertThat(lines).allMatch(l -> l.matches("[A-Z-]+(;[A-Z-]+=[^:;]+)*:.*"));
    }

    @Test
    void short_lines_are_not_folded() {
        StringBuilder out = new StringBuilder();
        IcsWriter.line(out, "X".repeat(75));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
        out.setLength(0);
        IcsWriter.line(out, "X".repeat(76));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n X\r\n");
        out.setLength(0);
        IcsWriter.line(out, "X".repeat(74) + "\u00e9"); // a two-octet character that would end at octet 76
        assertThat(out.toString()).isEqualTo("X".repeat(74) + "\r\n \u00e9\r\n");
    }

    private static List<String> lines(String ics) {
        return Arrays.asList(ics.split("\r\n"));
    }
}
