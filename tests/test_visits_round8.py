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


class TestNewDates:
    def test_a_trip_that_will_now_take_place_later_has_the_new_date(self) -> None:
        """``earlier planned for June, will now take place in August``: August, planned."""
        assert _trips(
            "ISLAMABAD: The visit of Vice Premier Han Lemin to Lahore, earlier planned for June, "
            "will now take place in August, the Foreign Office said.",
            date="2023-06-14",
        ) == [("Han Lemin", "Lahore", (D(2023, 8, 1), D(2023, 8, 31)), PLANNED)]

    def test_a_trip_brought_forward_has_the_day_ahead(self) -> None:
        """``originally slated for next week, has been brought forward to Saturday``."""
        assert _trips(
            "ISLAMABAD: Senator Rafiq Gardezi's trip to Urumqi, originally slated for next week, "
            "has been brought forward to Saturday.",
            date="2023-06-14",
        ) == [("Rafiq Gardezi", "Urumqi", (D(2023, 6, 17), D(2023, 6, 17)), PLANNED)]

    def test_a_trip_moved_to_a_day_has_that_day(self) -> None:
        """``initially set for May, has been moved to June 20``: June 20, planned."""
        assert _trips(
            "BEIJING: Foreign Minister Bahram Qazi's trip to Beijing, initially set for May, has "
            "been moved to June 20.",
            date="2023-06-14",
        ) == [("Bahram Qazi", "Beijing", (D(2023, 6, 20), D(2023, 6, 20)), PLANNED)]

    def test_a_trip_put_off_past_a_clause_has_the_new_date(self) -> None:
        """``postponed his visit to Y, which was due next week, to early next month``."""
        assert _trips(
            "KARACHI: Governor Imran Mirza has postponed his visit to Shanghai, which was due next "
            "week, to early next month.",
            date="2023-06-14",
        ) == [("Imran Mirza", "Shanghai", (D(2023, 7, 1), D(2023, 7, 10)), PLANNED)]

    def test_a_trip_called_off_then_back_on_is_planned(self) -> None:
        """``which was called off last month, will now go ahead next week``: planned again."""
        assert _trips(
            "ISLAMABAD: The visit by Commerce Minister Gao Ruilin to Karachi, which was called off "
            "last month, will now go ahead next week.",
            date="2023-06-14",
        ) == [("Gao Ruilin", "Karachi", (D(2023, 6, 19), D(2023, 6, 25)), PLANNED)]

    def test_a_rescheduled_visit_is_on(self) -> None:
        """``will pay a rescheduled visit to Y from June 20 to 22``: the trip is on, planned."""
        assert _trips(
            "ISLAMABAD: Foreign Minister Bahram Qazi will pay a rescheduled visit to Beijing from "
            "June 20 to 22.",
            date="2023-06-14",
        ) == [("Bahram Qazi", "Beijing", (D(2023, 6, 20), D(2023, 6, 22)), PLANNED)]

    def test_a_purpose_after_a_comma_moves_nothing(self) -> None:
        """``is visiting Y from A to B, to attend a forum on C``: C is the forum's day."""
        assert _trips(
            "ISLAMABAD: The premier is visiting China from June 12 to 15, to attend a forum to be "
            "opened on June 13.",
            date="2023-06-14",
        ) == [("The premier", "China", (D(2023, 6, 12), D(2023, 6, 15)), ONGOING)]


class TestStopsOfATour:
    def test_a_city_visited_during_a_country_trip_told_in_a_who_clause(self) -> None:
        """``X, who is on a visit to China, visited Y on Tuesday``: the trip and its stop."""
        assert _trips(
            "PESHAWAR: Chief Minister Ali Amin Durrani, who is on a week-long visit to China, "
            "visited Xi'an on Tuesday.",
            date="2023-06-14",
        ) == [
            ("Ali Amin Durrani", "China", None, ONGOING),
            ("Ali Amin Durrani", "Xi'an", (D(2023, 6, 13), D(2023, 6, 13)), PAST),
        ]

    def test_cities_visited_during_a_country_trip_told_first(self) -> None:
        """``During his visit to China, X also visited Y and Z``: the trip and each stop."""
        assert _trips(
            "During his four-day visit to China, Planning Minister Adeel Khan also visited "
            "Shenzhen and Hangzhou.",
            date="2023-06-14",
        ) == [
            ("Adeel Khan", "China", None, PAST),
            ("Adeel Khan", "Shenzhen", None, PAST),
            ("Adeel Khan", "Hangzhou", None, PAST),
        ]

    def test_a_city_ahead_during_a_trip_under_way(self) -> None:
        """``X, who is visiting China, will travel to Y later this week``: Y is a stop ahead."""
        assert _trips(
            "ISLAMABAD: Maritime Minister Fahad Khan, who is visiting China, will travel to "
            "Chongqing later this week.",
            date="2023-06-14",
        ) == [
            ("Fahad Khan", "China", None, ONGOING),
            ("Fahad Khan", "Chongqing", (D(2023, 6, 15), D(2023, 6, 18)), PLANNED),
        ]

    def test_a_city_the_country_trip_went_to_is_that_trip(self) -> None:
        """``X last visited Pakistan in 2023, when he travelled to Y``: one trip, to Y."""
        assert _trips(
            "Secretary Liang Jian last visited Pakistan in November 2022, when he travelled to "
            "Gwadar for the opening of a hospital.",
            date="2023-06-14",
        ) == [("Liang Jian", "Gwadar", (D(2022, 11, 1), D(2022, 11, 30)), PAST)]


