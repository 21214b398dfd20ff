"""Every script in ``examples/`` runs to completion in a fresh process, and says what it did."""

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_ARGS = {"notebook.py": ["out"], "statements_csv.py": ["statements.csv"]}
_EXTRAS = {"notebook.py": ("duckdb", "pandas", "pyarrow", "matplotlib")}


def _run(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    missing = [m for m in _EXTRAS.get(script, ()) if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"{script} needs {', '.join(missing)}")
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=cwd, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_example_runs(script: str, tmp_path: Path) -> None:
    """Each example exits 0 on the bundled corpus without writing anything to stderr but counts."""
    result = _run(script, *_ARGS.get(script, []), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    noise = [line for line in result.stderr.splitlines() if " records: " not in line]
    assert noise == []


def test_notebook_writes_every_output(tmp_path: Path) -> None:
    """The notebook leaves the database, both HTML views and both plots in its output folder."""
    result = _run("notebook.py", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "8 articles, 0 errors"
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [
        "article.html",
        "corpus.duckdb",
        "corpus.html",
        "statements.png",
        "visits.png",
    ]


def test_parse_folder_reports_bad_records(tmp_path: Path) -> None:
    """A broken record is printed as PATH:LINE:COL: error with a caret, and the status is 1."""
    raw = " date 2025-01-02 A fine record\n\nBody.\n date 2025-02-30 A bad date\n\nBody.\n"
    (tmp_path / "mixed.txt").write_text(raw, encoding="utf-8")
    result = _run("parse_folder.py", "mixed.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == "mixed.txt:1: 2025-01-02 A fine record\n"
    assert result.stderr.splitlines() == [
        "mixed.txt:4:7: error: invalid date '2025-02-30' in header",
        "     date 2025-02-30 A bad date",
        "          ^",
        "2 records: 1 articles, 1 errors",
    ]


def test_statements_csv_has_one_row_per_statement(tmp_path: Path) -> None:
    """The CSV has the documented header and as many rows as the script says it wrote."""
    result = _run("statements_csv.py", "s.csv", cwd=tmp_path)
    with open(tmp_path / "s.csv", newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["date", "headline", "speaker_name", "speaker_role", "speaker_country",
                        "kind", "verb", "text", "span_start", "span_end"]  # fmt: skip
    assert result.stdout == f"wrote {len(table) - 1} statements to s.csv\n"


def test_visit_timeline_counts_trips_and_reports(tmp_path: Path) -> None:
    """The timeline ends with its totals, never more trips than visit reports."""
    result = _run("visit_timeline.py", cwd=tmp_path)
    words = result.stdout.splitlines()[-1].split()
    assert words[1:3] == ["trips", "from"]
    assert words[4:] == ["visit", "reports"]
    assert int(words[0]) <= int(words[3])
