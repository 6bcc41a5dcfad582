package dev.limittriage.io;

import dev.limittriage.knowledge.Owner;
import dev.limittriage.packet.AnsweredQuestion;
import dev.limittriage.packet.CaseDraft;
import dev.limittriage.packet.CaseSummary;
import dev.limittriage.packet.FieldName;
import dev.limittriage.packet.Redactor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps drafts and finished cases as one JSON file per case under {@code <base>/cases/}. Only redacted content is
 * written. Writes are atomic (see {@link AtomicFiles}), so a kill at any moment leaves the old or the new version.
 * A file that cannot be read is reported by name in {@link CaseList#skipped()} and never breaks the list.
 *
 * <p>Methods do file I/O: call them off the UI thread.
 */
public final class PacketStore {
    static final int DRAFT_VERSION = 1;
    private static final String SUFFIX = ".json";

    private final Path casesDir;
    private final Redactor redactor = new Redactor();
    private final UnaryOperator<OutputStream> streamWrapper;
    private final JsonMapper mapper;

    /** A file the list had to skip, and why. */
    public record Skipped(String fileName, String reason) {
    }

    /**
     * What {@link #list()} found.
     *
     * @param cases   readable cases, newest first
     * @param skipped unreadable files, by name
     */
    public record CaseList(List<CaseSummary> cases, List<Skipped> skipped) {
        public CaseList {
            cases = List.copyOf(cases);
            skipped = List.copyOf(skipped);
        }
    }

    /** Thrown by {@link #load} when a case file exists but cannot be read; the message names the file. */
    public static final class CorruptCaseException extends IOException {
        public CorruptCaseException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** A store under the user's data directory ({@link DataDirs#userDataDir()}). */
    public static PacketStore inUserDataDir(JsonMapper mapper) {
        return new PacketStore(DataDirs.userDataDir(), mapper);
    }

    /** A store under {@code baseDir} (tests pass a temporary directory). Nothing is created until the first save. */
    public PacketStore(Path baseDir, JsonMapper mapper) {
        this(baseDir, mapper, UnaryOperator.identity());
    }

    PacketStore(Path baseDir, JsonMapper mapper, UnaryOperator<OutputStream> streamWrapper) {
        this.casesDir = baseDir.resolve("cases");
        this.mapper = mapper;
        this.streamWrapper = streamWrapper;
    }

    public Path casesDir() {
        return casesDir;
    }

    /**
     * Redacts the draft and writes it atomically, replacing the previous version. Returns the draft as stored
     * (redacted), which the caller should keep so what it shows matches what is on disk.
     */
    public CaseDraft save(CaseDraft draft) throws IOException {
        CaseDraft redacted = draft.redacted(redactor.session());
        byte[] bytes = mapper.writeValueAsBytes(toDto(redacted));
        AtomicFiles.createPrivateDirectories(casesDir);
        AtomicFiles.write(file(redacted.id()), out -> out.write(bytes), true, streamWrapper);
        return redacted;
    }

    /** All cases, newest first; unreadable files are skipped and named. */
    public CaseList list() throws IOException {
        if (!Files.isDirectory(casesDir)) {
            return new CaseList(List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(casesDir, "*" + SUFFIX)) {
            dir.forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<CaseDraft> drafts = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // a temporary file of a save in progress (or killed); never a case
            }
            try {
                drafts.add(read(f));
            } catch (CorruptCaseException e) {
                skipped.add(new Skipped(name, e.getMessage()));
            } catch (IOException e) {
                skipped.add(new Skipped(name, "cannot read " + name + ": " + e.getClass().getSimpleName()));
            }
        }
        drafts.sort(Comparator.comparing(CaseDraft::updated).reversed().thenComparing(CaseDraft::id));
        return new CaseList(drafts.stream().map(CaseDraft::summary).toList(), skipped);
    }

    /** The case with this id, or empty when there is none. A file that exists but is unreadable throws. */
    public Optional<CaseDraft> load(String id) throws IOException {
        if (!CaseDraft.isValidId(id)) {
            return Optional.empty();
        }
        Path f = file(id);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        return Optional.of(read(f));
    }

    /** Deletes a case; returns whether there was one. */
    public boolean delete(String id) throws IOException {
        return CaseDraft.isValidId(id) && Files.deleteIfExists(file(id));
    }

    /** The most recently updated case that is not finished, to offer "resume" at start-up. */
    public Optional<CaseDraft> latestUnfinished() throws IOException {
        for (CaseSummary s : list().cases()) {
            if (!s.finished()) {
                Optional<CaseDraft> d;
                try {
                    d = load(s.id());
                } catch (CorruptCaseException e) {
                    continue;
                }
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private Path file(String id) {
        return casesDir.resolve(id + SUFFIX);
    }

    private CaseDraft read(Path f) throws IOException {
        String name = f.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new CorruptCaseException(name + " disappeared while reading", e);
        }
        try {
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                throw new CorruptCaseException(name + " is empty", null);
            }
            DraftDto dto = Json.lenient(mapper, bytes, DraftDto.class); // a newer version's extra fields are skipped
            if (dto == null) {
                throw new CorruptCaseException(name + " is empty", null);
            }
            CaseDraft draft = fromDto(dto);
            if (!(draft.id() + SUFFIX).equals(name)) {
                throw new CorruptCaseException(name + " holds case " + draft.id() + ", not its own", null);
            }
            return draft;
        } catch (JacksonException e) {
            Json.Problem p = Json.describe(e);
            throw new CorruptCaseException(name + " is not a readable case file (" + (p.path().isEmpty() ? ""
                    : p.path() + ": ") + p.reason() + ")", e);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new CorruptCaseException(name + " is missing or has a bad field (" + firstLine(e.getMessage())
                    + ")", e);
        }
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static DraftDto toDto(CaseDraft d) {
        Map<String, String> entered = new LinkedHashMap<>();
        d.entered().forEach((k, v) -> entered.put(k.key(), v));
        return new DraftDto(DRAFT_VERSION, d.id(), d.title(), d.created().toString(), d.updated().toString(),
                d.finished(), d.owner() == null ? null : d.owner().id(), d.paste(), entered,
                d.answers().stream().map(q -> new PacketDto.AnswerDto(q.questionId(), q.question(), q.answerId(),
                        q.answer(), q.at().toString())).toList(),
                d.route(), d.currentStep(), d.callerMode(), str(d.callStartedAt()), str(d.callEndedAt()));
    }

    private static CaseDraft fromDto(DraftDto dto) {
        EnumMap<FieldName, String> entered = new EnumMap<>(FieldName.class);
        if (dto.entered() != null) {
            dto.entered().forEach((k, v) -> FieldName.fromKey(k).ifPresent(f -> entered.put(f, v)));
        }
        List<AnsweredQuestion> answers = dto.answers() == null ? List.of() : dto.answers().stream()
                .map(a -> new AnsweredQuestion(required(a.questionId(), "questionId"),
                        required(a.question(), "question"), required(a.answerId(), "answerId"),
                        required(a.answer(), "answer"), Instant.parse(required(a.at(), "at")))).toList();
        Owner owner = dto.owner() == null ? null : Owner.fromId(dto.owner()).orElse(Owner.UNKNOWN);
        return new CaseDraft(required(dto.id(), "id"), required(dto.title(), "title"),
                Instant.parse(required(dto.created(), "created")), Instant.parse(required(dto.updated(), "updated")),
                dto.finished(), owner, required(dto.paste(), "paste"), entered, answers, dto.route(),
                dto.currentStep(), dto.callerMode(), instant(dto.callStartedAt()), instant(dto.callEndedAt()));
    }

    private static String required(@Nullable String v, String field) {
        if (v == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v;
    }

    private static @Nullable String str(@Nullable Instant i) {
        return i == null ? null : i.toString();
    }

    private static @Nullable Instant instant(@Nullable String s) {
        return s == null ? null : Instant.parse(s);
    }
}
