"""Score cpecdata's parser and extraction rules on the development set, when it is available.

Usage::

    python scripts/score_devset.py [DEV_SET_DIR] [--details]

``DEV_SET_DIR`` defaults to ``../shared/dev-set`` next to the repository; it holds ``raw/*.txt``
and ``gold.jsonl`` (see its README). Every raw file is parsed and extracted, the articles are
written as cpecdata JSONL to a temporary file, and :func:`cpecdata.evaluate.evaluate_files`
scores them; the table is printed with the issue's targets and whether each is met. The dev set
is for measuring only: nothing from it is copied anywhere. Exits 0, also when the dev set is
absent (it then prints ``dev set not found, skipping``).
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from cpecdata.errors import ParseError
from cpecdata.evaluate import Evaluation, evaluate_files
from cpecdata.extract import extract
from cpecdata.rawformat import parse_bytes
from cpecdata.serialize.json import to_dict

_DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "dev-set"


def _predict(raw_dir: Path, out: Path) -> tuple[int, float]:
    """Parse and extract every raw file into ``out`` (JSONL); the article count and seconds."""
    count = 0
    elapsed = 0.0
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(raw_dir.glob("*.txt")):
            data = path.read_bytes()
            started = time.perf_counter()
            items = [
                extract(i) if not isinstance(i, ParseError) else i
                for i in parse_bytes(data, str(path))
            ]
            elapsed += time.perf_counter() - started
            for item in items:
                if isinstance(item, ParseError):
                    print(item, file=sys.stderr)
                    continue
                fh.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
                count += 1
    return count, elapsed


def _targets(result: Evaluation) -> list[tuple[str, float | None, float]]:
    """The issue's dev-set targets: (what, measured value, threshold)."""
    return [
        ("statements attributed F1", result.statements.attributed.f1, 0.92),
        ("visits F1", result.visits.matched.f1, 0.92),
        ("visit date accuracy", result.visits.dates.value, 0.90),
        ("initiatives F1", result.initiatives.matched.f1, 0.85),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the scoring; always 0 (this script measures, it does not gate)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev_set", nargs="?", type=Path, default=_DEFAULT)
    parser.add_argument("--details", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    gold = args.dev_set / "gold.jsonl"
    raw = args.dev_set / "raw"
    if not gold.is_file() or not raw.is_dir():
        print("dev set not found, skipping")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        predictions = Path(tmp) / "predictions.jsonl"
        count, seconds = _predict(raw, predictions)
        result = evaluate_files(gold, predictions)
    print(f"dev set: {args.dev_set}")
    print(f"parse + extract: {count} articles, {1000 * seconds / max(count, 1):.2f} ms per article")
    print()
    print(result.to_text())
    print()
    print("targets")
    for what, value, threshold in _targets(result):
        met = value is not None and value >= threshold
        shown = "-" if value is None else f"{value:.3f}"
        print(f"  {what:<28}{shown:>7} >= {threshold:.2f}  {'met' if met else 'NOT met'}")
    if args.details:
        print()
        for mismatch in result.errors():
            print(mismatch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
