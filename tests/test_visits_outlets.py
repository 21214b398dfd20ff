"""Tests for cpecdata.extract.visits on trips as outlets word them, on made-up sentences."""

import datetime as dt

from cpecdata.extract._text import sentences
from cpecdata.extract.visits import extract_visits
from cpecdata.model import Article, VisitStatus
from cpecdata.rawformat import parse_text

D = dt.date
PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED


def _summaries(*paragraphs: str, date: str = "2023-06-14") -> list[tuple[object, ...]]:
    """Visitor, destination, time (text, start, end) and status of each visit found."""
    raw = f" date {date} A made-up headline\n\n" + "\n\n".join(paragraphs) + "\n"
    (article,) = parse_text(raw, "test.txt")
    assert isinstance(article, Article)
    out: list[tuple[object, ...]] = []
    for visit in extract_visits(article, sentences(article)):
        when = visit.when
        told = (when.text, when.start, when.end) if when else None
        out.append((visit.visitor.name, visit.destination.name, told, visit.status))
    return out


MONDAY = ("on Monday", D(2023, 6, 12), D(2023, 6, 12))
TUESDAY = ("on Tuesday", D(2023, 6, 13), D(2023, 6, 13))


class TestBodiesNamedAfterTheirCity:
    def test_visited_a_city_chamber(self) -> None:
        """``visited the Lahore Chamber of Commerce``: the chamber sits in Lahore."""
        assert _summaries(
            "LAHORE: A Chinese delegation led by Chen Hao visited the Lahore Chamber of Commerce"
            " and Industry on Tuesday."
        ) == [("Chen Hao", "Lahore", TUESDAY, PAST)]

    def test_a_visit_to_a_city_press_club(self) -> None:
        """``paid a visit to the Karachi Press Club``: the trip noun leads to the club's city."""
        assert _summaries(
            "A Chinese delegation led by Chen Hao paid a visit to the Karachi Press Club on Monday."
        ) == [("Chen Hao", "Karachi", MONDAY, PAST)]

    def test_a_province_opening_a_body_is_no_destination(self) -> None:
        """``the Punjab Assembly`` sits in Lahore: the province is not where the trip went."""
        assert _summaries("Governor Arif Nawaz Baloch visited the Punjab Assembly on Monday.") == []

    def test_a_city_opening_the_visitor_title_is_no_destination(self) -> None:
        """``Karachi Mayor X visited Y``: the city in the title is where the visitor is from."""
        assert _summaries("Karachi Mayor Mujtaba Wajid Khan visited Beijing on Monday.") == [
            ("Mujtaba Wajid Khan", "Beijing", MONDAY, PAST)
        ]


class TestReturns:
    def test_return_to_a_place_only_someone_else_visited_is_going_home(self) -> None:
        """Another traveller's trip to Lahore tells nothing of the governor's going there."""
        assert _summaries(
            "LAHORE: Chinese Vice Minister Li Feihong visited Lahore on Monday and met traders.",
            "Punjab Governor Arif Nawaz Baloch, who is in Shanghai, will come back to Lahore on"
            " Friday to meet him.",
        ) == [
            ("Li Feihong", "Lahore", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST),
            ("Arif Nawaz Baloch", "Shanghai", None, ONGOING),
        ]

    def test_return_to_a_place_the_same_traveller_visited_is_a_trip(self) -> None:
        """Going back where the text told the traveller went before is a new trip there."""
        assert _summaries(
            "Ambassador Zhou Lin visited Gwadar in May. He will come back to Gwadar next month"
            " for the opening of the airport.",
        ) == [
            ("Zhou Lin", "Gwadar", ("in May", D(2023, 5, 1), D(2023, 5, 31)), PAST),
            ("Zhou Lin", "Gwadar", ("next month", D(2023, 7, 1), D(2023, 7, 31)), PLANNED),
        ]

    def test_the_day_of_a_return_home_does_not_date_the_stay(self) -> None:
        """``is in Beijing and will return to Gwadar next week``: next week is the return's."""
        assert _summaries(
            "GWADAR: Chinese engineers visited Gwadar last week.",
            "Minister Junaid Laghari Khan is in Beijing and will return to Gwadar next week.",
        ) == [
            ("Chinese engineers", "Gwadar", ("last week", D(2023, 6, 5), D(2023, 6, 11)), PAST),
            ("Junaid Laghari Khan", "Beijing", None, ONGOING),
        ]

    def test_return_to_the_provincial_capital_from_abroad_is_no_trip(self) -> None:
        """A descriptor for home (``the provincial capital``) after a trip abroad is going home."""
        assert _summaries(
            "LAHORE: Chinese Vice Minister Li Feihong arrived in Lahore on Monday.",
            "Governor Arif Nawaz Baloch is in Shanghai. He will return to the provincial capital"
            " on Friday.",
        ) == [
            ("Li Feihong", "Lahore", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), ONGOING),
            ("Arif Nawaz Baloch", "Shanghai", None, ONGOING),
        ]


