package dev.sentence4j.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentence4j.common.io.NpyWriter;
import dev.sentence4j.core.EncodeResult;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes an encode result as jsonl, csv or npy. Float text uses Java's shortest round-trip form. */
public final class EmbeddingWriter {
    private final OutputFormat format;
    private final EncodeResult result;

    public EmbeddingWriter(OutputFormat format, EncodeResult result) {
        this.format = format;
        this.result = result;
    }

    public void write(OutputStream out) throws IOException {
        List<TokenEmbeddings> tokens = result.tokenEmbeddings();
        if (tokens != null && !tokens.isEmpty()) {
            writeTokens(out, tokens);
            return;
        }
        var quantized = result.quantizedEmbeddings();
        switch (format) {
            case NPY -> {
                if (quantized.isPresent()) {
                    QuantizedEmbeddings q = quantized.get();
                    NpyWriter.writeBytes(out, q.data(), q.rows(), q.bytesPerRow(), !q.precision().unsigned());
                } else {
                    Embeddings e = result.embeddings();
                    NpyWriter.writeFloat32(out, e.data(), e.rows(), e.dimension());
                }
            }
            case JSONL, CSV -> writeText(out, quantized.orElse(null));
        }
    }

    private void writeText(OutputStream out, QuantizedEmbeddings q) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean jsonl = format == OutputFormat.JSONL;
        StringBuilder line = new StringBuilder();
        if (q != null) {
            for (int r = 0; r < q.rows(); r++) {
                line.setLength(0);
                int[] row = q.row(r);
                line.append(jsonl ? "[" : "");
                for (int c = 0; c < row.length; c++) {
                    line.append(c == 0 ? "" : ",").append(row[c]);
                }
                w.append(line).append(jsonl ? "]\n" : "\n");
            }
        } else {
            Embeddings e = result.embeddings();
            float[] data = e.data();
            for (int r = 0; r < e.rows(); r++) {
                line.setLength(0);
                line.append(jsonl ? "[" : "");
                int off = r * e.dimension();
                for (int c = 0; c < e.dimension(); c++) {
                    line.append(c == 0 ? "" : ",").append(data[off + c]);
                }
                w.append(line).append(jsonl ? "]\n" : "\n");
            }
        }
        w.flush();
    }

    /** One JSON object per input: its tokens and one vector per token. */
    private void writeTokens(OutputStream out, List<TokenEmbeddings> all) throws IOException {
        for (TokenEmbeddings t : all) {
            try (JsonGenerator g = Json.compactGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("tokens");
                for (String token : t.tokens()) {
                    g.writeString(token);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("ids");
                for (int id : t.ids()) {
                    g.writeNumber(id);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("embeddings");
                float[] data = t.data();
                for (int i = 0; i < t.length(); i++) {
                    g.writeStartArray();
                    for (int c = i * t.dimension(), end = c + t.dimension(); c < end; c++) {
                        g.writeNumber(data[c]);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.write('\n');
        }
    }
}
