package dev.limittriage.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the app knows about limits, loaded once from the JSON files under
 * {@code src/main/resources/dev/limittriage/knowledge/} (or a directory given with {@code --knowledge}).
 *
 * @param version   data version, from manifest.json
 * @param checkedOn the day the data as a whole was last checked
 * @param imageCosts token costs and prices per image model (image-costs.json)
 * @param models    image model ids with their lifecycle status (models.json)
 * @param concepts  vocabularies of ideas in many languages (concepts.json)
 */
public record Knowledge(String version, LocalDate checkedOn, List<OwnerProfile> owners, List<Guidance> guidance,
                        List<ErrorRule> rules, List<TierTable> tiers, RecoveryTree tree,
                        List<ImageModelCosts> imageCosts, List<ModelLifecycle> models, List<Concept> concepts) {
    public Knowledge {
        owners = List.copyOf(owners);
        guidance = List.copyOf(guidance);
        rules = List.copyOf(rules);
        tiers = List.copyOf(tiers);
        imageCosts = List.copyOf(imageCosts);
        models = List.copyOf(models);
        concepts = List.copyOf(concepts);
    }

    /** The token costs and prices of one image model, from image-costs.json. */
    public Optional<ImageModelCosts> imageCosts(String model) {
        return imageCosts.stream().filter(c -> c.model().equals(model)).findFirst();
    }

    /** The lifecycle entry for a model id or alias (case-insensitive). */
    public Optional<ModelLifecycle> model(String name) {
        return models.stream().filter(m -> m.isNamed(name)).findFirst();
    }

    public Optional<OwnerProfile> owner(Owner owner) {
        return owners.stream().filter(o -> o.owner() == owner).findFirst();
    }

    /** The usual guidance for the pair (the one without a variant). */
    public Optional<Guidance> guidance(Owner owner, Bucket bucket) {
        return guidance.stream().filter(g -> g.owner() == owner && g.bucket() == bucket && g.variant() == null)
                .findFirst();
    }

    /** The guidance for a finer case of the pair, falling back to the pair's usual guidance. */
    public Optional<Guidance> guidance(Owner owner, Bucket bucket, @Nullable String variant) {
        if (variant != null) {
            Optional<Guidance> specific = guidance.stream()
                    .filter(g -> g.owner() == owner && g.bucket() == bucket && variant.equals(g.variant()))
                    .findFirst();
            if (specific.isPresent()) {
                return specific;
            }
        }
        return guidance(owner, bucket);
    }

    public Optional<TierTable> tierTable(String id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
