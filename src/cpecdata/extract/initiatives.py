"""Extraction of CPEC initiatives: named projects, programmes, corridors, bodies and their stage.

Two sources of mentions, read sentence by sentence:

* the gazetteer (:func:`cpecdata.gazetteer.find_initiatives`) for known initiatives, with their id,
  sector and place; a written capacity or ordinal before the mention (``870 MW``, ``14th``) and a
  head noun after it (``hydropower project``) are kept in the name, which is taken as written;
* generic patterns anchored on a head noun, for initiatives the gazetteer does not know: power
  projects identified by a name, capacity or place (``the 1,320MW coal-fired power project``),
  zones, link roads, transport links, water plants, fish harbours and jetties, dams, IT and
  business parks with a name, capacity or place, roads described by the ends they link (``the
  12-km road linking the zone with the N-5``), named sections and packages of a road or railway
  (``the Mansehra-Naran section of the N-15``), works on a stretch between two places (``the
  realignment of the KKH between Thakot and Raikot``) and realignments named by a place (``the
  Kandar realignment of the KKH``), expansions listed before a plural head (``the Block-I and
  Block-II expansions``), CPEC's phase it is said to enter, joint working groups, task forces and
  laboratories (``JWG on Agriculture``, ``the Fisheries JWG``, ``the energy working group``; plural
  groups with listed topics give one each: ``the JWGs on health and energy``), named units listed
  between dashes after a plural (``Two plants – Kandar Cement and Lora Glass – were opened``),
  known SEZs listed before a bare plural (``the Kandar and Lora zones``),
  mass transit lines named by a colour (``the Purple Line``), named corridors (a
  coordinated list ``the health, digital and green corridors`` gives one initiative per
  corridor), donated equipment, sector-labelled projects at a place (``a green project in
  Gwadar``), master and action plans for a place or period, facilities (hospitals, airports,
  schools, laboratories...) with a name or place in a sentence about their works (``the Kharan
  skills centre``), or with a bed count or the two countries' names (``a Pak-China vocational
  college``), facilities of one kind set up by count (``two Kandar Workshops``), unnamed plants
  someone invests in or builds (``a steel pipe plant``: industry, whatever it makes) and unnamed
  units, terminals and centres at a place (``a customs terminal at Sost``, ``a data centre in
  Lahore``), or placed by their own stage (``a copper refinery proposed at Kharan``, ``a second
  plant had been planned at Karwat``), links told by their route and stage (``A 40km spur from
  Hattar to Haripur is being surveyed``), unnamed plants and parks the two countries' names open
  (``a Pak-China seed processing plant``), named units of a plant (``the Kandar Unit 3 (K-3)
  nuclear power project``, whose host plant is then no initiative), projects and programmes named
  before a project head (``the Kalat Cold Storage Complex``, ``the CPEC Language Bridge
  programme``), programmes named by CPEC or the two countries and their field in lower case
  (``the CPEC scholarship programme``), and, in a sentence naming CPEC, committees set up for it
  and agreements on a topic (``an MoU on fisheries cooperation under CPEC``); MoUs named by
  their field (``the mining MoU``; ``MoUs on agriculture and mining`` gives one each); coal
  blocks' mines (``the Block II open-pit mine``, ``In Block I, a coal mine ...``) and coal
  gasification works.

Unidentified plurals (``energy projects``), the BRI, a body named only in a person's title
(``CPEC Authority Chairman``) and an organisation named after a project (``Gwadar Port
Authority``), a facility that is a venue, a source, an agent (``run by the X Institute``), a
partner (``MoUs with X University``) or an affiliation (``the rector of X University``), a plant
a trip takes in (``toured a solar-panel factory``), one on the Chinese side, a dam that is a
landmark or a town's water source (``drinks from the X dam``), an existing line a new one joins
(``where it joins the main railway line``), a university or hospital of a Chinese city (``Wuhan's
X University``), a security force, a body's next meeting that only dates something (``before the
next JCC meeting``) and a description after a name (``X, the first metro line in Y``) are not
initiatives; a known place's group (``the Thar power plants``) is one, and so are transport links
and pipelines known by their route (``a railway line from Islamkot to Y``) or by a known place
and lowercase words (``the Thar coal rail link``), and company projects ending in ``City``
(``the X Textile City``); a definite descriptor sized alone (``The 800MW hydropower project``)
is the one project of its sector named before, and an indefinite one placed alone (``a special
economic zone near Karachi``) the one named later at that place. A name's
abbreviation in brackets is part of its mention. Listed names may each have their own ``the`` and
capacity (``the 300MW X and the 660MW Y plants``: ``X plant``, ``Y plant``). The stage comes from
wording in the clause that names the initiative and governs it: no subordinate or reported clause
between them (a purpose, ``to guard X``, and a participle clause, ``, clearing the way for X``,
open one), and none before a mention that is its own clause's subject, the site of something
else or a landmark (``built next to the X``), nor a plan of something else (``a plan to clear the
dues of X``, ``a planned visit to X``) (see :class:`_Clauses`). Failing that, it comes from the
next sentence when that one refers back to the one initiative (``It was inaugurated in May``)
or tells the works at the noun its name ends with (``works in the zone are 85 percent
complete``), or from a later sentence holding a descriptor that fits it alone (``the 146-km
section``); a later part or works of it under construction (``work on the park's second phase is
under way``) make it under construction, whatever else was said.

Speed: the article is scanned once for all the finders' literal hints where a word starts, and a
finder reads only the sentences holding one of its own (and one of its second hints, if it has
some); a head already inside an earlier finder's mention is not identified; a sentence's clauses
are analysed only when an initiative's stage is looked for there. No regex has nested unbounded
repeats, so the cost is linear in the text.
"""

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from cpecdata.extract._text import Sentence, alternatives
from cpecdata.gazetteer import (
    InitiativeEntry,
    demonym_country,
    find_initiatives,
    find_places,
    lookup_initiative,
    lookup_place,
    lower_aligned,
    place_at,
)
from cpecdata.gazetteer import place_by_id as _place_by_id
from cpecdata.model import (
    Article,
    Initiative,
    InitiativeKind,
    InitiativeStatus,
    Place,
    Sector,
    Span,
)

__all__ = ["extract_initiatives"]

_KNOWN_CONFIDENCE = 0.9
_GENERIC_CONFIDENCE = 0.7

_WORD = re.compile(r"[^\W_]+")
_PARENTHETICAL = re.compile(r"\s*\([^()\n]{1,20}\)")
_SPACES = re.compile(r"\s+")

# A capacity's units: power, voltage, and water a day (``5 MGD``, ``1.2 million gallons per day``).
_WATER_A_DAY = r"(?:million[-\s]+)?gallons?[-\s]+(?:per|a)[-\s]+day"
_UNITS = rf"MW|megawatts?|GW|kV|MGD|{_WATER_A_DAY}|million-gallons?"
_AMOUNT = r"\d[\d,.]{0,8}\s?-?"
"""A capacity's number, up to its unit (``1,320MW``, ``5 MGD``, ``660-MW``)."""
_CAPACITY_TEXT = rf"{_AMOUNT}(?:{_UNITS})"
_POWER_TEXT = rf"{_AMOUNT}(?:MW|megawatts?|GW)"
# A daily water capacity spelled out identifies a plant but stays out of its name.
_SPELLED_CAPACITY = re.compile(rf"{_AMOUNT}{_WATER_A_DAY}\s+", re.IGNORECASE)
# Written just before a mention and kept in its name: a capacity or an ordinal. Its first digit
# opens the regex, so a search skips every other character at once.
_QUALIFIER_BEFORE = re.compile(
    rf"\d(?:[\d,.]{{0,8}}\s?-?(?:{_UNITS})|\d{{0,2}}(?:st|nd|rd|th))\s+\Z", re.IGNORECASE
)
_CAPACITIES = re.compile(rf"{_CAPACITY_TEXT}\b", re.IGNORECASE)
_CAPACITY = re.compile(rf"{_CAPACITY_TEXT}\Z", re.IGNORECASE)
_BEDS = r"\d{1,4}[-\s]bed"
_SIZES = re.compile(rf"{_CAPACITY_TEXT}\b|{_BEDS}\b", re.IGNORECASE)
"""What tells a project's size: a capacity, a hospital's beds."""
_POWER_NOUNS = ("project", "plant", "park", "farm", "station")
"""The nouns that end a power project's head (``hydropower project``, ``wind farm``)."""
_POWER_NOUN = rf"(?:{'|'.join(_POWER_NOUNS)})"
# Written just after a mention and kept in its name: a head noun (``hydropower project``).
_HEAD_AFTER = re.compile(
    r"(?:[\s-]+(?:coal-fired|coal|hydro|hydropower|hydroelectric|hydel|solar|wind|power|energy"
    rf"|thermal|mine\s+and)){{0,3}}\s+{_POWER_NOUN}\b",
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
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:Authority|Company|Corporation|Limited|Ltd|Board|Ministry|Department|Police|Council"
    r"|Commission|Trust|Agency|Bureau)\b"
)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|near|outside|for|to)\s+(?:the\s+)?", re.IGNORECASE)
_PROVINCE = re.compile(r"\s+province\b", re.IGNORECASE)


def _by_first_letter(*alternatives: str) -> str:
    """``(?:a|b|...)``, the alternatives grouped by their first letter, in order within a group.

    Each alternative starts with a plain character (a letter, a comma). The regex engine tries every
    alternative at every position, skipping at once only one that starts with a letter, not a
    group; grouped, a head regex that scans a whole sentence tries one group where it could
    try twenty. Only one group can match at a position, in the order written: same matches.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return (
        "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"
    )


def _word_at_start(word: str) -> str:
    r"""``\bword`` as a regex that opens with the word's first letter, the boundary read after it.

    No word character stands before that letter (the two characters before the position after
    it are no word character and that letter), as ``\b`` before a letter says.
    """
    return rf"{word[0]}(?<!\w.){word[1:]}"


# Head nouns, matched in the lower-cased sentence. They start with a letter (no leading \b, which
# would make the regex engine try every position), so the left word boundary is checked apart.
_POWER_SOURCES = (
    *(r"coal(?:[- ](?:fired|based))?", r"hydro[- ]?power", r"hydro[- ]?electric", "hydel"),
    *("solar", "wind", "thermal", "nuclear"),
)
_BARE_POWER_NOUNS = ("plant", "project")
"""Heads that are a power project's only after a power capacity (``the 1,320MW Kandar plant``)."""
_POWERED = rf"(?:\s+power)?\s+{_POWER_NOUN}"
"""What follows a power source in a head: ``power plant``, ``project``..."""
_ENERGY_HEAD = re.compile(
    _by_first_letter(
        *(source + _POWERED for source in _POWER_SOURCES),
        rf"power\s+{_POWER_NOUN}",
        *_BARE_POWER_NOUNS,
    )
    + r"\b(?!-)"
)
_ENERGY_WORDS = (
    *("coal", "hydro", "hydel", "solar", "wind", "thermal", "nuclear", "power"),
    *("mw", "megawatt"),
)
"""One of which every :data:`_ENERGY_HEAD` holds, or the power capacity before a bare ``plant``."""
_POWER_AT = re.compile(rf"{_POWER_TEXT}\b", re.IGNORECASE)
_INFRA_HEAD = re.compile(
    _by_first_letter(
        *(r"special\s+economic\s+zone", r"economic\s+zone", "sez"),
        r"industrial\s+(?:zone|park|estate|city)",
        *(r"free\s+zone", r"dry\s+port", "motorway", "highway", "expressway", "bypass"),
        *(r"railway\s+line", "railway", r"rail\s+link", r"metro\s+(?:train|line|bus)"),
        r"desalination\s+plant",
        r"grid\s+station",
        r"transmission\s+line",
        r"water\s+(?:treatment|filtration|purification)\s+plant",
        *(r"water\s+pipeline", r"gas\s+pipeline", r"oil\s+pipeline"),
        r"fish(?:ing)?\s+(?:harbou?r|landing\s+(?:jetty|site))",
        *(r"port\s+project", r"it\s+park", r"technology\s+park", r"business\s+park", "zone"),
        "dam",
    )
    + r"\b(?!-)(?!\s+(?:project|plant)s\b)"
)
_ROAD_HEAD = re.compile(r"road\b(?!-)")
# A road described by what it links (``the 12-km road linking the zone with the N-5``), after its
# head in the original text: the first end, then the second, named or a road code, with its head.
_LINKING = re.compile(
    r"\s+(?:linking|connecting)\s+[^,.;()]{1,60}?\s+(?:with|to|and)\s+(?:the\s+)?"
    r"(?:[A-Z]{1,2}-?\d{1,3}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s+(?:motorway|highway|expressway|road|railway|port|airport))?\b"
)
_LINK_WORDS = ("linking", "connecting")
# A road's length written just before it (``the 90-km``, ``a 12 kilometre``), kept in its name.
_LENGTH_BEFORE = re.compile(
    r"\d[\d,.]{0,6}\s?-?(?:km|kilomet(?:re|er)s?|miles?)(?:[-\s]long)?\s+\Z", re.IGNORECASE
)
_INFRA_HINTS = (
    "dry port",
    "desalination",
    "grid station",
    "transmission line",
    "water",
    *("gas pipeline", "oil pipeline"),
    *"zone sez industrial motorway highway expressway bypass rail metro fish dam".split(),
    *("it park", "technology park", "business park", "port project"),
)
# A plural head after a coordinated list of names (``the Gwadar and Rashakai SEZs``), and the
# separators between the names, read backwards from the head.
_PLURAL_HEAD = re.compile(
    _by_first_letter(
        *(r"special\s+economic\s+zone", r"economic\s+zone", "sez"),
        *(r"industrial\s+(?:zone|park|estate)", r"free\s+zone", r"dry\s+port"),
        r"fish(?:ing)?\s+harbou?r",
        *(rf"{source}{_POWERED}" for source in ("coal", "hydro[- ]?power", "hydel", "solar")),
        *(rf"{source}{_POWERED}" for source in ("wind", "thermal", "coal-fired", "gas-fired")),
        *(rf"power\s+{_POWER_NOUN}", "plant", "project", "zone"),
    )
    + r"s\b(?!-)"
)
_WORKS_HEAD = re.compile(r"(?:expansion|extension)s\b")
_WORKS_HINTS = ("expansions", "extensions")
_PLURAL_HINTS = (
    *("zones", "sezs", "parks", "estates", "ports", "projects", "plants", "farms"),
    *("harbours", "harbors"),
)
_GROUPS = ("power plants", "power projects", "wind farms", "solar parks", "coal plants")
"""Plural heads after which a place's group is usual (``the Thar power plants``), though no list
is: they let the list finder read a sentence without ``and``."""
_MOST_LISTED = 8
_POWER_CAPACITY = re.compile(r"\d\s?-?(?:MW|megawatts?|GW)\b", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"(?:,\s*and|,|\band|&)\s+(?:the\s+)?\Z")
_NAME_GOES_ON = re.compile(r"\s+(?!Project\b)[A-Z]")
# A named part of a road, railway or line (``the Mansehra-Naran section of the N-15``,
# ``Package-I of ML-1``): the part's head in the lower-cased sentence, then what it is part of in
# the original text, capitalised words or a road code with an optional head noun.
_SECTION_HEAD = re.compile(
    r"(?:section|segment|stretch|portion)\b(?!-)|package[-\s]?(?:[ivx]{1,4}|\d{1,2})\b(?!-)"
)
_SECTION_HINTS = ("section", "segment", "stretch", "portion", "package")
_PART_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<whole>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    r"(?P<abbreviation>\s+\([A-Z][\w-]{0,8}\))?(?P<head>\s+(?:railway\s+line|rail\s+link|motorway|highway|expressway|road|railway|line"
    r"|project|route))?\b"
)
_WORKS_ON = re.compile(
    r"(?:realignment|upgradation|upgrade|upgrading|duali[sz]ation|rehabilitation|widening"
    r"|(?P<extension>extension))\b(?!-)"
)
_WORKS_ON_HINTS = ("realign", "upgrad", "dualis", "dualiz", "rehabilit", "widening", "extension")
_ROUTE_END = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_BETWEEN = re.compile(
    rf"(?:\s*\([^()\n]{{1,20}}\))?\s+(?:between\s+(?P<a>{_ROUTE_END})\s+and"
    rf"|from\s+(?P<from>{_ROUTE_END})\s+to)\s+(?P<b>{_ROUTE_END})\b"
)
"""A stretch's two ends after the road it is of (``between A and B``, ``(KKH) from A to B``)."""
_ROAD_CODE = re.compile(r"[A-Z]{1,2}-?\d{1,3}")
_JWG = re.compile(
    r"(?:joint\s+(?:working\s+group|task\s+force|lab(?:oratory)?)|jwg"
    r"|(?P<plain>working\s+group(?<!joint\sworking\sgroup)))"
    r"(?P<plural>s(?=(?:\s*\([^()\n]{1,10}\))?\s+(?:on|for)\s))?"
    r"(?:\s*\([^()\n]{1,10}\))?(?P<on>\s+(?:on|for)\s+)?"
)
"""A working group, task force or joint laboratory, plural only before its topics (``the joint
working groups (JWGs) on A, B and C``), its abbreviation in brackets skipped."""
# Between the topics of plural groups (``the JWGs on health, education and energy``).
_TOPIC_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
# The lowercase topic words just before a working group (``the energy working group``, ``the
# information technology JWG``): up to three words after a determiner, a comma or a clause start.
_TOPIC_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?i:the|a|an|its|their|each|every)\s+)(?P<topic>(?:[a-z][a-z-]*\s+){1,3})\Z"
)
# A working group's topic, in the original text: capitalised words, or a few lowercase ones.
_TOPIC = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:and|&|of|for)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*){0,5}"
    r"|[a-z][\w-]*(?:\s+(?!(?:was|is|were|are|will|would|held|has|have|had|to|for|in|at|which"
    r"|that|with|under|during|on|and|as|by|of|met|meets|also|said|agreed|discussed|reviewed"
    r"|decided|approved|signed)\b)[a-z][\w-]*){0,3}"
)
_CORRIDOR_MODIFIERS = frozenset(
    "health industry industrial digital green innovation growth livelihood openness knowledge"
    " agricultural agriculture open".split()
)
_CORRIDOR_HEAD = re.compile(r"corridors?\b")
_LIST_WORD = re.compile(r"[^\W\d_]+|[^\w\s]")
_DONATED = (
    *("equipment", "panels", "systems", "supplies", "kits", "lights", "machinery"),
    *("pumps", "wells"),
)
_DONATION = re.compile(
    r"(?:solar(?:[- ]powered)?|medical|relief|health|it|computer|laboratory|agricultural)\s+"
    rf"(?:(?:home|power|water|lighting|street|tube)\s+)?(?:{'|'.join(_DONATED)})\b"
)
# How many were donated, written just before (``10,000 solar home systems``): kept in the name.
_COUNT_BEFORE = re.compile(r"\d[\d,.]{0,10}(?:\s+(?:thousand|million|lakh))?\s+\Z")
_DONATING = ("donat", "gift", "handed over", "hand over", "presented", "fund")
_PLANS = ("master", "action")
_PLAN = re.compile(rf"(?:{'|'.join(_PLANS)})\s+plan\b(?P<of>\s+(?:for|of)\s+(?:the\s+)?)?")
# A plan's period written a few words on (``the action plan drawn up in Beijing for 2025-2029``).
_PERIOD_AFTER = re.compile(
    r"[^.;]{0,80}?\bfor\s+(?:the\s+)?(?:period\s+)?(\d{4}\s*[-–]\s*\d{2,4})\b"
)
# What a plan is for, in the original text: a place's thing, capitalised words, or years.
_PLAN_OBJECT = re.compile(
    r"[A-Z][\w-]*['’]s\s+[a-z]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|\d{4}(?:\s*[-–]\s*\d{2,4})?"
)
_SECTOR_WORDS = (
    *"green solar wind hydropower coal housing water desalination agricultural agriculture".split(),
    *"industrial health education digital livelihood".split(),
)
_SECTOR_PROJECT = re.compile(rf"(?:{'|'.join(_SECTOR_WORDS)})\s+project(?=\s+(?:in|at|near)\s)")
# Buildings that are projects when a sentence tells of their works (``a new hospital in
# Gwadar built with a Chinese grant``, ``the upgradation of the Lahore Railway Academy``).
_FACILITY_HEAD = re.compile(
    r"(?:hospital|airport|university|institute|academy|school|college|laboratory|centre|center)"
    r"\b(?!-)"
)
# What identifies a facility whose head is in lower case, written just before it, a few lowercase
# words apart, hyphenated ones too: a bed count (``a 50-bed hospital``) or the two countries (``a
# Pak-China agro-processing college``), which make a facility a joint one whatever the sentence
# says of its works.
_DESCRIBED_BEFORE = re.compile(
    rf"(?:(?P<beds>{_BEDS})|(?P<joint>[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+))\s+"
    r"(?:(?!(?:the|a|an|and|or|of|to|in|at|for|with|by|on|from)\s)[a-z]+(?:-[a-z]+)*\s+){0,3}\Z"
)
_CENTRES = frozenset({"laboratory", "centre", "center"})
_SITE_GAPS = frozenset({" at ", " at the "})
"""What stands between a stage word and the site of the works it tells: ``built at the``."""
_INSIDE_GAPS = frozenset({" in ", " in the "})
"""The same after a noun's progressive passive only (``a plant being built in the X``): works
going on in a place (``work is under way in the X``) are the place's own."""


_SITES = (" in ", " in the ", " at ", " at the ")
"""Written before a mention that may be the site of something else."""
_BESIDE = tuple(
    f" {word} {the}"
    for word in ("near", "next to", "beside", "adjacent to", "along", "alongside")
    for the in ("", "the ")
)
"""Written before a mention that is only a landmark of something else (``a depot will be built
next to the X Motorway``): no stage before it is its own."""
_VENUE_MEETING = re.compile(
    r"\b(?:at|before|to|during|(?:sidelines|margins)\s+of)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}"
    r"meeting\s+of\s+(?:the\s+)?\Z"
)
"""Written before a body whose meeting something is presented to, a site too (``the road would be
presented at the next meeting of the JCC``)."""


def _object_between(low: str, end: int, start: int, site: int) -> bool:
    """True when a word stands between a stage wording ending at ``end`` and the site at ``start``.

    The site's last ``site`` words (``in the``) are not that word.
    """
    return len(low[end:start].split()) > site


def _site_words(low: str, start: int) -> int:
    """How many words before ``start`` make the mention there a site, -1 when none do.

    ``in``/``at`` (and ``the``) are a site's own words; a landmark's (``next to the``, see
    :data:`_BESIDE`) count for none, so any wording before it is something else's.
    """
    if low.endswith(_BESIDE, 0, start):
        return 0
    if low.endswith(_SITES, 0, start):
        return 2 if low.endswith(" the ", 0, start) else 1
    return -1


_WORKS_THERE = frozenset(
    {"work", "works", "construction", "operations", "operation", "progress", "development"}
)
"""Nouns of what goes on at a site (``work at the X port is under way``): their stage is the
site's own."""
_PREDICATE = re.compile(
    r"(?:,?\s+(?!(?:which|who|whose|where|that)\b)(?:in\s+)?[a-z'’-]+(?:\s+[a-z'’-]+)?,?)?"
    r"\s+(?:has|have|had|is|are|was|were|will|would)"
    r"(?:\s+(?:been|be|also|now|already))?\s*"
)
"""What stands between a site and its noun's predicate: at most the site's own place (``in
Bahawalpur``, ``, Faisalabad,``, no relative pronoun), then the predicate's auxiliary. A stage
wording further on may be said of the site (``a manager at the X told reporters that the port has
been operating``), and one with no auxiliary may describe it (``the X built under CPEC``, ``the X,
completed in 2019``)."""


def _held_site(low: str, start: int, end: int, site: int) -> bool:
    """True when the site at ``[start, end)`` (``site`` its words) is where a noun before it is.

    The noun is the word before ``in``/``at`` (``a plant built with Chinese technology in the X``,
    ``the Y plant at the X``); works going on there (see :data:`_WORKS_THERE`) are the site's.
    """
    words = low[max(0, start - 40) : start].split()
    return len(words) > site and words[-site - 1].strip(",") not in _WORKS_THERE


def _at_site(low: str, stage_start: int, stage_end: int, start: int) -> bool:
    """True when only a site's words stand between a stage wording and a mention: the site."""
    gap = low[stage_end:start] if start - stage_end <= 8 else ""
    return gap in _SITE_GAPS or (gap in _INSIDE_GAPS and low.startswith(_MADE_INSIDE, stage_start))


_MADE_INSIDE = (
    *("being ", "will be ", "would be ", "shall be ", "to be ", "is to be ", "are to be "),
    *("was ", "were ", "has been ", "have been ", "had been "),
)
"""A passive of works done, going on or to come, before ``in`` a site: said of its subject (``units
would be set up in the X zone``, ``ten factories have been built in the X zone``: the units and
the factories, not the zone)."""


_AT = ("at ", "at the ", "according to ", "according to the ", "by ", "by the ")
"""Written before a facility that is a venue, a source or an agent (``run by the X Institute``),
not a project."""
# A named facility that is a partner (``sign MoUs with Kandar University and Lora University``) or
# a person's affiliation (``vice-president of the Kandar Institute``): a body the story is about,
# not a project. Read back from the name in the original text.
_PARTNER_BEFORE = re.compile(
    r"\b[Ww]ith\s+(?:the\s+)?"
    r"(?:(?:(?:[A-Z][\w'’.-]*|of)\s+){0,6}[A-Z][\w'’.-]*(?:,\s*|\s+and\s+)(?:the\s+)?)?\Z"
    r"|\b(?i:(?:vice[-\s])?(?:president|chancellor|rector|dean|principal|registrar)|professors?"
    r"|faculty|students?|graduates?|scholars?|researchers?)\s+(?:of|at|from)\s+(?:the\s+)?\Z"
)
_AT_AN = ("at a ", "at an ", "by a ", "by an ")
"""The same before an unnamed facility's words (``a workshop at a new training centre in X``)."""
_PLANT_HEAD = re.compile(r"(?:plant|factory|warehouse|unit|terminal)\b(?!-)")
_PLANT_HINTS = ("plant", "factory", "warehouse", "unit", "terminal")
_WATER_WORDS = frozenset({"desalination", "water", "wastewater", "sewage"})
"""Words of a plant that treats or makes water, a utility's works (sector general), no industry."""
_MAKERS = frozenset({"plant", "factory", "unit"})
"""Heads of unnamed facilities that make things: industry, whatever they make."""
_PLACED_HEADS: dict[str, Sector] = {"unit": Sector.INDUSTRY, "terminal": Sector.TRANSPORT}
"""Heads too vague to be a plant's without a place after them (``a fruit packing unit in Swat``,
``a customs terminal at Sost``), with the sector each implies when its words tell none."""
_AGREEING = (" mou", "memorand")
"""Words of a memorandum, whose deliverables are projects (``MoUs on a seed centre in X``)."""
_INVESTING = (
    *("invest", "built", "build", "set up", "construct", "establish"),
    *("complet", "open", "inaugurat", "start", "began", "begun", "work on", "works on"),
    *("planned", "foundation stone", "groundbreaking", "operational", "in service"),
    *_AGREEING,
)
_VAGUE = frozenset(
    "new major large big small modern similar second third first local mega huge separate another"
    " joint proposed planned".split()
)
"""Words that describe a plant without telling what it makes."""
_ORDINAL_WORDS = frozenset("second third fourth fifth sixth".split())
"""Vague words that still identify a facility at a place: another of its kind (``a second plant
in Sukkur``), as ``a new plant`` does not."""
# An indefinite article and one to four lowercase words just before an unnamed plant's head, the
# vague words opening them apart (``a new steel pipe plant`` is named ``steel pipe plant``).
_COST = r"(?:(?:US)?\$\s?|Rs\.?\s?|RMB\s?)\d[\d,.]{0,8}(?:[-\s]?(?:million|billion|mn|bn|m))?"
"""What a facility costs, written before it (``a $90 million``, ``a Rs5bn``)."""
_MODIFIERS_BEFORE = re.compile(
    rf"\b[Aa]n?\s+(?:(?:{'|'.join(sorted(_VAGUE))}|(?:Chinese|China)-(?:funded|financed|built|backed)"
    rf"|{_COST})\s+)*"
    r"((?:(?:[a-z][a-z-]*|LNG|LPG|CNG|RLNG|EV)\s+){1,4})\Z"
)
"""The modifiers of an unnamed facility: lowercase words, or a fuel's or vehicle's acronym
(``an LNG terminal``, ``an EV assembly plant``), after vague words, a Chinese funder's (``a
Chinese-funded desalination plant``) or its cost (``a $90 million tile factory``), which name
nothing."""
_BARE = frozenset(
    "of the in at to for and with on by from its their his her this that which power solar coal"
    " wind hydropower hydel thermal nuclear police security army military".split()
)
"""Words that end the modifiers (a phrase, not a plant's name) or make it a power plant."""
_FACILITIES = (
    *("hospital", "airport", "university", "institute", "academy", "school", "college"),
    *("laboratory", "centre", "center"),
)
_WORKS = (
    *"construct build built upgrad establish inaugurat renovat expansion grant donat".split(),
    *("opened", "funded", "opening ceremony"),
    *("set up", "handed over", "complet", "foundation stone", "groundbreaking", "operational"),
    *("in service",),
    *_AGREEING,
)
_STAGED_WORKS = (
    *_WORKS,
    *("behind schedule", "ahead of schedule", "broken", "broke ground", "feasibility"),
    *("approved", "cleared", "pc-1", "pc-i"),
)
"""Works words, and the stages that tell of works without them (``the X airport is eight months
behind schedule``, ``ground was broken for the X hospital``, ``the feasibility study of X``,
``ECNEC approved the X Trauma Centre``, ``its PC-1 was cleared``)."""
_JOINT_NAMES = ("pak-china", "pakistan-china", "china-pak", "sino-pak")
"""Written in a sentence naming a joint facility: the facilities run, with or without works."""
# Heads of projects no other finder knows, after a name in capitals (``the Kandar Cold Storage
# Complex``), with the sector each implies when the name's words tell none (None: they must).
_PROJECT_HEADS: dict[str, Sector | None] = {
    "Complex": Sector.GENERAL,
    "Hub": Sector.GENERAL,
    "Scheme": Sector.GENERAL,
    "Facility": Sector.GENERAL,
    "Project": Sector.GENERAL,
    "Plant": Sector.INDUSTRY,
    "Factory": Sector.INDUSTRY,
    "Refinery": Sector.INDUSTRY,
    "Terminal": Sector.PORT,
    "Park": None,
    "City": None,
    "Zone": None,
    "Cell": None,
    "Programme": None,
    "Program": None,
}
_BODY_HEADS = frozenset({"Cell"})
"""Heads of :data:`_PROJECT_HEADS` that name a body (``the CPEC Agriculture Cell``)."""
_PROGRAMME_HEADS = frozenset({"Programme", "Program"})
"""Heads of :data:`_PROJECT_HEADS` that name a programme (``the Kandar Scholarship Programme``)."""
_LOWER_HEADS = frozenset({"project", "programme", "program"})
"""Heads of :data:`_PROJECT_HEAD` that may be written in lower case, after two name words."""
_PROJECT_HEAD = re.compile(rf"(?:{'|'.join((*_PROJECT_HEADS, *_LOWER_HEADS))})\b(?!-)")
_PROJECT_HINTS = tuple(head.lower() for head in _PROJECT_HEADS)
# Words that make a name an organisation's (``the Asian Development Bank project``).
_ORGANISATION_WORDS = frozenset(
    "Authority Company Corporation Limited Ltd Board Ministry Department Council Commission Trust"
    " Agency Bureau Bank Government Group Association Chamber".split()
)
_OF_NAME = re.compile(
    r"\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
)
# A committee set up for CPEC, read back from the CPEC mention after it (``a high-level committee to
# oversee the CPEC``), and an agreement on a topic (in the lower-cased sentence).
_BODY_JOINS = ("on ", "for ", "the ")
_BODY_FOR = re.compile(
    r"\b(?:(?:[a-z]+-(?:member|level)|special|parliamentary|steering|standing|joint|new)\s+){0,2}"
    r"committee\s+(?:to\s+[a-z]+\s+|on\s+|for\s+)(?:the\s+)?\Z",
    re.IGNORECASE,
)
# CPEC entering a phase, in the lower-cased sentence after its name.
_ENTERS_PHASE = re.compile(
    r"(?:\s*\([^()\n]{1,12}\))?\s+(?:(?:would|will|is|was|has|had|to|now|formally|officially|set|poised|about)\s+){0,3}"
    r"(?:enter(?:s|ed|ing)?|mov(?:e|es|ed|ing)\s+(?:in)?to)\s+(?:its|a|the)\s+"
    r"(?:[^\s.;]+\s+){0,2}?(?P<ordinal>first|second|third)\s+phase\b"
)
_AGREEMENT = re.compile(
    r"\b(?:mou|memorandum\s+of\s+understanding|(?:framework\s+)?agreement)"
    r"(?:\s*\([^()\n]{1,10}\))?\s+(?:on|for)\s+(?:the\s+)?"
)
# A sentence that opens by referring back to the initiative named just before, with a verb after.
_ANAPHOR_NOUNS = (
    r"(?P<noun>project|plant|facility|scheme|hospital|airport|port"
    r"|zone|motorway|highway|expressway|road|railway|line|section|park|farm|station|complex|hub"
    r"|terminal|institute|school|laboratory|centre|center|cable)"
)
"""The nouns a back-reference may take up an initiative with, and what may stand before them: a
describing word, a length or a capacity (``The 90-km road``)."""
_ANAPHOR_BEFORE = r"\s+(?:(?:new|original|existing)\s+)?(?:\d[\d,.]*\s?-?[a-z]+\s+)?"
_ANAPHOR = re.compile(
    rf"[\"“‘']?(?:It|(?:The|This){_ANAPHOR_BEFORE}{_ANAPHOR_NOUNS})"
    # Its route may follow the noun (``The existing cable between A and B has been ...``).
    r"(?:\s+(?:between\s+[A-Z][\w'’-]*\s+and|from\s+[A-Z][\w'’-]*\s+to)\s+[A-Z][\w'’-]*)?"
    # An appositive may stand before the verb (``The plant, built with a grant, was opened``),
    # any verb, as it may tell the stage itself (``The airport, completed in 2024, now handles``).
    r"(?:,[^,.;\n]{1,160},\s+[a-z]"
    r"|\s+(?:is|was|are|were|has|had|have|will|would|became|began|started)\b)"
)
_REPORTED_ANAPHOR = re.compile(
    rf"\bthat\s+(?P<descriptor>the{_ANAPHOR_BEFORE}{_ANAPHOR_NOUNS})"
    r"(?:,[^,.;\n]{1,80},)?\s+(?:is|was|are|were|has|had|have|will|would)\b"
)
"""The same opening a reported clause (``told reporters that the plant was 90 percent
complete``)."""
_SAID_ANAPHOR = re.compile(
    rf"s(?<!\w.)aid\s+(?P<descriptor>the{_ANAPHOR_BEFORE}{_ANAPHOR_NOUNS})"
    r",[^,.;\n]{1,80},\s+(?:is|was|are|were|has|had|have|will|would)\b"
)
"""The same with no ``that``, only before an appositive, which may tell the stage (``said the
motorway, built under CPEC and opened to traffic in 2019, had become``)."""
_ANAPHOR_OPENERS = frozenset("IT\"“‘'")
"""What a sentence :data:`_ANAPHOR` matches opens with: most next sentences are told at once."""
# A clause that lists topics to be discussed (``progress on X will feature in the talks``): its
# progress or plan words are the topics', not a stage reached or planned.
_TOPICAL = frozenset({InitiativeStatus.PROGRESS, InitiativeStatus.PLANNED})
_AGENDA = re.compile(
    r"(?:will|would|shall|to|are\s+to|is\s+to)\s+(?:also\s+)?(?:feature|be\s+discussed"
    r"|come\s+under\s+discussion|be\s+on\s+the\s+agenda|top\s+the\s+agenda)\b"
)
# What an agreement's topic is not: a work on something (its object is the initiative) or an
# action (``an agreement on expanding CPEC``, ``on enhancing the trade``).
_NOT_TOPIC = re.compile(
    r"(?i:construction|establishment|development|upgradation|building|setting\s+up)\b"
    r"|[a-z]+ing\s+(?:[A-Z]|the\s|a\s|an\s|its\s|their\s)"
)
# What opens a clause with its own subject between a stage wording and a mention: a
# subordinator, a source (``according to``), a reporting verb before a reported clause
# (``said the``, ``adding that``) or a second one (``and that the``), a purpose or a participle
# clause.
# ``after`` and ``before`` are left out: mostly prepositions (``after its inauguration``).
# Each alternative opens with its first character (a subordinator's word boundary is checked
# after it, see :func:`_word_at_start`), grouped by it: the engine tries one group at each
# character of a sentence, not every alternative.
_SUBORDINATORS = (
    *("once", "when", "whenever", "unless", "if", "because", "although", "though", "whereas"),
    *(r"so\s+that", r"according\s+to"),
)
_REPORTING = (
    *("said", "says", "add(?:ed|ing)", "not(?:ed|ing)", "stat(?:ed|ing)", "informed"),
    r"told\s+[a-z]+",
)
_OPENER = re.compile(
    _by_first_letter(
        *(_word_at_start(word) + r"\b" for word in _SUBORDINATORS),
        # A meeting's end or start that times the main clause (``agreed to set up X, as the
        # 14th meeting of the Y concluded``): the meeting's clause has its own subject.
        _word_at_start("as") + r"\s+the\s+(?:[a-z\d-]+\s+){0,3}?(?:meeting|session|talks)\b",
        *(verb + r"\s+(?:that\b|the\s)" for verb in _REPORTING),
        # A second reported clause of the same verb (``said X was operational and that 70 percent
        # of the work on Y was done``): ``that`` before a determiner or a number opens a clause.
        _word_at_start("and") + r"\s+that\s+(?:(?:the|a|an|its|their)\b|\d)",
        # One announces a project (``announced the X project``) or a reported clause.
        r"announc(?:ed|es|ing)\s+that\b",
        # Verbs that only report a clause after ``that`` (``the JWG reported that X was
        # completed``: the stage is X's, not the reporter's), read back from ``that``: one more
        # group of alternatives would be tried at every character.
        r"that\b(?:"
        + "|".join(
            rf"(?<={verb}\sthat)"
            for verb in (
                *("reported", "confirmed", "disclosed", "revealed", "observed", "assured"),
                *(r"pointed\sout", "explained", "briefed", "underlined", "stressed"),
            )
        )
        + ")",
        # Openers only of what follows a stage (named groups), not of an appositive between a
        # subject and its verb (``X, costing the exchequer $2bn, was completed``): a purpose,
        # what is guarded not being what is raised (``a unit will be raised to guard X``), and a
        # participle clause of result with its object (``approved X, clearing the way for Y``),
        # not a list (``, including the``), a gerund listed (``, mining of coal``) nor what names
        # what was said of (``he said, citing X``).
        r"t(?P<purpose>o\s+(?:guard|protect|secure|safeguard|defend|patrol|escort)\b)",
        # A verb phrase after ``but``, the subject's next predicate: its objects take no stage
        # of the first (``X was completed but has so far supplied only the Y zone``).
        r"b(?<!\w.)(?P<but>ut\s+(?:has|have|had|is|are|was|were|so\s+far|still|only|now)\b)",
        r",(?P<result>\s+(?!(?:includ|compris|cover|involv|featur|cit|mention|nam|referr|point)"
        r"ing\b)[a-z]+ing\s+(?:the|a|an|its|their|his|her)\s)",
        # A reporting frame after what is reported (``X agreed to Y," officials said after Z``),
        # not a relative clause (``X, which he said was ...``) nor one that names what was said
        # of (``we completed projects," he said, citing X``).
        r",[\"”’']?\s+(?!(?:which|who|that)\b)(?:[a-z]+\s+){1,3}?(?:said|told|added|stated)\b"
        r"(?!,\s+(?:[a-z]+ly\s+)?(?:mention|cit|nam|referr|includ|point)[a-z]*\b)",
    )
)
_MEETING_NOUNS = ("meeting", "session")
"""The nouns of a body's sitting (``the 14th JCC meeting``, ``its second session``)."""
_MEETING_WORDS = ("held", "meet", "met", "convene", "hold", "meeting of", *_MEETING_NOUNS)
# Written before an agreement's wording that is still to be signed (``to sign an MoU``, ``will
# witness the signing of``).
_TO_SIGN = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:sign\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}"
    r"|(?:also\s+)?(?:witness|attend|oversee)\s+the\s+)\Z"
)
# Written before an agreement's wording that is a predicate noun (``was not only an economic``).
_WHAT_IT_IS = re.compile(
    r"\b(?:is|was|are|were)\s+(?:not\s+)?(?:only\s+|just\s+|also\s+|merely\s+)?an?\s+"
    r"(?:[a-z-]+\s+){0,2}\Z"
)
# Written after an agreement's wording that the clause says will be signed.
_SIGNED_LATER = re.compile(
    r"(?:\s+[^\s.;]+){0,10}?\s+(?:will|would|shall|(?:is|are)\s+to|(?:(?:is|are)\s+)?(?:expected"
    r"|due|set|scheduled|likely)\s+to)\s+be\s+(?:signed|inked|initial+ed)\b"
)
# Written before an agreement's wording in a clause about what is still to be signed (``the
# documents to be signed next week include a financing agreement for X``).
_TO_BE_SIGNED = re.compile(r"\b(?:to|will|would|shall)\s+be\s+(?:signed|inked|initial+ed)\b")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_REACH = 320
"""How far (in characters) a stage wording may stand from the mention it is said of."""
# A trip or visit written before a mention: the plans of its clause are the trip's.
_TRIP = re.compile(r"\b(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|travel\w*)\b")
# A verb right after a mention, which makes it the subject of its clause unless a preposition
# comes just before it.
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|on|in|at|to|from|with)\s+(?:the\s+)?\Z")
_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|shall|remains?|became|becomes)\b"
)
# Written just before a mention that holds the works a sentence is about (``projects under the
# CPEC``, ``set up within the Gwadar Free Zone``): their stage (built, set up, approved) is theirs.
# (``As part of`` does not hold: ``X will be upgraded as part of the second phase`` plans that
# phase too.)
_FRAMEWORK = (
    r"(?:(?:[a-z-]+\s+){0,2}?(?:framework|ambit|umbrella|aegis|banner)\s+of\s+(?:the\s+)?)?"
)
"""A frame named between the preposition and the container (``under the framework of CPEC``),
perhaps with its field (``under the agriculture cooperation framework of CPEC``)."""
_CONTAINER = re.compile(rf"\b(?:under|within)\s+(?:the\s+)?{_FRAMEWORK}\Z")
# Written just before what a feasibility study is about, or one of the list it is about (``studies
# for the Kandar and Zarghun zones``): the initiative is still a plan.
_STUDY_OF = re.compile(
    r"\bfeasibility\s+(?:study|studies|report)\s+(?:of|for|on)\s+(?:the\s+)?"
    r"(?:(?:[^\s.;]+\s+){1,6}?(?:and|&)\s+)?\Z"
)
_STUDY_BEGUN = re.compile(
    r"\b(?:began|begun|started|launched|commenced|completed|finished|conducted)\s+"
    r"(?:a|an|the|its)\s+(?:(?:[a-z-]+\s+)?(?:survey|surveys|fieldwork|groundwork)\s+"
    r"(?:for|of)\s+(?:a|an|the|its)\s+)?(?:[a-z-]+\s+)?\Z"
)
"""A study begun or done, before its ``feasibility`` (``has begun a fresh feasibility study``),
or its survey done (``completed the field survey for the feasibility study``)."""
_STUDY_DONE = re.compile(
    r"[^.;]{0,80}?\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?"
    r"(?:complete|completed|finished|finali[sz]ed|conducted)\b"
)
"""A study done, after what it studies (``the feasibility study of X, ..., had been completed``)."""


