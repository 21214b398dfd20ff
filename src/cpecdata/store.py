"""Write articles into an embedded DuckDB database or a folder of Parquet files, atomically.

:func:`open_store` picks the writer from the output path: ``x.duckdb`` gives a DuckDB database
(extra ``cpecdata[duckdb]``), ``x.parquet`` or ``x.parquet/`` a directory with one Parquet file
per table (extra ``cpecdata[arrow]``). Both hold the normalised tables of :mod:`cpecdata.tables`;
every table's ``article_id`` joins to ``articles.id``, the primary key. Articles are flattened and
written in Arrow batches of ``batch_size`` articles, so memory stays flat however many articles
are written, but for what finds duplicate ids: DuckDB's primary-key index (~40 bytes per
article) or, for Parquet, a set of the ids written (~100 bytes per article).

Guarantees:

* **All or nothing.** Output goes to a hidden temporary name next to the target. :meth:`Store.close`
  (the end of a ``with`` block) moves it into place, replacing an existing target only then; an
  exception or ``KeyboardInterrupt`` in the block (or :meth:`Store.abort`) deletes it, so an
  interrupted run leaves no half-written output and the previous target untouched. A process
  killed outright (SIGKILL, or SIGTERM without a handler) cannot clean up: its hidden
  ``.NAME.*.tmp`` stays behind, never mistaken for the output, and can be deleted. A DuckDB file
  is replaced in one atomic rename; a Parquet directory in two (old one aside, new one in).
* **One row per article id.** The id is derived from the article's content, so a second record
  with the same id is the same article scraped twice: it is skipped and counted in
  :attr:`Store.duplicates` (the first copy's origin is kept).

Statements by speaker per month, in one query on the DuckDB store::

    import duckdb

    with duckdb.connect("corpus.duckdb", read_only=True) as con:
        con.sql('''
            SELECT s.speaker_name, strftime(a.date, '%Y-%m') AS month, count(*) AS statements
            FROM statements AS s JOIN articles AS a ON a.id = s.article_id
            GROUP BY s.speaker_name, month
            ORDER BY month, statements DESC, s.speaker_name
        ''').show()

DuckDB reads the Parquet store the same way: ``FROM 'corpus.parquet/statements.parquet'``.
"""

from __future__ import annotations

import abc
import os
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from cpecdata._optional import require
from cpecdata._signals import interrupts_held
from cpecdata.model import Article
from cpecdata.tables import COLUMNS, TABLES, ColumnType, TableBuilder, arrow_schema

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]  # ships no type information

__all__ = ["DEFAULT_BATCH_SIZE", "DuckDBStore", "ParquetStore", "Store", "open_store"]

DEFAULT_BATCH_SIZE = 2_000
"""Articles per Arrow batch: large enough for fast inserts, small enough for constant memory."""


