package dev.limittriage.packet;

import java.util.Locale;
import java.util.Optional;

/**
 * The named fields of an incident packet. The list covers what the reference article asks support to be given
 * (route, model, organization, project, request size, quality, endpoint, body, headers, reset time, retry count,
 * monthly usage near the cap) plus what the other readers need (Azure resource details, the ChatGPT plan).
 * {@link #key()} is the JSON property and the name accepted by {@code --set}.
 */
public enum FieldName {
    ROUTE("route", "Route"),
    MODEL("model", "Model"),
    ORGANIZATION("organization", "Organization"),
    PROJECT("project", "Project"),
    ENDPOINT("endpoint", "Endpoint"),
    REQUEST_SIZE("requestSize", "Request size"),
    QUALITY("quality", "Quality setting"),
    HTTP_STATUS("httpStatus", "HTTP status"),
    ERROR_CODE("errorCode", "Error code"),
    REQUEST_ID("requestId", "Request id"),
    OCCURRED_AT("occurredAt", "When it happened"),
    RESET_TIME("resetTime", "Reset time"),
    RETRY_COUNT("retryCount", "Retry count"),
    MONTHLY_USAGE_NEAR_CAP("monthlyUsageNearCap", "Monthly usage close to the cap"),
    PLAN("plan", "Plan"),
    PROVIDER("provider", "Provider or gateway"),
    SUBSCRIPTION("subscription", "Azure subscription"),
    RESOURCE("resource", "Azure resource"),
    REGION("region", "Region"),
    DEPLOYMENT("deployment", "Deployment"),
    DEPLOYMENT_TYPE("deploymentType", "Deployment type"),
    API_VERSION("apiVersion", "API version"),
    RESPONSE_BODY("responseBody", "Response body"),
    RESPONSE_HEADERS("responseHeaders", "Response headers"),
    NOTES("notes", "Notes");

    private final String key;
    private final String label;

    FieldName(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Multi-line fields are shown as blocks, never in a table cell. */
    public boolean isBlock() {
        return this == RESPONSE_BODY || this == RESPONSE_HEADERS || this == NOTES;
    }

    /** Accepts the JSON key in any case, with or without dashes or underscores ({@code request-size}). */
    public static Optional<FieldName> fromKey(String text) {
        String wanted = normalise(text);
        for (FieldName f : values()) {
            if (normalise(f.key).equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String s) {
        return s.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT).trim();
    }
}
