package dev.sentence4j.bench.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** A count of 0 is a usage error naming the option (exit 2), never a stack trace. */
class TokenizerFamiliesMainTest {

    @ParameterizedTest
    @CsvSource({"--passes, 0", "--batch, 0", "--sentences, 0", "--long-runs, 0", "--passes, -3", "--long-mb, -1"})
    void nonPositiveCountIsAUsageError(String option, String value) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TokenizerFamiliesMain());
        cli.setErr(new PrintWriter(err));
        // the tokenizer.json does not exist: the counts must be refused before any file is looked at
        int exit = cli.execute(option, value, "x=does-not-exist.json");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(option + ": expected").contains("found " + value)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
