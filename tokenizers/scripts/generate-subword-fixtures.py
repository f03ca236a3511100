#!/usr/bin/env python3
"""Writes the small hand-made tokenizer.json fixtures of src/test/resources/fixtures/subword/:
the model families and components no real fixture brings (Unigram, WordLevel, BPE with a
continuing-subword prefix / end-of-word suffix, ignore_merges, RoBERTa-style offsets trimming,
Metaspace's prepend schemes, the decoders). Vocabularies and merges are learned here from a tiny
corpus so they are consistent; the tests compare our encodings with HF tokenizers loading the
same files. Deterministic."""
import json, math
from collections import Counter

CORPUS = """the quick brown fox jumps over the lazy dog
hello world hello there the world is quick
tokenizers split words into subword units and pieces
unbelievable unhappiness happily happiness running runner
low lower lowest newer newest wider widest
café naïve résumé straße 東京 日本語 😀""".split()

def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}

def train_bpe(words, initial, steps, prefix="", suffix=""):
    """Classic BPE: words -> symbol lists, merge the most frequent pair (ties: first seen)."""
    def split(w):
        syms = [c if i == 0 else prefix + c for i, c in enumerate(w)]
        syms[-1] += suffix
        return syms
    counts = Counter(words)
    seqs = {w: split(w) for w in counts}
    vocab = list(initial)
    for seq in seqs.values():
        for s in seq:
            if s not in vocab:
                vocab.append(s)
    merges = []
    for _ in range(steps):
        pairs = Counter()
        for w, seq in seqs.items():
            for a, b in zip(seq, seq[1:]):
                pairs[(a, b)] += counts[w]
        if not pairs:
            break
        (a, b), _ = max(pairs.items(), key=lambda kv: kv[1])
        new = a + b[len(prefix):]
        merges.append((a, b))
        if new not in vocab:
            vocab.append(new)
        for w, seq in seqs.items():
            out, i = [], 0
            while i < len(seq):
                if i + 1 < len(seq) and seq[i] == a and seq[i + 1] == b:
                    out.append(new)
                    i += 2
                else:
                    out.append(seq[i])
                    i += 1
            seqs[w] = out
    return {t: i for i, t in enumerate(vocab)}, merges

def added(vocab, content, special=True, **flags):
    d = {"id": vocab[content], "content": content, "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": not special, "special": special}
    d.update(flags)
    return d

def template(vocab, bos, eos):
    return {"type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": eos, "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": eos, "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": eos, "type_id": 1}}],
            "special_tokens": {bos: {"id": bos, "ids": [vocab[bos]], "tokens": [bos]},
                               eos: {"id": eos, "ids": [vocab[eos]], "tokens": [eos]}}}

def tok(model, normalizer=None, pre=None, post=None, decoder=None, added_tokens=()):
    return {"version": "1.0", "truncation": None, "padding": None, "added_tokens": list(added_tokens),
            "normalizer": normalizer, "pre_tokenizer": pre, "post_processor": post, "decoder": decoder,
            "model": model}

F = {}
SPECIALS = ["<unk>", "<s>", "</s>", "<pad>", "<mask>"]

