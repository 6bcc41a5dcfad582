package dev.limittriage.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns any paste into {@link Evidence}. Never throws on any input; cost is linear in the input's length.
 *
 * <p>Several independent passes, each linear and bounded: Jackson's streaming parser over every JSON-like object
 * (and JSON found inside string values), a key/value scanner for what no parser reads, header scanners for the
 * non-JSON dump forms, a scan for HTTP status numbers in context, and one multi-phrase pass (Aho–Corasick) whose
 * anchors ("try again in", "per min", "in organization", ...) hand a small window to hand-written readers.
 */
public final class EvidenceExtractor {
    private static final int MAX_MESSAGES = 20;
    private static final int MAX_PER_ANCHOR = 200;
    private static final int WINDOW = 320;

    private enum Anchor {
        DELAY, PER_MIN, PER_DAY, TPD, TPM, RPM, RPD, TOO_LARGE, ORG, LIMIT_FOR, ACCESS_MODEL, USE_MODEL,
        REQUESTS_TO, API_VERSION, API_VERSION_PARAM, REQUEST_ID, LIMIT_EXCEEDED_NAME, URL, ORG_ID, PROJ_ID, REQ_ID
    }

    private record AnchorPhrase(String phrase, Anchor anchor) {
    }

    private static final List<AnchorPhrase> ANCHORS = List.of(
            new AnchorPhrase("try again in", Anchor.DELAY), new AnchorPhrase("try again after", Anchor.DELAY),
            new AnchorPhrase("retry after", Anchor.DELAY), new AnchorPhrase("retry in", Anchor.DELAY),
            new AnchorPhrase("resets in", Anchor.DELAY), new AnchorPhrase("reset in", Anchor.DELAY),
            new AnchorPhrase("reset after", Anchor.DELAY), new AnchorPhrase("resets after", Anchor.DELAY),
            new AnchorPhrase("wait for", Anchor.DELAY), new AnchorPhrase("available again in", Anchor.DELAY),
            new AnchorPhrase("per min", Anchor.PER_MIN), new AnchorPhrase("per day", Anchor.PER_DAY),
            new AnchorPhrase("tpd rate limit", Anchor.TPD), new AnchorPhrase("tpm rate limit", Anchor.TPM),
            new AnchorPhrase("rpm rate limit", Anchor.RPM), new AnchorPhrase("rpd rate limit", Anchor.RPD),
            new AnchorPhrase("request too large for", Anchor.TOO_LARGE),
            new AnchorPhrase("in organization", Anchor.ORG),
            new AnchorPhrase("rate limit reached for", Anchor.LIMIT_FOR),
            new AnchorPhrase("access to model", Anchor.ACCESS_MODEL),
            new AnchorPhrase("to use the model", Anchor.USE_MODEL),
            new AnchorPhrase("your requests to", Anchor.REQUESTS_TO),
            new AnchorPhrase("azure openai api version", Anchor.API_VERSION),
            new AnchorPhrase("api-version=", Anchor.API_VERSION_PARAM),
            new AnchorPhrase("request id:", Anchor.REQUEST_ID), new AnchorPhrase("request id", Anchor.REQUEST_ID),
            new AnchorPhrase("rate limit exceeded:", Anchor.LIMIT_EXCEEDED_NAME),
            new AnchorPhrase("https://", Anchor.URL), new AnchorPhrase("http://", Anchor.URL),
            new AnchorPhrase("org-", Anchor.ORG_ID), new AnchorPhrase("proj_", Anchor.PROJ_ID),
            new AnchorPhrase("req_", Anchor.REQ_ID));

    private static final PhraseMatcher ANCHOR_MATCHER =
            PhraseMatcher.of(ANCHORS.stream().map(AnchorPhrase::phrase).toList());

    private static final Set<String> MESSAGE_KEYS = Set.of("message", "error_message", "errormessage", "msg",
            "detail");
    private static final Set<String> CODE_KEYS = Set.of("code", "error_code", "errorcode");
    private static final Set<String> TYPE_KEYS = Set.of("type", "error_type");
    /** Why a model stopped or a prompt was blocked (Gemini's finishReason and blockReason, OpenAI's finish_reason). */
    private static final Set<String> FINISH_KEYS = Set.of("finishreason", "finish_reason", "blockreason",
            "block_reason");
    /** Finish reasons of an answer that ended normally: no error code. */
    private static final Set<String> NORMAL_FINISH = Set.of("stop", "length", "max_tokens", "tool_calls",
            "function_call", "end_turn", "finish_reason_unspecified", "null", "none");

