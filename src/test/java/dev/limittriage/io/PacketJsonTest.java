package dev.limittriage.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.Leaks;
import dev.limittriage.packet.PacketBuilder;
import dev.limittriage.packet.PlantedSecrets;
import dev.limittriage.packet.TestPackets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PacketJsonTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final PacketJson json = new PacketJson(TestJson.MAPPER);

    @Test
    void should_match_the_golden_json_for_an_openai_packet() {
        Golden.assertMatches("openai-packet.json", json.write(TestPackets.openAiPacket()));
    }

    @Test
    void should_match_the_golden_json_for_a_log_with_a_timeline() {
        Golden.assertMatches("log-packet.json", json.write(TestPackets.logPacket()));
    }

    @Test
    void should_match_the_golden_json_for_a_chatgpt_packet() {
        Golden.assertMatches("chatgpt-packet.json", json.write(TestPackets.chatGptPacket()));
    }

    static Stream<IncidentPacket> packets() {
        List<IncidentPacket> list = new ArrayList<>(List.of(TestPackets.openAiPacket(), TestPackets.chatGptPacket(),
                TestPackets.logPacket(),
                build(TestPackets.unknownDiagnosis("?"), false),
                build(TestPackets.openAiDiagnosis(), true),
                build(TestPackets.unknownDiagnosis(PlantedSecrets.asOnePaste()), false)));
        for (String paste : RealPastes.pastes()) {
            list.add(build(TestPackets.unknownDiagnosis(paste), false));
        }
        return list.stream();
    }

    @ParameterizedTest
    @MethodSource("packets")
    void should_validate_every_exported_packet_against_the_schema(IncidentPacket packet) {
        assertThat(SchemaCheck.errors(json.write(packet))).isEmpty();
    }

    @Test
    void should_reject_a_packet_missing_a_required_field_or_with_a_bad_origin() {
        JsonNode good = MAPPER.readTree(json.write(TestPackets.openAiPacket()));
        var noPaste = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
        noPaste.remove("paste");
        var badOrigin = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) badOrigin.get("fields").get("model")).put("origin", "guessed");
        var missingField = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) missingField.get("fields")).remove("region");
        var badDate = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
        badDate.put("created", "yesterday");
        assertThat(SchemaCheck.errors(good.toString())).isEmpty();
        assertThat(SchemaCheck.errors(noPaste.toString())).isNotEmpty();
        assertThat(SchemaCheck.errors(badOrigin.toString())).isNotEmpty();
        assertThat(SchemaCheck.errors(missingField.toString())).isNotEmpty();
        assertThat(SchemaCheck.errors(badDate.toString())).isNotEmpty();
    }

    @Test
    void should_list_exactly_the_packet_fields_in_the_schema_and_require_them() {
        JsonNode schema = MAPPER.readTree(PacketJson.schema());
        JsonNode fields = schema.get("properties").get("fields");
        List<String> keys = Arrays.stream(FieldName.values()).map(FieldName::key).toList();
        assertThat(fields.get("properties").propertyNames()).containsExactlyElementsOf(keys);
        assertThat(MAPPER.convertValue(fields.get("required"), String[].class)).containsExactlyElementsOf(keys);
        assertThat(MAPPER.convertValue(schema.get("required"), String[].class))
                .containsExactlyElementsOf(schema.get("properties").propertyNames());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void should_itself_be_a_valid_2020_12_schema() {
        Schema meta = SchemaCheck.REGISTRY.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(PacketJson.schema(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void should_never_write_a_planted_secret() {
        String out = json.write(build(TestPackets.unknownDiagnosis(PlantedSecrets.asOnePaste()), false));
        Leaks.assertNoneLeaked(out);
    }

    private static IncidentPacket build(dev.limittriage.diagnosis.Diagnosis d, boolean pseudonymize) {
        return PacketBuilder.fromDiagnosis(d, TestPackets.KNOWLEDGE, TestPackets.APP_VERSION, TestPackets.NOW)
                .pseudonymizeIds(pseudonymize).build();
    }

    /** The 52 real pastes (a verbatim copy of the shared fixtures, on the test class path). */
    static final class RealPastes {
        static List<String> pastes() {
            return JsonLines.read(JsonLines.FIXTURES).stream().map(n -> n.get("text").asString()).toList();
        }
    }
}
