package dev.limittriage.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the app knows about limits, loaded once from the JSON files under
 * {@code src/main/resources/dev/limittriage/knowledge/} (or a directory given with {@code --knowledge}).
 *
 * @param version   data version, from manifest.json
 * @param checkedOn the day the data as a whole was last checked
 */
public record Knowledge(String version, LocalDate checkedOn, List<OwnerProfile> owners, List<Guidance> guidance,
                        List<ErrorRule> rules, List<TierTable> tiers, RecoveryTree tree) {
    public Knowledge {
        owners = List.copyOf(owners);
        guidance = List.copyOf(guidance);
        rules = List.copyOf(rules);
        tiers = List.copyOf(tiers);
    }

    public Optional<OwnerProfile> owner(Owner owner) {
        return owners.stream().filter(o -> o.owner() == owner).findFirst();
    }

    public Optional<Guidance> guidance(Owner owner, Bucket bucket) {
        return guidance.stream().filter(g -> g.owner() == owner && g.bucket() == bucket).findFirst();
    }

    public Optional<TierTable> tierTable(String id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
