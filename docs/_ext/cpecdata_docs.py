"""Sphinx directives that generate reference material from the code, so the docs cannot drift.

``click-reference``
    The ``--help`` text of a click command and of every sub-command, one section each
    (``sphinx-click`` is not a dependency; this is the few lines it would give us).
``timex-table``
    A table of time expressions and the intervals :func:`cpecdata.timex.resolve` gives them,
    computed at build time against a stated reference date.

At the start of every build, :func:`generate_assets` also parses and extracts the bundled
corpus and writes ``_generated/``: the HTML view of the real sample article and the two plots,
so the pictures in the docs always show what the current code does.
"""

import datetime as dt
import enum
import importlib
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar

import click
from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def _load(spec: str) -> Any:
    """The object named by ``module:attribute``."""
    module, _, attribute = spec.partition(":")
    return getattr(importlib.import_module(module), attribute)


class ClickReference(SphinxDirective):
    """Document a click command tree: usage and options of each command, from its ``--help``."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Any]] = {"prog": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        """One section per command, depth first."""
        command = _load(self.arguments[0])
        prog = self.options.get("prog", command.name)
        return self._sections(command, prog, None)

    def _sections(
        self, command: click.Command, prog: str, parent: click.Context | None
    ) -> list[nodes.Node]:
        ctx = click.Context(command, info_name=prog.rsplit(" ", 1)[-1], parent=parent)
        section = nodes.section(ids=[nodes.make_id("cli-" + prog)])
        section += nodes.title(text=prog)
        help_text = command.get_help(ctx).replace(ctx.command_path, prog, 1)
        section += nodes.literal_block(help_text, help_text, language="text")
        out: list[nodes.Node] = [section]
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    out += self._sections(sub, f"{prog} {name}", ctx)
        return out


class TimexTable(SphinxDirective):
    """Resolve each expression in the content (``expression | tense``) and tabulate the result."""

    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {"reference": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        """The table, one row per non-blank content line."""
        timex = importlib.import_module("cpecdata.timex")
        reference = dt.date.fromisoformat(self.options["reference"])
        rows = [["expression", "tense", "start", "end", "granularity"]]
        for line in self.content:
            if not line.strip():
                continue
            text, _, tense_name = (part.strip() for part in line.partition("|"))
            tense = timex.Tense[tense_name.upper()] if tense_name else None
            when = timex.resolve(text, reference, tense)
            rows.append(
                [
                    text,
                    tense_name or "-",
                    str(when.start or "-"),
                    str(when.end or "-"),
                    when.granularity.value,
                ]
            )
        return [_table(rows)]


def _table(rows: list[list[str]]) -> nodes.table:
    """A docutils table whose first row is the header."""
    table = nodes.table()
    group = nodes.tgroup(cols=len(rows[0]))
    table += group
    group += [nodes.colspec(colwidth=1) for _ in rows[0]]
    for part, part_rows in ((nodes.thead(), rows[:1]), (nodes.tbody(), rows[1:])):
        for cells in part_rows:
            row = nodes.row()
            for cell in cells:
                entry = nodes.entry()
                entry += nodes.paragraph(text=cell)
                row += entry
            part += row
        group += part
    return table


def generate_assets(app: Sphinx) -> None:
    """Write the sample article's HTML view and the demo corpus plots into ``_generated/``."""
    from cpecdata.corpus import read_corpus
    from cpecdata.display import article_html
    from cpecdata.extract import extract
    from cpecdata.model import Article
    from cpecdata.plot import plot_statements_per_month, plot_visit_timeline
    from cpecdata.rawformat import parse_bytes

    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    (out / ".gitignore").write_text("*\n", encoding="utf-8")
    data = files("cpecdata") / "data"
    name = "000_83d993cbec17adfe.txt"  # the real sample, under its own name, not a local path
    [sample] = parse_bytes((data / name).read_bytes(), name)
    assert isinstance(sample, Article)
    (out / "sample_article.html").write_text(article_html(extract(sample)), encoding="utf-8")
    articles = [a for a in read_corpus([str(data)]) if isinstance(a, Article)]
    plot_visit_timeline(articles).figure.savefig(out / "visits.png", dpi=90)
    plot_statements_per_month(articles).figure.savefig(out / "statements.png", dpi=90)


def list_enum_values(
    _app: Sphinx, what: str, _name: str, obj: object, _options: object, lines: list[str]
) -> None:
    """Append an enum's values to its docstring.

    Members without a docstring are left out of the reference (so the slots of attrs classes,
    documented in their ``Attributes:`` sections, are not listed twice); this keeps the enum
    values, which are what the JSON holds.
    """
    if what == "class" and isinstance(obj, type) and issubclass(obj, enum.Enum):
        values = ", ".join(f"``{member.value!r}``" for member in obj)
        lines += ["", f"Values: {values}."]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives and the asset generator."""
    app.add_directive("click-reference", ClickReference)
    app.add_directive("timex-table", TimexTable)
    app.connect("builder-inited", generate_assets)
    app.connect("autodoc-process-docstring", list_enum_values)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
