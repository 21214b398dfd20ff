"""Export articles to the interchange formats newsrooms and the web already read.

Two formats, one function each, both returning plain JSON-serialisable dicts:

- :func:`to_jsonld`: a schema.org ``NewsArticle`` in JSON-LD, as search engines and knowledge graphs
  read it. Statements become ``Quotation`` items under ``citation`` (``spokenByCharacter`` and
  ``creator`` the speaker, ``genre`` ``direct quotation`` or ``reported speech``); visits become
  ``Event`` items and initiatives ``Project`` (bodies: ``Organization``, cooperation areas:
  ``Thing``) items under ``mentions``. Events carry ``startDate``/``endDate`` when the visit is
  dated, a ``location`` ``Place`` with ``address.addressCountry`` (and ``geo`` when known), the
  visitor as ``attendee`` and the host as ``organizer``; cancelled and postponed visits get the
  matching ``eventStatus``.
- :func:`to_ninjs`: an IPTC ninjs 2.x news item, as news agencies exchange them: ``uri``,
  ``type: "text"``, ``versioncreated``/``firstcreated`` (ISO 8601 date-times at midnight UTC of
  the publication date: the raw format has no time of day), ``headlines`` and ``bodies`` lists of
  ``{role, contenttype, value}``, ``located`` (the dateline), and ``people``, ``organisations``,
  ``places``, ``subjects`` (initiatives) and ``events`` (visits) as ``{name, rel, uri?, literal?}``
  items, de-duplicated.

Both give every article a stable ``urn:cpecdata:article:<id>`` URI from :attr:`Article.id`.
"""

import json
from collections.abc import Iterable
from typing import Any

from cpecdata.model import (
    Actor,
    Article,
    Initiative,
    InitiativeKind,
    Place,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
)

__all__ = ["article_uri", "to_jsonld", "to_ninjs"]

_SCHEMA_ORG = "https://schema.org"
_EVENT_STATUS = {
    VisitStatus.CANCELLED: "https://schema.org/EventCancelled",
    VisitStatus.POSTPONED: "https://schema.org/EventPostponed",
}
_INITIATIVE_TYPE = {InitiativeKind.BODY: "Organization", InitiativeKind.AREA: "Thing"}
_GENRE = {StatementKind.DIRECT: "direct quotation", StatementKind.INDIRECT: "reported speech"}

_JSON = dict[str, Any]


def article_uri(article: Article) -> str:
    """The article's stable URI, derived from its content id."""
    return f"urn:cpecdata:article:{article.id}"


def to_jsonld(article: Article) -> dict[str, Any]:
    """``article`` as a schema.org ``NewsArticle`` JSON-LD document."""
    doc: _JSON = {
        "@context": _SCHEMA_ORG,
        "@type": "NewsArticle",
        "@id": article_uri(article),
        "identifier": article.id,
        "datePublished": article.date.isoformat(),
        "headline": article.headline,
        "articleBody": article.body,
        "inLanguage": "en",
    }
    if article.dateline is not None:
        doc["dateline"] = article.dateline
    if article.statements:
        doc["citation"] = [_quotation(s) for s in article.statements]
    mentions = [_event(v) for v in article.visits] + [_project(i) for i in article.initiatives]
    if mentions:
        doc["mentions"] = mentions
    return doc


def _agent(actor: Actor) -> _JSON:
    """A named actor as a ``Person``; a descriptor (``the Chinese side``) as an ``Organization``.

    Each gets only the properties schema.org defines for its type: a person's title, employer
    and nationality; an organization's parent body and country.
    """
    if not actor.named:
        out: _JSON = {"@type": "Organization", "name": actor.name}
        if actor.organization is not None:
            out["parentOrganization"] = {"@type": "Organization", "name": actor.organization}
        if actor.country is not None:
            out["address"] = {"@type": "PostalAddress", "addressCountry": actor.country}
        return out
    out = {"@type": "Person", "name": actor.name}
    if actor.role is not None:
        out["jobTitle"] = actor.role
    if actor.organization is not None:
        out["affiliation"] = {"@type": "Organization", "name": actor.organization}
    if actor.country is not None:
        out["nationality"] = {"@type": "Country", "name": actor.country}
    return out


def _place(place: Place) -> _JSON:
    out: _JSON = {
        "@type": "Country" if place.name == place.country else "Place",
        "name": place.name,
    }
    if place.id is not None:
        out["identifier"] = place.id
    if place.country is not None:
        out["address"] = {"@type": "PostalAddress", "addressCountry": place.country}
    if place.latitude is not None and place.longitude is not None:
        out["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": place.latitude,
            "longitude": place.longitude,
        }
    return out


