package dev.sentence4j.corpus.index;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.normalize.Normalize;
import java.util.Random;

/** Deterministic unit vectors scattered around random centres (centres from a fixed seed, rows from {@code seed}). */
public final class SyntheticVectors {
    private SyntheticVectors() {}

    public static Embeddings clustered(int n, int dim, int clusters, float spread, long seed) {
        Random centresRandom = new Random(12345);
        float[] centres = new float[clusters * dim]; // [clusters * dim]
        for (int i = 0; i < centres.length; i++) {
            centres[i] = (float) centresRandom.nextGaussian();
        }
        Normalize.l2InPlace(centres, clusters, dim);
        Random r = new Random(seed);
        float[] data = new float[n * dim]; // [n * dim]
        float noise = spread / (float) Math.sqrt(dim);
        for (int i = 0; i < n; i++) {
            int c = r.nextInt(clusters);
            for (int d = 0; d < dim; d++) {
                data[i * dim + d] = centres[c * dim + d] + noise * (float) r.nextGaussian();
            }
        }
        Normalize.l2InPlace(data, n, dim);
        return new Embeddings(n, dim, data);
    }
}
