package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.Fact;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.evidence.Span;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RecoveryTree;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.TreeNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecidingQuestionTest {
    private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadDefault(TestJson.MAPPER);
    private static final RecoveryTree TREE = KNOWLEDGE.tree();
    private static final Set<Owner> OPENAI_ROUTE = EnumSet.of(Owner.OPENAI_API, Owner.OPENAI_BILLING,
            Owner.OPENAI_ACCESS);

    /** A diagnosis that settled only what is given, with an HTTP status when one is given. */
    private static Diagnosis open(Owner owner, Bucket bucket, RetryVerdict retry, @Nullable Integer status) {
        List<Fact> facts = status == null ? List.of()
                : List.of(new Fact(FactKind.HTTP_STATUS, String.valueOf(status), new Span(0, 3)));
        Evidence evidence = new Evidence("429", facts, List.of(), List.of(), List.of(), null, List.of(), List.of());
        return new Diagnosis(owner, bucket, null, retry, 0.3, List.of(), null, "", "", "", null, List.of(), evidence);
    }

    private static String chosen(Diagnosis d, Set<Owner> route) {
        return DecidingQuestion.choose(TREE, d, route).map(TreeNode.Question::id).orElse("none");
    }

    @Test
    void an_axios_line_with_no_body_asks_where_it_stopped() {
        Diagnosis d = new Diagnoser(KNOWLEDGE).diagnose("Error: Request failed with status code 429");
        assertThat(d.owner()).isEqualTo(Owner.UNKNOWN);
        TreeNode.Question q = DecidingQuestion.choose(TREE, d).orElseThrow();
        assertThat(q.id()).isEqualTo("route");
        assertThat(q.answers()).extracting(TreeNode.Answer::id)
                .containsExactly("chatgpt", "api", "azure", "provider", "not_sure");
        // on the wizard's OpenAI API route the owner is narrowed to OpenAI's: which limit does the message name?
        assertThat(chosen(d, OPENAI_ROUTE)).isEqualTo("api_bucket");
    }

    @Test
    void a_settled_paste_has_no_question() {
        Diagnosis d = new Diagnoser(KNOWLEDGE).diagnose("{\"error\": {\"message\": \"Billing hard limit has been "
                + "reached\", \"type\": \"invalid_request_error\", \"param\": null, \"code\": "
                + "\"billing_hard_limit_reached\"}}");
        assertThat(d.owner()).isNotEqualTo(Owner.UNKNOWN);
        assertThat(d.bucket()).isNotEqualTo(Bucket.UNKNOWN);
        assertThat(DecidingQuestion.choose(TREE, d)).isEmpty();
        assertThat(DecidingQuestion.choose(TREE, open(Owner.AZURE, Bucket.TPM, RetryVerdict.WAIT_THEN_RETRY, 429)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1}, retry {2}, HTTP {3}, route {4} -> {5}")
    @CsvSource(nullValues = "-", value = {
        // a known owner: the questions of its part of the tree
        "openai_api,     unknown, wait_then_retry, -,   -,      api_bucket",
        "openai_api,     unknown, do_not_retry,    -,   -,      api_kind",
        "openai_billing, unknown, do_not_retry,    -,   -,      api_billing",
        "openai_access,  unknown, do_not_retry,    403, -,      api_access",
        "azure,          unknown, unknown,         429, -,      azure_kind",
        "provider,       unknown, unknown,         -,   -,      provider_kind",
        "chatgpt_app,    unknown, unknown,         -,   -,      app_message",
        // no owner and no route: the questions of no owner's part
        "unknown,        unknown, unknown,         429, -,      route",
        "unknown,        tpm,     wait_then_retry, -,   -,      route",
        "unknown,        unknown, unknown,         503, -,      route",
        // no owner, but a route chosen in the wizard
        "unknown,        unknown, unknown,         429, openai, api_bucket",
        "unknown,        unknown, unknown,         402, openai, api_billing",
        "unknown,        unknown, unknown,         -,   azure,  azure_kind"})
    void picks_the_question_that_tells_most_about_the_pair(String owner, String bucket, String retry,
                                                           @Nullable Integer status, @Nullable String route,
                                                           String expected) {
        Set<Owner> routeOwners = route == null ? Set.of() : route.equals("openai") ? OPENAI_ROUTE
                : Set.of(Owner.fromId(route).orElseThrow());
        Diagnosis d = open(Owner.fromId(owner).orElseThrow(), Bucket.fromId(bucket).orElseThrow(),
                RetryVerdict.fromId(retry).orElseThrow(), status);
        assertThat(chosen(d, routeOwners)).isEqualTo(expected);
    }

    @Test
    void narrows_the_candidates_by_what_the_paste_settled() {
        Set<DecidingQuestion.Pair> after429 = DecidingQuestion.candidates(TREE,
                open(Owner.UNKNOWN, Bucket.UNKNOWN, RetryVerdict.UNKNOWN, 429), Set.of());
        assertThat(after429).hasSize(18).allSatisfy(p -> assertThat(p.bucket()).isIn(Bucket.RPM, Bucket.TPM,
                Bucket.IPM, Bucket.RPD, Bucket.TPD, Bucket.CREDITS, Bucket.MONTHLY_SPEND, Bucket.APP_CAP,
                Bucket.SERVER_OVERLOAD));
        assertThat(DecidingQuestion.candidates(TREE, open(Owner.OPENAI_API, Bucket.UNKNOWN,
                RetryVerdict.WAIT_THEN_RETRY, null), Set.of()))
                .extracting(DecidingQuestion.Pair::bucket)
                .containsExactlyInAnyOrder(Bucket.IPM, Bucket.TPM, Bucket.RPM, Bucket.RPD, Bucket.TPD,
                        Bucket.SERVER_OVERLOAD);
        // a narrowing that would leave one pair is skipped: 404 alone points at Azure's model_access only
        assertThat(DecidingQuestion.candidates(TREE, open(Owner.AZURE, Bucket.UNKNOWN, RetryVerdict.UNKNOWN, 404),
                Set.of())).hasSize(6);
    }

    @Test
    void scores_a_split_by_its_entropy() {
        Set<DecidingQuestion.Pair> after429 = DecidingQuestion.candidates(TREE,
                open(Owner.UNKNOWN, Bucket.UNKNOWN, RetryVerdict.UNKNOWN, 429), Set.of());
        TreeNode.Question route = (TreeNode.Question) TREE.node("route").orElseThrow();
        // 18 pairs: ChatGPT app 2, OpenAI API and billing 8, Azure 3, provider 5
        double expected = -(2 * log2(2 / 18.0) + 8 * log2(8 / 18.0) + 3 * log2(3 / 18.0) + 5 * log2(5 / 18.0)) / 18;
        assertThat(DecidingQuestion.entropy(TREE, route, after429)).isCloseTo(expected, within(1e-9));
        // two answers that lead to the same pair tell nothing apart: access model vs region are both model_access
        TreeNode.Question access = (TreeNode.Question) TREE.node("api_access").orElseThrow();
        Set<DecidingQuestion.Pair> accessPairs = Set.of(new DecidingQuestion.Pair(Owner.OPENAI_ACCESS,
                Bucket.VERIFICATION), new DecidingQuestion.Pair(Owner.OPENAI_ACCESS, Bucket.MODEL_ACCESS));
        assertThat(DecidingQuestion.entropy(TREE, access, accessPairs)).isCloseTo(1.0, within(1e-9));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
