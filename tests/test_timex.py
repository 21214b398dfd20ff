"""Tests for cpecdata.timex: finding time expressions and resolving them against an article date."""

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpecdata import timex
from cpecdata.model import Granularity, When
from cpecdata.timex import Tense, find_times, guess_tense, resolve

MONDAY = dt.date(2022, 11, 21)
"""The reference date of most tests: a Monday, so weekdays fall on both sides of it."""

D = dt.date
G = Granularity


def _interval(text: str, tense: Tense | None = None, ref: dt.date = MONDAY) -> tuple[object, ...]:
    when = resolve(text, ref, tense)
    return when.text, when.start, when.end, when.granularity


class TestDeictic:
    def test_today_tomorrow_yesterday(self) -> None:
        """Day words shift the article date by one day at most."""
        assert [_interval(t) for t in ("today", "tomorrow", "yesterday", "last night")] == [
            ("today", MONDAY, MONDAY, G.DAY),
            ("tomorrow", D(2022, 11, 22), D(2022, 11, 22), G.DAY),
            ("yesterday", D(2022, 11, 20), D(2022, 11, 20), G.DAY),
            ("last night", D(2022, 11, 20), D(2022, 11, 20), G.DAY),
        ]

    def test_two_days_away(self) -> None:
        """``the day after tomorrow`` and ``the day before yesterday`` are two days away."""
        assert [
            _interval(t)[1] for t in ("the day after tomorrow", "the day before yesterday")
        ] == [
            D(2022, 11, 23),
            D(2022, 11, 19),
        ]

    def test_days_ago(self) -> None:
        """``N days ago`` counts back from the article date to one day."""
        assert _interval("three days ago") == (
            "three days ago",
            D(2022, 11, 18),
            D(2022, 11, 18),
            G.DAY,
        )


class TestCounted:
    def test_weeks_months_and_years_ago(self) -> None:
        """``N weeks/months/years ago`` is the week, month or year that far back, not one day."""
        assert [
            _interval(t)[1:] for t in ("three weeks ago", "a fortnight ago", "two months ago")
        ] == [
            (D(2022, 10, 31), D(2022, 11, 6), G.WEEK),
            (D(2022, 11, 7), D(2022, 11, 13), G.WEEK),
            (D(2022, 9, 1), D(2022, 9, 30), G.MONTH),
        ]
        assert _interval("a year ago")[1:] == (D(2021, 1, 1), D(2021, 12, 31), G.YEAR)

    def test_in_two_weeks_is_a_date_only_when_planned(self) -> None:
        """``will open in two weeks`` is a date; ``was built in two weeks`` is a duration."""
        assert [_interval("in two weeks", t)[1:] for t in (Tense.FUTURE, Tense.PAST)] == [
            (D(2022, 12, 5), D(2022, 12, 11), G.WEEK),
            (None, None, G.UNRESOLVED),
        ]
        assert _interval("in a month's time", Tense.FUTURE)[1:3] == (
            D(2022, 12, 1),
            D(2022, 12, 31),
        )

    def test_count_alone_is_a_duration(self) -> None:
        """``for two weeks`` measures a stay; it is no time expression at all."""
        assert find_times("He stayed for two weeks and left.", MONDAY, Tense.PAST) == []

    def test_spans_from_the_article_date(self) -> None:
        """``the past two weeks`` ends and ``the next three months`` starts on the article date."""
        assert [
            _interval(t)[1:] for t in ("over the past two weeks", "in the next three months")
        ] == [
            (D(2022, 11, 7), MONDAY, G.WEEK),
            (MONDAY, D(2023, 2, 21), G.MONTH),
        ]

    def test_the_past_week_is_the_last_seven_days(self) -> None:
        """``the past week`` is the seven days to the article date, not last calendar week."""
        assert [_interval(t)[1:] for t in ("over the past week", "the past decade")] == [
            (D(2022, 11, 14), MONDAY, G.WEEK),
            (D(2012, 11, 21), MONDAY, G.YEAR),
        ]

    def test_within_counts_from_the_article_date_only_when_planned(self) -> None:
        """``will end within a month`` runs a month on; ``ended within a month`` is relative."""
        assert [_interval("within a month", t)[1:] for t in (Tense.FUTURE, Tense.PAST)] == [
            (MONDAY, D(2022, 12, 21), G.MONTH),
            (None, None, G.UNRESOLVED),
        ]

    @pytest.mark.parametrize(
        "text",
        ["two days later", "a few weeks ago", "the previous day", "on the same day", "that day"],
    )
    def test_relative_to_another_event_has_no_dates(self, text: str) -> None:
        """``the following day`` or ``two days later`` count from an event, not the article date."""
        assert resolve(text, MONDAY, Tense.PAST) == When(text, None, None, G.UNRESOLVED)


