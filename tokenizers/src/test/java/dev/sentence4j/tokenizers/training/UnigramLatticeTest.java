package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lattice on words small enough to enumerate every segmentation by hand. */
class UnigramLatticeTest {

    // id 0 is the unknown piece; a = b = 1/4, ab = 1/2, c = 1/8
    private static final String[] PIECES = {"<unk>", "a", "b", "ab", "c"};
    private static final double[] SCORES = {Double.NaN, Math.log(0.25), Math.log(0.25), Math.log(0.5), Math.log(0.125)};
    private static final UnigramLattice.Pieces TABLE = UnigramLattice.Pieces.of(PIECES, SCORES);

    private static UnigramLattice lattice(String word) {
        return new UnigramLattice(word.codePoints().toArray(), TABLE);
    }

    @Test
    void marginalsAreThePosteriorsOfTheSegmentations() {
        // "ab" = a|b (1/16) or ab (1/2): Z = 9/16, P(ab) = 8/9, P(a) = P(b) = 1/9
        double[] expected = new double[PIECES.length];
        double z = lattice("ab").addMarginals(3.0, expected);
        assertThat(z).isCloseTo(Math.log(9.0 / 16.0), within(1e-12));
        assertThat(expected[3]).isCloseTo(3.0 * 8 / 9, within(1e-12));
        assertThat(expected[1]).isCloseTo(3.0 / 9, within(1e-12));
        assertThat(expected[2]).isCloseTo(3.0 / 9, within(1e-12));
        assertThat(expected[0]).isZero();
    }

    @Test
    void marginalsCountRepeatedPiecesAndUnknownChars() {
        // "abab": a|b|a|b 1/256, ab|a|b 1/32, a|b|ab 1/32, ab|ab 1/4: Z = 81/256
        double[] expected = new double[PIECES.length];
        double z = lattice("abab").addMarginals(1.0, expected);
        assertThat(z).isCloseTo(Math.log(81.0 / 256), within(1e-12));
        // E[#ab] = (1/32 + 1/32 + 2 * 1/4) / Z = (144/256) / (81/256) = 16/9
        assertThat(expected[3]).isCloseTo(16.0 / 9, within(1e-12));
        // E[#a] = (2/256 + 1/32 + 1/32) / Z = (18/256) / (81/256) = 2/9
        assertThat(expected[1]).isCloseTo(2.0 / 9, within(1e-12));
        // "x" has no piece: one unknown node, probability 1
        double[] unk = new double[PIECES.length];
        lattice("xc").addMarginals(2.0, unk);
        assertThat(unk[0]).isCloseTo(2.0, within(1e-12));
        assertThat(unk[4]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void viterbiAndTwoBest() {
        assertThat(lattice("abab").viterbi()).containsExactly(3, 3);
        assertThat(lattice("abc").viterbi()).containsExactly(3, 4);
        List<int[]> two = lattice("ab").twoBest();
        assertThat(two).hasSize(2);
        assertThat(two.get(0)).containsExactly(3);
        assertThat(two.get(1)).containsExactly(1, 2);
        // "abab": best ab|ab (1/4), then ab|a|b and a|b|ab tie at 1/32: the first found is kept
        List<int[]> abab = lattice("abab").twoBest();
        assertThat(abab.get(0)).containsExactly(3, 3);
        assertThat(abab.get(1)).hasSize(3);
        assertThat(lattice("c").twoBest()).hasSize(1);
        // the unknown piece scores the lowest score (c's) minus 10, as in model/Unigram
        assertThat(TABLE.unkScore()).isCloseTo(Math.log(0.125) - 10, within(1e-12));
        assertThat(lattice("x").viterbi()).containsExactly(UnigramLattice.UNK);
    }

    @Test
    void digammaMatchesClosedForms() {
        double euler = 0.5772156649015329;
        assertThat(Digamma.of(1)).isCloseTo(-euler, within(1e-10));
        assertThat(Digamma.of(0.5)).isCloseTo(-euler - 2 * Math.log(2), within(1e-10));
        assertThat(Digamma.of(4)).isCloseTo(1 + 0.5 + 1.0 / 3 - euler, within(1e-10));
        // ψ(10) = H_9 - γ
        double h9 = 0;
        for (int k = 1; k <= 9; k++) {
            h9 += 1.0 / k;
        }
        assertThat(Digamma.of(10)).isCloseTo(h9 - euler, within(1e-10));
        assertThat(Digamma.of(1000.5)).isCloseTo(Math.log(1000.5) - 1 / 2001.0 - 1 / (12 * 1000.5 * 1000.5),
                within(1e-10));
    }
}
