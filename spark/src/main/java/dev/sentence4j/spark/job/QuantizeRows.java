package dev.sentence4j.spark.job;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizationRanges;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import dev.sentence4j.core.quantization.Quantizer;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The mapPartitions body of {@link EmbeddingQuantization#quantize}: replaces one array&lt;float&gt;
 * column with its quantized codes, row by row (with fixed ranges, a row's codes depend only on
 * that row). A null vector stays null. Ranges travel as float arrays (records are not
 * serializable) and become a {@link QuantizationRanges} once per partition.
 */
final class QuantizeRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final Precision precision;
    private final float[] min; // [dimension], null for binary precisions
    private final float[] max; // [dimension]

    QuantizeRows(int index, Precision precision, float[] min, float[] max) {
        if ((min == null) != (max == null)) {
            throw new IllegalArgumentException("give both min and max ranges or neither");
        }
        if (EmbeddingQuantization.needsRanges(precision) && min == null) {
            throw new IllegalArgumentException(precision.stName() + " needs calibration ranges");
        }
        this.index = index;
        this.precision = precision;
        this.min = min;
        this.max = max;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        QuantizationRanges ranges = min == null ? null : new QuantizationRanges(min, max);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                Object[] values = new Object[r.length()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.get(i);
                }
                values[index] = r.isNullAt(index) ? null : codes(vector(r), ranges);
                return RowFactory.create(values);
            }
        };
    }

    /**
     * The row's vector: the float[] that EmbedPartition made when Spark hands its rows over
     * directly (the optimizer drops the encode/decode between two mapPartitions), else the decoded
     * array.
     */
    private float[] vector(Row r) {
        if (r.get(index) instanceof float[] direct) {
            return direct;
        }
        List<Float> list = r.getList(index);
        float[] v = new float[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = list.get(i);
        }
        return v;
    }

    private Object codes(float[] v, QuantizationRanges ranges) {
        QuantizedEmbeddings q = Quantizer.quantize(new Embeddings(1, v.length, v), precision, ranges);
        if (precision.unsigned()) {
            short[] out = new short[q.bytesPerRow()];
            for (int c = 0; c < out.length; c++) {
                out[c] = (short) q.value(0, c);
            }
            return out;
        }
        return q.data();
    }
}
