package dev.limittriage.ui.export;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Timeline;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.IncidentPacket;
import dev.limittriage.packet.PacketBuilder;
import dev.limittriage.packet.PacketField;
import dev.limittriage.packet.PacketTemplate;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.TriageCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The packet form: fields prefilled from the evidence, each marked parsed / entered / inferred, the fields support
 * needs for this route marked required, and a preview of exactly what redaction leaves of the paste.
 */
public final class PacketViewModel {
    private static final Map<PacketTemplate, Set<FieldName>> REQUIRED = Map.of(
            PacketTemplate.OPENAI, Set.of(FieldName.MODEL, FieldName.ORGANIZATION, FieldName.REQUEST_ID,
                    FieldName.OCCURRED_AT),
            PacketTemplate.AZURE, Set.of(FieldName.SUBSCRIPTION, FieldName.RESOURCE, FieldName.REGION,
                    FieldName.DEPLOYMENT, FieldName.REQUEST_ID),
            PacketTemplate.PROVIDER, Set.of(FieldName.PROVIDER, FieldName.MODEL, FieldName.OCCURRED_AT),
            PacketTemplate.CHATGPT, Set.of(FieldName.PLAN, FieldName.OCCURRED_AT),
            PacketTemplate.FULL, Set.of());

    private final TriageCase triageCase;
    private final Supplier<Knowledge> knowledge;
    private final Clock clock;
    private final String appVersion;
    private Function<String, @Nullable Timeline> timeline = text -> null;
    private final ObservableList<FieldRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty pseudonymize = new SimpleBooleanProperty(this, "pseudonymize");
    private final ReadOnlyStringWrapper redactedPaste = new ReadOnlyStringWrapper(this, "redactedPaste", "");
    private final ReadOnlyStringWrapper redactionReport = new ReadOnlyStringWrapper(this, "redactionReport", "");
    private final ReadOnlyIntegerWrapper missingRequired = new ReadOnlyIntegerWrapper(this, "missingRequired");
    private final ReadOnlyStringWrapper requiredNote = new ReadOnlyStringWrapper(this, "requiredNote", "");
    private Map<FieldName, PacketField> prefilled = Map.of();
    private boolean loading;

    public PacketViewModel(TriageCase triageCase, Knowledge knowledge, Clock clock, String appVersion) {
        this(triageCase, () -> knowledge, clock, appVersion);
    }

    /** The knowledge may still be loading: it is first read when a packet is prepared. */
    public PacketViewModel(TriageCase triageCase, Supplier<Knowledge> knowledge, Clock clock, String appVersion) {
        this.triageCase = triageCase;
        this.knowledge = knowledge;
        this.clock = clock;
        this.appVersion = appVersion;
        pseudonymize.addListener((obs, was, on) -> refreshPreview());
    }

    /** The reader a packet for this case is most likely meant for. */
    public PacketTemplate defaultTemplate() {
        Diagnosis d = triageCase.diagnosisProperty().get();
        Owner owner = d == null ? Owner.UNKNOWN : d.owner();
        Route route = triageCase.routeProperty().get();
        if (owner == Owner.CHATGPT_APP || (owner == Owner.UNKNOWN && route == Route.CHATGPT_APP)) {
            return PacketTemplate.CHATGPT;
        }
        return switch (owner) {
            case AZURE -> PacketTemplate.AZURE;
            case PROVIDER -> PacketTemplate.PROVIDER;
            case OPENAI_API, OPENAI_BILLING, OPENAI_ACCESS -> PacketTemplate.OPENAI;
            default -> route == Route.AZURE ? PacketTemplate.AZURE : route == Route.PROVIDER
                    ? PacketTemplate.PROVIDER : PacketTemplate.OPENAI;
        };
    }

    /** Entering the step: rebuild the rows from the diagnosis and what the user typed before. */
    public void prepare() {
        Diagnosis d = triageCase.diagnosisProperty().get();
        loading = true;
        try {
            rows.clear();
            if (d == null) {
                prefilled = Map.of();
                return;
            }
            prefilled = PacketBuilder.fromDiagnosis(d, knowledge.get(), appVersion, clock.instant()).build().fields();
            PacketTemplate template = defaultTemplate();
            List<FieldName> shown = new ArrayList<>();
            shown.add(FieldName.ROUTE);
            for (FieldName f : template.summaryFields()) {
                if (!shown.contains(f) && !f.isBlock()) {
                    shown.add(f);
                }
            }
            for (FieldName f : FieldName.values()) {
                if (!shown.contains(f) && !f.isBlock() && (prefilled.containsKey(f)
                        || triageCase.enteredFields().containsKey(f.key()))) {
                    shown.add(f);
                }
            }
            shown.remove(FieldName.NOTES);
            shown.add(FieldName.NOTES);
            Set<FieldName> required = REQUIRED.getOrDefault(template, Set.of());
            for (FieldName f : shown) {
                FieldRow row = new FieldRow(f, required.contains(f));
                show(row);
                row.valueProperty().addListener((obs, old, value) -> edited(row, value));
                rows.add(row);
            }
        } finally {
            loading = false;
        }
        updateRequired();
        refreshPreview();
    }

