"""Initiative rules for the wordings the session-8 round-4 held-out sets showed (fictional)."""

import pytest

from cpecdata.model import InitiativeStatus, Sector
from test_initiatives import _extract

AGREED = InitiativeStatus.AGREED
COMPLETED = InitiativeStatus.COMPLETED
PLANNED = InitiativeStatus.PLANNED
UNDER_CONSTRUCTION = InitiativeStatus.UNDER_CONSTRUCTION


class TestSectors:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Beijing and Islamabad on Monday signed an MoU to set up an agricultural "
                "technology park in Vehari with drone services.",
                ("agricultural technology park in Vehari", AGREED, Sector.AGRICULTURE),
            ),
            (
                "The Punjab government will set up an agri-tech park at Thatta with Chinese help.",
                ("agri-tech park at Thatta", PLANNED, Sector.AGRICULTURE),
            ),
            (
                "The Sindh government will build an agriculture technology park at Thatta.",
                ("agriculture technology park at Thatta", PLANNED, Sector.AGRICULTURE),
            ),
        ],
    )
    def test_an_agricultural_technology_park_is_agriculture(
        self, sentence: str, expected: tuple[str, InitiativeStatus, Sector]
    ) -> None:
        """A park for farming technology serves agriculture: its technology is not ICT's."""
        (park,) = _extract(sentence)
        assert (park.name, park.status, park.sector) == expected


class TestBodies:
    @pytest.mark.parametrize(
        "sentence",
        [
            'A senator said the debate was "incomplete without the CPEC Authority\'s input".',
            "The Senate committee sought views from the CPEC Authority before the vote.",
            "Members asked for the CPEC Authority’s comments on the bill.",
        ],
    )
    def test_a_body_named_only_as_a_source_of_input(self, sentence: str) -> None:
        """``without the X Authority's input``: what it might say is wanted, nothing is on it."""
        assert [i.name for i in _extract(sentence)] == ["CPEC"]

    def test_the_same_body_reported_on_elsewhere_stays(self) -> None:
        """A body whose input is sought and that is reported on in the text is found there."""
        found = _extract(
            "The committee sought the CPEC Authority's views, though the CPEC Authority was "
            "set up in 2019 to oversee projects."
        )
        assert [(i.name, i.status) for i in found] == [
            ("CPEC", None),
            ("CPEC Authority", InitiativeStatus.ESTABLISHED),
        ]


class TestRunByACompany:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "On Monday he met Li Wei, chief executive of Hubei Tarnol Energy, the company "
                "that runs the 660MW Marvoz coal power plant.",
                "660MW Marvoz coal power plant",
            ),
            (
                "The minister met the head of Sinohydro Resources, a firm which operates the "
                "Kandar Hydropower Project, in Beijing.",
                "Kandar Hydropower Project",
            ),
            (
                "The consortium that operates the Gwadar Port said traffic was rising.",
                "Gwadar Port",
            ),
        ],
    )
    def test_the_work_a_company_runs_is_in_service(self, sentence: str, expected: str) -> None:
        """``the company that runs the X plant``: a work someone runs now is done."""
        assert [(i.name, i.status) for i in _extract(sentence)] == [(expected, COMPLETED)]

    def test_only_the_object_right_after_is_run(self) -> None:
        """``the company that runs X is building Y``: X is run though a verb follows, Y is not."""
        found = _extract(
            "The company that runs the Kandar Hydropower Project is building the Tarnol dam."
        )
        assert [(i.name, i.status) for i in found] == [
            ("Kandar Hydropower Project", COMPLETED),
            ("Tarnol dam", InitiativeStatus.UNDER_CONSTRUCTION),
        ]


class TestSharedModifier:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The recently completed Marvoz Expressway and New Tarnol International Airport had "
            "improved the zone's connectivity, he said.",
            "The newly inaugurated Kandar Motorway and new Sibi dry port will cut travel times.",
        ],
    )
    def test_names_joined_without_a_determiner_share_the_modifier(self, sentence: str) -> None:
        """``the recently completed X and Y``: one determiner, one modifier for both names."""
        assert [i.status for i in _extract(sentence)] == [COMPLETED, COMPLETED]

    def test_a_determiner_after_and_opens_a_phrase_of_its_own(self) -> None:
        """``the recently completed road and the X``: X has its own determiner, no modifier."""
        (plant,) = _extract(
            "The recently completed road and the Marvoz Hydropower Project were damaged by floods."
        )
        assert (plant.name, plant.status) == ("Marvoz Hydropower Project", None)


