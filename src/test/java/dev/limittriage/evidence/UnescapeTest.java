package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link KeyValueScan#unescape}: escapes at any depth, escaped whitespace as a space, \\u escapes decoded. */
class UnescapeTest {

    private static String unescape(String s) {
        return KeyValueScan.unescape(s, 0, s.length());
    }

    @Test
    void drops_escape_backslashes_at_any_depth() {
        assertThat(unescape("say \\\"hi\\\"")).isEqualTo("say \"hi\"");
        assertThat(unescape("say \\\\\\\"hi\\\\\\\"")).isEqualTo("say \"hi\"");
        assertThat(unescape("plain")).isEqualTo("plain");
        assertThat(unescape("")).isEmpty();
        assertThat(unescape("ends with \\")).isEqualTo("ends with ");
        assertThat(unescape("ends with \\\\\\")).isEqualTo("ends with ");
    }

    @Test
    void escaped_newlines_tabs_and_returns_become_spaces() {
        assertThat(unescape("a\\nb\\tc\\rd")).isEqualTo("a b c d");
        assertThat(unescape("a\\\\nb")).isEqualTo("a b");
    }

    @Test
    void decodes_four_digit_unicode_escapes_and_marks_broken_ones() {
        assertThat(unescape("You\\u2019ve hit")).isEqualTo("You\u2019ve hit");
        assertThat(unescape("\\u4f59\\u989d")).isEqualTo("\u4f59\u989d");
        assertThat(unescape("\\u00E9t\\u00e9")).isEqualTo("\u00e9t\u00e9");
        assertThat(unescape("bad \\u12G4 end")).isEqualTo("bad ? end");
        // too short to be one: the 'u' stays
        assertThat(unescape("x\\u12")).isEqualTo("xu12");
        assertThat(unescape("x\\u123")).isEqualTo("xu123");
        assertThat(unescape("x\\u1234")).isEqualTo("x\u1234");
        assertThat(unescape("x\\u12345")).isEqualTo("x\u12345");
    }

    @Test
    void reads_only_the_given_range() {
        String s = "[\\u0041\\n]";
        assertThat(KeyValueScan.unescape(s, 1, s.length() - 1)).isEqualTo("A ");
    }
}
