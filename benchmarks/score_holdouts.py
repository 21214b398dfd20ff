"""Score the extraction rules on every fictional held-out set in ``benchmarks/holdout*/``.

Each set holds ``raw/*.txt`` and a hand-made ``gold.jsonl`` in the dev set's gold format. The
script parses and extracts every file and prints one Markdown row per set (and the pooled total):
F1 of statements (attributed), visits and initiatives, and the accuracy of visit dates and
initiative statuses. ``--json`` prints the figures as JSON instead. Sets written blind keep their
first score in their README; this script gives the current one.

Usage::

    python benchmarks/score_holdouts.py [--json]
"""

import argparse
import functools
import json
import operator
from pathlib import Path
from typing import Any

from cpecdata.evaluate import Evaluation, evaluate
from cpecdata.extract import extract
from cpecdata.model import Article
from cpecdata.rawformat import parse_bytes
from cpecdata.serialize.json import to_dict

_ROOT = Path(__file__).resolve().parent
_COLUMNS = ("statements", "visits", "visit dates", "initiatives", "initiative status")


def held_out_sets() -> list[Path]:
    """The held-out set directories, in name order."""
    found = [p for p in _ROOT.glob("holdout*") if (p / "gold.jsonl").is_file()]
    return sorted(found, key=lambda p: (len(p.name), p.name))  # holdout2 before holdout10


def score_set(folder: Path) -> Evaluation:
    """Parse, extract and score one held-out set against its gold labels."""
    predicted = [
        to_dict(extract(item))
        for path in sorted((folder / "raw").glob("*.txt"))
        for item in parse_bytes(path.read_bytes(), str(path))
        if isinstance(item, Article)
    ]
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return evaluate([json.loads(line) for line in lines if line.strip()], predicted)


def figures(result: Evaluation) -> dict[str, Any]:
    """The headline figures of one evaluation (None where nothing was there to score)."""
    values = (
        result.statements.attributed.f1,
        result.visits.matched.f1,
        result.visits.dates.value,
        result.initiatives.matched.f1,
        result.initiatives.status.value,
    )
    return dict(zip(_COLUMNS, values, strict=True))


def _pooled(results: list[Evaluation]) -> Evaluation:
    """All sets' scores summed, as if they were one set."""

    def total(group: str) -> Any:
        return functools.reduce(operator.add, (getattr(r, group) for r in results))

    return Evaluation(
        articles=sum(r.articles for r in results),
        missing=tuple(m for r in results for m in r.missing),
        unlabelled=sum(r.unlabelled for r in results),
        fields=total("fields"),
        statements=total("statements"),
        visits=total("visits"),
        initiatives=total("initiatives"),
    )


def main(argv: list[str] | None = None) -> None:
    """Print the table (or JSON) for every held-out set and all of them pooled."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args(argv)
    results = {folder.name: score_set(folder) for folder in held_out_sets()}
    results["all"] = _pooled(list(results.values()))
    table = {name: figures(result) for name, result in results.items()}
    if args.json:
        print(json.dumps(table, indent=2))
        return
    print("| set | " + " | ".join(_COLUMNS) + " |")
    print("|---" * (len(_COLUMNS) + 1) + "|")
    for name, row in table.items():
        cells = ("n/a" if v is None else f"{v:.3f}" for v in row.values())
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
