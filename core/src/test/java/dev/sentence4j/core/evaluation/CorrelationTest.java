package dev.sentence4j.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CorrelationTest {
    @Test
    void pearsonHandComputed() {
        // x = 1..5, y = 2, 4, 5, 4, 5: scipy.stats.pearsonr gives 0.7745966692414834
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(0.7745966692414834, within(1e-12));
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        // scipy.stats.spearmanr([1,2,3,4,5], [2,4,5,4,5]) = 0.7378647873726218
        assertThat(Correlation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(0.7378647873726218, within(1e-12));
        assertThat(Correlation.ranks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
    }

    @Test
    void monotoneIsOne() {
        assertThat(Correlation.spearman(new double[] {1, 2, 3}, new double[] {1, 10, 100})).isCloseTo(1, within(1e-12));
    }

    @Test
    void tsvErrorsNameTheLine() {
        byte[] bad = "score\ts1\ts2\n1.0\ta\tb\n2.0\t\u00ff\tc\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StsEvaluator.readTsv(new ByteArrayInputStream(bad), "x.tsv"))
                .hasMessage("x.tsv: line 3 is not valid UTF-8");
        byte[] cols = "score\ts1\ts2\n1.0\ta\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StsEvaluator.readTsv(new ByteArrayInputStream(cols), "y.tsv"))
                .hasMessageContaining("y.tsv: line 2").hasMessageContaining("found 2");
    }
}
