package dev.sentence4j.common.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way sentence4j writes an output file: whole or not at all, even across a crash or
 * kill -9. The content goes to a temporary sibling ({@value #TEMP_SUFFIX}), is fsynced, renamed
 * atomically over the target, and the directory is fsynced so that the rename itself is durable
 * (POSIX rename(2) semantics). The file gets the permissions a plain new file would get under the
 * user's umask ({@code createFile}, not {@code createTempFile}, which makes it 0600), and errors
 * name the target the user gave, never the temporary file.
 */
public final class DurableFiles {
    /** Temporary files end with this; a resumed job deletes the ones a crash left behind. */
    public static final String TEMP_SUFFIX = ".partial";

    private DurableFiles() {}

    /** What writes the content; if it throws, the target is left untouched. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("output directory '" + dir + "' of '" + target + "' does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("output '" + target + "' is a directory; expected a file name");
        }
        Path tmp;
        try {
            tmp = Files.createFile(dir.resolve("." + absolute.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX));
        } catch (IOException e) {
            throw failure(target, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.write(out);
                out.flush();
                channel.force(true);
            } catch (FileSystemException e) {
                throw failure(target, e);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileSystemException e) {
                throw failure(target, e);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** fsync of a directory makes renames in it durable; some platforms cannot open one, which is fine there. */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; its rename is durable without it.
        }
    }

    /** The file system's reason, told about the file the user named rather than our temporary sibling. */
    private static IOException failure(Path target, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getClass().getSimpleName();
        return new IOException("cannot write '" + target + "': " + reason, e);
    }
}
