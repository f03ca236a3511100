package dev.sentence4j.quantize;

import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the int8 weights q in [-127, 127] of {@link WeightQuantization#perColumn} are stored for
 * ONNX Runtime's integer GEMMs (MatMulInteger, MatMulIntegerToFloat). Both give the same exact
 * integer products; they differ in which of ORT's x86 kernels runs:
 * <ul>
 *   <li>{@link #INT8}: int8 weights, uint8 activations (ORT's "U8S8"). With AVX-512 VNNI or AVX-VNNI
 *       the kernel accumulates u8 x s8 in int32 (vpdpbusd): exact and fastest. Without VNNI, ORT
 *       uses vpmaddubsw, which adds two u8 x s8 products into a saturating int16, so large
 *       activations meet large weights and the sum is clamped: measured on an AVX2-only AMD EPYC,
 *       all-MiniLM-L6-v2's static int8 fell to STS-B 0.8169 (0.8190 on a VNNI machine).
 *   <li>{@link #UINT8}: q + 128 as uint8 with a weight zero point of 128 (ORT's "U8U8"), which ORT
 *       computes with 16-bit products summed in int32, exact on every x86 CPU.
 * </ul>
 * ORT's own quantization guide names the same problem and these two ways out ("reduce_range" is
 * the third: 7-bit weights, which costs every machine precision). Arm CPUs have no such kernel.
 */
enum WeightStorage {
    INT8,
    UINT8;

    /** The weight zero point of {@link #UINT8}, one scalar shared by every layer. */
    static final String ZERO_POINT_128 = "s4jq_weight_zero_point_128";

    /**
     * {@link #INT8} where it is exact and fast (not x86, or an x86 CPU whose flags in /proc/cpuinfo
     * list avx512_vnni or avx_vnni), else {@link #UINT8}: an x86 CPU without VNNI, or one whose flags
     * cannot be read (not Linux).
     */
    static WeightStorage forThisMachine() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!arch.equals("amd64") && !arch.equals("x86_64") && !arch.equals("x86")) {
            return INT8;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return forFlags(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unreadable: fall through to the choice that is exact everywhere
        }
        return UINT8;
    }

    /** The choice for one /proc/cpuinfo "flags" line of an x86 CPU. */
    static WeightStorage forFlags(String flagsLine) {
        for (String flag : flagsLine.substring(flagsLine.indexOf(':') + 1).trim().split("\\s+")) {
            if (flag.equals("avx512_vnni") || flag.equals("avx_vnni")) {
                return INT8;
            }
        }
        return UINT8;
    }

    /** The weight tensor {@code [k, n]} holding {@code q} in this storage. */
    TensorProto tensor(String layerPrefix, int k, int n, byte[] q) {
        if (this == INT8) {
            return Tensors.ofInt8(layerPrefix + "/W_int8", new long[] {k, n}, q);
        }
        byte[] shifted = new byte[q.length];
        for (int i = 0; i < q.length; i++) {
            shifted[i] = (byte) (q[i] + 128);
        }
        return Tensors.ofUint8(layerPrefix + "/W_uint8", new long[] {k, n}, shifted);
    }

    /** The weight zero point initializer the GEMM reads, if this storage has one. */
    Optional<TensorProto> zeroPoint() {
        return this == INT8 ? Optional.empty() : Optional.of(Tensors.scalarUint8(ZERO_POINT_128, 128));
    }

    /** A layer's initializers {@code own}, plus the shared weight zero point where this storage has one. */
    List<TensorProto> withZeroPoint(TensorProto... own) {
        List<TensorProto> out = new ArrayList<>(List.of(own));
        zeroPoint().ifPresent(out::add);
        return out;
    }

    /** MatMulInteger's inputs: A, B, A's zero point, and B's zero point where this storage has one. */
    List<String> matMulIntegerInputs(String a, TensorProto weight, String aZeroPoint) {
        return this == INT8 ? List.of(a, weight.getName(), aZeroPoint)
                : List.of(a, weight.getName(), aZeroPoint, ZERO_POINT_128);
    }

    /** The GEMM's b_zero_point input: the shared zero point, or "" (none) for int8. */
    String zeroPointInput() {
        return this == INT8 ? "" : ZERO_POINT_128;
    }
}
