import os
from pathlib import Path

import attrs
import pytest

from cpecdata.model import Actor, Article, Span, Statement, StatementKind
from cpecdata.rawformat import parse_text
from cpecdata.store import DuckDBStore, ParquetStore, Store, open_store
from cpecdata.tables import COLUMNS, TABLES, ColumnType, rows

duckdb = pytest.importorskip("duckdb")
pa = pytest.importorskip("pyarrow")

SPEAKERS_BY_MONTH = """
    SELECT s.speaker_name, strftime(a.date, '%Y-%m') AS month, count(*) AS statements
    FROM statements AS s JOIN articles AS a ON a.id = s.article_id
    GROUP BY s.speaker_name, month
    ORDER BY month, statements DESC, s.speaker_name
"""


def article(n: int, date: str, *speakers: str) -> Article:
    """A fictional article whose paragraph n reports one statement per speaker."""
    lines = [f"{name} said talks number {n} went well." for name in speakers] or ["No one spoke."]
    text = f" date {date} Fictional talks round {n}\n\n" + "\n\n".join(lines) + "\n"
    (parsed,) = parse_text(text, f"talks/{n}.txt")
    assert isinstance(parsed, Article)
    said = f"talks number {n} went well"
    statements = []
    for paragraph, name in zip(parsed.paragraphs, speakers, strict=False):
        start = paragraph.span.start + paragraph.text.index(said)
        statements.append(
            Statement(Actor(name), StatementKind.INDIRECT, said, Span(start, start + len(said)))
        )
    return attrs.evolve(parsed, statements=tuple(statements))


CORPUS = [
    article(1, "2031-01-05", "Farah Qureshi", "Liu Wen"),
    article(2, "2031-01-20", "Farah Qureshi"),
    article(3, "2031-02-02", "Liu Wen", "Liu Wen", "Farah Qureshi"),
    article(4, "2031-02-28"),
]


def write(path: Path | str, articles: list[Article], batch_size: int = 2) -> Store:
    with open_store(path, batch_size=batch_size) as store:
        for item in articles:
            store.write(item)
    return store


