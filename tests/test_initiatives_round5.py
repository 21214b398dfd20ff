"""Initiative rules for the wordings the session-8 round-4 held-out sets showed (fictional)."""

import pytest

from cpecdata.model import InitiativeStatus, Sector
from test_initiatives import _extract

AGREED = InitiativeStatus.AGREED
PLANNED = InitiativeStatus.PLANNED


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
