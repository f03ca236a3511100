package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordCounterTest {

    @TempDir
    Path dir;

    @Test
    void eachPipelineCutsWordsAsItsPreTokenizerDoes() {
        assertThat(TokenizerTrainer.wordCounter(TrainingModel.WORDPIECE, 1).words("Hello, Wörld! 東京"))
                .containsExactly("hello", ",", "world", "!", "東", "京");
        // GPT-2's split; the space becomes 'Ġ' (U+0120)
        assertThat(TokenizerTrainer.wordCounter(TrainingModel.BPE, 1).words("Hello world's"))
                .containsExactly("Hello", "\u0120world", "'s");
        // NFKC turns the ligature 'ﬁ' into "fi"; '▁' before every word
        assertThat(TokenizerTrainer.wordCounter(TrainingModel.UNIGRAM, 1).words("ﬁne  day"))
                .containsExactly("\u2581fine", "\u2581", "\u2581day");
    }

    @Test
    void parallelCountsOverManyBatchesAndFilesEqualTheHandCount() throws IOException {
        // 5000 + 3000 lines (several 1024-line batches): "a b a" then "b c"
        Path one = write("one.txt", "a b a\n", 5000);
        Path two = write("two.txt", "b c\r\n", 3000);
        long[] last = new long[3];
        Map<String, Long> counts = TokenizerTrainer.wordCounter(TrainingModel.WORDPIECE, 2)
                .count(List.of(one, two), (done, total, lines) -> {
                    last[0] = done;
                    last[1] = total;
                    last[2] = lines;
                });
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("a", 10_000L, "b", 8_000L, "c", 3_000L));
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(5000L * 6 + 3000L * 5);
        assertThat(last[2]).isEqualTo(8000);
    }

    @Test
    void parallelEqualsSequential() throws IOException {
        Path corpus = Path.of("src/test/resources/training/fortunes-300.txt");
        List<String> lines = Files.readAllLines(corpus);
        WordCounter two = TokenizerTrainer.wordCounter(TrainingModel.BPE, 2);
        assertThat(two.count(List.of(corpus, corpus), null))
                .isEqualTo(two.countLines(concat(lines, lines)))
                .containsEntry("\u0120the", 2 * lines.stream().mapToLong(l -> count(l, " the")).sum());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> TokenizerTrainer.wordCounter(TrainingModel.BPE, 2).count(List.of(missing), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("corpus file not found: " + missing);
    }

    @Test
    void invalidUtf8IsNamedWithItsLine() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'x', (byte) 0xC3, '(', '\n'});
        assertThatThrownBy(() -> TokenizerTrainer.wordCounter(TrainingModel.BPE, 2).count(List.of(bad), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad.toString())
                // the decoder reads the whole 8-byte file before handing out line 1, so the bad byte
                // (line 2) is reported honestly as "at or after" the line about to be read
                .hasMessageContaining("not valid UTF-8 (at or after line 1)");
    }

    private static long count(String line, String needle) {
        long n = 0;
        for (int i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            // " the" as a word of its own: GPT-2's split ends a letter run at a non-letter
            if (end == line.length() || !Character.isLetter(line.charAt(end))) {
                n++;
            }
        }
        return n;
    }

    private Path write(String name, String line, int times) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, line.repeat(times), StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
