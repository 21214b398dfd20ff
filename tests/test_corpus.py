import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cpecdata.corpus import (
    _POOL_MIN_BYTES,
    Limits,
    Source,
    find_sources,
    map_corpus,
    parse,
    parse_source,
    parse_sources,
    read_corpus,
)
from cpecdata.errors import ParseError, ParseErrorGroup
from cpecdata.model import Article

FILLER = "\n\nThe Tovar Bay port authority said the berth work was going well. " * 16


def record(n: int, filler: str = "") -> str:
    return f" date 2021-03-{n % 28 + 1:02d} Headline number {n}\n\nBody of article {n}.{filler}"


def write_corpus(root: Path, files: int, per_file: int = 1, filler: str = "") -> int:
    """Write the corpus; return its size in bytes."""
    size = 0
    for f in range(files):
        sub = root / f"part{f % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        text = "\n".join(record(f * per_file + k, filler) for k in range(per_file))
        size += (sub / f"{f:04d}.txt").write_bytes(text.encode())
    return size


def process_id(article: Article) -> int:
    """A map_corpus conversion that tells which process parsed the article."""
    return os.getpid()


def headlines(items: list[Article | ParseError]) -> list[str]:
    return [i.headline if isinstance(i, Article) else f"error:{i.code}" for i in items]


class TestFindSources:
    """Paths expand to sources in a deterministic order."""

    def test_directory_is_sorted_recursive_txt(self, tmp_path: Path) -> None:
        """A directory gives every *.txt below it, sorted, and nothing else."""
        write_corpus(tmp_path, 4)
        (tmp_path / "notes.md").write_text("ignored")
        names = [s.name for s in find_sources([tmp_path]) if isinstance(s, Source)]
        assert names == sorted(str(p) for p in tmp_path.rglob("*.txt"))
        assert len(names) == 4

    def test_glob(self, tmp_path: Path) -> None:
        """A glob pattern gives its sorted matches."""
        write_corpus(tmp_path, 4)
        found = list(find_sources([str(tmp_path / "part0" / "*.txt")]))
        assert [Path(s.name).name for s in found if isinstance(s, Source)] == [
            "0000.txt",
            "0003.txt",
        ]

    def test_missing_path_and_empty_glob_are_errors(self, tmp_path: Path) -> None:
        """A path that does not exist is reported, not skipped."""
        found = list(find_sources([tmp_path / "nope.txt", str(tmp_path / "*.none")]))
        assert [(e.code, e.path) for e in found if isinstance(e, ParseError)] == [
            ("not-found", str(tmp_path / "nope.txt")),
            ("not-found", str(tmp_path / "*.none")),
        ]


