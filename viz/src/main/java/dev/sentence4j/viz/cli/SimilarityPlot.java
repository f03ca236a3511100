package dev.sentence4j.viz.cli;

import dev.sentence4j.viz.SimilarityMatrixPlot;
import dev.sentence4j.viz.render.MatrixRenderer;
import dev.sentence4j.viz.render.OutputFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code similarity --matrix --plot FILE} calls: a labelled heatmap of the sentence
 * similarity matrix. Axis labels are numbered and abbreviated; the full sentences are listed under
 * the chart (PNG, SVG) or shown on hover and listed (HTML).
 */
public final class SimilarityPlot {
    private SimilarityPlot() {}

    /**
     * @param matrix {@code [n * n]} row-major, n = sentences.size()
     * @param out    FILE.png, FILE.svg or FILE.html
     * @throws IllegalArgumentException for an unsupported extension (listing the supported ones)
     *                                  or a matrix of the wrong size
     */
    public static void render(List<String> sentences, float[] matrix, Path out) {
        render(sentences, matrix, out, "Sentence similarity (cosine)");
    }

    public static void render(List<String> sentences, float[] matrix, Path out, String title) {
        OutputFormat.of(out, OutputFormat.PNG, OutputFormat.SVG, OutputFormat.HTML);
        MatrixRenderer.write(new SimilarityMatrixPlot(sentences, matrix, title).toLabelledMatrix(), out);
    }

    /** The extensions {@link #render} accepts, for the caller's help text. */
    public static List<String> supportedExtensions() {
        return List.of(".png", ".svg", ".html");
    }
}
