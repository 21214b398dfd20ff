"""Tests for cpecdata.extract.visits, round 8: stays, trips put off to new dates, tours' stops."""

import datetime as dt

from cpecdata.model import VisitStatus
from test_visits_legs import _trips

D = dt.date
PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED


class TestStays:
    def test_days_spent_in_a_place_are_a_visit(self) -> None:
        """``spent three days in Y last week``: the days spent there are a trip made."""
        assert _trips(
            "LAHORE: Consul General Zhou Minghai spent three days in Multan last week.",
            date="2023-06-14",
        ) == [("Zhou Minghai", "Multan", (D(2023, 6, 5), D(2023, 6, 11)), PAST)]

    def test_days_to_be_spent_are_a_trip_ahead(self) -> None:
        """``will spend two days in Y next week``: a trip planned for that week."""
        assert _trips(
            "KARACHI: Chief Minister Munawar Ali Qazi will spend two days in Xiamen next week.",
            date="2023-06-14",
        ) == [("Munawar Ali Qazi", "Xiamen", (D(2023, 6, 19), D(2023, 6, 25)), PLANNED)]

    def test_days_being_spent_are_a_stay_under_way(self) -> None:
        """``is spending a week in Y``: the visitor is there now."""
        assert _trips(
            "Minister of State Rabia Anwar Cheema is spending a week in Wuhan to study its banks.",
            date="2023-06-14",
        ) == [("Rabia Anwar Cheema", "Wuhan", None, ONGOING)]

    def test_the_days_spent_stretch_the_day_of_departure(self) -> None:
        """``leaves on Tuesday. X will spend four days in Y``: Tuesday and the three after it."""
        assert _trips(
            "Finance Minister Nadeem Qasim will fly to Beijing on Tuesday.",
            "Nadeem Qasim will spend four days in the Chinese capital.",
            date="2023-06-11",
        ) == [("Nadeem Qasim", "Beijing", (D(2023, 6, 13), D(2023, 6, 16)), PLANNED)]

    def test_money_spent_in_a_place_is_no_stay(self) -> None:
        """``spent Rs2bn in Y``: only days, nights, weeks or months spent there are a stay."""
        assert (
            _trips(
                "KARACHI: The firm spent Rs2bn in Karachi last year on new cranes.",
                date="2023-06-14",
            )
            == []
        )

    def test_a_flight_on_to_the_next_city_is_a_leg(self) -> None:
        """``stayed in Y for two nights before flying on to Z on Saturday``: two legs."""
        assert _trips(
            "LAHORE: Trade Minister Sara Niazi stayed in Chengdu for two nights before flying on "
            "to Chongqing on Saturday.",
            date="2023-06-14",
        ) == [
            ("Sara Niazi", "Chengdu", None, PAST),
            ("Sara Niazi", "Chongqing", (D(2023, 6, 10), D(2023, 6, 10)), PAST),
        ]

    def test_a_comma_closes_the_where_clause_of_a_stay(self) -> None:
        """``two days in Y, where he will meet officials, before flying to Z``: Z is a leg."""
        assert _trips(
            "Vice Minister Sheng Qiulan will spend two days in Quetta, where he will meet "
            "officials, before flying to Gwadar on June 20.",
            date="2023-06-14",
        ) == [
            ("Sheng Qiulan", "Quetta", None, PLANNED),
            ("Sheng Qiulan", "Gwadar", (D(2023, 6, 20), D(2023, 6, 20)), PLANNED),
        ]

    def test_a_trip_ahead_is_not_one_made_before(self) -> None:
        """A dated trip made and an undated one still ahead to the same city are two trips."""
        assert _trips(
            "His predecessor travelled to Beijing last October.",
            "Finance Minister Nadeem Qasim will spend three days in Beijing.",
            date="2023-06-14",
        ) == [
            ("His predecessor", "Beijing", (D(2022, 10, 1), D(2022, 10, 31)), PAST),
            ("Nadeem Qasim", "Beijing", None, PLANNED),
        ]
