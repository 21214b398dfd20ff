"""The exception hierarchy: every failure cpecdata reports on purpose is a ``CpecdataError``."""

import attrs

__all__ = ["CpecdataError", "LoadError", "ParseError", "ParseErrorGroup"]


class CpecdataError(Exception):
    """Base class of every error cpecdata raises about its input."""


@attrs.define(eq=False)
class ParseError(CpecdataError):
    """A raw-format record (or file) that cannot be read as an article.

    Attributes:
        message: What is wrong, in a short sentence.
        code: A stable short code for the failure (``invalid-date``), for filtering reports.
        path: The file, or None for in-memory text.
        line: 1-based line of the problem in the file.
        column: 1-based column (in characters) of the problem in that line.
        line_text: The offending line, for the caret display.
        raw: The text of the whole rejected record, so a report loses nothing.
        record: 0-based index of the record in its file.

    """

    message: str
    code: str
    path: str | None = None
    line: int = 1
    column: int = 1
    line_text: str = ""
    raw: str = ""
    record: int = 0

    def __attrs_post_init__(self) -> None:
        Exception.__init__(self, self.location + ": " + self.message)

    @property
    def location(self) -> str:
        """``PATH:LINE:COL`` as compilers print it (``<string>`` for in-memory text)."""
        return f"{self.path or '<string>'}:{self.line}:{self.column}"

    def __str__(self) -> str:
        head = f"{self.location}: {self.message}"
        if not self.line_text:
            return head
        shown = self.line_text.rstrip("\r\n")
        return f"{head}\n    {shown}\n    {' ' * (self.column - 1)}^"

    def __reduce__(self) -> tuple[type["ParseError"], tuple[object, ...]]:
        # Explicit, so every field survives pickling to and from worker processes even when a
        # library (tblib, imported by distributed) replaces exception pickling globally.
        return type(self), attrs.astuple(self, recurse=False)

    def to_dict(self) -> dict[str, object]:
        """The error as a JSON-ready record, as written to ``--errors`` files."""
        return {
            "path": self.path,
            "record": self.record,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "message": self.message,
            "raw": self.raw,
        }


@attrs.define(eq=False)
class LoadError(CpecdataError):
    """Serialized data (JSON, JSONL) that does not describe valid articles.

    Attributes:
        message: What is wrong, with the JSON path of each offending value (``@ $.statements[2]``).
        path: The file, or None for in-memory data.
        line: 1-based line in a JSONL file, or None for a single JSON document.

    """

    message: str
    path: str | None = None
    line: int | None = None

    def __attrs_post_init__(self) -> None:
        Exception.__init__(self, str(self))

    def __reduce__(self) -> tuple[type["LoadError"], tuple[object, ...]]:
        return type(self), attrs.astuple(self, recurse=False)

    def __str__(self) -> str:
        where = self.path or "<string>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"


class ParseErrorGroup(ExceptionGroup[ParseError], CpecdataError):
    """Every bad record of a strict parse, reported at once rather than stopping at the first.

    ``exceptions`` holds the :class:`ParseError` of each rejected record, in input order.
    """
