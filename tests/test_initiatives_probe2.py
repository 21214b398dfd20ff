"""Stage wordings, zone lists, sections and unnamed facilities of the second initiatives probe.

``tests/data/initiatives/probe2.json`` holds about a hundred short fictional reports in nine
outlets' styles (Dawn, APP, The News, Express Tribune, Business Recorder, Radio Pakistan, Xinhua,
Global Times, CGTN), each with the initiatives a reader would list from it: name, sector, location
and status, the corridor itself left out. A case the rules do not meet yet carries the reason in
``open`` and is an expected failure, so a fix shows as an unexpected pass. The classes below are
the rules the probe asked for, one test each with fictional sentences.
"""

import json
from pathlib import Path

import pytest

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article, Initiative
from cpecdata.rawformat import parse_text

_CASES = json.loads((Path(__file__).parent / "data" / "initiatives" / "probe2.json").read_text())

Row = tuple[str, str, str | None, str | None]


def _row(found: Initiative) -> Row:
    place = found.location.name if found.location else None
    return found.name, found.sector.value, place, found.status.value if found.status else None


def _rows(*paragraphs: str) -> list[Row]:
    """The rows of a fictional article made of ``paragraphs``, the corridor left out."""
    body = "\n\n".join(paragraphs)
    (article,) = parse_text(f" date 2026-06-03 Fictional report\n\n{body}\n", "fictional.txt")
    assert isinstance(article, Article)
    found = extract_initiatives(article, sentences(article))
    return [_row(i) for i in found if i.id != "cpec"]


def _case(case: dict[str, object]) -> object:
    marks = [pytest.mark.xfail(reason=str(case["open"]), strict=True)] if "open" in case else []
    return pytest.param(case, marks=marks, id=str(case["text"]).split("\n", 1)[0][17:])


@pytest.mark.parametrize("case", [_case(case) for case in _CASES])
def test_probe_article(case: dict[str, object]) -> None:
    """Each probe report gives exactly the initiatives a reader would list from it."""
    text = str(case["text"]).split("\n\n", 1)[1].rstrip("\n").split("\n\n")
    expected = [tuple(row) for row in case["expected"]]  # type: ignore[attr-defined]
    assert _rows(*text) == expected


class TestStageWording:
    """Stage wordings as the outlets write them."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "The Kandar hydropower project under CPEC achieved financial close on Monday.",
            "Financial close was reached on Monday for the Kandar hydropower project under CPEC.",
            "The Kandar hydropower project, a CPEC project, has attained financial close.",
        ],
    )
    def test_financial_close_achieved_is_progress(self, sentence: str) -> None:
        """Financial close achieved is a milestone passed before any works: progress."""
        assert _rows(sentence) == [("Kandar hydropower project", "energy", None, "progress")]

    def test_groundbreaking_performed_before_an_appositive_future(self) -> None:
        """A groundbreaking held stays held when the appositive after its object tells a future."""
        assert _rows(
            "QUETTA: The chief minister performed the groundbreaking of the Kalat-Nushki "
            "Expressway, a CPEC road that will link the two towns."
        ) == [("Kalat-Nushki Expressway", "transport", "Kalat", "under construction")]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Work on the Kandar Expressway under CPEC will be accelerated, the minister said.",
            "Construction of the Kandar Expressway under CPEC is to be expedited.",
        ],
    )
    def test_works_to_be_sped_up_are_going_on(self, sentence: str) -> None:
        """Works that will be accelerated or expedited are under way, not a plan."""
        assert _rows(sentence) == [("Kandar Expressway", "transport", None, "under construction")]

    def test_to_be_launched_is_planned(self) -> None:
        """A programme that will be launched is planned, not set up already."""
        assert _rows(
            "LAHORE: The CPEC Kandar Scholarship Programme will be launched next year."
        ) == [("CPEC Kandar Scholarship Programme", "education", None, "planned")]


class TestUnnamedPortWorks:
    """A port's unnamed works told with a place are initiatives of the port sector."""

    @pytest.mark.parametrize(
        ("sentence", "row"),
        [
            (
                "Construction of two new multipurpose berths at Gwadar Port under CPEC is 65 "
                "percent complete.",
                ("new multipurpose berths", "port", "Gwadar", "under construction"),
            ),
            (
                "New coal jetties at Port Qasim, built under CPEC, became operational on Monday.",
                ("new coal jetties", "port", "Port Qasim", "completed"),
            ),
            (
                "A 400-metre wharf is being built at Ormara Port under CPEC.",
                ("400-metre wharf", "port", "Ormara", "under construction"),
            ),
        ],
    )
    def test_described_port_work_at_a_place(self, sentence: str, row: Row) -> None:
        """Describing words and a place, after the head or after its stage, make a port work."""
        assert [found for found in _rows(sentence) if found[0] != "Gwadar Port"] == [row]

    def test_port_work_without_words_or_place_is_none(self) -> None:
        """``the berths`` is an anaphor, and berths with no place are no work of their own."""
        assert (
            _rows("Ships docked at the berths under CPEC, and new berths would follow, he said.")
            == []
        )


