package dev.sentence4j.viz.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;

/**
 * Writes an XChart chart as PNG (Java2D raster) or SVG (Apache Batik's SVGGraphics2D, Apache-2.0,
 * rather than XChart's default VectorGraphics2D, which is LGPL), with optional lines of text under it (e.g. the full sentences a similarity matrix
 * abbreviates on its axes).
 */
public final class ChartCanvas {
    static final Font FOOTER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final int FOOTER_LINE = 18;

    private ChartCanvas() {}

    /**
     * @param description for SVG: the chart's text (its labels) as {@code <title>} and {@code <desc>},
     *                    because XChart draws its labels as glyph outlines, which cannot be searched,
     *                    selected or read aloud
     */
    public static void write(Chart<?, ?> chart, List<String> footer, String description, OutputFormat format, Path out) {
        int w = chart.getWidth();
        int chartH = chart.getHeight();
        footer = wrap(footer, w - 32);
        int h = chartH + (footer.isEmpty() ? 0 : FOOTER_LINE * footer.size() + 24);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            switch (format) {
                case PNG -> {
                    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = image.createGraphics();
                    try {
                        paint(g, chart, w, chartH, h, footer);
                    } finally {
                        g.dispose();
                    }
                    if (!ImageIO.write(image, "png", out.toFile())) {
                        throw new IllegalStateException("no PNG writer in this JRE");
                    }
                }
                case SVG -> {
                    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(emptySvgDocument());
                    ctx.setExtensionHandler(new SvgGradients());
                    SVGGraphics2D g = new SVGGraphics2D(ctx, false);
                    g.setSVGCanvasSize(new Dimension(w, h));
                    paint(g, chart, w, chartH, h, footer);
                    StringWriter buf = new StringWriter();
                    g.stream(buf, true);
                    String svg = buf.toString();
                    int open = svg.indexOf("<svg");
                    int end = open < 0 ? -1 : svg.indexOf('>', open);
                    if (end < 0) {
                        throw new IllegalStateException("the SVG renderer wrote no <svg> element for " + out);
                    }
                    String meta = "\n  <title>" + HtmlPage.escape(chart.getTitle()) + "</title>\n  <desc>"
                            + HtmlPage.escape(description) + "</desc>";
                    Files.writeString(out, svg.substring(0, end + 1) + meta + svg.substring(end + 1), StandardCharsets.UTF_8);
                }
                default -> throw new IllegalArgumentException("ChartCanvas writes .png and .svg, not " + format.extension());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static Document emptySvgDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this JRE has no XML DOM implementation for SVG output", e);
        }
    }

    /** Wraps lines at spaces (or anywhere, for very long words) to fit {@code width} pixels. */
    static List<String> wrap(List<String> lines, int width) {
        if (lines.isEmpty()) {
            return lines;
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        java.awt.FontMetrics fm = g.getFontMetrics(FOOTER_FONT);
        g.dispose();
        List<String> out = new java.util.ArrayList<>();
        for (String line : lines) {
            String rest = line;
            String indent = "";
            while (fm.stringWidth(indent + rest) > width) {
                int cut = rest.length();
                while (cut > 1 && fm.stringWidth(indent + rest.substring(0, cut)) > width) {
                    cut--;
                }
                int space = rest.lastIndexOf(' ', cut);
                int at = space > cut / 2 ? space : cut;
                out.add(indent + rest.substring(0, at));
                rest = rest.substring(at).stripLeading();
                indent = "    ";
            }
            out.add(indent + rest);
        }
        return out;
    }

    private static void paint(Graphics2D g, Chart<?, ?> chart, int w, int chartH, int h, List<String> footer) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        chart.paint(g, w, chartH);
        if (!footer.isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.setFont(FOOTER_FONT);
            int y = chartH + 14;
            for (String line : footer) {
                y += FOOTER_LINE;
                g.drawString(line, 16, y);
            }
        }
    }
}