class TestWeekdays:
    def test_past_weekday_is_on_or_before_the_article_date(self) -> None:
        """A reported ``Friday`` is the Friday before; ``Monday`` is the article's own day."""
        assert _interval("on Friday", Tense.PAST) == (
            "on Friday",
            D(2022, 11, 18),
            D(2022, 11, 18),
            G.DAY,
        )
        assert _interval("on Monday", Tense.PAST) == ("on Monday", MONDAY, MONDAY, G.DAY)

    def test_future_weekday_is_on_or_after_the_article_date(self) -> None:
        """A planned event on ``Friday`` happens the coming Friday."""
        assert _interval("on Friday", Tense.FUTURE) == (
            "on Friday",
            D(2022, 11, 25),
            D(2022, 11, 25),
            G.DAY,
        )

    def test_untensed_weekday_defaults_to_the_past(self) -> None:
        """News mostly reports what happened, so a bare weekday without tense looks back."""
        assert _interval("Saturday") == ("Saturday", D(2022, 11, 19), D(2022, 11, 19), G.DAY)

    def test_last_and_next_weekday_skip_the_article_date(self) -> None:
        """``last Monday`` and ``next Monday`` never mean the article's own Monday."""
        assert _interval("last Monday")[1] == D(2022, 11, 14)
        assert _interval("next Monday")[1] == D(2022, 11, 28)

    def test_weekday_range(self) -> None:
        """``Tuesday and Wednesday`` is one two-day interval placed by tense."""
        assert _interval("Tuesday and Wednesday", Tense.FUTURE) == (
            "Tuesday and Wednesday",
            D(2022, 11, 22),
            D(2022, 11, 23),
            G.DAYS,
        )

    def test_weekday_with_date_takes_the_date(self) -> None:
        """``Monday, November 14`` names its day outright; the weekday adds nothing."""
        assert _interval("on Monday, November 14") == (
            "on Monday, November 14",
            D(2022, 11, 14),
            D(2022, 11, 14),
            G.DAY,
        )


