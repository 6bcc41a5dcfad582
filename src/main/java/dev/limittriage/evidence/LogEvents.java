package dev.limittriage.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The failure events {@link LogScan} found in a paste, in text order, kept in parallel primitive arrays: a log with
 * 100,000 failures costs a few megabytes, and no event holds a copy of its text (only offsets into the paste).
 * Immutable.
 */
public final class LogEvents {
    private static final long NO_TIME = Long.MIN_VALUE;

    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final int[] lines;
    private final long[] millis;
    private final int[] offsets;
    private final short[] statuses;
    private final byte[] formats;
    private final ZoneId zone;

    LogEvents(int size, int[] starts, int[] ends, int[] lines, long[] millis, int[] offsets, short[] statuses,
              byte[] formats, ZoneId zone) {
        this.size = size;
        this.starts = Arrays.copyOf(starts, size);
        this.ends = Arrays.copyOf(ends, size);
        this.lines = Arrays.copyOf(lines, size);
        this.millis = Arrays.copyOf(millis, size);
        this.offsets = Arrays.copyOf(offsets, size);
        this.statuses = Arrays.copyOf(statuses, size);
        this.formats = Arrays.copyOf(formats, size);
        this.zone = zone;
    }

    public int size() {
        return size;
    }

    /** Where the event's first line starts in the paste. */
    public int start(int i) {
        return starts[i];
    }

    /** Where the event's last line ends (exclusive). */
    public int end(int i) {
        return ends[i];
    }

    /** The 1-based number of the event's first line. */
    public int line(int i) {
        return lines[i];
    }

    /** The HTTP error status read in the event, or 0. */
    public int status(int i) {
        return statuses[i];
    }

    public boolean hasTime(int i) {
        return millis[i] != NO_TIME;
    }

    /** The event's time, or null when none could be read. */
    public @Nullable Instant at(int i) {
        return hasTime(i) ? Instant.ofEpochMilli(millis[i]) : null;
    }

    /** Epoch milliseconds; only meaningful when {@link #hasTime(int)}. */
    public long epochMillis(int i) {
        return millis[i];
    }

    /** True when the stamp carried no zone and was read as local time in {@link #zone()}. */
    public boolean local(int i) {
        return hasTime(i) && offsets[i] == StampReader.LOCAL;
    }

    /** The offset the time was written with (for local times, the local zone's offset at that moment). */
    public @Nullable ZoneOffset offset(int i) {
        if (!hasTime(i)) {
            return null;
        }
        if (offsets[i] == StampReader.LOCAL) {
            return zone.getRules().getOffset(Instant.ofEpochMilli(millis[i]));
        }
        return ZoneOffset.ofTotalSeconds(offsets[i]);
    }

    /** How the time was written, or null when the event has none. */
    public @Nullable TimeFormat format(int i) {
        return formats[i] < 0 ? null : TimeFormat.values()[formats[i]];
    }

    /** The zone stamps without a zone were read in. */
    public ZoneId zone() {
        return zone;
    }
}
