package dev.limittriage.evidence;

import org.jspecify.annotations.Nullable;

/**
 * Reads the time stamp a log line starts with. Hand-written and allocation-free, because it looks at the start of
 * every line of a big log: a line that does not start like a stamp is rejected on its first character or two.
 *
 * <p>A stamp counts only at the start of a line (after an optional {@code [}, syslog priority {@code <34>} or a level
 * word such as {@code INFO}), inside the first bracket of an access-log line, or under a time key of a JSON log
 * line. A date elsewhere in a line ({@code date: Sat, 28 Nov 2026 ...} in a header block) is not a line's stamp.
 * The fields of the last stamp read stay in this object until the next call (one reader per scan, one thread).
 */
final class StampReader {
    static final int LOCAL = Integer.MIN_VALUE;
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String[] LEVELS = {"TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "FATAL",
        "CRITICAL", "NOTICE", "SEVERE"};
    private static final String[] JSON_KEYS = {"\"ts\"", "\"time\"", "\"timestamp\"", "\"@timestamp\"",
        "\"datetime\"", "\"date\"", "\"t\""};
    private static final int JSON_LOOK = 400;

    @Nullable TimeFormat format;
    /** 0 when the stamp has no date (time of day) or no year (syslog). */
    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
    int nanos;
    /** The offset written in the stamp, or {@link #LOCAL}. */
    int offsetSeconds;
    /** Set for epoch stamps only; the other fields are then unused. */
    long epochMillis;

    /** Reads the stamp of the line {@code [from, to)}; false when the line does not start with one. */
    boolean read(CharSequence s, int from, int to) {
        format = null;
        if (from >= to) {
            return false;
        }
        char c = s.charAt(from);
        int i = from;
        if (c == '{') {
            return json(s, from, Math.min(to, from + JSON_LOOK));
        }
        if (c == '<') {
            i = skipPriority(s, from, to);
            if (i < 0) {
                return false;
            }
            c = i < to ? s.charAt(i) : ' ';
        }
        if (c >= '0' && c <= '9') {
            return stampAt(s, i, to) || accessLog(s, i, to);
        }
        if (c == '[') {
            if (i + 1 < to && Character.isDigit(s.charAt(i + 1))) {
                return stampAt(s, i + 1, to);
            }
            if (apacheError(s, i + 1, to)) {
                return true;
            }
            int lv = level(s, i + 1, to);
            if (lv > 0 && lv < to && s.charAt(lv) == ']') {
                return afterLevel(s, lv + 1, to);
            }
            return false;
        }
        if (c >= 'A' && c <= 'Z') {
            if (syslog(s, i, to)) {
                return true;
            }
            int lv = level(s, i, to);
            return lv > 0 && afterLevel(s, lv, to);
        }
        return false;
    }

