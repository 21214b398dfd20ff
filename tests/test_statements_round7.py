"""Statement rules for the wordings the session-8 round-5 held-out sets showed (fictional)."""

from cpecdata.model import Actor
from test_statements import DIRECT, INDIRECT, article, read, said


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


class TestFrontedParticipleKeepsTheSubject:
    _BEFORE = (
        "Punjab Chief Minister Rana Ahmed Tariq visited the Quaid zone on Monday.",
        '"The roads are poor," said Wang Hao, a glass maker. "We need help," he said.',
    )

    def test_speaking_on_the_occasion_descriptor_is_the_next_pronouns(self) -> None:
        """``Speaking on the occasion, the chief minister directed …. He said B``: B is his."""
        assert said(
            *self._BEFORE,
            "Speaking on the occasion, the chief minister directed officials to act. He said "
            "that the province would help investors.",
        )[-1] == ("Rana Ahmed Tariq", INDIRECT, "said", "the province would help investors")

    def test_addressing_the_gathering_name_is_the_next_pronouns(self) -> None:
        """``Addressing the gathering, Tariq directed …. He said B`` (APP): B is Tariq's."""
        assert said(
            *self._BEFORE,
            "Addressing the gathering, Tariq directed officials to act. He said that the "
            "province would help investors.",
        )[-1] == ("Rana Ahmed Tariq", INDIRECT, "said", "the province would help investors")

    def test_talking_to_investors_opens_the_subject(self) -> None:
        """``Talking to the investors, the CM ordered …. He said B`` (The News): B is the CM's."""
        assert said(
            *self._BEFORE,
            "Talking to the investors, the chief minister ordered a survey. He said the zone "
            "would get gas by June.",
        )[-1] == ("Rana Ahmed Tariq", INDIRECT, "said", "the zone would get gas by June")


class TestDocumentOfBodyNamedInTitle:
    _LEAD = "The Pasni Harbour Company, the port operator, told Xinhua that cargo rose 20 percent."

    def test_statement_released_by_the_authority_named_in_a_title(self) -> None:
        """``…, according to a statement released by the authority`` named in a title (Xinhua)."""
        (*_, last) = read(
            article(
                self._LEAD,
                "Ali Rind, chairman of the Pasni Port Authority, is in Shanghai for talks, "
                "according to a statement released by the authority.",
            )
        )
        assert last.speaker == Actor(
            "a statement released by the authority",
            organization="Pasni Port Authority",
            country="Pakistan",
            named=False,
        )

    def test_handout_issued_by_the_ministry_named_in_a_title(self) -> None:
        """``…, according to a handout issued by the ministry`` named in a title (APP)."""
        (*_, last) = read(
            article(
                self._LEAD,
                "Sana Iqbal, secretary of the Ministry of Maritime Affairs, is in Shanghai, "
                "according to a handout issued by the ministry.",
            )
        )
        assert last.speaker == Actor(
            "a handout issued by the ministry",
            organization="Ministry of Maritime Affairs",
            named=False,
        )
