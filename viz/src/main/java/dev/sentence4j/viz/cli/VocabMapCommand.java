package dev.sentence4j.viz.cli;

import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.viz.ModelViews;
import dev.sentence4j.viz.ProjectionMethod;
import dev.sentence4j.viz.VocabularyMap;
import dev.sentence4j.viz.VocabularyMapOptions;
import dev.sentence4j.viz.projection.tsne.TsneOptions;
import dev.sentence4j.viz.render.OutputFormat;
import dev.sentence4j.viz.render.VocabularyMapRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sentence4j vocab-map}: a 2-D map of the model's vocabulary. */
@Command(
    name = "vocab-map",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draw the model's whole vocabulary as a 2-D map of its word embeddings.",
      "",
      "Every token id has one context-free input vector, a row of the",
      "word-embedding matrix (30,522 x 384 for all-MiniLM-L6-v2). The map puts",
      "tokens with similar vectors close together and colours them by group:",
      "special tokens ([CLS], [PAD], [unused12]...), subwords (##ing), words.",
      "",
      "--method tsne: Barnes-Hut t-SNE with cosine distance. Neighbourhoods",
      "  are faithful; distances between clusters mean little. The whole",
      "  vocabulary takes minutes on two cores, --sample 5000 seconds.",
      "--method pca: the two directions of largest variance. Seconds; global",
      "  but blurry (the vocabulary has no dominant directions).",
      "",
      "The matrix comes from model.safetensors if the model directory has one,",
      "else from the ONNX graph (quantized graphs are dequantized).",
      "The same --seed gives the same map, whatever --threads.",
      "Output by extension: .html (interactive, self-contained: hover shows",
      "the token, scroll zooms, a box labels more tokens), .png or .svg.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  vocab-map --out vocab.html --out vocab.png --label king queen '##ing'",
      "  vocab-map --method pca --out vocab.png",
      "  vocab-map --sample 5000 --seed 7 --out sample.html",
    })
public final class VocabMapCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--out", paramLabel = "FILE", required = true,
        description = "Where to write: FILE.html, FILE.png or FILE.svg. Repeat it to write several formats from one run.")
    List<Path> outs;

    @Option(names = "--method", paramLabel = "M", defaultValue = "tsne", description = "tsne or pca (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
        description = "Map a random sample of N tokens (the labelled ones always included); 0 = all (default).")
    int sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed for the sample and t-SNE's start (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--label", paramLabel = "TOKEN", arity = "1..*",
        description = "Tokens to label on the map, as the vocabulary spells them (e.g. search, ##ing, [CLS]).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--perplexity", paramLabel = "P", defaultValue = "30", description = "t-SNE perplexity, the effective number of neighbours (default ${DEFAULT-VALUE}).")
    double perplexity;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000", description = "t-SNE gradient-descent iterations (default ${DEFAULT-VALUE}).")
    int iterations;


    @Override
    public Integer call() {
        ProjectionMethod m = ProjectionMethod.fromCliName(method);
        for (Path out : outs) {
            OutputFormat.of(out, OutputFormat.HTML, OutputFormat.PNG, OutputFormat.SVG);
        }
        TsneOptions tsne = TsneOptions.defaults().withPerplexity(perplexity).withIterations(iterations);
        // The shared --threads (ModelOptions) sets t-SNE's workers too; the map does not depend on it.
        if (model.threads != null) {
            tsne = tsne.withThreads(model.threads);
        }
        VocabularyMapOptions options = VocabularyMapOptions.defaults().withMethod(m).withSample(sample)
                .withLabels(labels).withTsne(tsne).withSeed(seed);
        long start = System.nanoTime();
        try (SentenceEncoder encoder = model.open()) {
            VocabularyMap map = ModelViews.vocabularyMap(encoder, options, (stage, iteration, kl) -> System.err.printf(
                    Locale.ROOT, "%7.1fs  %s%s%n", (System.nanoTime() - start) / 1e9, stage,
                    Double.isNaN(kl) ? "" : String.format(Locale.ROOT, " %d, KL %.4f", iteration, kl)));
            for (Path out : outs) {
                VocabularyMapRenderer.write(map, out);
            }
            String quality = m == ProjectionMethod.TSNE
                    ? String.format(Locale.ROOT, "final KL divergence %.4f", map.projection().klDivergence())
                    : String.format(Locale.ROOT, "explained variance %.1f%% + %.1f%%", 100 * map.projection().explained()[0],
                            100 * map.projection().explained()[1]);
            System.err.printf(Locale.ROOT, "wrote %s: %d tokens from %s, %s, %.1f s%n", outs, map.size(), map.source(),
                    quality, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
