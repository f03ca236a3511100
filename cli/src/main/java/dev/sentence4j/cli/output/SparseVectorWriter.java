package dev.sentence4j.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentence4j.core.sparse.SparseVector;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes sparse vectors as JSON lines, one per input in input order:
 * {@code {"indices":[..],"values":[..]}}, the active vocabulary ids ascending and their weights
 * (Java's shortest round-trip float text).
 */
public final class SparseVectorWriter {
    private final List<SparseVector> vectors;

    public SparseVectorWriter(List<SparseVector> vectors) {
        this.vectors = List.copyOf(vectors);
    }

    public void write(OutputStream out) throws IOException {
        for (SparseVector v : vectors) {
            try (JsonGenerator g = Json.compactGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("indices");
                for (int i = 0; i < v.size(); i++) {
                    g.writeNumber(v.indexAt(i));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("values");
                for (int i = 0; i < v.size(); i++) {
                    g.writeNumber(v.valueAt(i));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.write('\n');
        }
    }
}
