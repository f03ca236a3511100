package dev.sentence4j.viz.onnx;

import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over an ONNX file that keeps the graph's nodes, input names and where each
 * initializer's values are, but not the values: ModelProto.graph (7) -> GraphProto.node (1),
 * .initializer (5), .input (11); TensorProto.dims (1), .data_type (2), .float_data (4),
 * .int32_data (5), .name (8), .raw_data (9), .external_data (13), .data_location (14). Field
 * numbers are those of onnx/onnx.proto3. Everything else is skipped unread.
 *
 * @param initializers by name, in file order
 */
public record OnnxGraphScan(Path file, List<OnnxNode> nodes, Map<String, OnnxTensorRef> initializers,
        List<String> graphInputs) {
    public OnnxGraphScan {
        nodes = List.copyOf(nodes);
        initializers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(initializers));
        graphInputs = List.copyOf(graphInputs);
    }

    public static OnnxGraphScan of(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ProtoInput in = new ProtoInput(ch, file);
            long end = in.size();
            List<OnnxNode> nodes = new ArrayList<>();
            Map<String, OnnxTensorRef> inits = new LinkedHashMap<>();
            List<String> inputs = new ArrayList<>();
            boolean sawGraph = false;
            while (in.before(end)) {
                long key = in.readVarint();
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (field == 7 && wire == ProtoInput.LENGTH_DELIMITED) {
                    long graphEnd = in.readLengthEnd(end);
                    readGraph(in, graphEnd, nodes, inits, inputs);
                    sawGraph = true;
                } else {
                    in.skipField(wire, end);
                }
            }
            if (!sawGraph) {
                throw new ModelLoadException(file, "no graph (ModelProto field 7) found: is this an ONNX model?");
            }
            return new OnnxGraphScan(file, nodes, inits, inputs);
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read ONNX file: " + e, e);
        }
    }

    private static void readGraph(ProtoInput in, long end, List<OnnxNode> nodes, Map<String, OnnxTensorRef> inits,
            List<String> inputs) throws IOException {
        while (in.before(end)) {
            long key = in.readVarint();
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (wire != ProtoInput.LENGTH_DELIMITED) {
                in.skipField(wire, end);
                continue;
            }
            switch (field) {
                case 1 -> nodes.add(readNode(in, in.readLengthEnd(end)));
                case 5 -> {
                    OnnxTensorRef t = readTensor(in, in.readLengthEnd(end));
                    inits.put(t.name(), t);
                }
                case 11 -> inputs.add(readValueInfoName(in, in.readLengthEnd(end)));
                default -> in.skipField(wire, end);
            }
        }
        in.seek(end);
    }

    private static OnnxNode readNode(ProtoInput in, long end) throws IOException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String name = "";
        String opType = "";
        while (in.before(end)) {
            long key = in.readVarint();
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (wire == ProtoInput.LENGTH_DELIMITED && field >= 1 && field <= 4) {
                String s = in.readString(end);
                switch (field) {
                    case 1 -> inputs.add(s);
                    case 2 -> outputs.add(s);
                    case 3 -> name = s;
                    default -> opType = s;
                }
            } else {
                in.skipField(wire, end); // attributes (5), doc_string (6), domain (7)...
            }
        }
        in.seek(end);
        return new OnnxNode(name, opType, inputs, outputs);
    }

    private static String readValueInfoName(ProtoInput in, long end) throws IOException {
        String name = "";
        while (in.before(end)) {
            long key = in.readVarint();
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (field == 1 && wire == ProtoInput.LENGTH_DELIMITED) {
                name = in.readString(end);
            } else {
                in.skipField(wire, end);
            }
        }
        in.seek(end);
        return name;
    }

    private static OnnxTensorRef readTensor(ProtoInput in, long end) throws IOException {
        List<Long> dims = new ArrayList<>();
        int dataType = 0;
        String name = "";
        OnnxTensorRef.Field where = OnnxTensorRef.Field.NONE;
        long offset = -1;
        long length = 0;
        while (in.before(end)) {
            long key = in.readVarint();
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            switch (field) {
                case 1 -> {
                    if (wire == ProtoInput.LENGTH_DELIMITED) { // packed
                        long e = in.readLengthEnd(end);
                        while (in.before(e)) {
                            dims.add(in.readVarint());
                        }
                    } else {
                        dims.add(in.readVarint());
                    }
                }
                case 2 -> dataType = (int) in.readVarint();
                case 8 -> name = in.readString(end);
                case 4, 5, 9 -> {
                    if (wire != ProtoInput.LENGTH_DELIMITED) {
                        // Unpacked repeated scalars: only tiny tensors are written this way; not
                        // an embedding matrix.
                        in.skipField(wire, end);
                        continue;
                    }
                    long e = in.readLengthEnd(end);
                    offset = in.position();
                    length = e - offset;
                    where = field == 9 ? OnnxTensorRef.Field.RAW_DATA
                            : field == 4 ? OnnxTensorRef.Field.FLOAT_DATA : OnnxTensorRef.Field.INT32_DATA;
                    in.seek(e);
                }
                case 13 -> {
                    where = OnnxTensorRef.Field.EXTERNAL;
                    in.skipField(wire, end);
                }
                case 14 -> {
                    if (in.readVarint() == 1) {
                        where = OnnxTensorRef.Field.EXTERNAL;
                    }
                }
                default -> in.skipField(wire, end);
            }
        }
        in.seek(end);
        long[] d = dims.stream().mapToLong(Long::longValue).toArray();
        return new OnnxTensorRef(name, d, dataType, where, offset, length);
    }

    public List<OnnxNode> consumersOf(String value) {
        return nodes.stream().filter(n -> n.inputs().contains(value)).toList();
    }

    public java.util.Optional<OnnxNode> producerOf(String value) {
        return nodes.stream().filter(n -> n.outputs().contains(value)).findFirst();
    }
}
