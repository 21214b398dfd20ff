"""Initiative stages told through a part, a ``whose`` clause or a later descriptor."""

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article
from cpecdata.rawformat import parse_text


def _stages(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each initiative of a fictional article made of ``paragraphs``, with its stage."""
    body = "\n\n".join(paragraphs)
    (article,) = parse_text(f" date 2024-05-06 A fictional report\n\n{body}\n", "fixture.txt")
    assert isinstance(article, Article), article
    found = extract_initiatives(article, sentences(article))
    return [(i.name, i.status.value if i.status else None) for i in found]


class TestWhoseClause:
    """A ``whose`` clause tells of what the initiative owns, not of the initiative."""

    def test_part_done_in_whose_clause(self) -> None:
        """A loop completed in a ``whose`` clause leaves the railway being built, not completed."""
        assert _stages(
            "Officials said the Zorlan Circular Railway, whose first loop was completed last"
            " year, still lacks funds."
        ) == [("Zorlan Circular Railway", "under construction")]

    def test_section_done_in_whose_clause(self) -> None:
        """A section completed in the clause leaves the motorway it belongs to being built."""
        assert _stages(
            "The road is the last link of the Kharan-Velor motorway, whose Tamsar-Velor section"
            " (M-12) was completed in 2019."
        ) == [("Kharan-Velor motorway", "under construction")]

    def test_stage_of_the_main_clause(self) -> None:
        """The main clause's stage is the initiative's, whatever the ``whose`` clause says."""
        assert _stages(
            "The Zorlan Dry Port, whose second berth was approved in May, was opened on Monday."
        ) == [("Zorlan Dry Port", "completed")]

    def test_whose_construction_is_its_own(self) -> None:
        """``whose construction began`` tells the initiative's own works."""
        assert _stages(
            "The Velor Friendship Hospital, whose construction began in 2023, will have 300 beds."
        ) == [("Velor Friendship Hospital", "under construction")]
