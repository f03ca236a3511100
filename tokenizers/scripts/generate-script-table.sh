#!/usr/bin/env bash
# Regenerates src/main/resources/.../unicode/scripts.txt, the script classes of HF tokenizers'
# UnicodeScripts pre-tokenizer, by probing HF tokenizers (Rust, through the DJL test dependency)
# for every code point (tools/GenerateScriptTable.java).
set -euo pipefail
exec "$(dirname "$0")/run-test-tool.sh" dev.sentence4j.tokenizers.tools.GenerateScriptTable "$@"
