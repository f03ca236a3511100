package dev.sentence4j.tokenizers.training;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts the words of text files as a trainer sees them: each line normalized and pre-tokenized
 * by the pipeline's own normalizer and pre-tokenizer (HF Tokenizer::train_from_files feeds its
 * trainers the same way; added tokens are not extracted). Streaming: one thread reads batches of
 * lines and {@code threads} workers count them into maps of their own, merged at the end, so memory
 * holds the distinct words, never the corpus.
 *
 * <p>Lines are read without their terminator (HF keeps "\n", which the Metaspace pre-tokenizer would
 * glue to the last word of every line; whitespace-splitting pre-tokenizers drop it either way).
 */
public final class WordCounter {

    /** Receives (bytes read, bytes in all files, lines read) now and then, from the reading thread. */
    @FunctionalInterface
    public interface Progress {
        void read(long bytesDone, long bytesTotal, long lines);
    }

    private static final int BATCH_LINES = 1024;
    private static final List<String> END = new ArrayList<>();

    private final Normalizer normalizer;     // nullable
    private final PreTokenizer preTokenizer; // nullable: the whole line is one word
    private final int threads;

    public WordCounter(Normalizer normalizer, PreTokenizer preTokenizer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.normalizer = normalizer;
        this.preTokenizer = preTokenizer;
        this.threads = threads;
    }

    /** The words of one line, in order. */
    public List<String> words(String line) {
        NormalizedString ns = NormalizedString.of(line);
        if (normalizer != null) {
            normalizer.normalize(ns);
        }
        PreTokenizedString pts = PreTokenizedString.of(ns);
        if (preTokenizer != null) {
            preTokenizer.preTokenize(pts);
        }
        List<String> out = new ArrayList<>(pts.pieces().size());
        for (PreTokenizedString.Piece p : pts.pieces()) {
            String w = p.normalized().normalized();
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Word counts over in-memory lines (tests, small inputs). */
    public Map<String, Long> countLines(List<String> lines) {
        Map<String, long[]> counts = new HashMap<>();
        for (String line : lines) {
            add(line, counts);
        }
        return freeze(counts);
    }

    /** Word counts over the lines of UTF-8 {@code files}, read once, in order. */
    public Map<String, Long> count(List<Path> files, Progress progress) throws IOException {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("no corpus files given");
        }
        long total = 0;
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new IllegalArgumentException("corpus file not found: " + f);
            }
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("corpus path " + f + " is not a regular file; expected a text file");
            }
            total += Files.size(f);
        }
        BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(4 * threads);
        // any Throwable: an OutOfMemoryError in a worker must stop the reader, not leave it waiting
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Map<String, long[]>> partials = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Map<String, long[]> mine = new HashMap<>();
            partials.add(mine);
            Thread worker = Thread.ofPlatform().name("word-counter-" + t).daemon().start(() -> work(queue, mine, failure));
            workers.add(worker);
        }
        long[] bytes = new long[1];
        long lines = 0;
        try {
            for (Path f : files) {
                if (failure.get() != null) {
                    break; // the remaining files are not read once a worker failed
                }
                lines = readFile(f, queue, bytes, total, lines, progress, failure, workers);
            }
        } finally {
            for (int t = 0; t < threads; t++) {
                if (!put(queue, END, failure, workers, true)) {
                    break; // every worker is gone: nobody is left to take END
                }
            }
            for (Thread worker : workers) {
                joinUninterruptibly(worker);
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException("word counting failed: " + failed, failed);
        }
        if (progress != null) {
            progress.read(total, total, lines);
        }
        Map<String, long[]> all = partials.get(0);
        for (int t = 1; t < partials.size(); t++) {
            for (Map.Entry<String, long[]> e : partials.get(t).entrySet()) {
                long[] c = all.putIfAbsent(e.getKey(), e.getValue());
                if (c != null) {
                    c[0] += e.getValue()[0];
                }
            }
        }
        return freeze(all);
    }

    private long readFile(Path file, BlockingQueue<List<String>> queue, long[] bytes, long total, long lines,
                          Progress progress, AtomicReference<Throwable> failure, List<Thread> workers)
            throws IOException {
        long lineInFile = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream counted = new FilterInputStream(raw) {
                 @Override
                 public int read(byte[] b, int off, int len) throws IOException {
                     int n = super.read(b, off, len);
                     if (n > 0) {
                         bytes[0] += n;
                     }
                     return n;
                 }
             };
             BufferedReader reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            List<String> batch = new ArrayList<>(BATCH_LINES);
            String line;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    // the decoder works a 64 KiB buffer ahead of the lines handed out, so the bad
                    // bytes are at or after this line, not necessarily on it
                    throw new IllegalArgumentException("corpus file " + file + " is not valid UTF-8 (at or after line "
                            + (lineInFile + 1) + ")", e);
                }
                if (line == null) {
                    break;
                }
                lineInFile++;
                batch.add(line);
                if (batch.size() == BATCH_LINES) {
                    lines += batch.size();
                    if (!put(queue, batch, failure, workers, false)) {
                        return lines; // a worker failed; count() reports it
                    }
                    batch = new ArrayList<>(BATCH_LINES);
                    if (progress != null) {
                        progress.read(bytes[0], total, lines);
                    }
                }
            }
            if (!batch.isEmpty()) {
                lines += batch.size();
                put(queue, batch, failure, workers, false);
            }
        }
        return lines;
    }

    private void work(BlockingQueue<List<String>> queue, Map<String, long[]> counts,
                      AtomicReference<Throwable> failure) {
        while (true) {
            List<String> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (batch == END) {
                return;
            }
            if (failure.get() != null) {
                continue; // keep draining so the reader never blocks
            }
            try {
                for (String line : batch) {
                    add(line, counts);
                }
            } catch (Throwable e) {
                // recorded, rethrown by count() after the join; the worker keeps draining the queue
                failure.compareAndSet(null, e);
            }
        }
    }

    private void add(String line, Map<String, long[]> counts) {
        for (String w : words(line)) {
            long[] c = counts.get(w);
            if (c == null) {
                counts.put(w, new long[] {1});
            } else {
                c[0]++;
            }
        }
    }

    private static Map<String, Long> freeze(Map<String, long[]> counts) {
        Map<String, Long> out = new HashMap<>(counts.size() * 2);
        counts.forEach((w, c) -> out.put(w, c[0]));
        return out;
    }

    /**
     * Queues {@code item} unless a worker failed ({@code ignoreFailure} false) or no worker is alive
     * to take it; false if it was not queued. Waits in short offers, never forever: a worker killed
     * by an Error would otherwise leave the reader blocked on a full queue.
     */
    private static boolean put(BlockingQueue<List<String>> queue, List<String> item, AtomicReference<Throwable> failure,
                               List<Thread> workers, boolean ignoreFailure) {
        boolean interrupted = false;
        try {
            while (true) {
                if (!ignoreFailure && failure.get() != null) {
                    return false;
                }
                try {
                    if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (workers.stream().noneMatch(Thread::isAlive)) {
                    failure.compareAndSet(null, new IllegalStateException("all word-counting threads stopped"));
                    return false;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
