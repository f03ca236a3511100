#!/usr/bin/env bash
# Regenerates the golden files of src/test/resources/golden/ from HF
# tokenizers (Rust, through the DJL test dependency) for the four real tokenizer.json files.
set -euo pipefail
exec "$(dirname "$0")/run-test-tool.sh" dev.sentence4j.tokenizers.tools.GenerateGoldens "$@"
