"""Parse raw files and report every record: the article's facts, or the error with its position.

Usage: ``python examples/parse_folder.py [PATH ...]`` (files, folders, globs or zip archives;
the bundled demo corpus by default). Exits with status 1 when some record was rejected, like
``cpecdata parse``, after printing each error as ``PATH:LINE:COL: error: MESSAGE`` with a caret.
"""

import sys
from importlib.resources import files

from cpecdata import Article
from cpecdata.corpus import read_corpus


def main(paths: list[str]) -> int:
    good = bad = 0
    for item in read_corpus(paths or [str(files("cpecdata") / "data")]):
        if isinstance(item, Article):
            good += 1
            print(f"{item.origin.path}:{item.origin.line}: {item.date} {item.headline}")
            for visit in item.visits:
                when = f" {visit.when.text}" if visit.when else ""
                print(f"    visit: {visit.visitor.name} -> {visit.destination.name}{when}")
            speakers = sorted({s.speaker.name for s in item.statements})
            if speakers:
                print(f"    speakers: {', '.join(speakers)}")
        else:
            bad += 1
            print(str(item).replace(": ", ": error: ", 1), file=sys.stderr)
    print(f"{good + bad} records: {good} articles, {bad} errors", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