    /** A fact candidate; lower rank sorts first. */
    private record Candidate(Fact fact, int rank) {
    }

    public Evidence extract(String text) {
        if (text.length() <= Regions.BIG) {
            return readClosely(text);
        }
        return extractLarge(text);
    }

    /**
     * Reads a paste (or a region of one) closely. Lines hard-wrapped at a fixed width are read joined, so a JSON
     * string or an error code cut by the wrap parses whole; spans are put back onto the text as given.
     */
    private static Evidence readClosely(String text) {
        var joined = HardWraps.join(text);
        if (joined.isEmpty()) {
            return new Run(text).run();
        }
        HardWraps.Joined j = joined.get();
        Evidence e = new Run(j.text()).run();
        List<String> notes = new ArrayList<>(e.notes());
        notes.add("lines hard-wrapped at " + j.width() + " columns were read as one (" + j.joins() + " join(s))");
        return new Evidence(text, e.facts().stream().map(f -> new Fact(f.kind(), f.value(), j.toOriginal(f.span())))
                .toList(),
                e.headers().stream().map(h -> new Header(h.name(), h.value(), j.toOriginal(h.span()))).toList(),
                e.delays().stream().map(d -> new Delay(d.duration(), d.at(), d.source(), d.raw(),
                        j.toOriginal(d.span()))).toList(),
                e.limits().stream().map(l -> new RateLimitReport(l.measure(), l.limit(), l.used(), l.requested(),
                        l.requestTooLarge(), j.toOriginal(l.span()))).toList(),
                e.responseDate(), e.messages(), notes);
    }

