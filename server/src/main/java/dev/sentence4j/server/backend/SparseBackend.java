package dev.sentence4j.server.backend;

import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;

/** A sparse (SPLADE) model's forward pass; the batcher is its only caller. */
public interface SparseBackend extends ModelBackend {

    /** One forward pass: a sparse vector per encoding, in order. */
    List<SparseVector> embedSparse(List<Encoding> encodings, EncodeSpec.Sparse spec);
}
