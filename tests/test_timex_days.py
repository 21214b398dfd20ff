"""Tests for cpecdata.timex on days of a month told relative to the article's month."""

import datetime as dt

from cpecdata.model import Granularity
from cpecdata.timex import Tense, find_times

WEDNESDAY = dt.date(2023, 6, 14)
D = dt.date


def _found(text: str, tense: Tense | None) -> list[tuple[object, ...]]:
    """Every expression found in ``text`` with its interval and granularity."""
    return [
        (w.text, w.start, w.end, w.granularity) for _, _, w in find_times(text, WEDNESDAY, tense)
    ]


class TestDayOfRelativeMonth:
    def test_day_of_this_month(self) -> None:
        """``on the 20th of this month`` is that day, not the whole month."""
        assert _found("He will visit on the 20th of this month.", Tense.FUTURE) == [
            ("on the 20th of this month", D(2023, 6, 20), D(2023, 6, 20), Granularity.DAY)
        ]

    def test_day_of_next_and_last_month(self) -> None:
        """``of next month`` / ``of last month`` move the day's month, whatever the tense."""
        assert _found("due on the 5th of next month, after the 31st of last month", None) == [
            ("on the 5th of next month", D(2023, 7, 5), D(2023, 7, 5), Granularity.DAY),
            ("the 31st of last month", D(2023, 5, 31), D(2023, 5, 31), Granularity.DAY),
        ]

    def test_a_day_the_month_lacks_is_no_date(self) -> None:
        """``the 31st of this month`` in June names no day: kept, but left unresolved."""
        assert _found("on the 31st of this month", None) == [
            ("on the 31st of this month", None, None, Granularity.UNRESOLVED)
        ]
