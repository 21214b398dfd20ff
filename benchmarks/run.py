"""Measure cpecdata's throughput and memory on a generated corpus and print a table with targets.

What it runs, on a fresh deterministic corpus (``generate.py``, one article per file) at each size:

- **floor**: read the files and split records on header lines and paragraphs on blank lines with
  plain Python: the least any parser must do;
- **parse-only** in process (``parse_bytes`` over the same files), and through ``read_corpus`` with
  1 and N worker processes;
- **parse + extraction** through ``read_corpus`` with 1 and N workers;
- **CLI** end to end into JSONL (``cpecdata parse DIR -o out.jsonl``, serialization included),
  with and without extraction, 1 and N jobs, each in a subprocess whose peak RSS is read with
  ``getrusage(RUSAGE_CHILDREN)`` in a wrapper process (the largest single process, so with N
  jobs it is the main process or one worker, not their sum);
- **DuckDB**: the CLI streaming the largest corpus into ``corpus.duckdb``, for its peak RSS;
- **peers**, when installed, on a sample of the same texts: ``dateparser.search_dates`` (what
  users reach for to find dates) against ``cpecdata.timex.find_times`` and the full parse +
  extraction, and ``trafilatura.extract`` on an HTML rendering of each article (what users
  reach for to clean text) against parse-only.

Then it checks the targets of issue 4 and prints them with the measured figures. With
``--profile N`` it also profiles parse + extraction of N articles with cProfile.

Usage::

    python benchmarks/run.py                      # 2k and 20k articles, a few minutes
    python benchmarks/run.py --sizes 10000 100000 # the issue's sizes
    python benchmarks/run.py --sizes 10000 100000 --parse-only
    python benchmarks/run.py --profile 5000 --skip-cli
"""

import argparse
import cProfile
import datetime as dt
import html
import io
import os
import pstats
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path

import attrs
from generate import generate_corpus, write_corpus

from cpecdata.corpus import read_corpus
from cpecdata.extract import extract
from cpecdata.model import Article
from cpecdata.rawformat import parse_bytes, parse_text
from cpecdata.timex import find_times

# Runs a command (its stderr passed through) and prints the peak RSS of its process tree's
# largest process, in kilobytes, as seen by getrusage once it has been waited for.
_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)
_COUNTS = re.compile(r"(\d+) records? in: (\d+) articles? out, (\d+) errors?")


@attrs.frozen
class Row:
    """One measurement.

    Attributes:
        what: What was run.
        jobs: Worker processes.
        articles: Articles processed.
        seconds: Wall-clock time.
        peak_rss_mb: Peak resident memory of the largest process, for subprocess runs.
        note: Anything the reader must know (failures, sample sizes).

    """

    what: str
    jobs: int
    articles: int
    seconds: float
    peak_rss_mb: float | None = None
    note: str = ""

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds > 0 else float("inf")


def _timed(what: str, jobs: int, run: Callable[[], int]) -> Row:
    """Run ``run`` (which returns how many articles it handled) and time it."""
    start = time.perf_counter()
    count = run()
    return Row(what, jobs, count, time.perf_counter() - start)


def _floor(paths: Sequence[Path]) -> int:
    """Read and split the texts with plain Python: records on headers, paragraphs on blanks."""
    articles = 0
    for path in paths:
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        records: list[list[str]] = []
        for line in text.split("\n"):
            if line.lstrip(" \t").startswith("date "):
                records.append([])
            elif records:
                records[-1].append(line)
        for record in records:
            paragraphs = [p.strip() for p in "\n".join(record).split("\n\n")]
            articles += bool([p for p in paragraphs if p])
    return articles


def _parse_only(paths: Sequence[Path]) -> int:
    return sum(
        isinstance(item, Article)
        for path in paths
        for item in parse_bytes(path.read_bytes(), str(path))
    )


def _corpus(folder: Path, *, extract_facts: bool, jobs: int) -> int:
    return sum(
        isinstance(item, Article)
        for item in read_corpus([folder], extract=extract_facts, jobs=jobs)
    )


def _cli_available() -> bool:
    """True when the ``cpecdata parse`` command is installed and answers."""
    done = subprocess.run([sys.executable, "-m", "cpecdata", "parse", "--help"],
                          capture_output=True, check=False)  # fmt: skip
    return done.returncode == 0


