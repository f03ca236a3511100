package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.EmbedSparseRequest;
import dev.sentence4j.server.api.SparseValue;
import dev.sentence4j.server.backend.EncodeSpec;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /embed_sparse: a SPLADE model's sparse vectors, as TEI's {@code [[{index, value}]]}: one
 * list per input, in input order, indices ascending, only the active (non-zero) dimensions.
 */
public final class EmbedSparseHandler implements Handler, JsonTask {
    private final Inference inference;

    public EmbedSparseHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        answer(ctx, Http.readObject(ctx, inference.config().payloadLimit()));
    }

    @Override
    public void answer(Context ctx, JsonNode body) {
        inference.require("/embed_sparse");
        EmbedSparseRequest req = EmbedSparseRequest.read(body);
        Inference.Prepared p = inference.prepare(req.inputs(), "inputs", req.truncate(), req.truncationDirection(),
                req.promptName());
        List<SparseVector> vectors = inference.embedSparse(p, new EncodeSpec.Sparse(req.promptName()));
        p.timings().writeTo(ctx);
        List<List<SparseValue>> out = new ArrayList<>(vectors.size());
        for (SparseVector v : vectors) {
            List<SparseValue> values = new ArrayList<>(v.size());
            for (int k = 0; k < v.size(); k++) {
                values.add(new SparseValue(v.indices()[k], v.values()[k]));
            }
            out.add(values);
        }
        Http.json(ctx, out);
    }
}
