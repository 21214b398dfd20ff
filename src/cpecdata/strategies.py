"""Hypothesis strategies for cpecdata's model objects and raw-format texts, for property tests.

Needs the ``hypothesis`` extra (``pip install cpecdata[hypothesis]``). Every strategy builds its
objects with explicit :func:`~hypothesis.strategies.builds`-style code rather than
``st.from_type`` (which ignores the attrs validators), so every object drawn is valid::

    from hypothesis import given
    from cpecdata import strategies as cst

    @given(cst.articles())
    def test_round_trip(article): ...

- Value strategies (:func:`spans`, :func:`origins`, :func:`actors`, :func:`places`,
  :func:`whens`, :func:`statements`, :func:`visits`, :func:`initiatives`) draw free-standing
  objects with arbitrary Unicode texts and spans that point nowhere in particular.
- :func:`articles` draws whole articles whose source is the canonical raw rendering, with
  facts whose spans point into the paragraphs, so the span invariant holds and parsing the
  source gives the same content back.
- :func:`raw_records`, :func:`raw_files` and :func:`noisy_bytes` draw raw-format input, from
  well-formed records to damaged bytes, for parser tests.

The prose is made of a small fictional vocabulary (invented names and places); it looks like
news text closely enough to exercise the parser's datelines, quotes, noise lines and trailers.
Each function returns the same strategy object on every call with the same arguments, and the
strategies draw few, large choices (a run of words is one integer), so they stay fast.
"""

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

import attrs

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

_NAMES = ("Arlen Voss", "Mirela Kadro", "Tovin Raskal", "Sefa Orlund", "Dariq Menhal", "Lio Varesh")
_DESCRIPTORS = ("the spokesperson", "the minister", "officials", "the Velmorian side", "sources")
_ROLES = ("Spokesperson", "Minister", "Ambassador", "Chairman", "Prime Minister", "Director")
_ORGANIZATIONS = ("Foreign Ministry", "Planning Commission", "Port Authority", "Velmora Daily")
_COUNTRIES = ("China", "Pakistan", "Velmoria", "Kestrania")
_PLACES = ("Velmora", "Kestran", "Tovar Bay", "Ardun Valley", "North Aldir", "Velmoria")
_PLACE_IDS = ("velmora", "kestran", "tovar-bay", "ardun-valley")
_INITIATIVES = (("Tovar Bay port", "tovar-bay-port"), ("ML-9", "ml-9"), ("health corridor", None))
_DATELINES = ("VELMORA", "KESTRAN", "TOVAR BAY", "NORTH ALDIR", "Velmora", "Ardun Valley")
_RAW_DATELINES = ("{}: ", "{} — ", "{}, May 3 (VNA): ", "{} (Velmora Daily) - ", "{}, Jul.12: ")
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
_FUNCTION_WORDS = frozenset("a an the of on to in for and with at by from as or is was be".split())
_LOWER = tuple(w for w in _WORDS if w[:1].islower())
_CONTENT = tuple(w for w in _LOWER if w not in _FUNCTION_WORDS)


@functools.cache
def _words(
    minimum: int, maximum: int, vocabulary: tuple[str, ...] = _WORDS
) -> st.SearchStrategy[str]:
    """Runs of ``minimum`` to ``maximum`` words, drawn as one integer.

    One draw is much faster than one per word, and an integer shrinking towards 0 gives fewer
    words, each towards the vocabulary's first.
    """
    lengths = maximum - minimum + 1
    return st.integers(0, lengths * len(vocabulary) ** maximum - 1).map(
        functools.partial(_spell, minimum, lengths, vocabulary)
    )


def _spell(minimum: int, lengths: int, vocabulary: Sequence[str], number: int) -> str:
    """The word run an integer stands for: its digits in base ``len(vocabulary)``."""
    number, extra = divmod(number, lengths)
    words = []
    for _ in range(minimum + extra):
        number, index = divmod(number, len(vocabulary))
        words.append(vocabulary[index])
    return " ".join(words)


