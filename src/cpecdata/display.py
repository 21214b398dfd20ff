"""HTML views for notebooks and docs: articles with their facts highlighted in place.

:func:`article_html` shows the body with every statement, visit, initiative and time expression
marked from its evidence span, a legend, and the fact tables underneath; :func:`corpus_html`
summarises many articles. Every piece of article text goes through :func:`html.escape`, so
scraped text can never inject markup, and all styling is inline so the HTML renders the same in
Jupyter, in a saved file and in the docs.
"""

import html
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

import attrs

from cpecdata.model import (
    Actor,
    Article,
    Initiative,
    Paragraph,
    Place,
    Span,
    Statement,
    Visit,
    When,
)

__all__ = ["HTML", "article_html", "corpus_html"]


class HTML(str):
    """A string of HTML that notebooks render as HTML when it is a cell's value.

    It is a plain ``str`` everywhere else (write it to a file, embed it in a page).
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        return str(self)


@attrs.frozen
class _Kind:
    """How one kind of fact is drawn: sentence-level evidence is underlined, short spans filled."""

    name: str
    prefix: str
    color: str
    underline: bool
    rank: int  # nesting order when two marks cover the same text: lower is outer


_VISIT = _Kind("Visit", "V", "#1f77b4", underline=True, rank=0)
_INITIATIVE = _Kind("Initiative", "I", "#2ca02c", underline=True, rank=1)
_STATEMENT = _Kind("Statement", "S", "#ffd966", underline=False, rank=2)
_TIME = _Kind("Time", "T", "#f4b6e0", underline=False, rank=3)
_KINDS = (_STATEMENT, _VISIT, _INITIATIVE, _TIME)


@attrs.frozen
class _Mark:
    """A highlight: the source interval, its kind, its label (``S1``) and its tooltip."""

    start: int
    end: int
    kind: _Kind
    label: str
    title: str

    @property
    def order(self) -> tuple[int, int, int]:
        """Outer marks first: earlier start, then longer, then by kind."""
        return (self.start, -self.end, self.kind.rank)


_BOX = "font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:60em"
_TEXT = "line-height:2.4;font-size:15px;margin:0.4em 0"
_CELL = "border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top"
_TABLE = "border-collapse:collapse;font-size:13px;margin:0.3em 0 1em 0"
_MUTED = "color:#666;font-size:13px"
_SUP = "font-size:10px;font-weight:bold;margin-left:2px;color:#333"


def article_html(article: Article) -> HTML:
    """The article as HTML: facts highlighted in the text, a legend, then one table per fact type.

    Overlapping facts nest (a statement inside a visit's evidence sentence); facts whose spans
    cross are split into segments, so every character is drawn once.
    """
    e = html.escape
    marks = _marks(article)
    counts = Counter(
        {
            _STATEMENT.name: len(article.statements),
            _VISIT.name: len(article.visits),
            _INITIATIVE.name: len(article.initiatives),
            _TIME.name: len(_whens(article)),
        }
    )
    meta = [article.date.isoformat()]
    if article.dateline:
        meta.append(e(article.dateline))
    if article.origin.path:
        meta.append(e(f"{article.origin.path}:{article.origin.line}"))
    meta.append(f"id {e(article.id)}")
    if article.noise:
        meta.append(f"{len(article.noise)} noise line(s) removed")
    parts = [
        f'<div class="cpecdata-article" style="{_BOX}">',
        f'<h3 style="margin:0.2em 0">{e(article.headline)}</h3>',
        f'<div style="{_MUTED}">{" · ".join(meta)}</div>',
        _legend(counts),
    ]
    by_paragraph = _assign(article.paragraphs, marks)
    for paragraph, own in zip(article.paragraphs, by_paragraph, strict=True):
        body = _highlight(article.source, paragraph.span.start, paragraph.span.end, own)
        parts.append(f'<p style="{_TEXT}">{body}</p>')
    if article.related:
        items = "".join(f"<li>{e(r.headline)}</li>" for r in article.related)
        also = f"{_MUTED};margin-top:1em"
        parts.append(f'<div style="{also}">Also read:<ul style="margin:0">{items}</ul></div>')
    parts += _fact_tables(article)
    parts.append("</div>")
    return HTML("\n".join(parts))


def corpus_html(articles: Iterable[Article], *, limit: int = 50) -> HTML:
    """A summary of many articles: totals, the most frequent speakers, and one row per article.

    The articles are read once; only the first ``limit`` get a row, so any corpus size is fine.
    """
    e = html.escape
    rows: list[list[str]] = []
    speakers: Counter[str] = Counter()
    total = statements = visits = initiatives = 0
    first: str | None = None
    last: str | None = None
    for article in articles:
        total += 1
        statements += len(article.statements)
        visits += len(article.visits)
        initiatives += len(article.initiatives)
        speakers.update(s.speaker.name for s in article.statements)
        day = article.date.isoformat()
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
        if len(rows) < limit:
            rows.append(
                [
                    day,
                    e(article.headline),
                    e(article.dateline or ""),
                    str(len(article.paragraphs)),
                    str(len(article.statements)),
                    str(len(article.visits)),
                    str(len(article.initiatives)),
                ]
            )
    span = f", {first} to {last}" if first else ""
    summary = (
        f"{total} article(s){span}: {statements} statement(s), {visits} visit(s), "
        f"{initiatives} initiative(s)"
    )
    parts = [f'<div class="cpecdata-corpus" style="{_BOX}">', f"<p>{summary}</p>"]
    if speakers:
        top = ", ".join(f"{e(name)} ({n})" for name, n in speakers.most_common(5))
        parts.append(f'<p style="{_MUTED}">Most quoted: {top}</p>')
    headers = ["date", "headline", "dateline", "paragraphs", "statements", "visits", "initiatives"]
    parts.append(_table(headers, rows))
    if total > len(rows):
        parts.append(f'<p style="{_MUTED}">… and {total - len(rows)} more</p>')
    parts.append("</div>")
    return HTML("\n".join(parts))


def _marks(article: Article) -> list[_Mark]:
    """Every highlight of the article, sorted outer-first.

    Facts of one kind with the same evidence (four corridors named in one sentence) share one
    mark labelled with all of them, instead of four stacked underlines.
    """
    marks: list[_Mark] = []
    for i, s in enumerate(article.statements, 1):
        title = f"{_actor(s.speaker)}: {s.kind.value} statement"
        marks.append(_Mark(s.span.start, s.span.end, _STATEMENT, f"S{i}", title))
    for i, x in enumerate(article.visits, 1):
        title = f"{_actor(x.visitor)} → {_place(x.destination)} ({x.status.value})"
        marks.append(_Mark(x.span.start, x.span.end, _VISIT, f"V{i}", title))
    for i, n in enumerate(article.initiatives, 1):
        title = f"{n.name} ({n.kind.value}, {n.sector.value})"
        marks.append(_Mark(n.span.start, n.span.end, _INITIATIVE, f"I{i}", title))
    for i, (span, w) in enumerate(_whens(article), 1):
        marks.append(_Mark(span.start, span.end, _TIME, f"T{i}", _when(w)))
    merged: dict[tuple[int, int, str], _Mark] = {}
    for m in marks:
        if m.end <= m.start:
            continue
        key = (m.start, m.end, m.kind.name)
        same = merged.get(key)
        merged[key] = (
            m
            if same is None
            else _Mark(
                m.start, m.end, m.kind, f"{same.label} {m.label}", f"{same.title}; {m.title}"
            )
        )
    return sorted(merged.values(), key=lambda m: m.order)


def _whens(article: Article) -> list[tuple[Span, When]]:
    """The distinct located time expressions of statements and visits, in reading order."""
    found = [s.when for s in article.statements] + [x.when for x in article.visits]
    unique = {w.span: w for w in found if w is not None and w.span is not None}
    return sorted(unique.items(), key=lambda item: (item[0].start, item[0].end))


def _assign(paragraphs: Sequence[Paragraph], marks: Sequence[_Mark]) -> list[list[_Mark]]:
    """The marks overlapping each paragraph (a mark crossing a paragraph break goes to both)."""
    ends = [p.span.end for p in paragraphs]
    out: list[list[_Mark]] = [[] for _ in paragraphs]
    for mark in marks:
        i = bisect_right(ends, mark.start)
        while i < len(paragraphs) and paragraphs[i].span.start < mark.end:
            out[i].append(mark)
            i += 1
    return out


def _highlight(source: str, start: int, end: int, marks: Sequence[_Mark]) -> str:
    """``source[start:end]`` escaped, with ``marks`` (sorted outer-first) drawn as nested tags.

    A sweep over the mark boundaries keeps a stack of open tags; when a mark ends below the
    top of the stack, the tags above it are closed and reopened, splitting crossing marks.
    """
    clipped = [(max(m.start, start), min(m.end, end), m) for m in marks]
    bounds = sorted({start, end, *(a for a, _, _ in clipped), *(b for _, b, _ in clipped)})
    out: list[str] = []
    stack: list[tuple[int, _Mark]] = []  # (clipped end, mark), outermost first
    pending = 0
    for here, nxt in pairwise(bounds):
        ended = next((i for i, (b, _) in enumerate(stack) if b <= here), len(stack))
        for b, mark in reversed(stack[ended:]):
            if b <= here and mark.end <= end:
                out.append(f'<sup style="{_SUP}">{mark.label}</sup>')
            out.append("</span>" if mark.kind.underline else "</mark>")
        reopen = [item for item in stack[ended:] if item[0] > here]
        del stack[ended:]
        while pending < len(clipped) and clipped[pending][0] <= here:
            reopen.append((clipped[pending][1], clipped[pending][2]))
            pending += 1
        for b, mark in reopen:
            out.append(_open(mark, depth=sum(m.kind.underline for _, m in stack)))
            stack.append((b, mark))
        out.append(html.escape(source[here:nxt]))
    for _, mark in reversed(stack):
        if mark.end <= end:
            out.append(f'<sup style="{_SUP}">{mark.label}</sup>')
        out.append("</span>" if mark.kind.underline else "</mark>")
    return "".join(out)


def _open(mark: _Mark, depth: int) -> str:
    """The opening tag of ``mark``; nested underlines sit lower so each stays visible."""
    title = html.escape(f"{mark.label} {mark.kind.name}: {mark.title}")
    if mark.kind.underline:
        style = f"border-bottom:3px solid {mark.kind.color};padding-bottom:{1 + 4 * depth}px"
        return f'<span data-fact="{mark.label}" title="{title}" style="{style}">'
    style = f"background:{mark.kind.color};color:#1a1a1a;padding:0.1em 0.2em;border-radius:0.3em"
    return f'<mark data-fact="{mark.label}" title="{title}" style="{style}">'


def _legend(counts: Counter[str]) -> str:
    """One chip per kind of fact, drawn as in the text, with its count."""
    chips = []
    for kind in _KINDS:
        if kind.underline:
            look = f"border-bottom:3px solid {kind.color}"
        else:
            look = f"background:{kind.color};border-radius:0.3em;padding:0 0.3em"
        chips.append(
            f'<span style="{look};margin-right:1em">{kind.name} ({counts[kind.name]})</span>'
        )
    return f'<div style="{_MUTED};margin:0.5em 0">{"".join(chips)}</div>'


def _fact_tables(article: Article) -> list[str]:
    """The statements, visits and initiatives tables (only those that have rows)."""
    out = []
    if article.statements:
        headers = ["#", "speaker", "kind", "verb", "text", "when", "confidence"]
        out.append("<h4>Statements</h4>")
        out.append(
            _table(headers, [_statement_row(i, s) for i, s in enumerate(article.statements, 1)])
        )
    if article.visits:
        headers = ["#", "visitor", "destination", "host", "when", "status", "qualifiers"]
        out.append("<h4>Visits</h4>")
        out.append(_table(headers, [_visit_row(i, x) for i, x in enumerate(article.visits, 1)]))
    if article.initiatives:
        headers = ["#", "name", "kind", "sector", "location", "status"]
        out.append("<h4>Initiatives</h4>")
        rows = [_initiative_row(i, n) for i, n in enumerate(article.initiatives, 1)]
        out.append(_table(headers, rows))
    return out


def _statement_row(i: int, s: Statement) -> list[str]:
    e = html.escape
    when = _when(s.when) if s.when else ""
    return [f"S{i}", e(_actor(s.speaker)), s.kind.value, e(s.verb or ""), e(s.text), e(when),
            f"{s.confidence:.2f}"]  # fmt: skip


def _visit_row(i: int, x: Visit) -> list[str]:
    e = html.escape
    host = _actor(x.host) if x.host else ""
    when = _when(x.when) if x.when else ""
    return [f"V{i}", e(_actor(x.visitor)), e(_place(x.destination)), e(host), e(when),
            x.status.value, e(", ".join(x.qualifiers))]  # fmt: skip


def _initiative_row(i: int, n: Initiative) -> list[str]:
    e = html.escape
    location = _place(n.location) if n.location else ""
    status = n.status.value if n.status else ""
    return [f"I{i}", e(n.name), n.kind.value, n.sector.value, e(location), status]


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An HTML table from already-escaped cells."""
    head = "".join(f'<th style="{_CELL};background:#f3f3f3">{h}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{cell}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    return f'<table style="{_TABLE}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _actor(actor: Actor) -> str:
    """``Name (role, organization, country)`` with the parts that are known."""
    details = [d for d in (actor.role, actor.organization, actor.country) if d]
    return f"{actor.name} ({', '.join(details)})" if details else actor.name


def _place(place: Place) -> str:
    """``Name, Country`` unless the place is the country itself."""
    if place.country and place.country != place.name:
        return f"{place.name}, {place.country}"
    return place.name


def _when(when: When) -> str:
    """The expression and the interval it resolved to."""
    if when.start is None or when.end is None:
        return f"{when.text} (unresolved)"
    if when.start == when.end:
        return f"{when.text} ({when.start.isoformat()})"
    return f"{when.text} ({when.start.isoformat()} – {when.end.isoformat()})"
