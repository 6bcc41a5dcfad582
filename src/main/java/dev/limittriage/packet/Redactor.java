package dev.limittriage.packet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from text before anything is shown for export or written: API keys of OpenAI and other vendors,
 * bearer tokens, credential headers in every dump form people paste (raw lines, curl, JSON, Python repr, byte
 * tuples, Go maps, .NET pairs, HAR), cookies, JWTs, secrets in URL queries and assignments, and e-mail addresses.
 * Each secret becomes a labelled placeholder such as {@code [redacted: openai-key]}.
 *
 * <p>Every pattern is a prefix or a boundary followed by single character-class runs, so a pass costs time
 * linear in the text; specific prefixes ({@code sk-ant-}, {@code sk-or-v1-}, {@code sk-proj-}) run before the
 * generic {@code sk-} so labels are right. Redacting redacted text changes nothing.
 *
 * <p>With {@code pseudonymizeIds}, organization, project and user ids and Azure subscription, resource and
 * deployment names become stable pseudonyms ({@code org-#1}) that stay the same across every field of one packet.
 */
public final class Redactor {
    private static final String PLACEHOLDER_START = "[redacted: ";
    private static final String B = "(?<![A-Za-z0-9_-])";
    private static final String HEADERS = "(proxy-authorization|authorization|ocp-apim-subscription-key|x-goog-api-key"
            + "|x-api-key|api-key|set-cookie|cookie)";
    private static final String QUERY_NAMES = "(?:key|api-key|api_key|apikey|token|access_token|refresh_token"
            + "|id_token|sig|signature|code|state|client_secret|password|secret)";

    private static final Pattern VARIABLE_REFERENCE = Pattern.compile(
            "\\$\\{?[A-Za-z_][A-Za-z0-9_]{0,80}\\}?|%[A-Za-z_][A-Za-z0-9_]{0,80}%|process\\.env\\.[A-Za-z0-9_]{1,80}");
    private static final List<String> HEADER_TRIGGERS = List.of("authorization", "api-key",
            "ocp-apim-subscription-key", "cookie");

    private static final List<Rule> SECRET_RULES = List.of(
            Rule.token("anthropic-key", B + "sk-ant-[A-Za-z0-9_-]{16,}", "sk-ant-"),
            Rule.token("openrouter-key", B + "sk-or-v1-[A-Za-z0-9]{16,}", "sk-or-v1-"),
            Rule.token("openai-key", B + "sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{16,}", "sk-"),
            Rule.token("openai-key", B + "sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_-])", "t3blbkfj"),
            Rule.token("sk-key", B + "sk-[A-Za-z0-9_-]{16,}", "sk-"),
            Rule.token("openai-session", B + "sess-[A-Za-z0-9]{20,}", "sess-"),
            Rule.token("google-api-key", B + "AIza[A-Za-z0-9_-]{30,}", "aiza"),
            Rule.token("replicate-token", B + "r8_[A-Za-z0-9]{20,}", "r8_"),
            Rule.token("huggingface-token", B + "hf_[A-Za-z0-9]{30,}", "hf_"),
            Rule.token("groq-key", B + "gsk_[A-Za-z0-9]{30,}", "gsk_"),
            Rule.token("aws-access-key",
                    "(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])",
                    "a3t", "akia", "asia", "abia", "acca"),
            // the first part of a JWT is base64url of '{"', so it always starts "eyJ"
            Rule.token("jwt", B + "eyJ[A-Za-z0-9_-]{7,}\\.ey[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*", "eyj"),
            Rule.token("fal-key", "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}"
                    + "-[0-9A-Fa-f]{12}:[0-9A-Fa-f]{16,}", "key", "fal"),
            // "Bearer x": the digit look-ahead (bounded) keeps prose such as "Bearer auth" intact
            Rule.value("bearer-token", "(?i)" + B + "bearer[ \\t]+(?=[A-Za-z_.~+/=-]{0,512}[0-9])"
                    + "([A-Za-z0-9_.~+/=-]{6,})", 1, "bearer"),
            // curl -H 'Name: value' (before the line form, which would run on past the closing quote)
            Rule.header("(?i)(?:-H|--header)[ \\t]+[\"'][ \\t]*" + HEADERS + "[ \\t]*:[ \\t]*([^\"'\\r\\n]+)", 0),
            // HAR: {"name": "Authorization", "value": "..."}, pretty-printed over two lines
            Rule.header("(?i)[\"']name[\"'][ \\t]*:[ \\t]*[\"']" + HEADERS
                    + "[\"'][ \\t]*,[ \\t\\r\\n]*[\"']value[\"'][ \\t]*:[ \\t]*[\"']([^\"'\\\\\\r\\n]+)", 1),
            // JSON, Python repr, JSON escaped inside a string: "name": "value", 'name': b'value', \"name\": \"v\"
            Rule.header("(?i)\\\\{0,3}[\"']" + HEADERS + "\\\\{0,3}[\"'][ \\t]*:[ \\t]*b?\\\\{0,3}[\"']"
                    + "([^\"'\\\\\\r\\n]+)", 0),
            // httpcore byte tuples (b'name', b'value') and .NET [name, value] pairs
            Rule.header("(?i)[(\\[][ \\t]*b?[\"']?" + HEADERS + "[\"']?[ \\t]*,[ \\t]*b?[\"']?([^\"')\\]\\r\\n]+)", 0),
            // Go: map[Authorization:[Bearer x]]
            Rule.header("(?i)" + B + HEADERS + ":\\[([^\\]\\r\\n]+)\\]", 0),
            // Name: value lines (raw HTTP, curl -i, curl -v "> " and "< " lines); a quoted "Name: value" is the
            // curl form above, whose value ends at the quote
            Rule.header("(?i)(?<![A-Za-z0-9_\"'-])" + HEADERS + "[ \\t]*:[ \\t]*([^\\[\\s][^\\r\\n]*)", 0),
            Rule.value("url-token", "(?i)(?:[?&]|\\\\u0026)" + QUERY_NAMES + "=([^&#\\s\"'<>\\[\\\\]+)", 1,
                    "key=", "token=", "sig=", "signature=", "code=", "state=", "password=", "secret="),
            Rule.value("secret", "(?i)(?<![A-Za-z0-9_])[A-Za-z0-9_]*(?:api_?key|secret|password|passwd"
                    + "|(?:access|auth|refresh|session|id|bearer)_?token)[\"']?[ \\t]*[=:][ \\t]*[\"']?"
                    + "([^\\s\"',;\\[\\]{}()]+)", 1, "api_key", "apikey", "secret", "password", "passwd", "token"),
            // the last label must be letters, so "openai@4.52.0" (a package version) stays
            Rule.token("email", "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}"
                    + "(?![A-Za-z0-9-])", "@"));

    private static final List<String> SECRET_TRIGGERS = SECRET_RULES.stream().flatMap(r -> r.triggers().stream())
            .distinct().toList();

    private static final List<IdRule> ID_RULES = List.of(
            new IdRule("org", Pattern.compile(B + "(org-[A-Za-z0-9]{20,})"), "org-"),
            new IdRule("proj", Pattern.compile(B + "(proj_[A-Za-z0-9]{20,})"), "proj_"),
            new IdRule("user", Pattern.compile(B + "(user-[A-Za-z0-9]{20,})"), "user-"),
            new IdRule("subscription", Pattern.compile("(?i)/subscriptions/([0-9a-f-]{36})"), "/subscriptions/"),
            new IdRule("resource-group", Pattern.compile("(?i)/resourceGroups/([^/\\s\"'?#]+)"), "/resourcegroups/"),
            new IdRule("resource", Pattern.compile("(?i)/accounts/([^/\\s\"'?#]+)"), "/accounts/"),
            new IdRule("resource", Pattern.compile("(?i)https?://([A-Za-z0-9-]+)\\.(?:openai\\.azure\\.com"
                    + "|cognitiveservices\\.azure\\.com|services\\.ai\\.azure\\.com)"), ".azure.com"),
            new IdRule("deployment", Pattern.compile("(?i)/deployments/([^/\\s\"'?#]+)"), "/deployments/"));

    private static final Map<FieldName, String> ID_FIELDS = new EnumMap<>(Map.of(
            FieldName.ORGANIZATION, "org", FieldName.PROJECT, "proj", FieldName.SUBSCRIPTION, "subscription",
            FieldName.RESOURCE, "resource", FieldName.DEPLOYMENT, "deployment"));

    private final boolean pseudonymizeIds;

    /** A redactor that keeps organization and project ids (support needs them). */
    public Redactor() {
        this(false);
    }

    public Redactor(boolean pseudonymizeIds) {
        this.pseudonymizeIds = pseudonymizeIds;
    }

    public boolean pseudonymizeIds() {
        return pseudonymizeIds;
    }

    /** A session keeps one count and one pseudonym table across all the strings of one packet or draft. */
    public Session session() {
        return new Session(pseudonymizeIds);
    }

    /** Redacts one text on its own. */
    public String redact(String text) {
        return session().apply(text);
    }

    /**
     * Redacts every string of the packet and adds what was found to its report. Idempotent: a packet that is
     * already redacted comes back equal. With pseudonyms on, the id fields are registered first so the same id
     * gets the same pseudonym in the fields, the paste and the diagnosis.
     */
    public IncidentPacket redactPacket(IncidentPacket packet) {
        Session session = session();
        if (pseudonymizeIds) {
            ID_FIELDS.forEach((field, prefix) -> packet.value(field)
                    .ifPresent(v -> session.registerId(prefix, session.apply(v))));
        }
        IncidentPacket redacted = packet.mapStrings(session::apply);
        return redacted.withRedaction(packet.redaction().plus(session.report()));
    }

    /** Tells whether a text holds a placeholder this class writes. */
    public static boolean isPlaceholder(String text) {
        String t = text.strip();
        return t.startsWith(PLACEHOLDER_START) && t.endsWith("]");
    }

    static String placeholder(String kind) {
        return PLACEHOLDER_START + kind + "]";
    }

    /** Redaction state for one packet: counts per kind and the pseudonym table. */
    public static final class Session {
        private final boolean pseudonymize;
        // distinct secrets per kind: the same key in the paste and in the headers field is one secret
        private final Map<String, Set<String>> found = new TreeMap<>();
        private final Map<String, Map<String, Integer>> ids = new LinkedHashMap<>();
        private final List<IdRule> literalIds = new ArrayList<>();

        Session(boolean pseudonymize) {
            this.pseudonymize = pseudonymize;
        }

        /** Redacts secrets and, when enabled, replaces ids with pseudonyms. */
        public String apply(String text) {
            // Every rule matches within a line (the HAR rule within two), so only the lines holding a trigger
            // literal are worked on, each as a small chunk; the rest of a large log is copied once.
            List<String> triggers = new ArrayList<>(SECRET_TRIGGERS);
            if (pseudonymize) {
                ID_RULES.forEach(r -> triggers.add(r.trigger()));
                literalIds.forEach(r -> triggers.add(r.trigger()));
            }
            TreeMap<Integer, Integer> regions = triggerLines(text, triggers);
            if (regions.isEmpty()) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 64);
            int last = 0;
            int chunkStart = -1;
            int chunkEnd = -1;
            for (Map.Entry<Integer, Integer> r : regions.entrySet()) {
                if (chunkStart >= 0 && r.getKey() <= chunkEnd) {
                    chunkEnd = Math.max(chunkEnd, r.getValue());
                    continue;
                }
                if (chunkStart >= 0) {
                    out.append(text, last, chunkStart).append(applyRules(text.substring(chunkStart, chunkEnd)));
                    last = chunkEnd;
                }
                chunkStart = r.getKey();
                chunkEnd = r.getValue();
            }
            out.append(text, last, chunkStart).append(applyRules(text.substring(chunkStart, chunkEnd)));
            return out.append(text, chunkEnd, text.length()).toString();
        }

        private String applyRules(String chunk) {
            Text t = new Text(chunk);
            for (Rule rule : SECRET_RULES) {
                t.set(rule.apply(t, found));
            }
            if (pseudonymize) {
                pseudonymizeIds(t);
            }
            return t.value();
        }

        public RedactionReport report() {
            Map<String, Integer> counts = new TreeMap<>();
            found.forEach((kind, secrets) -> counts.put(kind, secrets.size()));
            return new RedactionReport(counts, pseudonymize);
        }

        /**
         * Registers a value (an organization name, a deployment name) that must get a pseudonym wherever it
         * appears as a whole word. Values shorter than 4 characters are ignored: they would hit ordinary words.
         */
        public void registerId(String prefix, String value) {
            String v = value.strip();
            if (!pseudonymize || v.length() < 4 || v.contains("#") || isPlaceholder(v)) {
                return;
            }
            pseudonym(prefix, v);
            literalIds.add(new IdRule(prefix,
                    Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(v) + "(?![A-Za-z0-9_-])"), asciiLower(v)));
        }

        private String pseudonym(String prefix, String value) {
            Map<String, Integer> table = ids.computeIfAbsent(prefix, p -> new LinkedHashMap<>());
            int n = table.computeIfAbsent(value, v -> table.size() + 1);
            return prefix + "-#" + n;
        }

        private void pseudonymizeIds(Text t) {
            for (IdRule rule : literalIds) {
                t.set(scan(t, List.of(rule.trigger()), 0, rule.pattern(), 0, m -> pseudonym(rule.prefix(), m.group())));
            }
            for (IdRule rule : ID_RULES) {
                t.set(scan(t, List.of(rule.trigger()), 0, rule.pattern(), 1, m -> {
                    // "deployment-#1" is already a pseudonym: the class stops before '#'
                    String input = t.value();
                    boolean already = m.end(1) < input.length() && input.charAt(m.end(1)) == '#';
                    return already ? null : pseudonym(rule.prefix(), m.group(1));
                }));
            }
        }
    }

    /** Returns the replacement for a match, or null to leave it. */
    private interface Replacement {
        @Nullable String replace(Matcher m);
    }

    /** The text being redacted, with an ASCII-lower-case copy of the same length for fast trigger search. */
    private static final class Text {
        private String value;
        private @Nullable String lower;

        Text(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }

        String lower() {
            String l = lower;
            if (l == null) {
                l = asciiLower(value);
                lower = l;
            }
            return l;
        }

        void set(String next) {
            if (next != value) {
                value = next;
                lower = null;
            }
        }
    }

    static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }

    /**
     * Start to end of each line holding any trigger (case-insensitive, ASCII), plus the line after it, in one pass
     * over the text: a table of first characters makes most positions cost one array read.
     */
    static TreeMap<Integer, Integer> triggerLines(String text, List<String> triggers) {
        // candidates by their first two characters; one-character triggers ("@") by the first alone
        @SuppressWarnings("unchecked")
        List<String>[] byPair = new List[128 * 128];
        boolean[] single = new boolean[128];
        for (String trig : triggers) {
            if (trig.length() == 1) {
                single[trig.charAt(0)] = true;
            } else {
                int key = trig.charAt(0) * 128 + trig.charAt(1);
                if (byPair[key] == null) {
                    byPair[key] = new ArrayList<>();
                }
                byPair[key].add(trig);
            }
        }
        TreeMap<Integer, Integer> regions = new TreeMap<>();
        int n = text.length();
        int lineStart = 0;
        int i = 0;
        while (i < n) {
            char c = lowerAscii(text.charAt(i));
            if (c == '\n') {
                lineStart = i + 1;
                i++;
                continue;
            }
            boolean hit = false;
            if (c < 128) {
                if (single[c]) {
                    hit = true;
                } else if (i + 1 < n) {
                    char d = lowerAscii(text.charAt(i + 1));
                    List<String> candidates = d < 128 ? byPair[c * 128 + d] : null;
                    hit = candidates != null && startsWithAny(text, i, candidates);
                }
            }
            if (!hit) {
                i++;
                continue;
            }
            int eol = text.indexOf('\n', i);
            int end = eol < 0 ? n : text.indexOf('\n', eol + 1);
            regions.merge(lineStart, end < 0 ? n : end, Math::max);
            if (eol < 0) {
                break;
            }
            // go on from the start of the next line: it may hold a trigger of its own
            lineStart = eol + 1;
            i = eol + 1;
        }
        return regions;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean startsWithAny(String text, int at, List<String> candidates) {
        for (String trig : candidates) {
            if (text.regionMatches(true, at, trig, 0, trig.length())) {
                return true;
            }
        }
        return false;
    }

    /** Start to end of each line holding a trigger, plus {@code extraLines} lines after it, keyed by start. */
    private static TreeMap<Integer, Integer> regions(String text, String low, List<String> triggers,
                                                     int extraLines) {
        TreeMap<Integer, Integer> regions = new TreeMap<>();
        for (String trigger : triggers) {
            int i = low.indexOf(trigger);
            while (i >= 0) {
                int start = text.lastIndexOf('\n', i) + 1;
                int end = i;
                for (int k = 0; k <= extraLines && end < text.length(); k++) {
                    int nl = text.indexOf('\n', k == 0 ? end : end + 1);
                    end = nl < 0 ? text.length() : nl;
                }
                regions.merge(start, end, Math::max);
                i = end >= text.length() ? -1 : low.indexOf(trigger, end);
            }
        }
        return regions;
    }

    /**
     * Runs {@code pattern} only on the lines that hold one of the trigger literals (plus {@code extraLines} after
     * each), so a 40 MB log costs a few fast {@code indexOf} passes plus regex work on the few lines that matter.
     * No rule matches across more lines than it asks for, so nothing is missed.
     */
    private static String scan(Text t, List<String> triggers, int extraLines, Pattern pattern, int group,
                               Replacement replacement) {
        String text = t.value();
        TreeMap<Integer, Integer> regions = regions(text, t.lower(), triggers, extraLines);
        if (regions.isEmpty()) {
            return text;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        StringBuilder out = null;
        int last = 0;
        int done = 0;
        for (Map.Entry<Integer, Integer> r : regions.entrySet()) {
            int start = Math.max(r.getKey(), done);
            int end = r.getValue();
            if (end <= start) {
                continue;
            }
            m.region(start, end);
            while (m.find()) {
                if (m.start(group) < last) {
                    continue;
                }
                String rep = replacement.replace(m);
                if (rep == null) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length() + 64);
                }
                out.append(text, last, m.start(group)).append(rep);
                last = m.end(group);
            }
            done = end;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private record IdRule(String prefix, Pattern pattern, String trigger) {
    }

    /**
     * One redaction pattern: which group holds the secret, how its kind is named, and the lower-case literals
     * (triggers) without which it cannot match on a line.
     */
    private record Rule(String kind, Pattern pattern, int group, boolean headerKind, List<String> triggers,
                        int extraLines) {
        static Rule token(String kind, String regex, String... triggers) {
            return new Rule(kind, Pattern.compile(regex), 0, false, List.of(triggers), 0);
        }

        static Rule value(String kind, String regex, int group, String... triggers) {
            return new Rule(kind, Pattern.compile(regex), group, false, List.of(triggers), 0);
        }

        static Rule header(String regex, int extraLines) {
            return new Rule("", Pattern.compile(regex), 2, true, HEADER_TRIGGERS, extraLines);
        }

        String apply(Text t, Map<String, Set<String>> found) {
            return scan(t, triggers, extraLines, pattern, group, m -> {
                String value = m.group(group);
                String kind = headerKind ? headerKind(m.group(1)) : kind();
                if (!worthRedacting(value, kind)) {
                    return null;
                }
                found.computeIfAbsent(kind, k -> new HashSet<>()).add(value.strip());
                return (headerKind ? authScheme(value) : "") + placeholder(kind);
            });
        }

        private static boolean worthRedacting(String value, String kind) {
            String v = value.strip();
            // "redacted: ..." is a placeholder seen through the Go map form "Name:[...]"
            if (v.isEmpty() || v.startsWith(PLACEHOLDER_START) || v.startsWith(PLACEHOLDER_START.substring(1))) {
                return false;
            }
            // a reference such as $OPENAI_API_KEY or %API_KEY% names a secret without holding one
            String credential = v.substring(authScheme(v).length()).strip();
            if (VARIABLE_REFERENCE.matcher(credential).matches()) {
                return false;
            }
            // an Authorization value whose credential was already replaced by a labelled token rule
            return kind.equals("cookie") || kind.equals("set-cookie") || !v.contains(PLACEHOLDER_START);
        }

        private static String headerKind(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return switch (n) {
                case "proxy-authorization", "authorization" -> "authorization";
                case "ocp-apim-subscription-key" -> "apim-subscription-key";
                case "x-goog-api-key" -> "google-api-key";
                default -> n;
            };
        }

        /** Keeps "Bearer " or "Basic " in front of a redacted Authorization value, so the reader sees the scheme. */
        private static String authScheme(String value) {
            int space = value.indexOf(' ');
            if (space > 0 && space <= 8) {
                String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
                if (scheme.equals("bearer") || scheme.equals("basic") || scheme.equals("key")
                        || scheme.equals("token") || scheme.equals("digest")) {
                    return value.substring(0, space + 1);
                }
            }
            return "";
        }
    }
}
