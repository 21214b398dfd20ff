"""Flatten articles into normalised tables for SQL, Arrow, Parquet, pandas and Dask.

Six tables, each a list of rows whose columns are fixed by :data:`COLUMNS`:

``articles``
    One row per article, key ``id``: date, headline, dateline, origin, counts, source length.
``paragraphs``, ``statements``, ``visits``, ``initiatives``, ``related``
    One row per paragraph, fact or ``Also Read`` trailer, with ``article_id`` (joins to
    ``articles.id``) and ``index`` (its position in the article), so ``(article_id, index)`` is
    unique. Nested values are flattened with a prefix (``speaker_name``, ``when_start``,
    ``destination_country``); enums are written as their string values, dates as dates, the
    visit qualifiers and CAMEO codes as lists of strings; spans as ``span_start``/``span_end``
    (``end`` is a reserved word in SQL).

The pure-Python path (:func:`rows`, :class:`TableBuilder`) needs nothing beyond the standard
library. :func:`to_arrow` needs pyarrow (``pip install cpecdata[arrow]``) and :func:`to_pandas`
pandas too (``pip install cpecdata[pandas]``); both are imported only when first used.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from cpecdata._optional import require
from cpecdata.model import Actor, Article, Place, When

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]  # no stubs in the dev environment
    import pyarrow as pa  # type: ignore[import-untyped]  # ships no type information

__all__ = [
    "COLUMNS",
    "TABLES",
    "Column",
    "ColumnType",
    "TableBuilder",
    "arrow_schema",
    "rows",
    "to_arrow",
    "to_pandas",
]

Row = tuple[object, ...]
"""One table row, its values in the order of the table's :data:`COLUMNS`."""


class ColumnType(enum.Enum):
    """The type of a column, mapped to each backend's own type."""

    STRING = "string"
    INT = "int64"
    FLOAT = "float64"
    BOOL = "bool"
    DATE = "date32"
    STRINGS = "list<string>"


@attrs.frozen
class Column:
    """One column of a table.

    Attributes:
        name: Column name (a plain SQL identifier, never a reserved word).
        type: Value type.
        nullable: Whether the column may hold nulls (None); non-nullable columns never do, so
            their pandas dtype is the same in every batch, empty ones included.

    """

    name: str
    type: ColumnType
    nullable: bool = True


def _col(name: str, type_: ColumnType = ColumnType.STRING, *, null: bool = True) -> Column:
    return Column(name, type_, nullable=null)


_I, _F, _B, _D, _L = (
    ColumnType.INT, ColumnType.FLOAT, ColumnType.BOOL, ColumnType.DATE, ColumnType.STRINGS,
)  # fmt: skip


def _child_key() -> tuple[Column, ...]:
    return (_col("article_id", null=False), _col("index", _I, null=False))


def _span() -> tuple[Column, ...]:
    return (_col("span_start", _I, null=False), _col("span_end", _I, null=False))


def _actor_columns(prefix: str, *, null: bool) -> tuple[Column, ...]:
    return (
        _col(f"{prefix}_name", null=null),
        _col(f"{prefix}_role"),
        _col(f"{prefix}_organization"),
        _col(f"{prefix}_country"),
    )


def _place_columns(prefix: str, *, null: bool) -> tuple[Column, ...]:
    return (
        _col(f"{prefix}_name", null=null),
        _col(f"{prefix}_country"),
        _col(f"{prefix}_id"),
        _col(f"{prefix}_latitude", _F),
        _col(f"{prefix}_longitude", _F),
    )


def _when_columns() -> tuple[Column, ...]:
    return (
        _col("when_text"),
        _col("when_start", _D),
        _col("when_end", _D),
        _col("when_granularity"),
    )


COLUMNS: Mapping[str, tuple[Column, ...]] = {
    "articles": (
        _col("id", null=False),
        _col("date", _D, null=False),
        _col("headline", null=False),
        _col("dateline"),
        _col("origin_path"),
        _col("origin_record", _I, null=False),
        _col("origin_line", _I, null=False),
        *(
            _col(f"{part}_count", _I, null=False)
            for part in ("paragraph", "related", "noise", "statement", "visit", "initiative")
        ),
        _col("source_length", _I, null=False),
    ),
    "paragraphs": (*_child_key(), _col("text", null=False), *_span()),
    "statements": (
        *_child_key(),
        *_actor_columns("speaker", null=False),
        _col("speaker_named", _B, null=False),
        _col("kind", null=False),
        _col("text", null=False),
        _col("verb"),
        *_when_columns(),
        *_span(),
        _col("confidence", _F, null=False),
    ),
    "visits": (
        *_child_key(),
        *_actor_columns("visitor", null=False),
        _col("visitor_named", _B, null=False),
        *_place_columns("destination", null=False),
        *_actor_columns("host", null=True),
        *_when_columns(),
        _col("status", null=False),
        _col("qualifiers", _L, null=False),
        _col("cameo", _L, null=False),
        _col("plover", null=False),
        _col("plover_mode", null=False),
        _col("evidence", null=False),
        *_span(),
        _col("confidence", _F, null=False),
    ),
    "initiatives": (
        *_child_key(),
        _col("name", null=False),
        _col("initiative_id"),
        _col("kind", null=False),
        _col("sector", null=False),
        *_place_columns("location", null=True),
        _col("status"),
        _col("evidence", null=False),
        *_span(),
        _col("confidence", _F, null=False),
    ),
    "related": (
        *_child_key(),
        _col("headline", null=False),
        _col("teaser"),
        _col("truncated", _B, null=False),
        _col("text", null=False),
        *_span(),
    ),
}
"""The columns of every table, in order: the one definition every backend's schema comes from."""