class TestWeeksMonthsYears:
    def test_weeks_run_monday_to_sunday(self) -> None:
        """``this/last/next week`` are calendar weeks, Monday to Sunday."""
        assert [_interval(t)[1:3] for t in ("last week", "this week", "next week")] == [
            (D(2022, 11, 14), D(2022, 11, 20)),
            (D(2022, 11, 21), D(2022, 11, 27)),
            (D(2022, 11, 28), D(2022, 12, 4)),
        ]

    def test_months(self) -> None:
        """``this/last/next month`` are whole calendar months, across a year end too."""
        assert _interval("Last month") == ("Last month", D(2022, 10, 1), D(2022, 10, 31), G.MONTH)
        assert _interval("next month", ref=D(2022, 12, 5))[1:3] == (D(2023, 1, 1), D(2023, 1, 31))

    def test_parts_of_this_month(self) -> None:
        """``early/mid/late this month`` are days 1-10, 11-20 and 21 to the month's end."""
        assert [_interval(f"{p} this month")[1:] for p in ("early", "mid", "late")] == [
            (D(2022, 11, 1), D(2022, 11, 10), G.PART_OF_MONTH),
            (D(2022, 11, 11), D(2022, 11, 20), G.PART_OF_MONTH),
            (D(2022, 11, 21), D(2022, 11, 30), G.PART_OF_MONTH),
        ]

    def test_part_of_a_named_month(self) -> None:
        """``mid-November`` and ``late February`` use the same thirds, February's end included."""
        assert _interval("mid-November", Tense.PAST)[1:3] == (D(2022, 11, 11), D(2022, 11, 20))
        assert _interval("in late February", Tense.PAST)[1:3] == (D(2022, 2, 21), D(2022, 2, 28))

    def test_earlier_this_month_ends_at_the_article_date(self) -> None:
        """``earlier this month`` is day 1 up to the article date, not the whole month."""
        assert _interval("earlier this month") == (
            "earlier this month",
            D(2022, 11, 1),
            MONDAY,
            G.PART_OF_MONTH,
        )

    def test_earlier_this_year_ends_at_the_article_date(self) -> None:
        """``earlier this year`` is 1 January up to the article date, not the start of the year."""
        assert _interval("earlier this year") == (
            "earlier this year",
            D(2022, 1, 1),
            MONDAY,
            G.PART_OF_YEAR,
        )

    def test_later_this_month_starts_after_the_article_date(self) -> None:
        """``later this month`` runs from the day after writing to the month's end."""
        assert _interval("later this month") == (
            "later this month",
            D(2022, 11, 22),
            D(2022, 11, 30),
            G.PART_OF_MONTH,
        )

    def test_later_this_week_on_its_last_day_is_that_day(self) -> None:
        """On a Sunday, ``later this week`` has no day after: it is the day itself."""
        sunday = MONDAY + dt.timedelta(days=6)
        ((_, _, when),) = find_times("later this week", sunday)
        assert (when.start, when.end) == (sunday, sunday)

    def test_years(self) -> None:
        """``last/next year`` and ``in 2013`` are whole calendar years."""
        assert [_interval(t)[1:] for t in ("last year", "next year", "in 2013")] == [
            (D(2021, 1, 1), D(2021, 12, 31), G.YEAR),
            (D(2023, 1, 1), D(2023, 12, 31), G.YEAR),
            (D(2013, 1, 1), D(2013, 12, 31), G.YEAR),
        ]

    def test_parts_of_a_year(self) -> None:
        """``early/mid/late`` a year are its thirds: Jan-Apr, May-Aug, Sep-Dec."""
        assert [_interval(t)[1:] for t in ("early 2023", "in mid-2024", "late last year")] == [
            (D(2023, 1, 1), D(2023, 4, 30), G.PART_OF_YEAR),
            (D(2024, 5, 1), D(2024, 8, 31), G.PART_OF_YEAR),
            (D(2021, 9, 1), D(2021, 12, 31), G.PART_OF_YEAR),
        ]

    def test_halves_of_a_year(self) -> None:
        """``the first/second half of`` a year is January-June or July-December."""
        assert [
            _interval(t)[1:] for t in ("in the first half of 2023", "second half of next year")
        ] == [
            (D(2023, 1, 1), D(2023, 6, 30), G.PART_OF_YEAR),
            (D(2023, 7, 1), D(2023, 12, 31), G.PART_OF_YEAR),
        ]

    def test_first_week_of_a_month(self) -> None:
        """``the first week of November`` is days 1-7 of the November the tense points to."""
        assert _interval("the first week of November", Tense.PAST) == (
            "the first week of November",
            D(2022, 11, 1),
            D(2022, 11, 7),
            G.WEEK,
        )

    def test_numbered_week_of_a_month(self) -> None:
        """``the 3rd week of May`` is written in figures as often as in words: days 15-21."""
        assert _interval("the 3rd week of May", Tense.PAST) == (
            "the 3rd week of May",
            D(2022, 5, 15),
            D(2022, 5, 21),
            G.WEEK,
        )

    def test_last_week_of_the_month_is_this_month(self) -> None:
        """``the last week of the month`` is the article's month, as ``the end of the month`` is."""
        assert _interval("in the last week of the month")[1:] == (
            D(2022, 11, 24),
            D(2022, 11, 30),
            G.WEEK,
        )

    def test_end_without_article(self) -> None:
        """Business pages drop words: ``by end-June``, ``end of 2025`` are the last third."""
        assert [_interval(t, Tense.FUTURE)[1:] for t in ("by end-June", "by end of 2025")] == [
            (D(2023, 6, 21), D(2023, 6, 30), G.PART_OF_MONTH),
            (D(2025, 9, 1), D(2025, 12, 31), G.PART_OF_YEAR),
        ]

    def test_this_weekend_told_as_past_is_the_one_just_gone(self) -> None:
        """``met this weekend`` written on a Monday is the Saturday and Sunday before it."""
        assert [_interval("this weekend", t)[1:3] for t in (Tense.PAST, None)] == [
            (D(2022, 11, 19), D(2022, 11, 20)),
            (D(2022, 11, 26), D(2022, 11, 27)),
        ]

    def test_the_weekend_is_placed_by_tense(self) -> None:
        """``over the weekend``: the Saturday and Sunday just past, or the next ones if planned."""
        assert [_interval("over the weekend", t)[1:3] for t in (Tense.PAST, Tense.FUTURE)] == [
            (D(2022, 11, 19), D(2022, 11, 20)),
            (D(2022, 11, 26), D(2022, 11, 27)),
        ]

    def test_year_end_and_mid_year_are_this_year(self) -> None:
        """``by year-end`` and ``mid-year`` are the article's year, as ``the end of the year``."""
        assert [_interval(t, Tense.PAST)[1:] for t in ("by year-end", "mid-year")] == [
            (D(2022, 9, 1), D(2022, 12, 31), G.PART_OF_YEAR),
            (D(2022, 5, 1), D(2022, 8, 31), G.PART_OF_YEAR),
        ]

    def test_end_of_the_month_is_this_month(self) -> None:
        """``at the end of the month`` is the last part of the article's month."""
        assert _interval("at the end of the month") == (
            "at the end of the month",
            D(2022, 11, 21),
            D(2022, 11, 30),
            G.PART_OF_MONTH,
        )


class TestFiscalYears:
    @pytest.mark.parametrize(
        "text",
        ["FY2024-25", "FY 2024/25", "FY25", "fiscal year 2024-25", "the 2024-25 fiscal year"],
    )
    def test_written_fiscal_year(self, text: str) -> None:
        """Pakistan's fiscal year runs 1 July to 30 June; ``FY25`` is named by the year it ends."""
        assert _interval(text)[1:] == (D(2024, 7, 1), D(2025, 6, 30), G.YEAR)

    def test_relative_fiscal_year(self) -> None:
        """``the current fiscal year`` is the one running on the article date, July to June."""
        texts = ("in the current fiscal year", "next fiscal year", "the last financial year")
        assert [_interval(t)[1] for t in texts] == [D(2022, 7, 1), D(2023, 7, 1), D(2021, 7, 1)]
        assert _interval("the current fiscal year", ref=D(2023, 5, 2))[1] == D(2022, 7, 1)

    def test_months_of_a_fiscal_year(self) -> None:
        """``July-March FY25`` runs from July 2024 to March 2025, as Pakistan's budget counts."""
        assert _interval("during July-March FY25")[1:] == (
            D(2024, 7, 1),
            D(2025, 3, 31),
            G.MONTH,
        )
        assert _interval("in July-October of the current fiscal year")[1:3] == (
            D(2022, 7, 1),
            D(2022, 10, 31),
        )

    def test_years_that_do_not_follow_each_other_are_no_fiscal_year(self) -> None:
        """``FY2024-26`` names no fiscal year: kept, with no dates."""
        assert resolve("FY2024-26", MONDAY) == When("FY2024-26")


