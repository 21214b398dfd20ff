"""Initiative rules for the wordings the session-8 round-3 held-out sets showed (fictional)."""

from cpecdata.model import InitiativeStatus
from test_initiatives import _extract

COMPLETED = InitiativeStatus.COMPLETED


class TestStatuses:
    def test_recently_completed_modifies_a_subject(self) -> None:
        """``engineers of the recently completed X were attacked``: X is done, whatever befell."""
        (plant,) = _extract(
            "A van carrying engineers of the recently completed Marvoz Hydropower Project was "
            "attacked near Tarnol on Sunday."
        )
        assert (plant.name, plant.status) == ("Marvoz Hydropower Project", COMPLETED)

    def test_newly_inaugurated_modifies_a_subject(self) -> None:
        """``staff of the newly inaugurated X were evacuated``: X is done."""
        (plant,) = _extract(
            "Staff of the newly inaugurated Qadirpur Solar Park were evacuated after the floods."
        )
        assert (plant.name, plant.status) == ("Qadirpur Solar Park", COMPLETED)

    def test_a_modifier_of_the_first_item_only(self) -> None:
        """``the recently completed road and X were damaged``: the road is done, X unsaid."""
        (plant,) = _extract(
            "The recently completed road and the Marvoz Hydropower Project were damaged by floods."
        )
        assert (plant.name, plant.status) == ("Marvoz Hydropower Project", None)
