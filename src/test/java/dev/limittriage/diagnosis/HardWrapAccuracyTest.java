package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.JsonLines;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 52 real pastes hard-wrapped the way a terminal of a fixed width does it ({@code fold -w}: every line longer
 * than the width cut into pieces of exactly that many characters, wherever the cut falls: inside a word, a JSON
 * string or an error code), with LF and with CRLF line ends. Each must get the same owner and bucket as the paste
 * as posted.
 */
class HardWrapAccuracyTest {
    private static Diagnoser diagnoser;
    private static List<String[]> fixtures;

    @BeforeAll
    static void load() {
        diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        fixtures = JsonLines.read(JsonLines.FIXTURES).stream()
                .map(n -> new String[] {n.get("id").asString(), n.get("text").asString()}).toList();
        assertThat(fixtures).hasSize(52);
    }

    /** What {@code fold -w width} does, with the given line end between all lines. */
    static String fold(String text, int width, String lineEnd) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / width * 2 + 16);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append(lineEnd);
            }
            String l = lines[i];
            int p = 0;
            while (l.length() - p > width) {
                b.append(l, p, p + width).append(lineEnd);
                p += width;
            }
            b.append(l, p, l.length());
        }
        return b.toString();
    }

    @ParameterizedTest(name = "width {0}, {1}")
    @CsvSource({"80,LF", "100,LF", "120,LF", "80,CRLF", "100,CRLF", "120,CRLF"})
    void every_real_paste_keeps_its_owner_and_bucket_when_hard_wrapped(int width, String ends) {
        String lineEnd = ends.equals("CRLF") ? "\r\n" : "\n";
        int wrapped = 0;
        List<String> changed = new ArrayList<>();
        for (String[] f : fixtures) {
            String folded = fold(f[1], width, lineEnd);
            if (!folded.equals(f[1])) {
                wrapped++;
            }
            Diagnosis original = diagnoser.diagnose(f[1]);
            Diagnosis d = diagnoser.diagnose(folded);
            if (d.owner() != original.owner() || d.bucket() != original.bucket()) {
                changed.add(f[0] + ": " + original.owner().id() + "/" + original.bucket().id() + " became "
                        + d.owner().id() + "/" + d.bucket().id());
            }
        }
        assertThat(wrapped).as("pastes the wrap changed").isGreaterThanOrEqualTo(30);
        assertThat(changed).as("answers changed by the wrap").isEmpty();
    }
}
