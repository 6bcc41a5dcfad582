package dev.limittriage.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PacketBuilderTest {

    @Test
    void should_mark_fields_read_from_the_paste_as_parsed() {
        IncidentPacket p = TestPackets.openAiPacket();
        assertThat(p.field(FieldName.MODEL)).contains(PacketField.parsed("gpt-image-2"));
        assertThat(p.field(FieldName.HTTP_STATUS)).contains(PacketField.parsed("429"));
        assertThat(p.field(FieldName.REQUEST_ID)).contains(PacketField.parsed("req_4f1c9a2b7d3e8f60a1b2c3d4e5f60718"));
        assertThat(p.field(FieldName.PROJECT)).contains(PacketField.parsed("proj_AbCdEfGhIjKlMnOpQrStUvWx"));
        assertThat(p.field(FieldName.RETRY_COUNT)).contains(PacketField.parsed("2"));
        assertThat(p.field(FieldName.OCCURRED_AT)).contains(PacketField.parsed("2026-11-28T08:59:58Z"));
    }

    @Test
    void should_mark_what_the_diagnosis_concluded_as_inferred_and_typed_values_as_entered() {
        IncidentPacket p = TestPackets.openAiPacket();
        assertThat(p.field(FieldName.ROUTE)).contains(PacketField.inferred("OpenAI API project or organization"));
        assertThat(p.field(FieldName.RESET_TIME)).contains(PacketField.inferred("2026-11-28T09:00:10Z"));
        assertThat(p.field(FieldName.QUALITY)).contains(PacketField.entered("high"));
    }

    @Test
    void should_let_an_entered_value_override_a_parsed_one_and_a_blank_one_clear_it() {
        IncidentPacket p = PacketBuilder.fromDiagnosis(TestPackets.openAiDiagnosis(), TestPackets.KNOWLEDGE,
                        "1", TestPackets.NOW)
                .withEntered(FieldName.MODEL, "gpt-image-1")
                .withEntered(FieldName.RETRY_COUNT, "  ")
                .build();
        assertThat(p.field(FieldName.MODEL)).contains(PacketField.entered("gpt-image-1"));
        assertThat(p.field(FieldName.RETRY_COUNT)).isEmpty();
    }

    @Test
    void should_split_headers_from_the_body() {
        IncidentPacket p = TestPackets.openAiPacket();
        assertThat(p.value(FieldName.RESPONSE_BODY)).hasValueSatisfying(body -> assertThat(body)
                .startsWith("{\"error\"")
                .doesNotContain("x-request-id").doesNotContain("HTTP/2 429"));
        assertThat(p.value(FieldName.RESPONSE_HEADERS)).hasValueSatisfying(h -> assertThat(h)
                .contains("retry-after: 12").contains("authorization: Bearer [redacted: openai-key]"));
    }

    @Test
    void should_redact_every_string_and_report_the_counts() {
        IncidentPacket p = TestPackets.openAiPacket();
        String key = PlantedSecrets.all().get(0).secret();
        assertThat(p.paste()).doesNotContain("jane.doe@example.com");
        Leaks.assertNoLeak(p.paste(), key);
        assertThat(p.fields().values()).allSatisfy(f -> Leaks.assertNoLeak(f.value(), key));
        // the key is in the paste and the headers field, the e-mail in the paste and the body: one secret each
        assertThat(p.redaction().counts()).containsOnly(Map.entry("openai-key", 1), Map.entry("email", 1));
        assertThat(p.redaction().pseudonymizedIds()).isFalse();
        assertThat(p.value(FieldName.ORGANIZATION)).contains("org-AbCdEfGhIjKlMnOpQrStUvWx");
    }

    @Test
    void should_use_the_same_pseudonym_for_an_id_in_every_field() {
        IncidentPacket p = PacketBuilder.fromDiagnosis(TestPackets.openAiDiagnosis(), TestPackets.KNOWLEDGE, "1",
                TestPackets.NOW).pseudonymizeIds(true).build();
        assertThat(p.value(FieldName.ORGANIZATION)).contains("org-#1");
        assertThat(p.value(FieldName.PROJECT)).contains("proj-#1");
        assertThat(p.paste()).doesNotContain("AbCdEfGhIjKlMnOpQrStUvWx")
                .contains("openai-organization: org-#1").contains("in organization org-#1 on images");
        assertThat(p.value(FieldName.RESPONSE_HEADERS)).hasValueSatisfying(h -> assertThat(h)
                .contains("openai-project: proj-#1"));
        assertThat(p.redaction().pseudonymizedIds()).isTrue();
    }

    @Test
    void should_be_stable_when_redacted_again() {
        IncidentPacket p = TestPackets.openAiPacket();
        assertThat(new Redactor().redactPacket(p)).isEqualTo(p);
    }

    @Test
    void should_title_an_unknown_case_plainly_and_keep_times() {
        IncidentPacket p = PacketBuilder.fromDiagnosis(TestPackets.unknownDiagnosis("something broke"),
                TestPackets.KNOWLEDGE, "1", TestPackets.NOW).created(Instant.parse("2026-11-28T08:00:00Z")).build();
        assertThat(p.title()).isEqualTo("Image limit incident, owner not identified");
        assertThat(p.field(FieldName.ROUTE)).isEmpty();
        assertThat(p.created()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
        assertThat(p.updated()).isEqualTo(TestPackets.NOW);
        assertThat(p.value(FieldName.RESPONSE_BODY)).contains("something broke");
    }

    @Test
    void should_write_wait_times_in_plain_units() {
        assertThat(PacketBuilder.humanDuration(45780)).isEqualTo("12 h 43 min");
        assertThat(PacketBuilder.humanDuration(7.188)).isEqualTo("7.2 s");
        assertThat(PacketBuilder.humanDuration(90)).isEqualTo("1 min 30 s");
        assertThat(PacketBuilder.humanDuration(3600)).isEqualTo("1 h");
    }
}