class TestAirports:
    def test_an_airport_named_after_a_person_stands_for_the_dateline_city(self) -> None:
        """``landed at the Allama Iqbal International Airport``: the trip is to the city."""
        assert _trips(
            "LAHORE: Vice Minister Li Feiyang landed at the Allama Iqbal International Airport on "
            "Tuesday.",
            date="2023-06-14",
        ) == [("Li Feiyang", "Lahore", (D(2023, 6, 13), D(2023, 6, 13)), ONGOING)]

    def test_a_new_airport_named_after_its_city_is_that_city(self) -> None:
        """``will visit the New Gwadar International Airport``: ``new`` links to the city."""
        assert _trips(
            "QUETTA: Chief Minister Safdar Khan will visit the New Gwadar International Airport "
            "on Friday.",
            date="2023-06-14",
        ) == [("Safdar Khan", "Gwadar", (D(2023, 6, 16), D(2023, 6, 16)), PLANNED)]


class TestStopsInARegion:
    def test_stops_on_a_tour_of_a_region_are_that_one_trip(self) -> None:
        """``toured Gilgit-Baltistan last week, stopping in Hunza and Sost``: one trip."""
        assert _trips(
            "GILGIT: Ambassador Tian Zhaolin toured Gilgit-Baltistan last week, stopping in Hunza "
            "and Sost.",
            date="2023-06-14",
        ) == [("Tian Zhaolin", "Gilgit-Baltistan", (D(2023, 6, 5), D(2023, 6, 11)), PAST)]

    def test_a_place_visited_on_a_region_tour_is_that_trip(self) -> None:
        """``wrapped up a tour of the X region on Sunday, visiting Y``: Y is a stop on it."""
        assert _trips(
            "Ambassador Tian Zhaolin wrapped up a four-day tour of the Gilgit-Baltistan region on "
            "Sunday, visiting the Khunjerab Pass.",
            date="2023-06-14",
        ) == [("Tian Zhaolin", "Gilgit-Baltistan", (D(2023, 6, 8), D(2023, 6, 11)), PAST)]


class TestLeadersToldApart:
    def test_a_leader_named_in_a_later_sentence_leads_the_delegation(self) -> None:
        """``A delegation arrived in Y. The delegation is led by X.``: X's visit."""
        assert _trips(
            "KARACHI: A Chinese trade delegation arrived in Karachi on Tuesday.",
            "The delegation is led by Vice Minister Li Feiyang.",
            date="2023-06-14",
        ) == [("Li Feiyang", "Karachi", (D(2023, 6, 13), D(2023, 6, 13)), ONGOING)]

    def test_a_leader_after_a_delegation_put_off_leads_it(self) -> None:
        """``The delegation's visit was rescheduled ... The delegation is headed by X``."""
        assert _trips(
            "KARACHI: The Chinese trade delegation's visit to Karachi has been rescheduled for "
            "later this month.",
            "The delegation is headed by its chairman, Li Feiyang.",
            date="2023-06-14",
        ) == [("Li Feiyang", "Karachi", (D(2023, 6, 15), D(2023, 6, 30)), PLANNED)]


class TestKnownZones:
    def test_a_zone_the_gazetteer_knows_is_visited_in_its_city(self) -> None:
        """``visited the Allama Iqbal Industrial City``: a trip to the city it lies in."""
        assert _trips(
            "A delegation led by investor Xu Mengyao visited the Allama Iqbal Industrial City on "
            "Monday.",
            date="2023-06-14",
        ) == [("Xu Mengyao", "Faisalabad", (D(2023, 6, 12), D(2023, 6, 12)), PAST)]


class TestPorts:
    def test_a_port_named_after_its_city_is_a_visit_to_the_city(self) -> None:
        """``visited Gwadar Port on Monday``: the held-out golds label the city."""
        assert _trips(
            "GWADAR: Ambassador Tian Zhaolin visited Gwadar Port on Monday.", date="2023-06-14"
        ) == [("Tian Zhaolin", "Gwadar", (D(2023, 6, 12), D(2023, 6, 12)), PAST)]

    def test_the_port_told_again_is_the_same_trip(self) -> None:
        """``visited Gwadar Port ... During his visit to the port``: one trip, to Gwadar."""
        assert _trips(
            "GWADAR: Ambassador Tian Zhaolin visited Gwadar Port on Monday.",
            "During his visit to the port, he met officials.",
            date="2023-06-14",
        ) == [("Tian Zhaolin", "Gwadar", (D(2023, 6, 12), D(2023, 6, 12)), PAST)]


