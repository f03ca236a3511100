package dev.sentence4j.tokenizers.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Measures Unigram training (not a test: timings live outside assertions). Usage:
 * {@code UnigramTrainerBenchmark CORPUS.txt [VOCAB_SIZE]}, words counted as Metaspace cuts them
 * ({@link MetaspaceWords}); prints the word counts, the time of each of two runs (the first warms
 * the JIT), the result size, the heap in use right after training (garbage included; bound the
 * heap with -Xmx to find what training needs) and the first learned pieces.
 */
public final class UnigramTrainerBenchmark {

    private UnigramTrainerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: UnigramTrainerBenchmark CORPUS.txt [VOCAB_SIZE]");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int vocabSize = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
        Map<String, Long> counts = MetaspaceWords.count(lines);
        System.out.printf("%d lines, %d distinct words, %d word occurrences, %d cores%n", lines.size(),
                counts.size(), counts.values().stream().mapToLong(Long::longValue).sum(),
                Runtime.getRuntime().availableProcessors());
        UnigramTrainer trainer = new UnigramTrainer(vocabSize, List.of("<unk>", "<s>", "</s>"), "<unk>");
        List<ScoredPiece> result = null;
        for (int run = 0; run < 2; run++) {
            long t0 = System.nanoTime();
            result = trainer.train(counts, (it, total, size) ->
                    System.out.printf("  EM iteration %d/%d: %d pieces%n", it, total, size));
            long t1 = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("run %d: %.2f s, %d entries, used heap after %d MB%n", run + 1, (t1 - t0) / 1e9,
                    result.size(), (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
        double mass = result.stream().filter(p -> p.score() != 0.0).mapToDouble(p -> Math.exp(p.score())).sum();
        System.out.printf("result hash %08x (equal across runs and core counts: the training is deterministic)%n",
                result.hashCode());
        System.out.printf("sum of exp(score) over the learned pieces: %.6f%n", mass);
        System.out.println("first pieces: " + result.subList(0, Math.min(40, result.size())));
    }
}
