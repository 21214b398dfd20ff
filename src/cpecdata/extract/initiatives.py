"""Extraction of CPEC initiatives: named projects, programmes, corridors, bodies and their stage.

Two sources of mentions, read sentence by sentence:

* the gazetteer (:func:`cpecdata.gazetteer.find_initiatives`) for known initiatives, with their id,
  sector and place; a written capacity or ordinal before the mention (``870 MW``, ``14th``) and a
  head noun after it (``hydropower project``) are kept in the name, which is taken as written;
* generic patterns anchored on a head noun, for initiatives the gazetteer does not know: power
  projects identified by a name, capacity or place (``the 1,320MW coal-fired power project``),
  zones and transport links with a name or place, joint working groups (``JWG on Agriculture``),
  named corridors (a coordinated list ``the health, digital and green corridors`` gives one
  initiative per corridor), donated equipment, and sector-labelled projects at a place
  (``a green project in Gwadar``).

Unidentified plurals (``energy projects``), the BRI and a body named only in a person's title
(``CPEC Authority Chairman``) are not initiatives. The stage comes from the sentence's wording.
Every regex here is bounded (no nested unbounded repeats), so the cost is linear in the text.
"""

import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from cpecdata.extract._text import Sentence
from cpecdata.gazetteer import InitiativeEntry, find_initiatives, find_places, lookup_initiative
from cpecdata.gazetteer import place_by_id as _place_by_id
from cpecdata.model import (
    Article,
    Initiative,
    InitiativeKind,
    InitiativeStatus,
    Place,
    Sector,
)

__all__ = ["extract_initiatives"]

_KNOWN_CONFIDENCE = 0.9
_GENERIC_CONFIDENCE = 0.7

_WORD = re.compile(r"[^\W_]+")
_PARENTHETICAL = re.compile(r"\s*\([^()\n]{1,20}\)")
_SPACES = re.compile(r"\s+")

# Written just before a mention and kept in its name: a capacity or an ordinal.
_QUALIFIER_BEFORE = re.compile(
    r"(?:\d[\d,.]{0,8}\s?-?(?:MW|megawatts?|GW|kV|MGD)|\d{1,3}(?:st|nd|rd|th))\s+\Z", re.IGNORECASE
)
_CAPACITIES = re.compile(r"\d[\d,.]{0,8}\s?-?(?:MW|megawatts?|GW|kV|MGD)\b", re.IGNORECASE)
_CAPACITY = re.compile(r"\d[\d,.]{0,8}\s?-?(?:MW|megawatts?|GW|kV|MGD)\Z", re.IGNORECASE)
# Written just after a mention and kept in its name: a head noun (``hydropower project``).
_HEAD_AFTER = re.compile(
    r"(?:[\s-]+(?:coal-fired|coal|hydro|hydropower|hydroelectric|hydel|solar|wind|power|energy"
    r"|thermal)){0,3}\s+(?:project|plant|park|farm|station)\b",
    re.IGNORECASE,
)
# Words after a body's name that make the mention part of a person's title.
_TITLE_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:chairman|chairperson|chair|chief|ceo|head|secretary|director|"
    r"spokesperson|spokesman|official|officials|member|members|executive)\b",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:chairman|chairperson|chair|chief|ceo|head|secretary|director|spokesperson|spokesman"
    r"|official|officials|member|members)\s+of\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|near|for|to)\s+(?:the\s+)?", re.IGNORECASE)

