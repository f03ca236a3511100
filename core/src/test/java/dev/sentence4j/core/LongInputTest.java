package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts of 128 tokens and more, against HF-tokenizer ids truncated at 256 + ORT run directly +
 * hand-written mean pooling ({@link OracleEncoder}). Over 256 tokens ST truncates at max_seq_length
 * 256 (LangChain4j would split instead, so it is no reference here).
 */
class LongInputTest {
    @Test
    void matchesTheOracleAndTruncatesAt256LikeSentenceTransformers() throws Exception {
        List<String> corpus = TestResources.lines("corpus/fortunes-1k.txt");
        SentenceEncoder ours = SharedEncoders.miniLm();
        Path dir = ours.info().directory();
        try (OracleEncoder oracle = new OracleEncoder(dir, 256); OracleEncoder untruncated = new OracleEncoder(dir, 100_000)) {
            List<String> texts = new ArrayList<>();
            int over256 = 0;
            for (String line : corpus) {
                if (untruncated.ids(line).length >= 128) {
                    texts.add(line); // 128 to 256 tokens: beyond LangChain4j's 128, within ST's 256
                }
            }
            StringBuilder sb = new StringBuilder();
            for (String line : corpus) {
                sb.append(line).append(' ');
                if (sb.length() > 2500) {
                    texts.add(sb.toString());
                    sb.setLength(0);
                    over256++;
                }
                if (over256 == 8) {
                    break;
                }
            }
            assertThat(texts.size() - over256).as("texts of 128 to 256 tokens").isGreaterThanOrEqualTo(5);
            EncodeResult result = ours.encode(texts, EncodeOptions.defaults().withOutputValue(OutputValue.BOTH));
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                long[] ids = oracle.ids(t);
                int[] ourIds = result.tokenEmbeddings().get(i).ids();
                if (i >= texts.size() - over256) {
                    assertThat(untruncated.ids(t).length).as("untruncated length").isGreaterThan(400);
                    assertThat(ids).hasSize(256);
                }
                assertThat(ourIds).hasSize(ids.length);
                for (int k = 0; k < ids.length; k++) {
                    assertThat((long) ourIds[k]).as("id " + k + " of text " + i).isEqualTo(ids[k]);
                }
                double c = OracleEncoder.cosine(result.embeddings().row(i), oracle.encode(t));
                assertThat(c).as("text " + i).isGreaterThanOrEqualTo(0.99999);
            }
        }
    }
}
