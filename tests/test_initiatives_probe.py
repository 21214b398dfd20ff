"""Short fictional reports in nine outlets' styles, each with the initiatives it should give.

The probe covers how reporters tell a CPEC project's stage (approved by ECNEC or the CDWP, an MoU
signed, groundbreaking, a share complete, commissioned, inaugurated, operational, delayed,
stalled, shelved); each case's rows are the name, sector, location and status expected, with the
corridor itself left out. A report that names no CPEC link gives none.
"""

import json
from pathlib import Path

import pytest

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article, Initiative
from cpecdata.rawformat import parse_text

_CASES = json.loads((Path(__file__).parent / "data" / "initiatives" / "probe.json").read_text())

Row = tuple[str, str, str | None, str | None]


def _row(found: Initiative) -> Row:
    place = found.location.name if found.location else None
    return found.name, found.sector.value, place, found.status.value if found.status else None


def _rows(text: str) -> list[Row]:
    (article,) = parse_text(text, "fictional.txt")
    assert isinstance(article, Article)
    found = extract_initiatives(article, sentences(article))
    return [_row(i) for i in found if i.id != "cpec"]


@pytest.mark.parametrize("case", _CASES, ids=lambda case: case["text"].split("\n", 1)[0][17:])
def test_probe_article(case: dict[str, object]) -> None:
    """Each probe report gives exactly the initiatives a reader would list from it."""
    expected = [tuple(row) for row in case["expected"]]  # type: ignore[attr-defined]
    assert _rows(str(case["text"])) == expected


def _one(body: str) -> Row:
    (row,) = _rows(f" date 2026-06-01 Fictional report\n\n{body}\n")
    return row


def test_put_into_commercial_operation_is_completed() -> None:
    """A plant put or placed into commercial operation or service is in service."""
    assert _one(
        "LAHORE: The Qila Noor hydropower station, built under CPEC, was put into commercial "
        "operation on Monday."
    ) == ("Qila Noor hydropower station", "energy", None, "completed")


def test_since_its_commissioning_is_completed() -> None:
    """Running since its commissioning tells commissioning past, not works under way."""
    assert _one(
        "ISLAMABAD: The Tando-Kasur HVDC transmission line, a CPEC project, has been operating "
        "at full capacity since its commissioning in 2021."
    ) == ("Tando-Kasur HVDC transmission line", "energy", "Kasur", "completed")


def test_pc_complete_is_under_construction() -> None:
    """Dawn and Business Recorder write a share done as ``pc``: the works are going on."""
    assert _one(
        "ISLAMABAD: The Qila Noor Special Economic Zone, built under CPEC, is 70pc complete."
    ) == ("Qila Noor Special Economic Zone", "industry", None, "under construction")


def test_percent_physical_progress_is_under_construction() -> None:
    """A share of physical or overall progress achieved is works under way."""
    assert _one(
        "PESHAWAR: The Qila Noor Dam, a CPEC project, has achieved 60 percent physical progress."
    ) == ("Qila Noor Dam", "energy", None, "under construction")


def test_ordinal_in_figures_inside_name() -> None:
    """An ordinal in figures between name words is part of the name (``Mangla 4th Extension``)."""
    assert _one(
        "ISLAMABAD: The Qila Noor 4th Extension Hydropower Project, a CPEC scheme, was approved "
        "by ECNEC on Monday."
    ) == ("Qila Noor 4th Extension Hydropower Project", "energy", None, "approved")


def test_first_ship_received_is_completed() -> None:
    """A terminal that received its first ship or flight is in service."""
    assert _one(
        "KARACHI: The Qila Noor Bulk Cargo Terminal, a CPEC project, received its first ship on "
        "Sunday."
    ) == ("Qila Noor Bulk Cargo Terminal", "port", None, "completed")


def test_fuel_acronym_names_unnamed_facility() -> None:
    """A fuel acronym before an unnamed terminal names it, in energy (``an LNG terminal``)."""
    assert _one(
        "KARACHI: A Chinese company will build an LPG storage terminal at Gwadar under CPEC."
    ) == ("LPG storage terminal at Gwadar", "energy", "Gwadar", "planned")


def test_generation_or_production_to_start_is_under_construction() -> None:
    """Generation or production still to start tells works about done, not a plan."""
    assert _one(
        "ISLAMABAD: The Qila Noor Hydropower Project under CPEC will start generating "
        "electricity in August, WAPDA said."
    ) == ("Qila Noor Hydropower Project", "energy", None, "under construction")


def test_later_phase_of_a_project_takes_its_words_sector() -> None:
    """A phase of a whole told only as a ``project`` is no road: its words tell the sector."""
    assert _one(
        "ISLAMABAD: ECNEC on Wednesday approved phase-II of the Qila Noor Canal project under CPEC."
    ) == ("phase-II of the Qila Noor Canal project", "general", None, "approved")
