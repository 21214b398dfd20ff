"""Time expressions: find them in text and resolve them against an article's publication date.

News text dates events relative to the day it was written (``on Monday``, ``early this month``,
``in November last year``), so every expression is resolved against a *reference* date, and
expressions without a year (``on November 2``, ``in March``) are placed by the *tense* of their
clause: a past event takes the latest occurrence that began by the reference date, a planned one
the earliest that has not ended before it. When the text does not determine a date the result
keeps its text with ``None`` dates rather than borrowing a part from anywhere else.

Parts of a month are days 1-10, 11-20 and 21 to the end (``early/mid/late November``,
``end-June``); parts of a year are its thirds (``early 2023`` is January to April), halves and
quarters (``H1 2025``, ``Q3``), and ``earlier this year`` runs from 1 January to the reference
date. A fiscal year is Pakistan's, 1 July to 30 June, named by the year it ends (``FY25`` is
``FY2024-25``); its quarters and halves count from July. ``N weeks ago`` is the week that far
back (the day, month or year for those units), ``the past week`` the seven days up to the
reference date, ``since 2015`` runs from 2015 to the reference date, and numeric dates are
read day first (``21/11/2022``) unless the year leads. A range across months may write each
side either way (``March 30 to 2 April``) and give its weekdays (``Sunday, March 29, to
Thursday, April 2``). A time counted from another event
(``the previous day``, ``two days later``) is kept with no dates; holidays whose date depends
on the moon (``on Eid``) are not read at all.

Finding is linear in the length of the text: one regex pass finds *trigger* words (month and
weekday names, digits, ``week``, ``recent`` ...), and a scanner whose branches all have bounded
length is tried only at the few word starts just before each trigger.
"""

import calendar
import datetime as dt
import enum
import functools
import re
from collections.abc import Callable, Iterator

from dateutil.relativedelta import relativedelta

from cpecdata.model import Granularity, When

__all__ = ["Tense", "find_times", "guess_tense", "resolve"]


class Tense(enum.Enum):
    """The tense of the clause an expression sits in, which places year-less dates."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


_Interval = tuple[dt.date, dt.date, Granularity]
_Handler = Callable[["re.Match[str]", dt.date, Tense | None], _Interval | None]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {
    word: i
    for i, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen".split()
    )
}
_ORDINALS = {
    word: i
    for i, words in enumerate(
        ["", "first 1st", "second 2nd", "third 3rd", "fourth 4th", "last final"]
    )
    for word in words.split()
}

# Building blocks. Whitespace runs are bounded ({1,4}) so no branch can scan far: linear time.
_S = r"\s{1,4}"
_OS = r"\s{0,4}"
_MONTH = (
    "(?:(?:" + "|".join(calendar.month_name[1:]) + ")(?![a-z])"
    "|(?:"
    + "|".join(sorted(set(_MONTHS) - set(calendar.month_name), key=len, reverse=True))
    + r")(?![a-z])\.?)"
)
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + r")\b"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
_YEAR = r"(?:1[89]|2[0-9])[0-9]{2}(?![0-9])"
_DASH = rf"(?:{_OS}[-–—]{_OS}|{_S}(?i:to|till|until|through|and){_S})"
_REL = r"(?i:this|last|next|past|coming)"
_OPT_WEEKDAY = rf"(?:{_WEEKDAY},?{_S}(?:\(\s?)?)?"
_OPT_YEAR = rf"(?:,?{_S}(?P<year>{_YEAR}))?"
_SHUT = rf"(?:\s?\)|,(?={_S}(?i:to|till|until|through){_S}))?"
"""What may close a range's first day before its dash: ``(March 29) to``, ``March 29, to``."""


def _i(words: str) -> str:
    """A case-insensitive alternation of space-separated ``words`` (phrases use ``_``)."""
    return "(?i:" + "|".join(w.replace("_", _S) for w in words.split()) + ")"


# --- resolution helpers -----------------------------------------------------------------------


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _part_of_month(year: int, month: int, part: str) -> tuple[dt.date, dt.date]:
    """Days 1-10 (early), 11-20 (mid) or 21-end (late) of a month."""
    first, last = _month_span(year, month)
    part = part.lower()
    if "early" in part or "beginning" in part or "start" in part:
        return first, first.replace(day=10)
    if "mid" in part:
        return first.replace(day=11), first.replace(day=20)
    return first.replace(day=21), last


def _place_in_year(
    build: Callable[[int], tuple[dt.date, dt.date]], ref: dt.date, tense: Tense | None
) -> tuple[dt.date, dt.date] | None:
    """Choose the year for a year-less interval by tense; None when no year gives a valid date.

    Past: the latest occurrence that began on or before ``ref``. Future: the earliest that has not
    ended before ``ref``. Otherwise: the occurrence nearest to ``ref``.
    """
    candidates: list[tuple[dt.date, dt.date]] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(build(year))
        except ValueError:  # 29 February in a common year, 31 April ...
            continue
    if tense is Tense.PAST:
        started = [c for c in candidates if c[0] <= ref]
        return started[-1] if started else None
    if tense is Tense.FUTURE:
        pending = [c for c in candidates if c[1] >= ref]
        return pending[0] if pending else None

    def distance(c: tuple[dt.date, dt.date]) -> int:
        return 0 if c[0] <= ref <= c[1] else min(abs((c[0] - ref).days), abs((c[1] - ref).days))

    return min(candidates, key=distance) if candidates else None


def _dated(
    build: Callable[[int], tuple[dt.date, dt.date]],
    year: str | None,
    ref: dt.date,
    tense: Tense | None,
    granularity: Granularity,
) -> _Interval | None:
    """An interval in the stated ``year``, else placed by tense; None for impossible dates."""
    try:
        span = build(int(year)) if year else _place_in_year(build, ref, tense)
    except ValueError:
        return None
    if span is None or span[1] < span[0]:
        return None
    return span[0], span[1], granularity


