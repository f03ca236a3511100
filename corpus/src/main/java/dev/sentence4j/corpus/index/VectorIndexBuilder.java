package dev.sentence4j.corpus.index;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.ModelInfo;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.corpus.encode.EncodeProgress;
import dev.sentence4j.corpus.input.InputRecord;
import dev.sentence4j.corpus.input.InputSpec;
import dev.sentence4j.corpus.input.RecordReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds an input file window by window and indexes every row: memory holds one window, the
 * graph grows as rows arrive. Skipped records (with --skip-invalid) are not indexed; ids count
 * indexed rows.
 */
public final class VectorIndexBuilder {
    private VectorIndexBuilder() {}

    /**
     * @param passagePrompt a prompt name for the documents (e.g. "passage"), or null
     * @return the metadata committed
     */
    public static IndexMetadata build(SentenceEncoder encoder, InputSpec input, VectorIndexConfig config,
            String passagePrompt, EncodeProgress progress) throws IOException {
        ModelInfo info = encoder.info();
        IndexMetadata metadata = new IndexMetadata(info.name(), info.dimension(), info.similarity(), info.normalize(),
                config.quantization(), 0);
        long total = Files.size(input.file());
        long id = 0;
        try (VectorIndexWriter writer = VectorIndexWriter.create(config, metadata);
             RecordReader reader = RecordReader.open(input, 0, 0)) {
            boolean eof = false;
            while (!eof) {
                List<String> texts = new ArrayList<>();
                List<Long> lines = new ArrayList<>();
                long offset = 0;
                while (texts.size() < config.batchRows()) {
                    InputRecord r = reader.next();
                    if (r == null) {
                        eof = true;
                        break;
                    }
                    offset = r.endOffset();
                    if (!r.skipped()) {
                        texts.add(r.text());
                        lines.add(r.line());
                    }
                }
                if (texts.isEmpty()) {
                    continue;
                }
                Embeddings e = encoder.encode(texts, EncodeOptions.defaults().withPromptName(passagePrompt)).embeddings();
                for (int i = 0; i < texts.size(); i++) {
                    writer.add(id++, lines.get(i), texts.get(i), e.row(i));
                }
                progress.onChunk(eof ? total : offset, total, id, id);
            }
            if (id == 0) {
                throw new IllegalArgumentException(input.file() + ": no texts to index");
            }
            metadata = new IndexMetadata(metadata.model(), metadata.dimension(), metadata.similarity(),
                    metadata.normalized(), metadata.quantization(), id);
        }
        return metadata;
    }
}
