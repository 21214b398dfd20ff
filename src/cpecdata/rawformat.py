"""Read the raw scraped-text format: bytes → text → records → :class:`~cpecdata.model.Article`.

The grammar is documented in ``docs/format.md``. In short, a record is::

    record    = header NL { blank | noise | paragraph | also-read } ;
    header    = [ws] "date" ws YYYY-MM-DD ws headline ;
    paragraph = text line { NL text line } ;   (the first may open with a "PLACE:" dateline,
                                               or the second after a byline paragraph)
    noise     = "Advertisement" ;               (alone on its line)
    also-read = "Also Read" ws headline ws teaser [ "..." ] ;

Every header line starts a new record, so a file may hold many. The parser keeps each record's
exact text as :attr:`Article.source` and every paragraph as a span into it; it never raises for
bad input but yields a :class:`~cpecdata.errors.ParseError` in the bad record's place.
"""

import codecs
import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterator

from cpecdata.errors import ParseError
from cpecdata.model import Article, Noise, NoiseKind, Origin, Paragraph, RelatedLink, Span

__all__ = [
    "DEFAULT_MAX_RECORD_CHARS",
    "article_id",
    "decode",
    "is_byline",
    "parse_bytes",
    "parse_text",
]

DEFAULT_MAX_RECORD_CHARS = 2_000_000
"""Records longer than this are rejected rather than processed (real articles are < 100 kB)."""

# A line that starts a record: optional blanks (or a stray BOM), "date", blanks, a digit.
_HEADER = re.compile(
    r"[ \t\ufeff]*date[ \t]+(?P<date>[0-9]\S*)(?P<rest>.*)", re.IGNORECASE | re.DOTALL
)
_HEADER_FIRST = frozenset(" \t\ufeffdD")  # cheap pre-check before the regex
_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks lines on
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
_NOISE = {
    "advertisement": NoiseKind.ADVERTISEMENT,
    "advertisements": NoiseKind.ADVERTISEMENT,
    "sponsored": NoiseKind.ADVERTISEMENT,
    "story continues below advertisement": NoiseKind.ADVERTISEMENT,
    "continue reading": NoiseKind.BOILERPLATE,
    "scroll to continue with content": NoiseKind.BOILERPLATE,
}
_ALSO_READ = re.compile(r"also[ \t]+read\b[ \t]*[:\-–—|]?[ \t]*", re.IGNORECASE)