_ENERGY_HEAD = re.compile(
    r"\b(?:(?:coal(?:[- ](?:fired|based))?|hydro[- ]?power|hydro[- ]?electric|hydel|solar|wind"
    r"|thermal|nuclear)(?:\s+power)?|power)\s+(?:project|plant|park|farm|station)\b(?!-)",
    re.IGNORECASE,
)
_INFRA_HEAD = re.compile(
    r"\b(?:special\s+economic\s+zone|economic\s+zone|SEZ|industrial\s+(?:zone|park|estate|city)|"
    r"free\s+zone|dry\s+port|motorway|highway|expressway|railway\s+line|railway|rail\s+link|"
    r"metro\s+(?:train|line|bus)|desalination\s+plant)\b(?!-)(?!\s+(?:project|plant)s\b)"
    r"(?!\s+(?!Project\b)(?-i:[A-Z]))",
    re.IGNORECASE,
)
_JWG = re.compile(
    r"\b(?i:joint\s+working\s+group|JWG)(?:\s*\([^()\n]{1,10}\))?\s+on\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+(?:and|&|of|for)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*){0,5}"
    r"|[a-z][\w-]*(?:\s+(?!(?:was|is|were|are|will|would|held|has|have|had|to|for|in|at|which"
    r"|that|with|under|during|on|and|as|by|of)\b)[a-z][\w-]*){0,3})"
)
_CORRIDOR_MODIFIERS = (
    "health|industry|industrial|digital|green|innovation|growth|livelihood|openness|knowledge"
    "|agricultural|agriculture"
)
_CORRIDORS = re.compile(
    rf"\b(?P<mods>(?:(?:{_CORRIDOR_MODIFIERS}),\s+){{0,6}}"
    rf"(?:(?:{_CORRIDOR_MODIFIERS}),?\s+(?:and|&)\s+)?(?:{_CORRIDOR_MODIFIERS}))"
    r"\s+(?P<head>corridors?)\b",
    re.IGNORECASE,
)
_DONATION = re.compile(
    r"\b(?:solar|medical|relief|health|IT|computer|laboratory|agricultural)\s+"
    r"(?:equipment|panels|systems|supplies|kits|lights|machinery)\b",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(?:master|action)\s+plan\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+[a-z]+"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|\d{4}(?:\s*[-–]\s*\d{2,4})?)"
)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and|as)\s|\s+while\s", re.IGNORECASE)
_CPEC_ID = "cpec"
_CPEC = re.compile(
    r"\bCPEC\b|\b(?:China|Pak(?:istan)?)[-–\s]+(?:China|Pak(?:istan)?)\s+Economic\s+Corridor\b",
    re.IGNORECASE,
)
_DONATING = re.compile(r"\b(?:donat\w*|gift\w*|handed\s+over|hand\s+over|presented)\b", re.I)
_SECTOR_PROJECT = re.compile(
    r"\b(?:green|solar|wind|hydropower|coal|housing|water|desalination|agricultural|agriculture"
    r"|industrial|health|education|digital|livelihood)\s+project(?=\s+(?:in|at|near)\s)",
    re.IGNORECASE,
)
# Capitalised words that start a sentence or only describe: they do not identify a project.
_NOT_NAMES = frozenset(
    "the a an this that these those its their his her our pakistan's china's chinese pakistani"
    " new first second third mega major key flagship another one proposed said".split()
)
_LEFT_WORD = re.compile(r"\d[\d,.]{0,8}\s?-?(?:MW|megawatts?|GW)\b|\S+", re.IGNORECASE)
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|\d[\d,.]{0,8}\s?-?(?:MW|megawatts?|GW)|[IVX]+)\Z")