class TestZip:
    """Zip archives are read in memory, safely."""

    def test_members_are_parsed_in_order(self, tmp_path: Path) -> None:
        """Members are named archive!member and read sorted."""
        archive = tmp_path / "c.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("b.txt", record(2))
            zf.writestr("a.txt", record(1))
            zf.writestr("readme.md", "not an article")
        items = list(read_corpus([archive], extract=False))
        assert headlines(items) == ["Headline number 1", "Headline number 2"]
        assert items[0].origin.path == f"{archive}!a.txt"  # type: ignore[union-attr]
        assert list(find_sources([archive])) == [
            Source(f"{archive}!a.txt", path=str(archive), member="a.txt", size=len(record(1))),
            Source(f"{archive}!b.txt", path=str(archive), member="b.txt", size=len(record(2))),
        ]

    def test_unsafe_member_names_are_refused(self, tmp_path: Path) -> None:
        """Members with '..' or absolute paths are reported and never read."""
        archive = tmp_path / "evil.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("../escape.txt", record(1))
            zf.writestr("/abs.txt", record(2))
            zf.writestr("ok.txt", record(3))
        items = list(read_corpus([archive], extract=False))
        assert headlines(items) == [
            "error:unsafe-member",
            "error:unsafe-member",
            "Headline number 3",
        ]

    def test_zip_bomb_stops_at_the_archive_limit(self, tmp_path: Path) -> None:
        """Members past the archive's uncompressed budget are reported, not inflated."""
        archive = tmp_path / "bomb.zip"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for n in range(3):
                zf.writestr(f"{n}.txt", record(n) + "\n\n" + "a" * 10_000)
        items = list(read_corpus([archive], extract=False, limits=Limits(max_archive_bytes=15_000)))
        assert headlines(items) == [
            "Headline number 0",
            "error:archive-too-large",
            "error:archive-too-large",
        ]

    def test_member_over_file_limit(self, tmp_path: Path) -> None:
        """A member larger than the file limit is refused by a bounded read."""
        archive = tmp_path / "big.zip"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("big.txt", record(1) + "\n\n" + "b" * 5_000)
        items = list(read_corpus([archive], extract=False, limits=Limits(max_file_bytes=1_000)))
        assert headlines(items) == ["error:file-too-large"]

    @pytest.mark.parametrize(
        "read",
        [
            lambda paths: list(read_corpus(paths, extract=False)),
            lambda paths: parse_sources(
                [s for s in find_sources(paths) if isinstance(s, Source)], extract_facts=False
            ),
        ],
        ids=["read_corpus", "parse_sources"],
    )
    def test_archive_is_opened_once_for_all_its_members(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        read: Callable[[list[Path]], list[Article | ParseError]],
    ) -> None:
        """Opening reads the whole member list, so once per member would be quadratic.

        ``parse_sources`` is what a dask partition runs: it keeps the archive open too.
        """
        archive = tmp_path / "many.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for n in range(50):
                zf.writestr(f"{n:02d}.txt", record(n))
        opened: list[str] = []

        class CountingZipFile(zipfile.ZipFile):
            def __init__(self, file: str, *args: Any, **kwargs: Any) -> None:
                opened.append(file)
                super().__init__(file, *args, **kwargs)

        monkeypatch.setattr(zipfile, "ZipFile", CountingZipFile)
        items = read([archive])
        assert headlines(items) == [f"Headline number {n}" for n in range(50)]
        assert opened == [str(archive)] * 2  # listing the members, then reading them

    def test_two_jobs_read_an_archive_like_one(self, tmp_path: Path) -> None:
        """Workers read members of a large archive in order, as one process does."""
        archive = tmp_path / "big.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for n in range(160):
                zf.writestr(f"{n:03d}.txt", record(n, FILLER))
        assert archive.stat().st_size > _POOL_MIN_BYTES[True]
        parallel = list(read_corpus([archive], jobs=2))
        assert headlines(parallel) == [f"Headline number {n}" for n in range(160)]
        assert parallel == list(read_corpus([archive], jobs=1))

    def test_not_a_zip(self, tmp_path: Path) -> None:
        """A corrupt archive is one error naming it."""
        (tmp_path / "x.zip").write_bytes(b"not a zip")
        assert headlines(list(read_corpus([tmp_path / "x.zip"]))) == ["error:bad-archive"]


