"""Write every statement of a corpus to CSV, with its speaker and where to find its evidence.

Usage: ``python examples/statements_csv.py OUT.csv [PATH ...]`` (the bundled demo corpus by
default). Needs nothing beyond cpecdata itself: the rows come from :func:`cpecdata.tables.rows`,
the dependency-free path, and ``span_start``/``span_end`` index the article's ``source``.
"""

import csv
import sys
from importlib.resources import files

from cpecdata import Article
from cpecdata.corpus import read_corpus
from cpecdata.tables import rows

COLUMNS = ["date", "headline", "speaker_name", "speaker_role", "speaker_country", "kind", "verb",
           "text", "span_start", "span_end"]  # fmt: skip


def main(out: str, paths: list[str]) -> None:
    results = read_corpus(paths or [str(files("cpecdata") / "data")])
    tables = rows(item for item in results if isinstance(item, Article))
    articles = {a["id"]: a for a in tables["articles"]}
    with open(out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for statement in tables["statements"]:
            article = articles[statement["article_id"]]
            writer.writerow({**statement, "date": article["date"], "headline": article["headline"]})
    print(f"wrote {len(tables['statements'])} statements to {out}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
