"""Hypothesis strategies for cpecdata's model objects and raw-format texts, for property tests.

Needs the ``hypothesis`` extra (``pip install cpecdata[hypothesis]``). Every strategy builds its
objects with explicit :func:`~hypothesis.strategies.builds`-style code rather than
``st.from_type`` (which ignores the attrs validators), so every object drawn is valid::

    from hypothesis import given
    from cpecdata import strategies as cst

    @given(cst.articles())
    def test_round_trip(article): ...

- Value strategies (:func:`spans`, :func:`actors`, :func:`places`, :func:`whens`,
  :func:`statements`, :func:`visits`, :func:`initiatives`) draw free-standing objects whose
  spans point nowhere in particular; pass ``excerpts`` to tie their texts and spans to a source.
- :func:`articles` draws whole articles whose source is the canonical raw rendering, with
  facts whose spans point into the paragraphs, so the span invariant holds and parsing the
  source gives the same content back.
- :func:`raw_records`, :func:`raw_files` and :func:`noisy_bytes` draw raw-format input, from
  well-formed records to damaged bytes, for parser tests.

The prose is made of a small fictional vocabulary (invented names and places); it looks like
news text closely enough to exercise the parser's datelines, quotes, noise lines and trailers.
"""

import datetime as dt
from collections.abc import Sequence

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "cpecdata.strategies needs hypothesis: pip install cpecdata[hypothesis]"
    ) from exc

from cpecdata.model import (
    Actor,
    Article,
    Granularity,
    Initiative,
    InitiativeKind,
    InitiativeStatus,
    Noise,
    NoiseKind,
    Origin,
    Paragraph,
    Place,
    RelatedLink,
    Sector,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)
from cpecdata.rawformat import article_id
from cpecdata.serialize.raw import BlockKind, layout_record

__all__ = [
    "Excerpt",
    "actors",
    "articles",
    "initiatives",
    "noisy_bytes",
    "origins",
    "paragraph_texts",
    "places",
    "raw_files",
    "raw_records",
    "spans",
    "statements",
    "visits",
    "whens",
]

Excerpt = tuple[str, Span]
"""A text and where it lies in a source: what a fact's ``text``/``evidence`` and ``span`` are."""

_NAMES = ("Arlen Voss", "Mirela Kadro", "Tovin Raskal", "Sefa Orlund", "Dariq Menhal", "Lio Varesh")
_DESCRIPTORS = ("the spokesperson", "the minister", "officials", "the Velmorian side", "sources")
_ROLES = ("Spokesperson", "Minister", "Ambassador", "Chairman", "Prime Minister", "Director")
_ORGANIZATIONS = ("Foreign Ministry", "Planning Commission", "Port Authority", "Velmora Daily")
_COUNTRIES = ("China", "Pakistan", "Velmoria", "Kestrania")
_PLACES = ("Velmora", "Kestran", "Tovar Bay", "Ardun Valley", "North Aldir", "Velmoria")
_DATELINES = ("VELMORA", "KESTRAN", "TOVAR BAY", "NORTH ALDIR", "Velmora", "Ardun Valley")
_TIME_TEXTS = ("on Monday", "last week", "early this month", "in March", "recently", "2-3 May")
_VERBS = ("said", "stated", "remarked", "added", "told reporters", "according to")
_QUALIFIERS = ("maiden", "official", "state", "two-day", "working")
_NOISE_LINES = (
    ("Advertisement", NoiseKind.ADVERTISEMENT),
    ("Sponsored", NoiseKind.ADVERTISEMENT),
    ("Story continues below advertisement", NoiseKind.ADVERTISEMENT),
    ("Continue reading", NoiseKind.BOILERPLATE),
    ("Scroll to continue with content", NoiseKind.BOILERPLATE),
)
# Sentence openers: capitalised, never all capitals and never followed by a colon, so a first
# paragraph never looks like it opens with a dateline.
_OPENERS = ("The", "Officials", "Work", "Talks", "Both", "Velmora", "Kestran’s", "Plans", "Zürich")
_WORDS = tuple(
    "the corridor port road plant zone power new two sides agreed said work on of and to in with "
    "for progress cooperation meeting was held will build energy solar water rail line trade first "
    "phase is expected by year month talks local council team visited announced completed under "
    "construction 12 3.5 per cent km billion naïve café 中巴 پاکستان it’s Velmora’s CPEC "
    "SEZ".split()
)
_WORDS_LOWER = tuple(w for w in _WORDS if w[:1].islower())
_FUNCTION_WORDS = frozenset("a an the of on to in for and with at by from as or is was be".split())


