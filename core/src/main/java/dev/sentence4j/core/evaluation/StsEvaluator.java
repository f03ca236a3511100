package dev.sentence4j.core.evaluation;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.similarity.Similarity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Semantic textual similarity evaluation as ST's EmbeddingSimilarityEvaluator and MTEB's STS
 * task do it: cosine of the two sentence embeddings against the gold score, Pearson and Spearman.
 */
public final class StsEvaluator {
    private StsEvaluator() {}

    /** Encodes every distinct sentence once and correlates cosine scores with the gold scores. */
    public static StsResult evaluate(SentenceEncoder encoder, List<StsPair> pairs) {
        return evaluate(encoder, pairs, Similarity.COSINE);
    }

    public static StsResult evaluate(SentenceEncoder encoder, List<StsPair> pairs, Similarity similarity) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (StsPair p : pairs) {
            index.putIfAbsent(p.sentence1(), index.size());
            index.putIfAbsent(p.sentence2(), index.size());
        }
        Embeddings e = encoder.encode(new ArrayList<>(index.keySet()));
        double[] gold = new double[pairs.size()];
        double[] predicted = new double[pairs.size()];
        int dim = e.dimension();
        for (int i = 0; i < pairs.size(); i++) {
            StsPair p = pairs.get(i);
            gold[i] = p.score();
            predicted[i] = similarity.score(e.data(), index.get(p.sentence1()) * dim,
                    e.data(), index.get(p.sentence2()) * dim, dim);
        }
        return new StsResult(pairs.size(), Correlation.pearson(gold, predicted), Correlation.spearman(gold, predicted));
    }

    /**
     * Reads a TSV of {@code score TAB sentence1 TAB sentence2} with a header row, strictly UTF-8.
     * Errors (bad encoding, wrong column count, a score that is not a number) name the line.
     */
    public static List<StsPair> readTsv(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readTsv(in, file.toString());
        }
    }

    public static List<StsPair> readTsv(InputStream in, String source) throws IOException {
        byte[] bytes = in.readAllBytes();
        List<StsPair> out = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNo = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNo++;
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            String line;
            try {
                line = decoder.decode(ByteBuffer.wrap(bytes, start, contentEnd - start)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException(source + ": line " + lineNo + " is not valid UTF-8");
            }
            start = end + 1;
            if (lineNo == 1 || line.isEmpty()) {
                continue; // header
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IllegalArgumentException(source + ": line " + lineNo
                        + ": expected 3 tab-separated columns (score, sentence1, sentence2), found " + cols.length);
            }
            double score;
            try {
                score = Double.parseDouble(cols[0].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": line " + lineNo + ": score \"" + cols[0] + "\" is not a number");
            }
            out.add(new StsPair(score, cols[1], cols[2]));
        }
        return out;
    }
}
