package dev.limittriage.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes files so that a crash at any moment leaves either the old or the new content, never a torn file: the
 * content goes to a temporary file in the same directory, is forced to disk, then moved over the target in one
 * atomic step. Files (and directories this class creates) are owner-only where the file system is POSIX.
 */
public final class AtomicFiles {
    /** Writes the content to a stream; may throw, in which case the target is left untouched. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private AtomicFiles() {
    }

    /** Writes text as UTF-8. Without {@code overwrite}, an existing target fails with FileAlreadyExistsException. */
    public static void writeString(Path target, String text, boolean overwrite) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), overwrite, UnaryOperator.identity());
    }

    public static void write(Path target, ContentWriter writer, boolean overwrite) throws IOException {
        write(target, writer, overwrite, UnaryOperator.identity());
    }

    /** As {@link #write(Path, ContentWriter, boolean)}; {@code wrapper} lets tests put a failing stream in between. */
    static void write(Path target, ContentWriter writer, boolean overwrite, UnaryOperator<OutputStream> wrapper)
            throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null) {
            throw new IOException("no directory for " + target);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("directory does not exist: " + dir);
        }
        if (!overwrite && Files.exists(abs)) {
            throw new FileAlreadyExistsException(abs.toString());
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp", fileAttributes(dir));
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = wrapper.apply(Channels.newOutputStream(ch))) {
                writer.write(out);
                out.flush();
                ch.force(true);
            }
            if (!overwrite && Files.exists(abs)) {
                throw new FileAlreadyExistsException(abs.toString());
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same directory, so this only happens on unusual file systems; a plain replace is the best left.
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Creates the directory (and parents) owner-only where POSIX permissions exist. */
    public static Path createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (isPosix(dir)) {
            return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        }
        return Files.createDirectories(dir);
    }

    private static FileAttribute<?>[] fileAttributes(Path dir) {
        return isPosix(dir) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
