package dev.sentence4j.viz.render;

import dev.sentence4j.viz.LabelledMatrix;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * A {@link LabelledMatrix} as an XChart heat map: values printed in the cells, a colour column as
 * legend, column labels rotated. The canvas grows with the number of labels (cells never get
 * smaller than {@value #MIN_CELL} px, wide enough for "-0.00" in 8 pt) so 100+ tokens stay legible.
 */
public final class MatrixChart {
    static final int MAX_CELL = 46;
    static final int MIN_CELL = 26;
    /** Light yellow to brown (ColorBrewer YlOrBr): dark text stays readable on every cell. */
    static final Color[] PALETTE = {
        new Color(0xffffe5), new Color(0xfee391), new Color(0xfec44f), new Color(0xfe9929), new Color(0xd95f0e)
    };
    private static final int CHAR_PX = 7;

    private MatrixChart() {}

    public static HeatMapChart build(LabelledMatrix m) {
        int rows = m.rows();
        int cols = m.cols();
        int cell = Math.max(MIN_CELL, Math.min(MAX_CELL, 900 / Math.max(rows, cols)));
        int longestCol = m.colLabels().stream().mapToInt(String::length).max().orElse(1);
        int longestRow = m.rowLabels().stream().mapToInt(String::length).max().orElse(1);
        int width = 150 + Math.min(longestRow, 40) * CHAR_PX + cols * cell + 120;
        int height = 90 + rows * cell + Math.min(longestCol, 40) * CHAR_PX + 40;
        width = Math.max(width, Math.max(520, 60 + (int) (m.title().length() * 8.5)));
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(m.title())
                .xAxisTitle(m.xTitle()).yAxisTitle(m.yTitle()).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, cell >= 30 ? 13 : 11));
        styler.setXAxisLabelRotation(cols > 6 || longestCol > 6 ? 90 : 0);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setRangeColors(PALETTE);
        styler.setMin(m.min());
        styler.setMax(m.max());
        styler.setPlotContentSize(0.995); // XChart's default 0.92 leaves 4% empty on each side
        styler.setShowValue(true);
        styler.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, cell >= 36 ? 12 : cell >= 30 ? 10 : 8));
        styler.setValueFontColor(Color.BLACK);
        styler.setHeatMapValueDecimalPattern("0.00");
        styler.setPlotGridLinesVisible(false);
        styler.setDrawBorder(true);
        styler.setGradientColorColumnHeight(Math.min(rows * cell, 400));

        // XChart draws the first y category at the bottom; reverse so row 0 is on top, as in a matrix.
        // Labels repeat (two "the" tokens): make each unique with invisible zero-width spaces.
        List<String> xs = unique(m.colLabels());
        List<String> ys = unique(m.rowLabels()).reversed();
        List<Number[]> data = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                data.add(new Number[] {c, rows - 1 - r, m.value(r, c)});
            }
        }
        chart.addSeries("cosine", xs, ys, data);
        return chart;
    }

    static List<String> unique(List<String> labels) {
        List<String> out = new ArrayList<>(labels.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String l : labels) {
            String s = l;
            while (!seen.add(s)) {
                s = s + "\u200b";
            }
            out.add(s);
        }
        return out;
    }
}