def _weekday(name: str, ref: dt.date, tense: Tense | None, relation: str = "") -> dt.date:
    """The named weekday nearest ``ref`` in the direction the tense or ``last``/``next`` gives."""
    target = _WEEKDAYS[name.capitalize()]
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    relation = relation.lower()
    if relation == "last" or relation == "past":
        return ref - dt.timedelta(days=back or 7)
    if relation in ("next", "coming"):
        return ref + dt.timedelta(days=ahead or 7)
    if relation == "this" or tense is Tense.FUTURE:
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def _months_away(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months (``this month`` needs no arithmetic, which is slow)."""
    return day + relativedelta(months=months) if months else day


def _shift(relation: str) -> int:
    """-1, 0 or +1 for ``last``/``past``, ``this``/``current`` and ``next``/``coming``."""
    relation = relation.lower()
    return -1 if relation in ("last", "past") else 1 if relation in ("next", "coming") else 0


def _num(word: str) -> int:
    """A small number written in digits or words (``a`` week is one)."""
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


def _day(token: str) -> int:
    """The day number of ``2nd``, ``02`` or ``21``."""
    return int(token.rstrip("stndrh"))


# --- rules --------------------------------------------------------------------------------------
# Each rule is a pattern with named groups and a handler turning its match into an interval.
# Order matters: at one position the first rule that matches wins, so longer forms come first.


def _h_iso(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    try:
        day = dt.date.fromisoformat(m["iso"])
    except ValueError:
        return None
    return day, day, Granularity.DAY


def _h_numeric(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``21/11/2022``, ``21.11.2022``, ``2022/11/21``: a day, read day first as Pakistan writes.

    A date that cannot be day first (``11/21/2022``) can only be month first, so it is read so;
    one that is neither is no date.
    """
    a, b, c = (int(n) for n in _DIGITS.findall(m["numeric"]))
    readings = [(a, b, c)] if a > 31 else [(c, b, a), (c, a, b)]  # year first: 2022/11/21
    for year, month, day in readings:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        return date, date, Granularity.DAY
    return None


def _h_cross_md(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """A range across months, each side month-day or day-month: ``March 30 to 2 April``."""

    def build(y: int) -> tuple[dt.date, dt.date]:
        m1, m2 = _MONTHS[m["m1"].rstrip(".")], _MONTHS[(m["m2"] or m["m2b"]).rstrip(".")]
        start = dt.date(y - (m1 > m2), m1, _day(m["d1"]))
        return start, dt.date(y, m2, _day(m["d2"] or m["d2b"]))

    return _dated(build, m["year"], ref, tense, Granularity.DAYS)


def _h_range(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    month = _MONTHS[m["month"].rstrip(".")]

    def build(y: int) -> tuple[dt.date, dt.date]:
        return dt.date(y, month, _day(m["d1"])), dt.date(y, month, _day(m["d2"]))

    return _dated(build, m["year"], ref, tense, Granularity.DAYS)


def _h_date(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    month = _MONTHS[m["month"].rstrip(".")]

    def build(y: int) -> tuple[dt.date, dt.date]:
        day = dt.date(y, month, _day(m["d"]))
        return day, day

    return _dated(build, m["year"], ref, tense, Granularity.DAY)


def _nth_week(year: int, month: int, nth: int) -> tuple[dt.date, dt.date]:
    """Days 1-7, 8-14, 15-21 or 22-28 of a month, or its last seven days for ``nth`` 5."""
    first, last = _month_span(year, month)
    if nth == 5:
        return last - dt.timedelta(days=6), last
    start = first + dt.timedelta(days=7 * (nth - 1))
    return start, start + dt.timedelta(days=6)


def _h_first_week(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    nth = _ORDINALS[m["nth"].lower()]
    if m["month"]:
        month = _MONTHS[m["month"].rstrip(".")]
        return _dated(lambda y: _nth_week(y, month, nth), m["year"], ref, tense, Granularity.WEEK)
    anchor = _months_away(ref, _shift(m["rel"] or "this"))  # "the last week of the month"
    start, end = _nth_week(anchor.year, anchor.month, nth)
    return start, end, Granularity.WEEK


def _h_part_rel_month(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    anchor = _months_away(ref, _shift(m["rel"] or "this"))  # "the end of the month": this one
    start, end = _part_of_month(anchor.year, anchor.month, m["part"])
    return start, end, Granularity.PART_OF_MONTH


def _h_part_month(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    month = _MONTHS[m["month"].rstrip(".")]
    return _dated(
        lambda y: _part_of_month(y, month, m["part"]),
        m["year"],
        ref,
        tense,
        Granularity.PART_OF_MONTH,
    )


def _third(year: int, part: str) -> tuple[dt.date, dt.date]:
    """January-April (early), May-August (mid) or September-December (late, end) of ``year``."""
    part = part.lower()
    if "early" in part or "beginning" in part or "start" in part:
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if "mid" in part:
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


def _h_part_year(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``early 2023``, ``late last year``; ``mid-year``, ``year-end`` are this year's.

    Like ``the end of the month``, a year part without a year is the article's own year,
    whatever the tense: ``said it would be done by year-end`` is reported in the past.
    """
    year = int(m["year"]) if m["year"] else ref.year + _shift(m["rel"] or "this")
    return *_third(year, m["part"] or "end"), Granularity.PART_OF_YEAR


_FISCAL_SHIFT = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "upcoming": 1}
"""Fiscal years before and after the running one (``current``, ``outgoing`` ... are it)."""
_DIGITS = re.compile(r"[0-9]+")


def _century(digits: str, after: int) -> int:
    """A year from four digits, or from two as the first year past ``after`` ending in them."""
    if len(digits) == 4:
        return int(digits)
    year = after - after % 100 + int(digits)
    return year if year > after else year + 100


def _fiscal_start(m: "re.Match[str]", ref: dt.date) -> int | None:
    """The calendar year in which the fiscal year of ``m`` (groups ``fy``, ``fyrel``) begins.

    ``FY2024-25`` and ``fiscal year 2024/25`` name both years, which must follow each other;
    ``FY25`` and ``fiscal 2025`` name the year it ends in, as Pakistan's budget does; ``the
    current/next fiscal year`` count from the one running on the article date.
    """
    numbers = _DIGITS.findall(m["fy"])
    if not numbers:
        running = ref.year if ref.month >= 7 else ref.year - 1
        return running + _FISCAL_SHIFT.get(m["fyrel"].lower(), 0)
    first = _century(numbers[0], 1969)
    if len(numbers) == 1:
        return first - 1
    return first if _century(numbers[1], first) == first + 1 else None


def _share(first: dt.date, months: int, nth: int) -> tuple[dt.date, dt.date]:
    """The ``nth`` run of ``months`` months counted from ``first``, the 1st of a month."""
    start = _moved(first, months * (nth - 1), "months")
    return start, _moved(start, months, "months") - dt.timedelta(days=1)


def _h_fiscal(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``FY2024-25``, ``the current fiscal year``: Pakistan's, 1 July to 30 June, a YEAR."""
    start = _fiscal_start(m, ref)
    return None if start is None else (*_share(dt.date(start, 7, 1), 12, 1), Granularity.YEAR)


def _h_share(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """A quarter or half of a year: ``Q3 2024``, ``the first half of FY25``, ``in Q3``.

    Of a fiscal year it counts from July. Without a year it is a calendar quarter or half
    placed by tense, as a month name is; ``the last quarter`` without a year is the previous
    quarter or the fourth, which the text does not tell, so it gets no dates.
    """
    if m["q"]:
        months, nth = 6 if m["q"][0] == "H" else 3, int(m["q"][1])
    else:
        months, nth = 6 if m["unit"].lower() == "half" else 3, _ORDINALS[m["nth"].lower()]
    last = nth == 5
    nth = 12 // months if last else nth
    if months * nth > 12:
        return None  # "the third half"
    if m["fy"]:
        fiscal = _fiscal_start(m, ref)
        if fiscal is None:
            return None
        return *_share(dt.date(fiscal, 7, 1), months, nth), Granularity.PART_OF_YEAR
    if m["rel"]:
        year = ref.year + _shift(m["rel"])
        return *_share(dt.date(year, 1, 1), months, nth), Granularity.PART_OF_YEAR
    if last and not m["year"]:
        return None
    return _dated(
        lambda y: _share(dt.date(y, 1, 1), months, nth),
        m["year"],
        ref,
        tense,
        Granularity.PART_OF_YEAR,
    )


def _h_year_range(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``2015-2030``, ``in 2024-25``, ``between 2013 and 2018``: whole years, first to last.

    ``2024-25`` without ``fiscal`` may be Pakistan's fiscal year or two calendar years; the
    calendar years hold either reading, so they are what the text determines.
    """
    first = int(m["y1"])
    last = _century(m["y2"], first) if len(m["y2"]) == 2 else int(m["y2"])
    if not first < last <= first + 100:
        return None
    return dt.date(first, 1, 1), dt.date(last, 12, 31), Granularity.YEAR


def _h_decade(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``the 2020s``: ten whole years. ``the 1900s`` may be a century, so it gets no dates."""
    first = int(m["decade"])
    if first % 100 == 0:
        return None
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), Granularity.YEAR


def _h_month_range(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``July-October FY2024-25``, ``from July to September``: whole months, first to last.

    In a fiscal year July comes before March; with a calendar year or none, a range whose first
    month comes later in the year (``July-March 2024``) began the year before.
    """
    m1, m2 = _MONTHS[m["m1"].rstrip(".")], _MONTHS[m["m2"].rstrip(".")]
    if m["fy"]:
        fiscal = _fiscal_start(m, ref)
        if fiscal is None:
            return None
        first = dt.date(fiscal + (m1 < 7), m1, 1)
        last = _month_span(fiscal + (m2 < 7), m2)[1]
        return (first, last, Granularity.MONTH) if first <= last else None

    def build(y: int) -> tuple[dt.date, dt.date]:
        return dt.date(y - (m1 > m2), m1, 1), _month_span(y, m2)[1]

    return _dated(build, m["year"], ref, tense, Granularity.MONTH)


def _h_month_rel_year(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    month = _MONTHS[m["month"].rstrip(".")]
    start, end = _month_span(ref.year + _shift(m["rel"]), month)
    return start, end, Granularity.MONTH


def _h_rel_month_name(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    month, shift = _MONTHS[m["month"].rstrip(".")], _shift(m["rel"])
    year = ref.year
    if shift < 0 and month >= ref.month:
        year -= 1  # "last November" written in November means the previous one
    elif shift > 0 and month <= ref.month:
        year += 1
    start, end = _month_span(year, month)
    return start, end, Granularity.MONTH


def _h_month(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    month = _MONTHS[m["month"].rstrip(".")]
    return _dated(lambda y: _month_span(y, month), m["year"], ref, tense, Granularity.MONTH)


def _h_weekday_range(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    start = _weekday(m["w1"], ref, tense, m["rel"] or "")
    gap = (_WEEKDAYS[m["w2"].capitalize()] - start.weekday()) % 7
    return start, start + dt.timedelta(days=gap), Granularity.DAYS


def _h_weekday(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    day = _weekday(m["w"], ref, tense, m["rel"] or "")
    return day, day, Granularity.DAY


def _h_deictic(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    word = m["deictic"].lower()
    offset = -1 if ("yester" in word or "last" in word) else 1 if "tomorrow" in word else 0
    if word.startswith("the"):  # the day before yesterday, the day after tomorrow
        offset *= 2
    day = ref + dt.timedelta(days=offset)
    return day, day, Granularity.DAY


_UNIT_STEPS: dict[str, tuple[dt.timedelta | relativedelta, Granularity]] = {
    "day": (dt.timedelta(days=1), Granularity.DAY),
    "week": (dt.timedelta(weeks=1), Granularity.WEEK),
    "fortnight": (dt.timedelta(weeks=2), Granularity.WEEK),
    "month": (relativedelta(months=1), Granularity.MONTH),
    "year": (relativedelta(years=1), Granularity.YEAR),
    "decade": (relativedelta(years=10), Granularity.YEAR),
}
"""A step of each counted unit and the granularity of a period told in it."""


def _moved(day: dt.date, n: int, unit: str) -> dt.date:
    """``day`` moved by ``n`` (negative: back) days, weeks, ... or decades (``unit``)."""
    step = _UNIT_STEPS[unit.lower().rstrip("s")][0]
    moved: dt.date = day + step * n
    return moved


def _unit_granularity(unit: str) -> Granularity:
    """The granularity of a period counted in ``unit`` (a fortnight is told in weeks)."""
    return _UNIT_STEPS[unit.lower().rstrip("s")][1]


def _h_ago(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``three weeks ago``, ``in two months``: the day, week, month or year that far away.

    ``in N weeks`` is a date only in a planned clause (``will open in two weeks``); told as past
    it is a duration (``was built in two weeks``). ``N days later`` counts from another event
    in the text, and ``a few days ago`` from nowhere exact: neither gives a date.
    """
    unit, direction = m["unit"].lower(), (m["dir"] or "").lower()
    if m["n"] is None or direction in ("later", "earlier"):
        return None
    if not direction and tense is not Tense.FUTURE:
        return None  # "in two weeks", "in a month's time"
    day = _moved(ref, -_num(m["n"]) if direction == "ago" else _num(m["n"]), unit)
    granularity = _unit_granularity(unit)
    if granularity is Granularity.DAY:
        return day, day, granularity
    if granularity is Granularity.WEEK:
        return *_week_span(day), granularity
    if granularity is Granularity.MONTH:
        return *_month_span(day.year, day.month), granularity
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), granularity


def _h_span(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``over the past two weeks``, ``the past decade``, ``in the next three months``.

    The span runs from the article date back or forward by the count, one when ``past`` has
    none (``the past week`` is the seven days to the article date, not last calendar week).
    ``within`` counts from the article date only in a planned clause; told as past it counts
    from another event.
    """
    lead, unit = (m["lead"] or m["past"]).lower(), m["unit"].lower()
    if m["n"] is None and unit.endswith("s"):
        return None  # "the past weeks": how many, the text does not say
    n = _num(m["n"] or "one")
    granularity = _unit_granularity(unit)
    if granularity is Granularity.DAY:
        granularity = Granularity.DAYS
    if lead.endswith(("past", "last")):
        return _moved(ref, -n, unit), ref, granularity
    if lead == "within" and tense is not Tense.FUTURE:
        return None
    return ref, _moved(ref, n, unit), granularity


def _h_earlier_later(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    unit = m["unit"].lower()
    if unit == "week":
        first, last = _week_span(ref)
        granularity = Granularity.WEEK
    elif unit == "month":
        first, last = _month_span(ref.year, ref.month)
        granularity = Granularity.PART_OF_MONTH
    else:
        first, last = dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31)
        granularity = Granularity.PART_OF_YEAR
    if m["side"].lower() == "earlier":
        return first, ref, granularity
    return min(ref + dt.timedelta(days=1), last), last, granularity  # after the day of writing


def _h_rel_unit(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    unit, shift = m["unit"].lower(), _shift(m["rel"])
    if unit == "weekend" and shift == 0 and tense is Tense.PAST:
        return _h_the_weekend(m, ref, tense)  # "met this weekend", written on a Monday
    if unit == "week":
        first, last = _week_span(ref + dt.timedelta(weeks=shift))
        return first, last, Granularity.WEEK
    if unit == "weekend":
        saturday = _week_span(ref + dt.timedelta(weeks=shift))[0] + dt.timedelta(days=5)
        return saturday, saturday + dt.timedelta(days=1), Granularity.DAYS
    if unit == "month":
        anchor = _months_away(ref, shift)
        first, last = _month_span(anchor.year, anchor.month)
        return first, last, Granularity.MONTH
    year = ref.year + shift
    return dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR


def _h_the_weekend(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``over the weekend``: the coming Saturday and Sunday when planned, else the last ones."""
    if tense is Tense.FUTURE:
        saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
    else:
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
    return saturday, saturday + dt.timedelta(days=1), Granularity.DAYS


def _h_day_of_month(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    """``on the 28th``: that day of this, the last or the next month, placed by tense.

    ``the 20th of this (next, last) month`` names its month.
    """
    day = _day(m["d"])
    if m["rel"]:
        anchor = _months_away(ref.replace(day=1), _shift(m["rel"]))
        if day > calendar.monthrange(anchor.year, anchor.month)[1]:
            return None
        return anchor.replace(day=day), anchor.replace(day=day), Granularity.DAY
    candidates = []
    for shift in (-1, 0, 1):
        anchor = _months_away(ref.replace(day=1), shift)
        if day <= calendar.monthrange(anchor.year, anchor.month)[1]:
            candidates.append(anchor.replace(day=day))
    if tense is Tense.PAST:
        chosen = max((c for c in candidates if c <= ref), default=None)
    elif tense is Tense.FUTURE:
        chosen = min((c for c in candidates if c >= ref), default=None)
    else:
        chosen = min(candidates, key=lambda c: abs((c - ref).days), default=None)
    return None if chosen is None else (chosen, chosen, Granularity.DAY)


def _h_year(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    year = int(m["year"])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR


def _h_vague(m: "re.Match[str]", ref: dt.date, tense: Tense | None) -> _Interval | None:
    return None


_PART = r"(?P<part>(?i:early|mid|late|(?:the_)?(?:beginning|start|middle|end)_of|end)-?)"
_PART = _PART.replace("_", _S)

_THE = rf"(?:(?i:the){_S})?"
_OF = rf"(?:(?i:of){_S})?"
_CAP = "A-Z"
_NTH = _i(" ".join(_ORDINALS))
_COUNT = rf"[0-9]{{1,2}}|{_i(' '.join(_NUMBERS))}|(?i:an?)(?![a-z])"
_UNITS = r"(?i:days?|weeks?|fortnights?|months?|years?|decades?)"
_YY = r"(?:[0-9]{4}|[0-9]{2})(?![0-9])"
_FYNUM = rf"[0-9]{{2}}(?:[0-9]{{2}})?(?:{_OS}[-–/]{_OS}{_YY})?(?![0-9])"
_FISCAL = r"(?i:fiscal|financial)"
_FY = (
    rf"(?P<fy>(?-i:FY)[-‐]?{_OS}{_FYNUM}"
    rf"|{_THE}{_FISCAL}{_S}(?:(?i:year){_S})?{_FYNUM}"
    rf"|{_THE}{_YEAR}{_OS}[-–/]{_OS}{_YY}{_S}{_FISCAL}{_S}(?i:year)\b"
    rf"|{_THE}(?P<fyrel>{_i('current this ongoing present running outgoing last previous past')}"
    rf"|{_i('next coming upcoming')}){_S}{_FISCAL}{_S}(?i:year)\b(?:{_S}{_FYNUM})?)"
)
"""A fiscal year: ``FY2024-25``, ``FY25``, ``fiscal year 2024/25``, ``the current fiscal year``."""

# (name, characters the rule's own text can start with, pattern, handler). The first-character
# guard lets the scanner skip a rule with one check; a shared preposition may precede any rule.
_RULES: list[tuple[str, str, str, _Handler]] = [
    ("iso", "0-9", r"(?P<iso>[12][0-9]{3}-[01][0-9]-[0-3][0-9])(?![0-9])", _h_iso),
    (
        "numeric",
        "0-9",
        "(?P<numeric>"
        + "|".join(
            rf"[0-3]?[0-9]{sep}[0-3]?[0-9]{sep}{_YEAR}|{_YEAR}{sep}[01]?[0-9]{sep}[0-3]?[0-9]"
            for sep in ("/", r"\.", "-")
        )
        + r")(?![0-9]|[/.-][0-9])",
        _h_numeric,
    ),
    ("fiscal", "fFtT0-9cCoOpPrRlLnNuU", _FY, _h_fiscal),
    ("decade", "0-9tT", rf"{_THE}(?P<decade>(?:1[89]|2[0-9])[0-9]0)['’]?s\b", _h_decade),
    (
        "year_range",
        "0-9tT",
        rf"{_THE}(?P<y1>{_YEAR})(?:{_OS}[-–/]{_OS}|{_S}{_i('to till until through')}{_S}"
        rf"|(?<=[Bb]etween\s[0-9]{{4}})\s(?i:and)\s)(?P<y2>{_YY})",
        _h_year_range,
    ),
    (
        "cross_md",
        _CAP,
        rf"{_OPT_WEEKDAY}(?P<m1>{_MONTH}){_S}(?P<d1>{_DAY}){_SHUT}{_DASH}{_OPT_WEEKDAY}"
        rf"(?:(?P<m2>{_MONTH}){_S}(?P<d2>{_DAY})|{_THE}(?P<d2b>{_DAY}){_S}{_OF}(?P<m2b>{_MONTH}))"
        rf"{_OPT_YEAR}",
        _h_cross_md,
    ),
    (
        "cross_dm",
        "0-9tTA-Z",
        rf"{_OPT_WEEKDAY}{_THE}(?P<d1>{_DAY}){_S}{_OF}(?P<m1>{_MONTH}){_SHUT}{_DASH}{_OPT_WEEKDAY}"
        rf"(?:{_THE}(?P<d2>{_DAY}){_S}{_OF}(?P<m2>{_MONTH})|(?P<m2b>{_MONTH}){_S}(?P<d2b>{_DAY}))"
        rf"{_OPT_YEAR}",
        _h_cross_md,
    ),
    (
        "range_md",
        _CAP,
        rf"(?P<month>{_MONTH}){_S}(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}){_OPT_YEAR}",
        _h_range,
    ),
    (
        "range_dm",
        "0-9tT",
        rf"{_THE}(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}){_S}{_OF}(?P<month>{_MONTH}){_OPT_YEAR}",
        _h_range,
    ),
    ("date_md", _CAP, rf"{_OPT_WEEKDAY}(?P<month>{_MONTH}){_S}(?P<d>{_DAY}){_OPT_YEAR}", _h_date),
    (
        "date_dm",
        "0-9tTA-Z",
        rf"{_OPT_WEEKDAY}{_THE}(?P<d>{_DAY}){_S}{_OF}(?P<month>{_MONTH}){_OPT_YEAR}",
        _h_date,
    ),
    (
        "share",
        "QHtTfFsSlL1-4",
        rf"(?:(?P<q>(?-i:Q[1-4]|H[12]))\b|{_THE}(?P<nth>{_NTH}){_S}(?P<unit>(?i:quarter|half))\b)"
        rf"(?:{_S}\([^()]{{1,30}}\))?"  # "the first quarter (July-September) of FY25"
        rf"(?:(?:,?{_S}|{_S}(?i:of){_S})(?:{_FY}|(?P<year>{_YEAR})"
        rf"|(?P<rel>{_i('this last next current the_current the')}){_S}(?i:year)\b))?",
        _h_share,
    ),
    (
        "first_week",
        "tTfFsSlL1-4",
        rf"{_THE}(?P<nth>{_NTH}){_S}(?i:week){_S}(?i:of){_S}"
        rf"(?:(?P<month>{_MONTH}){_OPT_YEAR}|(?:(?P<rel>{_REL})|(?i:the)){_S}(?i:month))",
        _h_first_week,
    ),
    (
        "part_rel_month",
        "eEmMlLtT",
        rf"{_PART}{_OS}(?:(?P<rel>{_REL})|(?i:the)){_S}(?i:month)\b",
        _h_part_rel_month,
    ),
    ("part_month", "eEmMlLtT", rf"{_PART}{_OS}(?P<month>{_MONTH}){_OPT_YEAR}", _h_part_month),
    (
        "part_year",
        "eEmMlLtTfFsSyY",
        rf"{_PART}{_OS}(?:(?P<year>{_YEAR})|(?P<rel>(?i:this|last|next)){_S}(?i:year)\b"
        rf"|(?:(?i:the){_S})?(?i:year)\b)|(?i:year)[-‐ ](?i:end)\b",
        _h_part_year,
    ),
    (
        "month_range",
        _CAP,
        rf"(?P<m1>{_MONTH})(?:{_OS}[-–]{_OS}|{_S}{_i('to till until through')}{_S})"
        rf"(?P<m2>{_MONTH})(?:(?:,?{_S}|{_S}(?i:of){_S})(?:{_FY}|(?P<year>{_YEAR})))?",
        _h_month_range,
    ),
    (
        "month_rel_year",
        _CAP,
        rf"(?P<month>{_MONTH}){_S}{_OF}(?P<rel>{_REL}){_S}(?i:year)\b",
        _h_month_rel_year,
    ),
    ("rel_month_name", "tTlLnNpPcC", rf"(?P<rel>{_REL}){_S}(?P<month>{_MONTH})", _h_rel_month_name),
    ("month", _CAP, rf"(?P<month>{_MONTH}){_OPT_YEAR}", _h_month),
    (
        "weekday_range",
        "A-ZtlnpcTLNPC",
        rf"(?:(?P<rel>{_REL}){_S})?(?P<w1>{_WEEKDAY}){_DASH}(?P<w2>{_WEEKDAY})",
        _h_weekday_range,
    ),
    ("weekday", "A-ZtlnpcTLNPC", rf"(?:(?P<rel>{_REL}){_S})?(?P<w>{_WEEKDAY})", _h_weekday),
    (
        "deictic",
        "tTyYlL",
        rf"(?P<deictic>{_i('the_day_before_yesterday the_day_after_tomorrow')}"
        rf"|{_i('today tonight tomorrow yesterday last_night this_morning this_afternoon')}"
        rf"|{_i('this_evening')})\b",
        _h_deictic,
    ),
    (
        "ago",
        "0-9aAsSzZoOtTfFeEnN",
        rf"(?:(?P<n>{_COUNT})|{_i('a_few a_couple_of several some')}){_S}(?P<unit>{_UNITS})"
        rf"(?:{_S}(?P<dir>{_i('ago from_now later earlier')})|['’]s?{_S}(?i:time))?\b",
        _h_ago,
    ),
    (
        "span",
        "wWtTpPlLnNcC",
        rf"(?:(?P<lead>(?i:within)|{_THE}{_i('past last next coming')}){_S}(?P<n>{_COUNT})"
        rf"|(?P<past>{_THE}(?i:past))){_S}(?P<unit>{_UNITS})\b",
        _h_span,
    ),
    (
        "earlier_later",
        "eElL",
        rf"(?P<side>{_i('earlier later')}){_S}(?:(?i:in){_S})?(?i:this){_S}"
        r"(?P<unit>(?i:week|month|year))\b",
        _h_earlier_later,
    ),
    (
        "rel_unit",
        "tTlLnNcC",
        rf"(?:(?i:the){_S}(?=(?i:coming|current)))?(?P<rel>(?i:this|last|next|coming|current))"
        rf"{_S}(?P<unit>(?i:weekend|week|month|year))\b",
        _h_rel_unit,
    ),
    ("the_weekend", "tT", rf"(?i:the){_S}(?i:weekend)\b", _h_the_weekend),
    (
        "day_of_month",
        "tT",
        rf"(?i:the){_S}(?P<d>[12][0-9]|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"
        rf"(?:{_S}(?i:of){_S}(?P<rel>{_REL}){_S}(?i:month)\b"
        rf"|(?=\s{{0,4}}(?:[,.;:)]|$)|{_S}(?:and|to|when|as)\b))",
        _h_day_of_month,
    ),
    ("year", "0-9tT", rf"(?:{_i('the_year')}{_S})?(?P<year>{_YEAR})", _h_year),
    (
        "vague",
        "iIrReElLsSuUfFtTpP",
        rf"(?:{_i('recent the_coming the_next the_past the_last past last')}){_S}"
        rf"(?:{_i('few couple_of')}{_S})?"
        rf"(?i:days|weeks|months|years)\b"
        rf"|{_i('the_near_future recently recent earlier lately soon shortly upcoming')}\b"
        rf"|{_i('forthcoming so_far')}\b"
        rf"|{_i('the_previous the_following the_same that')}{_S}{_UNITS}\b"
        rf"|{_i('the_next_day the_day_before the_day_after')}\b",
        _h_vague,
    ),
]

_PREPOSITIONS = "on|in|from|during|between|by|since|until|till|through|of|over|at"
_PREPOSITION = rf"(?P<prep>(?i:{_PREPOSITIONS}){_S})?"
# Named groups repeat across rules, so the combined scanner uses each rule without its groups
# and the rule's own regex re-reads the (short) matched text to get them.
_COMPILED = {name: re.compile(_PREPOSITION + f"(?:{core})") for name, _, core, _ in _RULES}
_HANDLERS = {name: handler for name, _, _, handler in _RULES}
_GROUP = re.compile(r"\(\?P<[a-z0-9]+>")
_SCANNER = re.compile(
    rf"\b(?:(?i:{_PREPOSITIONS}){_S})?(?:"
    + "|".join(
        f"(?P<{name}>(?=[{first}]){_GROUP.sub('(?:', core)})" for name, first, core, _ in _RULES
    )
    + ")"
)
_BARE_YEAR = re.compile(_YEAR)
_BARE_MONTHS = frozenset(calendar.month_name[1:]) - {"May"}

# Every expression holds one of these words (in lower case): a month (capitalised in the text),
# a year, a weekday, an ordinal day (``the 28th``) or a word such as ``week``, ``today`` or
# ``recent``. The scanner only runs next to one. Other day numbers are no trigger: they sit next
# to a month, whose trigger finds them as starters. The pattern opens with the class of the
# characters its words begin with, which lets the regex engine skip every other position fast.
_TRIGGER = re.compile(
    r"(?=[0-9adefhjlmnoqrstuwy])\b"
    r"(?:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    r"|(?:1[89]|2[0-9])[0-9]{2}(?![0-9])|[0-9]{1,2}(?:st|nd|rd|th)\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\b|ago\b|fortnight|quarter|decade"
    r"|day(?:s\b|\b(?<=ious day|wing day|same day|next day|that day)|\s(?:before|after)\b)"
    r"|[qh][1-4]\b|fy(?=[-\s]?[0-9])"
    r"|a(?:fternoon)|e(?:arlier|vening)|f(?:orthcoming|uture)|lately|mo(?:nth|rning)|night"
    r"|recent|s(?:hortly|o(?:on|\sfar))|to(?:morrow|night)|upcoming|week|year)"
)
_DIGIT_OR_MONTH = re.compile(
    r"[0-9ADFJMNOS](?:(?<=[0-9])|(?<=A)(?:pr|ug)|(?<=D)ec|(?<=F)eb|(?<=J)(?:an|u[nl])|(?<=M)a[ry]"
    r"|(?<=N)ov|(?<=O)ct|(?<=S)ep)"
)
"""A digit or a month. It opens with one character class, so the regex engine skips the many
positions holding none of these rare characters without trying the pattern there."""
_TIME_WORDS = (
    *"day week month year night morning noon evening tomorrow earlier recent lately soon".split(),
    *"shortly upcoming forthcoming future quarter decade".split(),
    "so far",
)
"""Lower-case words of which every expression without a digit or a month holds one (``night``
is in ``fortnight``)."""
_WORD = re.compile(r"\w+")
_STARTERS = (
    frozenset(_PREPOSITIONS.split("|"))
    | frozenset(_NUMBERS)
    | frozenset(
        "the early mid late earlier later this last next past coming first second third fourth "
        "final beginning start middle end a an several some within that current previous "
        "ongoing outgoing upcoming fiscal financial".split()
    )
)
"""Words an expression may begin with before the word that triggered it (and day numbers)."""
_LOOKBACK = 45
"""How far before a trigger an expression may start (``in the first week of November``)."""

_CACHE_SIZE = 4096
"""Sentences whose times are kept: an article's worth many times over, a few MB at most."""

# A duration that fills the interval of a single day next to it: "a four-day visit from July 8".
# It is matched in the lower-cased text.
_DURATION = re.compile(
    rf"\b(?P<n>[0-9]{{1,2}}|{'|'.join(_NUMBERS)})[-‐ ](?P<unit>day|week)(?:[-‐ ]long)?"
    rf"(?:{_S}[a-z-]{{1,20}}){{0,2}}?{_S}(?:visit|trip|tour|stay|journey|mission|sojourn)\b"
    rf"|\bweek-?long(?:{_S}[a-z-]{{1,20}}){{0,2}}?{_S}(?:visit|trip|tour|stay)\b"
)


def _lower(text: str) -> str:
    """``text`` in ASCII lower case with the same length (non-ASCII characters become ``?``)."""
    return text.encode("ascii", "replace").decode("ascii").lower()


def _scan(text: str, low: str) -> Iterator[tuple[int, int, str, str]]:
    """Every expression in ``text``: its offsets, scanner rule and words, before resolution.

    For each trigger word the scanner is anchored at the few word starts just before it, earliest
    first, and the first match that reaches the trigger wins; later triggers inside it are skipped.
    """
    done = 0
    for trigger in _TRIGGER.finditer(low):
        at = trigger.start()
        if at < done or (trigger["month"] and not text[at].isupper()):
            continue  # "may" the verb, "march" the noun: months are capitalised
        for word in _WORD.finditer(low, max(done, at - _LOOKBACK), at + 1):
            start = word.group()
            if word.end() <= at and start not in _STARTERS and not start[0].isdigit():
                continue  # no expression begins with this word before its trigger
            m = _SCANNER.match(text, word.start())
            if m is None or m.end() <= at or _is_bare(m):
                continue
            done = m.end()
            assert m.lastgroup is not None  # every branch of the scanner is a named group
            yield m.start(), m.end(), m.lastgroup, m.group()
            break


def _is_bare(m: "re.Match[str]") -> bool:
    """True for a lone number or ``May``/``Mar``: an amount, the verb or a name, not a time.

    A count of days or weeks is a time only when ``in``, ``ago``, ``later`` or ``time`` makes
    it one (``in two weeks``, ``a week ago``); alone it is a duration (``for two weeks``).
    """
    if m.lastgroup == "year":
        return m.group()[0].isdigit()
    if m.lastgroup == "year_range":  # "2000-2500 MW" is an amount; "2024-25" is a time
        return m.group()[0].isdigit() and len(_DIGITS.findall(m.group())[-1]) == 4
    if m.lastgroup == "ago":
        low = m.group().lower()
        return not low.startswith("in") and not low.endswith(
            ("ago", "now", "later", "earlier", "time")
        )
    word = m.group().rstrip(".")
    return m.lastgroup == "month" and word in _MONTHS and word not in _BARE_MONTHS


def _when(name: str, written: str, ref: dt.date, tense: Tense | None) -> When:
    """The When of one expression: the scanner rule ``name`` re-reads it for its named parts."""
    match = _COMPILED[name].fullmatch(written)
    assert match is not None  # the rule matched this very text inside the scanner
    since = (match["prep"] or "").lower().startswith("since")
    try:
        interval = _HANDLERS[name](match, ref, Tense.PAST if since else tense)
    except (ValueError, OverflowError):  # past year 9999 or before year 1
        interval = None
    if since and interval is not None:
        interval = _since(interval, ref)
    if interval is None:
        return When(written)
    return When(written, interval[0], interval[1], interval[2])


def _since(interval: _Interval, ref: dt.date) -> _Interval | None:
    """``since 2015``: from the start of what follows ``since`` up to the article date.

    The interval keeps the granularity of its start (a DAY start makes a range of DAYS); a start
    after the article date contradicts ``since`` and gives no dates.
    """
    start, _, granularity = interval
    if start > ref:
        return None
    return start, ref, Granularity.DAYS if granularity is Granularity.DAY else granularity


def _apply_durations(text: str, times: list[tuple[int, int, When]]) -> None:
    """Stretch the single day nearest each ``N-day``/``N-week visit`` over its days (linear).

    ``text`` is lower-cased only when a single day is among them (a sixth of the sentences
    with times, as the extractors read them).
    """
    if not any(when.granularity is Granularity.DAY for _, _, when in times):
        return
    i = 0
    for d in _DURATION.finditer(_lower(text)):
        n = 7 if d["n"] is None else _num(d["n"]) * (7 if d["unit"] == "week" else 1)
        if not 1 < n <= 31:
            continue
        while i + 1 < len(times) and times[i + 1][0] < d.start():
            i += 1
        candidates = [j for j in (i, i + 1) if j < len(times)]
        candidates.sort(key=lambda j: min(abs(times[j][0] - d.end()), abs(d.start() - times[j][1])))
        for j in candidates:
            start, end, when = times[j]
            if when.granularity is Granularity.DAY and when.start is not None:
                if when.start <= dt.date.max - dt.timedelta(days=n - 1):
                    last = when.start + dt.timedelta(days=n - 1)
                    times[j] = (start, end, When(when.text, when.start, last, Granularity.DAYS))
                break


def find_times(
    text: str, reference: dt.date, tense: Tense | None = None
) -> list[tuple[int, int, When]]:
    """All time expressions in ``text`` with their offsets, resolved against ``reference``.

    ``tense`` places year-less dates and bare weekdays (see the module docstring). Vague
    expressions (``recently``) come back with ``None`` dates and granularity UNRESOLVED. The
    returned :class:`When` objects have ``span=None``: callers know where ``text`` sits in
    their source and shift the offsets.
    """
    return list(_find(text, reference, tense))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _find(text: str, reference: dt.date, tense: Tense | None) -> tuple[tuple[int, int, When], ...]:
    """:func:`find_times`, cached: extractors read the same sentences with the same date."""
    found = _expressions(text)
    if not found:
        return ()
    times = [
        (start, end, _when(name, written, reference, tense)) for start, end, name, written in found
    ]
    _apply_durations(text, times)
    return tuple(times)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _expressions(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """The expressions of ``text``, unresolved.

    Cached apart from their resolution: callers resolve one sentence with several tenses.
    """
    if not _may_hold_time(text):
        return ()
    return tuple(_scan(text, _lower(text)))


def _may_hold_time(text: str) -> bool:
    """False when ``text`` surely holds no expression: most sentences, told apart cheaply.

    Every expression has a digit, a capitalised month or one of a few lower-case words; looking
    for fixed strings is many times faster than running the trigger regex.
    """
    if _DIGIT_OR_MONTH.search(text):
        return True
    low = text.lower()
    return any(word in low for word in _TIME_WORDS)


def resolve(text: str, reference: dt.date, tense: Tense | None = None) -> When:
    """Resolve one expression (``early this month``, ``a two-day visit on Monday``, ``2013``).

    The first expression found in ``text`` wins; a text with none comes back unresolved.

    Raises:
        ValueError: If ``text`` is empty or only whitespace.

    """
    stripped = text.strip(" \t\r\n,.;:")
    if not stripped:
        raise ValueError("a time expression must not be empty")
    if _BARE_YEAR.fullmatch(stripped):
        year = int(stripped)
        return When(stripped, dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR)
    if stripped in ("May", "May."):
        return When(stripped, *_dated_month(5, reference, tense))
    times = find_times(stripped, reference, tense)
    return times[0][2] if times else When(stripped)


def _dated_month(
    month: int, ref: dt.date, tense: Tense | None
) -> tuple[dt.date | None, dt.date | None, Granularity]:
    """A bare month placed by tense, in the positional form When takes."""
    span = _place_in_year(lambda y: _month_span(y, month), ref, tense)
    return (span[0], span[1], Granularity.MONTH) if span else (None, None, Granularity.UNRESOLVED)


# --- tense ----------------------------------------------------------------------------------------

_WORDS = re.compile(r"[a-z]+(?:[’'][a-z]+)?")
_TENSE_TAIL = 60
"""Characters at a clause's end read first for its tense."""
_BE = frozenset("is are am was were".split())
_NOW = frozenset("now currently already also".split())
_PRESENT_AFTER_BE = frozenset(
    "visiting touring staying spending in at on here there holding".split()
)
_FUTURE_AFTER_BE = frozenset(
    "scheduled expected due set slated poised going likely planning planned invited hoping "
    "preparing tipped".split()
)
_SETTING_OFF = frozenset("travelling traveling flying heading leaving departing".split())
"""Words after a present ``is`` telling a trip set off on or about to be: ``is travelling to Y``
is on its way or ahead, not a stay under way (``is visiting Y``)."""
_INTENT = frozenset("plan plans planned intend intends intended hope hopes aim aims".split())
_FUTURE_VERBS = frozenset(
    "visit travel arrive undertake pay embark leave depart fly head tour land lead also be "
    "stop spend stay".split()
)
_FUTURE = frozenset("will shall would won’t won't upcoming forthcoming next".split())
_SCHEDULED = frozenset("begins starts commences opens kicks".split())
"""Verbs in the simple present that tell a schedule: ``the visit begins on Monday`` is ahead."""
_PAST_PLAN = frozenset((be, w) for be in ("was", "were") for w in ("supposed", "meant"))
"""The words before ``to`` of a plan told in the past: ``was supposed to visit``."""
_DUE = frozenset("due expected".split())
"""Words after a present ``is`` that put what follows ahead: ``is due on Tuesday``."""
_PRESENT = frozenset({"currently", "presently"})
_PAST = frozenset(
    "was were had did arrived visited landed departed left paid held met concluded returned "
    "reached toured travelled traveled undertook hosted received welcomed called flew went came "
    "wrapped ended completed accompanied led headed spent stayed".split()
)
_MARKERS = _BE | _FUTURE | _INTENT | _PRESENT | _PAST | _SCHEDULED | {"to", "may", "might", "could"}
"""The words a tense marker starts with (besides the ``’ll`` contractions)."""


def guess_tense(clause: str) -> Tense | None:
    """The tense of a clause from its last tense marker, or None when it has none.

    ``will``/``is scheduled to``/``is due``/``to visit`` and a schedule in the simple present
    (``begins``, ``starts``) mark the future; ``arrived``,
    ``visited``, ``was``, ``had`` the past; ``is visiting``/``is in`` the present. The last marker
    wins because callers pass the clause up to (or around) the verb they care about. Words are
    read once from the end with set look-ups: linear in the clause. The clause's end is read
    first, as the marker is mostly near it; the whole clause only when the end has none.
    """
    cut = clause.find(" ", len(clause) - _TENSE_TAIL) if len(clause) > _TENSE_TAIL else -1
    if cut != -1:
        tense = _last_marker(clause[cut:].lower())
        if tense is not None:
            return tense
    return _last_marker(clause.lower())


def _last_marker(low: str) -> Tense | None:
    """The tense of the last marker among the words of ``low``, a clause in lower case.

    A word ending in ``’ll`` is looked for only when ``low`` holds one of those endings: its
    words are pieces of it, and most clauses have none.
    """
    words = _WORDS.findall(low)
    contracted = "’ll" in low or "'ll" in low
    if _MARKERS.isdisjoint(words) and not (
        contracted and any(w.endswith(("’ll", "'ll")) for w in words)
    ):
        return None  # most clauses' ends: no marker word at all, told by one set operation
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _MARKERS or (contracted and word.endswith(("’ll", "'ll"))):
            tense = _tense_at(words, i)
            if tense is not None:
                return tense
    return None


def _tense_at(words: list[str], i: int) -> Tense | None:
    """The tense of the marker starting at word ``i``, if one starts there."""
    word = words[i]
    after = words[i + 1 : i + 4]
    if word in _BE:
        rest = after[1:] if after and after[0] in _NOW else after
        if rest and rest[0] in _PRESENT_AFTER_BE and word in ("is", "are", "am"):
            return Tense.PRESENT
        if len(rest) > 1 and rest[0] in _FUTURE_AFTER_BE and rest[1] == "to":
            return Tense.FUTURE
        if rest and rest[0] in _SETTING_OFF and word in ("is", "are", "am"):
            return Tense.FUTURE  # "is travelling to Y", "are leaving for Y"
        if rest and rest[0] in _DUE and word in ("is", "are", "am"):
            return Tense.FUTURE  # "is due on Tuesday", "are expected in Y"
    if word in _FUTURE or word in _SCHEDULED or word.endswith(("’ll", "'ll")):
        return Tense.FUTURE
    if after[:1] == ["to"] and word in _INTENT:
        return Tense.FUTURE
    if word == "to" and tuple(words[max(0, i - 2) : i]) in _PAST_PLAN:
        return Tense.PAST  # "was supposed to visit in September": a plan that was, not one ahead
    if word in ("to", "may", "might", "could") and after[:1] and after[0] in _FUTURE_VERBS:
        return Tense.FUTURE  # "to visit", "may visit" (but not "in May")
    if word in _PRESENT:
        return Tense.PRESENT
    return Tense.PAST if word in _PAST else None
