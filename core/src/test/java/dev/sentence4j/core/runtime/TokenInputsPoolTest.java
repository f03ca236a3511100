package dev.sentence4j.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenInputsPoolTest {

    @Test
    void aReturnedInstanceIsLentAgainWithItsBuffers() {
        TokenInputsPool pool = new TokenInputsPool(2, 1 << 20);
        TokenInputs t = pool.borrow();
        t.reset(4, 16); // 64 positions: four int64 inputs of 64 * 8 bytes
        assertThat(t.directBytes()).isEqualTo(4L * 64 * 8);
        pool.giveBack(t);
        assertThat(pool.idle()).isEqualTo(1);
        assertThat(pool.borrow()).isSameAs(t);
        assertThat(pool.idle()).isZero();
        assertThat(pool.borrow()).isNotSameAs(t); // none idle: a new one
    }

    @Test
    void keepsAtMostMaxIdleAndEachInstanceOnce() {
        TokenInputsPool pool = new TokenInputsPool(2, 1 << 20);
        TokenInputs a = pool.borrow();
        TokenInputs b = pool.borrow();
        TokenInputs c = pool.borrow();
        pool.giveBack(a);
        pool.giveBack(a); // a second give-back must not lend it to two callers
        pool.giveBack(b);
        pool.giveBack(c);
        assertThat(pool.idle()).isEqualTo(2);
        assertThat(pool.borrow()).isSameAs(b);
        assertThat(pool.borrow()).isSameAs(a);
        assertThat(pool.borrow()).isNotIn(a, b, c);
    }

    @Test
    void dropsInstancesHoldingMoreThanTheByteLimit() {
        TokenInputsPool pool = new TokenInputsPool(2, 4L * 64 * 8);
        TokenInputs small = pool.borrow();
        small.reset(1, 64); // 2,048 bytes: at the limit, kept
        TokenInputs large = pool.borrow();
        large.reset(1, 65); // 2,080 bytes: over it, dropped
        pool.giveBack(large);
        pool.giveBack(small);
        assertThat(pool.idle()).isEqualTo(1);
        assertThat(pool.borrow()).isSameAs(small);
    }

    @Test
    void rejectsNegativeLimits() {
        assertThatThrownBy(() -> new TokenInputsPool(-1, 0)).hasMessageContaining("found -1, 0");
    }
}
