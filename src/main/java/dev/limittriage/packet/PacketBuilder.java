package dev.limittriage.packet;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Reset;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.evidence.Header;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.OwnerProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link IncidentPacket} from a diagnosis: fields read from the evidence are {@code parsed}, fields
 * concluded from the diagnosis or the knowledge data are {@code inferred}, and what the user types overrides both
 * as {@code entered}. {@link #build()} always returns a redacted packet.
 */
public final class PacketBuilder {
    private static final Pattern HEADER_LINE = Pattern.compile("^[<> \\t]*[A-Za-z0-9_-]+[ \\t]*:.*");
    private static final Pattern STATUS_LINE = Pattern.compile("^[<> \\t]*HTTP/[0-9.]+[ \\t]+[0-9]{3}.*");
    /** Lines curl -v adds: "> " marks the request, "* " its notes; "$ " is the shell command that ran it. */
    private static final Pattern CURL_VERBOSE = Pattern.compile("^(?:[>*] |\\$ ).*");
    private static final Pattern REQUEST_LINE = Pattern.compile("^(?:GET|POST|PUT|PATCH|DELETE) +[^ ]+.*");

    private final Diagnosis diagnosis;
    private final KnowledgeStamp knowledge;
    private final String appVersion;
    private final @Nullable String routeName;
    private final EnumMap<FieldName, PacketField> fields = new EnumMap<>(FieldName.class);
    private final List<AnsweredQuestion> interview = new ArrayList<>();
    private Instant created;
    private Instant updated;
    private boolean pseudonymizeIds;
    private @Nullable TimelineSection timeline;

    private PacketBuilder(Diagnosis diagnosis, KnowledgeStamp knowledge, @Nullable String routeName,
                          String appVersion, Instant now) {
        this.diagnosis = diagnosis;
        this.knowledge = knowledge;
        this.routeName = routeName;
        this.appVersion = appVersion;
        this.created = now;
        this.updated = now;
        prefill();
    }

    /** Prefills from the diagnosis; the route's wording comes from the knowledge data's owner profile. */
    public static PacketBuilder fromDiagnosis(Diagnosis diagnosis, Knowledge knowledge, String appVersion,
                                              Instant now) {
        String route = knowledge.owner(diagnosis.owner()).map(OwnerProfile::route).orElse(null);
        return new PacketBuilder(diagnosis, new KnowledgeStamp(knowledge.version(), knowledge.checkedOn()), route,
                appVersion, now);
    }

    /** Prefills from the diagnosis when only the knowledge version is at hand (tests, tools). */
    public static PacketBuilder fromDiagnosis(Diagnosis diagnosis, KnowledgeStamp knowledge, String appVersion,
                                              Instant now) {
        return new PacketBuilder(diagnosis, knowledge, null, appVersion, now);
    }

    /** Sets a field the user typed; a blank value removes the field. */
    public PacketBuilder withEntered(FieldName field, String value) {
        if (value.isBlank()) {
            fields.remove(field);
        } else {
            fields.put(field, PacketField.entered(value.strip()));
        }
        return this;
    }

    public PacketBuilder withEntered(Map<FieldName, String> entered) {
        entered.forEach(this::withEntered);
        return this;
    }

    public PacketBuilder withAnswers(List<AnsweredQuestion> answers) {
        interview.clear();
        interview.addAll(answers);
        return this;
    }

    /** When the case was started (a draft's creation time); the update time stays the builder's "now". */
    public PacketBuilder created(Instant when) {
        this.created = when;
        return this;
    }

    public PacketBuilder updated(Instant when) {
        this.updated = when;
        return this;
    }

    /** Adds the log's time line (its runs and counts); a paste with fewer than two failures adds nothing. */
    public PacketBuilder withTimeline(Timeline t) {
        this.timeline = TimelineSection.of(t);
        return this;
    }

    public PacketBuilder pseudonymizeIds(boolean on) {
        this.pseudonymizeIds = on;
        return this;
    }

    /** The packet, with every string redacted and the redaction report filled in. */
    public IncidentPacket build() {
        IncidentPacket raw = new IncidentPacket(IncidentPacket.SCHEMA_VERSION, created, updated, appVersion,
                knowledge, title(), fields, section(), diagnosis.nextStep(), diagnosis.doNot(), interview,
                diagnosis.evidence().text(), RedactionReport.none(), timeline);
        return new Redactor(pseudonymizeIds).redactPacket(raw);
    }

    private void prefill() {
        Evidence ev = diagnosis.evidence();
        if (routeName != null && !routeName.isBlank()) {
            fields.put(FieldName.ROUTE, PacketField.inferred(routeName));
        } else if (diagnosis.owner() != Owner.UNKNOWN) {
            fields.put(FieldName.ROUTE, PacketField.inferred(Labels.owner(diagnosis.owner())));
        }
        parsed(FieldName.MODEL, ev.value(FactKind.MODEL));
        parsed(FieldName.ORGANIZATION, ev.value(FactKind.ORGANIZATION).or(() -> header(ev, "openai-organization")));
        parsed(FieldName.PROJECT, ev.value(FactKind.PROJECT).or(() -> header(ev, "openai-project")));
        parsed(FieldName.ENDPOINT, ev.value(FactKind.ENDPOINT));
        parsed(FieldName.HTTP_STATUS, ev.value(FactKind.HTTP_STATUS));
        parsed(FieldName.ERROR_CODE, ev.value(FactKind.ERROR_CODE));
        parsed(FieldName.REQUEST_ID, ev.value(FactKind.REQUEST_ID).or(() -> header(ev, "x-request-id"))
                .or(() -> header(ev, "apim-request-id")).or(() -> header(ev, "x-ms-request-id")));
        parsed(FieldName.OCCURRED_AT, Optional.ofNullable(ev.responseDate()).map(Instant::toString));
        parsed(FieldName.RETRY_COUNT, ev.value(FactKind.RETRY_COUNT).or(() -> header(ev, "x-stainless-retry-count")));
        parsed(FieldName.REGION, ev.value(FactKind.REGION).or(() -> header(ev, "x-ms-region")));
        parsed(FieldName.DEPLOYMENT, ev.value(FactKind.DEPLOYMENT));
        parsed(FieldName.API_VERSION, ev.value(FactKind.API_VERSION));
        Reset reset = diagnosis.reset();
        if (reset != null) {
            fields.put(FieldName.RESET_TIME, PacketField.inferred(resetText(reset)));
        }
        if (diagnosis.bucket() == Bucket.MONTHLY_SPEND) {
            fields.put(FieldName.MONTHLY_USAGE_NEAR_CAP,
                    PacketField.inferred("yes: the block points at the monthly spend limit"));
        }
        if (!ev.headers().isEmpty()) {
            StringBuilder lines = new StringBuilder();
            for (Header h : ev.headers()) {
                lines.append(h.name()).append(": ").append(h.value()).append('\n');
            }
            fields.put(FieldName.RESPONSE_HEADERS, PacketField.parsed(lines.toString().strip()));
        }
        String body = body(ev);
        if (!body.isBlank()) {
            fields.put(FieldName.RESPONSE_BODY, PacketField.parsed(body));
        }
    }

    private void parsed(FieldName field, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> fields.put(field, PacketField.parsed(v.strip())));
    }

    private static Optional<String> header(Evidence ev, String name) {
        return ev.header(name).map(Header::value);
    }

    private static String resetText(Reset reset) {
        if (reset.at() != null) {
            return reset.at().toString();
        }
        Double s = reset.seconds();
        return s == null ? "unknown" : "about " + humanDuration(s) + " after the message";
    }

    /** 45780 s → "12 h 43 min"; 7.188 s → "7.2 s". Plain units, because this is read by people. */
    static String humanDuration(double seconds) {
        if (seconds < 60) {
            return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds)
                    : String.format(Locale.ROOT, "%.1f", seconds)) + " s";
        }
        long total = Math.round(seconds);
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long sec = total % 60;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(h).append(" h");
        }
        if (m > 0) {
            b.append(b.length() > 0 ? " " : "").append(m).append(" min");
        }
        if (h == 0 && sec > 0) {
            b.append(b.length() > 0 ? " " : "").append(sec).append(" s");
        }
        return b.toString();
    }

    /**
     * The paste without its status line, header lines, request lines, the shell command and curl's notes, blank
     * runs folded: what is left is the body (or the app's message).
     * Headers found inside a JSON or repr dump stay where they are, because cutting them would break the body.
     */
    static String body(Evidence ev) {
        String text = ev.text();
        if (ev.headers().isEmpty()) {
            return text.strip();
        }
        boolean[] headerStarts = new boolean[text.length() + 1];
        for (Header h : ev.headers()) {
            if (h.span().start() <= text.length()) {
                headerStarts[h.span().start()] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        boolean lastKeptBlank = true; // also drops blank lines at the start
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            boolean holdsHeader = false;
            for (int i = lineStart; i < lineEnd && !holdsHeader; i++) {
                holdsHeader = headerStarts[i];
            }
            boolean drop = (holdsHeader && HEADER_LINE.matcher(line).matches())
                    || STATUS_LINE.matcher(line).matches() || CURL_VERBOSE.matcher(line).matches()
                    || REQUEST_LINE.matcher(line).matches();
            if (!drop && !(line.isBlank() && lastKeptBlank)) {
                out.append(line).append('\n');
                lastKeptBlank = line.isBlank();
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out.toString().strip();
    }

    private String title() {
        StringBuilder t = new StringBuilder();
        diagnosis.evidence().httpStatus().ifPresent(s -> t.append("HTTP ").append(s).append(" · "));
        if (diagnosis.owner() == Owner.UNKNOWN && diagnosis.bucket() == Bucket.UNKNOWN) {
            return t.append("Image limit incident, owner not identified").toString();
        }
        return t.append(Labels.owner(diagnosis.owner())).append(" · ").append(Labels.bucket(diagnosis.bucket()))
                .toString();
    }

    private DiagnosisSection section() {
        Reset r = diagnosis.reset();
        return new DiagnosisSection(diagnosis.owner(), diagnosis.bucket(), diagnosis.detail(), diagnosis.retry(),
                diagnosis.confidence(), diagnosis.summary(),
                diagnosis.signals().stream().map(s -> new SignalNote(s.kind(), s.value(), s.ruleId())).toList(),
                r == null ? null : new ResetNote(r.seconds(), r.at(), r.source()),
                diagnosis.tierMatch() == null ? null : diagnosis.tierMatch().explanation(),
                diagnosis.observations());
    }
}
