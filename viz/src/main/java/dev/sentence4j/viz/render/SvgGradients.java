package dev.sentence4j.viz.render;

import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.geom.Point2D;
import java.util.Locale;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGPaintDescriptor;
import org.w3c.dom.Element;

/**
 * Batik's SVG generator knows GradientPaint but not Java 6's LinearGradientPaint, which XChart
 * uses for the colour scale of its heat maps: without this handler the legend comes out blank.
 * Each such paint becomes an SVG {@code <linearGradient>} in user space with one stop per colour.
 */
final class SvgGradients extends DefaultExtensionHandler {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Override
    public SVGPaintDescriptor handlePaint(Paint paint, SVGGeneratorContext ctx) {
        if (!(paint instanceof LinearGradientPaint lg)) {
            return super.handlePaint(paint, ctx);
        }
        Element gradient = ctx.getDOMFactory().createElementNS(SVG_NS, "linearGradient");
        String id = ctx.getIDGenerator().generateID("gradient");
        Point2D start = lg.getStartPoint();
        Point2D end = lg.getEndPoint();
        gradient.setAttribute("id", id);
        gradient.setAttribute("gradientUnits", "userSpaceOnUse");
        gradient.setAttribute("x1", number(start.getX()));
        gradient.setAttribute("y1", number(start.getY()));
        gradient.setAttribute("x2", number(end.getX()));
        gradient.setAttribute("y2", number(end.getY()));
        float[] fractions = lg.getFractions();
        Color[] colors = lg.getColors();
        for (int i = 0; i < fractions.length; i++) {
            Element stop = ctx.getDOMFactory().createElementNS(SVG_NS, "stop");
            stop.setAttribute("offset", number(fractions[i]));
            stop.setAttribute("stop-color", String.format(Locale.ROOT, "#%02x%02x%02x",
                    colors[i].getRed(), colors[i].getGreen(), colors[i].getBlue()));
            stop.setAttribute("stop-opacity", number(colors[i].getAlpha() / 255.0));
            gradient.appendChild(stop);
        }
        return new SVGPaintDescriptor("url(#" + id + ")", "1", gradient);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