def _study_stage(low: str, study: int, end: int) -> InitiativeStatus:
    """The stage of what a feasibility study at ``study`` is of, the mention ending at ``end``.

    What is being studied is still planned, unless the study has begun or is done: that is the
    project's progress (``has begun a feasibility study for X``, ``the feasibility study of X was
    completed``), though no works have begun.
    """
    if _STUDY_BEGUN.search(low, max(0, study - 80), study) or _STUDY_DONE.match(low, end):
        return InitiativeStatus.PROGRESS
    return InitiativeStatus.PLANNED


# The same for CPEC, which also holds what is brought into it (``include the line in the CPEC``).
_PHASES = frozenset({"cpec-phase-1", "cpec-phase-2"})
"""CPEC's phases: like CPEC, what projects are put in (``include in the second phase``)."""
_CPEC_CONTAINER = re.compile(rf"\b(?:under|within|in|into)\s+(?:the\s+)?{_FRAMEWORK}\Z")
_FIELD = re.compile(r"\s+in\s+(?:the\s+)?(?:fields?\s+of\s+)?[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?")
# A noun right after CPEC, which CPEC then only qualifies (``a CPEC investment conference``): its
# stage is the noun's. (Not a verb: ``CPEC will``, ``CPEC has``, ``CPEC entered``.)
_ATTRIBUTIVE = re.compile(
    r"(?:\s*\([^()\n]{1,12}\))?\s+(?!(?:is|are|was|were|has|have|had|will|would|shall|can|could"
    r"|may|might|must|should|and|or|but|to|in|on|at|of|for|with|by|as|from|under|into|which|that"
    r"|who|since|after|before|during|also|now|itself)\b)[a-z]+(?<!ed)(?<!es)\b(?!-)"
)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and|as)\s|while(?<=\swhile)\s")
_CPEC_ID = "cpec"
_CPEC = re.compile(
    r"\bCPEC\b|\b(?:China|Pak(?:istan)?)[-–\s]+(?:China|Pak(?:istan)?)\s+Economic\s+Corridor\b",
    re.IGNORECASE,
)
# Capitalised words that start a sentence or only describe: they do not identify a project
# (demonyms and country names are caught by _describes).
_NOT_NAMES = frozenset(
    "the a an this that these those its their his her our new first second third mega major key"
    " flagship another one proposed said"
    # A fronted adverbial's or a quantifier's word before a name (``Under CPEC, the X and Y
    # projects``, ``Both the X and Y projects``).
    " under within with both besides unlike after before meanwhile also".split()
)
_LEFT_WORD = re.compile(rf"{_CAPACITY_TEXT}\b|\S+", re.IGNORECASE)
_ROMAN = re.compile(r"[IVX]+")
_DIGIT = re.compile(r"\d")
_ABBREVIATION = re.compile(r"\([A-Z][A-Za-z]{0,4}-?\d{0,2}\)")
"""An abbreviation in brackets within a name, before its head (``(K-3)``)."""
_UNIT_LABELS = frozenset({"Unit", "Block", "Phase", "No.", "Line"})
"""Words a number after them names a part by (``Unit 3``)."""
_NAME_WORD = re.compile(rf"(?:[A-Z][\w'’.-]*|{_POWER_TEXT}|[IVX]+)\Z")

_FUEL = r"(?-i:R?LNG|LPG|CNG)|(?:oil|fuel|petroleum)\s+(?:storage|terminals?|depots?)"
"""Fuel kept or landed (``an LNG terminal``, ``an oil storage terminal``): the energy sector's."""
_SECTORS: tuple[tuple[Sector, re.Pattern[str]], ...] = tuple(
    (sector, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for sector, words in (
        (Sector.GREEN, "green"),
        (Sector.HEALTH, "health|hospital|medical|healthcare|trauma|cardiac|cardiology|clinics?"),
        (
            Sector.ICT,
            r"information\s+technology|(?-i:IT|ICT)|digital|telecom\w*|optic\w*|fib(?:re|er)"
            r"|software|5G|internet|cyber\w*|artificial\s+intelligence"
            r"|technology(?<!agricultural\stechnology)(?<!agriculture\stechnology)\s+parks?"
            r"|remote\s+sensing|satellites?"
            r"|data\s+cent(?:re|er)s?|smart\s+cit(?:y|ies)"
            r"|(?-i:AI)",
        ),
        (
            Sector.EDUCATION,
            r"education\w*|universit\w+|academy|school|vocational|scholarships?|institutes?|languages?"
            r"|colleges?|training|skills?|excellence|campus(?:es)?",
        ),
        (
            Sector.AGRICULTURE,
            r"agricultur\w*|farming|livestock|cattle|poultry|fisher\w*|seeds?|cotton|cold\s+storage|dairy"
            r"|horticultur\w*|food\s+processing|agri-?tech\w*",
        ),
        (Sector.FINANCE, r"financ\w*|banking|banks?|currency"),
        (Sector.SECURITY, r"security|defen[cs]e"),
        (
            Sector.ENERGY,
            r"power|hydropower|hydro|hydel|hydroelectric|dams?|solar|wind|coal\w*|energy|electricity"
            r"|transmission|grid\s+stations?|thermal|nuclear|MW|megawatts?|(?:gas|oil)\s+pipelines?"
            rf"|{_FUEL}",
        ),
        (
            Sector.INDUSTRY,
            r"industr\w*|special\s+economic\s+zones?|economic\s+zones?|SEZs?|free\s+zones?"
            r"|manufactur\w*|ceramics?|tiles|cement|textiles?|garments?|fertili[sz]ers?"
            r"|mining|minerals?|business\s+parks?|logistics\s+parks?",
        ),
        (
            Sector.TRANSPORT,
            r"dry\s+port|roads?|highways?|motorways?|expressways?|bypass(?:es)?|rail\w*|metro|airports?"
            r"|bridges?|tunnels?|transport\w*|logistics|mass\s+transit|rapid\s+transit",
        ),
        (Sector.PORT, r"ports?|seaports?|harbou?rs?|jett(?:y|ies)|berths?|maritime|shipping"),
    )
)


def _each(starts: str, rest: str) -> str:
    """``|start rest`` for each blank-separated start: alternatives that each begin with a letter.

    A group first (``(?:is|are) operational``) would make the regex engine try the group at every
    character; written out, the engine skips straight to the characters an alternative can start
    with.
    """
    return "".join(f"|{start}{rest}" for start in starts.split())


def _done(word: str, between: tuple[str, ...] = ("",)) -> str:
    """``word`` (in a stage pattern) unless a future or an intention comes just before it.

    ``between`` are fixed-width regexes that may stand between the two (the words ``review the``
    make ``to review the progress`` an intention too).
    """
    return word + "".join(
        rf"(?<!\b{before}\s{words}{word})" for before in _FUTURE for words in between
    )


_FUTURE = ("be", "will", "would", "shall", "to")
"""Words before a verb that make it a plan or an intention (``will inaugurate``, ``to be
commissioned``), not something done."""
_BUILT_AMOUNT = r"built\s+(?:about|over|more\s+than|nearly|some|\d[\d,.]*)"
_TO = r"to(?<!supposed\sto)(?<!meant\sto)"
"""``to`` before what is to be done, but not what only was to be (``supposed to be completed``)."""
_STILL = r"(?:(?:still|now|currently|already)\s+)?"
"""An adverb between a verb and the works' state (``work is still under way``)."""
_NO_PLAN = (
    r"(?:financ|fund|discuss|consider|debat|examin|plac|present|tabl|submitt|forward|referr"
    r"|guard|protect|secur|follow|preced|nam|identifi|quot|invit)"
)
"""Verbs whose ``will be <verb>ed`` plans no works (``would be financed``, ``be placed before``,
``the visit will be followed by a meeting of X``: the visit's sequel, no plan of X; a source
``who asked not to be named``, ``identified`` or ``quoted``; investors ``would be invited to
X``)."""
_MAKE = r"(?:also\s+|next\s+)?(?:set\s+up|build|construct|establish|fund|open)"
"""Verbs of making, opening or funding a project, after ``will``: ``will set up X``, ``would open
X`` and ``would next fund X`` plan X."""
_PLANNED_WORKS = (
    r"(?:also\s+|further\s+|soon\s+)?(?:be|build|construct|set\s+up|establish|develop|launch"
    r"|start|begin|commence|expand|upgrade|extend|open|install|complete|commission|execute"
    r"|implement|inaugurate|lay|undertake|create|add|convert|revive|resume|connect|link|sign"
    r"|ink|finali[sz]e|approve|invest|spend)\b"
)
"""What a plan to do may make of works, or agree of them (``plans to build X``, ``planned to be
completed``, ``planned to sign X``)."""
_LASTS = "final last closing concluding"
_LAST_STAGE = rf"\s+(?:its|their|the)\s+(?:{'|'.join(_LASTS.split())})\s+(?:stages?|phases?)"
"""The last stage of something (``in its final stage``): its words are the stage's hints."""
_INTO_GRID = r"\s+(?:[a-z\d,.]+\s+){0,3}?(?:(?:in)?to\s+)?the\s+(?:national\s+)?grid\b"
"""What feeds the grid, after the verb (``feeding 300mw into the national grid``)."""
_SPELLED_SHARE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|ten|fifteen)"
)
"""A share of the works spelled out, as news style writes numbers (``seventy``, ``sixty-five``)."""
_OPENING_OF = (
    r"\s+(?:the\s+|its\s+)?(?:formal\s+|official\s+|grand\s+)?opening(?:\s+ceremony)?(?=\s+of\b)"
)
"""The opening of what follows, after a preposition: done only when told in the past (see
:data:`_FUTURE_BEFORE`)."""
_OPENING_PREPOSITIONS = "for at during after since"
"""The prepositions before an opening of :data:`_OPENING_OF`."""
_FIRST_VERBS = ("received", "receives", "welcomed", "welcomes", "handled", "handles")
"""Verbs telling a port's or airport's first ship or flight come in: it is in service."""
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|latest)"
)
"""A meeting's number, in figures or words, or ``latest``: one that has a place in a series."""
_TO_COME = (
    r"\s+(?:will|would|shall|(?:is|are|was|were)\s+(?:to|due|expected|scheduled|set|planned"
    r"|slated))\b"
)
"""What comes after a groundbreaking still to be held (``groundbreaking is planned for May``)."""
_GROUNDBROKEN = r"(?:[^.;,]|,(?=\d)){1,80}?"
"""What a groundbreaking is of, up to a clause's comma: an appositive's future (``the
groundbreaking of X, a road that will link A with B``) is no groundbreaking to come."""
_TIME_PAST = (
    r"(?:last|earlier\s+this)\s+(?:year|month|week|spring|summer|autumn|winter)"
    r"|(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?|weeks?)\s+ago"
)
"""A time past told relative to now (``last year``, ``two years ago``), after ``opened``."""
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"


# Stages, most advanced wording first, each with literal hints checked before its regex runs. The
# patterns start with a letter, not a lookbehind or group (see :func:`_each`), for speed. A stage
# may have several entries: rare wording with its own hints runs only where they are.
_RUNS = ("runs", "operates", "manages")
_RUNNERS = "company firm operator consortium venture subsidiary utility energy power ltd limited"
"""Who runs a work: a common noun (``the company that runs X``) or a company's name's last word
(``Tarnol Energy, which runs X``, ``Marvoz Power Ltd, which operates X``)."""
_STATUSES: tuple[tuple[InitiativeStatus, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (status, hints, re.compile(f"(?:{words})"))
    for status, hints, words in (
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            (
                "construct",
                "built",
                "commissioning",
                "%",
                "percent",
                "per cent",
                "pc ",
                "ground",
                "complet",
                "first unit",
                *(f"first {count} units" for count in ("two", "three", "four", "five", "six")),
                "foundation",
                "underway",
                "under way",
                "in progress",
                "ongoing",
                "behind",
                "ahead",
                "trial",
                "test run",
                "functional test",
                "being developed",
                "being installed",
                "under development",
                "broke",
                "building",
            ),
            r"under[-\s]+(?:construction|development)\b|being\s+(?:built|constructed|developed|installed)\b"
            # Commissioning under way, not dated past (``operating since its commissioning``).
            r"|(?<!since\sits\s)(?<!since\stheir\s)commissioning\b"
            # Someone building it now or then (``the province was building X``): said of its
            # object (see :func:`_closeness`).
            + _each("is are was were", rf"\s+{_STILL}(?:building|constructing)\b")
            + r"|construction\s+(?:work\s+)?(?:(?:on|of)\s+[^.;]{1,120}?\s+[\"“‘']?)?"
            rf"(?:is|was|are|were|has|had)\s+(?:been\s+)?{_STILL}"
            r"(?:underway|under\s+way|in\s+progress|ongoing|started|begun)\b"
            # Construction past a share of the works (``construction of X has crossed 40
            # percent``, ``work on X had reached 24 percent``): still going on.
            r"|(?:construction\s+(?:work\s+)?|work\s+)(?:(?:on|of)\s+[^.;]{1,120}?\s+)?(?:has|have|had)\s+"
            r"(?:crossed|passed|surpassed|exceeded|reached)\s+(?:the\s+)?\d{1,3}\s?(?:%|percent|per\s+cent|pc\b)"
            # A share of the works done (``40 percent of the earthwork is complete``, ``70pc
            # complete``), or of its progress (``achieved 60 percent physical progress``).
            r"|\d{1,3}\s?(?:%|percent|per\s+cent|pc)\s+(?:complete|completed|work"
            r"|(?:physical\s+|overall\s+)?progress\b"
            r"|of\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]*works?\b)"
            # A groundbreaking still to be held is planned (see PLANNED).
            rf"|ground[- ]?breaking\b(?!(?:\s+ceremony)?(?:\s+(?:of|for)\s+{_GROUNDBROKEN})?"
            rf"{_TO_COME})"
            # Ground broken, like a groundbreaking held.
            + r"|broke\s+ground\b|ground\s+(?:was|has\s+been|had\s+been)\s+broken\b"
            + _each("will would", r"\s+be\s+completed\b")
            + rf"|{_TO}\s+be\s+completed\b"
            # The first unit or units of a plant done (``the first two units of X were
            # synchronised``): the others are still being built.
            + r"|first\s+(?:unit|(?:two|three|four|five|six)\s+units)\b"
            # Laying the foundation stone starts the works, like a groundbreaking.
            r"|(?:laid|laying|lays)\s+(?:the\s+)?foundation\s+stones?\b"
            r"|foundation\s+stones?\s+(?:(?:of|for)\s+[^.;]{1,120}?\s+)?"
            r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+laid\b"
            r"|near(?:ing)?\s+completion\b|close\s+to\s+completion\b"
            r"|(?:nearly|almost)\s+complete\b"
            # A quote may open before the verb (``work on X “is under way”``).
            r"|works?\s+(?:on\s+[^.;]{1,120}?\s+[\"“‘']?)?(?:is|are|was|were|has\s+been|have\s+been)"
            rf"\s+{_STILL}(?:underway|under\s+way|in\s+progress|ongoing)\b"
            # Behind or ahead of schedule: the works are going on.
            # (Completed ahead of schedule is done.)
            r"|behind\s+schedule\b|ahead(?<!complete\sahead)(?<!completed\sahead)\s+of\s+schedule\b"
            # A trial run, operation or production, or a plant's functional tests, are the
            # commissioning of works just finished (``started trial production``).
            r"|trial\s+(?:run|operations?|production)\b|test\s+run\b|functional\s+tests?\b",
        ),
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            ("percent", "per cent", "half"),
            # A share of the works spelled out (``seventy percent complete``), read from its
            # ``percent``: the number before is checked by :func:`_stated`; or a half.
            r"per(?:cent|\s+cent)\s+(?:complete|completed|done|finished)\b"
            r"|half\s+(?:complete|completed|done|finished|built)\b",
        ),
        (
            InitiativeStatus.COMPLETED,
            ("service",),
            # In service now (``the dry port is now in service``, ``entered commercial service``).
            _each(
                "is are was were been", rf"\s+{_STILL}in\s+(?:commercial\s+|regular\s+)?service\b"
            )[1:]
            + r"|(?:entered|went\s+into)\s+(?:commercial\s+|regular\s+)?service\b"
            # In service since a time past, even with no verb (``the X, in service since 2019,``).
            + r"|in\s+(?:commercial\s+|regular\s+)?service\s+since\b",
        ),
        (
            InitiativeStatus.PLANNED,
            ("want",),
            # Wanted by planners or a government (``planners also want a Blue Line``), said of
            # its direct object (see :func:`_closeness`).
            r"want(?:s|ed)?\s+(?:also\s+)?(?:an?|another)\s",
        ),
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            ("accelerat", "expedit", "speeded", "sped", "fast-track"),
            # Works to be sped up are going on (``work on X will be accelerated``), no plan.
            r"(?:construction|works?)\s+(?:(?:on|of)\s+[^.;]{1,120}?\s+)?(?:will|would|shall|is\s+to"
            r"|are\s+to|to)\s+be\s+(?:accelerated|expedited|speeded\s+up|sped\s+up|fast-tracked)\b",
        ),
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            ("place", "position"),
            # A structure's part lifted or set in place (``the reactor dome of X was set in place``,
            # ``a girder of X was hoisted into position``): a construction milestone.
            r"(?:dome|roof|girder|span|module|turbine|generator|rotor|stator|beam|deck|liner|vessel"
            r"|pylon|arch)s?\b[^.;]{0,100}?\s(?:lifted|hoisted|set|put|placed|lowered|installed"
            r"|raised)\s+in(?:to)?\s+(?:place|position)\b",
        ),
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            ("commercial", "start generating", "start production", "begin production"),
            # Commercial operation, generation or production still to start: the works are about
            # done, not in service (``will start generating electricity in August``).
            _each(
                "expected due set scheduled slated will would",
                r"\s+(?:to\s+)?(?:start|begin|commence)\s+(?:its\s+|their\s+)?(?:full\s+)?"
                r"(?:commercial\s+operations?|generating|(?:commercial\s+)?production)\b",
            )[1:],
        ),
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            tuple(f"{last} {stage}" for last in _LASTS.split() for stage in ("stage", "phase")),
            # Works in their last stage (``civil works on X are in their final phase``, ``X is in
            # the final stages of construction``) are still going on; a stage of talks is no works.
            r"(?:construction|works?)\s+(?:(?:on|of|at)\s+[^.;]{1,120}?\s+)?(?:is|are|was|were)"
            rf"\s+{_STILL}in{_LAST_STAGE}\b"
            + _each(_LASTS, r"\s+stages?\s+of\s+(?:construction|works?)\b"),
        ),
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            ("only", "so far"),
            # Partial works: only some parts done, or done so far, is work still going on.
            r"only\s+(?:the\s+|a\s+|an\s+|its\s+)?[a-z][^.;]{0,80}?\s+(?:has|have|had)\s+been"
            r"\s+(?:built|put\s+up|erected|completed|laid|constructed)\b"
            + _each("has have had", r"\s+been\s+(?:built|put\s+up|erected|completed)\s+so\s+far\b"),
        ),
        (
            InitiativeStatus.UNDER_CONSTRUCTION,
            (
                *("began", "begun", "commenc", "start", "kicked", "swing", "resum", "continu"),
                *("reviewed", "reviewing", "inspect", "monitor"),
            ),
            # Works begun, resumed or going on (``construction of X began``, ``work on X and Y
            # continues``, ``started work on X``), in full swing, or reviewed or inspected
            # (``reviewed work on X``).
            r"(?:construction|works?)\s+(?:(?:on|of)\s+[^.;]{1,120}?\s+)?"
            r"(?:began|started|commenced|kicked\s+off|resumed|continue[sd]?"
            r"|(?:is|are|was|were)\s+continuing)\b"
            + _each(
                "started began begun commenced launched",
                r"\s+(?:the\s+)?(?:construction|civil\s+works?|works?)\s+(?:on|of)\b",
            )
            + r"|in\s+full\s+swing\b|works?\s+continues?\s+on\b"
            + _each(
                "reviewed reviewing inspected inspecting monitored monitoring",
                r"\s+(?:the\s+)?(?:ongoing\s+|construction\s+|civil\s+)?works?\s+(?:on|of|at)\b",
            ),
        ),
        (
            InitiativeStatus.COMPLETED,
            (
                "complet",
                "inaugurat",
                "operati",
                "into service",
                "handed",
                "functional",
                "fully developed",
                "landing",
                "donated",
                "commissioned",
                "carr",
                "cod",
                "generating",
                "producing",
                "supplying",
                "production",
                *("started production", "began production", "commenced production"),
                *("started commercial production", "began commercial production"),
            ),
            # ``operational`` said of the initiative, not ``operational preparedness``.
            # ``was inaugurated`` is done; ``will (be) inaugurated`` is a plan (see PLANNED) and
            # ``to inaugurate`` an intention.
            _done("completed")
            + r"\b|"
            + _done("inaugurat")
            + r"\w*|"
            + _done("commissioned")
            + r"\b|operationali[sz]ed\b"
            + _each(
                r"is are was were been became become now fully",
                r"\s+(?:all\s+|both\s+)?(?:operational|complete)\b",
            )
            + r"|handed\s+over\b|fully\s+functional\b"
            # Put or placed into (commercial) operation or service.
            r"|(?:put|placed)\s+into\s+(?:full\s+|commercial\s+)?(?:operations?|service)\b|"
            # ``fully developed`` is done; ``not (yet) fully developed``, ``to be`` one, is not.
            + _done("fully", ("", "yet "))
            + r"(?<!not\sfully)(?<!not\syet\sfully)\s+developed\b"
            + _each(
                r"started began commenced reached achieved attained",
                r"\s+(?:full\s+)?(?:commercial\s+)?operat(?:ions?|ing)\b",
            )
            # Production begun, now running (``production has begun at X``, ``X started
            # production``); a trial run is commissioning (see UNDER_CONSTRUCTION).
            + _each(
                "started began commenced",
                r"\s+(?:commercial\s+)?production\b(?!\s+(?:of|on)\s+(?:the\s+)?works)",
            )
            # Begun at a site is said of the sites after it (see :func:`_closeness`).
            + r"|production(?<!trial\sproduction)\s+(?:has|have|had)\s+(?:begun|started"
            r"|commenced)(?:\s+(?:at|in))?\b"
            # The commercial operation date (COD) achieved.
            + _each(r"achieved attained reached", r"\s+(?:its\s+)?cod\b")
            + r"|first\s+landing\b"
            + _each(r"is are has\s+been have\s+been", r"\s+operating\b")
            + r"|donated\b"
            # In service: carrying passengers, or generating power now.
            r"|carr(?:ies|ied)\s+(?:over\s+|about\s+|around\s+|more\s+than\s+)?\d[\d,.]*"
            r"\s+(?:thousand\s+|million\s+|lakh\s+)?passengers\b"
            + _each(
                r"is are was were has\s+been have\s+been",
                rf"\s+{_STILL}(?:generating|producing|supplying)\b",
            )
            # Supply begun is service begun (``began supplying clean water to the town``); the
            # perfect (``has started supplying``) may be a later predicate of a plant at a site.
            + r"|began\s+(?:generating|producing|supplying)\b"
            r"|started(?<!has\sstarted)(?<!have\sstarted)(?<!had\sstarted)"
            r"\s+(?:generating|producing|supplying)\b",
        ),
        (
            InitiativeStatus.COMPLETED,
            (
                "entered",
                "went into",
                "came",
                "comes",
                "connected",
                "synchron",
                "reviewed",
                "reviewing",
                "inspect",
                "in operation",
                "feeding",
                "feeds",
            ),
            # In service: in commercial operation, online, feeding the grid, its operations
            # reviewed or inspected.
            r"entered\s+(?:into\s+)?(?:full\s+)?(?:commercial\s+)?operations?\b"
            r"|(?:came|comes)\s+online\b"
            r"|(?:came|went)\s+into\s+(?:full\s+)?(?:commercial\s+)?operations?\b"
            + _each("is are was were been", r"\s+in\s+(?:full\s+|commercial\s+)?operation\b")
            + _each(
                "reviewed reviewing inspected inspecting",
                r"\s+(?:the\s+)?operations\s+(?:of|at)\b",
            )
            + _each(
                "is are was were been",
                r"\s+(?:connected|synchroni[sz]ed)\s+(?:to|with)\s+the\s+(?:national\s+)?grid\b",
            )
            # Feeding the grid now or since a date (``has been feeding power into the grid``).
            + _each("is are was were been", rf"\s+{_STILL}feeding{_INTO_GRID}")
            + rf"|feeds{_INTO_GRID}",
        ),
        (
            InitiativeStatus.COMPLETED,
            (
                *("in operation since", "in commercial operation since", "in full operation since"),
                *("operational since", "operating since"),
                *("since its commissioning", "since their commissioning"),
            ),
            # Operating since a time past, even with no verb (``the X mine, in operation since
            # 2019, produced``, ``operational since May``), or since it was commissioned.
            r"in\s+(?:full\s+|commercial\s+)?operation\s+since\b|operat(?:ional|ing)\s+since\b"
            r"|since\s+(?:its|their)\s+commissioning\b",
        ),
        (
            InitiativeStatus.COMPLETED,
            _RUNS,
            # Run by a company now (``the company that runs the X plant``, ``a firm which
            # operates the X port``): in service. Said of its direct object (see
            # :func:`_closeness`).
            _each(
                _RUNNERS,
                r",?\s+(?:that|which)\s+(?:now\s+|also\s+|currently\s+)?(?:runs|operates|manages)\b",
            )[1:],
        ),
        (
            InitiativeStatus.COMPLETED,
            ("built", "opened", "upgraded", "running", "opening", "delivered"),
            # Built, opened or upgraded: a participle alone is not enough, but one built with
            # someone's aid or grant, by someone or under a programme is done (``a school built
            # with Chinese aid``, ``a plant built under CPEC``), and so is one opened at a time
            # past (``opened in May``, ``since it opened``) or what someone has built or
            # delivered. Running since a date is in service.
            _each(r"was were has\s+been have\s+been had\s+been", r"\s+(?:built|opened|upgraded)\b")[
                1:
            ]
            # Opened to traffic, unless only to be (``can be opened to traffic by May``).
            + r"|(?<!\sbe\s)opened\s+(?:to\s+(?:traffic|the\s+public|(?:commercial\s+)?flights"
            r"|passengers)"
            r"|its\s+(?:new\s+)?(?:[a-z-]+\s+(?:and\s+)?){0,3}?(?:doors|wards|terminals?|gates))\b|"
            + _done("built")
            + r"\s+(?:with\s+(?:an?\s+)?(?:[^\s,.;]+\s+){0,3}?"
            r"(?:aid|grants?|assistance|funding|financing|help|support|loans?)|by|under)\b"
            + _each("has have had", r"\s+(?:so\s+far\s+|already\s+)?(?:built|delivered)\b")
            # An amount built (``Chinese firms built about 8,000MW, including X``, ``a plant built
            # 20 years ago``): said of what comes before or after it (see :func:`_closeness`).
            + "|"
            + _BUILT_AMOUNT
            + "|"
            + _done("opened")
            + rf"\s+(?:(?:in|on)\s+(?:{_MONTHS}|\d{{4}})|{_TIME_PAST})\b"
            + r"|since\s+(?:it|they)\s+opened\b"
            + r"|running\s+(?:since|at\s+full\s+capacity)\b"
            # An opening ceremony attended or held was the opening.
            + _each("attended held hosted", r"\s+(?:the\s+|an\s+)?opening\s+ceremony\b"),
        ),
        (
            InitiativeStatus.COMPLETED,
            ("opening",),
            # A trip or an event for its opening, told in the past (``flew to X for the opening of
            # Y``: see :data:`_OPENING_OF`).
            _each(_OPENING_PREPOSITIONS, _OPENING_OF)[1:],
        ),
        (
            InitiativeStatus.COMPLETED,
            (
                *("years of", "handl", "generat", "suppl", "clear", "carr", "brought"),
                *("chinese-built", "china-built", "classes", "patients", "students", "receiving"),
                *(f"{verb} {det} first" for verb in _FIRST_VERBS for det in ("its", "the")),
            ),
            # In service: years of operation marked; cargo handled or cleared, power generated or
            # supplied, riders carried; what it has brought to a place; built by China (the
            # modifier); teaching or treating begun; flights, ships or cargo handled or received
            # now or since a time (``has been receiving container ships since spring``).
            _each(
                "marked marks marking celebrated celebrates completed completes",
                r"\s+(?:its\s+)?[a-z\d-]+\s+years?\s+of\s+(?:safe\s+|successful\s+|smooth\s+"
                r"|stable\s+|commercial\s+)?(?:operations?|service)\b",
            )[1:]
            + _each(
                "handled handles handling generated generates cleared clears clearing supplied"
                " supplies carried carries carrying",
                r"\s+(?:a\s+record\s+|over\s+|about\s+|around\s+|more\s+than\s+|nearly\s+)?"
                r"\d[\d,.]*\s+(?:thousand\s+|million\s+|billion\s+|lakh\s+)?(?:metric\s+)?"
                r"(?:tonnes|tons|containers|teus?|vessels|ships|units|kwh|gwh|mwh|passengers"
                r"|riders|commuters|patients|twenty-foot\s+equivalent\s+units)\b",
            )
            # Said of the subject before it: written from the participle (see :func:`_closeness`).
            + r"|brought(?:(?<=\bhas\sbrought)|(?<=\bhave\sbrought)|(?<=\bhad\sbrought))\b"
            + r"|chin(?:ese|a)-built\b"
            + _each(
                "started began",
                r"\s+(?:classes|teaching|admitting\s+students|(?:seeing|treating|admitting)"
                r"\s+patients)\b",
            )
            + _each(
                "is are was were been began started",
                rf"\s+{_STILL}(?:handling|receiving)\s+(?:[a-z-]+\s+){{0,2}}?(?:flights|ships"
                r"|vessels|cargo|containers|trains|passengers|tourists|visitors|patients|students)\b",
            )
            # Its first ship or flight received (``the terminal received its first ship``).
            + _each(
                " ".join(_FIRST_VERBS),
                r"\s+(?:its|the)\s+first\s+(?:[a-z-]+\s+){0,2}?(?:ship|vessel|flight)\b",
            ),
        ),
        (
            InitiativeStatus.ESTABLISHED,
            ("since",),
            # Set up at a time past, told as the start of what it has done since: that is its
            # stage, not what it did (``has cleared 40 files since it was set up in 2019``).
            r"since\s+(?:it|they)\s+(?:was|were)\s+(?:set\s+up|established|formed|constituted)\b",
        ),
        (
            InitiativeStatus.APPROVED,
            ("approv", "sanction", "light", "cleared", "nod", "go-ahead", "signal"),
            r"approv\w*|sanction(?:ed|s)\b|green[- ]light\w*|cleared\b"
            + _each(
                "gave given gives accorded",
                r"\s+(?:the\s+|its\s+)?(?:go-ahead|nod|green\s+signal)\b",
            ),
        ),
        (
            InitiativeStatus.AGREED,
            ("agree", "mou", "memorand", "sign", "inked"),
            # ``agreed that`` reports a clause: what it says is not agreed; what will be signed is
            # not signed yet.
            r"agree\w*\b(?!\s+that\b)|agreements?\b|mous?\b|memorand\w*|signing\b|"
            + _done("signed")
            + r"\b|inked\b",
        ),
        (
            InitiativeStatus.AGREED,
            ("finalised", "finalized"),
            # Terms finalised by both sides are agreed (``finalized the financing framework for
            # X``); a design or a study finalised is not an agreement.
            _each(
                "finalised finalized",
                r"\s+(?:the\s+|a\s+|its\s+)?(?:[a-z-]+\s+){0,2}?"
                r"(?:framework|agreement|deal|terms|accord|contract|arrangements?)\b",
            )[1:],
        ),
        (
            InitiativeStatus.ESTABLISHED,
            ("established", "set up", "formed", "constituted", "launched"),
            # What will be or is to be set up or launched is not set up yet (see PLANNED).
            r"established\b|"
            + _done("set")
            + r"\s+up\b|formed\b|constituted\b|"
            + _done("launched")
            + r"\b",
        ),
        (
            InitiativeStatus.ANNOUNCED,
            ("announc", "unveil"),
            # ``announced (on Monday) that`` reports a clause: what it says is not announced.
            # A plan unveiled (``unveiled a security plan for X``) is the plan's, not X's.
            r"announc(?:e|ed|es|ing|ements?)\b(?!(?:\s+(?:on\s+[a-z]+|in\s+a\s+statement|today"
            r"|yesterday|earlier|here|late\s+on\s+[a-z]+|this\s+week|last\s+week)){0,2}\s+that\b)"
            r"|unveil(?:s|ed|ing)?\b(?!\s+(?:an?|the|its)\s+"
            r"(?:[a-z-]+\s+){0,3}?(?:plan|strategy|policy|roadmap)s?\b)",
        ),
        (
            InitiativeStatus.PLANNED,
            (
                "plan",
                "be ",
                "proposed",
                "upcoming",
                "will ",
                "would ",
                "shall ",
                "could ",
                "schedul",
                "inaugurat",
                "lay ",
                "set to",
                "ground",
            ),
            # Financed, discussed or placed before a body is no plan of works: a project to be
            # financed may be built already, and a submission plans the meeting, not the project.
            # A plan to do something other than works (``a plan to clear the dues of X``) is no
            # plan of the works it names.
            rf"plan(?:s|ned)?\s+to\s+(?={_PLANNED_WORKS})|planned\b(?!\s+to\s+(?!{_PLANNED_WORKS}))"
            + _each(
                rf"will would shall is\s+to are\s+to {_TO}",
                rf"\s+be\s+(?:(?!{_NO_PLAN}ed\b)[a-z]+ed|built|set\s+up|undertaken|held)\b",
            )
            # What someone will set up or build, or will do and then set up (``will pay the dues
            # and open a revolving account``), said of its object (see :func:`_closeness`).
            + _each("will would shall", rf"\s+(?:[^.;]{{1,160}}?\s+and\s+)?{_MAKE}\b")
            + r"|proposed\b|upcoming\b"
            + _each("will would shall", r"\s+(?:meet|convene|hold)\b")
            + r"|scheduled\s+(?:for|to|on|in)\b"
            # Due or expected to inaugurate or lay a foundation stone: the works are to come.
            + _each(r"will would shall due\s+to expected\s+to", r"\s+(?:inaugurate|lay)\b")
            # Works to begin are planned (operations to begin follow works already done).
            + _each(
                "will would shall could",
                r"\s+(?:finally\s+)?(?:begin|start|commence)\b"
                r"(?!\s+(?:its\s+)?(?:commercial\s+)?operations?\b)",
            )
            + _each("is are was were", r"\s+set\s+to\b")
            + rf"|ground[- ]?breaking(?:\s+ceremony)?(?:\s+(?:of|for)\s+{_GROUNDBROKEN})?"
            rf"{_TO_COME}"
            # Ground to be broken (``ground will be broken next spring``, ``expected to break
            # ground next year``).
            + r"|ground\s+(?:will|would|shall|is\s+to)\s+be\s+broken\b"
            + _each("will would shall to", r"\s+break\s+ground\b"),
        ),
        (
            InitiativeStatus.PLANNED,
            ("working", "aim", "intend", "seek"),
            # Working (with someone) to set up X: X is still to come.
            _each(
                "working aims aiming intends intending seeks seeking",
                r"\s+(?:(?:with|together\s+with|closely\s+with)\s+[^.;,]{1,60}?\s+)?to\s+"
                r"(?:set\s+up|establish|build|construct|develop|open)\b",
            )[1:],
        ),
        (
            InitiativeStatus.PLANNED,
            ("preparing", "prepares", "prepared"),
            # A later phase being prepared is still to be built (``preparing a second phase of
            # the plant``).
            _each(
                "preparing prepares prepared",
                r"\s+(?:for\s+)?(?:an?|the|its|their)\s+(?:second|third|fourth|next)\s+phase\b",
            )[1:],
        ),
        (
            InitiativeStatus.PLANNED,
            ("yet to", "drawing board"),
            # Works not begun yet, or still an idea on paper.
            r"yet\s+to\s+(?:begin|start|commence|be\s+(?:built|started|launched|constructed))\b"
            r"|on\s+the\s+drawing\s+boards?\b",
        ),
        (
            InitiativeStatus.PLANNED,
            ("feasibility", "financial close", "planning", "design"),
            # Still being studied, designed or financed: the works have not begun (a study
            # approved or completed is the more advanced stage above).
            r"feasibility\s+(?:stage|study|studies|report)\b|(?:planning|design)\s+stages?\b"
            + _each("achieve reach", r"\s+financial\s+close\b"),
        ),
        (
            InitiativeStatus.PLANNED,
            ("includ", "involv", "envisag", "compris"),
            # Works a project's scope includes are still to be done.
            _each(
                "include includes involve involves envisage envisages comprise comprises",
                r"\s+(?:the\s+)?(?:[a-z]+\s+and\s+)?(?:construction|establishment|upgradation"
                r"|upgrading|building|development|installation|expansion|duali[sz]ation"
                r"|rehabilitation|extension)\s+of\b",
            )[1:],
        ),
        (
            InitiativeStatus.PROGRESS,
            (
                *("progress", "advanc", "held", "met", "review", "reviewed", "reviewing"),
                "accelerat",
                *("moving forward", "expedit", "resum"),
            ),
            # To review, expedite or advance something is an intention, not progress made; so
            # is the bare verb (``to reaffirm support; advance X; and ...`` lists intentions).
            _done("progress", ("", r"review\s", r"review\sthe\s"))
            # Progress a bare verb is to review (``will chair X and review the progress``) is a
            # topic still to come.
            + r"(?<!\breview\sthe\sprogress)(?<!\breview\sprogress)\w*|"
            + _done("advanc")
            + r"(?:ed|ing|es|ement)\b|"
            + _done("held")
            + r"\b|met\b|"
            # Reviewed or being reviewed; the bare verb is an intention, the noun a meeting's topic
            # (``a review meeting on X``).
            + _done("review")
            + r"(?:ed|ing)\b|"
            + _done("accelerat")
            + r"(?:ed|ing|es|ion)\b|moving\s+forward\b|"
            + _done("expedit")
            + r"(?:ed|ing|es|ion)\b|"
            + _done("resum")
            + r"(?:ed|es|ing|ption)\b",
        ),
        (
            InitiativeStatus.PROGRESS,
            ("held", "concluded"),
            # A round of talks held on it (``held another round of talks on X``, ``concluded the
            # third round of negotiations over X``) moves it on; one still to be held does not.
            # Said of what follows (see :func:`_closeness`).
            _each(
                "held concluded",
                r"\s+(?:another|an?|the|their|its)\s+(?:[a-z\d-]+\s+){0,2}?round\s+of\s+"
                r"(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|discussions|consultations)"
                r"\s+(?:on|over|about|regarding)\b",
            )[1:],
        ),
        (
            InitiativeStatus.PROGRESS,
            ("financial close",),
            # Financial close achieved: a milestone passed before any works (``X achieved
            # financial close``, ``financial close for X was reached``); one still to come is a
            # plan (see PLANNED).
            _each(
                "achieved attained reached achieves attains reaches",
                r"\s+(?:its\s+|the\s+)?financial\s+close\b",
            )[1:]
            + r"|financial\s+close\s+(?:(?:of|for)\s+[^.;]{1,120}?\s+)?(?:was|were|has\s+been"
            r"|have\s+been|had\s+been)\s+(?:achieved|attained|reached)\b",
        ),
        (
            InitiativeStatus.PROGRESS,
            ("chaired", "presided", "attended", "addressed"),
            # A body's meeting chaired or attended: it was held (``co-chaired the 14th JCC
            # meeting``, ``the meeting of the X, chaired by Y,``), said only of the body it names
            # (see :func:`_next_to`).
            _each(
                r"chaired co-chaired presided\s+over attended addressed",
                rf"\s+(?:the|its|their)\s+(?:{_ORDINAL}\s+)?(?:[a-z-]+\s+){{0,3}}?(?:meeting|session)\b",
            )[1:]
            + _each(r"chaired co-chaired presided\s+over", r"\s+by\b"),
        ),
        (
            InitiativeStatus.PROGRESS,
            ("concluded", "ended", "wrapped up"),
            # A body's meeting that ended was held (``the 14th meeting of the X concluded``), a
            # meeting's wording, said only of a body (see :func:`_fits`).
            r"(?:meeting|session)\s+(?:of\s+[^.;,]{1,80}?\s+)?(?:has\s+|had\s+)?"
            r"(?:concluded|ended|wrapped\s+up)\b",
        ),
        (
            InitiativeStatus.PROGRESS,
            _MEETING_NOUNS,
            # Something done at a body's numbered meeting (``decisions taken at the ninth meeting
            # of the JWG``): it was held. Read from the noun; what stands before it, and no time
            # to come, are checked by :func:`_stated`.
            r"meeting\b|session\b",
        ),
        (
            InitiativeStatus.PROGRESS,
            ("after",),
            # What is told after a body's meeting: the meeting was held.
            r"after\s+(?:the\s+|a\s+|its\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|latest\s+|last\s+)?"
            r"meeting\s+of\b",
        ),
    )
)


