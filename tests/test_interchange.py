import datetime as dt
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import attrs
import pytest

from cpecdata.extract import extract
from cpecdata.interchange import article_uri, to_jsonld, to_ninjs
from cpecdata.model import (
    Actor,
    Article,
    Granularity,
    Initiative,
    InitiativeKind,
    InitiativeStatus,
    Place,
    Sector,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)
from cpecdata.rawformat import parse_bytes, parse_text

_TEXT = (
    " date 2023-05-15 Planning minister arrives in Beijing\n\n"
    "BEIJING: Minister for Planning Farah Qureshi arrived in Beijing on Monday on a visit.\n\n"
    "“The ML-1 railway is on track,” she said.\n\n"
    "Work on the Rashakai Special Economic Zone will start next year, the minister added."
)
QURESHI = Actor("Farah Qureshi", role="Minister for Planning", country="Pakistan")
LIU = Actor("Liu Wen", role="Ambassador", country="China")
BEIJING = Place("Beijing", country="China", id="beijing", latitude=39.9, longitude=116.4)
RASHAKAI = Place("Rashakai", country="Pakistan")


def _span(article: Article, text: str) -> Span:
    start = article.source.index(text)
    return Span(start, start + len(text))


@pytest.fixture(scope="module")
def article() -> Article:
    """A parsed article with one fact of each kind attached by hand."""
    (parsed,) = parse_text(_TEXT)
    assert isinstance(parsed, Article)
    visit_text = parsed.paragraphs[0].text
    when = When("on Monday", dt.date(2023, 5, 15), dt.date(2023, 5, 16), Granularity.DAYS)
    quote = "The ML-1 railway is on track,"
    sez = parsed.paragraphs[2].text
    return attrs.evolve(
        parsed,
        statements=(
            Statement(QURESHI, StatementKind.DIRECT, quote, _span(parsed, quote), verb="said"),
        ),
        visits=(
            Visit(
                QURESHI,
                BEIJING,
                visit_text,
                _span(parsed, visit_text),
                VisitStatus.PAST,
                host=LIU,
                when=when,
                qualifiers=("two-day",),
            ),
        ),
        initiatives=(
            Initiative(
                "Rashakai Special Economic Zone",
                InitiativeKind.PROJECT,
                Sector.INDUSTRY,
                sez,
                _span(parsed, sez),
                id="rashakai-sez",
                location=RASHAKAI,
                status=InitiativeStatus.PLANNED,
            ),
            Initiative(
                "Joint Cooperation Committee",
                InitiativeKind.BODY,
                Sector.GENERAL,
                sez,
                _span(parsed, sez),
            ),
        ),
    )


def _demo_articles() -> list[Article]:
    """Every record of the bundled demo corpus, with its facts extracted."""
    folder = resources.files("cpecdata") / "data" / "demo"
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            parsed = parse_bytes(entry.read_bytes(), entry.name)
            out += [extract(a) for a in parsed if isinstance(a, Article)]
    return out


class TestJsonLd:
    def test_whole_document(self, article: Article) -> None:
        """The NewsArticle holds the article fields, quotations, events and projects."""
        qureshi = {
            "@type": "Person",
            "name": "Farah Qureshi",
            "jobTitle": "Minister for Planning",
            "nationality": {"@type": "Country", "name": "Pakistan"},
        }
        assert to_jsonld(article) == {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "@id": f"urn:cpecdata:article:{article.id}",
            "identifier": article.id,
            "datePublished": "2023-05-15",
            "headline": "Planning minister arrives in Beijing",
            "articleBody": article.body,
            "inLanguage": "en",
            "dateline": "BEIJING",
            "citation": [
                {
                    "@type": "Quotation",
                    "text": "The ML-1 railway is on track,",
                    "spokenByCharacter": qureshi,
                    "creator": qureshi,
                    "genre": "direct quotation",
                }
            ],
            "mentions": [
                {
                    "@type": "Event",
                    "name": "Visit of Farah Qureshi to Beijing",
                    "description": article.visits[0].evidence,
                    "location": {
                        "@type": "Place",
                        "name": "Beijing",
                        "identifier": "beijing",
                        "address": {"@type": "PostalAddress", "addressCountry": "China"},
                        "geo": {"@type": "GeoCoordinates", "latitude": 39.9, "longitude": 116.4},
                    },
                    "attendee": qureshi,
                    "eventStatus": "https://schema.org/EventScheduled",
                    "organizer": {
                        "@type": "Person",
                        "name": "Liu Wen",
                        "jobTitle": "Ambassador",
                        "nationality": {"@type": "Country", "name": "China"},
                    },
                    "startDate": "2023-05-15",
                    "endDate": "2023-05-16",
                    "keywords": ["two-day"],
                },
                {
                    "@type": "Project",
                    "name": "Rashakai Special Economic Zone",
                    "description": article.initiatives[0].evidence,
                    "keywords": ["project", "industry", "planned"],
                    "identifier": "rashakai-sez",
                    "location": {
                        "@type": "Place",
                        "name": "Rashakai",
                        "address": {"@type": "PostalAddress", "addressCountry": "Pakistan"},
                    },
                },
                {
                    "@type": "Organization",
                    "name": "Joint Cooperation Committee",
                    "description": article.initiatives[1].evidence,
                    "keywords": ["body", "general"],
                },
            ],
        }

    def test_bare_article_has_no_fact_keys(self, article: Article) -> None:
        """An article without facts or dateline omits those keys instead of writing nulls."""
        bare = attrs.evolve(article, dateline=None, statements=(), visits=(), initiatives=())
        assert sorted(to_jsonld(bare)) == sorted(
            [
                "@context",
                "@type",
                "@id",
                "identifier",
                "datePublished",
                "headline",
                "articleBody",
                "inLanguage",
            ]
        )

    @pytest.mark.parametrize(
        ("status", "expected"),
        [
            (VisitStatus.CANCELLED, "https://schema.org/EventCancelled"),
            (VisitStatus.POSTPONED, "https://schema.org/EventPostponed"),
            (VisitStatus.PLANNED, "https://schema.org/EventScheduled"),
        ],
    )
    def test_event_status(self, article: Article, status: VisitStatus, expected: str) -> None:
        """Cancelled and postponed visits say so in schema.org's own vocabulary."""
        visit = attrs.evolve(article.visits[0], status=status)
        doc = to_jsonld(attrs.evolve(article, visits=(visit,)))
        assert doc["mentions"][0]["eventStatus"] == expected

    def test_descriptor_speaker_is_an_organization(self, article: Article) -> None:
        """An unnamed speaker (``the Chinese side``) is not presented as a person."""
        side = Actor("the Chinese side", country="China", named=False)
        statement = attrs.evolve(article.statements[0], speaker=side)
        doc = to_jsonld(attrs.evolve(article, statements=(statement,)))
        assert doc["citation"][0]["creator"] == {
            "@type": "Organization",
            "name": "the Chinese side",
            "address": {"@type": "PostalAddress", "addressCountry": "China"},
        }


