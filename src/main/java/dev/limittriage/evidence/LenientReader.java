package dev.limittriage.evidence;

import java.io.Reader;

/**
 * Feeds a window of the paste to Jackson, rewriting what Jackson cannot read into what it can, one character for
 * one character so parser offsets stay offsets into the paste: Python {@code None}/{@code True}/{@code False}
 * outside strings become {@code null}/{@code true}/{@code false}, and curly double quotes used as string
 * delimiters become straight ones.
 */
final class LenientReader extends Reader {
    private final String text;
    private final int end;
    private int pos;
    private char quote;
    private boolean curly;
    private String replacement = "";
    private int replacementAt;
    // Hand Jackson a little at first and more as it keeps going: most candidate objects in a paste fail within a
    // few characters, and filling a full 4,000-character buffer for each of them would make scanning quadratic-ish.
    private int chunk = 32;

    LenientReader(String text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (pos >= end) {
            return -1;
        }
        int n = 0;
        int max = Math.min(len, chunk);
        chunk = Math.min(chunk * 2, 1 << 16);
        while (n < max && pos < end) {
            buf[off + n] = next();
            n++;
        }
        return n;
    }

    private char next() {
        char c = text.charAt(pos);
        if (replacementAt < replacement.length()) {
            pos++;
            return replacement.charAt(replacementAt++);
        }
        if (quote != 0) {
            pos++;
            if (c == '\\' && pos < end) {
                // keep the escape pair together so an escaped quote does not end the string
                replacement = String.valueOf(text.charAt(pos));
                replacementAt = 0;
                return c;
            }
            if (curly ? c == '\u201D' || c == '\u201C' : c == quote) {
                quote = 0;
                return curly ? '"' : c;
            }
            if (curly && c == '"') {
                return '\'';
            }
            return c;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            curly = false;
            pos++;
            return c;
        }
        if (c == '\u201C' || c == '\u201D') {
            quote = '"';
            curly = true;
            pos++;
            return '"';
        }
        if ((c == 'N' || c == 'T' || c == 'F') && !identifierBefore()) {
            String word = c == 'N' ? "None" : c == 'T' ? "True" : "False";
            if (text.startsWith(word, pos) && !identifierAt(pos + word.length())) {
                replacement = c == 'N' ? "null" : c == 'T' ? "true" : "false";
                replacementAt = 1;
                pos++;
                return replacement.charAt(0);
            }
        }
        pos++;
        return c;
    }

    private boolean identifierBefore() {
        return pos > 0 && Character.isJavaIdentifierPart(text.charAt(pos - 1));
    }

    private boolean identifierAt(int i) {
        return i < text.length() && Character.isJavaIdentifierPart(text.charAt(i));
    }

    @Override
    public void close() {
        // nothing to release: the reader only views a string
    }
}
