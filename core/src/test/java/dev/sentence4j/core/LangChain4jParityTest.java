package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.sentence4j.core.evaluation.StsEvaluator;
import dev.sentence4j.core.evaluation.StsPair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Against an independent pipeline: LangChain4j's AllMiniLmL6V2EmbeddingModel (HF tokenizers
 * through DJL, its own ORT calls, one sentence at a time, mean pooling, normalization) on over
 * 1,000 varied sentences: the corpus sample plus STS-B sentences.
 *
 * <p>LangChain4j loads the carrier's tokenizer.json as is, and that file truncates at 128 tokens
 * (where ST truncates at 256), so only texts under 128 tokens can agree; texts of 128 to 256
 * tokens and over 256 are checked against the HF-tokenizer + ORT oracle in {@link LongInputTest}.
 */
class LangChain4jParityTest {
    @Test
    void agreesWithLangChain4jOnOverAThousandSentences() throws Exception {
        Set<String> texts = new LinkedHashSet<>(TestResources.lines("corpus/fortunes-1k.txt"));
        List<StsPair> sts = StsEvaluator.readTsv(TestResources.path("sts/stsb-test.tsv"));
        for (int i = 0; i < 300; i++) {
            texts.add(sts.get(i).sentence1());
        }
        SentenceEncoder ours = SharedEncoders.miniLm();
        List<String> under128 = new ArrayList<>();
        for (String t : texts) {
            if (ours.tokenizer().encode(t).length() < 128) {
                under128.add(t);
            }
        }
        assertThat(under128).hasSizeGreaterThanOrEqualTo(1000);
        under128 = under128.subList(0, 1000); // enough for the claim; LangChain4j runs one text at a time

        Embeddings mine = ours.encode(under128);
        AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();
        double min = 1;
        String worst = null;
        for (int i = 0; i < under128.size(); i++) {
            float[] theirs = reference.embed(under128.get(i)).content().vector();
            double c = OracleEncoder.cosine(mine.row(i), theirs);
            if (c < min) {
                min = c;
                worst = under128.get(i);
            }
        }
        assertThat(min).as("minimum cosine, at: " + worst).isGreaterThanOrEqualTo(0.9999);
    }
}
