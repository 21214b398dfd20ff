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


class TestGroupsAbroad:
    def test_a_batch_of_people_is_a_visitor_as_written(self) -> None:
        """``A first batch of 200 nursing graduates will leave for Y``: the batch travels."""
        assert _trips(
            "KARACHI: A first batch of 200 Pakistani nursing graduates will leave for China next"
            " week, the health ministry said.",
            date="2023-06-14",
        ) == [
            (
                "A first batch of 200 Pakistani nursing graduates",
                "China",
                (D(2023, 6, 19), D(2023, 6, 25)),
                PLANNED,
            )
        ]

    def test_a_batch_of_goods_is_no_visitor(self) -> None:
        """``The first batch of turbines arrived in Y``: goods shipped, not people travelling."""
        assert (
            _trips(
                "KARACHI: The first batch of Chinese-made turbines arrived in Karachi on Monday.",
                date="2023-06-14",
            )
            == []
        )

    def test_a_group_away_moving_on_to_a_place_travels_there(self) -> None:
        """``The trainees will move to Y later this month``: a trip of the group as written."""
        assert _trips(
            "KARACHI: A batch of 80 Pakistani nurses reached Beijing on Monday for training.",
            "The trainees will move to Wuhan later this month.",
            date="2023-06-14",
        )[1:] == [("The trainees", "Wuhan", (D(2023, 6, 15), D(2023, 6, 30)), PLANNED)]

    def test_they_after_a_group_is_the_group(self) -> None:
        """``A batch of 200 graduates left for China ... They will visit Y in August``."""
        batch = "A first batch of 200 Pakistani nursing graduates"
        assert _trips(
            f"KARACHI: {batch} left for China on Monday for six months of training.",
            "They will visit Wuhan in August.",
            date="2023-06-14",
        ) == [
            (batch, "China", (D(2023, 6, 12), D(2023, 12, 11)), ONGOING),
            (batch, "Wuhan", (D(2023, 8, 1), D(2023, 8, 31)), PLANNED),
        ]

    def test_a_firm_moving_to_a_place_relocates(self) -> None:
        """``the firm will move to Y next year``: a move of home, no trip."""
        assert (
            _trips(
                "LAHORE: Minister Ali Khan said the firm will move to Lahore next year.",
                date="2023-06-14",
            )
            == []
        )

    def test_months_told_after_a_departure_run_on_the_calendar(self) -> None:
        """``left for Y on Monday for three months of training``: to the eve of the same date."""
        assert _trips(
            "ISLAMABAD: A cohort of 60 Pakistani cadets left for China on Monday for three months"
            " of training, officials said.",
            date="2023-06-14",
        ) == [
            (
                "A cohort of 60 Pakistani cadets",
                "China",
                (D(2023, 6, 12), D(2023, 9, 11)),
                ONGOING,
            )
        ]


class TestBroughtAlong:
    def test_a_team_a_visitor_brought_along_is_that_visitor(self) -> None:
        """``X visited Y with a technical team. The team will travel to Z``: X goes to Z."""
        assert _trips(
            "KARACHI: Wang Lixin, vice president of a Chinese engineering firm, visited Thar on"
            " Tuesday with a five-member technical team.",
            "The team is expected to travel to Karachi later this week.",
            date="2023-06-14",
        ) == [
            ("Wang Lixin", "Thar", (D(2023, 6, 13), D(2023, 6, 13)), PAST),
            ("Wang Lixin", "Karachi", (D(2023, 6, 15), D(2023, 6, 18)), PLANNED),
        ]


class TestOwnedBody:
    def test_his_delegation_is_the_visitor_told_before(self) -> None:
        """``took X and his delegation to Y ... the delegation was in Z``: X, not a later leader."""
        assert _trips(
            "LAHORE: Sindh Chief Minister Murad Ali Kazmi returned home on Monday after a tour of"
            " China from June 5 to 11.",
            "The tour took Kazmi and his 12-member delegation to Beijing and Wuhan.",
            "From June 5 to 7, the delegation was in Wuhan, where the chief minister met"
            " investors.",
            "Earlier this month, a delegation led by Balochistan Chief Minister Jam Aslam Rind"
            " visited Chengdu.",
            date="2023-06-14",
        ) == [
            ("Murad Ali Kazmi", "China", (D(2023, 6, 5), D(2023, 6, 11)), PAST),
            ("Murad Ali Kazmi", "Wuhan", (D(2023, 6, 5), D(2023, 6, 7)), PAST),
            ("Jam Aslam Rind", "Chengdu", (D(2023, 6, 1), D(2023, 6, 14)), PAST),
        ]


