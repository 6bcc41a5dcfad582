package dev.limittriage.cli;

import dev.limittriage.io.KnowledgeException;
import dev.limittriage.io.KnowledgeLoader;
import dev.limittriage.knowledge.Knowledge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** The {@code --knowledge DIR} option shared by commands that read the knowledge data. */
public final class KnowledgeOption {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Read the knowledge JSON files from DIR instead of the built-in ones.")
    @Nullable Path dir;

    /** The knowledge to use; throws {@code KnowledgeException} naming the file and field when it is bad. */
    public Knowledge load(JsonMapper mapper) {
        Path d = dir;
        return d == null ? KnowledgeLoader.loadDefault(mapper) : KnowledgeLoader.load(d, mapper);
    }

    /**
     * The knowledge to use, or empty after printing the one-line reason (file and field) on {@code err}; the
     * caller then exits with {@link ExitCodes#USAGE}.
     */
    public Optional<Knowledge> loadOrReport(PrintWriter err, JsonMapper mapper) {
        try {
            return Optional.of(load(mapper));
        } catch (KnowledgeException e) {
            err.println("limit-triage: knowledge: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }
}
