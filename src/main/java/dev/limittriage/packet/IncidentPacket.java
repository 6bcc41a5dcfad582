package dev.limittriage.packet;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What a user hands to whoever owns the limit: the facts of one incident, each with its origin, the diagnosis,
 * the interview and the redacted paste. Build one with {@link PacketBuilder}, which redacts every string; writers
 * redact again before anything leaves the process ({@link Redactor#redactPacket}).
 *
 * @param schemaVersion version of the exported JSON shape
 * @param created       when the case was started
 * @param updated       when the packet was last changed
 * @param appVersion    the app that made it
 * @param knowledge     which knowledge data the diagnosis used
 * @param title         one line: status, owner, bucket
 * @param fields        the named fields that are known (absent ones are unknown), in {@link FieldName} order
 * @param diagnosis     the diagnosis
 * @param nextStep      the smallest responsible next step
 * @param doNot         what not to do
 * @param interview     the wizard's questions and answers in order, with times
 * @param paste         the original paste, redacted
 * @param redaction     what redaction removed
 * @param timeline      the failures of a whole log on a time line (runs and counts), or null for fewer than two
 */
public record IncidentPacket(int schemaVersion, Instant created, Instant updated, String appVersion,
                             KnowledgeStamp knowledge, String title, Map<FieldName, PacketField> fields,
                             DiagnosisSection diagnosis, String nextStep, String doNot,
                             List<AnsweredQuestion> interview, String paste, RedactionReport redaction,
                             @Nullable TimelineSection timeline) {
    /** 2 added {@code timeline}. */
    public static final int SCHEMA_VERSION = 2;

    public IncidentPacket {
        EnumMap<FieldName, PacketField> copy = new EnumMap<>(FieldName.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        interview = List.copyOf(interview);
    }

    public Optional<PacketField> field(FieldName name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Optional<String> value(FieldName name) {
        return field(name).map(PacketField::value);
    }

    /** The same packet with {@code f} applied to every free-text string (field values, diagnosis, paste, ...). */
    public IncidentPacket mapStrings(UnaryOperator<String> f) {
        EnumMap<FieldName, PacketField> mapped = new EnumMap<>(FieldName.class);
        fields.forEach((k, v) -> mapped.put(k, v.map(f)));
        return new IncidentPacket(schemaVersion, created, updated, f.apply(appVersion),
                new KnowledgeStamp(f.apply(knowledge.version()), knowledge.checkedOn()), f.apply(title), mapped,
                diagnosis.map(f), f.apply(nextStep), f.apply(doNot),
                interview.stream().map(q -> new AnsweredQuestion(f.apply(q.questionId()), f.apply(q.question()),
                        f.apply(q.answerId()), f.apply(q.answer()), q.at())).toList(),
                f.apply(paste), redaction, timeline);
    }

    public IncidentPacket withRedaction(RedactionReport report) {
        return new IncidentPacket(schemaVersion, created, updated, appVersion, knowledge, title, fields, diagnosis,
                nextStep, doNot, interview, paste, report, timeline);
    }
}
