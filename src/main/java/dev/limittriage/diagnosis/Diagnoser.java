package dev.limittriage.diagnosis;

import dev.limittriage.evidence.DelaySource;
import dev.limittriage.evidence.Evidence;
import dev.limittriage.evidence.EvidenceExtractor;
import dev.limittriage.evidence.Fact;
import dev.limittriage.evidence.FactKind;
import dev.limittriage.evidence.HardWraps;
import dev.limittriage.evidence.Header;
import dev.limittriage.evidence.LogEvents;
import dev.limittriage.evidence.LogScan;
import dev.limittriage.evidence.PhraseMatcher;
import dev.limittriage.evidence.RateLimitReport;
import dev.limittriage.evidence.Span;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Concept;
import dev.limittriage.knowledge.ErrorRule;
import dev.limittriage.knowledge.Guidance;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.ModelLifecycle;
import dev.limittriage.knowledge.ModelStatus;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.RuleMatch;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evidence to diagnosis. Pure, synchronous, thread-safe; never throws on any paste.
 *
 * <p>Every rule of the knowledge data that matches (an error code or type read from the body, a header that is
 * present, a phrase anywhere in the paste) becomes a {@link Signal} with the rule's weight. Built-in readings add
 * to them: OpenAI's bucket grammar, "Limit: 0", "Request too large", empty rate-limit counters and the HTTP
 * status. Then:
 * <ul>
 *   <li>the <b>bucket</b> is the one with the strongest combined support;</li>
 *   <li>the <b>owner</b> is the owner of the strongest rule behind that bucket, corrected by route markers
 *       (rules with no bucket): Azure markers take a generic OpenAI-style rate limit for Azure; a marker of
 *       another platform with weight 0.8 or more (Gemini, OpenRouter, fal, ...) takes any OpenAI-family owner for
 *       that provider, because those platforms reuse OpenAI's wording; weaker provider markers (relays that only
 *       pass an error on) decide only when nothing else does. A content-policy refusal belongs to the route it
 *       happened on;</li>
 *   <li>billing, access, verification and content-policy blocks, "Limit: 0" and "Request too large" are never
 *       wait-then-retry.</li>
 * </ul>
 * Thin evidence gives low confidence and {@code unknown} rather than a guess.
 */
public final class Diagnoser {
    private static final Set<Bucket> NEVER_WAIT = EnumSet.of(Bucket.MONTHLY_SPEND, Bucket.CREDITS,
            Bucket.VERIFICATION, Bucket.MODEL_ACCESS, Bucket.CONTENT_POLICY);
    private static final Set<Owner> OPENAI_FAMILY = EnumSet.of(Owner.OPENAI_API, Owner.OPENAI_BILLING,
            Owner.OPENAI_ACCESS, Owner.UNKNOWN);
    /**
     * Limits every owner has, so that the wording, not the bucket, tells whose they are: a rate window or an
     * overloaded server with none of OpenAI's, Azure's or the ChatGPT app's own words is most often a provider's.
     */
    private static final Set<Bucket> SHARED_WINDOWS = EnumSet.of(Bucket.RPM, Bucket.TPM, Bucket.IPM, Bucket.RPD,
            Bucket.TPD, Bucket.SERVER_OVERLOAD);
    /** HTTP's own reason phrases (RFC 9110): every server sends them, so they are nobody's wording. */
    private static final Set<String> REASON_PHRASES = Set.of("too many requests", "internal server error",
            "bad gateway", "service unavailable", "gateway timeout", "payment required");
    private static final double FALLBACK_FACTOR = 0.85;
    private static final double PLATFORM_MARKER = 0.8;
    private static final double AZURE_MARKER = 0.7;
    /** The least a cue must weigh to name a refusal's owner when nothing stronger does (openai_voice weighs 0.4). */
    private static final double WEAK_MARK = 0.3;
    private static final int MAX_SIGNALS = 40;
    private static final int MAX_EVENT_TEXT = 32 * 1024;
    private static final int MAX_SHAPES = 10_000;
    /** The least weight a concept term needs to mark a log line as a failure on its own. */
    private static final double LOG_EVENT_CONCEPT = 0.7;
    /** A deprecated model whose shutdown is at most this many days away gets a note. */
    private static final int SHUTDOWN_SOON_DAYS = 90;
    private static final String CONCEPT = "concept.";
    /** The highest confidence of a diagnosis whose owner is a guess by elimination. */
    private static final double GUESSED_OWNER = 0.4;
    /** The concept that says a window counts tokens (see {@code inTokens}). */
    private static final String TOKEN_UNIT = CONCEPT + "token_unit";
    /** Agreeing cues add up, but only this far: a single specific code (0.97) still beats any pile of weak ones. */
    private static final double COMBINED_CAP = 0.95;
    /** A 429 with a reset header for one bucket only: weaker than a counter at 0, which names the bucket outright. */
    private static final double LONE_RESET = 0.55;

    private final Knowledge knowledge;
    private final EvidenceExtractor extractor = new EvidenceExtractor();
    private final PhraseMatcher matcher;
    private final List<ErrorRule> patternRules = new ArrayList<>();
    private final List<Boolean> patternIsFallback = new ArrayList<>();
    private final LogScan logScan;
    private final Clock clock;
    private final List<ModelLifecycle> modelNames = new ArrayList<>();
    private final PhraseMatcher modelMatcher;

    public Diagnoser(Knowledge knowledge) {
        this(knowledge, Clock.systemUTC());
    }

