package dev.sentence4j.core.runtime;

import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a transformer graph's embedding tables, read from the ONNX file itself, since ONNX
 * Runtime's Java API does not show initializers: the word table is the data of the Gather whose
 * indices are the {@code input_ids} input (through a Cast or DequantizeLinear at most), the
 * position table the Gather data named {@code *position_embeddings*} (optimum's exports of BERT,
 * RoBERTa, MPNet..., quantized ones with a {@code _quantized} suffix). -1 where not found.
 *
 * <p>A minimal protobuf walk over the memory-mapped file (onnx.proto3: ModelProto.graph = 7;
 * GraphProto.node = 1, .initializer = 5; NodeProto.input = 1, .output = 2, .op_type = 4;
 * TensorProto.dims = 1, .name = 8); tensor bytes are skipped, never copied.
 *
 * @param wordRows     the word table's rows: ids must be below it
 * @param positionRows the position table's rows
 * @param hidden       the word table's width (the hidden size), -1 when unknown
 */
public record EmbeddingTables(int wordRows, int positionRows, int hidden) {

    static final EmbeddingTables UNKNOWN = new EmbeddingTables(-1, -1, -1);

    private record Node(String op, List<String> inputs, List<String> outputs) {
    }

    /** Reads {@code file}; an ONNX file too large to map or that is not a graph gives {@link #UNKNOWN}. */
    public static EmbeddingTables read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                return UNKNOWN; // protobuf itself stops at 2 GB; larger models keep tensors outside
            }
            MappedByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            return parse(buf);
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read the ONNX file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return UNKNOWN; // ORT has already parsed it; a layout we do not follow only skips the checks
        }
    }

    static EmbeddingTables parse(ByteBuffer b) {
        Map<String, long[]> dims = new HashMap<>();
        Map<String, Node> producers = new HashMap<>();
        List<Node> gathers = new ArrayList<>();
        Protobuf model = new Protobuf(b, 0, b.limit());
        while (model.next()) {
            if (model.field() != 7 || !model.isBytes()) {
                continue;
            }
            Protobuf graph = model.message();
            while (graph.next()) {
                if (graph.field() == 1 && graph.isBytes()) {
                    Node n = node(graph.message());
                    n.outputs().forEach(o -> producers.put(o, n));
                    if (n.op().equals("Gather") && n.inputs().size() == 2) {
                        gathers.add(n);
                    }
                } else if (graph.field() == 5 && graph.isBytes()) {
                    tensor(graph.message(), dims);
                }
            }
        }
        int wordRows = -1;
        int hidden = -1;
        int positionRows = -1;
        for (Node g : gathers) {
            long[] table = dims.get(source(g.inputs().get(0), producers));
            if (table == null || table.length != 2) {
                continue;
            }
            if ("input_ids".equals(source(g.inputs().get(1), producers))) {
                wordRows = (int) table[0];
                hidden = (int) table[1];
            } else if (g.inputs().get(0).contains("position_embeddings")) {
                positionRows = (int) table[0];
            }
        }
        return new EmbeddingTables(wordRows, positionRows, hidden);
    }

    /** Follows a value back through Cast / DequantizeLinear to the initializer or graph input it comes from. */
    private static String source(String value, Map<String, Node> producers) {
        for (int hops = 0; hops < 3; hops++) {
            Node p = producers.get(value);
            if (p == null || p.inputs().isEmpty() || !(p.op().equals("Cast") || p.op().equals("DequantizeLinear"))) {
                return value;
            }
            value = p.inputs().get(0);
        }
        return value;
    }

    private static Node node(Protobuf n) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        String op = "";
        while (n.next()) {
            switch (n.field()) {
                case 1 -> in.add(n.string());
                case 2 -> out.add(n.string());
                case 4 -> op = n.string();
                default -> { }
            }
        }
        return new Node(op, in, out);
    }

    private static void tensor(Protobuf t, Map<String, long[]> out) {
        List<Long> dims = new ArrayList<>();
        String name = null;
        while (t.next()) {
            if (t.field() == 1 && t.isBytes()) { // packed dims
                Protobuf packed = t.message();
                while (packed.hasMore()) {
                    dims.add(packed.varint());
                }
            } else if (t.field() == 1) {
                dims.add(t.value());
            } else if (t.field() == 8) {
                name = t.string();
            }
        }
        if (name != null) {
            out.put(name, dims.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /** Reads protobuf fields from a slice of a buffer: {@link #next} then field, value or message. */
    private static final class Protobuf {
        private final ByteBuffer b;
        private int pos;
        private final int end;
        private int field;
        private int wire;
        private long value; // a varint value, or the length of a bytes field
        private int start;  // where a bytes field's content starts

        Protobuf(ByteBuffer b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        boolean hasMore() {
            return pos < end;
        }

        boolean next() {
            if (pos >= end) {
                return false;
            }
            long key = varint();
            field = (int) (key >>> 3);
            wire = (int) (key & 7);
            switch (wire) {
                case 0 -> value = varint();
                case 1 -> pos += 8;
                case 5 -> pos += 4;
                case 2 -> {
                    value = varint();
                    start = pos;
                    pos = Math.addExact(pos, Math.toIntExact(value));
                }
                default -> throw new IllegalStateException("unsupported protobuf wire type " + wire);
            }
            if (pos > end) {
                throw new IllegalStateException("protobuf field runs past its message");
            }
            return true;
        }

        int field() {
            return field;
        }

        boolean isBytes() {
            return wire == 2;
        }

        long value() {
            return value;
        }

        Protobuf message() {
            return new Protobuf(b, start, pos);
        }

        String string() {
            byte[] bytes = new byte[(int) value];
            b.get(start, bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        long varint() {
            long r = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte c = b.get(pos++);
                r |= (long) (c & 0x7F) << shift;
                if (c >= 0) {
                    return r;
                }
            }
            throw new IllegalStateException("malformed varint");
        }
    }
}