class TestBackFrom:
    def test_came_back_from_tells_the_trip(self) -> None:
        """``came back from Y`` tells a trip to Y as ``returned from Y`` does."""
        assert _summaries(
            "ISLAMABAD: Senator Anis Zafar Mirza came back from Beijing on Monday."
        ) == [("Anis Zafar Mirza", "Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]

    def test_flew_back_from_tells_the_trip(self) -> None:
        """``flew back from Y``: a return by air from Y."""
        assert _summaries(
            "ISLAMABAD: Senator Anis Zafar Mirza flew back from Beijing on Monday."
        ) == [("Anis Zafar Mirza", "Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]

    def test_is_back_from_tells_a_trip_over(self) -> None:
        """``who is back from Y``: the trip to Y is over."""
        assert _summaries(
            "ISLAMABAD: Senator Anis Zafar Mirza, who is back from Beijing, said talks went well."
        ) == [("Anis Zafar Mirza", "Beijing", None, PAST)]

    def test_returned_home_by_name_from(self) -> None:
        """``returned to Islamabad from Y``: the home named before ``from`` is no destination."""
        assert _summaries(
            "ISLAMABAD: Senator Anis Zafar Mirza returned to Islamabad from Beijing on Monday."
        ) == [("Anis Zafar Mirza", "Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]


class TestArrivals:
    def test_has_reached_is_an_arrival_under_way(self) -> None:
        """``has reached Y`` (Radio Pakistan, APP) tells the visitor is there now."""
        assert _summaries(
            "President Arif Nawaz Baloch has reached Beijing on a four-day state visit to China."
        ) == [("Arif Nawaz Baloch", "Beijing", None, ONGOING)]

    def test_a_bare_reached_with_a_day_may_be_over(self) -> None:
        """``who reached Y on Sunday ... said``: the arrival's day is told, the stay is not."""
        assert _summaries(
            "The chief minister, Sheraz Afzal Khan, who reached Sost on Sunday to review the relief"
            " work, said more help was coming."
        ) == [("Sheraz Afzal Khan", "Sost", ("on Sunday", D(2023, 6, 11), D(2023, 6, 11)), PAST)]


class TestDepartures:
    def test_left_an_origin_for_a_destination(self) -> None:
        """``left Lahore for Beijing``: the place after ``for`` is where the trip goes."""
        assert _summaries("Governor Arif Nawaz Baloch left Lahore for Beijing on Monday.") == [
            ("Arif Nawaz Baloch", "Beijing", MONDAY, ONGOING)
        ]

    def test_leaves_the_capital_for_a_destination(self) -> None:
        """``left the Chinese capital for Shanghai``: a descriptor origin, a named destination."""
        assert _summaries(
            "Prime Minister Sohail Azhar Baig left the Chinese capital for Shanghai on Friday."
        ) == [("Sohail Azhar Baig", "Shanghai", ("on Friday", D(2023, 6, 9), D(2023, 6, 9)), PAST)]

    def test_leaving_room_for_a_country_is_no_departure(self) -> None:
        """``leaving room for China to invest`` leaves nothing: no trip."""
        assert (
            _summaries("The minister said the cabinet was leaving room for China to invest.") == []
        )


class TestRelativeDates:
    def test_a_day_of_this_month_dates_the_trip(self) -> None:
        """``will visit Gwadar on the 20th of this month``: that day, not the whole month."""
        assert _summaries(
            "Planning Minister Adeel Qureshi will visit Gwadar on the 20th of this month."
        ) == [
            (
                "Adeel Qureshi",
                "Gwadar",
                ("on the 20th of this month", D(2023, 6, 20), D(2023, 6, 20)),
                PLANNED,
            )
        ]


class TestHere:
    def test_is_here_on_a_visit_is_a_stay_at_the_dateline(self) -> None:
        """``X is here on an official visit`` (APP): X stays in the dateline's city."""
        assert _summaries(
            "ISLAMABAD: Chinese Vice Minister Li Feihong is here on an official visit."
        ) == [("Li Feihong", "Islamabad", None, ONGOING)]

    def test_is_here_to_stay_is_no_trip(self) -> None:
        """``China is here to stay`` tells no trip: only ``here on a visit (trip, tour)`` does."""
        assert _summaries("ISLAMABAD: The minister said China is here to stay.") == []


class TestSitesNamedForACountry:
    def test_a_country_pavilion_is_visited_where_it_stands(self) -> None:
        """``visited the Pakistan pavilion in Shanghai``: the country names the site."""
        assert _summaries(
            "Minister Jawad Kamal Rind visited the Pakistan pavilion in Shanghai on Monday."
        ) == [("Jawad Kamal Rind", "Shanghai", MONDAY, PAST)]

    def test_a_country_named_site_in_a_city_of_the_other_country(self) -> None:
        """``visited the China Pavilion in Karachi``: the trip goes to Karachi."""
        assert _summaries(
            "Chinese Vice Minister Li Feihong visited the China Pavilion in Karachi on Monday."
        ) == [("Li Feihong", "Karachi", MONDAY, PAST)]


class TestTripsPutOff:
    def test_put_on_hold_is_postponed(self) -> None:
        """``has been put on hold`` puts the trip off with no new date."""
        assert _summaries(
            "Prime Minister Sohail Azhar Baig's trip to Beijing has been put on hold."
        ) == [("Sohail Azhar Baig", "Beijing", None, VisitStatus.POSTPONED)]

    def test_shelved_is_cancelled(self) -> None:
        """``has shelved his planned trip`` calls the trip off."""
        assert _summaries(
            "Prime Minister Sohail Azhar Baig has shelved his planned trip to China."
        ) == [("Sohail Azhar Baig", "China", None, VisitStatus.CANCELLED)]


class TestItineraries:
    def test_and_then_joins_the_legs_of_a_list(self) -> None:
        """``will first visit Karachi and then Lahore``: two destinations, as with ``and``."""
        assert _summaries(
            "The delegation, led by Chen Hao, will first visit Karachi and then Lahore."
        ) == [
            ("Chen Hao", "Karachi", None, PLANNED),
            ("Chen Hao", "Lahore", None, PLANNED),
        ]


class TestDatelineDescriptors:
    def test_the_port_city_is_a_port_dateline(self) -> None:
        """``GWADAR: ... were in the port city``: with no port named before, the dateline's."""
        assert _summaries(
            "GWADAR: Senior Chinese officials were in the port city on Monday to see the airport."
        ) == [("Senior Chinese officials", "Gwadar", MONDAY, PAST)]

    def test_the_port_city_is_no_inland_dateline(self) -> None:
        """``LAHORE: ... in the port city`` cannot be Lahore: no destination is read."""
        assert _summaries("LAHORE: Senior Chinese officials were in the port city on Monday.") == []

    def test_each_leg_of_a_dated_itinerary_keeps_its_day(self) -> None:
        """``Beijing on June 20, Shanghai on June 22 and ...``: each leg its own day."""
        assert _summaries(
            "The minister will visit Beijing on June 20, Shanghai on June 22 and Guangzhou on"
            " June 24."
        ) == [
            ("The minister", "Beijing", ("on June 20", D(2023, 6, 20), D(2023, 6, 20)), PLANNED),
            ("The minister", "Shanghai", ("on June 22", D(2023, 6, 22), D(2023, 6, 22)), PLANNED),
            ("The minister", "Guangzhou", ("on June 24", D(2023, 6, 24), D(2023, 6, 24)), PLANNED),
        ]

    def test_legs_told_out_of_order_are_left_out(self) -> None:
        """``Karachi on Monday and then Lahore on Wednesday``: Wednesday reads before Monday."""
        assert _summaries(
            "The delegation, led by Chen Hao, will visit Karachi on Monday and then Lahore on"
            " Wednesday."
        ) == [("Chen Hao", "Karachi", ("on Monday", D(2023, 6, 19), D(2023, 6, 19)), PLANNED)]
