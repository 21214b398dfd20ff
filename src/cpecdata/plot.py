"""Plots of a corpus with matplotlib (``pip install cpecdata[plot]``): visits and statements.

Both functions draw on the given axes or on a new :class:`~matplotlib.figure.Figure` (never
through ``pyplot``, so no global state and no display is needed) and return the axes; save with
``ax.figure.savefig("out.png")``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from cpecdata._optional import require
from cpecdata.model import Article, VisitStatus
from cpecdata.timeline import TimelineEntry, visits_timeline

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_statements_per_month", "plot_visit_timeline"]

_STATUS_COLORS = {
    VisitStatus.PAST: "#1f77b4",
    VisitStatus.ONGOING: "#2ca02c",
    VisitStatus.PLANNED: "#ff7f0e",
    VisitStatus.POSTPONED: "#9467bd",
    VisitStatus.CANCELLED: "#7f7f7f",
}
_OTHERS = "(others)"
_MONTH_BAR_DAYS = 26.0


def plot_visit_timeline(
    data: Iterable[Article] | Sequence[TimelineEntry], ax: Axes | None = None
) -> Axes:
    """Who went where, when: one row per trip (``visitor → destination``), coloured by status.

    ``data`` is a list of timeline entries or articles (merged into trips with
    :func:`~cpecdata.timeline.visits_timeline` first, so a trip reported ten times is drawn
    once). A bar spans the trip's dates and a dot marks its first day, so a one-day trip stays
    visible on an axis of years; trips dated only by their reports' publication date are hollow
    dots on hatched bars.
    """
    entries = _timeline(data)
    ax = ax if ax is not None else _axes(width=9.0, height=1.2 + 0.35 * len(entries))
    mdates = require("matplotlib.dates", "plot")
    for row, entry in enumerate(entries):
        start = float(mdates.date2num(entry.start))
        color = _STATUS_COLORS[entry.status]
        hollow = entry.date_from_publication
        ax.barh(
            row, (entry.end - entry.start).days + 1, left=start, height=0.5, color=color,
            hatch="//" if hollow else None, edgecolor="black", linewidth=0.5,
        )  # fmt: skip
        ax.plot([start], [row], "o", color=color, markerfacecolor="white" if hollow else color)
    labels = [f"{e.visitor.name} → {e.destination.name}" for e in entries]
    ax.use_sticky_edges = False  # leave a margin so the first and last dots are not clipped
    ax.margins(x=0.04)
    ax.set_yticks(range(len(entries)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.set_title("Visits, one row per trip")
    used = dict.fromkeys(e.status for e in entries)
    handles = [_patch(_STATUS_COLORS[status], status.value) for status in used]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    return ax


def plot_statements_per_month(
    articles: Iterable[Article], ax: Axes | None = None, *, top: int = 8
) -> Axes:
    """Statements per speaker per month of publication, as stacked bars.

    The ``top`` most quoted speakers get their own colour; the rest are stacked as "(others)".
    Each month's bar starts on its first day on a date axis, so months without statements
    show as gaps and a corpus spanning years stays readable.
    """
    counts: Counter[tuple[dt.date, str]] = Counter()
    totals: Counter[str] = Counter()
    for article in articles:
        month = article.date.replace(day=1)
        for statement in article.statements:
            counts[month, statement.speaker.name] += 1
            totals[statement.speaker.name] += 1
    shown = [name for name, _ in totals.most_common(top)]
    months = sorted({month for month, _ in counts})
    ax = ax if ax is not None else _axes(width=9.0, height=4.5)
    mdates = require("matplotlib.dates", "plot")
    x = [float(mdates.date2num(month)) for month in months]
    bottom = [0] * len(months)
    for (month, name), n in list(counts.items()):
        if name not in shown:
            counts[month, _OTHERS] += n
    groups = [*shown, _OTHERS] if len(totals) > len(shown) else shown
    for name in groups:
        heights = [counts[month, name] for month in months]
        ax.bar(x, heights, width=_MONTH_BAR_DAYS, bottom=bottom, align="edge", label=name)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylabel("statements")
    ax.set_title("Statements per speaker per month")
    if groups:
        ax.legend(fontsize=8)
    return ax


def _timeline(data: Iterable[Article] | Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """Timeline entries, merging articles' visits into trips when given articles."""
    items = list(data)
    if all(isinstance(item, TimelineEntry) for item in items):
        return [item for item in items if isinstance(item, TimelineEntry)]
    return visits_timeline(item for item in items if isinstance(item, Article))


def _axes(width: float, height: float) -> Axes:
    """Axes on a new pyplot-free figure."""
    figure = require("matplotlib.figure", "plot")
    fig = figure.Figure(figsize=(width, height), layout="constrained")
    axes: Axes = fig.add_subplot()
    return axes


def _patch(color: str, label: str) -> object:
    """A legend handle: a filled square."""
    patches = require("matplotlib.patches", "plot")
    return patches.Patch(facecolor=color, edgecolor="black", linewidth=0.5, label=label)
