package dev.sentence4j.core;

import dev.sentence4j.core.pooling.PoolingMode;
import dev.sentence4j.core.similarity.Similarity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a loaded model is.
 *
 * @param name              embedded name or directory name
 * @param directory         the model directory on disk
 * @param onnxFile          the ONNX graph in use
 * @param dtype             the type its weights are computed in: "float32", or "int8" for a quantized graph
 * @param dimension         width of the sentence embeddings
 * @param poolingModes      pooling modes, in ST's concatenation order
 * @param maxSeqLength      inputs are truncated to this many tokens
 * @param doLowerCase       texts are lower-cased before tokenizing (sentence_bert_config.json)
 * @param normalize         whether the model ends with a Normalize module
 * @param similarity        the model's similarity function
 * @param prompts           named prompts
 * @param defaultPromptName the prompt used when none is given, or null
 * @param onnxInputs        graph inputs fed
 * @param onnxOutput        graph output read as token embeddings
 */
public record ModelInfo(String name, Path directory, Path onnxFile, String dtype, int dimension, List<PoolingMode> poolingModes,
        int maxSeqLength, boolean doLowerCase, boolean normalize, Similarity similarity, Map<String, String> prompts,
        String defaultPromptName, List<String> onnxInputs, String onnxOutput) {
    public ModelInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        poolingModes = List.copyOf(poolingModes);
        prompts = Map.copyOf(prompts);
        onnxInputs = List.copyOf(onnxInputs);
    }
}
