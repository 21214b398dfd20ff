"""Tests for cpecdata.extract.visits, round 11: titles named before, roadshows, postponed trips."""

import datetime as dt

from cpecdata.model import VisitStatus
from test_visits_legs import _trips

D = dt.date
PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED
CANCELLED = VisitStatus.CANCELLED


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


class TestBringer:
    def test_a_person_bringing_a_group_to_visit_is_the_visitor(self) -> None:
        """``The envoy said she would bring a group of investors to visit Y``: she comes too."""
        assert _trips(
            "Chinese Consul General in Lahore Zhao Min said more Chinese companies were looking"
            " at Punjab.",
            "The envoy said she would bring a group of investors from Jiangsu to visit the zone"
            " at Sundar next month.",
            date="2025-05-15",
        ) == [("Zhao Min", "Sundar", (D(2025, 6, 1), D(2025, 6, 30)), PLANNED)]

    def test_a_person_bringing_a_delegation_to_a_place_is_the_visitor(self) -> None:
        """``He said he would bring a delegation of companies to Y``: the ambassador travels."""
        assert _trips(
            "Chinese Ambassador Li Wei met the chief minister on Tuesday.",
            "He said he would bring a delegation of 20 companies to Gwadar later this month.",
            date="2025-05-15",
        ) == [("Li Wei", "Gwadar", (D(2025, 5, 16), D(2025, 5, 31)), PLANNED)]

    def test_a_body_bringing_a_team_leaves_the_team_the_visitor(self) -> None:
        """``the province would bring a team of engineers to visit Y``: a body stays, they go."""
        assert _trips(
            "Punjab minister Ali Raza said the province would bring a team of Chinese engineers"
            " to visit Multan next week.",
            date="2025-05-15",
        ) == [("a team of Chinese engineers", "Multan", (D(2025, 5, 19), D(2025, 5, 25)), PLANNED)]


class TestModifiedCrowd:
    def test_a_postponed_visit_by_experts_with_a_modifier_keeps_its_visitor(self) -> None:
        """``A visit by Chinese technical experts to Y ... will now take place in July``."""
        assert _trips(
            "A visit by Chinese technical experts to the Multan site, originally planned for May,"
            " has been postponed and will now take place in July, the ministry said.",
            date="2025-06-11",
        ) == [("Chinese technical experts", "Multan", (D(2025, 7, 1), D(2025, 7, 31)), PLANNED)]

    def test_a_trip_by_people_with_two_modifiers_is_theirs_as_written(self) -> None:
        """``The visit by senior Chinese railway engineers to Y was cancelled``: all the words."""
        assert _trips(
            "The visit by senior Chinese railway engineers to the Havelian site was cancelled,"
            " the ministry said.",
            date="2025-06-11",
        ) == [("senior Chinese railway engineers", "Havelian", None, VisitStatus.CANCELLED)]


class TestStayCutShort:
    def test_a_stay_cut_short_ends_that_day_and_the_next_leg_runs_to_the_flight_home(self) -> None:
        """``cut short its stay in A and returned to B on Thursday``: A ends then, B goes on."""
        assert _trips(
            "SUKKUR, May 8 (APP): The Chinese trade delegation led by Vice Minister Zhou Ping cut"
            " short its stay in Sukkur and returned to Lahore on Thursday, a day earlier than"
            " planned, officials said.",
            "The delegation had reached Sukkur on Wednesday on what was scheduled to be a"
            " three-day visit, but floods forced a change of plans, they said.",
            "In Lahore, Zhou is scheduled to call on the Punjab chief minister on Friday before"
            " flying home on Saturday.",
            date="2025-05-08",
        ) == [
            ("Zhou Ping", "Sukkur", (D(2025, 5, 7), D(2025, 5, 8)), PAST),
            ("Zhou Ping", "Lahore", (D(2025, 5, 8), D(2025, 5, 10)), ONGOING),
        ]

    def test_a_person_returning_after_a_stay_cut_short_may_be_going_home(self) -> None:
        """``the chief minister cut short his stay in A and returned to B``: no trip to B."""
        assert _trips(
            "Punjab Chief Minister Nadia Rauf cut short her stay in Gwadar and returned to Lahore"
            " on Thursday after the floods.",
            date="2025-05-08",
        ) == [("Nadia Rauf", "Gwadar", (D(2025, 5, 8), D(2025, 5, 8)), PAST)]

    def test_a_return_to_another_country_after_a_stay_cut_short_is_going_home(self) -> None:
        """``cut short his visit to China and returned to Islamabad``: home, no trip there."""
        assert _trips(
            "Planning Minister Ahsan Raza cut short his visit to China and returned to Islamabad"
            " on Thursday to attend the cabinet meeting.",
            date="2025-05-08",
        ) == [("Ahsan Raza", "China", (D(2025, 5, 8), D(2025, 5, 8)), PAST)]


