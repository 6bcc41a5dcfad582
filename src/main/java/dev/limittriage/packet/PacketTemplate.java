package dev.limittriage.packet;

import static dev.limittriage.packet.FieldName.API_VERSION;
import static dev.limittriage.packet.FieldName.DEPLOYMENT;
import static dev.limittriage.packet.FieldName.DEPLOYMENT_TYPE;
import static dev.limittriage.packet.FieldName.ENDPOINT;
import static dev.limittriage.packet.FieldName.ERROR_CODE;
import static dev.limittriage.packet.FieldName.HTTP_STATUS;
import static dev.limittriage.packet.FieldName.MODEL;
import static dev.limittriage.packet.FieldName.MONTHLY_USAGE_NEAR_CAP;
import static dev.limittriage.packet.FieldName.OCCURRED_AT;
import static dev.limittriage.packet.FieldName.ORGANIZATION;
import static dev.limittriage.packet.FieldName.PLAN;
import static dev.limittriage.packet.FieldName.PROJECT;
import static dev.limittriage.packet.FieldName.QUALITY;
import static dev.limittriage.packet.FieldName.REGION;
import static dev.limittriage.packet.FieldName.REQUEST_ID;
import static dev.limittriage.packet.FieldName.REQUEST_SIZE;
import static dev.limittriage.packet.FieldName.RESET_TIME;
import static dev.limittriage.packet.FieldName.RESOURCE;
import static dev.limittriage.packet.FieldName.RETRY_COUNT;
import static dev.limittriage.packet.FieldName.ROUTE;
import static dev.limittriage.packet.FieldName.SUBSCRIPTION;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who will read the Markdown packet, and so which fields its summary lists (always, even when unknown, so the
 * reader sees what is missing). {@link #FULL} lists every known field. JSON exports are always complete.
 */
public enum PacketTemplate {
    FULL("full", "anyone", List.of()),
    OPENAI("openai", "OpenAI support", List.of(ROUTE, MODEL, ORGANIZATION, PROJECT, ENDPOINT, REQUEST_SIZE,
            QUALITY, HTTP_STATUS, ERROR_CODE, REQUEST_ID, OCCURRED_AT, RESET_TIME, RETRY_COUNT,
            MONTHLY_USAGE_NEAR_CAP)),
    AZURE("azure", "Azure support", List.of(SUBSCRIPTION, RESOURCE, REGION, DEPLOYMENT, DEPLOYMENT_TYPE, MODEL,
            API_VERSION, ENDPOINT, HTTP_STATUS, ERROR_CODE, REQUEST_ID, OCCURRED_AT, RESET_TIME, RETRY_COUNT)),
    PROVIDER("provider", "the provider or gateway", List.of(FieldName.PROVIDER, ROUTE, MODEL, ENDPOINT, REQUEST_SIZE,
            QUALITY, HTTP_STATUS, ERROR_CODE, REQUEST_ID, OCCURRED_AT, RESET_TIME, RETRY_COUNT)),
    /** For the ChatGPT app: plain words, no API details. */
    CHATGPT("chatgpt", "ChatGPT help", List.of(PLAN, OCCURRED_AT, RESET_TIME));

    private final String id;
    private final String reader;
    private final List<FieldName> summaryFields;

    PacketTemplate(String id, String reader, List<FieldName> summaryFields) {
        this.id = id;
        this.reader = reader;
        this.summaryFields = summaryFields;
    }

    public String id() {
        return id;
    }

    /** Who the packet is for, in words ("OpenAI support"). */
    public String reader() {
        return reader;
    }

    /** The fields the summary table lists, in order; empty for {@link #FULL} (every known field). */
    public List<FieldName> summaryFields() {
        return summaryFields;
    }

    /** Whether response headers, body, codes and signals belong in this packet. */
    public boolean technical() {
        return this != CHATGPT;
    }

    public static Optional<PacketTemplate> fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT).trim();
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }
}
