"""Shared test configuration: the hypothesis profiles and a fictional article fixture.

``default`` is quick, for local runs; ``ci`` runs six times as many examples and keeps no
example database. Neither times examples: speed belongs to the benchmarks. ``ci`` is chosen by
``HYPOTHESIS_PROFILE=ci``, or when ``CI=true`` as CI services set it.
"""

import datetime as dt
import os

import attrs
import pytest
from hypothesis import HealthCheck, settings

from cpecdata.model import (
    Actor,
    Article,
    Granularity,
    Initiative,
    InitiativeKind,
    InitiativeStatus,
    Place,
    Sector,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)
from cpecdata.rawformat import parse_text

# No timing checks: speed is measured by the benchmarks, and a loaded machine (a laptop building
# something else, a shared runner) must not fail a test that is right.
settings.register_profile(
    "default", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", settings.get_profile("default"), max_examples=300, database=None, print_blob=True
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE")
    or ("ci" if os.environ.get("CI", "").lower() == "true" else "default")
)

FICTIONAL_RAW = (
    " date 2024-03-05 Tovar Bay port opens a new berth\n\n"
    "KESTRAN: The Tovar Bay port authority said the new berth was completed on Monday.\n\n"
    "Advertisement\n\n"
    "“Trade will grow,” Arlen Voss said.\n\n"
    "Also Read Velmora council approves budget The council met on Monday..."
)
"""A made-up article in the canonical raw layout: dateline, noise line, quote and trailer."""


@pytest.fixture
def fictional_raw() -> str:
    """FICTIONAL_RAW, for tests that start from raw text."""
    return FICTIONAL_RAW


def _excerpt(source: str, text: str) -> Span:
    start = source.index(text)
    return Span(start, start + len(text))


@pytest.fixture
def fictional_article() -> Article:
    """FICTIONAL_RAW parsed, with one statement, one visit and one initiative added."""
    (article,) = parse_text(FICTIONAL_RAW, "corpus/fictional.txt")
    assert isinstance(article, Article)
    src = article.source
    first = article.paragraphs[0]
    tovar = Place("Tovar Bay", country="Velmoria", id="tovar-bay", latitude=12.5, longitude=-3.25)
    statement = Statement(
        speaker=Actor("Arlen Voss", role="Minister", organization="Port Authority",
                      country="Velmoria"),
        kind=StatementKind.DIRECT,
        text="Trade will grow,",
        span=_excerpt(src, "Trade will grow,"),
        verb="said",
        confidence=0.9,
    )  # fmt: skip
    visit = Visit(
        visitor=Actor("Sefa Orlund", role="Ambassador"),
        destination=tovar,
        evidence=first.text,
        span=first.span,
        status=VisitStatus.PAST,
        when=When("on Monday", dt.date(2024, 3, 4), dt.date(2024, 3, 4), Granularity.DAY,
                  _excerpt(src, "on Monday")),
        qualifiers=("official",),
    )  # fmt: skip
    initiative = Initiative(
        name="Tovar Bay port",
        kind=InitiativeKind.PROJECT,
        sector=Sector.PORT,
        evidence=first.text,
        span=first.span,
        id="tovar-bay-port",
        location=Place("Tovar Bay", country="Velmoria"),
        status=InitiativeStatus.COMPLETED,
        confidence=0.75,
    )
    return attrs.evolve(
        article, statements=(statement,), visits=(visit,), initiatives=(initiative,)
    )