class TestReadCorpus:
    """Every record comes out once, in order, as an article or an error."""

    def test_in_equals_out_plus_errors(self, tmp_path: Path) -> None:
        """A broken record in a multi-record file costs only that record."""
        (tmp_path / "a.txt").write_text(
            record(1) + "\n" + " date 2021-02-30 Bad\n\nx.\n" + record(3)
        )
        (tmp_path / "b.bin.txt").write_bytes(b"\x00\x01binary")
        items = list(read_corpus([tmp_path], extract=False))
        assert headlines(items) == [
            "Headline number 1",
            "error:invalid-date",
            "Headline number 3",
            "error:binary",
        ]

    def test_parallel_output_equals_serial(self, tmp_path: Path) -> None:
        """Two worker processes give the same articles in the same order as one."""
        size = write_corpus(tmp_path, 90, per_file=2, filler=FILLER)
        assert size > _POOL_MIN_BYTES[True], "too small for worker processes to be used"
        (tmp_path / "part1" / "zz-bad.txt").write_text("no header here")
        serial = list(read_corpus([tmp_path], jobs=1))
        parallel = list(read_corpus([tmp_path], jobs=2))
        assert headlines(parallel) == headlines(serial)
        assert [a for a in parallel if isinstance(a, Article)] == [
            a for a in serial if isinstance(a, Article)
        ]
        assert len(serial) == 181

    def test_extraction_is_optional(self, tmp_path: Path) -> None:
        """extract=False leaves the facts empty; parse_source is usable on its own."""
        path = tmp_path / "s.txt"
        path.write_text(' date 2021-01-01 H\n\n"We agree," said Minister Sara Khan.')
        (article,) = parse_source(Source(str(path), path=str(path)), extract_facts=False)
        assert isinstance(article, Article)
        assert article.statements == ()

    def test_failing_rule_costs_only_its_record(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A rule that raises (a bug) turns its record into an error; the run goes on."""
        import cpecdata.corpus

        def extract(article: Article) -> Article:
            if article.headline.endswith("2"):
                raise IndexError("list index out of range")
            return article

        monkeypatch.setattr(cpecdata.corpus, "_extract", extract)
        (tmp_path / "a.txt").write_text("\n".join(record(n) for n in (1, 2, 3)))
        items = list(read_corpus([tmp_path]))
        assert headlines(items) == [
            "Headline number 1",
            "error:extraction-failed",
            "Headline number 3",
        ]
        error = items[1]
        assert isinstance(error, ParseError)
        assert (error.path, error.line, error.record) == (str(tmp_path / "a.txt"), 4, 1)
        assert "IndexError" in error.message
        assert error.raw.startswith(" date 2021-03-03 Headline number 2")

    def test_oversized_file(self, tmp_path: Path) -> None:
        """Files past the byte limit are reported with their name."""
        path = tmp_path / "big.txt"
        path.write_text(record(1) + "x" * 200)
        (err,) = read_corpus([path], limits=Limits(max_file_bytes=100))
        assert isinstance(err, ParseError)
        assert (err.code, err.path) == ("file-too-large", str(path))

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_empty_corpus(self, tmp_path: Path, jobs: int) -> None:
        """An empty directory yields nothing and does not hang."""
        assert list(read_corpus([tmp_path], jobs=jobs)) == []


class TestMapCorpus:
    """Articles converted where they are parsed; a pool only where it pays."""

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_converts_in_order_with_errors_in_place(self, tmp_path: Path, jobs: int) -> None:
        """Every record comes back once, in input order: converted, or as its error."""
        assert write_corpus(tmp_path, 150, filler=FILLER) > _POOL_MIN_BYTES[True]
        (tmp_path / "part0" / "0030.txt").write_text(record(30) + "\n date 2021-02-30 Bad\n\nx.")
        items = list(map_corpus([tmp_path], _headline, jobs=jobs))
        numbers = sorted(range(150), key=lambda n: (n % 3, n))  # the files sort by folder
        expected: list[str] = [f"Headline number {n}" for n in numbers]
        expected.insert(expected.index("Headline number 30") + 1, "error:invalid-date")
        assert [i if isinstance(i, str) else f"error:{i.code}" for i in items] == expected

    def test_small_corpus_stays_in_process(self, tmp_path: Path) -> None:
        """A pool for a few small files costs more than it saves, so none is started."""
        write_corpus(tmp_path, 3)
        pids = list(map_corpus([tmp_path], process_id, jobs=2))
        assert pids == [os.getpid()] * 3

    def test_one_large_file_stays_in_process(self, tmp_path: Path) -> None:
        """One file is parsed by one process, so workers would only add the transfer."""
        size = write_corpus(tmp_path, 1, per_file=200, filler=FILLER)
        assert size > _POOL_MIN_BYTES[True]
        assert set(map_corpus([tmp_path], process_id, jobs=2)) == {os.getpid()}

    def test_large_corpus_uses_workers(self, tmp_path: Path) -> None:
        """Past the break-even size the articles are parsed in worker processes."""
        size = write_corpus(tmp_path, 160, filler=FILLER)
        assert size > _POOL_MIN_BYTES[True]
        pids = set(map_corpus([tmp_path], process_id, jobs=2))
        assert os.getpid() not in pids
        assert len(pids) in (1, 2)


def _headline(article: Article) -> str:
    return article.headline


class TestParse:
    """The strict in-memory parse."""

    def test_returns_articles(self) -> None:
        """Good text gives its articles, extracted."""
        (article,) = parse(record(1), "mem.txt")
        assert (article.headline, article.origin.path) == ("Headline number 1", "mem.txt")

    def test_reports_every_bad_record_at_once(self) -> None:
        """All bad records come in one ParseErrorGroup, in order; none is skipped silently."""
        text = " date 2020-02-30 A\n\nx.\n" + record(2) + "\n date 2020-13-01 B\n\ny."
        with pytest.raises(ParseErrorGroup) as info:
            parse(text, "mem.txt")
        found = [
            (e.code, e.line) if isinstance(e, ParseError) else e for e in info.value.exceptions
        ]
        assert found == [
            ("invalid-date", 1),
            ("invalid-date", 7),
        ]
        assert str(info.value) == "2 bad records in mem.txt (2 sub-exceptions)"

    def test_bytes_are_decoded(self) -> None:
        """Bytes go through the same decoding as files."""
        (article,) = parse(record(1).encode("utf-16"), extract=False)
        assert article.headline == "Headline number 1"
