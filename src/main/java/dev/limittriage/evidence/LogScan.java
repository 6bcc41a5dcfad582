package dev.limittriage.evidence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds every failure event in a paste (a whole log, or a few pasted responses), with the line it starts on, its
 * time and its HTTP error status. Which failure words count is the caller's (the knowledge's rule phrases); the
 * HTTP status is judged in context by {@link StatusScan}, so {@code req_00004290} or {@code took=4293ms} never make
 * an event.
 *
 * <p>Lines are grouped into records first, the way log shippers do: a line that starts with a time stamp begins a
 * record, and the lines after it without one (a traceback, a header block, a pretty-printed body) belong to it.
 * In text without stamps a record is a paragraph: it ends at a blank line, unless what follows is a body (an
 * opening brace, indented lines), and an {@code HTTP/} status line or a {@code Traceback} starts a new one. A record
 * holding a failure phrase or an error status is one event. Two events with the same stamp a few lines apart, at
 * most one of them with a status (a logger writing the status, the headers and the body of one response as
 * separate lines), are one event.
 *
 * <p>One pass of the phrase matcher over the text, one pass over its lines; stamps are read at line starts only.
 * Linear in the text; an instance is immutable and thread-safe.
 */
public final class LogScan {
    private static final int MERGE_LINES = 10;
    private static final int MAX_DATE_SCAN = 1 << 20;
    private static final long SIX_HOURS = 6L * 3600 * 1000;
    private static final long DAY = 24L * 3600 * 1000;

    private final PhraseMatcher matcher;

    /**
     * A scanner for these failure words.
     *
     * @param failurePhrases phrases that mark a failure on their own (error codes and messages of the rules)
     */
    public LogScan(List<String> failurePhrases) {
        matcher = PhraseMatcher.of(failurePhrases);
    }

    /**
     * Scans the paste.
     *
     * @param zone  the zone stamps without one are read in (the user's local zone)
     * @param today the date a syslog stamp without a year falls back to when the paste gives no date before it
     */
    public LogEvents scan(String text, ZoneId zone, LocalDate today) {
        return new Run(text, zone, today).run();
    }

    /** Growable int array. */
    private static final class Ints {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /** The state of one scan. */
    private final class Run {
        private final String text;
        private final ZoneId zone;
        private final LocalDate today;
        private final StampReader reader = new StampReader();
        // lines holding a failure phrase (a position inside each), and error statuses with their strength
        private final Ints phrasePos = new Ints();
        private final Ints statusPos = new Ints();
        private final Ints statusCode = new Ints();
        private final Ints statusStrength = new Ints();

        // events
        private int size;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] lines = new int[64];
        private long[] millis = new long[64];
        private int[] offsets = new int[64];
        private short[] statuses = new short[64];
        private byte[] formats = new byte[64];
        private int prevEndLine = -1_000_000;

        // the open record
        private int recStart = -1;
        private int recLine;
        private int recEndLine;
        private boolean recStamped;
        private boolean recPhrase;
        private int recStatus;
        private int recStrength;
        private int recFirstLineEnd;
        private TimeFormat recFormat = TimeFormat.ISO_8601;
        private int recYear;
        private int recMonth;
        private int recDay;
        private int recHour;
        private int recMinute;
        private int recSecond;
        private int recNanos;
        private int recOffset;
        private long recEpoch;

        // the last full date seen in a stamp, and where
        private int lastYear;
        private int lastMonth;
        private int lastDay;
        private int lastDatePos = -1;
        private int lastDateOffset = StampReader.LOCAL;
        private int dateScanFrom;
        private long lastTimeOfDay = Long.MIN_VALUE;

        Run(String text, ZoneId zone, LocalDate today) {
            this.text = text;
            this.zone = zone;
            this.today = today;
        }

