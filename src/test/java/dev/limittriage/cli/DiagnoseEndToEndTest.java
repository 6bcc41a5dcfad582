package dev.limittriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.Resources;
import dev.limittriage.knowledge.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real command line with the real classifier and the shipped knowledge. */
class DiagnoseEndToEndTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void each_route_of_the_article_is_told_apart() throws IOException {
        Path quota = file("quota.txt", "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded"
                + " your current quota, please check your plan and billing details.', 'type': 'insufficient_quota',"
                + " 'param': None, 'code': 'insufficient_quota'}}");
        Path azure = file("azure.txt", "{\"error\":{\"code\":\"429\",\"message\": \"Requests to the"
                + " ImageGenerations_Create Operation under Azure OpenAI API version 2025-04-01-preview have exceeded"
                + " call rate limit of your current OpenAI S0 pricing tier. Please retry after 6 seconds.\"}}");
        Path app = file("app.txt", "You've hit the plus plan limit for image generations requests. You can create"
                + " more images when the limit resets in 12 hours and 43 minutes.");
        Path ipm = file("ipm.txt", "HTTP/2 429\nx-request-id: req_1\n\n{\"error\": {\"message\": \"Rate limit reached"
                + " for gpt-image-2 in organization org-abc on images per min (IPM): Limit 5, Used 5, Requested 1."
                + " Please try again in 12s.\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}");

        CliTestSupport r = new CliTestSupport().run(TriageCommand.newCommandLine(), "diagnose", "--json",
                quota.toString(), azure.toString(), app.toString(), ipm.toString());

        assertThat(r.exit).isZero();
        assertThat(r.err()).isEmpty();
        String[] lines = r.outLines();
        assertThat(lines).hasSize(4);
        var json = JsonMapper.builder().build();
        JsonNode q = json.readTree(lines[0]);
        assertThat(q.get("owner").asString()).isEqualTo("openai_billing");
        assertThat(q.get("retry").asString()).isEqualTo("do_not_retry");
        assertThat(json.readTree(lines[1]).get("owner").asString()).isEqualTo("azure");
        assertThat(json.readTree(lines[2]).get("owner").asString()).isEqualTo("chatgpt_app");
        JsonNode i = json.readTree(lines[3]);
        assertThat(i.get("owner").asString()).isEqualTo("openai_api");
        assertThat(i.get("bucket").asString()).isEqualTo("ipm");
        assertThat(i.get("reset").get("seconds").asDouble()).isEqualTo(12.0);
        assertThat(i.get("evidence").get("requestId").asString()).isEqualTo("req_1");
    }

    @Test
    void a_knowledge_directory_replaces_the_built_in_guidance_without_rebuilding() throws IOException {
        Path knowledge = Files.createDirectory(dir.resolve("knowledge"));
        for (String name : KnowledgeLoader.FILES) {
            try (InputStream in = Resources.require(Knowledge.class, name).openStream()) {
                Files.write(knowledge.resolve(name), in.readAllBytes());
            }
        }
        Path guidance = knowledge.resolve("guidance.json");
        String original = Files.readString(guidance);
        String step = "The organization has no prepaid credit left";
        assertThat(original).contains(step);
        Files.writeString(guidance, original.replace(step, "Ask the finance team to top up the OpenAI account"));
        Path paste = file("credit.txt", "{\"error\": {\"type\": \"insufficient_quota\", \"code\":"
                + " \"credit_balance_exhausted\", \"message\": \"Your credit balance is too low.\"}}");

        CliTestSupport r = new CliTestSupport().run(TriageCommand.newCommandLine(), "diagnose", "--json",
                "--knowledge", knowledge.toString(), paste.toString());

        assertThat(r.exit).isZero();
        JsonNode line = JsonMapper.builder().build().readTree(r.out());
        assertThat(line.get("bucket").asString()).isEqualTo("credits");
        assertThat(line.get("nextStep").asString()).startsWith("Ask the finance team to top up the OpenAI account");
    }

    @Test
    void a_paste_that_leaves_things_open_carries_the_deciding_question() throws IOException {
        Path axios = file("axios.txt", "Error: Request failed with status code 429");
        Path settled = file("settled.txt", "{\"error\": {\"type\": \"insufficient_quota\", \"code\":"
                + " \"credit_balance_exhausted\", \"message\": \"Your credit balance is too low.\"}}");

        CliTestSupport r = new CliTestSupport().run(TriageCommand.newCommandLine(), "diagnose", "--json",
                axios.toString(), settled.toString());

        assertThat(r.exit).isZero();
        var json = JsonMapper.builder().build();
        JsonNode open = json.readTree(r.outLines()[0]);
        assertThat(open.get("owner").asString()).isEqualTo("unknown");
        JsonNode question = open.get("question");
        assertThat(question.get("id").asString()).isEqualTo("route");
        assertThat(question.get("text").asString()).isEqualTo("Where did image generation stop?");
        assertThat(question.get("answers")).hasSize(5);
        assertThat(question.get("answers").get(1).get("id").asString()).isEqualTo("api");
        assertThat(question.get("answers").get(1).get("text").asString()).isEqualTo("My code calling the OpenAI API");
        JsonNode done = json.readTree(r.outLines()[1]);
        assertThat(done.get("bucket").asString()).isEqualTo("credits");
        assertThat(done.has("question")).isTrue();
        assertThat(done.get("question").isNull()).isTrue();

        CliTestSupport text = new CliTestSupport().run(TriageCommand.newCommandLine(), "diagnose", axios.toString());
        assertThat(text.out()).contains("Ask:         Where did image generation stop?\n"
                + "               - ChatGPT app or website\n"
                + "               - My code calling the OpenAI API\n");
    }

    @Test
    void human_output_reads_as_plain_words() throws IOException {
        Path app = file("app.txt", "You've hit the plus plan limit for image generations requests. You can create"
                + " more images when the limit resets in 12 hours and 43 minutes.");
        CliTestSupport r = new CliTestSupport().run(TriageCommand.newCommandLine(), "diagnose", app.toString());

        assertThat(r.exit).isZero();
        assertThat(r.out()).contains("Owner:       The ChatGPT app (chatgpt_app)", "Retry:       wait then retry");
    }
}
