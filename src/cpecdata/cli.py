"""The ``cpecdata`` command line: parse corpora, convert, print the schema, evaluate, demo.

Exit status: 0 when every record parsed, 1 when some were rejected (they are reported on stderr
as ``PATH:LINE:COL: error: MESSAGE``), 2 for usage errors.
"""

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO, TypeGuard, TypeVar

import attrs
import click

from cpecdata.corpus import Limits, map_corpus, read_corpus
from cpecdata.errors import CpecdataError, LoadError, ParseError
from cpecdata.model import Article

__all__ = ["main"]

_STORE_SUFFIXES = (".duckdb", ".parquet")
T = TypeVar("T")


@attrs.frozen
class _Format:
    """A text output format: how one article is encoded, and how the encodings are joined.

    ``encode`` is a module-level function so that worker processes can run it: with
    ``--jobs N`` they send back bytes, not Articles.

    Attributes:
        encode: The article as UTF-8 bytes.
        head: Written before the first article (even when there is none).
        first: Written before the first article.
        between: Written between two articles.
        tail: Written after the last article (even when there is none).
    """

    encode: Callable[[Article], bytes]
    head: bytes = b""
    first: bytes = b""
    between: bytes = b""
    tail: bytes = b""

    def write(self, chunks: Iterable[bytes], output: Path | None) -> None:
        """Write the encoded articles to ``output`` (stdout when None), framed."""
        with _atomic_output(output) as out:
            out.write(self.head)
            separator = self.first
            for chunk in chunks:
                out.write(separator)
                out.write(chunk)
                separator = self.between
            out.write(self.tail)


def _jsonl(article: Article) -> bytes:
    from cpecdata.serialize.json import to_json

    return (to_json(article) + "\n").encode()


def _json(article: Article) -> bytes:
    from cpecdata.serialize.json import to_dict

    return json.dumps(to_dict(article), ensure_ascii=False).encode()


def _raw(article: Article) -> bytes:
    from cpecdata.serialize.raw import render_raw

    return render_raw(article).encode()


def _jsonld(article: Article) -> bytes:
    from cpecdata.interchange import to_jsonld

    return (json.dumps(to_jsonld(article), ensure_ascii=False) + "\n").encode()


def _ninjs(article: Article) -> bytes:
    from cpecdata.interchange import to_ninjs

    return (json.dumps(to_ninjs(article), ensure_ascii=False) + "\n").encode()


