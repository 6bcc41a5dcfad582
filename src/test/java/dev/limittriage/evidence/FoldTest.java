package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link PhraseMatcher} folds each character and normalises a phrase before comparing. */
class FoldTest {

    @Test
    void ascii_letters_fold_to_lower_case_and_control_whitespace_to_a_space() {
        assertThat(PhraseMatcher.fold('A')).isEqualTo('a');
        assertThat(PhraseMatcher.fold('Z')).isEqualTo('z');
        assertThat(PhraseMatcher.fold('@')).isEqualTo('@');
        assertThat(PhraseMatcher.fold('[')).isEqualTo('[');
        assertThat(PhraseMatcher.fold('a')).isEqualTo('a');
        for (char c : new char[] {'\t', '\n', '\r', '\f', (char) 0x0B}) {
            assertThat(PhraseMatcher.fold(c)).as("U+%04X", (int) c).isEqualTo(' ');
        }
        assertThat(PhraseMatcher.fold('`')).isEqualTo('\'');
        assertThat(PhraseMatcher.fold((char) 0x7F)).isEqualTo((char) 0x7F);
    }

    @Test
    void typographic_quotes_dashes_and_spaces_fold_to_ascii() {
        for (char c : new char[] {'\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\uFF07'}) {
            assertThat(PhraseMatcher.fold(c)).as("U+%04X", (int) c).isEqualTo('\'');
        }
        for (char c : new char[] {'\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\uFF02'}) {
            assertThat(PhraseMatcher.fold(c)).as("U+%04X", (int) c).isEqualTo('"');
        }
        for (char c : new char[] {'\u00A0', '\u2028', '\u2029', '\u2007', '\u202F', '\u3000', '\u2003'}) {
            assertThat(PhraseMatcher.fold(c)).as("U+%04X", (int) c).isEqualTo(' ');
        }
        assertThat(PhraseMatcher.fold('\u2013')).isEqualTo('-');
        assertThat(PhraseMatcher.fold('\u2014')).isEqualTo('-');
    }

    @Test
    void accents_drop_full_width_forms_narrow_and_other_scripts_lower_case() {
        assertThat(PhraseMatcher.fold('\u00C9')).isEqualTo('e'); // É
        assertThat(PhraseMatcher.fold('\u00FC')).isEqualTo('u'); // ü
        assertThat(PhraseMatcher.fold('\u0106')).isEqualTo('c'); // Ć
        assertThat(PhraseMatcher.fold('\u00DF')).isEqualTo('\u00DF'); // ß has no single folded letter
        assertThat(PhraseMatcher.fold('\uFF21')).isEqualTo('a'); // full-width A
        assertThat(PhraseMatcher.fold('\uFF11')).isEqualTo('1'); // full-width 1
        assertThat(PhraseMatcher.fold('\uFF5E')).isEqualTo('~');
        assertThat(PhraseMatcher.fold('\u041F')).isEqualTo('\u043F'); // Cyrillic П -> п
        assertThat(PhraseMatcher.fold('\u4E2D')).isEqualTo('\u4E2D'); // 中
        assertThat(PhraseMatcher.fold('\u0250')).isEqualTo('\u0250'); // first after the Latin table
    }

    @Test
    void normalise_collapses_and_trims_spaces_and_drops_backslashes() {
        assertThat(PhraseMatcher.normalise("  Rate\t\tLimit\r\n Reached  ")).isEqualTo("rate limit reached");
        assertThat(PhraseMatcher.normalise("You\\u2019ve \\\"hit\\\"")).isEqualTo("youu2019ve \"hit\"");
        assertThat(PhraseMatcher.normalise("\u201CQuota\u201D \u2014 exceeded")).isEqualTo("\"quota\" - exceeded");
        assertThat(PhraseMatcher.normalise("   ")).isEmpty();
        assertThat(PhraseMatcher.normalise("")).isEmpty();
    }
}
