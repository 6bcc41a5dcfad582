package dev.limittriage.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {

    static Stream<PlantedSecrets.Planted> planted() {
        return PlantedSecrets.all().stream();
    }

    @ParameterizedTest
    @MethodSource("planted")
    void should_remove_each_planted_secret_and_count_it_under_its_label(PlantedSecrets.Planted p) {
        // given
        Redactor.Session session = new Redactor().session();
        // when
        String out = session.apply(p.text());
        // then
        Leaks.assertNoLeak(out, p);
        assertThat(out).contains("[redacted: " + p.kind() + "]");
        assertThat(session.report().counts()).containsKey(p.kind());
    }

    @Test
    void should_remove_every_secret_from_one_long_paste() {
        String out = new Redactor().redact(PlantedSecrets.asOnePaste());
        Leaks.assertNoneLeaked(out);
    }

    @Test
    void should_be_idempotent() {
        Redactor redactor = new Redactor();
        String once = redactor.redact(PlantedSecrets.asOnePaste());
        Redactor.Session second = redactor.session();
        assertThat(second.apply(once)).isEqualTo(once);
        assertThat(second.report().total()).isZero();
    }

    @Test
    void should_label_specific_prefixes_before_the_generic_sk_prefix() {
        PlantedSecrets.Planted anthropic = PlantedSecrets.all().stream()
                .filter(p -> p.kind().equals("anthropic-key")).findFirst().orElseThrow();
        Redactor.Session session = new Redactor().session();
        session.apply(anthropic.secret());
        assertThat(session.report().counts()).containsOnlyKeys("anthropic-key");
    }

    @Test
    void should_keep_the_auth_scheme_and_not_double_count_a_bearer_key() {
        PlantedSecrets.Planted proj = PlantedSecrets.all().get(0);
        Redactor.Session session = new Redactor().session();
        String out = session.apply("Authorization: Bearer " + proj.secret());
        assertThat(out).isEqualTo("Authorization: Bearer [redacted: openai-key]");
        assertThat(session.report().counts()).containsExactlyEntriesOf(Map.of("openai-key", 1));
    }

    @Test
    void should_leave_ordinary_rate_limit_evidence_alone() {
        String paste = String.join("\n",
                "HTTP/2 429",
                "x-ratelimit-limit-requests: 500",
                "x-ratelimit-remaining-tokens: 100",
                "x-request-id: req_8f2a91c0d4e5f6a7b8c9d0e1f2a3b4c5",
                "openai-organization: org-AbCdEfGhIjKlMnOpQrStUvWx",
                "openai-project: proj_AbCdEfGhIjKlMnOpQrStUvWx",
                "apim-request-id: 6f1d3c2a-9b8e-4f7a-8c6d-5e4f3a2b1c0d",
                "{\"error\": {\"message\": \"Rate limit reached for gpt-image-2 in organization "
                        + "org-AbCdEfGhIjKlMnOpQrStUvWx on images per min (IPM): Limit 5, Used 5, Requested 1. "
                        + "Please try again in 12s.\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}",
                "You need to provide your API key in an Authorization header using Bearer auth.",
                "The risk-assessment-framework-document-v2 mentions max_tokens=1000 and sk-learn.",
                "npm ls: openai@4.52.0, @types/node@20.11.5",
                "curl -H \"Authorization: Bearer $OPENAI_API_KEY\" -H 'api-key: ${AZURE_KEY}'");
        Redactor.Session session = new Redactor().session();
        assertThat(session.apply(paste)).isEqualTo(paste);
        assertThat(session.report().total()).isZero();
    }

    @Test
    void should_replace_ids_with_stable_pseudonyms_when_asked() {
        Redactor.Session session = new Redactor(true).session();
        String a = session.apply("openai-organization: org-AbCdEfGhIjKlMnOpQrStUvWx");
        String b = session.apply("in organization org-ZyXwVuTsRqPoNmLkJiHgFeDc and org-AbCdEfGhIjKlMnOpQrStUvWx");
        String c = session.apply("project proj_AbCdEfGhIjKlMnOpQrStUvWx, user user-AbCdEfGhIjKlMnOpQrStUvWx");
        assertThat(a).isEqualTo("openai-organization: org-#1");
        assertThat(b).isEqualTo("in organization org-#2 and org-#1");
        assertThat(c).isEqualTo("project proj-#1, user user-#1");
        assertThat(session.report().pseudonymizedIds()).isTrue();
    }

    @Test
    void should_pseudonymize_registered_azure_names_wherever_they_appear() {
        Redactor.Session session = new Redactor(true).session();
        session.registerId("deployment", "image-prod-eastus");
        String out = session.apply("POST https://contoso-ai.openai.azure.com/openai/deployments/image-prod-eastus/"
                + "images/generations?api-version=2025-04-01-preview\nDeployment image-prod-eastus is busy");
        assertThat(out).doesNotContain("image-prod-eastus").doesNotContain("contoso-ai")
                .contains("/deployments/deployment-#1/").contains("Deployment deployment-#1 is busy")
                .contains("https://resource-#1.openai.azure.com");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
    void should_stay_linear_on_pathological_runs() {
        // each seed repeated to 200,000 characters, and what must come out
        Map<String, Function<String, String>> expected = new LinkedHashMap<>();
        expected.put("sk-", big -> "[redacted: sk-key]"); // one run of key characters is one key
        expected.put("?key=", big -> "?key=[redacted: url-token]");
        expected.put("api-key: ", big -> "api-key: [redacted: api-key]");
        // only the first "Bearer" stands on a boundary; the others follow a "1"
        expected.put("Bearer 1", big -> "Bearer [redacted: bearer-token]" + big.substring("Bearer 1Bearer".length()));
        for (String inert : List.of("a", "a.", "ey", "org-", "\\\"", "(b'")) {
            expected.put(inert, big -> big);
        }
        expected.forEach((seed, want) -> {
            String big = seed.repeat(200_000 / seed.length());
            assertThat(new Redactor(true).redact(big)).as(seed).isEqualTo(want.apply(big));
        });
    }
}
