package dev.sentence4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void percentilesInterpolateLikeNumpy() {
        // numpy.percentile([1, 2, 3, 4], [0, 50, 99, 100]) == [1.0, 2.5, 3.97, 4.0]
        double[] v = {4, 1, 3, 2};
        assertThat(Stats.percentile(v, 0)).isEqualTo(1.0);
        assertThat(Stats.median(v)).isEqualTo(2.5);
        assertThat(Stats.percentile(v, 99)).isCloseTo(3.97, within(1e-12));
        assertThat(Stats.percentile(v, 100)).isEqualTo(4.0);
        assertThat(Stats.percentile(new double[] {7}, 99)).isEqualTo(7.0);
    }

    @Test
    void badInputsAreRejected() {
        assertThatThrownBy(() -> Stats.percentile(new double[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(new double[] {1}, 101)).hasMessageContaining("101");
        assertThat(Stats.ratio(1, 0)).isNaN();
    }

    @Test
    void sectionsParseAndRejectUnknownNames() {
        assertThat(Section.parseList("throughput, rss")).containsExactlyInAnyOrder(Section.THROUGHPUT, Section.RSS);
        assertThatThrownBy(() -> Section.parseList("speed")).hasMessageContaining("speed").hasMessageContaining("latency");
    }

    @Test
    void corpusSkipsBlankLinesAndRejectsBadUtf8() {
        Corpus c = Corpus.parse("a\r\n\n b \nc".getBytes(java.nio.charset.StandardCharsets.UTF_8), "t");
        assertThat(c.lines()).containsExactly("a", " b ", "c");
        assertThat(c.head(2).lines()).containsExactly("a", " b ");
        assertThatThrownBy(() -> Corpus.parse(new byte[] {(byte) 0xff}, "bad.txt")).hasMessageContaining("bad.txt");
    }
}
