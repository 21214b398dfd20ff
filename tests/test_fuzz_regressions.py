"""Inputs the fuzzer (fuzz/fuzz_parser.py) once crashed on: each must now parse and extract."""

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
