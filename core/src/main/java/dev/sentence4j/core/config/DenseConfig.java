package dev.sentence4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.dense.Activation;
import dev.sentence4j.core.dense.Dense;
import dev.sentence4j.core.dense.SafeTensors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads a Dense module folder (e.g. 2_Dense): config.json (in_features, out_features, bias,
 * activation_function) and the weights {@code linear.weight} / {@code linear.bias} from
 * model.safetensors. pytorch_model.bin (a Python pickle) is not supported.
 */
public final class DenseConfig {
    private DenseConfig() {}

    public static Dense read(Path moduleDir) {
        Path file = moduleDir.resolve("config.json");
        JsonNode node = Json.read(file);
        int in = Json.requireInt(node, "in_features", file);
        int out = Json.requireInt(node, "out_features", file);
        boolean hasBias = Json.optBoolean(node, "bias", true, file);
        String actName = Json.optString(node, "activation_function", file);
        Activation act = actName == null ? Activation.TANH // ST's Dense default: nn.Tanh()
                : Activation.fromTorchName(actName).orElseThrow(() -> new ModelLoadException(file,
                        "field \"activation_function\": unsupported \"" + actName + "\"; supported: "
                                + Activation.validNames()));
        Path weights = moduleDir.resolve("model.safetensors");
        if (!Files.isRegularFile(weights)) {
            if (Files.isRegularFile(moduleDir.resolve("pytorch_model.bin"))) {
                throw new ModelLoadException(moduleDir.resolve("pytorch_model.bin"),
                        "Dense weights in pytorch_model.bin (a Python pickle) are not supported; "
                                + "save the model with safetensors (model.safetensors) instead");
            }
            throw new ModelLoadException(weights, "file not found (the Dense module's weights)");
        }
        Map<String, SafeTensors.Tensor> tensors = SafeTensors.read(weights);
        SafeTensors.Tensor w = tensors.get("linear.weight");
        if (w == null) {
            throw new ModelLoadException(weights, "tensor \"linear.weight\" not found; tensors: " + tensors.keySet());
        }
        if (!Arrays.equals(w.shape(), new long[] {out, in})) {
            throw new ModelLoadException(weights, "tensor \"linear.weight\": expected shape [" + out + ", " + in
                    + "], found " + Arrays.toString(w.shape()));
        }
        float[] bias = null;
        if (hasBias) {
            SafeTensors.Tensor b = tensors.get("linear.bias");
            if (b == null || b.data().length != out) {
                throw new ModelLoadException(weights, "tensor \"linear.bias\": expected shape [" + out + "], found "
                        + (b == null ? "nothing" : Arrays.toString(b.shape())));
            }
            bias = b.data();
        }
        return new Dense(in, out, w.data(), bias, act);
    }
}
