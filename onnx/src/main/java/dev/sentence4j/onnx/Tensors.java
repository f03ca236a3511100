package dev.sentence4j.onnx;

import com.google.protobuf.ByteString;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto.DataType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Values in and out of {@code TensorProto}s. Values are read from raw_data (little-endian, onnx.proto
 * "raw_data ... MUST be stored in as fixed-width, little-endian order") or from the typed repeated
 * fields (float_data; int32_data, which also carries int8, uint8 and float16 bits; int64_data).
 * Written tensors always use raw_data.
 */
public final class Tensors {
    private Tensors() {}

    /** The number of elements the dims declare. */
    public static long elementCount(TensorProto t) {
        long n = 1;
        for (long d : t.getDimsList()) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    public static long[] dims(TensorProto t) {
        return t.getDimsList().stream().mapToLong(Long::longValue).toArray();
    }

    /** "float32", "int8"... for messages. */
    public static String typeName(int dataType) {
        DataType t = DataType.forNumber(dataType);
        return switch (t == null ? DataType.UNDEFINED : t) {
            case FLOAT -> "float32";
            case FLOAT16 -> "float16";
            case UINT8 -> "uint8";
            case INT8 -> "int8";
            case INT32 -> "int32";
            case INT64 -> "int64";
            default -> t == null ? "data_type " + dataType : t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** "name float32[30522, 384]" for messages. */
    public static String describe(TensorProto t) {
        return t.getName() + " " + typeName(t.getDataType()) + Arrays.toString(dims(t));
    }

    /**
     * The values as float: float32 and float16 as they are, integer types converted value by value (no
     * dequantization). {@code file} names the model in errors.
     */
    public static float[] toFloats(Path file, TensorProto t) {
        int n = checkedCount(file, t);
        float[] out = new float[n];
        if (ExternalData.isExternal(t)) {
            throw new OnnxFileException(file, "initializer \"" + t.getName() + "\" keeps its values in an external "
                    + "data file, which is not supported; expected them inside the .onnx file");
        }
        DataType type = DataType.forNumber(t.getDataType());
        if (type == null) {
            throw unsupported(file, t);
        }
        if (t.hasRawData()) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            int width = switch (type) {
                case FLOAT, INT32 -> 4;
                case FLOAT16 -> 2;
                case INT8, UINT8 -> 1;
                case INT64 -> 8;
                default -> throw unsupported(file, t);
            };
            if (raw.remaining() != (long) n * width) {
                throw new OnnxFileException(file, "initializer " + describe(t) + ": expected " + (long) n * width
                        + " bytes of raw_data, found " + raw.remaining());
            }
            for (int i = 0; i < n; i++) {
                out[i] = switch (type) {
                    case FLOAT -> raw.getFloat();
                    case INT32 -> raw.getInt();
                    case FLOAT16 -> Float.float16ToFloat(raw.getShort());
                    case INT8 -> raw.get();
                    case UINT8 -> raw.get() & 0xff;
                    default -> raw.getLong();
                };
            }
            return out;
        }
        int found = switch (type) {
            case FLOAT -> t.getFloatDataCount();
            case INT32, INT8, UINT8, FLOAT16 -> t.getInt32DataCount();
            case INT64 -> t.getInt64DataCount();
            default -> throw unsupported(file, t);
        };
        if (found != n) {
            throw new OnnxFileException(file, "initializer " + describe(t) + ": expected " + n + " values, found "
                    + found);
        }
        for (int i = 0; i < n; i++) {
            out[i] = switch (type) {
                case FLOAT -> t.getFloatData(i);
                case FLOAT16 -> Float.float16ToFloat((short) t.getInt32Data(i));
                case UINT8 -> t.getInt32Data(i) & 0xff;
                case INT64 -> t.getInt64Data(i);
                default -> t.getInt32Data(i); // int8, int32: stored sign-extended
            };
        }
        return out;
    }

    private static int checkedCount(Path file, TensorProto t) {
        long n = elementCount(t);
        if (n > Integer.MAX_VALUE - 8) {
            throw new OnnxFileException(file, "initializer " + describe(t) + " has " + n
                    + " elements, more than a Java array holds");
        }
        return (int) n;
    }

    private static OnnxFileException unsupported(Path file, TensorProto t) {
        return new OnnxFileException(file, "initializer " + describe(t)
                + ": supported types are float32, float16, int8, uint8, int32, int64");
    }

    public static TensorProto ofFloats(String name, long[] dims, float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return raw(name, DataType.FLOAT, dims, values.length, b);
    }

    /** int8 values, one per byte. */
    public static TensorProto ofInt8(String name, long[] dims, byte[] values) {
        return raw(name, DataType.INT8, dims, values.length, ByteBuffer.wrap(values));
    }

    /** uint8 values, one per byte (a byte's bits, read as 0..255). */
    public static TensorProto ofUint8(String name, long[] dims, byte[] values) {
        return raw(name, DataType.UINT8, dims, values.length, ByteBuffer.wrap(values));
    }

    public static TensorProto ofInt32(String name, long[] dims, int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return raw(name, DataType.INT32, dims, values.length, b);
    }

    public static TensorProto ofInt64(String name, long[] dims, long[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(values);
        return raw(name, DataType.INT64, dims, values.length, b);
    }

    public static TensorProto scalarFloat(String name, float value) {
        return ofFloats(name, new long[0], new float[] {value});
    }

    public static TensorProto scalarUint8(String name, int value) {
        return ofUint8(name, new long[0], new byte[] {(byte) value});
    }

    private static TensorProto raw(String name, DataType type, long[] dims, int count, ByteBuffer bytes) {
        long declared = 1;
        for (long d : dims) {
            declared *= d;
        }
        if (declared != count) {
            throw new IllegalArgumentException("tensor " + name + ": dims " + Arrays.toString(dims) + " hold "
                    + declared + " values, given " + count);
        }
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(type.getNumber());
        for (long d : dims) {
            t.addDims(d);
        }
        return t.setRawData(ByteString.copyFrom(bytes.rewind())).build();
    }
}
