"""Initiative stages in wordings found missing on blind sets 38 and 39 (session 8, round 2).

Each test is one class of wording, with fictional sentences (invented people, real places).
"""

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article
from cpecdata.rawformat import parse_text


def _stages(*paragraphs: str) -> dict[str, str | None]:
    """Each initiative's name and stage in a fictional article made of ``paragraphs``."""
    body = "\n\n".join(paragraphs)
    (article,) = parse_text(f" date 2024-05-06 A fictional report\n\n{body}\n", "fixture.txt")
    assert isinstance(article, Article), article
    found = extract_initiatives(article, sentences(article))
    return {i.name: i.status.value if i.status else None for i in found}


class TestCommissioning:
    """Commissioning wordings are the last stage of the works, not service."""

    def test_trial_production(self) -> None:
        """``started trial production`` is commissioning, like a trial run: under construction."""
        assert _stages(
            "Its manager said a cement plant and a tyre factory had started trial production.",
            "The Faisalabad glass factory began trial production on Friday, officials said.",
        ) == {
            "cement plant": "under construction",
            "tyre factory": "under construction",
            "Faisalabad glass factory": "under construction",
        }

    def test_hyphenated_under_construction(self) -> None:
        """The prenominal ``under-construction`` reads as ``under construction`` after a noun."""
        assert _stages(
            "The visitors were shown the under-construction 220kV grid station at the zone.",
        ) == {"220kV grid station": "under construction"}


class TestTalksHeld:
    """A round of talks held on a project is progress; one still to come states no stage."""

    def test_round_of_talks_held(self) -> None:
        """``held another round of talks on X`` and ``concluded the third round of ... over X``."""
        assert _stages(
            "Pakistan and China on Friday held another round of talks on the Karachi Circular"
            " Railway project.",
            "The two sides concluded the third round of negotiations over the Gwadar coal power"
            " project in Beijing on Monday.",
        ) == {
            "Karachi Circular Railway project": "progress",
            "Gwadar coal power project": "progress",
        }

    def test_round_to_come(self) -> None:
        """A round the two sides ``will hold`` has not moved the project on yet."""
        assert _stages(
            "The two sides will hold a round of talks on the Azad Pattan hydropower project.",
        ) == {"Azad Pattan hydropower project": None}


class TestPartWorks:
    """A named part reviewed in talks takes the stage of its own works told later."""

    def test_section_planned_after_review(self) -> None:
        """A section whose cost was reviewed and whose works are planned to start is planned."""
        assert _stages(
            "The meeting reviewed the revised cost of the Karachi-Quetta section, which now"
            " stands at $2 billion.",
            "Work on the 400-kilometre Karachi-Quetta section is planned to start next year.",
        ) == {"Karachi-Quetta section": "planned"}

    def test_whole_keeps_progress(self) -> None:
        """A whole reviewed keeps its progress: a plan told later may be for more works on it."""
        assert _stages(
            "The meeting reviewed the Gwadar East Bay Expressway.",
            "The Gwadar East Bay Expressway is planned to be extended.",
        ) == {"Gwadar East Bay Expressway": "progress"}
