"""The second visits probe: trips stayed, moved, toured and made to ports, zones and airports.

``data/visits/probe2.json`` holds 122 minimal made-up articles (dated Wednesday 2023-06-14) in
the styles of Dawn, APP, The News, Express Tribune, Business Recorder, Radio Pakistan, Xinhua,
Global Times and CGTN: stays (``spent three days in Y``), trips put off, called off, brought
forward or moved to new dates, tours with their stops (a country's stops are trips of their own,
a region's are not), ports, zones and airports as the place visited (the city they lie in),
trips announced by a spokesperson or told in the present, delegations and their leaders, calls,
receptions at the airport and dated legs. Each lists every visit a reader would: visitor,
destination, its country, host, time (text, first and last day) and status, labelled before the
rules were run. An article the rules still get wrong carries a ``gap`` saying why, and is an
expected failure, so a fix shows up as an unexpected pass.
"""

import pytest

from _probes import probe_cases
from test_visits_probe import _visits

CASES = probe_cases("visits/probe2.json", "visits", "gap")


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_probe_article(paragraphs: tuple[str, ...], expected: list[list[object]]) -> None:
    """Each probe article gives exactly the visits a reader would list, with their dates."""
    assert _visits(paragraphs) == expected
