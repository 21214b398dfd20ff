import pickle

import pytest

from cpecdata.errors import CpecdataError, LoadError, ParseError, ParseErrorGroup

ERR = ParseError(
    "invalid date '2022-02-30' in header", "invalid-date", "corpus/a.txt", 1, 7,
    " date 2022-02-30 Headline", raw=" date 2022-02-30 Headline\n\nBody.", record=3,
)  # fmt: skip


class TestParseError:
    """How a rejected record is described."""

    def test_renders_with_caret(self) -> None:
        """The message names file, line and column and points at the column."""
        assert str(ERR) == (
            "corpus/a.txt:1:7: invalid date '2022-02-30' in header\n"
            "     date 2022-02-30 Headline\n"
            "          ^"
        )

    def test_without_line_text(self) -> None:
        """Errors about whole files have no caret line."""
        err = ParseError("no such file or directory", "not-found", "x.txt")
        assert str(err) == "x.txt:1:1: no such file or directory"

    def test_to_dict(self) -> None:
        """The --errors JSONL record keeps the raw text, so nothing is lost."""
        assert ERR.to_dict() == {
            "path": "corpus/a.txt",
            "record": 3,
            "line": 1,
            "column": 7,
            "code": "invalid-date",
            "message": "invalid date '2022-02-30' in header",
            "raw": " date 2022-02-30 Headline\n\nBody.",
        }

    def test_is_a_cpecdata_error(self) -> None:
        """Callers can catch every reported problem with one class."""
        with pytest.raises(CpecdataError):
            raise ERR

    def test_pickles_every_field(self) -> None:
        """Errors cross process boundaries (--jobs) intact."""
        again = pickle.loads(pickle.dumps(ERR))
        assert (again.code, again.line, again.column, again.raw, str(again)) == (
            ERR.code, ERR.line, ERR.column, ERR.raw, str(ERR),
        )  # fmt: skip

    def test_pickles_every_field_with_tblib(self) -> None:
        """Dask's distributed installs tblib's exception pickling globally; fields survive it."""
        pickling_support = pytest.importorskip("tblib.pickling_support")
        pickling_support.install(ParseError, LoadError)
        again = pickle.loads(pickle.dumps(ERR))
        assert (again.code, again.record, str(again)) == (ERR.code, ERR.record, str(ERR))
        load = pickle.loads(pickle.dumps(LoadError("bad", "a.jsonl", 4)))
        assert str(load) == "a.jsonl:4: bad"


def test_group_holds_every_error() -> None:
    """A strict parse reports all bad records at once, catchable as a CpecdataError."""
    group = ParseErrorGroup("2 bad records", [ERR, ERR])
    assert isinstance(group, CpecdataError)
    assert list(group.exceptions) == [ERR, ERR]
