package dev.sentence4j.tokenizers;

import dev.sentence4j.tokenizers.words.Words;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.tokenizers.unicode.CharClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The word-level view: hand-counted cases, and HF's own word ids for a BERT tokenizer. */
class WordsTest {

    @Test
    void referenceSentenceHasNineWordsAndTheFullStop() {
        // Hand-counted: the reference material's sentence, its 9 words plus "." split off as punctuation.
        List<Words.Word> words = Words.of("The quick brown fox jumps over the lazy dog.");
        assertThat(words).extracting(Words.Word::text)
                .containsExactly("The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", ".");
        assertThat(words.get(9)).isEqualTo(new Words.Word(".", 43, 44));
        assertThat(words.get(1)).isEqualTo(new Words.Word("quick", 4, 9));
    }

    @Test
    void everyPunctuationCharIsAWordAndWhitespaceIsDropped() {
        assertThat(Words.of("  don't...\tstop!\n")).extracting(Words.Word::text)
                .containsExactly("don", "'", "t", ".", ".", ".", "stop", "!");
        assertThat(Words.of("")).isEmpty();
        assertThat(Words.of(" \t\n")).isEmpty();
    }

    @Test
    void rangesAreUtf16IndicesIntoTheText() {
        String text = "naïve 😀x";
        for (Words.Word w : Words.of(text)) {
            assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
        }
        assertThat(Words.of(text)).extracting(Words.Word::text).containsExactly("naïve", "😀x");
    }

    /**
     * HF tokenizers groups a BERT tokenizer's tokens by word id; each group's span must be one of
     * our words. Lines with CJK chars, control chars or nonspacing marks are left out: BERT's normalizer, not
     * its pre-tokenizer, isolates the first and deletes the others; so are lines with special tokens,
     * which are matched before pre-tokenization.
     */
    @Test
    void sameWordsAsHfTokenizersWordIdsOnTheDiverseCorpus() {
        List<String> lines = ParityCorpus.diverse().stream()
                .filter(l -> l.codePoints().noneMatch(c -> CharClasses.isChineseChar(c) || CharClasses.isBertControl(c)
                        || CharClasses.isNonspacingMark(c)))
                .filter(l -> !l.contains("[MASK]") && !l.contains("[SEP]") && !l.contains("[CLS]")
                        && !l.contains("[PAD]") && !l.contains("[UNK]"))
                .toList();
        assertThat(lines.size()).as("lines compared").isGreaterThanOrEqualTo(30);
        List<String> failures = new ArrayList<>();
        try (Oracle oracle = Oracle.plain(Fixtures.path(Fixtures.MINILM), false)) {
            for (String line : lines) {
                Oracle.Expected e = oracle.encode(line);
                TreeMap<Integer, int[]> spans = new TreeMap<>();
                for (int i = 0; i < e.ids().length; i++) {
                    int start = e.offsets()[2 * i];
                    int end = e.offsets()[2 * i + 1];
                    spans.merge(e.wordIds()[i], new int[] {start, end},
                            (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                }
                List<String> expected = spans.values().stream().map(s -> s[0] + "-" + s[1]).toList();
                List<String> actual = Words.of(line).stream().map(w -> w.start() + "-" + w.end()).toList();
                if (!expected.equals(actual)) {
                    failures.add("'" + line + "': HF " + expected + " ours " + actual);
                }
            }
        }
        assertThat(failures).as(failures.stream().limit(5).toList().toString()).isEmpty();
    }
}
