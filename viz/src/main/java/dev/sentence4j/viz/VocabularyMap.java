package dev.sentence4j.viz;

import dev.sentence4j.viz.embedding.Vocabulary;
import dev.sentence4j.viz.embedding.WordEmbeddingMatrix;
import dev.sentence4j.viz.projection.Parallel;
import dev.sentence4j.viz.projection.Pca;
import dev.sentence4j.viz.projection.Projection2D;
import dev.sentence4j.viz.projection.tsne.BarnesHutTsne;
import dev.sentence4j.viz.projection.tsne.TsneProgress;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A 2-D map of (a sample of) the word-embedding matrix: one point per token, coloured by
 * {@link TokenGroup}, some labelled.
 *
 * @param ids        {@code [n]} token ids, ascending
 * @param tokens     {@code [n]}
 * @param groups     {@code [n]}
 * @param projection the points, in the order of {@code ids}
 * @param labelled   indices into {@code ids} of the tokens to label
 */
public record VocabularyMap(String modelName, String source, int[] ids, String[] tokens, TokenGroup[] groups,
        Projection2D projection, int[] labelled) {
    public VocabularyMap {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(source, "source");
        if (ids.length != tokens.length || ids.length != groups.length || ids.length != projection.n()) {
            throw new IllegalArgumentException("ids, tokens, groups and points differ in number: " + ids.length + ", "
                    + tokens.length + ", " + groups.length + ", " + projection.n());
        }
    }

    public int size() {
        return ids.length;
    }

    public static VocabularyMap compute(String modelName, WordEmbeddingMatrix matrix, Vocabulary vocabulary,
            VocabularyMapOptions options, TsneProgress progress) {
        if (vocabulary.size() > matrix.vocabSize()) {
            throw new IllegalArgumentException("the tokenizer has " + vocabulary.size() + " tokens but the embedding matrix ("
                    + matrix.source() + ") only " + matrix.vocabSize() + " rows");
        }
        int total = vocabulary.size();
        Set<Integer> required = new LinkedHashSet<>();
        for (String label : options.labels()) {
            int id = vocabulary.id(label);
            if (id < 0) {
                throw new IllegalArgumentException("label token \"" + label + "\" is not in the vocabulary of " + modelName
                        + " (" + total + " tokens); labels must be whole tokens, e.g. \"##ing\" or \"[CLS]\"");
            }
            required.add(id);
        }
        int[] ids = sample(total, options.sample(), options.seed(), required);
        int n = ids.length;
        int d = matrix.dimension();
        float[] x = new float[n * d]; // [n * d]
        String[] tokens = new String[n];
        TokenGroup[] groups = new TokenGroup[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix.data(), matrix.offset(ids[i]), x, i * d, d);
            tokens[i] = vocabulary.token(ids[i]);
            groups[i] = TokenGroup.of(tokens[i]);
        }
        Projection2D projection;
        if (options.method() == ProjectionMethod.PCA) {
            try (Parallel parallel = new Parallel(options.tsne().threads())) {
                projection = Pca.project(x, n, d, parallel);
            }
        } else {
            projection = BarnesHutTsne.project(x, n, d, options.tsne().withSeed(options.seed()), progress);
        }
        int[] labelled = required.stream().mapToInt(id -> Arrays.binarySearch(ids, id)).toArray();
        return new VocabularyMap(modelName, matrix.source(), ids, tokens, groups, projection, labelled);
    }

    /** {@code size} ids from {@code [0, total)}, ascending, seeded, always containing {@code required}. */
    static int[] sample(int total, int size, long seed, Set<Integer> required) {
        if (size == 0 || size >= total) {
            int[] all = new int[total];
            Arrays.setAll(all, i -> i);
            return all;
        }
        if (size < required.size()) {
            throw new IllegalArgumentException("sample " + size + " is smaller than the " + required.size()
                    + " labelled tokens");
        }
        // Partial Fisher-Yates shuffle with a seeded generator.
        int[] perm = new int[total];
        Arrays.setAll(perm, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] chosen = new boolean[total];
        int count = 0;
        for (int id : required) {
            chosen[id] = true;
            count++;
        }
        for (int i = 0; i < total && count < size; i++) {
            int j = i + random.nextInt(total - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            if (!chosen[perm[i]]) {
                chosen[perm[i]] = true;
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int id = 0; id < total; id++) {
            if (chosen[id]) {
                out[k++] = id;
            }
        }
        return out;
    }

    /** The labelled tokens, in label order. */
    public List<String> labelledTokens() {
        return Arrays.stream(labelled).mapToObj(i -> tokens[i]).toList();
    }
}
