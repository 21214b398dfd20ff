"""Corpus I/O: find raw files (paths, globs, directories, zip archives, stdin) and parse them.

Parsing is lazy and order-preserving, optionally in worker processes.

Nothing is ever dropped: every record read ends up either as an :class:`~cpecdata.model.Article`
or as a :class:`~cpecdata.errors.ParseError`, and so does every file that cannot be read.
"""

import glob
import os
import signal
import sys
import zipfile
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import attrs

from cpecdata.errors import ParseError, ParseErrorGroup
from cpecdata.extract import extract as _extract
from cpecdata.model import Article
from cpecdata.rawformat import DEFAULT_MAX_RECORD_CHARS, parse_bytes, parse_text

__all__ = ["Limits", "Source", "find_sources", "parse", "parse_source", "read_corpus"]

Result = Article | ParseError


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
    """

    name: str
    path: str | None = None
    member: str | None = None
    data: bytes | None = attrs.field(default=None, repr=False)


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
            members = sorted(info.filename for info in archive.infolist() if not info.is_dir())
    except (OSError, zipfile.BadZipFile) as exc:
        yield ParseError(f"cannot read zip archive: {exc}", "bad-archive", name, 1, 1)
        return
    for member in members:
        if not member.lower().endswith(".txt"):
            continue
        if member.startswith(("/", "\\")) or ".." in Path(member).parts or ":" in member:
            yield ParseError(
                f"unsafe member name {member!r} (absolute or '..'): not read",
                "unsafe-member", f"{name}!{member}", 1, 1,
            )  # fmt: skip
            continue
        yield Source(f"{name}!{member}", path=name, member=member)


def _read(source: Source, limits: Limits) -> bytes | ParseError:
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
                with zipfile.ZipFile(source.path) as archive, archive.open(source.member) as fh:
                    data = fh.read(limits.max_file_bytes + 1)
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
    limits = limits or Limits()
    data = _read(source, limits)
    if isinstance(data, ParseError):
        return [data]
    results: list[Result] = []
    for item in parse_bytes(data, source.name, max_record_chars=limits.max_record_chars):
        if extract_facts and isinstance(item, Article):
            item = _extract(item)
        results.append(item)
    return results


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


def _parse_batch(batch: list[Source], limits: Limits, extract_facts: bool) -> list[list[Result]]:
    return [parse_source(source, limits, extract_facts=extract_facts) for source in batch]


def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    extract: bool = True,
    jobs: int = 1,
    limits: Limits | None = None,
) -> Iterator[Result]:
    """Parse every record under ``paths`` lazily, in input order, as Articles or ParseErrors.

    With ``jobs > 1`` files are parsed in that many worker processes; the output order is the
    same as with one job. Memory stays bounded: at most a few batches of files are in flight.
    Zip archives larger than ``limits.max_archive_bytes`` uncompressed stop with an error.
    """
    limits = limits or Limits()
    sources = _guard_archives(find_sources(paths), limits)
    if jobs <= 1:
        for source in sources:
            if isinstance(source, ParseError):
                yield source
            else:
                yield from parse_source(source, limits, extract_facts=extract)
        return
    yield from _read_parallel(sources, limits, extract, jobs)


def _guard_archives(
    sources: Iterator[Source | ParseError], limits: Limits
) -> Iterator[Source | ParseError]:
    """Stop reading an archive once its members' declared sizes pass the archive limit."""
    seen: dict[str, int] = {}
    for source in sources:
        if isinstance(source, Source) and source.member is not None and source.path is not None:
            with zipfile.ZipFile(source.path) as archive:
                size = archive.getinfo(source.member).file_size
            total = seen.get(source.path, 0) + size
            seen[source.path] = total
            if total > limits.max_archive_bytes:
                yield ParseError(
                    f"archive holds more than {limits.max_archive_bytes} bytes uncompressed:"
                    " member not read (possible zip bomb)",
                    "archive-too-large", source.name, 1, 1,
                )  # fmt: skip
                continue
        yield source


def _batches(
    sources: Iterator[Source | ParseError], size: int
) -> Iterator[list[Source] | ParseError]:
    """Group sources into batches of ``size``, passing errors through in their place."""
    batch: list[Source] = []
    for source in sources:
        if isinstance(source, Source):
            batch.append(source)
            if len(batch) < size:
                continue
        if batch:
            yield batch
            batch = []
        if isinstance(source, ParseError):
            yield source
    if batch:
        yield batch


def _read_parallel(
    sources: Iterator[Source | ParseError], limits: Limits, extract_facts: bool, jobs: int
) -> Iterator[Result]:
    """Parse batches of files in worker processes, yielding results in input order."""
    pending: deque[Future[list[list[Result]]] | ParseError] = deque()

    def drain() -> Iterator[Result]:
        item = pending.popleft()
        if isinstance(item, ParseError):
            yield item
        else:
            for results in item.result():
                yield from results

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        for batch in _batches(sources, 32):
            if isinstance(batch, ParseError):
                pending.append(batch)
            else:
                pending.append(pool.submit(_parse_batch, batch, limits, extract_facts))
            while len(pending) > jobs * 4:  # bounded: a few batches in flight per worker
                yield from drain()
        while pending:
            yield from drain()
    finally:  # on Ctrl-C or an abandoned iterator, drop queued work instead of finishing it
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Let only the parent handle Ctrl-C, so workers never print tracebacks of their own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
