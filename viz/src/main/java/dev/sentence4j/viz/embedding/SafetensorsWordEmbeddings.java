package dev.sentence4j.viz.embedding;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.dense.SafeTensors;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the word-embedding matrix from a {@code model.safetensors}: the tensor named
 * {@code embeddings.word_embeddings.weight}, with or without a model prefix such as
 * {@code bert.} (as HF checkpoints name it).
 */
public final class SafetensorsWordEmbeddings {
    private SafetensorsWordEmbeddings() {}

    public static WordEmbeddingMatrix read(Path file) {
        Map<String, SafeTensors.Tensor> tensors = SafeTensors.read(file);
        for (Map.Entry<String, SafeTensors.Tensor> e : tensors.entrySet()) {
            String name = e.getKey();
            if (name.equals(OnnxWordEmbeddings.NAME) || name.endsWith("." + OnnxWordEmbeddings.NAME)) {
                long[] shape = e.getValue().shape();
                if (shape.length != 2) {
                    throw new ModelLoadException(file, "tensor \"" + name + "\" has shape "
                            + java.util.Arrays.toString(shape) + "; expected 2 dimensions [vocab, hidden]");
                }
                return new WordEmbeddingMatrix(Math.toIntExact(shape[0]), Math.toIntExact(shape[1]),
                        e.getValue().data(), file.getFileName() + "#" + name);
            }
        }
        throw new ModelLoadException(file, "no tensor named \"" + OnnxWordEmbeddings.NAME
                + "\" (with or without a prefix); tensors found: " + tensors.keySet());
    }
}
