"""Articles as JSON objects, JSON text and JSON Lines (one article per line).

Every object carries ``"schema": "cpecdata/1"`` as its first key; the rest follows the model's
field order (see :mod:`cpecdata.serialize._converter` for how each type is encoded, and
``cpecdata schema`` for the JSON Schema). Loading is strict: a wrong type, an unknown key or
another schema version is a :class:`~cpecdata.errors.LoadError` whose message lists every
problem with its JSON path, e.g. ``invalid value for type, expected str, got int @
$.statements[2].speaker.name``.
"""

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, NoReturn

import cattrs

from cpecdata.errors import LoadError
from cpecdata.model import SCHEMA, Article
from cpecdata.serialize._converter import CONVERTER, problems

__all__ = ["dump_jsonl", "from_dict", "from_json", "iter_jsonl", "load_jsonl", "to_dict", "to_json"]


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain JSON values: dicts, lists, str, int, float, bool and None."""
    fields: dict[str, Any] = CONVERTER.unstructure(article)
    return {"schema": SCHEMA, **fields}


def from_dict(data: object, *, path: str | None = None, line: int | None = None) -> Article:
    """The article a :func:`to_dict` value describes, validated.

    Raises:
        LoadError: listing every problem with its JSON path; ``path`` and ``line`` say where the
            value came from.

    """
    if not isinstance(data, dict):
        raise LoadError(f"expected a JSON object, got {type(data).__name__} @ $", path, line)
    fields = dict(data)
    schema = fields.pop("schema", None)
    if schema != SCHEMA:
        found = "no schema tag" if schema is None else f"schema {schema!r}"
        raise LoadError(f"unsupported data: {found}, expected {SCHEMA!r} @ $.schema", path, line)
    try:
        article: Article = CONVERTER.structure(fields, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        raise LoadError("; ".join(problems(exc)), path, line) from None
    return article


def to_json(article: Article, indent: int | None = None) -> str:
    """The article as JSON text (non-ASCII characters kept as they are, not escaped)."""
    return json.dumps(to_dict(article), ensure_ascii=False, allow_nan=False, indent=indent)


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def from_json(text: str | bytes, *, path: str | None = None, line: int | None = None) -> Article:
    """The article in a JSON text written by :func:`to_json`, validated.

    Raises:
        LoadError: for text that is not JSON, or JSON that is not a valid article.

    """
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise LoadError(f"not valid JSON: {exc}", path, line) from None
    return from_dict(data, path=path, line=line)


def dump_jsonl(articles: Iterable[Article], fp: IO[str]) -> int:
    """Write each article as one JSON line as it comes; return how many were written."""
    count = 0
    for article in articles:
        fp.write(to_json(article) + "\n")
        count += 1
    return count


def iter_jsonl(fp: Iterable[str], path: str | None = None) -> Iterator[Article | LoadError]:
    """Read JSON Lines lazily: each line's article, or a LoadError (with line number) in its place.

    A bad or truncated line does not stop the reading; blank lines are skipped, and so is a
    UTF-8 BOM before the first line (as Windows tools write). ``fp`` is an open text file, or
    any iterable of lines.
    """
    for number, text in enumerate(fp, start=1):
        if number == 1:
            text = text.removeprefix("\ufeff")
        if not text.strip():
            continue
        try:
            yield from_json(text, path=path, line=number)
        except LoadError as exc:
            yield exc


def load_jsonl(fp: Iterable[str], path: str | None = None) -> list[Article]:
    """Read JSON Lines strictly: every article, or the first bad line's LoadError raised.

    Use :func:`iter_jsonl` to stream, or to keep the good articles of a damaged file.
    """
    articles: list[Article] = []
    for item in iter_jsonl(fp, path):
        if isinstance(item, LoadError):
            raise item
        articles.append(item)
    return articles
