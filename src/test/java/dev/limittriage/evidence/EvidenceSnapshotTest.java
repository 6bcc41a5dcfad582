package dev.limittriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.Golden;
import dev.limittriage.io.JsonLines;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everything the extractor reads from each of the 52 real fixtures, fact by fact with its span, held against a
 * reviewed snapshot ({@code golden/evidence-fixtures.txt}). The accuracy tests only see the final owner and bucket;
 * this one notices when a fact, a span, a header, a wait, a bucket statement or a message changes. After a
 * deliberate change, rewrite it with {@code -Dgolden.update=true} and review the diff line by line.
 */
class EvidenceSnapshotTest {
    private static final String NAME = "evidence-fixtures.txt";

    @Test
    void every_fixture_reads_as_reviewed() throws IOException {
        EvidenceExtractor extractor = new EvidenceExtractor();
        StringBuilder out = new StringBuilder();
        for (String[] fixture : fixtures()) {
            out.append("## ").append(fixture[0]).append('\n');
            render(extractor.extract(fixture[1]), out);
            out.append('\n');
        }
        String actual = out.toString();
        Golden.assertMatches(NAME, actual);
    }

    static void render(Evidence e, StringBuilder out) {
        for (Fact f : e.facts()) {
            out.append("fact ").append(f.kind()).append(' ').append(oneLine(f.value())).append(' ')
                    .append(span(f.span())).append('\n');
        }
        for (Header h : e.headers()) {
            out.append("header ").append(h.name()).append(": ").append(oneLine(h.value())).append(' ')
                    .append(span(h.span())).append('\n');
        }
        for (Delay d : e.delays()) {
            out.append("delay ").append(d.source()).append(' ').append(d.duration()).append(" at ").append(d.at())
                    .append(" raw ").append(oneLine(d.raw())).append(' ').append(span(d.span())).append('\n');
        }
        for (RateLimitReport r : e.limits()) {
            out.append("limit ").append(r.measure()).append(" limit=").append(r.limit()).append(" used=")
                    .append(r.used()).append(" requested=").append(r.requested()).append(" tooLarge=")
                    .append(r.requestTooLarge()).append(' ').append(span(r.span())).append('\n');
        }
        if (e.responseDate() != null) {
            out.append("date ").append(e.responseDate()).append('\n');
        }
        for (String m : e.messages()) {
            out.append("message ").append(oneLine(m)).append('\n');
        }
        for (String n : e.notes()) {
            out.append("note ").append(n).append('\n');
        }
    }

    private static String span(Span s) {
        return "[" + s.start() + "," + s.end() + ")";
    }

    private static String oneLine(String s) {
        String t = s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
        return t.length() > 160 ? t.substring(0, 160) + "…(" + t.length() + ")" : t;
    }

    private static List<String[]> fixtures() {
        List<String[]> out = JsonLines.read(JsonLines.FIXTURES).stream()
                .map(n -> new String[] {n.get("id").asString(), n.get("text").asString()}).toList();
        assertThat(out).hasSize(52);
        return out;
    }
}
