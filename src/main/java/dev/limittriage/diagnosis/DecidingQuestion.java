package dev.limittriage.diagnosis;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RecoveryTree;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.TreeNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The one question of the recovery tree that best settles what a paste left open.
 *
 * <p>The <b>candidates</b> are the (owner, bucket) pairs of the tree's leaves that name both, narrowed by what the
 * diagnosis did settle: its owner, its bucket, the HTTP status (a 429 is a rate, money, app-cap or overload limit,
 * a 402 money, a 5xx overload, a 404 model access, a 403 verification, access, money or policy) and its retry
 * verdict. A narrowing that would leave fewer than two pairs is skipped.
 *
 * <p>The <b>questions</b> that may be asked are those of the part of the tree that fits what is known, so nobody
 * is asked what an Azure message says before it is known to be Azure's: with a known owner, the questions of that
 * owner's part (from its entry question up to the next owner's entry); with a route but no owner, the parts of the
 * route's owners; with neither, the questions that belong to no owner ("Where did image generation stop?").
 *
 * <p>Each such question <b>splits</b> the candidates: a pair goes with the answer that reaches it in the fewest
 * steps (shared evenly on a tie); pairs no answer reaches form one more group, as the user would then pick
 * "something else". With the candidates taken as equally likely, the question whose answer is expected to tell
 * the most about the pair wins (the entropy of the split, less what is shared between answers leading to the same
 * pair: the most even split into the most groups); ties go to the question nearest the tree's start. When no
 * question splits the candidates at all, the entry question of the owner (the tree's start for an unknown owner)
 * is asked.
 */
public final class DecidingQuestion {
    private static final Set<Bucket> AFTER_429 = EnumSet.of(Bucket.RPM, Bucket.TPM, Bucket.IPM, Bucket.RPD, Bucket.TPD,
            Bucket.CREDITS, Bucket.MONTHLY_SPEND, Bucket.APP_CAP, Bucket.SERVER_OVERLOAD);
    private static final Set<Bucket> AFTER_402 = EnumSet.of(Bucket.CREDITS, Bucket.MONTHLY_SPEND);
    private static final Set<Bucket> AFTER_403 = EnumSet.of(Bucket.VERIFICATION, Bucket.MODEL_ACCESS, Bucket.CREDITS,
            Bucket.CONTENT_POLICY);
    private static final Set<Bucket> AFTER_404 = EnumSet.of(Bucket.MODEL_ACCESS);
    private static final Set<Bucket> AFTER_5XX = EnumSet.of(Bucket.SERVER_OVERLOAD);

    private DecidingQuestion() {
    }

    /** One (owner, bucket) pair a leaf of the tree names. */
    record Pair(Owner owner, Bucket bucket) {
    }

    /** The question to ask, or empty when the diagnosis names both the owner and the bucket. */
    public static Optional<TreeNode.Question> choose(RecoveryTree tree, Diagnosis diagnosis) {
        return choose(tree, diagnosis, Set.of());
    }

    /**
     * The question to ask, or empty when the diagnosis names both the owner and the bucket.
     *
     * @param routeOwners the owners the route the user chose allows (the wizard's start screen); empty when no
     *                    route was chosen or it was "not sure"
     */
    public static Optional<TreeNode.Question> choose(RecoveryTree tree, Diagnosis diagnosis, Set<Owner> routeOwners) {
        if (diagnosis.owner() != Owner.UNKNOWN && diagnosis.bucket() != Bucket.UNKNOWN) {
            return Optional.empty();
        }
        Structure s = new Structure(tree);
        Set<Pair> candidates = candidates(s, diagnosis, routeOwners);
        List<TreeNode.Question> allowed = allowed(s, diagnosis.owner(), routeOwners);
        TreeNode.@Nullable Question best = null;
        double bestScore = 0;
        for (TreeNode.Question q : allowed) {
            double score = entropy(s, q, candidates);
            if (score > bestScore + 1e-9) {
                best = q;
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        Owner fallbackOwner = diagnosis.owner() != Owner.UNKNOWN ? diagnosis.owner()
                : routeOwners.size() == 1 ? routeOwners.iterator().next() : Owner.UNKNOWN;
        return question(tree, tree.entryFor(fallbackOwner)).or(() -> question(tree, tree.start()));
    }

    private static Optional<TreeNode.Question> question(RecoveryTree tree, String id) {
        return tree.node(id).filter(TreeNode.Question.class::isInstance).map(TreeNode.Question.class::cast);
    }

    /** The pairs still possible given what the diagnosis settled, in tree order. */
    static Set<Pair> candidates(RecoveryTree tree, Diagnosis diagnosis, Set<Owner> routeOwners) {
        return candidates(new Structure(tree), diagnosis, routeOwners);
    }

    private static Set<Pair> candidates(Structure s, Diagnosis d, Set<Owner> routeOwners) {
        Set<Pair> out = new LinkedHashSet<>(s.pairs.keySet());
        narrow(out, p -> routeOwners.isEmpty() || routeOwners.contains(p.owner()));
        narrow(out, p -> d.owner() == Owner.UNKNOWN || p.owner() == d.owner());
        narrow(out, p -> d.bucket() == Bucket.UNKNOWN || p.bucket() == d.bucket());
        @Nullable Set<Bucket> byStatus = d.evidence().httpStatus().map(DecidingQuestion::bucketsFor).orElse(null);
        narrow(out, p -> byStatus == null || byStatus.contains(p.bucket()));
        RetryVerdict retry = d.retry();
        narrow(out, p -> retry == RetryVerdict.UNKNOWN || s.pairs.get(p).stream().anyMatch(r -> sameKind(r, retry)));
        return out;
    }

    private static void narrow(Set<Pair> pairs, Predicate<Pair> keep) {
        Set<Pair> kept = new LinkedHashSet<>();
        for (Pair p : pairs) {
            if (keep.test(p)) {
                kept.add(p);
            }
        }
        if (kept.size() >= 2) {
            pairs.retainAll(kept);
        }
    }

    private static @Nullable Set<Bucket> bucketsFor(int status) {
        if (status == 429) {
            return AFTER_429;
        } else if (status == 402) {
            return AFTER_402;
        } else if (status == 403) {
            return AFTER_403;
        } else if (status == 404) {
            return AFTER_404;
        } else if (status >= 500) {
            return AFTER_5XX;
        }
        return null;
    }

    /** Waiting and slowing down are the same kind of answer; not retrying is another. */
    private static boolean sameKind(RetryVerdict leaf, RetryVerdict diagnosed) {
        boolean waitLeaf = leaf == RetryVerdict.WAIT_THEN_RETRY || leaf == RetryVerdict.REDUCE_RATE;
        boolean waitDiagnosed = diagnosed == RetryVerdict.WAIT_THEN_RETRY || diagnosed == RetryVerdict.REDUCE_RATE;
        return leaf == diagnosed || waitLeaf && waitDiagnosed;
    }

    /** The questions that fit what is known, nearest the tree's start first. */
    private static List<TreeNode.Question> allowed(Structure s, Owner owner, Set<Owner> routeOwners) {
        List<TreeNode.Question> out = new ArrayList<>();
        for (TreeNode.Question q : s.questions) {
            Owner part = s.partOf.get(q.id());
            boolean fits;
            if (owner != Owner.UNKNOWN) {
                fits = part == owner;
            } else if (!routeOwners.isEmpty()) {
                fits = part != null && routeOwners.contains(part);
            } else {
                fits = part == null;
            }
            if (fits) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * What the question's answer is expected to tell about the pair, in bits: the entropy of the split of the
     * candidates (equally likely) by the answers, less what is spread over answers that lead to the same pair.
     */
    static double entropy(RecoveryTree tree, TreeNode.Question q, Set<Pair> candidates) {
        return entropy(new Structure(tree), q, candidates);
    }

    private static double entropy(Structure s, TreeNode.Question q, Set<Pair> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        double[] mass = new double[q.answers().size() + 1];
        double spread = 0;
        for (Pair p : candidates) {
            int best = Integer.MAX_VALUE;
            List<Integer> via = new ArrayList<>();
            for (int a = 0; a < q.answers().size(); a++) {
                Integer d = s.distance(q.answers().get(a).next()).get(p);
                if (d == null) {
                    continue;
                }
                if (d < best) {
                    best = d;
                    via.clear();
                }
                if (d == best) {
                    via.add(a);
                }
            }
            if (via.isEmpty()) {
                mass[mass.length - 1] += 1; // no answer reaches it: "something else"
            } else {
                for (int a : via) {
                    mass[a] += 1.0 / via.size();
                }
                spread += log2(via.size()); // answers that lead to the same pair tell nothing apart
            }
        }
        double n = candidates.size();
        double h = 0;
        for (double m : mass) {
            if (m > 0) {
                h -= m / n * log2(m / n);
            }
        }
        return h - spread / n;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** What the choice needs to know about the tree's shape, computed once per call. */
    private static final class Structure {
        private final RecoveryTree tree;
        /** Every (owner, bucket) pair a leaf names, with the retry verdicts of its leaves, in tree order. */
        private final Map<Pair, Set<RetryVerdict>> pairs = new LinkedHashMap<>();
        /** Questions in breadth-first order from the start (then any the start does not reach, by id). */
        private final List<TreeNode.Question> questions = new ArrayList<>();
        /** The owner whose part of the tree a question is in; absent for questions of no owner's part. */
        private final Map<String, Owner> partOf = new HashMap<>();
        private final Map<String, Map<Pair, Integer>> distances = new HashMap<>();

        Structure(RecoveryTree tree) {
            this.tree = tree;
            List<String> order = breadthFirst(tree);
            for (String id : order) {
                TreeNode node = tree.node(id).orElseThrow();
                if (node instanceof TreeNode.Question q) {
                    questions.add(q);
                } else if (node instanceof TreeNode.Leaf leaf && leaf.owner() != Owner.UNKNOWN
                        && leaf.bucket() != Bucket.UNKNOWN) {
                    pairs.computeIfAbsent(new Pair(leaf.owner(), leaf.bucket()),
                            k -> EnumSet.noneOf(RetryVerdict.class)).add(leaf.retry());
                }
            }
            Map<String, Owner> entries = new HashMap<>();
            RecoveryTree.OWNER_ENTRIES.forEach((owner, id) -> entries.put(id, owner));
            for (var e : RecoveryTree.OWNER_ENTRIES.entrySet()) {
                // an owner's part: its entry question and what it reaches before another owner's entry
                ArrayDeque<String> queue = new ArrayDeque<>(List.of(e.getValue()));
                Set<String> seen = new HashSet<>();
                while (!queue.isEmpty()) {
                    String id = queue.poll();
                    if (!seen.add(id) || entries.containsKey(id) && !id.equals(e.getValue())) {
                        continue;
                    }
                    if (tree.node(id).orElse(null) instanceof TreeNode.Question q) {
                        partOf.putIfAbsent(id, e.getKey());
                        q.answers().forEach(a -> queue.add(a.next()));
                    }
                }
            }
        }

        private static List<String> breadthFirst(RecoveryTree tree) {
            List<String> order = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(tree.start()));
            while (!queue.isEmpty()) {
                String id = queue.poll();
                if (!seen.add(id) || tree.node(id).isEmpty()) {
                    continue;
                }
                order.add(id);
                if (tree.node(id).get() instanceof TreeNode.Question q) {
                    q.answers().forEach(a -> queue.add(a.next()));
                }
            }
            tree.nodes().keySet().stream().filter(id -> !seen.contains(id)).sorted().forEach(order::add);
            return order;
        }

        /** The fewest steps from this node to a leaf naming each pair it reaches (0 when it is that leaf). */
        Map<Pair, Integer> distance(String from) {
            Map<Pair, Integer> known = distances.get(from);
            if (known != null) {
                return known;
            }
            Map<Pair, Integer> out = new HashMap<>();
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
            Map<String, Integer> depth = new HashMap<>(Map.of(from, 0));
            while (!queue.isEmpty()) {
                String id = queue.poll();
                int d = depth.get(id);
                TreeNode node = tree.node(id).orElse(null);
                if (node instanceof TreeNode.Leaf leaf) {
                    out.putIfAbsent(new Pair(leaf.owner(), leaf.bucket()), d);
                } else if (node instanceof TreeNode.Question q) {
                    for (TreeNode.Answer a : q.answers()) {
                        if (!depth.containsKey(a.next())) {
                            depth.put(a.next(), d + 1);
                            queue.add(a.next());
                        }
                    }
                }
            }
            distances.put(from, out);
            return out;
        }
    }
}
