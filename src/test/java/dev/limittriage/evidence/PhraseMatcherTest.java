package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<String> matches(List<String> phrases, String text) {
        PhraseMatcher m = PhraseMatcher.of(phrases);
        List<String> out = new ArrayList<>();
        m.scan(text, 0, text.length(), (p, start, end) -> {
            out.add(phrases.get(p) + "@" + start + "-" + end + "=" + text.substring(start, end));
            return true;
        });
        return out;
    }

    @Test
    void should_find_chinese_japanese_korean_and_cyrillic_phrases_with_spans_into_the_original() {
        String text = "错误：余额不足，请充值。残高不足です。잔액이 부족합니다. Недостаточно средств";
        assertThat(matches(List.of("余额不足", "请充值", "残高不足", "잔액이 부족", "недостаточно средств"), text))
                .containsExactly("余额不足@3-7=余额不足", "请充值@8-11=请充值", "残高不足@12-16=残高不足",
                        "잔액이 부족@19-25=잔액이 부족", "недостаточно средств@30-50=Недостаточно средств");
    }

    @Test
    void should_read_full_width_letters_and_accents_as_their_plain_forms() {
        String text = "ＱＵＯＴＡ　ＥＸＣＥＥＤＥＤ; créditos insuficientes; Guthaben aufgebraucht";
        assertThat(matches(List.of("quota exceeded", "creditos insuficientes", "guthaben aufgebraucht"), text))
                .containsExactly("quota exceeded@0-14=ＱＵＯＴＡ　ＥＸＣＥＥＤＥＤ",
                        "creditos insuficientes@16-38=créditos insuficientes",
                        "guthaben aufgebraucht@40-61=Guthaben aufgebraucht");
    }

    @Test
    void should_match_the_same_whether_its_table_is_narrow_or_wide() {
        // the built-in knowledge needs about 10,500 states, stored as char; an imported pack with a far larger
        // vocabulary (here 80,000 numbered phrases, more than 65,536 states) switches to an int table
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 80_000; i++) {
            many.add(String.format(Locale.ROOT, "k%06d", i * 7));
        }
        many.add("quota exceeded");
        PhraseMatcher wide = PhraseMatcher.of(many);
        PhraseMatcher narrow = PhraseMatcher.of(List.of("quota exceeded", "k000007"));
        assertThat(wide.narrow()).isFalse();
        assertThat(narrow.narrow()).isTrue();
        String text = "Quota exceeded for k000007 and k559993, not k000008";
        assertThat(matches(many, text)).containsExactly("quota exceeded@0-14=Quota exceeded",
                "k000007@19-26=k000007", "k559993@31-38=k559993");
        assertThat(matches(List.of("quota exceeded", "k000007"), text))
                .containsExactly("quota exceeded@0-14=Quota exceeded", "k000007@19-26=k000007");
    }

    @Test
    void should_follow_failure_links_across_scripts() {
        // "额度不足" must be found although the text first walks into "额度已" (a longer branch) and back out
        String text = "额度已额度不足";
        assertThat(matches(List.of("额度已用完", "额度不足", "度不"), text))
                .containsExactly("度不@4-6=度不", "额度不足@3-7=额度不足");
    }

    @Test
    void should_keep_ascii_behaviour_wrapping_and_escapes() {
        String text = "Rate limit\n   reached for\\n gpt-image-2 on https:\\/\\/aka.ms/oai";
        assertThat(matches(List.of("rate limit reached for", "aka.ms/oai"), text))
                .containsExactly("rate limit reached for@0-25=Rate limit\n   reached for",
                        "aka.ms/oai@48-63=aka.ms/oai".replace("48-63", (text.indexOf("aka") + "-" + text.length())));
    }
}
