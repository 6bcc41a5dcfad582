package dev.limittriage.knowledge;

import java.util.List;

/**
 * A published table of limits (gpt-image-2 API tiers, Azure image quotas, OpenAI usage tiers).
 *
 * @param id      stable id ("gpt-image-2", "azure-image", "openai-usage-tiers")
 * @param title   plain-language title
 * @param owner   whose limits these are
 * @param model   the model the table is about, or "" when it is not per model
 * @param rows    the rows, lowest tier first
 * @param source  where the values come from, with the checked-on date
 * @param caveat  what the table does not promise ("your project's dashboard can be tighter")
 */
public record TierTable(String id, String title, Owner owner, String model, List<TierRow> rows, Source source,
                       String caveat) {
    public TierTable {
        rows = List.copyOf(rows);
    }
}
