"""Read a corpus with Dask into a bag of Articles and one DataFrame per table (``cpecdata[dask]``).

Files are listed on the client with :func:`cpecdata.corpus.find_sources` and parsed by the
workers in partitions of ``files_per_partition`` files, so the workers must see the same paths (a
local cluster, or a shared file system). Task functions live in importable modules, because
the workers receive them by pickling. The same code runs on a laptop or a cluster; only the
client changes::

    from distributed import Client
    from cpecdata.dask import read_corpus, to_dataframes

    client = Client("tcp://scheduler.example:8786")  # or Client(LocalCluster())
    articles, errors = read_corpus(["corpus/"], errors="collect")
    frames = to_dataframes(articles)
    per_speaker = frames["statements"].groupby("speaker_name").size()
    print(per_speaker.compute(), errors.count().compute())
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, Literal, overload

from cpecdata.corpus import Limits, Source, find_sources, parse_sources
from cpecdata.errors import ParseError
from cpecdata.model import Article
from cpecdata.tables import TABLES, to_pandas

try:
    import dask.bag as db
    import dask.dataframe as dd
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("cpecdata.dask needs dask: pip install 'cpecdata[dask]'") from exc

__all__ = ["DEFAULT_FILES_PER_PARTITION", "read_corpus", "to_dataframes"]

_bag: Any = db
"""dask.bag, untyped: its functions and the Bag methods used here carry no annotations."""

DEFAULT_FILES_PER_PARTITION = 100
"""Files parsed by one task: enough work (tens of ms) to dwarf the scheduling cost per task."""


@overload
def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    extract: bool = ...,
    files_per_partition: int = ...,
    limits: Limits | None = ...,
    errors: Literal["raise"] = ...,
) -> db.Bag: ...


@overload
def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    extract: bool = ...,
    files_per_partition: int = ...,
    limits: Limits | None = ...,
    errors: Literal["collect"],
) -> tuple[db.Bag, db.Bag]: ...


def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    extract: bool = True,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
    limits: Limits | None = None,
    errors: Literal["raise", "collect"] = "raise",
) -> db.Bag | tuple[db.Bag, db.Bag]:
    """A bag of the Articles under ``paths`` (files, directories, globs, zip archives).

    With ``errors="raise"`` a missing path raises its :class:`~cpecdata.errors.ParseError` at
    once, and the first bad record stops the computation with its ParseError. With
    ``errors="collect"`` the result is a pair ``(articles, errors)``: the bag of Articles and a
    bag of ParseErrors, so nothing is lost; compute them together
    (``dask.compute(articles, errors)``) to parse the files only once.
    """
    found = list(find_sources(paths))
    sources = [s for s in found if isinstance(s, Source)]
    missing = [s for s in found if isinstance(s, ParseError)]
    if errors == "raise" and missing:
        raise missing[0]
    records = _bag.from_sequence(sources, partition_size=files_per_partition).map_partitions(
        _parse_partition, limits or Limits(), extract
    )
    if errors == "raise":
        strict: db.Bag = records.map(_article_or_raise)
        return strict
    good: db.Bag = records.filter(_is_article)
    bad: db.Bag = records.filter(_is_error)
    if missing:
        bad = _bag.concat([_bag.from_sequence(missing), bad])
    return good, bad


def _parse_partition(
    sources: Iterable[Source], limits: Limits, extract_facts: bool
) -> list[Article | ParseError]:
    """Parse one partition's files (a task: runs on a worker)."""
    return parse_sources(sources, limits, extract_facts=extract_facts)


def _article_or_raise(item: Article | ParseError) -> Article:
    if isinstance(item, ParseError):
        raise item
    return item


def _is_article(item: Article | ParseError) -> bool:
    return isinstance(item, Article)


def _is_error(item: Article | ParseError) -> bool:
    return isinstance(item, ParseError)


def to_dataframes(articles: db.Bag) -> dict[str, dd.DataFrame]:
    """One dask DataFrame per table of :mod:`cpecdata.tables`, built partition by partition.

    Each partition of the bag is flattened once for all tables; the dtypes are those of
    :func:`cpecdata.tables.to_pandas` (checked against the declared ``meta`` on every partition).
    Partitions keep their own 0-based index; divisions are unknown.
    """
    meta = to_pandas([])
    parts: Any = articles
    frames = [delayed(to_pandas)(part) for part in parts.to_delayed()]
    return {name: dd.from_delayed([f[name] for f in frames], meta=meta[name]) for name in TABLES}
