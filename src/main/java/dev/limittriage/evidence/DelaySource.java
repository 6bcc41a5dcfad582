package dev.limittriage.evidence;

/** Where a wait time was read. */
public enum DelaySource {
    RETRY_AFTER_MS_HEADER, MS_RETRY_AFTER_MS_HEADER, RETRY_AFTER_HEADER, RESET_REQUESTS_HEADER,
    RESET_TOKENS_HEADER, RESET_OTHER_HEADER, BODY_FIELD, MESSAGE_PHRASE
}
