package dev.sentence4j.bench.worker;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.sentence4j.bench.Corpus;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.tokenizers.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Tokenizer throughput, ours against HF tokenizers (Rust, through DJL's JNI binding), on the
 * same tokenizer.json (all-MiniLM-L6-v2's), with special tokens and without truncation or
 * padding, measured by {@link TokenizerThroughput}.
 *
 * @param corpus    corpus file, or null for the embedded corpus
 * @param sentences how many lines
 * @param passes    timed passes over the lines, per tokenizer and mode
 * @param batchSize lines per batch call in batched mode
 */
public record TokenizerJob(String corpus, int sentences, int passes, int batchSize) {

    public TokenizerMeasurement run() throws IOException {
        List<String> lines = Corpus.load(corpus == null ? null : Path.of(corpus)).head(sentences).lines();
        Path json = EmbeddedModels.materialize("all-MiniLM-L6-v2").resolve("tokenizer.json");
        Tokenizer ours = Tokenizer.fromFile(json).withTruncation(null).withPadding(null);
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(json,
                Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"))) {
            TokenizerThroughput.IdCheck ids = TokenizerThroughput.checkIds(ours, hf, lines);
            TokenizerThroughput.Rates r = TokenizerThroughput.measure(ours, hf, lines, ids.tokens(), passes, batchSize);
            return new TokenizerMeasurement(lines.size(), ids.tokens(), ids.mismatched(), passes, batchSize,
                    r.oursSingle(), r.hfSingle(), r.oursBatched(), r.hfBatched(), r.check());
        }
    }
}