_INDEX = st.integers(0, 2**16 - 1)
"""An index, taken modulo the length of what it picks from (shrinks to the first item)."""
_BITS = st.integers(0, 2**64 - 1)
_NONBLANK = st.text(min_size=1, max_size=40).filter(str.strip)
_SHORT = st.text(min_size=1, max_size=20).filter(str.strip)
_CONFIDENCES = st.floats(0.0, 1.0)
_OPENER = st.sampled_from(_OPENERS)
_NAME = st.sampled_from(_NAMES)
_END = st.sampled_from(".?!")
_JOINER = st.sampled_from((" ", " ", " ", "\n"))
_HEADLINES = st.builds("{} {}".format, _OPENER, _words(1, 10))
_NOISE_TEXTS = st.sampled_from([text for text, _ in _NOISE_LINES])
_NOISE_KINDS = dict(_NOISE_LINES)
_INTERVALS = st.just((None, None)) | st.builds(
    lambda start, days: (start, start + dt.timedelta(days=days)),
    st.dates(max_value=dt.date(9000, 12, 31)),
    st.integers(0, 400),
)


@functools.cache
def spans(max_offset: int = 100_000) -> st.SearchStrategy[Span]:
    """Valid spans (``start <= end``) within ``[0, max_offset]``."""
    bounds = st.tuples(st.integers(0, max_offset), st.integers(0, max_offset)).map(sorted)
    return bounds.map(lambda ends: Span(ends[0], ends[1]))


@functools.cache
def origins() -> st.SearchStrategy[Origin]:
    """Record origins: an optional path, a record index and a header line number."""
    return st.builds(
        Origin,
        path=st.none() | st.sampled_from(("corpus/a.txt", "<stdin>", "x.zip!b.txt")) | st.text(),
        record=st.integers(0, 10**6),
        line=st.integers(0, 10**7),
    )


@functools.cache
def actors() -> st.SearchStrategy[Actor]:
    """Named people (with optional title, organization and country) and unnamed descriptors."""
    named = st.builds(
        Actor,
        name=_NAME | _NONBLANK,
        role=st.none() | st.sampled_from(_ROLES) | _SHORT,
        organization=st.none() | st.sampled_from(_ORGANIZATIONS) | _SHORT,
        country=st.none() | st.sampled_from(_COUNTRIES) | _SHORT,
        named=st.just(True),
    )
    unnamed = st.builds(
        Actor,
        name=st.sampled_from(_DESCRIPTORS),
        country=st.none() | st.sampled_from(_COUNTRIES),
        named=st.just(False),
    )
    return named | unnamed


@functools.cache
def places() -> st.SearchStrategy[Place]:
    """Places with an optional country, gazetteer id and coordinates."""
    return st.builds(
        Place,
        name=st.sampled_from(_PLACES) | _NONBLANK,
        country=st.none() | st.sampled_from(_COUNTRIES),
        id=st.none() | st.sampled_from(_PLACE_IDS),
        latitude=st.none() | st.floats(-90.0, 90.0),
        longitude=st.none() | st.floats(-180.0, 180.0),
    )


def _when(
    text: str, interval: tuple[dt.date | None, dt.date | None], granularity: Granularity,
    span: Span | None,
) -> When:  # fmt: skip
    return When(text, interval[0], interval[1], granularity, span)


@functools.cache
def whens() -> st.SearchStrategy[When]:
    """Time expressions with an ordered interval (or none) and an optional span."""
    return st.builds(
        _when,
        st.sampled_from(_TIME_TEXTS) | _SHORT,
        _INTERVALS,
        st.sampled_from(Granularity),
        st.none() | spans(),
    )


@functools.cache
def statements() -> st.SearchStrategy[Statement]:
    """Direct or reported statements by any actor, with an optional verb and time."""
    return st.builds(
        Statement,
        speaker=actors(),
        kind=st.sampled_from(StatementKind),
        text=_NONBLANK,
        span=spans(),
        verb=st.none() | st.sampled_from(_VERBS),
        when=st.none() | whens(),
        confidence=_CONFIDENCES,
    )


def _with_codes(visit: Visit) -> Visit:
    """The visit with CAMEO 043 (host a visit) added exactly when it has a host."""
    return attrs.evolve(visit, cameo=("042",) if visit.host is None else ("042", "043"))


