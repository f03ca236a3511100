package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A long text truncated on the right without overflowing tokens is tokenized only as far as
 * needed (PrefixBound): the kept tokens must equal the whole text's, across the tokenizer
 * families of the fixtures, and HF tokenizers' on the parity corpus's long lines.
 */
class PrefixBoundTest {

    /** Fixtures whose components allow the prefix: the test must exercise it, not the fallback. */
    private static final List<String> BY_PREFIX = List.of(Fixtures.MINILM, Fixtures.BGE_EN, Fixtures.E5, Fixtures.BGE_ZH,
            Fixtures.GPT2, Fixtures.QWEN3, "fixtures/subword/bytelevel-bpe-trim-offsets.json",
            "fixtures/subword/wordlevel-whitespace.json", "fixtures/subword/bpe-prefix-suffix.json",
            "fixtures/subword/unigram-metaspace.json", "fixtures/components/bytelevel-sequence-llama3.json",
            "fixtures/bert-accents-nfc-invert.json");

    /** Texts of 6,000 to 60,000 chars from the parity corpus's lines, words and awkward chars, all near cuts. */
    private static List<String> longTexts(long seed, int count) {
        Random r = new Random(seed);
        List<String> lines = ParityCorpus.diverse();
        String[] awkward = {" \u0301", "\u00A8", "e\u0301 ", "\u212B", "\uFB01", " ", "  ", "\t", "\n", "x\u200D ",
                "\u4E2D\u6587", "\uD83D\uDE00", "'s ", "1234567 ", "A ", "Σ ", "ΣΑΣ ", "[MASK]", "<mask>", "<s>"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int target = 6_000 + r.nextInt(54_000);
            while (b.length() < target) {
                if (r.nextInt(3) == 0) {
                    b.append(awkward[r.nextInt(awkward.length)]);
                } else {
                    b.append(lines.get(r.nextInt(lines.size()))).append(r.nextBoolean() ? " " : "");
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void prefixPathKeepsTheSameTokensAsTheWholeText() {
        List<String> texts = longTexts(19, 12);
        for (String file : BY_PREFIX) {
            Tokenizer whole = Fixtures.tokenizer(file).withPadding(null);
            assertThat(whole.tokenizesByPrefix()).as(file).isTrue();
            for (int max : new int[] {2, 16, 128, 512, 2000}) {
                Tokenizer full = whole.withTruncation(Truncation.of(max));
                Tokenizer byPrefix = full.truncatingByPrefix();
                for (String text : texts) {
                    Encoding whole1 = full.encode(text);
                    Encoding prefix = byPrefix.encode(text);
                    assertThat(prefix.withOverflowing(List.of())).as(file + " max " + max + " " + Parity.show(text))
                            .isEqualTo(whole1.withOverflowing(List.of()));
                    assertThat(prefix.overflowing().isEmpty()).as(file + " max " + max + ": cut or not")
                            .isEqualTo(whole1.overflowing().isEmpty());
                }
                assertThat(byPrefix.encodeBatch(texts.subList(0, 3)).stream().map(e -> e.withOverflowing(List.of())).toList())
                        .as(file + " batch")
                        .isEqualTo(full.encodeBatch(texts.subList(0, 3)).stream().map(e -> e.withOverflowing(List.of())).toList());
            }
        }
    }

    @Test
    void componentsThatCannotBeProvenLocalTokenizeTheWholeText() {
        // Llama 2: Prepend + Replace(" ", "▁") normalizers and no pre-tokenizer, one piece for the whole text
        assertThat(Fixtures.tokenizer(Fixtures.LLAMA2).tokenizesByPrefix()).isFalse();
        // a CharDelimiterSplit first, ByteLevel without regex and Metaspace without split (one piece),
        // an rstrip added token, a regex Replace
        for (String file : List.of("fixtures/components/nmt-chardelimiter-ctc.json", "fixtures/subword/bytelevel-bpe-roberta.json",
                "fixtures/subword/bpe-bytefallback-metaspace.json", "fixtures/subword/unigram-bytefallback.json",
                "fixtures/nfd-strip-split-behaviours.json", "fixtures/nfkc-split-digits.json")) {
            assertThat(Fixtures.tokenizer(file).tokenizesByPrefix()).as(file).isFalse();
        }
        Tokenizer llama = Fixtures.tokenizer(Fixtures.LLAMA2).withPadding(null).withTruncation(Truncation.of(64));
        String text = longTexts(7, 1).get(0);
        assertThat(llama.truncatingByPrefix().encode(text)).isEqualTo(llama.encode(text));
    }

    @Test
    void longLinesMatchHfTokenizers() {
        List<String> longLines = new ArrayList<>(ParityCorpus.diverse().stream().filter(l -> l.length() > 2000).toList());
        longLines.addAll(longTexts(3, 3));
        assertThat(longLines).hasSizeGreaterThan(3);
        for (String file : List.of(Fixtures.MINILM, Fixtures.BGE_ZH, Fixtures.GPT2, Fixtures.QWEN3)) {
            Truncation t = Truncation.of(128);
            Tokenizer mine = Fixtures.tokenizer(file).withPadding(null).withTruncation(t).truncatingByPrefix();
            try (Oracle hf = Oracle.of(Fixtures.path(file), t, null, true)) {
                for (String line : longLines) {
                    Encoding e = mine.encode(line);
                    Oracle.Expected x = hf.encode(line);
                    assertThat(e.ids()).as(file + " " + Parity.show(line)).containsExactly(x.ids());
                    assertThat(e.offsets()).as(file + " offsets").containsExactly(x.offsets());
                    assertThat(Arrays.asList(e.tokens())).as(file + " tokens").containsExactlyElementsOf(Arrays.asList(x.tokens()));
                }
            }
        }
    }
}
