"""Statement rules for the wordings the session-8 round-5 held-out sets showed (fictional)."""

from test_statements import DIRECT, INDIRECT, said


class TestQuotedFrameInFollowingQuote:
    def test_second_quote_after_attribution_is_the_speakers_too(self) -> None:
        """``“A,” X said. “The side has assured us that B.”``: the second quote is X's as well."""
        assert said(
            '"Carts will be history," Qamar Abbas said. "The Chinese side has assured us that '
            'the wagons will arrive by May."'
        ) == [
            ("Qamar Abbas", DIRECT, "said", "Carts will be history"),
            (
                "Qamar Abbas",
                DIRECT,
                "said",
                "The Chinese side has assured us that the wagons will arrive by May.",
            ),
            ("The Chinese side", INDIRECT, "assured", "the wagons will arrive by May"),
        ]

    def test_next_paragraph_quote_with_told_us_that_is_the_speakers(self) -> None:
        """``“A,” X told CGTN.`` ¶ ``“Our partners have told us that B.”``: X's quote goes on."""
        assert said(
            "“The kilns are ready,” Mei Anran told CGTN.",
            "“Our Pakistani partners have told us that the clay will arrive by June.”",
        ) == [
            ("Mei Anran", DIRECT, "told", "The kilns are ready"),
            (
                "Mei Anran",
                DIRECT,
                "told",
                "Our Pakistani partners have told us that the clay will arrive by June.",
            ),
            ("Our Pakistani partners", INDIRECT, "told", "the clay will arrive by June"),
        ]

    def test_unattributed_opening_quote_stays_unclaimed(self) -> None:
        """A first quote with only a quoted frame and no speaker before it gives the frame only."""
        assert said('"The Chinese side has assured us that the wagons will arrive by May."') == [
            ("The Chinese side", INDIRECT, "assured", "the wagons will arrive by May")
        ]
