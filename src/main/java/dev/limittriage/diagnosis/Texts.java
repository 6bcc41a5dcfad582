package dev.limittriage.diagnosis;

import dev.limittriage.evidence.Evidence;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.ModelLifecycle;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The few sentences the diagnoser writes itself (everything else comes from the knowledge data). */
final class Texts {
    static final String UNKNOWN_NEXT = "Paste the whole error, with the response headers if you have them, or answer "
            + "the questions to narrow it down.";
    static final String NO_GUIDANCE_NEXT = "Check the owner's dashboard for this limit before changing anything.";
    static final String UNKNOWN_DO_NOT = "Don't retry in a tight loop while the cause is unclear.";
    static final String TOO_LARGE = "request too large: this single request is bigger than the whole per-minute "
            + "limit, so no wait helps; make the request smaller";
    static final String LIMIT_ZERO = "limit is 0 on this tier: the model is not available to this organization at "
            + "its current usage tier, so waiting will not help";
    static final String NO_RATE_HEADERS = "HTTP 429 without any x-ratelimit-* headers: OpenAI leaves them off quota "
            + "and billing errors, so credits or a spend limit are more likely than a rate limit; check both";

    private Texts() {
    }

    static String summary(Knowledge k, Owner owner, Bucket bucket, @Nullable String detail, RetryVerdict retry,
                          boolean healthy) {
        if (healthy) {
            return "These headers come from a response that was not refused; they show capacity left and no block.";
        }
        if (owner == Owner.UNKNOWN && bucket == Bucket.UNKNOWN) {
            return "The paste does not show who limited the request or what ran out, so it is not clear whether "
                    + "retrying helps.";
        }
        String who = owner == Owner.UNKNOWN ? "An unidentified service"
                : k.owner(owner).map(p -> p.name()).orElse(ownerWords(owner));
        String what = bucket != Bucket.UNKNOWN ? bucketWords(bucket)
                : detail != null ? detail : "the exact limit is not named";
        String act = switch (retry) {
            case WAIT_THEN_RETRY -> "waiting for the reset and then retrying should work";
            case REDUCE_RATE -> "retrying works only at a slower pace";
            case DO_NOT_RETRY -> "retrying will not help";
            case UNKNOWN -> "it is not clear whether retrying helps";
        };
        return who + " stopped this request (" + what + "), and " + act + ".";
    }

    /** Why a log's answer is its last block: "This paste holds 29 failures (24 images per minute, ...)". */
    static String standing(Timeline t, FailureEvent stand) {
        List<String> parts = new ArrayList<>();
        t.countsByBucket().forEach((b, n) -> parts.add(n + " " + (b == Bucket.UNKNOWN ? "unclassified" : b.id())));
        return "This paste holds " + t.size() + " failures (" + String.join(", ", parts) + "). The answer is the "
                + "last block, on line " + stand.line() + " (" + bucketWords(stand.bucket()) + "): it is the one "
                + "that stands now.";
    }

    /** Fills a model-retired guidance text: {model}, {shutdown}, {replacement}. */
    static String fillModel(String text, ModelLifecycle m) {
        return text.replace("{model}", m.id())
                .replace("{shutdown}", String.valueOf(m.shutdownDate()))
                .replace("{replacement}", m.replacementWords());
    }

    static String ownerWords(Owner owner) {
        return switch (owner) {
            case CHATGPT_APP -> "The ChatGPT app";
            case OPENAI_API -> "Your OpenAI API organization or project";
            case OPENAI_BILLING -> "OpenAI billing";
            case OPENAI_ACCESS -> "OpenAI model access";
            case AZURE -> "Azure OpenAI";
            case PROVIDER -> "A third-party provider or gateway";
            case UNKNOWN -> "An unidentified service";
        };
    }

    static String bucketWords(Bucket bucket) {
        return switch (bucket) {
            case RPM -> "requests per minute";
            case TPM -> "tokens per minute";
            case IPM -> "images per minute";
            case RPD -> "requests per day";
            case TPD -> "tokens per day";
            case MONTHLY_SPEND -> "a monthly spend or budget limit";
            case CREDITS -> "credits or quota used up";
            case VERIFICATION -> "organization verification required";
            case MODEL_ACCESS -> "no access to this model";
            case AZURE_QUOTA -> "Azure quota";
            case APP_CAP -> "the app's image cap";
            case SERVER_OVERLOAD -> "the service is overloaded";
            case CONTENT_POLICY -> "a content-policy refusal";
            case UNKNOWN -> "the exact limit is not named";
        };
    }

    /** Says what capacity is left, as in "Capacity left: 499 of 500 requests, 29996 of 30000 tokens". */
    static String capacity(Evidence e) {
        List<String> parts = new ArrayList<>();
        for (String unit : List.of("requests", "tokens", "images")) {
            var remaining = e.header("x-ratelimit-remaining-" + unit);
            var limit = e.header("x-ratelimit-limit-" + unit);
            if (remaining.isPresent()) {
                parts.add(remaining.get().value() + (limit.map(l -> " of " + l.value()).orElse("")) + " " + unit);
            }
        }
        var resetR = e.header("x-ratelimit-reset-requests");
        var resetT = e.header("x-ratelimit-reset-tokens");
        String resets = resetR.isPresent() || resetT.isPresent()
                ? " Windows refill in " + resetR.map(h -> h.value() + " (requests)").orElse("")
                + (resetR.isPresent() && resetT.isPresent() ? " and " : "")
                + resetT.map(h -> h.value() + " (tokens)").orElse("") + "."
                : "";
        return "Capacity left in the current window: " + String.join(", ", parts) + "; nothing here shows a block."
                + resets;
    }
}
