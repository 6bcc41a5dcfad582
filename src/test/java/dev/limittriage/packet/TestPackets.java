package dev.limittriage.packet;

import dev.limittriage.diagnosis.BatchLog;
import dev.limittriage.diagnosis.Diagnoser;
import dev.limittriage.diagnosis.Diagnosis;
import dev.limittriage.diagnosis.Reset;
import dev.limittriage.diagnosis.Signal;
import dev.limittriage.diagnosis.TierMatch;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.Fact;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.evidence.Header;
import dev.limittriage.evidence.Span;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.io.TestJson;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built diagnoses for packet tests, so they do not depend on the classifier's current answers. Spans are
 * computed from the text, as the extractor would.
 */
public final class TestPackets {
    public static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    public static final String APP_VERSION = "0.1.0-test";
    public static final KnowledgeStamp KNOWLEDGE = new KnowledgeStamp("2026.11-test", LocalDate.of(2026, 5, 5));

    private TestPackets() {
    }

    /** An OpenAI API images-per-minute 429 with headers, pasted from curl -i, with a key in a request header. */
    public static String openAiPaste() {
        String key = PlantedSecrets.all().get(0).secret();
        return String.join("\n",
                "> POST /v1/images/generations HTTP/2",
                "> authorization: Bearer " + key,
                "HTTP/2 429",
                "date: Sat, 28 Nov 2026 08:59:58 GMT",
                "content-type: application/json",
                "x-request-id: req_4f1c9a2b7d3e8f60a1b2c3d4e5f60718",
                "openai-organization: org-AbCdEfGhIjKlMnOpQrStUvWx",
                "openai-project: proj_AbCdEfGhIjKlMnOpQrStUvWx",
                "x-ratelimit-limit-requests: 500",
                "retry-after: 12",
                "x-stainless-retry-count: 2",
                "",
                "{\"error\": {\"message\": \"Rate limit reached for gpt-image-2 in organization "
                        + "org-AbCdEfGhIjKlMnOpQrStUvWx on images per min (IPM): Limit 5, Used 5, Requested 1. "
                        + "Please try again in 12s. Contact me at jane.doe@example.com | `retry` ``twice``\", "
                        + "\"type\": \"requests\", \"param\": null, \"code\": \"rate_limit_exceeded\"}}",
                "");
    }

    public static Diagnosis openAiDiagnosis() {
        String text = openAiPaste();
        List<Header> headers = new ArrayList<>();
        for (String name : List.of("authorization", "date", "content-type", "x-request-id", "openai-organization",
                "openai-project", "x-ratelimit-limit-requests", "retry-after", "x-stainless-retry-count")) {
            int start = text.indexOf(name + ": ");
            int end = text.indexOf('\n', start);
            String value = text.substring(start + name.length() + 2, end);
            headers.add(new Header(name, value, new Span(start, end)));
        }
        List<Fact> facts = List.of(
                fact(text, FactKind.HTTP_STATUS, "429"),
                fact(text, FactKind.ERROR_CODE, "rate_limit_exceeded"),
                fact(text, FactKind.MODEL, "gpt-image-2"),
                fact(text, FactKind.REQUEST_ID, "req_4f1c9a2b7d3e8f60a1b2c3d4e5f60718"),
                fact(text, FactKind.ORGANIZATION, "org-AbCdEfGhIjKlMnOpQrStUvWx"),
                fact(text, FactKind.ENDPOINT, "/v1/images/generations"),
                fact(text, FactKind.RETRY_COUNT, "2"));
        Instant date = Instant.parse("2026-11-28T08:59:58Z");
        Evidence ev = new Evidence(text, facts, headers, List.of(), List.of(), date, List.of(), List.of());
        int codeAt = text.indexOf("rate_limit_exceeded");
        return new Diagnosis(Owner.OPENAI_API, Bucket.IPM, null, RetryVerdict.WAIT_THEN_RETRY, 0.92,
                List.of(new Signal("error_code", "rate_limit_exceeded", new Span(codeAt, codeAt + 19),
                                "openai-rate-limit-exceeded"),
                        new Signal("limit_grammar", "images per min (IPM): Limit 5, Used 5, Requested 1", null,
                                null)),
                new Reset(12.0, Instant.parse("2026-11-28T09:00:10Z"), "header retry-after"),
                "Lower the image request rate for this project, then retry after the reset.",
                "Do not buy credits or change billing: this is a per-minute window, not money.",
                "The OpenAI API project's images-per-minute window is full; wait for the reset, then retry.",
                new TierMatch("gpt-image-2", "Tier 1", false, "5 images per minute matches Tier 1."),
                List.of("The project has 500 requests per minute in total."), ev);
    }