class TestQuartersAndHalves:
    def test_quarters_of_a_calendar_year(self) -> None:
        """``Q3 2024``, ``the first quarter of 2023``, ``the last quarter of this year``."""
        texts = ("Q3 2024", "the first quarter of 2023", "in the last quarter of this year")
        assert [_interval(t)[1:] for t in texts] == [
            (D(2024, 7, 1), D(2024, 9, 30), G.PART_OF_YEAR),
            (D(2023, 1, 1), D(2023, 3, 31), G.PART_OF_YEAR),
            (D(2022, 10, 1), D(2022, 12, 31), G.PART_OF_YEAR),
        ]

    def test_quarters_and_halves_of_a_fiscal_year_count_from_july(self) -> None:
        """``the first quarter of FY2024-25`` is July-September 2024; ``H2 FY25`` January-June."""
        texts = (
            "the first quarter (July-September) of FY2024-25",
            "H2 FY-25",
            "Q2 of this fiscal year",
        )
        assert [_interval(t)[1:3] for t in texts] == [
            (D(2024, 7, 1), D(2024, 9, 30)),
            (D(2025, 1, 1), D(2025, 6, 30)),
            (D(2022, 10, 1), D(2022, 12, 31)),
        ]

    def test_quarter_without_year_is_placed_by_tense(self) -> None:
        """``in Q3`` written in November is this year's when past, next year's when planned."""
        assert [_interval("in Q3", t)[1] for t in (Tense.PAST, Tense.FUTURE)] == [
            D(2022, 7, 1),
            D(2023, 7, 1),
        ]

    def test_the_last_quarter_without_year_is_unresolved(self) -> None:
        """``the last quarter`` alone may be the previous quarter or the fourth: no dates."""
        assert resolve("in the last quarter", MONDAY) == When("in the last quarter")

    def test_half_written_as_h1(self) -> None:
        """``H1 2025`` is the first half of 2025, as ``the first half of 2025`` is."""
        assert _interval("in H1 2025")[1:] == (D(2025, 1, 1), D(2025, 6, 30), G.PART_OF_YEAR)


class TestSpansOfYears:
    def test_year_ranges(self) -> None:
        """``2015-2030``, ``in 2024-25`` and ``between 2013 and 2018`` run first to last year.

        ``2024-25`` without ``fiscal`` may be a fiscal year; the calendar years hold it.
        """
        texts = ("the 2015-2030 plan", "in 2024-25", "between 2013 and 2018")
        assert [_interval(t)[1:] for t in texts] == [
            (D(2015, 1, 1), D(2030, 12, 31), G.YEAR),
            (D(2024, 1, 1), D(2025, 12, 31), G.YEAR),
            (D(2013, 1, 1), D(2018, 12, 31), G.YEAR),
        ]

    def test_amount_range_is_no_time(self) -> None:
        """``2000-2500 MW`` is an amount; two years joined by ``and`` stay two years."""
        assert find_times("It adds 2000-2500 MW.", MONDAY) == []
        times = find_times("It grew in 2019 and 2020.", MONDAY)
        assert [w.text for _, _, w in times] == ["in 2019"]

    def test_decades(self) -> None:
        """``the 2020s`` is ten years; ``the 1900s`` may be a century, so it gets no dates."""
        assert _interval("in the 2020s")[1:] == (D(2020, 1, 1), D(2029, 12, 31), G.YEAR)
        assert resolve("the 1900s", MONDAY) == When("the 1900s")

    def test_since_runs_to_the_article_date(self) -> None:
        """``since 2015`` is 2015 up to the article date, not the year 2015 alone."""
        assert [_interval(t)[1:] for t in ("since 2015", "since Friday")] == [
            (D(2015, 1, 1), MONDAY, G.YEAR),
            (D(2022, 11, 18), MONDAY, G.DAYS),
        ]

    def test_since_a_later_date_is_unresolved(self) -> None:
        """``since 2030`` written in 2022 contradicts itself: kept, with no dates."""
        assert resolve("since 2030", MONDAY) == When("since 2030")


class TestMonthNames:
    def test_past_month_is_the_previous_occurrence(self) -> None:
        """A past ``in March`` written in November is this year's March."""
        assert _interval("in March", Tense.PAST)[1:3] == (D(2022, 3, 1), D(2022, 3, 31))

    def test_future_month_is_the_next_occurrence(self) -> None:
        """A planned ``in March`` written in November is next year's March."""
        assert _interval("in March", Tense.FUTURE)[1:3] == (D(2023, 3, 1), D(2023, 3, 31))

    def test_past_month_after_the_article_month_is_last_year(self) -> None:
        """A past ``in October`` written in January is the previous year's October."""
        assert _interval("in October", Tense.PAST, D(2025, 1, 20))[1:3] == (
            D(2024, 10, 1),
            D(2024, 10, 31),
        )

    def test_month_with_relative_year(self) -> None:
        """``in November last year`` fixes the year from the article date."""
        assert _interval("in November last year") == (
            "in November last year",
            D(2021, 11, 1),
            D(2021, 11, 30),
            G.MONTH,
        )

    def test_last_and_next_month_name_skip_the_current_one(self) -> None:
        """``last November`` written in November is the year before's."""
        assert _interval("last November")[1] == D(2021, 11, 1)
        assert _interval("next November")[1] == D(2023, 11, 1)

    def test_may_the_verb_is_not_a_month(self) -> None:
        """A bare ``May`` in running text is the modal verb; ``in May`` is the month."""
        assert [w.text for _, _, w in find_times("It May rain. He went in May.", MONDAY)] == [
            "in May"
        ]


