"""One entry per trip: visits reported by many articles merged into a de-duplicated timeline.

News covers one state visit in a dozen articles (the announcement, the arrival, each meeting, the
joint statement). Counting each report as a visit, as event datasets such as GDELT do, inflates
the visit count many times over. :func:`visits_timeline` groups the reports of one visitor to one
destination country and merges those that describe the same trip:

1. Reports whose time expression resolves to days or weeks (``on Monday``, ``from July 8 to
   10``) are merged when their intervals overlap or touch.
2. Reports with a coarse interval (``next month``, ``this year``) or none at all (``recently``, no
   time given) join the dated trip that fits their interval (for undated reports: the publication
   date give or take ``window``) nearest to their publication date.
3. The rest are merged among themselves when published within ``window`` of each other (and,
   when both have coarse intervals, those intervals overlap); a trip known only from undated
   reports takes its earliest publication date and is flagged with
   :attr:`TimelineEntry.date_from_publication`.

Every step is a sort and a sweep or a binary search, so the timeline of n reports takes
O(n log n) time.
"""

import bisect
import datetime as dt
from collections.abc import Iterable

import attrs

from cpecdata.model import Actor, Article, Granularity, Place, Span, Visit, VisitStatus

__all__ = ["DEFAULT_WINDOW", "TimelineEntry", "VisitReport", "visits_timeline"]

DEFAULT_WINDOW = dt.timedelta(days=7)
"""How far apart publication dates of undated reports of one trip may lie."""

_PRECISE = frozenset({Granularity.DAY, Granularity.DAYS, Granularity.WEEK,
                      Granularity.PART_OF_MONTH})  # fmt: skip
_PRECISION_ORDER = tuple(Granularity)  # finest first, as the enum is declared
_ONE_DAY = dt.timedelta(days=1)


@attrs.frozen
class VisitReport:
    """One article's report of a visit: the link from a timeline entry back to its evidence.

    Attributes:
        article_id: :attr:`Article.id` of the reporting article.
        published: Its publication date.
        headline: Its headline.
        evidence: The sentence that reports the visit.
        span: Where ``evidence`` lies in the article's source.
        visit: The visit as extracted from that article.

    """

    article_id: str
    published: dt.date
    headline: str
    evidence: str
    span: Span
    visit: Visit


