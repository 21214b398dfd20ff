"""Measure what extraction adds per article, on articles the process has not read before.

Issue 3 asks that extraction add at most ~0.5 ms per typical article. The extractors cache by
text, so timing the same articles twice in one process flatters them. Two figures per set:

- **first sight**: each repeat is a fresh subprocess that extracts 300 generated articles
  (untimed) and then times each set once; every word, name and phrase of a real article is new
  to the caches, as for the first articles of a corpus run;
- **steady state**: in the same process, each set again, after the caches keyed by whole
  sentences are emptied (so every sentence is read afresh) while the word, name and chunk
  caches stay warm, as they are after a few thousand articles of a corpus.

Timed in the order :func:`cpecdata.extract.extract` runs the steps: sentence splitting, then
statements, visits and initiatives (statements pay for the actor mentions that the visit rules
then share). Sets: the dev set when ``../shared/dev-set`` exists (real articles; measured, never
copied), the fictional held-out sets and demo corpus shipped with the project, and 100 generated
articles. Medians over the repeats, in milliseconds per article.

Usage::

    python benchmarks/extract_speed.py [--repeats 5] [--dev-set DIR]
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_DEV_SET = _ROOT.parent / "shared" / "dev-set"
_PARTS = ("sentences", "statements", "visits", "initiatives")
_FICTIONAL = ("benchmarks/holdout/raw", "benchmarks/holdout2/raw", "src/cpecdata/data/demo")


def _load(folders: Sequence[Path]) -> list[object]:
    """Every article parsed from the ``*.txt`` files of ``folders`` (rejected records skipped)."""
    from cpecdata.model import Article
    from cpecdata.rawformat import parse_bytes

    return [
        item
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
        for item in parse_bytes(path.read_bytes(), str(path))
        if isinstance(item, Article)
    ]


def _generated(first: int, count: int, seed: int) -> list[object]:
    """``count`` generated articles, from index ``first`` on."""
    sys.path.insert(0, str(_ROOT / "benchmarks"))
    from generate import generate_article

    from cpecdata.rawformat import parse_text

    return [a for i in range(first, first + count) for a in parse_text(generate_article(i, seed))]


def _child(dev_set: str) -> None:
    """One repeat: warm up, then time each set once; print the figures as JSON."""
    from cpecdata.extract import extract, extract_initiatives, extract_statements, extract_visits
    from cpecdata.extract._text import sentences

    for article in _generated(0, 300, seed=3):
        extract(article)  # type: ignore[arg-type]
    sets = {
        "fictional held-out + demo": _load([_ROOT / folder for folder in _FICTIONAL]),
        "generated": _generated(5000, 100, seed=0),
    }
    if dev_set and Path(dev_set, "raw").is_dir():
        sets = {"dev set (real)": _load([Path(dev_set, "raw")]), **sets}
    steps: list[tuple[str, Callable[..., object]]] = [
        ("statements", extract_statements),
        ("visits", extract_visits),
        ("initiatives", extract_initiatives),
    ]
    out: dict[str, dict[str, float]] = {}
    for name, articles in sets.items():
        out[f"{name}, first sight"] = _time(articles, steps, sentences)
    for name, articles in sets.items():
        _forget_sentences()
        out[f"{name}, steady state"] = _time(articles, steps, sentences)
    print(json.dumps(out))


def _forget_sentences() -> None:
    """Empty the caches keyed by whole sentences (private ones: a benchmark may look inside)."""
    from cpecdata import gazetteer, timex
    from cpecdata.extract import _actors

    for cached in (_actors._mentions, timex._find, timex._expressions, gazetteer._scan):
        cached.cache_clear()


def _time(
    articles: Sequence[object],
    steps: Sequence[tuple[str, Callable[..., object]]],
    sentences: Callable[..., Sequence[object]],
) -> dict[str, float]:
    """Milliseconds per article spent in each step over ``articles``."""
    spent = dict.fromkeys(_PARTS, 0.0)
    for article in articles:
        start = time.perf_counter()
        sents = sentences(article)  # type: ignore[arg-type]
        spent["sentences"] += time.perf_counter() - start
        for part, step in steps:
            start = time.perf_counter()
            step(article, sents)
            spent[part] += time.perf_counter() - start
    out = {part: 1000 * t / len(articles) for part, t in spent.items()}
    out["articles"] = len(articles)
    chars = sum(len(a.source) for a in articles)  # type: ignore[attr-defined]
    out["chars"] = chars / len(articles)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    """Run the repeats in subprocesses and print the median table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="fresh processes to run")
    parser.add_argument("--dev-set", default=str(_DEV_SET), help="dev set directory, if any")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.dev_set)
        return
    command = [sys.executable, __file__, "--child", "--dev-set", args.dev_set]
    runs = [
        json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        for _ in range(args.repeats)
    ]
    print(f"ms per article, median of {args.repeats} fresh processes\n")
    print("| set | articles | chars | total | sentences | statements | visits | initiatives |")
    print("|---|---|---|---|---|---|---|---|")
    for name in runs[0]:
        median = {k: statistics.median(run[name][k] for run in runs) for k in _PARTS}
        total = statistics.median(sum(run[name][k] for k in _PARTS) for run in runs)
        first = runs[0][name]
        cells = " | ".join(f"{x:.2f}" for x in (total, *(median[k] for k in _PARTS)))
        print(f"| {name} | {first['articles']:.0f} | {first['chars']:.0f} | {cells} |")


if __name__ == "__main__":
    main()
