package dev.sentence4j.tokenizers.decoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Strip decoder (HF decoders/strip.rs): removes up to {@code start} leading and {@code stop}
 * trailing {@code content} chars from each token.
 */
public record StripDecoder(int content, int start, int stop) implements Decoder {

    public StripDecoder {
        if (start < 0 || stop < 0) {
            throw new IllegalArgumentException("Strip start and stop must be >= 0, got " + start + ", " + stop);
        }
    }

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            int[] cps = token.codePoints().toArray();
            int startCut = 0;
            for (int i = 0; i < Math.min(start, cps.length) && cps[i] == content; i++) {
                startCut = i + 1;
            }
            int stopCut = cps.length;
            for (int i = 0; i < Math.min(stop, cps.length); i++) {
                int index = cps.length - i - 1;
                if (cps[index] != content) {
                    break;
                }
                stopCut = index;
            }
            out.add(startCut >= stopCut ? "" : new String(cps, startCut, stopCut - startCut));
        }
        return out;
    }
}
