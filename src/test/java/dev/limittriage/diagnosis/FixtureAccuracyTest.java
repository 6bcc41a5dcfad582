package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the classifier over every real paste in fixtures/real-pastes.jsonl (a verbatim copy of the shared
 * fixtures) and holds owner and bucket accuracy at the level reached. An answer listed in accept_owner or
 * accept_bucket counts; for fixture owner "content_policy" any owner counts (the product names the route).
 */
class FixtureAccuracyTest {
    /** Measured on 2026-11-28: every one of the 52 pastes. Lower these only with a reason in the commit. */
    private static final int OWNER_CORRECT = 52;
    private static final int BUCKET_CORRECT = 52;
    private static final int FIXTURES = 52;

    private record Fixture(String id, String text, Set<String> owners, Set<String> buckets, boolean anyOwner) {
    }

    private static List<Fixture> fixtures() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Fixture> out = new ArrayList<>();
        try (InputStream in = FixtureAccuracyTest.class.getResourceAsStream("/fixtures/real-pastes.jsonl")) {
            assertThat(in).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                Set<String> owners = new HashSet<>(Set.of(n.get("owner").asString()));
                Set<String> buckets = new HashSet<>(Set.of(n.get("bucket").asString()));
                if (n.has("accept_owner")) {
                    n.get("accept_owner").forEach(x -> owners.add(x.asString()));
                }
                if (n.has("accept_bucket")) {
                    n.get("accept_bucket").forEach(x -> buckets.add(x.asString()));
                }
                out.add(new Fixture(n.get("id").asString(), n.get("text").asString(), owners, buckets,
                        n.get("owner").asString().equals("content_policy")));
            }
        }
        return out;
    }

    @Test
    void holds_owner_and_bucket_accuracy_on_the_real_pastes() throws IOException {
        Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        List<Fixture> fixtures = fixtures();
        assertThat(fixtures).hasSize(FIXTURES);
        int owners = 0;
        int buckets = 0;
        List<String> misses = new ArrayList<>();
        for (Fixture f : fixtures) {
            Diagnosis d = diagnoser.diagnose(f.text());
            boolean ownerOk = f.anyOwner() || f.owners().contains(d.owner().id());
            boolean bucketOk = f.buckets().contains(d.bucket().id());
            owners += ownerOk ? 1 : 0;
            buckets += bucketOk ? 1 : 0;
            if (!ownerOk || !bucketOk) {
                misses.add(f.id() + ": got " + d.owner().id() + "/" + d.bucket().id() + ", want " + f.owners() + "/"
                        + f.buckets());
            }
        }
        assertThat(owners).as("owner accuracy; misses: %s", misses).isGreaterThanOrEqualTo(OWNER_CORRECT);
        assertThat(buckets).as("bucket accuracy; misses: %s", misses).isGreaterThanOrEqualTo(BUCKET_CORRECT);
    }

    @Test
    void never_wait_on_money_access_or_policy_in_the_real_pastes() throws IOException {
        Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        for (Fixture f : fixtures()) {
            Diagnosis d = diagnoser.diagnose(f.text());
            switch (d.bucket()) {
                case CREDITS, MONTHLY_SPEND, VERIFICATION, MODEL_ACCESS, CONTENT_POLICY ->
                        assertThat(d.retry().id()).as(f.id()).isNotEqualTo("wait_then_retry");
                default -> {
                    // windows may be waited out
                }
            }
            assertThat(d.confidence()).as(f.id()).isBetween(0.0, 1.0);
            d.signals().stream().filter(s -> s.span() != null).forEach(s ->
                    assertThat(s.span().end()).as(f.id()).isLessThanOrEqualTo(f.text().length()));
        }
    }
}