class TestExplicitDates:
    def test_month_day_and_day_month_with_year(self) -> None:
        """Both date orders with a year are read exactly."""
        assert _interval("November 2, 2022")[1:] == (D(2022, 11, 2), D(2022, 11, 2), G.DAY)
        assert _interval("2 November 2022")[1:] == (D(2022, 11, 2), D(2022, 11, 2), G.DAY)

    def test_date_without_year_is_placed_by_tense(self) -> None:
        """``on November 25`` is last year's when past, this year's when planned."""
        assert _interval("on November 25", Tense.PAST)[1] == D(2021, 11, 25)
        assert _interval("on November 25", Tense.FUTURE)[1] == D(2022, 11, 25)

    def test_day_ranges(self) -> None:
        """``2-3 November``, ``November 2-3`` and ``from April 25 to 28`` are day ranges."""
        assert [_interval(t, Tense.PAST)[1:] for t in ("2-3 November", "November 2-3")] == [
            (D(2022, 11, 2), D(2022, 11, 3), G.DAYS),
            (D(2022, 11, 2), D(2022, 11, 3), G.DAYS),
        ]
        assert _interval("from April 25 to 28", Tense.PAST) == (
            "from April 25 to 28",
            D(2022, 4, 25),
            D(2022, 4, 28),
            G.DAYS,
        )

    def test_range_with_year(self) -> None:
        """``October 14-17, 2024`` keeps its year whatever the tense."""
        assert _interval("from October 14-17, 2024", Tense.PAST)[1:] == (
            D(2024, 10, 14),
            D(2024, 10, 17),
            G.DAYS,
        )

    def test_month_ranges(self) -> None:
        """``from July to September`` is whole months; ``July-March 2024`` began the year before."""
        texts = ("from July to September", "July-March 2024")
        assert [_interval(t, Tense.PAST)[1:] for t in texts] == [
            (D(2022, 7, 1), D(2022, 9, 30), G.MONTH),
            (D(2023, 7, 1), D(2024, 3, 31), G.MONTH),
        ]

    def test_range_across_a_year_end(self) -> None:
        """``December 30 to January 2`` starts in the year before it ends."""
        assert _interval("December 30 to January 2", Tense.FUTURE)[1:3] == (
            D(2022, 12, 30),
            D(2023, 1, 2),
        )

    @pytest.mark.parametrize(
        "text",
        [
            "from November 30 to 2 December",
            "from 30 November to December 2",
            "from Wednesday (November 30) to Friday (December 2",
            "from Wednesday, November 30, to Friday, December 2",
            "Wednesday, 30 November, to Friday, 2 December",
        ],
        ids=["month-day to day-month", "day-month to month-day", "weekdays", "commas", "dm"],
    )
    def test_range_across_a_month_end_in_mixed_forms(self, text: str) -> None:
        """Each side of a range may be written either way, with its weekday: one range."""
        assert _interval(text, Tense.FUTURE) == (text, D(2022, 11, 30), D(2022, 12, 2), G.DAYS)

    def test_a_comma_before_and_keeps_two_dates(self) -> None:
        """``on November 30, and December 2`` lists two days; only ``, to`` closes a range."""
        found = find_times("on November 30, and December 2", MONDAY, Tense.FUTURE)
        assert [(w.text, w.start, w.end) for _, _, w in found] == [
            ("on November 30", D(2022, 11, 30), D(2022, 11, 30)),
            ("December 2", D(2022, 12, 2), D(2022, 12, 2)),
        ]

    def test_day_of_month_is_placed_by_tense(self) -> None:
        """``on the 28th`` alone: the 28th of this month if planned, of the last one if past."""
        assert [_interval("on the 28th", t)[1] for t in (Tense.FUTURE, Tense.PAST)] == [
            D(2022, 11, 28),
            D(2022, 10, 28),
        ]

    def test_iso_date(self) -> None:
        """ISO dates are exact days."""
        assert _interval("2022-11-03")[1:] == (D(2022, 11, 3), D(2022, 11, 3), G.DAY)

    @pytest.mark.parametrize("text", ["on 03/11/2022", "03.11.2022", "3-11-2022", "2022/11/03"])
    def test_numeric_dates_are_day_first(self, text: str) -> None:
        """Pakistani papers write the day first (``03/11/2022``); Chinese ones the year first."""
        assert _interval(text)[1:] == (D(2022, 11, 3), D(2022, 11, 3), G.DAY)

    def test_numeric_date_that_cannot_be_day_first(self) -> None:
        """``11/21/2022`` has no 21st month, so only the month-first reading is left."""
        assert _interval("11/21/2022")[1] == D(2022, 11, 21)

    def test_impossible_date_is_unresolved(self) -> None:
        """``February 30`` names no day: the expression is kept with no dates."""
        assert _interval("February 30, 2022") == ("February 30, 2022", None, None, G.UNRESOLVED)


