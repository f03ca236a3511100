package dev.sentence4j.tokenizers.decoder;

import dev.sentence4j.tokenizers.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/** Replace decoder (HF decoders: normalizers/replace.rs): every match in each token becomes {@code content}. */
public record ReplaceDecoder(TextPattern pattern, String content, java.util.regex.Pattern compiled)
        implements Decoder {

    public ReplaceDecoder {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(compiled, "compiled");
    }

    public ReplaceDecoder(TextPattern pattern, String content) {
        this(pattern, content, pattern.isRegex()
                ? java.util.regex.Pattern.compile(pattern.source(), java.util.regex.Pattern.UNICODE_CHARACTER_CLASS)
                : java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(pattern.source())));
    }

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (!pattern.isRegex()) {
                out.add(pattern.source().isEmpty() ? token : token.replace(pattern.source(), content));
                continue;
            }
            StringBuilder b = new StringBuilder();
            Matcher m = compiled.matcher(token);
            int last = 0;
            while (m.find()) {
                if (m.start() == m.end()) {
                    continue; // HF drops empty matches
                }
                b.append(token, last, m.start()).append(content);
                last = m.end();
            }
            out.add(b.append(token, last, token.length()).toString());
        }
        return out;
    }
}
