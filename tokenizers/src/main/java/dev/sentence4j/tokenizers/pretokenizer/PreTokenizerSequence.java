package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;
import java.util.List;
import java.util.Objects;

/** Applies pre-tokenizers in order, each on the pieces of the previous (HF Sequence). */
public record PreTokenizerSequence(List<PreTokenizer> preTokenizers) implements PreTokenizer {

    public PreTokenizerSequence {
        preTokenizers = List.copyOf(Objects.requireNonNull(preTokenizers, "preTokenizers"));
    }

    @Override
    public void preTokenize(PreTokenizedString pts) {
        for (PreTokenizer p : preTokenizers) {
            p.preTokenize(pts);
        }
    }
}
