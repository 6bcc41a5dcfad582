package dev.limittriage.io;

import dev.limittriage.packet.AnsweredQuestion;
import dev.limittriage.packet.DiagnosisSection;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.Labels;
import dev.limittriage.packet.Origin;
import dev.limittriage.packet.PacketField;
import dev.limittriage.packet.PacketTemplate;
import dev.limittriage.packet.RedactionReport;
import dev.limittriage.packet.Redactor;
import dev.limittriage.packet.ResetNote;
import dev.limittriage.packet.SignalNote;
import dev.limittriage.packet.TimelineSection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders an incident packet as Markdown that reads well on GitHub and in ticket systems: a title, a summary table,
 * the diagnosis, the next step and what not to do, the timeline, and the body and headers in fenced code blocks.
 * Table cells and text are escaped, and each fence is longer than any backtick run inside it, so nothing from the
 * paste can close a block or become a link or HTML. The packet is redacted again before rendering.
 */
public final class PacketMarkdown {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String ESCAPED = "\\`*_[]<>|#!~&{}";

    private final Redactor redactor = new Redactor();

    /** The packet as Markdown for the given reader. */
    public String write(IncidentPacket packet, PacketTemplate template) {
        IncidentPacket p = redactor.redactPacket(packet);
        StringBuilder md = new StringBuilder();
        if (template.technical()) {
            technical(md, p, template);
        } else {
            chatGpt(md, p);
        }
        return md.toString();
    }

