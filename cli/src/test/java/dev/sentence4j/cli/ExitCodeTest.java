package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.common.error.InputFileException;
import dev.sentence4j.common.error.UsageException;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.hub.HubException;
import dev.sentence4j.tokenizers.TokenizerLoadException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Exit codes follow the exception's type (its fault), never its class name. */
class ExitCodeTest {
    @Test
    void userFaultsMapByType() {
        assertThat(Main.exitCode(new UsageException("--top-k must be > 0, found 0"))).isEqualTo(2);
        assertThat(Main.exitCode(new InputFileException(Path.of("in.txt"), "line 3: not UTF-8"))).isEqualTo(1);
        assertThat(Main.exitCode(new ModelLoadException(Path.of("m"), "not a directory"))).isEqualTo(1);
        assertThat(Main.exitCode(new TokenizerLoadException("tokenizer.json", "bad"))).isEqualTo(1);
        assertThat(Main.exitCode(new HubException(HubException.Reason.NETWORK, "offline"))).isEqualTo(1);
        assertThat(Main.exitCode(new IllegalArgumentException("bad argument"))).isEqualTo(1);
        assertThat(Main.exitCode(new UncheckedIOException(new java.io.IOException("disk full")))).isEqualTo(1);
    }

    @Test
    void anythingElseIsABug() {
        assertThat(Main.exitCode(new NullPointerException())).isEqualTo(70);
        assertThat(Main.exitCode(new IllegalStateException("broken invariant"))).isEqualTo(70);
        // a class merely named like a load error is not one: the old rule matched names ending in LoadException
        class FakeLoadException extends RuntimeException {}
        assertThat(Main.exitCode(new FakeLoadException())).isEqualTo(70);
    }
}
