import datetime as dt

import attrs

from cpecdata.model import Actor, Article, Granularity, Place, Span, Visit, VisitStatus, When
from cpecdata.timeline import TimelineEntry, VisitReport, visits_timeline

QURESHI = Actor("Farah Qureshi", role="Minister for Planning", country="Pakistan")
LIU = Actor("Liu Wen", role="Ambassador", country="China")
CHINA = Place("China", country="China", id="china")
BEIJING = Place("Beijing", country="China", id="beijing")
SHANGHAI = Place("Shanghai", country="China", id="shanghai")
ISLAMABAD = Place("Islamabad", country="Pakistan", id="islamabad")
D = dt.date


def _when(
    start: dt.date | None, end: dt.date | None = None, granularity: Granularity | None = None
) -> When:
    """A time expression: a day, a range, or unresolved when ``start`` is None."""
    if start is None:
        return When("recently")
    end = end or start
    if granularity is None:
        granularity = Granularity.DAY if start == end else Granularity.DAYS
    return When(f"{start}..{end}", start, end, granularity)


def _article(
    published: dt.date,
    *visits: tuple[Actor, Place, When | None, VisitStatus],
    headline: str = "Minister visits China",
) -> Article:
    """An article whose body is one made-up evidence sentence per visit, spans included."""
    source = f" date {published.isoformat()} {headline}\n"
    built = []
    for index, (visitor, place, when, status) in enumerate(visits):
        evidence = f"{visitor.name} visited {place.name} (report {index})."
        source += "\n"
        span = Span(len(source), len(source) + len(evidence))
        source += evidence + "\n"
        built.append(Visit(visitor, place, evidence, span, status, when=when))
    return Article(
        id=f"{published.isoformat()}-{headline}",
        date=published,
        headline=headline,
        source=source,
        visits=tuple(built),
    )


PAST = VisitStatus.PAST
PLANNED = VisitStatus.PLANNED


class TestMerging:
    def test_one_trip_many_articles(self) -> None:
        """An arrival, a range and a departure reported by three outlets are one trip of days."""
        articles = [
            _article(D(2023, 3, 7), (QURESHI, BEIJING, _when(D(2023, 3, 6)), PAST), headline="a"),
            _article(
                D(2023, 3, 7),
                (QURESHI, BEIJING, _when(D(2023, 3, 6), D(2023, 3, 8)), PAST),
                headline="b",
            ),
            _article(D(2023, 3, 9), (QURESHI, SHANGHAI, _when(D(2023, 3, 8)), PAST), headline="c"),
        ]
        (entry,) = visits_timeline(articles)
        assert (entry.start, entry.end, entry.granularity) == (
            D(2023, 3, 6),
            D(2023, 3, 8),
            Granularity.DAYS,
        )
        assert entry.article_ids == ("2023-03-07-a", "2023-03-07-b", "2023-03-09-c")
        assert not entry.date_from_publication

    def test_adjacent_days_merge(self) -> None:
        """A visit on days 1-2 and one reported on day 3 touch, so they are the same trip."""
        articles = [
            _article(D(2023, 3, 2), (QURESHI, BEIJING, _when(D(2023, 3, 1), D(2023, 3, 2)), PAST)),
            _article(D(2023, 3, 4), (QURESHI, BEIJING, _when(D(2023, 3, 3)), PAST)),
        ]
        (entry,) = visits_timeline(articles)
        assert (entry.start, entry.end, entry.granularity) == (
            D(2023, 3, 1),
            D(2023, 3, 3),
            Granularity.DAYS,
        )

    def test_separate_trips_stay_apart(self) -> None:
        """The same visitor going twice, months apart, gives two entries in date order."""
        articles = [
            _article(D(2023, 9, 2), (QURESHI, BEIJING, _when(D(2023, 9, 1)), PAST)),
            _article(D(2023, 3, 2), (QURESHI, BEIJING, _when(D(2023, 3, 1)), PAST)),
        ]
        assert [e.start for e in visits_timeline(articles)] == [D(2023, 3, 1), D(2023, 9, 1)]

    def test_different_visitors_or_countries_stay_apart(self) -> None:
        """Grouping is by visitor and destination country."""
        day = _when(D(2023, 3, 1))
        articles = [
            _article(D(2023, 3, 2), (QURESHI, BEIJING, day, PAST), (LIU, ISLAMABAD, day, PAST)),
            _article(D(2023, 3, 2), (QURESHI, ISLAMABAD, day, PAST), headline="home"),
        ]
        keys = [(e.visitor.name, e.destination.name) for e in visits_timeline(articles)]
        assert keys == [
            ("Farah Qureshi", "Beijing"),
            ("Farah Qureshi", "Islamabad"),
            ("Liu Wen", "Islamabad"),
        ]

    def test_single_days_reported_apart_make_a_range(self) -> None:
        """An arrival day and a next-day meeting give a two-day range, not a single day."""
        articles = [
            _article(D(2023, 3, 6), (QURESHI, BEIJING, _when(D(2023, 3, 6)), PAST)),
            _article(D(2023, 3, 7), (QURESHI, BEIJING, _when(D(2023, 3, 7)), PAST)),
        ]
        (entry,) = visits_timeline(articles)
        assert (entry.start, entry.end, entry.granularity) == (
            D(2023, 3, 6),
            D(2023, 3, 7),
            Granularity.DAYS,
        )

    def test_visitor_name_normalised(self) -> None:
        """Case and spacing differences in a canonical name do not split a trip."""
        other = attrs.evolve(QURESHI, name="farah  QURESHI")
        articles = [
            _article(D(2023, 3, 2), (QURESHI, BEIJING, _when(D(2023, 3, 1)), PAST)),
            _article(D(2023, 3, 2), (other, BEIJING, _when(D(2023, 3, 1)), PAST), headline="x"),
        ]
        assert len(visits_timeline(articles)) == 1


