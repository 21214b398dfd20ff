"""Tests for cpecdata.extract.visits, round 11: titles named before, roadshows, postponed trips."""

import datetime as dt

from cpecdata.model import VisitStatus
from test_visits_legs import _trips

D = dt.date
PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED


class TestFrontedTitle:
    def test_a_title_after_a_fronted_return_is_the_person_named_with_it(self) -> None:
        """``Speaking after returning from Y, the minister said``: the minister named before."""
        assert _trips(
            "Federal Minister for Railways Ahmed Qureshi on Saturday said Chinese firms had"
            " agreed to a new schedule.",
            "Speaking to reporters at Lahore airport after returning from a three-day visit to"
            " China, the minister said the talks had been useful.",
            date="2025-04-19",
        ) == [("Ahmed Qureshi", "China", None, PAST)]

    def test_a_title_after_a_fronted_arrival_is_the_person_named_with_it(self) -> None:
        """``Upon arrival in Y, the chief minister was received``: the one of the lead."""
        assert _trips(
            "Punjab Chief Minister Sara Malik on Monday left for China at the head of a"
            " business delegation.",
            "Upon arrival in Beijing on Tuesday, the chief minister was received by Chinese"
            " officials.",
            date="2025-04-22",
        )[1:] == [("Sara Malik", "Beijing", (D(2025, 4, 22), D(2025, 4, 22)), ONGOING)]


class TestReturnFromErrand:
    def test_a_return_from_a_roadshow_in_two_places_ends_both_trips(self) -> None:
        """``who returned from a week-long roadshow in A and B on Sunday``: two trips, a week."""
        assert _trips(
            "Punjab Board of Investment chief Sana Iqbal, who returned from a week-long roadshow"
            " in Wuhan and Chengdu on Sunday, said 10 firms were interested.",
            date="2025-05-15",
        ) == [
            ("Sana Iqbal", "Wuhan", (D(2025, 5, 5), D(2025, 5, 11)), PAST),
            ("Sana Iqbal", "Chengdu", (D(2025, 5, 5), D(2025, 5, 11)), PAST),
        ]

    def test_a_return_from_a_trade_mission_is_a_trip(self) -> None:
        """``returned from a five-day trade mission to China on Friday``: China, five days."""
        assert _trips(
            "Commerce Minister Ali Shah, who returned from a five-day trade mission to China on"
            " Friday, said orders were up.",
            date="2025-05-15",
        ) == [("Ali Shah", "China", (D(2025, 5, 5), D(2025, 5, 9)), PAST)]

    def test_a_road_show_held_ahead_is_no_trip(self) -> None:
        """``The board will hold a road show in Y``: an event a body holds, no one's trip."""
        assert (
            _trips(
                "The board will hold an investment road show in Shanghai later this month, the"
                " secretary added.",
                date="2025-05-15",
            )
            == []
        )