    /** With a clock: which models count as shut down, or shutting down soon, depends on the day. */
    public Diagnoser(Knowledge knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
        List<String> names = new ArrayList<>();
        for (ModelLifecycle m : knowledge.models()) {
            for (String n : m.names()) {
                names.add(n);
                modelNames.add(m);
            }
        }
        modelMatcher = PhraseMatcher.of(names);
        List<String> patterns = new ArrayList<>();
        for (ErrorRule r : knowledge.rules()) {
            if (r.match() == RuleMatch.PHRASE) {
                patterns.add(r.pattern());
                patternRules.add(r);
                patternIsFallback.add(false);
            } else if ((r.match() == RuleMatch.CODE || r.match() == RuleMatch.TYPE) && distinctive(r.pattern())) {
                // a code seen in text no parser could read (truncated, mangled) still counts, a little less
                patterns.add(r.pattern());
                patternRules.add(r);
                patternIsFallback.add(true);
            }
        }
        for (Concept c : knowledge.concepts()) {
            for (String term : c.allTerms()) {
                // every term of a concept is one rule id: the concept counts once however many of its words appear
                patterns.add(term);
                patternRules.add(new ErrorRule(CONCEPT + c.id(), RuleMatch.PHRASE, term, c.owner(), c.bucket(),
                        c.retry(), c.detail(), c.weight(), c.source()));
                patternIsFallback.add(false);
            }
        }
        matcher = PhraseMatcher.of(patterns);
        List<String> failures = new ArrayList<>();
        for (int p = 0; p < patternRules.size(); p++) {
            ErrorRule r = patternRules.get(p);
            // route markers alone are no failure, nor is a weak concept word ("balance") on an ordinary log line
            boolean weakConcept = r.id().startsWith(CONCEPT) && r.weight() < LOG_EVENT_CONCEPT;
            if ((r.bucket() != Bucket.UNKNOWN || r.retry() != RetryVerdict.UNKNOWN) && !weakConcept) {
                failures.add(patterns.get(p));
            }
        }
        logScan = new LogScan(failures);
    }

    /** A code worth finding as a bare word: "insufficient_quota", "DeploymentNotFound", not "tokens". */
    private static boolean distinctive(String code) {
        return code.length() >= 8 && (code.indexOf('_') > 0 || !code.equals(code.toLowerCase(Locale.ROOT)));
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /**
     * Diagnoses a paste. When it holds several failures of different kinds (a whole log), the answer is the block
     * that stands now, the one {@link Timeline#standing()} names: the last failure with a known bucket, read on its
     * own, with the paste's other failures noted in the observations.
     */
    public Diagnosis diagnose(String paste) {
        Evidence evidence = extractor.extract(paste);
        Diagnosis whole = diagnose(evidence);
        if (paste.indexOf('\n') < 0) {
            return whole;
        }
        Timeline timeline = timeline(paste, ZoneOffset.UTC, LocalDate.EPOCH);
        @Nullable FailureEvent stand = timeline.standing();
        if (stand == null || timeline.countsByBucket().keySet().stream().filter(b -> b != Bucket.UNKNOWN).count() < 2) {
            return whole;
        }
        int from = stand.start();
        Diagnosis own = diagnose(extractor.extract(classified(paste, stand.start(), stand.end())));
        List<Signal> signals = new ArrayList<>();
        for (Signal sig : own.signals()) {
            signals.add(new Signal(sig.kind(), sig.value(), sig.span() == null ? null
                    : new Span(sig.span().start() + from, sig.span().end() + from), sig.ruleId()));
        }
        List<String> observations = new ArrayList<>();
        observations.add(Texts.standing(timeline, stand));
        observations.addAll(own.observations());
        return new Diagnosis(own.owner(), own.bucket(), own.detail(), own.retry(), own.confidence(), signals,
                own.reset(), own.nextStep(), own.doNot(), own.summary(), own.tierMatch(), observations, evidence);
    }

    public Diagnosis diagnose(Evidence evidence) {
        return new Run(evidence).diagnose();
    }

    /**
     * Every failure in the paste on a time line. Each event is read on its own text by the same rules as a whole
     * paste; events of the same shape (the same text once numbers and ids are masked) are read once.
     *
     * @param zone  the zone of time stamps written without one
     * @param today the date syslog stamps without a year fall back to
     */
    public Timeline timeline(String paste, ZoneId zone, LocalDate today) {
        LogEvents events = logScan.scan(paste, zone, today);
        int[] classOf = new int[events.size()];
        List<Timeline.EventClass> classes = new ArrayList<>();
        Map<String, Integer> byShape = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String text = classified(paste, events.start(i), events.end(i));
            String shape = shape(text);
            Integer known = byShape.get(shape);
            if (known == null) {
                known = classes.size();
                classes.add(classify(text));
                if (byShape.size() < MAX_SHAPES) {
                    byShape.put(shape, known);
                }
            }
            classOf[i] = known;
        }
        return new Timeline(events, classOf, classes);
    }

    private static String classified(String paste, int start, int end) {
        return paste.substring(start, Math.min(end, start + MAX_EVENT_TEXT));
    }

    private Timeline.EventClass classify(String text) {
        Diagnosis d = diagnose(extractor.extract(text));
        String signal = d.signals().isEmpty() ? "none" : d.signals().get(0).ruleId() != null
                ? d.signals().get(0).ruleId() : d.signals().get(0).kind() + ": " + d.signals().get(0).value();
        @Nullable Long limit = null;
        @Nullable String measure = null;
        for (RateLimitReport r : d.evidence().limits()) {
            if (r.limit() != null) {
                limit = r.limit();
                measure = r.measure();
                break;
            }
        }
        return new Timeline.EventClass(d.owner(), d.bucket(), d.retry(), signal, limit, measure);
    }

