"""Initiatives found missing on blind sets 38 and 39 (session 8, round 2): MoUs and coal blocks.

Each test is one class of wording, with fictional sentences (invented people, real places).
"""

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article
from cpecdata.rawformat import parse_text


def _found(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """Each initiative's name, sector and stage in a fictional article of ``paragraphs``."""
    body = "\n\n".join(paragraphs)
    (article,) = parse_text(f" date 2024-05-06 A fictional report\n\n{body}\n", "fixture.txt")
    assert isinstance(article, Article), article
    found = extract_initiatives(article, sentences(article))
    return [(i.name, i.sector.value, i.status.value if i.status else None) for i in found]


class TestMous:
    """MoUs named by their fields are initiatives of their own, agreed when signed."""

    def test_listed_mous(self) -> None:
        """``two MoUs on cooperation in A and B`` are one MoU per field, each in its sector."""
        assert _found(
            "Pakistan and China on Friday signed two MoUs on cooperation in agriculture and"
            " mining.",
        ) == [("agriculture MoU", "agriculture", "agreed"), ("mining MoU", "industry", "agreed")]

    def test_memoranda_then_one(self) -> None:
        """Listed memoranda and ``the health MoU`` told later are the same initiative."""
        assert _found(
            "Islamabad and Beijing inked three memoranda of understanding (MoUs) on health,"
            " education and fisheries on Tuesday.",
            "Dr Saima Qureshi, who signed the health MoU, said it covered nurse training.",
        ) == [
            ("health MoU", "health", "agreed"),
            ("education MoU", "education", "agreed"),
            ("fisheries MoU", "agriculture", "agreed"),
        ]

    def test_mou_to_sign(self) -> None:
        """An MoU still to be signed is planned."""
        assert _found("Officials said the energy MoU would be signed in May.") == [
            ("energy MoU", "energy", "planned")
        ]

    def test_mou_on_a_project(self) -> None:
        """An MoU on a named initiative is that initiative's agreement, not one of its own."""
        assert _found("The two sides signed an MoU on the Dhabeji Special Economic Zone.") == [
            ("Dhabeji Special Economic Zone", "industry", "agreed")
        ]


class TestCoalWorks:
    """Coal blocks' mines and coal gasification works are energy initiatives of their own."""

    def test_block_mine(self) -> None:
        """``the Block VI open-pit mine`` is a mine apart from the plant it feeds."""
        assert _found(
            "The Block VI open-pit mine, whose capacity has been raised, feeds a 330MW plant.",
        ) == [("Block VI open-pit mine", "energy", None)]

    def test_mine_inside_block(self) -> None:
        """``In Block II, a coal mine and a plant began ...``: the mine is named by its block."""
        assert _found(
            "In Block II, a coal mine and a 660MW power plant began commercial operation in 2019.",
        ) == [
            ("Block II coal mine", "energy", "completed"),
            ("660MW power plant", "energy", "completed"),
        ]

    def test_mine_and_power_project(self) -> None:
        """A known block named with ``coal mine and power project`` is one name, widened."""
        assert _found(
            "Guards were posted at the Thar Block-I coal mine and power project, officials said.",
        ) == [("Thar Block-I coal mine and power project", "energy", None)]

    def test_gasification(self) -> None:
        """A coal gasification project to break ground is a planned energy project."""
        assert _found(
            "A Chinese-backed coal gasification project is expected to break ground next year.",
            "Officials said the lignite gasification plant would make urea.",
        ) == [
            ("coal gasification project", "energy", "planned"),
            ("lignite gasification plant", "energy", None),
        ]
