package dev.limittriage.ui.plan;

import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.TierMatch;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.ImageModelCosts;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.Quality;
import dev.limittriage.knowledge.Source;
import dev.limittriage.packet.FieldName;
import dev.limittriage.plan.ImageSize;
import dev.limittriage.plan.Plan;
import dev.limittriage.plan.PlanException;
import dev.limittriage.plan.PlanRequest;
import dev.limittriage.plan.Planner;
import dev.limittriage.plan.RateLimits;
import dev.limittriage.ui.I18n;
import dev.limittriage.ui.TriageCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * "Plan a batch": the inputs (model, size, quality, n, images, limits, concurrency), prefilled from the case, and
 * the plan for them, recomputed on every change. Bad input shows a message instead of a plan.
 */
public final class PlanViewModel {
    /** The rate buckets for which the Diagnosis and Recovery screens offer the planner. */
    public static final Set<Bucket> RATE_BUCKETS = Set.of(Bucket.IPM, Bucket.TPM, Bucket.RPM, Bucket.RPD);

    /** Where the limits come from: a published tier, Azure's default quota, or typed in. */
    public enum LimitsChoice {
        TIER_1(1), TIER_2(2), TIER_3(3), TIER_4(4), TIER_5(5), AZURE(0), CUSTOM(0);

        private final int tier;

        LimitsChoice(int tier) {
            this.tier = tier;
        }

        public int tier() {
            return tier;
        }

        public String label() {
            return tier > 0 ? I18n.text("plan.limits.tier", tier) : I18n.text("plan.limits." + name()
                    .toLowerCase(Locale.ROOT));
        }
    }

    /** One row of the next-tiers table, as shown. */
    public record TierRowView(String tier, String binding, String time, String pace) {
    }

    /** One bar group of the chart: the share of each limit a minute of the plan uses, in percent (null: no limit). */
    public record MinuteShare(int minute, @Nullable Double ipm, @Nullable Double tpm, @Nullable Double rpm) {
    }