@functools.cache
def visits() -> st.SearchStrategy[Visit]:
    """Visits with visitor, destination, status and optional host, time and qualifiers."""
    return st.builds(
        Visit,
        visitor=actors(),
        destination=places(),
        evidence=_NONBLANK,
        span=spans(),
        status=st.sampled_from(VisitStatus),
        host=st.none() | actors(),
        when=st.none() | whens(),
        qualifiers=st.lists(st.sampled_from(_QUALIFIERS), max_size=3, unique=True).map(tuple),
        confidence=_CONFIDENCES,
    ).map(_with_codes)


def _initiative(named: tuple[str, str | None], **fields: Any) -> Initiative:
    return Initiative(name=named[0], id=named[1], **fields)


@functools.cache
def initiatives() -> st.SearchStrategy[Initiative]:
    """CPEC initiatives of every kind and sector, with optional id, location and status."""
    return st.builds(
        _initiative,
        named=st.sampled_from(_INITIATIVES) | st.tuples(_NONBLANK, st.none()),
        kind=st.sampled_from(InitiativeKind),
        sector=st.sampled_from(Sector),
        evidence=_NONBLANK,
        span=spans(),
        location=st.none() | places(),
        status=st.none() | st.sampled_from(InitiativeStatus),
        confidence=_CONFIDENCES,
    )


@functools.cache
def _sentences(curly_quotes: bool) -> st.SearchStrategy[str]:
    """Sentences of fictional news prose, some of them quotes with their speaker."""
    body = st.builds("{} {}".format, _OPENER, _words(2, 14))
    marks = st.sampled_from([("“", "”"), ('"', '"')] if curly_quotes else [('"', '"')])
    quoted = st.builds(
        lambda text, mark, name, end: f"{mark[0]}{text},{mark[1]} {name} said{end}",
        body, marks, _NAME, _END,
    )  # fmt: skip
    return st.builds("{}{}".format, body, _END) | quoted


def _join_sentences(first: str, rest: list[tuple[str, str]]) -> str:
    return first + "".join(joiner + sentence for joiner, sentence in rest)


@functools.cache
def paragraph_texts(curly_quotes: bool = True) -> st.SearchStrategy[str]:
    """Paragraph texts as the parser reads them back: no blank lines, no noise or header lines.

    One to four sentences, joined by spaces and now and then by a line break (a wrapped
    paragraph); ``curly_quotes=False`` quotes with straight marks only.
    """
    sentences = _sentences(curly_quotes)
    rest = st.lists(st.tuples(_JOINER, sentences), max_size=3)
    return st.builds(_join_sentences, sentences, rest)


def _related_text(opener: str, middle: str, last: str, cut: str, teaser: str | None) -> str:
    """An ``Also Read`` trailer text the parser splits unambiguously into headline and teaser.

    The headline is a capitalised word, lowercase words and a content word; the teaser, when
    there is one, holds the only other capitalised word (``The``, its first) and lowercase words.
    """
    headline = " ".join(word for word in (opener, middle, last) if word)
    return f"{headline} The {teaser}{cut}" if teaser else headline + cut


_RELATED_TEXTS = st.builds(
    _related_text,
    _OPENER,
    _words(0, 6, _LOWER),
    st.sampled_from(_CONTENT),
    st.sampled_from(("", "...", "…")),
    st.none() | _words(1, 20, _LOWER),
)


def _related_link(text: str, start: int) -> RelatedLink:
    """The RelatedLink that a :func:`_related_text` text stands for, at ``start`` in the source."""
    headline, found, teaser = text.partition(" The ")
    truncated = text.endswith(("...", "…"))
    span = Span(start, start + len(text))
    return RelatedLink(text, span, headline, "The " + teaser if found else None, truncated)


def _cite(draw: st.DrawFn, paragraphs: Sequence[Paragraph]) -> tuple[str, Span]:
    """A piece of one of the paragraphs (with a visible character) and its span."""
    paragraph = paragraphs[draw(_INDEX) % len(paragraphs)]
    text = paragraph.text
    anchors = [i for i, char in enumerate(text) if not char.isspace()]
    anchor = anchors[draw(_INDEX) % len(anchors)]
    start = anchor - draw(_INDEX) % (anchor + 1)
    end = anchor + 1 + draw(_INDEX) % (len(text) - anchor)
    return text[start:end], Span(paragraph.span.start + start, paragraph.span.start + end)


