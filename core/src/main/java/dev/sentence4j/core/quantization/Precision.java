package dev.sentence4j.core.quantization;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Output precisions of ST's quantize_embeddings, named as ST spells them. */
public enum Precision {
    FLOAT32("float32"),
    INT8("int8"),
    UINT8("uint8"),
    BINARY("binary"),
    UBINARY("ubinary");

    private final String stName;

    Precision(String stName) {
        this.stName = stName;
    }

    public String stName() {
        return stName;
    }

    public static Optional<Precision> fromName(String name) {
        return Arrays.stream(values()).filter(p -> p.stName.equals(name)).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Precision::stName).collect(Collectors.joining(", "));
    }

    /** Whether values are read as unsigned bytes (uint8, ubinary). */
    public boolean unsigned() {
        return this == UINT8 || this == UBINARY;
    }

    /** Bytes per row for a {@code dimension}-wide float vector. */
    public int bytesPerRow(int dimension) {
        return switch (this) {
            case FLOAT32 -> dimension * Float.BYTES;
            case INT8, UINT8 -> dimension;
            case BINARY, UBINARY -> (dimension + 7) / 8;
        };
    }
}
