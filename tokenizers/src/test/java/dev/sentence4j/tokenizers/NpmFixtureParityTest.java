package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity with HF tokenizers on the real BPE files from npm (GPT-2, Qwen3, Llama 2, Gemma 3; see
 * src/test/resources/fixtures/npm/README.md): ids, tokens, type ids, offsets, word ids and masks on
 * the diverse corpus (lines under 1000 chars, plus one long line), with and without special
 * tokens, a few pairs, and decode of every encoding.
 */
class NpmFixtureParityTest {

    static final List<String> EXTRA = List.of("Hello world", " Hello  world ", "  leading", "trailing  ",
            "don't you're we'll I'm he'd it's they've", "'s 'S ''s '''", "a\tb\nc\r\nd\u000b", "$100.99 3.14159 1,000,000",
            "<|endoftext|>hello<|endoftext|> <|im_start|>user\nhi<|im_end|>", "<s> </s> <unk> <bos> <eos> <pad>",
            "😀😀 👩‍👩‍👧‍👦 🇯🇵", "   ", "x", "ĠĠĊ already byte-level chars", "\u2581 metaspace \u2581\u2581 chars",
            "<0x41> <0xE4>", "日本語のテキスト", "");

    static List<String> files() {
        return Fixtures.NPM;
    }

    static List<String> inputs() {
        List<String> inputs = new ArrayList<>(EXTRA);
        String longest = "";
        for (String line : ParityCorpus.diverse()) {
            if (line.length() < 1000) {
                inputs.add(line);
            } else if (longest.isEmpty()) {
                longest = line;
            }
        }
        inputs.add(longest);
        return inputs;
    }

    @ParameterizedTest
    @MethodSource("files")
    void matchesOracle(String file) {
        Tokenizer mine = Fixtures.tokenizer(file).withTruncation(null).withPadding(null);
        List<String> inputs = inputs();
        List<String> failures;
        try (Oracle oracle = Oracle.plain(Fixtures.path(file), true)) {
            failures = Parity.encodeDecodeAndPairs(mine, oracle, inputs, EXTRA, 3);
        }
        assertThat(failures).as(file + ": " + failures.size() + " differ; first: "
                + failures.stream().limit(4).toList()).isEmpty();
    }
}
