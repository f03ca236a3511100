package dev.sentence4j.hub;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelFileSelectorTest {

    private static final ModuleEntry TRANSFORMER = new ModuleEntry("", "sentence_transformers.models.Transformer");
    private static final ModuleEntry POOLING = new ModuleEntry("1_Pooling", "sentence_transformers.models.Pooling");
    private static final ModuleEntry DENSE = new ModuleEntry("2_Dense", "sentence_transformers.models.Dense");

    @Test
    void picksConfigsTokenizerModuleFoldersAndTheChosenOnnxFile() {
        List<String> siblings = List.of(".gitattributes", "README.md", "config.json", "modules.json",
                "sentence_bert_config.json", "config_sentence_transformers.json", "tokenizer.json",
                "tokenizer_config.json", "special_tokens_map.json", "vocab.txt", "pytorch_model.bin",
                "model.safetensors", "tf_model.h5", "1_Pooling/config.json", "2_Dense/config.json",
                "2_Dense/model.safetensors", "2_Dense/pytorch_model.bin", "onnx/model.onnx", "onnx/model_O4.onnx",
                "onnx/model_qint8_avx512.onnx", "openvino/openvino_model.xml", "train_script.py");

        assertThat(ModelFileSelector.select(siblings, List.of(TRANSFORMER, POOLING, DENSE), "onnx/model.onnx"))
                .containsExactly("1_Pooling/config.json", "2_Dense/config.json", "2_Dense/model.safetensors",
                        "config.json", "config_sentence_transformers.json", "modules.json", "onnx/model.onnx",
                        "sentence_bert_config.json", "special_tokens_map.json", "tokenizer.json",
                        "tokenizer_config.json", "vocab.txt");
    }

    @Test
    void denseWithOnlyPytorchWeightsKeepsThem() {
        List<String> siblings = List.of("2_Dense/config.json", "2_Dense/pytorch_model.bin", "onnx/model.onnx");

        assertThat(ModelFileSelector.select(siblings, List.of(DENSE), "onnx/model.onnx"))
                .containsExactly("2_Dense/config.json", "2_Dense/pytorch_model.bin", "onnx/model.onnx");
    }

    @Test
    void transformerInAFolderKeepsItsConfigsButNotItsWeights() {
        ModuleEntry legacy = new ModuleEntry("0_Transformer/", "sentence_transformers.models.Transformer");
        List<String> siblings = List.of("0_Transformer/config.json", "0_Transformer/vocab.txt",
                "0_Transformer/pytorch_model.bin", "0_Transformer/onnx/model.onnx", "model.onnx", "model.onnx_data");

        assertThat(ModelFileSelector.select(siblings, List.of(legacy), "model.onnx"))
                .containsExactly("0_Transformer/config.json", "0_Transformer/vocab.txt", "model.onnx",
                        "model.onnx_data");
    }

    /** The files of cross-encoder/ms-marco-MiniLM-L6-v2 on the Hub: a CrossEncoder repo has no modules.json. */
    static final List<String> MS_MARCO_CROSS_ENCODER = List.of(".gitattributes", "README.md", "config.json",
            "flax_model.msgpack", "model.safetensors", "onnx/model.onnx", "onnx/model_O1.onnx", "onnx/model_O2.onnx",
            "onnx/model_O3.onnx", "onnx/model_O4.onnx", "onnx/model_qint8_arm64.onnx", "onnx/model_qint8_avx512.onnx",
            "onnx/model_qint8_avx512_vnni.onnx", "onnx/model_quint8_avx2.onnx", "openvino/openvino_model.bin",
            "openvino/openvino_model.xml", "openvino/openvino_model_qint8_quantized.bin",
            "openvino/openvino_model_qint8_quantized.xml", "pytorch_model.bin", "special_tokens_map.json",
            "tf_model.h5", "tokenizer.json", "tokenizer_config.json", "vocab.txt");

    @Test
    void aCrossEncoderRepoGetsItsConfigTokenizerAndOnnxFile() {
        assertThat(ModelFileSelector.select(MS_MARCO_CROSS_ENCODER, List.of(), "onnx/model.onnx"))
                .containsExactly("config.json", "onnx/model.onnx", "special_tokens_map.json", "tokenizer.json",
                        "tokenizer_config.json", "vocab.txt");
        assertThat(ModelFileSelector.select(MS_MARCO_CROSS_ENCODER, List.of(), "onnx/model_qint8_avx512.onnx"))
                .contains("config.json", "tokenizer.json", "onnx/model_qint8_avx512.onnx")
                .doesNotContain("onnx/model.onnx");
    }
}