    private void technical(StringBuilder md, IncidentPacket p, PacketTemplate template) {
        md.append("# ").append(inline(p.title())).append("\n\n");
        md.append(inline(preparedFor(p, template))).append(' ').append(inline(redactionLine(p.redaction(), true)))
                .append("\n\n");

        md.append("## Summary\n\n");
        List<FieldName> rows = template.summaryFields().isEmpty()
                ? p.fields().keySet().stream().filter(f -> !f.isBlock()).toList()
                : template.summaryFields();
        table(md, List.of("Field", "Value", "Source"), rows.stream().map(f -> List.of(f.label(),
                p.value(f).orElse("not given"), p.field(f).map(v -> v.origin().id()).orElse("—"))).toList());

        DiagnosisSection d = p.diagnosis();
        md.append("## Diagnosis\n\n");
        md.append(inline(d.summary())).append("\n\n");
        List<List<String>> diag = new ArrayList<>();
        diag.add(List.of("Who owns the limit", Labels.owner(d.owner()) + " (" + d.owner().id() + ")"));
        diag.add(List.of("What ran out", Labels.bucket(d.bucket()) + " (" + d.bucket().id() + ")"));
        if (d.detail() != null) {
            diag.add(List.of("Detail", d.detail()));
        }
        diag.add(List.of("Retry", Labels.retry(d.retry()) + " (" + d.retry().id() + ")"));
        diag.add(List.of("Confidence", String.format(Locale.ROOT, "%.2f (%s)", d.confidence(),
                Labels.confidence(d.confidence()))));
        if (d.reset() != null) {
            diag.add(List.of("Resets", resetText(d.reset())));
        }
        if (d.tier() != null) {
            diag.add(List.of("Tier", d.tier()));
        }
        table(md, List.of("Item", "Finding"), diag);
        if (!d.signals().isEmpty()) {
            md.append("Signals that decided it:\n\n");
            for (SignalNote s : d.signals()) {
                md.append("- ").append(inline(s.kind())).append(": ").append(code(s.value()));
                if (s.ruleId() != null) {
                    md.append(" (rule ").append(inline(s.ruleId())).append(')');
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (!d.observations().isEmpty()) {
            md.append("Also noticed:\n\n");
            for (String o : d.observations()) {
                md.append("- ").append(inline(o)).append('\n');
            }
            md.append('\n');
        }

        failures(md, p.timeline());
        md.append("## Next step\n\n").append(paragraph(p.nextStep())).append("\n\n");
        md.append("## What not to do\n\n").append(paragraph(p.doNot())).append("\n\n");
        timeline(md, p, "## Timeline", "Question", "Answer");
        notes(md, p);

        Optional<String> body = p.value(FieldName.RESPONSE_BODY);
        body.ifPresent(b -> md.append("## Response body\n\n").append(fence(b, info(b))).append('\n'));
        p.value(FieldName.RESPONSE_HEADERS)
                .ifPresent(h -> md.append("## Response headers\n\n").append(fence(h, "http")).append('\n'));
        if (!p.paste().isBlank() && !body.map(b -> b.equals(p.paste().strip())).orElse(false)) {
            md.append("## Original paste (redacted)\n\n").append(fence(p.paste(), "text")).append('\n');
        }
        footer(md, p);
    }

    /** The ChatGPT reader gets no API jargon: what the app said, the plan, when, and what to do. */
    private void chatGpt(StringBuilder md, IncidentPacket p) {
        md.append("# ChatGPT image limit: what happened\n\n");
        md.append(inline("Prepared with Limit Triage " + p.appVersion() + " on " + TIME.format(p.updated()) + ". "
                + redactionLine(p.redaction(), false))).append("\n\n");
        md.append("## What the app said\n\n");
        if (p.paste().isBlank()) {
            // answers-only cases (the app showed no text, or none was copied): say so instead of an empty block
            md.append(paragraph("No message was copied from the app; the answers below describe what happened."))
                    .append("\n\n");
        } else {
            md.append(fence(p.paste(), "text")).append('\n');
        }
        md.append("## Details\n\n");
        table(md, List.of("Detail", "Value", "Source"), PacketTemplate.CHATGPT.summaryFields().stream()
                .map(f -> List.of(plainLabel(f), p.value(f).orElse("not given"),
                        p.field(f).map(v -> plainOrigin(v.origin())).orElse("—"))).toList());
        DiagnosisSection d = p.diagnosis();
        md.append("## What it means\n\n");
        md.append(inline(d.summary())).append("\n\n");
        table(md, List.of("Question", "Answer"), List.of(
                List.of("Which limit", Labels.bucket(d.bucket())),
                List.of("Who can lift it", Labels.owner(d.owner())),
                List.of("Trying again", Labels.retry(d.retry())),
                List.of("How sure the app is", Labels.confidence(d.confidence()))));
        md.append("## What to do next\n\n").append(paragraph(p.nextStep())).append("\n\n");
        md.append("## What not to do\n\n").append(paragraph(p.doNot())).append("\n\n");
        timeline(md, p, "## What we checked", "Question", "Answer");
        notes(md, p);
        md.append("---\n\n").append(inline("Made with Limit Triage " + p.appVersion() + ". Its advice was last "
                + "checked on " + p.knowledge().checkedOn() + ".")).append('\n');
    }

    private static String plainLabel(FieldName f) {
        return switch (f) {
            case PLAN -> "Your plan";
            case OCCURRED_AT -> "When it happened";
            case RESET_TIME -> "When it should reset";
            default -> f.label();
        };
    }

    private static String plainOrigin(Origin origin) {
        return switch (origin) {
            case PARSED -> "from the message";
            case ENTERED -> "you said";
            case INFERRED -> "worked out by the app";
        };
    }

    private static void timeline(StringBuilder md, IncidentPacket p, String heading, String q, String a) {
        if (p.interview().isEmpty()) {
            return;
        }
        md.append(heading).append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (AnsweredQuestion aq : p.interview()) {
            rows.add(List.of(TIME.format(aq.at()), aq.question(), aq.answer()));
        }
        table(md, List.of("Time", q, a), rows);
    }

    /** The log's failures over time: one table row per run, then the busiest minutes. */
    private static void failures(StringBuilder md, @Nullable TimelineSection t) {
        if (t == null) {
            return;
        }
        md.append("## Failures over time\n\n");
        List<String> counts = new ArrayList<>();
        t.counts().forEach((b, n) -> counts.add(n + " × " + Labels.bucket(b)));
        md.append(inline("The paste holds " + t.total() + " failures (" + String.join(", ", counts) + ")"
                + (t.first() == null ? "" : ", from " + t.first() + " to " + t.last()) + "."
                + (t.timesWithoutZone() == null ? "" : " Times without a zone are " + t.timesWithoutZone() + ".")))
                .append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (TimelineSection.RunNote r : t.runs()) {
            rows.add(List.of(String.valueOf(r.count()), Labels.bucket(r.bucket()) + " (" + r.bucket().id() + ")",
                    r.owner().id(), r.status() == null ? "—" : String.valueOf(r.status()), Labels.retry(r.retry()),
                    r.from() == null ? "—" : r.from(), r.to() == null ? "—" : r.to(),
                    r.firstLine() == r.lastLine() ? String.valueOf(r.firstLine())
                            : r.firstLine() + "–" + r.lastLine()));
        }
        table(md, List.of("Count", "Failure", "Owner", "HTTP", "Retry", "From", "To", "Lines"), rows);
        if (t.runsLeftOut() > 0) {
            md.append(inline(t.runsLeftOut() + " more runs are left out.")).append("\n\n");
        }
        for (TimelineSection.PeakNote peak : t.peaks()) {
            md.append("- ").append(inline("Busiest minute for " + Labels.bucket(peak.bucket()) + ": " + peak.count()
                    + " at " + peak.minute() + (peak.limit() == null ? ""
                    : ", against the limit of " + peak.limit() + " " + peak.measure() + " the log states")))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void notes(StringBuilder md, IncidentPacket p) {
        p.value(FieldName.NOTES).ifPresent(n -> md.append("## Notes\n\n").append(paragraph(n)).append("\n\n"));
    }

    private static void footer(StringBuilder md, IncidentPacket p) {
        md.append("---\n\n");
        md.append(inline("Created " + TIME.format(p.created()) + ", updated " + TIME.format(p.updated())
                + ". Knowledge data " + p.knowledge().version() + ", checked on " + p.knowledge().checkedOn()
                + ". Packet schema version " + p.schemaVersion() + ". Sources: parsed = read from the paste, "
                + "entered = typed by the user, inferred = concluded by Limit Triage.")).append('\n');
    }

    private static String preparedFor(IncidentPacket p, PacketTemplate template) {
        return "Prepared for " + template.reader() + " with Limit Triage " + p.appVersion() + " on "
                + TIME.format(p.updated()) + ".";
    }

    static String redactionLine(RedactionReport report, boolean technical) {
        if (report.total() == 0) {
            return (technical ? "No secrets were found in the paste." : "Nothing private was found to hide.")
                    + (report.pseudonymizedIds() ? " Organization and project ids were replaced by pseudonyms." : "");
        }
        StringBuilder s = new StringBuilder(technical ? "Secrets were redacted (" : "Private details were hidden (");
        s.append(report.total()).append(": ");
        boolean first = true;
        for (Map.Entry<String, Integer> e : report.counts().entrySet()) {
            s.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            first = false;
        }
        s.append(").");
        if (report.pseudonymizedIds()) {
            s.append(" Organization and project ids were replaced by pseudonyms.");
        }
        return s.toString();
    }

    private static String resetText(ResetNote r) {
        Instant at = r.at();
        Double seconds = r.seconds();
        String after = seconds == null ? null : trimNumber(seconds) + " s after the response";
        String when;
        if (at != null) {
            when = after == null ? TIME.format(at) : TIME.format(at) + " (" + after + ")";
        } else {
            when = after == null ? "time not given" : after;
        }
        return when + ", from " + r.source();
    }

    private static String trimNumber(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String info(String body) {
        String t = body.strip();
        return t.startsWith("{") || t.startsWith("[") ? "json" : "text";
    }

    /** A GFM table; every cell escaped, newlines become {@code <br>}. */
    static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        md.append('|');
        for (String h : header) {
            md.append(' ').append(cell(h)).append(" |");
        }
        md.append("\n|");
        md.append("---|".repeat(header.size()));
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|');
            for (String c : row) {
                md.append(' ').append(cell(c)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    static String cell(String text) {
        String one = text.strip().replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        String[] lines = one.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>");
            }
            out.append(inline(lines[i].strip()));
        }
        return out.toString();
    }

    /** Escapes Markdown punctuation so text stays text (no links, HTML, emphasis or table breaks). */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Multi-line text as one paragraph with hard breaks; a line can never start a list, heading or quote. */
    static String paragraph(String text) {
        String[] lines = text.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n");
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("<br>\n");
            }
            String esc = inline(line);
            char first = esc.charAt(0);
            if (first == '-' || first == '+' || first == '=' || Character.isDigit(first)) {
                int k = 0;
                while (k < esc.length() && Character.isDigit(esc.charAt(k))) {
                    k++;
                }
                if (k == 0) {
                    esc = "\\" + esc;
                } else if (k < esc.length() && (esc.charAt(k) == '.' || esc.charAt(k) == ')')) {
                    esc = esc.substring(0, k) + "\\" + esc.substring(k);
                }
            }
            out.append(esc);
        }
        return out.toString();
    }

    /** Inline code whose backtick delimiter is longer than any backtick run inside. */
    static String code(String text) {
        String one = text.replace('\n', ' ').replace('\r', ' ');
        String ticks = "`".repeat(longestRun(one, '`') + 1);
        String pad = one.startsWith("`") || one.endsWith("`") || one.isBlank() ? " " : "";
        return ticks + pad + one + pad + ticks;
    }

    /** A fenced block whose fence is longer than any backtick run in the content (and at least three). */
    static String fence(String content, String info) {
        String body = content.replace("\r\n", "\n").replace('\r', '\n');
        String ticks = "`".repeat(Math.max(3, longestRun(body, '`') + 1));
        StringBuilder out = new StringBuilder(body.length() + 32);
        out.append(ticks).append(info).append('\n').append(body);
        if (!body.endsWith("\n")) {
            out.append('\n');
        }
        return out.append(ticks).append('\n').toString();
    }

    static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
