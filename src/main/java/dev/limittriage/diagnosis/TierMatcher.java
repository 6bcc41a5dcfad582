package dev.limittriage.diagnosis;

import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.knowledge.TierTable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Compares a project's x-ratelimit-limit-* values with the published gpt-image-2 tiers. */
final class TierMatcher {
    static final String TABLE = "gpt-image-2";

    private TierMatcher() {
    }

    static @Nullable TierMatch match(Knowledge k, @Nullable String model, @Nullable Long tpm, @Nullable Long ipm,
                                     @Nullable Long rpm) {
        @Nullable TierTable table = k.tierTable(TABLE).orElse(null);
        if (table == null) {
            return null;
        }
        if (model != null && !model.toLowerCase(Locale.ROOT).startsWith("gpt-image")) {
            return new TierMatch(table.id(), null, false, "These limits are for " + model + "; the gpt-image-2 "
                    + "tier table does not apply to that model.");
        }
        String hedge = model == null ? "The paste does not name the model; if these are gpt-image-2 limits, " : "";
        List<TierRow> rows = table.rows().stream().filter(TierRow::supported).toList();
        if (rows.isEmpty() || tpm == null && ipm == null) {
            return new TierMatch(table.id(), null, false, hedge + "only a request limit"
                    + (rpm == null ? "" : " (" + fmt(rpm) + " per minute)") + " is given, and the published "
                    + "gpt-image-2 tiers are set in tokens and images per minute, so no tier can be named.");
        }
        for (TierRow r : rows) {
            boolean tokens = tpm == null || r.tpm() != null && r.tpm().longValue() == tpm;
            boolean images = ipm == null || r.ipm() != null && r.ipm().longValue() == ipm;
            if (tokens && images) {
                return new TierMatch(table.id(), r.tier(), false, cap(hedge + "they match " + r.tier()
                        + " of the published table (" + describe(tpm, ipm) + ")."));
            }
        }
        TierRow lowest = rows.get(0);
        boolean below = tpm != null && lowest.tpm() != null && tpm < lowest.tpm()
                || ipm != null && lowest.ipm() != null && ipm < lowest.ipm();
        if (below) {
            return new TierMatch(table.id(), null, true, cap(hedge + "they (" + describe(tpm, ipm) + ") are tighter "
                    + "than " + lowest.tier() + ", the lowest published tier: the project or organization is set "
                    + "below what its tier allows, or these are another model's limits."));
        }
        @Nullable TierRow under = null;
        for (TierRow r : rows) {
            if (tpm != null && r.tpm() != null && r.tpm() <= tpm || tpm == null && ipm != null && r.ipm() != null
                    && r.ipm() <= ipm) {
                under = r;
            }
        }
        return new TierMatch(table.id(), null, false, cap(hedge + "they (" + describe(tpm, ipm) + ") match no "
                + "published tier" + (under == null ? "" : "; they are above " + under.tier())
                + ": a custom project limit, or another model's limits."));
    }

    private static String describe(@Nullable Long tpm, @Nullable Long ipm) {
        String t = tpm == null ? "" : fmt(tpm) + " tokens per minute";
        String i = ipm == null ? "" : fmt(ipm) + " images per minute";
        return t.isEmpty() ? i : i.isEmpty() ? t : t + ", " + i;
    }

    private static String fmt(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
