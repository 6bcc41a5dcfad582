package dev.limittriage.evidence;

/** The kinds of single-valued facts found in a paste. */
public enum FactKind {
    HTTP_STATUS, ERROR_CODE, ERROR_TYPE, ERROR_MESSAGE, ERROR_STATUS, MODEL, ORGANIZATION, PROJECT, REQUEST_ID,
    REGION, DEPLOYMENT, ENDPOINT, API_VERSION, RETRY_COUNT, LIMIT_NAME
}
