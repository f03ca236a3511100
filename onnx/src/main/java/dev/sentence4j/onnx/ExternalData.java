package dev.sentence4j.onnx;

import com.google.protobuf.UnsafeByteOperations;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import dev.sentence4j.onnx.proto.Onnx.StringStringEntryProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Initializers kept in a data file beside the graph (onnx.proto's external data: {@code
 * data_location = EXTERNAL} with {@code location}, {@code offset} and {@code length} entries), the
 * layout Hugging Face's exports call {@code model.onnx_data}.
 *
 * <p>Why we write it: ONNX Runtime maps an external data file instead of copying the weights out
 * of the parsed protobuf, so nothing is held twice while a session loads, and table rows a text
 * never uses (most of a 30,522-row word embedding table) need not be resident. all-MiniLM-L6-v2
 * fp32, bare ORT session: RSS after load 181 -> 117 MB, peak during load 209 -> 119 MB; vectors
 * bit-identical (BENCHMARKS.md). Offsets are page-aligned ({@link #ALIGNMENT}).
 *
 * <p>Reading resolves {@code location} against the model's directory and maps the data file;
 * {@link #inline} gives callers that need values (the quantizer, the viewers) an ordinary model
 * whose raw_data are views of that mapping, not copies.
 */
public final class ExternalData {
    /** Initializers with at least this many bytes of raw_data move out; smaller ones stay inline. */
    public static final int MIN_BYTES = 1024;

    /** Each tensor starts at a multiple of this offset in the data file: the page size. */
    public static final int ALIGNMENT = 4096;

    private ExternalData() {}

    /** The data file's name for a model file: {@code model.onnx} -> {@code model.onnx_data}. */
    public static String dataFileName(Path modelFile) {
        return modelFile.getFileName() + "_data";
    }

    /** Whether any initializer of {@code model} keeps its values outside the protobuf. */
    public static boolean isUsedBy(ModelProto model) {
        for (TensorProto t : model.getGraph().getInitializerList()) {
            if (isExternal(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isExternal(TensorProto t) {
        return t.getDataLocation() == TensorProto.DataLocation.EXTERNAL || t.getExternalDataCount() > 0;
    }

    /**
     * {@code model} (read from {@code modelFile}) with every external initializer's values as
     * raw_data: read-only views of the mapped data files. A missing data file, a location outside
     * the model's directory, or a range past the file's end is an {@link OnnxFileException} naming
     * the initializer.
     */
    public static ModelProto inline(Path modelFile, ModelProto model) {
        if (!isUsedBy(model)) {
            return model;
        }
        Path dir = modelFile.toAbsolutePath().getParent();
        Map<String, ByteBuffer> mapped = new HashMap<>();
        ModelProto.Builder b = model.toBuilder();
        var g = b.getGraphBuilder();
        for (int i = 0; i < g.getInitializerCount(); i++) {
            TensorProto t = g.getInitializer(i);
            if (!isExternal(t)) {
                continue;
            }
            Map<String, String> entries = new HashMap<>();
            for (StringStringEntryProto e : t.getExternalDataList()) {
                entries.put(e.getKey(), e.getValue());
            }
            String location = entries.get("location");
            String what = "initializer \"" + t.getName() + "\" keeps its values in external data";
            if (location == null || location.isEmpty()) {
                throw new OnnxFileException(modelFile, what + " but names no location");
            }
            Path data = dir.resolve(location).normalize();
            if (!data.startsWith(dir) || Path.of(location).isAbsolute()) {
                throw new OnnxFileException(modelFile, what + " at \"" + location
                        + "\": expected a file inside the model's directory " + dir);
            }
            ByteBuffer file = mapped.computeIfAbsent(location, l -> map(modelFile, data, what));
            long offset = number(modelFile, entries, "offset", 0, what);
            long length = number(modelFile, entries, "length", file.capacity() - offset, what);
            if (offset < 0 || length < 0 || offset + length > file.capacity()) {
                throw new OnnxFileException(modelFile, what + " bytes [" + offset + ", " + (offset + length)
                        + ") of " + data + ", which has " + file.capacity() + " bytes");
            }
            ByteBuffer slice = file.slice((int) offset, (int) length);
            g.setInitializer(i, t.toBuilder().clearExternalData().clearDataLocation()
                    .setRawData(UnsafeByteOperations.unsafeWrap(slice)).build());
        }
        return b.build();
    }

    /**
     * Writes {@code model} as {@code file} plus {@code file}_data: every initializer with at least
     * {@link #MIN_BYTES} of raw_data moves to the data file, page-aligned. Both are written to
     * temporary siblings first and renamed, the data file before the graph that names it.
     */
    public static void write(ModelProto model, Path file) {
        String dataName = dataFileName(file);
        Path data = file.toAbsolutePath().resolveSibling(dataName);
        ModelProto.Builder b = model.toBuilder();
        var g = b.getGraphBuilder();
        OnnxFiles.writeAtomically(data, out -> {
            long at = 0;
            for (int i = 0; i < g.getInitializerCount(); i++) {
                TensorProto t = g.getInitializer(i);
                if (isExternal(t) || t.getRawData().size() < MIN_BYTES) {
                    continue;
                }
                long pad = (ALIGNMENT - at % ALIGNMENT) % ALIGNMENT;
                out.write(new byte[(int) pad]);
                at += pad;
                t.getRawData().writeTo(out);
                g.setInitializer(i, t.toBuilder().clearRawData()
                        .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                        .addExternalData(entry("location", dataName))
                        .addExternalData(entry("offset", Long.toString(at)))
                        .addExternalData(entry("length", Long.toString(t.getRawData().size())))
                        .build());
                at += t.getRawData().size();
            }
        }, "cannot write the external data file of " + file.getFileName());
        OnnxFiles.write(b.build(), file);
    }

    /** Bytes of {@code modelFile} and of the external data file beside it, if there is one. */
    public static long sizeWithData(Path modelFile) throws IOException {
        Path data = modelFile.toAbsolutePath().resolveSibling(dataFileName(modelFile));
        return Files.size(modelFile) + (Files.isRegularFile(data) ? Files.size(data) : 0);
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static ByteBuffer map(Path modelFile, Path data, String what) {
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new OnnxFileException(modelFile, what + " in " + data + ", which is " + ch.size()
                        + " bytes; at most 2 GiB is supported");
            }
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new OnnxFileException(modelFile, what + " in " + data + ", which does not exist", e);
        } catch (IOException e) {
            throw new OnnxFileException(modelFile, what + " in " + data + ", which cannot be read: " + e, e);
        }
    }

    private static long number(Path modelFile, Map<String, String> entries, String key, long absent, String what) {
        String v = entries.get(key);
        if (v == null) {
            return absent;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new OnnxFileException(modelFile, what + ": expected a number for \"" + key + "\", found \"" + v + "\"");
        }
    }
}
