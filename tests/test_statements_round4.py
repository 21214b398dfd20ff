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