# Dateline: one to four capitalised words (or SLASHED/CITIES), an optional country ("QUETTA,
# Pakistan,"), an optional date ("Jul.12", "March 3, 2022", "5 June 2024"), an optional
# "(agency)" and a separator; bounded, so no backtracking.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'’-]{0,30}(?:[ /][A-Z][\w.'’-]{0,30}){0,3})"
    r"(?P<country>,[ \t]*[A-Z][a-z]{2,20}(?![a-z])(?:[ \t][A-Z][a-z]{2,20}(?![a-z]))?"
    r"(?![ \t.]*\d))?"  # a month before its day is a date
    r"(?P<date>,?[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]?\d{1,2}(?:st|nd|rd|th)?(?:,[ \t]*\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]*\d{4})?))?"
    r"(?P<agency>,?[ \t]*\([^()\r\n]{1,100}\)|\.?[ \t]*/[A-Z]{2,10}/\.?)?"  # (APP), /TASS/.
    r"(?P<gap>[ \t]*)(?P<sep>:|—|–|--|-)?"
    r"(?:[ \t]+|(?<=[:—–])(?=[A-Z\"“‘']))"  # "ISLAMABAD) :Text", "Lahore—A": no blank after
)
# Caixin's house style puts the place in parentheses before a dash: "(Shanghai) — Text".
_PAREN_DATELINE = re.compile(
    r"\((?P<place>[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,2})\)[ \t]*(?:—|–|--)[ \t]+"
)
_NOT_DATELINES = frozenset(
    {"Q", "A", "Note", "Update", "Updated", "Editor", "Photo", "Video", "Watch", "Read", "Breaking",
     "Also", "Source", "Sources", "Question", "Answer", "Comment", "Opinion", "Analysis",
     "Reporter", "Interviewer", "Host", "Moderator", "Spokesperson", "Spokesman", "Spokeswoman",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)  # fmt: skip


def decode(data: bytes, path: str | None = None) -> str:
    """Decode a raw file: UTF-8 (BOM optional), UTF-16 with BOM, else cp1252.

    Raises:
        ParseError: for binary data (NUL bytes) or bytes that no supported encoding reads.

    """
    if data.startswith(codecs.BOM_UTF8):
        return _decode_strict(data[len(codecs.BOM_UTF8) :], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _check_text(_decode_strict(data, "utf-16", path), path)
    if b"\x00" in data:
        raise _error_at_byte(data, data.index(b"\x00"), path, "binary", "binary data (NUL byte)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise _error_at_byte(
                data, exc.start, path, "encoding", "bytes are neither UTF-8 nor cp1252"
            ) from None


def _decode_strict(data: bytes, encoding: str, path: str | None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _error_at_byte(
            data, exc.start, path, "encoding", f"invalid {encoding.upper()} byte sequence"
        ) from None


def _check_text(text: str, path: str | None) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        line, col, line_text = _position(text, nul)
        raise ParseError("binary data (NUL character)", "binary", path, line, col, line_text,
                         raw=text)  # fmt: skip
    return text


def _error_at_byte(data: bytes, pos: int, path: str | None, code: str, message: str) -> ParseError:
    """A ParseError located at byte ``pos``; the column counts the characters before it."""
    line_start = data.rfind(b"\n", 0, pos) + 1
    line_end = data.find(b"\n", pos)
    line_bytes = data[line_start : len(data) if line_end < 0 else line_end]
    col = len(data[line_start:pos].decode("utf-8", errors="replace")) + 1
    line_text = line_bytes.decode("utf-8", errors="replace").replace("\x00", "\u2400")
    raw = data.decode("utf-8", errors="replace")
    line = data.count(b"\n", 0, pos) + 1
    return ParseError(f"{message} at byte {pos}", code, path, line, col, line_text, raw=raw)


def _position(text: str, pos: int) -> tuple[int, int, str]:
    """1-based line and column of character ``pos`` in ``text``, and that line's text."""
    line_start = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        if pos < line_start + len(line):
            return number, pos - line_start + 1, line.rstrip(_BREAKS)
        line_start += len(line)
    return text.count("\n") + 1, 1, ""


def parse_bytes(
    data: bytes, path: str | None = None, *, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS
) -> Iterator[Article | ParseError]:
    """Decode ``data`` and parse every record in it; bad records come out as ParseError."""
    try:
        text = decode(data, path)
    except ParseError as exc:
        yield exc
        return
    yield from parse_text(text, path, max_record_chars=max_record_chars)


def parse_text(
    text: str, path: str | None = None, *, max_record_chars: int = DEFAULT_MAX_RECORD_CHARS
) -> Iterator[Article | ParseError]:
    """Parse every record in ``text``, in order; bad records come out as ParseError.

    Every character of ``text`` belongs to exactly one record's source or to a reported
    preamble, so concatenating what is yielded loses nothing. Blank lines before the first
    header belong to the first record's source (its header then is not at offset 0).
    """
    if "\x00" in text:
        try:
            _check_text(text, path)
        except ParseError as exc:
            yield exc
            return
    lines = text.splitlines(keepends=True)
    offsets = list(itertools.accumulate(map(len, lines), initial=0))  # offsets[i]: line i start
    heads = [i for i, ln in enumerate(lines) if ln[:1] in _HEADER_FIRST and _HEADER.match(ln)]
    preamble = text[: offsets[heads[0]] if heads else len(text)]
    blank_preamble = not preamble.replace("\ufeff", "").strip()
    if not blank_preamble or not heads:
        yield _missing_header(preamble, path)
    for index, first in enumerate(heads):
        stop = heads[index + 1] if index + 1 < len(heads) else len(lines)
        origin = Origin(path=path, record=index, line=first + 1)
        base = 0 if index == 0 and blank_preamble else offsets[first]
        yield _parse_record(text, lines, offsets, base, first, stop, origin, max_record_chars)


def _missing_header(preamble: str, path: str | None) -> ParseError:
    stripped = preamble.lstrip()
    if not stripped:
        return ParseError("empty input: no record found", "empty", path, 1, 1, "", raw=preamble)
    pos = len(preamble) - len(stripped)
    line, col, line_text = _position(preamble, pos)
    return ParseError(
        "text before the first header line (expected ' date YYYY-MM-DD headline')",
        "missing-header", path, line, col, line_text, raw=preamble,
    )  # fmt: skip


def _parse_record(
    text: str,
    lines: list[str],
    offsets: list[int],
    base: int,
    first: int,
    stop: int,
    origin: Origin,
    max_chars: int,
) -> Article | ParseError:
    """Parse the record whose header is ``lines[first]`` and whose source is text[base:stop].

    Offsets in the result are relative to ``base``.
    """
    source = text[base : offsets[stop]]

    def fail(message: str, code: str, line: int, col: int) -> ParseError:
        line_text = lines[first + line - 1].rstrip(_BREAKS)
        return ParseError(message, code, origin.path, origin.line + line - 1, col, line_text,
                          raw=source, record=origin.record)  # fmt: skip

    if len(source) > max_chars:
        return fail(f"record is {len(source)} characters long, over the limit of {max_chars}",
                    "record-too-large", 1, 1)  # fmt: skip
    header_line = lines[first].rstrip(_BREAKS)
    header = _HEADER.match(header_line)
    assert header is not None  # the record starts at a line _HEADER matched
    date_col = header.start("date") + 1
    date_text = header.group("date")
    iso = _ISO_DATE.match(date_text)
    if iso is None:
        return fail(f"expected a YYYY-MM-DD date in header, got {date_text!r}", "bad-date",
                    1, date_col)  # fmt: skip
    try:
        date = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        return fail(f"invalid date {date_text!r} in header", "invalid-date", 1, date_col)
    headline = header.group("rest").strip(" \t")
    if not headline or headline.isspace():  # a no-break space alone is no headline either
        return fail("header has no headline", "missing-headline", 1, len(header_line) + 1)

    paragraphs: list[Paragraph] = []
    related: list[RelatedLink] = []
    noise: list[Noise] = []
    dateline: str | None = None
    block: list[int] = []  # indices of the lines of the paragraph being read

    def close_block() -> None:
        nonlocal dateline
        if not block:
            return
        head, tail = lines[block[0]], lines[block[-1]]
        start = offsets[block[0]] - base + len(head) - len(head.lstrip())
        end = offsets[block[-1]] - base + len(tail.rstrip())
        block.clear()
        also = _ALSO_READ.match(source, start, end)
        if also and also.end() < end:
            related.append(_related_link(source, also.end(), end))
            return
        if dateline is None and (
            not paragraphs or (len(paragraphs) == 1 and is_byline(paragraphs[0].text))
        ):
            found = _dateline(source, start, end)
            if found is not None and (paragraphs or not is_byline(source[found[1] : end])):
                dateline, start = found
        paragraphs.append(Paragraph(source[start:end], Span(start, end)))

    for j in range(first + 1, stop):
        line = lines[j]
        stripped = line.strip()
        kind = _NOISE.get(stripped.lower()) if len(stripped) < 40 else None
        if stripped and kind is None:
            block.append(j)
            continue
        close_block()
        if kind is not None:
            n_start = offsets[j] - base + line.index(stripped)
            noise.append(Noise(kind, stripped, Span(n_start, n_start + len(stripped))))
    close_block()
    if not paragraphs:
        return fail("record has a header but no body paragraphs", "no-body", 1, 1)
    return Article(
        id=article_id(date, headline, dateline, [p.text for p in paragraphs]),
        date=date,
        headline=headline,
        source=source,
        origin=origin,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        related=tuple(related),
        noise=tuple(noise),
    )


def article_id(date: dt.date, headline: str, dateline: str | None, paragraphs: list[str]) -> str:
    """A 16-hex-digit id from an article's content, the same whatever its line ends or file."""
    parts = [date.isoformat(), headline, dateline or "", *paragraphs]
    content = "\x1f".join(parts).replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.blake2b(content.encode("utf-8"), digest_size=8).hexdigest()


def _dateline(source: str, start: int, end: int) -> tuple[str, int] | None:
    """The dateline place and where the paragraph proper starts, if the paragraph has one."""
    paren = _PAREN_DATELINE.match(source, start, end)
    if paren is not None and paren.end() < end and _is_country(paren.group("place")) is False:
        return paren.group("place"), paren.end()  # "(Shanghai) — A": a known town, not "(AP)"
    m = _DATELINE.match(source, start, end)
    if m is None or m.end() >= end:
        return None
    place, sep, agency = m.group("place"), m.group("sep"), m.group("agency")
    words = place.replace("/", " ").split()
    letters = [c for c in place if c.isalpha()]
    shouting = all(c.isupper() for c in letters) and len(letters) >= 3
    if words[0].rstrip(".") in _NOT_DATELINES or len(letters) < 3:
        return None
    country = m.group("country")
    if country and not (m.group("date") or agency or _is_country(country.strip(", \t"))):
        return None  # "Lahore, Karachi - …": a list of places, not "QUETTA, Pakistan, June 11"
    if shouting and (sep or agency):
        return place, m.end()
    title = len(words) <= 3 and all(w[:1].isupper() for w in words)
    if title and sep == ":" and not _labels_a_turn(source, end, place):
        return place, m.end()
    if title and m.group("date") and agency:
        return place, m.end()  # "Islamabad, Sept. 10 (ECNS) --": a date and an agency say it
    dash = sep in ("—", "–")
    if title and dash and (country or not m.group("gap")) and _is_country(place) is False:
        return place, m.end()  # "Lahore—A", "Karachi, Pakistan – A"; not "Pakistan—China's"
    return None


# Byline formulas the outlets print on a line of their own (after an optional "By").
_BYLINE_FORMULAS = frozenset(
    {"our correspondent", "our staff correspondent", "our staff reporter", "our reporter",
     "our special correspondent", "from our correspondent", "special correspondent",
     "correspondent", "staff reporter", "staff report", "staff correspondent", "news desk",
     "web desk", "news report", "monitoring desk", "monitoring report", "business desk",
     "business reporter", "tribune report", "dawn report", "agencies", "agency report",
     "app", "ppi", "nni", "inp", "xinhua", "reuters", "afp", "online"}
)  # fmt: skip
_BYLINE_MAX_CHARS = 60
_NAME_WORD = re.compile(r"[A-Z](?:\.|[a-zA-Z'’-]{1,20})\Z")  # "Zafar", "M.", "O'Neil"
_NAME_PARTICLES = frozenset({"ul", "ud", "ur", "bin", "al", "ibn"})  # "Zia ul Hassan"


def is_byline(text: str) -> bool:
    """True for a paragraph that is only a byline: ``By Our Correspondent``, ``Staff Report``.

    A byline is one or two short lines, each a byline formula or a person's name of two to five
    capitalised words (one or more after ``By``), with no sentence punctuation; it may stand
    before the dateline paragraph, and the raw writer puts the dateline after it again. A line of
    prose (``Pakistan and China signed accords``) has lowercase words and is none.
    """
    if len(text) > _BYLINE_MAX_CHARS or not text[:1].isalpha():
        return False
    lines = text.splitlines()
    return len(lines) <= 2 and all(map(_is_byline_line, lines))


def _is_byline_line(line: str) -> bool:
    """True for one line of a byline (see :func:`is_byline`)."""
    words = line.split()
    by = bool(words) and words[0] in ("By", "BY", "by")
    if by:
        words = words[1:]
    if " ".join(words).lower() in _BYLINE_FORMULAS:
        return True
    if not (1 + (not by) <= len(words) <= 5):
        return False
    names = [w for w in words if w not in _NAME_PARTICLES]
    return len(names) >= len(words) - 1 and all(_NAME_WORD.match(w) for w in names)


def _labels_a_turn(source: str, end: int, label: str) -> bool:
    """True when ``label:`` opens a later paragraph too: a transcript's speaker (``Wu Lin:``)."""
    return re.compile(rf"\n[ \t]*{re.escape(label)}[ \t]*:").search(source, end) is not None


def _is_country(name: str) -> bool | None:
    """True for a country the gazetteer knows, False for another known place, else None.

    Only the rare dateline forms that need it ask (``Lahore—A``, ``KARACHI, Pakistan –``), so
    parsing loads the gazetteer only then.
    """
    from cpecdata.gazetteer import lookup_place

    place = lookup_place(name)
    return None if place is None else place.name == place.country


# Words that end a headline only in the rare case of a cut, and words that often open a lead.
_FUNCTION_WORDS = frozenset(
    "a an the of on to in for and with at by from as or but is are was be its their his her".split()
)
_LEAD_OPENERS = frozenset(
    "A An The According In On After Prime President Chairman Chinese Pakistan Pakistani Federal "
    "Minister Foreign Chief This It Speaking Addressing While ISLAMABAD BEIJING KARACHI"
    " LAHORE".split()
)


_TOKEN = re.compile(r"\S+")
_MAX_HEADLINE_WORDS = 40  # bounds the work on hostile trailers; real headlines are far shorter


def _related_link(source: str, start: int, end: int) -> RelatedLink:
    """Split an ``Also Read`` trailer into headline and teaser (a heuristic; the text is kept)."""
    text = source[start:end]
    truncated = text.endswith(("...", "…"))
    cut = _teaser_start(text)
    if cut is None:
        return RelatedLink(text, Span(start, end), text, None, truncated)
    return RelatedLink(text, Span(start, end), text[:cut].rstrip(), text[cut:], truncated)


def _is_dateline_word(word: str) -> bool:
    """A place in capitals with a colon (``KARACHI:``, ``ISLAMABAD/BEIJING:``)."""
    place = word[:-1].replace("/", "")
    return word.endswith(":") and len(place) >= 3 and place.isalpha() and place.isupper()


def _teaser_start(text: str) -> int | None:
    """Offset where the teaser starts: the best-scoring capitalised word after the headline.

    A headline rarely ends in a function word or a comma; a lead usually opens with a
    determiner or title and names the headline's subject again; teasers run 8-25 words.
    """
    # Only the first words can end a headline; past them, only "many words follow" matters.
    found = itertools.islice(_TOKEN.finditer(text), _MAX_HEADLINE_WORDS + 26)
    tokens = [(m.start(), m.group()) for m in found]
    keys = [w.strip(",.:;’'‘\"").lower() for _, w in tokens]
    content = [w for _, w in tokens if w.lower() not in _FUNCTION_WORDS][:5]
    title_case = len(content) == 5 and all(w[:1].isupper() for w in content)
    lowercase_so_far = 0.0
    headline_words = set(keys[:2])
    best: tuple[float, int] | None = None
    for i in range(2, min(len(tokens) - 1, _MAX_HEADLINE_WORDS)):
        prev = tokens[i - 1][1]
        if i > 2:
            headline_words.add(keys[i - 1])
        if title_case and prev[:1].islower():  # Title Case headlines have none
            lowercase_so_far += 1 if prev.lower() in _FUNCTION_WORDS else 3
        pos, word = tokens[i]
        if not word[:1].isupper():
            continue
        score = -lowercase_so_far
        if prev[-1] in ",:;-–—(" or prev.lower() in _FUNCTION_WORDS:
            score -= 4
        if prev[:1].islower() and prev.lower() not in _FUNCTION_WORDS:
            score += 2
        elif prev[:1].isupper() and not prev.isupper():
            score -= 1  # splitting a run of capitalised words (a name) is unlikely
        if word in _LEAD_OPENERS:
            score += 2
        if _is_dateline_word(word):
            score += 6  # "KARACHI:" opens a lead: the headline ends before it
        if tokens[i + 1][1][:1].islower():
            score += 1
        window = [
            k
            for (_, w), k in zip(tokens[i : i + 5], keys[i : i + 5], strict=True)
            if w[:1].isupper()
        ]
        score += 1.5 * sum(k in headline_words for k in window)
        if 8 <= len(tokens) - i <= 25 and len(tokens) < _MAX_HEADLINE_WORDS + 26:
            score += 1.5
        if best is None or score > best[0]:
            best = (score, pos)
    if best is None or best[0] < 2:
        return None
    return best[1]
