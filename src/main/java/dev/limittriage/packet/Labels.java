package dev.limittriage.packet;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;

/** Plain-language names for owners, buckets and retry verdicts, used in titles and in Markdown. */
public final class Labels {
    private Labels() {
    }

    public static String owner(Owner owner) {
        return switch (owner) {
            case CHATGPT_APP -> "ChatGPT app";
            case OPENAI_API -> "OpenAI API project or organization";
            case OPENAI_BILLING -> "OpenAI billing";
            case OPENAI_ACCESS -> "OpenAI model access";
            case AZURE -> "Azure OpenAI";
            case PROVIDER -> "Third-party provider or gateway";
            case UNKNOWN -> "Not identified";
        };
    }

    public static String bucket(Bucket bucket) {
        return switch (bucket) {
            case RPM -> "requests per minute";
            case TPM -> "tokens per minute";
            case IPM -> "images per minute";
            case RPD -> "requests per day";
            case TPD -> "tokens per day";
            case MONTHLY_SPEND -> "monthly spend limit";
            case CREDITS -> "prepaid credits";
            case VERIFICATION -> "organization verification";
            case MODEL_ACCESS -> "model access";
            case AZURE_QUOTA -> "Azure quota";
            case APP_CAP -> "ChatGPT image cap";
            case SERVER_OVERLOAD -> "servers overloaded";
            case CONTENT_POLICY -> "content policy";
            case UNKNOWN -> "not identified";
        };
    }

    public static String retry(RetryVerdict retry) {
        return switch (retry) {
            case WAIT_THEN_RETRY -> "wait for the reset, then retry";
            case REDUCE_RATE -> "retry only with less pressure (fewer or smaller requests)";
            case DO_NOT_RETRY -> "do not retry: retrying cannot fix this";
            case UNKNOWN -> "not known yet";
        };
    }

    /** A confidence as words, for readers who should not see a number. */
    public static String confidence(double confidence) {
        if (confidence >= 0.8) {
            return "high";
        }
        return confidence >= 0.5 ? "medium" : "low";
    }
}
