#!/usr/bin/env bash
# Regenerates the legacy character-class table of src/main/resources/.../unicode/ from HF
# tokenizers (Rust, through the DJL test dependency) by probing every code point.
set -euo pipefail
exec "$(dirname "$0")/run-test-tool.sh" dev.sentence4j.tokenizers.tools.GenerateUnicodeTables "$@"
