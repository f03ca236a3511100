package dev.sentence4j.tokenizers.tools;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Asks HF tokenizers (via DJL) how its BERT components classify code points, one probe
 * tokenizer per predicate. Each probe encodes "a" + c + "b" and reads the class off the tokens:
 * <ul>
 *   <li>OTHER (BertNormalizer clean_text drops c): tokens "a ##b";</li>
 *   <li>PUNCTUATION (BertPreTokenizer isolates c): tokens "a [UNK] b";</li>
 *   <li>NONSPACING_MARK (strip_accents drops NFD(c)): tokens "a ##b".</li>
 * </ul>
 */
public final class LegacyCategoryProbe implements AutoCloseable {

    public enum Kind { OTHER, PUNCTUATION, NONSPACING_MARK, COMBINING_MARK, KEEPS_NFD, KEEPS_NFKD }

    private static final String VOCAB = "{\"[UNK]\":0,\"a\":1,\"b\":2,\"##b\":3}";
    private final HuggingFaceTokenizer hf;
    private final Kind kind;

    public LegacyCategoryProbe(Kind kind) throws IOException {
        this(kind, null);
    }

    /**
     * For KEEPS_NFD / KEEPS_NFKD: {@code candidates} are code points the JDK decomposes; the
     * vocabulary holds "a" + c + "b" for each, so the token comes back whole only when HF leaves
     * c as it is.
     */
    public LegacyCategoryProbe(Kind kind, int[] candidates) throws IOException {
        this.kind = kind;
        String normalizer = switch (kind) {
            case OTHER -> "{\"type\":\"BertNormalizer\",\"clean_text\":true,\"handle_chinese_chars\":false,"
                    + "\"strip_accents\":false,\"lowercase\":false}";
            case PUNCTUATION -> "null";
            case NONSPACING_MARK -> "{\"type\":\"BertNormalizer\",\"clean_text\":false,\"handle_chinese_chars\":false,"
                    + "\"strip_accents\":true,\"lowercase\":false}";
            case COMBINING_MARK -> "{\"type\":\"StripAccents\"}";
            case KEEPS_NFD -> "{\"type\":\"NFD\"}";
            case KEEPS_NFKD -> "{\"type\":\"NFKD\"}";
        };
        String vocab = VOCAB;
        if (candidates != null) {
            var v = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            v.put("[UNK]", 0);
            for (int c : candidates) {
                v.put("a" + Character.toString(c) + "b", v.size());
            }
            vocab = v.toString();
        }
        String preTokenizer = kind == Kind.PUNCTUATION ? "{\"type\":\"BertPreTokenizer\"}" : "null";
        String json = "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,\"added_tokens\":[],"
                + "\"normalizer\":" + normalizer + ",\"pre_tokenizer\":" + preTokenizer
                + ",\"post_processor\":null,\"decoder\":null,\"model\":{\"type\":\"WordPiece\",\"unk_token\":\"[UNK]\","
                + "\"continuing_subword_prefix\":\"##\",\"max_input_chars_per_word\":100,\"vocab\":" + vocab + "}}";
        Path file = Files.createTempFile("probe-", ".json");
        Files.writeString(file, json);
        this.hf = HuggingFaceTokenizer.builder().optTokenizerPath(file).optTruncation(false).optPadding(false)
                .optAddSpecialTokens(false).build();
        Files.delete(file);
    }

    /** Whether HF puts each of {@code codePoints} in this probe's class. */
    public boolean[] classify(int[] codePoints) {
        boolean[] out = new boolean[codePoints.length];
        String fixed = kind == Kind.PUNCTUATION ? "a [UNK] b" : "a ##b";
        for (int from = 0; from < codePoints.length; from += 4096) {
            int to = Math.min(codePoints.length, from + 4096);
            List<String> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add("a" + Character.toString(codePoints[i]) + "b");
            }
            var encodings = hf.batchEncode(batch);
            for (int i = from; i < to; i++) {
                String expected = kind == Kind.KEEPS_NFD || kind == Kind.KEEPS_NFKD
                        ? "a" + Character.toString(codePoints[i]) + "b" : fixed;
                out[i] = String.join(" ", encodings[i - from].getTokens()).equals(expected);
            }
        }
        return out;
    }

    /** All code points except surrogates (DJL cannot pass them to Rust). */
    public static int[] allCodePoints(IntPredicate filter) {
        return java.util.stream.IntStream.rangeClosed(0, 0x10FFFF)
                .filter(c -> c < 0xD800 || c > 0xDFFF).filter(filter).toArray();
    }

    @Override
    public void close() {
        hf.close();
    }
}
