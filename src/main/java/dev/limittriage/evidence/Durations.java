package dev.limittriage.evidence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the wait times that appear in pastes: Go {@code time.Duration} strings ({@code 6m0s}, {@code 1m30.5s},
 * {@code 232ms}, {@code 2h23m59.090010204s}), bare seconds, and words ({@code 12 hours and 43 minutes},
 * {@code an hour}, {@code ~5s}). Hand-written scanners over a bounded window: no regular expressions.
 */
public final class Durations {
    private static final int MAX_NUMBER = 24;

    private Durations() {
    }

    /** A parsed duration and where its text ends (exclusive), relative to the string it was read from. */
    public record Parsed(Duration duration, int end) {
    }

    /** Parses a whole Go duration string ("6m0s"); null when it is not one. */
    public static @Nullable Duration parseGo(String s) {
        String t = s.trim();
        Parsed p = goAt(t, 0, t.length());
        return p != null && p.end() == t.length() ? p.duration() : null;
    }

    /**
     * Parses a header value: a Go duration, or bare (possibly fractional) seconds. Null when neither, or when the
     * value is negative.
     */
    public static @Nullable Duration parseSecondsOrGo(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        Duration bare = bareSeconds(t);
        return bare != null ? bare : parseGo(t);
    }

    /** Bare seconds, fractions allowed ("20", "0.5"). */
    public static @Nullable Duration bareSeconds(String t) {
        int i = 0;
        int digits = 0;
        boolean dot = false;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return null;
            }
            i++;
        }
        if (digits == 0 || t.length() > MAX_NUMBER) {
            return null;
        }
        return ofSeconds(Double.parseDouble(t));
    }

    /** Parses an HTTP-date (RFC 1123), as in {@code Retry-After} or {@code Date}; null when it is not one. */
    public static @Nullable Instant parseHttpDate(String s) {
        String t = s.trim();
        if (t.length() < 16 || t.length() > 40) {
            return null;
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Reads a Go duration starting exactly at {@code from}; null when there is none. The duration must end at a
     * non-letter, non-digit character.
     */
    public static @Nullable Parsed goAt(CharSequence s, int from, int limit) {
        int i = from;
        double seconds = 0;
        int parts = 0;
        while (i < limit) {
            int numEnd = numberEnd(s, i, limit);
            if (numEnd == i) {
                break;
            }
            int unitEnd = numEnd;
            double factor;
            if (startsWith(s, unitEnd, limit, "ms")) {
                factor = 0.001;
                unitEnd += 2;
            } else if (startsWith(s, unitEnd, limit, "us") || startsWith(s, unitEnd, limit, "\u00B5s")
                    || startsWith(s, unitEnd, limit, "\u03BCs")) {
                factor = 0.000001;
                unitEnd += 2;
            } else if (startsWith(s, unitEnd, limit, "ns")) {
                factor = 0.000000001;
                unitEnd += 2;
            } else if (startsWith(s, unitEnd, limit, "h")) {
                factor = 3600;
                unitEnd += 1;
            } else if (startsWith(s, unitEnd, limit, "m")) {
                factor = 60;
                unitEnd += 1;
            } else if (startsWith(s, unitEnd, limit, "s")) {
                factor = 1;
                unitEnd += 1;
            } else {
                break;
            }
            seconds += parseNumber(s, i, numEnd) * factor;
            parts++;
            i = unitEnd;
        }
        if (parts == 0 || (i < limit && Character.isLetterOrDigit(s.charAt(i)))) {
            return null;
        }
        return new Parsed(ofSeconds(seconds), i);
    }

    /**
     * Reads a duration written in a message starting at {@code from} (after optional spaces, "~", "about"):
     * a Go duration, or number-and-unit words joined by spaces, commas or "and" ("12 hours and 43 minutes",
     * "60 seconds", "an hour", "1 minute"). Null when there is none.
     */
    public static @Nullable Parsed phraseAt(CharSequence s, int from, int limit) {
        int i = skipFiller(s, from, limit);
        Parsed go = goAt(s, i, limit);
        if (go != null) {
            return go;
        }
        double seconds = 0;
        int parts = 0;
        int end = i;
        while (i < limit) {
            double amount;
            int afterNumber = numberEnd(s, i, limit);
            if (afterNumber > i) {
                amount = parseNumber(s, i, afterNumber);
            } else if (wordAt(s, i, limit, "an") || wordAt(s, i, limit, "one")) {
                amount = 1;
                afterNumber = i + (wordAt(s, i, limit, "an") ? 2 : 3);
            } else if (wordAt(s, i, limit, "a")) {
                amount = 1;
                afterNumber = i + 1;
            } else {
                break;
            }
            int u = afterNumber;
            while (u < limit && s.charAt(u) == ' ') {
                u++;
            }
            int unitEnd = wordEnd(s, u, limit);
            double factor = unitFactor(s.subSequence(u, unitEnd).toString().toLowerCase(Locale.ROOT));
            if (factor < 0) {
                break;
            }
            seconds += amount * factor;
            parts++;
            end = unitEnd;
            i = unitEnd;
            i = skipJoiner(s, i, limit);
        }
        return parts == 0 ? null : new Parsed(ofSeconds(seconds), end);
    }

    private static int skipFiller(CharSequence s, int i, int limit) {
        while (i < limit) {
            char c = s.charAt(i);
            if (c == ' ' || c == '~' || c == '\u2248' || c == '\t') {
                i++;
            } else if (wordAt(s, i, limit, "about") || wordAt(s, i, limit, "approximately")) {
                i = wordEnd(s, i, limit);
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipJoiner(CharSequence s, int i, int limit) {
        int j = i;
        while (j < limit && (s.charAt(j) == ' ' || s.charAt(j) == ',')) {
            j++;
        }
        if (wordAt(s, j, limit, "and")) {
            j += 3;
            while (j < limit && s.charAt(j) == ' ') {
                j++;
            }
        }
        return j;
    }

    private static double unitFactor(String unit) {
        return switch (unit) {
            case "d", "day", "days" -> 86400;
            case "h", "hr", "hrs", "hour", "hours" -> 3600;
            case "m", "min", "mins", "minute", "minutes" -> 60;
            case "s", "sec", "secs", "second", "seconds" -> 1;
            case "ms", "msec", "millisecond", "milliseconds" -> 0.001;
            default -> -1;
        };
    }

    private static boolean wordAt(CharSequence s, int i, int limit, String word) {
        if (!startsWith(s, i, limit, word)) {
            return false;
        }
        int e = i + word.length();
        return e >= limit || !Character.isLetterOrDigit(s.charAt(e));
    }

    private static int wordEnd(CharSequence s, int i, int limit) {
        int j = i;
        while (j < limit && j - i < 16 && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean startsWith(CharSequence s, int i, int limit, String p) {
        if (i + p.length() > limit) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int numberEnd(CharSequence s, int i, int limit) {
        int j = i;
        boolean dot = false;
        int digits = 0;
        while (j < limit && j - i < MAX_NUMBER) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                digits++;
                j++;
            } else if (c == '.' && !dot && j + 1 < limit && Character.isDigit(s.charAt(j + 1)) && digits > 0) {
                dot = true;
                j++;
            } else {
                break;
            }
        }
        return digits == 0 ? i : j;
    }

    private static double parseNumber(CharSequence s, int from, int to) {
        try {
            return Double.parseDouble(s.subSequence(from, to).toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Duration ofSeconds(double seconds) {
        if (!(seconds >= 0) || seconds > 1e12) {
            return Duration.ZERO;
        }
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1_000_000_000L);
        return Duration.ofSeconds(whole, Math.min(nanos, 999_999_999L));
    }
}
