package dev.limittriage.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything structured that could be read from one paste. Built by {@link EvidenceExtractor}; immutable.
 *
 * @param text         the paste as diagnosed (decoded text; spans refer to it)
 * @param facts        single-valued facts in order of appearance (the first of a kind is usually the best)
 * @param headers      headers in order of appearance
 * @param delays       wait times in order of appearance
 * @param limits       bucket-grammar statements
 * @param responseDate the response's Date header, when present and valid
 * @param messages     error messages found (unwrapped from nested JSON-in-strings), most specific first
 * @param notes        what the extractor noticed about the input ("decoded as Latin-1", "truncated JSON")
 */
public record Evidence(String text, List<Fact> facts, List<Header> headers, List<Delay> delays,
                       List<RateLimitReport> limits, @Nullable Instant responseDate, List<String> messages,
                       List<String> notes) {
    public Evidence {
        facts = List.copyOf(facts);
        headers = List.copyOf(headers);
        delays = List.copyOf(delays);
        limits = List.copyOf(limits);
        messages = List.copyOf(messages);
        notes = List.copyOf(notes);
    }

    public Optional<Fact> fact(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).findFirst();
    }

    public Optional<String> value(FactKind kind) {
        return fact(kind).map(Fact::value);
    }

    /** The HTTP status, when one was found. */
    public Optional<Integer> httpStatus() {
        return value(FactKind.HTTP_STATUS).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The first header with this name (case-insensitive). */
    public Optional<Header> header(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.stream().filter(h -> h.name().equals(lower)).findFirst();
    }
}
