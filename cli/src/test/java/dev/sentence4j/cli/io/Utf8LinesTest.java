package dev.sentence4j.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
    @Test
    void splitsOnNewlinesKeepingEmptyLinesAndDroppingCarriageReturns() {
        byte[] b = "a\r\n\nb\nc".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Lines.split(b, "x")).containsExactly("a", "", "b", "c");
    }

    @Test
    void aTrailingNewlineDoesNotAddALine() {
        assertThat(Utf8Lines.split("a\nb\n".getBytes(StandardCharsets.UTF_8), "x")).containsExactly("a", "b");
        assertThat(Utf8Lines.split(new byte[0], "x")).isEmpty();
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(Utf8Lines.split(b, "x")).containsExactly("hi");
    }

    @Test
    void malformedUtf8NamesFileLineAndByte() {
        byte[] b = {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '!', '\n'};
        assertThatThrownBy(() -> Utf8Lines.split(b, "menu.txt"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("menu.txt: line 2")
            .hasMessageContaining("0xE9")
            .hasMessageContaining("byte 4 of the line");
    }
}
