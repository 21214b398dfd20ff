"""Tests for cpecdata.extract.visits, round 9: dated arrivals, groups abroad, tours' legs."""

import datetime as dt

from cpecdata.model import VisitStatus
from test_visits_legs import _trips

D = dt.date
PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED


class TestMainClauseTime:
    def test_an_arrival_after_as_with_no_comma_takes_the_main_clauses_day(self) -> None:
        """``Two sides yesterday signed MoUs (...) on A and B as X arrived here``: yesterday."""
        assert _trips(
            "LAHORE - Pakistan and China yesterday signed three memoranda of understanding (MoUs)"
            " on cooperation in fisheries and textiles as Chinese Vice Minister Gao Ruilin"
            " arrived here on a two-day visit.",
            date="2023-06-14",
        ) == [("Gao Ruilin", "Lahore", (D(2023, 6, 13), D(2023, 6, 14)), ONGOING)]
