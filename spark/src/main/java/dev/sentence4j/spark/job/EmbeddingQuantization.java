package dev.sentence4j.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;

import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizationRanges;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Quantizes an {@code array<float>} embedding column as sentence-transformers'
 * {@code quantize_embeddings} does (core's {@link dev.sentence4j.core.quantization.Quantizer}).
 *
 * <p>int8/uint8 scale each dimension by its min and max. ST takes them from all the embeddings it
 * was given in one call; the job's "one call" is the whole dataset, so {@link #ranges} aggregates
 * them over every row (one extra pass over the cached embeddings). Per-partition ranges would make
 * a row's codes depend on which rows share its partition. binary/ubinary are per row and need no
 * ranges.
 *
 * <p>Column types: int8 and binary are Spark {@code tinyint} (signed bytes, as ST's int8 arrays);
 * uint8 and ubinary are {@code smallint} holding 0..255, since Spark has no unsigned byte.
 */
public final class EmbeddingQuantization {
    private EmbeddingQuantization() {}

    /** The element type of the quantized column. */
    public static DataType elementType(Precision precision) {
        return switch (precision) {
            case FLOAT32 -> DataTypes.FloatType;
            case INT8, BINARY -> DataTypes.ByteType;
            case UINT8, UBINARY -> DataTypes.ShortType;
        };
    }

    /** Whether {@code precision} scales by per-dimension ranges (int8, uint8). */
    public static boolean needsRanges(Precision precision) {
        return precision == Precision.INT8 || precision == Precision.UINT8;
    }

    /**
     * Column-wise min and max of {@code column} over every non-null row, or null when no row has
     * a vector. Spark aggregates per partition before the shuffle, so only
     * {@code partitions * dimension} values move.
     */
    public static QuantizationRanges ranges(Dataset<Row> df, String column, int dimension) {
        List<Row> rows = df.select(posexplode(col(column))).groupBy("pos").agg(min("col"), max("col")).collectAsList();
        if (rows.isEmpty()) {
            return null;
        }
        if (rows.size() != dimension) {
            throw new IllegalStateException("embedding column \"" + column + "\" has " + rows.size()
                    + " dimensions over all rows, the model has " + dimension);
        }
        float[] lo = new float[dimension];
        float[] hi = new float[dimension];
        Arrays.fill(lo, Float.NaN);
        for (Row r : rows) {
            int d = r.getInt(0);
            lo[d] = r.getFloat(1);
            hi[d] = r.getFloat(2);
        }
        return new QuantizationRanges(lo, hi);
    }

    /**
     * {@code df} with {@code column} replaced by its quantized vectors.
     *
     * @param ranges required for int8/uint8 (see {@link #ranges}); ignored for binary precisions
     */
    public static Dataset<Row> quantize(Dataset<Row> df, String column, Precision precision, QuantizationRanges ranges) {
        if (precision == Precision.FLOAT32) {
            return df;
        }
        StructType schema = df.schema();
        int index = schema.fieldIndex(column);
        StructField[] fields = schema.fields().clone();
        fields[index] = new StructField(column, DataTypes.createArrayType(elementType(precision), false), true,
                fields[index].metadata());
        QuantizeRows fn = ranges == null || !needsRanges(precision)
                ? new QuantizeRows(index, precision, null, null)
                : new QuantizeRows(index, precision, ranges.min(), ranges.max());
        return df.mapPartitions(fn, Encoders.row(new StructType(fields)));
    }
}
