"""Tests for cpecdata.extract.visits, round 3: trip legs, ``land`` the ground, a team's origin."""

import datetime as dt

from cpecdata.model import VisitStatus
from test_visits_legs import _trips

D = dt.date
PAST, PLANNED = VisitStatus.PAST, VisitStatus.PLANNED


class TestLegsTakingTheVisitor:
    def test_a_leg_that_took_him_to_a_city_is_a_visit_of_his(self) -> None:
        """``The last leg took him to Y``: the leg is no traveller, the man it took is."""
        assert _trips(
            "LAHORE: Provincial Trade Minister Qasim Noorani was in China from May 11 to 18 "
            "for talks with investors.",
            "The last leg took him to Kashgar on May 17 and 18 for talks on border trade.",
            date="2024-05-20",
        ) == [
            ("Qasim Noorani", "China", (D(2024, 5, 11), D(2024, 5, 18)), PAST),
            ("Qasim Noorani", "Kashgar", (D(2024, 5, 17), D(2024, 5, 18)), PAST),
        ]

    def test_a_leg_taking_her_on_is_hers(self) -> None:
        """``The tour then took her to Y``: the woman the pronoun stands for travels."""
        assert _trips(
            "ISLAMABAD: Senator Rabia Gill was in China from May 11 to 18.",
            "The tour then took her to Kashgar on May 17.",
            date="2024-05-20",
        ) == [
            ("Rabia Gill", "China", (D(2024, 5, 11), D(2024, 5, 18)), PAST),
            ("Rabia Gill", "Kashgar", (D(2024, 5, 17), D(2024, 5, 17)), PAST),
        ]

    def test_the_capital_on_days_inside_a_country_trip_is_a_leg(self) -> None:
        """The capital dated to a few days of the trip is one stop, not the whole trip again."""
        assert _trips(
            "LAHORE: Provincial Trade Minister Qasim Noorani was in China from May 11 to 18.",
            "The first leg of the tour took him to Beijing from May 11 to 13.",
            date="2024-05-20",
        ) == [
            ("Qasim Noorani", "China", (D(2024, 5, 11), D(2024, 5, 18)), PAST),
            ("Qasim Noorani", "Beijing", (D(2024, 5, 11), D(2024, 5, 13)), PAST),
        ]


class TestLandIsTheGround:
    def test_land_after_a_noun_is_no_landing(self) -> None:
        """``litigation over land in Y`` tells of ground there: the body suing lands nowhere."""
        assert (
            _trips(
                "KARACHI: The Sindh Irrigation Board has sought more funds as litigation over "
                "land in Hunza continues to hold up works, officials said.",
                date="2024-05-20",
            )
            == []
        )

    def test_land_after_a_modal_is_the_verb(self) -> None:
        """``will land in Y`` still tells a flight there."""
        assert _trips(
            "KARACHI: Vice Minister Zhou Ming will land in Karachi on Monday.",
            date="2024-05-20",
        ) == [("Zhou Ming", "Karachi", (D(2024, 5, 20), D(2024, 5, 20)), PLANNED)]


class TestBodyFrom:
    def test_a_teams_from_phrase_after_its_of_phrase_stays_in_its_name(self) -> None:
        """``a team of engineers from the firm's head office``: where they come from names them."""
        assert _trips(
            "KARACHI: Next week, a team of engineers from the firm's head office in Shanghai "
            "will arrive in Gwadar, the company said.",
            date="2024-05-20",
        ) == [
            (
                "a team of engineers from the firm's head office",
                "Gwadar",
                (D(2024, 5, 27), D(2024, 6, 2)),
                PLANNED,
            )
        ]