    private void show(FieldRow row) {
        String key = row.field().key();
        if (row.field() == FieldName.NOTES) {
            row.valueProperty().set(triageCase.notesProperty().get());
            row.setOrigin(triageCase.notesProperty().get().isBlank() ? "" : "entered");
            return;
        }
        String entered = triageCase.enteredFields().get(key);
        PacketField pre = prefilled.get(row.field());
        if (entered != null) {
            row.valueProperty().set(entered);
            row.setOrigin("entered");
        } else if (pre != null) {
            row.valueProperty().set(pre.value());
            row.setOrigin(pre.origin().id());
        } else {
            row.valueProperty().set("");
            row.setOrigin("");
        }
    }

    private void edited(FieldRow row, String value) {
        if (loading) {
            return;
        }
        if (row.field() == FieldName.NOTES) {
            triageCase.notesProperty().set(value);
            row.setOrigin(value.isBlank() ? "" : "entered");
        } else {
            PacketField pre = prefilled.get(row.field());
            if (pre != null && pre.value().equals(value)) {
                triageCase.enteredFields().remove(row.field().key());
                row.setOrigin(pre.origin().id());
            } else if (value.isBlank()) {
                triageCase.enteredFields().remove(row.field().key());
                row.setOrigin("");
            } else {
                triageCase.enteredFields().put(row.field().key(), value);
                row.setOrigin("entered");
            }
        }
        updateRequired();
        refreshPreview();
    }

    private void updateRequired() {
        int missing = (int) rows.stream().filter(r -> r.required() && r.valueProperty().get().isBlank()).count();
        missingRequired.set(missing);
        requiredNote.set(missing == 0 ? I18n.text("packet.required.done")
                : I18n.text("packet.required.missing", missing));
    }

    private void refreshPreview() {
        IncidentPacket p = packet();
        if (p == null) {
            redactedPaste.set("");
            redactionReport.set("");
            return;
        }
        redactedPaste.set(p.paste());
        if (p.redaction().total() == 0) {
            redactionReport.set(I18n.text("packet.redaction.none"));
        } else {
            List<String> parts = new ArrayList<>();
            p.redaction().counts().forEach((kind, count) -> parts.add(I18n.text("packet.redaction.item", count,
                    kind)));
            redactionReport.set(I18n.text("packet.redaction.report", p.redaction().total(),
                    String.join(", ", parts)));
        }
    }

    /** Puts the paste's failures over time into the packet (its runs and counts). */
    public void useTimeline(Function<String, @Nullable Timeline> reader) {
        this.timeline = reader;
    }

    /** The packet as it would be exported now (redacted), or null without a diagnosis. */
    public @Nullable IncidentPacket packet() {
        Diagnosis d = triageCase.diagnosisProperty().get();
        if (d == null) {
            return null;
        }
        PacketBuilder builder = PacketBuilder.fromDiagnosis(d, knowledge.get(), appVersion, clock.instant())
                .created(triageCase.createdAtProperty().get()).withEntered(triageCase.entered())
                .withAnswers(triageCase.timeline())
                .pseudonymizeIds(pseudonymize.get());
        Timeline log = timeline.apply(triageCase.pasteProperty().get());
        if (log != null) {
            builder.withTimeline(log);
        }
        return builder.build();
    }

    public Optional<FieldRow> row(FieldName field) {
        return rows.stream().filter(r -> r.field() == field).findFirst();
    }

    public ObservableList<FieldRow> rows() {
        return rowsReadOnly;
    }

    public BooleanProperty pseudonymizeProperty() {
        return pseudonymize;
    }

    public ReadOnlyStringProperty redactedPasteProperty() {
        return redactedPaste.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redactionReportProperty() {
        return redactionReport.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty missingRequiredProperty() {
        return missingRequired.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requiredNoteProperty() {
        return requiredNote.getReadOnlyProperty();
    }
}
