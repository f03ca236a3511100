package dev.sentence4j.quantize;

import dev.sentence4j.onnx.proto.Onnx.AttributeProto;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import java.util.List;

/** NodeProto and AttributeProto builders for the rewritten graph. */
final class Nodes {
    static final String MICROSOFT = "com.microsoft";

    private Nodes() {}

    static NodeProto.Builder node(String opType, String name, List<String> inputs, String output) {
        return NodeProto.newBuilder().setOpType(opType).setName(name).addAllInput(inputs).addOutput(output);
    }

    static AttributeProto intAttr(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value)
                .build();
    }

    static AttributeProto intsAttr(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }
}