class TestSecondFrontedPhrase:
    _LEAD = "Federal Minister for Ports Aisha Raza said on Monday that six deals were signed."

    def test_a_return_in_a_second_fronted_phrase_is_the_pronouns_trip(self) -> None:
        """``Addressing X, after returning on Saturday from a five-day visit to Y, she said``."""
        assert _trips(
            self._LEAD,
            "Addressing a news conference in Karachi on Tuesday, after returning on Saturday"
            " from a five-day visit to China, she said the deals were good.",
            date="2025-05-13",
        ) == [("Aisha Raza", "China", (D(2025, 5, 6), D(2025, 5, 10)), PAST)]

    def test_a_return_after_talking_to_an_outlet_is_the_titles_trip(self) -> None:
        """``Talking to APP, after returning from a tour of Y, the minister said``: the lead's."""
        assert _trips(
            self._LEAD,
            "Talking to APP, after returning from a week-long tour of China on Sunday, the"
            " minister said the deals were good.",
            date="2025-05-13",
        ) == [("Aisha Raza", "China", (D(2025, 5, 5), D(2025, 5, 11)), PAST)]


class TestLegDroppedFromItinerary:
    _LEAD = (
        "ISLAMABAD: A Chinese trade delegation led by Hubei Vice Governor Zhao Ming arrived"
        " here on Monday on a five-day visit."
    )

    def test_a_stop_dropped_from_the_itinerary_is_cancelled(self) -> None:
        """``A stop in Y, where they were to tour Z, has been dropped from the itinerary``."""
        assert _trips(
            self._LEAD,
            "A stop in Sialkot, where the visitors were to tour surgical goods units on Friday,"
            " has been dropped from the itinerary because of fog.",
            date="2025-03-04",
        )[1:] == [("Zhao Ming", "Sialkot", (D(2025, 3, 7), D(2025, 3, 7)), CANCELLED)]

    def test_a_leg_dropped_from_the_programme_is_cancelled(self) -> None:
        """``The Y leg of the tour has been dropped from the programme`` (APP): called off."""
        assert _trips(
            self._LEAD,
            "The Sialkot leg of the tour has been dropped from the programme.",
            date="2025-03-04",
        )[1:] == [("Zhao Ming", "Sialkot", None, CANCELLED)]

    def test_a_stop_dropped_then_given_a_new_date_is_planned(self) -> None:
        """``A stop in Y, dropped from the schedule, will now take place on Friday``: it is on."""
        assert _trips(
            self._LEAD,
            "A stop in Sialkot, dropped from the schedule last week, will now take place on"
            " Friday.",
            date="2025-03-04",
        )[1:] == [("Zhao Ming", "Sialkot", (D(2025, 3, 7), D(2025, 3, 7)), PLANNED)]


class TestReturnNounEndsTrip:
    def test_after_her_return_from_a_trip_dates_it_back(self) -> None:
        """``X, after her return on Saturday from a five-day trip to Y, said``: over by then."""
        assert _trips(
            "Federal Minister for Ports Aisha Raza, after her return on Saturday from a"
            " five-day trip to Beijing, said the deals were good.",
            date="2025-05-13",
        ) == [("Aisha Raza", "Beijing", (D(2025, 5, 6), D(2025, 5, 10)), PAST)]

    def test_on_his_return_from_a_visit_fronted_dates_it_back(self) -> None:
        """``On his return on Sunday from a week-long tour of Y, Minister X said``: it is over."""
        assert _trips(
            "On his return on Sunday from a week-long tour of China, Federal Minister for"
            " Railways Ahmed Qureshi said the talks had been useful.",
            date="2025-05-13",
        ) == [("Ahmed Qureshi", "China", (D(2025, 5, 5), D(2025, 5, 11)), PAST)]

    def test_her_return_visit_is_a_trip_ahead(self) -> None:
        """``will pay her return visit to Y on Friday``: a trip of its own, still planned."""
        assert _trips(
            "Federal Minister for Ports Aisha Raza will pay her return visit to Beijing on Friday.",
            date="2025-05-13",
        ) == [("Aisha Raza", "Beijing", (D(2025, 5, 16), D(2025, 5, 16)), PLANNED)]
