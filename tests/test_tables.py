import datetime as dt
import subprocess
import sys

import attrs
import pytest

from cpecdata.model import (
    Actor,
    Article,
    Granularity,
    Initiative,
    InitiativeKind,
    InitiativeStatus,
    Place,
    Sector,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)
from cpecdata.rawformat import parse_text
from cpecdata.tables import COLUMNS, TABLES, ColumnType, TableBuilder, arrow_schema, rows

SOURCE = (
    " date 2031-03-14 Planning minister tours a fictional solar park\n"
    "\n"
    "LAKEVIEW: Minister for Planning Farah Qureshi arrived in Lakeview on Monday.\n"
    "\n"
    "“The park is ready,” she said.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "Also Read Ministers meet at the harbour The two ministers met at the...\n"
)


VISIT = "Minister for Planning Farah Qureshi arrived in Lakeview on Monday."
PARA2 = "“The park is ready,” she said."
TRAILER = "Ministers meet at the harbour The two ministers met at the..."


def _span_of(text: str) -> Span:
    start = SOURCE.index(text)
    return Span(start, start + len(text))


def _at(text: str) -> dict[str, int]:
    span = _span_of(text)
    return {"span_start": span.start, "span_end": span.end}


def full_article() -> Article:
    """A fictional article with one of every fact, every optional field set somewhere."""
    (parsed,) = parse_text(SOURCE, "fixtures/lakeview.txt")
    assert isinstance(parsed, Article)
    minister = Actor("Farah Qureshi", role="Minister for Planning", country="Pakistan")
    monday = "on Monday"
    when = When(monday, dt.date(2031, 3, 10), dt.date(2031, 3, 10), Granularity.DAY,
                _span_of(monday))  # fmt: skip
    quote = "The park is ready,"
    lakeview = Place("Lakeview", country="Pakistan", id="lakeview", latitude=30.5, longitude=70.25)
    return attrs.evolve(
        parsed,
        statements=(
            Statement(Actor("Farah Qureshi", country="Pakistan"), StatementKind.DIRECT, quote,
                      _span_of(quote), verb="said", confidence=0.9),
        ),
        visits=(
            Visit(minister, lakeview, VISIT, _span_of(VISIT), VisitStatus.PAST,
                  host=Actor("the provincial government", named=False), when=when,
                  qualifiers=("official", "two-day"), cameo=("042", "043"), confidence=0.8),
        ),
        initiatives=(
            Initiative("park", InitiativeKind.PROJECT, Sector.ENERGY, PARA2,
                       _span_of(PARA2), id="lakeview-solar",
                       location=lakeview, status=InitiativeStatus.COMPLETED, confidence=0.7),
        ),
    )  # fmt: skip


ARTICLE_ID = full_article().id
EXPECTED = {
    "articles": [
        {
            "id": ARTICLE_ID,
            "date": dt.date(2031, 3, 14),
            "headline": "Planning minister tours a fictional solar park",
            "dateline": "LAKEVIEW",
            "origin_path": "fixtures/lakeview.txt",
            "origin_record": 0,
            "origin_line": 1,
            "paragraph_count": 2,
            "related_count": 1,
            "noise_count": 1,
            "statement_count": 1,
            "visit_count": 1,
            "initiative_count": 1,
            "source_length": len(SOURCE),
        }
    ],
    "paragraphs": [
        {"article_id": ARTICLE_ID, "index": 0, **_at(VISIT),
         "text": "Minister for Planning Farah Qureshi arrived in Lakeview on Monday."},
        {"article_id": ARTICLE_ID, "index": 1, **_at(PARA2),
         "text": PARA2},
    ],
    "statements": [
        {
            "article_id": ARTICLE_ID, "index": 0, "speaker_name": "Farah Qureshi",
            "speaker_role": None, "speaker_organization": None, "speaker_country": "Pakistan",
            "speaker_named": True, "kind": "direct", "text": "The park is ready,", "verb": "said",
            "when_text": None, "when_start": None, "when_end": None, "when_granularity": None,
            **_at("The park is ready,"), "confidence": 0.9,
        }
    ],
    "visits": [
        {
            "article_id": ARTICLE_ID, "index": 0, "visitor_name": "Farah Qureshi",
            "visitor_role": "Minister for Planning", "visitor_organization": None,
            "visitor_country": "Pakistan", "visitor_named": True, "destination_name": "Lakeview",
            "destination_country": "Pakistan", "destination_id": "lakeview",
            "destination_latitude": 30.5, "destination_longitude": 70.25,
            "host_name": "the provincial government", "host_role": None,
            "host_organization": None, "host_country": None, "when_text": "on Monday",
            "when_start": dt.date(2031, 3, 10), "when_end": dt.date(2031, 3, 10),
            "when_granularity": "day", "status": "past", "qualifiers": ["official", "two-day"],
            "cameo": ["042", "043"], "plover": "CONSULT", "plover_mode": "visit",
            "evidence": "Minister for Planning Farah Qureshi arrived in Lakeview on Monday.",
            **_at(VISIT), "confidence": 0.8,
        }
    ],
    "initiatives": [
        {
            "article_id": ARTICLE_ID, "index": 0, "name": "park",
            "initiative_id": "lakeview-solar", "kind": "project", "sector": "energy",
            "location_name": "Lakeview", "location_country": "Pakistan", "location_id": "lakeview",
            "location_latitude": 30.5, "location_longitude": 70.25, "status": "completed",
            "evidence": PARA2, **_at(PARA2),
            "confidence": 0.7,
        }
    ],
    "related": [
        {
            "article_id": ARTICLE_ID, "index": 0, "headline": "Ministers meet at the harbour",
            "teaser": "The two ministers met at the...", "truncated": True,
            "text": TRAILER,
            **_at(TRAILER),
        }
    ],
}  # fmt: skip


