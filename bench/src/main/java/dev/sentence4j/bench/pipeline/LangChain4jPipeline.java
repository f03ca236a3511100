package dev.sentence4j.bench.pipeline;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * LangChain4j's in-process models as their documentation shows them: the no-argument
 * constructor (its default executor, one task per text) and {@code embedAll} over segments.
 */
public record LangChain4jPipeline(EmbeddingModel model) implements EmbeddingPipeline {
    public static LangChain4jPipeline fp32() {
        return new LangChain4jPipeline(new AllMiniLmL6V2EmbeddingModel());
    }

    public static LangChain4jPipeline int8() {
        return new LangChain4jPipeline(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Override
    public double encodeAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        double sum = 0;
        for (Embedding e : model.embedAll(segments).content()) {
            sum += EmbeddingPipeline.checksum(e.vector());
        }
        return sum;
    }

    @Override
    public double encodeOne(String text) {
        return EmbeddingPipeline.checksum(model.embed(text).content().vector());
    }

    @Override
    public void close() {
        // LangChain4j's models hold their ONNX session for the life of the process.
    }
}