        LogEvents run() {
            collectTriggers();
            int n = text.length();
            int pos = 0;
            int line = 1;
            int h = 0;
            int k = 0;
            boolean prevBlank = false;
            boolean chained = false;
            while (pos < n) {
                int nl = text.indexOf('\n', pos);
                int end = nl < 0 ? n : nl;
                int contentEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
                boolean blank = isBlank(pos, contentEnd);
                boolean stamped = !blank && reader.read(text, pos, contentEnd);
                boolean startsNew;
                if (stamped) {
                    startsNew = true;
                } else if (blank) {
                    startsNew = false;
                } else if (recStart < 0) {
                    startsNew = true;
                } else if (recStamped && !(prevBlank && opensBlock(pos, contentEnd, chained))) {
                    // a stamped record runs on over its continuation lines, up to a blank line that is followed
                    // by a new traceback or a new HTTP response: those are pasted blocks of their own
                    startsNew = false;
                } else if (startsWith(pos, contentEnd, "Traceback (most recent call last)")) {
                    startsNew = !chained;
                } else if (chainLine(pos, contentEnd)) {
                    startsNew = false;
                } else if (startsWith(pos, contentEnd, "HTTP/")) {
                    startsNew = true;
                } else {
                    startsNew = prevBlank && !continues(text.charAt(pos));
                }
                if (startsNew) {
                    close(pos);
                    open(pos, line, stamped);
                }
                if (stamped && reader.year > 0 && reader.format != null
                        && reader.format != TimeFormat.EPOCH_SECONDS && reader.format != TimeFormat.EPOCH_MILLIS) {
                    lastYear = reader.year;
                    lastMonth = reader.month;
                    lastDay = reader.day;
                    lastDatePos = pos;
                    lastDateOffset = reader.offsetSeconds;
                }
                while (h < phrasePos.size && phrasePos.values[h] < end + 1) {
                    recPhrase |= phrasePos.values[h] >= pos && recStart >= 0;
                    h++;
                }
                while (k < statusPos.size && statusPos.values[k] < end + 1) {
                    // the clearest error status of the record, the first of equals
                    if (statusPos.values[k] >= pos && recStart >= 0 && statusStrength.values[k] > recStrength) {
                        recStatus = statusCode.values[k];
                        recStrength = statusStrength.values[k];
                    }
                    k++;
                }
                if (startsNew) {
                    recFirstLineEnd = contentEnd;
                }
                if (!blank) {
                    recEndLine = line;
                    chained = chainLine(pos, contentEnd);
                }
                prevBlank = blank;
                pos = end + 1;
                line++;
            }
            close(n);
            return new LogEvents(size, starts, ends, lines, millis, offsets, statuses, formats, zone);
        }

        /** One pass of the matcher (one entry per line with a phrase) and one of {@link StatusCodes}. */
        private void collectTriggers() {
            int[] lineEnd = {-1};
            matcher.scan(text, 0, text.length(), (p, s, e) -> {
                if (s <= lineEnd[0] && phrasePos.size > 0) {
                    return true;
                }
                int nl = text.indexOf('\n', s);
                lineEnd[0] = nl < 0 ? text.length() : nl;
                phrasePos.add(s);
                return true;
            });
            StatusCodes.scan(text, o -> {
                if (o.isError()) {
                    statusPos.add(o.span().start());
                    statusCode.add(o.status());
                    statusStrength.add(o.strength());
                }
                return true;
            });
        }

        private void open(int pos, int line, boolean stamped) {
            recStart = pos;
            recLine = line;
            recEndLine = line;
            recStamped = stamped;
            recPhrase = false;
            recStatus = 0;
            recStrength = 0;
            if (stamped && reader.format != null) {
                recFormat = reader.format;
                recYear = reader.year;
                recMonth = reader.month;
                recDay = reader.day;
                recHour = reader.hour;
                recMinute = reader.minute;
                recSecond = reader.second;
                recNanos = reader.nanos;
                recOffset = reader.offsetSeconds;
                recEpoch = reader.epochMillis;
            }
        }

