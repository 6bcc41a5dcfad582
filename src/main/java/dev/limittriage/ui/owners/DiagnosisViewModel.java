package dev.limittriage.ui.owners;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Signal;
import dev.limittriage.diagnosis.TierMatch;
import dev.limittriage.io.KnowledgePacks;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.knowledge.TierTable;
import dev.limittriage.ui.DialogService;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.Route;
import dev.limittriage.ui.TriageCase;
import dev.limittriage.ui.about.AboutViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The diagnosis screen: the one-sentence answer, confidence and reasons, the owner diagram's data and the tier
 * table that applies to the diagnosed owner (none on the ChatGPT-app route, where API tiers mean nothing).
 */
public final class DiagnosisViewModel {
    /** Published limits older than this are flagged: they change without notice. */
    public static final long STALE_AFTER_DAYS = 120;
    /** The four routes of the diagram and the owners behind each, in drawing order. */
    public static final Map<String, List<Owner>> ROUTES = routes();

    private final TriageCase triageCase;
    private final Supplier<KnowledgePacks.Active> active;
    private Knowledge knowledge;
    private final ReadOnlyStringWrapper knowledgeSource = new ReadOnlyStringWrapper(this, "knowledgeSource", "");
    private final Clock clock;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper confidenceText = new ReadOnlyStringWrapper(this, "confidenceText", "");
    private final ReadOnlyDoubleWrapper confidence = new ReadOnlyDoubleWrapper(this, "confidence");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> reasonsReadOnly = FXCollections.unmodifiableObservableList(reasons);
    private final ReadOnlyObjectWrapper<Owner> owner = new ReadOnlyObjectWrapper<>(this, "owner", Owner.UNKNOWN);
    private final ReadOnlyObjectWrapper<Bucket> bucket = new ReadOnlyObjectWrapper<>(this, "bucket", Bucket.UNKNOWN);
    private final ReadOnlyBooleanWrapper tiersApply = new ReadOnlyBooleanWrapper(this, "tiersApply");
    private final ReadOnlyStringWrapper tierNote = new ReadOnlyStringWrapper(this, "tierNote", "");
    private final ReadOnlyStringWrapper tierCaption = new ReadOnlyStringWrapper(this, "tierCaption", "");
    private final ReadOnlyStringWrapper staleWarning = new ReadOnlyStringWrapper(this, "staleWarning", "");
    private final ReadOnlyStringWrapper matchedTier = new ReadOnlyStringWrapper(this, "matchedTier", "");
    private final ObservableList<TierRow> tierRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sourceUrl = new ReadOnlyStringWrapper(this, "sourceUrl", "");
    private final ReadOnlyStringWrapper copied = new ReadOnlyStringWrapper(this, "copied", "");
    private final DialogService dialogs;
    private final ObservableList<TierRow> tierRowsReadOnly = FXCollections.unmodifiableObservableList(tierRows);

    public DiagnosisViewModel(TriageCase triageCase, Knowledge knowledge, Clock clock, DialogService dialogs) {
        this(triageCase, () -> new KnowledgePacks.Active(knowledge, KnowledgePacks.Origin.BUILT_IN, null), clock,
                dialogs);
    }

    /** With the app's active knowledge: an imported update is used from the next diagnosis on. */
    public DiagnosisViewModel(TriageCase triageCase, Supplier<KnowledgePacks.Active> active, Clock clock,
                              DialogService dialogs) {
        this.dialogs = dialogs;
        this.triageCase = triageCase;
        this.active = active;
        this.clock = clock;
        triageCase.diagnosisProperty().addListener((obs, old, d) -> refresh());
        refresh();
    }

    private static Map<String, List<Owner>> routes() {
        Map<String, List<Owner>> map = new LinkedHashMap<>();
        map.put("chatgpt_app", List.of(Owner.CHATGPT_APP));
        map.put("openai_api", List.of(Owner.OPENAI_API, Owner.OPENAI_BILLING, Owner.OPENAI_ACCESS));
        map.put("azure", List.of(Owner.AZURE));
        map.put("provider", List.of(Owner.PROVIDER));
        return map;
    }

    public void refresh() {
        KnowledgePacks.Active now = active.get();
        knowledge = now.knowledge();
        knowledgeSource.set(I18n.text("diagnosis.knowledgeSource", AboutViewModel.describe(now)));
        Diagnosis d = triageCase.diagnosisProperty().get();
        reasons.clear();
        if (d == null) {
            summary.set(I18n.text("diagnosis.none"));
            confidence.set(0);
            confidenceText.set("");
            detail.set("");
            owner.set(Owner.UNKNOWN);
            bucket.set(Bucket.UNKNOWN);
            showTiers(null, null);
            return;
        }
        summary.set(d.summary());
        confidence.set(d.confidence());
        confidenceText.set(I18n.text("diagnosis.confidence", Math.round(d.confidence() * 100),
                I18n.text(d.confidence() >= 0.75 ? "diagnosis.confidence.high"
                        : d.confidence() >= Diagnosis.LOW_CONFIDENCE ? "diagnosis.confidence.medium"
                        : "diagnosis.confidence.low")));
        detail.set(d.detail() == null ? "" : d.detail());
        owner.set(d.owner());
        bucket.set(d.bucket());
        for (Signal s : d.signals()) {
            String kind = I18n.has("signal." + s.kind()) ? I18n.text("signal." + s.kind()) : s.kind();
            reasons.add(I18n.text("diagnosis.reason", kind, s.value()));
        }
        reasons.addAll(d.observations());
        showTiers(d.owner(), d.tierMatch());
    }

