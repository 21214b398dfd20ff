"""Initiative rules for the wordings the session-8 round-5 held-out sets showed (fictional)."""

import pytest

from cpecdata.model import InitiativeStatus
from test_initiatives import _extract

AGREED = InitiativeStatus.AGREED
COMPLETED = InitiativeStatus.COMPLETED


class TestRunByANamedCompany:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "“We cannot wait forever,” said Li Wei, chief executive of Hubei Tarnol Energy, "
                "which runs the 660MW Marvoz coal-fired power plant.",
                "660MW Marvoz coal-fired power plant",
            ),
            (
                "Officials of Kandar Hydro Power Ltd, which operates the Kandar Hydropower "
                "Project, met the minister.",
                "Kandar Hydropower Project",
            ),
            (
                "Tarnol Power Limited, which manages the 300MW Tarnol solar park, sought payment.",
                "300MW Tarnol solar park",
            ),
        ],
    )
    def test_the_work_a_named_company_runs_is_in_service(
        self, sentence: str, expected: str
    ) -> None:
        """``X Energy, which runs the Y plant``: a company's name runs a work as a noun does."""
        assert [(i.name, i.status) for i in _extract(sentence)] == [(expected, COMPLETED)]


class TestCargoHandled:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Gwadar Port in the south-west handled 52,300 twenty-foot equivalent units (TEUs) "
            "of containers in 2023, its operator said.",
            "The Gwadar Port handled 40,000 TEUs last year, up 12 percent.",
        ],
    )
    def test_a_port_that_handled_containers_is_in_service(self, sentence: str) -> None:
        """A port that handled containers, counted in TEUs spelt out or not, is in service."""
        assert [(i.name, i.status) for i in _extract(sentence)] == [("Gwadar Port", COMPLETED)]


class TestConditionalStage:
    @pytest.mark.parametrize(
        "sentence",
        [
            '"Once the Tarnol dam is complete, half of the city can get water," he said.',
            "When the Tarnol dam is operational, it will irrigate 40,000 acres.",
            "If the Tarnol dam is completed on time, the province will save Rs2 billion.",
        ],
    )
    def test_a_stage_as_a_condition_is_none(self, sentence: str) -> None:
        """``once X is complete, Y``: a present stage after ``once`` or ``if`` is a condition."""
        assert [(i.name, i.status) for i in _extract(sentence)] == [("Tarnol dam", None)]

    def test_a_past_stage_after_once_is_reached(self) -> None:
        """``once X was completed in 2019``: told in the past, the stage was reached."""
        found = _extract("Once the Tarnol dam was completed in 2019, the city got water.")
        assert [(i.name, i.status) for i in found] == [("Tarnol dam", COMPLETED)]


class TestFrameworkWithAField:
    def test_cpec_under_a_fields_framework_takes_no_stage(self) -> None:
        """``an MoU signed under the farming cooperation framework of CPEC``: the MoU is agreed."""
        found = _extract(
            "Pakistan and China signed a memorandum of understanding on drip irrigation under "
            "the agriculture cooperation framework of the China-Pakistan Economic Corridor."
        )
        assert [(i.name, i.status) for i in found if i.name.startswith("China")] == [
            ("China-Pakistan Economic Corridor", None)
        ]


class TestWingDone:
    def test_a_hospital_whose_wing_runs_is_still_being_built(self) -> None:
        """``since its outpatient department became operational``: a wing done, not the whole."""
        found = _extract(
            "The Marvoz Friendship Hospital has treated 8,000 patients since its outpatient "
            "department became operational in May."
        )
        assert [(i.name, i.status) for i in found] == [
            ("Marvoz Friendship Hospital", InitiativeStatus.UNDER_CONSTRUCTION)
        ]


class TestSizedPortWork:
    @pytest.mark.parametrize(
        "sentence",
        [
            "A new 250-meter bulk berth, designed to take ships of up to 40,000 tons, is under "
            "construction on the western side of the wharf.",
            "A new 250-meter bulk berth is under construction, the operator said.",
        ],
    )
    def test_a_berth_with_its_length_and_stage_is_a_work(self, sentence: str) -> None:
        """``A new 250-meter bulk berth ... is under construction``: its own work, with no place."""
        assert [(i.name, i.status) for i in _extract(sentence)] == [
            ("new 250-meter bulk berth", InitiativeStatus.UNDER_CONSTRUCTION)
        ]

    def test_a_berth_without_a_length_stays_an_anaphor(self) -> None:
        """``The new berth is under construction``: no length and no place, an anaphor."""
        assert _extract("The new berth is under construction.") == ()


class TestRoadAvoided:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Once the road is finished, trucks can reach Marvoz without touching the Tarnol "
            "Highway.",
            "Trucks can now reach Kashgar bypassing the Karakoram Highway, he said.",
            "Convoys will reach the port avoiding the Tarnol Highway.",
        ],
    )
    def test_a_road_named_as_the_way_avoided_is_no_initiative(self, sentence: str) -> None:
        """``reach X without touching the Y Highway``: Y is a comparison, no news of its own."""
        assert _extract(sentence) == ()


class TestPackageOfALine:
    def test_a_package_of_a_line_with_its_abbreviation_is_the_initiative(self) -> None:
        """``package-II of the X Line-1 (XL-1) railway, covering the A-B section``: the package."""
        found = _extract(
            "Civil works on package-II of the Marvoz-Tarnol Main Line-3 (ML-3) railway, covering "
            "the 400-kilometre Marvoz-Kandar section, would start in May."
        )
        assert [(i.name, i.status) for i in found] == [
            ("package-II of the Marvoz-Tarnol Main Line-3", InitiativeStatus.PLANNED)
        ]


class TestMemorandumSpeltOut:
    def test_a_memorandum_on_the_development_of_a_topic_is_agreed(self) -> None:
        """``signed a memorandum of understanding (MoU) on the development of X``: X's MoU."""
        found = _extract(
            "Pakistan and China signed a memorandum of understanding (MoU) on the development of "
            "drip irrigation and dairy farming under the agriculture cooperation framework of CPEC."
        )
        assert [(i.name, i.status) for i in found] == [
            ("memorandum of understanding on the development of drip irrigation", AGREED),
            ("CPEC", None),
        ]

    def test_an_mou_on_the_development_of_a_work_is_the_works(self) -> None:
        """``an MoU on the development of the X zone``: about the zone, no MoU of its own."""
        found = _extract("They signed an MoU on the development of the zone under CPEC.")
        assert [(i.name, i.status) for i in found] == [("CPEC", None)]
