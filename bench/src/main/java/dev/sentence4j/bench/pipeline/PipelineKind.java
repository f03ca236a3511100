package dev.sentence4j.bench.pipeline;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The configurations compared, all on all-MiniLM-L6-v2 and its int8 quantization: the same
 * ONNX files (our embedded models carry LangChain4j's), so differences are pipeline differences.
 */
public enum PipelineKind {
    SENTENCE4J_FP32("sentence4j-fp32", "sentence4j", "fp32"),
    LANGCHAIN4J_FP32("langchain4j-fp32", "langchain4j", "fp32"),
    SENTENCE4J_INT8("sentence4j-int8", "sentence4j", "int8"),
    LANGCHAIN4J_INT8("langchain4j-int8", "langchain4j", "int8");

    private final String id;
    private final String library;
    private final String precision;

    PipelineKind(String id, String library, String precision) {
        this.id = id;
        this.library = library;
        this.precision = precision;
    }

    public String id() {
        return id;
    }

    public String library() {
        return library;
    }

    public String precision() {
        return precision;
    }

    public boolean ours() {
        return library.equals("sentence4j");
    }

    /** Loads the model; {@code threads} is ONNX Runtime's intra-op count for ours (0 = all cores). */
    public EmbeddingPipeline open(int threads) {
        return switch (this) {
            case SENTENCE4J_FP32 -> Sentence4jPipeline.open("all-MiniLM-L6-v2", threads);
            case SENTENCE4J_INT8 -> Sentence4jPipeline.open("all-MiniLM-L6-v2-q", threads);
            case LANGCHAIN4J_FP32 -> LangChain4jPipeline.fp32();
            case LANGCHAIN4J_INT8 -> LangChain4jPipeline.int8();
        };
    }

    public static PipelineKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pipeline \"" + id + "\"; valid: "
                        + Arrays.stream(values()).map(PipelineKind::id).collect(Collectors.joining(", "))));
    }
}
