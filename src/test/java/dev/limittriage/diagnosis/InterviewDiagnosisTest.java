package dev.limittriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InterviewDiagnosisTest {
    private static final Knowledge K = KnowledgeLoader.loadDefault(TestJson.MAPPER);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-05T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void an_unfinished_interview_has_no_diagnosis() {
        assertThat(InterviewDiagnosis.of(K, Interview.start(K.tree(), CLOCK).answer("api"))).isEmpty();
    }

    @Test
    void a_finished_interview_gives_the_leaf_with_its_guidance_and_answers_as_signals() {
        Interview done = Interview.start(K.tree(), CLOCK).answer("api").answer("access").answer("verify");

        Diagnosis d = InterviewDiagnosis.of(K, done).orElseThrow();

        assertThat(d.owner()).isEqualTo(Owner.OPENAI_ACCESS);
        assertThat(d.bucket()).isEqualTo(Bucket.VERIFICATION);
        assertThat(d.retry()).isEqualTo(RetryVerdict.DO_NOT_RETRY);
        assertThat(d.nextStep()).isEqualTo(K.guidance(Owner.OPENAI_ACCESS, Bucket.VERIFICATION).orElseThrow()
                .nextStep());
        assertThat(d.signals()).hasSize(3).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo("answer");
            assertThat(s.span()).isNull();
        });
        assertThat(d.signals().get(0).value()).isEqualTo("Where did image generation stop?: My code calling the"
                + " OpenAI API");
        assertThat(d.confidence()).isEqualTo(InterviewDiagnosis.KNOWN_BOTH);
        assertThat(d.reset()).isNull();
        assertThat(d.summary()).isEqualTo("From your answers: OpenAI model access and organization verification set"
                + " this limit (verification: organization not verified for this model), and retrying will not help.");
    }

    @Test
    void an_unknown_route_says_so_with_low_confidence() {
        Diagnosis d = InterviewDiagnosis.of(K, Interview.start(K.tree(), CLOCK).answer("not_sure").answer("dont_know"))
                .orElseThrow();
        assertThat(d.owner()).isEqualTo(Owner.UNKNOWN);
        assertThat(d.confidence()).isEqualTo(InterviewDiagnosis.KNOWN_NONE);
        assertThat(d.summary()).contains("do not show");
        assertThat(d.nextStep()).isEqualTo(K.guidance(Owner.UNKNOWN, Bucket.UNKNOWN).orElseThrow().nextStep());
    }
}
