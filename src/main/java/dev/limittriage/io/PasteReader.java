package dev.limittriage.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the bytes of a paste (a file, stdin, the clipboard) into text, or into a one-line reason why there is
 * nothing to diagnose. Never throws on content; cost is linear in the input.
 */
public final class PasteReader {
    /** Larger inputs are refused rather than risking the memory of a desktop app (a whole log is far smaller). */
    public static final int MAX_BYTES = 256 * 1024 * 1024;

    public static final String NOTHING = "nothing to diagnose";
    /** The input argument that means standard input. */
    public static final String STDIN = "-";
    public static final String NOT_TEXT = "not text";

    /** Bytes looked at for NULs: a NUL early on is the surest sign of a binary file. */
    private static final int NUL_WINDOW = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PasteReader() {
    }

    /** What reading gave. */
    public sealed interface Result permits Text, Unreadable {
    }

    /**
     * Readable text.
     *
     * @param text  the decoded text, without a byte order mark
     * @param notes what was done to read it ("not valid UTF-8: read as Windows-1252"), empty for plain UTF-8
     */
    public record Text(String text, List<String> notes) implements Result {
        public Text {
            notes = List.copyOf(notes);
        }
    }

    /** Nothing to diagnose, with a one-line reason for the user. */
    public record Unreadable(String reason) implements Result {
    }

    /** The CLI's input argument: {@code -} reads {@code stdin} to its end, anything else names a file. */
    public static Result readArgument(String input, Supplier<InputStream> stdin) {
        if (!input.equals(STDIN)) {
            return read(Path.of(input));
        }
        try {
            return read(stdin.get());
        } catch (IOException e) {
            return new Unreadable("cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a file; the reason for a missing or unreadable file does not repeat the file name. */
    public static Result read(Path file) {
        if (Files.isDirectory(file)) {
            return new Unreadable("is a directory");
        }
        try {
            // the size first: a huge file is refused before it is read into memory
            if (Files.size(file) > MAX_BYTES) {
                return new Unreadable(tooLarge());
            }
            return read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Unreadable("file not found");
        } catch (AccessDeniedException e) {
            return new Unreadable("permission denied");
        } catch (IOException e) {
            return new Unreadable("cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a stream to its end (stdin); the stream is not closed. */
    public static Result read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return new Unreadable(tooLarge());
        }
        return read(bytes);
    }

    /** Decodes bytes. */
    public static Result read(byte[] bytes) {
        if (bytes.length == 0) {
            return new Unreadable(NOTHING);
        }
        List<String> notes = new ArrayList<>();
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            // Windows tools (PowerShell redirection, Notepad "Unicode") write UTF-16 with a byte order mark
            Charset cs = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            text = new String(bytes, 2, bytes.length - 2, cs);
            notes.add("read as UTF-16 (byte order mark)");
        } else {
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            if (looksBinary(bytes, offset)) {
                return new Unreadable(NOT_TEXT);
            }
            text = decode(bytes, offset, notes);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Unreadable(NOTHING);
        }
        return new Text(text, notes);
    }

    private static String tooLarge() {
        return "too large (over " + MAX_BYTES / (1024 * 1024) + " MB)";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binary when a NUL appears early, NULs are more than a trace, or control bytes are a large share. Tabs, line
     * breaks, form feeds and ESC (terminal colour codes in logs) count as text.
     */
    static boolean looksBinary(byte[] bytes, int offset) {
        long nul = 0;
        long control = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b != 0x7F) {
                continue; // printable ASCII and every byte of a multi-byte character: the common case
            }
            if (b == 0) {
                if (i - offset < NUL_WINDOW) {
                    return true;
                }
                nul++;
            } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C && b != 0x1B)
                    || b == 0x7F) {
                control++;
            }
        }
        long n = Math.max(1, bytes.length - offset);
        return nul * 1000 > n || (nul + control) * 10 > n;
    }

    /**
     * UTF-8 when it is valid. When a few bytes are broken among many good multi-byte characters (a log cut in
     * the middle of a character), keep UTF-8 and replace the broken bytes; otherwise the file was written in a
     * legacy Western code page, and Windows-1252 (a superset of printable Latin-1) reads it best. The String
     * constructors replace what they cannot decode and are far faster than a CharsetDecoder on large logs.
     */
    private static String decode(byte[] bytes, int offset, List<String> notes) {
        long[] counts = utf8Counts(bytes, offset);
        int length = bytes.length - offset;
        if (counts[1] == 0) {
            return new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
        if (counts[0] > counts[1] * 4) {
            notes.add("some bytes were not valid UTF-8 and were replaced");
            return new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
        notes.add("not valid UTF-8: read as Windows-1252 (Latin-1)");
        return new String(bytes, offset, length, WINDOWS_1252);
    }

    /** {valid multi-byte sequences, invalid bytes} in one pass. */
    static long[] utf8Counts(byte[] bytes, int offset) {
        long valid = 0;
        long invalid = 0;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                len = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                len = 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                len = 4;
            } else {
                invalid++;
                i++;
                continue;
            }
            boolean ok = i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok && len > 2) {
                // overlong forms, UTF-16 surrogates and code points above U+10FFFF are not valid UTF-8
                int second = bytes[i + 1] & 0xFF;
                ok = !(b == 0xE0 && second < 0xA0) && !(b == 0xED && second > 0x9F)
                        && !(b == 0xF0 && second < 0x90) && !(b == 0xF4 && second > 0x8F);
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new long[] {valid, invalid};
    }
}
