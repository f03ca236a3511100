package dev.sentence4j.spring.boot;

import org.springframework.ai.document.MetadataMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code sentence4j.*} properties: which model the {@code EmbeddingModel} bean runs and how
 * it encodes. Checked when the context starts; a bad value fails startup naming its property.
 *
 * @param model        An embedded model name, a local model directory in the sentence-transformers
 *                     layout, or a Hugging Face Hub id (org/name, downloaded once into the
 *                     huggingface_hub cache).
 * @param onnxFile     The ONNX file inside the model directory to run, e.g.
 *                     onnx/model_qint8_avx512.onnx (default: onnx/model.onnx, else model.onnx).
 * @param revision     Hub models only: a branch, tag or commit sha (default: main).
 * @param threads      ONNX Runtime intra-op threads; 0 means all available processors.
 * @param batchSize    Inputs per ONNX run (sentence-transformers' batch_size).
 * @param normalize    Unset: as the model's modules say; true: L2-normalize every vector; false:
 *                     also skip the model's own Normalize module.
 * @param prompt       Text prepended to every input (sentence-transformers' prompt).
 * @param promptName   One of the model's named prompts, e.g. query (sentence-transformers'
 *                     prompt_name); ignored when prompt is set.
 * @param metadataMode Which document metadata is embedded with a document's text (Spring AI's
 *                     MetadataMode).
 */
@ConfigurationProperties("sentence4j")
public record Sentence4jProperties(
        @DefaultValue("all-MiniLM-L6-v2") String model,
        String onnxFile,
        String revision,
        @DefaultValue("0") int threads,
        @DefaultValue("32") int batchSize,
        Boolean normalize,
        String prompt,
        String promptName,
        @DefaultValue("EMBED") MetadataMode metadataMode) {
}
