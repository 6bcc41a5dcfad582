package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RecoveryTree;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.TreeNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterviewTest {
    private static final RecoveryTree TREE = KnowledgeLoader.loadDefault(TestJson.MAPPER).tree();
    private static final Instant T0 = Instant.parse("2026-05-05T10:00:00Z");

    /** A clock that moves one second each time it is read, so every answer gets its own time. */
    private static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plusSeconds(1);
            return t;
        }
    }

    private static Clock fixed() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    private static Interview walk(String... answers) {
        Interview i = Interview.start(TREE, fixed());
        for (String a : answers) {
            i = i.answer(a);
        }
        return i;
    }

    /** Every answer sequence from {@code nodeId} to a leaf. */
    private static List<List<String>> paths(String nodeId) {
        List<List<String>> out = new ArrayList<>();
        collect(nodeId, new ArrayList<>(), out);
        return out;
    }

    private static void collect(String nodeId, List<String> prefix, List<List<String>> out) {
        TreeNode node = TREE.node(nodeId).orElseThrow();
        if (node instanceof TreeNode.Question q) {
            for (TreeNode.Answer a : q.answers()) {
                prefix.add(a.id());
                collect(a.next(), prefix, out);
                prefix.remove(prefix.size() - 1);
            }
        } else {
            out.add(List.copyOf(prefix));
        }
    }

    @Test
    void starts_at_the_route_question() {
        Interview i = Interview.start(TREE, fixed());

        assertThat(i.question()).get().extracting(TreeNode.Question::text)
                .isEqualTo("Where did image generation stop?");
        assertThat(i.question().orElseThrow().answers()).extracting(TreeNode.Answer::label).containsExactly(
                "ChatGPT app or website", "My code calling the OpenAI API", "Azure OpenAI",
                "Another app, service or gateway", "Not sure");
        assertThat(i.canGoBack()).isFalse();
        assertThat(i.outcome()).isEmpty();
        assertThat(i.answers()).isEmpty();
    }

    @Test
    void every_path_reaches_a_leaf_and_back_retraces_it() {
        List<List<String>> all = paths(TREE.start());
        Set<String> leavesReached = new HashSet<>();
        for (List<String> path : all) {
            Clock clock = new TickingClock(T0);
            List<Interview> states = new ArrayList<>();
            Interview i = Interview.start(TREE, clock);
            states.add(i);
            for (String answer : path) {
                assertThat(i.outcome()).as("finished too early on %s", path).isEmpty();
                i = i.answer(answer);
                states.add(i);
            }
            assertThat(i.outcome()).as("no outcome for %s", path).isPresent();
            assertThat(i.isFinished()).isTrue();
            leavesReached.add(i.outcome().orElseThrow().id());
            assertThat(i.answers()).extracting(Interview.Step::answerId).containsExactlyElementsOf(path);
            for (int k = 0; k < path.size(); k++) {
                assertThat(i.answers().get(k).at()).isEqualTo(T0.plus(Duration.ofSeconds(k)));
            }
            // back() from the end walks through the same states in reverse
            for (int k = states.size() - 1; k > 0; k--) {
                assertThat(i.canGoBack()).isTrue();
                i = i.back();
                assertThat(i.current()).isEqualTo(states.get(k - 1).current());
                assertThat(i.answers()).isEqualTo(states.get(k - 1).answers());
            }
            assertThat(i.canGoBack()).isFalse();
        }
        long leaves = TREE.nodes().values().stream().filter(n -> n instanceof TreeNode.Leaf).count();
        assertThat(leavesReached).hasSize((int) leaves);
        assertThat(all.size()).isGreaterThanOrEqualTo((int) leaves);
    }

    @Test
    void every_symptom_row_of_the_article_is_reachable() {
        Set<String> symptoms = new HashSet<>();
        for (List<String> path : paths(TREE.start())) {
            String s = walk(path.toArray(String[]::new)).outcome().orElseThrow().symptom();
            if (s != null) {
                symptoms.add(s);
            }
        }
        assertThat(symptoms).containsExactlyInAnyOrder(
                "ChatGPT says you have reached an image limit",
                "API returns 429 with rate-limit language",
                "API says quota, billing, or usage is exhausted",
                "API model is unavailable before generation",
                "Azure deployment stops",
                "Provider playground stops");
    }

    @Test
    void chatgpt_route_needs_no_paste() {
        Interview i = walk("chatgpt");
        assertThat(i.question().orElseThrow().text()).isEqualTo("Does the message mention your plan or a reset time?");

        TreeNode.Leaf leaf = i.answer("plan_or_time").outcome().orElseThrow();
        assertThat(leaf.owner()).isEqualTo(Owner.CHATGPT_APP);
        assertThat(leaf.bucket()).isEqualTo(Bucket.APP_CAP);
        assertThat(leaf.retry()).isEqualTo(RetryVerdict.WAIT_THEN_RETRY);
    }

    @Test
    void quota_wording_alone_ends_at_billing_with_both_checks() {
        TreeNode.Leaf leaf = walk("api", "quota", "quota_only").outcome().orElseThrow();
        assertThat(leaf.owner()).isEqualTo(Owner.OPENAI_BILLING);
        assertThat(leaf.bucket()).isEqualTo(Bucket.UNKNOWN);
        assertThat(leaf.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(leaf.detail()).isEqualTo("spend limit or credits: check both");
    }

    @Test
    void limit_zero_is_access_not_a_wait() {
        TreeNode.Leaf leaf = walk("api", "rate", "zero").outcome().orElseThrow();
        assertThat(leaf.owner()).isEqualTo(Owner.OPENAI_ACCESS);
        assertThat(leaf.bucket()).isEqualTo(Bucket.MODEL_ACCESS);
        assertThat(leaf.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void request_too_large_is_never_a_wait() {
        TreeNode.Leaf leaf = walk("api", "rate", "tpm", "yes").outcome().orElseThrow();
        assertThat(leaf.bucket()).isEqualTo(Bucket.TPM);
        assertThat(leaf.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
    }

    @Test
    void a_gateway_passing_on_an_azure_error_ends_at_azure() {
        TreeNode.Leaf leaf = walk("provider", "azure", "token_rate").outcome().orElseThrow();
        assertThat(leaf.owner()).isEqualTo(Owner.AZURE);
        assertThat(leaf.bucket()).isEqualTo(Bucket.TPM);
    }

    @Test
    void not_sure_can_still_reach_every_route() {
        assertThat(walk("not_sure", "chatgpt", "plan_or_time").outcome().orElseThrow().owner())
                .isEqualTo(Owner.CHATGPT_APP);
        assertThat(walk("not_sure", "program", "azure", "busy").outcome().orElseThrow().owner())
                .isEqualTo(Owner.AZURE);
        assertThat(walk("not_sure", "program", "openai", "access", "verify").outcome().orElseThrow().bucket())
                .isEqualTo(Bucket.VERIFICATION);
        assertThat(walk("not_sure", "dont_know").outcome().orElseThrow().owner()).isEqualTo(Owner.UNKNOWN);
    }

    @Test
    void answering_returns_a_new_interview_and_leaves_the_old_one_alone() {
        Interview first = Interview.start(TREE, fixed());
        Interview second = first.answer("api");

        assertThat(first.current().id()).isEqualTo("route");
        assertThat(first.answers()).isEmpty();
        assertThat(second.current().id()).isEqualTo("api_kind");
        assertThat(second.answers()).containsExactly(new Interview.Step("route", "api", T0));
    }

    @Test
    void transcript_gives_questions_and_answers_in_words() {
        Interview i = Interview.start(TREE, fixed()).answer("chatgpt").answer("policy");

        assertThat(i.transcript()).containsExactly(
                new Interview.Answered("route", "Where did image generation stop?", "chatgpt",
                        "ChatGPT app or website", T0),
                new Interview.Answered("app_message", "Does the message mention your plan or a reset time?", "policy",
                        "It says the request breaks a rule or content policy", T0));
    }

    @Test
    void start_at_skips_the_route_question() {
        Interview i = Interview.startAt(TREE, "azure_kind", fixed());

        assertThat(i.startId()).isEqualTo("azure_kind");
        assertThat(i.canGoBack()).isFalse();
        Interview done = i.answer("call_rate");
        assertThat(done.outcome().orElseThrow().detail()).contains("call rate limit");
        assertThat(done.back().current().id()).isEqualTo("azure_kind");
    }

    @Test
    void start_for_an_owner_continues_in_that_owners_part_of_the_tree() {
        for (Owner owner : Owner.values()) {
            Interview i = Interview.startFor(TREE, owner, fixed());
            assertThat(i.question()).as(owner.id()).isPresent();
            // every leaf below the entry belongs to that owner, except where a gateway hands over to its upstream
            if (owner != Owner.UNKNOWN && owner != Owner.PROVIDER && owner != Owner.OPENAI_API) {
                for (List<String> path : paths(i.startId())) {
                    Interview done = i;
                    for (String a : path) {
                        done = done.answer(a);
                    }
                    assertThat(done.outcome().orElseThrow().owner()).as(owner + " " + path).isEqualTo(owner);
                }
            }
        }
        assertThat(Interview.startFor(TREE, Owner.UNKNOWN, fixed()).startId()).isEqualTo(TREE.start());
        assertThat(Interview.startFor(TREE, Owner.OPENAI_BILLING, fixed()).startId()).isEqualTo("api_billing");
    }

    @Test
    void start_at_a_leaf_is_already_finished() {
        Interview i = Interview.startAt(TREE, "leaf_billing_credits", fixed());
        assertThat(i.outcome()).get().extracting(TreeNode.Leaf::bucket).isEqualTo(Bucket.CREDITS);
        assertThatThrownBy(() -> i.answer("anything")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bad_moves_are_refused_with_a_reason() {
        Interview i = Interview.start(TREE, fixed());
        assertThatThrownBy(i::back).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> i.answer("fax")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question \"route\" has no answer \"fax\"");
        assertThatThrownBy(() -> Interview.startAt(TREE, "nowhere", fixed()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }
}