def _nonblank(max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text with a visible character (arbitrary Unicode, for serializer round trips)."""
    return st.text(min_size=1, max_size=max_size).filter(str.strip)


def _words(
    minimum: int, maximum: int, vocabulary: Sequence[str] = _WORDS
) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(vocabulary), min_size=minimum, max_size=maximum).map(" ".join)


def spans(max_offset: int = 100_000) -> st.SearchStrategy[Span]:
    """Valid spans (``start <= end``) within ``[0, max_offset]``."""
    bounds = st.tuples(st.integers(0, max_offset), st.integers(0, max_offset))
    return bounds.map(sorted).map(lambda ends: Span(ends[0], ends[1]))


def origins() -> st.SearchStrategy[Origin]:
    """Record origins: an optional path, a record index and a header line number."""
    return st.builds(
        Origin,
        path=st.none() | st.sampled_from(("corpus/a.txt", "<stdin>", "x.zip!b.txt")) | st.text(),
        record=st.integers(0, 10**6),
        line=st.integers(0, 10**7),
    )


def actors() -> st.SearchStrategy[Actor]:
    """Named people (with optional title, organization and country) and unnamed descriptors."""
    optional = st.none() | _nonblank(20)
    named = st.builds(
        Actor,
        name=st.sampled_from(_NAMES) | _nonblank(),
        role=st.none() | st.sampled_from(_ROLES) | optional,
        organization=st.none() | st.sampled_from(_ORGANIZATIONS) | optional,
        country=st.none() | st.sampled_from(_COUNTRIES) | optional,
        named=st.just(True),
    )
    unnamed = st.builds(
        Actor,
        name=st.sampled_from(_DESCRIPTORS),
        country=st.none() | st.sampled_from(_COUNTRIES),
        named=st.just(False),
    )
    return named | unnamed


def places() -> st.SearchStrategy[Place]:
    """Places with an optional country, gazetteer id and coordinates."""
    return st.builds(
        Place,
        name=st.sampled_from(_PLACES) | _nonblank(),
        country=st.none() | st.sampled_from(_COUNTRIES),
        id=st.none() | st.from_regex(r"[a-z]{1,10}(-[a-z]{1,10}){0,2}", fullmatch=True),
        latitude=st.none() | st.floats(-90.0, 90.0),
        longitude=st.none() | st.floats(-180.0, 180.0),
    )


def _free_excerpts() -> st.SearchStrategy[Excerpt]:
    return st.tuples(_nonblank(), spans())


@st.composite
def _intervals(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    """An ordered pair of dates, or two Nones."""
    start = draw(st.none() | st.dates(max_value=dt.date(9000, 12, 31)))
    if start is None:
        return None, None
    return start, start + dt.timedelta(days=draw(st.integers(0, 400)))


@st.composite
def whens(draw: st.DrawFn, excerpts: st.SearchStrategy[Excerpt] | None = None) -> When:
    """Time expressions with an ordered interval (or none); ``excerpts`` gives text and span."""
    if excerpts is None:
        text, span = draw(st.sampled_from(_TIME_TEXTS) | _nonblank(20)), draw(st.none() | spans())
    else:
        text, span = draw(excerpts)
    start, end = draw(_intervals())
    return When(text, start, end, draw(st.sampled_from(Granularity)), span)


def _confidences() -> st.SearchStrategy[float]:
    return st.floats(0.0, 1.0)


@st.composite
def statements(draw: st.DrawFn, excerpts: st.SearchStrategy[Excerpt] | None = None) -> Statement:
    """Direct or reported statements; ``excerpts`` gives the text and span (and the time's)."""
    text, span = draw(_free_excerpts() if excerpts is None else excerpts)
    return Statement(
        speaker=draw(actors()),
        kind=draw(st.sampled_from(StatementKind)),
        text=text,
        span=span,
        verb=draw(st.none() | st.sampled_from(_VERBS)),
        when=draw(st.none() | whens(excerpts)),
        confidence=draw(_confidences()),
    )


@st.composite
def visits(draw: st.DrawFn, excerpts: st.SearchStrategy[Excerpt] | None = None) -> Visit:
    """Visits with visitor, destination, status and optional host, time and qualifiers."""
    evidence, span = draw(_free_excerpts() if excerpts is None else excerpts)
    host = draw(st.none() | actors())
    return Visit(
        visitor=draw(actors()),
        destination=draw(places()),
        evidence=evidence,
        span=span,
        status=draw(st.sampled_from(VisitStatus)),
        host=host,
        when=draw(st.none() | whens(excerpts)),
        qualifiers=tuple(draw(st.lists(st.sampled_from(_QUALIFIERS), max_size=3, unique=True))),
        cameo=("042",) if host is None else ("042", "043"),
        confidence=draw(_confidences()),
    )


@st.composite
def initiatives(draw: st.DrawFn, excerpts: st.SearchStrategy[Excerpt] | None = None) -> Initiative:
    """CPEC initiatives of every kind and sector, with optional id, location and status."""
    evidence, span = draw(_free_excerpts() if excerpts is None else excerpts)
    return Initiative(
        name=draw(st.sampled_from(("Tovar Bay port", "health corridor", "ML-9")) | _nonblank()),
        kind=draw(st.sampled_from(InitiativeKind)),
        sector=draw(st.sampled_from(Sector)),
        evidence=evidence,
        span=span,
        id=draw(st.none() | st.sampled_from(("tovar-bay-port", "ml-9"))),
        location=draw(st.none() | places()),
        status=draw(st.none() | st.sampled_from(InitiativeStatus)),
        confidence=draw(_confidences()),
    )


@st.composite
def _sentences(draw: st.DrawFn, curly_quotes: bool = True) -> str:
    """One sentence of fictional news prose, sometimes a quote with its speaker."""
    body = draw(st.sampled_from(_OPENERS)) + " " + draw(_words(2, 14))
    end = draw(st.sampled_from(".?!"))
    if not draw(st.booleans()):
        return body + end
    marks = draw(st.sampled_from([("“", "”"), ('"', '"')] if curly_quotes else [('"', '"')]))
    return f"{marks[0]}{body},{marks[1]} {draw(st.sampled_from(_NAMES))} said{end}"


@st.composite
def paragraph_texts(draw: st.DrawFn, curly_quotes: bool = True) -> str:
    """Paragraph texts as the parser reads them back: no blank lines, no noise or header lines.

    Sentences are joined by spaces and now and then by a line break (a wrapped paragraph).
    """
    sentences = draw(st.lists(_sentences(curly_quotes), min_size=1, max_size=4))
    text = sentences[0]
    for sentence in sentences[1:]:
        text += draw(st.sampled_from((" ", " ", " ", "\n"))) + sentence
    return text


def _headlines() -> st.SearchStrategy[str]:
    return st.builds("{} {}".format, st.sampled_from(_OPENERS), _words(1, 10))


@st.composite
def _related_texts(draw: st.DrawFn) -> str:
    """``Also Read`` trailer texts the parser splits unambiguously into headline and teaser.

    The headline is one capitalised word and lowercase words ending in a content word; the
    teaser, when there is one, is the only other capitalised word (``The``) and lowercase words.
    """
    content = [w for w in _WORDS_LOWER if w not in _FUNCTION_WORDS]
    headline = draw(st.sampled_from(_OPENERS)) + " " + draw(_words(0, 6, _WORDS_LOWER))
    headline = headline.rstrip() + " " + draw(st.sampled_from(content))
    cut = draw(st.sampled_from(("", "...", "…")))
    if draw(st.booleans()):
        return headline + cut
    return f"{headline} The {draw(_words(1, 20, _WORDS_LOWER))}{cut}"


def _noise_lines() -> st.SearchStrategy[tuple[str, NoiseKind]]:
    return st.sampled_from(_NOISE_LINES)


def _related_link(text: str, start: int) -> RelatedLink:
    """The RelatedLink that :func:`_related_texts` describes, at ``start`` in the source."""
    truncated = text.endswith(("...", "…"))
    headline, found, teaser = text.partition(" The ")
    return RelatedLink(
        text,
        Span(start, start + len(text)),
        headline,
        "The " + teaser if found else None,
        truncated,
    )


@st.composite
def _excerpt_of(draw: st.DrawFn, paragraphs: Sequence[Paragraph]) -> Excerpt:
    """A piece of one of the paragraphs (with a visible character) and its span."""
    paragraph = draw(st.sampled_from(paragraphs))
    text = paragraph.text
    anchors = [i for i, char in enumerate(text) if not char.isspace()]
    anchor = draw(st.sampled_from(anchors))
    start, end = draw(st.integers(0, anchor)), draw(st.integers(anchor + 1, len(text)))
    return text[start:end], Span(paragraph.span.start + start, paragraph.span.start + end)


@st.composite
def articles(draw: st.DrawFn, *, facts: bool = True, max_paragraphs: int = 6) -> Article:
    """Consistent articles: the source is the canonical raw rendering of the content drawn.

    Noise lines and ``Also Read`` trailers fall anywhere between the paragraphs; with ``facts``,
    statements, visits and initiatives cite pieces of the paragraphs.
    """
    date = draw(st.dates())
    headline = draw(_headlines())
    dateline = draw(st.none() | st.sampled_from(_DATELINES))
    blocks: list[tuple[BlockKind, str]] = [
        (Paragraph, text)
        for text in draw(st.lists(paragraph_texts(), min_size=1, max_size=max_paragraphs))
    ]
    extras: list[tuple[BlockKind, str]] = [
        (Noise, text) for text, _ in draw(st.lists(_noise_lines(), max_size=2))
    ]
    extras += [(RelatedLink, text) for text in draw(st.lists(_related_texts(), max_size=2))]
    for extra in extras:
        blocks.insert(draw(st.integers(0, len(blocks))), extra)
    source, starts = layout_record(date, headline, dateline, blocks)
    kinds = dict(_NOISE_LINES)
    paragraphs: list[Paragraph] = []
    noise: list[Noise] = []
    related: list[RelatedLink] = []
    for (kind, text), start in zip(blocks, starts, strict=True):
        span = Span(start, start + len(text))
        if kind is Paragraph:
            paragraphs.append(Paragraph(text, span))
        elif kind is Noise:
            noise.append(Noise(kinds[text], text, span))
        else:
            related.append(_related_link(text, start))
    excerpts = _excerpt_of(paragraphs)
    most = 3 if facts else 0
    found_statements = draw(st.lists(statements(excerpts), max_size=most))
    found_visits = draw(st.lists(visits(excerpts), max_size=most))
    found_initiatives = draw(st.lists(initiatives(excerpts), max_size=most))
    return Article(
        id=article_id(date, headline, dateline, [p.text for p in paragraphs]),
        date=date,
        headline=headline,
        source=source,
        origin=draw(origins()),
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        related=tuple(related),
        noise=tuple(noise),
        statements=tuple(found_statements),
        visits=tuple(found_visits),
        initiatives=tuple(found_initiatives),
    )


_RAW_DATELINES = ("{}: ", "{} — ", "{}, May 3 (VNA): ", "{} (Velmora Daily) - ", "{}, Jul.12: ")
_BLOCK_GAPS = ("\n\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n", "  \n\n")


@st.composite
def raw_records(
    draw: st.DrawFn, *, curly_quotes: bool = True, noise: bool = True, trailers: bool = True
) -> str:
    """One well-formed raw record (LF line ends) in the many shapes the format tolerates.

    Leading blanks before ``date``, trailing blanks, extra blank or whitespace-only lines,
    datelines with a date, agency or dash, noise lines, ``Also Read`` trailers anywhere and
    any final newline; the record always parses as one article.
    """
    lead = draw(st.sampled_from(("", " ", "  ", "\t")))
    headline = draw(_headlines()) + draw(st.sampled_from(("", "  ")))
    text = f"{lead}date {draw(st.dates()).isoformat()} {headline}"
    blocks = draw(st.lists(paragraph_texts(curly_quotes), min_size=1, max_size=5))
    if draw(st.booleans()):
        form = draw(st.sampled_from(_RAW_DATELINES))
        blocks[0] = form.format(draw(st.sampled_from(_DATELINES))) + blocks[0]
    extras = [line for line, _ in draw(st.lists(_noise_lines(), max_size=3 if noise else 0))]
    extras += ["Also Read " + t for t in draw(st.lists(_related_texts(), max_size=2 * trailers))]
    for extra in extras:
        blocks.insert(draw(st.integers(0, len(blocks))), extra)
    for block in blocks:
        text += draw(st.sampled_from(_BLOCK_GAPS)) + block
    return text + draw(st.sampled_from(("", "\n", "\n\n", "  ")))


@st.composite
def raw_files(
    draw: st.DrawFn,
    *,
    min_records: int = 1,
    max_records: int = 4,
    crlf: bool = False,
    bom: bool = False,
    noise: bool = True,
    trailers: bool = True,
    curly_quotes: bool = True,
) -> str:
    """Decoded raw files of several well-formed records (see :func:`raw_records`).

    With ``crlf`` each line ends in LF or CRLF (mixed); with ``bom`` the text opens with U+FEFF.
    """
    record = raw_records(curly_quotes=curly_quotes, noise=noise, trailers=trailers)
    text = "\n".join(draw(st.lists(record, min_size=min_records, max_size=max_records)))
    if crlf:
        lines = text.split("\n")
        count = len(lines) - 1
        ends = draw(st.lists(st.sampled_from(("\n", "\r\n")), min_size=count, max_size=count))
        text = lines[0] + "".join(end + line for end, line in zip(ends, lines[1:], strict=True))
    return ("\ufeff" if bom else "") + text


@st.composite
def noisy_bytes(draw: st.DrawFn) -> bytes:
    """Damaged raw files, for never-crash tests of the byte parser.

    Well-formed files encoded in UTF-8 (BOM or not), UTF-16 or cp1252, then cut, spliced with
    random bytes or shortened; or just random bytes.
    """
    if draw(st.booleans()):
        return draw(st.binary(max_size=300))
    text = draw(raw_files(max_records=3, crlf=True, bom=draw(st.booleans())))
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252")))
    data = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(("insert", "delete", "truncate")))
        if action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 8))]
        else:
            del data[position:]
    return bytes(data)
