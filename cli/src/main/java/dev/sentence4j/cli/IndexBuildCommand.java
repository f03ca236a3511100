package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.cli.output.StreamProgressBar;
import dev.sentence4j.core.PromptRole;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.corpus.index.IndexMetadata;
import dev.sentence4j.corpus.index.IndexQuantization;
import dev.sentence4j.corpus.index.VectorIndexBuilder;
import dev.sentence4j.corpus.index.VectorIndexConfig;
import dev.sentence4j.corpus.input.InputFormat;
import dev.sentence4j.corpus.input.InputSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    name = "build",
    sortOptions = false,
    description = {
        "Embed a file and build a Lucene HNSW vector index of it.",
        "",
        "Every row is stored with its id (0-based row), input line and text. The graph uses the model's similarity: dot product for normalized models (cosine on unit vectors), else cosine. With --quantization int8 (7-bit scalar) or binary (1-bit), the graph is walked on compact vectors and the candidates are rescored with the float32 vectors, which the index keeps.",
        "",
        "Inputs: .txt (one text per line, blank lines indexed as empty texts), .jsonl with --text-field, .csv with --text-column.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j index build --input corpus.txt --index corpus.idx",
        "  sentence4j index build --input docs.jsonl --text-field body --index docs.idx --quantization int8",
    })
final class IndexBuildCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--input", paramLabel = "FILE", required = true, description = "The texts to index.")
    Path input;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index directory to create.")
    Path index;

    @Option(names = "--quantization", paramLabel = "Q", defaultValue = "none",
        description = "none, int8 or binary: how the graph stores vectors (default ${DEFAULT-VALUE}).")
    String quantization;

    @Option(names = "--text-field", paramLabel = "NAME", description = ".jsonl input: the field holding the text.")
    String textField;

    @Option(names = "--text-column", paramLabel = "NAME", description = ".csv input: the header of the text column.")
    String textColumn;

    @Option(names = "--skip-invalid", description = "Skip lines that are not valid UTF-8 (or JSON) instead of stopping.")
    boolean skipInvalid;

    @Option(names = "--hnsw-m", paramLabel = "M", defaultValue = "16", description = "HNSW neighbours per node (default ${DEFAULT-VALUE}).")
    int maxConn;

    @Option(names = "--hnsw-ef-construction", paramLabel = "N", defaultValue = "100",
        description = "HNSW beam width while building (default ${DEFAULT-VALUE}).")
    int beamWidth;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("input file '" + input + "' does not exist");
        }
        InputSpec spec = new InputSpec(input, InputFormat.fromPath(input), textField, textColumn, skipInvalid,
            InputSpec.DEFAULT_MAX_CHARS);
        VectorIndexConfig config = VectorIndexConfig.of(index).withQuantization(IndexQuantization.parse(quantization))
            .withGraph(maxConn, beamWidth);
        long start = System.nanoTime();
        IndexMetadata m;
        try (SentenceEncoder encoder = model.open(); StreamProgressBar bar = StreamProgressBar.forTerminal(System.err)) {
            m = VectorIndexBuilder.build(encoder, spec, config, PromptRole.DOCUMENT.promptName(encoder.info()), bar::update);
        }
        System.err.printf(Locale.ROOT, "indexed %d rows (%s, dimension %d, %s, quantization %s) in %.1f s: %s%n", m.rows(), m.model(),
            m.dimension(), m.similarity().configName(), m.quantization().label(), (System.nanoTime() - start) / 1e9, index);
        return 0;
    }
}
