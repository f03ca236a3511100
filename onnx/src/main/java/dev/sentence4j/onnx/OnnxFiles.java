package dev.sentence4j.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes ONNX model files ({@code ModelProto}, onnx.proto).
 *
 * <p>Reading maps the file and parses with aliasing: where protobuf can read the mapped file in
 * place, every {@code bytes} field (above all the initializers' raw_data) is a view of it, not a
 * copy; where it cannot (no Unsafe access, as on JDK 25 with protobuf 4.36, measured with JFR),
 * it copies the whole file onto the heap first. A reader that needs no weights uses
 * {@link OnnxStructure}, which never holds them. A protobuf message cannot exceed
 * 2 GiB; models that keep weights in external data files ({@link ExternalData}) are read with
 * those values mapped in place of raw_data.
 */
public final class OnnxFiles {
    /** protobuf's hard limit on one message. */
    private static final long MAX_MESSAGE = Integer.MAX_VALUE;

    private OnnxFiles() {}

    /**
     * Parses {@code file}, external data included ({@link ExternalData#inline}); a malformed file
     * or one without a graph is an {@link OnnxFileException}.
     */
    public static ModelProto read(Path file) {
        MappedByteBuffer mapped;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > MAX_MESSAGE) {
                throw new OnnxFileException(file, "is " + size + " bytes; an ONNX protobuf holds at most 2 GiB "
                        + "(larger models keep their weights in an external data file beside the graph)");
            }
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (IOException e) {
            throw new OnnxFileException(file, "cannot read ONNX file: " + e, e);
        }
        ModelProto model;
        try {
            CodedInputStream in = CodedInputStream.newInstance(mapped);
            in.enableAliasing(true);
            in.setSizeLimit(Integer.MAX_VALUE);
            model = ModelProto.parseFrom(in);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
        return ExternalData.inline(file, requireGraph(file, model));
    }

    /** The error for a file that could not be read or parsed as a ModelProto (both readers). */
    static OnnxFileException readFailure(Path file, IOException e) {
        if (e instanceof InvalidProtocolBufferException) {
            return new OnnxFileException(file, "not a readable ONNX model (expected a protobuf ModelProto, "
                    + "onnx.proto): " + e.getMessage(), e);
        }
        return new OnnxFileException(file, "cannot read ONNX file: " + e, e);
    }

    /** {@code model}, if it has a graph (both readers). */
    static ModelProto requireGraph(Path file, ModelProto model) {
        if (!model.hasGraph()) {
            throw new OnnxFileException(file, "no graph (ModelProto field 7) found: expected an ONNX model, found "
                    + (model.getUnknownFields().asMap().isEmpty() ? "an empty message"
                            : "a protobuf message with fields " + model.getUnknownFields().asMap().keySet()));
        }
        return model;
    }

    /**
     * Writes {@code model} to {@code file} atomically: into a temporary sibling first, then renamed,
     * so a reader never sees half a model.
     */
    public static void write(ModelProto model, Path file) {
        writeAtomically(file, model::writeTo, "cannot write ONNX file");
    }

    /** What writes a file's bytes. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} into a temporary sibling, then renames it into place; a failure is an
     * {@link OnnxFileException} on {@code file} starting with {@code failure}.
     */
    static void writeAtomically(Path file, Content content, String failure) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: its files are owner-only (0600); a model is an ordinary file.
            tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new OnnxFileException(file, failure + ": " + e, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless; the write has already failed loudly
                }
            }
        }
    }
}
