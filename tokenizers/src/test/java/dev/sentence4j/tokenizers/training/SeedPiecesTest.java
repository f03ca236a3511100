package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The suffix-sorting seed extraction against hand-computed cases and against the exact substring
 * counter it replaced ({@link SeedPiecesReference}): same pieces, same order, same scores.
 */
class SeedPiecesTest {

    private static List<ScoredPiece> seeds(Map<String, Long> wordCounts, int maxPieceLength, int seedSize) {
        TrainingWords words = TrainingWords.of(wordCounts);
        return SeedPieces.of(words.codePoints(), words.counts(), maxPieceLength, seedSize);
    }

    private static List<ScoredPiece> reference(Map<String, Long> wordCounts, int maxPieceLength, int seedSize) {
        TrainingWords words = TrainingWords.of(wordCounts);
        return SeedPiecesReference.of(words.codePoints(), words.counts(), maxPieceLength, seedSize);
    }

    @Test
    void countsAreWeightedByWordCountAndSubstringsSeenOnceAreDropped() {
        // abab x1, ab x2: a 2 + 2 = 4, b 4; "ab" 2 (in abab) + 2 = 4, score 4 * 2 = 8; ba, aba,
        // bab, abab occur once: dropped. Total 16: log-probs log(4/16), log(4/16), log(8/16).
        List<ScoredPiece> result = seeds(Map.of("abab", 1L, "ab", 2L), 16, 100);
        assertThat(result).extracting(ScoredPiece::piece).containsExactly("a", "b", "ab");
        assertThat(result.get(0).score()).isCloseTo(Math.log(0.25), within(1e-12));
        assertThat(result.get(1).score()).isCloseTo(Math.log(0.25), within(1e-12));
        assertThat(result.get(2).score()).isCloseTo(Math.log(0.5), within(1e-12));
    }

    @Test
    void repetitionsInsideAWordCountAndTiesGoToTheSmallerPiece() {
        // aaaa x1: a 4; aa occurs 3 times (score 6), aaa twice (6), aaaa once (dropped); aa and
        // aaa tie at 6: aa first. Total 16. With room for 2 seeds, aaa is cut.
        List<ScoredPiece> result = seeds(Map.of("aaaa", 1L), 16, 100);
        assertThat(result).extracting(ScoredPiece::piece).containsExactly("a", "aa", "aaa");
        assertThat(result.get(1).score()).isCloseTo(Math.log(6.0 / 16), within(1e-12));
        assertThat(result.get(2).score()).isCloseTo(Math.log(6.0 / 16), within(1e-12));
        assertThat(seeds(Map.of("aaaa", 1L), 16, 2)).extracting(ScoredPiece::piece).containsExactly("a", "aa");
        assertThat(seeds(Map.of("aaaa", 1L), 2, 100)).extracting(ScoredPiece::piece).containsExactly("a", "aa");
    }

    @Test
    void tiesFollowStringOrderAcrossTheSurrogateBoundary() {
        // U+1F600 is "\uD83D\uDE00" in UTF-16, so as a String it sorts before U+FF71 ("\uFF71"),
        // though its code point is larger; every piece here ties at count 2
        Map<String, Long> counts = Map.of("x\uFF71", 2L, "x\uD83D\uDE00", 2L, "xy", 2L);
        List<ScoredPiece> result = seeds(counts, 16, 100);
        assertThat(result).extracting(ScoredPiece::piece).containsExactly("x", "y", "\uD83D\uDE00", "\uFF71",
                "xy", "x\uD83D\uDE00", "x\uFF71");
        assertThat(result).isEqualTo(reference(counts, 16, 100));
    }

    @Test
    void sameSeedsAsTheExactCounterOnRealText() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.addAll(read("src/test/resources/training/fortunes-300.txt"));
        lines.addAll(read("src/test/resources/parity/diverse.txt"));
        lines.addAll(read("src/test/resources/unicode/emoji-test.txt").subList(0, 400));
        Map<String, Long> counts = new TreeMap<>(MetaspaceWords.count(lines));
        counts.merge("\u2581the", 1000L, Long::sum); // a large count, so scores are not all small
        for (int maxPieceLength : new int[] {2, 5, 16}) {
            for (int seedSize : new int[] {1, 300, 2000, 1_000_000}) {
                List<ScoredPiece> expected = reference(counts, maxPieceLength, seedSize);
                assertThat(seeds(counts, maxPieceLength, seedSize))
                        .as("maxPieceLength %d, seedSize %d", maxPieceLength, seedSize).isEqualTo(expected);
            }
        }
        // the cuts above are real: more candidates than the middle seed sizes
        assertThat(reference(counts, 16, 1_000_000).size()).isGreaterThan(2000);
    }

    private static List<String> read(String path) throws IOException {
        Path p = Path.of(path);
        assertThat(p).as("test fixture").exists();
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
}
