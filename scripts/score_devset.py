"""Score cpecdata's parser and extraction rules on the development set, when it is available.

Usage::

    python scripts/score_devset.py [DEV_SET_DIR] [--details]

``DEV_SET_DIR`` defaults to ``../shared/dev-set`` next to the repository; it holds ``raw/*.txt``
and ``gold.jsonl`` (see its README). Every raw file is parsed and extracted, the articles are
written as cpecdata JSONL to a temporary file, and :func:`cpecdata.evaluate.evaluate_files`
scores them; the table is printed with the issue's targets and whether each is met, after the
time a second (warm) parse + extract pass takes per article. The dev set
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
from cpecdata.model import Article
from cpecdata.rawformat import parse_bytes
from cpecdata.serialize.json import to_dict

_DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "dev-set"


def _articles(files: dict[str, bytes]) -> list[Article | ParseError]:
    """Parse and extract every file; rejected records stay in the list as ParseErrors."""
    return [
        item if isinstance(item, ParseError) else extract(item)
        for path, data in files.items()
        for item in parse_bytes(data, path)
    ]


def _ms_per_article(files: dict[str, bytes], count: int) -> float:
    """Milliseconds per article of a warm parse + extract pass (caches already filled)."""
    started = time.perf_counter()
    _articles(files)
    return 1000 * (time.perf_counter() - started) / max(count, 1)


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
    files = {str(path): path.read_bytes() for path in sorted(raw.glob("*.txt"))}
    articles: list[Article] = []
    for item in _articles(files):
        if isinstance(item, ParseError):
            print(item, file=sys.stderr)
        else:
            articles.append(item)
    with tempfile.TemporaryDirectory() as tmp:
        predictions = Path(tmp) / "predictions.jsonl"
        with predictions.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(to_dict(a), ensure_ascii=False) + "\n" for a in articles)
        result = evaluate_files(gold, predictions)
    print(f"dev set: {args.dev_set}")
    warm = _ms_per_article(files, len(articles))
    print(f"parse + extract: {len(articles)} articles, {warm:.2f} ms per article (warm)")
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