    private final TriageCase triageCase;
    private final Supplier<Knowledge> knowledge;
    private @Nullable Planner planner;
    private final StringProperty model = new SimpleStringProperty(this, "model", "gpt-image-2");
    private final StringProperty size = new SimpleStringProperty(this, "size", "1024x1024");
    private final ObjectProperty<Quality> quality = new SimpleObjectProperty<>(this, "quality", Quality.HIGH);
    private final IntegerProperty perRequest = new SimpleIntegerProperty(this, "perRequest", 1);
    private final IntegerProperty images = new SimpleIntegerProperty(this, "images", 100);
    private final ObjectProperty<LimitsChoice> limits = new SimpleObjectProperty<>(this, "limits",
            LimitsChoice.TIER_1);
    private final StringProperty customIpm = new SimpleStringProperty(this, "customIpm", "");
    private final StringProperty customTpm = new SimpleStringProperty(this, "customTpm", "");
    private final StringProperty customRpm = new SimpleStringProperty(this, "customRpm", "");
    private final IntegerProperty concurrency = new SimpleIntegerProperty(this, "concurrency", 1);
    private final ReadOnlyObjectWrapper<@Nullable Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper binding = new ReadOnlyStringWrapper(this, "binding", "");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "");
    private final ReadOnlyStringWrapper pace = new ReadOnlyStringWrapper(this, "pace", "");
    private final ReadOnlyStringWrapper tokens = new ReadOnlyStringWrapper(this, "tokens", "");
    private final ReadOnlyStringWrapper tokensSource = new ReadOnlyStringWrapper(this, "tokensSource", "");
    private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper(this, "cost", "");
    private final ReadOnlyStringWrapper batch = new ReadOnlyStringWrapper(this, "batch", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper prefilledFrom = new ReadOnlyStringWrapper(this, "prefilledFrom", "");
    private final ReadOnlyStringWrapper added = new ReadOnlyStringWrapper(this, "added", "");
    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(this, "custom");
    private final ObservableList<TierRowView> nextTiers = FXCollections.observableArrayList();
    private final ObservableList<MinuteShare> demand = FXCollections.observableArrayList();
    private final ObservableList<String> models = FXCollections.observableArrayList();

    public PlanViewModel(TriageCase triageCase, Supplier<Knowledge> knowledge) {
        this.triageCase = triageCase;
        this.knowledge = knowledge;
        custom.bind(limits.isEqualTo(LimitsChoice.CUSTOM));
        for (Observable o : List.<Observable>of(model, size, quality, perRequest, images, limits, customIpm, customTpm,
                customRpm, concurrency)) {
            o.addListener(ignored -> recompute());
        }
    }

    private Planner planner() {
        if (planner == null) {
            planner = new Planner(knowledge.get());
            models.setAll(knowledge.get().imageCosts().stream().map(ImageModelCosts::model).toList());
        }
        return planner;
    }

    /** Entering the screen: the inputs from the case (model, size, quality, n, tier), then the plan. */
    public void prepare() {
        planner();
        added.set("");
        Diagnosis d = triageCase.diagnosisProperty().get();
        List<String> from = new ArrayList<>();
        if (d != null) {
            d.evidence().value(FactKind.MODEL).map(m -> m.toLowerCase(Locale.ROOT).trim())
                    .filter(m -> knowledge.get().imageCosts(m).isPresent()).ifPresent(m -> {
                        model.set(m);
                        from.add(I18n.text("plan.prefill.model", m));
                    });
            TierMatch match = d.tierMatch();
            Integer tier = match == null || match.tier() == null ? null : tierNumber(match.tier());
            if (tier != null) {
                limits.set(LimitsChoice.values()[tier - 1]);
                from.add(I18n.text("plan.prefill.tier", match.tier()));
            } else if (d.owner() == Owner.AZURE) {
                limits.set(LimitsChoice.AZURE);
            }
        }
        String entered = triageCase.enteredFields().get(FieldName.REQUEST_SIZE.key());
        if (entered != null) {
            for (String part : entered.split("[,\\s]+")) {
                ImageSize.parse(part).ifPresent(s -> size.set(s.toString()));
                if (part.startsWith("n=")) {
                    try {
                        perRequest.set(Integer.parseInt(part.substring(2)));
                    } catch (NumberFormatException e) {
                        // not a number: keep n
                    }
                }
            }
            from.add(I18n.text("plan.prefill.size", entered));
        }
        String q = triageCase.enteredFields().get(FieldName.QUALITY.key());
        if (q != null) {
            Quality.fromId(q.trim().toLowerCase(Locale.ROOT)).ifPresent(quality::set);
        }
        prefilledFrom.set(from.isEmpty() ? I18n.text("plan.prefill.none")
                : I18n.text("plan.prefill", String.join(", ", from)));
        recompute();
    }

    private static @Nullable Integer tierNumber(String tier) {
        return tier.startsWith("Tier ") && tier.length() == 6 && Character.isDigit(tier.charAt(5))
                ? tier.charAt(5) - '0' : null;
    }

    private void recompute() {
        if (planner == null) {
            return;
        }
        try {
            Plan p = planner.plan(request());
            show(p);
            plan.set(p);
            error.set("");
        } catch (PlanException e) {
            plan.set(null);
            clear();
            error.set(e.getMessage());
        }
    }

    private PlanRequest request() {
        ImageSize s = ImageSize.parse(size.get()).orElseThrow(() -> new PlanException(I18n.text("plan.error.size",
                size.get())));
        Planner p = planner();
        p.costs(model.get());
        RateLimits l = switch (limits.get()) {
            case AZURE -> p.azureDefault(model.get()).orElseThrow(() -> new PlanException(
                    I18n.text("plan.error.azure", model.get())));
            case CUSTOM -> RateLimits.custom(number(customIpm.get()), number(customTpm.get()),
                    number(customRpm.get()));
            default -> p.tier(model.get(), limits.get().tier());
        };
        return new PlanRequest(model.get(), images.get(), s, quality.get(), perRequest.get(), l, concurrency.get());
    }

    private static @Nullable Long number(String text) {
        String t = text.replace(",", "").replace("_", "").trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new PlanException(I18n.text("plan.error.number", text));
        }
    }

    private void show(Plan p) {
        binding.set(p.binding().id().toUpperCase(Locale.ROOT));
        why.set(p.why());
        time.set(I18n.text("plan.time.value", minutes(p.minutes()), p.requests()));
        pace.set(paceText(p));
        tokens.set(I18n.text("plan.tokens.value", String.format(Locale.ROOT, "%,d", p.tokensPerImage()),
                p.tokenBasis()));
        tokensSource.set(cite(p.tokenSource()));
        Double c = p.costUsd();
        Source ps = p.priceSource();
        cost.set(c == null || ps == null ? I18n.text("plan.cost.none")
                : I18n.text("plan.cost.value", String.format(Locale.ROOT, "$%,.2f", c), cite(ps)));
        Plan.BatchOption b = p.batch();
        batch.set(b == null ? I18n.text("plan.batch.none", p.request().model())
                : I18n.text("plan.batch.value", b.costUsd() == null ? "?" : String.format(Locale.ROOT, "$%,.2f",
                        b.costUsd()), b.windowHours(), b.queueLimit() == null ? I18n.text("plan.batch.noQueue")
                        : String.format(Locale.ROOT, "%,d", b.queueLimit()), b.note(),
                        String.join("; ", b.sources().stream().map(PlanViewModel::cite).toList())));
        notes.set(String.join("\n", p.notes()));
        nextTiers.setAll(p.nextTiers().stream().map(t -> new TierRowView(t.tier(),
                t.binding().id().toUpperCase(Locale.ROOT), minutes(t.minutes()),
                I18n.text("plan.pace.one", trim(t.paceSeconds())))).toList());
        List<MinuteShare> shares = new ArrayList<>();
        Long ipm = p.request().limits().ipm();
        Long tpm = p.request().limits().tpm();
        Long rpm = p.request().limits().rpm();
        for (Plan.MinuteDemand m : p.demand().subList(0, Math.min(p.demand().size(), 30))) {
            shares.add(new MinuteShare(m.minute() + 1, share(m.images(), ipm), share(m.tokens(), tpm),
                    share(m.requests(), rpm)));
        }
        demand.setAll(shares);
    }

    private static @Nullable Double share(long used, @Nullable Long limit) {
        return limit == null ? null : 100d * used / limit;
    }

    private void clear() {
        for (ReadOnlyStringWrapper w : List.of(binding, why, time, pace, tokens, tokensSource, cost, batch, notes)) {
            w.set("");
        }
        nextTiers.clear();
        demand.clear();
    }

    static String paceText(Plan p) {
        if (p.groupSize() <= 1) {
            return I18n.text("plan.pace.one", trim(p.paceSeconds()));
        }
        return I18n.text("plan.pace.group", p.groupSize(), trim(p.groupEverySeconds()), trim(p.paceSeconds()));
    }

    static String minutes(double m) {
        return m < 1 ? I18n.text("plan.seconds", trim(m * 60)) : I18n.text("plan.minutes",
                String.format(Locale.ROOT, "%.1f", m));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }

    private static String cite(Source s) {
        return I18n.text("plan.source", s.title(), s.checkedOn().toString());
    }

    /** "Add to packet": the plan in a few lines at the end of the case's notes. */
    public void addToPacket() {
        Plan p = plan.get();
        if (p == null) {
            return;
        }
        PlanRequest r = p.request();
        String text = I18n.text("plan.packet.note", String.format(Locale.ROOT, "%,d", r.images()), r.model(),
                r.size(), r.quality().id(), r.n(), r.limits().label(), binding.get(), time.get(), pace.get(),
                String.format(Locale.ROOT, "%,d", p.tokensPerImage()), cost.get());
        String before = triageCase.notesProperty().get();
        triageCase.notesProperty().set(before.isBlank() ? text : before.stripTrailing() + "\n\n" + text);
        added.set(I18n.text("plan.packet.added"));
    }

    /** Whether the Diagnosis and Recovery screens should offer the planner for this diagnosis. */
    public static boolean offeredFor(@Nullable Diagnosis d) {
        return d != null && RATE_BUCKETS.contains(d.bucket());
    }

    public Optional<Plan> currentPlan() {
        return Optional.ofNullable(plan.get());
    }

    public List<LimitsChoice> limitChoices() {
        return List.of(LimitsChoice.values());
    }

    public ObservableList<String> models() {
        return models;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<Quality> qualityProperty() {
        return quality;
    }

    public IntegerProperty perRequestProperty() {
        return perRequest;
    }

    public IntegerProperty imagesProperty() {
        return images;
    }

    public ObjectProperty<LimitsChoice> limitsProperty() {
        return limits;
    }

    public StringProperty customIpmProperty() {
        return customIpm;
    }

    public StringProperty customTpmProperty() {
        return customTpm;
    }

    public StringProperty customRpmProperty() {
        return customRpm;
    }

    public IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    public ReadOnlyObjectProperty<@Nullable Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bindingProperty() {
        return binding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paceProperty() {
        return pace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokensProperty() {
        return tokens.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokensSourceProperty() {
        return tokensSource.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costProperty() {
        return cost.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty batchProperty() {
        return batch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty prefilledFromProperty() {
        return prefilledFrom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty customProperty() {
        return custom.getReadOnlyProperty();
    }

    public ObservableList<TierRowView> nextTiers() {
        return nextTiers;
    }

    public ObservableList<MinuteShare> demand() {
        return demand;
    }
}
