package dev.sentence4j.spark;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The mapPartitions body: pulls {@value #WINDOW_BATCHES} batches' worth of rows at a time, embeds
 * their text column in one encode call (which sorts the window by length and runs it in batches
 * of {@code batchSize}, so each batch pads less, as ST's encode does over its whole input), and
 * emits each row with the embedding appended. Memory holds one window. A null text gets a null
 * embedding.
 */
final class EmbedPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    static final int WINDOW_BATCHES = 16;
    private final String model;
    private final int textIndex;
    private final int batchSize;
    private final String promptName;
    private final int threads;

    EmbedPartition(String model, int textIndex, int batchSize, String promptName, int threads) {
        this.threads = threads;
        this.model = model;
        this.textIndex = textIndex;
        this.batchSize = batchSize;
        this.promptName = promptName;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            private final List<Row> out = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                if (next < out.size()) {
                    return true;
                }
                out.clear();
                next = 0;
                int window = batchSize * WINDOW_BATCHES;
                List<Row> batch = new ArrayList<>(window);
                while (batch.size() < window && rows.hasNext()) {
                    batch.add(rows.next());
                }
                if (batch.isEmpty()) {
                    return false;
                }
                embed(batch);
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return out.get(next++);
            }

            private void embed(List<Row> batch) {
                List<String> texts = new ArrayList<>();
                for (Row r : batch) {
                    if (!r.isNullAt(textIndex)) {
                        texts.add(r.getString(textIndex));
                    }
                }
                Embeddings e = texts.isEmpty() ? null
                        : ExecutorEncoders.get(model, threads).encode(texts, EncodeOptions.defaults().withBatchSize(batchSize)
                                .withPromptName(promptName)).embeddings();
                int k = 0;
                for (Row r : batch) {
                    Object[] values = new Object[r.length() + 1];
                    for (int i = 0; i < r.length(); i++) {
                        values[i] = r.get(i);
                    }
                    values[r.length()] = r.isNullAt(textIndex) ? null : e.row(k++);
                    out.add(RowFactory.create(values));
                }
            }
        };
    }
}
