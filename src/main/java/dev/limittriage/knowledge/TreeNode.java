package dev.limittriage.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A node of the recovery tree: a plain-language question, or a leaf naming an owner and a bucket. */
public sealed interface TreeNode permits TreeNode.Question, TreeNode.Leaf {
    String id();

    /**
     * A question with its answers.
     *
     * @param id     stable id
     * @param text   the question as the user reads it
     * @param script the same question as support staff read it aloud to a caller
     * @param help   a short hint shown under the question, or ""
     * @param answers the choices, each leading to another node
     */
    record Question(String id, String text, String script, String help, List<Answer> answers) implements TreeNode {
        public Question {
            answers = List.copyOf(answers);
        }
    }

    /**
     * A leaf: where the path ends, naming the owner, the bucket and the retry verdict.
     *
     * @param id      stable id
     * @param owner   the owner this path ends at
     * @param bucket  the exhausted bucket
     * @param detail  finer detail, if any
     * @param retry   the retry verdict
     * @param symptom the article symptom row this leaf covers, or null
     */
    record Leaf(String id, Owner owner, Bucket bucket, @Nullable String detail, RetryVerdict retry,
                @Nullable String symptom) implements TreeNode {
    }

    /** One answer to a question; {@code next} is the id of the node it leads to. */
    record Answer(String id, String label, String script, String next) {
    }
}