    /** A ChatGPT app cap message, nothing technical in it. */
    public static Diagnosis chatGptDiagnosis() {
        String text = "You've hit the plus plan limit for image generation requests. You can create more images "
                + "when the limit resets in 12 hours and 43 minutes.";
        Evidence ev = new Evidence(text, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        return new Diagnosis(Owner.CHATGPT_APP, Bucket.APP_CAP, null, RetryVerdict.WAIT_THEN_RETRY, 0.85,
                List.of(new Signal("phrase", "hit the plus plan limit for image generation", null, "chatgpt-cap")),
                new Reset(45780.0, null, "message: resets in 12 hours and 43 minutes"),
                "Wait until the time the app gives, then continue; the limit lifts by itself.",
                "Do not create API keys or add API credits: they do not raise the app's limit.",
                "The ChatGPT app's image cap for your plan is used up; it resets on its own.",
                null, List.of(), ev);
    }

    /** An Azure OpenAI 429 on an image deployment, with the Azure request ids and region. */
    public static Diagnosis azureDiagnosis() {
        String text = String.join("\n",
                "POST https://contoso-img.openai.azure.com/openai/deployments/img-prod/images/generations"
                        + "?api-version=2025-04-01-preview",
                "api-key: 0123456789abcdef0123456789abcdef",
                "",
                "HTTP/1.1 429 Too Many Requests",
                "retry-after: 60",
                "apim-request-id: 6f1d3c2a-9b8e-4f7a-8c6d-5e4f3a2b1c0d",
                "x-ms-region: East US",
                "",
                "{\"error\":{\"code\":\"429\",\"message\": \"Requests to the Images_Generations Operation "
                        + "under Azure OpenAI API version 2025-04-01-preview have exceeded call rate limit of your "
                        + "current AIServices S0 pricing tier. Please retry after 60 seconds.\"}}",
                "");
        List<Header> headers = new ArrayList<>();
        for (String name : List.of("api-key", "retry-after", "apim-request-id", "x-ms-region")) {
            int start = text.indexOf(name + ": ");
            int end = text.indexOf('\n', start);
            headers.add(new Header(name, text.substring(start + name.length() + 2, end), new Span(start, end)));
        }
        List<Fact> facts = List.of(
                fact(text, FactKind.HTTP_STATUS, "429"),
                fact(text, FactKind.ERROR_CODE, "429"),
                fact(text, FactKind.REQUEST_ID, "6f1d3c2a-9b8e-4f7a-8c6d-5e4f3a2b1c0d"),
                fact(text, FactKind.REGION, "East US"),
                fact(text, FactKind.DEPLOYMENT, "img-prod"),
                fact(text, FactKind.API_VERSION, "2025-04-01-preview"),
                fact(text, FactKind.ENDPOINT, "https://contoso-img.openai.azure.com/openai/deployments/img-prod/"
                        + "images/generations"));
        Evidence ev = new Evidence(text, facts, headers, List.of(), List.of(), null, List.of(), List.of());
        return new Diagnosis(Owner.AZURE, Bucket.AZURE_QUOTA, "call rate limit of the deployment",
                RetryVerdict.WAIT_THEN_RETRY, 0.9,
                List.of(new Signal("azure_marker", "apim-request-id", null, null),
                        new Signal("phrase", "exceeded call rate limit", null, "azure-call-rate-limit")),
                new Reset(60.0, null, "header retry-after"),
                "Wait 60 seconds, then send fewer image requests to this deployment or raise its quota in Azure.",
                "Do not contact OpenAI billing: Azure quota is set in your Azure subscription.",
                "The Azure OpenAI deployment's call rate limit is used up for now.",
                null, List.of(), ev);
    }

    /** Nothing recognisable: an unknown owner and bucket. */
    public static Diagnosis unknownDiagnosis(String text) {
        Evidence ev = new Evidence(text, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        return new Diagnosis(Owner.UNKNOWN, Bucket.UNKNOWN, null, RetryVerdict.UNKNOWN, 0.1, List.of(), null,
                "Answer a few questions so the app can tell who owns the limit.",
                "Do not retry in a loop while the owner is unclear.",
                "Not enough evidence to tell who owns this limit.", null, List.of(), ev);
    }

    public static List<AnsweredQuestion> answers() {
        return List.of(
                new AnsweredQuestion("where", "Where did you see the message?", "api", "In my own code (API)",
                        Instant.parse("2026-11-28T08:58:10Z")),
                new AnsweredQuestion("often", "Does it happen on every request | or only some?", "some",
                        "Only when many run at once", Instant.parse("2026-11-28T08:58:41Z")));
    }

    /** The OpenAI packet with a few entered fields, as the golden files show it. */
    public static IncidentPacket openAiPacket() {
        return PacketBuilder.fromDiagnosis(openAiDiagnosis(), KNOWLEDGE, APP_VERSION, NOW)
                .created(Instant.parse("2026-11-28T08:57:30Z"))
                .withEntered(FieldName.REQUEST_SIZE, "1024x1024, n=4")
                .withEntered(FieldName.QUALITY, "high")
                .withEntered(FieldName.NOTES, "Batch job of 40 images.\n- started 08:55\n```\nlog tail\n```")
                .withAnswers(answers())
                .build();
    }

    public static IncidentPacket azurePacket() {
        return PacketBuilder.fromDiagnosis(azureDiagnosis(), KNOWLEDGE, APP_VERSION, NOW)
                .withEntered(FieldName.SUBSCRIPTION, "Contoso Production")
                .withEntered(FieldName.RESOURCE, "contoso-img")
                .withEntered(FieldName.DEPLOYMENT_TYPE, "Standard")
                .withEntered(FieldName.MODEL, "gpt-image-1")
                .build();
    }

    public static IncidentPacket chatGptPacket() {
        return PacketBuilder.fromDiagnosis(chatGptDiagnosis(), KNOWLEDGE, APP_VERSION, NOW)
                .withEntered(FieldName.PLAN, "Plus")
                .withEntered(FieldName.OCCURRED_AT, "2026-11-28 08:40 UTC")
                .build();
    }

    /** A short log in the shapes of {@link BatchLog}: three IPM 429s, two 503s, then the billing block. */
    public static String shortLog() {
        String ipm = " ERROR RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for "
                + "gpt-image-2 in organization org-XXXXXXXXXXXXX on images per min (IPM): Limit 5, Used 5, Requested 1."
                + " Please try again in 12s.', 'type': 'images', 'param': None, 'code': 'rate_limit_exceeded'}}\n";
        String overloaded = " - batch - ERROR - image request failed\nTraceback (most recent call last):\n"
                + "  File \"batch.py\", line 42, in render\nopenai.InternalServerError: Error code: 503 - {'error': "
                + "{'message': 'The server is overloaded or not ready yet.', 'type': 'service_unavailable_error', "
                + "'param': None, 'code': 'server_is_overloaded'}}\n";
        return "2026-11-28T10:05:00Z" + ipm + "2026-11-28T10:05:10Z" + ipm + "2026-11-28T10:05:20Z" + ipm
                + "2026-11-28 10:10:00,123" + overloaded + "2026-11-28 10:10:20,123" + overloaded
                + "2026-11-28T10:15:30Z ERROR Exception: Error: 429 Too Many Requests {\n    \"error\": {\n"
                + "        \"message\": \"You exceeded your current quota, please check your plan and billing "
                + "details.\",\n        \"type\": \"insufficient_quota\",\n        \"code\": \"insufficient_quota\"\n"
                + "    }\n}\n";
    }

    /** A packet of {@link #shortLog()}, diagnosed by the real rules, with its timeline (local times read as UTC). */
    public static IncidentPacket logPacket() {
        Diagnoser diagnoser = new Diagnoser(KnowledgeLoader.loadDefault(TestJson.MAPPER));
        String log = shortLog();
        return PacketBuilder.fromDiagnosis(diagnoser.diagnose(log), KNOWLEDGE, APP_VERSION, NOW)
                .withTimeline(diagnoser.timeline(log, ZoneOffset.UTC, LocalDate.parse("2026-11-30")))
                .build();
    }

    private static Fact fact(String text, FactKind kind, String value) {
        int at = text.indexOf(value);
        return new Fact(kind, value, new Span(Math.max(at, 0), Math.max(at, 0) + (at < 0 ? 0 : value.length())));
    }
}
