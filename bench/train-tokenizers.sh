#!/usr/bin/env bash
# Tokenizer training: quality and speed, for BENCHMARKS.md (issue 8, "Training").
#
#   bench/train-tokenizers.sh [CORPUS] [OUT_DIR]
#
# CORPUS defaults to ../shared/data/corpus/fortunes-10k.txt (10,000 English lines; its README
# names its source). Its first 1,000 lines (a uniform sample) are held out; the other 9,000 train.
#
# Quality: each model (wordpiece, bpe, unigram) at vocabulary 30522 and 8000 is trained with
# `sentence4j tokenizer train`, then the held-out lines are tokenized with `sentence4j tokenize
# --json` (no truncation); reported: tokens per word (words = whitespace-separated, special tokens
# not counted) and the unknown-token rate, next to the BERT uncased vocabulary (all-MiniLM-L6-v2's
# tokenizer.json, the CLI's default model).
# Speed: each model at 30522 on about 10 MB, wall time and peak RSS from /usr/bin/time -v, on
#  (a) the corpus concatenated 9 times (the same distinct words with 9x counts: counting scales
#      with bytes, learning sees the 1.2 MB vocabulary), and
#  (b) where Debian's vim-runtime package is installed, its English help files
#      (/usr/share/vim/vim90/doc/*.txt, Vim license) followed by the corpus: real text with about
#      ten times more distinct words;
# and (a) again in a 256 MB heap (-Xmx256m through SENTENCE4J_JAVA_OPTS): streaming needs memory
# for the distinct words only; and unigram on (b) in a 512 MB heap. The load average is printed
# before each run: figures are only comparable at similar load.
#
# Peer: where Debian's sentencepiece package is installed (spm_train/spm_encode, Apache-2.0; the
# reference Unigram trainer, Kudo 2018), the same corpora are trained with spm_train
# --model_type=unigram and bpe in the same run, as close to ours as its flags allow: vocabulary
# 30522 / 8000 as a soft limit (--hard_vocab_limit=false: ours also returns fewer pieces when EM
# runs out), --character_coverage=1.0 (every char a piece, as ours), --normalization_rule_name=nfkc
# (ours: NFKC; spm also collapses runs of spaces, ours keeps one '▁' word per space),
# --input_sentence_size=0 (every line), --num_threads=2, default seed size (1M), max piece length
# (16) and special tokens (<unk> <s> </s>, as ours). Differences that remain: spm counts distinct
# lines, ours distinct words (so its seeds and EM see sentence counts); spm's bpe is char-level
# BPE over '▁' words, ours is byte-level (GPT-2) BPE. Tokens/word on the held-out lines come from
# spm_encode --output_format=id (unknown = id 0).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/data/corpus/fortunes-10k.txt}"
out="${2:-$root/bench/target/train-tokenizers}"
s4j="$root/sentence4j"
[[ -f "$corpus" ]] || { echo "corpus not found: $corpus" >&2; exit 1; }
mkdir -p "$out"
"$s4j" --version >/dev/null # builds the CLI if needed, untimed

