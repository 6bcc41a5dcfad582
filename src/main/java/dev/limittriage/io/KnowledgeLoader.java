package dev.limittriage.io;

import dev.limittriage.io.ImageCostDtos.ImageCostsFile;
import dev.limittriage.io.KnowledgeDtos.AnswerDto;
import dev.limittriage.io.KnowledgeDtos.ConceptDto;
import dev.limittriage.io.KnowledgeDtos.ConceptsFile;
import dev.limittriage.io.KnowledgeDtos.FaqDto;
import dev.limittriage.io.KnowledgeDtos.FaqFile;
import dev.limittriage.io.KnowledgeDtos.GuidanceDto;
import dev.limittriage.io.KnowledgeDtos.GuidanceFile;
import dev.limittriage.io.KnowledgeDtos.ManifestFile;
import dev.limittriage.io.KnowledgeDtos.ModelDto;
import dev.limittriage.io.KnowledgeDtos.ModelsFile;
import dev.limittriage.io.KnowledgeDtos.NodeDto;
import dev.limittriage.io.KnowledgeDtos.OwnerDto;
import dev.limittriage.io.KnowledgeDtos.OwnersFile;
import dev.limittriage.io.KnowledgeDtos.RowDto;
import dev.limittriage.io.KnowledgeDtos.RuleDto;
import dev.limittriage.io.KnowledgeDtos.RulesFile;
import dev.limittriage.io.KnowledgeDtos.SourceDto;
import dev.limittriage.io.KnowledgeDtos.SourcesFile;
import dev.limittriage.io.KnowledgeDtos.TableDto;
import dev.limittriage.io.KnowledgeDtos.TermsDto;
import dev.limittriage.io.KnowledgeDtos.TiersFile;
import dev.limittriage.io.KnowledgeDtos.TreeFile;
import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Concept;
import dev.limittriage.knowledge.ErrorRule;
import dev.limittriage.knowledge.FaqEntry;
import dev.limittriage.knowledge.Guidance;
import dev.limittriage.knowledge.ImageModelCosts;
import dev.limittriage.knowledge.Knowledge;
import dev.limittriage.knowledge.ModelLifecycle;
import dev.limittriage.knowledge.ModelStatus;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.knowledge.RecoveryTree;
import dev.limittriage.knowledge.RetryVerdict;
import dev.limittriage.knowledge.RuleMatch;
import dev.limittriage.knowledge.Source;
import dev.limittriage.knowledge.TierRow;
import dev.limittriage.knowledge.TierTable;
import dev.limittriage.knowledge.TreeNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates the knowledge files. Everything is checked on load, so a bad file fails at start-up with a
 * {@link KnowledgeException} naming the file and the field, never later in the middle of a diagnosis.
 */
public final class KnowledgeLoader {
    public static final String MANIFEST = "manifest.json";
    public static final String SOURCES = "sources.json";
    public static final String OWNERS = "owners.json";
    public static final String GUIDANCE = "guidance.json";
    public static final String RULES = "rules.json";
    public static final String TIERS = "tiers.json";
    public static final String TREE = "tree.json";
    /** The help questions: read by {@link #loadFaq}, not part of a knowledge update's required files. */
    public static final String FAQ = "faq.json";
    public static final String IMAGE_COSTS = ImageCostLoader.FILE;
    public static final String MODELS = "models.json";
    public static final String CONCEPTS = "concepts.json";
    /** Finer cases the diagnoser itself recognises; a guidance variant may also name a code or type rule's pattern. */
    private static final List<String> VARIANTS = List.of(Guidance.LIMIT_ZERO, Guidance.REQUEST_TOO_LARGE,
            Guidance.MODEL_RETIRED);
    /** Every file a knowledge directory must hold. */
    public static final List<String> FILES = List.of(MANIFEST, SOURCES, OWNERS, GUIDANCE, RULES, TIERS, TREE,
            IMAGE_COSTS, MODELS, CONCEPTS);

    /** Source kinds, as in domain-facts: vendor docs, SDK code, copies, user reports. */
    public static final Set<String> SOURCE_KINDS = Set.of("official", "sdk-source", "third-party", "user-report");

