"""Load a probe file (``tests/data/<kind>/<name>.json``) as pytest parameters."""

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"


def probe_cases(path: str, facts: str, gap: str) -> list[Any]:
    """Each article of the probe as ``(paragraphs, expected facts)``.

    An article whose ``gap`` field names what the rules still miss is a strict expected failure,
    so a rule that closes the gap shows up as an unexpected pass.
    """
    return [
        pytest.param(
            tuple(case["paragraphs"]),
            case[facts],
            marks=[pytest.mark.xfail(reason=case[gap], strict=True)] if gap in case else [],
        )
        for case in json.loads((DATA / path).read_text("utf-8"))
    ]
