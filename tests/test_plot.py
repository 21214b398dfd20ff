"""Tests for the matplotlib plots: what is drawn, and that it renders to PNG."""

import datetime as dt
from pathlib import Path

import pytest

from cpecdata.model import (
    Actor,
    Article,
    Granularity,
    Place,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)
from cpecdata.plot import plot_statements_per_month, plot_visit_timeline
from cpecdata.timeline import visits_timeline

mdates = pytest.importorskip("matplotlib.dates", reason="needs cpecdata[plot]")

SENTENCE = "Someone went somewhere."  # fictional; every fact points at it


def _article(
    day: dt.date, *, speakers: tuple[str, ...] = (), visits: tuple[Visit, ...] = ()
) -> Article:
    source = f" date {day.isoformat()} Fictional\n\n{SENTENCE}"
    span = Span(len(source) - len(SENTENCE), len(source))
    statements = tuple(
        Statement(Actor(name), StatementKind.INDIRECT, SENTENCE, span) for name in speakers
    )
    return Article(
        id=f"a{day.isoformat()}{len(speakers)}{len(visits)}", date=day, headline="Fictional",
        source=source, statements=statements,
        visits=tuple(Visit(v.visitor, v.destination, SENTENCE, span, v.status, when=v.when)
                     for v in visits),
    )  # fmt: skip


def _visit(name: str, place: str, status: VisitStatus, start: dt.date | None = None) -> Visit:
    when = When("on a day", start, start, Granularity.DAY) if start else None
    return Visit(Actor(name), Place(place, "Pakistan"), SENTENCE, Span(0, 1), status, when=when)


@pytest.fixture
def articles() -> list[Article]:
    farah = _visit("Farah Qureshi", "Gwadar", VisitStatus.PAST, dt.date(2025, 3, 3))
    return [
        _article(dt.date(2025, 3, 4), speakers=("Liu Wen", "Liu Wen", "Farah Qureshi"),
                 visits=(farah,)),
        _article(dt.date(2025, 3, 5), visits=(farah,)),  # the same trip, reported again
        _article(dt.date(2025, 5, 20), speakers=("Omar Baig",),
                 visits=(_visit("Liu Wen", "Karachi", VisitStatus.PLANNED),)),
    ]  # fmt: skip


class TestVisitTimeline:
    def test_one_row_per_trip(self, articles: list[Article], tmp_path: Path) -> None:
        """Two reports of one trip make one row; undated trips still get one; PNG renders."""
        ax = plot_visit_timeline(articles)
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert labels == ["Farah Qureshi → Gwadar", "Liu Wen → Karachi"]
        assert len(ax.patches) == 2
        assert [line.get_markerfacecolor() for line in ax.lines] == ["#1f77b4", "white"]
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["past", "planned"]
        out = tmp_path / "visits.png"
        ax.figure.savefig(out)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    def test_accepts_a_timeline(self, articles: list[Article]) -> None:
        """A ready timeline is drawn as given, without merging again."""
        ax = plot_visit_timeline(visits_timeline(articles))
        assert len(ax.patches) == 2

    def test_empty_input_draws_empty_axes(self) -> None:
        """No visits is an empty plot, not an error."""
        ax = plot_visit_timeline([])
        assert (len(ax.patches), ax.get_legend()) == (0, None)


class TestStatementsPerMonth:
    def test_stacks_speakers_per_month(self, articles: list[Article], tmp_path: Path) -> None:
        """A bar per month with statements, from its first day; one series per top speaker."""
        ax = plot_statements_per_month(articles, top=2)
        months = [mdates.num2date(p.get_x()).date() for p in ax.containers[0]]
        assert months == [dt.date(2025, 3, 1), dt.date(2025, 5, 1)]
        series = [t.get_text() for t in ax.get_legend().get_texts()]
        assert series == ["Liu Wen", "Farah Qureshi", "(others)"]
        heights = [[p.get_height() for p in c] for c in ax.containers]
        assert heights == [[2, 0], [1, 0], [0, 1]]
        ax.figure.savefig(tmp_path / "statements.png")

    def test_no_statements(self) -> None:
        """Articles without statements give an empty plot with no legend."""
        ax = plot_statements_per_month([_article(dt.date(2025, 1, 1))])
        assert (len(ax.patches), ax.get_legend()) == (0, None)