    /**
     * A large paste: read closely only the regions around error words, then put their spans back in place. The
     * strongest region is read first, so its facts, messages and date come before those of weaker regions.
     */
    private Evidence extractLarge(String text) {
        List<Regions.Region> regions = new ArrayList<>(Regions.find(text));
        regions.sort(Comparator.comparingInt(Regions.Region::score).reversed()
                .thenComparingInt(Regions.Region::start));
        List<Fact> facts = new ArrayList<>();
        List<Header> headers = new ArrayList<>();
        List<Delay> delays = new ArrayList<>();
        List<RateLimitReport> limits = new ArrayList<>();
        LinkedHashSet<String> messages = new LinkedHashSet<>();
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        @Nullable Instant date = null;
        List<Fact> statuses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Regions.Region r : regions) {
            Evidence part = readClosely(text.substring(r.start(), r.end()));
            int o = r.start();
            for (Fact f : part.facts()) {
                Fact moved = new Fact(f.kind(), f.value(), shift(f.span(), o));
                (f.kind() == FactKind.HTTP_STATUS ? statuses : facts).add(moved);
            }
            // neighbouring regions share their context lines: what was read there already is dropped
            for (Header h : part.headers()) {
                if (seen.add("h" + (h.span().start() + o))) {
                    headers.add(new Header(h.name(), h.value(), shift(h.span(), o)));
                }
            }
            for (Delay d : part.delays()) {
                if (seen.add("d" + (d.span().start() + o))) {
                    delays.add(new Delay(d.duration(), d.at(), d.source(), d.raw(), shift(d.span(), o)));
                }
            }
            for (RateLimitReport l : part.limits()) {
                if (seen.add("l" + (l.span().start() + o))) {
                    limits.add(new RateLimitReport(l.measure(), l.limit(), l.used(), l.requested(),
                            l.requestTooLarge(), shift(l.span(), o)));
                }
            }
            messages.addAll(part.messages());
            notes.addAll(part.notes());
            if (date == null) {
                date = part.responseDate();
            }
        }
        // an error status anywhere outranks the success statuses of ordinary lines
        statuses.sort(Comparator.comparingInt((Fact f) -> f.value().startsWith("2") ? 1 : 0));
        List<Fact> all = new ArrayList<>(statuses);
        all.addAll(facts);
        all.sort(Comparator.comparingInt((Fact f) -> f.kind().ordinal()));
        notes.add("large input (" + text.length() / (1024 * 1024) + " MB): read " + regions.size()
                + " region(s) around error words closely, phrases everywhere");
        return new Evidence(text, Run.dedupe(all), headers, delays, limits, date,
                messages.stream().limit(MAX_MESSAGES).toList(), List.copyOf(notes));
    }

    private static Span shift(Span s, int offset) {
        return new Span(s.start() + offset, s.end() + offset);
    }

    /** The state of one extraction. */
    private static final class Run {
        private final String text;
        private final List<Field> fields = new ArrayList<>();
        private final List<Header> headers = new ArrayList<>();
        private final Headers headerScan = new Headers(headers);
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<Delay> delays = new ArrayList<>();
        private final List<RateLimitReport> limits = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final int[] anchorCounts = new int[Anchor.values().length];
        private int lastTooLarge = -1_000_000;
        private @Nullable Instant date;

        Run(String text) {
            this.text = text;
        }

        Evidence run() {
            new JsonScan(fields).scan(text);
            int parsed = fields.size();
            new KeyValueScan(fields).scan(text);
            if (parsed == 0 && fields.size() > 0) {
                notes.add("no JSON could be parsed; fields were read by pattern");
            }
            if (fields.stream().anyMatch(f -> f.depth() > 0)) {
                notes.add("unwrapped JSON nested inside string values");
            }
            headerScan.scanLines(text);
            headerScan.scanByteTuples(text);
            headerScan.scanBracketForms(text);
            headersFromFields();
            readDate();
            factsFromHeaders();
            delaysFromHeaders();
            List<String> messages = factsFromFields();
            for (StatusScan.Hit h : StatusScan.scan(text, fields)) {
                fact(FactKind.HTTP_STATUS, String.valueOf(h.status()), h.span(), 100 - h.score());
            }
            ANCHOR_MATCHER.scan(text, 0, text.length(), this::onAnchor);
            List<Fact> facts = candidates.stream()
                    .sorted(Comparator.comparingInt((Candidate c) -> c.fact().kind().ordinal())
                            .thenComparingInt(Candidate::rank)
                            .thenComparingInt(c -> c.fact().span().start()))
                    .map(Candidate::fact)
                    .distinct()
                    .toList();
            List<Fact> deduped = dedupe(facts);
            List<Delay> sortedDelays = delays.stream().sorted(Comparator.comparingInt(d -> d.span().start())).toList();
            return new Evidence(text, deduped, headers, sortedDelays, limits, date, messages, notes);
        }

        private static List<Fact> dedupe(List<Fact> facts) {
            List<Fact> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Fact f : facts) {
                if (seen.add(f.kind() + "\u0000" + f.value().toLowerCase(Locale.ROOT))) {
                    out.add(f);
                }
            }
            return out;
        }

        private void fact(FactKind kind, String value, Span span, int rank) {
            String v = value.strip();
            if (v.isEmpty() || v.length() > 500 || candidates.size() > 50_000) {
                return;
            }
            candidates.add(new Candidate(new Fact(kind, v, span), rank));
        }

        // ---- headers ----

        private void headersFromFields() {
            // HAR: {"name": "x-ratelimit-limit-requests", "value": "60"} objects
            java.util.Map<Integer, Field> names = new java.util.HashMap<>();
            Set<Integer> headerObjects = new java.util.HashSet<>();
            for (Field f : fields) {
                if (f.object() >= 0 && f.key().equals("name")) {
                    names.put(f.object(), f);
                }
                if (f.object() >= 0 && f.key().indexOf('-') > 0 && Headers.looksLikeHeaderName(f.key())) {
                    headerObjects.add(f.object());
                }
            }
            for (Field f : fields) {
                if (f.object() >= 0 && f.key().equals("value")) {
                    @Nullable Field name = names.get(f.object());
                    if (name != null && Headers.looksLikeHeaderName(name.value().toLowerCase(Locale.ROOT))) {
                        headerScan.add(name.value(), f.value(), new Span(Math.min(name.span().start(),
                                f.span().start()), Math.max(name.span().end(), f.span().end())));
                    }
                } else if (!Headers.looksLikeHeaderName(f.key())) {
                    continue;
                } else if (f.key().indexOf('-') > 0 || f.parent().contains("header")
                        || headerObjects.contains(f.object())) {
                    // plain names (date, server) count only next to real headers or under a "headers" key
                    headerScan.add(f.key(), f.value(), f.keyAndValue());
                }
            }
        }

        private void readDate() {
            for (Header h : headers) {
                if (h.name().equals("date")) {
                    Instant d = Durations.parseHttpDate(h.value());
                    if (d != null) {
                        date = d;
                        return;
                    }
                }
            }
        }

        private void factsFromHeaders() {
            for (Header h : headers) {
                switch (h.name()) {
                    case "x-request-id", "apim-request-id", "x-ms-request-id", "request-id", "x-api-request-id",
                            "x-ms-client-request-id", "cf-ray" ->
                            fact(FactKind.REQUEST_ID, h.value(), h.span(), h.name().equals("cf-ray") ? 9 : 0);
                    case "openai-organization" -> fact(FactKind.ORGANIZATION, h.value(), h.span(), 0);
                    case "openai-project" -> fact(FactKind.PROJECT, h.value(), h.span(), 0);
                    case "x-ms-region", "azureml-model-region" -> fact(FactKind.REGION, h.value(), h.span(), 0);
                    case "x-stainless-retry-count", "x-litellm-attempted-retries" ->
                            fact(FactKind.RETRY_COUNT, h.value(), h.span(), 0);
                    case "openai-model", "x-model" -> fact(FactKind.MODEL, h.value(), h.span(), 1);
                    case "azureml-model-deployment", "x-ms-deployment-name" ->
                            fact(FactKind.DEPLOYMENT, h.value(), h.span(), 0);
                    default -> {
                        // not a fact of its own
                    }
                }
            }
        }

        private void delaysFromHeaders() {
            for (Header h : headers) {
                String v = h.value().trim();
                String n = h.name();
                if (n.equals("retry-after-ms") || n.equals("x-ms-retry-after-ms")) {
                    Duration d = Durations.bareSeconds(v);
                    if (d != null) {
                        delay(d.dividedBy(1000), n.equals("retry-after-ms") ? DelaySource.RETRY_AFTER_MS_HEADER
                                : DelaySource.MS_RETRY_AFTER_MS_HEADER, h.name() + ": " + v, h.span());
                    }
                } else if (n.equals("retry-after")) {
                    Duration d = Durations.bareSeconds(v);
                    if (d != null) {
                        delay(d, DelaySource.RETRY_AFTER_HEADER, h.name() + ": " + v, h.span());
                    } else {
                        Instant at = Durations.parseHttpDate(v);
                        if (at != null) {
                            delays.add(new Delay(date == null ? null : Duration.between(date, at), at,
                                    DelaySource.RETRY_AFTER_HEADER, h.name() + ": " + v, h.span()));
                        }
                    }
                } else if (n.contains("reset") && (n.startsWith("x-ratelimit-") || n.startsWith("x-rate-limit-")
                        || n.startsWith("ratelimit-"))) {
                    if (v.equals("-1") || v.equals("0")) {
                        continue; // Azure writes -1 or 0 when it does not report the value
                    }
                    DelaySource source = n.endsWith("-requests") ? DelaySource.RESET_REQUESTS_HEADER
                            : n.endsWith("-tokens") ? DelaySource.RESET_TOKENS_HEADER : DelaySource.RESET_OTHER_HEADER;
                    if (v.length() >= 10 && v.length() <= 13 && v.chars().allMatch(Character::isDigit)) {
                        long epoch = Long.parseLong(v);
                        Instant at = v.length() == 13 ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
                        delays.add(new Delay(date == null ? null : Duration.between(date, at), at, source,
                                h.name() + ": " + v, h.span()));
                    } else {
                        Duration d = Durations.parseSecondsOrGo(v);
                        if (d != null) {
                            delay(d, source, h.name() + ": " + v, h.span());
                        }
                    }
                }
            }
        }

        private void delay(Duration d, DelaySource source, String raw, Span span) {
            if (delays.size() >= MAX_PER_ANCHOR) {
                return;
            }
            for (Delay other : delays) {
                if (other.source() == source && d.equals(other.duration())) {
                    return;
                }
            }
            delays.add(new Delay(d, date == null ? null : date.plus(d), source, raw, span));
        }

        // ---- fields ----

        private List<String> factsFromFields() {
            List<Field> messageFields = new ArrayList<>();
            for (Field f : fields) {
                String key = f.key();
                String value = f.value();
                boolean errorContext = f.parent().isEmpty() || f.parent().contains("error")
                        || f.depth() > 0;
                int rank = f.depth() > 0 ? 1 : 2;
                boolean wrapper = value.stripLeading().startsWith("{") || value.stripLeading().startsWith("[");
                if (MESSAGE_KEYS.contains(key) && f.quoted() && wrapper) {
                    continue; // a JSON wrapper: its inner fields are read on their own
                } else if (MESSAGE_KEYS.contains(key) && f.quoted() && value.length() >= 4) {
                    messageFields.add(f);
                    fact(FactKind.ERROR_MESSAGE, value, f.span(), -f.depth());
                } else if (key.equals("error") && f.quoted() && !value.isBlank()) {
                    if (value.indexOf(' ') > 0) {
                        messageFields.add(f);
                        fact(FactKind.ERROR_MESSAGE, value, f.span(), 5);
                    } else {
                        fact(FactKind.ERROR_CODE, value, f.span(), 5);
                    }
                } else if (CODE_KEYS.contains(key) && errorContext && !value.isEmpty()) {
                    Integer status = asStatus(value);
                    if (status == null) {
                        fact(FactKind.ERROR_CODE, value, f.span(), rank);
                    }
                } else if (key.equals("reason") && f.quoted() && !value.isEmpty() && value.indexOf(' ') < 0) {
                    fact(FactKind.ERROR_CODE, value, f.span(), 8);
                } else if (FINISH_KEYS.contains(key) && !value.isEmpty() && value.indexOf(' ') < 0
                        && !NORMAL_FINISH.contains(value.toLowerCase(Locale.ROOT))) {
                    fact(FactKind.ERROR_CODE, value, f.span(), 8);
                } else if (TYPE_KEYS.contains(key) && errorContext && !value.isEmpty() && value.indexOf(' ') < 0) {
                    fact(FactKind.ERROR_TYPE, value, f.span(), rank);
                } else if (key.equals("status") && !value.isEmpty() && asStatus(value) == null
                        && value.indexOf(' ') < 0 && !value.equalsIgnoreCase("true")
                        && !value.equalsIgnoreCase("false")) {
                    fact(FactKind.ERROR_STATUS, value, f.span(), rank);
                } else if (key.equals("model") && !value.isEmpty()) {
                    fact(FactKind.MODEL, value, f.span(), 0);
                } else if ((key.equals("requestid") || key.equals("request_id")) && !value.isEmpty()) {
                    fact(FactKind.REQUEST_ID, value, f.span(), 3);
                } else if (key.equals("deployment")) {
                    fact(FactKind.DEPLOYMENT, value, f.span(), 1);
                } else if (key.equals("region")) {
                    fact(FactKind.REGION, value, f.span(), 1);
                } else if (key.equals("api_version")) {
                    fact(FactKind.API_VERSION, value, f.span(), 1);
                } else if (key.equals("organization")) {
                    fact(FactKind.ORGANIZATION, value, f.span(), 1);
                } else if (key.equals("project")) {
                    fact(FactKind.PROJECT, value, f.span(), 1);
                } else if (key.equals("retrydelay") || key.equals("quotaresetdelay") || key.equals("retry_after")
                        || key.equals("retryafter")) {
                    Duration d = Durations.parseSecondsOrGo(value);
                    if (d != null) {
                        delay(d, DelaySource.BODY_FIELD, key + ": " + value, f.span());
                    }
                } else if (key.equals("retry_after_ms")) {
                    Duration d = Durations.bareSeconds(value);
                    if (d != null) {
                        delay(d.dividedBy(1000), DelaySource.BODY_FIELD, key + ": " + value, f.span());
                    }
                }
            }
            // most specific first: the deepest unwrapped message, then order of appearance
            messageFields.sort(Comparator.comparingInt((Field f) -> -f.depth())
                    .thenComparingInt(f -> f.span().start()));
            LinkedHashSet<String> messages = new LinkedHashSet<>();
            for (Field f : messageFields) {
                String m = f.value().strip();
                if (m.startsWith("{") || m.startsWith("[")) {
                    continue; // a wrapper whose inner message is listed on its own
                }
                messages.add(m.length() > 2000 ? m.substring(0, 2000) : m);
                if (messages.size() >= MAX_MESSAGES) {
                    break;
                }
            }
            return List.copyOf(messages);
        }

        private static @Nullable Integer asStatus(String value) {
            return EvidenceExtractorSupport.asStatus(value);
        }

        // ---- anchors ----

        private boolean onAnchor(int phrase, int start, int end) {
            Anchor a = ANCHORS.get(phrase).anchor();
            if (anchorCounts[a.ordinal()]++ >= MAX_PER_ANCHOR) {
                return true;
            }
            switch (a) {
                case DELAY -> phraseDelay(start, end);
                case PER_MIN -> grammar(start, end, "min");
                case PER_DAY -> grammar(start, end, "day");
                case TPD -> shortGrammar(start, end, "tokens per day");
                case TPM -> shortGrammar(start, end, "tokens per min");
                case RPM -> shortGrammar(start, end, "requests per min");
                case RPD -> shortGrammar(start, end, "requests per day");
                case TOO_LARGE -> {
                    lastTooLarge = start;
                    String model = token(end);
                    if (!model.isEmpty()) {
                        fact(FactKind.MODEL, model, new Span(start, end + 1 + model.length()), 2);
                    }
                }
                case ORG -> {
                    String org = token(end);
                    if (!org.isEmpty()) {
                        fact(FactKind.ORGANIZATION, org, span(end, org), 2);
                    }
                }
                case LIMIT_FOR -> {
                    String name = token(end);
                    if (!name.isEmpty()) {
                        fact(looksLikeModel(name) ? FactKind.MODEL : FactKind.LIMIT_NAME, name, span(end, name), 2);
                    }
                }
                case ACCESS_MODEL, USE_MODEL -> {
                    String model = token(end);
                    if (!model.isEmpty()) {
                        fact(FactKind.MODEL, model, span(end, model), 1);
                    }
                }
                case REQUESTS_TO -> azureRequestsTo(end);
                case API_VERSION, API_VERSION_PARAM -> {
                    String v = token(end);
                    if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                        fact(FactKind.API_VERSION, v, span(end, v), 1);
                    }
                }
                case REQUEST_ID -> {
                    String id = token(end);
                    if (id.length() >= 6 && id.chars().anyMatch(Character::isDigit)) {
                        fact(FactKind.REQUEST_ID, id, span(end, id), 4);
                    }
                }
                case LIMIT_EXCEEDED_NAME -> {
                    String name = token(end);
                    if (!name.isEmpty()) {
                        fact(FactKind.LIMIT_NAME, name, span(end, name), 1);
                    }
                }
                case URL -> url(start);
                case ORG_ID -> prefixedId(start, FactKind.ORGANIZATION, 3);
                case PROJ_ID -> prefixedId(start, FactKind.PROJECT, 1);
                case REQ_ID -> prefixedId(start, FactKind.REQUEST_ID, 2);
                default -> {
                    // every anchor is handled above
                }
            }
            return true;
        }

        private Span span(int from, String token) {
            int s = skipSpaces(from);
            int e = Math.min(text.length(), s + token.length() + 2);
            return new Span(Math.min(s, e), e);
        }

        private int skipSpaces(int i) {
            int j = i;
            while (j < text.length() && j - i < 8 && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j;
        }

        /**
         * The next identifier-like token after {@code from}: quotes and backticks stripped, trailing sentence
         * punctuation dropped.
         */
        private String token(int from) {
            int i = skipSpaces(from);
            while (i < text.length() && isQuote(text.charAt(i))) {
                i++;
            }
            int s = i;
            int limit = Math.min(text.length(), s + 200);
            while (i < limit && isTokenChar(text.charAt(i))) {
                i++;
            }
            while (i > s && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == ':' || text.charAt(i - 1) == ',')) {
                i--;
            }
            return text.substring(s, i);
        }

        private static boolean isQuote(char c) {
            return c == '`' || c == '\'' || c == '"' || c == '\\' || c == '\u2018' || c == '\u2019'
                    || c == '\u201C' || c == '\u201D';
        }

        private static boolean isTokenChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '/';
        }

        private static boolean looksLikeModel(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            for (String p : List.of("gpt", "dall-e", "o1", "o3", "o4", "text-", "chatgpt", "claude", "gemini",
                    "whisper", "tts", "davinci", "babbage", "sora", "codex", "computer-use", "omni-")) {
                if (n.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        private void prefixedId(int start, FactKind kind, int rank) {
            if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
                return;
            }
            int i = start + 4;
            if (kind == FactKind.PROJECT) {
                i = start + 5;
            }
            int s = i;
            int limit = Math.min(text.length(), s + 80);
            while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                    || (kind == FactKind.REQUEST_ID && text.charAt(i) == '-'))) {
                i++;
            }
            if (i - s >= 6) {
                fact(kind, text.substring(start, i), new Span(start, i), rank);
            }
        }

        private void url(int start) {
            int i = start;
            int limit = Math.min(text.length(), start + 400);
            while (i < limit) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>'
                        || c == ')' || c == ',' || c == '}' || c == ']' || c == '\u201D' || c == '\\') {
                    break;
                }
                i++;
            }
            while (i > start && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == ':')) {
                i--;
            }
            String u = text.substring(start, i);
            String lower = u.toLowerCase(Locale.ROOT);
            boolean api = lower.contains("openai.azure.com") || lower.contains("cognitiveservices.azure.com")
                    || lower.contains("services.ai.azure.com") || lower.contains("/openai/deployments/")
                    || lower.contains("api.openai.com/") || lower.contains("openrouter.ai/api/")
                    || lower.contains("generativelanguage.googleapis.com") || lower.contains("api.replicate.com")
                    || lower.contains("fal.run") || lower.contains("/v1/chat") || lower.contains("/v1/images")
                    || lower.contains("/v1/responses") || lower.contains("/v1/completions");
            if (!api) {
                return;
            }
            fact(FactKind.ENDPOINT, u, new Span(start, i), 0);
            int dep = lower.indexOf("/deployments/");
            if (dep >= 0) {
                int s = dep + "/deployments/".length();
                int e = s;
                while (e < u.length() && u.charAt(e) != '/' && u.charAt(e) != '?') {
                    e++;
                }
                if (e > s) {
                    fact(FactKind.DEPLOYMENT, u.substring(s, e), new Span(start + s, start + e), 0);
                }
            }
        }

        /** Azure: "Your requests to DEPLOYMENT for MODEL in REGION have exceeded ...". */
        private void azureRequestsTo(int end) {
            String deployment = token(end);
            if (deployment.isEmpty()) {
                return;
            }
            int at = skipSpaces(end) + deployment.length();
            fact(FactKind.DEPLOYMENT, deployment, span(end, deployment), 0);
            int limit = Math.min(text.length(), at + WINDOW);
            String window = text.substring(at, limit);
            String lw = window.toLowerCase(Locale.ROOT);
            if (!lw.startsWith(" for ")) {
                return;
            }
            String model = token(at + 5);
            if (!model.isEmpty()) {
                fact(FactKind.MODEL, model, span(at + 5, model), 0);
            }
            int in = lw.indexOf(" in ", 5);
            int have = lw.indexOf(" have exceeded");
            if (in > 0 && have > in && have - in < 60) {
                String region = window.substring(in + 4, have).strip();
                fact(FactKind.REGION, region, new Span(at + in + 4, at + have), 0);
            }
        }

        private void phraseDelay(int start, int end) {
            Durations.Parsed p = Durations.phraseAt(text, end, Math.min(text.length(), end + 80));
            if (p == null) {
                return;
            }
            delay(p.duration(), DelaySource.MESSAGE_PHRASE, text.substring(start, p.end()).strip(),
                    new Span(start, p.end()));
        }

        /** "... on tokens per min (TPM): Limit 10000, Used 6701, Requested 4497" and its older forms. */
        private void grammar(int start, int end, String unit) {
            int lb = Math.max(0, start - 24);
            String before = text.substring(lb, start).toLowerCase(Locale.ROOT).stripTrailing();
            String measure;
            if (before.endsWith("input-images")) {
                measure = "input-images";
            } else if (before.endsWith("images")) {
                measure = "images";
            } else if (before.endsWith("tokens")) {
                measure = "tokens";
            } else if (before.endsWith("requests")) {
                measure = "requests";
            } else {
                return;
            }
            int measureStart = start - (before.length() - before.lastIndexOf(' ') - 1) - 1;
            int spanStart = Math.max(lb, Math.min(start, measureStart));
            int limitEnd = Math.min(text.length(), end + WINDOW);
            int stop = sentenceStop(end, limitEnd);
            Numbers nums = numbers(end, stop);
            boolean tooLarge = start - lastTooLarge < WINDOW && start > lastTooLarge;
            boolean openAiForm = text.substring(Math.max(0, spanStart - 4), spanStart).toLowerCase(Locale.ROOT)
                    .endsWith("on ") || text.startsWith("(", skipSpaces(end));
            if (nums.limit == null && nums.used == null && nums.requested == null && !openAiForm) {
                return; // "requests per day" in prose, not a limit statement
            }
            String m = measure + " per " + unit;
            limits.add(new RateLimitReport(m, nums.limit, nums.used, nums.requested, tooLarge,
                    new Span(spanStart, Math.max(nums.end, end))));
        }

        /** "reached organization TPD rate limit, current: 1508351, limit: 1500000". */
        private void shortGrammar(int start, int end, String measure) {
            int stop = Math.min(text.length(), end + WINDOW);
            Numbers nums = numbers(end, sentenceStop(end, stop));
            limits.add(new RateLimitReport(measure, nums.limit, nums.used, nums.requested, false,
                    new Span(start, Math.max(end, nums.end))));
        }

        /** Where the grammar's statement ends: "Please", "Visit", "Contact" or "The input" after the numbers. */
        private int sentenceStop(int from, int limit) {
            String w = text.substring(from, limit).toLowerCase(Locale.ROOT);
            int stop = w.length();
            for (String s : List.of("please", "visit", "contact", "the input", "to learn", "\n\n")) {
                int k = w.indexOf(s);
                if (k >= 0 && k < stop) {
                    stop = k;
                }
            }
            return from + stop;
        }

        private record Numbers(@Nullable Long limit, @Nullable Long used, @Nullable Long requested, int end) {
        }

        private Numbers numbers(int from, int to) {
            String w = text.substring(from, to);
            String lw = w.toLowerCase(Locale.ROOT);
            @Nullable Long limit = null;
            @Nullable Long used = null;
            @Nullable Long requested = null;
            int end = from;
            int i = 0;
            while (i < lw.length()) {
                @Nullable String word = null;
                for (String k : List.of("limit", "used", "current", "requested")) {
                    if (lw.startsWith(k, i) && (i == 0 || !Character.isLetter(lw.charAt(i - 1)))) {
                        word = k;
                        break;
                    }
                }
                if (word == null) {
                    i++;
                    continue;
                }
                int j = i + word.length();
                while (j < lw.length() && (lw.charAt(j) == ':' || lw.charAt(j) == ' ' || lw.charAt(j) == '\n')) {
                    j++;
                }
                int ns = j;
                while (j < lw.length() && j - ns < 20 && (Character.isDigit(lw.charAt(j)) || lw.charAt(j) == '.'
                        || lw.charAt(j) == ',' && j + 1 < lw.length() && Character.isDigit(lw.charAt(j + 1))
                        && j + 3 < lw.length() && Character.isDigit(lw.charAt(j + 3)))) {
                    j++;
                }
                Long value = parseAmount(w.substring(ns, j));
                if (value != null) {
                    switch (word) {
                        case "limit" -> limit = limit == null ? value : limit;
                        case "used", "current" -> used = used == null ? value : used;
                        default -> requested = requested == null ? value : requested;
                    }
                    end = from + j;
                }
                i = Math.max(j, i + 1);
            }
            return new Numbers(limit, used, requested, end);
        }

        private static @Nullable Long parseAmount(String s) {
            String t = s.replace(",", "");
            while (t.endsWith(".")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.isEmpty()) {
                return null;
            }
            try {
                return (long) Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
