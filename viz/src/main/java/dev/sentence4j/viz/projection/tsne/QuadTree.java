package dev.sentence4j.viz.projection.tsne;

import java.util.Arrays;

/**
 * The Barnes-Hut quadtree over the 2-D embedding (bhtsne's SPTree for two dimensions), in flat
 * arrays: each cell keeps its centre of mass and point count; a leaf keeps one point index, and
 * exact duplicates (or points in a cell below {@value #MIN_HALF_WIDTH}) share a leaf. The
 * repulsive force on a point sums the cells that look small from it
 * ({@code halfWidth / distance < theta}) as one mass at their centre.
 */
final class QuadTree {
    private static final double MIN_HALF_WIDTH = 1e-10;

    private double[] cx, cy, hw;        // [capacity] cell centre and half width
    private double[] comX, comY;        // [capacity] centre of mass
    private int[] count;                // [capacity] points below the cell
    private int[] firstChild;           // [capacity] index of the first of 4 children, -1 for a leaf
    private int[] point;                // [capacity] a leaf's point, -1 when empty
    private int nodes;
    private final double[] y;           // [n * 2]

    QuadTree(double[] y, int n) {
        this.y = y;
        int capacity = Math.max(16, 2 * n);
        cx = new double[capacity];
        cy = new double[capacity];
        hw = new double[capacity];
        comX = new double[capacity];
        comY = new double[capacity];
        count = new int[capacity];
        firstChild = new int[capacity];
        point = new int[capacity];
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        newNode((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + 1e-5);
        for (int i = 0; i < n; i++) {
            insert(i);
        }
    }

    private int newNode(double x, double yy, double half) {
        if (nodes == cx.length) {
            int c = cx.length * 2;
            cx = Arrays.copyOf(cx, c);
            cy = Arrays.copyOf(cy, c);
            hw = Arrays.copyOf(hw, c);
            comX = Arrays.copyOf(comX, c);
            comY = Arrays.copyOf(comY, c);
            count = Arrays.copyOf(count, c);
            firstChild = Arrays.copyOf(firstChild, c);
            point = Arrays.copyOf(point, c);
        }
        int id = nodes++;
        cx[id] = x;
        cy[id] = yy;
        hw[id] = half;
        comX[id] = 0;
        comY[id] = 0;
        count[id] = 0;
        firstChild[id] = -1;
        point[id] = -1;
        return id;
    }

    private void insert(int p) {
        double px = y[2 * p], py = y[2 * p + 1];
        int node = 0;
        while (true) {
            int c = ++count[node];
            comX[node] += (px - comX[node]) / c;
            comY[node] += (py - comY[node]) / c;
            if (firstChild[node] < 0) {
                if (point[node] < 0) {
                    point[node] = p;
                    return;
                }
                int q = point[node];
                if ((y[2 * q] == px && y[2 * q + 1] == py) || hw[node] < MIN_HALF_WIDTH) {
                    return; // duplicate: counted in this leaf's mass
                }
                subdivide(node);
                int child = childFor(node, y[2 * q], y[2 * q + 1]);
                // The leaf's mass so far moves with its point (duplicates included).
                count[child] = c - 1;
                comX[child] = y[2 * q];
                comY[child] = y[2 * q + 1];
                point[child] = q;
                point[node] = -1;
            }
            node = childFor(node, px, py);
        }
    }

    private void subdivide(int node) {
        double h = hw[node] / 2;
        int first = newNode(cx[node] - h, cy[node] - h, h);
        newNode(cx[node] + h, cy[node] - h, h);
        newNode(cx[node] - h, cy[node] + h, h);
        newNode(cx[node] + h, cy[node] + h, h);
        firstChild[node] = first;
    }

    private int childFor(int node, double px, double py) {
        int q = (px >= cx[node] ? 1 : 0) + (py >= cy[node] ? 2 : 0);
        return firstChild[node] + q;
    }

    /**
     * Adds the unnormalized repulsive force on point {@code i} to {@code force[0..1]} and returns
     * its share of the normalization {@code Z = sum_{j != i} (1 + |y_i - y_j|^2)^-1}.
     */
    double repulsion(int i, double theta, double[] force, int[] stack) {
        double px = y[2 * i], py = y[2 * i + 1];
        double z = 0, fx = 0, fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int c = count[node];
            if (c == 0) {
                continue;
            }
            double dx = px - comX[node], dy = py - comY[node];
            double d2 = dx * dx + dy * dy;
            boolean leaf = firstChild[node] < 0;
            if (leaf || hw[node] * hw[node] < theta * theta * d2) {
                if (d2 == 0) {
                    // The cell is this point (and its duplicates): they add to Z, not to the force.
                    z += c - 1;
                    continue;
                }
                double q = 1 / (1 + d2);
                double mult = c * q;
                z += mult;
                mult *= q;
                fx += mult * dx;
                fy += mult * dy;
            } else {
                int f = firstChild[node];
                stack[top++] = f;
                stack[top++] = f + 1;
                stack[top++] = f + 2;
                stack[top++] = f + 3;
            }
        }
        force[0] += fx;
        force[1] += fy;
        return z;
    }

    /** Enough stack for a traversal: depth is bounded by the minimum half width. */
    static int[] newStack() {
        return new int[4 * 200];
    }
}