class TestDurations:
    def test_duration_fills_from_a_date(self) -> None:
        """``a four-day visit from July 8`` lasts July 8 to 11."""
        assert _interval("a four-day visit from July 8", Tense.PAST) == (
            "from July 8",
            D(2022, 7, 8),
            D(2022, 7, 11),
            G.DAYS,
        )

    def test_duration_fills_from_a_weekday(self) -> None:
        """``a two-day visit on Monday`` is Monday and Tuesday."""
        assert _interval("a two-day visit on Monday", Tense.FUTURE)[1:3] == (
            MONDAY,
            D(2022, 11, 22),
        )

    def test_duration_after_the_date(self) -> None:
        """``arrived on Friday on a three-day visit`` stretches Friday over three days."""
        times = find_times(
            "He arrived on Friday on a three-day official visit.", MONDAY, Tense.PAST
        )
        assert [(w.text, w.start, w.end) for _, _, w in times] == [
            ("on Friday", D(2022, 11, 18), D(2022, 11, 20))
        ]

    def test_duration_in_weeks(self) -> None:
        """``a two-week visit from May 2`` lasts fourteen days."""
        assert _interval("a two-week visit from May 2", Tense.PAST)[1:3] == (
            D(2022, 5, 2),
            D(2022, 5, 15),
        )

    def test_duration_of_something_else_is_ignored(self) -> None:
        """A ``two-day conference`` is not a trip: the day stays one day."""
        times = find_times("He spoke on Friday at a two-day conference.", MONDAY, Tense.PAST)
        assert [(w.start, w.end) for _, _, w in times] == [(D(2022, 11, 18), D(2022, 11, 18))]


class TestVague:
    @pytest.mark.parametrize(
        "text",
        [
            "recently",
            "recent",
            "earlier",
            "soon",
            "in recent weeks",
            "in the coming days",
            "over the past few months",
        ],
    )
    def test_vague_expressions_have_no_dates(self, text: str) -> None:
        """Vague words are kept as time expressions but never given invented dates."""
        assert resolve(text, MONDAY) == When(text, None, None, G.UNRESOLVED)

    def test_text_without_time_is_unresolved(self) -> None:
        """Text that names no time comes back unresolved rather than as today's date."""
        assert resolve("the corridor", MONDAY) == When("the corridor")

    def test_dates_past_the_calendar_are_unresolved(self) -> None:
        """``next year`` written on the calendar's last day names no representable date."""
        assert resolve("next year", D(9999, 12, 31)) == When("next year")

    def test_blank_text_is_refused(self) -> None:
        """An empty expression is a caller's mistake, reported as such."""
        with pytest.raises(ValueError, match="must not be empty"):
            resolve("  ", MONDAY)


class TestFindTimes:
    def test_offsets_point_at_the_text(self) -> None:
        """Each result's offsets hold its text, so callers can turn them into spans."""
        text = "The minister arrived on Monday and will leave next week, officials said."
        times = find_times(text, MONDAY)
        assert [(text[a:b], w.text, w.span) for a, b, w in times] == [
            ("on Monday", "on Monday", None),
            ("next week", "next week", None),
        ]

    def test_numbers_are_not_years(self) -> None:
        """A bare four-digit number is an amount; ``in 2015`` is a year."""
        times = find_times("It paid 2015 dollars in 2015.", MONDAY)
        assert [w.text for _, _, w in times] == ["in 2015"]

    def test_ordinal_of_a_noun_is_no_day(self) -> None:
        """``the 15th meeting`` counts meetings: an ordinal is a day only at a phrase end."""
        assert find_times("He chaired the 15th meeting of the committee.", MONDAY) == []

    def test_longest_expression_wins(self) -> None:
        """``in November last year`` is one expression, not ``November`` and ``last year``."""
        times = find_times("He went there in November last year.", MONDAY)
        assert [w.text for _, _, w in times] == ["in November last year"]


