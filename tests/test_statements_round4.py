"""Statement rules for the wordings the session-8 round-2 held-out sets showed (fictional)."""

from test_statements import DIRECT, said


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
