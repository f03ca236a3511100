package dev.sentence4j.viz.render;

import dev.sentence4j.viz.LabelledMatrix;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a labelled matrix (token heatmap, similarity matrix) as PNG, SVG or HTML. */
public final class MatrixRenderer {
    private MatrixRenderer() {}

    public static OutputFormat write(LabelledMatrix m, Path out) {
        OutputFormat format = OutputFormat.of(out, OutputFormat.PNG, OutputFormat.SVG, OutputFormat.HTML);
        if (format == OutputFormat.HTML) {
            writeHtml(m, out);
        } else {
            String description = m.yTitle() + " (rows): " + String.join(" | ", m.rowLabels()) + ". "
                    + m.xTitle() + " (columns): " + String.join(" | ", m.colLabels()) + ".";
            ChartCanvas.write(MatrixChart.build(m), m.legend(), description, format, out);
        }
        return format;
    }

    private static void writeHtml(LabelledMatrix m, Path out) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", m.title());
        data.put("xTitle", m.xTitle());
        data.put("yTitle", m.yTitle());
        data.put("rowLabels", m.rowLabels());
        data.put("colLabels", m.colLabels());
        data.put("rowDetails", m.rowDetails());
        data.put("colDetails", m.colDetails());
        data.put("min", m.min());
        data.put("max", m.max());
        data.put("legend", m.legend());
        float[] rounded = m.values().clone();
        for (int i = 0; i < rounded.length; i++) {
            rounded[i] = Math.round(rounded[i] * 1e4f) / 1e4f;
        }
        data.put("values", rounded);
        data.put("palette", Arrays.stream(MatrixChart.PALETTE)
                .map(c -> String.format("#%06x", c.getRGB() & 0xffffff)).toList());
        HtmlPage.write(out, m.title(), data, SCRIPT, "#below ol{font-size:14px;line-height:1.5}");
    }

    private static final String SCRIPT = String.join("\n", List.of(
            "const rows = DATA.rowLabels.length, cols = DATA.colLabels.length;",
            "const cell = Math.max(26, Math.min(46, Math.floor(900 / Math.max(rows, cols))));",
            "const longest = a => Math.min(40, Math.max(...a.map(s => s.length)));",
            "const el = document.getElementById('chart');",
            "const rotate = cols > 6 || longest(DATA.colLabels) > 6;",
            "el.style.width = Math.max(520, 200 + longest(DATA.rowLabels) * 7 + cols * cell + 140) + 'px';",
            "el.style.height = (140 + rows * cell + longest(DATA.colLabels) * 7) + 'px';",
            "const cells = [];",
            "for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push([c, r, DATA.values[r * cols + c]]);",
            "const chart = echarts.init(el, null, {renderer: 'canvas'});",
            "chart.setOption({",
            "  title: {text: DATA.title, left: 'center', textStyle: {fontSize: 15}},",
            "  tooltip: {position: 'top', formatter: p => '<b>' + esc(DATA.rowDetails[p.value[1]]) + '</b><br>vs <b>'",
            "      + esc(DATA.colDetails[p.value[0]]) + '</b><br>cosine ' + p.value[2].toFixed(4),",
            "    extraCssText: 'max-width:480px;white-space:normal'},",
            "  grid: {top: 80, left: 40, right: 110, bottom: 20, containLabel: true},",
            "  xAxis: {type: 'category', data: DATA.colLabels, name: DATA.xTitle, nameLocation: 'middle',",
            "    nameGap: rotate ? longest(DATA.colLabels) * 7 + 16 : 30, position: 'top',",
            "    axisLabel: {rotate: rotate ? 90 : 0, interval: 0}, splitArea: {show: true}},",
            "  yAxis: {type: 'category', data: DATA.rowLabels, inverse: true, name: DATA.yTitle, nameLocation: 'middle',",
            "    nameGap: longest(DATA.rowLabels) * 7 + 16, nameRotate: 90, axisLabel: {interval: 0}, splitArea: {show: true}},",
            "  visualMap: {min: DATA.min, max: DATA.max, calculable: true, orient: 'vertical', right: 10, top: 'middle',",
            "    precision: 2, inRange: {color: DATA.palette}},",
            "  series: [{type: 'heatmap', data: cells,",
            "    label: {show: true, fontSize: cell >= 36 ? 12 : cell >= 30 ? 10 : 8, formatter: p => p.value[2].toFixed(2)},",
            "    emphasis: {itemStyle: {borderColor: '#222', borderWidth: 1}}}]",
            "});",
            "if (DATA.legend.length) {",
            "  document.getElementById('below').innerHTML = '<ol>' + DATA.legend.map(s => '<li>' + esc(s.replace(/^\\d+\\. /, '')) + '</li>').join('') + '</ol>';",
            "}"));
}
