import importlib
import sys

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from cpecdata import strategies as cst
from cpecdata.model import Article, Initiative, Span, Statement, Visit
from cpecdata.rawformat import parse_bytes, parse_text
from cpecdata.serialize.raw import render_raw


def _parsed(text: str) -> list[Article]:
    items = list(parse_text(text))
    assert all(isinstance(item, Article) for item in items), items
    return [item for item in items if isinstance(item, Article)]


def _inside(span: Span, article: Article) -> bool:
    return any(p.span.start <= span.start and span.end <= p.span.end for p in article.paragraphs)


@given(cst.articles())
def test_articles_are_canonical(article: Article) -> None:
    """An article's source is exactly its canonical raw rendering."""
    assert render_raw(article) == article.source


@given(cst.articles())
def test_article_facts_cite_paragraphs(article: Article) -> None:
    """Every fact and time span lies inside one paragraph, as extracted facts do."""
    facts: list[Statement | Visit | Initiative] = [
        *article.statements,
        *article.visits,
        *article.initiatives,
    ]
    whens = [f.when for f in facts if isinstance(f, Statement | Visit) and f.when is not None]
    spans = [f.span for f in facts] + [w.span for w in whens if w.span is not None]
    assert [s for s in spans if not _inside(s, article)] == []


@given(cst.articles(facts=False, max_paragraphs=2))
def test_articles_without_facts(article: Article) -> None:
    """facts=False gives bare parsed-looking articles with at most max_paragraphs paragraphs."""
    found = (article.statements, article.visits, article.initiatives)
    assert found == ((), (), ())
    assert len(article.paragraphs) <= 2


@given(cst.visits())
def test_visit_codes_follow_host(visit: Visit) -> None:
    """CAMEO 043 (host a visit) is there exactly when a host is."""
    assert visit.cameo == (("042",) if visit.host is None else ("042", "043"))


@given(cst.spans(max_offset=50))
def test_spans_bounded(span: Span) -> None:
    """Spans are ordered and stay within max_offset."""
    assert 0 <= span.start <= span.end <= 50


@given(cst.raw_records())
def test_raw_record_is_one_article(text: str) -> None:
    """A raw record parses as exactly one article."""
    assert len(_parsed(text)) == 1


@given(cst.raw_files(min_records=2, max_records=3))
def test_raw_files_record_count(text: str) -> None:
    """A raw file holds between min_records and max_records articles, LF only by default."""
    assert 2 <= len(_parsed(text)) <= 3
    assert "\r" not in text
    assert not text.startswith("\ufeff")


@given(cst.raw_files(crlf=True, bom=True))
def test_raw_files_options(text: str) -> None:
    """With crlf and bom the text opens with a BOM; CR ends are never mixed with LF ones."""
    assert text[0] == "\ufeff"
    assert "\r" not in text.replace("\r\n", "") or "\n" not in text


@given(cst.raw_files(noise=False, trailers=False, curly_quotes=False))
def test_raw_files_without_extras(text: str) -> None:
    """Turning noise, trailers and curly quotes off leaves plain paragraphs only."""
    articles = _parsed(text)
    assert [(a.noise, a.related) for a in articles] == [((), ())] * len(articles)
    assert "“" not in text
    assert "”" not in text


@pytest.mark.parametrize("clean", [True, False])
def test_noisy_bytes_draws_good_and_bad_files(clean: bool) -> None:
    """noisy_bytes draws files the parser reads cleanly as well as files it rejects."""

    def parses_cleanly(data: bytes) -> bool:
        items = list(parse_bytes(data))
        return clean == all(isinstance(item, Article) for item in items)

    first_found = settings(max_examples=500, phases=[Phase.generate])
    found = find(cst.noisy_bytes(), parses_cleanly, settings=first_found)
    assert isinstance(found, bytes)


@given(st.data())
def test_paragraph_texts_have_no_blank_lines(data: st.DataObject) -> None:
    """A paragraph text is non-blank and never contains an empty line."""
    text = data.draw(cst.paragraph_texts())
    assert text == text.strip()
    assert [line for line in text.split("\n") if not line.strip()] == []


def test_same_arguments_same_strategy() -> None:
    """Strategies are built once per arguments, which keeps drawing fast."""
    assert cst.articles() is cst.articles()
    assert cst.raw_files() is not cst.raw_files(crlf=True)


def test_missing_hypothesis_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without hypothesis the import error says which extra to install."""
    monkeypatch.delitem(sys.modules, "cpecdata.strategies")
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    with pytest.raises(ImportError) as info:
        importlib.import_module("cpecdata.strategies")
    assert str(info.value) == (
        "cpecdata.strategies needs hypothesis: pip install cpecdata[hypothesis]"
    )