_SECTORS: tuple[tuple[Sector, re.Pattern[str]], ...] = tuple(
    (sector, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for sector, words in (
        (Sector.GREEN, "green"),
        (Sector.HEALTH, "health|hospital|medical|healthcare"),
        (
            Sector.ICT,
            r"information\s+technology|(?-i:IT|ICT)|digital|telecom\w*|optic\w*|fib(?:re|er)"
            r"|software|5G|internet|cyber\w*",
        ),
        (Sector.EDUCATION, r"education\w*|universit\w+|academy|school|vocational|scholarships?"),
        (Sector.AGRICULTURE, r"agricultur\w*|farming|livestock|fisher\w*|seeds?|cotton"),
        (Sector.FINANCE, r"financ\w*|banking|banks?|currency"),
        (Sector.SECURITY, r"security|defen[cs]e"),
        (
            Sector.ENERGY,
            r"power|hydropower|hydro|hydel|hydroelectric|solar|wind|coal\w*|energy|electricity"
            r"|transmission|thermal|nuclear|MW|megawatts?",
        ),
        (
            Sector.INDUSTRY,
            r"industr\w*|special\s+economic\s+zones?|economic\s+zones?|SEZs?|free\s+zones?"
            r"|manufactur\w*",
        ),
        (
            Sector.TRANSPORT,
            r"dry\s+port|roads?|highways?|motorways?|expressways?|rail\w*|metro|airports?"
            r"|bridges?|tunnels?|transport\w*|logistics",
        ),
        (Sector.PORT, r"ports?|seaports?|harbou?rs?|maritime|shipping"),
    )
)

_STATUSES: tuple[tuple[InitiativeStatus, re.Pattern[str]], ...] = tuple(
    (status, re.compile(words, re.IGNORECASE))
    for status, words in (
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            r"\bunder\s+construction\b|\bbeing\s+(?:built|constructed)\b|\bcommissioning\b"
            r"|\bconstruction\s+(?:work\s+)?(?:is|was|are|were|has|had)\s+(?:been\s+)?"
            r"(?:underway|under\s+way|in\s+progress|ongoing|started|begun)\b"
            r"|\b\d{1,3}\s?(?:%|percent|per\s+cent)\s+(?:complete|completed|work|of\s+the\s+work)"
            r"|\bground[- ]?breaking\b|\b(?:will|would|to)\s+be\s+completed\b",
        ),
        (
            InitiativeStatus.COMPLETED,
            r"\bcompleted\b|\binaugurat\w*|\boperational\b|\boperationali[sz]ed\b|"
            r"\bhanded\s+over\b|\bfully\s+functional\b|\bput\s+into\s+operation\b"
            r"|\b(?:started|began|commenced)\s+(?:commercial\s+)?operations?\b|\bfirst\s+landing\b"
            r"|\b(?:is|are|has\s+been|have\s+been)\s+operating\b|\bdonated\b",
        ),
        (
            InitiativeStatus.APPROVED,
            r"\bapprov\w*|\bsanction(?:ed|s)\b|\bgreen[- ]light\w*|\bcleared\b",
        ),
        (
            InitiativeStatus.AGREED,
            r"\bagree\w*|\bagreements?\b|\bMoUs?\b|\bmemorand\w*|\bsign(?:ed|ing)\b|\binked\b",
        ),
        (
            InitiativeStatus.ESTABLISHED,
            r"\bestablished\b|\bset\s+up\b|\bformed\b|\bconstituted\b|\blaunched\b",
        ),
        (InitiativeStatus.ANNOUNCED, r"\bannounc\w*|\bunveil\w*"),
        (
            InitiativeStatus.PLANNED,
            r"\bplan(?:s|ned)?\s+to\b|\bplanned\b|\b(?:will|would|shall|is\s+to|are\s+to|to)\s+be"
            r"\s+(?:[a-z]+ed|built|set\s+up|undertaken)\b|(?<![-\w])proposed\b|\bupcoming\b"
            r"|\bwill\s+(?:meet|convene|hold)\b",
        ),
        (
            InitiativeStatus.PROGRESS,
            r"\bprogress\w*|\badvanc\w*|\bheld\b|\breview\w*|\baccelerat\w*|\bmoving\s+forward\b"
            r"|\bexpedit\w*",
        ),
    )
)


@attrs.frozen
class _Mention:
    """An initiative mention found in one sentence, before deduplication across the article.

    Attributes:
        start: Offset of the mention in its sentence.
        end: Offset one past its end.
        name: The name as written (parenthetical abbreviations removed).
        kind: Project, programme, corridor, body or area.
        sector: Sector it belongs to.
        id: Gazetteer id when the initiative is known.
        location: Where it is, if known or written.
        confidence: How sure the rule is.
        identity: What tells it apart from other unknown initiatives of its sector (a capacity,
            a name); None to use the name's words.
        rank: How canonical the written name is: the index of the alias matched (0 for the
            canonical name; unknown initiatives have 0).
        abbreviated: True when the written name has an acronym in it (``CPEC``, ``JCC``).

    """

    start: int
    end: int
    name: str
    kind: InitiativeKind
    sector: Sector
    id: str | None = None
    location: Place | None = None
    confidence: float = _GENERIC_CONFIDENCE
    identity: str | None = None
    rank: int = 0
    abbreviated: bool = False

    @property
    def key(self) -> str:
        """What makes two mentions one initiative: the gazetteer id, else sector and identity."""
        if self.id is not None:
            return self.id
        identity = self.identity or self.name
        return f"{self.sector.value}:{' '.join(_WORD.findall(identity.lower()))}"

    @property
    def naming(self) -> tuple[bool, int]:
        """Sort key for the name to report: full forms before abbreviations, canonical first."""
        return (self.abbreviated, self.rank)