        private void close(int endPos) {
            if (recStart < 0) {
                return;
            }
            int end = endPos;
            while (end > recStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int status = status();
            if (!recPhrase && status == 0) {
                recStart = -1;
                return;
            }
            long at = Long.MIN_VALUE;
            int offset = StampReader.LOCAL;
            byte format = -1;
            if (recStamped) {
                at = resolve();
                if (at != Long.MIN_VALUE) {
                    offset = recFormat == TimeFormat.TIME_OF_DAY && lastDateOffset != StampReader.LOCAL
                            ? lastDateOffset : recOffset;
                    format = (byte) recFormat.ordinal();
                }
            } else {
                long @Nullable [] date = httpDate(recStart, end);
                if (date != null) {
                    at = date[0];
                    offset = 0;
                    format = (byte) TimeFormat.HTTP_DATE.ordinal();
                }
            }
            if (size > 0 && at != Long.MIN_VALUE && millis[size - 1] == at && offsets[size - 1] == offset
                    && recLine - prevEndLine <= MERGE_LINES && (statuses[size - 1] == 0 || status == 0)) {
                ends[size - 1] = end;
                if (statuses[size - 1] == 0) {
                    statuses[size - 1] = (short) status;
                }
            } else {
                add(recStart, end, recLine, at, offset, status, format);
            }
            prevEndLine = recEndLine;
            recStart = -1;
        }

        private void add(int start, int end, int line, long at, int offset, int status, byte format) {
            if (size == starts.length) {
                int cap = size * 2;
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
                lines = Arrays.copyOf(lines, cap);
                millis = Arrays.copyOf(millis, cap);
                offsets = Arrays.copyOf(offsets, cap);
                statuses = Arrays.copyOf(statuses, cap);
                formats = Arrays.copyOf(formats, cap);
            }
            starts[size] = start;
            ends[size] = end;
            lines[size] = line;
            millis[size] = at;
            offsets[size] = offset;
            statuses[size] = (short) status;
            formats[size] = format;
            size++;
        }

        /** The record's clearest error status; on an access-log line, the status field after the request. */
        private int status() {
            if (recStatus == 0 && recStamped && recFormat == TimeFormat.ACCESS_LOG) {
                int st = accessLogStatus(recStart, recFirstLineEnd);
                return st >= 400 ? st : 0;
            }
            return recStatus;
        }

        private boolean opensBlock(int pos, int contentEnd, boolean chained) {
            return startsWith(pos, contentEnd, "HTTP/")
                    || !chained && startsWith(pos, contentEnd, "Traceback (most recent call last)");
        }

        /** The status field of an access-log line: the number after the quoted request. */
        private int accessLogStatus(int s, int e) {
            int q = text.indexOf("] \"", s);
            if (q < 0 || q >= e) {
                return 0;
            }
            int close = text.indexOf("\" ", q + 3);
            if (close < 0 || close >= e) {
                return 0;
            }
            int v = StampReader.digits(text, close + 2, 3, e);
            boolean bounded = close + 5 >= e || text.charAt(close + 5) == ' ';
            return bounded ? v : 0;
        }

        /** The record's stamp as epoch milliseconds, or {@link Long#MIN_VALUE} when it has no date to go on. */
        private long resolve() {
            if (recFormat == TimeFormat.EPOCH_SECONDS || recFormat == TimeFormat.EPOCH_MILLIS) {
                return recEpoch;
            }
            int y = recYear;
            int mo = recMonth;
            int d = recDay;
            if (recFormat == TimeFormat.TIME_OF_DAY || recFormat == TimeFormat.SYSLOG) {
                scanDates(recStart);
                if (recFormat == TimeFormat.TIME_OF_DAY) {
                    if (lastYear == 0) {
                        return Long.MIN_VALUE;
                    }
                    y = lastYear;
                    mo = lastMonth;
                    d = lastDay;
                } else {
                    y = lastYear > 0 ? lastYear : today.getYear();
                }
            }
            try {
                LocalDateTime t = LocalDateTime.of(y, mo, d, recHour, recMinute, recSecond, recNanos);
                int offset = recFormat == TimeFormat.TIME_OF_DAY ? lastDateOffset : recOffset;
                long ms = offset == StampReader.LOCAL ? t.atZone(zone).toInstant().toEpochMilli()
                        : t.toInstant(ZoneOffset.ofTotalSeconds(offset)).toEpochMilli();
                if (recFormat == TimeFormat.TIME_OF_DAY) {
                    // a clock that went back by hours without a new date has passed midnight
                    while (lastTimeOfDay != Long.MIN_VALUE && ms < lastTimeOfDay - SIX_HOURS) {
                        ms += DAY;
                    }
                    lastTimeOfDay = ms;
                }
                return ms;
            } catch (DateTimeException e) {
                return Long.MIN_VALUE;
            }
        }

        /**
         * Reads dates written between the last look and {@code until} (a {@code 2026-11-28} anywhere, a
         * {@code Date:} header), so a time of day can take the latest date found before it.
         */
        private void scanDates(int until) {
            int from = Math.max(dateScanFrom, until - MAX_DATE_SCAN);
            for (int i = Math.max(from, lastDatePos + 1); i + 10 <= until; i++) {
                char c = text.charAt(i);
                if (c == '2' || c == '1') {
                    int y = StampReader.digits(text, i, 4, until);
                    if (y >= 1970 && text.charAt(i + 4) == '-' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                        int mo = StampReader.digits(text, i + 5, 2, until);
                        int d = text.charAt(i + 7) == '-' ? StampReader.digits(text, i + 8, 2, until) : -1;
                        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                            setLastDate(y, mo, d, i, StampReader.LOCAL);
                        }
                    }
                } else if ((c == 'd' || c == 'D') && (i == 0 || text.charAt(i - 1) == '\n')
                        && StampReader.regionEquals(text, i, "date:", true)) {
                    int e = text.indexOf('\n', i);
                    long @Nullable [] at = httpDateLine(i, e < 0 || e > until ? until : e);
                    if (at != null) {
                        LocalDateTime t = LocalDateTime.ofEpochSecond(at[0] / 1000, 0, ZoneOffset.UTC);
                        setLastDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), i, 0);
                    }
                }
            }
            dateScanFrom = Math.max(dateScanFrom, until);
        }

        private void setLastDate(int y, int mo, int d, int at, int offset) {
            if (at > lastDatePos) {
                lastYear = y;
                lastMonth = mo;
                lastDay = d;
                lastDatePos = at;
                lastDateOffset = offset;
            }
        }

        /** The record's own {@code Date:} response header, as {epoch millis}; null when it has none. */
        private long @Nullable [] httpDate(int from, int to) {
            int stop = Math.min(to, from + 64 * 1024);
            int pos = from;
            while (pos < stop) {
                int nl = text.indexOf('\n', pos);
                int e = nl < 0 || nl > stop ? stop : nl;
                int i = pos;
                while (i < e && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '<')) {
                    i++;
                }
                if (StampReader.regionEquals(text, i, "date:", true)) {
                    long @Nullable [] at = httpDateLine(i, e);
                    if (at != null) {
                        return at;
                    }
                }
                pos = e + 1;
            }
            return null;
        }

        private long @Nullable [] httpDateLine(int i, int e) {
            var at = Durations.parseHttpDate(text.substring(i + 5, Math.min(e, i + 60)).strip());
            return at == null ? null : new long[] {at.toEpochMilli()};
        }

        /** Python's words between two tracebacks of one failure. */
        private boolean chainLine(int from, int to) {
            return startsWith(from, to, "During handling of the above exception")
                    || startsWith(from, to, "The above exception was the direct cause");
        }

        private boolean isBlank(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean startsWith(int from, int to, String word) {
            return to - from >= word.length() && text.startsWith(word, from);
        }

        /** A line that starts like the rest of something: a body, an indented line, a closing bracket. */
        private boolean continues(char c) {
            return c == '{' || c == '}' || c == '[' || c == ']' || c == ' ' || c == '\t' || c == '"' || c == '<';
        }
    }
}