_BUILT = frozenset(
    {
        InitiativeStatus.ESTABLISHED,
        InitiativeStatus.UNDER_CONSTRUCTION,
        InitiativeStatus.COMPLETED,
    }
)
"""Stages of a body or a work that CPEC, a framework of projects, does not go through: its
``launched in 2015`` is background, and ``set up a committee on CPEC`` is the committee's."""

_HINTED: dict[str, frozenset[int]] = {
    hint: frozenset(i for i, (_s, hints, _p) in enumerate(_STATUSES) if hint in hints)
    for _s, hints, _p in _STATUSES
    for hint in hints
}
"""Each stage hint and the indices of the :data:`_STATUSES` entries it hints at (``complet`` may
mean completed or, in ``to be completed``, under construction)."""
_STATUS_HINT = re.compile(rf"[^a-z](?=({alternatives(_HINTED)}))")
"""Each stage hint where a word starts, in ``" " + low``: the regex matches the character before
(not a letter) and captures the hint through a lookahead, so the engine skips letters quickly and
adjacent words are all found."""


class _Mention(NamedTuple):
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
        entry: The gazetteer's entry when the initiative is known.
        written: The known name as written, before a capacity or head noun widened it.

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
    entry: InitiativeEntry | None = None
    written: str = ""

    @property
    def key(self) -> str:
        """What makes two mentions one initiative: the gazetteer id, else sector and identity."""
        if self.id is not None:
            return self.id
        identity = self.identity or self.name
        return f"{self.sector.value}:{' '.join(_WORD.findall(identity.lower()))}"

    def naming(self) -> tuple[bool, bool, bool, int]:
        """Sort key for the name to report: full forms, listed names, then canonical first.

        An unknown initiative's name ranks as a canonical full form.
        """
        return (False, False, False, 0) if self.entry is None else _naming(self.entry, self.written)


_Finder = Callable[[str, str, bytearray], Iterator[_Mention]]
"""Finds initiative mentions in a sentence, given as written and lower-cased, with a mask of the
characters earlier finders took (a head there is skipped: the mention holding it would be)."""


def extract_initiatives(article: Article, sentences: Sequence[Sentence]) -> tuple[Initiative, ...]:
    """The initiatives reported in ``article``, one per distinct initiative, in reading order.

    Several mentions of one initiative (same gazetteer id, or same sector and identifying words)
    give one entry. Its name is the most canonical full form written (``Railway Mainline-1
    project`` over a descriptive ``Karachi-Peshawar railway``, any full form over ``CPEC``); its
    evidence and status come from that mention's sentence if it states a stage, else from the
    first sentence that does, else from the naming one.

    Known names are looked for sentence by sentence, and the article is scanned once for the
    finders' hints; only sentences holding either are read, each by the finders whose hints it
    holds.
    """
    low = lower_aligned(article.source)
    ends = [s.span.end for s in sentences]
    known = {i: hits for i, s in enumerate(sentences) if (hits := find_initiatives(s.text))}
    hinted = _hinted_by_sentence(low, sentences, ends)
    corridor = _corridor_as_cpec(low, sentences, ends, known) if "the corridor" in low else None
    bare_phase = "the first phase" in low or "the second phase" in low
    phases = _phases_as_cpec(low, sentences, ends, known) if bare_phase else {}
    funded = "bank" in low or "own resources" in low or "jica" in low or "usaid" in low
    seen: dict[str, list[tuple[_Mention, _Read]]] = {}
    read_at: set[int] = set()
    referred: list[tuple[int, list[_Mention], str | None]] = []
    firsts: list[tuple[int, _Mention]] = []  # each initiative's first mention other than CPEC
    earlier = _Earlier()  # the same, indexed
    naming: set[int] = set()  # the sentences naming an initiative other than CPEC
    wholes: set[int] = set()  # those naming one other than a named part (see _named_parts)
    parts: dict[str, list[_Follow]] = {}
    its_next: list[tuple[int, str]] = []  # a sentence naming one, the next opening with ``Its``
    works_next: list[tuple[int, list[_Mention], _Follow]] = []  # the next telling its works
    realigned: dict[str | None, str] = {}  # a known road's realignment named in full: its key
    also = {*phases, *({corridor[0]} if corridor else ())}
    for index in sorted(known.keys() | hinted.keys() | also):
        sentence = sentences[index]
        span = sentence.span
        text, text_low = sentence.text, low[span.start : span.end]
        mentions = _mentions(
            text, text_low, known.get(index, ()), hinted.get(index, ()), funded=funded
        )
        if corridor is not None and corridor[0] == index:
            mentions = sorted([*mentions, corridor[1]], key=lambda m: m.start)
        if index in phases:
            mentions = sorted([*mentions, *phases[index]], key=lambda m: m.start)
        if mentions:
            read_at.add(index)
            if "phase of the " in text_low:
                mentions = list(_owned_phases(mentions, firsts))
            read = _Read(sentence, text_low, any(m.id != _CPEC_ID for m in mentions))
            for number, m in enumerate(mentions):
                if m.id is None and m.identity is not None:  # perhaps a descriptor
                    m = mentions[number] = earlier.taken_up(text_low, m)
                if firsts and m.id is None and (continued := _CONTINUATION.search(m.name)):
                    m = mentions[number] = _continuing(m, continued, firsts[-1], index)
                if m.id is None and m.name.startswith(_REALIGNMENT_OF):
                    realigned.setdefault(_realigned(m.name), m.key)
                key = m.key
                if key not in seen and m.id != _CPEC_ID:
                    firsts.append((index, m))
                    earlier.add(m)
                seen.setdefault(key, []).append((m, read))
            if read.inside:
                naming.add(index)
                if not all(_is_part(m) for m in mentions if m.id != _CPEC_ID):
                    wholes.add(index)
            following = sentences[index + 1].text if index + 1 < len(sentences) else ""
            _its_parts(text_low, mentions, index, following, parts, its_next)
            _named_parts(text_low, mentions, firsts, parts)
            if following[:1] in _ANAPHOR_OPENERS and (anaphor := _ANAPHOR.match(following)):
                referred.append((index, mentions, anaphor.group("noun")))
            elif "work" in following and (there := _works_there(low, sentences[index + 1])):
                works_next.append((index, mentions, there))
    follows = _follow_ups(low, sentences, referred, read_at)
    for key, follow in _works_followed(works_next, read_at):
        follows.setdefault(key, follow)
    for index, key in its_next:
        if index + 1 not in wholes:
            span = sentences[index + 1].span
            begin = span.start
            for its in _next_parts(low, span.start, span.end):
                parts.setdefault(key, []).append(
                    _Follow(low[begin : span.end], its.start() - begin, its.end() - begin)
                )
    for key, at, end in _place_subjects(article.source, sentences, ends, firsts, naming):
        follows.setdefault(key, _Follow(low[at.start : at.end], 0, end))
    owners = _owners(low, ends) if firsts else {}
    for key, at, start, end, part in _described_later(sentences, firsts, naming, owners):
        if part:
            parts.setdefault(key, []).append(_Follow(low[at.start : at.end], start, end))
        else:
            follows.setdefault(key, _Follow(low[at.start : at.end], start, end))
    for key in {*_named_later(seen, firsts), *_hosts(firsts)}:
        del seen[key]
    for whole, key in realigned.items():
        reports = seen.get(whole or "", [])
        if reports and all(m.written.lower().endswith(" realignment") for m, _r in reports):
            seen[key] += seen.pop(whole or "")  # ``the KKH realignment``: the one named in full
    return tuple(
        _initiative(reports, follows.get(key), parts.get(key, ())) for key, reports in seen.items()
    )


_REALIGNMENT_OF = ("realignment of ", "Realignment of ")


def _realigned(name: str) -> str | None:
    """The id of the known road whose realignment ``name`` is (``realignment of the KKH ...``).

    The gazetteer's ``X realignment`` written elsewhere in the article (``work on the KKH
    realignment is 18 percent complete``) is that realignment, not a second initiative.
    """
    part = _PART_OF.match(name, len("realignment"))
    whole = lookup_initiative(part.group("whole").rstrip(".")) if part else None
    return whole.id if whole else None


def _owned_phases(
    mentions: list[_Mention], firsts: list[tuple[int, _Mention]]
) -> Iterator[_Mention]:
    """``mentions``, a later phase told by its owner's head noun named after that owner.

    ``a Chinese-funded desalination plant began supplying water ... a second phase of the plant``
    is the ``second phase of the desalination plant``, in its sector and place: the latest
    initiative named before whose name ends with the noun. With none, the phase is dropped: a
    phase of an unknown whole is no initiative to report.
    """
    for m in mentions:
        owned = _OWNED_PHASE.match(m.name) if m.id is None else None
        if owned is None:
            yield m
            continue
        noun = owned.group(2).lower()
        for _index, earlier in reversed(firsts):
            if earlier.name.lower().endswith(noun) and earlier.id is None:
                name = f"{owned.group(1)} {earlier.name}"
                yield m._replace(name=name, sector=earlier.sector, location=earlier.location)
                break


_CONTINUATION = re.compile(
    r"^(?:\d[\w,.-]*\s+)?(?:extension|spur)\b"
    rf"|^(?:{'|'.join(sorted(_ORDINAL_WORDS))})\s+(?P<head>[a-z]+)\b"
)
"""An unnamed work named as the continuation of another (``A 200km extension from X to Y``), or
as another of its kind (``a second plant``: its head)."""


def _continuing(
    m: _Mention, continued: re.Match[str], last: tuple[int, _Mention], index: int
) -> _Mention:
    """``m``, a continuation, in the sector of the initiative named last, in or just before it.

    ``The fibre-optic project ... was completed. A 200km extension from X to Y is planned``:
    the extension is the project's (ICT), whatever its own head's sector, unless its own words
    tell one (``A 20km spur road``). Another of a kind (``A second plant is planned at X``)
    continues the last initiative only if that one has its head (``the X desalination plant``).
    """
    at, before = last
    if index - at > 1 or _last_sector(m.name) is not None:
        return m
    head = continued.group("head")
    if head is not None and head not in before.name.lower().split():
        return m
    return m._replace(sector=before.sector)


class _Earlier:
    """The initiatives named so far, by sector and by sector and size, for descriptors to take up.

    Indexed as they come, so that a descriptor costs a lookup, however many were named.
    """

    __slots__ = ("_by_sector", "_by_size")

    def __init__(self) -> None:
        self._by_sector: dict[Sector, dict[str, _Mention]] = {}
        self._by_size: dict[tuple[Sector, str], dict[str, _Mention]] = {}

    def add(self, mention: _Mention) -> None:
        """Index ``mention``, an initiative's first mention."""
        self._by_sector.setdefault(mention.sector, {})[mention.key] = mention
        for size in _SIZES.findall(mention.name):
            key = (mention.sector, _capacity_key(size))
            self._by_size.setdefault(key, {})[mention.key] = mention

    def taken_up(self, low: str, mention: _Mention) -> _Mention:
        """``mention``, or the project named before that it takes up (``The 870MW project``).

        A definite project identified by its size alone (a capacity, a bed count), and by no
        place, is a descriptor: the one project of its sector named earlier, or the one of them of
        that size, if there is one.
        """
        if not (
            mention.id is None
            and mention.location is None
            and mention.identity is not None
            and low.endswith(("the ", "this "), 0, mention.start)
            and not _SIZES.sub("", mention.identity).strip()
        ):
            return mention
        size = (mention.sector, _capacity_key(mention.identity))
        for named in (self._by_size.get(size, {}), self._by_sector.get(mention.sector, {})):
            others = len(named) - (mention.key in named)
            if others == 1:
                found = next(m for key, m in named.items() if key != mention.key)
                return found._replace(start=mention.start, end=mention.end)
            if others > 1:
                break
        return mention


def _capacity_key(capacity: str) -> str:
    """A size as one lower-case word (``1,320 MW`` and ``1320-MW`` are ``1320mw``)."""
    return "".join(_WORD.findall(capacity.lower().replace(",", "")))


class _Follow(NamedTuple):
    """A later sentence, lower-cased, that refers back to an initiative at ``[start, end)``."""

    low: str
    start: int
    end: int


def _follow_ups(
    low: str,
    sentences: Sequence[Sentence],
    referred: Iterable[tuple[int, list[_Mention], str | None]],
    read_at: set[int],
) -> dict[str, _Follow]:
    """The next sentence, lower-cased, of an initiative it refers back to (``It was opened``).

    It must name no initiative itself, and the sentence before must name one initiative other
    than CPEC, so that ``It`` or ``The project`` can only be that one; a noun of one kind of
    works must fit it (see :func:`_kind_fits`): ``The plant was completed`` after a road is
    about some other plant.
    """
    follows: dict[str, _Follow] = {}
    for index, mentions, noun in referred:
        others = [m for m in mentions if m.id != _CPEC_ID]
        keys = {m.key for m in others}
        if (
            len(keys) == 1
            and index + 1 not in read_at
            and (noun is None or _kind_fits(noun, others[0]))
        ):
            span = sentences[index + 1].span
            follows.setdefault(keys.pop(), _Follow(low[span.start : span.end], 0, 0))
    return follows


_WORKS_THERE_AFTER = re.compile(
    rf"works?\s+(?:in|at|on)\s+the\s+{_ANAPHOR_NOUNS}\s+(?=(?:is|are|was|were|has|have)\b)"
)
"""The works at a site told by its noun, before their verb (``works in the zone are 85 percent
complete``), anywhere in a sentence; led by a word, not a boundary, so the engine skips to it
(the boundary is checked in :func:`_works_there`)."""


def _works_there(low: str, sentence: Sentence) -> _Follow | None:
    """``sentence``, lower-cased, as a follow-up of its works at a site it names by a noun."""
    text = low[sentence.span.start : sentence.span.end]
    for there in _WORKS_THERE_AFTER.finditer(text):
        if there.start() == 0 or not text[there.start() - 1].isalnum():
            return _Follow(text, there.start("noun"), there.end("noun"))
    return None


def _works_followed(
    works_next: Iterable[tuple[int, list[_Mention], _Follow]], read_at: set[int]
) -> Iterator[tuple[str, _Follow]]:
    """Each initiative whose works the next sentence tells by its head noun, and that sentence.

    ``The X Special Economic Zone gathers pace.`` ... ``According to its developer, works in
    the zone are 85 percent complete``: the sentence before names one initiative other than
    CPEC, whose name ends with the noun, and the next names none itself.
    """
    for index, mentions, follow in works_next:
        others = [m for m in mentions if m.id != _CPEC_ID]
        noun = follow.low[follow.start : follow.end]
        if (
            len({m.key for m in others}) == 1
            and index + 1 not in read_at
            and others[0].name.lower().endswith(noun)
        ):
            yield others[0].key, follow


def _its_parts(
    low: str,
    mentions: list[_Mention],
    index: int,
    following: str,
    parts: dict[str, list[_Follow]],
    its_next: list[tuple[int, str]],
) -> None:
    """Record the parts of the one initiative the sentence ``index`` names that ``its`` tells of.

    With one initiative named (CPEC aside), a project (not one of CPEC's phases, which hold
    works but are none), ``its`` after it in the sentence (``X was opened in
    2019 and its second phase is under way``) is that initiative's: its part goes to ``parts``
    at once. The sentence and the initiative go to ``its_next``: a part the next sentence tells
    (see :func:`_next_parts`) is that initiative's too if that sentence names no other initiative.
    """
    others = [m for m in mentions if m.id != _CPEC_ID]
    if (
        not others
        or any(m.key != others[0].key for m in others)
        or others[0].kind is not InitiativeKind.PROJECT
        or others[0].id in _PHASES
    ):
        return
    key = others[-1].key
    if " its " in low and (part := _its_part(low, others[-1].end)) is not None:
        parts.setdefault(key, []).append(part)
    if following:
        its_next.append((index, key))


_NAMED_PART = re.compile(r"\s(?:section|segment|stretch|portion|package)\Z")
"""The head that ends the name of a road's or railway's part with no owner written after it
(``the Hyderabad-Nawabshah section``; ``the X section of the M-6`` names its owner)."""


_PART_WORD = re.compile(r"\b(?:section|segment|stretch|portion|package)s?\b", re.IGNORECASE)
"""A part's head anywhere in a name: ``the X section of the M-5`` is a part too, no whole."""


def _is_part(mention: _Mention) -> bool:
    """True for a named road or railway part with no owner in its name (:data:`_NAMED_PART`).

    The gazetteer may know the part as a project of its own (the ``Multan-Sukkur section`` is
    the M-5): named as a section, it is still a part.
    """
    return _NAMED_PART.search(mention.name) is not None


def _named_parts(
    low: str,
    mentions: list[_Mention],
    firsts: list[tuple[int, _Mention]],
    parts: dict[str, list[_Follow]],
) -> None:
    """Record the named parts in sentence ``low`` as parts of the one road named before them.

    Reports name a road and then tell of its sections or packages by their routes alone (``The
    Sukkur-Hyderabad Motorway ... Civil works are under way on the Hyderabad-Nawabshah and
    Nawabshah-Moro packages``): with one transport project named so far (its parts aside), each
    such part is that project's, and the part's works going on are the whole's (see
    :func:`_initiative`). With two roads named, a part could be either's, and is neither's.
    """
    for part in mentions:
        if not (part.sector is Sector.TRANSPORT and _is_part(part)):
            continue
        wholes = {
            m.key
            for _at, m in firsts
            if m.sector is Sector.TRANSPORT
            and m.kind is InitiativeKind.PROJECT
            and _PART_WORD.search(m.name) is None
        }
        if len(wholes) == 1:
            parts.setdefault(wholes.pop(), []).append(_Follow(low, part.start, part.end))


def _place_subjects(
    source: str,
    sentences: Sequence[Sentence],
    ends: list[int],
    firsts: list[tuple[int, _Mention]],
    naming: set[int],
) -> Iterator[tuple[str, Span, int]]:
    """Projects named before that a later sentence's subject calls by their bare place name.

    Writers call a zone or a plant by its place once named (``the Kandar Special Economic Zone``
    ... ``Kandar is one of the nine priority zones and is being developed by ...``): the subject
    opening the sentence is the project when exactly one project named before starts with it and
    the sentence holds the project's head noun (``zones``) too, so that ``Kandar`` the town is
    not taken for it. The sentence must name no initiative but CPEC. Gives the project's key, the
    sentence's span and where the name ends in it. Each place is looked for in the article's
    ``source`` (sentences ending at ``ends``) at once, not sentence by sentence.
    """
    by_place: dict[str, list[tuple[int, str, str]]] = {}
    for index, m in firsts:
        place, _, rest = m.name.partition(" ")
        if m.kind is InitiativeKind.PROJECT and rest and place[:1].isupper():
            head = rest.rpartition(" ")[2].lower()
            by_place.setdefault(place, []).append((index, m.key, head))
    for place, projects in by_place.items():
        at = source.find(place, ends[projects[0][0]])
        while at >= 0:
            index = bisect.bisect_right(ends, at)
            span = sentences[index].span if index < len(ends) else None
            if span is not None and span.start == at and index not in naming:
                text = sentences[index].text
                subject = _PLACE_SUBJECT.match(text)
                words = set(_WORD.findall(text.lower())) if subject else set()
                fits = {
                    key
                    for named, key, head in projects
                    if named < index and (head in words or f"{head}s" in words)
                }
                if len(fits) == 1 and subject is not None and subject.group(1) == place:
                    yield fits.pop(), span, subject.end(1)
            at = source.find(place, at + len(place))


_PLACE_SUBJECT = re.compile(
    r"([A-Z][a-z'’-]{2,})(?=,\s|\s+(?:is|was|are|were|has|have|had|will|would|remains|lies)\b)"
)
"""A capitalised word opening a sentence as its subject, before its verb or an appositive."""


_ENERGY_NOUNS = frozenset({"plant", "station", "farm", "park"})
"""Nouns that take up a power project whatever its own head (``The 800MW plant``)."""
_LINKS = (
    frozenset({"road", "highway", "motorway", "expressway", "bypass"}),
    frozenset({"railway", "line", "rail"}),
)
"""The nouns of one kind of transport link each: roads, railways."""
_KINDS_OF_WORKS = (
    *_LINKS,
    _ENERGY_NOUNS,
    frozenset({"hospital"}),
    frozenset({"airport"}),
    frozenset({"port", "terminal"}),
    frozenset({"zone"}),
    frozenset({"school", "institute"}),
    _CENTRES,
)
"""Nouns of a back-reference that name one kind of works each (a road's, a plant's): any other
noun (``project``, ``facility``, ``section``) may take up an initiative of any kind."""


def _kind_fits(noun: str, mention: _Mention) -> bool:
    """True unless ``noun``, from ``The <noun> was ...``, names a kind of works ``mention`` is not.

    ``The plant`` fits a power project or a plant, ``The highway`` any road, ``The line`` a
    railway or a metro line (see :func:`_taking_up`); neither fits what the other does.
    """
    kind = next((nouns for nouns in _KINDS_OF_WORKS if noun in nouns), None)
    return kind is None or not kind.isdisjoint(_taking_up(mention))


_GRID_WORDS = frozenset({"grid", "transmission", "substation"})
"""Words of the grid's works, which carry power and make none: ``The plant`` after a grid
station named is not the station."""


def _described_later(
    sentences: Sequence[Sentence],
    firsts: list[tuple[int, _Mention]],
    naming: set[int],
    owners: dict[int, list[tuple[str, int, int]]],
) -> Iterator[tuple[str, Span, int, int, bool]]:
    """Initiatives taken up later by a descriptor, with where the sentence refers back.

    The descriptor opens the sentence (``The 884MW plant was``) or a reported clause in it (``said
    that the plant was``), or is sized anywhere in it (``78 per cent of the work on the 146-km
    section``), or else owns a part of it anywhere (``work on
    the park's second phase``) or has its works told (``construction of the line``): True last.
    The sentence must name no initiative but CPEC (it is not in ``naming``), unless the
    descriptor opens it: a name after ``The plant was completed`` (``but has supplied only the X
    zone``) cannot be what it refers back to. Exactly one
    initiative named before it must fit the descriptor's noun: its own head word, ``project`` for
    any project, a power plant's noun for an energy one, ``zone`` for an industrial one. A
    sentence is searched for a sized descriptor only if it holds a unit, for an owner only if it
    is among the ``owners`` (see :func:`_owners`), for a reported one only if it holds ``that
    the``.
    """
    fitting: dict[str, set[str]] = {}  # each noun and the initiatives named so far it fits
    taken = 0  # how many of ``firsts`` are in ``fitting``: only those before a descriptor
    for index, sentence in enumerate(sentences):
        if not firsts or firsts[0][0] >= index:
            continue
        named = index in naming
        opening = _ANAPHOR.match(sentence.text) if sentence.text[:1] in _OPENERS else None
        # An opening descriptor refers back from the sentence's start, a sized one from its place.
        start = end = 0
        if opening is None and not named and _has_unit(sentence.text):
            opening = _SIZED.search(sentence.text)
            if opening is not None:
                start, end = opening.span()
        if (
            opening is None
            and not named
            and (" that the " in sentence.text or " said the " in sentence.text)
        ):
            opening = (
                _REPORTED_ANAPHOR.search(sentence.text) if " that the " in sentence.text else None
            )
            if opening is None and " said the " in sentence.text:
                opening = _SAID_ANAPHOR.search(sentence.text)
            if opening is not None:
                start, end = opening.span("descriptor")
        if opening is None and (named or index not in owners):
            continue  # no descriptor: what the initiatives named so far fit does not matter
        while taken < len(firsts) and firsts[taken][0] < index:
            for noun in _taking_up(firsts[taken][1]):
                fitting.setdefault(noun, set()).add(firsts[taken][1].key)
            taken += 1
        if not fitting:
            continue
        fits = fitting.get(opening.group("noun"), ()) if opening is not None else ()
        if len(fits) == 1:
            yield next(iter(fits)), sentence.span, start, end, False
        elif not named and index in owners:
            at = sentence.span.start
            for noun, start, end in owners[index]:
                fits = fitting.get(noun, ())
                if len(fits) == 1:
                    yield next(iter(fits)), sentence.span, start - at, end - at, True
                    break


_OPENERS = _ANAPHOR_OPENERS - {"I"}
"""What a descriptor sentence opens with (not ``It``, which has no noun): most sentences are
skipped at once."""
_SIZED = re.compile(
    # The first digit opens the regex (the engine skips to digits at once), ``the`` is read back.
    r"\d(?<=[Tt]he\s\d)[\d,.]{0,8}\s?-?(?:km|kilomet(?:re|er)s?|miles?|MW|megawatts?|bed)[-\s]+"
    r"(?:long\s+)?(?P<noun>section|road|motorway|highway|railway|line|plant|project|hospital)\b"
)
"""A descriptor sized by a length, capacity or beds, anywhere in a sentence (``the 90-km road``)."""


_WORKS_ON_THE = ("construction of", "construction on", " works on", " work on")
_POSSESSED = re.compile(r"the ([a-z]{1,20})['’]s ")
"""A descriptor owning a part (``the park's second phase``), quick to find by its ``the``."""
_WORKS_OF = re.compile(
    r" the (?:"
    + "|".join(f"(?<={works} the )" for works in _WORKS_ON_THE)
    + r")([a-z]{1,20})\b(?!['’-])"
)
"""A descriptor whose works are told (``construction of the line``): the literal `` the `` opens
the regex (quick to find), the works are read back."""


_PARTS_OF = ("section", "sections", "segment", "stretch", "phase", "carriageway", "loop", "package")
_PART_OF_THE = re.compile(
    r" of the (?:" + "|".join(f"(?<={part} of the )" for part in _PARTS_OF) + r")([a-z]{1,20})\b"
    r"(?!['’-])"
)
"""A descriptor owning a part (``the first section of the motorway``), read back from ``of the``."""


