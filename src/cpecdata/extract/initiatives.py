"""Extraction of initiatives (placeholder until the extraction issue lands its rules)."""

from collections.abc import Sequence

from cpecdata.extract._text import Sentence
from cpecdata.model import Article, Initiative

__all__ = ["extract_initiatives"]


def extract_initiatives(article: Article, sentences: Sequence[Sentence]) -> tuple[Initiative, ...]:
    """The initiatives reported in ``article``, in reading order."""
    return ()
