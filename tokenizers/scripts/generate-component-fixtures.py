#!/usr/bin/env python3
"""Writes src/test/resources/fixtures/components/*.json: small tokenizer.json files for the
components no other fixture uses (normalizers ByteLevel and Nmt, pre-tokenizers
CharDelimiterSplit and UnicodeScripts, decoder CTC, post-processor Sequence). Each one takes the model and added
tokens of a committed subword fixture (scripts/generate-subword-fixtures.py) and swaps the
pipeline around it; the component layouts are those of HF tokenizers' serialization (0.21). The
parity tests compare our encodings and decodings with HF tokenizers loading the same files.
Deterministic. Usage: tokenizers/scripts/generate-component-fixtures.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")


def load(name):
    with open(os.path.join(FIXTURES, "subword", name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def template(bos, eos):
    def special(name, type_id=0):
        return {"SpecialToken": {"id": name["token"], "type_id": type_id}}
    return {
        "type": "TemplateProcessing",
        "single": [special(bos), {"Sequence": {"id": "A", "type_id": 0}}, special(eos)],
        "pair": [special(bos), {"Sequence": {"id": "A", "type_id": 0}}, special(eos),
                 {"Sequence": {"id": "B", "type_id": 1}}, special(eos, 1)],
        "special_tokens": {t["token"]: {"id": t["token"], "ids": [t["id"]], "tokens": [t["token"]]} for t in (bos, eos)},
    }


def write(name, data):
    path = os.path.join(FIXTURES, "components", name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(path)


def main():
    bos, eos = {"token": "<s>", "id": 1}, {"token": "</s>", "id": 2}

    # Byte-level text made by the normalizer, not the pre-tokenizer: NFKC then ByteLevel, words cut
    # before each 'Ġ' (the byte-level space); RoBERTa-style trimming then <s> ... </s> in a Sequence.
    t = load("bytelevel-bpe-trim-offsets")
    t["normalizer"] = {"type": "Sequence", "normalizers": [{"type": "NFKC"}, {"type": "ByteLevel"}]}
    t["pre_tokenizer"] = {"type": "Split", "pattern": {"String": "\u0120"}, "behavior": "MergedWithNext",
                          "invert": False}
    t["post_processor"] = {"type": "Sequence", "processors": [
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        template(bos, eos)]}
    t["decoder"] = {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True}
    write("bytelevel-normalizer-sequence-processor", t)

    # Llama 3 / Qwen layout: ByteLevel pre-tokenizer without prefix space, post-processor
    # Sequence[ByteLevel (no trimming), TemplateProcessing].
    t = load("bytelevel-bpe-trim-offsets")
    t["pre_tokenizer"] = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    t["post_processor"] = {"type": "Sequence", "processors": [
        {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
        template(bos, eos)]}
    write("bytelevel-sequence-llama3", t)

    # SentencePiece's Nmt cleanup, a char delimiter, and the CTC decoder (pad "<s>" so that
    # decoding without skipping special tokens exercises the pad removal).
    t = load("wordlevel-whitespace")
    t["normalizer"] = {"type": "Sequence", "normalizers": [{"type": "Nmt"}, {"type": "Lowercase"}]}
    t["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
        {"type": "CharDelimiterSplit", "delimiter": " "}, {"type": "Punctuation", "behavior": "Isolated"}]}
    t["decoder"] = {"type": "CTC", "pad_token": "<s>", "word_delimiter_token": "the", "cleanup": True}
    write("nmt-chardelimiter-ctc", t)

    # UnicodeScripts alone: every piece is a word of its own (unknown ones as <unk>), so the
    # parity tests compare each cut HF makes, offsets included.
    t = load("wordlevel-whitespace")
    t["normalizer"] = None
    t["pre_tokenizer"] = {"type": "UnicodeScripts"}
    write("unicodescripts-wordlevel", t)

    # UnicodeScripts then Metaspace, SentencePiece-style, with the byte-fallback Unigram model.
    t = load("unigram-bytefallback")
    t["normalizer"] = {"type": "NFKC"}
    t["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
        {"type": "UnicodeScripts"},
        {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True}]}
    write("unicodescripts-metaspace-unigram", t)


if __name__ == "__main__":
    main()
