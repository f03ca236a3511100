package dev.sentence4j.viz;

import dev.sentence4j.viz.projection.tsne.TsneOptions;
import java.util.List;
import java.util.Objects;

/**
 * @param sample  how many tokens to map, 0 for the whole vocabulary; a seeded random sample that
 *                always contains the labelled tokens
 * @param labels  tokens to label on the map (each must be in the vocabulary)
 */
public record VocabularyMapOptions(ProjectionMethod method, int sample, long seed, List<String> labels, TsneOptions tsne) {
    public VocabularyMapOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(tsne, "tsne");
        labels = List.copyOf(labels);
        if (sample < 0) {
            throw new IllegalArgumentException("sample must be >= 0 (0 = all tokens), found " + sample);
        }
    }

    public static VocabularyMapOptions defaults() {
        return new VocabularyMapOptions(ProjectionMethod.TSNE, 0, 42, List.of(), TsneOptions.defaults());
    }

    public VocabularyMapOptions withMethod(ProjectionMethod v) {
        return new VocabularyMapOptions(v, sample, seed, labels, tsne);
    }

    public VocabularyMapOptions withSample(int v) {
        return new VocabularyMapOptions(method, v, seed, labels, tsne);
    }

    public VocabularyMapOptions withSeed(long v) {
        return new VocabularyMapOptions(method, sample, v, labels, tsne.withSeed(v));
    }

    public VocabularyMapOptions withLabels(List<String> v) {
        return new VocabularyMapOptions(method, sample, seed, v, tsne);
    }

    public VocabularyMapOptions withTsne(TsneOptions v) {
        return new VocabularyMapOptions(method, sample, seed, labels, v);
    }
}
