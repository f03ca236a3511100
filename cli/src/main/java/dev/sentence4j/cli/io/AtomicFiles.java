package dev.sentence4j.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file so that readers see either the old file or the complete new one:
 * the data goes to a temporary file beside the target, which is then renamed over it.
 * A crash or a failed encode never leaves a half-written output behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What writes the content; it may throw, in which case the target is left untouched. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("output directory '" + dir + "' does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("output '" + target + "' is a directory; expected a file name");
        }
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".partial");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