def _cli(what: str, folder: Path, out: Path, size: int, jobs: int, *flags: str) -> Row:
    """Run the CLI in a wrapper process that reports its peak RSS; check the in/out counts."""
    command = [sys.executable, "-m", "cpecdata", "parse", str(folder), "-o", str(out),
               "--jobs", str(jobs), *flags]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RSS_WRAPPER, *command],
                          capture_output=True, text=True, check=False)  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return Row(what, jobs, 0, seconds, note=f"failed: {last[:200]}".replace("|", "/"))
    rss = int(done.stdout.split()[-1]) / 1024  # Linux reports kilobytes
    counts = _COUNTS.search(done.stderr)
    note = "no in/out count printed" if counts is None else ""
    if counts is not None and counts.group(2) != str(size):
        note = counts.group()
    return Row(what, jobs, size, seconds, peak_rss_mb=rss, note=note)


def _html(text: str) -> str:
    """An HTML page for a raw record, with the noise and trailer marked up as a site would."""
    (article,) = parse_text(text)
    assert isinstance(article, Article)
    body = "".join(f"<p>{html.escape(p.text)}</p>\n" for p in article.paragraphs)
    ads = "".join(f'<div class="ad">{html.escape(n.text)}</div>\n' for n in article.noise)
    related = "".join(
        f'<aside class="related"><a href="/x">{html.escape(r.text)}</a></aside>\n'
        for r in article.related
    )
    title = html.escape(article.headline)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1><time>{article.date}</time>\n{body}{ads}</article>"
        f"{related}<footer>Copyright</footer></body></html>"
    )


def _peers(texts: Sequence[str]) -> list[Row]:
    """Time the tools users would otherwise reach for, where installed, on ``texts``."""
    articles = [a for t in texts for a in parse_text(t) if isinstance(a, Article)]
    rows = [
        _timed("cpecdata timex.find_times (sample)", 1, partial(_find_times, articles)),
        _timed("cpecdata parse + extract (sample)", 1, partial(_parse_texts, texts, extract)),
        _timed("cpecdata parse-only (sample)", 1, partial(_parse_texts, texts, None)),
    ]
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        rows.append(Row("dateparser.search_dates", 1, 0, 0.0, note="not installed"))
    else:

        def run_dateparser() -> int:
            for article in articles:
                search_dates(
                    article.body,
                    languages=["en"],
                    settings={"RELATIVE_BASE": dt.datetime.combine(article.date, dt.time())},
                )
            return len(articles)

        rows.append(_timed("dateparser.search_dates (sample)", 1, run_dateparser))
    try:
        import trafilatura
    except ImportError:
        rows.append(Row("trafilatura.extract", 1, 0, 0.0, note="not installed"))
    else:
        pages = [_html(t) for t in texts]
        rows.append(
            _timed(
                "trafilatura.extract on HTML (sample)",
                1,
                lambda: sum(trafilatura.extract(p) is not None for p in pages),
            )
        )
    return rows


def _articles(text: str) -> Iterable[Article]:
    return (a for a in parse_text(text) if isinstance(a, Article))


def _parse_texts(texts: Sequence[str], then: Callable[[Article], Article] | None) -> int:
    """Parse ``texts`` (and run ``then`` on each article); return the article count."""
    count = 0
    for text in texts:
        for article in _articles(text):
            if then is not None:
                then(article)
            count += 1
    return count


def _find_times(articles: Sequence[Article]) -> int:
    for article in articles:
        for paragraph in article.paragraphs:
            find_times(paragraph.text, article.date)
    return len(articles)


def _measure_size(
    folder: Path, size: int, jobs: int, out: Path, *, cli: bool, extraction: bool
) -> list[Row]:
    """Every throughput measurement at one corpus size."""
    paths = sorted(folder.glob("*.txt"))
    steps: list[tuple[str, int, Callable[[], int]]] = [
        ("floor: read + split (plain Python)", 1, partial(_floor, paths)),
        ("parse-only, in process", 1, partial(_parse_only, paths)),
        ("parse-only, read_corpus", jobs, partial(_corpus, folder, extract_facts=False, jobs=jobs)),
    ]
    if extraction:
        steps += [
            (
                "parse + extract, read_corpus",
                n,
                partial(_corpus, folder, extract_facts=True, jobs=n),
            )
            for n in sorted({1, jobs})
        ]
    rows = []
    for what, n_jobs, run in steps:
        _say(f"{size}: {what}, {n_jobs} job(s)")
        rows.append(_timed(what, n_jobs, run))
    if not cli:
        return rows
    runs: list[tuple[tuple[str, ...], str]] = [(("--no-extract",), "CLI → JSONL, parse-only")]
    if extraction:
        runs.insert(0, ((), "CLI → JSONL, parse + extract"))
    for flags, what in runs:
        for n_jobs in sorted({1, jobs}):
            _say(f"{size}: {what}, {n_jobs} job(s)")
            rows.append(_cli(what, folder, out / "out.jsonl", size, n_jobs, *flags))
    return rows