def _owners(low: str, ends: list[int]) -> dict[int, list[tuple[str, int, int]]]:
    """The descriptors owning a part or whose works are told, by sentence (ending at ``ends``).

    ``the park's second phase`` gives ``park``, ``construction of the line`` and ``the first
    section of the line`` give ``line``, each with where it starts and its noun ends in the
    lower-cased article ``low``, in reading order. Three scans of the whole article, not one of
    each sentence: most sentences hold none.
    """
    found: dict[int, list[tuple[str, int, int]]] = {}
    for pattern in (_POSSESSED, _WORKS_OF, _PART_OF_THE):
        for m in pattern.finditer(low):
            index = bisect.bisect_right(ends, m.start())
            if index < len(ends) and (
                pattern is not _POSSESSED or not low[m.start() - 1 : m.start()].isalnum()
            ):
                found.setdefault(index, []).append((m.group(1), m.start(1) - 4, m.end(1)))
    for owned in found.values():
        owned.sort(key=lambda owner: owner[1])
    return found


def _has_unit(text: str) -> bool:
    """True when ``text`` may hold a sized descriptor: a few substring tests, no regex scan."""
    return (
        "km" in text
        or "kilomet" in text
        or "MW" in text
        or "megawatt" in text
        or "bed" in text
        or "mile" in text
    )


_ZONE_NOUNS = frozenset({"zone", "sez", "city", "park", "estate"})
"""Heads of an industrial site that ``the zone`` takes up (``the X Industrial City``)."""


def _taking_up(mention: _Mention) -> set[str]:
    """The nouns of ``the <noun>`` that can take up ``mention``.

    A transport link is taken up by any noun of its kind (:data:`_LINKS`): ``the 105-km line``
    is the X Rail Connectivity project, ``the highway`` the X-Y motorway. A contract for a work
    (see :func:`_maintenance_contracts`) is taken up as the contract only, an extension (see
    :func:`_works_between`) as the extension: ``the motorway``, ``the existing cable`` are the
    work.
    """
    if " contract for the " in mention.name:
        return {"contract"}
    if mention.name.startswith("extension of the "):
        return {"extension"}
    nouns = set(mention.name.lower().split())
    if mention.kind is InitiativeKind.PROJECT:
        nouns.add("project")
    if mention.sector is Sector.TRANSPORT:
        for link in _LINKS:
            if not nouns.isdisjoint(link):
                nouns |= link
    if mention.sector is Sector.ENERGY and not nouns & _GRID_WORDS:
        nouns |= _ENERGY_NOUNS
    elif mention.sector is Sector.INDUSTRY and nouns & _ZONE_NOUNS:
        nouns.add("zone")
    return nouns


_INCLUDING_HEAD = re.compile(r"\b(?:plants|projects|stations|farms|parks|zones|schemes)\b")
"""The plural head of a list after ``, including``: its stage is the listed items'."""
_INCLUDED_REACH = 120


class _Read:
    """A sentence that mentions initiatives, and the stage it states for each (read on demand).

    Most initiatives take their stage from their first mentions, so the clauses of the others'
    sentences are never analysed.
    """

    __slots__ = (
        *("_clauses", "_holds", "_including", "_links", "_meets", "_studies", "_whose"),
        *("inside", "low", "sentence"),
    )

    def __init__(self, sentence: Sentence, low: str, inside: bool) -> None:
        self.sentence = sentence
        self.low = low
        self.inside = inside
        """True when it mentions an initiative other than CPEC."""
        self._clauses: _Clauses | None = None
        self._holds = "under" in low or "within" in low
        self._studies = "feasibility" in low
        self._meets = "meeting of" in low
        self._including = ", including " in low
        self._whose = ", whose " in low
        self._links = "connecting " in low or "linking " in low

    def stage(self, mention: _Mention) -> InitiativeStatus | None:
        """The stage the sentence states for ``mention``, if any.

        CPEC holds the other initiatives: a stage in a sentence naming one is theirs. CPEC
        itself is not set up, built or completed (see :data:`_BUILT`). What holds the works takes
        no stage from them (``zones set up under the second phase``, ``approved funds for a section
        under the western route``, ``agreed to include the line in the CPEC``, see
        :data:`_CONTAINER`). What is still being studied is planned, and one whose study has
        begun or is done has progressed (see :func:`_study_stage`). A ``whose`` clause right after
        it keeps its stage (see :func:`_whose_stage`).
        A site (``in the``, ``at the``, ``next to``, and a body at whose meeting something is
        presented) takes no stage from wording before it said of something else (``agreed to set
        up units in the X zone``, ``lay the foundation stone of Y at the X``).
        """
        cpec = mention.id == _CPEC_ID
        if cpec and (self.inside or _ATTRIBUTIVE.match(self.low, mention.end)):
            return None
        whole = cpec or mention.id in _PHASES  # what projects are put in
        container = _CPEC_CONTAINER if whole else _CONTAINER
        if (whole or self._holds) and container.search(
            self.low, max(0, mention.start - 64), mention.start
        ):
            return None
        if _holder_described(self.low, mention.start, mention.end):
            return None
        if self._links and _ROUTE_END_BEFORE.search(
            self.low, max(0, mention.start - 80), mention.start
        ):
            return None
        if self._studies and (
            study := _STUDY_OF.search(self.low, max(0, mention.start - 100), mention.start)
        ):
            return _study_stage(self.low, study.start(), mention.end)
        if self._clauses is None:
            self._clauses = _Clauses(self.low)
        site = _site_words(self.low, mention.start)
        if (
            site < 0
            and self._meets
            and _VENUE_MEETING.search(self.low, max(0, mention.start - 60), mention.start)
        ):
            site = 2
        whose = _WHOSE.match(self.low, mention.end) if self._whose else None
        if whose is not None and not _WHOSE_WORKS.match(self.low, whose.end()):
            return _whose_stage(self.low, mention, whose, site)
        stage = self._clauses.stage_of(mention.start, mention.end, mention.kind, site)
        if stage is None and self._including:
            stage = self._included(mention)
        return None if cpec and stage in _BUILT else stage

    def _included(self, mention: _Mention) -> InitiativeStatus | None:
        """The stage of the plural head ``mention`` is listed under, in its clause.

        ``12 plants built under CPEC, including X`` tells X built, as it tells the plants.
        """
        at = self.low.rfind(", including ", max(0, mention.start - _INCLUDED_REACH), mention.start)
        if at < 0 or self._clauses is None:
            return None
        heads = list(_INCLUDING_HEAD.finditer(self.low, max(0, at - _INCLUDED_REACH), at))
        if not heads or _CLAUSE_BREAK.search(self.low, heads[-1].end(), mention.start):
            return None
        return self._clauses.stage_of(heads[-1].start(), heads[-1].end(), mention.kind)


_ROUTE_END_BEFORE = re.compile(
    r"\b(?:connecting|linking)\s+(?:the\s+)?(?:[^,;.]{1,60}?\s+(?:with|to|and)\s+(?:the\s+)?)?\Z"
)
"""Written before a work named only as an end of something else's route (``a ferry service
connecting the X port with Y``): the stage told is the route's, not the end's."""
_WHOSE = re.compile(r"(?:\s*\([^()\n]{1,20}\))?,\s+whose\s+")
"""A relative clause on what a mention owns, right after it (``X (M-5), whose ...``)."""
_WHOSE_WORKS = re.compile(r"(?:construction|civil\s+works?|works?|building|commissioning)\b")
"""What a ``whose`` clause tells of the mention's own works (``whose construction began``)."""
_PART_NOUNS = (
    r"(?:section|segment|stretch|portion|phase|stage|loop|unit|carriageway|tube|block|berth"
    r"|terminal|package)s?"
)
"""The parts a whole is built in (``the first loop``, ``the second carriageway``)."""
_WHOSE_PART = re.compile(
    rf"(?:[\w'’-]+\s+){{0,3}}?{_PART_NOUNS}(?:\s*\([^()\n]{{1,20}}\))?"
    r"(?=\s+(?:is|are|was|were|has|have|had)\b)"
)
"""The part a ``whose`` clause tells of, up to its verb (``whose first loop was``)."""


def _whose_stage(
    low: str, mention: _Mention, whose: re.Match[str], site: int
) -> InitiativeStatus | None:
    """The stage of ``mention`` followed by the ``whose`` clause ``whose`` opens in ``low``.

    The clause tells of what the mention owns, not of the mention (``the X railway, whose first
    loop was completed last year, still lacks funds``: the railway is not completed), so the
    stage is read with the clause (up to its closing comma) left out. With none there, a part
    told built or being built is the whole being built (``the X motorway, whose Y section was
    completed in 2019``: the rest is not).
    """
    end = low.find(",", whose.end())
    end = len(low) if end < 0 else end
    blanked = f"{low[: whose.start()]}{' ' * (end - whose.start())}{low[end:]}"
    stage = _Clauses(blanked).stage_of(mention.start, mention.end, mention.kind, site)
    if stage is None and (part := _WHOSE_PART.match(low, whose.end(), end)):
        told = _Clauses(low[:end]).stage_of(part.start(), part.end(), InitiativeKind.PROJECT)
        if told in _WORKS_DONE:
            stage = InitiativeStatus.UNDER_CONSTRUCTION
    return stage


_ITS_PART = re.compile(
    rf"(?<![\w'’-])its\s+(?:[a-z\d-]+\s+){{0,2}}?(?:{_PART_NOUNS}|infrastructure|civil\s+works)\b"
)
"""A part or the works of an initiative told through ``its`` (``its second carriageway``)."""
_REPORTED_BETWEEN = re.compile(r"\b(?:said|says|told|added|stated|noted)\b")


_PART_ORDINALS = ("first", "second", "third", "fourth", "fifth", "final", "last")
_ORDINAL_PART = re.compile(rf"the\s+(?:{'|'.join(_PART_ORDINALS)})\s+{_PART_NOUNS}\b(?!\s+of\b)")
"""A part told with no owner (``Work on the first section is 18 per cent complete``)."""
_ORDINALS = tuple(f"the {word} " for word in _PART_ORDINALS)


def _next_parts(low: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The parts told in the sentence at ``low[start:end]`` of what the sentence before names.

    One opens the sentence with ``Its`` (``Its second carriageway is ...``); the others are
    ordinal parts with no owner anywhere in it (``Work on the first section is ...``, ``Its
    Multan-Sukkur section was completed, while work on the last section is under way``). The
    sentence may name the parts it tells (see :func:`_named_parts`), no other initiative.
    """
    if its := _ITS_PART.match(low, start, end):
        yield its
    if any(low.find(ordinal, start, end) >= 0 for ordinal in _ORDINALS):
        yield from _ORDINAL_PART.finditer(low, start, end)


def _its_part(low: str, start: int) -> _Follow | None:
    """The part owned by ``its`` in ``low`` from ``start`` on (see :data:`_ITS_PART`), if any.

    Not one after a reporting verb: ``X's builder said its second berth ...`` is the builder's.
    """
    part = _ITS_PART.search(low, start)
    if part is None or _REPORTED_BETWEEN.search(low, start, part.start()):
        return None
    return _Follow(low, part.start(), part.end())


_HOLDER_PREPOSITIONS = tuple(
    f" {word} {the}" for word in ("of", "under", "in", "within", "for") for the in ("", "the ")
)
_DESCRIBED_AS = re.compile(
    r"(?:,(?=\s+part\s)|,\s+(?:an?|another|one\s+of\s+(?:the|its)"
    r"|the\s+(?:[a-z]+est|first|main|key|flagship))"
    r"|\b(?:is|was|are|were|remains|became|becomes)\s+(?:an?|another|one\s+of\s+(?:the|its)|the))"
    r"\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z-]+)\s+(?:of|under|in|within|for)\s+(?:the\s+)?\Z"
)
"""What something else is told to be part of (``X, a flagship scheme of the Y corridor``, ``X is
the biggest project of the second phase``): the last noun before the preposition is the part."""
_RELATIVE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,20}\))?,\s+(?:which|whose)\b")
_WORKS_ON_HOLDER = frozenset(
    {
        *("expansion", "extension", "upgradation", "upgrading", "upgrade", "construction"),
        *("development", "rehabilitation", "widening", "realignment", "dualisation"),
        *("dualization", "building", "completion", "operation", "operations", "work", "works"),
    }
)
"""Nouns of works on what follows them (``an expansion of the X port``): not a part of it."""


def _holder_described(low: str, start: int, end: int) -> bool:
    """True when the mention at ``[start, end)`` only holds something described before it.

    In ``signed a deal on X, a flagship scheme of the Y corridor`` and ``X is the biggest project
    of the second phase of CPEC and its PC-1 has been approved``, the deal and the approval are
    X's: Y and the phase only hold it, and the article tells no stage of theirs there. Works on
    the holder (``, an expansion of the X port``) are its own, and so is a relative clause right
    after it (``X is a link of the Y motorway, whose Z section was completed``).
    """
    if not low.endswith(_HOLDER_PREPOSITIONS, 0, start) or _RELATIVE_AFTER.match(low, end):
        return False
    described = _DESCRIBED_AS.search(low, max(0, start - 80), start)
    return described is not None and described.group("noun") not in _WORKS_ON_HOLDER


def _named_later(
    seen: dict[str, list[tuple[_Mention, _Read]]], firsts: list[tuple[int, _Mention]]
) -> Iterator[str]:
    """The keys of unnamed initiatives that a later name identifies, to be dropped.

    An indefinite facility known only by a place (``a special economic zone near Karachi``) is
    the one of its sector named later with a word of its head whose sentence names that place
    too (``The Kandar Special Economic Zone, 55km east of Karachi, ...``): one initiative, under
    its name. Only the next :data:`_MOST_LATER` initiatives named are looked at, so that many
    descriptors among many names cost linear time.
    """
    for number, (_index, m) in enumerate(firsts):
        place = m.location
        if place is None or m.identity != place.id or m.id is not None:
            continue
        read = seen[m.key][0][1]
        if not read.low.endswith(("a ", "an "), 0, m.start):
            continue
        written = read.low[m.start : m.end]
        where = _PLACE_AFTER.search(written)
        head = set(_WORD.findall(written[: where.start()] if where else written))
        for _later, named in firsts[number + 1 : number + 1 + _MOST_LATER]:
            if named.sector is m.sector and not head.isdisjoint(_WORD.findall(named.name.lower())):
                text = seen[named.key][0][1].sentence.text
                if named.location == place or place.name in text:
                    yield m.key
                    break


_MOST_LATER = 12
"""How many initiatives named after an indefinite descriptor may be the one it refers to."""


def _hosts(firsts: list[tuple[int, _Mention]]) -> Iterator[str]:
    """The keys of unknown plants whose numbered unit (of their sector) the article names.

    ``the Kandar Nuclear Power Plant`` is only the host of ``the Kandar Unit 5 nuclear power
    project`` named with it: the unit is the project.
    """
    hosts = {(unit.group(1), m.sector) for _i, m in firsts if (unit := _UNIT_OF.match(m.name))}
    if hosts:
        for _index, m in firsts:
            if m.id is None and (m.identity, m.sector) in hosts and not _UNIT_OF.match(m.name):
                yield m.key


_UNIT_OF = re.compile(r"(.+?)\s+Unit[-\s]+\d")
"""A numbered unit's name, its host's name first (``Kandar Unit 5 ...``)."""

_Hit = tuple[int, int, InitiativeEntry]


_CPEC_ENTRY = lookup_initiative("CPEC")
_OTHER_CORRIDOR_AFTER = re.compile(r"\s+(?:of|between|from|to|linking|connecting)\b|[-\w]")
"""What follows ``the corridor`` when it is some other corridor (``the corridor of power``,
``the corridor between A and B``), or part of a longer word."""


def _corridor_as_cpec(
    low: str, sentences: Sequence[Sentence], ends: list[int], known: dict[int, list[_Hit]]
) -> tuple[int, _Mention] | None:
    """``the corridor`` standing for CPEC, in an article that names CPEC no other way.

    Pakistani and Chinese writers call CPEC ``the corridor`` (``scaring investors away from the
    corridor``). It is CPEC only in a story about China and Pakistan where every corridor is
    written ``the corridor``: a named or listed corridor (``the Wakhan corridor``, ``the health
    and green corridors``) is what it takes up, and one followed by ``of``, ``between``... is
    another. Gives the sentence's index and the mention (named ``CPEC``), or None.
    """
    if (
        _CPEC_ENTRY is None
        or "pakistan" not in low
        or ("china" not in low and "chinese" not in low)
        or low.count("corridor") != low.count("the corridor")
        or any(entry.id == _CPEC_ID for hits in known.values() for _s, _e, entry in hits)
    ):
        return None
    at = low.find("the corridor")
    while at >= 0:
        end = at + len("the corridor")
        if not low[at - 1 : at].isalpha() and not _OTHER_CORRIDOR_AFTER.match(low, end):
            index = bisect.bisect_right(ends, at)
            if index < len(ends) and at >= sentences[index].span.start:
                start = at + 4 - sentences[index].span.start
                mention = _entry_mention(start, start + 8, "CPEC", _CPEC_ENTRY, None, "corridor")
                return index, mention
        at = low.find("the corridor", end)
    return None


_PHASE_ENTRIES = {word: lookup_initiative(f"{word} phase of CPEC") for word in ("first", "second")}
"""CPEC's phases, by the ordinal that names them."""
_BARE_PHASE = re.compile(r"\bthe\s+(first|second)\s+phase\b(?!\s+(?:of|for|at|in)\b)")
"""A phase with no owner written (``The second phase must give our young people jobs``)."""
_WORKS_NOUN = re.compile(
    r"\b(?:plant|project|road|line|zone|park|port|motorway|highway|dam|station|scheme|railway"
    r"|airport|terminal|section|city|bridge|tunnel|hospital|school)\b(?!-)"
)
"""A singular noun of one work: a bare phase after it may be that work's."""


def _phases_as_cpec(
    low: str, sentences: Sequence[Sentence], ends: list[int], known: dict[int, list[_Hit]]
) -> dict[int, list[_Mention]]:
    """``the first phase``, ``the second phase`` standing for CPEC's, in the sentences holding them.

    Speakers at CPEC's meetings say ``The first phase gave Pakistan electricity`` of CPEC named
    before. The phase is CPEC's only in a sentence naming no initiative, after one naming CPEC
    or ``the corridor``, with no single work named in them or in between: ``the X plant, built
    under CPEC ... The second phase is planned`` is the plant's.
    """
    found: dict[int, list[_Mention]] = {}
    for m in _BARE_PHASE.finditer(low):
        index = bisect.bisect_right(ends, m.start())
        if (
            index >= len(sentences)
            or index in known
            or not _after_cpec(low, sentences, index, known)
        ):
            continue
        entry = _PHASE_ENTRIES[m.group(1)]
        if entry is not None:
            begin = sentences[index].span.start
            start, end = m.start(1) - begin, m.end() - begin
            name = f"{m.group(1)} phase of CPEC"
            written = sentences[index].text[start:end]
            found.setdefault(index, []).append(
                _entry_mention(start, end, name, entry, None, written)
            )
    return found


_PHASE_REACH = 6
"""How many sentences back a bare phase may look for CPEC's name."""


def _after_cpec(
    low: str, sentences: Sequence[Sentence], index: int, known: dict[int, list[_Hit]]
) -> bool:
    """True when sentence ``index`` follows one naming CPEC, with no single work named since.

    The sentences between may name no initiative, and none of them, the one naming CPEC or
    sentence ``index`` itself may name a single work (see :data:`_WORKS_NOUN`).
    """
    for back in range(index, max(-1, index - _PHASE_REACH), -1):
        span = sentences[back].span
        text = low[span.start : span.end]
        if _WORKS_NOUN.search(text):
            return False
        hits = known.get(back, ())
        if any(entry.id == _CPEC_ID for _s, _e, entry in hits) or "the corridor" in text:
            return back < index
        if hits:
            return False
    return False


def _hinted_by_sentence(
    low: str, sentences: Sequence[Sentence], ends: list[int]
) -> dict[int, list[int]]:
    """For each sentence holding a finder's hints, the numbers of those :data:`_FINDERS`, in order.

    One scan of the article finds every hint where a word starts (see :data:`_FINDER_HINT`); the
    sentences are walked alongside, as the hints come in reading order.
    """
    masks: dict[int, int] = {}
    index, count = 0, len(ends)
    for m in _FINDER_HINT.finditer(" " + low):
        at = m.start(1) - 1
        while index < count and ends[index] <= at:
            index += 1
        if index < count and at >= sentences[index].span.start:
            masks[index] = masks.get(index, 0) | _HINT_FINDERS[m.group(1)]
    hinted: dict[int, list[int]] = {}
    for index, mask in masks.items():
        span = sentences[index].span
        sentence_low = low[span.start : span.end]
        finders: list[int] = []
        for number, also in _finders_of(mask):
            if also:
                for word in also:  # a loop, not any() over a generator: half the cost here
                    if word in sentence_low:
                        break
                else:
                    continue
            finders.append(number)
        if finders:
            hinted[index] = finders
    return hinted


@functools.cache
def _finders_of(mask: int) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The numbers and second hints of the :data:`_FINDERS` set in ``mask``, in their order."""
    return tuple((n, also) for n, (_h, also, _finder) in enumerate(_FINDERS) if mask >> n & 1)


def _initiative(
    reports: list[tuple[_Mention, _Read]], follow: _Follow | None, parts: Sequence[_Follow]
) -> Initiative:
    """One initiative from all its mentions in an article (see :func:`extract_initiatives`).

    A named part's progress (talks or a review) gives way to a stage of its works told later
    (``work on the X section is planned to start``). A plan to sign an agreement on it gives way
    to an agreement told later, and any plan to a
    completion told later (``X will be linked to the grid`` ... ``The plant began operating in
    2017``), or to its works told going on in the sentence referring back to it (``X will be
    linked to the grid`` ... ``The line is 80 percent complete``). With no stage stated where it
    is named, the stage of ``follow``, a sentence that
    refers back to it (see :func:`_follow_ups`), is its own; the evidence stays where it is named
    (as it does for a completion told there). One of its
    ``parts`` (or works) told later under construction makes it under construction, whatever
    stage it had (``Work on the park's second phase is under way``, ``the school's science block
    is still under construction``, ``Construction of the line is 40 percent complete``): the works
    are going on, and it is not all done. A part's other stages (``signed a lease with the zone's
    developer``) tell nothing of the whole.
    """
    named = reports[0]
    if len(reports) > 1:
        # One initiative is often written the same way many times: rank each form once.
        namings: dict[str, tuple[bool, bool, bool, int]] = {}
        for m, _read in reports:
            if m.written not in namings:
                namings[m.written] = m.naming()
        named = min(reports, key=lambda r: namings[r[0].written])
    mention, read = named
    status = read.stage(mention)
    if status is None:
        staged = ((m, r, r.stage(m)) for m, r in reports)
        mention, read, status = next((s for s in staged if s[2] is not None), (*named, None))
    if status is InitiativeStatus.PLANNED and len(reports) > 1 and "sign" in read.low:
        # "expected to sign agreements on X" ... "agreed in principle to finance X": the
        # agreement to be signed is reached
        later = ((m, r, r.stage(m)) for m, r in reports if r is not read)
        mention, read, status = next(
            (s for s in later if s[2] is InitiativeStatus.AGREED), (mention, read, status)
        )
    if status is InitiativeStatus.PROGRESS and _is_part(mention) and len(reports) > 1:
        # "the meeting reviewed the cost of the X section" ... "work on the X section is planned
        # to start in May": talks and reviews move the whole on; the part's works have a stage
        later = ((m, r, r.stage(m)) for m, r in reports if r is not read)
        mention, read, status = next(
            (s for s in later if s[2] in _WORKS_STAGES), (mention, read, status)
        )
    if status is InitiativeStatus.PLANNED:
        # "X will be linked to the grid by June" ... "X was completed in 2017": the plan is for
        # something done to it, a completion told later is its stage
        done = InitiativeStatus.COMPLETED
        later = ((m, r, r.stage(m)) for m, r in reports if r is not read)
        mention, read, status = next((s for s in later if s[2] is done), (mention, read, status))
        if status is not done and follow is not None:
            then = _Clauses(follow.low).stage_of(follow.start, follow.end, mention.kind)
            status = then if then in _WORKS_DONE else status
    if status is None and follow is not None:
        status = _Clauses(follow.low).stage_of(follow.start, follow.end, mention.kind)
    if status is not InitiativeStatus.UNDER_CONSTRUCTION:
        told = (_Clauses(part.low).stage_of(part.start, part.end, mention.kind) for part in parts)
        if InitiativeStatus.UNDER_CONSTRUCTION in told:
            status = InitiativeStatus.UNDER_CONSTRUCTION
    return Initiative(
        name=named[0].name,
        kind=mention.kind,
        sector=mention.sector,
        evidence=read.sentence.text,
        span=read.sentence.span,
        id=mention.id,
        location=next((r[0].location for r in reports if r[0].location), None),
        status=status,
        confidence=mention.confidence,
    )


def _mentions(
    text: str, low: str, known: Sequence[_Hit], finders: Sequence[int], *, funded: bool
) -> list[_Mention]:
    """The initiative mentions of one sentence; a finder skips text an earlier one took.

    ``low`` is the sentence in lower case, ``known`` the gazetteer's mentions in it, ``finders``
    the numbers of the :data:`_FINDERS` to run, in order; those numbered below
    :data:`_BEFORE_KNOWN` (sections, sector-labelled projects, donations...) run before the known
    names, committees and agreements under CPEC after every other finder (an agreement's topic
    another took is that initiative's). The finders are generators: each reads the text taken
    only once the ones before it are done. Unknown works another lender funds are dropped (see
    :data:`_OTHER_FUNDER`), looked for only when the article is ``funded``: it holds a funder's
    hint.
    """
    taken: list[_Mention] = []
    occupied = bytearray(len(text))
    cpec_at: dict[int, int] = {}  # where a CPEC mention starts, and where it ends
    split = bisect.bisect_left(finders, _BEFORE_KNOWN)
    runs = [_FINDERS[n][2](text, low, occupied) for n in finders[:split]]
    if known:
        runs.append(_known(text, low, occupied, known))
    runs += [_FINDERS[n][2](text, low, occupied) for n in finders[split:]]
    if known and ("committee" in low or "mou" in low or "agreement" in low):
        runs.append(_for_cpec(text, low, occupied, known))
    for run in runs:
        found = [
            m
            for m in run
            if occupied.find(1, m.start, m.end) < 0 or _opened_by_cpec(text, m, occupied, cpec_at)
        ]
        for m in found:
            occupied[m.start : m.end] = b"\x01" * (m.end - m.start)
            if m.id == _CPEC_ID:
                cpec_at[m.start] = m.end
        taken += found
    taken.sort(key=lambda m: m.start)
    if len(taken) > 1:
        taken = list(_without_appositives(text, taken))
    if ("China" in text or "Sino" in text) and not cpec_at and not _CPEC.search(text):
        taken = [m for m in taken if not _abroad(m.name)]
    if funded and _OTHER_FUNDER.search(low) and not any(word in low for word in _CHINA_WORDS):
        taken = [m for m in taken if m.id is not None]  # another lender's or Pakistan's own works
    if "Rs" in text or any(unit in low for unit in _MOVE_UNITS):
        taken = _without_listed_companies(text, taken)
    return taken


_SHARE_MOVE = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?(?:['’]s)?(?:\s+shares?)?\s+(?:was\s+|were\s+)?"
    r"(?:rose|gained|fell|dropped|declined|slipped|slid|advanced|jumped|surged|climbed|lost|shed"
    r"|closed|ended|edged|up|down)\b[^.;\d]{0,30}"
    r"(?:(?:Rs\.?|PKR)\s?\d|\d[\d.,]{0,6}\s?(?:percent|per\s+cent|pc\b|%|rupees?\b|paisa\b))"
)
"""A listed company's share price moving after its name (``X Terminal gained 6.1 percent``,
``X Terminal (XTL) closed 2.4pc higher``, ``X Terminal gained Rs1.20``): a market report names
companies, not projects."""
_MOVE_UNITS = ("percent", "per cent", "%", "pc", "rupee", "paisa")
"""What a share price moves by, in the lower-cased sentence (besides ``Rs``)."""
_THE = ("the ", "The ")
_TICKER = r"(?:\s*\([A-Z]{2,8}\))?"
_JOIN = r"(?:,\s+(?:and\s+)?|\s+and\s+)"
_LISTED_BEFORE = re.compile(
    rf"{_TICKER}{_JOIN}(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,4}}{_TICKER}{_JOIN}){{0,6}}"
)
"""What joins a company to the next one in a list of names (``X Terminal, Y Shipping and``)."""


def _without_listed_companies(text: str, taken: list[_Mention]) -> list[_Mention]:
    """``taken`` (in order) without the listed companies whose share price moves.

    A name followed by a share move (see :data:`_SHARE_MOVE`) is one, and so is every name listed
    just before it (``X Terminal, Y Shipping and Z Terminal gained 2 percent each``). A company is
    named bare: after a ``the``, a facility's output moves (``the X Terminal gained 5 percent``).
    """
    kept: list[_Mention] = []
    moved = -1  # where the last listed company found begins (-1: none right after)
    for m in reversed(taken):
        if (_SHARE_MOVE.match(text, m.end) and not text.endswith(_THE, 0, m.start)) or (
            moved >= 0 and _LISTED_BEFORE.fullmatch(text, m.end, moved)
        ):
            moved = m.start
        else:
            kept.append(m)
            moved = -1
    kept.reverse()
    return kept


_APPOSITIVE = re.compile(r",\s+the\s+(?:[\w'’-]+\s+){1,3}")
"""What opens a description of the name before it (``X, the first metro line in Y``): a list
(``X, a water plant and a school``) has no modifier after a ``the``."""


def _without_appositives(text: str, taken: list[_Mention]) -> Iterator[_Mention]:
    """``taken`` (in order) without descriptions of the mention before them.

    ``the Kharan Metro Line, the first metro line in the province`` is one initiative, not two. A
    description is unknown and written in lower case, right after the name's comma.
    """
    yield taken[0]
    for before, m in itertools.pairwise(taken):
        if not (
            m.id is None
            and m.name[:1].islower()
            and _APPOSITIVE.fullmatch(text, before.end, m.start)
        ):
            yield m


_PAIR = re.compile(r"\b(?:China|Sino)[-–]([A-Z][a-z]{2,20})\b|\b([A-Z][a-z]{2,20})[-–]China\b")
"""A China-and-country pair in a name: ``China-Laos Railway``, ``Kenya-China Expressway``."""


def _abroad(name: str) -> bool:
    """True for a China-and-country name whose country is neither China nor Pakistan.

    ``the China-Laos Railway`` is China's project with another country, no CPEC initiative
    unless its sentence ties it to CPEC.
    """
    pair = _PAIR.search(name) if "China" in name or "Sino" in name else None
    if pair is None:
        return False
    place = lookup_place(pair.group(1) or pair.group(2))
    return place is not None and place.name == place.country and place.country != "Pakistan"


def _opened_by_cpec(text: str, m: _Mention, taken: bytearray, cpec_at: dict[int, int]) -> bool:
    """True when the only text an earlier finder took in ``m`` is CPEC opening its name.

    ``the CPEC Agriculture Cell`` is a body of its own, as ``CPEC Authority`` is, and CPEC is
    mentioned too; ``CPEC and Gwadar SEZs`` lists no ``CPEC SEZ``.
    """
    end = cpec_at.get(m.start)
    return (
        end is not None
        and m.id != _CPEC_ID
        and _NAME_GOES_ON.match(text, end) is not None
        and taken.find(1, end, m.end) < 0
    )


_BRACKETED = re.compile(r"\s*\(")
"""What stands between a name and its abbreviation in brackets."""
_BY_MEETING = re.compile(
    r"\b(?:before"
    + "".join(
        rf"(?<!{verb}\sbefore)" for verb in ("placed", "presented", "tabled", "brought", "put")
    )
    + r"|by|until|till|ahead\s+of|prior\s+to)\s+(?:the\s+|its\s+)?(?:next|upcoming|coming"
    r"|forthcoming)\s+(?:meeting\s+of\s+(?:the\s+)?)?\Z"
)
"""Written before a body's next meeting that is only a time (``before the next JCC session``),
not one something is put before (``placed before the next meeting of the JCC``)."""
_AT_LAST_MEETING = re.compile(
    r"\b(?:at|in|during)\s+(?:the|its)\s+(?:last|previous|earlier|past)\s+"
    r"(?:meeting\s+of\s+(?:the\s+)?)?\Z"
)
"""Written before a body's past meeting that is only where a matter once came up (``had raised
the dues at the last JCC meeting``): no report on the body."""


def _known(text: str, low: str, taken: bytearray, hits: Iterable[_Hit]) -> Iterator[_Mention]:
    """Gazetteer mentions, widened to a capacity/ordinal before and a head noun after.

    An abbreviation in brackets right after the name it abbreviates is no second mention: it
    would take a stage of its own, where the name it follows is held (``under the X (CPEC)``).

    CPEC named inside a longer known name (``the second phase of CPEC``, ``CPEC Authority``) is
    mentioned too, even when the longer name is only part of a person's title. A known name
    that begins an organisation's name (``Gwadar Port Authority``) is not a mention of it, and a
    security force (a body of the security sector) is no initiative: it guards them. A body's
    next meeting that only dates something (``finished before the next JCC meeting``) and its
    last one where a matter came up (``raised at the last JCC meeting``) are no report on it,
    and a road that other works run along (``a chain along the M-5``) is their route, not a
    report on the road.
    """
    phased = "phase" in low
    named_at, named = -1, ""  # where the last known name ended, and its id
    for start, end, entry in hits:
        if (
            entry.id == named
            and _BRACKETED.fullmatch(text, named_at, start)
            and text[end : end + 1] == ")"
        ):
            continue  # the name's own abbreviation: ``the China-Pakistan Economic Corridor (CPEC)``
        named_at, named = end, entry.id
        if (
            _ORGANISATION_AFTER.match(text, end)
            or (entry.sector is Sector.TRANSPORT and low.endswith(_ALONG_THE, 0, start))
            or (low.endswith(_PLACING_BEFORE, 0, start) and _only_placing(low, start, entry))
        ):
            continue
        if phased and entry.id == _CPEC_ID:
            yield from _phase_entered(text, low, start, end)
        longer = (
            _LONGER_HEAD.match(text, end)
            if entry.kind is InitiativeKind.PROJECT and text[start].islower()
            else None
        )
        if longer is not None:
            yield _modified(text, start, longer.end(), entry.sector)
        elif not (
            entry.kind is InitiativeKind.BODY
            and (
                entry.sector is Sector.SECURITY
                or _in_title(text, start, end)
                or _BY_MEETING.search(low, max(0, start - 40), start)
                or _last_meeting(low, start, end)
                or _input_only(low, start, end)
            )
        ):
            yield _known_mention(text, start, end, entry)
        inner = None
        if entry.id != _CPEC_ID and ("cpec" in low[start:end] or "corridor" in low[start:end]):
            inner = _CPEC.search(text, start, end)
        cpec = lookup_initiative(inner.group()) if inner else None
        if inner and cpec:
            yield _known_mention(text, inner.start(), inner.end(), cpec)


_ROUTE_BEFORE = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|mov(?:e|es|ed|ing)|movements?|driv(?:e|es|en|ing)|drove"
    r"|commut(?:e|es|ed|ing)|journey(?:s|ed)?|ply|plies|plied|plying)\b[^,.;:]{0,60}?\Z"
)
"""A trip told before a road it only goes by (``would travel only in armoured vehicles on the
X Highway``, ``drove along the X``): the road is the route, not the news."""
_FLOODED_BY = re.compile(r"\b(?:submerged|flooded|inundated|drowned)\s+by\s+the\s+\Z")
"""Written before a dam that only places land (``the area to be submerged by the X Dam``)."""
_ON_ROUTE = ("on the ", "via the ", "through the ")
_AVOIDED = ("without touching the ", "without using the ", "bypassing the ", "avoiding the ")
"""Before a road named only as the way not taken (``reach Islamabad without touching the X
Highway``): a comparison, no news of the road."""
_PLACING_BEFORE = (*_ON_ROUTE, "by the ", *_AVOIDED)
"""What stands before a project named only to place something (see :func:`_only_placing`)."""


def _only_placing(low: str, start: int, entry: InitiativeEntry) -> bool:
    """True when the known project at ``start`` is named only to place something.

    A road a trip goes by (see :func:`_route_only`) and a dam whose reservoir floods land (see
    :data:`_FLOODED_BY`) say where, not what is done to them.
    """
    if entry.kind is not InitiativeKind.PROJECT:
        return False
    if entry.sector is Sector.TRANSPORT:
        return _route_only(low, start)
    return low.endswith("by the ", 0, start) and (
        _FLOODED_BY.search(low, max(0, start - 30), start) is not None
    )


def _route_only(low: str, start: int) -> bool:
    """True when the road at ``start`` is only a trip's route or the way it avoids.

    See :data:`_ROUTE_BEFORE` and :data:`_AVOIDED`.
    """
    return low.endswith(_AVOIDED, 0, start) or (
        low.endswith(_ON_ROUTE, 0, start)
        and _ROUTE_BEFORE.search(low, max(0, start - 90), start) is not None
    )


def _last_meeting(low: str, start: int, end: int) -> bool:
    """True when the body at ``[start, end)`` is named only by its last meeting, a venue.

    ``at the last JCC meeting``, ``at the previous meeting of the JCC``: the matter raised there
    is the news, as a body's next meeting that only dates something is (see :data:`_BY_MEETING`).
    """
    last = _AT_LAST_MEETING.search(low, max(0, start - 40), start)
    if last is None:
        return False
    return (
        "meeting" in last.group()
        or low.startswith(_MEETING_ENDS, end)
        or low.endswith(_MEETING_ENDS, start, end)
    )


_INPUTS = r"(?:inputs?|views|feedback|opinions?|comments|suggestions)"
_INPUT_AFTER = re.compile(rf"['’]s\s+{_INPUTS}\b")
_INPUT_BEFORE = re.compile(rf"\b{_INPUTS}\s+(?:of|from)\s+(?:the\s+)?\Z")
_OF_OR_FROM = ("of ", "from ", "of the ", "from the ")


def _input_only(low: str, start: int, end: int) -> bool:
    """True when the body at ``[start, end)`` is named only as a source of input.

    ``the debate was incomplete without the X Authority's input``, ``sought views from the X
    Board``: what the body might say is wanted, nothing is reported on the body itself.
    """
    if _INPUT_AFTER.match(low, end):
        return True
    return low.endswith(_OF_OR_FROM, 0, start) and (
        _INPUT_BEFORE.search(low, max(0, start - 30), start) is not None
    )


_MEETING_ENDS = tuple(f" {noun}" for noun in _MEETING_NOUNS)
"""Written after a body named by one of its meetings (``the last JCC meeting``), or ending its
known name."""


_LONGER_HEAD = re.compile(r"(?:\s+[a-z]+){1,2}?\s+(?:link|network|backbone)s?\b(?!-)")
"""A link's head after a known name in lower case, a few lowercase words on: the known name only
describes it (``an optical fibre backup link``: a link, not the cable); right before the head
it is the known one (``the optical fibre link``)."""
_MODIFIERS_LEFT = re.compile(r"(?:[a-z]+-[a-z]+\s+){1,2}\Z")
"""Hyphenated modifiers before a name in lower case (``cross-border``, ``high-speed``)."""


def _modified(text: str, start: int, end: int, sector: Sector) -> _Mention:
    """The unknown project a known name in lower case describes, from its modifiers to its head.

    ``a cross-border optical fibre backup link`` is a project of its own, in the known name's
    sector: the whole noun phrase names it, not the known name inside it.
    """
    before = _MODIFIERS_LEFT.search(text, max(0, start - 40), start)
    if before is not None:
        start = before.start()
    name = _name(text[start:end])
    return _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=_place_inside(name))


def _phase_entered(text: str, low: str, start: int, end: int) -> Iterator[_Mention]:
    """The phase CPEC (at ``[start, end)``) is said to enter: ``CPEC will enter its second phase``.

    It is named as the known phase is (``second phase of CPEC``), from CPEC's name as written.
    """
    entering = _ENTERS_PHASE.match(low, end)
    if entering is None:
        return
    written = text[start:end]
    the = "" if written.isupper() else "the "
    name = f"{entering.group('ordinal')} phase of {the}{written}"
    entry = lookup_initiative(name)
    if entry is not None:
        yield _entry_mention(entering.start("ordinal"), entering.end(), name, entry, None)


_BARE_TOPIC = re.compile(r"(?!(?:the|a|an|its|their|this|that)\b)[a-z]")
"""A lowercase topic with no determiner (``cotton seed``), not a work (``the zone``)."""


def _for_cpec(text: str, low: str, taken: bytearray, hits: Sequence[_Hit]) -> Iterator[_Mention]:
    """Committees set up for CPEC and agreements under it, in a sentence naming CPEC.

    A committee's name runs from its head to CPEC (``a nine-member committee to review the CPEC``),
    unless it is part of a person's title. An agreement is one on a topic no other finder took
    (``an MoU on fisheries under CPEC``); one on a known project is that project's stage.
    """
    for start, end, entry in hits:
        if entry.id != _CPEC_ID or not low.endswith(_BODY_JOINS, 0, start):
            continue
        if low.find("committee", max(0, start - 80), start) >= 0:
            body = _BODY_FOR.search(text, max(0, start - 80), start)
            if body is not None and not _in_title(text, body.start(), start):
                name = _name(text[body.start() : end])
                kind, sector = InitiativeKind.BODY, Sector.GENERAL
                yield _Mention(body.start(), body.end(), name, kind, sector)
    names_cpec = any(entry.id == _CPEC_ID for _start, _end, entry in hits)
    if names_cpec and ("mou" in low or "agreement" in low or "memorand" in low):
        for m in _AGREEMENT.finditer(low):
            at = m.end()
            if low.startswith("development of ", at) and _BARE_TOPIC.match(text, at + 15):
                at += 15  # "on the development of cotton seed": the topic is the seed
            topic = _TOPIC.match(text, at)
            if topic is None or _NOT_TOPIC.match(text, at):
                continue
            end = topic.end()
            if topic.group().endswith("cooperation") and (field := _FIELD.match(text, end)):
                end = field.end()
            if taken.find(1, m.start(), end) < 0:
                name = _name(text[m.start() : end])
                sector = _sector(text[m.end() : end], Sector.GENERAL)
                yield _Mention(m.start(), end, name, InitiativeKind.PROGRAMME, sector)


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
    return _entry_mention(start, end, _name(text[start:end]), entry, place, written)


def _entry_mention(
    start: int,
    end: int,
    name: str,
    entry: InitiativeEntry,
    place: Place | None,
    written: str | None = None,
) -> _Mention:
    """A mention of the known ``entry`` at ``[start, end)``, written ``written`` (else ``name``)."""
    return _Mention(
        start,
        end,
        name,
        entry.kind,
        entry.sector,
        entry.id,
        place,
        _KNOWN_CONFIDENCE,
        entry=entry,
        written=name if written is None else written,
    )


@functools.lru_cache(maxsize=1 << 12)
def _naming(entry: InitiativeEntry, written: str) -> tuple[bool, bool, bool, int]:
    """:meth:`_Mention.naming` of a known initiative written ``written``, cached.

    Whether the form is only the first words of the canonical name (``Kandar`` or ``Kandar
    hydropower`` of ``Kandar Hydropower Project``: a later short mention, which must not replace
    a full form written, listed or not, such as ``the 720MW Kandar hydropower plant``), whether it
    is no listed name (a short reference such as ``the Kandar zone`` or a
    widened ``500MW Kandar coal plant``), whether it is an abbreviation (most of its words in
    capitals: ``JCC meeting``, not ``CPEC Joint Cooperation Committee``), and the index of the alias
    it is (0 for the canonical name, one past the last for none). The same few names recur in
    every article.
    """
    letters = [w for w in _WORD.findall(written) if not w.isdigit() and not _ROMAN.fullmatch(w)]
    abbreviated = 2 * sum(len(w) > 1 and w.isupper() for w in letters) >= len(letters)
    words = tuple(_WORD.findall(written.lower()))
    names = [tuple(_WORD.findall(a.lower())) for a in (entry.name, *entry.aliases)]
    index = next((i for i, name in enumerate(names) if name == words), len(names))
    short = len(words) < len(names[0]) and names[0][: len(words)] == words
    return short, index == len(names), abbreviated, index


def _in_title(text: str, start: int, end: int) -> bool:
    """True when the body named at ``[start, end)`` is part of a person's title.

    The title words before it end in ``of`` or ``of the``: checked first, the regex only then. A
    capitalised title may also stand right before it (``Chairman CPEC Authority X``).
    """
    if _TITLE_AFTER.match(text, end):
        return True
    before = max(0, start - 40)
    written = text[before:start].rstrip()
    if written.endswith(_TITLES):
        return True
    return written[-3:].lower().endswith(("of", "the")) and bool(
        _TITLE_BEFORE.search(text, before, start)
    )


_TITLES = ("Chairman", "Chairperson", "Chief Executive", "CEO", "Secretary", "Director General")
"""Capitalised titles written right before a body's name in a person's title."""


def _entry_place(entry: InitiativeEntry) -> Place | None:
    return _place_by_id(entry.location) if entry.location else None


def _energy(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Power projects identified by a name, a capacity or a place (``Karot hydropower project``).

    A bare ``plant`` or ``project`` is a power project when a power capacity opens its name (``the
    1,320MW Port Qasim plant``); with a capacity alone (``the 884MW plant``) it may be any plant
    named before (see :meth:`_Earlier.taken_up`).
    """
    for m in _heads(_ENERGY_HEAD, low, taken):
        if m.group() in _BARE_POWER_NOUNS:
            start = _left_names(text, m.start())
            power = _POWER_AT.match(text, start) if start is not None else None
            if power is None or not text[power.end() : m.start()].strip():
                continue
        for found in _identified(text, m.start(), m.end(), InitiativeKind.PROJECT, Sector.ENERGY):
            yield _as_known(found, m.group())


