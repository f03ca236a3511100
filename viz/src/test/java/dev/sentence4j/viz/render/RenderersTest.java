package dev.sentence4j.viz.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.viz.Layer;
import dev.sentence4j.viz.ModelViews;
import dev.sentence4j.viz.ProjectionMethod;
import dev.sentence4j.viz.SharedModel;
import dev.sentence4j.viz.TokenHeatmap;
import dev.sentence4j.viz.VocabularyMap;
import dev.sentence4j.viz.VocabularyMapOptions;
import dev.sentence4j.viz.cli.SimilarityPlot;
import dev.sentence4j.viz.projection.tsne.TsneProgress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Draws every kind of picture into target/viz-renders (look at them) and checks what can be checked. */
class RenderersTest {
    static final String A = "vector search optimization";
    static final String B = "we learn to apply vector search optimization";
    static Path dir;

    @BeforeAll
    static void dir() throws IOException {
        dir = SharedModel.renders();
    }

    @Test
    void heatmapPngHasTheChartsSizeAndIsNotBlank() throws IOException {
        TokenHeatmap h = ModelViews.tokenHeatmap(SharedModel.encoder(), Layer.INPUT, A, B);
        Path png = dir.resolve("heatmap-input.png");
        MatrixRenderer.write(h.toLabelledMatrix(), png);
        var chart = MatrixChart.build(h.toLabelledMatrix());
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(chart.getWidth());
        assertThat(img.getHeight()).isEqualTo(chart.getHeight());
        assertThat(lumaVariance(img)).isGreaterThan(100);
        Path out = dir.resolve("heatmap-output.png");
        MatrixRenderer.write(ModelViews.tokenHeatmap(SharedModel.encoder(), Layer.OUTPUT, A, B).toLabelledMatrix(), out);
        assertThat(lumaVariance(ImageIO.read(out.toFile()))).isGreaterThan(100);
    }

