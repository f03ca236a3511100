"""Regenerates src/test/resources/quantization/golden.json.

Source of the rules: sentence-transformers' quantize_embeddings (sentence_transformers/quantization.py),
restated here in numpy line for line so the golden values come from numpy's own float32 arithmetic,
casts and packbits, not from our Java code. Run: python3 scripts/quantization_golden.py
"""
import json
import numpy as np


def quantize_embeddings(embeddings, precision, ranges=None, calibration_embeddings=None):
    # as sentence_transformers.quantization.quantize_embeddings (v3/v4/v5)
    if precision == "float32":
        return embeddings.astype(np.float32)
    if precision.endswith("int8"):
        if ranges is None:
            if calibration_embeddings is not None:
                ranges = np.vstack((np.min(calibration_embeddings, axis=0), np.max(calibration_embeddings, axis=0)))
            else:
                ranges = np.vstack((np.min(embeddings, axis=0), np.max(embeddings, axis=0)))
        starts = ranges[0, :]
        steps = (ranges[1, :] - ranges[0, :]) / 255
        if precision == "uint8":
            return ((embeddings - starts) / steps).astype(np.uint8)
        elif precision == "int8":
            return ((embeddings - starts) / steps - 128).astype(np.int8)
    if precision == "binary":
        return (np.packbits(embeddings > 0).reshape(embeddings.shape[0], -1) - 128).astype(np.int8)
    if precision == "ubinary":
        return np.packbits(embeddings > 0).reshape(embeddings.shape[0], -1)
    raise ValueError(precision)


rng = np.random.default_rng(7)
# ST's binary packing flattens before packbits, so it needs a dimension divisible by 8: 16 here.
emb = rng.normal(size=(6, 16)).astype(np.float32)
emb[2, 3] = 0.0  # exactly zero: not > 0 for binary
calib = rng.normal(size=(20, 16)).astype(np.float32) * 0.5
out = {"embeddings": emb.tolist(), "calibration": calib.tolist()}
for p in ["int8", "uint8", "binary", "ubinary"]:
    out[p] = quantize_embeddings(emb, p).astype(int).tolist()
# With calibration ranges wider than the data (no out-of-range values, so numpy's cast is defined).
wide = np.vstack((np.min(np.vstack((emb, calib)), axis=0), np.max(np.vstack((emb, calib)), axis=0)))
out["wide_ranges"] = wide.tolist()
out["int8_wide"] = quantize_embeddings(emb, "int8", ranges=wide).astype(int).tolist()
out["uint8_wide"] = quantize_embeddings(emb, "uint8", ranges=wide).astype(int).tolist()
# For other widths we pack each row on its own, as np.packbits(axis=1) does (ST's flattening would mix rows).
emb11 = emb[:, :11]
out["embeddings11"] = emb11.tolist()
out["ubinary11"] = np.packbits(emb11 > 0, axis=1).astype(int).tolist()
with open("src/test/resources/quantization/golden.json", "w") as f:
    json.dump(out, f)
    f.write("\n")