def _as_known(found: _Mention, head: str) -> _Mention:
    """``found`` as the known plant its identity and head name (``1,320MW Sahiwal coal plant``).

    The head is tried as written and with ``power`` before its noun (``coal power plant``).
    """
    if found.identity is None:
        return found
    kind, _, noun = head.rpartition(" ")
    entry = lookup_initiative(f"{found.identity} {head}")
    if entry is None and "power" not in head:
        entry = lookup_initiative(" ".join(filter(None, (found.identity, kind, "power", noun))))
    if entry is None:
        return found
    place = found.location or _entry_place(entry)
    return _entry_mention(found.start, found.end, found.name, entry, place)


def _infrastructure(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Zones, transport links and water plants identified by a name or a place (``Rashakai SEZ``).

    A head followed by a capitalised word is part of a longer name (``National Highway
    Authority``), not the head of an initiative. A dam that only says where something is (``the
    realignment near the Kandar dam``) is a landmark, one a town drinks from a water source. A
    pipeline is one only by its route (``a water pipeline from Hub to Y``): a named one may be
    anyone's (see :func:`_route`).
    """
    for m in _heads(_INFRA_HEAD, low, taken):
        if _NAME_GOES_ON.match(text, m.end()):
            continue
        if m.group() == "zone":
            yield from _zone(text, m.start(), m.end())
        elif m.group().endswith("pipeline"):
            place, end = _route(text, m.end())
            if place is not None:
                sector = _sector(text[m.start() : m.end()], Sector.GENERAL)
                name = _name(text[m.start() : end])
                yield _Mention(m.start(), end, name, InitiativeKind.PROJECT, sector, location=place)
        elif not m.group().startswith("it") or text.startswith("IT", m.start()):
            start = m.start()
            if m.group() == "technology park" and low.endswith(_FARMING, 0, start):
                start = low.rfind(" ", 0, start - 1) + 1  # ``agricultural technology park``
            sector = _sector(text[start : m.end()], Sector.GENERAL)
            joint = _joint_before(text, start) if text[start].islower() else None
            if joint is not None:
                name = _name(text[joint : m.end()])
                place = _place_after(text, m.end())[0] or _place_inside(name)
                kind = InitiativeKind.PROJECT
                yield _Mention(joint, m.end(), name, kind, sector, location=place)
                continue
            placed = (
                _placed_before(text, m, sector, _FUNCTION_WORDS)
                if m.group() in _LINK_HEADS
                else None
            )
            if placed is not None:
                yield placed
                continue
            for found in _identified(text, start, m.end(), InitiativeKind.PROJECT, sector):
                if m.group() == "dam" and (
                    low.endswith(_NEAR, 0, found.start)
                    or _SUPPLIED_FROM.search(low, max(0, found.start - 80), found.start)
                    or _FLOODED_BY.search(low, max(0, found.start - 30), found.start)
                ):
                    continue
                if m.group() in _LANDMARK_HEADS and _landmark_road(low, found.start, found.end):
                    continue
                yield found._replace(identity=_fishery(found.identity, m.group()))


_FARMING = ("agricultural ", "agriculture ")
"""What makes a technology park a farming one (``an agricultural technology park``)."""


def _joint_before(text: str, start: int) -> int | None:
    """Where a joint name opens a lower-case head's modifiers, if it does (else None).

    ``a Pak-China software technology park in X``: the two countries and the words between them
    and the head name the project whole, not the head and its place (``technology park in X``).
    """
    described = _DESCRIBED_BEFORE.search(text, max(0, start - 60), start)
    if described is None or not (joint := described.group("joint")) or not _joint(joint.lower()):
        return None
    return described.start()


_ON = ("on the ", "along the ")
"""Written before a road that places an event (``hit on the X-Y road``)."""
_CPEC_WORDS = ("cpec", "corridor")
"""Words of a sentence about CPEC: a road named in it may be one of its projects."""


def _road_as_place(low: str, start: int) -> bool:
    """True when the road at ``start`` only says where something happened in ``low``.

    ``their vehicle was hit on the X-Y road``: no works, no CPEC, a road named after ``on the``.
    """
    return (
        low.endswith(_ON, 0, start)
        and not any(word in low for word in _CPEC_WORDS)
        and not any(word in low for word in _INVESTING)
    )


_NEAR = ("near ", "near the ")
"""Written before a landmark that says where something else is."""
_SUPPLIED_FROM = re.compile(
    r"\b(?:drinks?|drinking|draws?|drawing|drawn|supplie[sd]|supply|fed|met|water)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:from|through|by)\s+(?:[a-z-]+\s+){0,3}?(?:and\s+)?the\s+\Z"
)
"""Written before a dam that is a town's water source (``drinks from the X dam``, ``met through
water tankers and the X dam``, ``gets its water from the X dam``): where water comes from, not
works."""
_LANDMARK = re.compile(
    r"(?:\b(?:block(?:s|ed|ing)?|blockade\s+of|clos(?:e|es|ed|ing)|closure\s+of)"
    r"|\b(?:link(?:s|ed|ing)?|connect(?:s|ed|ing)?)\s+[^,.;]{1,60}?\s+(?:to|with)"
    r"|\bjoin(?:s|ed|ing)?|\bbetween\s+[^,.;]{1,60}?\s+and|\balong"
    r"|\bwithout\s+(?:touching|using)|\bbypassing|\bavoiding)"
    r"\s+the\s+(?:(?:main|existing|old)\s+)?\Z"
)
"""Written, in the lower-cased sentence, just before a road named only as a landmark: one that
protesters block or that the works are closed to, the far end of what another work links, the
existing line a new one joins (``where it joins the main railway line to X``), or the way a trip
no longer takes (``reach X without touching the Y Highway``)."""
_ROAD_HEADS = ("highway", "motorway", "expressway", "bypass")
_LINK_HEADS = frozenset({"rail link", "railway line", "railway"})
"""Heads of links a known place and lowercase words may name (``the Thar coal rail link``)."""
_LANDMARK_HEADS = frozenset({*_ROAD_HEADS, *_LINK_HEADS})
"""Heads of links that may be named only as a landmark (see :func:`_landmark_road`)."""
_FUNCTION_WORDS = frozenset(
    "of the in at to for and with on by from its their his her this that".split()
)
"""Words that end a name's modifiers: a phrase begins."""


def _landmark_road(low: str, start: int, end: int) -> bool:
    """True when the link at ``[start, end)`` is named only as a landmark (see :data:`_LANDMARK`).

    ``threatened to block the X Highway``, ``links the port to the X Highway``, ``between the
    port and the X Highway``: the news is the protest or the work that links, not that road.
    A road CPEC frames (``block the CPEC-funded X motorway``, ``the X road under CPEC``) is none;
    an existing line a new one joins is one whatever frames the sentence (``the new line, where
    it joins the main railway line to X, is built under CPEC``: CPEC's is the new line).
    """
    landmark = _LANDMARK.search(low, max(0, start - 90), start)
    if landmark is None:
        return (
            low.endswith(_ON_ROUTE, 0, start)
            and _route_only(low, start)
            and not any(word in low[end : end + _FRAMED_WITHIN] for word in _CPEC_WORDS)
        )
    return landmark.group().startswith("join") or not any(
        word in low[end : end + _FRAMED_WITHIN] for word in _CPEC_WORDS
    )


_FRAMED_WITHIN = 40
"""How far (in characters) after a road CPEC may frame it (``the X road, built under CPEC``)."""


def _fishery(identity: str | None, head: str) -> str | None:
    """``identity`` with the kind of fishery a ``head`` names, if it names one.

    A town's fish harbour and its fish landing jetty are two projects of one sector and place.
    """
    if identity is None or not head.startswith("fish"):
        return identity
    return f"{identity} {'harbour' if 'harbo' in head else 'landing'}"


def _link_roads(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Roads named by the places they link (``the Kandar-Zarghun road``) or by a code (``N-85``).

    A street is named by one word (``Jail Road``, ``Murree Road``): no project, nor a road that
    only places an event (see :func:`_road_as_place`). Both names have a hyphen, so only
    sentences holding one are read (``Belt and Road`` is everywhere).
    """
    for m in _heads(_ROAD_HEAD, low, taken):
        name_start = _left_names(text, m.start())
        if name_start is not None and "-" in text[name_start : m.start()].strip().strip("-"):
            for found in _identified(
                text, m.start(), m.end(), InitiativeKind.PROJECT, Sector.TRANSPORT
            ):
                if not (
                    _road_as_place(low, found.start) or _landmark_road(low, found.start, found.end)
                ):
                    yield _with_length(text, found)


def _with_length(text: str, found: _Mention) -> _Mention:
    """``found``, a road, with the length written before it in its name (``the 90-km X-Y road``).

    The length does not identify the road: its identity stays the name's words.
    """
    length = _LENGTH_BEFORE.search(text, max(0, found.start - 24), found.start)
    if length is None:
        return found
    identity = found.identity or found.name
    return found._replace(
        start=length.start(), name=_name(text[length.start() : found.end]), identity=identity
    )


def _described_roads(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A road described by what it links (``the 12-km road linking the zone with the N-5``).

    Its name runs from its length or name through the second end. It is read before the known
    names, so that a known road at one end is part of its description, not a mention of its own.
    """
    for m in _heads(_ROAD_HEAD, low, taken):
        linking = _LINKING.match(text, m.end())
        if linking is not None:
            named = _left_names(text, m.start())
            start = m.start() if named is None else named
            name = _name(text[start : linking.end()])
            found = _with_length(
                text, _Mention(start, linking.end(), name, InitiativeKind.PROJECT, Sector.TRANSPORT)
            )
            yield found._replace(location=_place_inside(found.name))


def _zone(text: str, start: int, end: int) -> Iterator[_Mention]:
    """A known economic zone called by its name and ``zone`` (``the Kandar zone``), as written.

    A bare ``zone`` after a name is a zone only when the gazetteer knows that name's SEZ: ``the
    Red Zone`` or ``a Kandar zone`` of a city plan is none.
    """
    name_start = _left_names(text, start)
    if name_start is not None:
        entry = lookup_initiative(f"{text[name_start:start].strip()} SEZ")
        if entry is not None:
            yield _known_mention(text, name_start, end, entry)


def _coordinated(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """One initiative per name coordinated before a plural head (``the Gwadar and Rashakai SEZs``).

    Each name (capitalised words, a capacity) gets the head in the singular: ``Gwadar SEZ``,
    ``Jamshoro plant`` (see :func:`_listed`); each may have its own ``the``. A bare ``plants`` or
    ``projects`` counts only when a power capacity tells its sector (``500MW``), and a single name
    before a plural head is no list: a place's group of projects at most (see :func:`_group`). A
    listed name the gazetteer knows as no project (``CPEC and Kandar SEZs``) is that initiative,
    left to the known names. A head followed by a capitalised word opens a longer name.
    """
    for m in _heads(_PLURAL_HEAD, low, taken):
        if _NAME_GOES_ON.match(text, m.end()):
            continue  # a longer name: ``the X Economic Zones Development and Management Company``
        names = _coordinated_names(text, m.start())
        if not names:
            continue
        head = text[m.start() : m.end() - 1]
        if head == "zone":
            yield from _listed_zones(text, names, m.end())
            continue
        sector = _sector(head, Sector.GENERAL)
        if sector is Sector.GENERAL:
            if _POWER_CAPACITY.search(text, names[0][0], m.start()):
                sector = Sector.ENERGY
            elif len(names) > 1 and (shared := _known_listed(text, names, head)) is not None:
                sector = shared
            else:
                continue
        if len(names) == 1:
            yield from _group(text, *names[0], m.end(), sector)
            continue
        for start, end in names:
            known = lookup_initiative(text[start:end])
            if known is None or known.kind is InitiativeKind.PROJECT:
                yield _listed(text[start:end], head, sector, start, m.end())


def _listed_zones(text: str, names: list[tuple[int, int]], end: int) -> Iterator[_Mention]:
    """The known economic zones listed before a bare ``zones`` (``the Kandar and Lora zones``).

    As for one name and ``zone`` (see :func:`_zone`), a name is a zone only when the gazetteer
    knows its SEZ: each is that SEZ, named as written with ``zone`` (``Kandar zone``). A single
    name is left to :func:`_zone`'s reading of ``zone``.
    """
    if len(names) < 2:
        return
    for start, name_end in names:
        written = text[start:name_end]
        entry = lookup_initiative(f"{written} SEZ")
        if entry is not None:
            name = _name(f"{written} zone")
            yield _entry_mention(start, end, name, entry, _entry_place(entry))


def _known_listed(text: str, names: list[tuple[int, int]], head: str) -> Sector | None:
    """The sector of the first listed name the gazetteer knows as a project with a bare head.

    Names sharing a bare ``projects`` or ``plants`` (``the Kandar and Lora projects``) are of one
    sort: one known project (``Lora power project``) tells the sector of all.
    """
    noun = head.lower()
    for start, end in names:
        written = text[start:end]
        entry = lookup_initiative(f"{written} {noun}") or lookup_initiative(
            f"{written} power {noun}"
        )
        if entry is not None and entry.kind is InitiativeKind.PROJECT:
            return entry.sector
    return None


def _group(text: str, start: int, named: int, end: int, sector: Sector) -> Iterator[_Mention]:
    """A place's group of projects at ``[start, end)`` (``the Thar power plants``), as written.

    Only a place known to the gazetteer (written up to ``named``) names a group: one initiative.
    """
    place = lookup_place(text[start:named])
    if place is not None:
        name = _name(text[start:end])
        yield _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=place)


def _listed(written: str, head: str, sector: Sector, start: int, end: int) -> _Mention:
    """The initiative a listed name and the singular head make, known to the gazetteer or not.

    A capacity opening the name identifies the plant but stays out of its name (``the 300MW
    Kandar and the 660MW Zarghun plants``: ``Kandar plant``); a power plant is also looked up with
    ``power`` before its noun (``Kandar power project``).
    """
    identity = _CAPACITIES.sub("", written).strip() or written
    name = _name(f"{identity} {head}")
    entry = lookup_initiative(name) or lookup_initiative(f"{written} {head}")
    if entry is None and sector is Sector.ENERGY and "power" not in head:
        source, _, noun = head.rpartition(" ")
        entry = lookup_initiative(" ".join(filter(None, (identity, source, "power", noun))))
    if entry is None and (alone := lookup_initiative(identity)) and alone.sector is sector:
        entry = alone
    if entry is not None:
        return _entry_mention(start, end, name, entry, _entry_place(entry))
    place = _place_inside(written)
    kind = InitiativeKind.PROJECT
    return _Mention(
        start, end, name, kind, sector, location=place, identity=_fishery(identity, head.lower())
    )


def _coordinated_names(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the names listed just before ``end`` (``A, B and C``), in reading order.

    At most :data:`_MOST_LISTED`, so that heads one after another do not each read back a long
    list (a quadratic scan).
    """
    names: list[tuple[int, int]] = []
    while len(names) < _MOST_LISTED and (start := _left_names(text, end)) is not None:
        names.append((start, start + len(text[start:end].rstrip())))
        separator = _LIST_SEPARATOR.search(text, max(0, start - 12), start)
        if separator is None:
            break
        end = separator.start()
    return names[::-1]


def _expansions(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """One project per name listed before a plural works head (``the A and B expansions``).

    An expansion is a project apart from what it expands: ``the Thar Block-I and Block-II
    expansions`` gives ``Thar Block-I expansion`` and ``Thar Block-II expansion``. A later name that
    is one word like the first name's last (``Block-II`` after ``Thar Block-I``) leaves out the
    words the two share, which it takes from the first. The sector and place are those of what is
    expanded when the gazetteer knows it, else the name's.
    """
    for m in _heads(_WORKS_HEAD, low, taken):
        names = _coordinated_names(text, m.start())
        if len(names) < 2:
            continue
        head = m.group()[:-1]
        first = text[names[0][0] : names[0][1]]
        shared, _, last = first.rpartition(" ")
        for start, end in names:
            written = text[start:end]
            if shared and " " not in written and _stem(written) == _stem(last):
                written = f"{shared} {written}"
            whole = lookup_initiative(written)
            name = f"{written} {head}"
            sector = whole.sector if whole else _last_sector(written) or Sector.GENERAL
            place = _entry_place(whole) if whole else _place_inside(written)
            kind = InitiativeKind.PROJECT
            yield _Mention(start, m.end(), name, kind, sector, location=place, identity=name)


def _stem(word: str) -> str:
    """A numbered word without its number (``Block`` of ``Block-II``)."""
    return word.split("-", 1)[0]


_MAKING_BEFORE = re.compile(
    r"\b(?:build|set\s+up|establish|construct)\s+an?\s+(?:[a-z-]+\s+){1,4}\Z"
)
"""A verb of making before an unnamed facility (``plans to build a nursing college``): what is
made is the project, whether a place follows or not."""
_RECIPIENT = re.compile(r"\bto\s+the\s+(?:[a-z-]+\s+){0,3}\Z")
"""What a gift is given to, just before an unnamed facility (``to the civil hospital``)."""


def _recipient(low: str, start: int) -> bool:
    """True when the lower-case facility at ``start`` receives a gift in the sentence ``low``.

    ``handed over three ambulances to the civil hospital in X`` gives ambulances, not a hospital.
    """
    return any(word in low for word in _DONATING) and bool(
        _RECIPIENT.search(low, max(0, start - 48), start)
    )


def _facilities(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Hospitals, airports, schools, institutes... identified by a name or a place.

    They run only in sentences about works (built, upgradation, inaugurated...): a university
    where someone spoke is no initiative. A capitalised head keeps an ``of`` (and ``for``) name
    after it (``Quetta Institute of Cardiology``); an organisation's word after it (``Airport
    Authority``) makes it part of that organisation's name. The sector is the name's last sector
    word's (``Cotton Research Laboratory``: agriculture), else the head's. A facility where
    something happens (``at the Expo Centre``, ``set up a laboratory at the Kandar University``)
    is a venue, one that tells (``according to the Kandar Control Centre``) a source, and one that
    acts (``a course run by the Kandar Institute``) an agent; works at an airport are its own
    (``construction at the X airport``, not ``a desk would be set up at the X airport``); one of a
    Chinese city is China's (see :func:`_chinese_institution`). An
    institute's ``of`` name tells its field, not its sector: the ``Joint Institute of Mining`` is a
    place of education (a centre's gives its sector). A head in lower case may be identified by what
    is written just before it (see :data:`_DESCRIBED_BEFORE`), or be an unnamed facility at a place
    (``a vocational training centre in Gwadar``, see :func:`_unnamed`).
    """
    works = any(word in low for word in _STAGED_WORKS)
    for m in _heads(_FACILITY_HEAD, low, taken):
        described = (
            _DESCRIBED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if text[m.start()].islower()
            else None
        )
        if described is not None:
            joint = described.group("joint")
            if (works or (joint and _joint(joint.lower()))) and not low.endswith(
                _AT, 0, described.start()
            ):
                yield _described_facility(text, described, m)
            continue
        if not works or (text[m.start()].islower() and _recipient(low, m.start())):
            continue
        default = Sector.GENERAL if m.group() in _CENTRES else Sector.EDUCATION
        placed = _placed_before(text, m, default) if text[m.start()].islower() else None
        if placed is not None:
            if not low.endswith(_AT, 0, placed.start):
                yield placed
            continue
        unnamed = (
            _unnamed(
                text,
                m,
                default,
                placed=not _MAKING_BEFORE.search(low, max(0, m.start() - 60), m.start()),
            )
            if text[m.start()].islower()
            else None
        )
        if unnamed is not None:
            if not low.endswith(_AT_AN, 0, unnamed.start):
                yield unnamed
            continue
        end = m.end()
        of = _OF_NAME.match(text, end) if text[m.start()].isupper() else None
        if of is not None:
            end = of.end()
        if not _ORGANISATION_AFTER.match(text, end):
            sector = _sector(m.group(), default)
            cut = of is not None and default is not Sector.GENERAL
            for found in _identified(text, m.start(), end, InitiativeKind.PROJECT, sector):
                if low.endswith(_AT, 0, found.start) and (
                    m.group() != "airport" or not _works_before(low, found.start)
                ):
                    continue
                if _PARTNER_BEFORE.search(text, max(0, found.start - 90), found.start):
                    continue
                if _chinese_institution(found):
                    continue
                own = found.name.split(" of ", 1)[0] if cut else found.name
                yield found._replace(sector=_last_sector(own) or sector)


_WORKS_AT = ("work", "construction", "upgrad", "expansion", "extension", "renovation")
"""Words of works done at a site, which make the site what is worked on (``work at X``)."""


_WORKS_AT_REACH = 40


def _works_before(low: str, start: int) -> bool:
    """True when works are told in the :data:`_WORKS_AT_REACH` characters before ``start``."""
    before = low[max(0, start - _WORKS_AT_REACH) : start]
    return any(word in before for word in _WORKS_AT)


def _chinese_institution(found: _Mention) -> bool:
    """True for a facility of a Chinese city or province (``Wuhan's Huazhong University``).

    A university or hospital there is China's own, where Pakistani students study or a trip
    goes: no CPEC initiative, unless the two countries name it (``the Pak-China institute``).
    """
    place = found.location
    return (
        place is not None
        and place.country == "China"
        and place.name != place.country
        and not any(joint in found.name.lower() for joint in _JOINT_NAMES)
    )


_PLACE_NAMED_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<place>[A-Z][a-z]+)\s+(?P<words>(?:[a-z][a-z-]*\s+){1,2})\Z"
)
"""A place, then what a facility does, before its lowercase head (``the Kharan skills centre``)."""


def _placed_before(
    text: str, head: re.Match[str], default: Sector, bare: frozenset[str] = _BARE
) -> _Mention | None:
    """The facility a known place and its kind name before ``head``, located there, if any.

    ``the Kharan skills centre``, ``the Kandar bus terminal``: a place the gazetteer knows, then
    one or two lowercase words telling what it does (none of ``bare``: by default, not a power
    plant's, see :data:`_BARE`). The sector is that of its words, else ``default``.
    """
    before = _PLACE_NAMED_BEFORE.search(text, max(0, head.start() - 50), head.start())
    if before is None or not bare.isdisjoint(before.group("words").split()):
        return None
    place = lookup_place(before.group("place"))
    if place is None:
        return None
    start, end = before.start("place"), head.end()
    name = _name(text[start:end])
    sector = _last_sector(name) or default
    return _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=place)


def _described_facility(text: str, described: re.Match[str], head: re.Match[str]) -> _Mention:
    """The facility from its ``described`` words to its ``head``, placed after or in it.

    A bed count is what identifies it (``the 150-bed hospital`` may take up one named before).
    """
    start, end = described.start(), head.end()
    name = _name(text[start:end])
    place = _place_after(text, end)[0] or _place_inside(name)
    default = Sector.GENERAL if head.group() in _CENTRES else Sector.EDUCATION
    sector = _last_sector(name) or _sector(head.group(), default)
    kind, identity = InitiativeKind.PROJECT, described.group("beds")
    return _Mention(start, end, name, kind, sector, location=place, identity=identity)


def _unnamed_plants(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """An unnamed plant, factory, warehouse, unit or terminal someone invests in or builds.

    ``invest $150 million in a steel pipe plant``, ``a cold-chain warehouse being built at the
    port``, ``a customs terminal at Sost would be completed by June``: see :func:`_unnamed`. A unit
    and a terminal need a place after them. A plant, factory or unit makes things: industry,
    whatever it makes (``a seed processing plant`` is no farm); a warehouse's or terminal's sector
    is that of its words, else industry or transport. A water plant (``a seawater desalination
    plant``) is a utility's works, general as a named one is (see :data:`_WATER_WORDS`), and a
    fuel plant energy (see :data:`_FUEL_MAKING`). One a trip takes in is none (see
    :data:`_TOURED`), nor is one on the Chinese side (see :func:`_chinese_side`).
    """
    trip = "visit" in low or "tour" in low
    for m in _heads(_PLANT_HEAD, low, taken):
        placed = _PLACED_HEADS.get(m.group())
        found = _unnamed(text, m, placed or Sector.INDUSTRY, placed is not None)
        if found is None and m.group() in _MAKERS:
            found = _maker_named(text, m)
        if found is None:
            found = _placed_before(text, m, placed or Sector.INDUSTRY)
        if found is not None and not (
            (trip and _TOURED.search(low, max(0, found.start - 40), found.start))
            or _chinese_side(text, found)
        ):
            if m.group() in _MAKERS:
                words = found.name.lower()
                water = not _WATER_WORDS.isdisjoint(words.split())
                fuel = _FUEL_MAKING.search(words) is not None
                sector = Sector.GENERAL if water else Sector.ENERGY if fuel else Sector.INDUSTRY
                found = found._replace(sector=sector)
            elif _FUEL_ACRONYM.search(found.name):
                found = found._replace(sector=Sector.ENERGY)
            yield found


_FUEL_ACRONYM = re.compile(rf"\b(?:{_FUEL})\b")
"""A fuel in an unnamed terminal's or warehouse's name (``an LNG terminal``): energy."""
_FUEL_MAKING = re.compile(r"coal-to-|gasification|liquefaction|refiner")
"""Words of a plant that makes fuel (``a coal-to-gas plant``): energy, not industry."""
_BUILDER = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+(?:authorities|government|officials|province|region|city))?\s+"
    r"(?:would|will|plans\s+to|intends\s+to|is\s+to|is\s+set\s+to)\s+(?:also\s+)?"
    r"(?:build|open|set\s+up|construct|establish)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}\Z"
)
"""A place, or its authorities, that will build an unnamed facility (``Urumqi authorities will
build a fruit packing unit``)."""


def _chinese_side(text: str, found: _Mention) -> bool:
    """True for an unnamed facility on the Chinese side: in China, or built by a Chinese place.

    ``a fruit packing unit at Kashgar``, ``Xinjiang will set up a bonded warehouse at the pass``:
    China's own works, no CPEC project in Pakistan.
    """
    if found.location is not None and found.location.country == "China":
        return True
    builder = _BUILDER.search(text, max(0, found.start - 90), found.start)
    place = lookup_place(builder.group(1)) if builder is not None else None
    return place is not None and place.country == "China"


_TOURED = re.compile(r"\b(?:visit|tour)(?:ed|ing|s)?\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}\Z")
"""Written before an unnamed plant a trip takes in (``visited an agricultural machinery plant``,
``toured a solar-panel factory``): a stop on the trip, not a project."""
_MAKER_NAME = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]{2,20}(?:\s+[A-Z]{2,4})?\s+(?:[a-z][a-z-]*\s+){1,3})\Z"
)
"""A plant named after its company, then what it makes (``the Kaiyuan railcar assembly``)."""


def _maker_named(text: str, head: re.Match[str]) -> _Mention | None:
    """A plant or factory named by its company's word and lowercase words of what it makes.

    ``the Kaiyuan railcar assembly plant`` is one plant: industry. A describing word (``the
    Chinese steel plant``) names none, nor a power plant (see :data:`_BARE`).
    """
    before = _MAKER_NAME.search(text, max(0, head.start() - 60), head.start())
    if before is None or _describes(before.group(1).split(None, 1)[0]):
        return None
    words = before.group(1).split()
    if not _BARE.isdisjoint(words) or _VAGUE.issuperset(words[1:]):
        return None
    start = before.start(1)
    name = _name(text[start : head.end()])
    return _Mention(start, head.end(), name, InitiativeKind.PROJECT, Sector.INDUSTRY)


_NAMED_PLACE_AFTER = re.compile(r"\s+(?:in|at|near)\s+(?P<town>[A-Z][a-z]{2,})\b(?!\s+[A-Z])")
"""A single capitalised word after a place's preposition: a town the gazetteer may not know
(``a chilli drying unit in Samaro``), not a site's name (``at the Kandar Economic Zone``)."""


