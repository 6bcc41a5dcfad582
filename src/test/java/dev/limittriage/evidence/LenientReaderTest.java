package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link LenientReader} hands the JSON parser: the same length, Python words and curly quotes rewritten. */
class LenientReaderTest {

    private static String readAll(String text, int start, int end) {
        LenientReader r = new LenientReader(text, start, end);
        StringBuilder b = new StringBuilder();
        char[] buf = new char[7];
        int n;
        while ((n = r.read(buf, 0, buf.length)) > 0) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }

    private static String readAll(String text) {
        return readAll(text, 0, text.length());
    }

    @Test
    void python_words_outside_strings_become_json_words_of_the_same_length_budget() {
        String in = "{'a': None, 'b': True, 'c': False, 'd': NoneX, 'e': xTrue, 'f': 'None', 'g': [False]}";
        assertThat(readAll(in))
                .isEqualTo("{'a': null, 'b': true, 'c': false, 'd': NoneX, 'e': xTrue, 'f': 'None', 'g': [false]}");
        assertThat(readAll(in)).hasSameSizeAs(in);
        assertThat(readAll("None")).isEqualTo("null");
        assertThat(readAll("Nonsense True_ Falsey")).isEqualTo("Nonsense True_ Falsey");
    }

    @Test
    void curly_quotes_delimiting_strings_become_straight_and_straight_ones_inside_become_single() {
        assertThat(readAll("{\u201Cmessage\u201D: \u201Csay \"hi\"\u201D}")).isEqualTo("{\"message\": \"say 'hi'\"}");
        assertThat(readAll("{\u201Dodd\u201C: 1}")).isEqualTo("{\"odd\": 1}");
        assertThat(readAll("{\"k\": \"it\u201Ds\"}")).isEqualTo("{\"k\": \"it\u201Ds\"}");
    }

    @Test
    void an_escaped_quote_does_not_end_a_string() {
        assertThat(readAll("{'k': 'it\\'s None', 'n': None}")).isEqualTo("{'k': 'it\\'s None', 'n': null}");
        assertThat(readAll("{\"k\": \"a\\\\\", \"n\": True}")).isEqualTo("{\"k\": \"a\\\\\", \"n\": true}");
    }

    @Test
    void reads_only_its_window_and_hands_over_growing_chunks() {
        String text = "xx{'a': None}yy";
        assertThat(readAll(text, 2, 13)).isEqualTo("{'a': null}");
        LenientReader r = new LenientReader("a".repeat(100), 0, 100);
        char[] buf = new char[200];
        assertThat(r.read(buf, 0, 200)).isEqualTo(32);
        assertThat(r.read(buf, 5, 200)).isEqualTo(64);
        assertThat(buf[5]).isEqualTo('a');
        assertThat(r.read(buf, 0, 200)).isEqualTo(4);
        assertThat(r.read(buf, 0, 200)).isEqualTo(-1);
        LenientReader small = new LenientReader("abcdef", 0, 6);
        assertThat(small.read(buf, 0, 2)).isEqualTo(2);
        assertThat(new String(buf, 0, 2)).isEqualTo("ab");
    }
}
