"""Corpus I/O: find raw files (paths, globs, directories, zip archives, stdin) and parse them.

Parsing is lazy and order-preserving, optionally in worker processes.

Nothing is ever dropped: every record read ends up either as an :class:`~cpecdata.model.Article`
or as a :class:`~cpecdata.errors.ParseError`, and so does every file that cannot be read.
"""

import contextlib
import glob
import itertools
import os
import signal
import sys
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

import attrs

from cpecdata._signals import interrupts_held
from cpecdata.errors import ParseError, ParseErrorGroup
from cpecdata.extract import extract as _extract
from cpecdata.model import Article
from cpecdata.rawformat import DEFAULT_MAX_RECORD_CHARS, parse_bytes, parse_text

__all__ = [
    "Limits",
    "Source",
    "find_sources",
    "map_corpus",
    "parse",
    "parse_source",
    "parse_sources",
    "read_corpus",
]

Result = Article | ParseError
T = TypeVar("T")


@attrs.frozen
class Limits:
    """Bounds that keep hostile input from exhausting memory.

    Attributes:
        max_file_bytes: Largest file (or zip member, uncompressed) read; larger ones are reported.
        max_record_chars: Largest record parsed; larger ones are reported.
        max_archive_bytes: Most uncompressed bytes read from one zip archive (zip-bomb guard).
    """

    max_file_bytes: int = 64 * 1024 * 1024
    max_record_chars: int = DEFAULT_MAX_RECORD_CHARS
    max_archive_bytes: int = 1024 * 1024 * 1024


@attrs.frozen
class Source:
    """One raw file to parse: a path, a member of a zip archive, or bytes already read (stdin).

    Attributes:
        name: What error messages and ``origin.path`` call it (``a.zip!dir/x.txt`` for members).
        path: The file on disk (the archive, for a member); None for stdin.
        member: The member's name inside the archive, for zip members.
        data: The bytes, when already read (stdin).
        size: The uncompressed size the archive declares, for zip members.
    """

    name: str
    path: str | None = None
    member: str | None = None
    data: bytes | None = attrs.field(default=None, repr=False)
    size: int | None = None


def find_sources(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Source | ParseError]:
    """Expand paths into sources, in a deterministic order; unreadable ones become ParseErrors.

    A directory gives every ``*.txt`` below it (sorted), a pattern with ``*?[`` its sorted
    matches, a ``.zip`` its ``*.txt`` members (sorted), ``-`` standard input.
    """
    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            yield Source("<stdin>", data=sys.stdin.buffer.read())
        elif os.path.isdir(name):
            for found in sorted(Path(name).rglob("*.txt")):
                yield from _file_sources(str(found))
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield ParseError(f"no file matches {name!r}", "not-found", name, 1, 1)
            for match in matches:
                if not os.path.isdir(match):
                    yield from _file_sources(match)
        else:
            yield from _file_sources(name)


def _file_sources(name: str) -> Iterator[Source | ParseError]:
    if not os.path.exists(name):
        yield ParseError("no such file or directory", "not-found", name, 1, 1)
    elif name.lower().endswith(".zip"):
        yield from _zip_sources(name)
    else:
        yield Source(name, path=name)


def _zip_sources(name: str) -> Iterator[Source | ParseError]:
    try:
        with zipfile.ZipFile(name) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
    except (OSError, zipfile.BadZipFile) as exc:
        yield ParseError(f"cannot read zip archive: {exc}", "bad-archive", name, 1, 1)
        return
    for info in sorted(infos, key=lambda info: info.filename):
        member = info.filename
        if not member.lower().endswith(".txt"):
            continue
        if member.startswith(("/", "\\")) or ".." in Path(member).parts or ":" in member:
            yield ParseError(
                f"unsafe member name {member!r} (absolute or '..'): not read",
                "unsafe-member", f"{name}!{member}", 1, 1,
            )  # fmt: skip
            continue
        yield Source(f"{name}!{member}", path=name, member=member, size=info.file_size)


