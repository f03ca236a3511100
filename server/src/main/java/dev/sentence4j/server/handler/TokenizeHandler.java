package dev.sentence4j.server.handler;

import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.SimpleToken;
import dev.sentence4j.server.api.TokenizeRequest;
import dev.sentence4j.server.backend.TokenSpan;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** POST /tokenize: {@code [[{id, text, special, start, stop}]]}, one list per input, not truncated. */
public final class TokenizeHandler implements Handler {
    private final Inference inference;

    public TokenizeHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        TokenizeRequest req = TokenizeRequest.read(Http.readObject(ctx, inference.config().payloadLimit()));
        if (req.inputs().isEmpty()) {
            throw ApiError.empty("`inputs` is empty: expected at least one input");
        }
        if (req.inputs().size() > inference.config().maxClientBatchSize()) {
            throw ApiError.validation("`inputs` has " + req.inputs().size() + " inputs, more than max_client_batch_size "
                    + inference.config().maxClientBatchSize() + "; split the request");
        }
        inference.checkPromptName(req.promptName());
        List<List<SimpleToken>> out = new ArrayList<>();
        for (int i = 0; i < req.inputs().size(); i++) {
            String text = req.inputs().get(i);
            List<TokenSpan> spans;
            try {
                spans = inference.backend().tokenize(text, req.addSpecialTokens(), req.promptName());
            } catch (IllegalArgumentException e) {
                throw ApiError.tokenizer("`inputs[" + i + "]` cannot be tokenized: " + e.getMessage());
            }
            // Spans index the text the tokenizer saw: the prompt and the input, prepared as the model does.
            String seen = inference.backend().modelText(text, req.promptName());
            int[] utf8 = utf8Offsets(seen);
            List<SimpleToken> tokens = new ArrayList<>(spans.size());
            for (TokenSpan s : spans) {
                boolean spanned = s.start() >= 0 && s.end() >= s.start() && s.end() <= seen.length();
                tokens.add(new SimpleToken(s.id(), s.text(), s.special(), spanned ? utf8[s.start()] : null,
                        spanned ? utf8[s.end()] : null));
            }
            out.add(tokens);
        }
        Http.json(ctx, out);
    }

    /** UTF-8 byte offset of each UTF-16 index, {@code [length + 1]}: TEI's offsets are Rust byte offsets. */
    static int[] utf8Offsets(String s) {
        int[] out = new int[s.length() + 1];
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            out[i] = bytes;
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                out[++i] = bytes - 2; // inside a pair: not a boundary, never a span end
            } else {
                bytes += 3;
            }
        }
        out[s.length()] = bytes;
        return out;
    }
}
