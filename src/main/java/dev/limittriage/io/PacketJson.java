package dev.limittriage.io;

import dev.limittriage.packet.AnsweredQuestion;
import dev.limittriage.packet.DiagnosisSection;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.PacketField;
import dev.limittriage.packet.Redactor;
import dev.limittriage.packet.ResetNote;
import dev.limittriage.packet.TimelineSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Writes incident packets as JSON that validates against the bundled schema, and serves that schema. */
public final class PacketJson {
    /** Where the schema sits on the class path. */
    public static final String SCHEMA_RESOURCE = "/dev/limittriage/packet/incident-packet.schema.json";

    private final Redactor redactor = new Redactor();
    private final JsonMapper mapper;

    public PacketJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The packet as JSON text (indented, fields in schema order), ending in a newline. The packet is redacted again
     * first: nothing leaks.
     */
    public String write(IncidentPacket packet) {
        return mapper.writeValueAsString(toDto(redactor.redactPacket(packet))).replace("\r\n", "\n") + "\n";
    }

    /** The DTO for a packet, mapped by hand. Callers should pass a redacted packet. */
    public static PacketDto toDto(IncidentPacket p) {
        Map<String, PacketDto.@Nullable FieldDto> fields = new LinkedHashMap<>();
        for (FieldName f : FieldName.values()) {
            PacketField v = p.fields().get(f);
            fields.put(f.key(), v == null ? null : new PacketDto.FieldDto(v.value(), v.origin().id()));
        }
        DiagnosisSection d = p.diagnosis();
        ResetNote r = d.reset();
        PacketDto.DiagnosisDto diagnosis = new PacketDto.DiagnosisDto("inferred", d.owner().id(), d.bucket().id(),
                d.detail(), d.retry().id(), Math.round(d.confidence() * 100) / 100.0, d.summary(),
                d.signals().stream().map(s -> new PacketDto.SignalDto(s.kind(), s.value(), s.ruleId())).toList(),
                r == null ? null : new PacketDto.ResetDto(r.seconds(), r.at() == null ? null : r.at().toString(),
                        r.source()),
                d.tier(), d.observations());
        return new PacketDto(p.schemaVersion(), p.created().toString(), p.updated().toString(), p.appVersion(),
                new PacketDto.KnowledgeDto(p.knowledge().version(), p.knowledge().checkedOn().toString()),
                p.title(), fields, diagnosis, p.nextStep(), p.doNot(),
                p.interview().stream().map(PacketJson::answer).toList(), p.paste(),
                new PacketDto.RedactionDto(p.redaction().pseudonymizedIds(), p.redaction().total(),
                        p.redaction().counts()), timeline(p.timeline()));
    }

    private static PacketDto.@Nullable TimelineDto timeline(@Nullable TimelineSection t) {
        if (t == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        t.counts().forEach((b, n) -> counts.put(b.id(), n));
        return new PacketDto.TimelineDto(t.total(), t.first(), t.last(), t.timesWithoutZone(), counts,
                t.runs().stream().map(r -> new PacketDto.RunDto(r.count(), r.owner().id(), r.bucket().id(),
                        r.retry().id(), r.status(), r.from(), r.to(), r.firstLine(), r.lastLine())).toList(),
                t.runsLeftOut(), t.peaks().stream().map(k -> new PacketDto.PeakDto(k.bucket().id(), k.minute(),
                        k.count(), k.limit(), k.measure())).toList());
    }

    private static PacketDto.AnswerDto answer(AnsweredQuestion q) {
        return new PacketDto.AnswerDto(q.questionId(), q.question(), q.answerId(), q.answer(), q.at().toString());
    }

    /** The bundled JSON Schema (draft 2020-12) as text. */
    public static String schema() {
        try (InputStream in = PacketJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }
}
