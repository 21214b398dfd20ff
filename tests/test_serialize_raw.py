import datetime as dt
from importlib import resources

import attrs
import pytest

from cpecdata.model import Article, Noise, Paragraph, RelatedLink
from cpecdata.rawformat import parse_text
from cpecdata.serialize.raw import layout_record, render_raw, render_raw_many


def _parse_one(text: str) -> Article:
    (article,) = parse_text(text)
    assert isinstance(article, Article)
    return article


class TestRenderRaw:
    def test_canonical_text_byte_for_byte(self, fictional_raw: str) -> None:
        """A text already in the canonical layout comes back unchanged."""
        assert render_raw(_parse_one(fictional_raw)) == fictional_raw

    def test_bundled_sample_byte_for_byte(self) -> None:
        """The real sample shipped in the package is canonical, so it comes back unchanged."""
        sample = resources.files("cpecdata") / "data" / "000_83d993cbec17adfe.txt"
        text = sample.read_text(encoding="utf-8")
        assert render_raw(_parse_one(text)) == text

    def test_facts_are_not_written(self, fictional_article: Article, fictional_raw: str) -> None:
        """Extracted facts live in JSON only; the raw format has no place for them."""
        assert render_raw(fictional_article) == fictional_raw

    def test_tolerated_forms_become_canonical(self) -> None:
        """CRLF, extra blank lines, trailing blanks and a dated dateline normalise to one layout."""
        messy = (
            "\tdate 2024-03-05 Velmora opens a road  \r\n\r\n\r\n"
            "KESTRAN, Mar 5 (VNA) - Work on the road ended.  \r\n"
            "It runs north.\r\n \r\n"
            "Advertisement\r\n\r\n"
            "Officials said more roads will follow.\r\n"
        )
        assert render_raw(_parse_one(messy)) == (
            " date 2024-03-05 Velmora opens a road\n\n"
            "KESTRAN: Work on the road ended.  \r\nIt runs north.\n\n"
            "Advertisement\n\n"
            "Officials said more roads will follow."
        )

    def test_blocks_in_source_order(self) -> None:
        """Noise and trailers stay where they were between the paragraphs."""
        text = (
            " date 2024-03-05 Velmora opens a road\n\n"
            "Also Read Kestran council meets today\n\n"
            "Work on the road ended.\n\n"
            "Sponsored\n\n"
            "Officials said more roads will follow."
        )
        assert render_raw(_parse_one(text)) == text

    def test_rendering_is_idempotent(self) -> None:
        """Rendering the parse of a rendering changes nothing more."""
        text = " date 2024-03-05 Velmora opens a road\n\n\n\nVELMORA — Work ended.\n"
        once = render_raw(_parse_one(text))
        assert (once, render_raw(_parse_one(once))) == (
            " date 2024-03-05 Velmora opens a road\n\nVELMORA: Work ended.",
            once,
        )

    def test_dateline_after_byline_byte_for_byte(self) -> None:
        """A byline paragraph keeps the dateline on the paragraph after it."""
        text = (
            " date 2024-07-08 Velmora opens a line\n\nBy Our Correspondent\n\nKESTRAN: It opened."
        )
        assert render_raw(_parse_one(text)) == text


class TestRenderRawMany:
    def test_records_separated_by_a_blank_line(self, fictional_raw: str) -> None:
        """Records follow each other with one blank line between them and no final newline."""
        article = _parse_one(fictional_raw)
        second = _parse_one(" date 2024-03-06 Velmora opens a road\n\nWork on the road ended.")
        assert render_raw_many([article, second]) == (
            fictional_raw + "\n\n date 2024-03-06 Velmora opens a road\n\nWork on the road ended."
        )

    def test_reparses_to_the_same_records(self, fictional_raw: str) -> None:
        """Parsing the file gives the same articles back, in order."""
        article = _parse_one(fictional_raw)
        second = _parse_one(" date 2024-03-06 Velmora opens a road\n\nWork on the road ended.")
        parsed = list(parse_text(render_raw_many([article, second])))
        assert [a.id if isinstance(a, Article) else a for a in parsed] == [article.id, second.id]

    def test_empty(self) -> None:
        """No articles, no text."""
        assert render_raw_many([]) == ""


class TestLayoutRecord:
    def test_offsets_point_at_block_texts(self) -> None:
        """Each offset is where the block's own text starts, after any prefix."""
        text, starts = layout_record(
            dt.date(2024, 3, 5),
            "Road opens",
            "KESTRAN",
            [(Noise, "Advertisement"), (Paragraph, "Work ended."), (RelatedLink, "Next road")],
        )
        assert (text, starts) == (
            " date 2024-03-05 Road opens\n\nAdvertisement\n\nKESTRAN: Work ended."
            "\n\nAlso Read Next road",
            (29, 53, 76),
        )
        texts = ["Advertisement", "Work ended.", "Next road"]
        assert [text[s : s + len(t)] for s, t in zip(starts, texts, strict=True)] == texts

    @pytest.mark.parametrize("dateline", [None, ""])
    def test_no_dateline(self, dateline: str | None) -> None:
        """Without a dateline the first paragraph has no prefix."""
        text, starts = layout_record(dt.date(2024, 3, 5), "Road", dateline, [(Paragraph, "Done.")])
        assert (text, starts) == (" date 2024-03-05 Road\n\nDone.", (23,))


def test_article_without_paragraphs_drops_dateline(fictional_raw: str) -> None:
    """A hand-built article without paragraphs renders without its dateline: nothing carries it."""
    article = attrs.evolve(_parse_one(fictional_raw), paragraphs=())
    assert render_raw(article) == (
        " date 2024-03-05 Tovar Bay port opens a new berth\n\nAdvertisement\n\n"
        "Also Read Velmora council approves budget The council met on Monday..."
    )