def _quotation(statement: Statement) -> _JSON:
    speaker = _agent(statement.speaker)
    out: _JSON = {
        "@type": "Quotation",
        "text": statement.text,
        "spokenByCharacter": speaker,
        "creator": speaker,
        "genre": _GENRE[statement.kind],
    }
    when = statement.when
    if when is not None and when.start is not None:
        out["dateCreated"] = when.start.isoformat()
    return out


def _event(visit: Visit) -> _JSON:
    out: _JSON = {
        "@type": "Event",
        "name": f"Visit of {visit.visitor.name} to {visit.destination.name}",
        "description": visit.evidence,
        "location": _place(visit.destination),
        "attendee": _agent(visit.visitor),
        "eventStatus": _EVENT_STATUS.get(visit.status, "https://schema.org/EventScheduled"),
    }
    if visit.host is not None:
        out["organizer"] = _agent(visit.host)
    when = visit.when
    if when is not None and when.start is not None and when.end is not None:
        out["startDate"] = when.start.isoformat()
        out["endDate"] = when.end.isoformat()
    if visit.qualifiers:
        out["keywords"] = list(visit.qualifiers)
    return out


def _project(initiative: Initiative) -> _JSON:
    kind = _INITIATIVE_TYPE.get(initiative.kind, "Project")
    out: _JSON = {
        "@type": kind,
        "name": initiative.name,
        "description": initiative.evidence,
        "keywords": [initiative.kind.value, initiative.sector.value]
        + ([initiative.status.value] if initiative.status is not None else []),
    }
    if initiative.id is not None:
        out["identifier"] = initiative.id
    if initiative.location is not None and kind != "Thing":  # Thing has no location
        out["location"] = _place(initiative.location)
    return out


def to_ninjs(article: Article) -> dict[str, Any]:
    """``article`` as an IPTC ninjs 2.x news item."""
    created = f"{article.date.isoformat()}T00:00:00Z"
    item: _JSON = {
        "uri": article_uri(article),
        "type": "text",
        "versioncreated": created,
        "firstcreated": created,
        "language": "en",
        "headlines": [{"role": "main", "contenttype": "text/plain", "value": article.headline}],
        "bodies": [{"role": "main", "contenttype": "text/plain", "value": article.body}],
        "altids": [{"role": "cpecdata", "value": article.id}],
    }
    if article.dateline is not None:
        item["located"] = article.dateline
    lists = {
        "people": _unique(_ninjs_actors(article, named=True)),
        "organisations": _unique(_ninjs_actors(article, named=False)),
        "places": _unique(_ninjs_places(article)),
        "subjects": _unique(_ninjs_subject(i) for i in article.initiatives),
        "events": _unique(
            {
                "name": f"Visit of {v.visitor.name} to {v.destination.name}",
                "rel": "reported",
                "literal": v.evidence,
            }
            for v in article.visits
        ),
    }
    item.update((key, value) for key, value in lists.items() if value)
    return item


def _ninjs_actors(article: Article, *, named: bool) -> list[_JSON]:
    """The article's speakers, visitors and hosts, each with its part as ``rel``."""
    roles: list[tuple[Actor, str]] = [(s.speaker, "speaker") for s in article.statements]
    for visit in article.visits:
        roles.append((visit.visitor, "visitor"))
        if visit.host is not None:
            roles.append((visit.host, "host"))
    out = []
    for actor, rel in roles:
        if actor.named == named:
            entry: _JSON = {"name": actor.name, "rel": rel}
            if actor.role is not None:
                entry["literal"] = actor.role
            out.append(entry)
    return out


def _ninjs_places(article: Article) -> list[_JSON]:
    """Visit destinations and initiative locations, with a GeoJSON point when known."""
    places = [(v.destination, "destination") for v in article.visits]
    places += [(i.location, "location") for i in article.initiatives if i.location is not None]
    out = []
    for place, rel in places:
        entry: _JSON = {"name": place.name, "rel": rel}
        if place.id is not None:
            entry["uri"] = f"urn:cpecdata:place:{place.id}"
        if place.latitude is not None and place.longitude is not None:
            entry["geometry_geojson"] = {
                "type": "Point",
                "coordinates": [place.longitude, place.latitude],
            }
        out.append(entry)
    return out


def _ninjs_subject(initiative: Initiative) -> _JSON:
    entry: _JSON = {"name": initiative.name, "rel": "about", "literal": initiative.sector.value}
    if initiative.id is not None:
        entry["uri"] = f"urn:cpecdata:initiative:{initiative.id}"
    return entry


def _unique(items: Iterable[_JSON]) -> list[_JSON]:
    """``items`` without repeats, in first-seen order (dicts compared by their JSON content)."""
    seen: dict[str, _JSON] = {}
    for item in items:
        seen.setdefault(json.dumps(item, sort_keys=True), item)
    return list(seen.values())
