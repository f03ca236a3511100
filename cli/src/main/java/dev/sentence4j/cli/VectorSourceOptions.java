package dev.sentence4j.cli;

import dev.sentence4j.cli.io.Utf8Lines;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.similarity.Similarity;
import dev.sentence4j.corpus.encode.Manifest;
import dev.sentence4j.corpus.index.VectorIndex;
import dev.sentence4j.corpus.io.NpyMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where paraphrase-mining and communities read vectors: a .npy matrix (with optional texts) or a vector index. */
final class VectorSourceOptions {
    @Option(names = "--vectors", paramLabel = "FILE",
        description = "A [rows, dim] float32 .npy file, e.g. the embeddings.npy of 'encode --merge'.")
    Path vectors;

    @Option(names = "--texts", paramLabel = "FILE",
        description = "With --vectors: the text file whose line i is row i, to print texts with the results.")
    String texts;

    @Option(names = "--index", paramLabel = "DIR", description = "A vector index from 'sentence4j index build' (vectors and texts).")
    Path index;

    /** Vectors, texts (or null) and the similarity to use. */
    record Loaded(Embeddings embeddings, List<String> texts, Similarity similarity) {}

    Loaded load() throws IOException {
        if ((vectors == null) == (index == null)) {
            throw new IllegalArgumentException("give exactly one of --vectors FILE.npy or --index DIR");
        }
        if (index != null) {
            if (texts != null) {
                throw new IllegalArgumentException("--texts goes with --vectors; an index stores its texts");
            }
            try (VectorIndex idx = VectorIndex.open(index)) {
                return new Loaded(idx.vectors(), idx.texts(), idx.metadata().similarity());
            }
        }
        Embeddings e = NpyMatrix.read(vectors);
        List<String> lines = null;
        if (texts != null) {
            lines = Utf8Lines.read(texts, System.in);
            if (lines.size() != e.rows()) {
                throw new IllegalArgumentException("--texts " + texts + " has " + lines.size() + " lines but --vectors " + vectors
                    + " has " + e.rows() + " rows; they must match line for row");
            }
        }
        return new Loaded(e, lines, similarityBeside(vectors));
    }

    /** The similarity from a manifest.json beside the .npy (an encode output directory), else cosine (ST's default). */
    private static Similarity similarityBeside(Path npy) throws IOException {
        Path dir = npy.toAbsolutePath().getParent();
        if (dir != null && Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
            String name = Manifest.read(dir).similarity();
            return Similarity.fromConfigName(name).orElse(Similarity.COSINE);
        }
        return Similarity.COSINE;
    }
}
