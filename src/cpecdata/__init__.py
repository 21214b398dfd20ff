"""cpecdata: typed, evidence-backed data from scraped CPEC news text."""

from cpecdata.corpus import Limits, map_corpus, parse, read_corpus
from cpecdata.errors import CpecdataError, LoadError, ParseError, ParseErrorGroup
from cpecdata.extract import extract
from cpecdata.model import (
    SCHEMA,
    Actor,
    Article,
    Granularity,
    Initiative,
    InitiativeKind,
    InitiativeStatus,
    Noise,
    NoiseKind,
    Origin,
    Paragraph,
    Place,
    RelatedLink,
    Sector,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "CpecdataError",
    "Granularity",
    "Initiative",
    "InitiativeKind",
    "InitiativeStatus",
    "Limits",
    "LoadError",
    "Noise",
    "NoiseKind",
    "Origin",
    "Paragraph",
    "ParseError",
    "ParseErrorGroup",
    "Place",
    "RelatedLink",
    "Sector",
    "Span",
    "Statement",
    "StatementKind",
    "Visit",
    "VisitStatus",
    "When",
    "__version__",
    "extract",
    "map_corpus",
    "parse",
    "read_corpus",
]
