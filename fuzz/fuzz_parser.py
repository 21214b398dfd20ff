"""Coverage-guided fuzz target (atheris) for the raw-format parser and the extractors.

Run on demand, not in the unit tests::

    pip install atheris
    mkdir -p /tmp/fuzz-work
    python fuzz/fuzz_parser.py -max_total_time=600 /tmp/fuzz-work fuzz/corpus

Any exception other than a reported ParseError, or a fact whose span does not hold its text,
is a crash. ``fuzz/corpus`` holds the seeds (the bundled sample and demo articles); new inputs
go to the first directory, so the seeds stay as committed.
"""

import sys

import atheris

with atheris.instrument_imports():
    from cpecdata.errors import ParseError
    from cpecdata.extract import extract
    from cpecdata.model import Article
    from cpecdata.rawformat import parse_bytes


def test_one_input(data: bytes) -> None:
    """Parse and extract; only articles and ParseErrors may come out, with valid spans."""
    for item in parse_bytes(data, "fuzz.txt", max_record_chars=200_000):
        if isinstance(item, ParseError):
            str(item)  # rendering the caret display must not fail either
            continue
        assert isinstance(item, Article)
        extracted = extract(item)  # Article validates every span on construction
        assert extracted.source == item.source


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
