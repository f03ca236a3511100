"""Regenerates src/test/resources/dense/: a tiny ST Dense module folder (config.json +
model.safetensors written per the safetensors spec, https://github.com/huggingface/safetensors)
and golden.json with an input and numpy's tanh(x W^T + b), as torch's nn.Linear + nn.Tanh compute.
Run: python3 scripts/dense_golden.py
"""
import json
import struct
import numpy as np

rng = np.random.default_rng(11)
in_f, out_f = 5, 3
w = rng.normal(size=(out_f, in_f)).astype(np.float32)
b = rng.normal(size=(out_f,)).astype(np.float32)
x = rng.normal(size=(4, in_f)).astype(np.float32)
y = np.tanh(x.astype(np.float64) @ w.T.astype(np.float64) + b).astype(np.float32)

tensors = {"linear.weight": w, "linear.bias": b}
header, blobs, offset = {"__metadata__": {"format": "pt"}}, [], 0
for name in sorted(tensors):
    data = tensors[name].astype("<f4").tobytes()
    header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
h = json.dumps(header).encode()
h += b" " * ((8 - len(h) % 8) % 8)
with open("src/test/resources/dense/2_Dense/model.safetensors", "wb") as f:
    f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))
with open("src/test/resources/dense/2_Dense/config.json", "w") as f:
    json.dump({"in_features": in_f, "out_features": out_f, "bias": True,
               "activation_function": "torch.nn.modules.activation.Tanh"}, f)
with open("src/test/resources/dense/golden.json", "w") as f:
    json.dump({"x": x.tolist(), "y": y.tolist()}, f)
