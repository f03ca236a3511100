package dev.sentence4j.hub;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses, from a repo's file list, the files a sentence-transformers model needs to run on ONNX Runtime:
 * modules.json, the config and tokenizer files at the root, every module folder modules.json lists, and the
 * chosen ONNX file (with its external-data file, if any). PyTorch/TF weights of the Transformer and other
 * ONNX variants are left out: they can be many times the size of the model that is used.
 */
final class ModelFileSelector {

    /** Root files sentence-transformers and HF tokenizers read (a repo has some subset of them). */
    static final Set<String> ROOT_FILES = Set.of(
            "modules.json", "config.json", "sentence_bert_config.json", "config_sentence_transformers.json",
            "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
            "vocab.txt", "vocab.json", "merges.txt", "sentencepiece.bpe.model", "spiece.model");

    private static final List<String> WEIGHT_SUFFIXES = List.of(
            ".bin", ".safetensors", ".h5", ".msgpack", ".ot", ".pt", ".pth", ".ckpt");
    private static final String SAFETENSORS = "model.safetensors";

    private ModelFileSelector() {
    }

    /** The files to download, sorted; {@code onnxFile} must be among {@code siblings} (the caller checks). */
    static List<String> select(List<String> siblings, List<ModuleEntry> modules, String onnxFile) {
        Set<String> chosen = new TreeSet<>();
        for (String file : siblings) {
            if (ROOT_FILES.contains(file) || file.equals(onnxFile)
                    || file.equals(onnxFile + "_data") || file.equals(onnxFile + ".data")) {
                chosen.add(file);
            }
        }
        for (ModuleEntry module : modules) {
            if (module.path().isEmpty()) {
                continue; // the root: covered by ROOT_FILES
            }
            String prefix = module.path() + "/";
            boolean hasSafetensors = siblings.contains(prefix + SAFETENSORS);
            for (String file : siblings) {
                if (!file.startsWith(prefix) || file.indexOf('/', prefix.length()) >= 0) {
                    continue; // not a direct child of the module folder
                }
                String name = file.substring(prefix.length());
                boolean weights = WEIGHT_SUFFIXES.stream().anyMatch(name::endsWith);
                if (name.endsWith(".onnx") || name.endsWith(".onnx_data")) {
                    continue;
                }
                if (weights && (module.isTransformer() || (hasSafetensors && !name.equals(SAFETENSORS)))) {
                    continue; // ONNX replaces the Transformer's weights; Dense needs one copy, safetensors preferred
                }
                chosen.add(file);
            }
        }
        return List.copyOf(chosen);
    }
}
