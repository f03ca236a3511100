package dev.sentence4j.tokenizers.decoder;

import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Metaspace decoder (HF decoders: pre_tokenizers/metaspace.rs): the replacement char becomes a
 * space, except in the first token when a scheme other than NEVER prepended it.
 */
public record MetaspaceDecoder(int replacement, Metaspace.PrependScheme prependScheme) implements Decoder {

    public MetaspaceDecoder {
        Objects.requireNonNull(prependScheme, "prependScheme");
    }

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean dropLeading = i == 0 && prependScheme != Metaspace.PrependScheme.NEVER;
            StringBuilder b = new StringBuilder();
            tokens.get(i).codePoints().forEach(c -> {
                if (c != replacement) {
                    b.appendCodePoint(c);
                } else if (!dropLeading) {
                    b.append(' ');
                }
            });
            out.add(b.toString());
        }
        return out;
    }
}
