package dev.sentence4j.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.onnx.ExternalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Model directories for tests, made from the embedded all-MiniLM-L6-v2 (its real ONNX graph,
 * linked, not copied) with config files changed to exercise one rule each. Shared by the tests of
 * other modules through core's test-jar.
 */
public final class TestModels {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The prompts of {@link #lowercasingWithPrompts}; "query" is also its default prompt. */
    public static final Map<String, String> PROMPTS = Map.of("query", "Query: ", "passage", "Passage: ");

    private TestModels() {}

    /**
     * A model whose tokenizer keeps case (tokenizer.json's BertNormalizer lowercase false: its
     * uncased vocabulary then makes "Hello" an [UNK]) while sentence_bert_config.json says
     * do_lower_case: so every id shows whether a front end applied ST's lower-casing. It has
     * prompts {@link #PROMPTS}, "query" being the default.
     */
    public static Path lowercasingWithPrompts(Path dir) {
        try {
            Path src = copyMiniLm(dir);
            ObjectNode tokenizer = (ObjectNode) JSON.readTree(src.resolve("tokenizer.json").toFile());
            ((ObjectNode) tokenizer.get("normalizer")).put("lowercase", false);
            JSON.writeValue(dir.resolve("tokenizer.json").toFile(), tokenizer);
            Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 256, \"do_lower_case\": true}");
            ObjectNode settings = JSON.createObjectNode();
            ObjectNode prompts = settings.putObject("prompts");
            PROMPTS.forEach(prompts::put);
            settings.put("default_prompt_name", "query");
            settings.put("similarity_fn_name", "cosine");
            JSON.writeValue(dir.resolve("config_sentence_transformers.json").toFile(), settings);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A model whose similarity function is a dot product (config_sentence_transformers.json
     * {@code similarity_fn_name: dot}) and whose vectors are not normalized (no Normalize module),
     * so that dot product and cosine differ.
     */
    public static Path dotProduct(Path dir) {
        try {
            copyMiniLm(dir);
            Files.writeString(dir.resolve("modules.json"), """
                    [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                     {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]""");
            Files.writeString(dir.resolve("config_sentence_transformers.json"),
                    "{\"prompts\": {}, \"default_prompt_name\": null, \"similarity_fn_name\": \"dot\"}");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * all-MiniLM-L6-v2's configs with {@code graph} linked as {@code onnx/<fileName>} (and no
     * onnx/model.onnx): for a graph whose file name says something else than its contents.
     */
    public static Path withGraph(Path dir, Path graph, String fileName) {
        try {
            copyMiniLm(dir);
            Files.delete(dir.resolve("onnx/model.onnx"));
            Files.delete(dir.resolve("onnx").resolve(ExternalData.dataFileName(Path.of("model.onnx"))));
            linkGraph(graph, dir.resolve("onnx").resolve(fileName));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the embedded model's files into {@code dir} (the ONNX graph as a link); returns the source. */
    private static Path copyMiniLm(Path dir) throws IOException {
        Path src = EmbeddedModels.materialize(EmbeddedModels.DEFAULT_MODEL);
        Files.createDirectories(dir.resolve("onnx"));
        Files.createDirectories(dir.resolve("1_Pooling"));
        for (String f : new String[] {"modules.json", "sentence_bert_config.json", "config_sentence_transformers.json",
                "tokenizer.json", "1_Pooling/config.json"}) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        linkGraph(src.resolve("onnx/model.onnx"), dir.resolve("onnx/model.onnx"));
        return src;
    }

    /**
     * Links {@code graph} as {@code link}, and its external data file (which the graph names, so it
     * keeps its name) beside the link where there is one: ONNX Runtime looks for it next to the
     * path it was given, not next to the link's target.
     */
    public static void linkGraph(Path graph, Path link) throws IOException {
        Files.createSymbolicLink(link, graph.toAbsolutePath());
        Path data = graph.resolveSibling(ExternalData.dataFileName(graph));
        if (Files.isRegularFile(data)) {
            Files.createSymbolicLink(link.resolveSibling(data.getFileName()), data.toAbsolutePath());
        }
    }
}
