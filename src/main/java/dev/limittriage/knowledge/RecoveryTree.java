package dev.limittriage.knowledge;

import java.util.Map;
import java.util.Optional;

/** The recovery tree: questions whose leaves are (owner, bucket). {@code start} is the id of the first question. */
public record RecoveryTree(String start, Map<String, TreeNode> nodes) {
    /**
     * Where the interview goes on when the owner is already known (from the route or a paste): the first question
     * of that owner's part of the tree. Every tree must define these questions; the loader checks it.
     */
    public static final Map<Owner, String> OWNER_ENTRIES = Map.of(
            Owner.CHATGPT_APP, "app_message",
            Owner.OPENAI_API, "api_kind",
            Owner.OPENAI_BILLING, "api_billing",
            Owner.OPENAI_ACCESS, "api_access",
            Owner.AZURE, "azure_kind",
            Owner.PROVIDER, "provider_kind");

    public RecoveryTree {
        nodes = Map.copyOf(nodes);
    }

    /** The question to continue from for this owner; the start for {@link Owner#UNKNOWN}. */
    public String entryFor(Owner owner) {
        return OWNER_ENTRIES.getOrDefault(owner, start);
    }

    public Optional<TreeNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }
}
