#!/usr/bin/env python3
"""Writes the small hand-designed tokenizer.json fixtures of src/test/resources/fixtures/.
Each exercises components the real BERT files do not use; the tests compare them with HF
tokenizers loading the same file."""
import json, string

def vocab(extra=()):
    toks = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "<s>", "</s>", "<pad>", "<unk>", "<mask>"]
    chars = list(string.ascii_lowercase + string.ascii_uppercase + string.digits + string.punctuation) + \
        list("éèàçñöüßæøåœ▁ĠÉ日本語中文한국어ñ")
    words = ["hello", "world", "the", "quick", "brown", "fox", "jump", "##s", "##ed", "##ing", "over", "lazy",
             "dog", "token", "##izer", "un", "##believ", "##able", "café", "new", "york", "▁hello", "▁world",
             "2024", "12", "##34", "a1", "hll", "wrld", "[special]", "<special>"] + list(extra)
    for c in chars:
        toks.append(c)
        toks.append("##" + c)
    toks += words
    out = {}
    for t in toks:
        if t not in out:
            out[t] = len(out)
    return out

def wordpiece(v, unk="[UNK]", max_chars=100):
    return {"type": "WordPiece", "unk_token": unk, "continuing_subword_prefix": "##",
            "max_input_chars_per_word": max_chars, "vocab": v}

def added(v, content, special=True, **flags):
    d = {"id": v[content], "content": content, "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": not special, "special": special}
    d.update(flags)
    return d

def bert_template(cls="[CLS]", sep="[SEP]", v=None):
    return {"type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": cls, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": sep, "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": cls, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": sep, "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": sep, "type_id": 1}}],
            "special_tokens": {cls: {"id": cls, "ids": [v[cls]], "tokens": [cls]},
                               sep: {"id": sep, "ids": [v[sep]], "tokens": [sep]}}}

def tok(normalizer, pre, post, v, added_tokens, decoder=None, model=None):
    return {"version": "1.0", "truncation": None, "padding": None, "added_tokens": added_tokens,
            "normalizer": normalizer, "pre_tokenizer": pre, "post_processor": post,
            "decoder": decoder or {"type": "WordPiece", "prefix": "##", "cleanup": True},
            "model": model or wordpiece(v)}

F = {}
v = vocab()
# 1. NFKC + Replace + Strip; Split regex, Digits, Punctuation; template
F["nfkc-split-digits"] = tok(
    {"type": "Sequence", "normalizers": [
        {"type": "NFKC"},
        {"type": "Replace", "pattern": {"Regex": "\\s+"}, "content": " "},
        {"type": "Replace", "pattern": {"String": "``"}, "content": "\""},
        {"type": "Strip", "strip_left": True, "strip_right": True}]},
    {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": " "}, "behavior": "Removed", "invert": False},
        {"type": "Digits", "individual_digits": True},
        {"type": "Punctuation", "behavior": "Isolated"}]},
    bert_template(v=v), v,
    [added(v, "[PAD]"), added(v, "[UNK]"), added(v, "[CLS]"), added(v, "[SEP]"), added(v, "[MASK]")])
# 2. Lowercase + Prepend + Replace vowels; Whitespace; added tokens with flags; Roberta
F["prepend-whitespace-roberta"] = tok(
    {"type": "Sequence", "normalizers": [
        {"type": "Lowercase"},
        {"type": "Replace", "pattern": {"Regex": "[aeiou]"}, "content": ""},
        {"type": "Prepend", "prepend": "▁"}]},
    {"type": "Whitespace"},
    {"type": "RobertaProcessing", "sep": ["</s>", v["</s>"]], "cls": ["<s>", v["<s>"]],
     "trim_offsets": True, "add_prefix_space": True}, v,
    [added(v, "<s>"), added(v, "<pad>"), added(v, "</s>"), added(v, "<unk>"),
     added(v, "<mask>", lstrip=True),
     added(v, "[special]", special=False, normalized=False, rstrip=True),
     added(v, "hll", special=False, normalized=True, single_word=True)],
    model=wordpiece(v, unk="<unk>"))
# 3. NFD + StripAccents + Lowercase; WhitespaceSplit then Split behaviours; BertProcessing
F["nfd-strip-split-behaviours"] = tok(
    {"type": "Sequence", "normalizers": [{"type": "NFD"}, {"type": "StripAccents"}, {"type": "Lowercase"}]},
    {"type": "Sequence", "pretokenizers": [
        {"type": "WhitespaceSplit"},
        {"type": "Split", "pattern": {"String": "-"}, "behavior": "MergedWithPrevious", "invert": False},
        {"type": "Split", "pattern": {"Regex": "\\d+"}, "behavior": "MergedWithNext", "invert": False},
        {"type": "Split", "pattern": {"String": "."}, "behavior": "Contiguous", "invert": False},
        {"type": "Digits", "individual_digits": False}]},
    {"type": "BertProcessing", "sep": ["[SEP]", v["[SEP]"]], "cls": ["[CLS]", v["[CLS]"]]}, v,
    [added(v, "[PAD]"), added(v, "[UNK]"), added(v, "[CLS]"), added(v, "[SEP]"),
     added(v, "[MASK]", lstrip=True, rstrip=True),
     added(v, "<special>", special=True, single_word=True)])
# 4. BertNormalizer without lowercase, strip_accents true; NFC; Split invert; short max word
F["bert-accents-nfc-invert"] = tok(
    {"type": "Sequence", "normalizers": [
        {"type": "NFC"},
        {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True, "strip_accents": True,
         "lowercase": False},
        {"type": "NFKD"}]},
    {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": "\\w+|[^\\w\\s]"}, "behavior": "Removed", "invert": True},
        {"type": "Punctuation", "behavior": "MergedWithNext"}]},
    bert_template(v=v), v,
    [added(v, "[PAD]"), added(v, "[UNK]"), added(v, "[CLS]"), added(v, "[SEP]"),
     added(v, "[MASK]", special=True, normalized=True)],
    model=wordpiece(v, max_chars=8))
for name, t in F.items():
    with open(f"src/test/resources/fixtures/{name}.json", "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
print("wrote", len(F), "fixtures")
