"""Print the de-duplicated visit timeline of a corpus: one line per trip, with its reports.

Usage: ``python examples/visit_timeline.py [PATH ...]`` (the bundled demo corpus by default).
A trip covered by several articles is listed once, with every article that reported it, which
is what :func:`cpecdata.timeline.visits_timeline` is for.
"""

import sys
from importlib.resources import files

from cpecdata import Article
from cpecdata.corpus import read_corpus
from cpecdata.timeline import visits_timeline


def main(paths: list[str]) -> None:
    articles = [a for a in read_corpus(paths or [str(files("cpecdata") / "data")])
                if isinstance(a, Article)]  # fmt: skip
    timeline = visits_timeline(articles)
    for entry in timeline:
        dates = f"{entry.start}" if entry.start == entry.end else f"{entry.start}..{entry.end}"
        note = " (publication date)" if entry.date_from_publication else ""
        print(f"{dates}{note}  {entry.visitor.name} -> {entry.destination.name}"
              f"  [{entry.status.value}]")  # fmt: skip
        for report in entry.reports:
            print(f"    {report.published}  {report.headline}")
    print(f"{len(timeline)} trips from {sum(len(a.visits) for a in articles)} visit reports")


if __name__ == "__main__":
    main(sys.argv[1:])