def _cite_when(draw: st.DrawFn, when: When | None, paragraphs: Sequence[Paragraph]) -> When | None:
    """A time expression with a span, moved to cite one of the paragraphs."""
    if when is None or when.span is None:
        return when
    text, span = _cite(draw, paragraphs)
    return attrs.evolve(when, text=text, span=span)


@functools.cache
def articles(*, facts: bool = True, max_paragraphs: int = 6) -> st.SearchStrategy[Article]:
    """Consistent articles: the source is the canonical raw rendering of the content drawn.

    Noise lines and ``Also Read`` trailers fall anywhere between the paragraphs; with ``facts``,
    statements, visits and initiatives (and their times) cite pieces of the paragraphs.
    """
    texts = st.lists(paragraph_texts(), min_size=1, max_size=max_paragraphs)
    return _articles(texts, facts)


_NOISE_LISTS = st.lists(_NOISE_TEXTS, max_size=2)
_RELATED_LISTS = st.lists(_RELATED_TEXTS, max_size=2)
_DATELINE = st.none() | st.sampled_from(_DATELINES)


@st.composite
def _articles(draw: st.DrawFn, texts: st.SearchStrategy[list[str]], facts: bool) -> Article:
    """An article with paragraphs from ``texts`` (see :func:`articles`)."""
    date, headline, dateline = draw(st.dates()), draw(_HEADLINES), draw(_DATELINE)
    blocks: list[tuple[BlockKind, str]] = [(Paragraph, text) for text in draw(texts)]
    extras: list[tuple[BlockKind, str]] = [(Noise, text) for text in draw(_NOISE_LISTS)]
    extras += [(RelatedLink, text) for text in draw(_RELATED_LISTS)]
    for extra in extras:
        blocks.insert(draw(_INDEX) % (len(blocks) + 1), extra)
    source, starts = layout_record(date, headline, dateline, blocks)
    paragraphs: list[Paragraph] = []
    noise: list[Noise] = []
    related: list[RelatedLink] = []
    for (kind, text), start in zip(blocks, starts, strict=True):
        span = Span(start, start + len(text))
        if kind is Paragraph:
            paragraphs.append(Paragraph(text, span))
        elif kind is Noise:
            noise.append(Noise(_NOISE_KINDS[text], text, span))
        else:
            related.append(_related_link(text, start))
    cited_statements: list[Statement] = []
    cited_visits: list[Visit] = []
    cited_initiatives: list[Initiative] = []
    for fact in draw(_FACT_LISTS) if facts else ():
        text, span = _cite(draw, paragraphs)
        if isinstance(fact, Statement):
            when = _cite_when(draw, fact.when, paragraphs)
            cited_statements.append(attrs.evolve(fact, text=text, span=span, when=when))
        elif isinstance(fact, Visit):
            when = _cite_when(draw, fact.when, paragraphs)
            cited_visits.append(attrs.evolve(fact, evidence=text, span=span, when=when))
        else:
            cited_initiatives.append(attrs.evolve(fact, evidence=text, span=span))
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
        statements=tuple(cited_statements),
        visits=tuple(cited_visits),
        initiatives=tuple(cited_initiatives),
    )


_FACT_LISTS = st.lists(statements() | visits() | initiatives(), max_size=6)
_BLOCK_GAPS = st.sampled_from(("\n\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n", "  \n\n"))
_HEADER_LEADS = st.sampled_from(("", " ", "  ", "\t"))
_TRAILING = st.sampled_from(("", "  "))
_RECORD_ENDS = st.sampled_from(("", "\n", "\n\n", "  "))
_RAW_DATELINE = st.none() | st.builds(
    str.format, st.sampled_from(_RAW_DATELINES), st.sampled_from(_DATELINES)
)


