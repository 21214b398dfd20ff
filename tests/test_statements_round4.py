"""Statement rules for the wordings the session-8 round-2 held-out sets showed (fictional)."""

from test_statements import DIRECT, INDIRECT, said


class TestTwoQuotesAroundAPossessedTitle:
    def test_place_possessive_title_after_a_quote_speaks_both(self) -> None:
        """``“A,” Sindh's X minister Y told Z. “B.”``: both quotations are Y's, with ``told``."""
        assert said(
            "“Solar parks will cut our import bill,” Balochistan's energy minister Jamal "
            "Raisani told Xinhua. “We start in Turbat. Then we go north.”"
        ) == [
            ("Jamal Raisani", DIRECT, "told", "Solar parks will cut our import bill"),
            ("Jamal Raisani", DIRECT, "told", "We start in Turbat. Then we go north."),
        ]


class TestSourceGivenBySurname:
    def test_official_surnamed_after_the_content_stays_a_descriptor(self) -> None:
        """``…, an official surnamed Zhou told the Global Times``: the descriptor, surname kept."""
        assert said(
            "The border will stay open until December, an official surnamed Zhou told the "
            "Global Times on Tuesday."
        ) == [
            (
                "an official surnamed Zhou",
                INDIRECT,
                "told",
                "The border will stay open until December",
            )
        ]

    def test_agent_surnamed_after_a_quote_speaks(self) -> None:
        """``“…,” a driver surnamed Wang told Xinhua``: a bare agent noun takes the surname too."""
        assert said("“We waited two days at Sost,” a driver surnamed Wang told Xinhua.") == [
            ("a driver surnamed Wang", DIRECT, "told", "We waited two days at Sost")
        ]

    def test_opening_resident_surnamed_speaks(self) -> None:
        """``A local resident surnamed Li said``: the surname is no person's name of its own."""
        assert said("A local resident surnamed Li said the new road cut his trip to Kashgar.") == [
            (
                "A local resident surnamed Li",
                INDIRECT,
                "said",
                "the new road cut his trip to Kashgar",
            )
        ]


class TestOwnBodyAsASource:
    LEAD = (
        "ISLAMABAD: Forty Pakistani engineers left for Tianjin on Monday for port training, "
        "Pakistan's maritime affairs ministry said."
    )

    def test_according_to_his_ministry_is_the_ministry_met_before(self) -> None:
        """``…, according to his ministry``: the ministry that spoke before, not ``his``."""
        assert said(
            self.LEAD,
            "Minister Qaiser Baloch will visit Shanghai in May, according to his ministry.",
        )[1] == (
            "Pakistan's maritime affairs ministry",
            INDIRECT,
            "according to",
            "Minister Qaiser Baloch will visit Shanghai in May",
        )

    def test_the_ministry_takes_up_a_possessor_opened_ministry(self) -> None:
        """``Pakistan's X ministry said … The ministry said``: the same unnamed body speaks."""
        assert said(self.LEAD, "The ministry said a second group would leave in October.")[1] == (
            "Pakistan's maritime affairs ministry",
            INDIRECT,
            "said",
            "a second group would leave in October",
        )

    def test_a_ministry_named_since_is_the_one_meant(self) -> None:
        """A named ministry that spoke after the unnamed one is ``the ministry`` then."""
        assert said(
            self.LEAD,
            "The Ministry of Planning said the training was funded under CPEC.",
            "The ministry said the engineers would return in August.",
        )[2] == (
            "Ministry of Planning",
            INDIRECT,
            "said",
            "the engineers would return in August",
        )

    def test_own_ministry_met_nowhere_stays_as_written(self) -> None:
        """``according to his ministry`` with no ministry before: the descriptor as written."""
        assert said(
            "Minister Qaiser Baloch will visit Shanghai in May, according to his ministry."
        ) == [
            (
                "his ministry",
                INDIRECT,
                "according to",
                "Minister Qaiser Baloch will visit Shanghai in May",
            )
        ]


class TestOperatorNotItsParent:
    def test_the_company_is_the_subsidiary_not_its_owner(self) -> None:
        """``X Company, a subsidiary of Y Corporation, … The company said``: X, the operator."""
        assert said(
            "The Naran plant, built by Kunhar Hydro Company, a subsidiary of China Power "
            "Holdings Corporation, has run since 2021.",
            "In a statement, the company said the plant generated 900 million units last year.",
        ) == [
            (
                "Kunhar Hydro Company",
                INDIRECT,
                "said",
                "the plant generated 900 million units last year",
            )
        ]

    def test_owned_by_makes_the_owner_a_parent(self) -> None:
        """``X Company, which is owned by Y Group,`` then ``the company said``: X speaks."""
        assert said(
            "The Naran plant is run by Kunhar Hydro Company, which is owned by Tarovex Group.",
            "The company said output rose by a tenth.",
        ) == [("Kunhar Hydro Company", INDIRECT, "said", "output rose by a tenth")]

    def test_a_parent_alone_is_still_the_company(self) -> None:
        """``the plant, a unit of Y,`` then ``the company``: with no other company, the owner."""
        assert said(
            "The Naran plant, a unit of China Power Holdings Corporation, opened in 2021.",
            "The company said output rose by a tenth.",
        ) == [("China Power Holdings Corporation", INDIRECT, "said", "output rose by a tenth")]


class TestOutletLearntFromASource:
    def test_source_after_learned_from_speaks_the_clause_before(self) -> None:
        """``A, the Global Times learned from X in Y, Z.``: X's, up to the sentence's end."""
        assert said(
            "The Sost border post reopened on Monday after the snow, the Global Times learned "
            "from the Kashgar port administration in Tashkurgan, Northwest China's Xinjiang."
        ) == [
            (
                "the Kashgar port administration in Tashkurgan",
                INDIRECT,
                "learned",
                "The Sost border post reopened on Monday after the snow",
            )
        ]

    def test_agency_learnt_from_a_source(self) -> None:
        """``A, Dawn has learnt from a source close to X``: the source, not the paper."""
        assert said(
            "Work on the Havelian depot will resume in May, Dawn has learnt from a source close "
            "to the contractor."
        ) == [
            (
                "a source close to the contractor",
                INDIRECT,
                "learnt",
                "Work on the Havelian depot will resume in May",
            )
        ]

    def test_learning_from_people_how_to_is_no_report(self) -> None:
        """``Over the years, X learned from Chinese engineers how to …``: no one reports."""
        assert (
            said(
                "Over the years, Tarovex Power learned from Chinese engineers how to run the plant."
            )
            == []
        )
