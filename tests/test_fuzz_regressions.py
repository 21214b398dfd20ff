"""Inputs the fuzzer (fuzz/fuzz_parser.py) once crashed on: each must now parse and extract."""

import re
from pathlib import Path

import pytest

from cpecdata.errors import ParseError
from cpecdata.extract import extract
from cpecdata.rawformat import parse_bytes

REGRESSIONS = sorted((Path(__file__).parent.parent / "fuzz" / "regressions").glob("*"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_no_crash(path: Path) -> None:
    """A once-crashing input yields articles (with valid spans) or ParseErrors, nothing else."""
    for item in parse_bytes(path.read_bytes(), path.name):
        if not isinstance(item, ParseError):
            assert extract(item).source == item.source  # construction re-checks every span


DEMO = sorted((Path(__file__).parent.parent / "src" / "cpecdata" / "data" / "demo").glob("*.txt"))
CASES = (str.upper, str.lower, str.title, str.swapcase)


@pytest.mark.parametrize("path", DEMO, ids=[p.name for p in DEMO])
@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_case_variants(path: Path, case: object) -> None:
    """Articles in other letter cases (all-caps wires, lower-case scrapes) extract without error.

    The rules read capitals as a hint; an all-caps headline once crashed the title splitter.
    """
    assert callable(case)
    original = path.read_text(encoding="utf-8-sig")
    text = case(original)
    text = re.sub(r"(?im)^(\ufeff? ?)date (?=\d{4}-)", r"\1date ", text)  # keep record headers
    articles = [a for a in parse_bytes(text.encode(), path.name) if not isinstance(a, ParseError)]
    assert len(articles) == len(list(parse_bytes(original.encode(), path.name)))
    for article in articles:
        assert extract(article).source == article.source