def _say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _find(rows: Sequence[Row], what: str, jobs: int, articles: int) -> Row | None:
    return next((r for r in rows if (r.what, r.jobs, r.articles) == (what, jobs, articles)), None)


def _targets(rows: Sequence[Row], small: int, large: int, jobs: int) -> list[tuple[str, str, str]]:
    """The issue's targets with the measured figure and whether it is met (``n/a`` if not run)."""
    out: list[tuple[str, str, str]] = []

    def check(
        target: str, value: float | None, fmt: str, *, low: float = 0, high: float = float("inf")
    ) -> None:
        if value is None:
            out.append((target, "not measured", "n/a"))
        else:
            out.append((target, fmt.format(value), "yes" if low <= value <= high else "**no**"))

    def rate(what: str, n_jobs: int) -> float | None:
        row = _find(rows, what, n_jobs, large)
        return row.rate if row is not None and row.articles else None

    def ratio(numerator: float | None, denominator: float | None) -> float | None:
        return numerator / denominator if numerator and denominator else None

    floor, parse = rate("floor: read + split (plain Python)", 1), rate("parse-only, in process", 1)
    check(
        "in-process parse-only within 3× of the floor",
        ratio(floor, parse),
        "{:.2f}× slower than the floor",
        high=3,
    )
    check(
        "in-process parse + extraction ≥ 2,000 articles/s per core",
        rate("parse + extract, read_corpus", 1),
        "{:,.0f} articles/s",
        low=2000,
    )
    check(
        "CLI into JSONL ≥ 1,000 articles/s on one job",
        rate("CLI → JSONL, parse + extract", 1),
        "{:,.0f} articles/s",
        low=1000,
    )
    for what in ("parse + extract, read_corpus", "CLI → JSONL, parse + extract"):
        check(
            f"{jobs} jobs ≥ {0.9 * jobs:.1f}× one ({what})",
            ratio(rate(what, jobs), rate(what, 1)) if jobs > 1 else None,
            "{:.2f}×",
            low=0.9 * jobs,
        )
    for what in (
        "parse-only, in process",
        "parse + extract, read_corpus",
        "CLI → JSONL, parse + extract",
    ):
        small_row, large_row = _find(rows, what, 1, small), _find(rows, what, 1, large)
        growth = large / small
        time_ratio = (
            ratio(large_row.seconds, small_row.seconds)
            if small_row and large_row and small_row.articles and large_row.articles
            else None
        )
        check(
            f"{growth:.0f}× articles ≤ {1.1 * growth:.0f}× time ({what})",
            time_ratio,
            "{:.2f}× time",
            high=1.1 * growth,
        )
    duck = next((r for r in rows if r.what.startswith("CLI → DuckDB")), None)
    check(
        f"peak RSS ≤ 150 MB streaming {large:,} articles into DuckDB"
        + (f" ({duck.what.split(', ')[-1]})" if duck is not None else ""),
        duck.peak_rss_mb if duck is not None and duck.articles else None,
        "{:.0f} MB",
        high=150,
    )
    return out


def _table(header: Sequence[str], lines: Iterable[Sequence[str]]) -> str:
    """A Markdown table."""
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(line) + " |" for line in lines]
    return "\n".join(out)


def _rows_table(rows: Sequence[Row]) -> str:
    return _table(
        ["measurement", "jobs", "articles", "seconds", "articles/s", "peak RSS (MB)", "note"],
        (
            [r.what, str(r.jobs), f"{r.articles:,}", f"{r.seconds:.2f}",
             f"{r.rate:,.0f}" if r.articles else "–",
             f"{r.peak_rss_mb:.0f}" if r.peak_rss_mb is not None else "", r.note]
            for r in rows
        ),
    )  # fmt: skip