TABLES: tuple[str, ...] = tuple(COLUMNS)
"""The table names, ``articles`` first."""


def _actor(actor: Actor | None) -> Row:
    if actor is None:
        return (None, None, None, None)
    return (actor.name, actor.role, actor.organization, actor.country)


def _place(place: Place | None) -> Row:
    if place is None:
        return (None, None, None, None, None)
    return (place.name, place.country, place.id, place.latitude, place.longitude)


def _when(when: When | None) -> Row:
    if when is None:
        return (None, None, None, None)
    return (when.text, when.start, when.end, when.granularity.value)


def _article_rows(article: Article) -> dict[str, list[Row]]:
    """The rows ``article`` contributes to each table (values in :data:`COLUMNS` order)."""
    a, key = article, article.id
    return {
        "articles": [(
            key, a.date, a.headline, a.dateline, a.origin.path, a.origin.record, a.origin.line,
            len(a.paragraphs), len(a.related), len(a.noise), len(a.statements), len(a.visits),
            len(a.initiatives), len(a.source),
        )],
        "paragraphs": [
            (key, i, p.text, p.span.start, p.span.end) for i, p in enumerate(a.paragraphs)
        ],
        "statements": [
            (key, i, *_actor(s.speaker), s.speaker.named, s.kind.value, s.text, s.verb,
             *_when(s.when), s.span.start, s.span.end, s.confidence)
            for i, s in enumerate(a.statements)
        ],
        "visits": [
            (key, i, *_actor(x.visitor), x.visitor.named, *_place(x.destination), *_actor(x.host),
             *_when(x.when), x.status.value, list(x.qualifiers), list(x.cameo), x.plover,
             x.plover_mode, x.evidence, x.span.start, x.span.end, x.confidence)
            for i, x in enumerate(a.visits)
        ],
        "initiatives": [
            (key, i, n.name, n.id, n.kind.value, n.sector.value, *_place(n.location),
             n.status.value if n.status is not None else None, n.evidence, n.span.start,
             n.span.end, n.confidence)
            for i, n in enumerate(a.initiatives)
        ],
        "related": [
            (key, i, r.headline, r.teaser, r.truncated, r.text, r.span.start, r.span.end)
            for i, r in enumerate(a.related)
        ],
    }  # fmt: skip


class TableBuilder:
    """Collects the rows of articles added one at a time, to be taken away in batches.

    Memory holds only the rows added since the last :meth:`take`, so a writer that takes a batch
    every few thousand articles runs in constant memory however large the corpus.
    """

    __slots__ = ("_articles", "_rows")

    def __init__(self) -> None:
        self._rows: dict[str, list[Row]] = {name: [] for name in TABLES}
        self._articles = 0

    def __len__(self) -> int:
        """The number of articles added since the last :meth:`take`."""
        return self._articles

    def add(self, article: Article) -> None:
        """Flatten ``article`` into rows of every table."""
        for name, table_rows in _article_rows(article).items():
            self._rows[name].extend(table_rows)
        self._articles += 1

    def take(self) -> dict[str, list[Row]]:
        """The rows collected so far, by table (values in :data:`COLUMNS` order); then empty."""
        taken, self._rows = self._rows, {name: [] for name in TABLES}
        self._articles = 0
        return taken

    def take_arrow(self) -> dict[str, pa.Table]:
        """Like :meth:`take`, as one pyarrow Table per table (needs the ``arrow`` extra)."""
        return {name: _arrow_table(name, table_rows) for name, table_rows in self.take().items()}


def _build(articles: Iterable[Article]) -> TableBuilder:
    builder = TableBuilder()
    for article in articles:
        builder.add(article)
    return builder


def rows(articles: Iterable[Article]) -> dict[str, list[dict[str, object]]]:
    r"""Every table's rows as dicts keyed by column name: the dependency-free path.

    >>> from cpecdata.rawformat import parse_text
    >>> tables = rows(parse_text(" date 2024-01-02 A headline\n\nA paragraph."))
    >>> tables["paragraphs"][0]["text"], len(tables["statements"])
    ('A paragraph.', 0)
    """
    taken = _build(articles).take()
    result: dict[str, list[dict[str, object]]] = {}
    for name, table_rows in taken.items():
        names = [c.name for c in COLUMNS[name]]
        result[name] = [dict(zip(names, row, strict=True)) for row in table_rows]
    return result