def sorted_rows(table: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(table, key=lambda r: (str(r.get("article_id", r.get("id"))), r.get("index", 0)))


class TestOpenStore:
    @pytest.mark.parametrize(
        ("name", "kind"),
        [("x.duckdb", DuckDBStore), ("X.DUCKDB", DuckDBStore), ("x.parquet", ParquetStore),
         ("x.parquet/", ParquetStore)],
    )  # fmt: skip
    def test_suffix_picks_the_store(self, tmp_path: Path, name: str, kind: type[Store]) -> None:
        """The output's suffix decides the format, case and trailing slash aside."""
        store = open_store(str(tmp_path) + "/" + name)
        store.abort()
        assert (type(store), os.listdir(tmp_path)) == (kind, [])

    def test_unknown_suffix(self, tmp_path: Path) -> None:
        """Any other suffix is refused with the ones that work."""
        with pytest.raises(ValueError, match=r"^cannot tell the store type from .*x\.csv'") as info:
            open_store(tmp_path / "x.csv")
        assert str(info.value).endswith(": use a .duckdb file or a .parquet directory")

    def test_batch_size_must_be_positive(self, tmp_path: Path) -> None:
        """A zero batch size is refused before anything is created."""
        with pytest.raises(ValueError, match=r"^batch_size must be at least 1, got 0$"):
            open_store(tmp_path / "x.duckdb", batch_size=0)
        assert os.listdir(tmp_path) == []


class TestDuckDB:
    def test_tables_hold_the_rows(self, tmp_path: Path) -> None:
        """Each DuckDB table holds exactly the rows of cpecdata.tables."""
        write(tmp_path / "c.duckdb", CORPUS)
        with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
            got = {n: sorted_rows(con.table(n).to_arrow_table().to_pylist()) for n in TABLES}
        assert got == {n: sorted_rows(r) for n, r in rows(CORPUS).items()}

    def test_statements_by_speaker_per_month(self, tmp_path: Path) -> None:
        """One SQL join answers 'statements by speaker per month'."""
        write(tmp_path / "c.duckdb", CORPUS)
        with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
            result = con.sql(SPEAKERS_BY_MONTH).fetchall()
        assert result == [
            ("Farah Qureshi", "2031-01", 2),
            ("Liu Wen", "2031-01", 1),
            ("Liu Wen", "2031-02", 2),
            ("Farah Qureshi", "2031-02", 1),
        ]

    def test_types_and_primary_key(self, tmp_path: Path) -> None:
        """Columns have SQL types and constraints; articles.id is the primary key."""
        write(tmp_path / "c.duckdb", CORPUS[:1])
        with duckdb.connect(str(tmp_path / "c.duckdb")) as con:
            described = con.sql("DESCRIBE visits").fetchall()
            types = {r[0]: (r[1], r[2]) for r in described}
            keys = con.sql(
                "SELECT table_name, constraint_column_names FROM duckdb_constraints()"
                " WHERE constraint_type = 'PRIMARY KEY'"
            ).fetchall()
            with pytest.raises(duckdb.ConstraintException):
                con.execute("INSERT INTO articles SELECT * FROM articles")
        columns = ("index", "when_start", "qualifiers", "confidence", "host_name")
        assert [types[c] for c in columns] == [
            ("BIGINT", "NO"), ("DATE", "YES"), ("VARCHAR[]", "NO"), ("DOUBLE", "NO"),
            ("VARCHAR", "YES"),
        ]  # fmt: skip
        assert keys == [("articles", ["id"])]

    def test_stale_log_next_to_the_target_is_removed(self, tmp_path: Path) -> None:
        """A leftover .wal of an older database is not replayed into the new one."""
        (tmp_path / "c.duckdb.wal").write_bytes(b"not a log")
        write(tmp_path / "c.duckdb", CORPUS[:1])
        with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
            count = con.sql("SELECT count(*) FROM articles").fetchall()
        assert (count, sorted(os.listdir(tmp_path))) == ([(1,)], ["c.duckdb"])


class TestParquet:
    def test_round_trip_with_pyarrow(self, tmp_path: Path) -> None:
        """Every table reads back with pyarrow, same schema and values as to_arrow."""
        import pyarrow.parquet as pq

        from cpecdata.tables import to_arrow

        write(tmp_path / "c.parquet", CORPUS)
        expected = to_arrow(CORPUS)
        read = {n: pq.read_table(tmp_path / "c.parquet" / f"{n}.parquet") for n in TABLES}
        assert sorted(os.listdir(tmp_path / "c.parquet")) == sorted(f"{n}.parquet" for n in TABLES)
        assert {n: (t.schema, t.to_pylist()) for n, t in read.items()} == {
            n: (t.schema, t.to_pylist()) for n, t in expected.items()
        }

    def test_round_trip_with_pandas(self, tmp_path: Path) -> None:
        """Pandas reads back the values of to_pandas, dates and lists as plain objects."""
        pd = pytest.importorskip("pandas")
        from cpecdata.tables import to_pandas

        write(tmp_path / "c.parquet/", CORPUS)
        for name, frame in to_pandas(CORPUS).items():
            read = pd.read_parquet(tmp_path / "c.parquet" / f"{name}.parquet")
            dates = {c.name: "datetime64[ms]" for c in COLUMNS[name] if c.type is ColumnType.DATE}
            lists = [c.name for c in COLUMNS[name] if c.type is ColumnType.STRINGS]
            read = read.astype(dates).assign(**{c: read[c].map(list) for c in lists})
            pd.testing.assert_frame_equal(read, frame.astype(dict.fromkeys(lists, object)))

    def test_duckdb_reads_the_parquet_store(self, tmp_path: Path) -> None:
        """The Parquet folder answers the same SQL query as the DuckDB store."""
        write(tmp_path / "c.parquet", CORPUS)
        write(tmp_path / "c.duckdb", CORPUS)
        with _connect(tmp_path / "c.parquet") as con, _connect(tmp_path / "c.duckdb") as db:
            assert con.sql(SPEAKERS_BY_MONTH).fetchall() == db.sql(SPEAKERS_BY_MONTH).fetchall()


@pytest.mark.parametrize("name", ["c.duckdb", "c.parquet"])
class TestAtomicWrite:
    def test_exception_leaves_nothing(self, tmp_path: Path, name: str) -> None:
        """An error mid-run leaves neither the target nor any temporary file."""
        with pytest.raises(RuntimeError, match=r"^boom$"):
            _interrupted(tmp_path / name, CORPUS[:2], RuntimeError("boom"))  # a batch is on disk
        assert os.listdir(tmp_path) == []

    def test_interrupt_keeps_the_previous_target(self, tmp_path: Path, name: str) -> None:
        """Ctrl-C mid-run leaves the earlier output exactly as it was."""
        write(tmp_path / name, CORPUS[:1])
        before = _snapshot(tmp_path)
        with pytest.raises(KeyboardInterrupt):
            _interrupted(tmp_path / name, CORPUS[2:], KeyboardInterrupt())
        assert _snapshot(tmp_path) == before

    def test_success_replaces_the_previous_target(self, tmp_path: Path, name: str) -> None:
        """A finished run replaces an existing target and leaves no side files."""
        write(tmp_path / name, CORPUS[:1])
        write(tmp_path / name, CORPUS[1:])
        assert os.listdir(tmp_path) == [name]
        assert _article_ids(tmp_path / name) == sorted(a.id for a in CORPUS[1:])

    def test_write_after_close_is_refused(self, tmp_path: Path, name: str) -> None:
        """A closed store says so instead of losing the article."""
        store = write(tmp_path / name, [])
        with pytest.raises(ValueError, match=r"is closed$"):
            store.write(CORPUS[0])


@pytest.mark.parametrize("name", ["c.duckdb", "c.parquet"])
class TestBatches:
    def test_rows_go_out_in_batches(
        self, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """At most batch_size articles are held in memory before they are written."""
        sizes: list[int] = []
        kind = DuckDBStore if name.endswith(".duckdb") else ParquetStore
        original = kind._write_batch

        def spy(self: Store, tables: dict[str, object]) -> int:
            sizes.append(tables["articles"].num_rows)  # type: ignore[attr-defined]
            return original(self, tables)  # type: ignore[arg-type]

        monkeypatch.setattr(kind, "_write_batch", spy)
        extra = attrs.evolve(CORPUS[0], id="fifth")
        store = write(tmp_path / name, [*CORPUS, extra], batch_size=2)
        assert (sizes, store.written, store.duplicates) == ([2, 2, 1], 5, 0)

    def test_duplicates_are_written_once(self, tmp_path: Path, name: str) -> None:
        """The same article within a batch and across batches gets one row per table."""
        store = write(tmp_path / name, [CORPUS[0], CORPUS[0], CORPUS[1], CORPUS[0]], batch_size=2)
        with _connect(tmp_path / name) as con:
            paragraphs = con.sql("SELECT count(*) FROM paragraphs").fetchall()[0][0]
        ids = _article_ids(tmp_path / name)
        assert (store.written, store.duplicates, ids, paragraphs) == (
            2, 2, sorted([CORPUS[0].id, CORPUS[1].id]), 3,
        )  # fmt: skip


def _connect(path: Path) -> "duckdb.DuckDBPyConnection":
    """An in-memory DuckDB connection that sees the tables of either store."""
    con = duckdb.connect()
    if path.suffix == ".duckdb":
        con.execute(f"ATTACH '{path}' AS store (READ_ONLY)")
        con.execute("USE store")
    else:
        for name in TABLES:
            con.execute(f"CREATE VIEW {name} AS FROM read_parquet('{path}/{name}.parquet')")
    return con


def _article_ids(path: Path) -> list[str]:
    with _connect(path) as con:
        return [r[0] for r in con.sql("SELECT id FROM articles ORDER BY id").fetchall()]


def _interrupted(path: Path, articles: list[Article], error: BaseException) -> None:
    """Write ``articles`` in batches of one, then fail with ``error`` inside the store's block."""
    with open_store(path, batch_size=1) as store:
        for item in articles:
            store.write(item)
        raise error


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