class TestFuelSector:
    """Fuel kept or landed is the energy sector's, whatever the facility's head."""

    @pytest.mark.parametrize(
        ("sentence", "row"),
        [
            (
                "A second LNG terminal has been proposed at Port Qasim under CPEC.",
                ("second LNG terminal", "energy", "Port Qasim", "planned"),
            ),
            (
                "A Chinese firm will build an oil storage terminal at Gwadar under CPEC.",
                ("oil storage terminal at Gwadar", "energy", "Gwadar", "planned"),
            ),
        ],
    )
    def test_fuel_terminal_is_energy(self, sentence: str, row: Row) -> None:
        """An LNG or oil terminal is energy, not the port or transport a terminal defaults to."""
        assert _rows(sentence) == [row]


class TestZoneTowns:
    """A zone town named beside other zones stands for the special economic zone there."""

    def test_bare_towns_in_a_list_are_zones(self) -> None:
        """``at Rashakai, but Dhabeji and Bostan still wait``: each town is its zone."""
        assert _rows(
            "PESHAWAR: Production has begun at Rashakai under CPEC, but Dhabeji and Bostan "
            "still wait for gas connections, officials said."
        ) == [
            ("Rashakai SEZ", "industry", "Rashakai", "completed"),
            ("Dhabeji SEZ", "industry", "Dhabeji", None),
            ("Bostan SEZ", "industry", "Bostan", None),
        ]

    def test_town_beside_a_zone_named_in_full(self) -> None:
        """One town beside a zone named in full is a zone of the same list."""
        assert _rows(
            "Chinese firms have opened units in Allama Iqbal Industrial City and at Bostan "
            "under CPEC."
        ) == [
            ("Allama Iqbal Industrial City", "industry", "Faisalabad", None),
            ("Bostan SEZ", "industry", "Bostan", None),
        ]

    def test_one_town_alone_is_a_place(self) -> None:
        """A zone town alone, with no other zone in the sentence, is only a place."""
        assert _rows("QUETTA: The minister visited Bostan on Monday to review CPEC schemes.") == []


class TestProductionBegun:
    """Production begun is a plant or zone in service; a trial production is not yet."""

    @pytest.mark.parametrize(
        ("sentence", "status"),
        [
            ("The Kandar Cement Plant under CPEC started production on Monday.", "completed"),
            ("Production has begun at the Kandar Cement Plant under CPEC.", "completed"),
            ("Trial production has begun at the Kandar Cement Plant under CPEC.", None),
        ],
    )
    def test_production_begun(self, sentence: str, status: str | None) -> None:
        """``started production`` and ``production has begun at X`` tell X runs."""
        assert _rows(sentence) == [("Kandar Cement Plant", "industry", None, status)]


class TestRoadParts:
    """A road's sections and packages told in later sentences tell the road's own stage."""

    def test_named_part_of_the_one_road(self) -> None:
        """With one road named, a section named by its route alone is that road's."""
        assert _rows(
            "KARACHI: The Sukkur-Hyderabad Motorway under CPEC will link upper and lower Sindh.",
            "Civil works are under way on the Jamshoro-Sehwan and Sehwan-Dadu packages.",
        ) == [
            ("Sukkur-Hyderabad Motorway", "transport", "Sindh", "under construction"),
            ("Jamshoro-Sehwan package", "transport", "Jamshoro", "under construction"),
            ("Sehwan-Dadu package", "transport", "Sehwan", "under construction"),
        ]

    def test_named_part_beside_two_roads_is_neither_s(self) -> None:
        """With two roads named, a section could be either's, and tells neither's stage."""
        assert _rows(
            "The Zhob-Kuchlak Road and the Gwadar East Bay Expressway are CPEC projects.",
            "Work on the Quetta-Zhob section is 30 percent complete.",
        ) == [
            ("Zhob-Kuchlak Road", "transport", "Balochistan", None),
            ("Gwadar East Bay Expressway", "transport", "Gwadar", None),
            ("Quetta-Zhob section", "transport", "Quetta", "under construction"),
        ]

    def test_its_named_part_and_an_ordinal_part(self) -> None:
        """``Its X section was completed, while work on the last section is under way``."""
        assert _rows(
            "The Peshawar-Karachi Motorway is a flagship project of CPEC.",
            "Its Multan-Sukkur section was completed in 2019, while work on the last section "
            "is still under way.",
        ) == [
            ("Peshawar-Karachi Motorway", "transport", None, "under construction"),
            ("Multan-Sukkur section", "transport", None, "completed"),
        ]

    def test_one_route_under_two_part_nouns_is_one_part(self) -> None:
        """The ``A-B stretch`` is the ``A-B package`` told before: its route identifies it."""
        rows = _rows(
            "Civil works are under way on the Hyderabad-Nawabshah and Nawabshah-Moro packages "
            "of the CPEC motorway.",
            "The Hyderabad-Nawabshah stretch can be opened to traffic next year, he said.",
        )
        assert [row[0] for row in rows] == [
            "Hyderabad-Nawabshah package",
            "Nawabshah-Moro package",
        ]


