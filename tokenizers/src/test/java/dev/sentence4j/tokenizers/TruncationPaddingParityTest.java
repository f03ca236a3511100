package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity with HF tokenizers for pairs and batches under every truncation strategy, both
 * directions, with and without stride (overflowing encodings compared too), and under padding
 * longest / fixed / multiple-of, left and right.
 */
class TruncationPaddingParityTest {

    private static final String FILE = Fixtures.MINILM;

    static Stream<Arguments> truncations() {
        List<Arguments> out = new ArrayList<>();
        for (TruncationStrategy s : TruncationStrategy.values()) {
            for (Direction d : Direction.values()) {
                for (int stride : new int[] {0, 3}) {
                    for (int max : new int[] {12, 31}) {
                        out.add(Arguments.of(new Truncation(max, s, d, stride)));
                    }
                }
            }
        }
        return out.stream();
    }

    /**
     * Pairs of diverse lines up to 400 chars, plus a 2,000-word line with a short one both ways.
     * (Two long sides would make HF build every combination of their overflowing windows.)
     */
    static List<String[]> pairs() {
        List<String> lines = ParityCorpus.diverse().stream().filter(l -> l.length() <= 400).toList();
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            pairs.add(new String[] {lines.get(i), lines.get(i + 1)});
        }
        String longLine = ParityCorpus.diverse().stream().filter(l -> l.length() > 5000).findFirst().orElseThrow();
        pairs.add(new String[] {"short one", longLine});
        pairs.add(new String[] {longLine, "short one"});
        return pairs;
    }

    @ParameterizedTest
    @MethodSource("truncations")
    void pairsUnderTruncation(Truncation truncation) {
        Tokenizer mine = Fixtures.tokenizer(FILE).withPadding(null).withTruncation(truncation);
        List<String> failures = new ArrayList<>();
        try (Oracle oracle = Oracle.of(Fixtures.path(FILE), truncation, null, true)) {
            Tokenizer untruncated = mine.withTruncation(null);
            for (String[] p : pairs()) {
                if (cutBelowStride(untruncated, truncation, p[0], p[1])) {
                    // HF panics here (assert stride < max_len in Encoding::truncate), which would
                    // abort the JVM through JNI; we refuse with an IllegalArgumentException instead.
                    assertThatThrownBy(() -> mine.encodePair(p[0], p[1])).isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                Oracle.Expected expected;
                try {
                    expected = oracle.encodePair(p[0], p[1]);
                } catch (RuntimeException hfRefused) {
                    // HF refuses (e.g. the sequence to cut is too short): so must we
                    assertThatThrownBy(() -> mine.encodePair(p[0], p[1])).isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                List<String> d = Parity.diff(mine.encodePair(p[0], p[1]), expected);
                if (!d.isEmpty()) {
                    failures.add("pair '" + Parity.show(p[0]) + "' / '" + Parity.show(p[1]) + "'\n  " + String.join("\n  ", d));
                }
            }
            if (truncation.strategy() != TruncationStrategy.ONLY_SECOND) {
                List<String> singles = ParityCorpus.diverse();
                for (String s : singles) {
                    List<String> d = Parity.diff(mine.encode(s), oracle.encode(s));
                    if (!d.isEmpty()) {
                        failures.add("single '" + Parity.show(s) + "'\n  " + String.join("\n  ", d));
                    }
                }
            }
        }
        assertThat(failures).as(truncation + ": " + failures.size() + " differ; first: "
                + failures.stream().limit(3).toList()).isEmpty();
    }

    /** Whether OnlyFirst/OnlySecond would cut its sequence to a length not above the stride. */
    private static boolean cutBelowStride(Tokenizer untruncated, Truncation t, String a, String b) {
        if (t.strategy() == TruncationStrategy.LONGEST_FIRST || t.stride() == 0) {
            return false;
        }
        int la = untruncated.encode(a, false).length();
        int lb = untruncated.encode(b, false).length();
        int max = t.maxLength() - 3;
        int toRemove = la + lb - max;
        int target = t.strategy() == TruncationStrategy.ONLY_FIRST ? la : lb;
        return toRemove > 0 && target > toRemove && target - toRemove <= t.stride();
    }

    static Stream<Arguments> paddings() {
        List<Arguments> out = new ArrayList<>();
        for (Direction d : Direction.values()) {
            out.add(Arguments.of(Padding.longest().withDirection(d), null));
            out.add(Arguments.of(Padding.longest().withDirection(d).withPadToMultipleOf(8), null));
            out.add(Arguments.of(Padding.longest().withDirection(d), Truncation.of(16)));
            out.add(Arguments.of(Padding.fixed(24).withDirection(d), Truncation.of(24)));
            // (not Fixed with pad-to-multiple-of: DJL then raises its truncation length to the multiple)
            out.add(Arguments.of(Padding.fixed(24).withDirection(d),
                    new Truncation(24, TruncationStrategy.LONGEST_FIRST, d, 4)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("paddings")
    void batchesUnderPadding(Padding padding, Truncation truncation) {
        Tokenizer mine = Fixtures.tokenizer(FILE).withTruncation(truncation).withPadding(padding);
        List<String> lines = ParityCorpus.diverse();
        List<String> failures = new ArrayList<>();
        try (Oracle oracle = Oracle.of(Fixtures.path(FILE), truncation, padding, true)) {
            for (int from = 0; from < lines.size(); from += 7) {
                List<String> batch = lines.subList(from, Math.min(lines.size(), from + 7));
                List<Oracle.Expected> expected = oracle.encodeBatch(batch);
                List<Encoding> actual = mine.encodeBatch(batch);
                for (int i = 0; i < batch.size(); i++) {
                    List<String> d = Parity.diff(actual.get(i), expected.get(i));
                    if (!d.isEmpty()) {
                        failures.add("batch line '" + Parity.show(batch.get(i)) + "'\n  " + String.join("\n  ", d));
                    }
                }
            }
            for (int i = 0; i < 20; i++) {
                String s = lines.get(i * 4 % lines.size());
                List<String> d = Parity.diff(mine.encode(s), oracle.encode(s));
                if (!d.isEmpty()) {
                    failures.add("single '" + Parity.show(s) + "'\n  " + String.join("\n  ", d));
                }
            }
        }
        assertThat(failures).as(padding + " " + truncation + ": " + failures.size() + " differ; first: "
                + failures.stream().limit(3).toList()).isEmpty();
    }
}
