"""The docs run: every Python and console block of ``docs/**/*.md``, and the Sphinx build itself.

Python blocks (plain or ``>>>``) run through Sybil, in page order, sharing one namespace per
page. ``console`` blocks run each ``$ cpecdata ...`` line and compare its output (doctest-style,
``...`` matches anything). ``shell`` blocks (install commands) are shown, not run. A page skips
blocks that need a missing optional package with
``<!-- skip: next if(missing("duckdb"), reason="needs cpecdata[duckdb]") -->``.
"""

import doctest
import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from sybil import Document, Example, Sybil
from sybil.parsers.myst import CodeBlockParser, PythonCodeBlockParser, SkipParser

DOCS = Path(__file__).resolve().parent.parent / "docs"
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def missing(*modules: str) -> bool:
    """True when any of ``modules`` cannot be imported (used in skip conditions on the pages)."""
    return any(importlib.util.find_spec(name) is None for name in modules)


def _run_console(example: Example) -> None:
    """Run each ``$ command`` of a console block and check the lines that follow it."""
    commands: list[tuple[str, list[str]]] = []
    for line in str(example.parsed).splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    checker = doctest.OutputChecker()
    for command, expected in commands:
        argv = shlex.split(command)
        if argv[0] == "cpecdata":
            argv = [sys.executable, "-m", "cpecdata", *argv[1:]]
        result = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=120)
        want = "\n".join(expected).strip() + "\n"
        got = (result.stdout + result.stderr).strip() + "\n"
        if not checker.check_output(want, got, _FLAGS):
            raise AssertionError(f"$ {command}\nexpected:\n{want}got:\n{got}")


_SYBIL = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=_FLAGS),
        CodeBlockParser("console", _run_console),
        SkipParser(),
    ],
)


def _documents() -> list[Document]:
    pages = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)
    documents = [_SYBIL.parse(page) for page in pages]
    for document in documents:
        document.namespace["missing"] = missing
    return documents


_EXAMPLES = [
    pytest.param(example, id=f"{Path(doc.path).relative_to(DOCS)}:{example.line}")
    for doc in _documents()
    for example in doc
]


@pytest.fixture(scope="module")
def page_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One scratch directory per page, so files a page writes never leak into the repository."""
    return {}


@pytest.mark.parametrize("example", _EXAMPLES)
def test_docs_example(
    example: Example,
    page_dirs: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each code block on the docs pages runs and prints what the page says it prints."""
    path = example.document.path
    if path not in page_dirs:
        page_dirs[path] = tmp_path_factory.mktemp(Path(path).stem)
    monkeypatch.chdir(page_dirs[path])
    example.evaluate()


# The build imports every documented module and draws the plots.
_BUILD_NEEDS = ("sphinx", "furo", "myst_parser", "matplotlib", "hypothesis", "dask", "distributed")


@pytest.mark.skipif(missing(*_BUILD_NEEDS), reason="needs cpecdata[docs,plot,hypothesis,dask]")
def test_sphinx_build_has_no_warnings(tmp_path: Path) -> None:
    """The site builds with warnings as errors, as CI builds it."""
    env = {**os.environ, "CPECDATA_DOCS_ONLINE": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", str(DOCS), str(tmp_path)],
        capture_output=True, text=True, check=False, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
