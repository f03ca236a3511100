package dev.sentence4j.core.runtime;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The graph inputs an encoder ONNX export may declare, by their conventional names. */
public enum ModelInput {
    INPUT_IDS("input_ids"),
    ATTENTION_MASK("attention_mask"),
    TOKEN_TYPE_IDS("token_type_ids"),
    POSITION_IDS("position_ids");

    private final String onnxName;

    ModelInput(String onnxName) {
        this.onnxName = onnxName;
    }

    public String onnxName() {
        return onnxName;
    }

    public static Optional<ModelInput> fromOnnxName(String name) {
        return Arrays.stream(values()).filter(i -> i.onnxName.equals(name)).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(ModelInput::onnxName).collect(Collectors.joining(", "));
    }
}
