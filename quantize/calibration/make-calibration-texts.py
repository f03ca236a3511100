"""Writes calibration-texts.txt from sentence4j's shared benchmark corpus (see calibration-texts.md).

Run from the repository root: python3 quantize/calibration/make-calibration-texts.py [fortunes-10k.txt]
"""
import pathlib
import sys

corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/corpus/fortunes-10k.txt")
lines = corpus.read_text(encoding="utf-8").splitlines()
out = lines[9000:9200]
for i in range(24):
    n = 6 + i % 11
    start = 9200 + i * 17
    out.append(" ".join(lines[start:start + n]))
here = pathlib.Path(__file__).parent.parent / "src/main/resources/dev/sentence4j/quantize"
(here / "calibration-texts.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