def extract_initiatives(article: Article, sentences: Sequence[Sentence]) -> tuple[Initiative, ...]:
    """The initiatives reported in ``article``, one per distinct initiative, in reading order.

    Several mentions of one initiative (same gazetteer id, or same sector and identifying words)
    give one entry. Its name is the most canonical full form written (``Railway Mainline-1
    project`` over a descriptive ``Karachi-Peshawar railway``, any full form over ``CPEC``); its
    evidence and status come from that mention's sentence if it states a stage, else from the
    first sentence that does, else from the naming one.
    """
    seen: dict[str, list[tuple[_Mention, Sentence, InitiativeStatus | None]]] = {}
    for sentence in sentences:
        mentions = _mentions(sentence.text)
        stages = _stages(sentence.text) if mentions else []
        inside = any(m.id != _CPEC_ID for m in mentions)
        for m in mentions:
            # CPEC holds the other initiatives: a stage in a sentence naming one is theirs.
            stage = None if m.id == _CPEC_ID and inside else _stage_at(stages, m.start)
            seen.setdefault(m.key, []).append((m, sentence, stage))
    return tuple(_initiative(reports) for reports in seen.values())


def _initiative(reports: list[tuple[_Mention, Sentence, InitiativeStatus | None]]) -> Initiative:
    """One initiative from all its mentions in an article."""
    named = min(reports, key=lambda r: r[0].naming)
    staged = [r for r in reports if r[2] is not None]
    mention, sentence, status = named if named[2] is not None or not staged else staged[0]
    return Initiative(
        name=named[0].name,
        kind=mention.kind,
        sector=mention.sector,
        evidence=sentence.text,
        span=sentence.span,
        id=mention.id,
        location=next((r[0].location for r in reports if r[0].location), None),
        status=status,
        confidence=mention.confidence,
    )


def _mentions(text: str) -> list[_Mention]:
    """The initiative mentions of one sentence; a finder skips text an earlier finder took."""
    taken: list[_Mention] = []
    for finder in _FINDERS:
        taken += [
            m for m in finder(text) if not any(m.start < t.end and t.start < m.end for t in taken)
        ]
    taken.sort(key=lambda m: m.start)
    return taken


def _known(text: str) -> Iterator[_Mention]:
    """Gazetteer mentions, widened to a capacity/ordinal before and a head noun after.

    CPEC named inside a longer known name (``the second phase of CPEC``, ``CPEC Authority``) is
    mentioned too, even when the longer name is only part of a person's title.
    """
    for start, end, entry in find_initiatives(text):
        if not (entry.kind is InitiativeKind.BODY and _in_title(text, start, end)):
            yield _known_mention(text, start, end, entry)
        inner = _CPEC.search(text, start, end) if entry.id != _CPEC_ID else None
        cpec = lookup_initiative(inner.group()) if inner else None
        if inner and cpec:
            yield _known_mention(text, inner.start(), inner.end(), cpec)


def _known_mention(text: str, start: int, end: int, entry: InitiativeEntry) -> _Mention:
    written = text[start:end]
    before = _QUALIFIER_BEFORE.search(text, max(0, start - 20), start)
    if before:
        start = before.start()
    after = _HEAD_AFTER.match(text, end) if entry.kind is InitiativeKind.PROJECT else None
    if after:
        end = after.end()
    place = _entry_place(entry)
    if place is None and entry.kind is InitiativeKind.PROJECT:
        place = _place_after(text, end)[0]
    return _Mention(
        start,
        end,
        _name(text[start:end]),
        entry.kind,
        entry.sector,
        entry.id,
        place,
        _KNOWN_CONFIDENCE,
        rank=_alias_rank(entry, written),
        abbreviated=any(len(w) > 1 and w.isupper() for w in _WORD.findall(written)),
    )


