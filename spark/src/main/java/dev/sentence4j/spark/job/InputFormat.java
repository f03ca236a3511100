package dev.sentence4j.spark.job;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The input formats of {@link dev.sentence4j.spark.EmbedJob}, each read with Spark's own source.
 * CSV files have a header row (its names are the columns, every column a string); a text file is
 * one row per line, in one column named by {@code --text-column} (Spark calls it {@code value}).
 */
public enum InputFormat {
    PARQUET, CSV, JSON, TEXT;

    /** The option's spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The input as a DataFrame; for text, its one column renamed to {@code textColumn}. */
    public Dataset<Row> read(SparkSession spark, String path, String textColumn) {
        return switch (this) {
            case PARQUET -> spark.read().parquet(path);
            case JSON -> spark.read().json(path);
            case CSV -> spark.read().option("header", "true").csv(path);
            case TEXT -> spark.read().text(path).withColumnRenamed("value", textColumn);
        };
    }
}
