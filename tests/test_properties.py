"""Properties that hold for every article and every input, checked on generated data."""

import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpecdata import strategies as cst
from cpecdata.errors import LoadError, ParseError
from cpecdata.model import Article, Noise, Origin, Paragraph, RelatedLink
from cpecdata.rawformat import parse_bytes, parse_text
from cpecdata.serialize._converter import CONVERTER
from cpecdata.serialize.json import dump_jsonl, from_dict, from_json, load_jsonl, to_dict, to_json
from cpecdata.serialize.raw import render_raw, render_raw_many
from cpecdata.serialize.schema import json_schema

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.FormatChecker()
)
_PARSE_DEADLINE = dt.timedelta(seconds=2)  # generous; a hang or blow-up takes far longer


def _content(article: Article) -> tuple[Any, ...]:
    """The fields the raw format carries: what a raw round trip must preserve."""
    return (
        article.id,
        article.date,
        article.headline,
        article.dateline,
        [p.text for p in article.paragraphs],
        [(r.headline, r.teaser, r.truncated, r.text) for r in article.related],
        [(n.kind, n.text) for n in article.noise],
    )


def _parse_all(text: str) -> list[Article]:
    items = list(parse_text(text))
    assert [i for i in items if not isinstance(i, Article)] == []
    return [i for i in items if isinstance(i, Article)]


def _kept(items: list[Article | ParseError]) -> str:
    """Everything the parser handed back: record sources and the raw text of reported errors."""
    return "".join(i.source if isinstance(i, Article) else i.raw for i in items)


class TestJson:
    @given(cst.articles())
    def test_round_trip(self, article: Article) -> None:
        """Loading what to_json wrote gives the same article, facts and all."""
        assert from_json(to_json(article)) == article

    @given(cst.articles())
    def test_output_matches_schema(self, article: Article) -> None:
        """Every JSON document the writer produces validates against the shipped schema."""
        assert list(_VALIDATOR.iter_errors(to_dict(article))) == []

    @given(
        st.one_of(
            cst.spans(), cst.origins(), cst.actors(), cst.places(), cst.whens(),
            cst.statements(), cst.visits(), cst.initiatives(),
        )
    )  # fmt: skip
    def test_value_round_trip(self, value: Any) -> None:
        """Each model value, with arbitrary Unicode text, survives JSON text and back."""
        text = json.dumps(CONVERTER.unstructure(value), ensure_ascii=False, allow_nan=False)
        assert CONVERTER.structure(json.loads(text), type(value)) == value

    @given(st.lists(cst.articles(), max_size=3))
    def test_jsonl_round_trip(self, articles: list[Article]) -> None:
        """A JSONL stream loads back to the same articles in the same order."""
        out = io.StringIO()
        dump_jsonl(articles, out)
        assert load_jsonl(io.StringIO(out.getvalue())) == articles

    @given(cst.articles(facts=False), st.data())
    def test_cut_json_is_a_load_error(self, article: Article, data: st.DataObject) -> None:
        """JSON cut anywhere short of its end fails with a LoadError, nothing else."""
        text = to_json(article)
        cut = data.draw(st.integers(0, len(text) - 1))
        with pytest.raises(LoadError):
            from_json(text[:cut])

    @given(_JSON_VALUES)
    def test_any_json_value(self, value: Any) -> None:
        """Any JSON value that is not an article fails with a LoadError, nothing else."""
        with pytest.raises(LoadError):
            from_dict(value)

    @given(cst.articles(), st.data())
    def test_any_value_anywhere(self, article: Article, data: st.DataObject) -> None:
        """Putting any JSON value anywhere gives an article or a LoadError, nothing else."""
        document = to_dict(article)
        paths = list(_paths(document))
        *parents, last = data.draw(st.sampled_from(paths))
        target = document
        for key in parents:
            target = target[key]
        target[last] = data.draw(_JSON_VALUES)
        try:
            result: Article | LoadError = from_dict(document)
        except LoadError as exc:
            result = exc
        assert isinstance(result, Article | LoadError)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The key path of every value inside a JSON document."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, inner in items:
        yield (*prefix, key)
        if isinstance(inner, dict | list):
            yield from _paths(inner, (*prefix, key))


