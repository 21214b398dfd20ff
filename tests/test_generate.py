from pathlib import Path

import pytest

from _scripts import load_benchmark
from cpecdata.model import Article
from cpecdata.rawformat import parse_bytes, parse_text

generate = load_benchmark("generate")


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return list(generate.generate_corpus(400, seed=3))


def _parse_one(text: str) -> Article:
    (article,) = parse_text(text)
    assert isinstance(article, Article), article
    return article


class TestDeterminism:
    def test_same_seed_same_corpus(self) -> None:
        """Benchmarks must measure the same texts on every run."""
        assert list(generate.generate_corpus(25, seed=11)) == list(
            generate.generate_corpus(25, seed=11)
        )

    def test_smaller_corpus_is_a_prefix(self) -> None:
        """The 10k corpus is the start of the 100k one, so scaling runs compare like with like."""
        assert (
            list(generate.generate_corpus(10, seed=2))
            == list(generate.generate_corpus(30, seed=2))[:10]
        )

    def test_seeds_differ(self) -> None:
        """Different seeds give different articles."""
        assert generate.generate_article(0, seed=1) != generate.generate_article(0, seed=2)

    def test_known_header(self) -> None:
        """Pins the output, so a change to the generator (and to benchmark inputs) is deliberate."""
        first_line = generate.generate_article(0, seed=0).splitlines()[0]
        assert (
            first_line
            == " date 2020-02-16 Pakistan, China agree to speed up Karot Hydropower Project"
        )


class TestParsesCleanly:
    def test_every_article_parses(self, corpus: list[str]) -> None:
        """Every generated article is one well-formed record: no ParseError anywhere."""
        kinds = {type(item).__name__ for text in corpus for item in parse_text(text)}
        assert kinds == {"Article"}

    def test_paragraph_counts_span_the_range(self, corpus: list[str]) -> None:
        """Bodies run from 3 to 25 paragraphs, as real articles do."""
        counts = {len(_parse_one(text).paragraphs) for text in corpus}
        assert counts == set(range(3, 26))

    def test_dates_in_range(self, corpus: list[str]) -> None:
        """Publication dates fall in 2014-2026."""
        years = {_parse_one(text).date.year for text in corpus}
        assert years == set(range(2014, 2027))

    def test_variations_all_occur(self, corpus: list[str]) -> None:
        """The corpus exercises every surface variation the parser must handle."""
        seen = set()
        for text in corpus:
            article = _parse_one(text)
            seen |= {
                "crlf" if "\r\n" in text else "lf",
                "curly" if "“" in text else "straight" if '"' in text else "no quotes",
                "trailer" if article.related else "no trailer",
                "noise" if article.noise else "no noise",
                "dateline" if article.dateline else "no dateline",
                "final newline" if text.endswith("\n") else "no final newline",
            }
        assert seen == {
            "crlf", "lf", "curly", "straight", "no quotes", "trailer", "no trailer", "noise",
            "no noise", "dateline", "no dateline", "final newline", "no final newline",
        }  # fmt: skip


class TestWriteCorpus:
    def test_records_per_file(self, tmp_path: Path) -> None:
        """Files hold --per-file records each, and parsing them gives the same articles."""
        paths = generate.write_corpus(7, tmp_path, per_file=3, seed=5)
        assert [p.name for p in paths] == ["0000000.txt", "0000001.txt", "0000002.txt"]
        parsed = [a for p in paths for a in parse_bytes(p.read_bytes(), str(p))]
        expected = [_parse_one(t).id for t in generate.generate_corpus(7, seed=5)]
        assert [a.id for a in parsed if isinstance(a, Article)] == expected
        assert len(parsed) == 7

    def test_cli(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The command line writes the corpus and says where."""
        generate.main(["4", str(tmp_path / "out"), "--per-file", "2", "--seed", "1"])
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
            "0000000.txt",
            "0000001.txt",
        ]
        assert capsys.readouterr().out == f"wrote 4 articles in 2 files to {tmp_path / 'out'}\n"

    def test_cli_rejects_bad_sizes(self, tmp_path: Path) -> None:
        """A zero records-per-file count is a usage error, not an endless loop."""
        with pytest.raises(SystemExit) as exc:
            generate.main(["4", str(tmp_path), "--per-file", "0"])
        assert exc.value.code == 2
