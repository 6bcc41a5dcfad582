package dev.limittriage.packet;

import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.io.Golden;
import dev.limittriage.io.JsonLines;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The incident packet built from each of the 52 real fixtures: title, every field with its origin (parsed from the
 * paste, inferred by the diagnosis), the redaction counts and the length of the redacted paste, held against a
 * reviewed snapshot ({@code golden/packet-fixtures.txt}). Rewrite with {@code -Dgolden.update=true} after a
 * deliberate change and review the diff.
 */
class PacketSnapshotTest {
    private static final String NAME = "packet-fixtures.txt";

    @Test
    void every_fixture_packs_as_reviewed() throws IOException {
        Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER),
                Clock.fixed(TestPackets.NOW, ZoneOffset.UTC));
        StringBuilder out = new StringBuilder();
        for (JsonNode n : JsonLines.read(JsonLines.FIXTURES)) {
            IncidentPacket p = PacketBuilder.fromDiagnosis(diagnoser.diagnose(n.get("text").asString()),
                    TestPackets.KNOWLEDGE, TestPackets.APP_VERSION, TestPackets.NOW).build();
            out.append("## ").append(n.get("id").asString()).append('\n')
                    .append("title: ").append(p.title()).append('\n');
            for (Map.Entry<FieldName, PacketField> f : p.fields().entrySet()) {
                out.append(f.getKey()).append(" (").append(f.getValue().origin()).append("): ")
                        .append(f.getValue().value().replace("\n", "\\n")).append('\n');
            }
            out.append("redacted: ").append(p.redaction().counts()).append(", paste ").append(p.paste().length())
                    .append(" chars\n\n");
        }
        String actual = out.toString();
        Golden.assertMatches(NAME, actual);
    }
}
