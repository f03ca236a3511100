package dev.sentence4j.corpus.index;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.similarity.Similarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A sentence4j vector index opened for search. Approximate search walks the HNSW graph for
 * {@code numCandidates} candidates (Lucene's k, i.e. the search beam; by default
 * max(k, {@value #DEFAULT_NUM_CANDIDATES}) times the quantization's oversampling), then rescores every candidate
 * with its float32 vector and the model's similarity and keeps the best k; exact search scores
 * every vector. Either way the scores are the model's own (e.g. cosine in [-1, 1]), and ties
 * go to the lower id. Thread-safe for searches.
 */
public final class VectorIndex implements AutoCloseable {
    /** Best first: score descending, then id ascending. */
    static final Comparator<Candidate> ORDER =
            Comparator.comparingDouble((Candidate c) -> c.score).reversed().thenComparingLong(c -> c.id);

    /** Graph candidates per query before oversampling: the beam that makes recall@10 >= 0.98 at 100k rows. */
    public static final int DEFAULT_NUM_CANDIDATES = 100;

    private final Path path;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexMetadata metadata;

    private VectorIndex(Path path, Directory directory, DirectoryReader reader, IndexMetadata metadata) {
        this.path = path;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.metadata = metadata;
    }

    public static VectorIndex open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("index directory '" + dir + "' does not exist; build one with 'sentence4j index build'");
        }
        Directory d = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(d)) {
                throw new IllegalArgumentException("'" + dir + "' holds no Lucene index; build one with 'sentence4j index build'");
            }
            DirectoryReader r = DirectoryReader.open(d);
            IndexMetadata m = IndexMetadata.fromUserData(r.getIndexCommit().getUserData(), dir);
            return new VectorIndex(dir, d, r, m);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    public IndexMetadata metadata() {
        return metadata;
    }

    public int size() {
        return reader.numDocs();
    }

    /** Index size on disk in bytes. */
    public long sizeOnDisk() throws IOException {
        long sum = 0;
        for (String f : directory.listAll()) {
            sum += directory.fileLength(f);
        }
        return sum;
    }

    /** The k most similar documents. {@code exact} scans every vector instead of the graph. */
    public List<IndexHit> search(float[] query, int k, boolean exact) throws IOException {
        return search(query, k, exact, defaultCandidates(k));
    }

    /** Graph candidates for {@code k} hits by default: max(k, 100) times the quantization's oversampling. */
    public int defaultCandidates(int k) {
        return Math.max(k, DEFAULT_NUM_CANDIDATES) * metadata.quantization().oversample();
    }

    /** As {@link #search(float[], int, boolean)}, with {@code numCandidates} graph candidates rescored. */
    public List<IndexHit> search(float[] query, int k, boolean exact, int numCandidates) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, found " + k);
        }
        if (numCandidates < k) {
            throw new IllegalArgumentException("numCandidates must be >= k (" + k + "), found " + numCandidates);
        }
        if (query.length != metadata.dimension()) {
            throw new IllegalArgumentException("vector dimensions differ: query " + query.length + " != index "
                    + metadata.dimension() + " (" + path + ")");
        }
        List<Candidate> best = exact ? scanAll(query, k) : graphCandidates(query, k, numCandidates);
        List<IndexHit> hits = new ArrayList<>(best.size());
        StoredFields stored = reader.storedFields();
        for (Candidate c : best) {
            Document doc = stored.document(c.doc);
            hits.add(new IndexHit(c.id, doc.getField(IndexFields.LINE).numericValue().longValue(),
                    doc.get(IndexFields.TEXT), c.score));
        }
        return hits;
    }

    /**
     * The k nearest rows of {@code query} as (id, score) pairs, without loading stored fields
     * (for mining over the graph).
     */
    public List<IndexNeighbour> nearestIds(float[] query, int k, boolean exact) throws IOException {
        List<Candidate> best = exact ? scanAll(query, k) : graphCandidates(query, k, defaultCandidates(k));
        List<IndexNeighbour> out = new ArrayList<>(best.size());
        for (Candidate c : best) {
            out.add(new IndexNeighbour(c.id, c.score));
        }
        return out;
    }

    private List<Candidate> graphCandidates(float[] query, int k, int numCandidates) throws IOException {
        int candidates = Math.min(numCandidates, Math.max(1, reader.numDocs()));
        TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, query, candidates), candidates);
        List<LeafReaderContext> leaves = reader.leaves();
        List<Candidate> rescored = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int local = sd.doc - leaf.docBase;
            float[] v = vectorOf(leaf.reader(), local);
            rescored.add(new Candidate(sd.doc, idOf(leaf.reader(), local), score(query, v)));
        }
        rescored.sort(ORDER);
        return rescored.subList(0, Math.min(k, rescored.size()));
    }

    private List<Candidate> scanAll(float[] query, int k) throws IOException {
        PriorityQueue<Candidate> heap = new PriorityQueue<>(ORDER.reversed());
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader lr = leaf.reader();
            FloatVectorValues values = lr.getFloatVectorValues(IndexFields.VECTOR);
            if (values == null) {
                continue;
            }
            NumericDocValues ids = lr.getNumericDocValues(IndexFields.ID);
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!ids.advanceExact(doc)) {
                    throw new IllegalStateException(path + ": document " + doc + " has no id");
                }
                Candidate c = new Candidate(leaf.docBase + doc, ids.longValue(), score(query, values.vectorValue(it.index())));
                if (heap.size() < k) {
                    heap.add(c);
                } else if (ORDER.compare(c, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(c);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(heap);
        out.sort(ORDER);
        return out;
    }

    /** Every vector, row {@code id} at row {@code id} (for paraphrase mining and communities). */
    public Embeddings vectors() throws IOException {
        long n = reader.numDocs();
        int dim = metadata.dimension();
        if (n * dim > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(path + ": " + n + " vectors of " + dim + " do not fit one array");
        }
        float[] data = new float[(int) n * dim]; // [n * dim]
        boolean[] seen = new boolean[(int) n];
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader lr = leaf.reader();
            FloatVectorValues values = lr.getFloatVectorValues(IndexFields.VECTOR);
            if (values == null) {
                continue;
            }
            NumericDocValues ids = lr.getNumericDocValues(IndexFields.ID);
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                ids.advanceExact(doc);
                long id = ids.longValue();
                if (id < 0 || id >= n || seen[(int) id]) {
                    throw new IllegalStateException(path + ": ids are not 0.." + (n - 1) + " without repeats (found " + id + ")");
                }
                seen[(int) id] = true;
                System.arraycopy(values.vectorValue(it.index()), 0, data, (int) id * dim, dim);
            }
        }
        return new Embeddings((int) n, dim, data);
    }

    /** Stored text of row {@code id}'s document, for reports. */
    public List<String> texts() throws IOException {
        String[] out = new String[reader.numDocs()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document d = stored.document(doc);
            out[(int) d.getField(IndexFields.ID).numericValue().longValue()] = d.get(IndexFields.TEXT);
        }
        return java.util.Arrays.asList(out);
    }

    private float score(float[] query, float[] v) {
        Similarity s = metadata.similarity();
        return s.score(query, v);
    }

    private static float[] vectorOf(LeafReader lr, int doc) throws IOException {
        FloatVectorValues values = lr.getFloatVectorValues(IndexFields.VECTOR);
        KnnVectorValues.DocIndexIterator it = values.iterator();
        if (it.advance(doc) != doc) {
            throw new IllegalStateException("document " + doc + " has no vector");
        }
        return values.vectorValue(it.index()).clone();
    }

    private static long idOf(LeafReader lr, int doc) throws IOException {
        NumericDocValues ids = lr.getNumericDocValues(IndexFields.ID);
        if (!ids.advanceExact(doc)) {
            throw new IllegalStateException("document " + doc + " has no id");
        }
        return ids.longValue();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }

    record Candidate(int doc, long id, float score) {}
}