class _Archives:
    """The zip archive last read from, kept open for its next members.

    Opening an archive reads its whole central directory, so opening it once per member would
    make reading a big archive quadratic; members arrive one after another, so one is enough.
    """

    def __init__(self) -> None:
        self._open: tuple[str, zipfile.ZipFile] | None = None

    def read(self, path: str, member: str, limit: int) -> bytes:
        """At most ``limit`` bytes of ``member`` of the archive at ``path``."""
        if self._open is None or self._open[0] != path:
            self.close()
            self._open = (path, zipfile.ZipFile(path))
        with self._open[1].open(member) as fh:
            return fh.read(limit)

    def close(self) -> None:
        """Close the archive kept open, if any."""
        if self._open is not None:
            self._open[1].close()
            self._open = None


def _read(source: Source, limits: Limits, archives: _Archives) -> bytes | ParseError:
    """The bytes of ``source``, read with a bounded read so a lying size cannot exhaust memory."""
    if source.data is not None:
        data = source.data
    else:
        assert source.path is not None
        try:
            if source.member is None:
                with open(source.path, "rb") as fh:
                    data = fh.read(limits.max_file_bytes + 1)
            else:
                data = archives.read(source.path, source.member, limits.max_file_bytes + 1)
        except (OSError, zipfile.BadZipFile, RuntimeError, ValueError) as exc:
            return ParseError(f"cannot read: {exc}", "io-error", source.name, 1, 1)
    if len(data) > limits.max_file_bytes:
        return ParseError(
            f"file is larger than the limit of {limits.max_file_bytes} bytes",
            "file-too-large", source.name, 1, 1,
        )  # fmt: skip
    return data


def parse_source(
    source: Source, limits: Limits | None = None, *, extract_facts: bool = True
) -> list[Result]:
    """Read and parse one source; a module-level function so worker processes can run it."""
    return parse_sources([source], limits, extract_facts=extract_facts)


def parse_sources(
    sources: Iterable[Source], limits: Limits | None = None, *, extract_facts: bool = True
) -> list[Result]:
    """Read and parse several sources in order, opening a zip archive once for all its members.

    For a partition of a distributed run (see :mod:`cpecdata.dask`): members of one archive
    usually arrive together, and reopening the archive per member would read its whole
    directory each time.
    """
    limits = limits or Limits()
    with contextlib.closing(_Archives()) as archives:
        return [
            item
            for source in sources
            for item in _parse_source(source, limits, extract_facts, archives)
        ]


def _parse_source(
    source: Source, limits: Limits, extract_facts: bool, archives: _Archives
) -> list[Result]:
    data = _read(source, limits, archives)
    if isinstance(data, ParseError):
        return [data]
    results: list[Result] = []
    for item in parse_bytes(data, source.name, max_record_chars=limits.max_record_chars):
        if extract_facts and isinstance(item, Article):
            item = _extract_or_report(item)
        results.append(item)
    return results


def _extract_or_report(article: Article) -> Article | ParseError:
    """``article`` with its facts; if a rule fails (a bug in cpecdata), the record as an error.

    So one odd article costs a corpus run that record (in the error report, raw text and
    all), never the run itself.
    """
    try:
        return _extract(article)
    except Exception as exc:  # any rule failure is reported, never raised
        origin = article.origin
        message = f"extraction failed ({type(exc).__name__}: {exc}): a cpecdata bug, please report"
        header = article.source.split("\n", 1)[0]
        return ParseError(message, "extraction-failed", origin.path, origin.line, 1, header,
                          raw=article.source, record=origin.record)  # fmt: skip


