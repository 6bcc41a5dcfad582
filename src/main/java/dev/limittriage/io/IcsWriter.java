package dev.limittriage.io;

import dev.limittriage.plan.Reminder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes a {@link Reminder} as an iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets without
 * splitting a character, TEXT values escaped, times in UTC. The event carries a display alarm at its start, so a
 * calendar that imports it reminds the user at the reset.
 */
public final class IcsWriter {
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    public static String write(Reminder r) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Limit Triage//Reset reminder//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + r.uid());
        line(out, "DTSTAMP:" + time(r.stamp()));
        line(out, "DTSTART:" + time(r.start()));
        line(out, "DTEND:" + time(r.start().plus(15, ChronoUnit.MINUTES)));
        line(out, "SUMMARY:" + text(r.summary()));
        line(out, "DESCRIPTION:" + text(r.description()));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "TRIGGER;RELATED=START:PT0S");
        line(out, "DESCRIPTION:" + text(r.summary()));
        line(out, "END:VALARM");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A UTC date-time, whole seconds: {@code 20261128T090010Z}. */
    static String time(Instant t) {
        return UTC.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        b.append("\\n");
                    }
                }
                default -> b.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /**
     * Appends a content line folded at 75 octets (RFC 5545, 3.1): a continuation line starts with one space, which
     * counts towards its 75; a multi-byte character is never split.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