_FORMATS = {
    "jsonl": _Format(_jsonl),
    "json": _Format(_json, head=b"[", first=b"\n", between=b",\n", tail=b"\n]\n"),
    "raw": _Format(_raw, between=b"\n\n"),
    "jsonld": _Format(_jsonld),
    "ninjs": _Format(_ninjs),
}
_TEXT_FORMATS = tuple(_FORMATS)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cpecdata")
def main() -> None:
    """Turn scraped CPEC news text into typed, evidence-backed data."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(_TEXT_FORMATS), default="jsonl", show_default=True,
    help="Output format for stdout or a file (ignored for .duckdb/.parquet outputs).",
)  # fmt: skip
@click.option(
    "-o", "--output", type=click.Path(dir_okay=True, path_type=Path),
    help="Write here instead of stdout: FILE, or x.duckdb (DuckDB), or x.parquet/ (Parquet dir).",
)  # fmt: skip
@click.option(
    "--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Also write rejected records as JSONL {path, line, column, code, message, raw}.",
)  # fmt: skip
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1,
    show_default="all cores",
    help="Worker processes (small inputs are parsed in this one); output is the same for any N.",
)  # fmt: skip
@click.option("--no-extract", is_flag=True, help="Parse only; leave the fact lists empty.")
@click.option(
    "--progress/--no-progress", default=None,
    help="Progress bar on stderr (default: only when stderr is a terminal).",
)  # fmt: skip
@click.option(
    "--max-record-size", type=click.IntRange(min=1), default=Limits().max_record_chars,
    show_default=True, help="Reject records longer than this many characters.",
)  # fmt: skip
def parse(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    errors_path: Path | None,
    jobs: int,
    no_extract: bool,
    progress: bool | None,
    max_record_size: int,
) -> None:
    """Parse raw files into articles with their statements, visits and initiatives.

    PATHS are files, directories (every *.txt below, sorted), glob patterns, .zip archives or
    '-' for stdin. Prints "N records in: A articles out, E errors" on stderr at the end.
    """
    limits = Limits(max_record_chars=max_record_size)
    show = sys.stderr.isatty() if progress is None else progress
    counts = _Counts()
    with contextlib.ExitStack() as stack:
        err_file = stack.enter_context(_atomic_output(errors_path)) if errors_path else None
        if _is_store(output):
            results = read_corpus(paths, extract=not no_extract, jobs=jobs, limits=limits)
            _store(counts.kept(_progress(results, show), err_file), output)
        else:  # serialized where parsed (in the workers, with --jobs): only bytes come here
            form = _FORMATS[fmt]
            chunks = map_corpus(
                paths, form.encode, extract=not no_extract, jobs=jobs, limits=limits
            )
            form.write(counts.kept(_progress(chunks, show), err_file), output)
    click.echo(
        f"cpecdata: {counts.total} records in: {counts.ok} articles out, {counts.bad} errors",
        err=True,
    )
    sys.exit(1 if counts.bad else 0)


class _Counts:
    """Counts records as they stream past, reporting each error on stderr (and to a file)."""

    def __init__(self) -> None:
        self.ok = 0
        self.bad = 0

    @property
    def total(self) -> int:
        return self.ok + self.bad

    def kept(self, results: Iterable[T | ParseError], err_file: IO[bytes] | None) -> Iterator[T]:
        """The good records (articles, or their serialized form); errors are reported."""
        for item in results:
            if not isinstance(item, ParseError):
                self.ok += 1
                yield item
                continue
            self.bad += 1
            click.echo(f"{item.location}: error: {item.message}", err=True)
            if err_file is not None:
                err_file.write((json.dumps(item.to_dict(), ensure_ascii=False) + "\n").encode())


def _progress(results: Iterator[T], show: bool) -> Iterator[T]:
    if not show:
        return results
    from tqdm import tqdm

    return iter(tqdm(results, unit=" records", file=sys.stderr, dynamic_ncols=True))


def _is_store(output: Path | None) -> TypeGuard[Path]:
    """True when ``output`` names a DuckDB file or a Parquet directory."""
    return output is not None and output.suffix.lower() in _STORE_SUFFIXES


def _write_articles(articles: Iterable[Article], output: Path | None, fmt: str) -> None:
    """Send articles to a store (by the output's suffix) or write them in text format ``fmt``."""
    if _is_store(output):
        _store(articles, output)
    else:
        form = _FORMATS[fmt]
        form.write(map(form.encode, articles), output)


def _store(articles: Iterable[Article], output: Path) -> None:
    """Write articles to the DuckDB file or Parquet directory ``output``."""
    from cpecdata.store import open_store

    with open_store(output) as store:
        for article in articles:
            store.write(article)
    if store.duplicates:
        click.echo(
            f"cpecdata: {store.duplicates} articles repeat an earlier one (same id) and"
            f" were stored once",
            err=True,
        )


@contextlib.contextmanager
def _atomic_output(path: Path | None) -> Iterator[IO[bytes]]:
    """Stdout, or a file that appears under its name only once fully written."""
    if path is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@main.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "-f", "--format", "fmt", type=click.Choice(_TEXT_FORMATS), default="jsonl", show_default=True,
    help="Output format.",
)  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=True, path_type=Path), help="Output path.")
def convert(source: str, fmt: str, output: Path | None) -> None:
    """Load articles from JSONL (validating every line) and write them in another format.

    Lines that do not describe valid articles are reported as PATH:LINE: error: MESSAGE and
    skipped; the exit status is then 1.
    """
    from cpecdata.serialize.json import iter_jsonl

    bad = 0

    def articles() -> Iterator[Article]:
        nonlocal bad
        name = "<stdin>" if source == "-" else source
        with click.open_file(source, "r", encoding="utf-8") as fh:
            for item in iter_jsonl(fh, name):
                if isinstance(item, LoadError):
                    bad += 1
                    click.echo(f"{item}".replace(": ", ": error: ", 1), err=True)
                else:
                    yield item

    _write_articles(articles(), output, fmt)
    sys.exit(1 if bad else 0)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the serialized article."""
    from cpecdata.serialize.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--details", is_flag=True, help="Also list every missed and spurious fact.")
def evaluate(gold: Path, predictions: Path, as_json: bool, details: bool) -> None:
    """Score PREDICTIONS (cpecdata JSONL) against GOLD labels (the dev-set gold format)."""
    from cpecdata.evaluate import evaluate_files

    result = evaluate_files(gold, predictions)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(result.to_text())
    if details:
        for line in result.errors():
            click.echo(line)


def _demo_files() -> list[Path]:
    """The bundled demo corpus: the user's real sample and the fictional demo articles."""
    data = resources.files("cpecdata") / "data"
    found = [Path(str(p)) for p in data.iterdir() if p.name.endswith(".txt")]
    demo = data / "demo"
    if demo.is_dir():
        found += [Path(str(p)) for p in demo.iterdir() if p.name.endswith(".txt")]
    return sorted(found)


@main.command()
@click.option(
    "-o", "--output", type=click.Path(dir_okay=True, path_type=Path), default=None,
    help="Also store the articles here (.duckdb, .parquet/ or .jsonl).",
)  # fmt: skip
def demo(output: Path | None) -> None:
    """Parse the bundled sample corpus and print a short summary of what was found."""
    files = _demo_files()
    results = list(read_corpus(files, jobs=1))
    articles = [r for r in results if isinstance(r, Article)]
    for err in (r for r in results if isinstance(r, ParseError)):
        click.echo(f"{err.location}: error: {err.message}", err=True)
    click.echo(f"Parsed {len(articles)} articles from {len(files)} bundled files.\n")
    for article in articles:
        click.echo(f"{article.date}  {article.headline}")
        counts = (
            (article.paragraphs, "paragraph"),
            (article.statements, "statement"),
            (article.visits, "visit"),
            (article.initiatives, "initiative"),
        )
        click.echo("    " + ", ".join(_count(len(items), noun) for items, noun in counts))
        for s in article.statements[:3]:
            click.echo(f"    - {s.speaker.name} {s.verb or 'said'}: {_clip(s.text)}")
        for x in article.visits[:2]:
            when = f" ({x.when.text})" if x.when else ""
            click.echo(
                f"    > visit: {x.visitor.name} -> {x.destination.name}{when}, {x.status.value}"
            )
    if output is not None:
        _write_articles(articles, output, "jsonl")
        click.echo(f"\nWrote {len(articles)} articles to {output}")


def _count(n: int, noun: str) -> str:
    """``1 visit``, ``2 visits``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _clip(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def run() -> None:
    """Entry point: usage errors exit 2, Ctrl-C exits 130, and no error prints a traceback."""
    try:
        main.main(standalone_mode=False)
    except click.exceptions.Abort:  # Ctrl-C; click wraps the KeyboardInterrupt
        click.echo("cpecdata: interrupted; file outputs were not written", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except CpecdataError as exc:  # pragma: no cover - commands report their own errors
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
