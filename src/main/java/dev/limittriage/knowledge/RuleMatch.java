package dev.limittriage.knowledge;

/** What part of the evidence an {@link ErrorRule} pattern is compared with. */
public enum RuleMatch {
    /** The error {@code code} field, compared exactly (case-insensitive). */
    CODE,
    /** The error {@code type} field, compared exactly (case-insensitive). */
    TYPE,
    /** A phrase anywhere in the paste (case-insensitive, whitespace-tolerant). */
    PHRASE,
    /** A response header name that is present (case-insensitive). */
    HEADER
}
