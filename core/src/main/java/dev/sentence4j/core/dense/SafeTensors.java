package dev.sentence4j.core.dense;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal reader of the safetensors format (https://github.com/huggingface/safetensors):
 * 8 bytes little-endian header length N, N bytes of JSON header
 * {@code {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {...}}}, then the
 * tensor bytes (little-endian), offsets relative to the end of the header. F32, F16 and BF16 are
 * read as float.
 */
public final class SafeTensors {
    private static final long MAX_HEADER = 100L * 1024 * 1024;

    /** One tensor, as floats. {@code data} is row-major {@code [prod(shape)]}. */
    public record Tensor(String dtype, long[] shape, float[] data) {}

    private SafeTensors() {}

    public static Map<String, Tensor> read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                throw new ModelLoadException(file, "not a safetensors file: " + size + " bytes, expected at least 8");
            }
            ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, 0);
            long headerLen = lenBuf.flip().getLong();
            if (headerLen <= 0 || headerLen > MAX_HEADER || 8 + headerLen > size) {
                throw new ModelLoadException(file, "not a safetensors file: header length " + headerLen
                        + " does not fit in a file of " + size + " bytes");
            }
            ByteBuffer headerBuf = ByteBuffer.allocate((int) headerLen);
            readFully(ch, headerBuf, 8);
            JsonNode header = new ObjectMapper().readTree(new String(headerBuf.array(), StandardCharsets.UTF_8));
            long dataStart = 8 + headerLen;
            long claimed = dataStart;
            for (Map.Entry<String, JsonNode> e : header.properties()) {
                long end = e.getValue().path("data_offsets").path(1).asLong(-1);
                if (!e.getKey().equals("__metadata__") && end > 0) {
                    claimed = Math.max(claimed, dataStart + end);
                }
            }
            if (claimed > size) {
                throw new ModelLoadException(file, "the file is " + size + " bytes, shorter than the " + claimed
                        + " bytes its header claims: truncated (an interrupted download or copy?)");
            }
            Map<String, Tensor> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : header.properties()) {
                if (e.getKey().equals("__metadata__")) {
                    continue;
                }
                out.put(e.getKey(), readTensor(ch, file, e.getKey(), e.getValue(), dataStart, size));
            }
            return out;
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read safetensors: " + e, e);
        }
    }

    private static Tensor readTensor(FileChannel ch, Path file, String name, JsonNode info, long dataStart, long size)
            throws IOException {
        String dtype = info.path("dtype").asText();
        JsonNode shapeNode = info.path("shape");
        long[] shape = new long[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asLong();
            count *= shape[i];
        }
        int width = switch (dtype) {
            case "F32" -> 4;
            case "F16", "BF16" -> 2;
            default -> throw new ModelLoadException(file, "tensor \"" + name + "\": dtype " + dtype
                    + " is not supported; supported: F32, F16, BF16");
        };
        long begin = info.path("data_offsets").path(0).asLong(-1);
        long end = info.path("data_offsets").path(1).asLong(-1);
        if (begin < 0 || end - begin != count * width || dataStart + end > size) {
            throw new ModelLoadException(file, "tensor \"" + name + "\": data_offsets [" + begin + ", " + end
                    + "] do not match shape " + java.util.Arrays.toString(shape) + " of " + dtype);
        }
        ByteBuffer buf = ByteBuffer.allocate((int) (end - begin)).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, buf, dataStart + begin);
        buf.flip();
        float[] data = new float[(int) count];
        for (int i = 0; i < data.length; i++) {
            data[i] = switch (dtype) {
                case "F32" -> buf.getFloat();
                case "F16" -> Float.float16ToFloat(buf.getShort());
                default -> Float.intBitsToFloat((buf.getShort() & 0xffff) << 16); // BF16
            };
        }
        return new Tensor(dtype, shape, data);
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new IOException("unexpected end of file at byte " + pos);
            }
            pos += n;
        }
    }
}
