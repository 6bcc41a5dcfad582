package dev.limittriage.evidence;

import java.util.Locale;

/** The ways a log line's time stamp is written that {@link LogScan} reads. */
public enum TimeFormat {
    /** {@code 2026-11-28T10:05:00Z}, {@code 2026-11-28 10:05:00.123+01:00}, {@code [2026-11-28 10:05:00.180]}. */
    ISO_8601,
    /** {@code 2026-11-28 10:10:20,123}: Python logging's default asctime, with a comma before the milliseconds. */
    PYTHON_LOGGING,
    /** {@code Nov 28 10:05:00 host app[12]: ...} (RFC 3164: no year and no zone). */
    SYSLOG,
    /** {@code 10.0.0.1 - - [28/Nov/2026:10:05:00 +0000] "POST ..." 429 ...}: nginx and Apache access logs. */
    ACCESS_LOG,
    /** {@code 2026/11/28 10:05:00 [error] ...}: nginx's error log, Go's log package. */
    SLASH_DATE,
    /** {@code [Sat Nov 28 10:05:00.123456 2026] [proxy:error] ...}: Apache's error log. */
    APACHE_ERROR,
    /** {@code {"ts": 1764324300.5, ...}}: epoch seconds in a JSON log line. */
    EPOCH_SECONDS,
    /** {@code {"time": 1764324300500, ...}}: epoch milliseconds in a JSON log line. */
    EPOCH_MILLIS,
    /** {@code [10:05:03] ...}: a time of day; the date comes from one found earlier in the paste. */
    TIME_OF_DAY,
    /** No stamp on the line, but the failure's own {@code Date:} response header. */
    HTTP_DATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
