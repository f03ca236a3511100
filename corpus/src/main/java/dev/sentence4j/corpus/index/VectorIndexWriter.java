package dev.sentence4j.corpus.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds vectors (with id, line and text) to a new Lucene HNSW index. The vectors field uses the
 * configured format through a per-field codec override; readers need no custom codec because
 * Lucene records each field's format name in the segment and finds it by SPI.
 * {@link #close()} commits with the {@link IndexMetadata}; an index without it is unfinished.
 */
public final class VectorIndexWriter implements AutoCloseable {
    private final Directory directory;
    private final IndexWriter writer;
    private final IndexMetadata metadata;
    private final VectorSimilarityFunction function;
    private long rows;
    private boolean closed;

    private VectorIndexWriter(Directory directory, IndexWriter writer, IndexMetadata metadata) {
        this.directory = directory;
        this.writer = writer;
        this.metadata = metadata;
        this.function = IndexFields.luceneFunction(metadata.similarity(), metadata.normalized());
    }

    /** {@code metadata.rows()} is ignored: the rows added count. */
    public static VectorIndexWriter create(VectorIndexConfig config, IndexMetadata metadata) throws IOException {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(metadata, "metadata");
        IndexFields.luceneFunction(metadata.similarity(), metadata.normalized()); // fail early on manhattan
        Path dir = config.directory();
        if (Files.isDirectory(dir)) {
            try (Directory existing = FSDirectory.open(dir)) {
                if (DirectoryReader.indexExists(existing)) {
                    throw new IllegalArgumentException("'" + dir + "' already holds an index; remove it or choose another --index directory");
                }
            }
            requireEmpty(dir);
        }
        Files.createDirectories(dir);
        KnnVectorsFormat format = config.quantization().format(config.maxConn(), config.beamWidth());
        Codec codec = new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
        IndexWriterConfig iwc = new IndexWriterConfig()
                .setCodec(codec)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                // One big in-memory segment: the HNSW graph is built once, not rebuilt by merges.
                .setRAMBufferSizeMB(512);
        Directory d = FSDirectory.open(dir);
        try {
            return new VectorIndexWriter(d, new IndexWriter(d, iwc), metadata);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /**
     * OpenMode.CREATE deletes whatever in the directory has a Lucene-like name ({@code _x.txt},
     * {@code segments...}), so a non-empty directory that holds no index (a user's files, or an
     * interrupted build, which cannot be told apart) is refused before Lucene opens it.
     */
    private static void requireEmpty(Path dir) throws IOException {
        List<String> present;
        try (Stream<Path> entries = Files.list(dir)) {
            present = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
        }
        if (!present.isEmpty()) {
            throw new IllegalArgumentException("'" + dir + "' is not empty and holds no index (it has "
                    + String.join(", ", present.subList(0, Math.min(3, present.size())))
                    + (present.size() > 3 ? ", ..." : "") + "); choose an empty or new --index directory");
        }
    }

    /** Adds one document; ids are the caller's row numbers (0-based, in order). */
    public void add(long id, long line, String text, float[] vector) throws IOException {
        if (vector.length != metadata.dimension()) {
            throw new IllegalArgumentException("vector dimensions differ: " + vector.length + "!=" + metadata.dimension()
                    + " (row " + id + ")");
        }
        Document doc = new Document();
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, function));
        doc.add(new NumericDocValuesField(IndexFields.ID, id));
        doc.add(new StoredField(IndexFields.ID, id));
        doc.add(new StoredField(IndexFields.LINE, line));
        doc.add(new StoredField(IndexFields.TEXT, text == null ? "" : text));
        writer.addDocument(doc);
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Merges into one segment (one graph: better recall and speed, costs a graph rebuild) and commits. */
    public void forceMerge() throws IOException {
        writer.forceMerge(1);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            IndexMetadata done = new IndexMetadata(metadata.model(), metadata.dimension(), metadata.similarity(),
                    metadata.normalized(), metadata.quantization(), rows);
            writer.setLiveCommitData(done.toUserData().entrySet());
            writer.commit();
        } finally {
            writer.close();
            directory.close();
        }
    }

}
