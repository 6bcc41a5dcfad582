package dev.limittriage.knowledge;

import java.util.List;

/**
 * One question people ask about these limits, answered in our own words, with the sources the answer rests on,
 * the app screens (step ids) where it comes up, and words a search should find it by.
 */
public record FaqEntry(String id, String question, String answer, List<Source> sources, List<String> screens,
                       List<String> keywords) {
    public FaqEntry {
        sources = List.copyOf(sources);
        screens = List.copyOf(screens);
        keywords = List.copyOf(keywords);
    }
}