head -n 1000 "$corpus" >"$out/heldout.txt"
tail -n +1001 "$corpus" >"$out/train.txt"
for i in 1 2 3 4 5 6 7 8 9; do cat "$corpus"; done >"$out/train-10mb.txt"
speed=("$out/train-10mb.txt")
if compgen -G "/usr/share/vim/vim90/doc/*.txt" >/dev/null; then
  cat $(ls /usr/share/vim/vim90/doc/*.txt | LC_ALL=C sort) "$corpus" >"$out/vimdoc-10mb.txt"
  speed+=("$out/vimdoc-10mb.txt")
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
spm=""
if command -v spm_train >/dev/null && command -v spm_encode >/dev/null; then
  spm=1
  echo "peer: $(dpkg-query -W -f='${Package} ${Version}' sentencepiece 2>/dev/null || echo sentencepiece)"
fi
echo "train: $(wc -l <"$out/train.txt") lines, $(wc -c <"$out/train.txt") bytes; held out: $(wc -l <"$out/heldout.txt") lines"

# $1 json lines from `tokenize --json`, $2 the held-out text, $3 unknown token, $4 special tokens (space-separated)
stats() {
  python3 - "$1" "$2" "$3" "$4" <<'PY'
import json, sys
enc, text, unk, specials = sys.argv[1], sys.argv[2], sys.argv[3], set(sys.argv[4].split())
words = sum(len(l.split()) for l in open(text, encoding="utf-8"))
tokens = unknown = 0
for line in open(enc, encoding="utf-8"):
    for t in json.loads(line)["tokens"]:
        if t in specials:
            continue
        tokens += 1
        unknown += t == unk
print(f"{tokens} tokens, {words} words, {tokens / words:.3f} tokens/word, unknown {unknown} ({100 * unknown / tokens:.3f}%)")
PY
}

# $1 ids from `spm_encode --output_format=id`, $2 the held-out text (unknown = id 0)
spm_stats() {
  python3 - "$1" "$2" <<'PY'
import sys
ids, text = sys.argv[1], sys.argv[2]
words = sum(len(l.split()) for l in open(text, encoding="utf-8"))
tokens = unknown = 0
for line in open(ids, encoding="utf-8"):
    for t in line.split():
        tokens += 1
        unknown += t == "0"
print(f"{tokens} tokens, {words} words, {tokens / words:.3f} tokens/word, unknown {unknown} ({100 * unknown / tokens:.3f}%)")
PY
}

# $1 label, $2 unigram|bpe, $3 vocabulary size, $4 corpus: trains with spm_train, timed
spm_train_timed() {
  timed "$1" spm_train --input="$4" --model_prefix="$out/$1" --model_type="$2" --vocab_size="$3" \
    --hard_vocab_limit=false --character_coverage=1.0 --normalization_rule_name=nfkc \
    --input_sentence_size=0 --num_threads=2 --minloglevel=1
}

timed() { # $1 label, rest: command; prints wall s and peak RSS MiB
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$out/$label.stdout" 2>"$out/$label.time" || { tail -n 30 "$out/$label.time" >&2; exit 1; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$label.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$label.time")
  echo "$label: wall $wall, peak RSS $((rss / 1024)) MiB; $(cat "$out/$label.stdout")"
}

echo
echo "== quality on the held-out 1,000 lines =="
"$s4j" tokenize --json --max-length 100000 --input "$out/heldout.txt" >"$out/bert.jsonl"
echo "bert-uncased (all-MiniLM-L6-v2, 30522): $(stats "$out/bert.jsonl" "$out/heldout.txt" "[UNK]" "[CLS] [SEP]")"
for vocab in 30522 8000; do
  for model in wordpiece bpe unigram; do
    file="$out/$model-$vocab.json"
    timed "train-$model-$vocab" "$s4j" tokenizer train --model "$model" --vocab-size "$vocab" --out "$file" "$out/train.txt"
    "$s4j" tokenize --json --max-length 100000 --tokenizer "$file" --input "$out/heldout.txt" >"$out/$model-$vocab.jsonl"
    case "$model" in
      wordpiece) unk="[UNK]"; specials="[CLS] [SEP]" ;;
      bpe) unk="<unk>"; specials="" ;;
      unigram) unk="<unk>"; specials="" ;;
    esac
    echo "  $model $vocab: $(stats "$out/$model-$vocab.jsonl" "$out/heldout.txt" "$unk" "$specials")"
  done
  if [[ -n "$spm" ]]; then
    for model in unigram bpe; do
      spm_train_timed "spm-$model-$vocab" "$model" "$vocab" "$out/train.txt"
      spm_encode --model="$out/spm-$model-$vocab.model" --output_format=id <"$out/heldout.txt" >"$out/spm-$model-$vocab.ids"
      echo "  spm $model $vocab ($(grep -c . "$out/spm-$model-$vocab.vocab") pieces): $(spm_stats "$out/spm-$model-$vocab.ids" "$out/heldout.txt")"
    done
  fi
done

for file in "${speed[@]}"; do
  name="$(basename "$file" .txt)"
  echo
  echo "== speed: $name, $(wc -c <"$file") bytes, $(wc -l <"$file") lines, vocabulary 30522 =="
  for model in wordpiece bpe unigram; do
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    timed "$name-$model" "$s4j" tokenizer train --model "$model" --vocab-size 30522 --out "$out/$model-$name.json" "$file"
  done
  if [[ -n "$spm" ]]; then
    for model in unigram bpe; do
      echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
      spm_train_timed "$name-spm-$model" "$model" 30522 "$file"
    done
  fi
done
echo
echo "== speed: train-10mb in a 256 MB heap =="
for model in wordpiece bpe unigram; do
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  SENTENCE4J_JAVA_OPTS="-Xmx256m" timed "xmx256m-$model" "$s4j" tokenizer train --model "$model" --vocab-size 30522 \
    --out "$out/$model-xmx.json" "$out/train-10mb.txt"
done
if [[ -f "$out/vimdoc-10mb.txt" ]]; then
  echo
  echo "== speed: vimdoc-10mb, unigram in a 512 MB heap =="
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  SENTENCE4J_JAVA_OPTS="-Xmx512m" timed "xmx512m-unigram-vimdoc" "$s4j" tokenizer train --model unigram --vocab-size 30522 \
    --out "$out/unigram-vimdoc-xmx.json" "$out/vimdoc-10mb.txt"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
