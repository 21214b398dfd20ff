"""cpecdata: typed, evidence-backed data from scraped CPEC news text."""

from cpecdata.errors import CpecdataError, LoadError, ParseError
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
    "LoadError",
    "Noise",
    "NoiseKind",
    "Origin",
    "Paragraph",
    "ParseError",
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
]