    private void showTiers(@Nullable Owner diagnosed, @Nullable TierMatch match) {
        tierRows.clear();
        matchedTier.set(match == null || match.tier() == null ? "" : match.tier());
        staleWarning.set("");
        tierCaption.set("");
        sourceUrl.set("");
        copied.set("");
        boolean chatgpt = triageCase.routeProperty().get() == Route.CHATGPT_APP || diagnosed == Owner.CHATGPT_APP;
        if (chatgpt) {
            tiersApply.set(false);
            tierNote.set(I18n.text("diagnosis.tiers.chatgpt"));
            return;
        }
        Optional<TierTable> table = tableFor(diagnosed, match);
        tiersApply.set(table.isPresent());
        if (table.isEmpty()) {
            tierNote.set(I18n.text(diagnosed == Owner.PROVIDER ? "diagnosis.tiers.provider" : "diagnosis.tiers.none"));
            return;
        }
        TierTable t = table.get();
        tierRows.setAll(t.rows());
        sourceUrl.set(t.source().url() == null ? "" : t.source().url());
        tierCaption.set(I18n.text("diagnosis.tiers.caption", t.title(), t.source().title(),
                t.source().checkedOn().toString()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long age = ChronoUnit.DAYS.between(t.source().checkedOn(), today);
        if (age > STALE_AFTER_DAYS) {
            staleWarning.set(I18n.text("diagnosis.tiers.stale", age));
        }
        List<String> notes = new ArrayList<>();
        if (match != null) {
            notes.add(match.explanation());
        }
        notes.add(t.caveat());
        tierNote.set(String.join(" ", notes));
    }

    private Optional<TierTable> tableFor(@Nullable Owner diagnosed, @Nullable TierMatch match) {
        if (match != null) {
            Optional<TierTable> matched = knowledge.tierTable(match.tableId());
            if (matched.isPresent()) {
                return matched;
            }
        }
        if (diagnosed == Owner.AZURE) {
            return knowledge.tiers().stream().filter(t -> t.owner() == Owner.AZURE).findFirst();
        }
        if (diagnosed == Owner.OPENAI_API || diagnosed == Owner.OPENAI_BILLING || diagnosed == Owner.OPENAI_ACCESS
                || diagnosed == Owner.UNKNOWN || diagnosed == null) {
            return knowledge.tierTable("gpt-image-2")
                    .or(() -> knowledge.tiers().stream().filter(t -> t.owner() == Owner.OPENAI_API).findFirst());
        }
        return Optional.empty();
    }

    /** Copies the tier table's source link. */
    public void copySourceLink() {
        if (!sourceUrl.get().isEmpty()) {
            dialogs.copyToClipboard(sourceUrl.get());
            copied.set(I18n.text("diagnosis.tiers.copied", sourceUrl.get()));
        }
    }

    /** Opens the tier table's source in the system browser: only on the user's click. */
    public void openSourceLink() {
        if (!sourceUrl.get().isEmpty()) {
            dialogs.openLink(sourceUrl.get());
        }
    }

    /** "Diagnosed with knowledge 2026.11.1, checked on 2026-11-28 (built in).": which facts this screen used. */
    public ReadOnlyStringProperty knowledgeSourceProperty() {
        return knowledgeSource.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceUrlProperty() {
        return sourceUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty copiedProperty() {
        return copied.getReadOnlyProperty();
    }

    public List<OwnerProfile> profiles() {
        return knowledge.owners();
    }

    public Optional<OwnerProfile> profile(Owner o) {
        return knowledge.owner(o);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confidenceTextProperty() {
        return confidenceText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<String> reasons() {
        return reasonsReadOnly;
    }

    public ReadOnlyObjectProperty<Owner> ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Bucket> bucketProperty() {
        return bucket.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tiersApplyProperty() {
        return tiersApply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tierNoteProperty() {
        return tierNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tierCaptionProperty() {
        return tierCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staleWarningProperty() {
        return staleWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchedTierProperty() {
        return matchedTier.getReadOnlyProperty();
    }

    public ObservableList<TierRow> tierRows() {
        return tierRowsReadOnly;
    }
}