def _unnamed(
    text: str, head: re.Match[str], default: Sector, placed: bool = False
) -> _Mention | None:
    """The unnamed facility at ``head``, named by the words before it and the place after it.

    An indefinite article and one to four lowercase words that tell what it makes, keeps or
    does (not only ``a new plant``, nor a power plant, which needs a name, nor a police unit)
    name it, with the place after it if any (``disaster-recovery data centre in Lahore``: ict,
    located in Lahore, never a country guessed from a demonym); a site named after the place
    (``at the Kandar Special Economic Zone``) is only its location. ``placed``: a place must
    follow, known or a town's name (see :data:`_NAMED_PLACE_AFTER`).
    The sector is that of its words, else ``default``.
    """
    before = _MODIFIERS_BEFORE.search(text, max(0, head.start() - 60), head.start())
    if before is None:
        return None
    words = before.group(1).split()
    if not _BARE.isdisjoint(words):
        return None
    place, end = _place_after(text, head.end())
    if _VAGUE.issuperset(words) and (place is None or not _ORDINAL_WORDS.issuperset(words)):
        return None
    if placed and place is None and not _NAMED_PLACE_AFTER.match(text, head.end()):
        return None
    if _NAME_GOES_ON.match(text, end):  # the place opens a site's name: ``at the X Zone``
        end = head.end()
    start = before.start(1)
    sector = _last_sector(text[start : head.end()]) or default
    name = _name(text[start:end])
    return _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=place)


def _named_projects(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Projects no other finder knows, named in capitals before a project head.

    ``the Kandar Cold Storage Complex``, ``the Marvoz Ceramic Tiles Plant``: a capitalised head
    after one or more name words; a lowercase ``project`` or ``programme`` needs two (``the Thar
    Coal Rail Link project``, ``the CPEC Language Bridge programme``, not ``the Sindh project``).
    A name with an organisation's word (``Bank``) or followed by more capitals (``Project
    Director``) is none. The sector is that of the name's last sector word (``Coal Rail Link``:
    transport), else the head's; a ``Park``, a ``City`` (``the Huaxin Textile City``), a ``Zone``
    and a ``Cell`` (a body) need one, a
    ``Programme`` (a programme) too, and takes the first by sector order; a security zone is a
    cordon, no project.
    """
    for m in _PROJECT_HEAD.finditer(text):
        at, end = m.start(), m.end()
        if (at and not text[at - 1].isspace()) or taken.find(1, at, end) >= 0:
            continue
        if not text[text.rfind(" ", 0, at - 1) + 1 : at].lstrip()[:1].isupper():
            continue  # the word before is no name (``the project``): skip reading back
        start = _left_names(text, at)
        if start is None or _NAME_GOES_ON.match(text, end) or _ORGANISATION_AFTER.match(text, end):
            continue
        words = text[start:at].split()
        if (m.group() in _LOWER_HEADS and len(words) < 2) or not _ORGANISATION_WORDS.isdisjoint(
            words
        ):
            continue
        head = m.group().capitalize()
        named = text[start:end]
        sector = _last_sector(named)
        if sector is not None and head in _PROGRAMME_HEADS:
            # A programme's field (``Language Bridge``: education) outranks a figurative work.
            sector = _sector(named, sector)
        sector = sector or _PROJECT_HEADS.get(head)
        if sector is not None and not (m.group() == "Zone" and sector is Sector.SECURITY):
            place = _place_inside(text[start:at])
            kind = (
                InitiativeKind.BODY
                if m.group() in _BODY_HEADS
                else InitiativeKind.PROGRAMME
                if head in _PROGRAMME_HEADS
                else InitiativeKind.PROJECT
            )
            yield _Mention(start, end, _name(text[start:end]), kind, sector, location=place)


_JOINT_PROGRAMME = re.compile(
    r"\b(?P<by>(?P<cpec>CPEC|(?:China[-–]Pakistan|Pakistan[-–]China)\s+Economic\s+Corridor)"
    r"|(?:Pak|Pakistan|Sino)[-–]China|China[-–]Pak(?:istan)?)(?:['’]s)?\s+"
    r"(?P<words>(?:[a-z][a-z-]*\s+){1,3}?)(?:programme|program|scheme)\b(?![-'’])"
)
"""A programme named by CPEC or the two countries and lowercase words of its field (``the CPEC
scholarship programme``, ``a Pak-China skills scheme``)."""
_PROGRAMME_HINTS = ("programme", "program", "scheme")
_PROGRAMME_BY = ("cpec", "pak-", "pakistan-", "sino-", "china-pak", "pak–", "china–")


def _joint_programmes(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A CPEC or joint programme named in lowercase words (``the CPEC health fellowship scheme``).

    Reporters name a programme under the corridor by its field alone, in lower case: a scheme of
    CPEC's own, as ``the CPEC Language Bridge programme`` is in capitals (see
    :func:`_named_projects`). Function words between (``CPEC and the scheme``) name none, nor do
    describing words alone (``the CPEC new scheme``). The mention starts after ``CPEC`` (or the
    corridor's full name), which is an initiative of its own; the sector is that of the field's
    words, else general.
    """
    for m in _JOINT_PROGRAMME.finditer(text):
        words = m.group("words").split()
        if not _NOT_FOR.isdisjoint(words) or _VAGUE.issuperset(words):
            continue
        start = m.start("words") if m.group("cpec") else m.start()
        if taken.find(1, start, m.end()) >= 0:
            continue
        name = _name(text[m.start() : m.end()])
        sector = _last_sector(m.group("words")) or Sector.GENERAL
        yield _Mention(start, m.end(), name, InitiativeKind.PROGRAMME, sector)


# An unnamed facility told with its own stage and then its place (``a copper refinery proposed at
# Kharan``, ``A third cold-storage unit is planned at Pasni``), or a link told with its route
# (``A 40km spur from Hattar to Haripur is being surveyed``): the heads, in the lower-cased
# sentence, then what may stand before and after them in the original text.
_SITED_HEADS: dict[str, Sector] = {
    **dict.fromkeys(("plant", "factory", "unit", "mill", "refinery", "warehouse"), Sector.INDUSTRY),
    **dict.fromkeys(("complex", "facility", "hub", "depot"), Sector.GENERAL),
    **dict.fromkeys(("centre", "center", "laboratory"), Sector.GENERAL),
    **dict.fromkeys(("campus", "school", "college", "institute"), Sector.EDUCATION),
    **dict.fromkeys(("hospital", "clinic"), Sector.HEALTH),
    **dict.fromkeys(("zone", "park", "estate"), Sector.INDUSTRY),
    **dict.fromkeys(("station", "terminal"), Sector.GENERAL),
}
"""Heads of unnamed facilities placed after their stage, each with its sector when its words
tell none."""
_ROUTED_HEADS: dict[str, Sector] = {
    **dict.fromkeys(("spur", "extension", "link", "road", "railway", "line"), Sector.TRANSPORT),
    "pipeline": Sector.ENERGY,
}
"""Heads of unnamed links identified by a route, each with its sector when its words tell none."""
_STAGED_HINTS = (*_SITED_HEADS, *_ROUTED_HEADS)
_STAGED_HEAD = re.compile(_by_first_letter(*_STAGED_HINTS) + r"\b(?![-'’])")
_BUILT_WORDS = ("built", "set up", "established", "constructed", "developed")
_STAGE_WORDS = ("planned", "proposed", "survey", "under construction", "approved", *_BUILT_WORDS)
"""Stage words one of which the sentence must hold (the finder's gate)."""
_STAGED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s+(?P<name>"
    rf"(?:(?:{'|'.join(sorted(_ORDINAL_WORDS))})\s+)?(?:\d[\d,.]*\s?-?(?:km|kilomet(?:re|er)s?|MW|megawatts?)\s+)?"
    r"(?:(?!(?:and|or|of|the|new|proposed|planned)\s)(?:[a-z][a-z-]*|[A-Z]{2,5})\s+){0,3})\Z"
)
"""An indefinite article (or ``another``), then an ordinal, a length or capacity and up to three
lowercase words or acronyms before a head (``a second``, ``A 40km``, ``a copper``, ``an LNG``)."""
_STAGED_AFTER = re.compile(
    r"(?P<measure>\s+of\s+[\w,.-]+(?:\s+[\w,.-]+){0,4}?)?"
    r"(?P<purpose>\s+for\s+(?!the\b)[a-z-]+(?:\s+[a-z-]+){0,2}?)?,?\s+"
    r"(?:(?:is|was|are|were|has|had|have|will|would)\s+"
    r"(?:(?:also|now|already|been|be|being|to)\s+){0,3})?"
    r"(?:planned|proposed|being\s+surveyed|surveyed|under\s+construction|approved"
    r"|(?:being\s+)?(?:built|set\s+up|established|constructed|developed))"
    r"(?:\s+(?:at|in|near)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b(?![-'’]|\s+[A-Z])))?"
)
"""What follows an unnamed facility told with its stage: a measure (``of five million gallons
per day``), what it is for (``for textile workers``, in its name), the stage (``had been
planned``, ``will be built``) and the place (``at Karwat``), no site's name (``at the Kandar Dry
Port``: the named site is the initiative there)."""
_UNTELLING = frozenset({"special", "dedicated", "temporary", "permanent"})
"""Words that describe a facility without telling what it is (``A special unit was set up in
X``): alone, they identify none."""
_WATER_MEASURE = re.compile(rf"{_WATER_A_DAY}|\bMGD\b", re.IGNORECASE)
"""A daily water capacity: the plant it measures treats or makes water (sector general)."""
_ROUTE = re.compile(
    r"\s+(?:(?:from|between)\s+(?:the\s+)?(?P<a>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+"
    r"(?:to|and)|to)\s+(?:the\s+)?(?P<b>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b(?!\s+[A-Z])"
)
"""A link's route right after its head (``from Hattar to Haripur``, ``between A and B``), or its
far end (``to Hattar``: known to the gazetteer)."""
_NOT_PLACES = frozenset(
    (*(month.capitalize() for month in _MONTHS.split("|")), "China", "Pakistan", "The")
)
"""Capitalised words after ``from``/``to``/``at`` that are no site of works: months, and the
countries (a whole country is no place of an unnamed facility)."""


def _staged_facilities(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """An unnamed facility told with its own stage and place, or a link with its route and stage.

    ``a second plant of five million gallons per day had been planned at Karwat``, ``a copper
    refinery proposed at Saindak``, ``A 40km spur from Hattar to Haripur is being surveyed``:
    reporters name works they cannot name by what they are, an ordinal (another of its kind) or
    a size, and the place the stage puts them at (known to the gazetteer or not) or the route
    they run (``from A to B``, ``between A and B``, or ``to B`` when B is known). An ordinal, a
    size or a word of what it is must identify it (``a new plant`` is none, nor a power plant or
    a police unit, see :data:`_BARE`); the name is that phrase (with the route), the location the
    place (the route's known end), the sector that of its words (water's or a daily water
    capacity: general), else the head's.
    """
    for m in _heads(_STAGED_HEAD, low, taken):
        before = _STAGED_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None or not before.group("name").strip():
            continue
        start, end, head = before.start("name"), m.end(), m.group()
        route = _ROUTE.match(text, end) if head in _ROUTED_HEADS else None
        if route is not None:
            if not _NOT_PLACES.isdisjoint((route["a"], route["b"])) or (
                route["a"] is None and lookup_place(route["b"]) is None
            ):
                continue
            end = route.end()
        elif head in _ROUTED_HEADS:
            continue
        after = _STAGED_AFTER.match(text, end)
        if after is None or taken.find(1, start, end) >= 0:
            continue
        if route is not None:
            ends = (lookup_place(end) for end in (route["b"], route["a"]) if end is not None)
            location = next((place for place in ends if place is not None), None)
        elif after["place"] is None or after["place"] in _NOT_PLACES:
            continue
        else:
            location = lookup_place(after["place"])
            if location is not None and location.name == location.country:
                continue
        words = before.group("name").split()
        if not _BARE.isdisjoint(words) or _UNTELLING.issuperset(words):
            continue  # a power plant has a name of its own; a police unit guards the works
        name = _name(text[start : after.end("purpose") if after["purpose"] else end])
        measure = after["measure"]
        default = _SITED_HEADS.get(head) or _ROUTED_HEADS[head]
        if (measure is not None and _WATER_MEASURE.search(measure)) or not _WATER_WORDS.isdisjoint(
            name.lower().split()
        ):
            sector = Sector.GENERAL
        else:
            sector = _last_sector(text[start : m.end()]) or _last_sector(name) or default
        # The measure and purpose are the mention's: its stage wording follows it as a predicate.
        end = max(end, after.end("measure"), after.end("purpose"))
        yield _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=location)


# A port's unnamed works told with a place (``new multipurpose berths at Gwadar``, ``Three new
# berths are being built at Pasni Port``): the heads, in the lower-cased sentence, and the words
# that may describe them, read back from the head in the original text.
_PORT_WORK_HINTS = ("berth", "jett", "wharf", "wharves", "quay", "breakwater", "container yard")
_PORT_WORK_HEAD = re.compile(
    r"(?:berths?|jett(?:y|ies)|wharf|wharves|quays?|breakwaters?|container\s+yards?)\b(?![-'’])"
)
_PORT_WORK_WORD = re.compile(r"(?:[a-z][a-z-]*|\d[\d,.]*-(?:metre|meter|m)|New|LNG|LPG)\Z")
"""A word that may describe a port work: lowercase, a length (``400-metre``), a fuel's acronym,
or ``New`` opening a sentence."""
_WORD_AT = re.compile(r"\S+")
"""A blank-separated word, with where it stands."""
_PORT_WORK_STOPS = frozenset(
    "a an the of in at to for and or with on by from its their his her this that which both all"
    " two three four five six seven eight nine ten some several".split()
)
"""Words that end a port work's description: articles, prepositions and counts (a count is no
part of its name: ``two new multipurpose berths`` are the ``new multipurpose berths``)."""


_LENGTH_WORD = re.compile(r"\d[\d,.]*-(?:metre|meter|m)\Z")
_ASIDE_BEFORE_VERB = re.compile(r",\s+[^;.]{1,100}?,(?=\s+(?:is|are|was|were|has|have|will)\s)")
"""An aside between a work and its verb (``, designed to take ships of up to 50,000 tons,``)."""


def _sized_staged(text: str, end: int, kept: list[str]) -> bool:
    """True when a port work with its length (``a new 250-meter bulk berth``) has its stage told.

    A work given its length and its own stage (``is under construction``, perhaps after an aside)
    is a work of its own, placed by the article's port, not an anaphor: it needs no place.
    """
    if not any(_LENGTH_WORD.match(word) for word in kept):
        return False
    aside = _ASIDE_BEFORE_VERB.match(text, end)
    return _STAGED_AFTER.match(text, aside.end() if aside else end) is not None


def _port_works(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A port's unnamed berths, jetties, wharves, quays, breakwaters or container yards.

    Reporters tell a port's new works by what they are and where (``two new multipurpose berths
    at Gwadar Port``, ``a new coal berth at Port Qasim``): one to three describing words before
    the head and a place right after it, or after the stage told of them (``Three new berths
    are being built at Pasni Port``), make the initiative, sector port, named by the words and
    the head (a count is left out) and located at the place (a known port stands for its town).
    Without describing words (``the berths``) or a place it is an anaphor or no work of its own.
    """
    for m in _heads(_PORT_WORK_HEAD, low, taken):
        words = list(_WORD_AT.finditer(text, max(0, m.start() - 60), m.start()))[-3:]
        kept: list[str] = []
        start = m.start()
        for word in reversed(words):
            if word.group().lower() in _PORT_WORK_STOPS or not _PORT_WORK_WORD.match(word.group()):
                break
            kept.insert(0, word.group())
            start = word.start()
        if not kept:
            continue
        place, _end = _place_after(text, m.end())
        if place is None:
            after = _STAGED_AFTER.match(text, m.end())
            named = after["place"] if after else None
            # A port the gazetteer lacks is placed at its town (``Pasni Port``: Pasni).
            found = named and (lookup_place(named) or lookup_place(named.split()[0]))
            place = _site_location(found) if found else None
        if place is None:
            if not _sized_staged(text, m.end(), kept):
                continue
        elif place.name == place.country:
            continue
        if kept[0] == "New":
            kept[0] = "new"
        name = " ".join((*kept, _SPACES.sub(" ", m.group())))
        yield _Mention(start, m.end(), name, InitiativeKind.PROJECT, Sector.PORT, location=place)


_ZONE_SITES = ("Rashakai", "Dhabeji", "Bostan", "Moqpondass", "Khairpur", "Mirpur")
"""Towns whose name alone may stand for the special economic zone there (``production has begun
at Rashakai, but Dhabeji and Bostan still wait``): the gazetteer knows each zone as ``<town>
SEZ``."""
_ZONE_SITE = re.compile(rf"\b({'|'.join(site.lower() for site in _ZONE_SITES)})\b(?![-'’])")
_ZONE_NAMED = ("Special Economic Zone", "SEZ", "Industrial City", "Industrial Estate", "Free Zone")
"""A zone named in full in the sentence, which makes a bare zone town beside it a zone too."""
_ZONE_AFTER = re.compile(
    r"\s+(?:[A-Z]|(?:special\s+)?(?:economic|industrial|free)\s+zones?\b|sezs?\b)"
)
"""What after a zone town makes it part of a longer name (``Mirpur Khas``, ``Rashakai
Special Economic Zone``) or of a list of zones another finder reads."""


def _zone_sites(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Special economic zones named by their town alone, beside other zones in the sentence.

    Officials and reporters who have named the zones once call them by their towns (``Factories
    are producing at Rashakai, but Dhabeji and Bostan are still waiting for power``). A town
    that hosts a zone the gazetteer knows is that zone when the sentence names another zone,
    by its town alone or in full: two zone towns, or one beside ``Allama Iqbal Industrial
    City``, tell a list of zones, where one town alone is more often only a place. The name is
    ``<town> SEZ``, the place the town.
    """
    hits = [m for m in _heads(_ZONE_SITE, low, taken) if not _ZONE_AFTER.match(text, m.end())]
    towns = {m.group() for m in hits}
    if not hits or len(towns) + any(name in text for name in _ZONE_NAMED) < 2:
        return
    for m in hits:
        town = text[m.start() : m.end()]
        entry = lookup_initiative(f"{town} SEZ")
        if entry is None or not town[:1].isupper():
            continue
        yield _entry_mention(
            m.start(), m.end(), f"{town} SEZ", entry, _entry_place(entry), written=town
        )


# Named works whose capitalised head no other finder reads (``the Lowari Twin Tunnel``, ``the
# Landhi Mass Transit Line``, ``the Keti Bandar Coal Jetty``), each head with the sector it
# implies when the name's words tell none (None: they must, as a ``Fibre Optic Link`` does).
_NAMED_WORK_HEADS: dict[str, Sector | None] = {
    **dict.fromkeys(("Tunnel", "Tunnels", "Interchange", "Flyover", "Ring Road"), Sector.TRANSPORT),
    **dict.fromkeys(("Transit Line", "Metro Line", "Train Line", "Bus Line"), Sector.TRANSPORT),
    **dict.fromkeys(("Jetty", "Jetties", "Wharf"), Sector.PORT),
    "Link": None,
}
_NAMED_WORK_HEAD = re.compile(
    r"\b(?:" + "|".join(_SPACES.sub(r"\\s+", head) for head in _NAMED_WORK_HEADS) + r")\b(?![-'’])"
)
_NAMED_WORK_HINTS = tuple(head.lower() for head in _NAMED_WORK_HEADS)
_NAMED_WORK_STAGES = (
    *_STAGED_WORKS,
    *("approv", "pc-1", "pc-i", "agree", "under way", "underway", "stalled", "progress"),
    "commission",
)
"""Words of a stage, one of which the sentence must hold: a named tunnel or jetty in a sentence
telling none is more often a landmark than a project."""


def _named_works(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Tunnels, interchanges, ring roads, transit lines, jetties and links named in capitals.

    ``the Lowari Twin Tunnel, a CPEC project, is under construction``, ``ECNEC approved the
    Bannu Ring Road``: the name words before the head and the head are the initiative, in the
    sector of its last sector word, else the head's (a ``Link`` needs one: ``Hunza Fibre Optic
    Link``). A name an organisation's word ends or more capitals follow is none, and so is a
    site where works are (``a new terminal at the X Wharf``), a source and a road named only as
    a landmark (see :func:`_landmark_road`).
    """
    for m in _NAMED_WORK_HEAD.finditer(text):
        at, end = m.start(), m.end()
        if taken.find(1, at, end) >= 0 or _NAME_GOES_ON.match(text, end):
            continue
        start = _left_names(text, at)
        if start is None or _ORGANISATION_AFTER.match(text, end):
            continue
        named = text[start:end]
        sector = _last_sector(named) or _NAMED_WORK_HEADS[_SPACES.sub(" ", m.group())]
        if sector is None or low.endswith(_AT, 0, start) or _landmark_road(low, start, end):
            continue  # no sector; a site (``a terminal at the X Wharf``), a source or a landmark
        place = _place_inside(text[start:at])
        yield _Mention(start, end, _name(named), InitiativeKind.PROJECT, sector, location=place)


_JOINT_BEFORE = re.compile(
    r"(?P<joint>[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+)\s+"
    r"(?:(?!(?:the|a|an|and|or|of|to|in|at|for|with|by|on|from)\s)[a-z]+(?:-[a-z]+)*\s+){0,3}\Z"
)
"""The two countries' names and up to three lowercase words before a facility's head (``a
China-Pakistan fisheries processing park``)."""
_JOINT_HEADS = frozenset(_SITED_HEADS).difference(_FACILITIES)
"""Heads of unnamed joint facilities other than schools, hospitals and centres, which
:func:`_facilities` reads."""


def _joint_facilities(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """An unnamed facility the two countries' names open (``a Pak-China seed processing plant``).

    The joint name makes it a joint project, as it does a college or a centre (see
    :func:`_facilities`), whatever the sentence says of its works, unless it is a venue or a
    source (``held at the Pak-China X park``, see :data:`_AT`). The sector is that of its
    other words, else the head's; the place is the one after it, never the countries in its name.
    """
    for m in _heads(_STAGED_HEAD, low, taken):
        if m.group() not in _JOINT_HEADS or _NAME_GOES_ON.match(text, m.end()):
            continue
        before = _JOINT_BEFORE.search(text, max(0, m.start() - 70), m.start())
        if before is None or not _joint(before.group("joint").lower()):
            continue
        start = before.start()
        if taken.find(1, start, m.end()) >= 0 or low.endswith(_AT, 0, start):
            continue
        name = _name(text[start : m.end()])
        own = text[before.end("joint") : m.end()]
        sector = _last_sector(own) or _SITED_HEADS[m.group()]
        place = _place_after(text, m.end())[0]
        yield _Mention(start, m.end(), name, InitiativeKind.PROJECT, sector, location=place)


def _heads(pattern: re.Pattern[str], low: str, taken: bytearray) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``low`` that start a word, outside the ``taken`` text.

    Every finder's mention holds its head, so a head in taken text would give a mention that
    is dropped: skipping it early saves identifying it.
    """
    for m in pattern.finditer(low):
        if (m.start() == 0 or not low[m.start() - 1].isalnum()) and taken.find(
            1, m.start(), m.end()
        ) < 0:
            yield m


def _identified(
    text: str, start: int, end: int, kind: InitiativeKind, sector: Sector
) -> Iterator[_Mention]:
    """The mention of the head ``[start, end)`` if a name or place before or after identifies it.

    A place after it (``in Faisalabad``) joins the name unless a name before already identifies it;
    so does a transport link's route from a known place (``a railway line from X to Y``).
    A daily water capacity spelled out (``a 1.2 million gallons per day desalination plant``)
    identifies the plant but is left out of its name, as a place after then joins it.
    """
    name_start = _left_names(text, start)
    place, place_end = _place_after(text, end)
    if place is None and name_start is None and sector is Sector.TRANSPORT:
        place, place_end = _route(text, end)
    if name_start is None and place is None:
        return
    if name_start is None:
        identity = place.id if place is not None else None
        name_start, end = start, place_end
        shown = start
    else:
        written = text[name_start:start]
        identity = _CAPACITIES.sub("", written).strip() or written
        spelled = _SPELLED_CAPACITY.match(text, name_start, start)
        shown = spelled.end() if spelled else name_start
        if shown == start and place is not None:
            end = place_end
    if place is None:
        place = _place_inside(text[name_start:end])
    name = _name(text[shown:end])
    yield _Mention(name_start, end, name, kind, sector, location=place, identity=identity)


def _left_names(text: str, start: int) -> int | None:
    """Where the identifying words just before ``start`` begin (capacity, capitalised names).

    Most heads have none (``the projects``): without a digit before, there is no capacity, the
    words are the blank-separated ones, and a name word opens with a capital; so a last word
    without one is told at once, without reading the words back.
    """
    offset = max(0, start - 60)
    if _DIGIT.search(text, offset, start) is None:
        last = text[offset:start].rsplit(None, 1)[-1:]
        if not last or not "A" <= last[0][0] <= "Z":
            return None
    begin = None
    for w in reversed(list(_LEFT_WORD.finditer(text, offset, start))):
        word = w.group()
        if (
            _ABBREVIATION.fullmatch(word)
            or _unit_number(text, w)
            or (begin is not None and _ORDINAL_FIGURES.fullmatch(word))
        ):
            # Inside a name (``Kandar Unit 3 (K-3) nuclear power project``, ``Kandar 5th
            # Extension Hydropower Project``), never first.
            continue
        if not (_NAME_WORD.match(word) or _CAPACITY.match(word)) or word.endswith((",", ";", ":")):
            break
        if _describes(word) and not (begin is not None and _is_country(word)):
            break
        begin = w.start()
    return begin


_ORDINAL_FIGURES = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
"""An ordinal in figures, a name word between others (``Kandar 5th Extension``)."""


def _unit_number(text: str, word: re.Match[str]) -> bool:
    """True for a unit's or block's number (``3`` of ``Unit 3``): a name word, after its label."""
    if not word.group().isdigit() or len(word.group()) > 2:
        return False
    label = text[max(0, word.start() - 8) : word.start()].split()[-1:]
    return bool(label) and label[0] in _UNIT_LABELS


def _is_country(word: str) -> bool:
    """True for a country's name as written alone (``Pakistan``, not ``Pakistan’s``).

    Before other name words it is part of the name (``Pakistan Railway Academy``).
    """
    place = lookup_place(word)
    return place is not None and place.name == place.country


def _describes(word: str) -> bool:
    """True for a capitalised word that describes rather than names (``The``, ``Chinese-built``).

    Function words, demonyms and country names (alone or before a hyphen) identify no project;
    countries joined (``Pak-China``) name a joint one.
    """
    lowered = word.lower()
    if lowered in _NOT_NAMES:
        return True
    if _joint(lowered):
        return False
    head = lowered.split("-", 1)[0].removesuffix("’s").removesuffix("'s")
    if demonym_country(head) is not None:
        return True
    return _is_country(head)


def _joint(lowered: str) -> bool:
    """True for two or more countries joined by hyphens (``pak-china``): a joint project's name."""
    parts = lowered.split("-")
    return len(parts) > 1 and all(
        demonym_country(part) is not None or _is_country(part) for part in parts
    )


def _place_after(text: str, end: int) -> tuple[Place | None, int]:
    """The place named right after ``end`` (``in Gwadar``) and where its name ends."""
    prep = _PLACE_AFTER.match(text, end)
    if prep is None:
        return None, end
    hit = place_at(text, prep.end())
    if hit is None or hit[1].name == hit[1].country:
        return None, end  # a whole country is a partner or a recipient, no site (``to China``)
    end, place = hit
    province = _PROVINCE.match(text, end)
    return _site_location(place), province.end() if province else end


_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
_TO_END = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\b")


def _route(text: str, end: int) -> tuple[Place | None, int]:
    """A route right after ``end`` from a known place to any name (``from Islamkot to Y``).

    Returns the place it starts from and where the route ends (None and ``end`` when none).
    """
    start = _FROM.match(text, end)
    hit = place_at(text, start.end()) if start is not None else None
    to = _TO_END.match(text, hit[0]) if hit is not None else None
    if hit is None or to is None:
        return None, end
    return _site_location(hit[1]), to.end()


@functools.lru_cache(maxsize=1 << 12)
def _place_inside(name: str) -> Place | None:
    """The first known place below a country written in ``name`` (see :func:`_site_location`).

    A country in a name tells partners, not a site (``Pak-China Vocational Training Centre``,
    ``China Power Hub plant``): the place is a town or province written beside it, if any.
    """
    place = next((p for _s, _e, p in find_places(name) if p.name != p.country), None)
    return _site_location(place) if place else None


def _site_location(place: Place) -> Place:
    """A site that is itself a known initiative (Gwadar Port) stands for the initiative's place."""
    entry = lookup_initiative(place.name)
    located = _entry_place(entry) if entry else None
    return located or place


_COVERING_BEFORE = re.compile(
    r"\b(?:covering|spanning)\s+(?:the\s+)?(?:[\d,.]+[-\s]?(?:km|kilomet(?:re|er)s?)\s+)?\Z"
)
"""Before a section that tells the extent of a package or phase named before it (``package-II
of ML-1, covering the 400-kilometre Rohri-Multan section``): no initiative of its own."""


