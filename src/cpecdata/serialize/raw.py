"""Articles written back in the raw scraped-text format, in its canonical layout.

The canonical layout of a record is the header line (a space, ``date``, the ISO date, a space and
the headline), then the blocks separated by single blank lines (LF line ends), and no final
newline: the paragraphs (the first one opening with the dateline, a colon and a space when there
is a dateline, or the second when the first is a byline such as ``By Our Correspondent``; line
breaks inside a paragraph kept as they are), the removed noise lines and the ``Also Read``
trailers, in source order. Parsing a canonical text and rendering it gives it back
byte for byte; rendering any other parsed text gives its canonical form, with the same content
(the dateline's date, agency and separator are not kept by the parser, so they are written as a
colon).
"""

import datetime as dt
from collections.abc import Iterable, Sequence

from cpecdata.model import Article, Noise, Paragraph, RelatedLink
from cpecdata.rawformat import is_byline

__all__ = ["BlockKind", "layout_record", "render_raw", "render_raw_many"]

BlockKind = type[Paragraph] | type[Noise] | type[RelatedLink]
"""Which sort of block a text is: a paragraph, a noise line or an ``Also Read`` trailer."""

_BLOCK_SEPARATOR = "\n\n"
_ALSO_READ = "Also Read "


def layout_record(
    date: dt.date, headline: str, dateline: str | None, blocks: Sequence[tuple[BlockKind, str]]
) -> tuple[str, tuple[int, ...]]:
    """The canonical raw text of a record and the offset in it where each block's text starts.

    ``blocks`` are in source order; the offsets are what the blocks' spans start at, so
    callers can build an :class:`~cpecdata.model.Article` whose source is this text.
    """
    header = f" date {date.isoformat()} {headline}"
    parts = [header]
    starts: list[int] = []
    position = len(header) + len(_BLOCK_SEPARATOR)
    texts = [text for kind, text in blocks if kind is Paragraph][:2]
    skip = 1 if len(texts) == 2 and is_byline(texts[0]) else 0  # the dateline follows a byline
    pending_dateline = dateline
    for kind, text in blocks:
        prefix = ""
        if kind is RelatedLink:
            prefix = _ALSO_READ
        elif kind is Paragraph and skip:
            skip = 0
        elif kind is Paragraph and pending_dateline:
            prefix, pending_dateline = f"{pending_dateline}: ", None
        parts.append(prefix + text)
        starts.append(position + len(prefix))
        position += len(prefix) + len(text) + len(_BLOCK_SEPARATOR)
    return _BLOCK_SEPARATOR.join(parts), tuple(starts)


def render_raw(article: Article) -> str:
    """The article in the canonical raw layout; its extracted facts are not part of the format.

    Articles read from the raw format always render to text that parses back to the same
    content. A hand-built (or hand-edited JSON) article whose headline holds a line break, or
    whose paragraphs hold blank, header-like or noise lines, renders to text that does not.
    """
    blocks: list[Paragraph | Noise | RelatedLink] = [
        *article.paragraphs,
        *article.noise,
        *article.related,
    ]
    blocks.sort(key=lambda block: block.span.start)
    text, _ = layout_record(
        article.date, article.headline, article.dateline, [(type(b), b.text) for b in blocks]
    )
    return text


def render_raw_many(articles: Iterable[Article]) -> str:
    """Several articles as one raw file: records separated by a blank line, no final newline.

    Parsing the result yields the same articles in the same order (each header line starts a
    record; the blank line ends up as trailing whitespace of the record before it).
    """
    return _BLOCK_SEPARATOR.join(render_raw(article) for article in articles)
