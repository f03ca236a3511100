package dev.sentence4j.bench.alloc;

import com.sun.management.ThreadMXBean;
import dev.sentence4j.bench.Corpus;
import dev.sentence4j.core.SentenceEncoder;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Java heap bytes allocated per sentence by {@code SentenceEncoder.encode}, all threads together
 * (the tokenizing pool included), from {@link ThreadMXBean#getTotalThreadAllocatedBytes()}.
 * Bytes, not seconds: the figure does not depend on what else the machine runs.
 *
 * <p>{@code java -cp bench.jar:lib/* dev.sentence4j.bench.alloc.AllocationMain [MODEL] [SENTENCES] [CORPUS]}
 */
public final class AllocationMain {
    private AllocationMain() {}

    public static void main(String[] args) throws Exception {
        String model = args.length > 0 ? args[0] : "all-MiniLM-L6-v2";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Corpus corpus = Corpus.load(args.length > 2 ? Path.of(args[2]) : null);
        List<String> lines = corpus.lines().subList(0, Math.min(n, corpus.lines().size()));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (SentenceEncoder encoder = SentenceEncoder.load(model)) {
            encoder.encode(lines); // warm-up: class loading, ORT arenas, JIT
            for (String mode : List.of("batch", "single")) {
                long before = threads.getTotalThreadAllocatedBytes();
                if (mode.equals("batch")) {
                    encoder.encode(lines);
                } else {
                    for (String s : lines) {
                        encoder.encode(s);
                    }
                }
                long bytes = threads.getTotalThreadAllocatedBytes() - before;
                System.out.printf("%s: %d sentences, %.0f bytes allocated per sentence (%s, %s)%n", mode, lines.size(),
                        (double) bytes / lines.size(), model, corpus.source());
            }
        }
    }
}
