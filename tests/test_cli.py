import json
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from cpecdata.corpus import _POOL_MIN_BYTES

SAMPLE = Path(str(resources.files("cpecdata") / "data" / "000_83d993cbec17adfe.txt"))
GOOD = " date 2021-05-04 A fictional headline\n\nLAHORE: The minister opened the plant.\n"
BAD = " date 2021-02-30 Impossible date\n\nBody.\n"


def cli(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cpecdata", *map(str, args)],
        input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


class TestParse:
    """`cpecdata parse` through a real subprocess."""

    def test_sample_fields(self) -> None:
        """The sample gives the promised fields in the JSON shape tools rely on."""
        run = cli("parse", SAMPLE, "--jobs", "1")
        assert run.returncode == 0, run.stderr
        (doc,) = jsonl(run.stdout)
        assert doc["schema"] == "cpecdata/1"
        assert doc["date"] == "2022-11-21"
        assert doc["headline"] == "CPEC is the flagship project for China-Pakistan cooperation"
        assert doc["dateline"] == "BEIJING"
        assert doc["origin"] == {"path": str(SAMPLE), "record": 0, "line": 1}
        paragraphs = doc["paragraphs"]
        assert isinstance(paragraphs, list)
        assert len(paragraphs) == 10
        assert doc["source"] == SAMPLE.read_text(encoding="utf-8")
        for p in paragraphs:
            assert doc["source"][p["span"]["start"] : p["span"]["end"]] == p["text"]
        assert (
            doc["related"][0]["headline"] == "PM Shehbaz, Chinese Premier agree on CPEC’s expansion"
        )
        assert {"statements", "visits", "initiatives"} <= doc.keys()
        assert run.stderr.strip().endswith("1 records in: 1 articles out, 0 errors")

    def test_partial_failure(self, tmp_path: Path) -> None:
        """Bad records go to stderr and --errors; good ones are still written; exit 1."""
        corpus = tmp_path / "c.txt"
        corpus.write_text(GOOD + BAD + GOOD, encoding="utf-8")
        errors = tmp_path / "errors.jsonl"
        run = cli("parse", corpus, "--errors", errors, "--no-extract")
        assert run.returncode == 1
        assert len(jsonl(run.stdout)) == 2
        assert (
            f"{corpus}:4:7: error: invalid date '2021-02-30' in header" in run.stderr.splitlines()
        )
        assert run.stderr.strip().endswith("3 records in: 2 articles out, 1 errors")
        assert jsonl(errors.read_text(encoding="utf-8")) == [
            {
                "path": str(corpus),
                "record": 1,
                "line": 4,
                "column": 7,
                "code": "invalid-date",
                "message": "invalid date '2021-02-30' in header",
                "raw": BAD,
            }
        ]

    def test_stdin_and_output_file(self, tmp_path: Path) -> None:
        """'-' reads stdin; -o writes the file whole."""
        out = tmp_path / "out.jsonl"
        run = cli("parse", "-", "-o", out, stdin=GOOD)
        assert run.returncode == 0, run.stderr
        (doc,) = jsonl(out.read_text(encoding="utf-8"))
        assert doc["origin"] == {"path": "<stdin>", "record": 0, "line": 1}
        assert run.stdout == ""

    def test_usage_error(self) -> None:
        """A wrong option is a usage error with exit status 2."""
        assert cli("parse", SAMPLE, "--format", "xml").returncode == 2

    def test_missing_file_is_reported(self, tmp_path: Path) -> None:
        """A path that does not exist is an error record, not a traceback."""
        run = cli("parse", tmp_path / "nope.txt")
        assert run.returncode == 1
        assert "Traceback" not in run.stderr
        assert f"{tmp_path / 'nope.txt'}:1:1: error: no such file or directory" in run.stderr

    def test_binary_file(self, tmp_path: Path) -> None:
        """Binary input is named with its position, never a traceback."""
        path = tmp_path / "b.txt"
        path.write_bytes(b" date 2021-01-01 H\n\nab\x00")
        run = cli("parse", path)
        assert run.returncode == 1
        assert f"{path}:3:3: error: binary data (NUL byte) at byte 22" in run.stderr


def fictional_corpus(root: Path, files: int) -> Path:
    """A directory of multi-record files, ~1 KB a record, with broken records among them."""
    root.mkdir()
    body = "\n\n".join(
        f"KESTRAN: “Berth {k} will open soon,” Minister Arlen Voss said on Monday. The"
        f" Tovar Bay port authority said the work on the {k}th berth was going well."
        for k in range(5)
    )
    for n in range(files):
        records = [f" date 2021-05-{n % 28 + 1:02d} Story {n}.{k}\n\n{body}\n" for k in range(3)]
        if n % 17 == 5:
            records[1] = BAD
        (root / f"{n:04d}.txt").write_text("\n".join(records), encoding="utf-8")
    (root / "0010-headless.txt").write_text("no header line here\n", encoding="utf-8")
    (root / "0020-binary.txt").write_bytes(b" date 2021-01-01 H\n\nab\x00")
    return root


def cli_bytes(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cpecdata", *map(str, args)],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip


class TestJobs:
    """With --jobs 2 the workers serialize; the output must not change by a byte."""

    @pytest.mark.parametrize(
        ("fmt", "flags"),
        [("jsonl", ()), ("json", ("--no-extract",)), ("raw", ("--no-extract",)),
         ("jsonld", ("--no-extract",)), ("ninjs", ("--no-extract",))],
    )  # fmt: skip
    def test_two_jobs_write_the_same_bytes(
        self, tmp_path: Path, fmt: str, flags: tuple[str, ...]
    ) -> None:
        """Output, error report, --errors file and exit status equal one job's, in every format."""
        corpus = fictional_corpus(tmp_path / "corpus", 260)
        size = sum(path.stat().st_size for path in corpus.iterdir())
        assert size > max(_POOL_MIN_BYTES.values()), "too small for worker processes to be used"
        runs = {}
        for jobs in ("1", "2"):
            errors = tmp_path / f"errors-{jobs}.jsonl"
            run = cli_bytes("parse", corpus, tmp_path / "missing.txt", "-f", fmt, "-j", jobs,
                            "--errors", errors, *flags)  # fmt: skip
            runs[jobs] = (run.returncode, run.stdout, run.stderr, errors.read_bytes())
        assert runs["1"] == runs["2"]
        returncode, _, stderr, _ = runs["2"]
        assert returncode == 1
        assert stderr.decode().splitlines()[-1] == (
            "cpecdata: 783 records in: 765 articles out, 18 errors"
        )

    def test_two_jobs_into_a_file(self, tmp_path: Path) -> None:
        """-o with two jobs writes the file whole, with every article in input order."""
        corpus = fictional_corpus(tmp_path / "corpus", 60)
        out = tmp_path / "out.jsonl"
        run = cli("parse", corpus, "-o", out, "-j", "2")
        assert run.returncode == 1
        headlines = [d["headline"] for d in jsonl(out.read_text(encoding="utf-8"))]
        assert headlines == [
            f"Story {n}.{k}" for n in range(60) for k in range(3) if (n % 17, k) != (5, 1)
        ]
        assert list(tmp_path.glob("*.part")) == []


class TestRoundTrip:
    """JSONL → raw → JSONL through the CLI is stable."""

    def test_jsonl_raw_jsonl(self, tmp_path: Path) -> None:
        """The sample renders back byte for byte, so every field but the origin survives."""
        first = tmp_path / "a.jsonl"
        assert cli("parse", SAMPLE, "-o", first).returncode == 0
        raw1 = tmp_path / "a.txt"
        assert cli("convert", first, "--format", "raw", "-o", raw1).returncode == 0
        second = tmp_path / "b.jsonl"
        assert cli("parse", raw1, "-o", second).returncode == 0
        raw2 = tmp_path / "b.txt"
        assert cli("convert", second, "--format", "raw", "-o", raw2).returncode == 0
        assert raw1.read_text(encoding="utf-8") == raw2.read_text(encoding="utf-8")
        assert raw1.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")
        (a,) = jsonl(first.read_text(encoding="utf-8"))
        (b,) = jsonl(second.read_text(encoding="utf-8"))
        assert a.pop("origin") != b.pop("origin")
        assert a == b

    def test_convert_reports_bad_lines(self, tmp_path: Path) -> None:
        """A truncated or invalid JSONL line is reported; the rest converts; exit 1."""
        good = cli("parse", SAMPLE).stdout
        path = tmp_path / "mixed.jsonl"
        path.write_text(good + '{"schema": "cpecdata/1", "id": 5}\n' + good[:50], encoding="utf-8")
        run = cli("convert", path)
        assert run.returncode == 1
        assert len(jsonl(run.stdout)) == 1
        lines = run.stderr.splitlines()
        assert lines[0].startswith(f"{path}:2: error: ")
        assert any(line.startswith(f"{path}:3: error: ") for line in lines)


class TestOtherCommands:
    """schema, demo, --help."""

    def test_schema_is_json(self) -> None:
        """The schema command prints a JSON Schema document."""
        run = cli("schema")
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout)["type"] == "object"

    def test_demo(self) -> None:
        """The demo parses the bundled corpus and summarises each article, counts in words."""
        run = cli("demo")
        assert run.returncode == 0, run.stderr
        lines = run.stdout.splitlines()
        assert lines[0] == "Parsed 8 articles from 7 bundled files."
        sample = lines.index(
            "2022-11-21  CPEC is the flagship project for China-Pakistan cooperation"
        )
        assert lines[sample + 1].startswith("    10 paragraphs, 8 statements, 1 visit, ")
        assert "    > visit: Shehbaz Sharif -> China (early this month), past" in lines[sample:]

    @pytest.mark.parametrize("command", ["parse", "convert", "schema", "evaluate", "demo"])
    def test_help(self, command: str) -> None:
        """Every command documents itself."""
        run = cli(command, "--help")
        assert run.returncode == 0
        assert "Usage:" in run.stdout


class TestStores:
    """`-o x.duckdb` and `-o x.parquet/` write normalised tables."""

    def test_duckdb_with_progress(self, tmp_path: Path) -> None:
        """The DuckDB store holds every article; --progress draws a bar on stderr."""
        duckdb = pytest.importorskip("duckdb")
        corpus = tmp_path / "c.txt"
        corpus.write_text(GOOD + GOOD.replace("fictional", "second") + BAD, encoding="utf-8")
        db = tmp_path / "c.duckdb"
        run = cli("parse", corpus, "-o", db, "--progress", "--jobs", "1")
        assert run.returncode == 1
        assert "records" in run.stderr.splitlines()[-2]  # the tqdm bar's last refresh
        assert run.stderr.strip().endswith("3 records in: 2 articles out, 1 errors")
        with duckdb.connect(str(db), read_only=True) as con:
            rows = con.sql("SELECT headline FROM articles ORDER BY headline").fetchall()
            joined = con.sql(
                "SELECT count(*) FROM paragraphs p JOIN articles a ON p.article_id = a.id"
            ).fetchall()
        assert rows == [("A fictional headline",), ("A second headline",)]
        assert joined == [(2,)]

    def test_parquet_directory(self, tmp_path: Path) -> None:
        """A .parquet output is a directory with one file per table."""
        pq = pytest.importorskip("pyarrow.parquet")
        out = tmp_path / "c.parquet"
        run = cli("parse", SAMPLE, "-o", out, "--no-extract")
        assert run.returncode == 0, run.stderr
        table = pq.read_table(next(out.glob("articles*")))
        assert table.column("headline").to_pylist() == [
            "CPEC is the flagship project for China-Pakistan cooperation"
        ]


class TestInterrupt:
    """Ctrl-C leaves no half-written output and no traceback."""

    @pytest.mark.parametrize(
        ("jobs", "target"), [("1", "c.duckdb"), ("2", "c.duckdb"), ("2", "c.jsonl")]
    )
    def test_sigint_mid_run(self, tmp_path: Path, jobs: str, target: str) -> None:
        """An interrupted run exits 130 and leaves neither the target nor a temporary file."""
        if target.endswith(".duckdb"):
            pytest.importorskip("duckdb")
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        body = "\n\n".join(
            f"“We will finish part {n},” Minister Sara Khan said." for n in range(30)
        )
        for n in range(3000):
            (corpus / f"{n:05d}.txt").write_text(f" date 2021-05-04 Story {n}\n\n{body}")
        out = tmp_path / "out" / target
        out.parent.mkdir()
        proc = subprocess.Popen(
            [sys.executable, "-m", "cpecdata", "parse", str(corpus), "-o", str(out), "-j", jobs],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        started = time.monotonic()  # interrupt once the output is being written, not mid-import
        while not any(out.parent.iterdir()) and proc.poll() is None:
            assert time.monotonic() - started < 120, "the run wrote nothing in two minutes"
            time.sleep(0.05)
        assert proc.poll() is None, "the run finished before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr
        assert list(out.parent.iterdir()) == []
