"""Tests for cpecdata.extract.visits on returns: going back is a trip only if the going was told."""

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
            "Minister Junaid Lashari Khan is in Beijing and will return to Gwadar next week.",
        ) == [
            ("Chinese engineers", "Gwadar", ("last week", D(2023, 6, 5), D(2023, 6, 11)), PAST),
            ("Junaid Lashari Khan", "Beijing", None, ONGOING),
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
            "ISLAMABAD: Senator Ali Zafar Mirza came back from Beijing on Monday."
        ) == [("Ali Zafar Mirza", "Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]

    def test_flew_back_from_tells_the_trip(self) -> None:
        """``flew back from Y``: a return by air from Y."""
        assert _summaries(
            "ISLAMABAD: Senator Ali Zafar Mirza flew back from Beijing on Monday."
        ) == [("Ali Zafar Mirza", "Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]

    def test_is_back_from_tells_a_trip_over(self) -> None:
        """``who is back from Y``: the trip to Y is over."""
        assert _summaries(
            "ISLAMABAD: Senator Ali Zafar Mirza, who is back from Beijing, said talks went well."
        ) == [("Ali Zafar Mirza", "Beijing", None, PAST)]

    def test_returned_home_by_name_from(self) -> None:
        """``returned to Islamabad from Y``: the home named before ``from`` is no destination."""
        assert _summaries(
            "ISLAMABAD: Senator Ali Zafar Mirza returned to Islamabad from Beijing on Monday."
        ) == [("Ali Zafar Mirza", "Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]