@attrs.frozen
class TimelineEntry:
    """One trip, however many articles reported it.

    Attributes:
        visitor: Who travelled (the most fully described of the reports' visitors).
        destination: Where to (the most specific place any report names, a city over a country).
        start: First day of the trip (or of the coarse interval, or the publication date).
        end: Last day, inclusive.
        granularity: Precision of ``start``/``end``: the finest among the reports.
        date_from_publication: True when no report dates the trip, so ``start`` and ``end`` are
            the earliest publication date rather than the dates of the trip.
        status: Status given by the latest report (later articles know whether it happened).
        reports: Every supporting report, by publication date.

    """

    visitor: Actor
    destination: Place
    start: dt.date
    end: dt.date
    granularity: Granularity
    date_from_publication: bool
    status: VisitStatus
    reports: tuple[VisitReport, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The distinct supporting articles, in report order."""
        return tuple(dict.fromkeys(r.article_id for r in self.reports))


def visits_timeline(
    articles: Iterable[Article], *, window: dt.timedelta = DEFAULT_WINDOW
) -> list[TimelineEntry]:
    """The trips reported in ``articles``, each once, sorted by start date."""
    groups: dict[tuple[str, str], list[VisitReport]] = {}
    for article in articles:
        for visit in article.visits:
            report = VisitReport(article.id, article.date, article.headline, visit.evidence,
                                 visit.span, visit)  # fmt: skip
            groups.setdefault(_group_key(visit), []).append(report)
    entries = [
        _entry(cluster) for reports in groups.values() for cluster in _trips(reports, window)
    ]
    entries.sort(key=lambda e: (e.start, e.end, e.visitor.name, e.destination.name))
    return entries


def _group_key(visit: Visit) -> tuple[str, str]:
    """Visitor and destination country, normalised: reports of one trip share this key."""
    destination = visit.destination.country or visit.destination.name
    return _normalise(visit.visitor.name), _normalise(destination)


def _normalise(name: str) -> str:
    return " ".join(name.casefold().split())


def _interval(report: VisitReport) -> tuple[dt.date, dt.date] | None:
    when = report.visit.when
    if when is None or when.start is None or when.end is None:
        return None
    return when.start, when.end


def _is_precise(report: VisitReport) -> bool:
    when = report.visit.when
    return when is not None and when.start is not None and when.granularity in _PRECISE


@attrs.define
class _Trip:
    """A cluster under construction: its reports and the interval the precise ones span."""

    reports: list[VisitReport]
    start: dt.date
    end: dt.date


def _trips(reports: list[VisitReport], window: dt.timedelta) -> list[list[VisitReport]]:
    """Split one visitor's reports about one destination into trips."""
    precise = sorted((r for r in reports if _is_precise(r)), key=_precise_order)
    trips: list[_Trip] = []
    for report in precise:
        start, end = _precise_order(report)
        if trips and start <= trips[-1].end + _ONE_DAY:
            trips[-1].reports.append(report)
            trips[-1].end = max(trips[-1].end, end)
        else:
            trips.append(_Trip([report], start, end))
    bounds = ([t.start for t in trips], [t.end for t in trips])  # the sweep leaves them sorted
    leftovers: list[VisitReport] = []
    for report in reports:
        if _is_precise(report):
            continue
        trip = _nearest_fitting(trips, bounds, report, window)
        if trip is None:
            leftovers.append(report)
        else:
            trip.reports.append(report)
    return [t.reports for t in trips] + _undated_trips(leftovers, window)


def _precise_order(report: VisitReport) -> tuple[dt.date, dt.date]:
    """A precise report's interval (the publication date is never used: precise means dated)."""
    return _interval(report) or (report.published, report.published)


def _nearest_fitting(
    trips: list[_Trip],
    bounds: tuple[list[dt.date], list[dt.date]],
    report: VisitReport,
    window: dt.timedelta,
) -> _Trip | None:
    """The dated trip overlapping the report's interval that lies nearest its publication date.

    ``trips`` are disjoint and sorted, and ``bounds`` holds their starts and ends; the
    overlapping ones form a run ``first..last``, and the nearest is at either side of the
    publication date, so two binary searches and two candidates suffice.
    """
    starts, ends = bounds
    low, high = _interval(report) or (report.published - window, report.published + window)
    first = bisect.bisect_left(ends, low)
    last = bisect.bisect_right(starts, high) - 1
    if first > last:
        return None
    at_pub = bisect.bisect_left(ends, report.published)
    candidates = [trips[min(max(i, first), last)] for i in (at_pub - 1, at_pub)]
    return min(candidates, key=lambda t: _distance(t, report.published))


def _distance(trip: _Trip, day: dt.date) -> int:
    if day < trip.start:
        return (trip.start - day).days
    return max(0, (day - trip.end).days)


def _undated_trips(reports: list[VisitReport], window: dt.timedelta) -> list[list[VisitReport]]:
    """Merge reports without a precise date by publication date (and coarse interval overlap)."""
    trips: list[list[VisitReport]] = []
    last_published = dt.date.min
    coarse: tuple[dt.date, dt.date] | None = None
    for report in sorted(reports, key=lambda r: (r.published, r.article_id, r.span.start)):
        interval = _interval(report)
        close = bool(trips) and report.published - last_published <= window
        overlaps = coarse is None or interval is None or (
            interval[0] <= coarse[1] and coarse[0] <= interval[1]
        )  # fmt: skip
        if close and overlaps:
            trips[-1].append(report)
            if coarse is None:
                coarse = interval
        else:
            trips.append([report])
            coarse = interval
        last_published = report.published
    return trips


def _entry(reports: list[VisitReport]) -> TimelineEntry:
    """Summarise one trip's reports into a timeline entry."""
    reports = sorted(reports, key=lambda r: (r.published, r.article_id, r.span.start))
    dated = [r for r in reports if _interval(r) is not None]
    if dated:
        # The trip spans the union of its most precise reports' intervals, and that union is
        # only as precise as the coarsest of them (a day plus a range of days is a range).
        finest = min(_granularity_rank(r) for r in dated)
        best = [r for r in dated if _is_precise(r)] or [
            r for r in dated if _granularity_rank(r) == finest
        ]
        intervals = [i for i in map(_interval, best) if i is not None]
        start = min(i[0] for i in intervals)
        end = max(i[1] for i in intervals)
        granularity = _PRECISION_ORDER[max(map(_granularity_rank, best))]
        if granularity is Granularity.DAY and start != end:
            granularity = Granularity.DAYS  # single days reported apart make a range
    else:
        start = end = reports[0].published
        granularity = Granularity.UNRESOLVED
    return TimelineEntry(
        visitor=max((r.visit.visitor for r in reports), key=_actor_detail),
        destination=max((r.visit.destination for r in reports), key=_place_detail),
        start=start,
        end=end,
        granularity=granularity,
        date_from_publication=not dated,
        status=reports[-1].visit.status,
        reports=tuple(reports),
    )


def _granularity_rank(report: VisitReport) -> int:
    when = report.visit.when
    return _PRECISION_ORDER.index(when.granularity if when else Granularity.UNRESOLVED)


def _actor_detail(actor: Actor) -> int:
    """How fully an actor is described; ``max`` keeps the first of equals."""
    return actor.named + sum(x is not None for x in (actor.role, actor.organization, actor.country))


def _place_detail(place: Place) -> int:
    """How specific a place is: a city beats its country, a gazetteer match beats free text."""
    return (place.country is not None and place.name != place.country) * 2 + (place.id is not None)
