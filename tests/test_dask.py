from collections.abc import Iterator
from pathlib import Path

import pytest

from cpecdata.corpus import read_corpus as read_in_process
from cpecdata.errors import ParseError
from cpecdata.model import Article
from cpecdata.tables import TABLES, to_pandas

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
from cpecdata.dask import read_corpus, to_dataframes  # noqa: E402  (needs dask, skipped above)

SPEAKERS = (
    "Minister for Planning Farah Qureshi",
    "Chinese Ambassador Liu Wen",
    "Foreign Office Spokesperson Ayesha Khan",
)
FILES, RECORDS = 6, 3


def write_corpus(root: Path) -> Path:
    """Six files of three fictional records each, plus one file without a header."""
    for f in range(FILES):
        records = []
        for r in range(RECORDS):
            n = f * RECORDS + r
            records.append(
                f" date 2031-{n % 4 + 1:02d}-{n % 27 + 1:02d} Fictional corridor talks, round {n}\n"
                f"\nLAKEVIEW: {SPEAKERS[n % 3]} said the round {n} talks were useful.\n"
                f"\n“We will meet again in round {n + 1},” {SPEAKERS[(n + 1) % 3]} said.\n"
            )
        (root / f"talks-{f}.txt").write_text("\n".join(records), encoding="utf-8")
    (root / "broken.txt").write_text("no header here\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A real two-process cluster on loopback."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0",
            host="127.0.0.1",
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):  # fmt: skip
        yield dask_client


class TestOnCluster:
    def test_counts_match_in_process(self, client: object, tmp_path: Path) -> None:
        """Two worker processes find the same articles and errors as one process."""
        corpus = write_corpus(tmp_path)
        articles, errors = read_corpus([corpus], errors="collect", files_per_partition=2)
        got_articles, got_errors = dask.compute(articles, errors)
        expected = list(read_in_process([corpus]))
        assert [a.id for a in got_articles] == [a.id for a in expected if isinstance(a, Article)]
        assert [(e.path, e.code) for e in got_errors] == [
            (str(corpus / "broken.txt"), "missing-header")
        ]
        assert len(got_articles) == FILES * RECORDS

    def test_groupby_matches_in_process(self, client: object, tmp_path: Path) -> None:
        """Per-table dask DataFrames give the in-process pandas answers."""
        corpus = write_corpus(tmp_path / "")
        (corpus / "broken.txt").unlink()
        frames = to_dataframes(read_corpus([corpus], files_per_partition=2))
        local = to_pandas(a for a in read_in_process([corpus]) if isinstance(a, Article))
        per_month, per_speaker, paragraphs = dask.compute(
            frames["articles"].groupby(frames["articles"]["date"].dt.month).size(),
            frames["statements"].groupby("speaker_name").size(),
            frames["paragraphs"].shape[0],
        )
        assert per_month.sort_index().to_dict() == (
            local["articles"].groupby(local["articles"]["date"].dt.month).size().to_dict()
        )
        assert per_speaker.sort_index().to_dict() == (
            local["statements"].groupby("speaker_name").size().to_dict()
        )
        assert (per_month.sum(), paragraphs) == (FILES * RECORDS, 2 * FILES * RECORDS)

    def test_bad_record_raises_by_default(self, client: object, tmp_path: Path) -> None:
        """Without errors='collect' the first bad record stops the computation, located."""
        bag = read_corpus([write_corpus(tmp_path)], files_per_partition=2)
        with pytest.raises(ParseError) as info:
            bag.count().compute()
        assert (info.value.code, info.value.line, info.value.column) == ("missing-header", 1, 1)
        assert str(info.value) == (
            f"{tmp_path / 'broken.txt'}:1:1: text before the first header line"
            " (expected ' date YYYY-MM-DD headline')\n    no header here\n    ^"
        )


class TestLocal:
    def test_missing_path_raises_at_once(self, tmp_path: Path) -> None:
        """A path that does not exist is reported before any task runs."""
        with pytest.raises(ParseError) as info:
            read_corpus([tmp_path / "nowhere.txt"])
        assert (info.value.code, info.value.message) == ("not-found", "no such file or directory")

    def test_missing_path_is_collected(self, tmp_path: Path) -> None:
        """With errors='collect' a missing path joins the error bag."""
        articles, errors = read_corpus(
            [tmp_path / "nowhere.txt", write_corpus(tmp_path)], errors="collect"
        )
        found = dask.compute(articles.count(), errors, scheduler="sync")
        assert (found[0], [(e.path, e.code) for e in found[1]]) == (
            FILES * RECORDS,
            [(str(tmp_path / "nowhere.txt"), "not-found"),
             (str(tmp_path / "broken.txt"), "missing-header")],
        )  # fmt: skip

    def test_meta_matches_partitions(self, tmp_path: Path) -> None:
        """Every table's declared dtypes are those of the computed frame, lists kept as lists."""
        corpus = write_corpus(tmp_path)
        (corpus / "broken.txt").unlink()
        frames = to_dataframes(read_corpus([corpus], files_per_partition=4))
        computed = dask.compute(*frames.values(), scheduler="sync")
        assert list(frames) == list(TABLES)
        assert [f.dtypes.to_dict() for f in computed] == [
            f.dtypes.to_dict() for f in frames.values()
        ]
        assert str(frames["visits"]["qualifiers"].dtype) == "list<item: string>[pyarrow]"