class TestColumns:
    def test_table_names(self) -> None:
        """The six tables come in a fixed order, articles first."""
        assert TABLES == (
            "articles",
            "paragraphs",
            "statements",
            "visits",
            "initiatives",
            "related",
        )

    def test_every_child_table_joins_to_articles(self) -> None:
        """Every table but articles starts with the non-null key (article_id, index)."""
        keys = {
            name: [(c.name, c.type, c.nullable) for c in cols[:2]] for name, cols in COLUMNS.items()
        }
        child = [("article_id", ColumnType.STRING, False), ("index", ColumnType.INT, False)]
        assert keys == {
            "articles": [("id", ColumnType.STRING, False), ("date", ColumnType.DATE, False)],
            **dict.fromkeys(TABLES[1:], child),
        }

    def test_column_names_are_unique_within_each_table(self) -> None:
        """No table repeats a column name (a flattening prefix clash would)."""
        dupes = {n: len(cs) - len({c.name for c in cs}) for n, cs in COLUMNS.items()}
        assert dupes == dict.fromkeys(TABLES, 0)


class TestRows:
    def test_full_article(self) -> None:
        """Every table's rows hold exactly the article's values, flattened and enum-free."""
        assert rows([full_article()]) == EXPECTED

    def test_rows_follow_column_order(self) -> None:
        """Row dicts list their keys in COLUMNS order (what the Arrow path relies on)."""
        got = rows([full_article()])
        assert {n: list(r[0]) for n, r in got.items()} == {
            n: [c.name for c in cs] for n, cs in COLUMNS.items()
        }

    def test_no_articles(self) -> None:
        """No articles give every table and no rows."""
        assert rows([]) == {name: [] for name in TABLES}


class TestTableBuilder:
    def test_take_returns_a_batch_and_empties_the_builder(self) -> None:
        """take() hands over the rows added so far and starts a new, empty batch."""
        builder = TableBuilder()
        article = full_article()
        builder.add(article)
        builder.add(attrs.evolve(article, id="second"))
        assert len(builder) == 2
        batch = builder.take()
        assert (len(builder), {n: len(r) for n, r in batch.items()}) == (
            0,
            {"articles": 2, "paragraphs": 4, "statements": 2, "visits": 2, "initiatives": 2,
             "related": 2},
        )  # fmt: skip
        assert builder.take() == {name: [] for name in TABLES}