def parse(data: str | bytes, path: str | None = None, *, extract: bool = True) -> list[Article]:
    """Parse in-memory raw text (or bytes) strictly: all its articles, or every error at once.

    Raises:
        ParseErrorGroup: when any record is bad; it holds one ParseError per bad record.
    """
    parsed = parse_bytes(data, path) if isinstance(data, bytes) else parse_text(data, path)
    results = list(parsed)
    errors = [r for r in results if isinstance(r, ParseError)]
    if errors:
        noun = "record" if len(errors) == 1 else "records"
        raise ParseErrorGroup(f"{len(errors)} bad {noun} in {path or '<string>'}", errors)
    articles = [r for r in results if isinstance(r, Article)]
    return [_extract(a) for a in articles] if extract else articles


def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    extract: bool = True,
    jobs: int = 1,
    limits: Limits | None = None,
) -> Iterator[Result]:
    """Parse every record under ``paths`` lazily, in input order, as Articles or ParseErrors.

    With ``jobs > 1`` files are parsed in up to that many worker processes; the output order is
    the same as with one job. A corpus too small to repay starting the workers is parsed in
    process. Every Article is rebuilt here from what a worker sends, which costs about as much
    as parsing it: workers pay with extraction, but without it only on more than two cores
    (:func:`map_corpus` with a serializing ``convert`` avoids the rebuilding).
    Memory stays bounded: at most a few batches of files are in flight.
    Zip archives larger than ``limits.max_archive_bytes`` uncompressed stop with an error.
    """
    return map_corpus(paths, _unchanged, extract=extract, jobs=jobs, limits=limits)


def map_corpus(
    paths: Iterable[str | os.PathLike[str]],
    convert: Callable[[Article], T],
    *,
    extract: bool = True,
    jobs: int = 1,
    limits: Limits | None = None,
) -> Iterator[T | ParseError]:
    """Like :func:`read_corpus`, but each article is passed through ``convert`` where it is parsed.

    With worker processes only what ``convert`` returns travels back to this process, so a
    ``convert`` that serializes (to JSON bytes, say) spares it rebuilding every Article: the
    parent has little to do and the workers get the cores. ``convert`` must be picklable (a
    module-level function) and is called once per article, in input order within each file.
    """
    limits = limits or Limits()
    sources = _guard_archives(find_sources(paths), limits)
    if jobs > 1:
        ahead, enough = _read_ahead(sources, _POOL_MIN_BYTES[extract])
        sources = itertools.chain(ahead, sources)
        if enough:
            yield from _read_parallel(sources, limits, extract, convert, jobs)
            return
    yield from _read_serial(sources, limits, extract, convert)


def _unchanged(article: Article) -> Article:
    return article


def _converted(
    source: Source,
    limits: Limits,
    extract_facts: bool,
    convert: Callable[[Article], T],
    archives: _Archives,
) -> list[T | ParseError]:
    """The records of one source, each article passed through ``convert``."""
    return [
        item if isinstance(item, ParseError) else convert(item)
        for item in _parse_source(source, limits, extract_facts, archives)
    ]


def _read_serial(
    sources: Iterator[Source | ParseError],
    limits: Limits,
    extract_facts: bool,
    convert: Callable[[Article], T],
) -> Iterator[T | ParseError]:
    with contextlib.closing(_Archives()) as archives:
        for source in sources:
            if isinstance(source, ParseError):
                yield source
            else:
                yield from _converted(source, limits, extract_facts, convert, archives)


def _guard_archives(
    sources: Iterator[Source | ParseError], limits: Limits
) -> Iterator[Source | ParseError]:
    """Stop reading an archive once its members' declared sizes pass the archive limit."""
    seen: dict[str, int] = {}
    for source in sources:
        if isinstance(source, Source) and source.size is not None and source.path is not None:
            total = seen.get(source.path, 0) + source.size
            seen[source.path] = total
            if total > limits.max_archive_bytes:
                yield ParseError(
                    f"archive holds more than {limits.max_archive_bytes} bytes uncompressed:"
                    " member not read (possible zip bomb)",
                    "archive-too-large", source.name, 1, 1,
                )  # fmt: skip
                continue
        yield source