    @Test
    void longTokenListsGrowTheCanvas() throws IOException {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            a.append("transformers turn tokenization into vectors ");
            b.append("a sentence about embeddings and ").append(i).append(' ');
        }
        TokenHeatmap h = ModelViews.tokenHeatmap(SharedModel.encoder(), Layer.OUTPUT, a.toString(), b.toString());
        assertThat(h.rowTokens().length).isGreaterThan(100);
        Path png = dir.resolve("heatmap-long.png");
        MatrixRenderer.write(h.toLabelledMatrix(), png);
        BufferedImage img = ImageIO.read(png.toFile());
        // At least MIN_CELL pixels per token on both axes.
        assertThat(img.getWidth()).isGreaterThan(h.colTokens().length * MatrixChart.MIN_CELL);
        assertThat(img.getHeight()).isGreaterThan(h.rowTokens().length * MatrixChart.MIN_CELL);
        assertThat(lumaVariance(img)).isGreaterThan(100);
    }

    @Test
    void svgContainsTheTokenLabels() throws IOException {
        TokenHeatmap h = ModelViews.tokenHeatmap(SharedModel.encoder(), Layer.INPUT, "the walker walked", "walking home");
        Path svg = dir.resolve("heatmap.svg");
        MatrixRenderer.write(h.toLabelledMatrix(), svg);
        String text = Files.readString(svg);
        assertThat(text).startsWith("<?xml").contains("<svg");
        // XChart draws labels as outlines; the labels are in the SVG's <desc>, in order.
        String desc = text.substring(text.indexOf("<desc>"), text.indexOf("</desc>"));
        assertThat(desc).contains("(rows): [CLS] | the | walker | walked | [SEP]");
        assertThat(desc).contains("(columns): [CLS] | walking | home | [SEP]");
    }

    @Test
    void htmlIsSelfContainedAndCarriesTheData() throws IOException {
        TokenHeatmap h = ModelViews.tokenHeatmap(SharedModel.encoder(), Layer.OUTPUT, A, B);
        Path html = dir.resolve("heatmap.html");
        MatrixRenderer.write(h.toLabelledMatrix(), html);
        String page = Files.readString(html);
        assertSelfContained(page);
        assertThat(page).contains("\"rowLabels\":[\"[CLS]\",\"vector\",\"search\",\"optimization\",\"[SEP]\"]");
        assertThat(page).contains(String.format(java.util.Locale.ROOT, "%s", Math.round(h.value(1, 5) * 1e4f) / 1e4f));
        assertThat(page).contains("echarts.init");
    }

    @Test
    void similarityPlotAbbreviatesLongSentencesAndKeepsTheFullText() throws IOException {
        List<String> sentences = List.of(
                "A man is eating food.",
                "A man is eating a piece of bread while sitting on a bench in the park on a sunny afternoon.",
                "The girl is carrying a baby.",
                "A man is riding a horse.",
                "A woman is playing violin </script> <b>loudly</b>.");
        var emb = SharedModel.encoder().encode(sentences);
        int n = sentences.size();
        float[] m = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i * n + j] = dev.sentence4j.core.similarity.Similarity.COSINE.score(emb.data(), i * 384, emb.data(), j * 384, 384);
            }
        }
        Path png = dir.resolve("similarity.png");
        SimilarityPlot.render(sentences, m, png);
        assertThat(lumaVariance(ImageIO.read(png.toFile()))).isGreaterThan(100);
        Path svg = dir.resolve("similarity.svg");
        SimilarityPlot.render(sentences, m, svg);
        String s = Files.readString(svg);
        assertThat(s).contains("| 2 A man is eating a piece of\u2026 |"); // abbreviated axis label
        assertThat(s).contains(">2. A man is eating a piece of bread while sitting on a bench in the park"); // legend text
        Path html = dir.resolve("similarity.html");
        SimilarityPlot.render(sentences, m, html);
        String page = Files.readString(html);
        assertSelfContained(page);
        assertThat(page).contains("while sitting on a bench in the park on a sunny afternoon.");
        assertThat(page).doesNotContain("violin </script>"); // escaped inside the JSON
        assertThatThrownBy(() -> SimilarityPlot.render(sentences, new float[3], png))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 != 25");
    }

    @Test
    void vocabularyMapRendersEveryFormat() throws IOException {
        VocabularyMap map = ModelViews.vocabularyMap(SharedModel.encoder(), VocabularyMapOptions.defaults()
                .withMethod(ProjectionMethod.PCA).withSample(3000).withSeed(1)
                .withLabels(List.of("[CLS]", "search", "##ing", "king", "queen")), TsneProgress.NONE);
        assertThat(map.size()).isEqualTo(3000);
        assertThat(map.labelledTokens()).containsExactly("[CLS]", "search", "##ing", "king", "queen");
        Path png = dir.resolve("vocab-pca.png");
        VocabularyMapRenderer.write(map, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1400);
        assertThat(img.getHeight()).isEqualTo(1000);
        assertThat(lumaVariance(img)).isGreaterThan(100);
        Path html = dir.resolve("vocab-pca.html");
        VocabularyMapRenderer.write(map, html);
        String page = Files.readString(html);
        assertSelfContained(page);
        assertThat(page).contains("\"##ing\"").contains("\"queen\"");
        Path svg = dir.resolve("vocab-pca.svg");
        VocabularyMapRenderer.write(map, svg);
        assertThat(Files.readString(svg)).contains("Labelled: [CLS] | search | ##ing | king | queen.");
    }

    @Test
    void unknownExtensionsListTheSupportedOnes() {
        assertThatThrownBy(() -> OutputFormat.of(Path.of("plot.pdf"), OutputFormat.PNG, OutputFormat.SVG, OutputFormat.HTML))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported output file plot.pdf: \".pdf\"; supported: .png, .svg, .html");
        assertThatThrownBy(() -> SimilarityPlot.render(List.of("a"), new float[] {1}, Path.of("plot")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no extension");
    }

    /** No script or stylesheet from elsewhere; no URL in any src or href attribute. */
    static void assertSelfContained(String page) {
        assertThat(page).doesNotContainPattern(Pattern.compile("<script[^>]*\\ssrc\\s*=", Pattern.CASE_INSENSITIVE));
        assertThat(page).doesNotContainPattern(Pattern.compile("<link[^>]*href\\s*=", Pattern.CASE_INSENSITIVE));
        assertThat(page).doesNotContainPattern(Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//",
                Pattern.CASE_INSENSITIVE));
        assertThat(page).doesNotContainPattern(Pattern.compile("@import|url\\(\\s*['\"]?https?:", Pattern.CASE_INSENSITIVE));
        assertThat(page).contains("<script id=\"data\" type=\"application/json\">");
    }

    static double lumaVariance(BufferedImage img) {
        double sum = 0, sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

}
