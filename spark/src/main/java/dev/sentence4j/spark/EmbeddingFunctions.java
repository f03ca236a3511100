package dev.sentence4j.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * The SQL function: {@code SELECT embed(text) FROM docs}. A UDF sees one row at a time, so it
 * encodes one text per call; for throughput on large tables use {@link SentenceEmbedder}, which
 * batches inside mapPartitions. Both share the per-JVM model ({@link ExecutorEncoders}) and give
 * the same vectors.
 */
public final class EmbeddingFunctions {
    private EmbeddingFunctions() {}

    /** Registers {@code name(text) -> array<float>} for {@code model}. */
    public static void register(SparkSession spark, String name, String model) {
        UDF1<String, float[]> embed = text -> text == null ? null : ExecutorEncoders.get(model).encode(text);
        spark.udf().register(name, embed, DataTypes.createArrayType(DataTypes.FloatType, false));
    }
}
