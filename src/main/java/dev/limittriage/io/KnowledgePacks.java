package dev.limittriage.io;

import dev.limittriage.knowledge.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Knowledge updates that arrive as files: a folder or a {@code .zip} laid out like the built-in knowledge folder
 * (the files of {@link KnowledgeLoader#FILES}, at the top or under one folder). An update is validated with the
 * same loader before anything is replaced, then copied into {@code <data>/knowledge/}; a bad pack is refused with
 * the file and field named and the active knowledge left as it was. "Back to built-in" deletes the copy.
 *
 * <p>Methods do file I/O and parse JSON: call them off the FX thread.
 */
public final class KnowledgePacks {
    private static final Logger LOG = Logger.getLogger(KnowledgePacks.class.getName());
    /** A knowledge file larger than this in a .zip is refused (the built-in ones are well under 1 MB). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    static final String FOLDER = "knowledge";

    private final Path dataDir;
    private final JsonMapper mapper;

    /** Which knowledge is active. */
    public enum Origin { BUILT_IN, IMPORTED }

    /**
     * The active knowledge and where it came from. {@code note} says why an imported pack is not used (it no longer
     * loads, or the built-in knowledge is newer), else it is {@code null}.
     */
    public record Active(Knowledge knowledge, Origin origin, @Nullable String note) {
    }

    public KnowledgePacks(Path dataDir, JsonMapper mapper) {
        this.dataDir = dataDir;
        this.mapper = mapper;
    }

    /** Where an imported pack is kept. */
    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** The built-in knowledge. */
    public Active builtIn() {
        return new Active(KnowledgeLoader.loadDefault(mapper), Origin.BUILT_IN, null);
    }

    /**
     * The imported pack when there is one that loads and is not older than the built-in knowledge (an app update
     * may bring newer facts than an old import); otherwise the built-in knowledge, with a note saying why.
     */
    public Active load() {
        if (!Files.isRegularFile(folder().resolve(KnowledgeLoader.MANIFEST))) {
            return builtIn();
        }
        Knowledge imported;
        try {
            imported = KnowledgeLoader.load(folder(), mapper);
        } catch (KnowledgeException e) {
            LOG.log(Level.WARNING, "the imported knowledge does not load; using the built-in knowledge", e);
            return new Active(KnowledgeLoader.loadDefault(mapper), Origin.BUILT_IN, e.getMessage());
        }
        Knowledge builtIn = KnowledgeLoader.loadDefault(mapper);
        if (builtIn.checkedOn().isAfter(imported.checkedOn())) {
            return new Active(builtIn, Origin.BUILT_IN, "the built-in knowledge (checked on " + builtIn.checkedOn()
                    + ") is newer than the imported " + imported.version() + " (checked on " + imported.checkedOn()
                    + ")");
        }
        return new Active(imported, Origin.IMPORTED, null);
    }

    /**
     * Validates the pack at {@code source} (a folder, a {@code .zip}, or a pack's {@code manifest.json}) and makes
     * it the active knowledge. Throws {@link KnowledgeException} naming the file and field when it does not load;
     * nothing is changed then.
     */
    public Active importPack(Path source) throws IOException {
        Path staging = Files.createTempDirectory(AtomicFiles.createPrivateDirectories(dataDir), ".knowledge-");
        try {
            copyPack(source, staging);
            final Knowledge checked = KnowledgeLoader.load(staging, mapper);
            Path target = folder();
            Path old = dataDir.resolve(".knowledge-old");
            deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return new Active(checked, Origin.IMPORTED, null);
        } finally {
            deleteTree(staging);
        }
    }

    /** Back to the built-in knowledge: the imported copy is deleted. */
    public Active revert() throws IOException {
        deleteTree(folder());
        return builtIn();
    }

    private static void copyPack(Path source, Path staging) throws IOException {
        Path from = Files.isRegularFile(source) && source.getFileName() != null
                && source.getFileName().toString().equals(KnowledgeLoader.MANIFEST) ? source.getParent() : source;
        if (from == null || !Files.exists(from)) {
            throw new KnowledgeException(String.valueOf(source), "", "not found");
        }
        if (Files.isDirectory(from)) {
            Path root = packRoot(from).orElseThrow(() -> new KnowledgeException(KnowledgeLoader.MANIFEST, "",
                    "not found in " + from.getFileName() + " or a folder directly inside it"));
            for (String name : KnowledgeLoader.FILES) {
                Path file = root.resolve(name);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, staging.resolve(name));
                }
            }
            return;
        }
        if (!from.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new KnowledgeException(String.valueOf(from.getFileName()), "",
                    "not a knowledge update (choose a folder, a .zip or a manifest.json)");
        }
        copyZip(from, staging);
    }

    /** The folder holding manifest.json: the folder itself or one folder directly inside it. */
    private static Optional<Path> packRoot(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(KnowledgeLoader.MANIFEST))) {
            return Optional.of(dir);
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path child : children) {
                if (Files.isRegularFile(child.resolve(KnowledgeLoader.MANIFEST))) {
                    return Optional.of(child);
                }
            }
        }
        return Optional.empty();
    }

    /** Only the loader's files are taken, by name, from the folder that holds manifest.json: nothing else leaves. */
    private static void copyZip(Path zip, Path staging) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String prefix = null;
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.equals(KnowledgeLoader.MANIFEST) || name.endsWith("/" + KnowledgeLoader.MANIFEST)) {
                    String p = name.substring(0, name.length() - KnowledgeLoader.MANIFEST.length());
                    if (prefix == null || p.length() < prefix.length()) {
                        prefix = p;
                    }
                }
            }
            if (prefix == null) {
                throw new KnowledgeException(KnowledgeLoader.MANIFEST, "", "not found in " + zip.getFileName());
            }
            for (String name : KnowledgeLoader.FILES) {
                ZipEntry entry = file.getEntry(prefix + name);
                if (entry == null || entry.isDirectory()) {
                    continue; // the loader names what is missing
                }
                if (entry.getSize() > MAX_FILE_BYTES) {
                    throw new KnowledgeException(name, "", "larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
                }
                try (InputStream in = file.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                    if (bytes.length > MAX_FILE_BYTES) {
                        throw new KnowledgeException(name, "", "larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
                    }
                    Files.write(staging.resolve(name), bytes);
                }
            }
        } catch (ZipException e) {
            throw new KnowledgeException(String.valueOf(zip.getFileName()), "", "not a readable .zip file", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, @Nullable IOException e) throws IOException {
                try {
                    Files.deleteIfExists(d);
                } catch (NoSuchFileException ignored) {
                    // already gone
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
