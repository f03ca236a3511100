package dev.sentence4j.core.sparse;

import java.util.Arrays;

/**
 * A sparse vector over a vocabulary: the active dimensions and their values, as SPLADE gives them
 * (ST's SparseEncoder returns the same vector as a torch sparse COO tensor). Immutable: the arrays
 * are copied in and out.
 *
 * @param dimension the vector's full width (the vocabulary size)
 * @param indices   the active dimensions, strictly ascending, each in {@code [0, dimension)}
 * @param values    their values, all {@code > 0} and finite (SPLADE's weights are log(1 + relu(x)))
 */
public record SparseVector(int dimension, int[] indices, float[] values) {
    public SparseVector {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be > 0, found " + dimension);
        }
        if (indices == null || values == null) {
            throw new NullPointerException(indices == null ? "indices" : "values");
        }
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length: " + indices.length + "!=" + values.length);
        }
        indices = indices.clone();
        values = values.clone();
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= dimension) {
                throw new IllegalArgumentException("indices[" + i + "]: expected a dimension in [0, " + dimension
                        + "), found " + indices[i]);
            }
            if (i > 0 && indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices[" + i + "]: expected strictly ascending indices, found "
                        + indices[i] + " after " + indices[i - 1]);
            }
            if (!(values[i] > 0f) || values[i] == Float.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("values[" + i + "] (index " + indices[i]
                        + "): expected a finite value > 0, found " + values[i]);
            }
        }
    }

    /** A vector with no active dimension. */
    public static SparseVector empty(int dimension) {
        return new SparseVector(dimension, new int[0], new float[0]);
    }

    /** The active entries of {@code dense} (values {@code > 0}). */
    public static SparseVector fromDense(float[] dense) {
        int n = 0;
        for (float v : dense) {
            if (v > 0f) {
                n++;
            }
        }
        int[] idx = new int[n];
        float[] val = new float[n];
        for (int i = 0, k = 0; i < dense.length; i++) {
            if (dense[i] > 0f) {
                idx[k] = i;
                val[k++] = dense[i];
            }
        }
        return new SparseVector(dense.length, idx, val);
    }

    /** A copy of the active dimensions. */
    @Override
    public int[] indices() {
        return indices.clone();
    }

    /** A copy of the values. */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** The number of active dimensions. */
    public int size() {
        return indices.length;
    }

    /** The index of the {@code i}-th active dimension, without copying. */
    public int indexAt(int i) {
        return indices[i];
    }

    /** The value of the {@code i}-th active dimension, without copying. */
    public float valueAt(int i) {
        return values[i];
    }

    /** The value at dimension {@code index}: 0 when it is not active. */
    public float get(int index) {
        int at = Arrays.binarySearch(indices, index);
        return at >= 0 ? values[at] : 0f;
    }

    /** The vector written out: {@code [dimension]} floats, 0 where inactive. */
    public float[] toDense() {
        float[] out = new float[dimension];
        for (int i = 0; i < indices.length; i++) {
            out[indices[i]] = values[i];
        }
        return out;
    }

    /**
     * The dot product: a walk over both index lists, summed in double in ascending index order,
     * so it does not depend on which vector is {@code this}.
     */
    public float dot(SparseVector other) {
        requireSameDimension(other);
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < indices.length && j < other.indices.length) {
            int a = indices[i];
            int b = other.indices[j];
            if (a == b) {
                sum += values[i++] * (double) other.values[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return (float) sum;
    }

    /**
     * The {@code k} largest values, as ST's max_active_dims keeps them (util.select_max_active_dims:
     * torch.topk of the absolute values, all positive here); this vector itself when it has at most
     * {@code k}. Among equal values torch.topk's choice is unspecified; here the lower index wins,
     * so the result depends only on the vector.
     */
    public SparseVector topK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, found " + k);
        }
        if (indices.length <= k) {
            return this;
        }
        Integer[] order = new Integer[indices.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // values descending, then index ascending (positions are in index order already)
        Arrays.sort(order, (a, b) -> values[a] != values[b] ? Float.compare(values[b], values[a]) : Integer.compare(a, b));
        int[] kept = new int[k];
        for (int i = 0; i < k; i++) {
            kept[i] = order[i];
        }
        Arrays.sort(kept);
        int[] idx = new int[k];
        float[] val = new float[k];
        for (int i = 0; i < k; i++) {
            idx[i] = indices[kept[i]];
            val[i] = values[kept[i]];
        }
        return new SparseVector(dimension, idx, val);
    }

    /**
     * The element-wise product over the dimensions active in both (ST's SparseEncoder.intersection):
     * each shared dimension's share of the dot product, which says why two texts match. Products
     * that underflow to 0 are dropped.
     */
    public SparseVector intersection(SparseVector other) {
        requireSameDimension(other);
        int[] idx = new int[Math.min(indices.length, other.indices.length)];
        float[] val = new float[idx.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < indices.length && j < other.indices.length) {
            int a = indices[i];
            int b = other.indices[j];
            if (a == b) {
                float p = values[i++] * other.values[j++];
                if (p > 0f) {
                    idx[n] = a;
                    val[n++] = p;
                }
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return new SparseVector(dimension, Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
    }

    /** The L2 norm, in double. */
    public double norm() {
        double sum = 0;
        for (float v : values) {
            sum += v * (double) v;
        }
        return Math.sqrt(sum);
    }

    void requireSameDimension(SparseVector other) {
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("vector dimensions differ: " + dimension + "!=" + other.dimension);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && v.dimension == dimension && Arrays.equals(v.indices, indices)
                && Arrays.equals(v.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dimension + Arrays.hashCode(indices)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("SparseVector[dimension=").append(dimension).append(", ").append(size())
                .append(" active: {");
        for (int i = 0; i < Math.min(indices.length, 8); i++) {
            s.append(i == 0 ? "" : ", ").append(indices[i]).append('=').append(values[i]);
        }
        return s.append(indices.length > 8 ? ", ...}]" : "}]").toString();
    }
}
