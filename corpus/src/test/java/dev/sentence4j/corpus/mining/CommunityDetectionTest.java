package dev.sentence4j.corpus.mining;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.Embeddings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of ST's community_detection semantics (cosines of unit vectors at given angles). */
class CommunityDetectionTest {
    private static Embeddings angles(double... degrees) {
        List<float[]> rows = new ArrayList<>();
        for (double d : degrees) {
            double r = Math.toRadians(d);
            rows.add(new float[] {(float) (3 * Math.cos(r)), (float) (3 * Math.sin(r))}); // not unit: it normalizes
        }
        return Embeddings.of(rows);
    }

    @Test
    void twoGroupsAndAnOutlier() {
        // 0,5,10 degrees: cosines >= 0.98; 90,95: 0.996; 180 alone. threshold 0.9
        Embeddings e = angles(0, 5, 10, 90, 95, 180);
        assertThat(CommunityDetection.detect(e, 0.9f, 2)).containsExactly(List.of(0, 1, 2), List.of(3, 4));
        assertThat(CommunityDetection.detect(e, 0.9f, 3)).containsExactly(List.of(0, 1, 2));
        assertThat(CommunityDetection.detect(e, 0.9f, 1)).containsExactly(List.of(0, 1, 2), List.of(3, 4), List.of(5));
    }

    @Test
    void largestCandidateWinsAndListsItsCentresClosestFirst() {
        // 0, 20, 45 degrees, threshold 0.9: cos20 = 0.940, cos25 = 0.906, cos45 = 0.707.
        // Candidates: row 0 -> [0,1]; row 1 -> [1,0,2]; row 2 -> [2,1]. The largest, centred on 1, takes all.
        assertThat(CommunityDetection.detect(angles(0, 20, 45), 0.9f, 2)).containsExactly(List.of(1, 0, 2));
    }

    @Test
    void minimumSizeAboveTheRowCountIsCappedAsInSt() {
        assertThat(CommunityDetection.detect(angles(0, 1, 2), 0.9f, 10)).containsExactly(List.of(0, 1, 2));
        assertThat(CommunityDetection.detect(angles(0, 1, 90), 0.9f, 10)).isEmpty();
    }

    @Test
    void overlapsAreRemovedAndShrunkCommunitiesDropped() {
        // A chain 0,15,28 and a pair at 60,62, threshold 0.95 (cos15 0.966, cos13 0.974, cos28 0.883):
        // candidates [0,1], [1,2,0], [2,1], [3,4], [4,3]; centre 1 takes 0,1,2, so [0,1] and [2,1] shrink to nothing.
        List<List<Integer>> c = CommunityDetection.detect(angles(0, 15, 28, 60, 62), 0.95f, 2);
        assertThat(c).containsExactly(List.of(1, 2, 0), List.of(3, 4));
        List<Integer> all = new ArrayList<>();
        c.forEach(all::addAll);
        assertThat(all).doesNotHaveDuplicates();
    }
}
