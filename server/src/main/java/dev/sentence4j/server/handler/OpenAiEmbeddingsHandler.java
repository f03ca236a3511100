package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.OpenAiEmbeddingsRequest;
import dev.sentence4j.server.api.OpenAiEmbeddingsResponse;
import dev.sentence4j.server.api.TruncationDirection;
import dev.sentence4j.server.backend.EncodeSpec;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * POST /v1/embeddings, OpenAI's embeddings API. Token id inputs are decoded to text and encoded
 * like text (the encoder takes text); {@code usage} counts the tokens the model saw. Vectors are
 * L2-normalized, as OpenAI's are and as TEI's OpenAI route does; base64 is the little-endian
 * float32 bytes, which is what OpenAI's clients decode.
 */
public final class OpenAiEmbeddingsHandler implements Handler {
    private final Inference inference;

    public OpenAiEmbeddingsHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode body = Http.readObject(ctx, inference.config().payloadLimit());
        inference.require("/v1/embeddings");
        OpenAiEmbeddingsRequest req = OpenAiEmbeddingsRequest.read(body);
        inference.checkDimensions(req.dimensions());
        // OpenAI's API has no prompt field; input_type (query or document) picks the model's prompt
        // by ST v5's encode_query/encode_document rule. OpenAI has no truncate either: --auto-truncate decides.
        String promptName = req.inputType() == null ? null : req.inputType().promptName(inference.info().prompts());
        Inference.Prepared p = inference.prepare(req.input(), "input", null, TruncationDirection.Right, promptName);
        List<float[]> vectors = inference.embed(p, EncodeSpec.sentences(true, promptName, req.dimensions()));
        p.timings().writeTo(ctx);
        List<OpenAiEmbeddingsResponse.Item> data = new ArrayList<>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            Object embedding = req.base64() ? base64(vectors.get(i)) : vectors.get(i);
            data.add(new OpenAiEmbeddingsResponse.Item("embedding", embedding, i));
        }
        int tokens = p.totalTokens();
        Http.json(ctx, new OpenAiEmbeddingsResponse("list", data, inference.info().modelId(),
                new OpenAiEmbeddingsResponse.Usage(tokens, tokens)));
    }

    static String base64(float[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(v);
        return Base64.getEncoder().encodeToString(buf.array());
    }
}