class TestRawRoundTrip:
    @given(cst.articles())
    def test_render_is_the_canonical_source(self, article: Article) -> None:
        """A generated article's source is exactly what render_raw writes for it."""
        assert render_raw(article) == article.source

    @given(cst.articles(facts=False))
    def test_canonical_text_byte_for_byte(self, article: Article) -> None:
        """For a text in the canonical layout, render_raw(parse(x)) == x byte for byte."""
        (parsed,) = _parse_all(article.source)
        assert render_raw(parsed) == article.source

    @given(cst.articles(facts=False))
    def test_parse_render(self, article: Article) -> None:
        """Parsing the rendering gives back every content field of the article."""
        (parsed,) = _parse_all(render_raw(article))
        assert _content(parsed) == _content(article)

    @given(cst.articles(facts=False))
    def test_parse_render_whole_article(self, article: Article) -> None:
        """Spans included, the parse equals the article up to where it came from."""
        (parsed,) = _parse_all(render_raw(article))
        assert parsed == attrs.evolve(article, origin=Origin())

    @given(st.lists(cst.articles(facts=False), min_size=1, max_size=3))
    def test_many_records(self, articles: list[Article]) -> None:
        """A multi-record rendering parses back to the same records' content, in order."""
        parsed = _parse_all(render_raw_many(articles))
        assert [_content(a) for a in parsed] == [_content(a) for a in articles]

    @given(cst.raw_files(crlf=True))
    def test_render_parse_render(self, text: str) -> None:
        """Rendering is a fixed point: render(parse(render(parse(x)))) == render(parse(x))."""
        once = [render_raw(a) for a in _parse_all(text)]
        assert [render_raw(b) for a in once for b in _parse_all(a)] == once


class TestParser:
    @given(cst.raw_files(crlf=True, bom=True))
    def test_span_invariant(self, text: str) -> None:
        """Every paragraph, noise line and trailer span holds exactly its text."""
        for article in _parse_all(text):
            pieces: list[Paragraph | Noise | RelatedLink] = [
                *article.paragraphs,
                *article.noise,
                *article.related,
            ]
            assert [p for p in pieces if article.source[p.span.start : p.span.end] != p.text] == []

    @given(cst.raw_files(crlf=True))
    def test_reparse_source(self, text: str) -> None:
        """Parsing a record's own source gives the same article, but for its origin."""
        for article in _parse_all(text):
            (again,) = _parse_all(article.source)
            assert again == attrs.evolve(article, origin=Origin())

    @given(st.text(max_size=40).filter(lambda s: not s or s.strip()), cst.raw_files(crlf=True))
    def test_no_record_lost(self, preamble: str, text: str) -> None:
        """Record sources plus reported raw text give back the whole decoded text."""
        assert _kept(list(parse_text(preamble + text))) == preamble + text

    @given(cst.raw_files(bom=True))
    def test_no_record_lost_with_bom(self, text: str) -> None:
        """A leading BOM stays in the first record's source, so nothing at all is dropped."""
        assert _kept(list(parse_text(text))) == text

    @settings(deadline=_PARSE_DEADLINE)
    @given(
        st.lists(
            st.sampled_from(
                [" date 2022-01-05 ", "date 2022-13-45 x", "\n", "\r\n", "\r", "\n\n",
                 "Advertisement", "Also Read ", "BEIJING: ", "KESTRAN (VNA) - ", "“", "”", '"',
                 "...", "…", "\ufeff", "\x00", " ", "\t", "Officials said", "\x85", "\u2028",
                 "\x0c", "\x1e"]
            )
            | st.text(max_size=10),
            max_size=40,
        ).map("".join)
    )  # fmt: skip
    def test_any_text(self, text: str) -> None:
        """On any text the parser yields articles or ParseErrors and nothing else, quickly."""
        items = list(parse_text(text, "fuzz.txt"))
        assert [i for i in items if not isinstance(i, Article | ParseError)] == []

    @settings(deadline=_PARSE_DEADLINE)
    @given(cst.noisy_bytes())
    def test_any_bytes(self, data: bytes) -> None:
        """On any bytes the parser yields articles or ParseErrors and nothing else, quickly."""
        items = list(parse_bytes(data, "fuzz.txt"))
        assert [i for i in items if not isinstance(i, Article | ParseError)] == []


def test_whitespace_preamble_not_lost() -> None:
    """Blank lines before the first header are part of what the parser hands back."""
    text = "\n date 2024-03-05 Road opens\n\nWork ended.\n"
    assert _kept(list(parse_text(text))) == text


def test_reparse_record_with_inner_bom() -> None:
    """A record after a concatenated file's BOM re-parses to the same article."""
    text = " date 2024-03-05 Road opens\n\nWork ended.\n\ufeff date 2024-03-06 Rail opens\n\nDone."
    second = _parse_all(text)[1]
    assert _parse_all(second.source) == [attrs.evolve(second, origin=Origin())]