class TestPlannedWeekdays:
    def test_a_weekday_a_trip_called_off_was_set_for_is_the_nearest(self) -> None:
        """``cancelled his trip, which was scheduled for Friday`` on a Wednesday: this Friday."""
        assert _trips(
            "ISLAMABAD: Interior Minister Mohsin Rana has cancelled his trip to Beijing, which was "
            "scheduled for Friday.",
            date="2023-06-14",
        ) == [("Mohsin Rana", "Beijing", (D(2023, 6, 16), D(2023, 6, 16)), VisitStatus.CANCELLED)]

    def test_a_weekday_just_gone_stays_the_one_gone(self) -> None:
        """``which was scheduled for Monday`` on a Wednesday: the Monday just gone."""
        assert _trips(
            "ISLAMABAD: Interior Minister Mohsin Rana has cancelled his trip to Beijing, which was "
            "scheduled for Monday.",
            date="2023-06-14",
        ) == [("Mohsin Rana", "Beijing", (D(2023, 6, 12), D(2023, 6, 12)), VisitStatus.CANCELLED)]


class TestVisitingCallers:
    def test_a_call_by_a_visiting_minister_is_made_during_the_visit(self) -> None:
        """``Visiting Minister X called on Y in Z on Tuesday``: the visit goes on."""
        assert _trips(
            "ISLAMABAD: Visiting Chinese Vice Minister Su Minglan called on Prime Minister Tariq "
            "Baig in Islamabad on Tuesday.",
            date="2023-06-14",
        ) == [("Su Minglan", "Islamabad", (D(2023, 6, 13), D(2023, 6, 13)), ONGOING)]


class TestBodiesNamedInFull:
    def test_a_firm_named_in_five_words_stays_whole(self) -> None:
        """``a delegation of the China Overseas Port Holding Company``: the whole name."""
        assert _trips(
            "GWADAR: A delegation of the China Overseas Port Holding Company stayed in Gwadar for "
            "a week.",
            date="2023-06-14",
        ) == [("A delegation of the China Overseas Port Holding Company", "Gwadar", None, PAST)]

    def test_a_chamber_of_commerce_and_industry_stays_whole(self) -> None:
        """``of the Karachi Chamber of Commerce and Industry``: ``and`` joins the name."""
        assert _trips(
            "KARACHI: A delegation of the Karachi Chamber of Commerce and Industry will leave for "
            "Shenzhen on June 25.",
            date="2023-06-14",
        ) == [
            (
                "A delegation of the Karachi Chamber of Commerce and Industry",
                "Shenzhen",
                (D(2023, 6, 25), D(2023, 6, 25)),
                PLANNED,
            )
        ]


class TestDatedStops:
    def test_a_day_spent_in_a_city_of_a_country_tour_is_a_stop(self) -> None:
        """``is on a tour of China ... on Tuesday she was in Y``: Y is a stop of its own."""
        assert _trips(
            "LAHORE: Chief Minister Mehreen Qazi is on a tour of China.",
            "On Monday she visited Wuhan, and on Tuesday she was in Changsha.",
            date="2023-06-14",
        ) == [
            ("Mehreen Qazi", "China", None, ONGOING),
            ("Mehreen Qazi", "Wuhan", (D(2023, 6, 12), D(2023, 6, 12)), PAST),
            ("Mehreen Qazi", "Changsha", (D(2023, 6, 13), D(2023, 6, 13)), PAST),
        ]


class TestFrontedDescriptors:
    def test_a_group_after_a_fronted_stay_is_the_traveller(self) -> None:
        """``During their stay in Y, the Pakistani journalists visited ...``: they stayed."""
        assert _trips(
            "KASHGAR: During their three-day stay in Kashgar, the Pakistani journalists visited a "
            "cotton mill.",
            date="2023-06-14",
        ) == [("the Pakistani journalists", "Kashgar", None, PAST)]

    def test_a_title_after_a_fronted_stay_with_no_one_named_is_the_traveller(self) -> None:
        """``During his stay in Y, the minister visited ...``: no one else for ``his``."""
        assert _trips(
            "During his stay in Kashgar, the minister visited a cotton mill.", date="2023-06-14"
        ) == [("the minister", "Kashgar", None, PAST)]

    def test_a_named_traveller_told_before_keeps_the_trip(self) -> None:
        """``X arrived in Y. During his stay, the envoy ...``: ``his`` stands for X."""
        assert _trips(
            "Minister Ali Raza arrived in Kashgar on Monday.",
            "During his stay in Kashgar, the envoy visited a cotton mill.",
            date="2023-06-14",
        ) == [("Ali Raza", "Kashgar", (D(2023, 6, 12), D(2023, 6, 12)), ONGOING)]
