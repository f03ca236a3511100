package dev.sentence4j.viz.cli;

import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.viz.Layer;
import dev.sentence4j.viz.ModelViews;
import dev.sentence4j.viz.TokenHeatmap;
import dev.sentence4j.viz.render.MatrixRenderer;
import dev.sentence4j.viz.render.OutputFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sentence4j heatmap}: a token-by-token cosine heatmap of two sentences. */
@Command(
    name = "heatmap",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draw the token-by-token cosine similarity of two sentences.",
      "",
      "Rows are SENTENCE_A's tokens, columns SENTENCE_B's, as the model's",
      "tokenizer cuts them: [CLS] and [SEP] included, word pieces as ##piece.",
      "Each cell prints the cosine of the two tokens' vectors; the colour",
      "column on the right is the scale.",
      "",
      "--layer input: the context-free input embeddings, i.e. rows of the",
      "  model's word-embedding matrix. A token always has the same vector, so",
      "  identical tokens score 1.00 wherever they stand.",
      "--layer output: the contextual token embeddings the transformer",
      "  outputs. Every vector has seen its whole sentence: compare with the",
      "  input picture to see what context changed.",
      "",
      "Output by extension: .png, .svg, or .html (one self-contained file that",
      "works offline; hover a cell for both tokens and the exact value).",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  heatmap --layer input --out input.png \\",
      "      \"vector search optimization\" \\",
      "      \"we learn to apply vector search optimization\"",
      "  heatmap --layer output --out output.html \"a bank\" \"the river bank\"",
      "  heatmap --model all-MiniLM-L6-v2-q --out q.svg \"walker\" \"walked\"",
    })
public final class HeatmapCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--layer", paramLabel = "L", defaultValue = "output",
        description = "input or output (default ${DEFAULT-VALUE}); see above.")
    String layer;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write: FILE.png, FILE.svg or FILE.html.")
    Path out;

    @Parameters(index = "0", paramLabel = "SENTENCE_A", description = "Its tokens are the rows.")
    String sentenceA;

    @Parameters(index = "1", paramLabel = "SENTENCE_B", description = "Its tokens are the columns.")
    String sentenceB;

    @Override
    public Integer call() {
        Layer l = Layer.fromCliName(layer);
        // Check the extension before loading the model: a typo should not cost a model load.
        OutputFormat.of(out, OutputFormat.PNG, OutputFormat.SVG, OutputFormat.HTML);
        try (SentenceEncoder encoder = model.open()) {
            TokenHeatmap heatmap = ModelViews.tokenHeatmap(encoder, l, sentenceA, sentenceB);
            MatrixRenderer.write(heatmap.toLabelledMatrix(), out);
            System.err.println("wrote " + out + " (" + heatmap.rowTokens().length + " x " + heatmap.colTokens().length
                    + " tokens, " + l.cliName() + " layer)");
        }
        return 0;
    }
}
