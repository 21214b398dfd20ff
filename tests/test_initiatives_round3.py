"""Initiative rules for the wordings the session-7 round-3 held-out sets showed (fictional)."""

import pytest

from cpecdata.model import InitiativeStatus
from test_initiatives import _extract

UNDER_CONSTRUCTION = InitiativeStatus.UNDER_CONSTRUCTION


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
