package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Template post-processing (HF processors/template.rs), e.g. {@code [CLS] $A [SEP] $B:1 [SEP]:1}.
 * Sequence pieces always set their type id; special-token pieces appear only when special
 * tokens are added.
 *
 * @param single the template for one sequence
 * @param pair the template for a pair
 * @param specialTokens the special tokens by their template id
 */
public record TemplateProcessing(List<Piece> single, List<Piece> pair, Map<String, SpecialToken> specialTokens)
        implements PostProcessor {

    /** One template element. */
    public sealed interface Piece permits SequencePiece, SpecialTokenPiece {
        int typeId();
    }

    /** {@code $A} (first = true) or {@code $B}, with its type id. */
    public record SequencePiece(boolean first, int typeId) implements Piece {
    }

    /** A special token by its id in {@code special_tokens}, with its type id. */
    public record SpecialTokenPiece(String id, int typeId) implements Piece {
        public SpecialTokenPiece {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A special token: possibly several ids and tokens (same count). */
    public record SpecialToken(String id, int[] ids, String[] tokens) {
        public SpecialToken {
            Objects.requireNonNull(id, "id");
            if (ids.length != tokens.length) {
                throw new IllegalArgumentException("special token '" + id + "': " + ids.length + " ids but "
                        + tokens.length + " tokens");
            }
        }
    }

    public TemplateProcessing {
        single = List.copyOf(single);
        pair = List.copyOf(pair);
        specialTokens = Map.copyOf(specialTokens);
        for (List<Piece> template : List.of(single, pair)) {
            for (Piece p : template) {
                if (p instanceof SpecialTokenPiece s && !specialTokens.containsKey(s.id())) {
                    throw new IllegalArgumentException("template uses special token '" + s.id()
                            + "' missing from special_tokens " + specialTokens.keySet());
                }
            }
        }
    }

    @Override
    public int addedTokens(boolean isPair) {
        int n = 0;
        for (Piece p : isPair ? pair : single) {
            if (p instanceof SpecialTokenPiece s) {
                n += specialTokens.get(s.id()).ids().length;
            }
        }
        return n;
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens) {
        List<Piece> template = b == null ? single : pair;
        List<Encoding> parts = new ArrayList<>(template.size());
        for (Piece p : template) {
            switch (p) {
                case SequencePiece s -> {
                    Encoding e = s.first() ? a : b;
                    if (e == null) {
                        throw new IllegalStateException("template for a single sequence uses $B");
                    }
                    parts.add(e.withTypeId(s.typeId()));
                }
                case SpecialTokenPiece s -> {
                    if (addSpecialTokens) {
                        SpecialToken tok = specialTokens.get(s.id());
                        parts.add(Encoding.special(tok.ids(), tok.tokens(), s.typeId()));
                    }
                }
            }
        }
        return Encoding.merge(parts);
    }
}
