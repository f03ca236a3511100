#!/usr/bin/python3
"""Writes src/test/resources/fixtures/precompiled/{nmt-nfkc,nmt-nfkc-cf}-unigram.json.gz: real
SentencePiece `precompiled_charsmap`s (the normalizer XLM-R and T5 ship) inside a tiny Unigram
tokenizer.json, for the Precompiled parity tests.

Source: SentencePiece (Google, Apache-2.0) as Debian's python3-sentencepiece (0.1.97): it trains a
Unigram model on src/test/resources/parity/diverse.txt with normalization_rule_name=nmt_nfkc (and
nmt_nfkc_cf, case folding); its built-in rule tables become the charsmap. The model proto is then
converted the way transformers' convert_slow_tokenizer.XLMRobertaConverter does (SpmConverter
with XLM-R's vocabulary layout): normalizer Sequence[Precompiled, Replace(Regex " {2,}" -> " ")],
Metaspace pre-tokenizer and decoder (replacement "\u2581", prepend_scheme always), Unigram model
with <s> <pad> </s> <unk> first and <mask> last (unk_id 3), TemplateProcessing "<s> $A </s>" /
"<s> $A </s> </s> $B </s>".

Run with Debian's python (apt-get install -y python3-sentencepiece): no protobuf module is
needed, the model proto is read with the few wire-format rules below. Deterministic
(num_threads=1). Usage: tokenizers/scripts/generate-precompiled-fixture.py
"""
import base64, gzip, json, os, struct, sys, tempfile

import sentencepiece as spm

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "test", "resources")
CORPUS = os.path.join(RES, "parity", "diverse.txt")
OUT = os.path.join(RES, "fixtures", "precompiled")


def fields(buf):
    """Protobuf wire format: yields (field number, wire type, value) of one message."""
    i = 0
    while i < len(buf):
        key, i = varint(buf, i)
        num, wt = key >> 3, key & 7
        if wt == 0:
            v, i = varint(buf, i)
        elif wt == 1:
            v, i = buf[i:i + 8], i + 8
        elif wt == 2:
            n, i = varint(buf, i)
            v, i = buf[i:i + n], i + n
        elif wt == 5:
            v, i = buf[i:i + 4], i + 4
        else:
            raise ValueError("wire type %d" % wt)
        yield num, wt, v


def varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def read_model(path):
    """sentencepiece_model.proto: ModelProto.pieces = 1 (piece = 1, score = 2 float),
    normalizer_spec = 3 (precompiled_charsmap = 2)."""
    pieces, charsmap = [], None
    for num, _, v in fields(open(path, "rb").read()):
        if num == 1:
            piece, score = None, 0.0
            for n2, _, v2 in fields(v):
                if n2 == 1:
                    piece = v2.decode("utf-8")
                elif n2 == 2:
                    score = struct.unpack("<f", v2)[0]
            pieces.append((piece, score))
        elif num == 3:
            for n2, _, v2 in fields(v):
                if n2 == 2:
                    charsmap = v2
    return pieces, charsmap


def tokenizer_json(pieces, charsmap):
    # XLMRobertaConverter.vocab: fairseq's layout, the spm control pieces <unk> <s> </s> replaced
    vocab = [["<s>", 0.0], ["<pad>", 0.0], ["</s>", 0.0], ["<unk>", 0.0]]
    vocab += [[p, s] for p, s in pieces[3:]]
    vocab.append(["<mask>", 0.0])
    mask_id = len(vocab) - 1

    def added(i, content, lstrip=False):
        return {"id": i, "content": content, "single_word": False, "lstrip": lstrip, "rstrip": False,
                "normalized": False, "special": True}

    metaspace = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [added(0, "<s>"), added(1, "<pad>"), added(2, "</s>"), added(3, "<unk>"),
                         added(mask_id, "<mask>", lstrip=True)],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "Precompiled", "precompiled_charsmap": base64.b64encode(charsmap).decode("ascii")},
            {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "}]},
        "pre_tokenizer": metaspace,
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "</s>", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}},
                     {"Sequence": {"id": "B", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "special_tokens": {"<s>": {"id": "<s>", "ids": [0], "tokens": ["<s>"]},
                               "</s>": {"id": "</s>", "ids": [2], "tokens": ["</s>"]}}},
        "decoder": metaspace,
        "model": {"type": "Unigram", "unk_id": 3, "vocab": vocab, "byte_fallback": False},
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for rule in ["nmt_nfkc", "nmt_nfkc_cf"]:
        with tempfile.TemporaryDirectory() as tmp:
            prefix = os.path.join(tmp, "m")
            spm.SentencePieceTrainer.train(input=CORPUS, model_prefix=prefix, model_type="unigram", vocab_size=2000,
                                           hard_vocab_limit=False, normalization_rule_name=rule,
                                           character_coverage=1.0, num_threads=1, minloglevel=2)
            pieces, charsmap = read_model(prefix + ".model")
        if not charsmap:
            sys.exit("no precompiled_charsmap in the %s model" % rule)
        data = json.dumps(tokenizer_json(pieces, charsmap), ensure_ascii=False, indent=1).encode("utf-8")
        name = os.path.join(OUT, rule.replace("_", "-") + "-unigram.json.gz")
        with open(name, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(data)
        print("%s: %d pieces, charsmap %d bytes" % (name, len(pieces) + 2, len(charsmap)))


if __name__ == "__main__":
    main()