class TestGuessTense:
    @pytest.mark.parametrize(
        ("clause", "tense"),
        [
            ("The minister will", Tense.FUTURE),
            ("The minister is scheduled to visit", Tense.FUTURE),
            ("The premier is expected to", Tense.FUTURE),
            ("He arrived", Tense.PAST),
            ("She visited", Tense.PAST),
            ("The talks had", Tense.PAST),
            ("The envoy is visiting", Tense.PRESENT),
            ("The envoy is in", Tense.PRESENT),
            ("The premier may visit", Tense.FUTURE),
            ("He visited the port in May", Tense.PAST),
            ("The corridor", None),
            ("The visit begins", Tense.FUTURE),
            ("The talks will start", Tense.FUTURE),
            ("The delegation is due", Tense.FUTURE),
            ("The delegation was due", Tense.PAST),
            ("Our chairman was supposed to visit", Tense.PAST),
            ("The envoys were meant to travel", Tense.PAST),
            ("The chairman is supposed to visit", Tense.FUTURE),
        ],
    )
    def test_markers(self, clause: str, tense: Tense | None) -> None:
        """Auxiliaries and verb forms give the clause's tense; none gives None."""
        assert guess_tense(clause) is tense

    def test_being_at_a_place_is_the_present(self) -> None:
        """``is (already) at`` tells a stay under way, as ``is in`` does."""
        assert guess_tense("A Chinese technical team is already at") is Tense.PRESENT

    @pytest.mark.parametrize(
        ("clause", "tense"),
        [
            ("The envoy spent three days", Tense.PAST),
            ("The envoy stayed", Tense.PAST),
            ("The envoy is spending a week", Tense.PRESENT),
            ("The envoy plans to spend", Tense.FUTURE),
            ("The envoy is to stay", Tense.FUTURE),
        ],
    )
    def test_days_spent_or_a_stay_have_a_tense(self, clause: str, tense: Tense) -> None:
        """``spent``/``stayed`` are past, ``is spending`` present, ``to spend`` ahead."""
        assert guess_tense(clause) is tense

    def test_a_stop_that_was_to_be_made_is_ahead(self) -> None:
        """``was to stop in`` tells a plan as the past saw it: ahead, as ``was to travel`` is."""
        assert guess_tense("She was to stop") is Tense.FUTURE

    @pytest.mark.parametrize(
        "clause",
        ["The visit begins on Monday", "The talks will start on Monday", "He is due on Monday"],
    )
    def test_a_schedule_told_now_resolves_ahead(self, clause: str) -> None:
        """``begins on Monday``, ``is due on Monday``: the next Monday, not the last one."""
        wednesday, next_monday = MONDAY + dt.timedelta(days=2), MONDAY + dt.timedelta(days=7)
        ((_, _, when),) = find_times(clause, wednesday, guess_tense(clause))
        assert (when.start, when.end) == (next_monday, next_monday)

    @pytest.mark.parametrize(
        "clause", ["The minister is travelling to", "They are flying to", "She is leaving for"]
    )
    def test_setting_off_in_the_present_is_ahead(self, clause: str) -> None:
        """``is travelling to Y`` tells a trip on its way or ahead, not a stay under way."""
        assert guess_tense(clause) is Tense.FUTURE

    def test_last_marker_wins(self) -> None:
        """A relative clause's ``was`` does not override the main verb's ``will`` after it."""
        assert guess_tense("The minister, who was elected in May, will") is Tense.FUTURE

    @pytest.mark.parametrize(
        ("clause", "tense"),
        [
            ("He said we’ll", Tense.FUTURE),
            ("They'll", Tense.FUTURE),
            ("The envoy, who was here in May, said she'll", Tense.FUTURE),
            ("All the talks", None),  # "ll" with no contraction
            ("We’ll see, he was told", Tense.PAST),
        ],
    )
    def test_contracted_will(self, clause: str, tense: Tense | None) -> None:
        """``’ll``/``'ll`` marks the future wherever it stands last, and only a contraction does."""
        assert guess_tense(clause) is tense


# --- properties ------------------------------------------------------------------------------

_MONTH_NAMES = st.sampled_from(
    "January February March April May June July August September October November December".split()
)
_WEEKDAY_NAMES = st.sampled_from("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_DAYS = st.integers(1, 31)
_REFERENCES = st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31))
_TENSES = st.sampled_from([None, *Tense])

