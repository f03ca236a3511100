package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Post-processors in order (HF processors/sequence.rs, JSON type "Sequence"), as Llama 3 and
 * Qwen use it: ByteLevel (offsets trimming) on each sequence, then one processor that adds the
 * special tokens and merges (TemplateProcessing, BertProcessing or RobertaProcessing).
 *
 * <p>HF chains process_encodings over the list of pieces. Only the orders whose result HF defines
 * sensibly are accepted: ByteLevel processors, then at most one merging processor, last. After a
 * merging processor HF's ByteLevel would renumber every piece (special tokens included) as its
 * own sequence, and a second merging processor panics on more than two pieces (template.rs),
 * so the constructor refuses both. A nested Sequence is flattened.
 */
public record PostProcessorSequence(List<PostProcessor> processors) implements PostProcessor {

    public PostProcessorSequence {
        Objects.requireNonNull(processors, "processors");
        for (int i = 0; i < processors.size(); i++) {
            Objects.requireNonNull(processors.get(i), "processors[" + i + "]");
        }
        List<PostProcessor> flat = flatten(processors);
        int bad = misplacedMerger(flat);
        if (bad >= 0) {
            // an index into the flattened list is no path in the caller's nesting, so say which it is
            throw new IllegalArgumentException(misplacedMessage(
                    "processor " + bad + " (counting from 0, nested Sequences flattened)", flat.get(bad)));
        }
        processors = List.copyOf(flat);
    }

    /** {@code processors} with every nested Sequence replaced by its own (already flat) list. */
    public static List<PostProcessor> flatten(List<PostProcessor> processors) {
        List<PostProcessor> flat = new ArrayList<>();
        for (PostProcessor p : processors) {
            if (p instanceof PostProcessorSequence s) {
                flat.addAll(s.processors());
            } else {
                flat.add(p);
            }
        }
        return flat;
    }

    /**
     * The index in {@code flat} of the first processor other than ByteLevel that has processors
     * after it (an order this class refuses), or -1 when the order is accepted.
     */
    public static int misplacedMerger(List<PostProcessor> flat) {
        for (int i = 0; i + 1 < flat.size(); i++) {
            if (!(flat.get(i) instanceof ByteLevelProcessing)) {
                return i;
            }
        }
        return -1;
    }

    /** The error for {@link #misplacedMerger}'s processor {@code p}, found at {@code where}. */
    public static String misplacedMessage(String where, PostProcessor p) {
        return where + " is " + p.getClass().getSimpleName()
                + ", which merges the sequences, but processors follow it; supported: ByteLevel processors"
                + " first, then at most one TemplateProcessing, BertProcessing or RobertaProcessing, last";
    }

    @Override
    public int addedTokens(boolean isPair) {
        int n = 0;
        for (PostProcessor p : processors) {
            n += p.addedTokens(isPair);
        }
        return n;
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens) {
        return process(a, b, addSpecialTokens, null, null);
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens, String textA, String textB) {
        for (PostProcessor p : processors) {
            if (p instanceof ByteLevelProcessing bl) {
                if (bl.trimOffsets()) {
                    a = OffsetTrimming.trim(a, bl.addPrefixSpace(), textA);
                    b = b == null ? null : OffsetTrimming.trim(b, bl.addPrefixSpace(), textB);
                }
            } else {
                return p.process(a, b, addSpecialTokens, textA, textB); // last, by construction
            }
        }
        return b == null ? Encoding.merge(List.of(a)) : Encoding.merge(List.of(a, b));
    }
}