class TestStopMoved:
    def test_a_stop_put_off_is_a_leg_planned_for_its_new_date(self) -> None:
        """``A stop in Y ... has been postponed to next month``: a leg of the tour, next month."""
        assert _trips(
            "KARACHI: Sindh Chief Minister Murad Ali Kazmi will lead a delegation to China from"
            " June 19 to 24.",
            "A stop in Chengdu, which was part of the original plan, has been postponed to next"
            " month, officials said.",
            date="2023-06-14",
        ) == [
            ("Murad Ali Kazmi", "China", (D(2023, 6, 19), D(2023, 6, 24)), PLANNED),
            ("Murad Ali Kazmi", "Chengdu", (D(2023, 7, 1), D(2023, 7, 31)), PLANNED),
        ]

    def test_a_stop_that_will_now_take_place_is_a_leg_ahead(self) -> None:
        """``A stop in Y, dropped from the schedule, will now take place next month``: planned."""
        assert _trips(
            "KARACHI: Sindh Chief Minister Murad Ali Kazmi returned from China on Monday.",
            "A stop in Chengdu, dropped from the schedule days before the tour, will now take"
            " place next month, officials said.",
            date="2023-06-14",
        ) == [
            ("Murad Ali Kazmi", "China", (D(2023, 6, 12), D(2023, 6, 12)), PAST),
            ("Murad Ali Kazmi", "Chengdu", (D(2023, 7, 1), D(2023, 7, 31)), PLANNED),
        ]


class TestItinerarySteps:
    def test_the_capital_told_as_a_step_of_the_tour_is_a_leg(self) -> None:
        """``to China from A to B ... will first travel to Beijing``: China and a Beijing leg."""
        assert _trips(
            "KARACHI: Sindh Chief Minister Murad Ali Kazmi will lead a delegation to China from"
            " June 19 to 24.",
            "The chief minister will first travel to Beijing, where he will meet officials.",
            date="2023-06-14",
        ) == [
            ("Murad Ali Kazmi", "China", (D(2023, 6, 19), D(2023, 6, 24)), PLANNED),
            ("Murad Ali Kazmi", "Beijing", None, PLANNED),
        ]


class TestStayUntilReturn:
    def test_an_arrival_runs_on_to_the_return_told_before_returning(self) -> None:
        """``arrived in X on Monday, will travel to Y tomorrow before returning on Saturday``."""
        assert _trips(
            "LAHORE: A Chinese trade delegation led by Chairman Wu Jianping met the chief"
            " minister on Wednesday.",
            "The delegation, which arrived in Pakistan on Monday, will travel to Karachi tomorrow"
            " before returning to China on Saturday.",
            date="2023-06-14",
        ) == [
            ("Wu Jianping", "Pakistan", (D(2023, 6, 12), D(2023, 6, 17)), ONGOING),
            ("Wu Jianping", "Karachi", (D(2023, 6, 15), D(2023, 6, 15)), PLANNED),
        ]

    def test_a_city_leg_dated_inside_a_country_trip_is_its_own(self) -> None:
        """``visiting China from A to B ... will travel to Shanghai on Saturday``: two visits."""
        assert _trips(
            "LAHORE: A delegation led by Punjab Minister Sara Niazi, which is visiting China from"
            " June 12 to 18, held meetings in Beijing on Tuesday.",
            "The delegation will travel to Shanghai on Saturday.",
            date="2023-06-14",
        ) == [
            ("Sara Niazi", "China", (D(2023, 6, 12), D(2023, 6, 18)), ONGOING),
            ("Sara Niazi", "Shanghai", (D(2023, 6, 17), D(2023, 6, 17)), PLANNED),
        ]


class TestDayVisitDuringStay:
    def test_a_site_visited_during_a_stay_under_way_is_over(self) -> None:
        """``visited Y today. X, which arrived in the country on Monday, leaves for Z tomorrow``."""
        assert _trips(
            "LAHORE: A Chinese trade delegation led by Chairman Wu Jianping visited Sheikhupura"
            " on Wednesday.",
            "The delegation, which arrived in Pakistan on Monday, will travel to Karachi tomorrow"
            " before returning to China on Saturday.",
            date="2023-06-14",
        ) == [
            ("Wu Jianping", "Sheikhupura", (D(2023, 6, 14), D(2023, 6, 14)), PAST),
            ("Wu Jianping", "Pakistan", (D(2023, 6, 12), D(2023, 6, 17)), ONGOING),
            ("Wu Jianping", "Karachi", (D(2023, 6, 15), D(2023, 6, 15)), PLANNED),
        ]
