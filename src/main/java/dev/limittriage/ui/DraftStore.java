package dev.limittriage.ui;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wizard's drafts: one JSON file per case in {@code drafts/} under the data directory. A write goes to a
 * temporary file that is then moved over the old one, so a kill leaves the old or the new draft, never half of
 * one. Text is redacted before it is written. A corrupt file is skipped and named in the log.
 */
public final class DraftStore {
    private static final Logger LOG = Logger.getLogger(DraftStore.class.getName());
    private final Path dir;
    private final JsonMapper mapper;
    private final UnaryOperator<String> redact;

    public DraftStore(Path dataDir, JsonMapper mapper, UnaryOperator<String> redact) {
        this.dir = dataDir.resolve("drafts");
        this.mapper = mapper;
        this.redact = redact;
    }

    public Path directory() {
        return dir;
    }

    public void save(CaseDraft draft) throws IOException {
        CaseDraft safe = redacted(draft);
        Files.createDirectories(dir);
        Path target = file(safe.id());
        Path temp = Files.createTempFile(dir, safe.id(), ".tmp");
        try {
            Files.writeString(temp, mapper.writeValueAsString(safe));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Newest first; unreadable drafts are skipped. */
    public List<CaseDraft> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<CaseDraft> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path path : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                read(path).ifPresent(drafts::add);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list drafts in " + dir, e);
        }
        drafts.sort(Comparator.comparing(CaseDraft::updatedAt).reversed());
        return drafts;
    }

    public Optional<CaseDraft> load(String id) {
        Path path = file(id);
        return Files.exists(path) ? read(path) : Optional.empty();
    }

    public void delete(String id) throws IOException {
        Files.deleteIfExists(file(id));
    }

    private Optional<CaseDraft> read(Path path) {
        try {
            return Optional.of(mapper.readValue(Files.readString(path), CaseDraft.class));
        } catch (IOException | JacksonException e) {
            LOG.log(Level.WARNING, "skipping unreadable draft " + path.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Path file(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("bad draft id");
        }
        return dir.resolve(id + ".json");
    }

    private CaseDraft redacted(CaseDraft d) {
        var fields = new java.util.LinkedHashMap<String, String>();
        d.fields().forEach((k, v) -> fields.put(k, redact.apply(v)));
        var answers = d.answers().stream().map(a -> new CaseDraft.Answer(a.questionId(), a.question(), a.answerId(),
                redact.apply(a.answer()), a.at())).toList();
        return new CaseDraft(d.version(), d.id(), d.createdAt(), d.updatedAt(), d.route(), redact.apply(d.paste()),
                answers, d.outcome(), redact.apply(d.notes()), fields);
    }
}
