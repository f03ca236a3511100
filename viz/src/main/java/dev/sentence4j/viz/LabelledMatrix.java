package dev.sentence4j.viz;

import java.util.List;
import java.util.Objects;

/**
 * What a heatmap renderer draws: a matrix with a label per row and column.
 *
 * @param rowLabels    short labels on the vertical axis, top to bottom, {@code [rows]}
 * @param colLabels    short labels on the horizontal axis, left to right, {@code [cols]}
 * @param rowDetails   full text per row for hover and legends (may equal the labels)
 * @param colDetails   full text per column
 * @param values       {@code [rows * cols]}, row-major
 * @param min          the colour scale's lower end
 * @param max          the colour scale's upper end
 * @param legend       lines explaining labels (e.g. the full sentences), printed under the chart; may be empty
 */
public record LabelledMatrix(String title, String xTitle, String yTitle, List<String> rowLabels, List<String> colLabels,
        List<String> rowDetails, List<String> colDetails, float[] values, double min, double max, List<String> legend) {
    public LabelledMatrix {
        Objects.requireNonNull(title, "title");
        rowLabels = List.copyOf(rowLabels);
        colLabels = List.copyOf(colLabels);
        rowDetails = List.copyOf(rowDetails);
        colDetails = List.copyOf(colDetails);
        legend = List.copyOf(legend);
        Objects.requireNonNull(values, "values");
        if (rowLabels.isEmpty() || colLabels.isEmpty()) {
            throw new IllegalArgumentException("a heatmap needs at least one row and one column, found "
                    + rowLabels.size() + " x " + colLabels.size());
        }
        if ((long) rowLabels.size() * colLabels.size() != values.length) {
            throw new IllegalArgumentException("values length differs from rows * cols: " + values.length + " != "
                    + rowLabels.size() + " * " + colLabels.size());
        }
        if (rowDetails.size() != rowLabels.size() || colDetails.size() != colLabels.size()) {
            throw new IllegalArgumentException("details and labels sizes differ: rows " + rowDetails.size() + "!="
                    + rowLabels.size() + ", cols " + colDetails.size() + "!=" + colLabels.size());
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("colour scale needs min < max, found " + min + ", " + max);
        }
    }

    public int rows() {
        return rowLabels.size();
    }

    public int cols() {
        return colLabels.size();
    }

    public float value(int row, int col) {
        return values[row * colLabels.size() + col];
    }
}
