package dev.sentence4j.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.sentence4j.onnx.proto.Onnx;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightStorageTest {

    @Test
    void vnniFlagsChooseInt8AndOtherX86FlagsUint8() {
        assertThat(WeightStorage.forFlags("flags\t\t: fpu sse2 avx2 fma avx512f avx512_vnni avx512_bf16"))
                .isEqualTo(WeightStorage.INT8);
        assertThat(WeightStorage.forFlags("flags : fpu avx2 avx_vnni")).isEqualTo(WeightStorage.INT8);
        assertThat(WeightStorage.forFlags("flags\t\t: fpu sse4_2 avx f16c sse4a avx2 fma")).isEqualTo(WeightStorage.UINT8);
        assertThat(WeightStorage.forFlags("flags : avx512_vnnix")).isEqualTo(WeightStorage.UINT8); // whole words only
    }

    @Test
    void uint8StorageHoldsQPlus128WithAZeroPointOf128() {
        TensorProto t = WeightStorage.UINT8.tensor("L", 1, 3, new byte[] {-127, 0, 127});
        assertThat(t.getDataType()).isEqualTo(TensorProto.DataType.UINT8_VALUE);
        assertThat(t.getRawData().toByteArray()).containsExactly(1, (byte) 128, (byte) 255);
        assertThat(WeightStorage.UINT8.zeroPoint().orElseThrow().getRawData().toByteArray()).containsExactly((byte) 128);
        assertThat(WeightStorage.INT8.tensor("L", 1, 3, new byte[] {-127, 0, 127}).getRawData().toByteArray())
                .containsExactly(-127, 0, 127);
        assertThat(WeightStorage.INT8.zeroPoint()).isEmpty();
    }

    /**
     * Activations of 255 times weights of 127 over K = 64: each product 32,385, so two of them pass
     * int16's 32,767 (the pair a u8 x s8 kernel without VNNI adds before widening). By hand: 64 *
     * 255 * 127 = 2,072,640. The uint8 storage must give it exactly on every CPU.
     */
    @Test
    void uint8StorageGivesTheExactProductWhereAPairOfProductsPassesInt16() throws Exception {
        int k = 64;
        byte[] a = new byte[k];
        java.util.Arrays.fill(a, (byte) 255);
        byte[] q = new byte[k];
        java.util.Arrays.fill(q, (byte) 127);
        List<TensorProto> inits = new ArrayList<>();
        inits.add(WeightStorage.UINT8.tensor("L", k, 1, q));
        inits.add(WeightStorage.UINT8.zeroPoint().orElseThrow());
        inits.add(dev.sentence4j.onnx.Tensors.scalarUint8("a_zero", 0));
        Onnx.ModelProto model = Onnx.ModelProto.newBuilder().setIrVersion(8)
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setVersion(14))
                .setGraph(Onnx.GraphProto.newBuilder().setName("g")
                        .addInput(valueInfo("a", TensorProto.DataType.UINT8_VALUE, 1, k))
                        .addAllInitializer(inits)
                        .addNode(Onnx.NodeProto.newBuilder().setOpType("MatMulInteger").addInput("a")
                                .addInput("L/W_uint8").addInput("a_zero").addInput(WeightStorage.ZERO_POINT_128)
                                .addOutput("y"))
                        .addOutput(valueInfo("y", TensorProto.DataType.INT32_VALUE, 1, 1)))
                .build();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(model.toByteArray(), new OrtSession.SessionOptions());
             OnnxTensor in = OnnxTensor.createTensor(env, ByteBuffer.wrap(a), new long[] {1, k},
                     ai.onnxruntime.OnnxJavaType.UINT8);
             OrtSession.Result r = s.run(Map.of("a", in))) {
            int[][] y = (int[][]) r.get(0).getValue();
            assertThat(y[0][0]).isEqualTo(2_072_640);
        }
    }

    private static Onnx.ValueInfoProto valueInfo(String name, int type, long... dims) {
        Onnx.TensorShapeProto.Builder shape = Onnx.TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(Onnx.TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return Onnx.ValueInfoProto.newBuilder().setName(name).setType(Onnx.TypeProto.newBuilder()
                .setTensorType(Onnx.TypeProto.Tensor.newBuilder().setElemType(type).setShape(shape))).build();
    }
}