# Work goes to worker processes in batches of about _BATCH_BYTES of input (at most _BATCH_FILES
# files): ~15 ms of parsing or ~75 ms of parsing and extraction each, as a batch costs the
# parent ~0.4 ms to send and collect. A pool starts only for _POOL_MIN_BYTES or more in two
# files or more. Measured on 2 cores: a pool costs 5-8 ms to start and stop; parsing costs
# ~0.1 ms per KB (serialized to JSON), parsing and extraction ~1.2 ms per KB, and two jobs save
# up to ~45% of that, so below these sizes a pool costs more than it saves. (Without extraction
# they save nothing on 2 cores when Articles are rebuilt here: unpickling an Article costs
# about as much as parsing it.) Keyed by "facts are extracted".
_BATCH_BYTES = {True: 64_000, False: 128_000}
_BATCH_FILES = 256
_POOL_MIN_BYTES = {True: 128_000, False: 512_000}


def _read_ahead(
    sources: Iterator[Source | ParseError], min_bytes: int
) -> tuple[list[Source | ParseError], bool]:
    """Take sources until two or more hold ``min_bytes`` (then True) or they run out (False).

    One source, however large, is parsed by one process: workers would only add the transfer.
    """
    ahead: list[Source | ParseError] = []
    files = 0
    for source in sources:
        ahead.append(source)
        if isinstance(source, Source):
            files += 1
            min_bytes -= _size(source)
            if min_bytes <= 0 and files > 1:
                return ahead, True
    return ahead, False


def _size(source: Source) -> int:
    """The bytes ``source`` holds, as far as can be told without reading it (0 when unknown)."""
    if source.data is not None:
        return len(source.data)
    if source.size is not None:
        return source.size
    try:
        return os.stat(source.path or "").st_size
    except OSError:
        return 0


def _batches(
    sources: Iterator[Source | ParseError], max_bytes: int
) -> Iterator[list[Source] | ParseError]:
    """Group sources into batches of about ``max_bytes``, passing errors through in their place."""
    batch: list[Source] = []
    size = 0
    for source in sources:
        if isinstance(source, Source):
            batch.append(source)
            size += _size(source)
            if size < max_bytes and len(batch) < _BATCH_FILES:
                continue
        if batch:
            yield batch
            batch, size = [], 0
        if isinstance(source, ParseError):
            yield source
    if batch:
        yield batch


def _parse_batch(
    batch: list[Source], limits: Limits, extract_facts: bool, convert: Callable[[Article], T]
) -> list[T | ParseError]:
    """The records of a batch of sources, in order: what one worker task returns."""
    return [
        item
        for source in batch
        for item in _converted(source, limits, extract_facts, convert, _WORKER_ARCHIVES)
    ]


# A worker keeps its archive open between batches (it is closed when the worker exits), as
# consecutive batches usually come from the same archive.
_WORKER_ARCHIVES = _Archives()


def _read_parallel(
    sources: Iterator[Source | ParseError],
    limits: Limits,
    extract_facts: bool,
    convert: Callable[[Article], T],
    jobs: int,
) -> Iterator[T | ParseError]:
    """Parse batches of files in worker processes, yielding results in input order."""
    pending: deque[Future[list[T | ParseError]] | ParseError] = deque()

    def drain() -> Iterator[T | ParseError]:
        item = pending.popleft()
        if isinstance(item, ParseError):
            yield item
        else:
            yield from item.result()

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        for batch in _batches(sources, _BATCH_BYTES[extract_facts]):
            if isinstance(batch, ParseError):
                pending.append(batch)
            else:
                with interrupts_held():  # a submit may start (fork) workers
                    future = pool.submit(_parse_batch, batch, limits, extract_facts, convert)
                pending.append(future)
            while len(pending) > jobs * 4:  # bounded: a few batches in flight per worker
                yield from drain()
        while pending:
            yield from drain()
    finally:  # on Ctrl-C or an abandoned iterator, drop queued work instead of finishing it
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Let only the parent handle Ctrl-C, so workers never print tracebacks of their own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
