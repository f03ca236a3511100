package dev.sentence4j.viz.projection.tsne;

/** Told how t-SNE is doing; called on the calling thread. */
@FunctionalInterface
public interface TsneProgress {
    /**
     * @param stage        "neighbours", "affinities" or "gradient descent"
     * @param iteration    gradient-descent iteration, 0 before it starts
     * @param klDivergence KL(P || Q) at this iteration (with the exaggeration taken out), or NaN
     */
    void report(String stage, int iteration, double klDivergence);

    TsneProgress NONE = (stage, iteration, kl) -> {};
}
