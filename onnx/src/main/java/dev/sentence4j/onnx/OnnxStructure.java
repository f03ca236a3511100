package dev.sentence4j.onnx;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads an ONNX model's structure without its weights: every field as {@link OnnxFiles#read}
 * gives it, except that the graph's initializers keep only their name, dims and data type. For a
 * loader that only looks at the graph (which ops, how large the embedding tables are) next to
 * ONNX Runtime's own copy of the weights: {@code OnnxFiles.read} copies the whole file onto the
 * heap when protobuf cannot read the mapped file in place (no Unsafe on recent JDKs), which for a
 * 90 MB model was 87 MB of garbage at every load. Streams the file once, skipping the weights.
 */
public final class OnnxStructure {
    // onnx.proto field numbers
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INITIALIZER = 5;
    /** TensorProto fields that hold values: float_data, int32_data, string_data, int64_data, raw_data,
     * double_data, uint64_data, external_data, data_location. */
    private static final Set<Integer> TENSOR_VALUES = Set.of(4, 5, 6, 7, 9, 10, 11, 13, 14);

    private OnnxStructure() {}

    public static ModelProto read(Path file) {
        ModelProto model;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CodedInputStream cis = CodedInputStream.newInstance(in);
            cis.setSizeLimit(Integer.MAX_VALUE);
            ByteString.Output rest = ByteString.newOutput();
            CodedOutputStream restOut = CodedOutputStream.newInstance(rest);
            GraphProto.Builder graph = null;
            for (int tag = cis.readTag(); tag != 0; tag = cis.readTag()) {
                if (WireFormat.getTagFieldNumber(tag) == MODEL_GRAPH
                        && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    int limit = cis.pushLimit(cis.readRawVarint32());
                    GraphProto g = graph(cis);
                    cis.popLimit(limit);
                    graph = graph == null ? g.toBuilder() : graph.mergeFrom(g); // protobuf merges repeated fields
                } else {
                    cis.skipField(tag, restOut);
                }
            }
            restOut.flush();
            ModelProto.Builder b = ModelProto.parseFrom(rest.toByteString()).toBuilder();
            if (graph != null) {
                b.setGraph(graph);
            }
            model = b.build();
        } catch (IOException e) {
            throw OnnxFiles.readFailure(file, e);
        }
        return OnnxFiles.requireGraph(file, model);
    }

    private static GraphProto graph(CodedInputStream cis) throws IOException {
        ByteString.Output rest = ByteString.newOutput();
        CodedOutputStream restOut = CodedOutputStream.newInstance(rest);
        GraphProto.Builder initializers = GraphProto.newBuilder();
        for (int tag = cis.readTag(); tag != 0; tag = cis.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) == GRAPH_INITIALIZER
                    && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int limit = cis.pushLimit(cis.readRawVarint32());
                initializers.addInitializer(tensorWithoutValues(cis));
                cis.popLimit(limit);
            } else {
                cis.skipField(tag, restOut);
            }
        }
        restOut.flush();
        // Initializers first, as they came: field order within a message does not matter to protobuf.
        return GraphProto.newBuilder().addAllInitializer(initializers.getInitializerList())
                .mergeFrom(rest.toByteString()).build();
    }

    private static TensorProto tensorWithoutValues(CodedInputStream cis) throws IOException {
        ByteString.Output kept = ByteString.newOutput();
        CodedOutputStream keptOut = CodedOutputStream.newInstance(kept);
        for (int tag = cis.readTag(); tag != 0; tag = cis.readTag()) {
            if (TENSOR_VALUES.contains(WireFormat.getTagFieldNumber(tag))) {
                cis.skipField(tag);
            } else {
                cis.skipField(tag, keptOut);
            }
        }
        keptOut.flush();
        return TensorProto.parseFrom(kept.toByteString());
    }
}
