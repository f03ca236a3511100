package dev.sentence4j.viz;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.EncodeResult;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.viz.embedding.Vocabulary;
import dev.sentence4j.viz.embedding.WordEmbeddingMatrix;
import dev.sentence4j.viz.embedding.WordEmbeddings;
import dev.sentence4j.viz.projection.tsne.TsneProgress;
import java.util.List;
import java.util.Objects;

/** The pictures of a loaded model: where viz meets {@link SentenceEncoder}. */
public final class ModelViews {
    private ModelViews() {}

    /** The model's word-embedding matrix: model.safetensors if the directory has one, else its ONNX graph. */
    public static WordEmbeddingMatrix wordEmbeddings(SentenceEncoder encoder) {
        return WordEmbeddings.load(encoder.info().directory(), encoder.info().onnxFile());
    }

    public static Vocabulary vocabulary(SentenceEncoder encoder) {
        return Vocabulary.fromMap(encoder.tokenizer().vocabulary(), encoder.tokenizer().source());
    }

    /**
     * The token heatmap of two sentences. The tokens (and ids) are the model's, from one encode with
     * token output; INPUT then replaces each token's vector by its word-embedding row.
     */
    public static TokenHeatmap tokenHeatmap(SentenceEncoder encoder, Layer layer, String sentenceA, String sentenceB) {
        Objects.requireNonNull(layer, "layer");
        EncodeResult r = encoder.encode(List.of(sentenceA, sentenceB),
                EncodeOptions.defaults().withOutputValue(OutputValue.TOKEN));
        TokenEmbeddings a = r.tokenEmbeddings().get(0);
        TokenEmbeddings b = r.tokenEmbeddings().get(1);
        if (layer == Layer.INPUT) {
            WordEmbeddingMatrix m = wordEmbeddings(encoder);
            a = TokenHeatmap.inputEmbeddings(m, a.tokens(), a.ids());
            b = TokenHeatmap.inputEmbeddings(m, b.tokens(), b.ids());
        }
        return TokenHeatmap.of(layer, encoder.info().name(), sentenceA, sentenceB, a, b);
    }

    public static VocabularyMap vocabularyMap(SentenceEncoder encoder, VocabularyMapOptions options, TsneProgress progress) {
        return VocabularyMap.compute(encoder.info().name(), wordEmbeddings(encoder), vocabulary(encoder), options, progress);
    }
}
