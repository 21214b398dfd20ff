"""Extraction: fill an Article's statements, visits and initiatives from its paragraphs.

Each fact type has its own module of deterministic, explainable rules; this module only
orders them. Extraction is pure: the same article always gives the same facts.
"""

import attrs

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.extract.statements import extract_statements
from cpecdata.extract.visits import extract_visits
from cpecdata.model import Article

__all__ = ["extract", "extract_initiatives", "extract_statements", "extract_visits"]


def extract(article: Article) -> Article:
    """Return ``article`` with its statements, visits and initiatives extracted."""
    sents = sentences(article)
    return attrs.evolve(
        article,
        statements=extract_statements(article, sents),
        visits=extract_visits(article, sents),
        initiatives=extract_initiatives(article, sents),
    )