    /**
     * The text with every word that holds a digit masked (times, ids, counts, waits), except a lone {@code 0}:
     * "Limit 0" reads differently from "Limit 5", "Limit 5" the same as "Limit 6".
     */
    static String shape(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 4096));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            boolean digit = false;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                digit |= Character.isDigit(text.charAt(j));
                j++;
            }
            if (!digit || j - i == 1 && c == '0') {
                b.append(text, i, j);
            } else {
                b.append('#');
            }
            i = j;
        }
        return b.toString();
    }

    /** One matched rule or built-in reading. */
    private record Hit(@Nullable ErrorRule rule, String kind, String value,
                       @Nullable Span span, double strength,
                       Owner owner, Bucket bucket, RetryVerdict retry,
                       @Nullable String detail) {
    }

    /** The state of one diagnosis. */
    private final class Run {
        private final Evidence evidence;
        private final String text;
        private final Map<String, Hit> byRule = new LinkedHashMap<>();
        private final List<Hit> builtIn = new ArrayList<>();
        private final List<String> observations = new ArrayList<>();
        /** The owner is a guess by elimination: the confidence says so (below {@link Diagnosis#LOW_CONFIDENCE}). */
        private boolean ownerGuessed;

        Run(Evidence evidence) {
            this.evidence = evidence;
            this.text = evidence.text();
        }

        Diagnosis diagnose() {
            matchRules();
            readGrammar();
            readCounters();
            readStatus();
            List<Hit> hits = new ArrayList<>(byRule.values());
            hits.addAll(builtIn);
            hits.sort(Comparator.comparingDouble(Hit::strength).reversed());

            // a bucket's score is its strongest signal, plus a little for each one that agrees: one specific
            // code (project_spend_limit_exceeded) must beat several generic ones (insufficient_quota wording)
            Map<Bucket, List<Double>> bucketCues = new EnumMap<>(Bucket.class);
            Map<Owner, List<Double>> ownerCues = new EnumMap<>(Owner.class);
            for (Hit h : hits) {
                if (h.bucket() != Bucket.UNKNOWN) {
                    bucketCues.computeIfAbsent(h.bucket(), k -> new ArrayList<>()).add(h.strength());
                }
                if (h.owner() != Owner.UNKNOWN) {
                    ownerCues.computeIfAbsent(h.owner(), k -> new ArrayList<>()).add(h.strength());
                }
            }
            Map<Bucket, Double> bucketScore = new EnumMap<>(Bucket.class);
            bucketCues.forEach((b, cues) -> bucketScore.put(b, combine(cues)));
            Map<Owner, Double> ownerMax = new EnumMap<>(Owner.class);
            ownerCues.forEach((o, cues) -> ownerMax.put(o, combine(cues)));
            Bucket chosen = bucketScore.entrySet().stream()
                    .max(Map.Entry.<Bucket, Double>comparingByValue())
                    .map(Map.Entry::getKey).orElse(Bucket.UNKNOWN);
            @Nullable Hit lead = hits.stream().filter(h -> h.bucket() == chosen && chosen != Bucket.UNKNOWN)
                    .findFirst().orElse(null);
            Owner semantic = hits.stream()
                    .filter(h -> chosen == Bucket.UNKNOWN ? h.retry() != RetryVerdict.UNKNOWN : h.bucket() == chosen)
                    .map(Hit::owner).filter(o -> o != Owner.UNKNOWN).findFirst().orElse(Owner.UNKNOWN);
            Bucket bucket = inTokens(chosen, lead, hits);
            if (bucket != chosen) {
                bucketScore.merge(bucket, bucketScore.getOrDefault(chosen, 0.0), Math::max);
            }

            double azure = ownerMax.getOrDefault(Owner.AZURE, 0.0);
            double provider = ownerMax.getOrDefault(Owner.PROVIDER, 0.0);
            double app = ownerMax.getOrDefault(Owner.CHATGPT_APP, 0.0);
            Owner owner = semantic;
            if (bucket == Bucket.CONTENT_POLICY) {
                owner = azure >= AZURE_MARKER ? Owner.AZURE : provider >= 0.45 ? Owner.PROVIDER
                        : app >= AZURE_MARKER ? Owner.CHATGPT_APP : semantic != Owner.UNKNOWN ? semantic
                        : refusalByMarks(app, ownerMax.getOrDefault(Owner.OPENAI_API, 0.0));
            } else {
                if ((owner == Owner.OPENAI_API || owner == Owner.UNKNOWN) && azure >= AZURE_MARKER) {
                    owner = Owner.AZURE;
                    if (semantic == Owner.OPENAI_API) {
                        observations.add("The wording is OpenAI's, but Azure markers show the limit is Azure "
                                + "OpenAI's.");
                    }
                } else if (OPENAI_FAMILY.contains(owner) && platformProvider(hits) >= PLATFORM_MARKER) {
                    if (owner != Owner.UNKNOWN) {
                        observations.add("The wording copies OpenAI's, but markers in the paste show another "
                                + "provider produced this error, so the limit is that provider's.");
                    }
                    owner = Owner.PROVIDER;
                }
                if (owner == Owner.UNKNOWN) {
                    owner = ownerMax.entrySet().stream().filter(en -> en.getValue() >= 0.3)
                            .max(Map.Entry.<Owner, Double>comparingByValue()).map(Map.Entry::getKey)
                            .orElse(Owner.UNKNOWN);
                }
                owner = byElimination(owner, chosen, hits);
                bucket = ownersQuota(owner, bucket, lead);
            }

            @Nullable String detail = lead == null ? null : lead.detail();
            RetryVerdict retry = lead == null ? RetryVerdict.UNKNOWN : lead.retry();
            @Nullable Hit decider = lead;
            if (bucket == Bucket.UNKNOWN) {
                final Owner o = owner;
                @Nullable Hit ownerLead = hits.stream().filter(h -> h.owner() == o && h.retry() != RetryVerdict.UNKNOWN)
                        .findFirst().orElse(null);
                if (ownerLead != null && o != Owner.UNKNOWN) {
                    detail = ownerLead.detail();
                    retry = ownerLead.retry();
                    decider = ownerLead;
                }
            }
            for (Hit h : builtIn) {
                if (h.bucket() == bucket && h.retry() == RetryVerdict.DO_NOT_RETRY && h.detail() != null) {
                    detail = h.detail(); // "Limit: 0" or "Request too large" outweigh the window's usual advice
                    retry = RetryVerdict.DO_NOT_RETRY;
                }
            }
            // "Limit: 0" and "Request too large" turn a window's usual advice (wait, slow down) into its opposite
            @Nullable String variant = Texts.LIMIT_ZERO.equals(detail) ? Guidance.LIMIT_ZERO
                    : Texts.TOO_LARGE.equals(detail) ? Guidance.REQUEST_TOO_LARGE : null;
            if (variant == null && decider != null && decider.rule() != null
                    && hasVariant(owner, bucket, decider.rule().pattern())) {
                variant = decider.rule().pattern(); // a specific code has its own advice (project_spend_limit_...)
            }
            LocalDate today = LocalDate.now(clock);
            List<ModelLifecycle> mentioned = mentionedModels();
            @Nullable ModelLifecycle retired = mentioned.stream()
                    .filter(m -> m.statusOn(today) == ModelStatus.SHUT_DOWN).findFirst().orElse(null);
            if (retired != null && bucket == Bucket.MODEL_ACCESS && hasVariant(owner, bucket, Guidance.MODEL_RETIRED)) {
                variant = Guidance.MODEL_RETIRED;
                detail = "model retired: " + retired.id() + " was shut down on " + retired.shutdownDate();
                retry = RetryVerdict.DO_NOT_RETRY;
            }
            observeLifecycle(mentioned, today, Guidance.MODEL_RETIRED.equals(variant) ? retired : null);
            var guidance = knowledge.guidance(owner, bucket, variant);
            if (retry == RetryVerdict.UNKNOWN && guidance.isPresent() && bucket != Bucket.UNKNOWN) {
                retry = guidance.get().retry();
            }
            if (NEVER_WAIT.contains(bucket) && retry == RetryVerdict.WAIT_THEN_RETRY) {
                retry = RetryVerdict.DO_NOT_RETRY;
            }

            double confidence = confidence(owner, bucket, bucketScore.getOrDefault(bucket, 0.0), ownerMax, hits,
                    semantic);
            @Nullable Reset reset = reset(bucket, retry);
            @Nullable TierMatch tier = tierMatch(owner);
            observe(owner, bucket, retry, hits);
            final Owner who = owner;
            String nextStep = guidance.map(g -> g.nextStep())
                    .or(() -> knowledge.owner(who).map(p -> p.nextStep()))
                    .orElse(owner == Owner.UNKNOWN ? Texts.UNKNOWN_NEXT : Texts.NO_GUIDANCE_NEXT);
            String doNot = guidance.map(g -> g.doNot())
                    .or(() -> knowledge.owner(who).map(p -> p.doNot()))
                    .orElse(Texts.UNKNOWN_DO_NOT);
            if (Guidance.MODEL_RETIRED.equals(variant) && retired != null) {
                nextStep = Texts.fillModel(nextStep, retired);
                doNot = Texts.fillModel(doNot, retired);
            }
            String summary = Texts.summary(knowledge, owner, bucket, detail, retry, isHealthy(owner, bucket));
            return new Diagnosis(owner, bucket, detail, retry, confidence, signals(hits), reset, nextStep, doNot,
                    summary, tier, observations, evidence);
        }

        /**
         * Several cues for the same answer add up like independent evidence (each further cue counts half), never
         * below the strongest one alone and never above {@link #COMBINED_CAP} unless one cue alone is stronger.
         */
        private static double combine(List<Double> cues) {
            List<Double> sorted = new ArrayList<>(cues);
            sorted.sort(Comparator.reverseOrder());
            double top = sorted.get(0);
            double miss = 1 - top;
            for (int i = 1; i < sorted.size(); i++) {
                miss *= 1 - 0.5 * sorted.get(i);
            }
            return Math.max(top, Math.min(COMBINED_CAP, 1 - miss));
        }

        /**
         * When no marker names the owner, what is left: OpenAI's, Azure's and the ChatGPT app's billing messages are
         * known and matched by their own rules, so balance or budget wording that none of them claims is most likely
         * the provider's or gateway's; a refused OpenAI image model with no other owner is OpenAI's model access;
         * and a rate window or an overload put in words none of them use is, most often, a provider's (measured on
         * the corpus's tune split: 14 of its 18 owner-less answers were labelled provider).
         */
        private Owner byElimination(Owner owner, Bucket bucket, List<Hit> hits) {
            if (OPENAI_FAMILY.contains(owner) && owner != Owner.UNKNOWN && !owns(owner, bucket)) {
                // OpenAI's wording or links, but this bucket belongs to another part of OpenAI (billing, access)
                for (Owner o : List.of(Owner.OPENAI_BILLING, Owner.OPENAI_ACCESS, Owner.OPENAI_API)) {
                    if (owns(o, bucket)) {
                        return o;
                    }
                }
            }
            if (owner != Owner.UNKNOWN) {
                return owner;
            }
            if (bucket == Bucket.CREDITS || bucket == Bucket.MONTHLY_SPEND) {
                observations.add("Nothing in the paste is OpenAI's, Azure's or the ChatGPT app's own billing "
                        + "wording, so this balance or budget is most likely the one of the provider or gateway the "
                        + "request went through.");
                return Owner.PROVIDER;
            }
            if (bucket == Bucket.MODEL_ACCESS && !mentionedModels().isEmpty()) {
                return Owner.OPENAI_ACCESS;
            }
            // only where there are words to judge: a bare status line or header says nothing about its sender
            if (SHARED_WINDOWS.contains(bucket) && hits.stream().anyMatch(h -> h.bucket() == bucket
                    && !"http_status".equals(h.kind()) && !"header".equals(h.kind())
                    && !REASON_PHRASES.contains(h.value().toLowerCase(Locale.ROOT)))) {
                observations.add("Nothing in the paste is OpenAI's, Azure's or the ChatGPT app's own wording. "
                        + "OpenAI and Azure name their limits in their own words, so a plain one like this most "
                        + "often comes from the provider or gateway the request went through. If your request went "
                        + "straight to OpenAI or to Azure, the limit is theirs instead.");
                return Owner.PROVIDER;
            }
            return owner;
        }

        /**
         * A plain per-minute or per-day window ("rate limit exceeded", "per day") counted in tokens ("Token limit
         * (500,000 per day) exceeded") is the token window of the same length. Only a generic word decides it so:
         * a specific code or OpenAI's own "on requests per min" keeps its bucket.
         */
        private Bucket inTokens(Bucket bucket, @Nullable Hit lead, List<Hit> hits) {
            if ((bucket != Bucket.RPM && bucket != Bucket.RPD) || !byGenericWord(lead)
                    || hits.stream().noneMatch(h -> h.rule() != null && TOKEN_UNIT.equals(h.rule().id()))) {
                return bucket;
            }
            return bucket == Bucket.RPM ? Bucket.TPM : Bucket.TPD;
        }

        /**
         * Azure sells no prepaid credit of its own: a plain "quota exceeded" (a weak word that leans to credits) at
         * Azure is the subscription's model quota. A specific billing code keeps its bucket.
         */
        private Bucket ownersQuota(Owner owner, Bucket bucket, @Nullable Hit lead) {
            if (owner != Owner.AZURE || (bucket != Bucket.CREDITS && bucket != Bucket.MONTHLY_SPEND)
                    || !byGenericWord(lead)) {
                return bucket;
            }
            observations.add("Azure has no prepaid credit of its own, so a quota that ran out at Azure is the "
                    + "subscription's quota for this model.");
            return Bucket.AZURE_QUOTA;
        }

        /** Whether the bucket was decided by a concept's generic word, not by a specific code or phrase. */
        private boolean byGenericWord(@Nullable Hit lead) {
            return lead != null && lead.rule() != null && lead.rule().id().startsWith(CONCEPT);
        }

        /**
         * A refusal in words nobody owns, with weak marks of the ChatGPT app (its feedback link, its voice) or of
         * OpenAI (a link to OpenAI's pages, a DALL-E or gpt-image model, OpenAI named): theirs, the app's where its
         * marks are at least as strong. With neither, {@link #refusalByElimination}.
         */
        private Owner refusalByMarks(double app, double openAi) {
            if (app >= WEAK_MARK && app >= openAi) {
                return Owner.CHATGPT_APP;
            }
            return openAi >= WEAK_MARK ? Owner.OPENAI_API : refusalByElimination();
        }

        /**
         * A refusal that names nobody (no OpenAI, Azure, ChatGPT or provider mark): on the corpus's tune split most
         * such refusals came from another provider's model (Gemini, Claude, Midjourney, Qwen), so that is the guess,
         * said as one, and a route the user chose in the wizard outranks it.
         */
        private Owner refusalByElimination() {
            ownerGuessed = true;
            observations.add("Nothing in this refusal names OpenAI, Azure or the ChatGPT app, so it most likely came "
                    + "from the provider or gateway the request went through. If you used ChatGPT or called OpenAI "
                    + "directly, the refusal is theirs instead; the first step, changing the prompt, is the same "
                    + "either way.");
            return Owner.PROVIDER;
        }

        /** Whether the owner's profile (owners.json) lists the bucket as one it controls. */
        private boolean owns(Owner owner, Bucket bucket) {
            return knowledge.owner(owner).map(p -> p.buckets().contains(bucket)).orElse(false);
        }

        private boolean hasVariant(Owner owner, Bucket bucket, String variant) {
            return knowledge.guidance().stream().anyMatch(g -> g.owner() == owner && g.bucket() == bucket
                    && variant.equals(g.variant()));
        }

        /** The image models the paste names, in order of first mention, each once. */
        private List<ModelLifecycle> mentionedModels() {
            List<ModelLifecycle> out = new ArrayList<>();
            modelMatcher.scan(text, 0, text.length(), (p, start, end) -> {
                ModelLifecycle m = modelNames.get(p);
                if (!out.contains(m) && modelBounded(start, end)) {
                    out.add(m);
                }
                return out.size() < 8;
            });
            return out;
        }

        /** "gpt-image-1" stands alone: not inside "gpt-image-1.5", "gpt-image-1-mini" or "my-gpt-image-1". */
        private boolean modelBounded(int start, int end) {
            if (start > 0) {
                char b = text.charAt(start - 1);
                if (Character.isLetterOrDigit(b) || b == '-' || b == '_' || b == '.' || b == '/') {
                    return b == '/'; // "openai/gpt-image-1" names the model too
                }
            }
            if (end < text.length()) {
                char a = text.charAt(end);
                if (Character.isLetterOrDigit(a) || a == '-' || a == '_') {
                    return false;
                }
                return !(a == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
            }
            return true;
        }

        private void observeLifecycle(List<ModelLifecycle> mentioned, LocalDate today,
                                      @Nullable ModelLifecycle alreadySaid) {
            for (ModelLifecycle m : mentioned) {
                if (m == alreadySaid || m.shutdownDate() == null) {
                    continue;
                }
                ModelStatus now = m.statusOn(today);
                long days = ChronoUnit.DAYS.between(today, m.shutdownDate());
                if (now == ModelStatus.SHUT_DOWN) {
                    observations.add(m.id() + " was shut down on " + m.shutdownDate() + ": if your code still asks "
                            + "for it, every request now fails. OpenAI recommends " + m.replacementWords() + ".");
                } else if (now == ModelStatus.DEPRECATED && days <= SHUTDOWN_SOON_DAYS) {
                    observations.add(m.id() + " is deprecated and OpenAI shuts it down on " + m.shutdownDate()
                            + " (" + (days == 1 ? "tomorrow" : "in " + days + " days") + "); plan the move to "
                            + m.replacementWords() + ".");
                }
            }
        }

        private double platformProvider(List<Hit> hits) {
            double best = 0;
            for (Hit h : hits) {
                if (h.owner() == Owner.PROVIDER) {
                    best = Math.max(best, h.strength());
                }
            }
            return best;
        }

        // ---- matching

        private void matchRules() {
            for (ErrorRule r : knowledge.rules()) {
                switch (r.match()) {
                    case CODE -> matchFact(r, FactKind.ERROR_CODE, "error_code");
                    case TYPE -> matchFact(r, FactKind.ERROR_TYPE, "error_type");
                    case HEADER -> evidence.header(r.pattern()).ifPresent(h ->
                            add(r, kindFor(r, "header"), h.name() + ": " + h.value(), h.span(), r.weight()));
                    default -> {
                        // phrases: one pass below
                    }
                }
            }
            // lines hard-wrapped at a fixed width are read joined, so a phrase cut by the wrap still matches
            HardWraps.@Nullable Joined joined = HardWraps.join(text).orElse(null);
            String scanned = joined == null ? text : joined.text();
            matcher.scan(scanned, 0, scanned.length(), (p, start, end) -> {
                ErrorRule r = patternRules.get(p);
                if (byRule.containsKey(r.id())) {
                    return true;
                }
                boolean fallback = patternIsFallback.get(p);
                if (fallback && !wordBounded(scanned, start, end)) {
                    return true;
                }
                boolean concept = r.id().startsWith(CONCEPT);
                if (concept && !termBounded(scanned, start, end)) {
                    return true;
                }
                String kind = fallback ? (r.match() == RuleMatch.CODE ? "error_code" : "error_type")
                        : concept ? "concept" : "phrase";
                Span span = joined == null ? new Span(start, end) : joined.toOriginal(new Span(start, end));
                add(r, kindFor(r, kind), snippet(scanned, start, end), span,
                        fallback ? r.weight() * FALLBACK_FACTOR : r.weight());
                return true;
            });
        }

        private static boolean wordBounded(String text, int start, int end) {
            boolean before = start == 0 || !isWordChar(text.charAt(start - 1));
            boolean after = end >= text.length() || !isWordChar(text.charAt(end));
            return before && after;
        }

        /**
         * A concept term in a spaced script stands as words ("arrears", not inside "xarrears"); CJK needs no gap. A
         * change from lower to upper case is a gap too, so a brand heads or ends a class name ("MistralAPIError",
         * "callGemini").
         */
        private static boolean termBounded(String in, int start, int end) {
            char first = in.charAt(start);
            char last = in.charAt(end - 1);
            boolean before = start == 0 || !spacedWordChar(first) || !spacedWordChar(in.charAt(start - 1))
                    || camelStep(in.charAt(start - 1), first);
            boolean after = end >= in.length() || !spacedWordChar(last) || !spacedWordChar(in.charAt(end))
                    || camelStep(last, in.charAt(end));
            return before && after;
        }

        private static boolean camelStep(char left, char right) {
            return Character.isLowerCase(left) && Character.isUpperCase(right);
        }

        private static boolean spacedWordChar(char c) {
            return c < 0x2E80 && Character.isLetterOrDigit(c);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private void matchFact(ErrorRule r, FactKind kind, String signalKind) {
            for (Fact f : evidence.facts()) {
                if (f.kind() == kind && f.value().equalsIgnoreCase(r.pattern())) {
                    add(r, kindFor(r, signalKind), f.value(), f.span(), r.weight());
                    return;
                }
            }
        }

        private String kindFor(ErrorRule r, String kind) {
            if (r.bucket() != Bucket.UNKNOWN || r.retry() != RetryVerdict.UNKNOWN) {
                return kind;
            }
            return switch (r.owner()) {
                case AZURE -> "azure_marker";
                case PROVIDER -> "gateway_marker";
                case CHATGPT_APP -> "app_marker";
                case OPENAI_API, OPENAI_BILLING, OPENAI_ACCESS -> "openai_marker";
                default -> kind;
            };
        }

        private void add(ErrorRule r, String kind, String value, Span span, double s) {
            Hit old = byRule.get(r.id());
            if (old == null || old.strength() < s) {
                byRule.put(r.id(), new Hit(r, kind, value, span, s, r.owner(), r.bucket(), r.retry(), r.detail()));
            }
        }

        private static String snippet(String text, int start, int end) {
            String s = text.substring(start, Math.min(end, start + 160));
            return s.replaceAll("\\s+", " ").strip();
        }

        // ---- built-in readings

        private void readGrammar() {
            @Nullable RateLimitReport pick = null;
            for (RateLimitReport r : evidence.limits()) {
                if (pick == null || r.requestTooLarge() && !pick.requestTooLarge()
                        || isZero(r) && !isZero(pick) && !pick.requestTooLarge()) {
                    pick = r;
                }
            }
            if (pick == null) {
                return;
            }
            Bucket b = switch (pick.measure()) {
                case "tokens per min" -> Bucket.TPM;
                case "requests per min" -> Bucket.RPM;
                case "images per min", "input-images per min" -> Bucket.IPM;
                case "requests per day" -> Bucket.RPD;
                case "tokens per day" -> Bucket.TPD;
                default -> Bucket.UNKNOWN;
            };
            if (b == Bucket.UNKNOWN) {
                return;
            }
            String value = pick.measure() + (pick.limit() != null ? ", limit " + pick.limit() : "")
                    + (pick.used() != null ? ", used " + pick.used() : "")
                    + (pick.requested() != null ? ", requested " + pick.requested() : "");
            if (pick.requestTooLarge()) {
                builtIn.add(new Hit(null, "limit_grammar", "request too large: " + value, pick.span(), 0.9,
                        Owner.OPENAI_API, b, RetryVerdict.DO_NOT_RETRY, Texts.TOO_LARGE));
            } else if (isZero(pick)) {
                builtIn.add(new Hit(null, "limit_grammar", "limit 0: " + value, pick.span(), 0.9,
                        Owner.OPENAI_API, b, RetryVerdict.DO_NOT_RETRY, Texts.LIMIT_ZERO));
            } else {
                boolean numbers = pick.limit() != null || pick.used() != null;
                builtIn.add(new Hit(null, "limit_grammar", value, pick.span(), numbers ? 0.88 : 0.75,
                        Owner.UNKNOWN, b, RetryVerdict.WAIT_THEN_RETRY, null));
                builtIn.add(new Hit(null, "limit_grammar", "OpenAI's rate-limit wording", pick.span(), 0.55,
                        Owner.OPENAI_API, Bucket.UNKNOWN, RetryVerdict.UNKNOWN, null));
            }
        }

        private static boolean isZero(RateLimitReport r) {
            return r.limit() != null && r.limit() == 0;
        }

        /** Reads x-ratelimit-remaining-* at 0 (on OpenAI; Azure writes 0 or -1 for "not reported"). */
        private void readCounters() {
            boolean azureish = evidence.header("apim-request-id").isPresent()
                    || evidence.header("x-ms-region").isPresent();
            for (var h : evidence.headers()) {
                if ((h.name().startsWith("x-ratelimit-") || h.name().startsWith("x-rate-limit-"))
                        && h.value().trim().equals("-1")) {
                    // OpenAI never writes -1; Azure does, for "not reported"
                    builtIn.add(new Hit(null, "azure_marker", h.name() + ": -1", h.span(), AZURE_MARKER,
                            Owner.AZURE, Bucket.UNKNOWN, RetryVerdict.UNKNOWN, null));
                    azureish = true;
                    break;
                }
            }
            readLoneReset();
            for (var h : evidence.headers()) {
                if (!h.name().startsWith("x-ratelimit-remaining-") || azureish) {
                    continue;
                }
                if (h.value().trim().equals("0")) {
                    Bucket b = h.name().endsWith("-tokens") ? Bucket.TPM : h.name().endsWith("-requests")
                            ? Bucket.RPM : h.name().endsWith("-images") ? Bucket.IPM : Bucket.UNKNOWN;
                    if (b != Bucket.UNKNOWN) {
                        builtIn.add(new Hit(null, "header", h.name() + ": 0", h.span(), 0.6, Owner.UNKNOWN, b,
                                RetryVerdict.WAIT_THEN_RETRY, null));
                    }
                }
            }
        }

        /**
         * A 429 that says when only one of the two buckets resets (a reset header for tokens and none for requests,
         * or the other way round) names that bucket: a service that reports both sends both.
         */
        private void readLoneReset() {
            if (evidence.httpStatus().filter(s -> s == 429).isEmpty()) {
                return;
            }
            @Nullable Header tokens = null;
            @Nullable Header requests = null;
            for (Header h : evidence.headers()) {
                String n = h.name();
                if (n.startsWith("x-ratelimit-reset-") || n.startsWith("x-rate-limit-reset-")) {
                    if (n.endsWith("-tokens")) {
                        tokens = h;
                    } else if (n.endsWith("-requests")) {
                        requests = h;
                    }
                }
            }
            if ((tokens == null) == (requests == null)) {
                return;
            }
            Header lone = tokens != null ? tokens : requests;
            builtIn.add(new Hit(null, "header", lone.name() + ": " + lone.value(), lone.span(), LONE_RESET,
                    Owner.UNKNOWN, tokens != null ? Bucket.TPM : Bucket.RPM, RetryVerdict.WAIT_THEN_RETRY, null));
        }

        private void readStatus() {
            var status = evidence.fact(FactKind.HTTP_STATUS);
            if (status.isEmpty()) {
                return;
            }
            String v = status.get().value();
            var span = status.get().span();
            switch (v) {
                case "402" -> builtIn.add(new Hit(null, "http_status", "HTTP 402 Payment Required", span, 0.4,
                        Owner.UNKNOWN, Bucket.CREDITS, RetryVerdict.DO_NOT_RETRY, null));
                case "503", "529" -> {
                    builtIn.add(new Hit(null, "http_status", "HTTP " + v, span, 0.35,
                            Owner.UNKNOWN, Bucket.SERVER_OVERLOAD, RetryVerdict.WAIT_THEN_RETRY, null));
                    if (v.equals("529")) { // not an HTTP standard code: Anthropic's "overloaded" status
                        builtIn.add(new Hit(null, "gateway_marker", "HTTP 529, a provider's own overload status", span,
                                0.6, Owner.PROVIDER, Bucket.UNKNOWN, RetryVerdict.UNKNOWN, null));
                    }
                }
                // the server failed, whatever the reason: a weak cue, so that any words that say why outweigh it
                case "500", "502", "504", "520", "521", "522", "523", "524" -> builtIn.add(new Hit(null, "http_status",
                        "HTTP " + v, span, 0.3, Owner.UNKNOWN, Bucket.SERVER_OVERLOAD, RetryVerdict.WAIT_THEN_RETRY,
                        null));
                case "429" -> {
                    boolean hasRateHeaders = evidence.headers().stream()
                            .anyMatch(h -> h.name().startsWith("x-ratelimit-") || h.name().startsWith("x-rate-limit-"));
                    boolean openAiHeaders = evidence.header("x-request-id").isPresent()
                            || evidence.headers().stream().anyMatch(h -> h.name().startsWith("openai-"));
                    boolean nothingElse = byRule.values().stream().noneMatch(h -> h.bucket() != Bucket.UNKNOWN
                            || h.owner() == Owner.AZURE || h.owner() == Owner.PROVIDER)
                            && evidence.limits().isEmpty() && evidence.value(FactKind.ERROR_CODE).isEmpty()
                            && evidence.messages().isEmpty();
                    if (nothingElse && openAiHeaders && !hasRateHeaders && evidence.headers().size() >= 3) {
                        builtIn.add(new Hit(null, "http_status", "HTTP 429 with no x-ratelimit-* headers", span,
                                0.35, Owner.OPENAI_BILLING, Bucket.CREDITS, RetryVerdict.DO_NOT_RETRY,
                                Texts.NO_RATE_HEADERS));
                    } else {
                        builtIn.add(new Hit(null, "http_status", "HTTP 429", span, 0.2, Owner.UNKNOWN,
                                Bucket.UNKNOWN, RetryVerdict.UNKNOWN, null));
                    }
                }
                default -> builtIn.add(new Hit(null, "http_status", "HTTP " + v, span, 0.2, Owner.UNKNOWN,
                        Bucket.UNKNOWN, RetryVerdict.UNKNOWN, null));
            }
        }

        // ---- outcome

        private double confidence(Owner owner, Bucket bucket, double bucketScore, Map<Owner, Double> ownerMax,
                                  List<Hit> hits, Owner semantic) {
            double ownerStrength = ownerMax.getOrDefault(owner, 0.0);
            if (bucket == Bucket.CONTENT_POLICY) {
                ownerStrength = Math.max(ownerStrength, 0.7);
            }
            double c;
            if (owner != Owner.UNKNOWN && bucket != Bucket.UNKNOWN) {
                c = 0.6 * bucketScore + 0.4 * ownerStrength;
                if (owner != semantic && semantic != Owner.UNKNOWN) {
                    c *= 0.92; // decided against the wording: say so in the number too
                }
            } else if (owner != Owner.UNKNOWN) {
                c = Math.min(0.5, 0.6 * ownerStrength);
            } else if (bucket != Bucket.UNKNOWN) {
                c = Math.min(0.3, 0.4 * bucketScore);
            } else {
                c = hits.isEmpty() ? 0.05 : 0.15;
            }
            if (ownerGuessed) {
                c = Math.min(c, GUESSED_OWNER);
            }
            return Math.round(Math.min(0.97, c) * 100) / 100.0;
        }

        private boolean isHealthy(Owner owner, Bucket bucket) {
            if (bucket != Bucket.UNKNOWN || evidence.httpStatus().map(s -> s >= 400).orElse(false)) {
                return false;
            }
            boolean remaining = evidence.headers().stream().anyMatch(h -> h.name().startsWith("x-ratelimit-remaining"));
            return remaining && (owner == Owner.OPENAI_API || owner == Owner.UNKNOWN) && evidence.messages().isEmpty();
        }

        private @Nullable Reset reset(Bucket bucket, RetryVerdict retry) {
            if (evidence.delays().isEmpty()) {
                return null;
            }
            var best = evidence.delays().stream().min(Comparator.comparingInt(d -> delayRank(d.source(), bucket)))
                    .orElseThrow();
            if (retry == RetryVerdict.DO_NOT_RETRY) {
                observations.add("The paste suggests waiting (" + best.raw() + "), but waiting will not clear "
                        + "this kind of block.");
                return null;
            }
            if (bucket == Bucket.UNKNOWN && evidence.httpStatus().map(s -> s < 400).orElse(true)
                    && !evidence.headers().stream().anyMatch(h -> h.name().contains("retry-after"))
                    && best.source() != DelaySource.MESSAGE_PHRASE
                    && best.source() != DelaySource.BODY_FIELD) {
                return null; // window timers of a response that was not refused: not a reset of a block
            }
            Double seconds = best.duration() == null ? null : best.duration().toNanos() / 1e9;
            String source = switch (best.source()) {
                case MESSAGE_PHRASE -> "message: " + best.raw();
                case BODY_FIELD -> "body field " + best.raw();
                default -> "header " + best.raw();
            };
            return new Reset(seconds, best.at(), source);
        }

        private int delayRank(DelaySource s, Bucket bucket) {
            return switch (s) {
                case RESET_TOKENS_HEADER -> bucket == Bucket.TPM || bucket == Bucket.TPD ? 0 : 7;
                case RESET_REQUESTS_HEADER -> bucket == Bucket.RPM || bucket == Bucket.RPD ? 0 : 8;
                case RETRY_AFTER_MS_HEADER -> 1;
                case MS_RETRY_AFTER_MS_HEADER -> 2;
                case RETRY_AFTER_HEADER -> 3;
                case MESSAGE_PHRASE -> 4;
                case BODY_FIELD -> 5;
                case RESET_OTHER_HEADER -> 6;
            };
        }

        private @Nullable TierMatch tierMatch(Owner owner) {
            if (!OPENAI_FAMILY.contains(owner)) {
                return null;
            }
            Long tpm = headerNumber("x-ratelimit-limit-tokens");
            Long ipm = headerNumber("x-ratelimit-limit-images");
            Long rpm = headerNumber("x-ratelimit-limit-requests");
            if (tpm == null && ipm == null && rpm == null) {
                return null;
            }
            return TierMatcher.match(knowledge, evidence.value(FactKind.MODEL).orElse(null), tpm, ipm, rpm);
        }

        private @Nullable Long headerNumber(String name) {
            var h = evidence.header(name);
            if (h.isEmpty()) {
                return null;
            }
            String v = h.get().value().trim();
            try {
                long n = Long.parseLong(v);
                return n > 0 ? n : null; // Azure: 0 and -1 mean "not reported"
            } catch (NumberFormatException ex) {
                return null;
            }
        }

        private void observe(Owner owner, Bucket bucket, RetryVerdict retry, List<Hit> hits) {
            int status = evidence.httpStatus().orElse(0);
            if (status == 429 && (owner == Owner.OPENAI_BILLING || bucket == Bucket.CREDITS
                    || bucket == Bucket.MONTHLY_SPEND)) {
                observations.add("HTTP 429 usually means \"slow down\", but this one is about money: SDKs retry "
                        + "every 429, so turn their retries off for it.");
            }
            if (status == 400 && (owner == Owner.OPENAI_BILLING || bucket == Bucket.MONTHLY_SPEND)) {
                observations.add("HTTP 400 makes this look like a bad request, but it is a billing limit.");
            }
            if ((status == 403 || status == 400) && bucket == Bucket.VERIFICATION) {
                observations.add("HTTP " + status + " here is not a bad key: the organization must be verified.");
            }
            boolean relay = hits.stream().anyMatch(h -> h.owner() == Owner.PROVIDER && h.bucket() == Bucket.UNKNOWN
                    && h.strength() < PLATFORM_MARKER);
            if (relay && owner != Owner.PROVIDER && owner != Owner.UNKNOWN) {
                observations.add("A relay or gateway passed this error on; the limit itself is upstream.");
            }
            evidence.value(FactKind.RETRY_COUNT).ifPresent(n -> observations.add("The client had already retried " + n
                    + " time(s) when this was captured."));
            boolean azure = owner == Owner.AZURE || evidence.header("apim-request-id").isPresent();
            for (var h : evidence.headers()) {
                if (h.name().startsWith("x-ratelimit-") && azure
                        && (h.value().trim().equals("-1") || h.value().trim().equals("0"))) {
                    observations.add(h.name() + " is " + h.value().trim() + ": Azure uses 0 and -1 for \"not "
                            + "reported\", not for \"none left\".");
                    break;
                }
            }
            if (isHealthy(owner, bucket)) {
                observations.add(Texts.capacity(evidence));
            }
        }

        private List<Signal> signals(List<Hit> hits) {
            List<Signal> out = new ArrayList<>();
            for (Hit h : hits) {
                if (out.size() >= MAX_SIGNALS) {
                    break;
                }
                out.add(new Signal(h.kind(), h.value(), h.span(), h.rule() == null ? null : h.rule().id()));
            }
            for (var d : evidence.delays()) {
                if (out.size() >= MAX_SIGNALS) {
                    break;
                }
                out.add(new Signal("delay", d.raw(), d.span(), null));
            }
            return out;
        }
    }
}
