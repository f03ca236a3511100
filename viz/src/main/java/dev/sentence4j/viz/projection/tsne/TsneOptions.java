package dev.sentence4j.viz.projection.tsne;

/**
 * Barnes-Hut t-SNE settings; defaults as bhtsne (perplexity 30, theta 0.5, 1000 iterations,
 * exaggeration 12 for the first 250, momentum 0.5 then 0.8 from iteration 250) except the
 * learning rate: {@code max(200, n / exaggeration)} when 0 (Belkina et al. 2019, as openTSNE),
 * because bhtsne's fixed 200 converges far too slowly for tens of thousands of points.
 *
 * @param learningRate 0 for automatic
 * @param pcaInit      start from the first two principal components scaled to std 1e-4
 *                     (Kobak and Linderman 2021) rather than bhtsne's Gaussian noise of that std
 * @param threads      worker threads; results do not depend on it
 */
public record TsneOptions(double perplexity, double theta, int iterations, double exaggeration,
        int exaggerationIterations, double learningRate, long seed, boolean pcaInit, int threads) {
    public TsneOptions {
        if (!(perplexity > 1)) {
            throw new IllegalArgumentException("perplexity must be > 1, found " + perplexity);
        }
        if (!(theta >= 0 && theta < 1.5)) {
            throw new IllegalArgumentException("theta must be in [0, 1.5), found " + theta);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, found " + iterations);
        }
        if (!(exaggeration >= 1)) {
            throw new IllegalArgumentException("exaggeration must be >= 1, found " + exaggeration);
        }
        if (exaggerationIterations < 0 || learningRate < 0 || threads < 1) {
            throw new IllegalArgumentException("exaggerationIterations and learningRate must be >= 0 and threads >= 1, found "
                    + exaggerationIterations + ", " + learningRate + ", " + threads);
        }
    }

    public static TsneOptions defaults() {
        return new TsneOptions(30, 0.5, 1000, 12, 250, 0, 42, true,
                Runtime.getRuntime().availableProcessors());
    }

    public TsneOptions withSeed(long v) {
        return new TsneOptions(perplexity, theta, iterations, exaggeration, exaggerationIterations, learningRate, v,
                pcaInit, threads);
    }

    public TsneOptions withIterations(int v) {
        return new TsneOptions(perplexity, theta, v, exaggeration, exaggerationIterations, learningRate, seed,
                pcaInit, threads);
    }

    public TsneOptions withPerplexity(double v) {
        return new TsneOptions(v, theta, iterations, exaggeration, exaggerationIterations, learningRate, seed,
                pcaInit, threads);
    }

    public TsneOptions withThreads(int v) {
        return new TsneOptions(perplexity, theta, iterations, exaggeration, exaggerationIterations, learningRate, seed,
                pcaInit, v);
    }

    public TsneOptions withPcaInit(boolean v) {
        return new TsneOptions(perplexity, theta, iterations, exaggeration, exaggerationIterations, learningRate, seed,
                v, threads);
    }

    /** The learning rate used for {@code n} points. */
    public double learningRateFor(int n) {
        return learningRate > 0 ? learningRate : Math.max(200, n / exaggeration);
    }
}