def _alias_rank(entry: InitiativeEntry, written: str) -> int:
    """The index of the alias ``written`` is (0 for the canonical name), or one past the last."""
    words = _WORD.findall(written.lower())
    names = (entry.name, *entry.aliases)
    return next((i for i, a in enumerate(names) if _WORD.findall(a.lower()) == words), len(names))


def _in_title(text: str, start: int, end: int) -> bool:
    """True when the body named at ``[start, end)`` is part of a person's title."""
    return bool(
        _TITLE_AFTER.match(text, end) or _TITLE_BEFORE.search(text, max(0, start - 40), start)
    )


def _entry_place(entry: InitiativeEntry) -> Place | None:
    return _place_by_id(entry.location) if entry.location else None


def _energy(text: str) -> Iterator[_Mention]:
    """Power projects identified by a name, a capacity or a place (``Karot hydropower project``)."""
    for m in _ENERGY_HEAD.finditer(text):
        yield from _identified(text, m.start(), m.end(), InitiativeKind.PROJECT, Sector.ENERGY)


def _infrastructure(text: str) -> Iterator[_Mention]:
    """Zones and transport links identified by a name or a place (``Rashakai SEZ``)."""
    for m in _INFRA_HEAD.finditer(text):
        sector = _sector(m.group(), Sector.GENERAL)
        yield from _identified(text, m.start(), m.end(), InitiativeKind.PROJECT, sector)


def _identified(
    text: str, start: int, end: int, kind: InitiativeKind, sector: Sector
) -> Iterator[_Mention]:
    """The mention of the head ``[start, end)`` if a name or place before or after identifies it.

    A place after it (``in Faisalabad``) joins the name unless a name before already identifies it.
    """
    name_start = _left_names(text, start)
    place, place_end = _place_after(text, end)
    if name_start is None and place is None:
        return
    if name_start is None:
        identity = place.id if place is not None else None
        name_start, end = start, place_end
    else:
        written = text[name_start:start]
        identity = _CAPACITIES.sub("", written).strip() or written
    if place is None:
        place = _place_inside(text[name_start:end])
    name = _name(text[name_start:end])
    yield _Mention(name_start, end, name, kind, sector, location=place, identity=identity)


def _left_names(text: str, start: int) -> int | None:
    """Where the identifying words just before ``start`` begin (capacity, capitalised names)."""
    begin = None
    offset = max(0, start - 60)
    for w in reversed(list(_LEFT_WORD.finditer(text, offset, start))):
        word = w.group()
        if not (_NAME_WORD.match(word) or _CAPACITY.match(word)) or word.endswith((",", ";", ":")):
            break
        if word.lower() in _NOT_NAMES:
            break
        begin = w.start()
    return begin


def _place_after(text: str, end: int) -> tuple[Place | None, int]:
    """The place named right after ``end`` (``in Gwadar``) and where its name ends."""
    prep = _PLACE_AFTER.match(text, end)
    if prep is None:
        return None, end
    places = find_places(text[prep.end() : prep.end() + 60])
    if not places or places[0][0] != 0:
        return None, end
    _s, place_end, place = places[0]
    province = re.match(r"\s+province\b", text[prep.end() + place_end :], re.IGNORECASE)
    return _site_location(place), prep.end() + place_end + (province.end() if province else 0)


def _place_inside(name: str) -> Place | None:
    places = find_places(name)
    return _site_location(places[0][2]) if places else None


def _site_location(place: Place) -> Place:
    """A site that is itself a known initiative (Gwadar Port) stands for the initiative's place."""
    entry = lookup_initiative(place.name)
    located = _entry_place(entry) if entry else None
    return located or place


def _working_groups(text: str) -> Iterator[_Mention]:
    """Joint working groups on a topic (``the JWG on Information Technology``)."""
    for m in _JWG.finditer(text):
        name = _name(m.group())
        topic = name.split(" on ", 1)[-1]
        yield _Mention(
            m.start(), m.end(), name, InitiativeKind.BODY, _sector(topic, Sector.GENERAL)
        )


