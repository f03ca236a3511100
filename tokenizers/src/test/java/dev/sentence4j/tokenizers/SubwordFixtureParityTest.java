package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parity with HF tokenizers on the small hand-made files of src/test/resources/fixtures/subword
 * (scripts/generate-subword-fixtures.py): Unigram, WordLevel, BPE with prefix/suffix, byte
 * fallback, ignore_merges, Metaspace's prepend schemes, ByteLevel and Roberta offsets trimming and
 * every decoder; and those of src/test/resources/fixtures/components
 * (scripts/generate-component-fixtures.py): the ByteLevel and Nmt normalizers, CharDelimiterSplit,
 * UnicodeScripts, the CTC decoder and the Sequence post-processor; on the diverse corpus (lines under 1000 chars) and the parity inputs of the
 * other fixture tests; encodings, pairs and decode.
 */
class SubwordFixtureParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"subword/bytelevel-bpe-trim-offsets", "subword/bytelevel-bpe-roberta",
            "subword/bpe-prefix-suffix", "subword/bpe-bytefallback-metaspace", "subword/unigram-metaspace",
            "subword/unigram-bytefallback", "subword/wordlevel-whitespace",
            "components/bytelevel-normalizer-sequence-processor", "components/bytelevel-sequence-llama3",
            "components/nmt-chardelimiter-ctc", "components/unicodescripts-wordlevel",
            "components/unicodescripts-metaspace-unigram"})
    void matchesOracle(String name) {
        String fixture = "fixtures/" + name + ".json";
        Tokenizer mine = Fixtures.tokenizer(fixture);
        List<String> inputs = new ArrayList<>(NpmFixtureParityTest.EXTRA);
        inputs.addAll(FixtureParityTest.EXTRA);
        List<String> extra = List.of("hellothere hello there", " hellothere", "the quick <mask> fox", "a <mask>b",
                "newest widest lowest", "unhappiness happily", "ß 東京 😀 x東京y", "▁▁the", "  the  quick  ",
                "a\u0001b\tc\u200bd\ufeffe\u2581f", "the the  quick", "x\u007f\u009fy\r\nz",
                "どこで生れ。Yes", " Apples are りんご 林檎 ", "e\u0301t\u00e9 a1b\tc", "カーナビ・スミス한국\ud83e\udd70x");
        inputs.addAll(extra);
        for (String line : ParityCorpus.diverse()) {
            if (line.length() < 1000) {
                inputs.add(line);
            }
        }
        List<String> failures;
        try (Oracle oracle = Oracle.plain(Fixtures.path(fixture), true)) {
            failures = Parity.encodeDecodeAndPairs(mine, oracle, inputs, extra, 1);
        }
        assertThat(failures).as(fixture + ": " + failures.size() + " differ; first: "
                + failures.stream().limit(4).toList()).isEmpty();
    }
}
