"""The typed data model: articles, their paragraphs and noise, and the facts extracted from them.

Every class is an attrs ``frozen`` (immutable, slotted) class whose fields are validated on
construction, so an object that exists is an object that is well formed. Every piece of text that
comes from an article carries a :class:`Span` into :attr:`Article.source`, the exact text of the
record, with the invariant ``article.source[x.span.start:x.span.end] == x.text``
(``x.evidence`` for visits and initiatives).
"""

import datetime as dt
import enum
from collections.abc import Callable, Iterator
from typing import Any

import attrs
from attrs import validators as v

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "Granularity",
    "Initiative",
    "InitiativeKind",
    "InitiativeStatus",
    "Noise",
    "NoiseKind",
    "Origin",
    "Paragraph",
    "Place",
    "RelatedLink",
    "Sector",
    "Span",
    "Statement",
    "StatementKind",
    "Visit",
    "VisitStatus",
    "When",
]

SCHEMA = "cpecdata/1"
"""Tag written into every serialized article; bumped when the JSON shape changes incompatibly."""

_str = v.instance_of(str)
_opt_str = v.optional(_str)


def _tuple_of(cls: type) -> Callable[[Any, "attrs.Attribute[Any]", Any], None]:
    """Validate a tuple whose items are all instances of ``cls`` (one call, not one per item)."""

    def check(_inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        for item in value:
            if not isinstance(item, cls):
                raise TypeError(
                    f"{attribute.name} items must be {cls.__name__}, got {type(item).__name__}"
                )

    return check


def _count(_inst: object, attribute: "attrs.Attribute[int]", value: object) -> None:
    """A non-negative int, and not a bool (which is an int to Python)."""
    if type(value) is not int or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative int, got {value!r}")


def _unit_interval(_inst: object, attribute: "attrs.Attribute[float]", value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must lie in [0, 1], got {value!r}")


def _text(_inst: object, attribute: "attrs.Attribute[str]", value: object) -> None:
    """A str with at least one non-blank character (one check: this runs per paragraph)."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be str, got {type(value).__name__}")
    if not value or value.isspace():
        raise ValueError(f"{attribute.name} must not be empty or whitespace")


class StatementKind(enum.Enum):
    """Whether a statement is quoted verbatim or reported in the writer's words."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class VisitStatus(enum.Enum):
    """Where a visit stands at the article's publication date."""

    PAST = "past"
    ONGOING = "ongoing"
    PLANNED = "planned"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class Sector(enum.Enum):
    """The economic sector an initiative belongs to (CPEC's own working-group split, coarsened)."""

    ENERGY = "energy"
    TRANSPORT = "transport"
    PORT = "port"
    INDUSTRY = "industry"
    ICT = "ict"
    HEALTH = "health"
    GREEN = "green"
    AGRICULTURE = "agriculture"
    FINANCE = "finance"
    SECURITY = "security"
    EDUCATION = "education"
    GENERAL = "general"


class InitiativeKind(enum.Enum):
    """What sort of thing an initiative is."""

    PROJECT = "project"
    PROGRAMME = "programme"
    CORRIDOR = "corridor"
    BODY = "body"
    """A mechanism or institution, such as the JCC, a joint working group or the CPEC Authority."""
    AREA = "area"
    """A cooperation area without a single project behind it (``cooperation in agriculture``)."""


class InitiativeStatus(enum.Enum):
    """The stage an article reports for an initiative."""

    PLANNED = "planned"
    ANNOUNCED = "announced"
    APPROVED = "approved"
    AGREED = "agreed"
    ESTABLISHED = "established"
    UNDER_CONSTRUCTION = "under construction"
    PROGRESS = "progress"
    COMPLETED = "completed"


class Granularity(enum.Enum):
    """How precisely a time expression pins down its interval."""

    DAY = "day"
    DAYS = "days"
    """An explicit range of days (``2-3 November``, ``a four-day visit from July 8``)."""
    WEEK = "week"
    PART_OF_MONTH = "part_of_month"
    """``early``/``mid``/``late`` a month: days 1-10, 11-20, 21-end."""
    MONTH = "month"
    PART_OF_YEAR = "part_of_year"
    """Part of a year: ``earlier this year`` (1 January up to the article date), ``early/mid/late
    2023`` (thirds), ``the first/second half of 2023``."""
    YEAR = "year"
    UNRESOLVED = "unresolved"
    """The text names a time (``recently``) that the article does not pin to dates."""


class NoiseKind(enum.Enum):
    """Scraper residue removed from the body."""

    ADVERTISEMENT = "advertisement"
    BOILERPLATE = "boilerplate"


@attrs.frozen
class Span:
    """A half-open character interval ``[start, end)`` into :attr:`Article.source`.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.

    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check instead of per-field validators: spans are the most numerous objects.
        if type(self.start) is not int or type(self.end) is not int:
            raise TypeError(f"span bounds must be int, got {self.start!r}, {self.end!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span [{self.start}, {self.end}) must have 0 <= start <= end")

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


@attrs.frozen
class Origin:
    """Where a record came from.

    Attributes:
        path: The file (or ``<stdin>``, or ``archive.zip!member.txt``); None for in-memory text.
        record: 0-based index of the record within its file.
        line: 1-based line number of the record's header line in the file.

    """

    path: str | None = attrs.field(default=None, validator=_opt_str)
    record: int = attrs.field(default=0, validator=_count)
    line: int = attrs.field(default=1, validator=_count)


@attrs.frozen
class Paragraph:
    """One body paragraph, without the dateline prefix of the one that opens with it.

    Attributes:
        text: The paragraph exactly as in the source (line breaks inside it kept).
        span: Where ``text`` lies in the source.

    """

    text: str = attrs.field(validator=_text)
    span: Span = attrs.field(validator=v.instance_of(Span))


@attrs.frozen
class Noise:
    """A line the parser removed from the body as scraper residue (``Advertisement``).

    Attributes:
        kind: What sort of residue it is.
        text: The line as in the source, without surrounding whitespace.
        span: Where ``text`` lies in the source.

    """

    kind: NoiseKind = attrs.field(validator=v.instance_of(NoiseKind))
    text: str = attrs.field(validator=_text)
    span: Span = attrs.field(validator=v.instance_of(Span))


@attrs.frozen
class RelatedLink:
    """An ``Also Read`` trailer: a link to a related article that the scraper captured as text.

    Splitting the trailer into headline and teaser is a guess, so :attr:`text` keeps all of it.

    Attributes:
        text: The whole trailer after ``Also Read``, exactly as in the source.
        span: Where ``text`` lies in the source.
        headline: The related article's headline (best guess).
        teaser: The first words of its lead as printed, ``...`` included; None when none was found.
        truncated: True when the trailer was cut off with ``...`` or ``…``.

    """

    text: str = attrs.field(validator=_text)
    span: Span = attrs.field(validator=v.instance_of(Span))
    headline: str = attrs.field(validator=_text)
    teaser: str | None = attrs.field(default=None, validator=_opt_str)
    truncated: bool = attrs.field(default=False, validator=v.instance_of(bool))


@attrs.frozen
class Actor:
    """A person, body or country that speaks, visits or hosts.

    Attributes:
        name: Canonical full name when the article names one, else the descriptor as written
            (``the Chinese side``, ``sources``); never an invented name.
        role: Title as given (``Spokesperson``, ``Prime Minister``).
        organization: Ministry, authority, company or outlet in the mention (``Foreign Ministry``).
        country: Country the actor acts for (``China``, ``Pakistan``).
        named: False when :attr:`name` is only a descriptor.

    """

    name: str = attrs.field(validator=_text)
    role: str | None = attrs.field(default=None, validator=_opt_str)
    organization: str | None = attrs.field(default=None, validator=_opt_str)
    country: str | None = attrs.field(default=None, validator=_opt_str)
    named: bool = attrs.field(default=True, validator=v.instance_of(bool))


@attrs.frozen
class Place:
    """A place: a country, province, city, port or site.

    Attributes:
        name: Canonical name (``Balochistan`` for ``Baluchistan``).
        country: Country it lies in (a country's own country is itself).
        id: Gazetteer id when the place is known to the gazetteer.
        latitude: WGS84 latitude when known.
        longitude: WGS84 longitude when known.

    """

    name: str = attrs.field(validator=_text)
    country: str | None = attrs.field(default=None, validator=_opt_str)
    id: str | None = attrs.field(default=None, validator=_opt_str)
    latitude: float | None = attrs.field(default=None, validator=v.optional(v.instance_of(float)))
    longitude: float | None = attrs.field(default=None, validator=v.optional(v.instance_of(float)))


@attrs.frozen
class When:
    """A time expression and the interval of dates it denotes.

    Attributes:
        text: The expression as written (``early this month``).
        start: First day of the interval, or None when the text does not determine it.
        end: Last day of the interval (inclusive), or None likewise.
        granularity: How precise the interval is.
        span: Where ``text`` lies in the source, when it was read from an article.

    """

    text: str = attrs.field(validator=_text)
    start: dt.date | None = attrs.field(default=None, validator=v.optional(v.instance_of(dt.date)))
    end: dt.date | None = attrs.field(default=None, validator=v.optional(v.instance_of(dt.date)))
    granularity: Granularity = attrs.field(
        default=Granularity.UNRESOLVED, validator=v.instance_of(Granularity)
    )
    span: Span | None = attrs.field(default=None, validator=v.optional(v.instance_of(Span)))

    def __attrs_post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end must both be set or both be None")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"interval end {self.end} is before its start {self.start}")


@attrs.frozen
class Statement:
    """Who said what: a direct quote or reported speech, with its evidence.

    Attributes:
        speaker: Who said it (pronouns and descriptors resolved to a named speaker where possible).
        kind: Direct quote or reported speech.
        text: What was said: inside the quote marks, or the reported clause.
        span: Where ``text`` lies in the source.
        verb: The reporting word as written (``said``, ``according to``); None when there is none.
        when: When it was said, if the article says.
        confidence: How sure the rule that found it is, in [0, 1].

    """

    speaker: Actor = attrs.field(validator=v.instance_of(Actor))
    kind: StatementKind = attrs.field(validator=v.instance_of(StatementKind))
    text: str = attrs.field(validator=_text)
    span: Span = attrs.field(validator=v.instance_of(Span))
    verb: str | None = attrs.field(default=None, validator=_opt_str)
    when: When | None = attrs.field(default=None, validator=v.optional(v.instance_of(When)))
    confidence: float = attrs.field(default=1.0, validator=[v.instance_of(float), _unit_interval])


@attrs.frozen
class Visit:
    """Who went where, when; one entry per trip reported in an article.

    Attributes:
        visitor: Who travels (for a delegation: its leader).
        destination: Where to; ``country`` is always filled when the place is known.
        evidence: The sentence that reports the visit.
        span: Where ``evidence`` lies in the source.
        status: Past, ongoing, planned, cancelled or postponed at publication time.
        host: Who received or invited the visitor, if stated.
        when: When, with the resolved interval.
        qualifiers: Words that qualify the visit (``maiden``, ``official``, ``two-day``).
        cameo: CAMEO event codes: ``042`` (make a visit), and ``043`` (host a visit) when a
            host is stated.
        plover: PLOVER event type (``CONSULT``).
        plover_mode: PLOVER mode of the event (``visit``).
        confidence: How sure the rule that found it is, in [0, 1].

    """

    visitor: Actor = attrs.field(validator=v.instance_of(Actor))
    destination: Place = attrs.field(validator=v.instance_of(Place))
    evidence: str = attrs.field(validator=_text)
    span: Span = attrs.field(validator=v.instance_of(Span))
    status: VisitStatus = attrs.field(validator=v.instance_of(VisitStatus))
    host: Actor | None = attrs.field(default=None, validator=v.optional(v.instance_of(Actor)))
    when: When | None = attrs.field(default=None, validator=v.optional(v.instance_of(When)))
    qualifiers: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str))
    cameo: tuple[str, ...] = attrs.field(default=("042",), validator=_tuple_of(str))
    plover: str = attrs.field(default="CONSULT", validator=_str)
    plover_mode: str = attrs.field(default="visit", validator=_str)
    confidence: float = attrs.field(default=1.0, validator=[v.instance_of(float), _unit_interval])


@attrs.frozen
class Initiative:
    """A CPEC project, programme, corridor, body or cooperation area named in an article.

    Attributes:
        name: Name as written, minus parenthetical abbreviations (``health corridor``).
        kind: Project, programme, corridor, body or area.
        sector: Sector it belongs to.
        evidence: The sentence that mentions it.
        span: Where ``evidence`` lies in the source.
        id: Gazetteer id when the initiative is a known one (``gwadar-port``).
        location: Where it is, if stated or known.
        status: Stage reported, if stated.
        confidence: How sure the rule that found it is, in [0, 1].

    """

    name: str = attrs.field(validator=_text)
    kind: InitiativeKind = attrs.field(validator=v.instance_of(InitiativeKind))
    sector: Sector = attrs.field(validator=v.instance_of(Sector))
    evidence: str = attrs.field(validator=_text)
    span: Span = attrs.field(validator=v.instance_of(Span))
    id: str | None = attrs.field(default=None, validator=_opt_str)
    location: Place | None = attrs.field(default=None, validator=v.optional(v.instance_of(Place)))
    status: InitiativeStatus | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(InitiativeStatus))
    )
    confidence: float = attrs.field(default=1.0, validator=[v.instance_of(float), _unit_interval])


@attrs.frozen
class Article:
    """One news article: the parsed record plus the facts extracted from it.

    Attributes:
        id: Stable id derived from the content (date, headline, dateline, paragraphs), so the same
            article gets the same id whatever its line endings, encoding or file.
        date: Publication date from the header.
        headline: Headline from the header.
        source: The record's exact text (decoded), from its header line to the next record's
            (blank lines before a file's first header included, so nothing is lost).
        origin: Where the record came from.
        dateline: Place the first paragraph opens with (``BEIJING``), or the second after a
            byline paragraph (``By Our Correspondent``), if any.
        paragraphs: Body paragraphs, noise and trailers removed.
        related: ``Also Read`` trailers.
        noise: Lines removed as scraper residue.
        statements: Who said what.
        visits: Who went where, when.
        initiatives: CPEC projects and programmes mentioned.

    """

    id: str = attrs.field(validator=_text)
    date: dt.date = attrs.field(validator=v.instance_of(dt.date))
    headline: str = attrs.field(validator=_text)
    source: str = attrs.field(validator=_str, repr=False)
    origin: Origin = attrs.field(factory=Origin, validator=v.instance_of(Origin))
    dateline: str | None = attrs.field(default=None, validator=_opt_str)
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), validator=_tuple_of(Paragraph))
    related: tuple[RelatedLink, ...] = attrs.field(default=(), validator=_tuple_of(RelatedLink))
    noise: tuple[Noise, ...] = attrs.field(default=(), validator=_tuple_of(Noise))
    statements: tuple[Statement, ...] = attrs.field(default=(), validator=_tuple_of(Statement))
    visits: tuple[Visit, ...] = attrs.field(default=(), validator=_tuple_of(Visit))
    initiatives: tuple[Initiative, ...] = attrs.field(default=(), validator=_tuple_of(Initiative))

    def __attrs_post_init__(self) -> None:
        _check_spans(self)

    @property
    def body(self) -> str:
        """The article's text without noise, its paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def _repr_html_(self) -> str:
        """The article with its facts highlighted in place, for Jupyter and other notebooks."""
        from cpecdata.display import article_html  # display depends on the model, not vice versa

        return article_html(self)


def _check_spans(article: Article) -> None:
    """Enforce the span invariant: every span points at exactly the text it claims to.

    The error names the field and index (``statements[2]``) so a bad JSON file can be fixed;
    the name is only formatted on failure, as this runs for every article built.
    """
    src = article.source
    for field, n, span, text in _spanned(article):
        if span.end - span.start != len(text) or not src.startswith(text, span.start):
            raise ValueError(
                f"{field.format(n)}: span [{span.start}, {span.end}) does not hold its text"
                f" {text[:40]!r}"
            )


def _spanned(article: Article) -> Iterator[tuple[str, int, Span, str]]:
    """Every (field pattern, index, span, text) of an article that the invariant covers."""
    for n, p in enumerate(article.paragraphs):
        yield "paragraphs[{}]", n, p.span, p.text
    for n, x in enumerate(article.noise):
        yield "noise[{}]", n, x.span, x.text
    for n, r in enumerate(article.related):
        yield "related[{}]", n, r.span, r.text
    for n, s in enumerate(article.statements):
        yield "statements[{}]", n, s.span, s.text
        if s.when is not None and s.when.span is not None:
            yield "statements[{}].when", n, s.when.span, s.when.text
    for n, trip in enumerate(article.visits):
        yield "visits[{}]", n, trip.span, trip.evidence
        if trip.when is not None and trip.when.span is not None:
            yield "visits[{}].when", n, trip.when.span, trip.when.text
    for n, i in enumerate(article.initiatives):
        yield "initiatives[{}]", n, i.span, i.evidence