    /** Buckets where waiting for a window can never help: money, access, identity, policy. */
    private static final Set<Bucket> NEVER_WAIT = EnumSet.of(Bucket.MONTHLY_SPEND, Bucket.CREDITS,
            Bucket.VERIFICATION, Bucket.MODEL_ACCESS, Bucket.CONTENT_POLICY);

    private final Function<String, byte[]> reader;
    private final JsonMapper mapper;

    private KnowledgeLoader(Function<String, byte[]> reader, JsonMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
    }

    /** The knowledge shipped in the jar. */
    public static Knowledge loadDefault(JsonMapper mapper) {
        return new KnowledgeLoader(KnowledgeLoader::readResource, mapper).load();
    }

    /** The knowledge in {@code dir} (the CLI's {@code --knowledge DIR}); every file of {@link #FILES} must exist. */
    public static Knowledge load(Path dir, JsonMapper mapper) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeException(dir.toString(), "", "not a directory");
        }
        return new KnowledgeLoader(name -> readFile(dir, name), mapper).load();
    }

    private Knowledge load() {
        ManifestFile manifest = parse(MANIFEST, ManifestFile.class);
        String version = text(MANIFEST, "version", manifest.version());
        LocalDate checkedOn = date(MANIFEST, "checkedOn", manifest.checkedOn());

        Map<String, Source> sources = sources(parse(SOURCES, SourcesFile.class));
        List<OwnerProfile> owners = owners(parse(OWNERS, OwnersFile.class), sources);
        List<ErrorRule> rules = rules(parse(RULES, RulesFile.class), sources);
        List<Guidance> guidance = guidance(parse(GUIDANCE, GuidanceFile.class), sources, rules);
        List<TierTable> tiers = tiers(parse(TIERS, TiersFile.class), sources);
        RecoveryTree tree = tree(parse(TREE, TreeFile.class), owners, guidance);
        List<ImageModelCosts> imageCosts = ImageCostLoader.map(parse(IMAGE_COSTS, ImageCostsFile.class), sources);
        List<ModelLifecycle> models = models(parse(MODELS, ModelsFile.class), sources);
        List<Concept> concepts = concepts(parse(CONCEPTS, ConceptsFile.class), sources);
        return new Knowledge(version, checkedOn, owners, guidance, rules, tiers, tree, imageCosts, models, concepts);
    }

    /**
     * The help questions of {@code faq.json}, their source ids checked against the built-in {@code sources.json}.
     * A bad file fails like any knowledge file, naming the file and the field.
     */
    public static List<FaqEntry> loadFaq(JsonMapper mapper) {
        KnowledgeLoader loader = new KnowledgeLoader(KnowledgeLoader::readResource, mapper);
        Map<String, Source> sources = sources(loader.parse(SOURCES, SourcesFile.class));
        FaqFile file = loader.parse(FAQ, FaqFile.class);
        date(FAQ, "checkedOn", file.checkedOn());
        List<FaqDto> list = list(FAQ, "questions", file.questions(), false);
        List<FaqEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "questions[" + i + "]";
            FaqDto q = element(FAQ, at, list.get(i));
            String id = text(FAQ, at + ".id", q.id());
            if (!ids.add(id)) {
                throw new KnowledgeException(FAQ, at + ".id", "duplicate question id \"" + id + "\"");
            }
            List<String> sourceIds = list(FAQ, at + ".sources", q.sources(), false);
            List<Source> cited = new ArrayList<>();
            for (int s = 0; s < sourceIds.size(); s++) {
                cited.add(sourceRef(FAQ, at + ".sources[" + s + "]", sourceIds.get(s), sources));
            }
            out.add(new FaqEntry(id, text(FAQ, at + ".question", q.question()), text(FAQ, at + ".answer", q.answer()),
                    cited, list(FAQ, at + ".screens", q.screens(), true),
                    list(FAQ, at + ".keywords", q.keywords(), true)));
        }
        return out;
    }

    private static byte[] readResource(String name) {
        URL url;
        try {
            url = Resources.require(Knowledge.class, name);
        } catch (IllegalStateException e) {
            throw new KnowledgeException(name, "", e.getMessage(), e);
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new KnowledgeException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(Path dir, String name) {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (NoSuchFileException e) {
            throw new KnowledgeException(name, "", "file not found in the knowledge directory", e);
        } catch (IOException e) {
            throw new KnowledgeException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private <T extends Record> T parse(String file, Class<T> type) {
        byte[] bytes = reader.apply(file);
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new KnowledgeException(file, "", "empty file");
        }
        T value;
        try {
            value = mapper.readValue(bytes, type);
        } catch (JacksonException e) {
            Json.Problem p = Json.describe(e);
            throw new KnowledgeException(file, p.path(), p.reason(), e);
        }
        if (value == null) {
            throw new KnowledgeException(file, "", "empty file");
        }
        return value;
    }

    // ---- sources

    private static Map<String, Source> sources(SourcesFile file) {
        List<SourceDto> list = list(SOURCES, "sources", file.sources(), false);
        Map<String, Source> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "sources[" + i + "]";
            SourceDto s = element(SOURCES, at, list.get(i));
            String id = text(SOURCES, at + ".id", s.id());
            if (out.containsKey(id)) {
                throw new KnowledgeException(SOURCES, at + ".id", "duplicate source id \"" + id + "\"");
            }
            String kind = text(SOURCES, at + ".kind", s.kind());
            if (!SOURCE_KINDS.contains(kind)) {
                throw new KnowledgeException(SOURCES, at + ".kind", "unknown kind \"" + kind + "\" (expected one of "
                        + String.join(", ", SOURCE_KINDS.stream().sorted().toList()) + ")");
            }
            String url = s.url();
            if (url != null && url.isBlank()) {
                throw new KnowledgeException(SOURCES, at + ".url", "blank (use null when there is no address)");
            }
            out.put(id, new Source(text(SOURCES, at + ".title", s.title()), url, kind,
                    date(SOURCES, at + ".checkedOn", s.checkedOn())));
        }
        return out;
    }

    private static Source sourceRef(String file, String at, @Nullable String id, Map<String, Source> sources) {
        String ref = text(file, at, id);
        Source s = sources.get(ref);
        if (s == null) {
            throw new KnowledgeException(file, at, "unknown source \"" + ref + "\" (not in " + SOURCES + ")");
        }
        return s;
    }

    // ---- owners

    private static List<OwnerProfile> owners(OwnersFile file, Map<String, Source> sources) {
        List<OwnerDto> list = list(OWNERS, "owners", file.owners(), false);
        List<OwnerProfile> out = new ArrayList<>();
        Set<Owner> seen = EnumSet.noneOf(Owner.class);
        for (int i = 0; i < list.size(); i++) {
            String at = "owners[" + i + "]";
            OwnerDto o = element(OWNERS, at, list.get(i));
            Owner owner = owner(OWNERS, at + ".owner", o.owner());
            if (!seen.add(owner)) {
                throw new KnowledgeException(OWNERS, at + ".owner", "duplicate owner \"" + owner.id() + "\"");
            }
            List<String> bucketIds = list(OWNERS, at + ".buckets", o.buckets(), false);
            List<Bucket> buckets = new ArrayList<>();
            for (int b = 0; b < bucketIds.size(); b++) {
                buckets.add(bucket(OWNERS, at + ".buckets[" + b + "]", bucketIds.get(b)));
            }
            List<String> sourceIds = list(OWNERS, at + ".sources", o.sources(), false);
            List<Source> cited = new ArrayList<>();
            for (int s = 0; s < sourceIds.size(); s++) {
                cited.add(sourceRef(OWNERS, at + ".sources[" + s + "]", sourceIds.get(s), sources));
            }
            out.add(new OwnerProfile(owner, text(OWNERS, at + ".name", o.name()),
                    text(OWNERS, at + ".route", o.route()), text(OWNERS, at + ".controls", o.controls()),
                    text(OWNERS, at + ".checkFirst", o.checkFirst()), text(OWNERS, at + ".nextStep", o.nextStep()),
                    text(OWNERS, at + ".doNot", o.doNot()), buckets, cited));
        }
        return out;
    }

    // ---- guidance

    private static List<Guidance> guidance(GuidanceFile file, Map<String, Source> sources, List<ErrorRule> rules) {
        Set<String> codes = new HashSet<>();
        for (ErrorRule r : rules) {
            if (r.match() == RuleMatch.CODE || r.match() == RuleMatch.TYPE) {
                codes.add(r.pattern());
            }
        }
        List<GuidanceDto> list = list(GUIDANCE, "guidance", file.guidance(), false);
        List<Guidance> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "guidance[" + i + "]";
            GuidanceDto g = element(GUIDANCE, at, list.get(i));
            Owner owner = owner(GUIDANCE, at + ".owner", g.owner());
            Bucket bucket = bucket(GUIDANCE, at + ".bucket", g.bucket());
            @Nullable String variant = g.variant();
            if (variant != null && !VARIANTS.contains(variant) && !codes.contains(variant)) {
                throw new KnowledgeException(GUIDANCE, at + ".variant", "unknown variant \"" + variant
                        + "\" (known: " + String.join(", ", VARIANTS) + ", or the pattern of a code or type rule)");
            }
            if (!seen.add(owner.id() + "/" + bucket.id() + "/" + variant)) {
                throw new KnowledgeException(GUIDANCE, at, "duplicate guidance for (" + owner.id() + ", "
                        + bucket.id() + (variant == null ? "" : ", " + variant) + ")");
            }
            RetryVerdict retry = retry(GUIDANCE, at + ".retry", g.retry());
            neverWait(GUIDANCE, at + ".retry", bucket, retry);
            if (variant != null && retry == RetryVerdict.WAIT_THEN_RETRY) {
                throw new KnowledgeException(GUIDANCE, at + ".retry", "variant \"" + variant
                        + "\" is a case where waiting does not help; it can't be wait_then_retry");
            }
            List<Source> cited = new ArrayList<>();
            List<String> ids = g.sources() == null ? List.of() : g.sources();
            for (int s = 0; s < ids.size(); s++) {
                cited.add(sourceRef(GUIDANCE, at + ".sources[" + s + "]", ids.get(s), sources));
            }
            out.add(new Guidance(owner, bucket, retry, text(GUIDANCE, at + ".nextStep", g.nextStep()),
                    text(GUIDANCE, at + ".doNot", g.doNot()), variant, cited));
        }
        return out;
    }

    private static void neverWait(String file, String at, Bucket bucket, RetryVerdict retry) {
        if (retry == RetryVerdict.WAIT_THEN_RETRY && NEVER_WAIT.contains(bucket)) {
            throw new KnowledgeException(file, at, "bucket \"" + bucket.id()
                    + "\" can never be wait_then_retry: waiting does not fix money, access or policy");
        }
    }

    // ---- rules

    private static List<ErrorRule> rules(RulesFile file, Map<String, Source> sources) {
        List<RuleDto> list = list(RULES, "rules", file.rules(), true);
        List<ErrorRule> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "rules[" + i + "]";
            RuleDto r = element(RULES, at, list.get(i));
            String id = text(RULES, at + ".id", r.id());
            if (!seen.add(id)) {
                throw new KnowledgeException(RULES, at + ".id", "duplicate rule id \"" + id + "\"");
            }
            // final, not moved: fields are checked in file order, which decides the error a bad rule reports
            final RuleMatch match = enumValue(RULES, at + ".match", r.match(), "match", RuleMatch.values(),
                    m -> m.name().toLowerCase(Locale.ROOT));
            Bucket bucket = bucket(RULES, at + ".bucket", r.bucket());
            RetryVerdict retry = retry(RULES, at + ".retry", r.retry());
            neverWait(RULES, at + ".retry", bucket, retry);
            Double weight = r.weight();
            if (weight == null) {
                throw new KnowledgeException(RULES, at + ".weight", "missing");
            }
            if (!(weight >= 0 && weight <= 1)) {
                throw new KnowledgeException(RULES, at + ".weight", "must be between 0 and 1, was " + weight);
            }
            out.add(new ErrorRule(id, match, text(RULES, at + ".pattern", r.pattern()),
                    owner(RULES, at + ".owner", r.owner()), bucket, retry,
                    optionalText(RULES, at + ".detail", r.detail()), weight,
                    sourceRef(RULES, at + ".source", r.source(), sources)));
        }
        return out;
    }

    // ---- concepts

    private static List<Concept> concepts(ConceptsFile file, Map<String, Source> sources) {
        List<ConceptDto> list = list(CONCEPTS, "concepts", file.concepts(), true);
        List<Concept> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "concepts[" + i + "]";
            ConceptDto c = element(CONCEPTS, at, list.get(i));
            // final, not moved: fields are checked in file order, which decides the error a bad entry reports
            final String id = text(CONCEPTS, at + ".id", c.id());
            if (!ids.add(id)) {
                throw new KnowledgeException(CONCEPTS, at + ".id", "duplicate concept id \"" + id + "\"");
            }
            text(CONCEPTS, at + ".about", c.about());
            final Owner owner = owner(CONCEPTS, at + ".owner", c.owner());
            Bucket bucket = bucket(CONCEPTS, at + ".bucket", c.bucket());
            RetryVerdict retry = retry(CONCEPTS, at + ".retry", c.retry());
            neverWait(CONCEPTS, at + ".retry", bucket, retry);
            Double weight = c.weight();
            if (weight == null || !(weight > 0 && weight <= 1)) {
                throw new KnowledgeException(CONCEPTS, at + ".weight", "must be above 0 and at most 1, was "
                        + weight);
            }
            List<TermsDto> vocab = list(CONCEPTS, at + ".vocabulary", c.vocabulary(), false);
            List<Concept.Terms> terms = new ArrayList<>();
            for (int v = 0; v < vocab.size(); v++) {
                String vat = at + ".vocabulary[" + v + "]";
                TermsDto t = element(CONCEPTS, vat, vocab.get(v));
                String lang = text(CONCEPTS, vat + ".lang", t.lang());
                List<String> words = list(CONCEPTS, vat + ".terms", t.terms(), false);
                for (int w = 0; w < words.size(); w++) {
                    String word = text(CONCEPTS, vat + ".terms[" + w + "]", words.get(w));
                    if (word.strip().length() < 2) {
                        throw new KnowledgeException(CONCEPTS, vat + ".terms[" + w + "]", "too short to mean anything");
                    }
                }
                terms.add(new Concept.Terms(lang, words));
            }
            out.add(new Concept(id, owner, bucket, retry, weight, optionalText(CONCEPTS, at + ".detail", c.detail()),
                    terms, sourceRef(CONCEPTS, at + ".source", c.source(), sources)));
        }
        return out;
    }

    // ---- models

    private static List<ModelLifecycle> models(ModelsFile file, Map<String, Source> sources) {
        List<ModelDto> list = list(MODELS, "models", file.models(), false);
        List<ModelLifecycle> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "models[" + i + "]";
            ModelDto m = element(MODELS, at, list.get(i));
            // final, not moved: fields are checked in file order, which decides the error a bad entry reports
            final String id = text(MODELS, at + ".id", m.id());
            List<String> aliases = m.aliases() == null ? List.of() : m.aliases();
            for (String name : concat(id, aliases)) {
                if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.isBlank()) {
                    throw new KnowledgeException(MODELS, at, "model names are lower case and not blank: \""
                            + name + "\"");
                }
                if (!names.add(name)) {
                    throw new KnowledgeException(MODELS, at, "model name \"" + name + "\" listed twice");
                }
            }
            ModelStatus status = enumValue(MODELS, at + ".status", m.status(), "status", ModelStatus.values(),
                    ModelStatus::id);
            @Nullable LocalDate notice = m.noticeDate() == null ? null
                    : date(MODELS, at + ".noticeDate", m.noticeDate());
            @Nullable LocalDate shutdown = m.shutdownDate() == null ? null
                    : date(MODELS, at + ".shutdownDate", m.shutdownDate());
            List<String> replacements = m.replacements() == null ? List.of() : m.replacements();
            if (status != ModelStatus.ACTIVE && (shutdown == null || replacements.isEmpty())) {
                throw new KnowledgeException(MODELS, at, "a " + status.id()
                        + " model needs its shutdownDate and at least one replacement");
            }
            if (status == ModelStatus.ACTIVE && shutdown != null) {
                throw new KnowledgeException(MODELS, at + ".status", "a model with a shutdown date is deprecated "
                        + "or shut_down, not active");
            }
            out.add(new ModelLifecycle(id, aliases, status, notice, shutdown, replacements,
                    optionalText(MODELS, at + ".note", m.note()), sourceRef(MODELS, at + ".source", m.source(),
                    sources)));
        }
        for (int i = 0; i < out.size(); i++) {
            for (String r : out.get(i).replacements()) {
                if (!names.contains(r)) {
                    throw new KnowledgeException(MODELS, "models[" + i + "].replacements", "replacement \"" + r
                            + "\" is not listed as a model itself");
                }
            }
        }
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    // ---- tiers

    private static List<TierTable> tiers(TiersFile file, Map<String, Source> sources) {
        List<TableDto> list = list(TIERS, "tables", file.tables(), false);
        List<TierTable> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "tables[" + i + "]";
            TableDto t = element(TIERS, at, list.get(i));
            String id = text(TIERS, at + ".id", t.id());
            if (!seen.add(id)) {
                throw new KnowledgeException(TIERS, at + ".id", "duplicate table id \"" + id + "\"");
            }
            String model = t.model();
            if (model == null) {
                throw new KnowledgeException(TIERS, at + ".model", "missing (use \"\" when not per model)");
            }
            List<RowDto> rows = list(TIERS, at + ".rows", t.rows(), false);
            List<TierRow> mapped = new ArrayList<>();
            Set<String> tierNames = new HashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                TierRow row = row(at + ".rows[" + r + "]", element(TIERS, at + ".rows[" + r + "]", rows.get(r)));
                if (!tierNames.add(row.tier())) {
                    throw new KnowledgeException(TIERS, at + ".rows[" + r + "].tier", "duplicate tier \""
                            + row.tier() + "\"");
                }
                mapped.add(row);
            }
            if (!model.isEmpty()) {
                checkAscending(at, mapped); // a per-model table lists tiers; a model listing has no order
            }
            out.add(new TierTable(id, text(TIERS, at + ".title", t.title()), owner(TIERS, at + ".owner", t.owner()),
                    model, mapped, sourceRef(TIERS, at + ".source", t.source(), sources),
                    text(TIERS, at + ".caveat", t.caveat())));
        }
        return out;
    }

    private static TierRow row(String at, RowDto r) {
        // final, not moved: fields are checked in file order, which decides the error a bad row reports
        final String tier = text(TIERS, at + ".tier", r.tier());
        Boolean supported = r.supported();
        if (supported == null) {
            throw new KnowledgeException(TIERS, at + ".supported", "missing");
        }
        nonNegative(at + ".tpm", r.tpm());
        nonNegative(at + ".ipm", r.ipm());
        nonNegative(at + ".rpm", r.rpm());
        if (!supported && (r.tpm() != null || r.ipm() != null || r.rpm() != null)) {
            throw new KnowledgeException(TIERS, at, "an unsupported tier cannot have tpm, ipm or rpm values");
        }
        if (supported && r.tpm() == null && r.ipm() == null && r.rpm() == null && r.monthlyLimit() == null
                && r.qualification() == null) {
            throw new KnowledgeException(TIERS, at, "a supported tier needs at least one limit or qualification");
        }
        return new TierRow(tier, supported, r.tpm(), r.ipm(), r.rpm(),
                optionalText(TIERS, at + ".monthlyLimit", r.monthlyLimit()),
                optionalText(TIERS, at + ".qualification", r.qualification()),
                optionalText(TIERS, at + ".note", r.note()));
    }

    private static void nonNegative(String at, @Nullable Long value) {
        if (value != null && value < 0) {
            throw new KnowledgeException(TIERS, at, "must not be negative, was " + value);
        }
    }

    /** Tier rows go lowest tier first, so a limit may never shrink from one row to the next. */
    private static void checkAscending(String at, List<TierRow> rows) {
        Long[] last = new Long[3];
        for (int r = 0; r < rows.size(); r++) {
            TierRow row = rows.get(r);
            Long[] now = {row.tpm(), row.ipm(), row.rpm()};
            String[] names = {"tpm", "ipm", "rpm"};
            for (int k = 0; k < 3; k++) {
                if (now[k] != null) {
                    if (last[k] != null && now[k] < last[k]) {
                        throw new KnowledgeException(TIERS, at + ".rows[" + r + "]." + names[k], "smaller than"
                                + " the tier before (" + now[k] + " < " + last[k] + "); rows go lowest tier first");
                    }
                    last[k] = now[k];
                }
            }
        }
    }

    // ---- tree

    private static RecoveryTree tree(TreeFile file, List<OwnerProfile> owners, List<Guidance> guidance) {
        String start = text(TREE, "start", file.start());
        List<NodeDto> list = list(TREE, "nodes", file.nodes(), false);
        Map<String, TreeNode> nodes = new LinkedHashMap<>();
        Map<String, String> where = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "nodes[" + i + "]";
            NodeDto n = element(TREE, at, list.get(i));
            String id = text(TREE, at + ".id", n.id());
            if (nodes.containsKey(id)) {
                throw new KnowledgeException(TREE, at + ".id", "duplicate node id \"" + id + "\"");
            }
            String type = text(TREE, at + ".type", n.type());
            TreeNode node = switch (type) {
                case "question" -> question(at, id, n);
                case "leaf" -> leaf(at, id, n, owners, guidance);
                default -> throw new KnowledgeException(TREE, at + ".type", "unknown type \"" + type
                        + "\" (expected question or leaf)");
            };
            nodes.put(id, node);
            where.put(id, at);
        }
        TreeNode first = nodes.get(start);
        if (first == null) {
            throw new KnowledgeException(TREE, "start", "unknown node \"" + start + "\"");
        }
        if (!(first instanceof TreeNode.Question)) {
            throw new KnowledgeException(TREE, "start", "must be a question, \"" + start + "\" is a leaf");
        }
        for (TreeNode node : nodes.values()) {
            if (node instanceof TreeNode.Question q) {
                for (int a = 0; a < q.answers().size(); a++) {
                    String next = q.answers().get(a).next();
                    if (!nodes.containsKey(next)) {
                        throw new KnowledgeException(TREE, where.get(q.id()) + ".answers[" + a + "].next",
                                "unknown node \"" + next + "\"");
                    }
                }
            }
        }
        checkAcyclicAndReachable(start, nodes, where);
        RecoveryTree.OWNER_ENTRIES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!(nodes.get(e.getValue()) instanceof TreeNode.Question)) {
                throw new KnowledgeException(TREE, "nodes", "the app continues at question \"" + e.getValue()
                        + "\" when the owner is " + e.getKey().id() + ", but the tree has no such question");
            }
        });
        return new RecoveryTree(start, nodes);
    }

    private static TreeNode.Question question(String at, String id, NodeDto n) {
        forbid(at, "owner", n.owner());
        forbid(at, "bucket", n.bucket());
        forbid(at, "detail", n.detail());
        forbid(at, "retry", n.retry());
        forbid(at, "symptom", n.symptom());
        String help = n.help();
        if (help == null) {
            throw new KnowledgeException(TREE, at + ".help", "missing (use \"\" for no hint)");
        }
        List<AnswerDto> answers = list(TREE, at + ".answers", n.answers(), false);
        List<TreeNode.Answer> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int a = 0; a < answers.size(); a++) {
            String aat = at + ".answers[" + a + "]";
            AnswerDto dto = element(TREE, aat, answers.get(a));
            String aid = text(TREE, aat + ".id", dto.id());
            if (!ids.add(aid)) {
                throw new KnowledgeException(TREE, aat + ".id", "duplicate answer id \"" + aid + "\"");
            }
            out.add(new TreeNode.Answer(aid, text(TREE, aat + ".label", dto.label()),
                    text(TREE, aat + ".script", dto.script()), text(TREE, aat + ".next", dto.next())));
        }
        return new TreeNode.Question(id, text(TREE, at + ".text", n.text()), text(TREE, at + ".script", n.script()),
                help, out);
    }

    private static TreeNode.Leaf leaf(String at, String id, NodeDto n, List<OwnerProfile> owners,
                                      List<Guidance> guidance) {
        forbid(at, "text", n.text());
        forbid(at, "script", n.script());
        forbid(at, "help", n.help());
        forbid(at, "answers", n.answers());
        Owner owner = owner(TREE, at + ".owner", n.owner());
        Bucket bucket = bucket(TREE, at + ".bucket", n.bucket());
        RetryVerdict retry = retry(TREE, at + ".retry", n.retry());
        neverWait(TREE, at + ".retry", bucket, retry);
        boolean guided = guidance.stream().anyMatch(g -> g.owner() == owner && g.bucket() == bucket)
                || owners.stream().anyMatch(o -> o.owner() == owner);
        if (!guided) {
            throw new KnowledgeException(TREE, at, "no guidance for (" + owner.id() + ", " + bucket.id()
                    + ") in " + GUIDANCE + " and no owner profile for \"" + owner.id() + "\" in " + OWNERS);
        }
        return new TreeNode.Leaf(id, owner, bucket, optionalText(TREE, at + ".detail", n.detail()), retry,
                optionalText(TREE, at + ".symptom", n.symptom()));
    }

    private static void forbid(String at, String field, @Nullable Object value) {
        if (value != null) {
            throw new KnowledgeException(TREE, at + "." + field, "not allowed on this node type");
        }
    }

    /** Iterative depth-first search (no recursion: a hand-edited file may be deep). */
    private static void checkAcyclicAndReachable(String start, Map<String, TreeNode> nodes,
                                                 Map<String, String> where) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        Deque<String> stack = new ArrayDeque<>(); // the path from start
        Deque<Integer> cursor = new ArrayDeque<>(); // per path entry: the next answer to follow
        stack.push(start);
        cursor.push(0);
        state.put(start, 1);
        while (!stack.isEmpty()) {
            String id = stack.peek();
            int next = cursor.pop();
            List<TreeNode.Answer> answers = nodes.get(id) instanceof TreeNode.Question q ? q.answers() : List.of();
            if (next < answers.size()) {
                cursor.push(next + 1);
                String child = answers.get(next).next();
                Integer s = state.get(child);
                if (s != null && s == 1) {
                    throw new KnowledgeException(TREE, where.get(id) + ".answers[" + next + "].next",
                            "cycle: \"" + child + "\" leads back to \"" + id + "\"");
                }
                if (s == null) {
                    state.put(child, 1);
                    stack.push(child);
                    cursor.push(0);
                }
            } else {
                state.put(id, 2);
                stack.pop();
            }
        }
        for (String id : nodes.keySet()) {
            if (!state.containsKey(id)) {
                throw new KnowledgeException(TREE, where.get(id), "node \"" + id + "\" cannot be reached from \""
                        + start + "\"");
            }
        }
    }

    // ---- field helpers

    private static <T> List<T> list(String file, String at, @Nullable List<T> value, boolean mayBeEmpty) {
        if (value == null) {
            throw new KnowledgeException(file, at, "missing");
        }
        if (value.isEmpty() && !mayBeEmpty) {
            throw new KnowledgeException(file, at, "must not be empty");
        }
        return value;
    }

    private static <T> T element(String file, String at, @Nullable T value) {
        if (value == null) {
            throw new KnowledgeException(file, at, "null");
        }
        return value;
    }

    private static String text(String file, String at, @Nullable String value) {
        if (value == null) {
            throw new KnowledgeException(file, at, "missing");
        }
        if (value.isBlank()) {
            throw new KnowledgeException(file, at, "blank");
        }
        return value;
    }

    private static @Nullable String optionalText(String file, String at, @Nullable String value) {
        if (value != null && value.isBlank()) {
            throw new KnowledgeException(file, at, "blank (use null or leave it out)");
        }
        return value;
    }

    private static LocalDate date(String file, String at, @Nullable String value) {
        String s = text(file, at, value);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new KnowledgeException(file, at, "not a date (YYYY-MM-DD): \"" + s + "\"", e);
        }
    }

    private static Owner owner(String file, String at, @Nullable String value) {
        return enumValue(file, at, value, "owner", Owner.values(), Owner::id);
    }

    private static Bucket bucket(String file, String at, @Nullable String value) {
        return enumValue(file, at, value, "bucket", Bucket.values(), Bucket::id);
    }

    private static RetryVerdict retry(String file, String at, @Nullable String value) {
        return enumValue(file, at, value, "retry verdict", RetryVerdict.values(), RetryVerdict::id);
    }

    private static <E> E enumValue(String file, String at, @Nullable String value, String what, E[] values,
                                   Function<E, String> id) {
        String s = text(file, at, value);
        for (E e : values) {
            if (id.apply(e).equals(s)) {
                return e;
            }
        }
        List<String> ids = new ArrayList<>();
        for (E e : values) {
            ids.add(id.apply(e));
        }
        throw new KnowledgeException(file, at, "unknown " + what + " \"" + s + "\" (expected one of "
                + String.join(", ", ids) + ")");
    }
}