def _sections(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A named section or package of a road, railway or line, one initiative as written.

    ``the Thakot-Havelian section of the KKH`` and ``Package-I of ML-1`` name a project of their
    own: the whole is known to the gazetteer, has a road code (``N-15``) or a head noun
    (``the M-8 motorway``), and gives the sector; a section needs a name (``Mansehra-Naran``),
    and ``a 50km stretch of the KKH`` is the KKH's. A section the gazetteer knows as a project
    other than the whole (``Thakot-Havelian section``) keeps that project's id. The place is the
    section's own (``Mansehra``), else the project's or the whole's. Without its whole, a
    section the gazetteer lacks is one when its name links known places (``the
    Karachi-Hyderabad section``).
    """
    for m in _heads(_SECTION_HEAD, low, taken):
        part = _PART_OF.match(text, m.end())
        start = m.start() if m.group().startswith("package") else _left_names(text, m.start())
        if start is None:
            continue
        if part is None:
            if _COVERING_BEFORE.search(low, max(0, start - 40), start) is not None:
                continue  # "package-II of X, covering the A-B section": the package's extent
            unknown = lookup_initiative(text[start : m.end()]) is None
            if unknown and _links_places(text[start : m.start()]):
                yield _route_part(
                    start, m.end(), _name(text[start : m.end()]), text[start : m.start()]
                )
            continue
        whole_name = part.group("whole").rstrip(".")
        written = text[part.start("whole") : part.end()]
        whole = lookup_initiative(written) or lookup_initiative(whole_name)
        if whole is None and not (part.group("head") or _ROAD_CODE.fullmatch(whole_name)):
            continue
        # A head after the whole's abbreviation (``Main Line-1 (ML-1) railway``) gives the
        # whole, not the name, which ends before the abbreviation.
        named_head = part.group("head") and not part.group("abbreviation")
        end = part.end() if named_head else part.start("whole") + len(whole_name)
        section = lookup_initiative(text[start : m.end()])
        own = section if section is not None and section != whole else None
        known = own or whole
        place = _place_inside(text[start : m.end()]) or (_entry_place(known) if known else None)
        name = _name(text[start:end])
        if own is not None:
            yield _entry_mention(start, end, name, own, place)
        else:
            sector = whole.sector if whole else _sector(written, Sector.TRANSPORT)
            yield _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=place)


_LATER_PHASE = re.compile(
    r"(?:phase[-\s](?:ii|iii|iv|2|3|4)|(?:second|third|fourth)\s+phase)\b(?!-)(?=\s+of\s)"
)
_PHASE_HINTS = ("phase", "second", "third", "fourth")
_PHASE_NOUNS = (
    r"(?:plant|project|zone|park|port|motorway|expressway|airport|terminal|scheme|hospital)"
)
_PHASE_OF_NOUN = re.compile(rf"\s+of\s+the\s+{_PHASE_NOUNS}\b(?!['’-])")
"""A later phase's owner told by its head noun (``a second phase of the plant``)."""
_OWNED_PHASE = re.compile(rf"(.+\s+of\s+the)\s+({_PHASE_NOUNS})\Z", re.IGNORECASE)
_PHASE_OF_SUBJECT = re.compile(r"\b(?:is|was|are|were|as|became|becomes)\s+(?:the\s+)?\Z")
"""A phase said of a subject named before (``the Kandar segment is the second phase of X``): the
subject is that phase, named already."""


def _route_part(start: int, end: int, name: str, route: str) -> _Mention:
    """A road or line's part named by its route (``the A-B section``), placed at a town it names.

    The route identifies it, so the ``A-B stretch`` is the ``A-B package`` told before.
    """
    return _Mention(
        start,
        end,
        name,
        InitiativeKind.PROJECT,
        Sector.TRANSPORT,
        location=_place_inside(name),
        identity=route,
    )


def _later_phases(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A later phase of a named project, a project of its own (``Phase-II of the X Expressway``).

    A second or later phase is approved, funded and built after the first is done, so it has its
    own stage (``Phase-II of the X Expressway was approved``, while X is in service). The whole is
    a project the gazetteer knows or has a head noun (``the Marvoz Expressway``), as for a section
    (see :func:`_sections`); CPEC's phases are programmes the known names hold. The name is as
    written, with the whole's sector and place. A phase that only describes its subject (see
    :data:`_PHASE_OF_SUBJECT`) is none.
    """
    for m in _heads(_LATER_PHASE, low, taken):
        if _PHASE_OF_SUBJECT.search(low, max(0, m.start() - 16), m.start()):
            continue
        part = _PART_OF.match(text, m.end())
        if part is None:
            if owner := _PHASE_OF_NOUN.match(low, m.end()):  # named by its owner's (_owned_phases)
                name = _name(text[m.start() : owner.end()])
                yield _Mention(m.start(), owner.end(), name, InitiativeKind.PROJECT, Sector.GENERAL)
            continue
        whole_name = part.group("whole").rstrip(".")
        whole = lookup_initiative(text[part.start("whole") : part.end()]) or lookup_initiative(
            whole_name
        )
        if whole is None and not (part.group("head") or _ends_with_head(whole_name)):
            continue
        if whole is not None and whole.kind is not InitiativeKind.PROJECT:
            continue
        named_head = part.group("head") and not part.group("abbreviation")  # as in _sections
        end = part.end() if named_head else part.start("whole") + len(whole_name)
        name = _name(text[m.start() : end])
        # A whole told only as a ``project`` has no transport head: its words alone tell the
        # sector (``Phase-II of the Kandar Canal project``).
        default = Sector.GENERAL if part.group().lower().endswith("project") else Sector.TRANSPORT
        sector = whole.sector if whole else _sector(part.group(), default)
        place = _entry_place(whole) if whole else _place_inside(whole_name)
        yield _Mention(m.start(), end, name, InitiativeKind.PROJECT, sector, location=place)


_WHOLE_HEADS = frozenset("motorway highway expressway road railway line project".split())
"""The head nouns that end a capitalised project's name (``the Marvoz Expressway``)."""


def _ends_with_head(name: str) -> bool:
    """True for a name whose last word is a project's head noun (``Marvoz Expressway``)."""
    return name.rpartition(" ")[2].lower() in _WHOLE_HEADS


_LISTED_SECTIONS = re.compile(r"(?:sections|segments|stretches|portions|packages)\b(?!-)")
_WORKS_ON_LIST = re.compile(
    r"\b(?:works?|construction|building)\b[^.;,]{0,30}?\s(?:on|of)\s+(?:the\s+)?\Z"
)
"""Works on or of what follows (``civil works are under way on the``, ``construction of``)."""


def _listed_sections(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """One section per route listed before a plural part head (``the A-B and B-C sections``).

    Roads and railways are built in packages let to different contractors, and reports list the
    ones being worked on together (``works are under way on the Kandar-Lora and Lora-Zarghun
    packages``): each name that links known places (see :func:`_links_places`) is a section of
    its own, with the head in the singular, as :func:`_sections` reads one. Only works on the
    list make its parts projects: sections a plan lists (``rebuilt in three packages, with the
    A-B and B-C sections to follow``) are phases of the whole. A single name is no list.
    """
    for m in _heads(_LISTED_SECTIONS, low, taken):
        names = _coordinated_names(text, m.start())
        first = names[0][0] if len(names) > 1 else 0
        if not first or not _WORKS_ON_LIST.search(low, max(0, first - 60), first):
            continue
        head = m.group()[:-2] if m.group().endswith("ches") else m.group()[:-1]
        for start, end in names:
            if _links_places(text[start:end]) and lookup_initiative(text[start:end]) is None:
                yield _route_part(
                    start, m.end(), _name(f"{text[start:end]} {head}"), text[start:end]
                )


def _works_between(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Works on a stretch of a road or railway between two places, a project of their own.

    ``the realignment of the KKH between Thakot and Raikot`` is a sub-project, named as written:
    a stage said of it (``which has been agreed``) is not the whole road's. The whole is known to
    the gazetteer or has a head noun, and both ends are known places.
    """
    for m in _heads(_WORKS_ON, low, taken):
        part = _PART_OF.match(text, m.end())
        between = _BETWEEN.match(text, part.end()) if part else None
        if part is None or between is None:
            continue
        whole = lookup_initiative(part.group("whole").rstrip("."))
        ends = (
            lookup_place(between.group("a") or between.group("from")),
            lookup_place(between.group("b")),
        )
        if (whole or part.group("head")) and None not in ends:
            name = _name(text[m.start() : between.end()])
            sector = whole.sector if whole else _sector(part.group(), Sector.TRANSPORT)
            yield _Mention(m.start(), between.end(), name, InitiativeKind.PROJECT, sector)
            if m.group("extension") and whole is not None:
                yield _known_mention(text, part.start("whole"), part.end("whole"), whole)


_REALIGNMENT = re.compile(r"realignments?\b(?!-)")


_TERMS = r"(?:[^,;.]|(?<=\d)[.,](?=\d)){1,40}?"
"""A contract's terms before the work it is for (``worth Rs9.6 billion``), within a clause."""
_MAINTENANCE_CONTRACT = re.compile(
    r"(?P<head>(?:operations?\s+and\s+maintenance|o&m|maintenance)\s+contract)s?\b"
    rf"(?:\s+{_TERMS})??\s+for\s+the\s+(?:\d[\d,.]*[-\s]?(?:kilometres?|kilometers?|km)\s+)?"
)
"""A contract to run or maintain a work, up to the work's name (``operation and maintenance
contract worth Rs9.6 billion for the 392-kilometre X Motorway``)."""


def _maintenance_contracts(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A contract to operate and maintain a named work: an initiative of its own.

    ``signed a three-year operation and maintenance contract for the X Motorway`` agrees the
    contract, named with the work (``operation and maintenance contract for the X Motorway``),
    in the work's sector; the work keeps its own stage (see :func:`_new_works_of`).
    """
    for m in _heads(_MAINTENANCE_CONTRACT, low, taken):
        named = _NAME_RUN.match(text, m.end())
        if named is None:
            continue
        work = named.group()
        known = lookup_initiative(work)
        sector = known.sector if known else _sector(work, Sector.GENERAL)
        name = f"{text[m.start('head') : m.end('head')]} for the {work}"
        yield _Mention(m.start(), m.end("head"), name, InitiativeKind.PROJECT, sector)


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}")
"""A run of capitalised words: a name."""


def _realignments(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A road's realignment named by its place or route (``the Kandar realignment of the KKH``).

    Realigning a stretch around a landslide or a lake is a project of its own, named as written;
    the road it is part of is left to the known names. A name the gazetteer knows before it (``the
    Karakoram Highway realignment``) is the known road's finder's.
    """
    for m in _heads(_REALIGNMENT, low, taken):
        start = _left_names(text, m.start())
        if start is not None and lookup_initiative(text[start : m.start()].strip()) is None:
            name = _name(text[start : m.end()])
            yield _Mention(start, m.end(), name, InitiativeKind.PROJECT, Sector.TRANSPORT)


def _links_places(written: str) -> bool:
    """True for a name that links two or more known places (``Karachi-Hyderabad``)."""
    parts = written.strip().split("-")
    return len(parts) > 1 and all(lookup_place(part) is not None for part in parts)


_MOU_FIELDS: dict[str, Sector] = {
    **dict.fromkeys(("agriculture", "agricultural", "livestock", "fisheries"), Sector.AGRICULTURE),
    **dict.fromkeys(("mining", "minerals", "industrial", "steel"), Sector.INDUSTRY),
    "health": Sector.HEALTH,
    "education": Sector.EDUCATION,
    "energy": Sector.ENERGY,
}
"""The fields an MoU is named by (``the agriculture MoU``), and their sectors."""
_MOU_FIELD = rf"(?:{'|'.join(_MOU_FIELDS)})"
_FIELD_MOU = re.compile(
    rf"(?P<field>{_MOU_FIELD})\s+mou\b"
    r"|(?:mous|memoranda\s+of\s+understanding(?:\s*\(mous\))?)\s+on\s+"
    r"(?:(?:cooperation|collaboration)\s+in\s+(?:the\s+fields?\s+of\s+)?)?"
    rf"(?P<fields>{_MOU_FIELD}(?:\s*,\s*{_MOU_FIELD})*(?:,?\s+and\s+{_MOU_FIELD}))\b"
)
"""An MoU named by its field, or MoUs listed by theirs (``MoUs on agriculture and mining``)."""
_MOU_DETERMINERS = (" the ", " an ", " a ", " this ", " that ")
"""What stands before an MoU named by its field (``the mining MoU``), not a topic's last word."""
_MOU_LIST = re.compile(r"[a-z]+")


def _mous(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """MoUs named by their fields (``signed the mining MoU``): each an agreed initiative.

    Several signed at once are one each (``two MoUs on agriculture and mining``: ``agriculture
    MoU``, ``mining MoU``), the same initiatives the later ``the agriculture MoU`` names. An MoU
    on anything else (``an MoU on the X zone``) is about that initiative, not one of its own.
    """
    for m in _heads(_FIELD_MOU, low, taken):
        before = low[max(0, m.start() - 5) : m.start()] if m.group("field") else None
        if before is not None and not f" {before}".endswith(_MOU_DETERMINERS):
            continue
        if m.group("field"):
            fields = [m.span("field")]
        else:
            at = m.start("fields")
            words = _MOU_LIST.finditer(m.group("fields"))
            fields = [(at + w.start(), at + w.end()) for w in words if w.group() in _MOU_FIELDS]
        start = m.start("field") if m.group("field") else m.start()
        for at, end in fields:
            field = low[at:end]
            yield _Mention(
                start,
                m.end(),
                f"{text[at:end]} MoU",
                InitiativeKind.PROJECT,
                _MOU_FIELDS[field],
                identity=f"{field} mou",
            )


_BLOCK = r"(?:Thar\s+)?(?:Coal\s+)?Block[-\s](?:[IVX]{1,4}|\d{1,2})\b"
_MINE_WORDS = r"(?:\s+(?:open[-\s]pit|opencast|open-cast|surface|coal|lignite)){0,2}\s+mine\b"
_COAL_WORKS = re.compile(
    # A coal block's mine (``the Block II open-pit mine``); with ``and`` it is one name with
    # the plant it feeds (see :data:`_HEAD_AFTER`).
    rf"(?P<mine>{_BLOCK}{_MINE_WORDS})(?!\s+and\b)"
    # A mine told inside its block, fronted (``In Block I, a coal mine and a plant ...``).
    rf"|(?<![\w-])[Ii]n\s+(?P<block>{_BLOCK}),\s+(?:a|the)(?P<head>{_MINE_WORDS})"
    r"|(?P<gasification>(?:[Cc]oal|[Ll]ignite)\s+gasification\s+(?:project|plant|facility|complex))\b"
)
"""Coal blocks' mines and coal gasification works, which no power head names (:func:`_energy`)."""


_THAR = lookup_place("Thar")


def _coal_works(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Coal mines named by their block, and coal gasification works, in the energy sector.

    A block's mine is an initiative apart from the block's power plant (``the Block II open-pit
    mine feeds the Thar Block II power plant``); a mine told inside its block (``In Block I, a
    coal mine and a power station began operating``) is named by both (``Block I coal mine``).
    Its place is Thar when named so, else one written after it (``a gasification plant at X``).
    """
    for m in _COAL_WORKS.finditer(text):
        if m.group("block"):
            start, end = m.start("block"), m.end()
            name = m.group("block") + m.group("head")
        else:
            start, end = m.span()
            name = m.group()
        if taken.find(1, start, end) < 0:
            place = _THAR if name.startswith("Thar") else _place_after(text, end)[0]
            yield _Mention(
                start, end, _name(name), InitiativeKind.PROJECT, Sector.ENERGY, None, place
            )


def _working_groups(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Joint working groups, task forces and laboratories on a topic, with the topic's sector.

    The topic follows ``on`` or ``for`` (``the JWG on Information Technology``, ``the Joint
    Working Group for Financial Cooperation``, ``a joint laboratory on robotics``) or comes first
    in capitals (``the Agriculture JWG``) or in lowercase sector words (``the energy working
    group``: writers often drop ``joint``); a group named only by CPEC or a country has no topic.
    A laboratory is a project, the others are bodies.
    """
    for m in _heads(_JWG, low, taken):
        start: int | None = m.start()
        if m.group("plural") and m.group("on"):
            yield from _plural_groups(text, m)
            continue
        if m.group("on"):
            topic = _TOPIC.match(text, m.end())
            end = topic.end() if topic else m.end()
            words = topic.group() if topic else ""
        else:
            start, end = _left_names(text, m.start()), m.end()
            if start is None:
                start = _topic_before(text, m.start())
            words = text[start : m.start()].strip() if start is not None else ""
            if lookup_initiative(words) is not None or _joint(words.lower()):
                words = ""
        if start is not None and words:
            sector = _sector(words, Sector.GENERAL)
            if sector is Sector.GENERAL and (known := lookup_initiative(f"{words} port")):
                sector = known.sector
            if "lab" in m.group():
                yield _Mention(start, end, _name(text[start:end]), InitiativeKind.PROJECT, sector)
            else:
                identity = _group_identity(m.group(), words)
                yield _Mention(
                    start,
                    end,
                    _name(text[start:end]),
                    InitiativeKind.BODY,
                    sector,
                    identity=identity,
                )


def _plural_groups(text: str, m: re.Match[str]) -> Iterator[_Mention]:
    """One body per topic listed after plural working groups (``the JWGs on health and education``).

    The head is named in the singular with each topic: ``JWG on health``, ``JWG on education``.
    The list is read as written, ``A, B and C``: commas not closed by ``and`` end it at its first
    topic (``the JWGs on energy, which met``), and a capitalised topic joined by ``and`` is two.
    """
    first = _TOPIC.match(text, m.end())
    if first is None:
        return
    end = listed = first.end()
    for _ in range(_MOST_LISTED):
        separator = _TOPIC_SEPARATOR.match(text, end)
        topic = _TOPIC.match(text, separator.end()) if separator else None
        if separator is None or topic is None:
            break
        end = topic.end()
        if separator.group().strip(" ,"):
            listed = end  # ``and`` closes the list
            break
    head = text[m.start() : m.start("plural")] + m.group("on")  # no ``(JWGs)`` in the name
    for words in _TOPIC_SEPARATOR.split(text[m.end() : listed]):
        sector = _sector(words, Sector.GENERAL)
        identity = _group_identity(head, words)
        yield _Mention(
            m.start(), listed, _name(head + words), InitiativeKind.BODY, sector, identity=identity
        )


_TOPIC_ABBREVIATIONS = {"it": "information technology", "ict": "information technology"}
"""Topics written short (``the IT working group``), as the long form names them."""


def _group_identity(head: str, topic: str) -> str:
    """What tells a working group or task force apart: its kind of body and its topic.

    ``the IT working group``, ``the information technology JWG`` and ``the Joint Working Group
    on Information Technology`` are one body, named three ways.
    """
    words = " ".join(_WORD.findall(topic.lower()))
    kind = "task force" if "task" in head.lower() else "working group"
    return f"{kind} {_TOPIC_ABBREVIATIONS.get(words, words)}"


def _topic_before(text: str, head: int) -> int | None:
    """Where the lowercase sector words naming a working group's topic before ``head`` begin.

    Only words that give a sector count (``the energy working group``, ``the information
    technology working group``), so that an adjective (``a new working group``) is no topic.
    """
    before = _TOPIC_BEFORE.search(text, max(0, head - 40), head)
    if before is None or _sector(before.group("topic"), Sector.GENERAL) is Sector.GENERAL:
        return None
    return before.start("topic")


def _corridors(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Named corridors; a coordinated list gives one corridor per modifier.

    The list is read backwards from ``corridors``: a modifier, then any number of ``, X`` or
    ``and X`` / ``, and X`` before it (``the health, industry, digital and green corridors``).
    """
    for m in _heads(_CORRIDOR_HEAD, low, taken):
        words = list(_LIST_WORD.finditer(low, max(0, m.start() - 160), m.start()))
        modifiers: list[re.Match[str]] = []
        while words and words[-1].group() in _CORRIDOR_MODIFIERS:
            modifiers.append(words.pop())
            if words and words[-1].group() in ("and", "&"):
                words.pop()
                if words and words[-1].group() == ",":
                    words.pop()
            elif words and words[-1].group() == ",":
                words.pop()
            else:
                break
        for w in reversed(modifiers):
            yield _corridor(text[w.start() : w.end()], w.start(), m.end())


def _corridor(modifier: str, start: int, end: int) -> _Mention:
    """The corridor named by one modifier, from the gazetteer when it knows it."""
    name = f"{modifier} corridor"
    entry = lookup_initiative(name)
    if entry is not None:
        return _entry_mention(start, end, name, entry, None)
    return _Mention(start, end, name, InitiativeKind.CORRIDOR, _sector(modifier, Sector.GENERAL))


def _plans(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A master or action plan for a named place or period (``master plan for Gwadar``).

    A period may come a few words after the plan (``the action plan agreed in May for
    2025-2029``): the name is then the plan and its period, and the mention only the plan.
    """
    kind = InitiativeKind.PROGRAMME
    for m in _heads(_PLAN, low, taken):
        what = _PLAN_OBJECT.match(text, m.end()) if m.group("of") else None
        if what is not None:
            name = _name(text[m.start() : what.end()])
            place = _place_inside(name)
            yield _Mention(m.start(), what.end(), name, kind, Sector.GENERAL, location=place)
        elif period := _PERIOD_AFTER.match(text, m.end()):
            name = f"{_name(text[m.start() : m.end()])} for {period.group(1)}"
            yield _Mention(m.start(), m.end(), name, kind, Sector.GENERAL)


_ACCOUNT = re.compile(
    r"(?:revolving|escrow)\s+(?:fund\s+)?account\b|revolving\s+fund\b"
    r"|payment\s+(?:facility|mechanism)\b(?!-)"
)
_ACCOUNT_HINTS = ("revolving", "escrow", "payment facility", "payment mechanism")
_CHINA_WORDS = ("cpec", "corridor", "china", "beijing", "sino")
"""Words of a sentence that frame an unknown project funded by another lender as China's too
(see :data:`_OTHER_FUNDER`)."""
_ACCOUNT_FOR = (*_CHINA_WORDS, "chinese")
"""Words of a sentence that frame a payment account as a CPEC arrangement (the finder's gate):
CPEC, China, or the Chinese firms it pays (``set up for the Chinese power producers``)."""
_OTHER_FUNDER = re.compile(
    "world bank|asian development bank|islamic development bank|jica|usaid|own resources"
)
"""Funders of works other than China: a sentence naming one and neither China nor CPEC tells of
works that are no CPEC project (``a World Bank loan for the X Dam``, ``built by the province
with its own resources``), unless the gazetteer knows them. Each holds ``bank``, ``own
resources``, ``jica`` or ``usaid``: those are looked for once in an article first."""

_FOR_WHAT = re.compile(r"\s+for\s+(?:the\s+)?")
_PURPOSE_WORD = re.compile(r"\s*([\w'’-]+)([,.;:])?")
_NOT_FOR = frozenset(
    "to that which who and or but in into by with under at from on as since while the a an its"
    " their is are was were will would has have had".split()
)
"""Words that end what an account is ``for`` (a clause or another phrase begins)."""
_MOST_FOR = 6


def _accounts(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A CPEC payment mechanism: a revolving or escrow account or fund, a payment facility.

    ``agreed to set up a revolving account for CPEC power producers``: the account is what the
    sides agreed on, named with what it is for (up to a clause or another phrase); its sector is
    that of the last sector word of its clause after it (``to guarantee payments to power
    producers``: energy), else that of the sentence's last one (``agreed to set up the account
    in 2014, when the first power plants were negotiated``), else general. The finder runs only
    where China, the Chinese or CPEC are named in the sentence (see :data:`_ACCOUNT_FOR`): any bank
    may hold an escrow account.
    """
    for m in _heads(_ACCOUNT, low, taken):
        end = _purpose_end(text, m.end())
        clause = low[m.start() : _clause_end(low, end)]
        sector = _last_sector(clause) or _last_sector(low) or Sector.GENERAL
        name = _name(text[m.start() : end])
        yield _Mention(m.start(), end, name, InitiativeKind.BODY, sector, identity=m.group())


def _purpose_end(text: str, end: int) -> int:
    """Where what a thing ending at ``end`` is ``for`` ends (``end`` if none is written).

    At most :data:`_MOST_FOR` words, up to a punctuation mark or a word that opens a clause or
    another phrase (see :data:`_NOT_FOR`): ``for CPEC power producers, he said``.
    """
    purpose = _FOR_WHAT.match(text, end)
    if purpose is None:
        return end
    at = purpose.end()
    for _ in range(_MOST_FOR):
        word = _PURPOSE_WORD.match(text, at)
        if word is None or word.group(1).lower() in _NOT_FOR:
            break
        end, at = word.end(1), word.end()
        if word.group(2):
            break
    return end


def _clause_end(low: str, start: int) -> int:
    """Where the clause at ``start`` ends in the sentence ``low``: a comma, semicolon or its end."""
    ends = [at for at in (low.find(",", start), low.find(";", start)) if at >= 0]
    return min(ends, default=len(low))


_MAKING_VERBS = (
    *("build", "set up", "establish", "construct", "open", "develop"),
    *("agreement on", "agreement for", "mou on", "mou for", "agreed on", "agree on"),
    *("memorandum of understanding on", "memorandum of understanding for"),
    *("roadmap for", "study for", "funds for", "proposed", "proposes", "propose"),
    *("sites for", "site for", "land for"),
)
"""Verbs of making or opening something, an agreement's wording on it, and the first steps
towards it (``agreed on a roadmap for a X in Y``, ``released funds for a X near Y``)."""
_MAKING = re.compile(
    "(?:" + "|".join(verb.replace(" ", r"\s+") for verb in _MAKING_VERBS) + r")\s+an?\s+"
)
_MAKING_HINTS = tuple(f"{verb} {article}" for verb in _MAKING_VERBS for article in ("a", "an"))
"""The finder's hints: a verb of :data:`_MAKING` and its article, so that few sentences are read."""
_MADE_FOR = ("agree", "mou", "memorand", "china", "chinese", "cpec", "corridor", "pak-", "sino")
"""Words of a sentence that make what it says will be built a CPEC deliverable (the gate)."""
_ITEM_WORD = re.compile(r"\s*([A-Z][a-z]+(?:-[A-Za-z]+)+|[a-z][a-z-]*)\b(?![-'’])")
_NOT_ITEM = frozenset(
    "the a an and or of to in at on for with by from as near along which that who under next"
    " beside behind opposite adjacent"
    " committee team group force meeting consensus partnership relationship mechanism"
    " framework plan policy strategy camp conference exhibition expo fair festival seminar"
    " workshop session ceremony office branch account chapter division venture subsidiary"
    " consulate embassy desk".split()
)
"""Words that end an item's modifiers, or heads that name no works (a body, a plan, an event, an
office or a firm)."""
_MOST_ITEM = 5
_SITE_FOR = ("site", "land")
"""What opens a making phrase that sites its item (``sites for a``, ``land for a``)."""
_ORDINAL_OPENINGS = tuple(f"{ordinal} " for ordinal in sorted(_ORDINAL_WORDS))
"""What opens an item that is another of a kind (``a second campus in X``)."""
_COORDINATED_HEADS = frozenset(
    {*_SITED_HEADS, "farm", "city", "station", "market", "cluster", "corridor"}
)
"""Heads of facilities whose modifiers may be coordinated (``a textile and garments park``):
after any other word, ``and`` joins two things (``set up a plant and train workers``)."""
_ZONE_AFTER = re.compile(
    r"\s+(?:Special\s+Economic\s+Zone|Economic\s+Zone|SEZ|Free\s+Zone|Industrial\s+(?:Zone|Estate"
    r"|Park|City))\b"
)
"""The rest of a zone's name after its place (``Kandar Special Economic Zone``)."""
_AND_AN = re.compile(r"\s+(?:and|&)\s+an?\s+")
_ALONG_THE = ("along the ", "alongside the ")
_ALONG = re.compile(
    r"\s+along\s+the\s+(?:[A-Z]{1,2}-?\d{1,3}\b|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
"""A route named after works laid along it (``a cold storage chain along the M-5``)."""


def _made_at_places(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """What the sentence says will be built at a place, and each item coordinated with it.

    ``agreed to build a demonstration farm for salt-tolerant crops in Thatta and a solar-powered
    cold storage chain along the M-5``, ``would open a China-aided training centre in X``, ``sign
    an agreement on a mineral processing zone in X``, ``agreed on a roadmap for a weather radar
    station in X``: after a verb of making or opening, an agreement's ``on`` or a first step
    towards it (see :data:`_MAKING_VERBS`), and an indefinite article, two to five modifier
    words and a head, what it is for, and a place (or a route it runs along) name one project
    each. No place, no project (``build a new plant``), unless the item is being sited (``survey
    sites for a X``, ``provide land for a X``); nor a vague, body's, event's, firm's or force's
    head (see :data:`_NOT_ITEM`), nor a venue named after its town (``a camp at the Kandar Expo
    Centre``).
    The sentence must tell a CPEC or Chinese deliverable (see :data:`_MADE_FOR`), or the item be
    another of a kind the story is about (``we plan to open a second campus in Hub``). The
    sector is that of the item's words, else industry for a park or zone, else general. Words
    another finder took are skipped, but the list goes on after them (``a Pak-China seed centre
    in X and a Y chain along Z``).
    """
    framed = any(word in low for word in _MADE_FOR)
    for m in _heads(_MAKING, low, taken):
        at = m.end()
        sited = low.startswith(_SITE_FOR, m.start())
        while True:
            item = _made_item(text, at, needs_place=not sited)
            if item is None:
                break
            if taken.find(1, item.start, item.end) < 0 and (
                framed or low.startswith(_ORDINAL_OPENINGS, item.start)
            ):
                yield item
            more = _AND_AN.match(text, item.end)
            if more is None:
                break
            at = more.end()


def _made_item(text: str, start: int, needs_place: bool = True) -> _Mention | None:
    """The item made at ``start``, an indefinite noun phrase with its place (see above).

    ``needs_place``: a place must follow. A site or land chosen for it (``survey sites for a cotton
    research centre``, ``provide land for a nursing college``) needs none: it is being sited.

    Two modifiers may be coordinated before a facility's head (``a leather and footwear park``).
    The place may be a town the gazetteer lacks (``in Cholistan``, see
    :data:`_NAMED_PLACE_AFTER`), or a known place opening the name of the zone the item is in
    (``at the Kandar Special Economic Zone``): its location, the zone no part of its name.
    """
    end, count, joined = start, 0, False
    for _ in range(_MOST_ITEM):
        word = _ITEM_WORD.match(text, end)
        if word is None:
            break
        lowered = word.group(1).lower()
        if lowered == "and" and count and not joined:
            joined = True  # perhaps coordinated modifiers: the head must then be a facility's
            end = word.end()
            continue
        if lowered in _NOT_ITEM:
            break
        end, count = word.end(), count + 1
    words = text[start:end].split()
    if joined and (words[-1] == "and" or words[-1].lower() not in _COORDINATED_HEADS):
        return None
    if count < 2 or (_VAGUE.issuperset(words[:-1]) and not _ORDINAL_WORDS.issuperset(words[:-1])):
        return None
    head = end
    end = _purpose_end(text, end)
    place, placed = _place_after(text, end)
    town = _NAMED_PLACE_AFTER.match(text, end) if place is None else None
    if place is not None and place.name != place.country:
        if _ZONE_AFTER.match(text, placed):
            pass  # the zone the item is in: its location, not its name
        elif _NAME_GOES_ON.match(text, placed):
            return None  # a venue named after its town: ``at the Kandar Expo Centre``
        else:
            end = placed
    elif town is not None and town["town"] not in _NOT_PLACES:
        end = town.end()
    elif along := _ALONG.match(text, end):
        place, end = None, along.end()
    elif needs_place:
        return None
    else:
        place, end = None, head
    zone = words[-1].lower() in _ZONE_NOUNS
    sector = _last_sector(text[start:head]) or (Sector.INDUSTRY if zone else Sector.GENERAL)
    if sector is Sector.SECURITY:
        return None  # a force guards the projects (``a special security division in X``)
    name = _name(text[start:end])
    return _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=place)


def _donations(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Donated equipment (``solar equipment to Balochistan``) in a sentence about a donation.

    ``it`` counts as IT equipment only in capitals (``it supplies`` is a verb phrase). A count
    written before stays in the name (``10,000 solar home systems``).
    """
    for m in _heads(_DONATION, low, taken):
        if m.group().startswith("it") and not text.startswith("IT", m.start()):
            continue
        place, end = _place_after(text, m.end())
        found = _project_at(text, m, place, end)
        count = _COUNT_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if count is not None:
            found = found._replace(start=count.start(), name=_name(text[count.start() : end]))
        yield found


def _project_at(text: str, head: re.Match[str], place: Place | None, end: int) -> _Mention:
    """A project named from its sector-word ``head`` to ``end``, located at ``place``."""
    name = _name(text[head.start() : end])
    sector = _sector(head.group(), Sector.GENERAL)
    return _Mention(head.start(), end, name, InitiativeKind.PROJECT, sector, location=place)


_COLOUR_LINE = re.compile(
    r"(?:orange|green|blue|purple|red|yellow|brown|pink|silver)\s+line\b(?!-)"
    r"(?:\s+(?:metro\s+train|metro\s+rail|metro|brt|bus))?"
)
"""A mass transit line named by its colour (``the Purple Line``, ``a Blue Line metro``)."""


def _colour_lines(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Metro and bus lines named by a colour, written in capitals (``the proposed Purple Line``).

    Cities name their mass transit lines so (Lahore's Orange Line is known to the gazetteer); a
    later or proposed one is a transport project of its own. A colour in lower case (``a red
    line``) is an idiom.
    """
    for m in _heads(_COLOUR_LINE, low, taken):
        if text[m.start()].isupper() and text[m.start() : m.end()].split()[1][0] == "L":
            name = _name(text[m.start() : m.end()])
            yield _Mention(m.start(), m.end(), name, InitiativeKind.PROJECT, Sector.TRANSPORT)


_FACILITY_PLURALS = (
    *("workshops", "schools", "centres", "centers", "institutes", "labs"),
    *("laboratories", "colleges", "hospitals", "clinics"),
)
"""Plural heads of facilities set up by count (the finder's hints)."""
_COUNTED = r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
_COUNTED_FACILITIES = re.compile(
    rf"{_COUNTED}(?P<name>(?:[A-Z][\w'’-]*\s+){{1,3}}"
    rf"(?:{'|'.join(plural.capitalize() for plural in _FACILITY_PLURALS)}))\b"
)
"""A count of facilities named alike, their name in capitals (``set up two Kandar Workshops``)."""
_COUNTED_PLACED = re.compile(
    rf"{_COUNTED}(?P<name>(?P<words>(?:[a-z][a-z-]*\s+){{1,2}})(?:{'|'.join(_FACILITY_PLURALS)}))\b"
)
"""A count of unnamed facilities of one kind, at a known place after them (``set up two marine labs
in Sindh``)."""


# A plural noun for units of industry, then a list of their names set off by dashes (``Two
# plants – A and B – were commissioned``): the noun and the opening dash, then the closing dash.
_UNIT_PLURALS = ("plants", "factories", "units", "mills")
_DASHED_UNITS = re.compile(rf"(?:{'|'.join(_UNIT_PLURALS)})\s+[–—]\s+")
_CLOSING_DASH = re.compile(r"\s+[–—]\s")
_DASHES = ("–", "—")
_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’-]*\s+)*")


def _dashed_units(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """One initiative per named unit listed between dashes after a plural (``plants – A and B –``).

    The dashes set the list off as what the plural noun is: each name, read back from the closing
    dash as in a coordinated list (see :func:`_coordinated_names`), is a unit, industry unless the
    words before the noun tell another sector (``two power plants``). The names must reach back to
    the opening dash, bar capitalised words that join the first, so that a dash in other use
    (``plants – built by A – were``) gives none; a name the gazetteer knows is its entry.
    """
    for m in _DASHED_UNITS.finditer(low):
        if not text[m.end()].isupper():
            continue
        closing = _CLOSING_DASH.search(text, m.end(), m.end() + 200)
        if closing is None or taken.find(1, m.start(), closing.start()) >= 0:
            continue
        names = _coordinated_names(text, closing.start())
        if not names or not _NAME_WORDS.fullmatch(text, m.end(), names[0][0]):
            continue
        # The dash bounds the first name: a word the name finder stops at (``Sino-``) is in it.
        names[0] = (m.end(), names[0][1])
        # The words before the noun tell the sector (``two power plants``), not the names.
        sector = _sector(
            " ".join(low[max(0, m.start() - 30) : m.end()].split()[-4:]), Sector.INDUSTRY
        )
        for start, end in names:
            written = text[start:end]
            entry = lookup_initiative(written)
            if entry is not None:
                yield _entry_mention(start, end, _name(written), entry, _entry_place(entry))
            else:
                place = _place_inside(written)
                yield _Mention(
                    start, end, _name(written), InitiativeKind.PROJECT, sector, location=place
                )


def _counted_facilities(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """Facilities of one named kind set up by count (``agreed to set up two Kandar Workshops``).

    A brand of facility China sets up in several places is one initiative, named as written in
    the plural; so are unnamed ones of one kind at a known place (``two marine labs in Sindh``);
    only in a sentence about works (see :data:`_WORKS`). Education, unless its words tell a
    sector (``three China-Pakistan Health Clinics``: health).
    """
    for m in _COUNTED_FACILITIES.finditer(text):
        start, end = m.span("name")
        if taken.find(1, start, end) < 0 and not _describes(text[start:end].split()[0]):
            name = _name(text[start:end])
            sector = _last_sector(name) or Sector.EDUCATION
            yield _Mention(start, end, name, InitiativeKind.PROJECT, sector)
    for m in _COUNTED_PLACED.finditer(low):
        start, end = m.span("name")
        place = _place_after(text, end)[0]
        words = m.group("words").split()
        if place is not None and taken.find(1, start, end) < 0 and _VAGUE.isdisjoint(words):
            name = _name(text[start:end])
            sector = _last_sector(name) or Sector.EDUCATION
            yield _Mention(start, end, name, InitiativeKind.PROJECT, sector, location=place)


def _sector_projects(text: str, low: str, taken: bytearray) -> Iterator[_Mention]:
    """A sector-labelled project at a place (``a green project in Gwadar port``)."""
    for m in _heads(_SECTOR_PROJECT, low, taken):
        place, end = _place_after(text, m.end())
        if place is not None and _left_names(text, m.start()) is None:
            yield _project_at(text, m, place, end)


def _last_sector(phrase: str) -> Sector | None:
    """The sector of the last sector word in ``phrase``, the one nearest a name's head."""
    best, at = None, -1
    for sector, pattern in _SECTORS:
        for hit in pattern.finditer(phrase):
            if hit.start() > at:
                best, at = sector, hit.start()
    return best


@functools.lru_cache(maxsize=1024)
def _sector(phrase: str, default: Sector) -> Sector:
    """The first sector whose keywords occur in ``phrase``."""
    for sector, pattern in _SECTORS:
        if pattern.search(phrase):
            return sector
    return default


class _Stage(NamedTuple):
    """A stage wording found in a clause, at ``[start, end)`` of the sentence.

    Attributes:
        rank: Index of its :data:`_STATUSES` entry (lower is more advanced).
        status: The stage it states.
        start: Offset in the lower-cased sentence.
        end: Offset one past its end.
        meeting: True for a meeting's wording (``held``, ``will meet``): never said of a
            project (``a ceremony will be held at the plant``).
        close: For wording said only of the noun next to it, not of a mention further on:
            ``before`` for a participle after its noun (``the school, built with Chinese aid,``),
            ``after`` for a ceremony before its ``of`` (``attended the opening ceremony of X``),
            ``objects`` for wording said of what follows it (``has built X``, ``reviewed work on
            X``), ``object`` for one said of its direct object only (``will set up X``),
            ``direct`` for one said of the object right after it (``the company that runs X``),
            ``modifier`` for a modifier said of the name it opens or of an appositive's
            (``the Chinese-built X``, ``X, another Chinese-built project``).

    """

    rank: int
    status: InitiativeStatus
    start: int
    end: int
    meeting: bool
    close: str = ""


_PRESENT_AFTER = re.compile(r"\s+(?:is|are)\s")
"""A mention's present verb (``X is complete``), read after a conditional subordinator."""
_CONDITION_BEFORE = re.compile(r"\b(?:once|when|if|after|until|unless)\s+(?:the\s+)?\Z")
"""Opens a clause whose present stage is a condition of what follows (``once X is complete``,
``when the Y plant is operational``), not a stage reached: it says nothing of X's stage now."""


class _Clauses:
    """The clauses of a lower-cased sentence, and the stage wordings each holds (read on demand).

    Clauses end at ``;`` and at a comma or ``while`` before a new clause (``, while``,
    ``, and``, ``, but``), so ``X was approved, while work on Y is under construction`` gives
    each initiative its own stage. A mention takes a stage only from its own clause, only from
    wording within :data:`_REACH` characters of it, and only from wording that governs it (see
    :meth:`_governs`). A clause's wordings of one stage entry are found once, when a mention
    first needs them, most advanced entries first, and lookups bisect: a sentence with many
    clauses, stage words and mentions still costs linear time, and most cost one entry's scan.
    """

    __slots__ = ("_behind", "_ends", "_found", "_hints", "_low", "_openers", "_starts", "_texts")

    def __init__(self, low: str) -> None:
        self._low = low
        breaks = list(_CLAUSE_BREAK.finditer(low))
        if breaks:
            self._starts = [0, *(m.end() for m in breaks)]
            self._ends = [*(m.start() for m in breaks), len(low)]
            hints: list[set[int]] = [set() for _ in self._ends]
            for m in _STATUS_HINT.finditer(" " + low):
                at = m.start(1) - 1
                clause = bisect.bisect_right(self._ends, at)
                if clause < len(self._ends) and at >= self._starts[clause]:
                    hints[clause].update(_HINTED[m.group(1)])
        else:  # one clause, as most sentences are: where the hints lie does not matter
            self._starts, self._ends = [0], [len(low)]
            hints = [set().union(*map(_HINTED.__getitem__, _STATUS_HINT.findall(" " + low)))]
        self._hints = [sorted(entries) for entries in hints]
        """Each clause's candidate :data:`_STATUSES` entries, most advanced first."""
        self._texts: dict[int, str] = {}
        self._found: dict[tuple[int, int], tuple[list[_Stage], list[int]]] = {}
        self._openers: list[int] | None = None
        self._behind: list[int] = []
        """The openers that also close off a stage after a mention (see :data:`_OPENER`)."""

    def stage_of(
        self, start: int, end: int, kind: InitiativeKind, site: int = -1
    ) -> InitiativeStatus | None:
        """The most advanced stage stated of the mention at ``[start, end)`` in its clause.

        The stage must suit the initiative's kind (see :func:`_fits`): ``zones set up in 2020``
        says nothing of their works, and ``will hold talks on CPEC`` plans the talks, while a
        phase on a meeting's agenda is still ahead. A mention followed by its verb, and not the
        object of a preposition (``the first unit of X was inaugurated``), is a subject: a stage
        written before it is an earlier subject's (``X is 80 percent complete and Y is
        operational``). Where a trip to the initiative comes first in the clause, a plan said after
        it is the trip's (``a tour of X that had been planned for May``), unless it is the
        subject's (``during the visit, X will meet``). A site (a mention after ``in`` or ``at``,
        ``site`` its words, see :func:`_site_words`) takes no stage from wording before it with an
        object between the two, nor, when it is the site of a noun (``a plant at the X park``, see
        :func:`_held_site`), from wording after it other than a relative clause's: that is the
        noun's predicate (``a plant at the X park in Bahawalpur has generated 2 billion units``),
        unless it tells a part done (``two of four turbines at X have been commissioned``).
        """
        clause = min(bisect.bisect_right(self._ends, start), len(self._ends) - 1)
        if not self._hints[clause]:
            return None
        if (relative := _RELATIVE_AFTER.match(self._low, end)) is not None:
            comma = self._low.find(",", relative.end())
            own = (relative.end(), comma if comma >= 0 else len(self._low))
            if (stated := self._stage_in(clause, start, end, kind, site, own)) is not None:
                return stated
        return self._stage_in(clause, start, end, kind, site, None)

    def _stage_in(
        self,
        clause: int,
        start: int,
        end: int,
        kind: InitiativeKind,
        site: int,
        within: tuple[int, int] | None,
    ) -> InitiativeStatus | None:
        """:meth:`stage_of` over the wordings starting ``within`` a span (if given) only.

        A relative clause right after the mention is its own predicate (``after the X plant,
        which has been supplying electricity since June``): its stage comes before one the
        clause states of another subject (``Y, being built by Z, is the second after X``).
        """
        subject: bool | None = None  # found for the first stage wording near, if any
        trip: bool | None = None
        held: bool | None = None
        for index in self._hints[clause]:
            stages, at = self._entry(clause, index)
            first, last = (
                bisect.bisect_left(at, start - _REACH),
                bisect.bisect_right(at, end + _REACH),
            )
            for stage in stages[first:last]:
                if within is not None and not within[0] <= stage.start < within[1]:
                    continue
                if subject is None:
                    subject = _VERB_AFTER.match(self._low, end) is not None and not (
                        _PREPOSITION_BEFORE.search(self._low, max(0, start - 10), start)
                    )
                if (
                    stage.end <= start
                    and (
                        subject
                        or (site >= 0 and _object_between(self._low, stage.end, start, site))
                    )
                    and not _done_modifier(stage, start, self._low)
                    and stage.close != "direct"  # its object, whatever verb follows
                ):
                    continue
                if not subject and stage.status is InitiativeStatus.PLANNED and stage.start >= end:
                    if trip is None:
                        since = max(self._starts[clause], start - _REACH)
                        trip = _TRIP.search(self._low, since, start) is not None
                    if trip:
                        continue
                if stage.end <= start and _new_works_of(self._low, start):
                    continue  # "approved the extension of X": the extension is approved
                if stage.end <= start and _at_site(self._low, stage.start, stage.end, start):
                    continue  # "a depot being built in the X port": the depot is built
                if stage.start >= end and site > 0 and stage.status is _STATUSES[stage.rank][0]:
                    # (A part done, read as the whole under construction by _stated, is the
                    # whole's: "two of four turbines at X have been commissioned".)
                    if held is None:
                        held = _held_site(self._low, start, end, site)
                    if held and _PREDICATE.fullmatch(self._low, end, stage.start) is not None:
                        continue  # "a plant at the X park has generated ...": the plant has
                if (
                    stage.start >= end
                    and _PRESENT_AFTER.match(self._low, end) is not None
                    and _CONDITION_BEFORE.search(self._low, max(0, start - 12), start) is not None
                ):
                    continue  # "once X is complete, freight can move": a condition, not a fact
                if (
                    stage.start >= end
                    and self._low.find(", a", end, stage.start) >= 0
                    and _later_appositive(self._low, end, stage.start)
                ):
                    continue  # "X ... to see Y, a zone being developed": Y's
                if stage.close and not _next_to(stage, start, end, self._low):
                    continue
                if (
                    stage.start >= end
                    and kind is not InitiativeKind.BODY
                    and _REVIEW_OF.match(self._low, stage.start)
                ):
                    continue  # "visited X and reviewed the facilities": the facilities'
                if _fits(stage, kind, self._low, end):
                    if self._governs(stage, start, end):
                        return _planned_completion(stage, start, self._low)
                elif _agreed_by(stage, kind, self._low, end) and self._governs(stage, start, end):
                    return InitiativeStatus.PROGRESS
        return None

    def _entry(self, clause: int, index: int) -> tuple[list[_Stage], list[int]]:
        """The wordings of :data:`_STATUSES` entry ``index`` in ``clause``, and their starts.

        The patterns start with a word, not a boundary assertion (which makes the engine try
        every position), so the word boundary is checked here; a hyphen before does not count
        as one (``China-proposed`` is not ``proposed``). Progress or a plan in a clause that
        sets an agenda is a topic to discuss (see :func:`_is_agenda`).
        """
        key = (clause, index)
        if key not in self._found:
            offset = self._starts[clause]
            if clause not in self._texts:
                self._texts[clause] = self._low[offset : self._ends[clause]]
            text = self._texts[clause]
            status, _hints, pattern = _STATUSES[index]
            stages: list[_Stage] = []
            if not (status in _TOPICAL and _is_agenda(text)):
                # What the sentence says before the clause matters to an agreement only.
                agreed = status is InitiativeStatus.AGREED
                before = self._low[max(0, offset - 160) : offset] if agreed else ""
                for m in pattern.finditer(text):
                    at = m.start()
                    if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-"):
                        stated = _stated(status, m, text, before)
                        if stated is not None:
                            meeting = m.group().endswith(_MEETING_WORDS) or m.group().startswith(
                                _MEETING_NOUNS
                            )
                            close = _closeness(m.group())
                            stages.append(
                                _Stage(index, stated, offset + at, offset + m.end(), meeting, close)
                            )
            self._found[key] = (stages, [stage.start for stage in stages])
        return self._found[key]

    def _governs(self, stage: _Stage, start: int, end: int) -> bool:
        """True when no clause opens between ``stage`` and the mention at ``[start, end)``.

        A mention inside a wording's gap (``work on X ... started``) is governed by it unless a
        clause opens within the wording: ``work on X was ahead of schedule and that Y had
        started treating patients`` is no ``work ... started``.

        A subordinate clause (``X will become a hub once the projects are completed``) or a
        reported one (``inaugurated X, adding that Y``) has its own subject: its stage is not the
        mention's. The openers are found once per sentence (see :data:`_OPENER`). A relative
        clause after the mention is said of a noun after the mention's own verb (``X is the
        largest project under the corridor, which has delivered Y``) or after a preposition's
        object (``approved a grid station for the zone, which is being developed``), or a singular
        one after a list's later item (see :data:`_LISTED`), not of the mention.
        """
        if self._openers is None:
            found = list(_OPENER.finditer(self._low))
            self._openers = [m.start() for m in found]
            self._behind = [m.start() for m in found if m.lastgroup is None]
        if stage.end <= start:
            low, high, openers = stage.end, start, self._openers
        elif stage.start >= end:
            low, high, openers = end, stage.start, self._behind
            relative = self._low.find(", which ", end, high)
            if relative >= 0 and (
                _FINITE.search(self._low, end, relative)
                or (
                    _OF_A_NOUN.search(self._low, end, relative) is not None
                    and not _in_region(self._low, relative)
                )
                or (
                    self._low.startswith(_SINGULAR, relative + 8)
                    and _LISTED.search(self._low, end, relative) is not None
                )
                or (
                    _SIMPLE_PAST.match(self._low, relative + 8) is not None
                    and _LISTED_AND.search(self._low, end, relative) is not None
                )
            ):
                return False
        else:  # inside a wording with a gap: one clause must hold it all
            low, high, openers = stage.start, stage.end, self._openers
        first = bisect.bisect_left(openers, low)
        return first == len(openers) or openers[first] >= high


_DONE_ADVERBS = ("recently ", "newly ", "just ")
"""Adverbs of a participle used as a modifier (``the recently completed X``)."""
_MODIFIER_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|of|the|an?|to|in|at|for|with|by)\s)[\w.-]+\s+){0,2}"
)
"""What may stand between such a participle and the name it modifies: two modifiers at most, no
comma and no function word (``the recently completed road and X`` completes the road only)."""
_SHARED_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|of|the|an?|to|in|at|for|with|by)\s)[\w.'’-]+\s+){1,6}(?:and|&)\s+"
    r"(?:(?!(?:the|an?|its|their|of|to|in|at|for|with|by)\s)[\w.'’-]+\s+){0,2}"
)
"""A name before and ``and`` with no determiner after it, between such a participle and a second
name: the two share it (``the recently completed X Expressway and Y Airport``), where ``and the
Y`` opens a noun phrase of its own."""


_PLANNED_BEFORE = ("planned ", "proposed ")
"""A modifier before a name that says its works have not begun (``the planned X``)."""


def _planned_completion(stage: _Stage, start: int, low: str) -> InitiativeStatus:
    """The status ``stage`` states of the mention at ``start``, read with a ``planned`` before it.

    ``to be completed by March`` alone is taken for works under way, but ``the planned dry port
    at X, which is scheduled to be completed by March`` has not begun: a date for its
    completion does not say its works have started.
    """
    if (
        stage.status is InitiativeStatus.UNDER_CONSTRUCTION
        and low.endswith(_PLANNED_BEFORE, 0, start)
        and low.endswith("be completed", 0, stage.end)
    ):
        return InitiativeStatus.PLANNED
    return stage.status


def _done_modifier(stage: _Stage, start: int, low: str) -> bool:
    """True when ``stage`` is a completion modifying the mention at ``start``.

    ``the recently completed X`` is said of X itself, whatever verb follows it (``engineers of
    the recently completed X were attacked``), as a participle before its noun is.
    """
    return (
        stage.status is InitiativeStatus.COMPLETED
        and low.endswith(_DONE_ADVERBS, 0, stage.start)
        and (
            _MODIFIER_GAP.fullmatch(low, stage.end, start) is not None
            or _SHARED_GAP.fullmatch(low, stage.end, start) is not None
        )
    )


_APPOSITIVE_BEFORE = re.compile(r",\s+(?:an?|another)\s+(?:[a-z-]+\s+){0,4}\Z")
"""An appositive's opening just before a stage wording (``, a special economic zone being``)."""
_OWN_APPOSITIVE = 25
"""How far (in characters) after a mention an appositive may open and still be the mention's."""


def _later_appositive(low: str, end: int, at: int) -> bool:
    """True when the stage at ``at`` sits in an appositive of a noun after the mention (to ``end``).

    ``visited the X depot and later travelled to see the Y Park, a zone being developed``: the
    appositive opens far past X, after Y; its stage is Y's.
    """
    opens = _APPOSITIVE_BEFORE.search(low, max(end, at - 60), at)
    return opens is not None and opens.start() - end > _OWN_APPOSITIVE


_NEW_WORKS_OF = re.compile(
    r"\bextension\s+of\s+(?:the\s+)?\Z"
    rf"|\b(?:maintenance|o&m)\s+contracts?\s+(?:{_TERMS}\s+)?for\s+the\s+(?:[\w,.-]+\s+){{0,2}}\Z"
)
"""New works or services named by the work they are for (``the extension of the X Cable``, ``a
maintenance contract worth Rs9bn for the X Motorway``): a stage said before them is theirs (see
:func:`_works_between`, :func:`_maintenance_contracts`), not the existing work's."""


def _new_works_of(low: str, start: int) -> bool:
    """True when the mention at ``start`` is what new works are for (see :data:`_NEW_WORKS_OF`)."""
    since = max(0, start - 90)
    return (
        low.find("extension", since, start) >= 0 or low.find("contract", since, start) >= 0
    ) and (_NEW_WORKS_OF.search(low, since, start) is not None)


_REVIEW_OF = re.compile(
    r"review(?:ed|ing)\s+(?:the|its|their|a|an)\s+"
    r"(?!(?:progress|pace|status|implementation|construction|works?)\b)"
)
"""An active review of an object other than the works' state (``reviewed the facilities``): said
of that object, not of a project or a site before it, which reviews nothing (a body may)."""

_MADE = re.compile(rf"(?:will|would|shall)\s+(?:[^.;]{{1,160}}?\s+and\s+)?{_MAKE}")
"""An active future of making (``will set up``, ``will pay X and open``), a whole stage wording."""
_PREPOSITION = re.compile(r"\s(?:in|at|for|near|on|with|of|to|from|by|under)\s")
"""A preposition between a verb and a mention: the mention is no direct object."""

_OF_A_NOUN = re.compile(r"\s(?:in|at|for|near|on|with|to|from|by|under)\s+the\s")
"""A preposition and a definite noun between a mention and a relative clause: the clause may be
the noun's (``a grid station for the zone, which is being developed``), not a place's (``in X,
which``)."""

_REGIONS = frozenset(
    {
        *("valley", "valleys", "district", "districts", "province", "region", "division", "tehsil"),
        *("town", "village", "desert", "coast", "belt", "basin", "mountains", "hills", "area"),
    }
)
"""Nouns of a stretch of land, which builds and runs nothing: a relative clause after one (``X in
the Kandar valley, which began operations``) is said of the mention before it."""


def _in_region(low: str, relative: int) -> bool:
    """True when the word before the relative clause at ``relative`` is one of :data:`_REGIONS`."""
    return low[max(0, relative - 12) : relative].rpartition(" ")[2] in _REGIONS


_FINITE = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would)\s")
"""A finite verb: between a mention and a relative clause, it makes the clause another noun's."""

_LISTED = re.compile(r",\s|\s(?:and|&)\s")
_SINGULAR = ("is ", "was ", "has ")
"""A list going on after a mention, then a singular relative clause (``X, Y and Z, which is still
being built``): the clause is the last item's only."""
_SIMPLE_PAST = re.compile(r"(?:[a-z]+ed|became|began|came|went|won|got)\s")
_LISTED_AND = re.compile(r"\s(?:and|&)\s")
"""A relative clause's verb in the simple past, of no number: after a list's later item (after
``and``: a comma may be an appositive's, ``X, another Chinese-built project, which opened``) it
is that item's, as a singular one is (``the port and the X airport, which opened in May``)."""

_WORKS_DONE = frozenset({InitiativeStatus.UNDER_CONSTRUCTION, InitiativeStatus.COMPLETED})
_WORKS_STAGES = _WORKS_DONE | {InitiativeStatus.PLANNED}
"""The stages of a work's own works, planned to done (no agreement, talks or approval)."""


_PLANNED_WORDS = frozenset({"planned", "proposed"})
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[a-z]+s\s+\Z")
"""A group an initiative is one of, before the participle that tells the group (``X, one of nine
SEZs planned under CPEC``): being in a programme's plan tells nothing of X's works."""


def _stated(
    status: InitiativeStatus, wording: re.Match[str], clause: str, before: str = ""
) -> InitiativeStatus | None:
    """The stage a ``wording`` of ``status`` found in ``clause`` states, if any.

    An agreement still to be signed (``expected to sign an MoU on X``) is a plan; one that the
    clause, or the sentence ``before`` it, says will be signed (``the agreement on X will be
    signed in May``, ``the documents to be signed include A, and an MoU on X``) states nothing
    itself (the plan is stated by its verb), and one that tells what the subject is (``X is not
    only an economic agreement``) states nothing either. A completion
    after a feasibility study in the clause is the study's (``feasibility studies for the zones
    would be completed by June``): no stage of works. What is built by someone and will open or
    start later is under construction, not completed (see :data:`_YET_TO_OPEN`), as is a project
    with part of its capacity, some of its parts or its first phase done (see :data:`_PART_DONE`,
    :data:`_SOME_OF`, :data:`_FIRST_PHASE`).
    A planned trip (``a planned visit to X``, ``is scheduled to travel to X``) plans no works,
    and an event completed (see :data:`_EVENT_DONE`) completes no works. An approval still to
    come is none (see :data:`_NOT_YET_APPROVED`), nor is the ``announced`` of a reporting frame
    at the end (see :data:`_REPORTING_FRAME`), nor the ``planned`` of a group an initiative is
    one of (see :data:`_ONE_OF`).
    """
    at = wording.start()
    if (
        status is InitiativeStatus.PLANNED
        and wording.group() in _PLANNED_WORDS
        and _ONE_OF.search(clause, max(0, at - 60), at)
    ):
        return None
    if (
        status is InitiativeStatus.ANNOUNCED
        and _REPORTING_FRAME.search(clause, max(0, at - 48), at)
        and _FRAME_END.match(clause, wording.end())
    ):
        return None
    if status is InitiativeStatus.APPROVED and wording.group().startswith("approval"):
        if _NOT_YET_APPROVED.search(clause, max(0, at - 48), at):
            return None
    elif status is InitiativeStatus.AGREED:
        if _WHAT_IT_IS.search(clause, max(0, at - 48), at):
            return None
        if "sign" in clause and _TO_SIGN.search(clause, max(0, at - 40), at):
            return InitiativeStatus.PLANNED
        if ("signed" in clause or "initial" in clause) and (
            _SIGNED_LATER.match(clause, wording.end())
            or _TO_BE_SIGNED.search(clause, max(0, at - 160), at)
        ):
            return None
        if ("signed" in before or "initial" in before) and _TO_BE_SIGNED.search(before):
            return None  # a later item of what is to be signed (``..., and an MoU on X``)
    elif (
        status in _WORKS_DONE
        and wording.group().endswith("completed")
        and clause.rfind("feasibility", 0, at) >= 0
    ) or (status in _WORKS_DONE and _groundwork_done(wording, clause)):
        return None
    elif (wording.group().startswith("built") and _YET_TO_OPEN.match(clause, wording.end())) or (
        status is InitiativeStatus.COMPLETED
        and (
            _PART_DONE.match(clause, wording.end())
            or _SOME_OF.search(clause, max(0, at - 140), at)
            or ("phase" in clause and _FIRST_PHASE.search(clause, max(0, at - 100), at))
            or ("its " in clause and _ITS_WING.search(clause, max(0, at - 80), at))
        )
    ):
        return InitiativeStatus.UNDER_CONSTRUCTION
    elif (
        (wording.group() in _PLANNED_TRIP and _TRIP_AFTER.match(clause, wording.end()))
        or (
            wording.group() == "scheduled to"
            and _PERSON_SCHEDULED.match(clause, wording.end())
            and not _TRIP_PURPOSE.search(clause, wording.end())
        )
    ) or (status is InitiativeStatus.COMPLETED and _EVENT_DONE.match(clause, wording.end())):
        return None
    elif " opening" in wording.group() and wording.group().startswith(_OPENING_AFTER):
        before = clause[max(0, at - _TENSE_REACH) : at]
        return status if _opened_before(before, wording.group()) else None
    elif wording.group() in _MEETINGS:
        # At a numbered meeting, not one still to come (``will be discussed at the fifth meeting``)
        held = _AT_NUMBERED.search(clause, max(0, at - 40), at)
        since = max(0, at - _TENSE_REACH)
        return status if held and not _FUTURE_BEFORE.search(clause, since, held.start()) else None
    elif wording.group().startswith("per") and not _SPELLED_BEFORE.search(
        clause, max(0, at - 20), at
    ):
        return None  # a share in figures is read with its figure (see UNDER_CONSTRUCTION)
    return status


_OPENING_AFTER = tuple(f"{word} " for word in _OPENING_PREPOSITIONS.split())
"""The :data:`_OPENING_PREPOSITIONS` an opening's wording starts with."""
_TENSE_REACH = 160
"""How far back (in characters) a clause is read for the tense of an opening or a meeting."""
_MEETINGS = frozenset(_MEETING_NOUNS)
_AT_NUMBERED = re.compile(
    rf"\b(?:at|during|(?:sidelines|margins)\s+of)\s+(?:the|its|their)\s+{_ORDINAL}\s+"
    r"(?:[a-z-]+\s+){0,2}?\Z"
)
"""A numbered meeting something was done at, before its noun (``at the ninth``, ``on the sidelines
of the 14th JCC``)."""
_SPELLED_BEFORE = re.compile(rf"\b{_SPELLED_SHARE}\s+\Z")
"""A share spelled out, before its ``percent``."""


def _groundwork_done(wording: re.Match[str], clause: str) -> bool:
    """True when the completion ``wording`` in ``clause`` is of work done before building.

    Land acquired, surveys, designs or tenders done (``had completed land acquisition for X``,
    ``surveys for X are complete``, ``the tendering process for X has been completed``) are no
    works begun: what comes next tells the stage (``groundbreaking is planned for spring``).
    Nor is work on them going on (``work on land acquisition for X is in progress``).
    """
    if wording.group().startswith("work"):
        return _GROUNDWORK_WORKED.match(wording.group()) is not None
    if not wording.group().endswith(("complete", "completed", "finished")):
        return False
    at = wording.start()
    near = clause[max(0, at - 140) : wording.end() + 40]
    if not any(word in near for word in _GROUNDWORK_WORDS):
        return False
    return (
        _GROUNDWORK_AFTER.match(clause, wording.end()) is not None
        or _GROUNDWORK_BEFORE.search(clause, max(0, at - 140), at) is not None
    )


_GROUNDWORK_WORDS = ("acqui", "survey", "design", "soil", "resettle", "tender", "bidding")
_GROUNDWORK = (
    r"(?:land\s+acquisition|acquisition\s+of\s+(?:the\s+)?land|acquiring\s+(?:the\s+)?land"
    r"|(?:[a-z-]+\s+)?surveys?|(?:detailed\s+|engineering\s+)?designs?|soil\s+(?:tests?|testing"
    r"|investigations?)|resettlement|tender(?:s|ing)?|bidding)"
)
"""Work done before building: acquiring the land, surveys, designs, soil tests, tenders."""
_GROUNDWORK_AFTER = re.compile(rf"\s+(?:the\s+|its\s+|all\s+)?{_GROUNDWORK}\b")
"""Groundwork as what was completed (``completed land acquisition for X``)."""
_GROUNDWORK_BEFORE = re.compile(
    rf"\b{_GROUNDWORK}(?:\s+(?:work|process|exercise))?(?:\s+(?:for|of|on|at|along)\s+[^.;,]{{1,80}}?)?\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|already\s+)?)?\Z"
)
"""Groundwork as the subject of a completion (``surveys for X have been completed``)."""
_GROUNDWORK_WORKED = re.compile(rf"works?\s+(?:on|for)\s+(?:the\s+)?{_GROUNDWORK}\b")
"""Work on groundwork, inside a wording of works going on (``work on land acquisition for X``)."""


def _opened_before(before: str, wording: str) -> bool:
    """True when ``before``, a clause up to ``wording`` (``for the opening of``), tells a time past.

    ``travelled to Gwadar for the opening of X`` tells X opened; ``will fly to Gwadar for the
    opening of X`` or ``is in Gwadar for the opening`` does not (it is still to come or going on).
    What happened ``after`` or ``since`` the opening needs no past verb: only none to come.
    """
    if _FUTURE_BEFORE.search(before) is not None:
        return False
    return wording.startswith(("after", "since")) or _PAST_BEFORE.search(before) is not None


_PAST_BEFORE = re.compile(
    r"\b(?:went|came|flew|drove|travell?ed|arrived|reached|landed|returned|visited|attended"
    r"|joined|gathered|assembled|(?:was|were)\s+(?:in|at|there|present|on\s+hand))\b"
)
"""Going or being somewhere in the past, before an opening it was for (``flew to Gwadar for the
opening of X``); not any past verb (``invitations were sent for the opening`` is still to come)."""
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|is|are|am|due|expected|scheduled|set\s+to|plans?\s+to|planned|next"
    r"|upcoming)\b"
)
"""Words of a time still to come or of now, before an opening or a meeting: it has not happened
yet (``plan`` and ``set`` only as verbs: ``the plan was approved`` is past)."""


# A reporting frame after what it reports (``X will visit Y, the provincial government announced on
# Thursday.``): its ``announced`` tells who made the news, not a project announced. Before the
# verb: a comma and its subject; after it: a time at most, then the sentence's end.
_REPORTING_FRAME = re.compile(r",\s+(?:[a-z'’.-]+\s+){1,4}\Z")
_FRAME_END = re.compile(
    r"(?:\s+(?:on|in|late|earlier|today|yesterday|here|this|last)\b[^,;.]{0,30})?\s*[.;]?\Z"
)
_NOT_YET_APPROVED = re.compile(
    r"\b(?:await\w*|seek\w*|sought|pending|expedit\w*|speed\w*\s+up|take\s+up|taking\s+up|for"
    r"|give|grant|accord|will|would|to)\s+(?:the\s+|its\s+|their\s+|final\s+|formal\s+)?"
    r"(?:[a-z-]+\s+){0,2}?\Z"
)
"""Written before an approval still to come (``still await tariff approval``, ``would expedite
the approval of X``, ``submitted for approval``, ``is expected to take up approval of X``)."""
_PART_DONE = re.compile(
    rf"\s+{_POWER_TEXT}(?=\s*(?:[,;]|\Z|of\s+(?:its|the)\b|so\s+far\b))", re.IGNORECASE
)
"""A part of the capacity done (``has completed 300MW, while ...``, ``commissioned 300MW of its
900MW``): the rest is still being built. A capacity before a name (``completed 300MW plant``) is
not a part."""

_EVENT_DONE = re.compile(
    r"\s+(?:an?|the|its|their)\s+(?:[a-z0-9-]+\s+){0,3}?(?:course|drill|training|exercise|survey"
    r"|inspection|workshop|session|tour|visit|trip|mission|round)s?\b"
)
"""An event completed (``completed a six-week training course at sites including X``): the
event is done, not the works at the sites named after it."""

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_SOME_OF = re.compile(
    rf"\b{_COUNT}\s+of\s+(?:the\s+|its\s+)?{_COUNT}\s+[a-z-]+"
    r"(?:\s+(?:at|of|in)\s+[^,.;]{1,60}?)?\s+(?:has|have|had)\s+been\s+\Z"
)
"""Some of a project's parts done (``two of four turbines at X have been commissioned``): the
rest is still being built."""

_FIRST_PHASE = re.compile(
    r"\b(?:first|initial|1st)\s+(?:phase|stage)(?:\s+of\s+(?![^,.;]*(?:cpec|corridor))[^,.;]{1,60}?)?"
    r"\s+(?:(?:is|was|are|were|has|have|had|been|now|already|being)\s+)*\Z"
)
"""A first phase done (``with the first phase of infrastructure now completed``, ``whose first
phase is completed``): the whole is still being built. CPEC's own first phase is a programme of
its own, done when it is."""
_ITS_WING = re.compile(
    r"\bits\s+(?:[a-z-]+\s+){0,2}?(?:department|wing|ward|block|opd)"
    r"\s+(?:(?:is|was|are|were|has|have|had|been|became|now|already|fully)\s+)*\Z"
)
"""A building's wing done (``since its outpatient department became operational``, ``its
emergency ward was opened``): the rest of the building is still being built."""
_PERSON_SCHEDULED = re.compile(
    r"\s+(?:travel|visit|tour|arrive|leave|fly|depart|meet|attend|address|ride|return|chair"
    r"|speak|call\s+on)\b"
)
"""What a person is scheduled to do on a trip (``is scheduled to travel to Lahore, where he will
ride X``): the schedule is the visitor's, no plan of X, unless the trip is to start or open works
(see :data:`_TRIP_PURPOSE`)."""
_TRIP_PURPOSE = re.compile(r"\bto\s+(?:lay|inaugurate|open|perform|break\s+ground)\b")
"""A trip's purpose that plans works (``scheduled to return to lay the foundation stone of X``)."""
_PLANNED_TRIP = frozenset({"planned", "proposed", "upcoming"})
_TRIP_AFTER = re.compile(r"\s+(?:[a-z'’-]+\s+){0,2}?(?:visits?|trips?|tours?)\b")
"""A trip a plan is said of (``a planned visit by X to the Y zone``): no stage of Y's."""

_OPENED = (
    r"be\s+(?:opened|completed|inaugurated|commissioned|handed|made\s+(?:operational|functional))"
)
_YET_TO_OPEN = re.compile(
    r"[^.;,]{0,100},\s+(?:(?:will|would|shall|is\s+(?:due|expected|set)\s+to|are\s+(?:due|expected"
    rf"|set)\s+to)\s+(?:start|begin|commence|open|{_OPENED})|{_OPENED})\b"
)
"""The noun a ``built by`` participle follows will open or start later (``X, built by a firm,
will open in May``), or is asked to (``demanded that X, built under CPEC, be made operational``):
the participle names the builder of works not yet done (``will supply Y`` tells what the works
do, done or not)."""


@functools.lru_cache(maxsize=1 << 10)
def _closeness(wording: str) -> str:
    """The :attr:`_Stage.close` of a stage ``wording``: to which mentions it is confined.

    An active perfect (``has built``), an active progressive (``was building``) and wording ending
    in a preposition (``reviewed work on``) are said of their objects, after them; an active
    future of making (``will set up``) of its direct object only, not of a site after a
    preposition (``will set up an office in the X SEZ``).
    Cached: the same few wordings recur (``will be built``, ``completed``).
    """
    if wording.startswith("built"):
        return "" if re.match(_BUILT_AMOUNT, wording) else "before"
    if wording.endswith(("ceremony", " opening")):
        return "after"
    if wording.endswith(_MEETING_NOUNS):
        return "held"
    if wording.endswith(" by") and wording.startswith(("chaired", "co-chaired", "presided")):
        return "chaired"
    active = wording.startswith(("has ", "have ", "had ")) and " been " not in wording
    if _MADE.fullmatch(wording):
        return "object"
    if wording.endswith("-built"):  # ``Chinese-built``: a modifier
        return "modifier"
    if active or wording.endswith((" on", " of", " at", "building", "constructing")):
        return "objects"
    if wording.startswith("want"):  # ``want a X``, not ``want a plan to clear the dues of X``
        return "object"
    if wording.endswith(_RUNS):  # ``the company that runs X``, not what comes after X
        return "direct"
    return ""


_DETERMINER = re.compile(r"\s+(?:(?:the|an?|its|their)\s+)?")
"""Between a verb and the direct object it opens (``runs the X``)."""


_PARTICIPLE_AND = re.compile(r",\s+[a-z]+ed\s+(?:by|with|under)\s[^,.;]{1,60}\s(?:and|&)\s")
"""A participle coordinated before another after a noun (``X, funded by a grant and built by``)."""


_PLACED = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+,\s+")
"""A place between a noun and its participle (``X in Lahore, built with Chinese aid,``)."""


_CHAIRED_AFTER = re.compile(r"(?:\s*\([^()\n]{1,20}\))?,\s+")
"""Between a meeting's body and the ``chaired by`` after it: a comma (and an abbreviation)."""


_APPOSITIVE_OPENS = re.compile(r",\s+(?:another|an?|the|one)\s+(?:[a-z-]+\s+){0,2}")
"""An appositive's start between a name and a modifier (``X, another Chinese-built project``)."""


def _next_to(stage: _Stage, start: int, end: int, low: str) -> bool:
    """True when ``stage`` stands next to the mention at ``[start, end)`` as its ``close`` says."""
    if stage.close == "before":
        gap = stage.start - end
        return 0 <= gap <= 2 or (
            gap <= 90
            and (
                _PARTICIPLE_AND.fullmatch(low, end, stage.start) is not None
                or _PLACED.fullmatch(low, end, stage.start) is not None
            )
        )
    if stage.close == "objects":
        return stage.end <= start
    if stage.close == "object":
        return stage.end <= start and _PREPOSITION.search(low, stage.end, start) is None
    if stage.close == "direct":
        return _DETERMINER.fullmatch(low, stage.end, start) is not None
    if stage.close == "held":  # the body it names (``the 14th JCC meeting``), or its ``of``
        return (
            stage.start < start < stage.end
            or start <= stage.start < stage.end <= end  # the meeting is the mention
            or _OF_THE.fullmatch(low, stage.end, start) is not None
        )
    if stage.close == "chaired":  # ``the meeting of X, chaired by``, ``the X meeting, chaired by``
        return _CHAIRED_AFTER.fullmatch(low, end, stage.start) is not None and (
            low.endswith(_MEETING_NOUNS, 0, end)
            or low.endswith(
                ("meeting of the ", "meeting of ", "session of the ", "session of "), 0, start
            )
        )
    if stage.close == "modifier":
        return (
            0 <= start - stage.end <= 1
            or _APPOSITIVE_OPENS.fullmatch(low, end, stage.start) is not None
        )
    return _OF_THE.fullmatch(low, stage.end, start) is not None


def _fits(stage: _Stage, kind: InitiativeKind, low: str, end: int) -> bool:
    """True when ``stage`` (in the lower-cased sentence ``low``) can be said of ``kind``.

    A project is neither set up as a body nor met (``a ceremony was held at the plant``); only a
    body ``met``, and no body is under construction; a meeting to come plans no corridor. What a
    body, ending at ``end``, agreed to do after it (``the JWG met and agreed to expand X``, ``held
    the JCC meeting, agreeing to speed up X``) is agreed for X, not for the body.
    """
    if kind is InitiativeKind.PROJECT:
        return not stage.meeting and stage.status is not InitiativeStatus.ESTABLISHED
    if kind is InitiativeKind.BODY and (
        stage.status is InitiativeStatus.UNDER_CONSTRUCTION
        or (
            stage.status is InitiativeStatus.AGREED
            and stage.start >= end
            and low.startswith(_AGREED_TO, stage.start)
        )
    ):
        return False
    if stage.meeting and kind is not InitiativeKind.BODY:
        if stage.status is InitiativeStatus.PLANNED:
            return kind is not InitiativeKind.CORRIDOR
        return not low.startswith("met", stage.start)
    return True


_AGREED_TO = ("agreed to ", "agrees to ", "agreeing to ")
_AGREED_BY = 60
"""How far (in characters) a body's name may stand before the ``agreed to`` it is the subject of."""


def _agreed_by(stage: _Stage, kind: InitiativeKind, low: str, end: int) -> bool:
    """True when a body ending at ``end`` is the subject of ``stage``, an ``agreed to`` after it.

    ``The JWG on IT on Thursday agreed to set up X``: what it agreed is X's (see :func:`_fits`),
    but a body that agrees has met, which is its progress. A list or a clause between the two
    (``discussed the JWG on IT and agreed to``) makes the body an object, not the subject.
    """
    if kind is not InitiativeKind.BODY or not 0 <= stage.start - end <= _AGREED_BY:
        return False
    between = low[end : stage.start]
    return low.startswith(_AGREED_TO, stage.start) and "," not in between and " and " not in between


def _is_agenda(clause: str) -> bool:
    """True when the lower-cased ``clause`` puts its matters on a future agenda (see _AGENDA)."""
    return ("discuss" in clause or "feature" in clause or "agenda" in clause) and bool(
        _AGENDA.search(clause)
    )


def _name(text: str) -> str:
    """A name as written, without parenthetical abbreviations and with spaces collapsed."""
    if "(" in text or "  " in text or "\n" in text:
        text = _SPACES.sub(" ", _PARENTHETICAL.sub("", text))
    return text.strip(" ,;:.")


# Each finder with the words one of which must start a word of a sentence for it to run, and the
# words (none: no condition) one of which the sentence must also hold, looked for only in the
# sentences holding the first: every mention the finder yields starts a word with one of the
# first (its head holds it) and holds one of the second, except a donation's and a facility's,
# whose second words (a gift, works) are the sentence's condition for it to be a project at all.
# Phrases that name a place after their head (``a green project in Gwadar port``) run before the
# gazetteer's known names, so that a known site inside them is read as their location, not as a
# second initiative; so does a section, which holds the known whole it is part of.
_FINDERS: tuple[tuple[tuple[str, ...], tuple[str, ...], _Finder], ...] = (
    (_SECTION_HINTS, (), _sections),
    (("block", "gasification"), ("mine", "gasification"), _coal_works),
    (_SECTION_HINTS, ("and", "&"), _listed_sections),
    (_PHASE_HINTS, ("phase",), _later_phases),
    (_ACCOUNT_HINTS, _ACCOUNT_FOR, _accounts),
    (("road",), _LINK_WORDS, _described_roads),
    (("project",), _SECTOR_WORDS, _sector_projects),
    (_DONATED, _DONATING, _donations),
    (_WORKS_HINTS, ("and", "&"), _expansions),
    (_WORKS_ON_HINTS, ("between", " from "), _works_between),
    (_PLURAL_HINTS, ("and", "&", *_GROUPS), _coordinated),
    (("working group", "jwg", "joint lab", "joint task"), (), _working_groups),
    (("mou", "memoranda"), (), _mous),
    (("corridor",), tuple(_CORRIDOR_MODIFIERS), _corridors),
    (_POWER_NOUNS, _ENERGY_WORDS, _energy),
    (_INFRA_HINTS, (), _infrastructure),
    (("road",), ("-",), _link_roads),
    (("plan",), _PLANS, _plans),
    (_FACILITIES, (*_STAGED_WORKS, *_JOINT_NAMES), _facilities),
    (_PLANT_HINTS, _INVESTING, _unnamed_plants),
    (_PROJECT_HINTS, (), _named_projects),
    (_PROGRAMME_HINTS, _PROGRAMME_BY, _joint_programmes),
    (_MAKING_HINTS, (*_MADE_FOR, *_ORDINAL_WORDS), _made_at_places),
    (("line",), (), _colour_lines),
    (("realignment",), (), _realignments),
    (("maintenance", "o&m"), ("contract",), _maintenance_contracts),
    (_FACILITY_PLURALS, _WORKS, _counted_facilities),
    (_UNIT_PLURALS, _DASHES, _dashed_units),
    (_STAGED_HINTS, _STAGE_WORDS, _staged_facilities),
    (_PORT_WORK_HINTS, (), _port_works),
    (tuple(site.lower() for site in _ZONE_SITES), (), _zone_sites),
    (_NAMED_WORK_HINTS, _NAMED_WORK_STAGES, _named_works),
    (_STAGED_HINTS, _JOINT_NAMES, _joint_facilities),
)
_BEFORE_KNOWN = 11
"""How many of the first :data:`_FINDERS` run before the known names (sections to coordinated
names)."""
_HINT_FINDERS: dict[str, int] = {
    hint: sum(
        1 << number
        for number, (hints, _also, _finder) in enumerate(_FINDERS)
        if any(hint.startswith(shorter) for shorter in hints)
    )
    for hints, _also, _finder in _FINDERS
    for hint in hints
}
"""Each finder hint and, as a bit mask, the :data:`_FINDERS` whose hints it starts with: where
``projects`` starts a word, so does ``project``."""
_FINDER_HINT = re.compile(rf"[^a-z](?=({alternatives(_HINT_FINDERS)}))")
"""Each finder hint where a word starts, in ``" " + low``, the longest of those starting there
(see :data:`_STATUS_HINT`)."""
