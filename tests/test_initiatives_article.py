"""A fictional article through initiative extraction: the classes added together, in context."""

from typing import Any

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article
from cpecdata.rawformat import parse_text

ARTICLE = """\
 date 2026-03-02 Fictional report: corridor works in the south-west

TURBAT: Officials said on Monday that a new hospital in Turbat built with a Chinese grant had \
opened its doors, and that the upgradation of Pakistan Fisheries Academy was approved.

The provincial government has set up a seven-member committee to monitor the CPEC.

Both sides signed an MoU on cooperation in the field of fisheries under CPEC.

The 640MW Mahl hydropower project was discussed at length. It is now 40 percent complete.

“We will turn the action plan drawn up in Beijing for 2026-2030 into results,” the minister said.
"""


def _summary(article: Article) -> list[dict[str, Any]]:
    return [
        {
            "name": i.name,
            "id": i.id,
            "sector": i.sector.value,
            "location": i.location.name if i.location else None,
            "status": i.status.value if i.status else None,
        }
        for i in extract_initiatives(article, sentences(article))
    ]


def test_article() -> None:
    """Facilities, a committee and an MoU under CPEC, a follow-up stage and a plan's period."""
    (article,) = parse_text(ARTICLE, "fictional.txt")
    assert isinstance(article, Article)
    assert _summary(article) == [
        {
            "name": "hospital in Turbat",
            "id": None,
            "sector": "health",
            "location": "Turbat",
            "status": "completed",
        },
        {
            "name": "Pakistan Fisheries Academy",
            "id": None,
            "sector": "education",
            "location": None,
            "status": "approved",
        },
        {
            "name": "seven-member committee to monitor the CPEC",
            "id": None,
            "sector": "general",
            "location": None,
            "status": "established",
        },
        {"name": "CPEC", "id": "cpec", "sector": "general", "location": None, "status": None},
        {
            "name": "MoU on cooperation in the field of fisheries",
            "id": None,
            "sector": "agriculture",
            "location": None,
            "status": "agreed",
        },
        {
            "name": "640MW Mahl hydropower project",
            "id": "mahl",
            "sector": "energy",
            "location": "Azad Jammu and Kashmir",
            "status": "under construction",
        },
        {
            "name": "action plan for 2026-2030",
            "id": None,
            "sector": "general",
            "location": None,
            "status": None,
        },
    ]
