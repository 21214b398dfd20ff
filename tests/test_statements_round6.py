"""Statement rules for the wordings the session-8 round-4 held-out sets showed (fictional)."""

from test_statements import INDIRECT, said


class TestProposalsReportContent:
    def test_the_chinese_side_proposed_that_is_the_chinese_signatory(self) -> None:
        """``The Chinese side also proposed that B`` reports B, by the Chinese signatory named."""
        assert said(
            "The deal was signed by Wang Lei, vice president of the Qinghe Seed Group, and Sana "
            "Malik, Pakistan's agriculture secretary.",
            "The Chinese side will train 500 farmers, Wang said.",
            "The Chinese side also proposed that the labs work with the University of Sindh on "
            "new rice varieties.",
        ) == [
            ("Wang Lei", INDIRECT, "said", "The Chinese side will train 500 farmers"),
            (
                "Wang Lei",
                INDIRECT,
                "proposed",
                "the labs work with the University of Sindh on new rice varieties",
            ),
        ]

    def test_minister_proposed_that_is_a_statement(self) -> None:
        """``X proposed that B`` (APP's meeting copy) reports B, as ``suggested that`` does."""
        assert said(
            "ISLAMABAD, Mar 3 (APP): Federal Minister for Maritime Affairs Junaid Baloch "
            "proposed that a joint survey of the Pasni fish harbour be held in April."
        ) == [
            (
                "Junaid Baloch",
                INDIRECT,
                "proposed",
                "a joint survey of the Pasni fish harbour be held in April",
            )
        ]

    def test_committee_recommends_that_is_a_statement(self) -> None:
        """``The committee recommended that B`` (Dawn, Business Recorder) reports B."""
        assert said(
            "ISLAMABAD: The Senate Standing Committee on Power recommended that the Chinese IPPs "
            "be paid from a revolving account."
        ) == [
            (
                "Senate Standing Committee on Power",
                INDIRECT,
                "recommended",
                "the Chinese IPPs be paid from a revolving account",
            )
        ]

    def test_proposed_without_that_reports_nothing(self) -> None:
        """``proposed a new route`` and ``the proposed line`` carry no reported clause."""
        assert (
            said(
                "QUETTA: The planning department proposed a new route for the Quetta bypass.",
                "The proposed line will link Gwadar with Quetta.",
                "It was recommended for approval.",
            )
            == []
        )


class TestUnitAtTheSeatNamedBefore:
    def test_according_to_an_institute_at_the_university(self) -> None:
        """``according to the X Institute at the university``: one body with the one named."""
        assert said(
            "BEIJING, May 2 (People's Daily) -- Thirty Chinese teachers arrived at the "
            "University of the Punjab on Monday.",
            "Classes will start in March, according to the Confucius Institute at the university.",
        ) == [
            (
                "Confucius Institute at the University of the Punjab",
                INDIRECT,
                "according to",
                "Classes will start in March",
            )
        ]

    def test_centre_at_the_varsity_said_before_its_clause(self) -> None:
        """``The X Centre at the varsity said B``: the centre, not the university, speaks."""
        assert said(
            "PESHAWAR: Forty engineers from Peshawar University left for Xi'an on Sunday.",
            "The China Study Centre at the varsity said the course would last six months.",
        ) == [
            (
                "China Study Centre at Peshawar University",
                INDIRECT,
                "said",
                "the course would last six months",
            )
        ]

    def test_inverted_said_before_an_institute_at_the_college(self) -> None:
        """``…, said the X Institute at the college.`` (APP): the college named before."""
        assert said(
            "LAHORE, Apr 9 (APP): A Chinese welding team visited the Government College of "
            "Technology in Rasul on Tuesday.",
            "Two hundred welders will be trained this year, said the Confucius Institute at the "
            "college.",
        ) == [
            (
                "Confucius Institute at the Government College of Technology",
                INDIRECT,
                "said",
                "Two hundred welders will be trained this year",
            )
        ]

    def test_no_university_named_leaves_the_unit(self) -> None:
        """With no university named before, the unit alone speaks (no name is invented)."""
        assert said(
            "KARACHI: Forty students left for Beijing on Monday.",
            "They will study for a year, the Confucius Institute at the university said.",
        ) == [("Confucius Institute", INDIRECT, "said", "They will study for a year")]