    private boolean afterLevel(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && (s.charAt(i) == ' ' || s.charAt(i) == ':' || s.charAt(i) == '|')) {
            i++;
        }
        if (i == from || i >= to) {
            return false;
        }
        if (s.charAt(i) == '[' && i + 1 < to && Character.isDigit(s.charAt(i + 1))) {
            return stampAt(s, i + 1, to);
        }
        return Character.isDigit(s.charAt(i)) && stampAt(s, i, to);
    }

    /** A level word ending at a non-letter; returns where it ends, or -1. */
    private static int level(CharSequence s, int from, int to) {
        for (String l : LEVELS) {
            int e = from + l.length();
            if (e <= to && regionEquals(s, from, l, false) && (e == to || !Character.isLetter(s.charAt(e)))) {
                return e;
            }
        }
        return -1;
    }

    /** {@code <34>} or {@code <34>1 } (RFC 5424); returns the index after it, or -1. */
    private static int skipPriority(CharSequence s, int from, int to) {
        int i = from + 1;
        while (i < to && i - from <= 4 && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == from + 1 || i >= to || s.charAt(i) != '>') {
            return -1;
        }
        i++;
        if (i + 1 < to && s.charAt(i) == '1' && s.charAt(i + 1) == ' ') {
            i += 2;
        }
        return i;
    }

    /** ISO 8601, Python logging, slash dates and a bare time of day, starting exactly at {@code i}. */
    private boolean stampAt(CharSequence s, int i, int to) {
        int y = digits(s, i, 4, to);
        if (y >= 0 && i + 4 < to && (s.charAt(i + 4) == '-' || s.charAt(i + 4) == '/')) {
            char sep = s.charAt(i + 4);
            int mo = digits(s, i + 5, 2, to);
            int d = i + 7 < to && s.charAt(i + 7) == sep ? digits(s, i + 8, 2, to) : -1;
            if (mo < 1 || mo > 12 || d < 1 || d > 31 || i + 10 >= to) {
                return false;
            }
            char t = s.charAt(i + 10);
            if (t != 'T' && t != ' ' && t != '_') {
                return false;
            }
            int end = time(s, i + 11, to);
            if (end < 0 || y < 1970 || y > 2200) {
                return false;
            }
            year = y;
            month = mo;
            day = d;
            boolean comma = end > i + 19 && s.charAt(i + 19) == ',';
            offsetSeconds = offset(s, end, to);
            format = sep == '/' ? TimeFormat.SLASH_DATE
                    : comma && offsetSeconds == LOCAL ? TimeFormat.PYTHON_LOGGING : TimeFormat.ISO_8601;
            return true;
        }
        int end = time(s, i, to);
        // a bare time of day needs its seconds: "12:30 meeting" is not a stamp
        if (end < i + 8 || end < to && s.charAt(end) != ']' && s.charAt(end) != ' ' && s.charAt(end) != '\t') {
            return false;
        }
        year = 0;
        month = 0;
        day = 0;
        offsetSeconds = LOCAL;
        format = TimeFormat.TIME_OF_DAY;
        return true;
    }

    /** {@code HH:MM[:SS[.fff|,fff]]}; sets the time fields and returns where it ends, or -1. */
    private int time(CharSequence s, int i, int to) {
        int h = digits(s, i, 2, to);
        if (h < 0 || h > 23 || i + 2 >= to || s.charAt(i + 2) != ':') {
            return -1;
        }
        int mi = digits(s, i + 3, 2, to);
        if (mi < 0 || mi > 59) {
            return -1;
        }
        int e = i + 5;
        int sec = 0;
        int ns = 0;
        if (e < to && s.charAt(e) == ':') {
            sec = digits(s, e + 1, 2, to);
            if (sec < 0 || sec > 60) {
                return -1;
            }
            e += 3;
            if (e + 1 < to && (s.charAt(e) == '.' || s.charAt(e) == ',') && Character.isDigit(s.charAt(e + 1))) {
                e++;
                int scale = 100_000_000;
                while (e < to && Character.isDigit(s.charAt(e))) {
                    ns += (s.charAt(e) - '0') * scale;
                    scale /= 10;
                    e++;
                }
            }
        }
        if (e < to && Character.isDigit(s.charAt(e))) {
            return -1;
        }
        hour = h;
        minute = mi;
        second = Math.min(sec, 59);
        nanos = ns;
        return e;
    }

    /** {@code Z}, {@code +01:00}, {@code -0500}, {@code +01}, {@code  UTC}/{@code  GMT}; {@link #LOCAL} if none. */
    private static int offset(CharSequence s, int i, int to) {
        if (i >= to) {
            return LOCAL;
        }
        char c = s.charAt(i);
        if (c == 'Z' || c == 'z') {
            return 0;
        }
        boolean word = c == ' ' && i + 4 <= to;
        if (word && (regionEquals(s, i + 1, "UTC", true) || regionEquals(s, i + 1, "GMT", true))) {
            return 0;
        }
        if (c == ' ' && i + 3 < to && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')
                && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))) {
            return offset(s, i + 1, to); // "10:05:00 -0500"
        }
        if (c == '+' || c == '-') {
            int h = digits(s, i + 1, 2, to);
            if (h < 0 || h > 18) {
                return LOCAL;
            }
            int j = i + 3;
            if (j < to && s.charAt(j) == ':') {
                j++;
            }
            int m = digits(s, j, 2, to);
            int secs = h * 3600 + Math.max(0, m) * 60;
            return c == '-' ? -secs : secs;
        }
        return LOCAL;
    }

    /** RFC 3164: {@code Nov 28 10:05:00} or {@code Nov  8 10:05:00}. */
    private boolean syslog(CharSequence s, int i, int to) {
        int mo = month(s, i, to);
        if (mo < 0 || i + 3 >= to || s.charAt(i + 3) != ' ') {
            return false;
        }
        int j = i + 4;
        if (j < to && s.charAt(j) == ' ') {
            j++;
        }
        int d = digits(s, j, 2, to);
        int dayEnd = j + 2;
        if (d < 0) {
            d = digits(s, j, 1, to);
            dayEnd = j + 1;
        }
        if (d < 1 || d > 31 || dayEnd >= to || s.charAt(dayEnd) != ' ') {
            return false;
        }
        if (time(s, dayEnd + 1, to) < 0) {
            return false;
        }
        year = 0;
        month = mo;
        day = d;
        offsetSeconds = LOCAL;
        format = TimeFormat.SYSLOG;
        return true;
    }

    /** {@code [Sat Nov 28 10:05:00.123456 2026]}, starting after the bracket. */
    private boolean apacheError(CharSequence s, int i, int to) {
        if (i + 24 > to || s.charAt(i + 3) != ' ' || !Character.isLetter(s.charAt(i))) {
            return false;
        }
        int mo = month(s, i + 4, to);
        if (mo < 0 || s.charAt(i + 7) != ' ') {
            return false;
        }
        int d = digits(s, i + 8, 2, to);
        if (d < 1 || d > 31 || s.charAt(i + 10) != ' ') {
            return false;
        }
        int end = time(s, i + 11, to);
        if (end < 0 || end >= to || s.charAt(end) != ' ') {
            return false;
        }
        int y = digits(s, end + 1, 4, to);
        if (y < 1970) {
            return false;
        }
        year = y;
        month = mo;
        day = d;
        offsetSeconds = LOCAL;
        format = TimeFormat.APACHE_ERROR;
        return true;
    }

    /** {@code host - user [28/Nov/2026:10:05:00 +0000] "..."}: the bracket within the first 80 characters. */
    private boolean accessLog(CharSequence s, int from, int to) {
        int limit = Math.min(to, from + 80);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '[') {
                return clf(s, i + 1, to);
            }
            if (c == '"' || c == '{') {
                return false;
            }
        }
        return false;
    }

    private boolean clf(CharSequence s, int i, int to) {
        int d = digits(s, i, 2, to);
        if (d < 1 || d > 31 || i + 11 >= to || s.charAt(i + 2) != '/' || s.charAt(i + 6) != '/') {
            return false;
        }
        int mo = month(s, i + 3, to);
        int y = digits(s, i + 7, 4, to);
        if (mo < 0 || y < 1970 || s.charAt(i + 11) != ':') {
            return false;
        }
        int end = time(s, i + 12, to);
        if (end < 0) {
            return false;
        }
        year = y;
        month = mo;
        day = d;
        offsetSeconds = end < to && s.charAt(end) == ' ' ? offset(s, end + 1, to) : LOCAL;
        format = TimeFormat.ACCESS_LOG;
        return true;
    }

    /** A JSON log line: the first time key within the first few hundred characters, epoch number or ISO string. */
    private boolean json(CharSequence s, int from, int to) {
        for (String key : JSON_KEYS) {
            int k = indexOf(s, key, from, to);
            if (k < 0) {
                continue;
            }
            int i = k + key.length();
            while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == ':')) {
                i++;
            }
            if (i < to && s.charAt(i) == '"') {
                if (stampAt(s, i + 1, to) && format != TimeFormat.TIME_OF_DAY) {
                    return true;
                }
                format = null;
                continue;
            }
            if (epoch(s, i, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean epoch(CharSequence s, int i, int to) {
        int j = i;
        long whole = 0;
        while (j < to && Character.isDigit(s.charAt(j)) && j - i < 14) {
            whole = whole * 10 + (s.charAt(j) - '0');
            j++;
        }
        int n = j - i;
        if (j < to && Character.isDigit(s.charAt(j))) {
            return false;
        }
        long millis;
        if (n == 10 || n == 9) {
            int frac = 0;
            int scale = 100;
            if (j + 1 < to && s.charAt(j) == '.') {
                j++;
                while (j < to && Character.isDigit(s.charAt(j))) {
                    frac += scale > 0 ? (s.charAt(j) - '0') * scale : 0;
                    scale /= 10;
                    j++;
                }
            }
            millis = whole * 1000 + frac;
            format = TimeFormat.EPOCH_SECONDS;
        } else if (n == 13 || n == 12) {
            millis = whole;
            format = TimeFormat.EPOCH_MILLIS;
        } else {
            return false;
        }
        if (j < to && Character.isLetter(s.charAt(j))) {
            format = null;
            return false;
        }
        epochMillis = millis;
        offsetSeconds = 0;
        return true;
    }

    /** The month named by three letters at {@code i} (any case), 1..12, or -1. */
    static int month(CharSequence s, int i, int to) {
        if (i + 3 > to) {
            return -1;
        }
        for (int m = 0; m < 12; m++) {
            if (regionEquals(s, i, MONTHS.substring(m * 3, m * 3 + 3), true)) {
                return m + 1;
            }
        }
        return -1;
    }

    /** Exactly {@code n} digits at {@code i}, as a number; -1 otherwise. */
    static int digits(CharSequence s, int i, int n, int to) {
        if (i < 0 || i + n > to) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static boolean regionEquals(CharSequence s, int i, String word, boolean ignoreCase) {
        if (i < 0 || i + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char a = s.charAt(i + k);
            char b = word.charAt(k);
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(CharSequence s, String word, int from, int to) {
        char first = word.charAt(0);
        for (int i = from; i + word.length() <= to; i++) {
            if (s.charAt(i) == first && regionEquals(s, i, word, false)) {
                return i;
            }
        }
        return -1;
    }
}