def _corridors(text: str) -> Iterator[_Mention]:
    """Named corridors; a coordinated list gives one corridor per modifier."""
    for m in _CORRIDORS.finditer(text):
        modifiers = [w for w in _WORD.findall(m.group("mods")) if w.lower() not in {"and"}]
        for modifier in modifiers:
            name = f"{modifier} corridor"
            entry = lookup_initiative(name)
            if entry is not None:
                yield _Mention(
                    m.start(), m.end(), name, entry.kind, entry.sector, entry.id, None, 0.8
                )
            else:
                sector = _sector(modifier, Sector.GENERAL)
                yield _Mention(m.start(), m.end(), name, InitiativeKind.CORRIDOR, sector)


def _plans(text: str) -> Iterator[_Mention]:
    """A master or action plan for a named place or period (``master plan for Gwadar``)."""
    for m in _PLAN.finditer(text):
        name = _name(m.group())
        place = _place_inside(name)
        yield _Mention(
            m.start(), m.end(), name, InitiativeKind.PROGRAMME, Sector.GENERAL, location=place
        )


def _donations(text: str) -> Iterator[_Mention]:
    """Donated equipment (``solar equipment to Balochistan``) in a sentence about a donation."""
    if not _DONATING.search(text):
        return
    for m in _DONATION.finditer(text):
        place, end = _place_after(text, m.end())
        sector = _sector(m.group(), Sector.GENERAL)
        yield _Mention(
            m.start(),
            end,
            _name(text[m.start() : end]),
            InitiativeKind.PROJECT,
            sector,
            location=place,
        )


def _sector_projects(text: str) -> Iterator[_Mention]:
    """A sector-labelled project at a place (``a green project in Gwadar port``)."""
    for m in _SECTOR_PROJECT.finditer(text):
        place, end = _place_after(text, m.end())
        if place is not None and _left_names(text, m.start()) is None:
            sector = _sector(m.group(), Sector.GENERAL)
            yield _Mention(
                m.start(),
                end,
                _name(text[m.start() : end]),
                InitiativeKind.PROJECT,
                sector,
                location=place,
            )


def _sector(phrase: str, default: Sector) -> Sector:
    """The first sector whose keywords occur in ``phrase``."""
    for sector, pattern in _SECTORS:
        if pattern.search(phrase):
            return sector
    return default


def _stages(sentence: str) -> list[tuple[int, InitiativeStatus | None]]:
    """The stage each clause of a sentence reports, with the clause's end offset.

    Clauses end at ``;`` and at a comma or ``while`` before a new clause (``, while``,
    ``, and``, ``, but``), so ``X was approved, while work on Y is under construction`` gives
    each initiative its own stage.
    """
    stages: list[tuple[int, InitiativeStatus | None]] = []
    start = 0
    for brk in [*_CLAUSE_BREAK.finditer(sentence), None]:
        end = brk.start() if brk else len(sentence)
        stages.append((end, _status(sentence[start:end])))
        start = brk.end() if brk else end
    return stages


def _stage_at(
    stages: list[tuple[int, InitiativeStatus | None]], at: int
) -> InitiativeStatus | None:
    """The stage of the clause holding offset ``at``, else the sentence's first stated one."""
    own = next((status for end, status in stages if at < end), None)
    return own or next((status for _end, status in stages if status), None)


def _status(clause: str) -> InitiativeStatus | None:
    """The stage a clause reports, the most advanced wording first."""
    for status, pattern in _STATUSES:
        if pattern.search(clause):
            return status
    return None


def _name(text: str) -> str:
    """A name as written, without parenthetical abbreviations and with spaces collapsed."""
    return _SPACES.sub(" ", _PARENTHETICAL.sub("", text)).strip(" ,;:.")


# Phrases that name a place after their head (``a green project in Gwadar port``) come first, so
# that a known site inside them is read as their location, not as a second initiative.
_FINDERS: tuple[Callable[[str], Iterator[_Mention]], ...] = (
    _sector_projects,
    _donations,
    _known,
    _working_groups,
    _corridors,
    _energy,
    _infrastructure,
    _plans,
)