@functools.cache
def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema of ``table``: dates as date32, enums as strings, lists as list<string>."""
    pa = require("pyarrow", "arrow")
    types = {
        ColumnType.STRING: pa.string(),
        ColumnType.INT: pa.int64(),
        ColumnType.FLOAT: pa.float64(),
        ColumnType.BOOL: pa.bool_(),
        ColumnType.DATE: pa.date32(),
        ColumnType.STRINGS: pa.list_(pa.string()),
    }
    return pa.schema([pa.field(c.name, types[c.type], nullable=c.nullable) for c in COLUMNS[table]])


def _arrow_table(name: str, table_rows: list[Row]) -> pa.Table:
    pa = require("pyarrow", "arrow")
    schema = arrow_schema(name)
    columns = zip(*table_rows, strict=True) if table_rows else (() for _ in schema)
    arrays = [
        _arrow_array(pa, values, column.type, field.type)
        for values, column, field in zip(columns, COLUMNS[name], schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


_EPOCH = dt.date(1970, 1, 1).toordinal()
_FIXED_WIDTH: Mapping[ColumnType, tuple[str, Callable[[Any], Any]]] = {
    ColumnType.INT: ("q", int),
    ColumnType.FLOAT: ("d", float),
    ColumnType.DATE: ("i", lambda day: day.toordinal() - _EPOCH),
}
"""array.array type code and conversion of the fixed-width column types (date32 counts days)."""


def _arrow_array(
    pa: Any, values: Sequence[Any], column_type: ColumnType, arrow_type: pa.DataType
) -> pa.Array:
    """An Arrow array built straight from buffers in Arrow's memory layout.

    ``pa.array()`` would do the same from Python objects, but its first call imports pandas
    (~50 MB of resident memory) even when nothing else needs it.
    """
    valid = [v is not None for v in values]
    nulls = len(valid) - sum(valid)
    validity = pa.py_buffer(_bitmap(valid)) if nulls else None
    if column_type is ColumnType.STRING:
        return _string_array(pa, values, validity, nulls)
    if column_type is ColumnType.STRINGS:
        lists = [v or () for v in values]
        offsets = array("i", itertools.accumulate(map(len, lists), initial=0))
        child = _string_array(pa, [item for v in lists for item in v], None, 0)
        return pa.Array.from_buffers(arrow_type, len(values), [validity, pa.py_buffer(offsets)],
                                     null_count=nulls, children=[child])  # fmt: skip
    if column_type is ColumnType.BOOL:
        data = _bitmap([bool(v) for v in values])
    else:
        code, convert = _FIXED_WIDTH[column_type]
        data = array(code, [0 if v is None else convert(v) for v in values]).tobytes()
    return pa.Array.from_buffers(arrow_type, len(values), [validity, pa.py_buffer(data)],
                                 null_count=nulls)  # fmt: skip


def _string_array(pa: Any, values: Sequence[str | None], validity: Any, nulls: int) -> pa.Array:
    encoded = [b"" if v is None else v.encode() for v in values]
    offsets = itertools.accumulate(map(len, encoded), initial=0)
    try:
        offset_buffer = array("i", offsets)
    except OverflowError:
        raise ValueError(
            "over 2 GiB of text in one column: convert fewer articles at a time (TableBuilder)"
        ) from None
    buffers = [validity, pa.py_buffer(offset_buffer), pa.py_buffer(b"".join(encoded))]
    return pa.Array.from_buffers(pa.string(), len(values), buffers, null_count=nulls)


def _bitmap(flags: Sequence[bool]) -> bytes:
    """``flags`` packed eight to a byte, least significant bit first (Arrow's bitmap layout)."""
    return bytes(
        sum(bit << i for i, bit in enumerate(flags[j : j + 8])) for j in range(0, len(flags), 8)
    )


def to_arrow(articles: Iterable[Article]) -> dict[str, pa.Table]:
    """Every table as a pyarrow Table with the schema of :func:`arrow_schema`."""
    return _build(articles).take_arrow()


def to_pandas(articles: Iterable[Article]) -> dict[str, pd.DataFrame]:
    """Every table as a pandas DataFrame (needs the ``pandas`` extra).

    Dates become ``datetime64[ms]`` (so ``.dt.to_period("M")`` works), strings pandas' string
    dtype, lists the Arrow-backed ``list<item: string>[pyarrow]`` dtype whose cells are Python
    lists (an object column would be turned into strings by Dask). Dtypes do not depend on the
    data: an empty table has the same dtypes as a full one, which is what Dask's ``meta`` needs.
    """
    pd = require("pandas", "pandas")
    pa = require("pyarrow", "arrow")

    def lists_as_arrow(arrow_type: Any) -> object:
        return pd.ArrowDtype(arrow_type) if pa.types.is_list(arrow_type) else None

    return {
        name: table.to_pandas(date_as_object=False, types_mapper=lists_as_arrow)
        for name, table in to_arrow(articles).items()
    }
