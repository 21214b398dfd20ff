"""Tests for the notebook HTML views: highlights, nesting, escaping and the corpus summary."""

import datetime as dt
import html
import re
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpecdata.display import _KINDS, _highlight, _Mark, article_html, corpus_html
from cpecdata.model import (
    Actor,
    Article,
    Granularity,
    Initiative,
    InitiativeKind,
    Place,
    Sector,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)
from cpecdata.rawformat import parse_text

# Fictional: invented people and a hostile headline and body, in the raw format.
RAW = (
    ' date 2025-03-04 Minister "opens" <b>Thar</b> park & more\n'
    "\n"
    "KARACHI: Minister for Planning Farah Qureshi visited Gwadar on Monday to open the Sonmiani"
    " wind farm.\n"
    "\n"
    "“It will power <script>alert('x')</script> homes & farms,” she said.\n"
)


def _span(source: str, text: str) -> Span:
    start = source.index(text)
    return Span(start, start + len(text))


@pytest.fixture
def article() -> Article:
    [parsed] = parse_text(RAW, "fixture.txt")
    assert isinstance(parsed, Article)
    src = parsed.source
    farah = Actor("Farah Qureshi", role="Minister for Planning", country="Pakistan")
    evidence = (
        "Minister for Planning Farah Qureshi visited Gwadar on Monday to open the Sonmiani"
        " wind farm."
    )
    quote = "It will power <script>alert('x')</script> homes & farms,"
    monday = When("on Monday", dt.date(2025, 3, 3), dt.date(2025, 3, 3), Granularity.DAY,
                  _span(src, "on Monday"))  # fmt: skip
    return attrs.evolve(
        parsed,
        statements=(Statement(farah, StatementKind.DIRECT, quote, _span(src, quote), "said"),),
        visits=(
            Visit(
                farah,
                Place("Gwadar", "Pakistan"),
                evidence,
                _span(src, evidence),
                VisitStatus.PAST,
                when=monday,
            ),
        ),
        initiatives=(
            Initiative(
                "Sonmiani wind farm",
                InitiativeKind.PROJECT,
                Sector.ENERGY,
                evidence,
                _span(src, evidence),
            ),
        ),
    )


