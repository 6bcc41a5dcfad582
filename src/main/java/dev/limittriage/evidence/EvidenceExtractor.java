package dev.limittriage.evidence;

/** Turns any paste into {@link Evidence}. Never throws on any input; cost is linear in the input's length. */
public final class EvidenceExtractor {

    public Evidence extract(String text) {
        // TODO(core): the real extractor
        return new Evidence(text, java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                null, java.util.List.of(), java.util.List.of());
    }
}
