"""Inputs the fuzzer (fuzz/fuzz_parser.py) once crashed on: each must now parse and extract."""

import re
from collections.abc import Callable
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
VARIANTS: dict[str, Callable[[str], str]] = {
    "upper": str.upper,  # all-caps wires: an all-caps title once crashed the title splitter
    "lower": str.lower,
    "title": str.title,
    "swapcase": str.swapcase,
    "no-break-spaces": lambda s: s.replace(" ", "\u00a0"),  # once crashed the body finder
    "tabs": lambda s: s.replace(" ", "\t"),
    "no-punctuation": lambda s: re.sub(r"[^\w\s]", "", s),
    "no-quote-marks": lambda s: re.sub('[“”‘’"]', "", s),
}
_HEADER = re.compile(r"(?im)^[ \t\u00a0]?date[ \t\u00a0](\d{4})\W?(\d\d)\W?(\d\d)[ \t\u00a0]")
"""A record header after a variant, put back as the format writes it (the body stays changed)."""


@pytest.mark.parametrize("path", DEMO, ids=[p.name for p in DEMO])
@pytest.mark.parametrize("variant", VARIANTS, ids=list(VARIANTS))
def test_text_variants(path: Path, variant: str) -> None:
    """Articles in other letter cases, spacing or punctuation extract without error.

    The rules read capitals, spaces and quote marks as hints; the body must survive any of them.
    """
    original = path.read_text(encoding="utf-8-sig")
    text = _HEADER.sub(r" date \1-\2-\3 ", VARIANTS[variant](original))  # keep record headers
    articles = [a for a in parse_bytes(text.encode(), path.name) if not isinstance(a, ParseError)]
    assert len(articles) == len(list(parse_bytes(original.encode(), path.name)))
    for article in articles:
        assert extract(article).source == article.source