@functools.cache
def raw_records(
    *, curly_quotes: bool = True, noise: bool = True, trailers: bool = True
) -> st.SearchStrategy[str]:
    """One well-formed raw record (LF line ends) in the many shapes the format tolerates.

    Leading blanks before ``date``, trailing blanks, extra blank or whitespace-only lines,
    datelines with a date, agency or dash, noise lines, ``Also Read`` trailers anywhere and
    any final newline; the record always parses as one article.
    """
    texts = st.lists(paragraph_texts(curly_quotes), min_size=1, max_size=5)
    extras = st.lists(_NOISE_TEXTS, max_size=3 * noise)
    extras = extras.map(list) if not trailers else st.builds(
        lambda lines, links: lines + ["Also Read " + link for link in links],
        extras, _RELATED_LISTS,
    )  # fmt: skip
    return _raw_records(texts, extras)


@st.composite
def _raw_records(
    draw: st.DrawFn, texts: st.SearchStrategy[list[str]], extras: st.SearchStrategy[list[str]]
) -> str:
    """A record of paragraphs from ``texts`` and noise/trailer blocks from ``extras``."""
    text = f"{draw(_HEADER_LEADS)}date {draw(st.dates()).isoformat()} {draw(_HEADLINES)}"
    text += draw(_TRAILING)
    blocks = draw(texts)
    blocks[0] = (draw(_RAW_DATELINE) or "") + blocks[0]
    for extra in draw(extras):
        blocks.insert(draw(_INDEX) % (len(blocks) + 1), extra)
    for block in blocks:
        text += draw(_BLOCK_GAPS) + block
    return text + draw(_RECORD_ENDS)


@functools.cache
def raw_files(
    *,
    min_records: int = 1,
    max_records: int = 4,
    crlf: bool = False,
    bom: bool = False,
    noise: bool = True,
    trailers: bool = True,
    curly_quotes: bool = True,
) -> st.SearchStrategy[str]:
    """Decoded raw files of several well-formed records (see :func:`raw_records`).

    With ``crlf`` the lines end in CRLF, in CR, or in LF and CRLF mixed; with ``bom`` the text
    opens with U+FEFF.
    """
    record = raw_records(curly_quotes=curly_quotes, noise=noise, trailers=trailers)
    files = st.lists(record, min_size=min_records, max_size=max_records).map("\n".join)
    if crlf:
        files = st.builds(_mix_line_ends, files, _BITS)
    return files.map(lambda text: "\ufeff" + text) if bom else files


def _mix_line_ends(text: str, bits: int) -> str:
    """``text`` with CRLF line ends, CR ones, or LF and CRLF mixed, as ``bits`` say.

    The low two bits choose; when mixing, line ``i`` ends in CRLF if bit ``2 + i % 62`` is set.
    (CR is not mixed with LF: a CR line end followed by an empty LF line would read as one.)
    """
    lines = text.split("\n")
    mode = bits & 3
    if mode in (1, 2):
        return ("\r\n" if mode == 1 else "\r").join(lines)
    ends = ["\r\n" if bits >> (2 + i % 62) & 1 else "\n" for i in range(len(lines) - 1)]
    return lines[0] + "".join(end + line for end, line in zip(ends, lines[1:], strict=True))


@functools.cache
def noisy_bytes() -> st.SearchStrategy[bytes]:
    """Damaged raw files, for never-crash tests of the byte parser.

    Well-formed files encoded in UTF-8 (BOM or not), UTF-16 or cp1252, then cut, spliced with
    random bytes or shortened; or just random bytes.
    """
    files = raw_files(max_records=3, crlf=True) | raw_files(max_records=3, crlf=True, bom=True)
    return st.binary(max_size=300) | _damaged(files)


_ENCODINGS = st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252"))
_EDITS = st.lists(st.tuples(st.sampled_from(("insert", "delete", "truncate")), _INDEX), max_size=4)
_JUNK = st.binary(min_size=1, max_size=8)


@st.composite
def _damaged(draw: st.DrawFn, files: st.SearchStrategy[str]) -> bytes:
    """A file from ``files``, encoded and then edited (see :func:`noisy_bytes`)."""
    data = bytearray(draw(files).encode(draw(_ENCODINGS), errors="replace"))
    for action, index in draw(_EDITS):
        position = index % (len(data) + 1)
        if action == "insert":
            data[position:position] = draw(_JUNK)
        elif action == "delete":
            del data[position : position + 1 + index % 8]
        else:
            del data[position:]
    return bytes(data)
