package dev.limittriage.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP statuses of one paste for {@link EvidenceExtractor}: status fields read by the structured scanners
 * ({@code "status": 429}, {@code 'code': 429}) and status codes found in the text by {@link StatusCodes}, strongest
 * first.
 */
final class StatusScan {
    private static final int MAX_HITS = 500;

    private StatusScan() {
    }

    /** One status found, scored by its context. */
    record Hit(int status, Span span, int score) {
    }

    static List<Hit> scan(String text, List<Field> fields) {
        List<Hit> hits = new ArrayList<>();
        for (Field f : fields) {
            if ((f.key().equals("status") || f.key().equals("statuscode") || f.key().equals("status_code")
                    || f.key().equals("code") || f.key().equals("http_status")) && !f.quoted()
                    || f.key().equals("code") && f.quoted()) {
                Integer s = EvidenceExtractorSupport.asStatus(f.value());
                if (s != null && StatusCodes.allowed(s) && hits.size() < MAX_HITS) {
                    hits.add(new Hit(s, f.span(), f.key().equals("code") ? 6 : 8));
                }
            }
        }
        // counted apart, so a log full of "status=200" cannot use up the room an error needs
        int[] counts = new int[2];
        StatusCodes.scan(text, o -> {
            if (counts[o.isError() ? 1 : 0]++ < MAX_HITS) {
                hits.add(new Hit(o.status(), o.span(), o.strength()));
            }
            return counts[0] < MAX_HITS || counts[1] < MAX_HITS;
        });
        hits.sort((a, b) -> Integer.compare(b.score(), a.score()));
        return hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : hits;
    }
}
