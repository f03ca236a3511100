package dev.sentence4j.server.backend;

import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.core.input.TokenizedInputs;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tokenizing half of a backend whose model reads one text through core's {@link ModelInputs}
 * (embedding and sparse models): the prompt, ST's preparation and truncation are decided there,
 * so /tokenize shows what the forward pass runs. Subclasses add their kind's forward pass.
 */
abstract class TextBackend implements ModelBackend {
    private final ModelInputs inputs;

    TextBackend(ModelInputs inputs) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    final ModelInputs inputs() {
        return inputs;
    }

    /** The prompt's tokens that pooling leaves out (ST's include_prompt=false), with the inputs' encodings. */
    final TokenizedInputs tokenized(List<Encoding> encodings, String promptName) {
        return new TokenizedInputs(encodings, inputs.promptTokensToMask(inputs.resolvePrompt(null, promptName)));
    }

    @Override
    public final Encoding tokenizeInput(String text, String promptName, boolean truncate) {
        String prompt = inputs.resolvePrompt(null, promptName);
        return truncate ? inputs.encode(text, prompt) : inputs.encodeUntruncated(text, prompt, true);
    }

    @Override
    public final String modelText(String text, String promptName) {
        return inputs.modelText(text, inputs.resolvePrompt(null, promptName));
    }

    @Override
    public final List<TokenSpan> tokenize(String text, boolean addSpecialTokens, String promptName) {
        return spans(inputs.encodeUntruncated(text, inputs.resolvePrompt(null, promptName), addSpecialTokens));
    }

    @Override
    public final String decode(int[] ids, boolean skipSpecialTokens) {
        return decode(inputs.tokenizer(), ids, skipSpecialTokens);
    }

    /** The tokens of an encoding with their spans in the text the tokenizer saw. */
    static List<TokenSpan> spans(Encoding e) {
        int[] ids = e.ids();
        String[] tokens = e.tokens();
        int[] offsets = e.offsets();
        int[] special = e.specialTokensMask();
        List<TokenSpan> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            boolean isSpecial = special[i] == 1;
            int start = offsets[2 * i];
            int end = offsets[2 * i + 1];
            boolean spanned = !isSpecial && end > start;
            out.add(new TokenSpan(ids[i], tokens[i], isSpecial, spanned ? start : -1, spanned ? end : -1));
        }
        return out;
    }

    /** Decodes ids, refusing one outside the vocabulary by its index and value. */
    static String decode(Tokenizer tokenizer, int[] ids, boolean skipSpecialTokens) {
        int vocab = tokenizer.vocabSize();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= vocab) {
                throw new IllegalArgumentException("token id " + ids[i] + " at index " + i
                        + " is outside the vocabulary [0, " + vocab + ")");
            }
        }
        return tokenizer.decode(ids, skipSpecialTokens);
    }
}
