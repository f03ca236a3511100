package dev.sentence4j.tokenizers;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.djl.util.PairList;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HF tokenizers (Rust) through DJL, loaded from the same tokenizer.json, as the reference.
 *
 * <p>DJL replaces the file's truncation and padding with its own options (its defaults are
 * truncation on and batch-longest padding), but keeps their directions. So the oracle writes a
 * copy of the file with the wanted settings (directions included) and passes matching DJL
 * options. DJL reports offsets in code points; {@link #encode} converts them to UTF-16.
 */
final class Oracle implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HuggingFaceTokenizer hf;
    private final boolean addSpecialTokens;

    private Oracle(HuggingFaceTokenizer hf, boolean addSpecialTokens) {
        this.hf = hf;
        this.addSpecialTokens = addSpecialTokens;
    }

    /** The oracle for {@code file} with no truncation and no padding. */
    static Oracle plain(Path file, boolean addSpecialTokens) {
        return of(file, null, null, addSpecialTokens);
    }

    static Oracle of(Path file, Truncation truncation, Padding padding, boolean addSpecialTokens) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(file));
            if (truncation != null) {
                ObjectNode t = root.putObject("truncation");
                t.put("direction", truncation.direction() == Direction.LEFT ? "Left" : "Right");
                t.put("max_length", truncation.maxLength());
                t.put("strategy", switch (truncation.strategy()) {
                    case LONGEST_FIRST -> "LongestFirst";
                    case ONLY_FIRST -> "OnlyFirst";
                    case ONLY_SECOND -> "OnlySecond";
                });
                t.put("stride", truncation.stride());
            } else {
                root.putNull("truncation");
            }
            if (padding != null) {
                ObjectNode p = root.putObject("padding");
                if (padding.strategy() == PaddingStrategy.FIXED) {
                    p.putObject("strategy").put("Fixed", padding.fixedLength());
                } else {
                    p.put("strategy", "BatchLongest");
                }
                p.put("direction", padding.direction() == Direction.LEFT ? "Left" : "Right");
                if (padding.padToMultipleOf() != null) {
                    p.put("pad_to_multiple_of", padding.padToMultipleOf());
                } else {
                    p.putNull("pad_to_multiple_of");
                }
                p.put("pad_id", padding.padId());
                p.put("pad_type_id", padding.padTypeId());
                p.put("pad_token", padding.padToken());
            } else {
                root.putNull("padding");
            }
            Path copy = Files.createTempFile(Path.of("target"), "oracle-", ".json");
            Files.writeString(copy, MAPPER.writeValueAsString(root));
            HuggingFaceTokenizer.Builder b = HuggingFaceTokenizer.builder().optTokenizerPath(copy)
                    .optAddSpecialTokens(addSpecialTokens).optWithOverflowingTokens(true);
            if (truncation == null) {
                b.optTruncation(false);
            } else {
                b.optTruncation(true).optMaxLength(truncation.maxLength()).optStride(truncation.stride());
                if (truncation.strategy() == TruncationStrategy.ONLY_FIRST) {
                    b.optTruncateFirstOnly();
                } else if (truncation.strategy() == TruncationStrategy.ONLY_SECOND) {
                    b.optTruncateSecondOnly();
                }
            }
            if (padding == null) {
                b.optPadding(false);
            } else if (padding.strategy() == PaddingStrategy.FIXED) {
                if (truncation == null || truncation.maxLength() != padding.fixedLength()) {
                    throw new IllegalArgumentException("DJL pads to a fixed length only at the truncation max length");
                }
                b.optPadToMaxLength();
            } else {
                b.optPadding(true);
            }
            if (padding != null && padding.padToMultipleOf() != null) {
                b.optPadToMultipleOf(padding.padToMultipleOf());
            }
            HuggingFaceTokenizer hf = b.build();
            Files.deleteIfExists(copy);
            return new Oracle(hf, addSpecialTokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An oracle result in our terms (offsets UTF-16, null spans as 0,0). */
    record Expected(int[] ids, int[] typeIds, String[] tokens, int[] wordIds, int[] offsets,
                    int[] specialTokensMask, int[] attentionMask, List<Expected> overflowing) {
    }

    Expected encode(String text) {
        return convert(hf.encode(text, addSpecialTokens, true), text, null);
    }

    Expected encodePair(String a, String b) {
        return convert(hf.encode(a, b, addSpecialTokens, true), a, b);
    }

    List<Expected> encodeBatch(List<String> texts) {
        ai.djl.huggingface.tokenizers.Encoding[] out = hf.batchEncode(texts, addSpecialTokens, true);
        List<Expected> result = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            result.add(convert(out[i], texts.get(i), null));
        }
        return result;
    }

    List<Expected> encodePairBatch(List<String> a, List<String> b) {
        PairList<String, String> pairs = new PairList<>(a, b);
        ai.djl.huggingface.tokenizers.Encoding[] out = hf.batchEncode(pairs, addSpecialTokens, true);
        List<Expected> result = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            result.add(convert(out[i], a.get(i), b.get(i)));
        }
        return result;
    }

    String decode(int[] ids, boolean skipSpecialTokens) {
        return hf.decode(Arrays.stream(ids).asLongStream().toArray(), skipSpecialTokens);
    }

    private static Expected convert(ai.djl.huggingface.tokenizers.Encoding e, String a, String b) {
        long[] seq = e.getSequenceIds();
        long[] types = e.getTypeIds();
        CharSpan[] spans = e.getCharTokenSpans();
        int n = e.getIds().length;
        int[] offsets = new int[2 * n];
        for (int i = 0; i < n; i++) {
            if (spans[i] == null) {
                continue;
            }
            // the sequence a token belongs to: DJL's sequence id, else (after truncation) the type id
            long s = i < seq.length && seq[i] >= 0 ? seq[i] : types[i];
            String text = b != null && s == 1 ? b : a;
            offsets[2 * i] = toUtf16(text, spans[i].getStart());
            offsets[2 * i + 1] = toUtf16(text, spans[i].getEnd());
        }
        List<Expected> over = new ArrayList<>();
        if (e.getOverflowing() != null) {
            for (ai.djl.huggingface.tokenizers.Encoding o : e.getOverflowing()) {
                over.add(convert(o, a, b));
            }
        }
        return new Expected(toInt(e.getIds()), toInt(e.getTypeIds()), e.getTokens(), toInt(e.getWordIds()), offsets,
                toInt(e.getSpecialTokenMask()), toInt(e.getAttentionMask()), over);
    }

    private static int toUtf16(String text, int codePoints) {
        int cpCount = text.codePointCount(0, text.length());
        if (codePoints >= cpCount) {
            return text.length() + (codePoints - cpCount);
        }
        return text.offsetByCodePoints(0, codePoints);
    }

    private static int[] toInt(long[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (int) a[i];
        }
        return out;
    }

    @Override
    public void close() {
        hf.close();
    }
}