class _Events(HTMLParser):
    """Flatten the highlighted paragraphs into (open label) / text / (close) events."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str]] = []
        self.stack: list[str] = []
        self.in_p = self.in_sup = False

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if tag == "p" and ("style", None) not in attrs_:
            self.in_p = True
        fact = dict(attrs_).get("data-fact")
        if self.in_p and fact:
            self.events.append(("open", fact))
            self.stack.append(tag)
        self.in_sup = self.in_sup or tag == "sup"

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self.in_p = False
        elif tag == "sup":
            self.in_sup = False
        elif self.in_p and tag in ("mark", "span"):
            assert self.stack.pop() == tag, "tags must nest"
            self.events.append(("close", ""))

    def handle_data(self, data: str) -> None:
        if self.in_p:
            self.events.append(("label" if self.in_sup else "text", data))


def _events(markup: str) -> list[tuple[str, str]]:
    parser = _Events()
    parser.feed(markup)
    assert parser.stack == []
    return parser.events


class TestArticleHtml:
    def test_every_fact_is_highlighted_nested_in_place(self, article: Article) -> None:
        """Visit and initiative share a sentence, the time sits inside it: all nest in order."""
        events = _events(article_html(article))
        assert events == [
            ("open", "V1"),
            ("open", "I1"),
            ("text", "Minister for Planning Farah Qureshi visited Gwadar "),
            ("open", "T1"),
            ("text", "on Monday"),
            ("label", "T1"),
            ("close", ""),
            ("text", " to open the Sonmiani wind farm."),
            ("label", "I1"),
            ("close", ""),
            ("label", "V1"),
            ("close", ""),
            ("text", "“"),
            ("open", "S1"),
            ("text", "It will power <script>alert('x')</script> homes & farms,"),
            ("label", "S1"),
            ("close", ""),
            ("text", "” she said."),
        ]

    def test_facts_with_the_same_evidence_share_one_mark(self, article: Article) -> None:
        """Two initiatives named in one sentence get one underline labelled with both."""
        second = attrs.evolve(article.initiatives[0], name="Gwadar port")
        markup = article_html(attrs.evolve(article, initiatives=(*article.initiatives, second)))
        events = _events(markup)
        assert [e for e in events if e[0] in ("open", "label")][:3] == [
            ("open", "V1"),
            ("open", "I1 I2"),
            ("open", "T1"),
        ]
        assert ("label", "I1 I2") in events
        assert "Initiative (2)" in markup

    def test_hostile_text_is_escaped(self, article: Article) -> None:
        """Scraped text must never become markup: tags, quotes and ampersands are escaped."""
        markup = article_html(article)
        assert "<script>" not in markup
        assert "<b>" not in markup
        assert html.escape("It will power <script>alert('x')</script> homes & farms,") in markup
        assert html.escape('Minister "opens" <b>Thar</b> park & more') in markup

    def test_fact_tables_list_each_fact(self, article: Article) -> None:
        """Each fact type gets a table whose rows describe the facts in words."""
        markup = article_html(article)
        visits = markup.split("<h4>Visits</h4>")[1].split("</table>")[0]
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", visits)
        assert cells == [
            "V1",
            "Farah Qureshi (Minister for Planning, Pakistan)",
            "Gwadar, Pakistan",
            "",
            "on Monday (2025-03-03)",
            "past",
            "",
        ]

    def test_article_without_facts_has_no_tables(self) -> None:
        """A freshly parsed article shows its text and an all-zero legend, and no empty tables."""
        [parsed] = parse_text(RAW)
        assert isinstance(parsed, Article)
        markup = article_html(parsed)
        assert "<table" not in markup
        assert "Statement (0)" in markup


class TestHighlight:
    def test_crossing_spans_are_split(self) -> None:
        """Two marks that cross are drawn as nested pieces: the second is closed and reopened."""
        kind = _KINDS[0]
        marks = [_Mark(0, 6, kind, "A", ""), _Mark(3, 9, kind, "B", "")]
        events = _events("<p>" + _highlight("abcdefghij", 0, 10, marks) + "</p>")
        assert events == [
            ("open", "A"), ("text", "abc"), ("open", "B"), ("text", "def"), ("close", ""),
            ("label", "A"), ("close", ""), ("open", "B"), ("text", "ghi"), ("label", "B"),
            ("close", ""), ("text", "j"),
        ]  # fmt: skip

    def test_mark_clipped_at_paragraph_end_has_no_label(self) -> None:
        """A mark running past the paragraph is drawn up to its end; its label waits for its end."""
        marks = [_Mark(2, 20, _KINDS[1], "V1", "")]
        events = _events("<p>" + _highlight("abcdef", 0, 6, marks) + "</p>")
        assert events == [("text", "ab"), ("open", "V1"), ("text", "cdef"), ("close", "")]

    @given(
        text=st.text(alphabet="ab<&>\"' ", min_size=1, max_size=30),
        raw=st.lists(st.tuples(st.integers(0, 30), st.integers(1, 30), st.sampled_from(_KINDS))),
    )
    def test_any_marks_nest_and_keep_the_text(
        self, text: str, raw: list[tuple[int, int, object]]
    ) -> None:
        """Whatever the spans, the tags nest and the visible text is the source, escaped."""
        marks = sorted(
            (
                _Mark(a, min(a + n, len(text)), kind, f"L{i}", "")
                for i, (a, n, kind) in enumerate(raw)
                if a < len(text) and isinstance(kind, type(_KINDS[0]))
            ),
            key=lambda m: m.order,
        )
        events = _events("<p>" + _highlight(text, 0, len(text), marks) + "</p>")
        assert "".join(data for what, data in events if what == "text") == text


class TestCorpusHtml:
    def test_summary_counts_and_limit(self, article: Article) -> None:
        """Totals cover every article; rows stop at the limit with a note of how many are left."""
        later = attrs.evolve(article, date=dt.date(2025, 4, 1))
        markup = corpus_html([article, later, article], limit=2)
        summary = (
            "3 article(s), 2025-03-04 to 2025-04-01: 3 statement(s), 3 visit(s), 3 initiative(s)"
        )
        assert f"<p>{summary}</p>" in markup
        assert markup.count("<tr>") == 3  # header + 2 rows
        assert "… and 1 more" in markup
        assert "Most quoted: Farah Qureshi (3)" in markup

    def test_notebooks_render_the_summary(self, article: Article) -> None:
        """The summary is a str that Jupyter shows as HTML when a cell evaluates to it."""
        markup = corpus_html([article])
        assert isinstance(markup, str)
        assert markup._repr_html_() == str(markup)

    def test_empty_corpus(self) -> None:
        """No articles gives a zero summary and an empty table, not an error."""
        markup = corpus_html([])
        assert "<p>0 article(s): 0 statement(s), 0 visit(s), 0 initiative(s)</p>" in markup