class TestUndatedReports:
    def test_undated_joins_nearby_trip(self) -> None:
        """A report with no date published during a dated trip supports that trip."""
        articles = [
            _article(D(2023, 3, 2), (QURESHI, BEIJING, _when(D(2023, 3, 1), D(2023, 3, 3)), PAST)),
            _article(D(2023, 3, 5), (QURESHI, CHINA, None, PAST), headline="later"),
        ]
        (entry,) = visits_timeline(articles)
        assert (entry.start, entry.end, len(entry.reports)) == (D(2023, 3, 1), D(2023, 3, 3), 2)
        assert entry.destination == BEIJING

    def test_undated_only_falls_back_to_publication(self) -> None:
        """With no date anywhere, the trip is dated by its first report and flagged."""
        articles = [
            _article(D(2023, 3, 8), (QURESHI, CHINA, _when(None), PAST), headline="b"),
            _article(D(2023, 3, 5), (QURESHI, CHINA, None, PAST), headline="a"),
        ]
        (entry,) = visits_timeline(articles)
        assert (entry.start, entry.end, entry.granularity, entry.date_from_publication) == (
            D(2023, 3, 5),
            D(2023, 3, 5),
            Granularity.UNRESOLVED,
            True,
        )

    def test_undated_far_apart_are_two_trips(self) -> None:
        """Undated reports a month apart are not assumed to be one trip."""
        articles = [
            _article(D(2023, 3, 5), (QURESHI, CHINA, None, PAST)),
            _article(D(2023, 4, 5), (QURESHI, CHINA, None, PAST)),
        ]
        assert [e.start for e in visits_timeline(articles)] == [D(2023, 3, 5), D(2023, 4, 5)]

    def test_window_is_configurable(self) -> None:
        """A wider window merges undated reports published further apart."""
        articles = [
            _article(D(2023, 3, 5), (QURESHI, CHINA, None, PAST)),
            _article(D(2023, 3, 25), (QURESHI, CHINA, None, PAST)),
        ]
        assert len(visits_timeline(articles)) == 2
        assert len(visits_timeline(articles, window=dt.timedelta(days=30))) == 1

    def test_coarse_report_joins_nearest_trip(self) -> None:
        """A ``this month`` report fits both March trips and joins the one nearest its date."""
        march = _when(D(2023, 3, 1), D(2023, 3, 31), Granularity.MONTH)
        articles = [
            _article(D(2023, 3, 2), (QURESHI, BEIJING, _when(D(2023, 3, 1), D(2023, 3, 3)), PAST)),
            _article(D(2023, 3, 21), (QURESHI, BEIJING, _when(D(2023, 3, 20)), PAST)),
            _article(D(2023, 3, 23), (QURESHI, CHINA, march, PAST), headline="coarse"),
        ]
        supported = [len(e.reports) for e in visits_timeline(articles)]
        assert supported == [1, 2]

    def test_planned_then_done(self) -> None:
        """A ``next month`` announcement and the dated visit merge; the latest status wins."""
        april = _when(D(2023, 4, 1), D(2023, 4, 30), Granularity.MONTH)
        articles = [
            _article(D(2023, 3, 20), (QURESHI, CHINA, april, PLANNED)),
            _article(D(2023, 4, 11), (QURESHI, BEIJING, _when(D(2023, 4, 10)), PAST)),
        ]
        (entry,) = visits_timeline(articles)
        assert (entry.start, entry.status, entry.granularity) == (
            D(2023, 4, 10),
            PAST,
            Granularity.DAY,
        )

    def test_coarse_reports_without_overlap_stay_apart(self) -> None:
        """Two coarse reports a few days apart but naming different months are two trips."""
        april = _when(D(2023, 4, 1), D(2023, 4, 30), Granularity.MONTH)
        june = _when(D(2023, 6, 1), D(2023, 6, 30), Granularity.MONTH)
        articles = [
            _article(D(2023, 3, 20), (QURESHI, CHINA, april, PLANNED)),
            _article(D(2023, 3, 22), (QURESHI, CHINA, june, PLANNED)),
        ]
        assert [e.start for e in visits_timeline(articles)] == [D(2023, 4, 1), D(2023, 6, 1)]


class TestEntry:
    def test_reports_link_back_to_evidence(self) -> None:
        """Each report carries the article, date, headline, evidence and a span that holds it."""
        article = _article(D(2023, 3, 2), (QURESHI, BEIJING, _when(D(2023, 3, 1)), PAST))
        (entry,) = visits_timeline([article])
        visit = article.visits[0]
        assert entry == TimelineEntry(
            visitor=QURESHI,
            destination=BEIJING,
            start=D(2023, 3, 1),
            end=D(2023, 3, 1),
            granularity=Granularity.DAY,
            date_from_publication=False,
            status=PAST,
            reports=(
                VisitReport(
                    article.id, D(2023, 3, 2), article.headline, visit.evidence, visit.span, visit
                ),
            ),
        )
        assert visit.span.of(article.source) == visit.evidence

    def test_most_detailed_visitor_kept(self) -> None:
        """The entry names the visitor as the most complete report does."""
        bare = Actor("Farah Qureshi")
        articles = [
            _article(D(2023, 3, 2), (bare, BEIJING, _when(D(2023, 3, 1)), PAST)),
            _article(D(2023, 3, 2), (QURESHI, CHINA, _when(D(2023, 3, 1)), PAST), headline="z"),
        ]
        (entry,) = visits_timeline(articles)
        assert (entry.visitor, entry.destination) == (QURESHI, BEIJING)

    def test_empty(self) -> None:
        """No articles, no visits, no entries."""
        assert visits_timeline([]) == []