class TestArrow:
    def test_schema_types(self) -> None:
        """Dates are date32, enums strings, lists list<string>, keys not nullable."""
        pa = pytest.importorskip("pyarrow")
        schema = arrow_schema("visits")
        assert [
            (name, str(schema.field(name).type), schema.field(name).nullable)
            for name in (
                "article_id",
                "when_start",
                "status",
                "qualifiers",
                "confidence",
                "host_name",
            )
        ] == [
            ("article_id", "string", False),
            ("when_start", "date32[day]", True),
            ("status", "string", False),
            ("qualifiers", "list<item: string>", False),
            ("confidence", "double", False),
            ("host_name", "string", True),
        ]
        assert schema.field("qualifiers").type == pa.list_(pa.string())

    def test_arrow_tables_match_rows(self) -> None:
        """The Arrow path holds the same values as the pure-Python path, under its schema."""
        pytest.importorskip("pyarrow")
        from cpecdata.tables import to_arrow

        tables = to_arrow([full_article()])
        assert {n: t.to_pylist() for n, t in tables.items()} == EXPECTED
        assert all(tables[n].schema == arrow_schema(n) for n in TABLES)

    def test_nulls_and_non_ascii_across_bitmap_bytes(self) -> None:
        """Buffers built by hand hold nulls, non-ASCII text and empty lists past byte edges."""
        pytest.importorskip("pyarrow")
        from cpecdata.tables import to_arrow

        full = full_article()
        bare = attrs.evolve(
            full,
            id="bare",
            headline="Gwadar’s “new” façade — 中巴 ✓",
            dateline=None,
            visits=tuple(
                attrs.evolve(x, host=None, when=None, qualifiers=(), cameo=()) for x in full.visits
            ),
            initiatives=tuple(
                attrs.evolve(n, location=None, status=None) for n in full.initiatives
            ),
        )
        articles = [attrs.evolve(a, id=f"{a.id}-{i}") for i in range(6) for a in (full, bare)]
        tables = to_arrow(articles)
        for table in tables.values():
            table.validate(full=True)
        assert {n: t.to_pylist() for n, t in tables.items()} == rows(articles)

    def test_conversion_does_not_import_pandas(self) -> None:
        """Building Arrow tables leaves pandas unimported (it would cost ~50 MB of memory)."""
        pytest.importorskip("pyarrow")
        code = (
            "import sys; from cpecdata.rawformat import parse_text; from cpecdata.tables import"
            " to_arrow; to_arrow(parse_text(' date 2031-01-02 A b\\n\\nC.')); print('pandas' in"
            " sys.modules)"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert done.stdout == "False\n"

    def test_empty_tables_keep_their_schema(self) -> None:
        """With no articles every Arrow table still has its full schema and no rows."""
        pytest.importorskip("pyarrow")
        from cpecdata.tables import to_arrow

        tables = to_arrow([])
        assert {
            n: (t.num_rows, t.schema == arrow_schema(n)) for n, t in tables.items()
        } == dict.fromkeys(TABLES, (0, True))

    def test_missing_pyarrow_names_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pyarrow the error says which extra to install."""
        from cpecdata.tables import to_arrow

        monkeypatch.setitem(sys.modules, "pyarrow", None)
        with pytest.raises(ImportError) as info:
            to_arrow([full_article()])
        assert str(info.value) == "this needs pyarrow: pip install 'cpecdata[arrow]'"


class TestPandas:
    def test_missing_pandas_names_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas the error says which extra to install."""
        from cpecdata.tables import to_pandas

        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError) as info:
            to_pandas([full_article()])
        assert str(info.value) == "this needs pandas: pip install 'cpecdata[pandas]'"

    def test_dtypes_do_not_depend_on_the_data(self) -> None:
        """An empty frame has the dtypes of a full one (what Dask's meta relies on)."""
        pytest.importorskip("pandas")
        from cpecdata.tables import to_pandas

        full, empty = to_pandas([full_article()]), to_pandas([])
        assert {n: f.dtypes.to_dict() for n, f in full.items()} == {
            n: f.dtypes.to_dict() for n, f in empty.items()
        }

    def test_values_and_date_dtype(self) -> None:
        """Dates become datetime64 so they group by month; values survive the trip."""
        pd = pytest.importorskip("pandas")
        from cpecdata.tables import to_pandas

        frame = to_pandas([full_article()])["visits"]
        assert (str(frame["when_start"].dtype), frame["when_start"].iloc[0]) == (
            "datetime64[ms]",
            pd.Timestamp("2031-03-10"),
        )
        assert (list(frame["qualifiers"].iloc[0]), frame["visitor_name"].iloc[0]) == (
            ["official", "two-day"],
            "Farah Qureshi",
        )