def _peer_ratios(rows: Sequence[Row]) -> str:
    """How much faster cpecdata is than each installed peer, per article."""
    by_name = {r.what: r for r in rows}
    pairs = [
        ("dateparser.search_dates (sample)", "cpecdata timex.find_times (sample)"),
        ("dateparser.search_dates (sample)", "cpecdata parse + extract (sample)"),
        ("trafilatura.extract on HTML (sample)", "cpecdata parse-only (sample)"),
    ]
    lines = []
    for peer, ours in pairs:
        if by_name[peer].articles and by_name[ours].articles:
            speedup = by_name[ours].rate / by_name[peer].rate
            lines.append([ours, peer, f"{1000 / by_name[ours].rate:.3f}",
                          f"{1000 / by_name[peer].rate:.3f}", f"{speedup:,.0f}×"])  # fmt: skip
    return _table(["cpecdata", "peer", "cpecdata ms/article", "peer ms/article",
                   "cpecdata faster by"], lines)  # fmt: skip


def _profile(n: int, seed: int, top: int = 25) -> str:
    """A profile of parse + extraction of ``n`` generated articles.

    Two views: own time summed per source file (where the time goes), then the top functions.
    """
    texts = list(generate_corpus(n, seed))
    profiler = cProfile.Profile()
    profiler.enable()
    _parse_texts(texts, extract)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    per_file: dict[str, float] = {}
    for (filename, _line, _name), (_calls, _prim, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        key = filename.split("/src/")[-1] if "/src/" in filename else Path(filename).name
        key = "built-in functions" if key == "~" else key
        per_file[key] = per_file.get(key, 0.0) + own
    total = sum(per_file.values())
    ranked = sorted(per_file.items(), key=lambda kv: -kv[1])[:12]
    lines = ([name, f"{own:.2f}", f"{own / total:.0%}"] for name, own in ranked)
    files = _table(["file", "own time (s)", "share"], lines)
    stats.sort_stats("tottime").print_stats(top)
    listing = stream.getvalue().strip()
    for prefix in (str(Path(__file__).resolve().parents[1] / "src"), sysconfig.get_path("purelib")):
        listing = listing.replace(prefix + os.sep, "")
    return f"{files}\n\n```\n{listing}\n```"


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs=2,
        default=[2000, 20000],
        metavar=("SMALL", "LARGE"),
        help="corpus sizes (default 2000 20000)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="N for the N-job runs (default: all cores)",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument(
        "--peer-sample", type=int, default=200, help="articles for the peer comparison (0 to skip)"
    )
    parser.add_argument("--skip-cli", action="store_true", help="skip the subprocess runs")
    parser.add_argument(
        "--parse-only", action="store_true", help="skip extraction (quick runs at large sizes)"
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also profile parse + extraction of N articles",
    )
    args = parser.parse_args(argv)
    small, large = sorted(args.sizes)
    cli = not args.skip_cli and _cli_available()
    if not args.skip_cli and not cli:
        _say("the cpecdata CLI is not available: its rows are skipped")
    root = Path(tempfile.mkdtemp(prefix="cpecdata-bench-"))
    rows: list[Row] = []
    try:
        for size in (small, large):
            folder = root / f"corpus-{size}"
            _say(f"generating {size:,} articles in {folder}")
            write_corpus(size, folder, seed=args.seed)
            rows += _measure_size(folder, size, args.jobs, root, cli=cli,
                                  extraction=not args.parse_only)  # fmt: skip
        if cli:
            what = "CLI → DuckDB, " + ("parse-only" if args.parse_only else "parse + extract")
            flags = ("--no-extract",) if args.parse_only else ()
            _say(f"{large}: {what}")
            out = root / "corpus.duckdb"
            rows.append(_cli(what, root / f"corpus-{large}", out, large, 1, *flags))
    finally:
        shutil.rmtree(root)
    peers = (
        _peers(list(generate_corpus(args.peer_sample, args.seed + 1))) if args.peer_sample else []
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"## cpecdata benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {load}\n"
    )
    print(f"Command: `python benchmarks/run.py {' '.join(argv or sys.argv[1:])}`\n")
    print(_rows_table(rows + peers), end="\n\n")
    print(_table(["target", "measured", "met"], _targets(rows, small, large, args.jobs)))
    if peers:
        print("\n### Peers, per article on the same texts\n")
        print(_peer_ratios(peers))
    if args.profile:
        print(f"\n### Profile: parse + extraction of {args.profile:,} articles\n")
        print(_profile(args.profile, args.seed))


if __name__ == "__main__":
    main()
