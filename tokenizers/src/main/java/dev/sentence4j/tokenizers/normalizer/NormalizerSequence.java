package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import java.util.List;
import java.util.Objects;

/** Applies normalizers in order (HF normalizers/utils.rs Sequence). */
public record NormalizerSequence(List<Normalizer> normalizers) implements Normalizer {

    public NormalizerSequence {
        normalizers = List.copyOf(Objects.requireNonNull(normalizers, "normalizers"));
    }

    @Override
    public void normalize(NormalizedString s) {
        for (Normalizer n : normalizers) {
            n.normalize(s);
        }
    }
}
