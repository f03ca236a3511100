package dev.sentence4j.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code sentence4j.reranker.*} properties: the cross-encoder the {@code CrossEncoder} and
 * {@link Sentence4jReranker} beans run. Without {@code sentence4j.reranker.model} there are no
 * such beans. Checked when the context starts; a bad value fails startup naming its property.
 *
 * @param model     A cross-encoder: a local model directory (config.json, tokenizer.json,
 *                  onnx/model.onnx) or a Hugging Face Hub id such as
 *                  cross-encoder/ms-marco-MiniLM-L6-v2 (downloaded once into the huggingface_hub
 *                  cache). It must have one label (a relevance score).
 * @param onnxFile  The ONNX file inside the model directory to run, e.g.
 *                  onnx/model_qint8_avx512.onnx (default: onnx/model.onnx, else model.onnx).
 * @param revision  Hub models only: a branch, tag or commit sha (default: main).
 * @param threads   ONNX Runtime intra-op threads; 0 means all available processors.
 * @param batchSize Query-document pairs per ONNX run (sentence-transformers' batch_size).
 */
@ConfigurationProperties("sentence4j.reranker")
public record Sentence4jRerankerProperties(
        String model,
        String onnxFile,
        String revision,
        @DefaultValue("0") int threads,
        @DefaultValue("32") int batchSize) {
}
