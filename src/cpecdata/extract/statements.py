"""Extraction of statements (placeholder until the extraction issue lands its rules)."""

from collections.abc import Sequence

from cpecdata.extract._text import Sentence
from cpecdata.model import Article, Statement

__all__ = ["extract_statements"]


def extract_statements(article: Article, sentences: Sequence[Sentence]) -> tuple[Statement, ...]:
    """The statements reported in ``article``, in reading order."""
    return ()