# 1. byte-level BPE, RoBERTa style: add_prefix_space, ByteLevel post-processor trimming offsets,
#    ignore_merges, merges as [a, b] arrays, an unknown token (never needed: every byte is in)
b2u = bytes_to_unicode()
bl_words = ["".join(b2u[b] for b in (" " + w).encode("utf-8")) for w in CORPUS]
v, merges = train_bpe(bl_words, SPECIALS + [b2u[b] for b in range(256)], 120)
v["Ġhellothere"] = len(v)  # whole-word entry no merge path reaches: only ignore_merges finds it
F["bytelevel-bpe-trim-offsets"] = tok(
    {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None,
     "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False, "ignore_merges": True,
     "vocab": v, "merges": [[a, b] for a, b in merges]},
    normalizer={"type": "NFKC"},
    pre={"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
    post={"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
    decoder={"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
    added_tokens=[added(v, t) for t in SPECIALS[:-1]] + [added(v, "<mask>", lstrip=True)])

# 2. same model, RobertaProcessing (trim offsets, <s> A </s></s> B </s>), no regex split, no prefix space
F["bytelevel-bpe-roberta"] = tok(
    dict(F["bytelevel-bpe-trim-offsets"]["model"], ignore_merges=False),
    pre={"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False},
    post={"type": "RobertaProcessing", "sep": ["</s>", v["</s>"]], "cls": ["<s>", v["<s>"]],
          "trim_offsets": True, "add_prefix_space": False},
    decoder={"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
    added_tokens=[added(v, t) for t in SPECIALS])

# 3. BPE with a continuing-subword prefix and an end-of-word suffix, unknown tokens not fused,
#    merges as "a b" strings; BPEDecoder
chars = sorted({c for w in CORPUS for c in w} - set("東京😀"))
initial = SPECIALS + chars + ["##" + c for c in chars] + [c + "</w>" for c in chars] + ["##" + c + "</w>" for c in chars]
v, merges = train_bpe([w.lower() for w in CORPUS], initial, 150, prefix="##", suffix="</w>")
F["bpe-prefix-suffix"] = tok(
    {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": "##",
     "end_of_word_suffix": "</w>", "fuse_unk": False, "byte_fallback": False, "vocab": v,
     "merges": [a + " " + b for a, b in merges]},
    normalizer={"type": "Lowercase"},
    pre={"type": "Whitespace"},
    post=template(v, "<s>", "</s>"),
    decoder={"type": "BPEDecoder", "suffix": "</w>"},
    added_tokens=[added(v, t) for t in SPECIALS])

# 4. SentencePiece-style BPE with byte fallback and fused unknowns; Metaspace (prepend_scheme
#    first, no split) and the llama decoder chain
v, merges = train_bpe(["▁" + w for w in CORPUS], SPECIALS + ["<0x%02X>" % b for b in range(256)], 150)
for c in "東😀":
    v.pop(c, None)  # left to byte fallback
for c in "京":
    v.pop(c, None)
merges = [(a, b) for a, b in merges if a in v and b in v and a + b in v]
F["bpe-bytefallback-metaspace"] = tok(
    {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None,
     "end_of_word_suffix": None, "fuse_unk": True, "byte_fallback": True, "vocab": v,
     "merges": [[a, b] for a, b in merges]},
    normalizer={"type": "NFC"},
    pre={"type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": False},
    post=template(v, "<s>", "</s>"),
    decoder={"type": "Sequence", "decoders": [
        {"type": "Replace", "pattern": {"String": "▁"}, "content": " "}, {"type": "ByteFallback"},
        {"type": "Fuse"}, {"type": "Strip", "content": " ", "start": 1, "stop": 0}]},
    added_tokens=[added(v, t) for t in SPECIALS])

# 5. Unigram with Metaspace (always, split), unknown chars fused into one token
pieces = [["<unk>", 0.0], ["<s>", 0.0], ["</s>", 0.0], ["▁", -2.0]]
seen = {p for p, _ in pieces}
for c in sorted({c for w in CORPUS for c in w} - set("東京😀ß")):
    pieces.append([c, -8.0 - (ord(c) % 7) * 0.25])
    seen.add(c)
sub = Counter()
for w in CORPUS:
    w = "▁" + w
    for i in range(len(w)):
        for j in range(i + 2, min(len(w), i + 7) + 1):
            sub[w[i:j]] += 1
for s, n in sorted(sub.items(), key=lambda kv: (-kv[1] * len(kv[0]), kv[0]))[:220]:
    if s not in seen:
        pieces.append([s, round(-3.0 - 6.0 / (n * len(s)), 4)])
        seen.add(s)
F["unigram-metaspace"] = tok(
    {"type": "Unigram", "unk_id": 0, "vocab": pieces, "byte_fallback": False},
    normalizer={"type": "Sequence", "normalizers": [{"type": "NFKC"}, {"type": "Lowercase"}]},
    pre={"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": True},
    post=template({"<s>": 1, "</s>": 2}, "<s>", "</s>"),
    decoder={"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": True},
    added_tokens=[{"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                   "normalized": False, "special": True} for i, t in enumerate(["<unk>", "<s>", "</s>"])])

# 6. Unigram with byte fallback, Metaspace never prepending, no split
pieces6 = [p for p in pieces if p[0] not in ("é", "ï")] + [["<0x%02X>" % b, -20.0] for b in range(256)]
F["unigram-bytefallback"] = tok(
    {"type": "Unigram", "unk_id": 0, "vocab": pieces6, "byte_fallback": True},
    pre={"type": "Metaspace", "replacement": "▁", "prepend_scheme": "never", "split": False},
    decoder={"type": "Sequence", "decoders": [
        {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "never", "split": False},
        {"type": "ByteFallback"}, {"type": "Fuse"}]})

# 7. WordLevel: whole words, the unknown token for the rest
words = sorted(set(w.lower() for w in CORPUS) | set(".,!?'\"-"))
v = {t: i for i, t in enumerate(["<unk>", "<s>", "</s>"] + words)}
F["wordlevel-whitespace"] = tok(
    {"type": "WordLevel", "vocab": v, "unk_token": "<unk>"},
    normalizer={"type": "Lowercase"},
    pre={"type": "Whitespace"},
    post=template(v, "<s>", "</s>"),
    added_tokens=[added(v, t) for t in ["<unk>", "<s>", "</s>"]])

for name, t in F.items():
    with open(f"src/test/resources/fixtures/subword/{name}.json", "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
print("wrote", len(F), "fixtures")