def open_store(path: str | os.PathLike[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> Store:
    """A store writing to ``path``, chosen by its suffix: ``.duckdb`` or ``.parquet`` (a folder).

    Raises:
        ValueError: when the suffix names neither.

    """
    name = os.fspath(path).rstrip("/" + os.sep).lower()
    if name.endswith(".duckdb"):
        return DuckDBStore(path, batch_size=batch_size)
    if name.endswith(".parquet"):
        return ParquetStore(path, batch_size=batch_size)
    raise ValueError(
        f"cannot tell the store type from {os.fspath(path)!r}:"
        " use a .duckdb file or a .parquet directory"
    )


class Store(abc.ABC):
    """Writes articles to a temporary output that :meth:`close` moves into place.

    Use it as a context manager; subclasses provide the format through three hooks.

    Attributes:
        path: The target.
        written: Articles written so far (duplicates excluded).
        duplicates: Articles skipped because an article with the same id was already written.

    """

    _forgets_ids = False
    """Whether ids written in earlier batches may be forgotten (the output itself finds them)."""

    def __init__(self, path: str | os.PathLike[str], *, batch_size: int = DEFAULT_BATCH_SIZE):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.path = Path(path)
        self.written = 0
        self.duplicates = 0
        self._batch_size = batch_size
        self._builder = TableBuilder()
        self._ids: set[str] = set()
        self._closed = False
        self._tmp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        try:
            self._open(self._tmp)
        except BaseException:
            _remove(self._tmp)
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write(self, article: Article) -> None:
        """Add ``article``; rows go out in batches of ``batch_size`` articles."""
        if self._closed:
            raise ValueError(f"store {self.path} is closed")
        if article.id in self._ids:
            self.duplicates += 1
            return
        self._ids.add(article.id)
        self._builder.add(article)
        if len(self._builder) >= self._batch_size:
            self._flush()

    def close(self) -> None:
        """Write what is left and move the output into place (replacing any earlier target)."""
        if self._closed:
            return
        try:
            self._flush()
            self._close_output(complete=True)
            _move_into_place(self._tmp, self.path)
        except BaseException:
            self.abort()
            raise
        self._closed = True

    def abort(self) -> None:
        """Drop everything written so far; the target, if one existed, is left as it was."""
        if self._closed:
            return
        self._closed = True
        try:
            self._close_output(complete=False)
        finally:
            _remove(self._tmp)

    def _flush(self) -> None:
        if not len(self._builder):
            return
        batch = len(self._builder)
        fresh = self._write_batch(self._builder.take_arrow())
        if self._forgets_ids:
            self._ids.clear()
        self.written += fresh
        self.duplicates += batch - fresh

    @abc.abstractmethod
    def _open(self, tmp: Path) -> None:
        """Create the empty output at ``tmp``."""

    @abc.abstractmethod
    def _write_batch(self, tables: Mapping[str, pa.Table]) -> int:
        """Append the rows of articles not written before; return how many articles that was."""

    @abc.abstractmethod
    def _close_output(self, *, complete: bool) -> None:
        """Close the temporary output: finished for good, or about to be deleted."""


_DUCKDB_TYPES = {
    ColumnType.STRING: "VARCHAR",
    ColumnType.INT: "BIGINT",
    ColumnType.FLOAT: "DOUBLE",
    ColumnType.BOOL: "BOOLEAN",
    ColumnType.DATE: "DATE",
    ColumnType.STRINGS: "VARCHAR[]",
}


def _create_table_sql(table: str) -> str:
    """``CREATE TABLE`` for ``table`` with NOT NULL columns, and the primary key for articles."""
    columns = [
        f'"{c.name}" {_DUCKDB_TYPES[c.type]}{"" if c.nullable else " NOT NULL"}'
        for c in COLUMNS[table]
    ]
    if table == "articles":
        columns.append('PRIMARY KEY ("id")')
    return f'CREATE TABLE "{table}" ({", ".join(columns)})'


def _key(table: str) -> str:
    """The column holding the article id in ``table``."""
    return "id" if table == "articles" else "article_id"


_MEMORY_BASE = 32 * 2**20
_MEMORY_PER_ARTICLE = 96
"""The writing connection's memory limit is ``_MEMORY_BASE + _MEMORY_PER_ARTICLE * articles``.

DuckDB caches table blocks up to its limit (80% of RAM by default), so with no limit a long run
grows by ~2.3 MB per 1,000 articles. A fixed small limit fails instead, because the primary-key
index stays in memory (~40 bytes per 16-character id: 64 MB runs out at 1.2 million articles).
So the limit grows with the index, 2.4 times its measured size, and the cache stays flat."""


_DUCKDB_CONFIG = {"threads": 1, "memory_limit": f"{_MEMORY_BASE}B", "checkpoint_threshold": "256MB"}
"""Settings of the writing connection (the database file does not keep them). One thread
inserts Arrow batches as fast as several and leaves the other cores to parsing; checkpointing
every 256 MB of log instead of 16 MB rewrites fewer blocks (15% less CPU time over 20k articles)."""


class DuckDBStore(Store):
    """An embedded DuckDB database holding the normalised tables (extra ``cpecdata[duckdb]``).

    Articles already in the database are found with an anti-join on the primary key, so
    skipping duplicates costs no memory in Python.
    """

    _forgets_ids = True

    def _open(self, tmp: Path) -> None:
        duckdb = require("duckdb", "duckdb")
        with interrupts_held():  # DuckDB turns a Ctrl-C mid-query into an error of its own
            self._con: Any = duckdb.connect(str(tmp), config=_DUCKDB_CONFIG)
            for table in TABLES:
                self._con.execute(_create_table_sql(table))

    def _write_batch(self, tables: Mapping[str, pa.Table]) -> int:
        with interrupts_held():
            return self._insert(tables)

    def _insert(self, tables: Mapping[str, pa.Table]) -> int:
        """Insert a batch's rows of articles not yet in the database; how many articles were new."""
        con = self._con
        batch = tables["articles"].num_rows
        con.execute(
            f"SET memory_limit = '{_MEMORY_BASE + _MEMORY_PER_ARTICLE * (self.written + batch)}B'"
        )
        con.register("_batch", tables["articles"])
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _fresh AS"
            " SELECT b.id FROM _batch AS b ANTI JOIN articles AS a ON a.id = b.id"
        )
        con.unregister("_batch")
        fresh: int = con.execute("SELECT count(*) FROM _fresh").fetchall()[0][0]
        every = fresh == batch  # the usual case: no filter needed
        for table in TABLES:
            con.register("_batch", tables[table])
            where = "" if every else f' WHERE "{_key(table)}" IN (SELECT id FROM _fresh)'
            con.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM _batch{where}')
            con.unregister("_batch")
        con.execute("DROP TABLE _fresh")
        return fresh

    def _close_output(self, *, complete: bool) -> None:
        with interrupts_held():
            if complete:
                self._con.execute("CHECKPOINT")
            self._con.close()
        # The temporary database's log after a failure; a stale log next to the target, which
        # DuckDB would otherwise replay into the new database.
        database = self.path if complete else self._tmp
        _remove(database.with_name(database.name + ".wal"))


class ParquetStore(Store):
    """A directory with one Parquet file per table, ``<table>.parquet`` (extra ``cpecdata[arrow]``).

    Each batch becomes a row group, written as it comes. Duplicates are found in a set of the
    ids written so far (about 100 bytes per article).
    """

    def _open(self, tmp: Path) -> None:
        pq = require("pyarrow.parquet", "arrow")
        tmp.mkdir()
        self._writers: dict[str, Any] = {}
        for table in TABLES:
            self._writers[table] = pq.ParquetWriter(tmp / f"{table}.parquet", arrow_schema(table))

    def _write_batch(self, tables: Mapping[str, pa.Table]) -> int:
        for table in TABLES:
            self._writers[table].write_table(tables[table])
        articles: int = tables["articles"].num_rows
        return articles

    def _close_output(self, *, complete: bool) -> None:
        for writer in self._writers.values():
            writer.close()


def _move_into_place(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target``, replacing it: atomically for a file, else via a side name."""
    if tmp.is_file() and not target.is_dir():
        os.replace(tmp, target)
        return
    old = None
    if target.exists() or target.is_symlink():
        old = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old")
        os.replace(target, old)
    os.replace(tmp, target)
    if old is not None:
        _remove(old)


def _remove(path: Path) -> None:
    """Delete a file or directory tree if it exists."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
