#!/usr/bin/env bash
# Installs the JavaScript clients that ClientLibrariesTest runs against the server (the OpenAI
# Node SDK and Hugging Face's @huggingface/inference, versions pinned in src/test/js/package.json
# and package-lock.json) into OUT_DIR, with the test scripts beside them so that Node's ESM
# resolution finds node_modules. npm ci runs only when the lock file changed, so a second build
# needs no network. Needs node (>= 18) and npm.
#   install-js-clients.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: install-js-clients.sh OUT_DIR}
SRC=src/test/js
mkdir -p "$OUT"
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "install-js-clients: $tool is needed for the client tests (apt-get install nodejs npm)" >&2; exit 1; }
done
cp "$SRC"/*.mjs "$OUT"/
if [[ -d "$OUT/node_modules" ]] && cmp -s "$SRC/package-lock.json" "$OUT/package-lock.json"; then
  exit 0
fi
cp "$SRC/package.json" "$SRC/package-lock.json" "$OUT"/
(cd "$OUT" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
echo "install-js-clients: $(cd "$OUT" && node -e 'for (const p of ["openai", "@huggingface/inference"]) console.log(p, require(`./node_modules/${p}/package.json`).version)' | tr '\n' ' ')"
