package dev.sentence4j.corpus.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
    @TempDir Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static List<InputRecord> readAll(InputSpec spec, long offset, long line) throws IOException {
        List<InputRecord> out = new ArrayList<>();
        try (RecordReader r = RecordReader.open(spec, offset, line)) {
            for (InputRecord rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void textLinesKeepBlankLinesDropCrAndBom() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "first\r\n\nthird\n   \nlast".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        List<InputRecord> recs = readAll(InputSpec.of(write("a.txt", all)), 0, 0);
        assertThat(recs).extracting(InputRecord::text).containsExactly("first", "", "third", "   ", "last");
        assertThat(recs).extracting(InputRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(recs.get(4).endOffset()).isEqualTo(all.length);
    }

    @Test
    void resumingAtARecordedOffsetReadsTheSameRest() throws IOException {
        Path f = write("b.txt", "a\nbb\n\nccc\ndddd\n".getBytes(StandardCharsets.UTF_8));
        List<InputRecord> all = readAll(InputSpec.of(f), 0, 0);
        for (int k = 0; k < all.size(); k++) {
            List<InputRecord> rest = readAll(InputSpec.of(f), all.get(k).endOffset(), all.get(k).line());
            assertThat(rest).isEqualTo(all.subList(k + 1, all.size()));
        }
    }

    @Test
    void invalidUtf8NamesTheLineOrIsSkippedAndCounted() throws IOException {
        byte[] bad = {'o', 'k', '\n', 'b', (byte) 0xC3, '(', '\n', 'f', 'i', 'n', 'e', '\n'};
        Path f = write("c.txt", bad);
        assertThatThrownBy(() -> readAll(InputSpec.of(f), 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c.txt").hasMessageContaining("line 2 is not valid UTF-8")
                .hasMessageContaining("byte 0xC3 at byte 2").hasMessageContaining("--skip-invalid");
        List<InputRecord> recs = readAll(InputSpec.of(f).withSkipInvalid(true), 0, 0);
        assertThat(recs).extracting(InputRecord::skipped).containsExactly(false, true, false);
        assertThat(recs.get(2).text()).isEqualTo("fine");
    }

    @Test
    void overLongTextsAreCutAtCodePointsAndFlagged() throws IOException {
        Path f = write("d.txt", ("short\n" + "😀".repeat(10) + "\n").getBytes(StandardCharsets.UTF_8));
        List<InputRecord> recs = readAll(InputSpec.of(f).withMaxChars(5), 0, 0);
        assertThat(recs.get(0).cut()).isFalse();
        assertThat(recs.get(1).text()).isEqualTo("😀".repeat(5));
        assertThat(recs.get(1).cut()).isTrue();
    }

    @Test
    void jsonlReadsTheFieldAndNamesTheLineWhenItIsMissing() throws IOException {
        Path f = write("e.jsonl", "{\"id\":1,\"body\":\"hello\"}\n\n{\"id\":2,\"body\":\"world\"}\n{\"id\":3,\"text\":\"x\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        InputSpec spec = InputSpec.jsonl(f, "body");
        assertThatThrownBy(() -> readAll(spec, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e.jsonl: line 4 has no field \"body\"").hasMessageContaining("[id, text]");
        List<InputRecord> firstThree = new ArrayList<>();
        try (RecordReader r = RecordReader.open(spec, 0, 0)) {
            for (int i = 0; i < 3; i++) {
                firstThree.add(r.next());
            }
        }
        assertThat(firstThree).extracting(InputRecord::text).containsExactly("hello", null, "world");
        assertThat(firstThree.get(1).skipReason()).isEqualTo("line 2 is blank");
        assertThatThrownBy(() -> InputSpec.of(f)).hasMessageContaining("--text-field");
    }

    @Test
    void jsonlInvalidJsonNamesTheLine() throws IOException {
        Path f = write("f.jsonl", "{\"t\":\"a\"}\n{\"t\": oops}\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(InputSpec.jsonl(f, "t"), 0, 0))
                .hasMessageContaining("f.jsonl: line 2 is not valid JSON");
        assertThat(readAll(InputSpec.jsonl(f, "t").withSkipInvalid(true), 0, 0))
                .extracting(InputRecord::skipped).containsExactly(false, true);
    }

    @Test
    void csvParsesQuotesAndMultiLineFieldsAndNamesAMissingColumn() throws IOException {
        Path f = write("g.csv", "id,text,lang\n1,plain,en\n2,\"with, comma and \"\"quotes\"\"\",en\n3,\"two\nlines\",en\n4,after,en\n"
                .getBytes(StandardCharsets.UTF_8));
        InputSpec spec = InputSpec.csv(f, "text");
        List<InputRecord> recs = readAll(spec, 0, 0);
        assertThat(recs).extracting(InputRecord::text)
                .containsExactly("plain", "with, comma and \"quotes\"", "two\nlines", "after");
        assertThat(recs).extracting(InputRecord::line).containsExactly(2L, 3L, 4L, 6L);
        assertThat(readAll(spec, recs.get(2).endOffset(), recs.get(2).endLine())).containsExactly(recs.get(3));
        assertThatThrownBy(() -> readAll(InputSpec.csv(f, "body"), 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g.csv: the header has no column \"body\"").hasMessageContaining("[id, text, lang]");
    }
}