class TestPlannedCompletion:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Traders will benefit from the planned dry port at Sibi, which is scheduled to be "
                "completed by March, he added.",
                ("dry port at Sibi", PLANNED),
            ),
            (
                "The proposed Sibi dry port is expected to be completed by 2027.",
                ("Sibi dry port", PLANNED),
            ),
            (
                "The planned Kandar Hydropower Project will be completed by 2028, officials said.",
                ("Kandar Hydropower Project", PLANNED),
            ),
            (
                "The dry port at Sibi is expected to be completed by 2027.",
                ("dry port at Sibi", UNDER_CONSTRUCTION),
            ),
            (
                "The planned Kandar Hydropower Project is 30 percent complete and will be "
                "completed by 2028.",
                ("Kandar Hydropower Project", UNDER_CONSTRUCTION),
            ),
        ],
    )
    def test_a_completion_date_of_a_planned_work(
        self, sentence: str, expected: tuple[str, InitiativeStatus]
    ) -> None:
        """``the planned X, to be completed by March``: a completion date says no works began."""
        (work,) = _extract(sentence)
        assert (work.name, work.status) == expected


class TestRouteEnds:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "A new weekly ferry service connecting Gwadar Port with Muscat will start "
                "operations on June 3, Marvoz Shipping Lines (MSL) announced on Monday.",
                [("Gwadar Port", None)],
            ),
            (
                "The newly built Kandar Expressway connecting Gwadar Port with the coastal "
                "highway was inaugurated on Monday.",
                [("Kandar Expressway", COMPLETED), ("Gwadar Port", None)],
            ),
            (
                "The Kandar Expressway, linking the Sibi dry port to the Gwadar Port, was "
                "completed last year.",
                [("Kandar Expressway", COMPLETED), ("Sibi dry port", None), ("Gwadar Port", None)],
            ),
        ],
    )
    def test_a_work_named_only_as_a_route_end_takes_no_stage(
        self, sentence: str, expected: list[tuple[str, InitiativeStatus | None]]
    ) -> None:
        """``a service connecting the X port with Y will start``: the stage is the route's."""
        assert [(i.name, i.status) for i in _extract(sentence)] == expected


class TestCostBeforeAFacility:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "KARACHI: The chief minister on Wednesday performed the groundbreaking of a $90 "
                "million tile factory at the Bhaleji Special Economic Zone.",
                [("tile factory", UNDER_CONSTRUCTION), ("Bhaleji Special Economic Zone", None)],
            ),
            (
                "The chief minister laid the foundation stone of a $90 million glass plant at the "
                "Rashakai SEZ.",
                [("glass plant", UNDER_CONSTRUCTION), ("Rashakai SEZ", None)],
            ),
            (
                "He said a US$45-million cement plant was being built by a Chinese firm.",
                [("cement plant", UNDER_CONSTRUCTION)],
            ),
            (
                "A Chinese firm will invest in a Rs5bn steel pipe plant in Nowshera.",
                [("steel pipe plant in Nowshera", None)],
            ),
        ],
    )
    def test_a_cost_before_an_unnamed_facility_names_nothing(
        self, sentence: str, expected: list[tuple[str, InitiativeStatus | None]]
    ) -> None:
        """``a $90 million tile factory``: the cost is no modifier, the words after name it."""
        assert [(i.name, i.status) for i in _extract(sentence)] == expected


class TestOneOfAGroup:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "He visited the Bhaleji Special Economic Zone, one of nine SEZs planned under "
                "CPEC.",
                [("Bhaleji Special Economic Zone", None), ("CPEC", None)],
            ),
            (
                "The Bhaleji Special Economic Zone is one of the nine zones proposed under the "
                "corridor.",
                [("Bhaleji Special Economic Zone", None)],
            ),
        ],
    )
    def test_planned_said_of_the_group_is_no_stage(
        self, sentence: str, expected: list[tuple[str, InitiativeStatus | None]]
    ) -> None:
        """``X, one of nine SEZs planned under CPEC``: the programme's plan, not X's works."""
        assert [(i.name, i.status) for i in _extract(sentence)] == expected

    def test_the_planned_modifier_of_the_name_itself_stays(self) -> None:
        """``the planned X at Y``: the name's own modifier is its stage."""
        (port,) = _extract("Traders will benefit from the planned dry port at Sibi, he added.")
        assert (port.name, port.status) == ("dry port at Sibi", PLANNED)


class TestStudySurvey:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Pakistan and China have completed the field survey for the feasibility study of "
                "the Kandar railway, a proposed 300-km line linking Sibi with Quetta.",
                InitiativeStatus.PROGRESS,
            ),
            (
                "The two sides will conduct the feasibility study of the Kandar railway next year.",
                PLANNED,
            ),
        ],
    )
    def test_a_survey_for_the_study_done_is_progress(
        self, sentence: str, expected: InitiativeStatus
    ) -> None:
        """``completed the field survey for the feasibility study of X``: the study is under way."""
        assert [(i.name, i.status) for i in _extract(sentence)] == [("Kandar railway", expected)]
