package dev.limittriage.knowledge;

import java.util.Map;
import java.util.Optional;

/** The recovery tree: questions whose leaves are (owner, bucket). {@code start} is the id of the first question. */
public record RecoveryTree(String start, Map<String, TreeNode> nodes) {
    public RecoveryTree {
        nodes = Map.copyOf(nodes);
    }

    public Optional<TreeNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }
}
