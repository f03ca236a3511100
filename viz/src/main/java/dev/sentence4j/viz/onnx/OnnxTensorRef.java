package dev.sentence4j.viz.onnx;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where an initializer's values lie in the file, without the values themselves.
 *
 * @param dims     TensorProto.dims
 * @param dataType TensorProto.DataType (1 FLOAT, 2 UINT8, 3 INT8, 6 INT32, 7 INT64, 10 FLOAT16)
 * @param field    which TensorProto field holds the values
 * @param offset   file offset of the field's payload (after its length prefix)
 * @param length   payload length in bytes
 */
public record OnnxTensorRef(String name, long[] dims, int dataType, Field field, long offset, long length) {
    public static final int FLOAT = 1;
    public static final int UINT8 = 2;
    public static final int INT8 = 3;
    public static final int INT32 = 6;
    public static final int INT64 = 7;
    public static final int FLOAT16 = 10;

    /** The TensorProto field carrying the values. */
    public enum Field {
        /** raw_data (9): little-endian values of dataType */
        RAW_DATA,
        /** float_data (4): packed float32 */
        FLOAT_DATA,
        /** int32_data (5): packed varints (also used for int8, uint8, float16 bits) */
        INT32_DATA,
        /** external_data / data_location EXTERNAL: values live in another file */
        EXTERNAL,
        /** no values found */
        NONE
    }

    public OnnxTensorRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(field, "field");
    }

    public long elementCount() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    public static String typeName(int dataType) {
        return switch (dataType) {
            case FLOAT -> "float32";
            case UINT8 -> "uint8";
            case INT8 -> "int8";
            case INT32 -> "int32";
            case INT64 -> "int64";
            case FLOAT16 -> "float16";
            default -> "data_type " + dataType;
        };
    }

    @Override
    public String toString() {
        return name + " " + typeName(dataType) + Arrays.toString(dims) + " (" + field + ")";
    }
}
