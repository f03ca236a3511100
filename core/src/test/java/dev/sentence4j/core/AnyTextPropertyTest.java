package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Any string encodes to a finite unit vector, alone or in a batch with others. */
class AnyTextPropertyTest {
    @Property(tries = 60)
    void anyStringEncodesToAFiniteUnitVector(@ForAll @StringLength(max = 300) String a, @ForAll @StringLength(max = 40) String b) {
        Embeddings e = SharedEncoders.miniLm().encode(List.of(a, b));
        assertThat(e.rows()).isEqualTo(2);
        for (int r = 0; r < 2; r++) {
            double norm = 0;
            for (float v : e.row(r)) {
                assertThat(Float.isFinite(v)).isTrue();
                norm += v * v;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-4));
        }
        assertThat(OracleEncoder.cosine(e.row(1), SharedEncoders.miniLm().encode(b))).isGreaterThan(0.99999);
    }
}
