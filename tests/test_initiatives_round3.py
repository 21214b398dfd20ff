"""Initiative rules for the wordings the session-7 round-3 held-out sets showed (fictional)."""

import pytest

from cpecdata.gazetteer import lookup_place
from cpecdata.model import InitiativeKind, InitiativeStatus, Sector
from test_initiatives import _extract

UNDER_CONSTRUCTION = InitiativeStatus.UNDER_CONSTRUCTION


class TestListedSections:
    def test_packages_worked_on_are_each_a_section(self) -> None:
        """Works under way on ``the A-B and B-C packages``: each package is a project."""
        found = _extract(
            "Civil works are under way on the Karachi-Thatta and Thatta-Sujawal packages, "
            "the contractor said."
        )
        assert [(i.name, i.status) for i in found] == [
            ("Karachi-Thatta package", UNDER_CONSTRUCTION),
            ("Thatta-Sujawal package", UNDER_CONSTRUCTION),
        ]

    def test_three_stretches_and_the_singular_head(self) -> None:
        """``stretches`` gives ``stretch``; every listed route is its own section."""
        found = _extract(
            "Construction of the Karachi-Thatta, Thatta-Sujawal and Sujawal-Badin stretches "
            "is ongoing."
        )
        assert [i.name for i in found] == [
            "Karachi-Thatta stretch",
            "Thatta-Sujawal stretch",
            "Sujawal-Badin stretch",
        ]

    def test_sections_a_plan_lists_are_phases_of_the_whole(self) -> None:
        """Sections listed with no works on them (``to follow``) are the whole's phases."""
        found = _extract(
            "The line will be rebuilt in stages, with the Karachi-Thatta and Thatta-Sujawal "
            "sections to follow."
        )
        assert found == ()

    def test_moro_is_a_known_place(self) -> None:
        """Moro, a Sindh town on the motorway route, names sections and visits."""
        place = lookup_place("Moro")
        assert place is not None
        assert (place.name, place.country) == ("Moro", "Pakistan")


class TestStatuses:
    def test_first_units_done_leave_the_others_to_build(self) -> None:
        """``the first two units of X were synchronised``: X's other units are still pending."""
        (plant,) = _extract(
            "The first two units of the Marvoz Hydropower Project were synchronised with the "
            "national grid on Friday."
        )
        assert (plant.name, plant.status) == ("Marvoz Hydropower Project", UNDER_CONSTRUCTION)

    @pytest.mark.parametrize(
        ("modal", "status"),
        [("can", None), ("could", None), ("may", None), ("will", InitiativeStatus.PLANNED)],
    )
    def test_to_be_opened_to_traffic_is_not_done(
        self, modal: str, status: InitiativeStatus | None
    ) -> None:
        """``can be opened to traffic by May`` is still to come, not an opening done."""
        (section,) = _extract(
            f"The Karachi-Thatta section {modal} be opened to traffic by December next year."
        )
        assert (section.name, section.status) == ("Karachi-Thatta section", status)

    def test_opened_to_traffic_is_done(self) -> None:
        """``has been opened to traffic`` stays completed."""
        (section,) = _extract("The Karachi-Thatta section has been opened to traffic.")
        assert section.status is InitiativeStatus.COMPLETED


class TestLaterPhases:
    @pytest.mark.parametrize(
        ("sentence", "name"),
        [
            (
                "Phase-II of the Marvoz Expressway has been approved by the CDWP.",
                "Phase-II of the Marvoz Expressway",
            ),
            (
                "The second phase of the Marvoz Expressway has been approved by the CDWP.",
                "second phase of the Marvoz Expressway",
            ),
        ],
    )
    def test_later_phase_is_a_project_of_its_own(self, sentence: str, name: str) -> None:
        """A later phase is approved and built on its own: it keeps its own stage."""
        (phase,) = _extract(sentence)
        assert (phase.name, phase.sector, phase.status) == (
            name,
            Sector.TRANSPORT,
            InitiativeStatus.APPROVED,
        )

    def test_known_whole_gives_sector_and_place(self) -> None:
        """The whole the gazetteer knows (Gwadar Free Zone) gives the phase its sector and place."""
        (phase,) = _extract("Work on the second phase of the Gwadar Free Zone is under way.")
        place = phase.location.name if phase.location else None
        assert (phase.name, phase.sector, place, phase.status) == (
            "second phase of the Gwadar Free Zone",
            Sector.INDUSTRY,
            "Gwadar",
            UNDER_CONSTRUCTION,
        )

    def test_phase_describing_its_subject_is_none(self) -> None:
        """``the X segment is the second phase of Y``: the segment is that phase, named already."""
        found = _extract(
            "The Karachi-Thatta segment is the second phase of the Marvoz Expressway, which "
            "opened in 2019."
        )
        assert [i.name for i in found] == ["Karachi-Thatta segment", "Marvoz Expressway"]

    def test_cpec_phases_stay_the_known_programme(self) -> None:
        """CPEC's phases are programmes the known names hold, not a project's phase."""
        found = _extract("The second phase of CPEC has begun.")
        assert [(i.name, i.kind) for i in found] == [
            ("second phase of CPEC", InitiativeKind.PROGRAMME),
            ("CPEC", InitiativeKind.CORRIDOR),
        ]
