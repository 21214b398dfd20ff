"""The visits probe: short made-up articles in the styles of Pakistani and Chinese outlets.

``data/visits/probe.json`` holds minimal articles (dated Wednesday 2023-06-14) reporting trips
the ways Dawn, APP, The News, Express Tribune, Business Recorder, Xinhua, Global Times, CGTN and
Radio Pakistan do (arrivals, departures, stays, calls, receptions, tours, itineraries,
announcements, trips put off, trips told in the present, relative dates, returns), each with
every visit expected: visitor, destination, its country, host, time (text, first and last day)
and status. People and events are invented; places are real so the gazetteer finds them.
"""

import json
from pathlib import Path

import pytest

from cpecdata.extract._text import sentences
from cpecdata.extract.visits import extract_visits
from cpecdata.model import Article
from cpecdata.rawformat import parse_text

PROBE = Path(__file__).parent / "data" / "visits" / "probe.json"
CASES = [(tuple(c["paragraphs"]), c["visits"]) for c in json.loads(PROBE.read_text("utf-8"))]


def _visits(paragraphs: tuple[str, ...]) -> list[list[object]]:
    """Each visit found, in the fixture's JSON shape."""
    raw = " date 2023-06-14 A made-up headline\n\n" + "\n\n".join(paragraphs) + "\n"
    (article,) = parse_text(raw, "probe.txt")
    assert isinstance(article, Article)
    out: list[list[object]] = []
    for v in extract_visits(article, sentences(article)):
        w = v.when
        told = [w.text, *(d.isoformat() if d else None for d in (w.start, w.end))] if w else None
        host = v.host.name if v.host else None
        out.append(
            [v.visitor.name, v.destination.name, v.destination.country, host, told, v.status.value]
        )
    return out


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_probe_article(paragraphs: tuple[str, ...], expected: list[list[object]]) -> None:
    """Each probe article gives exactly the visits a reader would list, with their dates."""
    assert _visits(paragraphs) == expected
