"""Extraction of visits (placeholder until the extraction issue lands its rules)."""

from collections.abc import Sequence

from cpecdata.extract._text import Sentence
from cpecdata.model import Article, Visit

__all__ = ["extract_visits"]


def extract_visits(article: Article, sentences: Sequence[Sentence]) -> tuple[Visit, ...]:
    """The visits reported in ``article``, in reading order."""
    return ()