class TestNinjs:
    def test_whole_item(self, article: Article) -> None:
        """The ninjs item uses 2.x list-of-object fields and de-duplicates people and places."""
        assert to_ninjs(article) == {
            "uri": f"urn:cpecdata:article:{article.id}",
            "type": "text",
            "versioncreated": "2023-05-15T00:00:00Z",
            "firstcreated": "2023-05-15T00:00:00Z",
            "language": "en",
            "headlines": [
                {
                    "role": "main",
                    "contenttype": "text/plain",
                    "value": "Planning minister arrives in Beijing",
                }
            ],
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": article.body}],
            "altids": [{"role": "cpecdata", "value": article.id}],
            "located": "BEIJING",
            "people": [
                {"name": "Farah Qureshi", "rel": "speaker", "literal": "Minister for Planning"},
                {"name": "Farah Qureshi", "rel": "visitor", "literal": "Minister for Planning"},
                {"name": "Liu Wen", "rel": "host", "literal": "Ambassador"},
            ],
            "places": [
                {
                    "name": "Beijing",
                    "rel": "destination",
                    "uri": "urn:cpecdata:place:beijing",
                    "geometry_geojson": {"type": "Point", "coordinates": [116.4, 39.9]},
                },
                {"name": "Rashakai", "rel": "location"},
            ],
            "subjects": [
                {
                    "name": "Rashakai Special Economic Zone",
                    "rel": "about",
                    "literal": "industry",
                    "uri": "urn:cpecdata:initiative:rashakai-sez",
                },
                {"name": "Joint Cooperation Committee", "rel": "about", "literal": "general"},
            ],
            "events": [
                {
                    "name": "Visit of Farah Qureshi to Beijing",
                    "rel": "reported",
                    "literal": article.visits[0].evidence,
                }
            ],
        }

    def test_repeated_speaker_listed_once(self, article: Article) -> None:
        """Two statements by one speaker give one ``people`` entry."""
        doc = to_ninjs(attrs.evolve(article, statements=article.statements * 2, visits=()))
        assert doc["people"] == [
            {"name": "Farah Qureshi", "rel": "speaker", "literal": "Minister for Planning"}
        ]


class TestBoth:
    @pytest.mark.parametrize("export", [to_jsonld, to_ninjs])
    def test_demo_corpus_serialises(self, export: Callable[[Article], dict[str, Any]]) -> None:
        """Every demo article, facts and all, exports to JSON that round-trips unchanged."""
        demos = _demo_articles()
        assert len(demos) == 7
        for demo in demos:
            doc = export(demo)
            assert json.loads(json.dumps(doc)) == doc

    def test_uri_is_stable(self, article: Article) -> None:
        """The URI depends on the content id only, so both formats name the article alike."""
        assert article_uri(article) == to_ninjs(article)["uri"] == to_jsonld(article)["@id"]

    def test_dates_are_iso(self, article: Article) -> None:
        """Dates parse back with the standard library's ISO readers."""
        assert dt.date.fromisoformat(to_jsonld(article)["datePublished"]) == article.date
        created = dt.datetime.fromisoformat(to_ninjs(article)["versioncreated"])
        assert created == dt.datetime(2023, 5, 15, tzinfo=dt.UTC)
