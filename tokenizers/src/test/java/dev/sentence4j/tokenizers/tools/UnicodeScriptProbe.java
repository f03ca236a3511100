package dev.sentence4j.tokenizers.tools;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks HF tokenizers (via DJL) where its UnicodeScripts pre-tokenizer cuts a string. The probe
 * tokenizer has that pre-tokenizer, no normalizer and a WordLevel model whose vocabulary is only
 * "[UNK]", so every piece comes back as one token whose span is the piece.
 */
public final class UnicodeScriptProbe implements AutoCloseable {

    /** What HF does with "c" + "r", r a character of a known script class. */
    public enum Outcome {
        /** c is in r's class: one piece "cr". */
        SAME,
        /** c belongs to no script (HF's Script::Any): a leading Any is dropped, one piece "r". */
        ANY,
        /** c is in another class: pieces "c", "r". */
        DIFFERENT
    }

    public static final String TOKENIZER_JSON = "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,"
            + "\"added_tokens\":[],\"normalizer\":null,\"pre_tokenizer\":{\"type\":\"UnicodeScripts\"},"
            + "\"post_processor\":null,\"decoder\":null,"
            + "\"model\":{\"type\":\"WordLevel\",\"vocab\":{\"[UNK]\":0},\"unk_token\":\"[UNK]\"}}";

    private final HuggingFaceTokenizer hf;

    public UnicodeScriptProbe() throws IOException {
        Path file = Files.createTempFile("scripts-probe-", ".json");
        Files.writeString(file, TOKENIZER_JSON);
        this.hf = HuggingFaceTokenizer.builder().optTokenizerPath(file).optTruncation(false).optPadding(false)
                .optAddSpecialTokens(false).build();
        Files.delete(file);
    }

    /** The pieces HF cuts each text into, as code point spans {@code [start0, end0, start1, ...]}. */
    public List<int[]> pieces(List<String> texts) {
        List<int[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += 4096) {
            var encodings = hf.batchEncode(texts.subList(from, Math.min(texts.size(), from + 4096)));
            for (var e : encodings) {
                CharSpan[] spans = e.getCharTokenSpans();
                int[] flat = new int[2 * spans.length];
                for (int i = 0; i < spans.length; i++) {
                    flat[2 * i] = spans[i].getStart();
                    flat[2 * i + 1] = spans[i].getEnd();
                }
                out.add(flat);
            }
        }
        return out;
    }

    /** HF's answer for each pair: {@code codePoints[i]} followed by {@code references[i]}. */
    public Outcome[] compare(int[] codePoints, int[] references) {
        List<String> texts = new ArrayList<>(codePoints.length);
        for (int i = 0; i < codePoints.length; i++) {
            texts.add(Character.toString(codePoints[i]) + Character.toString(references[i]));
        }
        List<int[]> pieces = pieces(texts);
        Outcome[] out = new Outcome[codePoints.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = outcome(pieces.get(i), Character.toString(codePoints[i]) + Character.toString(references[i]));
        }
        return out;
    }

    static Outcome outcome(int[] spans, String text) {
        if (spans.length == 4 && spans[0] == 0 && spans[1] == 1 && spans[2] == 1 && spans[3] == 2) {
            return Outcome.DIFFERENT;
        }
        if (spans.length == 2 && spans[0] == 0 && spans[1] == 2) {
            return Outcome.SAME;
        }
        if (spans.length == 2 && spans[0] == 1 && spans[1] == 2) {
            return Outcome.ANY;
        }
        throw new IllegalStateException("unexpected UnicodeScripts pieces " + java.util.Arrays.toString(spans)
                + " for " + text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList());
    }

    @Override
    public void close() {
        hf.close();
    }
}
