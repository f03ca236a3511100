package dev.sentence4j.viz.render;

import dev.sentence4j.viz.TokenGroup;
import dev.sentence4j.viz.VocabularyMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes a {@link VocabularyMap} as an XChart scatter (PNG, SVG) or an interactive ECharts page (HTML). */
public final class VocabularyMapRenderer {
    /** Okabe-Ito colours, distinguishable with colour-vision deficiencies: special, subword, word. */
    static final Color[] GROUP_COLORS = {new Color(0xD55E00), new Color(0x009E73), new Color(0x0072B2)};

    private VocabularyMapRenderer() {}

    public static OutputFormat write(VocabularyMap map, Path out) {
        OutputFormat format = OutputFormat.of(out, OutputFormat.HTML, OutputFormat.PNG, OutputFormat.SVG);
        if (format == OutputFormat.HTML) {
            writeHtml(map, out);
        } else {
            ChartCanvas.write(chart(map), List.of(), map.size() + " tokens of " + map.modelName()
                    + " from " + map.source() + ". Labelled: " + String.join(" | ", map.labelledTokens()) + ".", format, out);
        }
        return format;
    }

    static String title(VocabularyMap map) {
        String how = map.projection().method().equals("tsne")
                ? String.format(java.util.Locale.ROOT, "t-SNE (cosine), KL %.3f", map.projection().klDivergence())
                : String.format(java.util.Locale.ROOT, "PCA, %.1f%% + %.1f%% of variance",
                        100 * map.projection().explained()[0], 100 * map.projection().explained()[1]);
        return "Word-embedding map of " + map.modelName() + ": " + map.size() + " tokens, " + how;
    }

