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

    private static final List<Rule> SECRET_RULES = List.of(
            Rule.token("anthropic-key", B + "sk-ant-[A-Za-z0-9_-]{16,}"),
            Rule.token("openrouter-key", B + "sk-or-v1-[A-Za-z0-9]{16,}"),
            Rule.token("openai-key", B + "sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{16,}"),
            Rule.token("openai-key", B + "sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_-])"),
            Rule.token("sk-key", B + "sk-[A-Za-z0-9_-]{16,}"),
            Rule.token("openai-session", B + "sess-[A-Za-z0-9]{20,}"),
            Rule.token("google-api-key", B + "AIza[A-Za-z0-9_-]{30,}"),
            Rule.token("replicate-token", B + "r8_[A-Za-z0-9]{20,}"),
            Rule.token("huggingface-token", B + "hf_[A-Za-z0-9]{30,}"),
            Rule.token("groq-key", B + "gsk_[A-Za-z0-9]{30,}"),
            Rule.token("aws-access-key",
                    "(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])"),
            Rule.token("jwt", B + "ey[A-Za-z0-9_-]{8,}\\.ey[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"),
            Rule.token("fal-key", "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}"
                    + "-[0-9A-Fa-f]{12}:[0-9A-Fa-f]{16,}"),
            // "Bearer x": the digit look-ahead (bounded) keeps prose such as "Bearer auth" intact
            Rule.value("bearer-token", "(?i)" + B + "bearer[ \\t]+(?=[A-Za-z_.~+/=-]{0,512}[0-9])"
                    + "([A-Za-z0-9_.~+/=-]{6,})", 1),
            // curl -H 'Name: value' (before the line form, which would run on past the closing quote)
            Rule.header("(?i)(?:-H|--header)[ \\t]+[\"'][ \\t]*" + HEADERS + "[ \\t]*:[ \\t]*([^\"'\\r\\n]+)"),
            // HAR: {"name": "Authorization", "value": "..."}
            Rule.header("(?i)[\"']name[\"'][ \\t]*:[ \\t]*[\"']" + HEADERS
                    + "[\"'][ \\t]*,[ \\t]*[\"']value[\"'][ \\t]*:[ \\t]*[\"']([^\"'\\\\\\r\\n]+)"),
            // JSON, Python repr, JSON escaped inside a string: "name": "value", 'name': b'value', \"name\": \"v\"
            Rule.header("(?i)\\\\{0,3}[\"']" + HEADERS + "\\\\{0,3}[\"'][ \\t]*:[ \\t]*b?\\\\{0,3}[\"']"
                    + "([^\"'\\\\\\r\\n]+)"),
            // httpcore byte tuples (b'name', b'value') and .NET [name, value] pairs
            Rule.header("(?i)[(\\[][ \\t]*b?[\"']?" + HEADERS + "[\"']?[ \\t]*,[ \\t]*b?[\"']?([^\"')\\]\\r\\n]+)"),
            // Go: map[Authorization:[Bearer x]]
            Rule.header("(?i)" + B + HEADERS + ":\\[([^\\]\\r\\n]+)\\]"),
            // Name: value lines (raw HTTP, curl -i, curl -v "> " and "< " lines)
            Rule.header("(?i)" + B + HEADERS + "[ \\t]*:[ \\t]*([^\\[\\s][^\\r\\n]*)"),
            Rule.value("url-token", "(?i)(?:[?&]|\\\\u0026)" + QUERY_NAMES + "=([^&#\\s\"'<>\\[\\\\]+)", 1),
            Rule.value("secret", "(?i)(?<![A-Za-z0-9_])[A-Za-z0-9_]*(?:api_?key|secret|password|passwd"
                    + "|(?:access|auth|refresh|session|id|bearer)_?token)[\"']?[ \\t]*[=:][ \\t]*[\"']?"
                    + "([^\\s\"',;\\[\\]{}()]+)", 1),
            // the last label must be letters, so "openai@4.52.0" (a package version) stays
            Rule.token("email", "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}"
                    + "(?![A-Za-z0-9-])"));

    private static final List<IdRule> ID_RULES = List.of(
            new IdRule("org", Pattern.compile(B + "(org-[A-Za-z0-9]{20,})")),
            new IdRule("proj", Pattern.compile(B + "(proj_[A-Za-z0-9]{20,})")),
            new IdRule("user", Pattern.compile(B + "(user-[A-Za-z0-9]{20,})")),
            new IdRule("subscription", Pattern.compile("(?i)/subscriptions/([0-9a-f-]{36})")),
            new IdRule("resource-group", Pattern.compile("(?i)/resourceGroups/([^/\\s\"'?#]+)")),
            new IdRule("resource", Pattern.compile("(?i)/accounts/([^/\\s\"'?#]+)")),
            new IdRule("resource", Pattern.compile("(?i)https?://([A-Za-z0-9-]+)\\.(?:openai\\.azure\\.com"
                    + "|cognitiveservices\\.azure\\.com|services\\.ai\\.azure\\.com)")),
            new IdRule("deployment", Pattern.compile("(?i)/deployments/([^/\\s\"'?#]+)")));

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
        private final List<Pattern> literalIds = new ArrayList<>();
        private final List<String> literalPrefixes = new ArrayList<>();

        Session(boolean pseudonymize) {
            this.pseudonymize = pseudonymize;
        }

        /** Redacts secrets and, when enabled, replaces ids with pseudonyms. */
        public String apply(String text) {
            String out = text;
            for (Rule rule : SECRET_RULES) {
                out = rule.apply(out, found);
            }
            if (pseudonymize) {
                out = pseudonymizeIds(out);
            }
            return out;
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
            literalIds.add(Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(v) + "(?![A-Za-z0-9_-])"));
            literalPrefixes.add(prefix);
        }

        private String pseudonym(String prefix, String value) {
            Map<String, Integer> table = ids.computeIfAbsent(prefix, p -> new LinkedHashMap<>());
            int n = table.computeIfAbsent(value, v -> table.size() + 1);
            return prefix + "-#" + n;
        }

        private String pseudonymizeIds(String text) {
            String out = text;
            for (int i = 0; i < literalIds.size(); i++) {
                String prefix = literalPrefixes.get(i);
                out = replaceGroup(literalIds.get(i), out, 0, m -> pseudonym(prefix, m.group()));
            }
            for (IdRule rule : ID_RULES) {
                String input = out;
                out = replaceGroup(rule.pattern(), input, 1, m -> {
                    // "deployment-#1" is already a pseudonym: the class stops before '#'
                    boolean already = m.end(1) < input.length() && input.charAt(m.end(1)) == '#';
                    return already ? m.group(1) : pseudonym(rule.prefix(), m.group(1));
                });
            }
            return out;
        }
    }

    private interface Replacement {
        String replace(Matcher m);
    }

    private static String replaceGroup(Pattern pattern, String text, int group, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start(group)).append(replacement.replace(m));
            last = m.end(group);
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private record IdRule(String prefix, Pattern pattern) {
    }

    /** One redaction pattern: which group holds the secret, and how its kind is named. */
    private record Rule(String kind, Pattern pattern, int group, boolean headerKind) {
        static Rule token(String kind, String regex) {
            return new Rule(kind, Pattern.compile(regex), 0, false);
        }

        static Rule value(String kind, String regex, int group) {
            return new Rule(kind, Pattern.compile(regex), group, false);
        }

        static Rule header(String regex) {
            return new Rule("", Pattern.compile(regex), 2, true);
        }

        String apply(String text, Map<String, Set<String>> found) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = null;
            int last = 0;
            while (m.find()) {
                String value = m.group(group);
                String kind = headerKind ? headerKind(m.group(1)) : kind();
                if (!worthRedacting(value, kind)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                String keep = headerKind ? authScheme(value) : "";
                out.append(text, last, m.start(group)).append(keep).append(placeholder(kind));
                last = m.end(group);
                found.computeIfAbsent(kind, k -> new HashSet<>()).add(value.strip());
            }
            if (out == null) {
                return text;
            }
            return out.append(text, last, text.length()).toString();
        }

        private static boolean worthRedacting(String value, String kind) {
            String v = value.strip();
            if (v.isEmpty() || v.startsWith(PLACEHOLDER_START)) {
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