class TestNamedWorks:
    """Tunnels, ring roads, transit lines, jetties and links named in capitals are projects."""

    @pytest.mark.parametrize(
        ("sentence", "row"),
        [
            (
                "The Lowari Twin Tunnel, a CPEC transport project, is under construction.",
                ("Lowari Twin Tunnel", "transport", None, "under construction"),
            ),
            (
                "ECNEC approved the Bannu Ring Road under CPEC on Monday.",
                ("Bannu Ring Road", "transport", "Bannu", "approved"),
            ),
            (
                "The Malir Mass Transit Line under CPEC is running behind schedule.",
                ("Malir Mass Transit Line", "transport", None, "under construction"),
            ),
            (
                "The Keti Bandar Coal Jetty under CPEC was inaugurated on Monday.",
                ("Keti Bandar Coal Jetty", "port", "Keti Bandar", "completed"),
            ),
            (
                "The Hunza Fibre Optic Link, a CPEC project, has been completed.",
                ("Hunza Fibre Optic Link", "ict", "Hunza", "completed"),
            ),
        ],
    )
    def test_named_work_with_a_stage(self, sentence: str, row: Row) -> None:
        """A capitalised name before such a head, in a sentence telling a stage, is a project."""
        assert _rows(sentence) == [row]

    def test_named_work_without_a_stage_or_as_a_site(self) -> None:
        """No stage in the sentence, or a site where other works stand, makes no project."""
        assert (
            _rows(
                "Traffic through the Lowari Twin Tunnel rose this year, CPEC officials said.",
                "A new terminal will be built at the Karachi Port's East Wharf under CPEC.",
            )
            == []
        )


class TestFacilityStages:
    """A named facility is a project when the sentence tells a stage, not only works."""

    @pytest.mark.parametrize(
        ("sentence", "row"),
        [
            (
                "Work on the Turbat Airport, a CPEC project, is eight months behind schedule.",
                ("Turbat Airport", "transport", "Turbat", "under construction"),
            ),
            (
                "Ground was broken on Thursday for the Swat Cardiac Hospital under CPEC.",
                ("Swat Cardiac Hospital", "health", "Swat", "under construction"),
            ),
            (
                "ECNEC approved the Hub Trauma Centre under CPEC on Monday.",
                ("Hub Trauma Centre", "health", "Hub", "approved"),
            ),
        ],
    )
    def test_stage_without_works_words(self, sentence: str, row: Row) -> None:
        """``behind schedule``, ``ground was broken``, ``approved`` tell works as ``built`` does.

        A trauma or cardiac centre is a health facility, as a hospital is.
        """
        assert _rows(sentence) == [row]


class TestNoCountryAsPlace:
    """A whole country is a partner or a recipient, never an initiative's place."""

    @pytest.mark.parametrize(
        ("sentence", "row"),
        [
            (
                "The Pak-China Skills Development Programme under CPEC will be launched next year.",
                ("Pak-China Skills Development Programme", "education", None, "planned"),
            ),
            (
                "Pakistan has proposed the Kotli Hydropower Project to China under CPEC.",
                ("Kotli Hydropower Project", "energy", "Kotli", "planned"),
            ),
            (
                "The 1,320MW China Hub plant under CPEC was completed in 2019.",
                ("1,320MW China Hub plant", "energy", "Hub", "completed"),
            ),
        ],
    )
    def test_country_in_or_after_a_name(self, sentence: str, row: Row) -> None:
        """A country in the name or after ``to``/``in`` gives way to a town in it, else none."""
        assert _rows(sentence) == [row]