# Expressions whose placement depends on tense or that look back: no explicit year and no
# deictic pointing forward ("tomorrow", "late this month" may be after the date whatever the tense).
_TENSED = st.one_of(
    st.builds("on {}".format, _WEEKDAY_NAMES),
    st.builds("in {}".format, _MONTH_NAMES),
    st.builds("on {} {}".format, _MONTH_NAMES, _DAYS),
    st.builds("{} {}".format, _DAYS, _MONTH_NAMES),
    st.builds(lambda d, m: f"{d}-{d + 1} {m}", st.integers(1, 27), _MONTH_NAMES),
    st.builds("mid-{}".format, _MONTH_NAMES),
    st.builds("the first week of {}".format, _MONTH_NAMES),
    st.builds("in {} last year".format, _MONTH_NAMES),
    st.sampled_from(["yesterday", "last week", "last month", "earlier this year", "last year"]),
    st.sampled_from(["earlier this month", "two days ago", "last Friday", "recently"]),
    st.sampled_from(["over the weekend", "at the beginning of the month", "this weekend"]),
    st.sampled_from(["over the past week", "a decade ago"]),
    st.builds(
        "the {} week of {}".format, st.sampled_from(["1st", "2nd", "3rd", "4th"]), _MONTH_NAMES
    ),
    st.builds("by end-{}".format, _MONTH_NAMES),
    st.builds(
        "{} {} ago".format,
        st.sampled_from(["a", "two", "12"]),
        st.sampled_from(["days", "weeks", "fortnight", "months", "years"]),
    ),
    st.builds(
        "over the {} {} {}".format,
        st.sampled_from(["past", "last"]),
        st.sampled_from(["three", "10"]),
        st.sampled_from(["days", "weeks", "months", "years"]),
    ),
    st.builds("on the {}th".format, st.integers(4, 20)),
    st.builds("in Q{}".format, st.integers(1, 4)),
    st.builds("the {} quarter".format, st.sampled_from(["first", "2nd", "third", "fourth"])),
    st.builds(
        "since {}".format, st.sampled_from(["2015", "March", "last week", "Monday", "May 3"])
    ),
    st.builds("from {} to {}".format, _MONTH_NAMES, _MONTH_NAMES),
)
_YEARS = st.integers(1990, 2060)
_ANY = st.one_of(
    _TENSED,
    st.sampled_from(["tomorrow", "next week", "late this month", "next year", "this month"]),
    st.sampled_from(["in two weeks", "within a month", "the coming week", "in the next 10 days"]),
    st.sampled_from(["by year-end", "mid-year", "the last week of the month"]),
    st.builds("{} {}, {}".format, _MONTH_NAMES, _DAYS, st.integers(1990, 2060)),
    st.builds("a {}-day visit from {} {}".format, st.integers(2, 9), _MONTH_NAMES, _DAYS),
    st.builds(lambda y, d: f"FY{y}-{(y + d) % 100:02d}", _YEARS, st.integers(0, 2)),
    st.builds("Q{} {}".format, st.integers(1, 4), _YEARS),
    st.builds("the {} half of FY{}".format, st.sampled_from(["first", "second"]), _YEARS),
    st.builds("the {}0s".format, st.integers(180, 299)),
    st.builds("{}-{} FY{}".format, _MONTH_NAMES, _MONTH_NAMES, _YEARS),
    st.builds("from {} to {}".format, _YEARS, _YEARS),
    st.sampled_from(["the current fiscal year", "next fiscal year", "the last quarter"]),
    st.builds("{}/{}/{}".format, _DAYS, _DAYS, _YEARS),
    st.builds("{}.{}.{}".format, _YEARS, st.integers(1, 12), _DAYS),
)


class TestProperties:
    @given(_ANY, _REFERENCES, _TENSES)
    def test_intervals_are_ordered(self, text: str, ref: dt.date, tense: Tense | None) -> None:
        """Every resolved interval starts no later than it ends, or has no dates at all."""
        when = resolve(text, ref, tense)
        assert (when.start is None) == (when.end is None)
        assert when.start is None or when.end is None or when.start <= when.end

    @given(_TENSED, _REFERENCES)
    def test_past_never_starts_after_the_article(self, text: str, ref: dt.date) -> None:
        """A past-tense expression never resolves to an interval beginning after the article."""
        when = resolve(text, ref, Tense.PAST)
        assert when.start is None or when.start <= ref

    @given(_YEARS, st.sampled_from(["FY{}-{}", "fiscal year {}/{}", "the {}-{} fiscal year"]))
    def test_fiscal_years_run_july_to_june(self, year: int, form: str) -> None:
        """Every written fiscal year is 1 July of its first year to 30 June of the next."""
        text = form.format(year, str(year + 1)[2:])
        assert _interval(text)[1:3] == (D(year, 7, 1), D(year + 1, 6, 30))

    @given(_ANY, _REFERENCES, _TENSES)
    def test_resolution_is_pure(self, text: str, ref: dt.date, tense: Tense | None) -> None:
        """The same expression, date and tense always give the same result."""
        assert resolve(text, ref, tense) == resolve(text, ref, tense)

    @given(st.one_of(st.text(max_size=300), _ANY), st.dates(), _TENSES)
    def test_no_crash_on_arbitrary_text(self, text: str, ref: dt.date, tense: Tense | None) -> None:
        """Any text and any date yield well-formed results whose offsets hold their text."""
        for start, end, when in find_times(text, ref, tense):
            assert text[start:end] == when.text

    def test_linear_time(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Ten times the text costs about ten times the work, even when dense with triggers.

        Work is counted, not timed: every scanner attempt and every look-back word is bounded
        in length, so their number measures the cost.
        """
        scanner, words = _Counting(timex._SCANNER), _Counting(timex._WORD)
        monkeypatch.setattr(timex, "_SCANNER", scanner)
        monkeypatch.setattr(timex, "_WORD", words)
        unit = (
            "on Monday in May 2-3 1999 the first week of this month recently, in in 12 May. "
            "FY2024-25 Q3 of the current fiscal year a week ago 21/11/2022 July-March FY25 2020s "
        )

        def work(n: int) -> int:
            scanner.calls = words.calls = 0
            find_times(unit * n, MONDAY)
            return scanner.calls + words.calls

        assert work(2000) <= 12 * work(200)


class _Counting:
    """A stand-in for a compiled pattern that counts the matches it is asked for."""

    def __init__(self, pattern: "re.Pattern[str]") -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, pos: int = 0) -> "re.Match[str] | None":
        self.calls += 1
        return self.pattern.match(text, pos)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator["re.Match[str]"]:
        for m in self.pattern.finditer(text, pos, endpos):
            self.calls += 1
            yield m