    static XYChart chart(VocabularyMap map) {
        XYChart chart = new XYChartBuilder().width(1400).height(1000).title(title(map)).build();
        var s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTicksVisible(false); // t-SNE/PCA coordinates carry no units
        s.setPlotGridLinesVisible(false);
        s.setMarkerSize(map.size() > 5000 ? 3 : 6);
        s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        s.setAnnotationTextFontColor(Color.BLACK);
        for (TokenGroup g : TokenGroup.values()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < map.size(); i++) {
                if (map.groups()[i] == g) {
                    xs.add((double) map.projection().x(i));
                    ys.add((double) map.projection().y(i));
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(g.label() + " (" + xs.size() + ")", xs, ys);
            series.setMarker(SeriesMarkers.CIRCLE);
            Color c = GROUP_COLORS[g.ordinal()];
            series.setMarkerColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), map.size() > 5000 ? 110 : 170));
        }
        if (map.labelled().length > 0) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            // XChart centres an annotation on its point: shift it right by half its width (in data
            // units, from the plot's approximate pixel size) so the text starts beside the marker,
            // and move it down a line while it would overlap a label already placed.
            float minX = Float.POSITIVE_INFINITY, maxX = Float.NEGATIVE_INFINITY;
            float minY = Float.POSITIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < map.size(); i++) {
                minX = Math.min(minX, map.projection().x(i));
                maxX = Math.max(maxX, map.projection().x(i));
                minY = Math.min(minY, map.projection().y(i));
                maxY = Math.max(maxY, map.projection().y(i));
            }
            double xPerPx = (maxX - minX) / (chart.getWidth() - 80.0);
            double yPerPx = (maxY - minY) / (chart.getHeight() - 140.0);
            List<double[]> placed = new ArrayList<>(); // [left, top, right, bottom] in px
            for (int i : map.labelled()) {
                xs.add((double) map.projection().x(i));
                ys.add((double) map.projection().y(i));
                String text = map.tokens()[i];
                double width = text.length() * 9.0;
                double left = (map.projection().x(i) - minX) / xPerPx + 6;
                double top = (maxY - map.projection().y(i)) / yPerPx - 8;
                while (overlaps(placed, left, top, left + width, top + 16)) {
                    top += 16;
                }
                placed.add(new double[] {left, top, left + width, top + 16});
                double x = minX + (left + width / 2) * xPerPx;
                double y = maxY - (top + 8) * yPerPx;
                chart.addAnnotation(new AnnotationText(text, x, y, false));
            }
            XYSeries labelled = chart.addSeries("labelled", xs, ys);
            labelled.setMarker(SeriesMarkers.DIAMOND);
            labelled.setMarkerColor(Color.BLACK);
            labelled.setLineStyle(new BasicStroke(0f));
        }
        return chart;
    }

    private static boolean overlaps(List<double[]> boxes, double l, double t, double r, double b) {
        for (double[] o : boxes) {
            if (l < o[2] && o[0] < r && t < o[3] && o[1] < b) {
                return true;
            }
        }
        return false;
    }

    private static void writeHtml(VocabularyMap map, Path out) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title(map));
        data.put("source", map.source());
        data.put("groups", Arrays.stream(TokenGroup.values()).map(TokenGroup::label).toList());
        data.put("colors", Arrays.stream(GROUP_COLORS).map(c -> String.format("#%06x", c.getRGB() & 0xffffff)).toList());
        float[] xy = map.projection().xy().clone();
        for (int i = 0; i < xy.length; i++) {
            xy[i] = Math.round(xy[i] * 1e3f) / 1e3f;
        }
        data.put("xy", xy);
        data.put("tokens", map.tokens());
        data.put("ids", map.ids());
        data.put("group", Arrays.stream(map.groups()).mapToInt(Enum::ordinal).toArray());
        data.put("labelled", map.labelled());
        HtmlPage.write(out, title(map), data, SCRIPT,
                "#find{margin:6px 0;font-size:14px} #find input{font-size:14px;padding:2px 6px}");
    }

    private static final String SCRIPT = String.join("\n", List.of(
            "const n = DATA.tokens.length;",
            "const byGroup = DATA.groups.map(() => []);",
            "for (let i = 0; i < n; i++) byGroup[DATA.group[i]].push([DATA.xy[2 * i], DATA.xy[2 * i + 1], i]);",
            "const pointOf = i => [DATA.xy[2 * i], DATA.xy[2 * i + 1], i];",
            "const tip = p => '<b>' + esc(DATA.tokens[p.value[2]]) + '</b><br>id ' + DATA.ids[p.value[2]] + ', '",
            "  + esc(DATA.groups[DATA.group[p.value[2]]]);",
            "const size = n > 5000 ? 3 : 6;",
            "const series = DATA.groups.map((g, k) => ({name: g + ' (' + byGroup[k].length + ')', type: 'scatter',",
            "  data: byGroup[k], symbolSize: size, large: false, progressive: 0, itemStyle: {color: DATA.colors[k], opacity: 0.6},",
            "  emphasis: {scale: 3}}));",
            "function labelled(idx) { return {name: 'labelled', type: 'scatter', data: idx.map(pointOf), symbol: 'diamond',",
            "  symbolSize: 9, itemStyle: {color: '#000'}, z: 10, labelLayout: {moveOverlap: 'shiftY'},",
            "  label: {show: true, position: 'right', fontWeight: 'bold', fontSize: 13, color: '#000',",
            "  textBorderColor: '#fff', textBorderWidth: 3, formatter: p => DATA.tokens[p.value[2]]}}; }",
            "series.push(labelled(DATA.labelled));",
            "const find = document.createElement('div'); find.id = 'find';",
            "find.innerHTML = 'Label a token: <input id=\"q\" placeholder=\"e.g. search or ##ing\"> <span id=\"msg\"></span>'",
            "  + ' &nbsp; (scroll to zoom, drag to pan; hover a point for its token) <br><small>' + esc(DATA.source) + '</small>';",
            "document.body.insertBefore(find, document.getElementById('chart'));",
            "const chart = echarts.init(document.getElementById('chart'), null, {renderer: 'canvas'});",
            "chart.setOption({",
            "  title: {text: DATA.title, left: 'center', textStyle: {fontSize: 15}},",
            "  tooltip: {trigger: 'item', formatter: tip},",
            "  legend: {top: 30},",
            "  grid: {top: 70, left: 20, right: 90, bottom: 20},",
            "  xAxis: {type: 'value', scale: true, axisLabel: {show: false}, axisTick: {show: false}, axisLine: {show: false}, splitLine: {show: false}},",
            "  yAxis: {type: 'value', scale: true, axisLabel: {show: false}, axisTick: {show: false}, axisLine: {show: false}, splitLine: {show: false}},",
            "  dataZoom: [{type: 'inside', xAxisIndex: 0, filterMode: 'none'}, {type: 'inside', yAxisIndex: 0, filterMode: 'none'}],",
            "  series: series",
            "});",
            "const extra = DATA.labelled.slice();",
            "document.getElementById('q').addEventListener('change', e => {",
            "  const t = e.target.value.trim(); const i = DATA.tokens.indexOf(t);",
            "  document.getElementById('msg').textContent = i < 0 ? 'not in this map' : '';",
            "  if (i >= 0 && !extra.includes(i)) { extra.push(i); series[series.length - 1] = labelled(extra); chart.setOption({series: series}); }",
            "});",
            "window.addEventListener('resize', () => chart.resize());"));
}
