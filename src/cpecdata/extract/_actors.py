"""Actor mentions in a sentence: names, titles, organisations, countries and descriptors.

A mention such as ``Chinese Foreign Ministry Spokesperson Mao Ning`` is read as one *chunk* of
title-case words (plus title words written in lower case and the connectors inside titles) and
split from the right: the trailing run of name-like words is the person's name, and the words
before it give the country (a demonym or ``Pakistan's``), the organisation (up to the last
organisation head word such as ``Ministry``) and the role (the rest). A chunk without a name is a
body (``the Foreign Office``) when it ends in an organisation head, else a descriptor (``the
spokesperson``, ``the Chinese side``) kept with ``named=False``. Appositives attach a role to a
name on either side: ``Ahsan Iqbal, Pakistan's minister for planning,`` and the reverse.

What goes into the role (the title as the article gives it, so analysts can filter on it):

* Words saying how the holder stands now (``Visiting``, ``Outgoing``, ``Newly-appointed``) are
  left out; words that change the office (``Acting``, ``Caretaker``, ``Interim``, ``Former``)
  stay in front of it, past any demonym: ``Acting Chinese Consul General`` → Acting Consul
  General, China. In lower case they count only after a determiner, which stays in the
  descriptor (``the visiting Chinese minister`` → minister, China); else ``visiting`` is a verb.
* Abbreviated titles are kept as written (``CM``, ``FM``, ``SAPM``, ``COAS General``), never
  expanded; only their capitalised form is a title (``5 pm`` is a time).
* A title's or a portfolio's ``of <country>`` gives the country and leaves the role (``Consul
  General of Pakistan in Chengdu`` → Consul General, Pakistan); a military rank (``Rear
  Admiral`` too) or a legislator's seat after an office is left out (``Chairman ... Lt Gen
  (retd) X``, ``Chief of Army Staff General X``, ``army chief General X``, ``Committee chairman
  Senator X`` → Chairman, Chief of Army Staff, army chief, chairman), a rank or seat alone is
  the role.
* The word after a minister's or adviser's ``for`` is the remit, even one no list holds
  (``Sindh Minister for Boards X Y`` → X Y, Minister for Boards, Sindh), and a body's word in
  the remit is the portfolio's (``Minister for Local Government``: no body ``Local Government``).
* A bracketed wing after a title stays in the role, and the title's ``of`` body after it is
  the holder's (``X, Member (North) of the Y Authority,`` → Member (North), Y Authority).
* An appositive's role replaces a title or rank before the name (``Senator X, chairperson of
  Y,`` → chairperson, Y), so the appositive is never read as something said.
* Two titles joined by ``and`` before one name are one person's: title words on both sides stay
  one role (``State Councillor and Foreign Minister``); otherwise the first title, written as
  one before a name (capitalised, no determiner), is the role and the second, with any body it
  names, is left out (``Chinese Foreign Minister and Politburo member X`` → Foreign Minister,
  China; ``member of the X Committee and director of Y`` → member, X Committee). A second title
  of another country (``... and Pakistani Planning Minister X``) is another person.
* A body named with its abbreviation before a titled name is the holder's body, whatever its
  words (``Pakistan Muslim League-Nawaz (PML-N) leader X``); its capitals must spell the
  abbreviation. A title opening it is the office and replaces the holder's rank
  (``Chairman Joint Chiefs of Staff Committee (CJCSC) General X`` → Chairman).
* A country name opening a company's name stays in it (``China Overseas Port Holding Company``,
  ``China Development Bank``, ``China X Investment Limited``, ``Sino X Limited``); before a
  government body it is only the country (``Pakistan Foreign Office`` → Foreign Office,
  Pakistan).
* A lower-case firm's noun before a named body says what it is and is left out (``Chinese firm
  X Weaving Group`` → X Weaving Group, China); so is a ``Y-based`` opening a body's name
  (``Lahore-based X Motors`` → X Motors, Pakistan).
* One or two capitalised words read as no one before a title that leads a company are the
  company (``Huarong chairman X``, ``Wapda chairman X``, ``Dongxing Vice President X``).
* After a company's title and its ``of``/``for`` (``chief financial officer of``, ``head of``),
  capitalised words name the firm, not a person (``X, CFO of Tianlu Optical,`` → CFO, Tianlu
  Optical); a ``Y-based`` before it is left out.
* A title of a body before a name is one person even with the body's abbreviation between
  (``Chairman of the X Authority (XA) Y`` → Y, Chairman, X Authority); a country's service
  after a title's ``of`` is the body (``Managing Director of Pakistan Railways``).
* A country's possessive opening the body after a title's ``of`` is the country, not part of
  the body's name (``Vice Chairman of China's X Commission Y`` → X Commission, China).
* A body after a person's ``of`` is their organisation (``Major General X of the Special
  Security Division``, ``X of the Chinese Embassy`` → Chinese Embassy, China).
* An outlet's staff name the outlet before the title: ``Dawn reporter X``, ``APP correspondent
  X``, ``Xinhua's correspondent X`` → reporter/correspondent, organisation the outlet (a country
  name inside it stays: ``China Daily``).
* A lower-case ``party`` before a title is the title's (``Shaanxi party chief X`` → party
  chief, Shaanxi), and a sector's word (``Coal``, ``Steel``, ``Mining`` ...) is no name, so
  ``and`` after it stays in a body's name (``Thar Coal and Energy Board``).
* A province, city or port before a title is the official's organisation (``Sindh Chief
  Minister X`` → Chief Minister, Sindh; ``Gwadar Port Chairman X`` → Chairman, Gwadar Port;
  ``Azad Jammu and Kashmir Prime Minister X``), and a body named after a place is of the
  place's country (Pakistan for all); so is a place's possessive (``Sichuan's vice governor``
  → vice governor, Sichuan, China), before a portfolio's title too (``Sindh's energy minister``).
* A country's army, navy or railways is a body alone (``Pakistan Railways said``), before its
  possessive (``Pakistan Army's Major General X`` → Major General, Army, Pakistan; ``PLA
  Navy's`` → PLA Navy) or before a spokesperson, who speaks for it (``Pakistan Army spokesman
  X`` → spokesman, Army); before another title it is the title's word (``Army Chief``,
  ``Railways Minister``). ``Force``, ``Trust`` and ``Limited`` end a body's name only
  capitalised (in lower case they are other words).
* A court is a body (``Lahore High Court Chief Justice X``), and so is an abbreviation after a
  title's ``of`` (``Vice Chairman of the NDRC X`` → Vice Chairman, NDRC).
* A unit's ``at`` or ``of`` a university, college, institute or academy is part of its name:
  ``the Centre for X at the Y University``, ``the Institute of X Studies of Y University`` are
  one body, for itself, a person's or a descriptor's.
* An envoy's or a mission's post after it is part of the mention (``Consul General X in
  Karachi``, ``the Chinese Embassy in Islamabad``).
* A descriptor's lower-case modifiers after its determiner are part of it (``a customs
  officer``, ``the provincial health official``); an indefinite one's role keeps them (``a site
  engineer`` → site engineer), a definite one's is the noun, which callers match to someone
  named before (``the new envoy``).
* A demonym between the determiner and such modifiers is the person's country and part of the
  descriptor (``a Chinese project manager`` → project manager, China).
* A lower-case facility after a descriptor's place is its body (``officials at the X dry
  port`` → X dry port), and ``on the <demonym> side`` after a descriptor says whose side it is
  on (``officials on the Chinese side``: one descriptor, China), no party of its own.
* A place and up to two lower-case words between ``the`` and a body's noun make one body, of
  the place's country (``the Gwadar port authority``, ``the Sost port administration``).
* A surname a reporter gives an unnamed source by is part of the descriptor (``an official
  surnamed Ma``), not a person's mention: it names no one the text can go on about.
* ``side`` is a party only bare, after a demonym or after ``other``, ``host``, ``two`` ...
  (``the Chinese side``); with another modifier it is a part (``the soft side of X``): none.
* A descriptor ``for/of/at one of the <group>`` keeps the group (``a spokesman for one of the
  Chinese producers``): it says whom the unnamed source speaks for.
* Two demonyms before a descriptor make one group of both countries (``Chinese and Pakistani
  experts``: no country).
* ``two`` and ``both`` are left out of a role, which stays plural (``the two leaders`` → leaders),
  and so is a capitalised determiner (``Another Chinese expert`` → expert, China).
* Occupations before a name are titles (``Trader X``, ``Chinese investor X`` → Trader,
  investor); plural ones and residents are unnamed groups when capitalised or after a demonym,
  a modifier or a quantity (``Two Chinese engineers``, ``local residents``), never alone in
  lower case (``so many workers``); a place after their ``of`` is where they live
  (``Residents of Gwadar``, ``a resident of Gwadar``: no organisation).
* ``guest`` and ``visitor`` are roles: of a descriptor (``the Chinese guest`` → guest, China;
  ``the visitors``) or before a name (``Chief guest X``); callers resolve a guest to the visitor.
* A title's lower-case remit after its ``of`` is the title's (``head of research``, ``director
  of operations``); a body's possessive before a place and a unit's noun ends the body's name
  (``general manager of X Company's Gwadar operations`` → general manager, X Company), and so
  does a place's unit before the body's ``of`` (``head of the Pakistan operations of X``).
* An appositive's title after an age is the role (``X, a 26-year-old technician,``); a
  title before a possessive is not (``X, the minister's wife,``: no role).
* An appositive gives the title as written, its modifiers too (``X, an auto analyst,``, ``X, the
  task group commander,`` → task group commander; not ``new``), also after a possessive
  determiner (``said X, its country manager``).
* A lower-case site or unit before a lower-case title is part of it (``airport manager X``,
  ``plant manager X``, ``project director X``).
* A descriptor's body may be followed by its post (``the spokesman for the Chinese embassy in
  Islamabad, X,``): the descriptor reaches the comma, and X takes its role.
* ``X, who is (also) the <title> of Y`` reads as the appositive ``X, the <title> of Y``.
* A site word before an appositive's title is the title's (``said X, project manager of Y
  (ABBR),`` → project manager, Y), and a surname repeated alone before an appositive with a
  named body keeps it (``said Chen, general manager of X`` → Chen, general manager, X).
* An appositive's lower-case ``of``/``for`` remit that no mention reads, closed by punctuation,
  stays in its role (``X, the company's vice president for international business.``).
* ``X, who heads (chairs, leads, directs, manages) Y`` gives X the title and Y as the body when
  Y is a named body, else the whole ``head of Y`` as the role.
* A possessor's title after a name, closed by punctuation, is the name's role, with its
  ``of``/``for`` phrase (``X, Sinotruk's head of exports,`` → head of exports, Sinotruk); a
  possessor described, not named, gives no organisation (``the university's dean of pharmacy``).
* ``He``/``You`` before a pinyin-shaped given name are Chinese surnames (``He Chen``);
  :func:`is_chinese_name` tells a Chinese name by the gazetteer or by that shape.
* A capitalised ``Wing``, ``Cell`` or ``Unit``, and ``Public Relations`` after a capitalised
  word, end a body, last or before a title (``X Media Cell``, ``Inter-Services Public Relations
  Director General X``); ``Wing Commander`` is a rank.
* Companies are bodies by their head word, capitalised after another word (``Sanli Motors``,
  ``X Pharma``, ``X Co.``; ``Cement prices`` names none), or by ``Industries``/``Textiles`` last
  after a word that is no place or portfolio (``Green Seed Industries``); :func:`is_company`
  tells callers which bodies ``the company`` can be.
* A group's plural possessive before a title is part of the role (``Boat-owners' leader X``,
  ``fishermen's leader X``), unless it ends a capitalised name (``X Mills' chairman``).
* An owner's possessive before a title and a name is the holder's body when it is a body
  (``Sanli Motors' chairman X``), an abbreviation (``NHA's manager X``) or capitalised words read
  as no one before a company's title (``Qorvex's vice president X``); a person's possessive
  (``Sharif's adviser X``, ``Wang Lu's``) gives no organisation.
* A company's branch in a country before a company's title is the holder's body (``Qorvex
  Pakistan CEO X``, ``Qorvex Pakistan's chief executive X`` → CEO/chief executive, Qorvex
  Pakistan).
* A place after a title's ``of`` stays in the mention with its unit (``Vice Governor of X
  Autonomous Region``, ``of the Y Province``, ``of Khyber Pakhtunkhwa``): it never opens the
  name, and it is the organisation, as before the title; a body's word inside such a title is
  the title's (``Party Secretary of X prefecture`` → Party Secretary, X prefecture).
* A title before a bare abbreviation is that body's office (``Chairman PSDA said`` → Chairman,
  PSDA), and a local head of an unnamed firm is one descriptor (``the Lahore head of a Chinese
  bank``, ``the CEO of the project company``).
* Honorifics (``Mr``, ``Dr``, ``Prof``, ``Engr`` ...) are left out of the name (``Barrister``
  is a profession's title, as ``Trader`` is); Pakistani ones (``Sardar``, ``Mir``, ``Rana``,
  ``Chaudhry``, ``Syed`` ...) are part of it, as the person is known (``Minister Rana X Y`` →
  Rana X Y), inside a name too (``X Malik Y``), and count as the surname when last (``X
  Chaudhry``, ``Chairman Rana``, ``Mr Malik``). A known person keeps the gazetteer's name
  (``Syed X Y`` → X Y when only that is listed).
* A department after a title is the title's (``Deputy Director Marketing X``, ``X, Director
  Marketing at Y,`` → Deputy Director Marketing / Director Marketing); last in a name after no
  title it is the name's (``X Rail Operations``).
* Roads, hotels and buildings are where people meet, no actors: a chunk ending in ``Avenue``,
  ``Highway``, ``Hotel`` ... (``Constitution Avenue``), in ``House``, ``Lodge`` ... after a
  title, place or body (``Governor House``, ``Sindh House``; ``White House`` and a surname
  ``Hall`` stay), or in a convention or expo ``Centre``, and a name before a road's noun (``the
  Hazara-Dera Ismail Khan motorway``) make no mention; nor is such a venue a descriptor's body
  (``officials at the X Hotel``).

Everything runs in one pass over the tokens of the sentence, with set look-ups only.
"""

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from cpecdata.gazetteer import (
    demonym_country,
    find_people,
    lookup_person,
    lookup_place,
    place_at,
)
from cpecdata.model import Actor

__all__ = ["Mention", "find_mentions", "is_chinese_name", "is_company", "parse_actor"]


@attrs.frozen
class Mention:
    """An actor mentioned in a piece of text.

    Attributes:
        start: Offset of the mention's first character in the text searched.
        end: Offset one past its last character.
        actor: Who the mention refers to, split into name, role, organisation and country.

    """

    start: int
    end: int
    actor: Actor


# Words with internal dots (H.E., U.S.), hyphens or apostrophes count as one token; commas are
# tokens of their own because they separate appositives; so is the ``(retd)`` after a rank.
# The pattern opens with one character class, every token's first character, so the regex
# engine skips the blanks and marks between tokens in C; a look-behind at that character then
# picks the rest: a word (``U.S.`` first, when dotted), a number, a comma or ``(retd)``. That
# is ``(?:[A-Za-z]\.){2,}|[^\W\d_][\w-]*(?:['’][\w-]+)*|\d+|,|\((?:[Rr]etd|[Rr])\.?\)``
# tried at every character; runs are possessive, as nothing after them could give one back.
_DOTTED = r"(?<=[A-Za-z])\.(?:[A-Za-z]\.)++|"
_APOSTROPHED = r"(?:['’][\w-]++)*+"
_TOKEN = r"[\w,(](?:(?<=[^\W\d_])(?:{}[\w-]*+{})|(?<=\d)\d*+|(?<=,)|(?<=\()(?:[Rr]etd|[Rr])\.?\))"
_TOKENS = {
    (dotted, apostrophed): re.compile(
        _TOKEN.format(_DOTTED if dotted else "", _APOSTROPHED if apostrophed else "")
    )
    for dotted in (False, True)
    for apostrophed in (False, True)
}
"""The token pattern with and without its dotted and apostrophe parts, by whether they occur.

Each part costs the regex engine a try at every word; a text without ``U.S.``-like letters or
an apostrophe gets the pattern without that part, which then matches the same tokens.
"""
_MAY_BE_DOTTED = re.compile(r"\.[A-Za-z]\.")
"""The cheap test for :data:`_DOTTED` (found by its first dot): no ``U.S.`` without one."""


def _token_pattern(text: str) -> re.Pattern[str]:
    """The token pattern for ``text``: without the parts that cannot match in it."""
    apostrophed = "'" in text or "’" in text
    return _TOKENS[_MAY_BE_DOTTED.search(text) is not None, apostrophed]


# A news outlet's staff (``Dawn reporter X``): the words before the title name the outlet.
_REPORTERS = frozenset({"reporter", "correspondent", "journalist"})
# Occupations written as a title before a name (``Trader X``, ``Businessman Y``).
_OCCUPATIONS = frozenset(
    "trader businessman businesswoman investor industrialist entrepreneur exporter importer "
    "contractor farmer shopkeeper fisherman worker labourer laborer technician activist "
    "lawmaker legislator parliamentarian barrister".split()
)
# Single words that make up titles; multi-word titles are runs of these.
_TITLE_WORDS = frozenset(
    "minister ministers premier president vice deputy prime state councilor councillor foreign "
    "spokesperson spokesman spokeswoman spokespersons ambassador envoy chairman chairperson "
    "chairwoman chair chief governor general gen lieutenant lt major maj army naval navy air "
    "brigadier brig colonel col adm cdr commodore cdre captain capt "
    "marshal admiral commander secretary senator secretary-general consul counsellor counselor "
    "adviser advisor assistant special federal provincial executive director officer ceo cfo "
    "coas cjcsc mna mpa pm fm cm dg head manager engineer mayor justice speaker leader leaders "
    "senior sapm high commissioner mission charge chargé d'affaires d’affaires "
    "vice-president vice-premier vice-chairman co-chairman founder representative dpo sho ssp "
    "attache attaché coordinator counsel sg (retd) (r) (retd.) (r.) consul-general inspector "
    "director-general inspector-general attorney-general ig igp fellow researcher professor "
    "scholar analyst expert economist dean lecturer editor convener convenor standing aide member "
    "managing chancellor vice-chancellor superintendent registrar rector provost treasurer "
    "comptroller ombudsman administrator country guest guests visitor visitors patron "
    "patron-in-chief vice-minister vice-governor principal"
    .split()
) | _REPORTERS | _OCCUPATIONS  # fmt: skip
# Title words that can end a role on their own (``a senior manager``; not ``a major``).
_HEAD_TITLES = frozenset(
    "minister ministers premier president spokesperson spokesman spokeswoman ambassador envoy "
    "chairman chairperson chairwoman governor secretary senator consul counsellor counselor "
    "adviser advisor assistant director officer ceo manager engineer mayor speaker leader "
    "leaders representative dpo sho ssp cdr commodore cdre patron patron-in-chief inspector "
    "captain coordinator chief commander attache attaché pm fm cm coas cjcsc mna mpa dg sg head "
    "commissioner sapm d'affaires d’affaires consul-general director-general inspector-general "
    "attorney-general ig igp fellow researcher professor scholar analyst expert economist dean "
    "lecturer editor convener convenor aide member executive chancellor vice-chancellor "
    "superintendent registrar rector provost treasurer comptroller ombudsman administrator "
    "secretary-general vice-president vice-premier vice-minister vice-governor vice-chairman "
    "co-chairman principal".split()
) | _REPORTERS | _OCCUPATIONS  # fmt: skip
# Titles written as capitals (``PM``, ``CM Sindh``); in lower case they are other words (``5 pm``).
_ABBREVIATED = frozenset(
    "pm fm cm dg sg ig igp coas cjcsc mna mpa sapm ceo cfo dpo sho ssp".split()
)
# Body heads that are common verbs in lower case (``trust``, ``force``): read only capitalised.
_VERB_HEADS = frozenset({"force", "trust", "limited", "ltd", "fund"})
# The words that close a company's legal name after ``Co.,``.
_LIMITED = frozenset({"limited", "ltd"})
# Heads of company names that are common words in lower case (``cement``, ``co``): read only
# capitalised, and never alone (``Cement prices rose``): ``Sanli Motors``, ``Xanadu Co.``.
_TRADE_HEADS = frozenset(
    "motors cement cements fertilizer fertilizers fertiliser fertilisers tractors chemicals "
    "pharmaceuticals pharma electronics technologies enterprises seeds co inc plc llc".split()
)
# Words that end the name of an organisation (``Foreign Office``, ``CPEC Authority``).
_ORG_HEADS = (
    frozenset(
        "ministry office authority group company corporation corp department embassy consulate "
        "commission council committee agency bureau board bank division secretariat cabinet "
        "government administration association chamber institute institutes university federation "
        "parliament assembly senate party forum presidency foundation airlines airways times "
        "tribune herald gazette academy congress centre center directorate school college "
        "court hospital clinic customs organization organisation institution union society "
        "alliance consortium holdings laboratory laboratories lab labs".split()
    )
    | _VERB_HEADS
    | _TRADE_HEADS
)
# Words that name a portfolio after ``minister for``/``ministry of`` (lower or title case).
_PORTFOLIO = frozenset(
    "planning development special initiatives reform reforms foreign affairs finance revenue "
    "commerce trade railways railway information broadcasting interior defence defense energy "
    "power petroleum water resources maritime ports shipping communications communication "
    "science technology it ict telecom telecommunication telecommunications industries industry "
    "production investment economic economy kashmir gilgit-baltistan overseas pakistanis "
    "health education law justice human rights climate change food security national "
    "privatisation privatization housing works board poverty alleviation social protection "
    "parliamentary narcotics control religious aviation states frontier regions inter-provincial "
    "coordination cpec textile textiles culture tourism sports youth labour manpower environment "
    "agriculture livestock fisheries irrigation transport infrastructure statistics minorities "
    "women resource mines minerals public accounts sciences studies engineering economics "
    "arts humanities home research safety professional training interfaith harmony natural "
    "environmental ecology emergency management civil rural integration cooperation "
    "connectivity logistics heritage innovation relations diplomacy inclusion securities "
    "exchange oil gas standards quality excise taxation population services postal mass transit "
    "universities colleges schools higher literacy auqaf zakat ushr hajj welfare forests forestry "
    "wildlife prisons cooperatives dairy urban minority disaster rehabilitation skills archaeology "
    "local town specialized specialised healthcare medical"
    .split()
)  # fmt: skip
_CONNECTORS = frozenset({"of", "for", "and", "&", "to", "on"})
# Bodies named by their remit after ``on``: ``Senate Standing Committee on Planning``.
_PANELS = frozenset("committee subcommittee sub-committee commission council caucus".split())
# Words before a title that say how the holder stands now, not which office they hold: dropped.
_CIRCUMSTANCES = frozenset(
    "visiting outgoing incoming departing retiring newly-appointed newly-elected newly-named "
    "incumbent current serving sitting".split()
)
# Words before a title that change the office (an acting or former minister is not the
# minister): kept at the front of the role, after any country demonym is taken out.
_STATUSES = frozenset("acting caretaker interim former".split())
# Military ranks (``Lt Gen (retd)``): the words that open one, and all the words in one.
_RANK_OPENERS = frozenset("lt lieutenant maj major brig brigadier col colonel gen rear".split())
_RANK_WORDS = _RANK_OPENERS | frozenset("general admiral adm (retd) (r) (retd.) (r.)".split())
# Ranks that are also the last word of a title (``Director General``, ``Vice Admiral``): a rank
# only after a word that is no title (``Chief of Army Staff General X``) or after ``chief``.
_LONE_RANKS = frozenset({"general", "admiral", "adm"})
# Legislators' seats: after an office they say what else the holder is (``chairman Senator X``).
_SEATS_HELD = frozenset({"senator", "mna", "mpa"})
_ASSISTANTS = frozenset("assistant adviser advisor secretary".split())
_ENVOYS = frozenset("ambassador envoy commissioner representative consul".split())
_HONORIFICS = frozenset(
    "mr mrs ms dr h.e. hon honourable honorable excellency his her mian syed sheikh prof engr "
    "sardar chaudhry ch rana malik khawaja khwaja pir nawabzada makhdoom mir haji hafiz".split()
)
# Honorifics that are also family names: last in a name they are the surname (``Qaiser Sheikh``).
_SURNAME_HONORIFICS = frozenset(
    "mian syed sheikh chaudhry rana malik khawaja khwaja pir mir hafiz".split()
)
# Pakistani honorifics that are part of the name as the person is known (``Rana Tahir Mehmood``,
# ``Sardar Aman Khoso``): capitalised right before the name they open it, whatever title comes
# before; the others (``Mr``, ``Dr``, ``Prof``, ``Engr``) are left out.
_NAME_HONORIFICS = _SURNAME_HONORIFICS | frozenset("sardar ch nawabzada makhdoom haji".split())
_DETERMINERS = frozenset(
    {"the", "a", "an", "one", "another", "both", "two", "several", "some", "many"}
)
# Plural occupations and residents (``Chinese engineers``, ``local residents``): descriptor heads
# capitalised or after a demonym or modifier; alone in lower case (``so many workers``) they are
# no one in particular.
_CROWDS = frozenset(
    "engineers workers labourers laborers technicians farmers fishermen shopkeepers exporters "
    "importers industrialists entrepreneurs contractors residents locals villagers".split()
)
# A single resident (``a local resident``): a descriptor head in any case, as it names one person.
_RESIDENTS = frozenset({"resident", "villager"})
# Descriptor heads and the modifiers allowed in front of them (``a senior official``).
_DESCRIPTOR_HEADS = (
    frozenset(
        "side sides team source sources official officials spokesperson spokesman spokeswoman "
        "minister premier president ambassador envoy chairman chief governor pm fm leader leaders "
        "diplomat diplomats ministry office embassy government authority authorities company firm "
        "consulate commission corporation bank fund sapm expert experts analyst analysts observer "
        "observers scholar scholars investor investors businessman businessmen trader traders "
        "police guest guests visitor visitors administration".split()
    )
    | _CROWDS
    | _RESIDENTS
)
# Descriptor heads that stand for a party to talks only as ``the`` + demonym (``the Chinese team``).
_SIDED_HEADS = frozenset({"team"})
# Modifiers that rank or place the person, never a body's words (``a senior customs official``).
_RANKING = frozenset("senior top informed well-placed relevant associate local".split())
_MODIFIERS = _RANKING | frozenset(
    "two both diplomatic government official foreign federal provincial military security "
    "ministry research medical".split()
)
# Verbs of a title-case headline (``Young Welder Finds Work``): never a name word, so a
# headline's subject is no person named ``Finds``. Only forms that are no surname or noun.
_HEADLINE_VERBS = frozenset(
    "finds builds wins opens signs gets takes makes gives launches unveils eyes seeks vows urges "
    "says sees begins starts completes reaches receives helps brings meets visits pledges inks "
    "boosts lifts hails lauds slams rejects approves announces inaugurates welcomes warns asks "
    "tells joins leaves arrives offers seals expands clears gains returns turns attends discusses "
    "reviews assures inspects witnesses stresses highlights agrees emphasises emphasizes "
    "reaffirms expresses congratulates praises appreciates".split()
)
# Title-case words that never belong to a person name.
_NOT_NAME = frozenset(
    "the a an this that these those it its he she they we i you his her their our my your "
    "both all several some many each every other such no not only even just "
    "there here in on at by with from to as after before during while when but and or if so "
    "also however meanwhile moreover monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "today yesterday tomorrow according speaking addressing talking earlier later last next "
    # sentence openers: conjunctions, adverbs, prepositions, wh-words, participles
    "despite although though whereas because since unless until thus hence therefore "
    "furthermore nevertheless nonetheless instead otherwise still yet besides indeed "
    "accordingly consequently similarly likewise additionally again already always never often "
    "sometimes once now then tonight previously recently currently initially finally eventually "
    "overall altogether perhaps maybe clearly notably importantly interestingly surprisingly "
    "unfortunately fortunately separately elsewhere specifically apart along among amid amidst "
    "around about above below beneath beside between beyond across against toward towards "
    "through throughout upon within without into onto over past per regarding concerning "
    "considering including following due given unlike like near except either neither none "
    "nobody everyone any most much more less few what which who whom whose where why how "
    "whatever whether nor off out up down them us him me yes please asked told meeting "
    "responding commenting replying welcoming"
    .split()
) | _HEADLINE_VERBS  # fmt: skip
# Capitalised words that end a body's name only last or before a title, after another word
# (``Media Cell``, ``X Affairs Wing``; ``Wing Commander`` is a rank), ``Relations`` after
# ``Public`` (``Inter-Services Public Relations`` is a body, ``Director of Public Relations`` a
# title), and a company's portfolio word (``Green Seed Industries``, ``Hexa Textiles``). Never a
# person's name; see _body_tail.
_BODY_TAILS = frozenset({"wing", "cell", "unit", "relations", "industries", "textiles"})
# Units of a place's name (``Yunnan Province``, ``X Autonomous Region``): the place's, no name's.
_PLACE_UNITS = frozenset("province prefecture county district region autonomous".split())
# A firm's or an office's department after a title (``Deputy Director Marketing X``, ``General
# Manager Operations X``): part of the role, not of the name after it; see _interpret. Portfolio
# words (``Director Finance``) are never name words. Last in a name they stay (``X Rail
# Operations`` is a company).
_DEPARTMENTS = frozenset(
    "marketing operations sales media procurement admin technical legal audit estate estates "
    "maintenance monitoring personnel purchase protocol policy strategy compliance enforcement "
    "licensing corporate".split()
)
# Lower-case words between ``chief`` and ``officer`` in a company's titles (``chief financial
# officer``): the title goes on past them; see _chief_officer.
_OFFICER_REMITS = frozenset(
    "financial operating technology technical commercial marketing risk investment information "
    "digital strategy administrative compliance sustainability legal".split()
)
# Title-case words that open or continue a chunk but are never part of a person name.
_NOT_PERSON = (
    frozenset(
        "beijing islamabad cpec bri belt road corridor economic initiative project projects port "
        "airport zone zones highway motorway railway power plant international national news "
        "online daily post express asian african european american staff central asia coal "
        "steel mining construction electric solar hydro nuclear bridge".split()
    )
    | _BODY_TAILS
    | _PLACE_UNITS
    | _CIRCUMSTANCES
    | _STATUSES
)

_SITE_TITLES = frozenset({"manager", "director", "engineer", "supervisor", "incharge"})
"""Titles a lower-case site or unit before them belongs to: ``airport manager X``."""
_SITES = frozenset(
    "airport port plant site project country zone station factory mill terminal camp branch "
    "sales operations production marketing finance security safety".split()
)
"""Lower-case sites and units that modify a title before a name (``plant manager X``)."""
_SITE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+\Z")
# Capitalised last words that make a chunk a place, no actor: a road or a hotel whatever comes
# before (``Constitution Avenue``, ``the Serena Hotel``), ...
_ROADS = frozenset(
    "road avenue street boulevard highway motorway expressway bypass hotel stadium "
    "auditorium".split()
)
# ... an official building after a title, a place or a body's head (``Governor House``, ``Punjab
# House``, ``Parliament House``; after a name word it may be a surname or a metonym such as
# ``White House``), ...
_BUILDINGS = frozenset("house palace hall lodge residence".split())
# ... and a centre or complex of this kind (``Jinnah Convention Centre``; a ``Centre for ...``
# is a body).
_EVENT_VENUES = frozenset("convention conference expo exhibition sports".split())
_VENUE_UNITS = frozenset("centre center complex".split())
_ROAD_AFTER = re.compile(r" (?:[Mm]otorway|[Hh]ighway|[Rr]oad|[Ee]xpressway|[Bb]ypass)\b(?!-)")
"""A road's noun right after a mention makes it the road's name (``the Peshawar-Dera Ismail Khan
motorway``; not ``the Sindh highways department`` nor a ``road-show``)."""


class _Token(NamedTuple):
    """One word (or comma) of the text with its offsets and what the lexicons say about it.

    Attributes:
        start: Offset of the word (its possessive ``'s`` excluded).
        end: Offset one past the word.
        text: The word as written, without a possessive ``'s``.
        key: ``text`` lower-cased; a prefixed or suffixed title reads as the title
            (``Ex-minister``, ``Ambassador-designate``).
        possessive: True when ``'s`` followed the word.
        capitalised: True for words written with an initial capital (``Mao``, ``PM``).
        country: The country a demonym or country name stands for (``Chinese`` → China).
        place: True for a place the gazetteer knows (``Gwadar``): never part of a person's name.
        opener: True for the words :func:`_chunks` tries as a mention's first: capitalised ones
            and those lower-case ones in ``_LOWER_KEYS``.
        known: True inside the mention of a person the gazetteer knows (``He`` in ``He Lifeng``)
            or of a pronoun-spelt surname before a pinyin given name (``He Chen``).

    """

    start: int
    end: int
    text: str
    key: str
    possessive: bool
    capitalised: bool
    country: str | None
    place: bool
    opener: bool
    known: bool


_BARRIER = ("", "", False, False, None, False, False, False)
"""The fields of a barrier token after its offsets: no text, nothing known."""


def _tokens(text: str) -> list[_Token]:
    """The words of ``text`` that the rules read, with barrier tokens for the runs between."""
    out: list[_Token] = []
    append = out.append
    barrier = False
    # Tokens are built with tuple.__new__ from the offsets and the word's cached fields joined
    # with + (RUF005 asks for unpacking, which costs twice as much here), a third of the cost
    # of the NamedTuple constructor; looked up once, not per word.
    new = tuple.__new__
    for m in _token_pattern(text).finditer(text):
        word = _word(m[0])
        if word is None:
            barrier = True
            continue
        start = m.start()
        if start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
            barrier = True  # the word of "20-member", "52-year-old": a number's measure
            continue
        if barrier:  # words no rule reads: one barrier token stands for a run of them
            append(new(_Token, (start, start) + _BARRIER))  # noqa: RUF005
            barrier = False
        append(new(_Token, (start, start + len(word[0])) + word))  # noqa: RUF005
    if barrier:
        append(new(_Token, (len(text), len(text)) + _BARRIER))  # noqa: RUF005
    people = find_people(text)
    if people:
        _mark_people(out, people)
    if _PRONOUN_BEFORE_NAME.search(text) is not None:
        _mark_pronoun_surnames(text, out)
    return out


def _mark_people(tokens: list[_Token], people: Sequence[tuple[int, int, object]]) -> None:
    """Mark the words inside the mentions of people the gazetteer knows (few sentences have one)."""
    n = 0
    for start, end, _ in people:
        while n < len(tokens) and tokens[n].start < start:
            n += 1
        while n < len(tokens) and tokens[n].start < end:
            if tokens[n].text:  # no barrier token
                tokens[n] = _known(tokens[n])
            n += 1


def _known(token: _Token) -> _Token:
    """``token`` marked as part of a known person's name (its last field, ``known``, set)."""
    return tuple.__new__(_Token, (*token[:-1], True))  # a third of _replace's cost


_PRONOUN_SURNAMES = frozenset({"He", "You"})
"""Chinese surnames (何/贺 He, 尤/游 You) written like English pronouns."""
_PRONOUN_BEFORE_NAME = re.compile(r"(?:He|You) [A-Z]")
"""The cheap test for :func:`_mark_pronoun_surnames`: such a surname before a capital."""
_FINAL = (
    "iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er"
    "|a|e|i|u"
)
_SYLLABLE = rf"(?:(?:zh|ch|sh|[dtnlgkhjqxrzcsy])(?:{_FINAL})|[bpmfw](?:{_FINAL}|o))"
_PINYIN = re.compile(rf"(?:a|ai|an|ang|ao|e|ei|en|eng|er|o|ou|{_SYLLABLE}){_SYLLABLE}{{0,2}}")
"""One to three pinyin syllables: the shape of a Chinese given name (``Chen``, ``Wenbo``).

Later syllables need an initial, as pinyin marks a vowel-initial syllable inside a word with an
apostrophe; no English verb form (``Said``, ``Visited``, ``Noted``) has this shape.
"""
_ENGLISH_PINYIN = frozenset("be became came can die hence here lie made me one ran tie ye".split())
"""English words of the pinyin shape that can follow a sentence-initial pronoun."""


def _mark_pronoun_surnames(text: str, tokens: list[_Token]) -> None:
    """Mark ``He Chen`` (a pronoun-like surname, then a pinyin given name) as a known name.

    ``He`` followed by a capitalised word of pinyin shape is a person whether or not the
    gazetteer knows them: an English pronoun is followed by a verb or an adverb, none of which
    are pinyin-shaped (``He Visited ...``-style capitalisation is out of scope).
    """
    for n in range(len(tokens) - 1):
        surname, given = tokens[n], tokens[n + 1]
        if (
            surname.text in _PRONOUN_SURNAMES
            and not surname.possessive
            and given.capitalised
            and not given.known
            and len(given.text) <= 14
            and given.key not in _NOT_NAME
            and given.key not in _ENGLISH_PINYIN
            and _PINYIN.fullmatch(given.key.replace("-", "")) is not None
            and _joined(text, surname, given)
        ):
            tokens[n] = _known(surname)
            tokens[n + 1] = _known(given)


@functools.lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[str, str, bool, bool, str | None, bool, bool, bool] | None:
    """What the lexicons say about a word, or None when no rule reads it.

    That is the fields of a :class:`_Token` after its offsets, ``known`` False (the word alone
    never says it); cached, as the same words recur in every article.
    """
    capitalised = word[0].isupper()
    possessive = len(word) > 2 and word[-1] in "sS" and word[-2] in "'’"
    if possessive:
        word = word[:-2]
    lower = word.lower()
    key = _title_key(lower)
    if not (capitalised or lower in _LEXICON or key != lower):
        return None
    country, place = _geography(word) if capitalised else (None, False)
    opener = capitalised or key in _LOWER_KEYS
    return word, key, possessive, capitalised, country, place, opener, False


def _title_key(key: str) -> str:
    """``ex-minister`` and ``ambassador-designate`` read as the title they name."""
    if key.startswith("ex-") and key[3:] in _TITLE_WORDS:
        return key[3:]
    if key.endswith("-designate") and key[:-10] in _TITLE_WORDS:
        return key[:-10]
    return key


_LEXICON = (
    _TITLE_WORDS | _ORG_HEADS | _DESCRIPTOR_HEADS | _MODIFIERS | _PORTFOLIO
    | _CONNECTORS | _HONORIFICS | _DETERMINERS | _CIRCUMSTANCES | _STATUSES | _PLACE_UNITS
    | _DEPARTMENTS | _OFFICER_REMITS
    | {"the", "at", "in", "with", ","}
) - _ABBREVIATED - _VERB_HEADS - _TRADE_HEADS  # fmt: skip
"""Words not capitalised that the rules read (compared in lower case, for ``d'Affaires``); other
such words only separate mentions."""


def _geography(word: str) -> tuple[str | None, bool]:
    """The country a demonym or country name stands for, and whether the word is a place."""
    country = demonym_country(word)
    if country is None:
        place = lookup_place(word)
        if place is not None:
            return (place.name if place.country == place.name else None), True
    return country, country is not None


def _is_title_word(token: _Token) -> bool:
    """A word of a title or an organisation's name (``Minister``, ``Ministry``)."""
    return token.key in _TITLE_WORDS or token.key in _ORG_HEADS


def _is_name_word(token: _Token) -> bool:
    """A title-case word that can be part of a person's name."""
    return token.known or (
        token.capitalised
        and token.key not in _NOT_NAME
        and token.key not in _NOT_PERSON
        and token.key not in _PORTFOLIO
        and token.key not in _TITLE_WORDS
        and token.key not in _ORG_HEADS
        and token.key not in _DESCRIPTOR_HEADS
        and token.key not in _HONORIFICS
        and not token.place
        and not (token.text.isupper() and len(token.text) > 1)
    )


def _joined(text: str, first: _Token, last: _Token) -> bool:
    """True when nothing but blanks (or an abbreviation's dot) separates two tokens."""
    end = first.end + 2 if first.possessive else first.end
    if last.start == end + 1 and text[end] == " ":
        return True  # one blank, as between most words
    gap = text[end : last.start]
    return gap.strip(" .") == "" and len(gap) <= 3 and "\n" not in gap


def _chunks(text: str, tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of the maximal runs of words that can form a mention."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    after = 0  # where the last chunk ended: the next one starts there or later
    # only the openers are looked at, found by compress in C: most words open none
    for i in itertools.compress(itertools.count(), map(_OPENER, tokens)):
        if i < after:
            continue
        tok = tokens[i]
        if tok.capitalised:  # most capitalised words open one: _can_open only for the others
            if (tok.key in _CONNECTORS or tok.key in _NOT_NAME) and not _can_open(tokens, i):
                continue
        elif not _can_open(tokens, i):
            continue
        j = i + 1
        while j < n:
            tok, prev = tokens[j], tokens[j - 1]
            if prev.possessive and (not (
                prev.country or prev.key in _ORG_HEADS or _office_of(prev, tok)
                or (prev.key == "people" and tok.capitalised)  # "National People's Congress"
                or (prev.capitalised and tok.key in _REPORTERS)  # "Xinhua's correspondent"
                or (prev.place and tok.key in _TITLE_WORDS)  # "Sichuan's vice governor"
                or (prev.place and _portfolio_title(tokens, j))  # "Sindh's energy minister"
                or (prev.key in _SERVICES and (tok.key in _TITLE_WORDS or tok.text == "Rear"))
            ) or _possessed_unit(tokens, j)):  # fmt: skip
                break  # "Sharif's visit", "X Company's Gwadar unit": the possessive closes it
            if tok.text == ",":
                if (
                    _portfolio_comma(tokens, j)
                    or _listed_body(tokens, j)
                    or _company_suffix(tokens, j)
                ):
                    j += 1
                    continue
                break
            # most words follow the one before after one blank: no call to _joined for them
            if not (
                tok.start == prev.end + 1 and not prev.possessive and text[prev.end] == " "
            ) and not _joined(text, prev, tok):
                break
            key = tok.key
            if key in _CONNECTORS or key == "the":
                if _connector_inside(text, tokens, j):
                    j += 1
                    continue
                break
            if not (
                (tok.capitalised and key not in _NOT_NAME)  # _can_continue's usual case
                or _can_continue(tok, prev)
                or _all_of_country(tokens, j)
                or (key in _PLACE_UNITS and _titled_place(text, tokens, j + 1) > 0)
                or (key in _OFFICER_REMITS and _chief_officer(tokens, j))
            ):
                break
            j += 1
        end = j
        adjective = j - i > 2 and _adjective_end(tokens, i, j)
        if adjective:
            j -= 2  # "deputy head of the Chinese delegation": the demonym is the noun's
        while j > i + 1 and (tokens[j - 1].key in _CONNECTORS or tokens[j - 1].text == ","):
            j -= 1
        out.append((i, j))
        after = end if adjective else j
    return out


def _possessed_unit(tokens: Sequence[_Token], j: int) -> bool:
    """True when a body's possessive before ``j`` owns a unit at a place (``X Bank's Lahore``).

    ``X Company's Gwadar operations``: the place names the unit, not the body, and the unit's
    noun (no title, no body's head) ends the phrase, so the body's name ends at its possessive.
    """
    if tokens[j - 1].key not in _ORG_HEADS or not tokens[j].place or j + 1 >= len(tokens):
        return False
    unit = tokens[j + 1]
    return not unit.capitalised and not _is_title_word(unit)


_OPENER = operator.itemgetter(_Token._fields.index("opener"))
"""The :attr:`_Token.opener` field, for :func:`itertools.compress` over the tokens."""


def _adjective_end(tokens: Sequence[_Token], i: int, j: int) -> bool:
    """True when chunk ``[i, j)`` ends in ``the <demonym>`` before a word no rule reads."""
    last = tokens[j - 1]
    return (
        j - i > 2
        and tokens[j - 2].key == "the"
        and last.country is not None
        and not last.possessive
        and (j == len(tokens) or not tokens[j].capitalised)
        and demonym_country(last.text) is not None
    )


def _office_of(holder: _Token, tok: _Token) -> bool:
    """``Prime Minister's Office``, ``Prime Minister's Special Assistant``: one title or body.

    A title's possessive before a capitalised title word or body's head does not end the chunk.
    """
    return (
        holder.key in _HEAD_TITLES
        and (tok.capitalised or holder.capitalised)
        and _is_title_word(tok)
    )


def _can_open(tokens: Sequence[_Token], i: int) -> bool:
    """A word that can start a mention: a capitalised word, a title or a descriptor word."""
    tok = tokens[i]
    if tok.capitalised:
        return tok.key not in _CONNECTORS and (
            tok.key not in _NOT_NAME
            or tok.known
            or _all_of_country(tokens, i)
            or _portfolio_title(tokens, i)  # "IT Minister X": a portfolio, no pronoun
            or _portfolios_title(tokens, i)  # "IT and Telecom Minister X"
        )
    if tok.key in _CIRCUMSTANCES or tok.key in _STATUSES:  # "the visiting Chinese minister"
        return i > 0 and tokens[i - 1].key in _DETERMINERS
    return tok.key in _LOWER_OPENERS or (tok.key in _PORTFOLIO and _portfolio_title(tokens, i))


def _all_of_country(tokens: Sequence[_Token], i: int) -> bool:
    """``All`` before a country opens a body's name: ``All Pakistan Textile Mills Association``."""
    return tokens[i].text == "All" and i + 1 < len(tokens) and tokens[i + 1].country is not None


_LOWER_OPENERS = (_TITLE_WORDS | _DESCRIPTOR_HEADS | _MODIFIERS) - _CONNECTORS - _CROWDS
"""Words in lower case that open a mention on their own."""
_LOWER_KEYS = _LOWER_OPENERS | _CIRCUMSTANCES | _STATUSES | _PORTFOLIO
"""Words in lower case that may open a mention: :func:`_can_open` need not look at others."""


def _portfolio_title(tokens: Sequence[_Token], i: int) -> bool:
    """A lower-case portfolio before a title or body opens a mention: ``the finance minister``."""
    if tokens[i].key not in _PORTFOLIO or i + 1 >= len(tokens):
        return False
    return tokens[i + 1].key in _HEAD_TITLES or tokens[i + 1].key in _ORG_HEADS


def _portfolios_title(tokens: Sequence[_Token], i: int) -> bool:
    """Two portfolios joined by ``and`` before a title open it: ``IT and Telecom Minister``."""
    return (
        i + 3 < len(tokens)
        and tokens[i].key in _PORTFOLIO
        and tokens[i + 1].key == "and"
        and _portfolio_title(tokens, i + 2)
    )


def _titled_place(text: str, tokens: Sequence[_Token], end: int) -> int:
    """Where the place starts in ``<title> of [X's] <Place> [unit]``, ending at ``end`` (0: none).

    ``Vice Governor of China's Yunnan province``, ``Vice Chairman of the X Autonomous Region``,
    ``President of Azad Jammu and Kashmir``: the place (up to five words the gazetteer knows as
    one place, with or without its unit words such as ``Autonomous Region``; no country) names
    whose official the holder is, as in ``Yunnan Vice Governor``.
    """
    k = end - 1
    while (
        k > 0
        and end - k <= 5
        and not tokens[k].possessive
        and (tokens[k].capitalised or tokens[k].key in _PLACE_UNITS or tokens[k].key == "and")
    ):
        k -= 1
    start = k + 1
    if start == end or tokens[start].country is not None:
        return 0
    if tokens[k].possessive and tokens[k].text == tokens[k].country:
        k -= 1  # "of China's Yunnan"
    elif tokens[k].key == "the":
        k -= 1  # "of the Xinjiang Uygur Autonomous Region"
    if k < 1 or tokens[k].key != "of" or tokens[k - 1].key not in _TITLE_WORDS:
        return 0
    if tokens[k - 1].key in _ORG_HEADS:
        return 0
    last = end
    while last > start + 1 and tokens[last - 1].key in _PLACE_UNITS:
        last -= 1  # "Kashgar prefecture": the gazetteer knows the place without its unit
    whole = text[tokens[start].start : tokens[end - 1].end]
    bare = text[tokens[start].start : tokens[last - 1].end]
    return start if lookup_place(whole) or lookup_place(bare) else 0


def _chief_officer(tokens: Sequence[_Token], j: int) -> bool:
    """True for the remit at ``j`` in ``chief financial officer``: the title goes on past it."""
    return tokens[j - 1].key == "chief" and j + 1 < len(tokens) and tokens[j + 1].key == "officer"


def _can_continue(tok: _Token, prev: _Token) -> bool:
    """A word that can go on a mention after ``prev``."""
    if tok.capitalised:  # "Minister of State for IT": a portfolio though a pronoun's spelling
        return (
            tok.key not in _NOT_NAME
            or tok.known
            or (tok.key in _PORTFOLIO and prev.key in _CONNECTORS)
        )
    if tok.key in _TITLE_WORDS or tok.key in _ORG_HEADS or tok.key in _DESCRIPTOR_HEADS:
        return True
    if prev.key in _CONNECTORS and (tok.key in _PORTFOLIO or tok.key in _DEPARTMENTS):
        return True  # "head of research", "director of operations": the title's remit
    if tok.key in _PORTFOLIO and prev.key in _PORTFOLIO:
        return True  # "minister of public security", "the food security minister"
    if tok.key in _MODIFIERS:
        return prev.key in _MODIFIERS
    # "the Sindh finance minister"
    return tok.key in _PORTFOLIO and (prev.text == "," or prev.place)


def _connector_inside(text: str, tokens: Sequence[_Token], j: int) -> bool:
    """``of``/``for``/``and``/``the`` continue a title (``Minister for Planning``)."""
    prev = tokens[j - 1]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or nxt.text == ",":
        return False
    if tokens[j].key == "the":  # "Minister of the Interior", "Council for the Promotion"
        body = prev.key == "for" and _in_body_name(tokens, j - 1)
        return (
            (prev.key in ("of", "to") or body)
            and nxt.capitalised
            and not (nxt.place and _UNIT_OF.match(text, nxt.end) is not None)
        )  # "head of the Pakistan operations of X": the place's unit is X's, no title's
    if tokens[j].key in ("of", "for") and prev.capitalised and _in_body_name(tokens, j):
        return nxt.capitalised or nxt.key == "the"  # "Council for the Promotion of Trade"
    if tokens[j].key == "to":  # "Ambassador to China", "Special Assistant to the PM"
        if prev.key in _ASSISTANTS:
            return (nxt.key == "the" or nxt.capitalised) and not _to_place(tokens, j)
        envoy = prev.key in _ENVOYS or (  # "Ambassador of Pakistan to China"
            prev.country is not None and j >= 3 and tokens[j - 2].key == "of"
            and tokens[j - 3].key in _ENVOYS
        )  # fmt: skip
        return envoy and (nxt.country is not None or nxt.key == "the")
    if tokens[j].key == "on":  # "Special Assistant to the Prime Minister on CPEC Affairs",
        # "Senate Standing Committee on Planning"
        return (prev.key in _TITLE_WORDS or prev.key in _PANELS) and nxt.key in _PORTFOLIO
    if tokens[j].key == "and":
        return (
            (_is_title_word(prev) and _is_title_word(nxt))
            or (prev.key in _PORTFOLIO and nxt.key in _PORTFOLIO)
            or _and_in_body(tokens, j)
            or _and_in_place(text, tokens, j)
            or _listed_body(tokens, j)
        )
    if prev.key in _PORTFOLIO and prev.capitalised and nxt.country is not None:
        # "Foreign Affairs of Pakistan"; not "the security of Chinese workers"
        return True
    return _is_title_word(prev) and (
        nxt.capitalised or nxt.key in _PORTFOLIO or nxt.key == "the" or nxt.key in _DEPARTMENTS
    )


def _to_place(tokens: Sequence[_Token], j: int) -> bool:
    """``secretary to the Gwadar free zone``: ``to (the)`` a place no title or body follows.

    Such a ``to`` says where the holder goes, not whose secretary they are (``Adviser to the
    Punjab Chief Minister``, ``Secretary to the Government`` go on).
    """
    k = j + 2 if tokens[j + 1].key == "the" else j + 1
    if k + 1 >= len(tokens) or not tokens[k].place or tokens[k].country is not None:
        return False
    after = tokens[k + 1]
    return not (after.capitalised or _is_title_word(after))


def _in_body_name(tokens: Sequence[_Token], j: int) -> bool:
    """True when a body's head stands at most four words before ``j``, no name between.

    ``China Council for the Promotion of International Trade``: the connectors after the
    head go on naming the body.
    """
    for k in range(j - 1, max(-1, j - 5), -1):
        if tokens[k].key in _ORG_HEADS and tokens[k].capitalised:
            return True
        if _is_name_word(tokens[k]) and tokens[k].known:
            return False
    return False


def _and_in_body(tokens: Sequence[_Token], j: int) -> bool:
    """``Road and Bridge Corporation``: ``and`` between capitalised words of one body's name.

    The words after ``and`` must reach a body's head within three words, and the word before it
    must be a common noun written in capitals (``Road``, ``Trade``): after a place or a person's
    name ``and`` starts a list (``Pakistan and China Railway Corporation``, ``DG Ali Shah and
    Civil Aviation Authority DG ...``).
    """
    prev = tokens[j - 1]
    if (
        not prev.capitalised
        or prev.place
        or prev.key in _ORG_HEADS
        or _is_title_word(prev)
        or _is_name_word(prev)
    ):
        return False
    for k in range(j + 1, min(j + 4, len(tokens))):
        if not tokens[k].capitalised:
            return False
        if tokens[k].key in _ORG_HEADS:
            return True
    return False


def _and_in_place(text: str, tokens: Sequence[_Token], j: int) -> bool:
    """``Azad Jammu and Kashmir``: ``and`` inside a place's name starting a word or two back."""
    if not tokens[j + 1].capitalised:
        return False
    for k in range(j - 1, max(-1, j - 3), -1):
        place = place_at(text, tokens[k].start) if tokens[k].capitalised else None
        if place is not None and place[0] >= tokens[j + 1].end:
            return True
    return False


def _company_suffix(tokens: Sequence[_Token], j: int) -> bool:
    """A comma inside a company's legal name: ``Hebei Sunrise Foods Co., Ltd``.

    Chinese firms write their English names ``X Co., Ltd.``: the ``Ltd`` after the comma is the
    rest of the name, not a body of its own (which would then take the verb after the name).
    """
    return (
        0 < j < len(tokens) - 1
        and tokens[j - 1].key == "co"
        and tokens[j - 1].capitalised
        and tokens[j + 1].key in _LIMITED
    )


def _listed_body(tokens: Sequence[_Token], j: int) -> bool:
    """A comma or ``and`` inside a body named by a list after ``of``.

    ``president of the Sukkur Traders, Retailers and Wholesalers Union``: after ``of (the)``, a
    few capitalised words, one-word items after commas, ``and``, and a capitalised body's head
    within three words make one name. Items of several words or places (``of Gwadar Port,
    Zhenhua Logistics and ...``, ``of Pakistan, China and ...``) are a list of bodies.
    """
    n = len(tokens)
    if not (0 < j < n - 1 and tokens[j - 1].capitalised and tokens[j + 1].capitalised):
        return False
    k = j - 1
    while k > max(0, j - 10) and tokens[k].key != "of":
        k -= 1
    if tokens[k].key != "of":
        return False
    m = k + 2 if k + 1 < n and tokens[k + 1].key == "the" else k + 1
    first = m  # "the All Pakistan Fruit and Vegetable Exporters": "and" inside the first item
    while m < min(n, first + 6) and (
        _list_word(tokens[m]) or (tokens[m].key == "and" and m > first)
    ):
        m += 1
    items = 0
    while m > first and m + 1 < n and tokens[m].text == "," and _list_word(tokens[m + 1], 1):
        m, items = m + 2, items + 1
    if not items or m >= n or tokens[m].key != "and":
        return False
    start = m = m + 1
    while m < min(n, start + 2) and _list_word(tokens[m], 1):
        m += 1
    return m > max(start, j) and m < n and tokens[m].capitalised and tokens[m].key in _ORG_HEADS


def _list_word(token: _Token, item: int = 0) -> bool:
    """A capitalised word of a body's listed name: no title, person, or (as an item) place."""
    return (
        token.capitalised
        and not token.known
        and not (item and token.place)
        and not _is_title_word(token)
    )


def _portfolio_comma(tokens: Sequence[_Token], j: int) -> bool:
    """A comma inside a portfolio list: ``Minister for Planning, Development and ...``.

    In lower case (``the minister for planning, development and reform``) the list must be seen
    to close with ``and`` + portfolio within a few words, as a comma there usually ends the title.
    """
    prev = tokens[j - 1]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or prev.key not in _PORTFOLIO or nxt.key not in _PORTFOLIO:
        return False
    if nxt.capitalised:
        return True
    for k in range(j + 2, min(j + 8, len(tokens) - 1)):
        if tokens[k].key == "and":
            return tokens[k + 1].key in _PORTFOLIO
        if tokens[k].key not in _PORTFOLIO and tokens[k].text != ",":
            return False
    return False


def _person(name: str) -> tuple[str, str | None]:
    """The canonical name of a person and their country, from the gazetteer when it knows them."""
    entry = lookup_person(name)
    return (name, None) if entry is None else (entry.name, entry.country)


def _is_venue(tokens: Sequence[_Token]) -> bool:
    """True when a chunk names a road, a hotel or a building, where people meet: no actor."""
    last = tokens[-1]
    if not last.capitalised or last.possessive:
        return False
    if last.key in _ROADS:
        return True
    if len(tokens) < 2:
        return False
    before = tokens[-2]
    if last.key in _BUILDINGS:
        return before.place or _is_title_word(before)
    return last.key in _VENUE_UNITS and before.key in _EVENT_VENUES


_Read = tuple[int, int, Actor] | None
_READS: dict[str | tuple[str, tuple[bool, ...]], _Read] = {}
"""Chunks read before, by their text and which words the gazetteer knows, offsets relative.

A chunk with no known word (most) is keyed by its text alone: no flags to build and hash.
"""
_UNREAD: _Read = (-1, -1, Actor("unread"))
"""What :func:`_read` finds in ``_READS`` for a chunk not read before (None is a reading)."""
_KNOWN = operator.attrgetter("known")
_READS_SIZE = 1 << 14
_CACHED_CHUNK = 200
"""Longer chunks (hostile runs of capitalised words) are read afresh, not remembered."""


def _read(text: str, tokens: Sequence[_Token]) -> _Read:
    """:func:`_interpret`, remembered: the same titles and names recur in every article."""
    base, last = tokens[0].start, tokens[-1]
    if last.end - base > _CACHED_CHUNK:
        return _interpret(text, tokens)
    words = text[base : last.end + 2 * last.possessive]
    key = (words, tuple(map(_KNOWN, tokens))) if any(map(_KNOWN, tokens)) else words
    read = _READS.get(key, _UNREAD)  # one hash of the key: most chunks were read before
    if read is not _UNREAD:
        return None if read is None else (read[0] + base, read[1] + base, read[2])
    read = _interpret(text, tokens)
    if len(_READS) >= _READS_SIZE:
        _READS.clear()  # a bound on memory for endless streams of new names
    _READS[key] = None if read is None else (read[0] - base, read[1] - base, read[2])
    return read


def _interpret(text: str, tokens: Sequence[_Token]) -> _Read:
    """Read one chunk as an actor: ``(start, end, actor)`` relative to ``text``, or None.

    A ``Y-based`` opening a body's name says where it is, no part of the name (``Lahore-based
    X Motors`` → X Motors, with Y's country).
    """
    read = _interpret_chunk(text, tokens)
    if read is None or len(tokens) < 3 or not tokens[0].key.endswith("-based"):
        return read
    actor = read[2]
    if not actor.named or actor.role is not None or actor.organization != actor.name:
        return read
    body = _interpret_chunk(text, tokens[1:])
    if body is None or body[2].organization is None or body[2].role is not None:
        return read
    return body[0], body[1], attrs.evolve(body[2], country=body[2].country or actor.country)


def _interpret_chunk(text: str, tokens: Sequence[_Token]) -> _Read:
    """:func:`_interpret` of the chunk as it stands."""
    if _is_venue(tokens):  # "Governor House", "Serena Hotel": where, not who
        return None
    # The name: the trailing run of name-like words.
    k = len(tokens)
    if k > 1 and tokens[-1].key in _SURNAME_HONORIFICS and _before_surname(tokens[-2]):
        k -= 1  # "Qaiser Sheikh", "Chairman Rana"
    elif k > 1 and _place_surname(text, tokens):
        k -= 1  # "Noor Bakhsh Ormara", "Mr Jiwani": a surname taken from a town
    while k > 0 and len(tokens) - k < 4 and _in_name_run(tokens, k - 1):
        k -= 1
        if _after_remit(tokens, k):
            k += 1  # "Minister for Boards X Y": a portfolio follows the title, never a name
            break
    if k > 1 and tokens[k - 1].key in ("of", "for") and _in_body_name(tokens, k - 1):
        k = len(tokens)  # "Academy of Social Sciences", "Council for the Promotion of Trade"
    elif 1 < k < len(tokens) and len(tokens) - k <= 2 and _firm_after_title(tokens, k):
        k = len(tokens)  # "chief executive of Tianlu Optical": a firm, no one's name
    while (
        0 < k < len(tokens)
        and tokens[k].key in _DEPARTMENTS
        and (tokens[k - 1].key in _TITLE_WORDS or tokens[k - 1].key in _DEPARTMENTS)
    ):
        k += 1  # "Deputy Director Marketing X": the department is the title's
    if k < len(tokens) - 1:
        k = _past_place(text, tokens, k)  # "Chief Minister of Khyber Pakhtunkhwa X"
    if 1 < k < len(tokens) and _town_opens_name(tokens, k):
        k -= 1  # "fishermen's leader Ormara Baloch": the town is a name after a seatless title
    name_tokens, head = tokens[k:], list(tokens[:k])
    start = tokens[0].start
    country = status = None
    lead = 0
    while lead < len(head) - 1 and head[lead].key in _DETERMINERS:
        lead += 1  # "the two ministers", "Another Chinese expert": the role is the noun's
    if lead < len(head) and (head[lead].key in _CIRCUMSTANCES or head[lead].key in _STATUSES):
        status = None if head[lead].key in _CIRCUMSTANCES else head[lead].text
        lead += 1
    if _outlet(head[lead:]):  # "Dawn reporter X", "Xinhua's correspondent"
        outlet = text[head[lead].start : head[-2].end]
        staff = head[-1].text if status is None else f"{status} {head[-1].text}"
        if name_tokens:
            canonical, known_country = _person(text[name_tokens[0].start : name_tokens[-1].end])
            return start, name_tokens[-1].end, Actor(canonical, staff, outlet, known_country)
        whole = text[start : head[-1].end]
        return start, head[-1].end, Actor(whole, staff, outlet, named=False)
    while (
        lead < len(head)
        and head[lead].country is not None
        and (lead < len(head) - 1 or name_tokens)
    ):
        if lead + 1 < len(head) and head[lead + 1].key == "country":  # the posting's country
            lead += 1
            break
        country = head[lead].country
        if _named_for_country(head, lead):
            break  # "China Overseas Port Holding Company": the country name is the body's
        lead += 1
    honorific = False
    while lead < len(head) and head[lead].key in _HONORIFICS:
        lead += 1
        honorific = True
    named = _named_after_noun(tokens, lead)  # head is tokens[:k] still
    if named is not None:  # "Chinese firm Huarong Weaving Group": the body is named after it
        body = text[named.start : tokens[-1].end]
        return start, tokens[-1].end, Actor(body, None, body, country)
    del head[:lead]
    while head and (head[-1].key in _HONORIFICS or head[-1].key in _CONNECTORS):
        head.pop()
    if name_tokens and len(head) > 1:
        del head[_rank_after_office(head) :]
    country_of = _country_of(text, head) if len(head) > 2 else None
    if country_of is not None:
        country = country or country_of[0]
    cut = None if country_of is None else country_of[1]
    if name_tokens:
        first = k
        while first > 0 and _opens_name(tokens[first - 1]):
            first -= 1  # "Rana Tahir Mehmood": the honorific is part of the name
        name = text[tokens[first].start : name_tokens[-1].end]
        if not head and len(name_tokens) == 1 and not (name_tokens[0].known or honorific):
            return None  # one unknown word is a name only after a title or "Mr"/"Ms"
        titled = any(_is_title_word(t) or t.key in _RESIDENTS for t in head)  # "resident X"
        if head and not titled and not name_tokens[0].known:
            return None
        if len(name_tokens) == 1 and not (name_tokens[0].known or honorific or _has_title(head)):
            return None  # "Pakistan Railway Academy Walton": a body, then a place
        entry = lookup_person(name)
        if entry is None and first < k:  # "Syed X Y", known to the gazetteer as "X Y"
            entry = lookup_person(text[name_tokens[0].start : name_tokens[-1].end])
        canonical, known_country = (name, None) if entry is None else (entry.name, entry.country)
        role, organization = _split_role(text, head, status, cut)
        if country is None and organization is not None:
            country = _country_of_body(text, head, organization)
        actor = Actor(canonical, role, organization, known_country or country)
        return start, name_tokens[-1].end, actor
    if not head:
        return None
    role, organization = _split_role(text, head, status, cut)
    if country is None and organization is not None:
        country = _country_of_body(text, head, organization)  # "the Sindh chief minister"
    end = head[-1].end
    whole = text[start:end]
    if role is None and organization is not None:
        # A body: "the Foreign Office", "Pakistani Ministry of Commerce"; "the ministry" is only
        # a descriptor.
        return start, end, Actor(whole, None, organization, country, named=head[-1].capitalised)
    if role is not None and (
        head[-1].key in _DESCRIPTOR_HEADS or any(t.key in _HEAD_TITLES for t in head)
    ):
        if not _has_title(head):
            role = None
        return start, end, Actor(whole, role, organization, country, named=False)
    return None


def _after_remit(tokens: Sequence[_Token], k: int) -> bool:
    """True when ``tokens[k]`` follows a portfolio title's ``for``, with a name after.

    ``Minister for X``: X is the remit, whatever the word (the portfolio list cannot hold them
    all), so the name starts after it.
    """
    return (
        k > 1
        and k + 1 < len(tokens)
        and tokens[k - 1].key == "for"
        and tokens[k - 2].key in _REMIT_TITLES
        and _is_name_word(tokens[k + 1])
    )


_REMIT_TITLES = frozenset("minister ministers adviser advisor assistant".split())
"""Titles whose ``for`` names a remit (``Special Assistant for X``), never a person."""


def _before_surname(token: _Token) -> bool:
    """True for a given name, a title or ``Mr``: an honorific-spelt word after one is a surname."""
    return _is_name_word(token) or token.key in _TITLE_WORDS or token.key in _HONORIFICS


def _in_name_run(tokens: Sequence[_Token], k: int) -> bool:
    """True for a name word at ``k``, or an honorific inside a name (``Sadia Malik Awan``)."""
    return _is_name_word(tokens[k]) or (
        k > 0 and _opens_name(tokens[k]) and _is_name_word(tokens[k - 1])
    )


def _opens_name(token: _Token) -> bool:
    """True for a capitalised honorific that is part of a Pakistani name (``Sardar``, ``Rana``)."""
    return token.key in _NAME_HONORIFICS and token.capitalised and not token.possessive


_SEATLESS = _OCCUPATIONS | frozenset({"leader"})
"""Titles that hold no seat: a town after one is the holder's name (``leader Ormara``)."""


def _town_opens_name(tokens: Sequence[_Token], k: int) -> bool:
    """True when the word before the name at ``k`` is a town after a seatless title or ``Mr``.

    ``Trader Pasni Baloch``, ``Mr Jiwani Khan``: no office sits in the town, so it is the
    person's (see :func:`_place_surname`); after an office it is the seat (``Governor Punjab X``).
    """
    return _town_as_name(tokens[k - 1], tokens[k - 2], after_name=False)


def _town_as_name(town: _Token, before: _Token, *, after_name: bool) -> bool:
    """True when ``town``, a town's word, is a person's after ``before``: a seatless title, ``Mr``.

    With ``after_name``, after a first name too. A country or a possessive is never one.
    """
    return (
        town.place
        and town.country is None
        and not town.possessive
        and not before.possessive
        and (
            before.key in _SEATLESS
            or before.key in _HONORIFICS
            or (after_name and _is_name_word(before))
        )
    )


_FIRM_NOUNS = frozenset(
    "company firm group corporation conglomerate contractor developer operator consortium "
    "lender bank manufacturer enterprise".split()
)
"""Lower-case nouns that say what a body named right after them is (``the firm X Group``)."""


def _named_after_noun(tokens: Sequence[_Token], at: int) -> _Token | None:
    """The first word of a body's name after a firm's noun at ``at`` (``firm Huarong Group``).

    ``Chinese firm Huarong Weaving Group``: the lower-case noun says what the body is, and the
    capitalised words after it, none a title, ending in a body's head, are its name.
    """
    if at + 1 >= len(tokens) or tokens[-1].key not in _ORG_HEADS:
        return None
    noun = tokens[at]
    if noun.capitalised or noun.key not in _FIRM_NOUNS or noun.possessive:
        return None
    rest = tokens[at + 1 :]
    if all(
        t.capitalised and not t.known and t.key not in _TITLE_WORDS and not t.possessive
        for t in rest
    ):
        return rest[0]
    return None


_PLACE_PREFIXES = frozenset(
    "new old north south east west upper lower central greater northern southern eastern western"
    .split()
)  # fmt: skip
"""Words that open a place's name before another place's (``New Gwadar``, ``North Waziristan``)."""


def _place_surname(text: str, tokens: Sequence[_Token]) -> bool:
    """True when the chunk's last word, a town's, is a surname: after a first name, ``Ms``, a trade.

    Baloch and Sindhi surnames are often a town's (``Ormara``, ``Jiwani``); a place after an
    office stays the office's seat (``Governor Punjab``, ``Deputy Commissioner Gwadar``), but a
    leader or a trade has none (``fishermen's leader Ormara``, ``Trader Pasni``). A country or a
    possessive is never one, and nor is the end of a place of several words (``New Gwadar``,
    ``North Waziristan``).
    """
    before = tokens[-2]
    return (
        _town_as_name(tokens[-1], before, after_name=True)
        and before.key not in _PLACE_PREFIXES
        and all(place_at(text, t.start) is None for t in tokens[-3:-1])
    )


def _past_place(text: str, tokens: Sequence[_Token], k: int) -> int:
    """Where the name starts when a place of several words opens the name run at ``k``.

    ``Chief Minister of Khyber Pakhtunkhwa X``: the place goes with the title, the rest is the
    name, if any; a single place word is never read as a name (see :func:`_is_name_word`). So
    does a place that starts just before the run and ends inside it, as when its first word is
    a place alone (``Khyber``) or a long name fills the run (``... Pakhtunkhwa Arbab Sohail X``).
    """
    place = place_at(text, tokens[k].start)
    if place is None and k > 0 and tokens[k - 1].capitalised:
        place = place_at(text, tokens[k - 1].start)
    if place is None:
        return k
    while k < len(tokens) and tokens[k].end <= place[0]:
        k += 1
    return k


def _outlet(head: Sequence[_Token]) -> bool:
    """True for ``Dawn reporter``, ``China Daily correspondent``: an outlet's name, then its staff.

    The outlet is the run of capitalised words before the title, a country name kept in it; a
    demonym alone (``Chinese reporter``) is the reporter's country, read as any other title.
    """
    return (
        len(head) > 1
        and head[-1].key in _REPORTERS
        and head[-2].country is None
        and all(t.capitalised and not _is_title_word(t) for t in head[:-1])
    )


def _named_for_country(head: Sequence[_Token], at: int) -> bool:
    """True when the country name at ``at`` opens a company's own name (``China Harbour Company``).

    Companies are named after their country (``China Development Bank``, ``Pakistan
    International Airlines``, ``China X Investment Limited``, and with the prefix ``Sino``:
    ``Sino X Resources Limited``); a government body only says whose it is (``Pakistan Planning
    Commission`` → Planning Commission, Pakistan). A demonym or a possessive never opens a name.
    """
    word = head[at]
    if word.possessive or (word.text != word.country and word.key != "sino"):
        return False
    for k in range(at + 1, len(head)):
        token = head[k]
        if token.key in _COMPANY_WORDS:
            return k > at + 1
        if not token.capitalised or token.country is not None or _is_title_word(token):
            return False
    return False


_SERVICES = frozenset({"army", "navy", "railways"})
"""A country's armed services and railways: bodies alone or before their possessive, else words
of a title or portfolio (``Army Chief``, ``Railways Minister``)."""

_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
"""Titles of those who speak for a body: a service before them is their body, no title word."""

_COMPANY_HEADS = (
    frozenset("company corporation corp group bank airlines airways".split()) | _TRADE_HEADS
)
"""Body heads of companies, whose names open with their country's."""


def _has_title(head: Sequence[_Token]) -> bool:
    """True when the words hold a title word (``senior official`` has one, ``sources`` none)."""
    return any(t.key in _TITLE_WORDS for t in head)


def _country_of(text: str, head: Sequence[_Token]) -> tuple[str, str] | None:
    """The country of ``Consul General of Pakistan (in/to ...)`` and the `` of Pakistan`` said.

    A title's ``of`` + country names whom the holder serves: the country is the actor's, and
    the words are left out of the role (``Consul General``, ``Ambassador to China``).
    """
    for i in range(2, len(head)):
        country = head[i].country
        if (
            country is not None
            and head[i - 1].key == "of"
            and (head[i - 2].key in _TITLE_WORDS or head[i - 2].key in _PORTFOLIO)
            and (i + 1 == len(head) or head[i + 1].key in ("to", "in"))
        ):
            return country, text[head[i - 2].end : head[i].end]
    return None


def _country_of_body(text: str, head: Sequence[_Token], organization: str) -> str | None:
    """The country an organisation's name opens with (``the Chinese Embassy``), if any.

    Hostile run-on names are not searched: each look is then bounded, so the scan stays linear.
    """
    if len(organization) > _CACHED_CHUNK:
        return None
    for n, token in enumerate(head):
        if text.startswith(organization, token.start):
            if _all_of_country(head, n):  # "All Pakistan Textile Mills Association"
                return head[n + 1].country
            if token.country is not None:
                return token.country
            if n > 0 and head[n - 1].possessive and head[n - 1].text == head[n - 1].country:
                return head[n - 1].country  # "of China's National Development ... Commission"
            # "Sindh", "Khyber Pakhtunkhwa", "Port Qasim Authority": the place's country
            place = place_at(organization, 0)
            return None if place is None else place[1].country
    return None


def _split_role(
    text: str, head: Sequence[_Token], status: str | None, country_of: str | None
) -> tuple[str | None, str | None]:
    """Split the words before a name into (role, organisation); either may be None.

    ``status`` (``Acting``), read off the front of the mention, goes back in front of the role,
    and the ``country_of`` words (`` of Pakistan``) are cut out of it.
    """
    role, organization = _split(text, head)
    if role is not None:
        if country_of is not None:
            role = role.replace(country_of, "", 1)
        if status is not None:
            role = f"{status} {role}"
    return role, organization


def _split(text: str, head: Sequence[_Token]) -> tuple[str | None, str | None]:
    """:func:`_split_role` before the status and country are taken out of the role.

    Of two titles joined after a body's name (``member of the X Committee and director of Y``),
    the first gives the role and organisation and the second is left out.
    """
    if not head:
        return None, None
    for a in range(2, len(head) - 1):
        if (
            head[a].key == "and"
            and head[a - 1].key in _ORG_HEADS
            and head[a + 1].key in _TITLE_WORDS
            and head[a + 1].key not in _ORG_HEADS
        ):
            head = head[:a]
            break
    remit = _remit_start(head)  # "Minister for Local Government": the remit holds no body
    last_org = max((i for i, t in enumerate(head[:remit]) if t.key in _ORG_HEADS), default=-1)
    if last_org == 0 and head[0].key in _TRADE_HEADS:
        last_org = -1  # "Cement prices rose": a company's head word alone names none
    elif last_org == 0 and head[0].key == "group" and len(head) == 2 and head[1].key == "captain":
        last_org = -1  # "Group Captain X": an air force rank
    if last_org < 0:
        last_org = _body_tail(head)  # "Inter-Services Public Relations", "X Textiles chairman"
    if last_org < 0:
        last_org = _service(head)  # "Pakistan Army said", "the Chinese Navy's Rear Admiral"
    if last_org < 0 and _abbreviated_of(head):
        last_org = len(head) - 1  # "Vice Chairman of the NDRC": the abbreviation is the body
    if 0 <= last_org < len(head) - 2:
        titled = _place_of_title(text, head, last_org)
        if titled is not None:  # "Party Secretary of Kashgar prefecture": the place is the body
            return titled
    # "Spokesperson of the Foreign Office", "manager for X Group": the organisation follows the
    # role. The last such "of" (``Deputy Chief of Mission of the Chinese Embassy``).
    for i in range(last_org - 1, 0, -1):
        if head[i].key in ("of", "for") and head[i - 1].key in _TITLE_WORDS:
            org = i + 2 if head[i + 1].key == "the" else i + 1
            if org < last_org and head[org].possessive and head[org].text == head[org].country:
                org += 1  # "of China's National Development and Reform Commission": its country
            if org < len(head):  # "CHAIRMAN OF THE ALL ...": no body left after "of the"
                return text[head[0].start : head[i - 1].end], text[head[org].start : head[-1].end]
    if last_org < 0:
        lead = head[0]
        if (
            len(head) > 1
            and lead.text.isupper()
            and lead.key not in _TITLE_WORDS
            and head[1].key != "and"  # "IT and Telecom Minister": two portfolios, one role
            and not (lead.key in _PORTFOLIO and head[1].key in _HEAD_TITLES)  # "IT Minister"
        ):
            return text[head[1].start : head[-1].end], lead.text  # "PIA spokesperson"
        if _title_before_abbreviation(head):  # "Chairman PSDA": the body's chairman
            return text[lead.start : head[-2].end], head[-1].text
        title = (
            _title_after_place(text, head) or _title_after_branch(head) or _title_after_firm(head)
        )
        if title:  # "Sindh Chief Minister", "Gwadar Port Chairman", "X Pakistan CEO"
            return text[head[title].start : head[-1].end], text[lead.start : head[title - 1].end]
        titled = _place_of_title(text, head, last_org)
        if titled is not None:  # "Vice Governor of Yunnan Province": the place is the body
            return titled
        of = _firm_of(head)
        firm = _firm(head, of + 1) if of >= 0 else -1
        if firm >= 0:  # "chief executive of Tianlu Optical"
            return text[lead.start : head[of - 1].end], text[head[firm].start : head[-1].end]
        return text[head[0].start : head[-1].end], None
    if last_org == len(head) - 1 or _org_tail(head[last_org + 1 :]):
        title = _title_before_body(head)
        if title:  # "Chairman CPEC Authority"
            return text[head[0].start : head[title - 1].end], text[head[title].start : head[-1].end]
        return None, text[head[0].start : head[-1].end]
    end = _portfolio_end(head, last_org + 1)  # "Ministry of Commerce Secretary"
    first = 0
    while first < last_org and head[first].key in _RANKING and not head[first].capitalised:
        first += 1  # "a senior customs official": the body is customs
    if end == last_org + 1 > first + 1 and head[last_org].text == "party":
        end = last_org  # "Shaanxi party chief": the party's office, of the province
    return text[head[end].start : head[-1].end], text[head[first].start : head[end - 1].end]


def _remit_start(head: Sequence[_Token]) -> int:
    """Where a minister's or adviser's remit starts (its ``for``/``on``), else ``len(head)``.

    ``Minister for Local Government``, ``Adviser on School Education``: a body's word in the
    remit names the portfolio, not the holder's body.
    """
    for k in range(1, len(head) - 1):
        if head[k].key in ("for", "on") and head[k - 1].key in _REMIT_TITLES:
            return k
    return len(head)


def _place_of_title(text: str, head: Sequence[_Token], last_org: int) -> tuple[str, str] | None:
    """(role, place) for a title, then ``of`` a place, ending ``head``, else None.

    ``Vice Governor of Yunnan Province``: the place after the title's ``of`` is whose official
    the holder is, as it is before the title (see :func:`_titled_place`). A body's word at
    ``last_org`` (-1: none) is part of a title of plain words before the ``of`` (``Party
    Secretary of Kashgar prefecture``, ``Assembly Speaker of Punjab``).
    """
    place = _titled_place(text, head, len(head))
    if not place:
        return None
    of = place - 1
    while head[of].key != "of":
        of -= 1  # past "the" or "China's"
    if last_org >= 0 and (last_org >= of or any(t.key in _CONNECTORS for t in head[:of])):
        return None
    return text[head[0].start : head[of - 1].end], text[head[place].start : head[-1].end]


def _firm_of(head: Sequence[_Token]) -> int:
    """Where a company's title's ``of``/``for`` ends ``head`` or opens its last words, else -1.

    ``chief executive of``, ``vice president for``: after such a title (see :func:`_corporate`
    and ``head``), capitalised words name the firm, never a person (``CEO of Tianlu Optical``).
    """
    for of in range(len(head) - 1, max(0, len(head) - 6), -1):
        if head[of].key in ("of", "for"):
            title = [t.key for t in head[:of]]
            return of if title and (title[-1] == "head" or _corporate(title)) else -1
    return -1


def _firm_after_title(tokens: Sequence[_Token], k: int) -> bool:
    """True when the name-like words from ``k`` end ``tokens`` as a firm after a company title.

    They follow the title's ``of`` (``CEO of Tianlu Optical``), or a country's or place's name
    after it that opens the firm's name (``general manager of China Southern Cargo``,
    ``president of Shanghai Electric``). In the latter the title is in lower case, as in an
    appositive after its holder's name, and the words are no person the gazetteer knows: a
    capitalised title before a name reads as the holder's (``Chief Executive of Gwadar X``).
    """
    of = _firm_of(tokens[:k])
    if of == k - 1:
        return True
    opener = tokens[k - 1]
    return (
        of == k - 2
        and bool(opener.country or opener.place)
        and not tokens[of - 1].capitalised
        and not tokens[k].known
    )


def _firm(head: Sequence[_Token], at: int) -> int:
    """Where the firm's name starts in the words from ``at`` (-1: they name no firm).

    A name word or an abbreviation first, maybe after where the firm is based (``Zhejiang-based
    Sunvolt Energy``: the name starts after it) or after a country's or place's name that opens
    it (``China Southern Cargo``), then capitalised words that are no title, a place's among
    them (``Sunrise Jiangsu New Energy``): not a region (``for South Asia``), a portfolio (``for
    Planning``) or a department.
    """
    if at < len(head) and head[at].key.endswith("-based"):
        at += 1
    if at >= len(head):
        return -1
    opener = head[at]
    named = at + 1 if at + 1 < len(head) and (opener.country or opener.place) else at
    first = head[named]
    abbreviation = first.text.isupper() and len(first.text) > 1 and not _is_title_word(first)
    if not (abbreviation or _is_name_word(first)) or first.known:
        return -1
    if named == at and first.key in _PLACE_PREFIXES:
        return -1
    rest = head[named + 1 :]
    return (
        at
        if all(t.capitalised and not _is_title_word(t) and t.key not in _NOT_PERSON for t in rest)
        else -1
    )


def _body_tail(head: Sequence[_Token]) -> int:
    """Where a body tail ends a body's name in ``head`` (-1: nowhere): ``X Media Cell``.

    The tail (see ``_BODY_TAILS``) ends the words or comes before a title (``X Textiles
    chairman``), after at least one more capitalised word that is no connector or title, so a
    unit is named (``Media Cell``; ``Wing Commander`` is a rank); ``Relations`` only after
    ``Public`` and such a word; a company's ``Industries`` or ``Textiles`` after a word that is
    no place or portfolio (``Green Seed Industries``; ``Punjab Industries``, ``Khyber
    Pakhtunkhwa Industries``, ``Trade Textiles`` are a department's or a portfolio).
    """
    last = next((k for k in range(len(head) - 1, 0, -1) if head[k].key in _BODY_TAILS), 0)
    tail = head[last]
    before = last - 2 if tail.key == "relations" else last - 1
    if (
        before < 0
        or not tail.capitalised
        or (last + 1 < len(head) and head[last + 1].key not in _TITLE_WORDS)
        or not head[before].capitalised
        or head[before].key in _CONNECTORS
        or _is_title_word(head[before])
    ):
        return -1
    if tail.key == "relations":
        fits = head[last - 1].text == "Public"
    else:
        fits = tail.key not in _PORTFOLIO or not (
            head[before].key in _PORTFOLIO or head[before].place or _two_word_place(head, before)
        )
    return last if fits else -1


def _two_word_place(head: Sequence[_Token], at: int) -> bool:
    """True when the words ``head[at - 1 : at + 1]`` name a place (``Khyber Pakhtunkhwa``)."""
    return at > 0 and lookup_place(f"{head[at - 1].text} {head[at].text}") is not None


def _abbreviated_of(head: Sequence[_Token]) -> bool:
    """True when the words end in a title's ``of (the)`` and an abbreviation: ``Head of the NDRC``.

    A body named by its abbreviation alone has no head word, but after a title's ``of`` it can
    only be the body the title holder serves.
    """
    last = head[-1]
    if len(head) < 3 or not (last.text.isupper() and len(last.text) > 1) or _is_title_word(last):
        return False
    of = len(head) - 3 if head[-2].key == "the" else len(head) - 2
    return of > 0 and head[of].key == "of" and head[of - 1].key in _TITLE_WORDS


def _title_before_abbreviation(head: Sequence[_Token]) -> bool:
    """True for title words, then an abbreviation that is no title: ``Director General GDA``."""
    last = head[-1]
    return (
        len(head) > 1
        and last.text.isupper()
        and len(last.text) > 1
        and not _is_title_word(last)
        and all(t.key in _TITLE_WORDS for t in head[:-1])
        and any(t.key in _HEAD_TITLES for t in head[:-1])
    )


def _service(head: Sequence[_Token]) -> int:
    """Where the name of a service ends a body's name in ``head`` (-1: nowhere).

    The service (``Navy``) ends the words or is followed by its possessive or by a spokesperson,
    who speaks for it (``Pakistan Army spokesman``), and only capitalised words that are no title
    come before it (``PLA Navy's``, ``People's Liberation Army's``); or the words end in a
    country's service after a title (``Managing Director of Pakistan Railways``), which the
    title's ``of`` then splits off.
    """
    last = len(head) - 1
    if (
        last > 1
        and head[last].key in _SERVICES
        and head[last].capitalised
        and head[last - 1].country is not None
        and head[last - 2].key in ("of", "the")
    ):
        return last
    for k, token in enumerate(head):
        if token.key in _SERVICES and (
            token.possessive or k == last or head[k + 1].key in _SPOKESPEOPLE
        ):
            return k
        if not token.capitalised or _is_title_word(token):
            return -1
    return -1


def _untitled_run(head: Sequence[_Token]) -> int:
    """How many capitalised words, none a title, open ``head`` (a place's or a firm's name)."""
    run = 0
    while run < len(head) and head[run].capitalised and not _is_title_word(head[run]):
        run += 1
    return run


def _title_after_place(text: str, head: Sequence[_Token]) -> int:
    """Where the title starts after a province, city or port that opens ``head`` (0: none).

    A provincial or city official is named with the place (``Sindh Chief Minister``,
    ``Khyber Pakhtunkhwa Governor``), a port's with its name (``Gwadar Port Chairman``): the
    place or port is the organisation, the rest the role.
    """
    run = _untitled_run(head)
    if 0 < run < len(head) - 2 and head[run].key == "and":
        return _title_after_joined_place(text, head)  # "Azad Jammu and Kashmir Prime Minister"
    while (
        run > 1
        and head[run - 1].key in _PORTFOLIO
        and lookup_place(text[head[0].start : head[run - 1].end]) is None  # "Azad Kashmir"
    ):
        run -= 1  # "Balochistan Home Minister": the portfolio is the title's
    if not 0 < run < len(head) or (head[run - 1].possessive and not head[run - 1].place):
        return 0
    if head[run].key not in _TITLE_WORDS and head[run].key not in _PORTFOLIO:
        return 0
    if (run > 1 and head[run - 1].key == "port") or (run == 1 and head[0].place):
        return run
    return run if run <= 3 and lookup_place(text[head[0].start : head[run - 1].end]) else 0


def _title_after_joined_place(text: str, head: Sequence[_Token]) -> int:
    """Where the title starts after a place whose name has an ``and`` (0: none).

    ``Azad Jammu and Kashmir Prime Minister``: the gazetteer's place opening ``head``, then a title.
    """
    place = place_at(text, head[0].start)
    if place is None:
        return 0
    run = next((n for n, t in enumerate(head) if t.end > place[0]), len(head))
    return run if run < len(head) and head[run].key in _TITLE_WORDS else 0


def _title_after_branch(head: Sequence[_Token]) -> int:
    """Where a company's title starts after its branch in a country (0: none): ``X Pakistan CEO``.

    One to three capitalised words read as no one, then a country's name (``Qorvex Pakistan``,
    ``Qorvex Pakistan's``), then a company's title: the words up to the country are the body.
    """
    run = 0
    while run < len(head) and head[run].capitalised and head[run].country is None:
        run += 1
    if not 0 < run <= 3 or run + 1 >= len(head) or head[run].text != head[run].country:
        return 0
    if any(t.known or t.place or t.key in _NOT_NAME or _is_title_word(t) for t in head[:run]):
        return 0
    return run + 1 if _corporate([t.key for t in head[run + 1 :]]) else 0


_LEADERS = frozenset("chairman chairwoman chairperson president vice-president ceo founder".split())
"""Titles that lead a company: a short name before one is the company's (``Huarong chairman``)."""
_NOT_FIRMS = frozenset("honorary founding emeritus joint regional global".split())
"""Capitalised words before a leader's title that say what kind of leader, naming no firm."""


def _title_after_firm(head: Sequence[_Token]) -> int:
    """Where a leader's title starts after a firm's short name (0: none): ``Huarong chairman``.

    One or two capitalised words read as no one (``Wapda``, ``Hunan Xinlong``, not a known
    person's) before a title that leads a company (``chairman``, ``vice president``, ``CEO``):
    news names a firm's head so (``Dongxing Vice President X``), and nobody's name comes before
    their title.
    """
    if head[-1].key not in _LEADERS:
        return 0
    run = _untitled_run(head)
    if not 0 < run <= 2 or run == len(head):
        return 0
    firm = head[:run]
    if any(t.known or t.possessive or t.key in _NOT_FIRMS for t in firm):
        return 0
    if not all(_is_name_word(t) or t.place for t in firm) or firm[-1].place:
        return 0
    return run if all(t.key in _TITLE_WORDS for t in head[run:]) else 0


def _rank_after_office(head: Sequence[_Token]) -> int:
    """Where a military rank or a legislator's seat after an office starts, else the end.

    ``Chairman ... Lt Gen (retd)``, ``Committee chairman Senator``: the office is the role; the
    holder's rank or seat after it is left out. A rank alone stays the role (``Lt Gen (retd)
    X``), and so does ``General`` inside a title (``Director General``); after ``and`` it is a
    second title (``Finance Minister and Senator``).
    """
    if head[-1].key in _SEATS_HELD:
        cut = len(head) - 1
    else:
        for cut in range(1, len(head)):
            key, before = head[cut].key, head[cut - 1].key
            if (key in _RANK_OPENERS and before not in _RANK_OPENERS) or (
                key in _LONE_RANKS and (before not in _TITLE_WORDS or before == "chief")
            ):  # "army chief General X": no title ends in "Chief General"
                break
        else:
            return len(head)
        if not all(t.key in _RANK_WORDS for t in head[cut:]):
            return len(head)
    office = head[cut - 1].key not in _CONNECTORS and any(t.key in _HEAD_TITLES for t in head[:cut])
    return cut if office else len(head)


_SEATS = frozenset({"office", "secretariat"})
"""Body heads that name a title holder's own office when written after the title."""


def _title_before_body(head: Sequence[_Token]) -> int:
    """How many leading words are a title in ``Chairman CPEC Authority`` (0: all one body).

    The title is the leading run of title words, or its part up to its last head title when the
    rest would be a bare head (``Spokesperson Foreign Office``); a body left with head words only
    keeps the title in its name (``Chief Minister Secretariat``, ``Prime Minister's Office``),
    while a title before another body is split off (``Chairman Senate``).
    """
    run = 0
    while run < len(head) and head[run].key in _TITLE_WORDS and head[run].key not in _ORG_HEADS:
        run += 1
    for title in (run, max((i + 1 for i in range(run) if head[i].key in _HEAD_TITLES), default=0)):
        if (
            0 < title < len(head)
            and head[title].capitalised
            and not head[title - 1].possessive
            and any(t.key not in _SEATS for t in head[title:])
            and any(t.key in _HEAD_TITLES for t in head[:title])
        ):
            return title
    return 0


def _portfolio_end(head: Sequence[_Token], at: int) -> int:
    """Past the ``of Commerce`` or ``on Planning`` naming a body, if ``head[at]`` opens one.

    Capitalised words that are no title go with it too (``Institute of Strategic Studies``), and
    so does a list of portfolios (``Ministry of Planning, Development and Special Initiatives``).
    """
    if head[at].key not in ("of", "on"):
        return at
    end = at + 1
    while end < len(head) and (
        head[end].key in _PORTFOLIO
        or head[end].key in _CONNECTORS
        or head[end].text == ","
        or (head[end].capitalised and not _is_title_word(head[end]))
    ):
        end += 1
    return end if at + 1 < end < len(head) else at


def _org_tail(tail: Sequence[_Token]) -> bool:
    """True for words that go on naming a body after its head, not a role.

    ``of Foreign Affairs`` after ``Ministry``, ``on Finance`` after ``Committee``, ``for Peace
    Studies`` after ``Centre``: these words are the organisation's own name.

    A title that ends a role (``Ministry of Commerce Secretary``) makes the rest a role.
    """
    if len(tail) == 1 and tail[0].key == "general":  # "Consulate General"
        return True
    return tail[0].key in ("of", "on", "for") and not any(t.key in _HEAD_TITLES for t in tail)


def find_mentions(text: str) -> list[Mention]:
    """Person, body and descriptor mentions in ``text`` (usually one sentence), in order.

    Named people and bodies have ``actor.named`` True; descriptors such as ``the spokesperson`` or
    ``the Chinese side`` are returned too, with ``named=False`` and the descriptor (with its
    determiner) as the name, for callers that resolve them to a named actor.

    Results for sentence-sized texts are cached, so the extractors that read the same sentence
    share the work.
    """
    if len(text) > _CACHED_TEXT:
        return list(_mentions.__wrapped__(text))
    return list(_mentions(text))


_CACHED_TEXT = 4000
"""Longer texts are not cached: the caches' memory stays bounded whatever the input."""


@functools.lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[Mention, ...]:
    """:func:`find_mentions`, as a tuple that the cache can hand out safely."""
    tokens = _tokens(text)
    chunks = _chunks(text, tokens)
    found: list[tuple[int, int, int, int, Actor]] = []  # token range, then char range, actor
    lone: set[int] = set()  # entries of found that are a surname alone, kept only with a role
    n = 0
    while n < len(chunks):
        i, j = chunks[n]
        n += 1
        read = _read(text, tokens[i:j])
        if read is None:
            if j == i + 1 and _lone_surname(tokens, i, chunks[n][0] if n < len(chunks) else -1):
                lone.add(len(found))  # "said Chen, general manager of X": see _with_appositives
                found.append((i, j, tokens[i].start, tokens[i].end, Actor(tokens[i].text)))
            continue
        start, end, actor = read
        if text.startswith(" ", end) and _ROAD_AFTER.match(text, end) is not None:
            continue  # "the Peshawar-Dera Ismail Khan motorway": a road, no actor
        if actor.named and actor.role in _SITE_TITLES and not tokens[i].capitalised and i > 0:
            site = _SITE_BEFORE.search(text, max(0, start - 24), start)
            if site is not None and site.group(1) in _SITES:  # "airport manager X"
                actor = attrs.evolve(actor, role=f"{site.group(1)} {actor.role}")
                start = site.start(1)
        # a named title holder read with no body: its body may stand before the title
        bodiless = actor.named and actor.role is not None and actor.organization is None
        if bodiless and text.startswith(") ", start - 2):
            abbreviated = _abbreviated_body(text, tokens, i, actor, found)
            if abbreviated is not None:  # "Pakistan Tehreek-e-Insaf (PTI) Chairman X"
                first, actor = abbreviated
                while found and found[-1][0] >= first:
                    found.pop()
                found.append((first, j, tokens[first].start, end, actor))
                continue
        if (
            bodiless
            and i > 0
            and (tokens[i - 1].possessive or text.startswith(_PLURAL_POSSESSIVE, start - 2))
        ):
            owned = _owner(text, tokens, (i, start), actor, found)
            if owned is not None:  # "Qorvex's vice president X", "Sanli Motors' chairman X"
                i, start, actor = owned
                while found and found[-1][0] >= i:
                    found.pop()
            elif (group := _group_before(text, start)) is not None:
                # "Boat-owners' leader X", "fishermen's leader X": whose leader, in the role
                actor = attrs.evolve(actor, role=f"{group[2]} {actor.role}")
                start = group.start(2)
                while found and found[-1][3] > start:
                    found.pop()
        if (
            actor.named
            and actor.organization is None
            and n < len(chunks)
            and j < len(tokens)
            and tokens[j].key == "of"
        ):
            served = _body_of(text, tokens, j, chunks[n])
            if served is not None:  # "Major General X of the Special Security Division"
                end, organization, country = served
                j = chunks[n][1]
                n += 1
                actor = attrs.evolve(
                    actor, organization=organization, country=actor.country or country
                )
        if actor.named and j < len(tokens) and tokens[j].key in _SEAT_LINKS and n < len(chunks):
            seated = _seat(text, tokens, (i, j), chunks[n], actor.organization)
            if seated is not None:  # "the Centre for X at the Y University": one body
                organization = f"{actor.organization}{text[end:seated]}"
                if actor.name == text[start:end]:  # a body: its name grows too
                    actor = attrs.evolve(actor, name=text[start:seated])
                actor = attrs.evolve(actor, organization=organization)
                end, j = seated, chunks[n][1]
                n += 1
        if (
            actor.named
            and j < len(tokens)
            and tokens[j].key == "in"  # what _attached needs, tested before _posted
            and _posted(actor)
            and n < len(chunks)
            and _attached(tokens, j, chunks[n][0]) == "in"
            and _is_place(text, tokens, chunks[n])
        ):  # "Consul General X in Karachi": the envoy's post is part of the mention
            j = chunks[n][1]
            end = tokens[j - 1].end
            n += 1
        if (
            not actor.named
            and actor.role is not None
            and n < len(chunks)
            and chunks[n] == (j, j + 1)
            and _bracketed_wing(text, tokens, j)
        ):  # "Member (North) of the X Authority": the wing is the title's, the body follows
            actor = attrs.evolve(actor, role=f"{actor.role} ({tokens[j].text})")
            j += 1
            n += 1
        if not actor.named:
            first = lead = i
            if _paired_demonym(text, tokens, i):  # "Chinese and Pakistani experts": both
                first = lead = i - 2
                actor = attrs.evolve(actor, country=None)
            while (  # "the two leaders"
                first > max(0, lead - 2)
                and tokens[first - 1].key in _DETERMINERS
                and _joined(text, tokens[first - 1], tokens[first])
            ):
                first -= 1
            start = tokens[first].start if first < i else start
            if tokens[j - 1].key in _SIDED_HEADS and (
                actor.country is None or tokens[first].key != "the"
            ):
                continue  # "a 20-member team", "a Chinese team": a party only as "the Chinese team"
            modified = None
            if first == i:
                after = found[-1][3] if found else 0  # no other mention goes into the phrase
                modified = _modified(text, start, after, not actor.name.endswith("s"))
                if modified is None and actor.role is None and actor.organization is not None:
                    modified = _place_modified(text, start, after)
            if modified is not None:
                if (
                    tokens[j - 1].key in _PARTS
                    and modified.re is _MODIFIED
                    and not _PARTY_WORDS.issuperset(modified["mods"].split())
                ):
                    continue  # "the soft side of X", "the supply side": a part, no party
                # "a customs officer", "the provincial health official": the noun's modifiers
                start = modified.start()
                if modified.re is _DEMONYM_MODIFIED:  # "a Chinese project manager": China
                    actor = attrs.evolve(actor, country=demonym_country(modified["demonym"]))
                elif modified.re is _PLACE_MODIFIED:  # "the Gwadar port authority": the place's
                    place = lookup_place(modified["place"])
                    actor = attrs.evolve(
                        actor,
                        organization=text[modified.start("place") : end],
                        country=None if place is None else place.country,
                    )
                if actor.role is not None and modified["det"].lower() != "the":
                    # a new person's role as written; a definite one's stays the noun, which
                    # callers match to someone named before ("the new envoy": the envoy)
                    role = " ".join(f"{modified['mods']}{actor.role}".split())
                    actor = attrs.evolve(actor, role=role)
            link = _attached(tokens, j, chunks[n][0]) if n < len(chunks) else None
            if (
                link == "of"
                and (tokens[j - 1].key in _CROWDS or tokens[j - 1].key in _RESIDENTS)
                and _is_place(text, tokens, chunks[n])
            ):
                link = "in"  # "Residents of Gwadar": where they live, not their body
            read_org = None
            if link is not None and link != "in":
                read_org = _read(text, tokens[chunks[n][0] : chunks[n][1]])
                if read_org is None and _is_venue(tokens[chunks[n][0] : chunks[n][1]]):
                    link = None  # "officials at the Serena Hotel": where they were, no body
            if link == "with" and (read_org is None or read_org[2].organization is None):
                link = None  # "talks with the Chinese premier": no body of the descriptor's
            if link is not None:
                # "an official of the Pakistan Airport Authority", "a manager at Gwadar Port",
                # "a spokesman for the Ministry of Railways", "a researcher with the X Institute",
                # "the Chinese embassy in Islamabad"
                j0, (k, j) = j, chunks[n]
                n += 1
                end = tokens[j - 1].end
                if (
                    link == "of"
                    and j == k + 1
                    and tokens[k].place
                    and n < len(chunks)
                    and (unit := _UNIT_OF.match(text, end)) is not None
                    and tokens[chunks[n][0]].start == unit.end()
                    and (owner := _read(text, tokens[chunks[n][0] : chunks[n][1]])) is not None
                    and owner[2].named
                    and owner[2].role is None
                    and owner[2].organization is not None
                ):  # "head of the Pakistan operations of X Group": X Group's head
                    (k, j), read_org = chunks[n], owner
                    n += 1
                    end = tokens[j - 1].end
                if link != "in":
                    org = text[tokens[k].start : end]
                    if read_org is not None and read_org[2].organization is not None:
                        body = read_org[2]
                        if body.named and body.name != text[read_org[0] : read_org[1]]:
                            # "Spokesperson for the Ministry of X Mumtaz Zahra": a person
                            person = attrs.evolve(body, role=actor.role)
                            found.append((i, j, start, end, person))
                            continue
                        org = body.name
                    own = actor.organization
                    if link == "at" and _seat(text, tokens, (i, j0), (k, j), own):
                        own = f"{own}{text[tokens[j0 - 1].end : end]}"  # one body, see _seat
                    elif (
                        own is None
                        and j < len(tokens)
                        and tokens[j].key in _SEAT_LINKS
                        and n < len(chunks)
                    ):
                        seated = _seat(text, tokens, (k, j), chunks[n], org)
                        if seated is not None:  # "a researcher at the X Centre at Y University"
                            org = f"{org}{text[end:seated]}"
                            end, j = seated, chunks[n][1]
                            n += 1
                    elif (
                        own is None
                        and j < len(tokens)
                        and tokens[j].key == "in"
                        and n < len(chunks)
                        and _attached(tokens, j, chunks[n][0]) == "in"
                        and _is_place(text, tokens, chunks[n])
                    ):  # "the spokesman for the Chinese embassy in Islamabad, X,": its post
                        j = chunks[n][1]
                        end = tokens[j - 1].end
                        n += 1
                    if (
                        own is None
                        and text.startswith(" ", end)
                        and (read_org is None or _is_place_name(org))
                        and (facility := _FACILITY.match(text, end)) is not None
                    ):  # "officials at the Sost dry port": the place's facility is the body
                        org = text[tokens[k].start : facility.end()]
                        end = facility.end()
                        while n < len(chunks) and tokens[chunks[n][0]].start < end:
                            n += 1
                    if link == "of" and own is None and j == k + 1 and _country_name(tokens[k]):
                        # "Chief of Army Staff of Pakistan": whom the holder serves, no body
                        actor = attrs.evolve(actor, country=actor.country or tokens[k].country)
                    else:  # a body of the descriptor's own stays: "the head of X Group at Y Port"
                        actor = attrs.evolve(actor, organization=own or org)
                else:  # "Consul General in Lahore Chen Yu": the place, then maybe the name
                    named = _name_after_place(text, tokens[k:j])
                    if named is not None:
                        found.append((i, j, start, end, _person_actor(named, actor)))
                        continue
            elif (one_of := _ONE_OF.match(text, end) or _OF_A_FIRM.match(text, end)) is not None:
                # "a spokesman for one of the Chinese producers", "the Lahore head of a bank"
                if one_of.re is _OF_A_FIRM and _is_place_name(actor.organization):
                    actor = attrs.evolve(actor, organization=None)  # the body is the firm
                end = one_of.end()
                while n < len(chunks) and tokens[chunks[n][0]].start < end:
                    n += 1
            if text.startswith(" on the ", end) and (side := _ON_SIDE.match(text, end)):
                # "officials at X on the Pakistani side": whose side they are on, no party
                end = side.end()
                while n < len(chunks) and tokens[chunks[n][0]].start < end:
                    n += 1
                country = actor.country or demonym_country(side["demonym"])
                actor = attrs.evolve(actor, country=country)
            if text.startswith(" surnamed ", end) and (surname := _SURNAMED.match(text, end)):
                # "an official surnamed Ma": a descriptor still, the surname part of it
                end = surname.end()
                while n < len(chunks) and tokens[chunks[n][0]].start < end:
                    n += 1
            # the descriptor as written (Actor(), as attrs.evolve costs twice as much here)
            actor = Actor(text[start:end], actor.role, actor.organization, actor.country, False)
        if actor.organization is not None and (m := _ABBREVIATION.match(text, end)) is not None:
            end = m.end()  # "Pakistan Airport Authority (PAA)"
            if not actor.named:
                actor = attrs.evolve(actor, name=text[start:end])
        body_name = actor.organization
        if (
            body_name is not None
            and tokens[i].key in _ORG_HEADS
            and body_name.startswith(tokens[i].text)
        ):
            abbreviation = _ABBREVIATION_BEFORE.search(text, max(0, start - 16), start)
            if abbreviation is not None:  # "... Corridor (CPEC) Authority Chairman X"
                actor = attrs.evolve(actor, organization=f"{abbreviation[1]} {body_name}")
        found.append((i, j, start, end, actor))
    return tuple(_with_appositives(text, tokens, found, lone))


_MODIFIED = re.compile(
    r"(?<![\w-])(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)[ \t]+"
    r"(?P<mods>(?:[a-z][a-z-]*[ \t]+){1,3})$"
)
"""A determiner and up to three lower-case words right before a descriptor's noun."""
_DEMONYM_MODIFIED = re.compile(
    r"(?<![\w-])(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)[ \t]+(?P<demonym>[A-Z][a-z]+)[ \t]+"
    r"(?P<mods>(?:[a-z][a-z-]*[ \t]+){1,3})$"
)
"""The same with a demonym after the determiner: ``a Chinese project manager``."""
_POSSESSIVE_MARKS = ("'s", "’s")


def _possessed_title(descriptor: tuple[int, int, int, int, Actor]) -> bool:
    """True when a descriptor before a possessive ends in its title (``the minister's wife``).

    The appositive's noun is then the title holder's (a wife), not X's title; a body's or a
    place's possessive (``director of the X Region's trade department``) ends a remit instead.
    """
    actor = descriptor[4]
    last = actor.name.rsplit(None, 1)[-1].lower()
    return actor.organization is None and (last in _TITLE_WORDS or last in _DESCRIPTOR_HEADS)


_UNIT_OF = re.compile(
    r" (?:operations|chapter|office|branch|unit|wing|arm|business|subsidiary|division) of "
    r"(?:the )?"
)
"""A place's unit of a body after a title's ``of``: ``head of the Pakistan operations of X``."""
_WHO_IS = re.compile(
    r"[ \t]+who[ \t]+is[ \t]+(?:(?:also|now|currently)[ \t]+)?(?:(?:the|a|an)[ \t]+)?"
)
"""A relative clause's ``who is (also) the`` between an appositive's comma and its title (not
``who was``: a past office)."""
_AGED = re.compile(r"[ \t]+an?[ \t]+\d{1,3}-year-old[ \t]+")
"""An age between an appositive's comma and its title: ``X, a 26-year-old technician``."""
_FACILITY = re.compile(
    r"(?:[ \t](?!(?:and|or|the|of|to|in|on|at|for|with|from|by|said|told|says)\b)[a-z]+){0,2}?"
    r"[ \t](?:port|airport|plant|zone|site|mine|camp|terminal|station|factory|mill|dam|park)\b"
    r"(?![-'’])"
)
"""Up to two lower-case words and a facility's noun after a place (``Sost dry port``)."""
_ON_SIDE = re.compile(r" on the (?P<demonym>[A-Z][a-z]+) side\b")
"""A demonym's side after a descriptor: ``officials on the Chinese side``."""
_SURNAMED = re.compile(r" surnamed [A-Z][\w'’-]*+")
"""A surname the reporter gives a source by (``a driver surnamed Wang``): no name of a person."""
_PARTS = frozenset({"side", "sides"})
"""Descriptor heads that name a party only unmodified, after a demonym or a word of _PARTY_WORDS
(``the Chinese side``, ``the other side``); other modifiers make a part of something (``the
soft side of the corridor``, ``the supply side``)."""
_PARTY_WORDS = frozenset(
    "other opposite host guest visiting two three four both each either all respective relevant "
    "concerned various participating".split()
)
_ONE = frozenset("a an one another".split())
_PAST_FORMS = frozenset(
    "met told said saw held led gave took sent made paid won left brought built sold bought "
    "found got kept put ran set spent".split()
)
"""Irregular past forms of the verbs of news: between a subject and an object, no modifiers."""


def _modified(text: str, start: int, after: int, singular: bool) -> re.Match[str] | None:
    """The determiner and modifiers before the descriptor's noun at ``start``, if any.

    A demonym may stand between them (``a Chinese project manager``): it is the person's
    country, as in ``a Chinese engineer``, and the words after it still modify the noun. So
    that a clause is no such phrase (``A Chinese team briefed officials``, ``a convoy carrying
    Chinese engineers``), none of its words is a verb's form (``-ed`` unhyphenated, an
    irregular past, a headline verb, an auxiliary) and a noun after ``a`` or ``one`` is
    singular; with a demonym, the phrase also starts at or after ``after``, where the mention
    before ends.
    """
    modified = _MODIFIED.search(text, max(0, start - 60), start)
    if modified is None:
        modified = _DEMONYM_MODIFIED.search(text, max(after, start - 80), start)
        if modified is None or demonym_country(modified["demonym"]) is None:
            return None
    if (modified["det"].lower() in _ONE and not singular) or any(
        (word.endswith("ed") and "-" not in word)
        or word in _PAST_FORMS
        or word in _HEADLINE_VERBS
        or word in _AUXILIARIES
        for word in modified["mods"].split()
    ):
        return None  # "a convoy carrying Chinese engineers", "the team will meet senior leaders"
    return modified if _modifiers(modified["mods"]) else None


def _place_modified(text: str, start: int, after: int) -> re.Match[str] | None:
    """``the <Place> <facility>`` before a body's noun at ``start`` (``the Gwadar port``), if any.

    A port's, a border crossing's or a district's own body (``the Gwadar port authority``,
    ``the Khunjerab port administration``): the place the gazetteer knows, then up to two
    lower-case words that are no verb's form; it starts at or after ``after``.
    """
    modified = _PLACE_MODIFIED.search(text, max(after, start - 60), start)
    if (
        modified is None
        or lookup_place(modified["place"]) is None
        or any(w in _AUXILIARIES or w.endswith("ed") for w in modified["mods"].split())
    ):
        return None
    return modified


_PLACE_MODIFIED = re.compile(
    r"(?<![\w-])(?P<det>[Tt]he)[ \t]+(?P<place>[A-Z][a-z]+)[ \t]+(?P<mods>(?:[a-z]+[ \t]+){1,2})$"
)
"""``the``, a place's name and one or two lower-case words right before a body's noun."""
_AUXILIARIES = frozenset(
    "will would shall should can could must might is are was were be been being has have had "
    "do does did".split()
)
"""Auxiliary verbs: a phrase with one before a descriptor's noun is a clause, no modifiers."""


def _modifiers(words: str) -> bool:
    """True when none of ``words`` is a function word: they modify the noun after them."""
    return all(
        word not in _NOT_NAME and word not in _CONNECTORS and word not in _DETERMINERS
        for word in words.split()
    )


_ONE_OF = re.compile(
    r"[ \t](?:for|of|at|with|from) one of (?:the|its|their|our) (?:[A-Za-z-]+[ \t]){0,3}?"
    r"[a-z-]*[a-z]s\b"
)
"""``for one of the Chinese producers`` after a descriptor: which group it speaks for.

Up to three words, then a plural; the group has no name, so the words stay in the descriptor.
"""
_OF_A_FIRM = re.compile(
    r"[ \t]of (?:an?|the) (?:[A-Za-z-]+[ \t]){0,3}?(?:bank|firm|company|contractor|lender|group|"
    r"corporation|conglomerate|developer|operator|builder|manufacturer|enterprise)\b"
)
"""``the Lahore head of a Chinese bank``, ``the CEO of the project company``: an unnamed firm.

Up to three words, then a firm's noun; the firm has no name, so the words stay in the descriptor.
"""


def _is_place_name(name: str | None) -> bool:
    """True when an organisation read off a descriptor is only a place (``the Lahore head``)."""
    return name is not None and lookup_place(name) is not None


_ABBREVIATION = re.compile(r"[ \t]?\([A-Z][A-Za-z&-]{1,12}\)")
_ABBREVIATION_BEFORE = re.compile(r"\(([A-Z][A-Za-z&-]{1,12})\)[ \t]?$")
"""An abbreviation just before a chunk that opens with a body's head: the body's first word."""


def _body_of(
    text: str, tokens: Sequence[_Token], j: int, chunk: tuple[int, int]
) -> tuple[int, str, str | None] | None:
    """The body a person's ``of (the)`` at token ``j`` names: its end, name and country, or None.

    Only a body read whole (``the Chinese Embassy``), not a person or a title; its name is the
    organisation, as for a descriptor's (``an official of the Chinese Embassy``).
    """
    if _attached(tokens, j, chunk[0]) != "of":
        return None
    read = _read(text, tokens[chunk[0] : chunk[1]])
    if read is None:
        return None
    body = read[2]
    if body.organization is None or body.role is not None or not body.named:
        return None
    if body.name != text[read[0] : read[1]]:
        return None  # a person
    return read[1], body.name, body.country


_UNITS = frozenset("institute centre center school department college academy".split())
"""Bodies that may be part of a seat of learning: ``the Centre for X at the Y University``."""
_SEATS_OF_LEARNING = frozenset("university college institute institutes academy".split())
"""Bodies a unit is part of: ``at the Y University``, ``at the W College``."""


def _seat(
    text: str,
    tokens: Sequence[_Token],
    body: tuple[int, int],
    seat: tuple[int, int],
    unit: str | None,
) -> int | None:
    """Where the seat of learning after the organisation ``unit`` ends, or None.

    ``the Centre for X at the Y University``: a unit's (its last head an institute, centre,
    school ...) ``at (the)`` before a named university, college, institute or academy is part of
    its name: one body, as the article names it; so is its ``of`` (``the Institute of X Studies
    of Y University``). So is the town after a seat of learning's ``at`` (``the X Institute of
    Technology at Taxila``). ``body`` and ``seat`` are token ranges.
    """
    j = body[1]
    if unit is None or not text.endswith(unit, 0, tokens[j - 1].end):
        return None
    link = _attached(tokens, j, seat[0])
    if link not in _SEAT_LINKS:
        return None
    head = _last_head(tokens, body)
    if (
        link == "at"
        and seat == (j + 1, j + 2)
        and tokens[j + 1].place
        and head in _SEATS_OF_LEARNING
    ):
        return tokens[j + 1].end
    if head not in _UNITS or _last_head(tokens, seat) not in _SEATS_OF_LEARNING:
        return None
    read = _read(text, tokens[seat[0] : seat[1]])
    if read is None or not read[2].named or read[2].role is not None:
        return None
    return read[1] if read[2].name == text[read[0] : read[1]] else None


_SEAT_LINKS = frozenset({"at", "of"})
"""Words joining a unit to its seat of learning: ``the Centre for X at (of) Y University``."""


def _last_head(tokens: Sequence[_Token], chunk: tuple[int, int]) -> str:
    """The last capitalised body head in a chunk (``Centre`` of ``Centre for X Studies``) or ""."""
    for k in range(chunk[1] - 1, chunk[0] - 1, -1):
        if tokens[k].capitalised and tokens[k].key in _ORG_HEADS:
            return tokens[k].key
    return ""


_GROUP_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<before>[A-Z]\w*[ \t]+)?"
    r"([A-Za-z][a-z]*(?:-[a-z]+)*(?:s['’]|men['’]s))[ \t]$"
)
"""A group's plural possessive right before a title: ``Boat-owners' ``, ``fishermen's ``."""


def _group_before(text: str, start: int) -> re.Match[str] | None:
    """The plural possessive of a group of people right before ``start``, if any.

    Not a name's last word (``Pakistan Textile Mills' chairman``): a capitalised group word must
    open the phrase, with no capitalised word before it.
    """
    group = _GROUP_BEFORE.search(text, max(0, start - 60), start)
    if group is None or (group[2][0].isupper() and group["before"] is not None):
        return None
    return group


_PLURAL_POSSESSIVE = ("' ", "’ ")
"""The apostrophe and blank after a plural possessive: ``Sanli Motors' chairman``."""
_CORPORATE = frozenset(
    "ceo cfo coo cto president vice-president manager director chairman chairwoman chairperson "
    "founder co-founder executive".split()
)
"""Last words of a company's titles: an owner before one is a company, as people own none."""
_CHIEF_OFFICER = ("chief", "officer")
"""The first and last words of a company's other titles (``chief operating officer``)."""


def _corporate(title: Sequence[str]) -> bool:
    """True when the lower-case words of a title name a company's (``vice president for X``)."""
    title = title[: next((n for n, word in enumerate(title) if word in _CONNECTORS), len(title))]
    return bool(title) and (title[-1] in _CORPORATE or (title[0], title[-1]) == _CHIEF_OFFICER)


def _owner(
    text: str,
    tokens: Sequence[_Token],
    holder: tuple[int, int],
    actor: Actor,
    found: Sequence[tuple[int, int, int, int, Actor]],
) -> tuple[int, int, Actor] | None:
    """The body owning the title of the named person at token ``holder[0]`` (offset ``[1]``).

    ``Sanli Motors' chairman X``: a body read just before a plural possessive. ``NHA's manager
    X``: an abbreviation's possessive. ``Qorvex's vice president X``: up to three capitalised
    words read as no one, before a company's title (``_CORPORATE``; its ``for``/``of`` remit
    aside). A person's possessive is never an owner: before another title (``Sharif's adviser
    X``) or read as a name.
    Returns the owner's first token index and offset and the person with the body, or None.
    """
    i, start = holder
    if found and found[-1][1] == i and text.startswith(_PLURAL_POSSESSIVE, start - 2):
        body = found[-1][4]
        if not body.named or body.role is not None or body.organization is None:
            return None
        country = actor.country or body.country
        return (
            found[-1][0],
            found[-1][2],
            attrs.evolve(actor, organization=body.organization, country=country),
        )
    last = tokens[i - 1]
    if not (last.possessive and last.country is None and _joined(text, last, tokens[i])):
        return None
    first = i - 1
    while (
        first > max(0, i - 3)
        and tokens[first - 1].capitalised
        and not tokens[first - 1].possessive
        and _joined(text, tokens[first - 1], tokens[first])
    ):
        first -= 1
    if found and found[-1][1] > first:
        return None  # a mention's words: "Prime Minister X's adviser"
    owner = tokens[first:i]
    if any(
        t.known or t.key in _NOT_NAME or _is_title_word(t) or t.key in _CONNECTORS for t in owner
    ) or any(t.place for t in owner[1:]):
        return None
    abbreviation = len(owner) == 1 and last.text.isupper() and len(last.text) > 1
    if not (abbreviation or _corporate((actor.role or "").lower().split())):
        return None
    organization = text[owner[0].start : last.end]
    country = actor.country or owner[0].country
    return first, owner[0].start, attrs.evolve(actor, organization=organization, country=country)


def _abbreviated_body(
    text: str,
    tokens: Sequence[_Token],
    i: int,
    holder: Actor,
    found: Sequence[tuple[int, int, int, int, Actor]],
) -> tuple[int, Actor] | None:
    """The body before ``(ABBR)`` and a titled name at token ``i``, and the holder with it.

    The body is the run of words before the abbreviation whose capitals spell it
    (``Pakistan Muslim League-Nawaz (PML-N) leader X``): a name with an abbreviation is a body,
    whatever its words. A title opening the run is the holder's office, which replaces a title or
    rank of theirs (``Chairman Joint Chiefs of Staff Committee (CJCSC) General X`` → Chairman).
    Returns the body's first token index and the holder, or None (no such run, or a mention
    already read runs into it).
    """
    if i < 2:
        return None
    abbreviation = tokens[i - 1]
    if (
        abbreviation.end != tokens[i].start - 2
        or text[tokens[i - 2].end : abbreviation.start] != " ("
    ):
        return None
    letters = [c for c in abbreviation.text if c.isupper()]
    first = _spelt_by(tokens, i - 2, letters)
    if first is None or (found and found[-1][0] < first < found[-1][1]):
        return None
    body = tokens[first : i - 1]
    title = _title_before_body(body)
    role = text[body[0].start : body[title - 1].end] if title else holder.role
    organization = text[body[title].start : body[-1].end]
    country = holder.country or _country_of_body(text, body, organization)
    return first, attrs.evolve(holder, role=role, organization=organization, country=country)


def _spelt_by(tokens: Sequence[_Token], last: int, letters: list[str]) -> int | None:
    """Where the run of words ending at ``tokens[last]`` starts whose capitals are ``letters``.

    Each word gives the capitals of its hyphenated parts (``Tehreek-e-Insaf`` → T, I);
    connectors in lower case (``of``, ``and``) give none. Bounded by the abbreviation's length.
    """
    need = len(letters)
    k = last
    while need > 0 and k >= 0 and last - k <= 2 * len(letters):
        token = tokens[k]
        if not token.capitalised:
            if token.key not in _CONNECTORS:
                return None
            k -= 1
            continue
        initials = [part[0] for part in token.text.split("-") if part[:1].isupper()]
        if not initials or letters[need - len(initials) : need] != initials:
            return None
        need -= len(initials)
        k -= 1
    return k + 1 if need == 0 and k + 1 <= last else None


def _name_after_place(text: str, tokens: Sequence[_Token]) -> str | None:
    """The name after leading place words (``Lahore Chen Yu`` → ``Chen Yu``), if there is one."""
    k = 0
    while k < len(tokens) and tokens[k].place:
        k += 1
    rest = tokens[k:]
    if k > 0 and rest and len(rest) <= 4 and all(_is_name_word(t) for t in rest):
        return text[rest[0].start : rest[-1].end]
    return None


def _paired_demonym(text: str, tokens: Sequence[_Token], i: int) -> bool:
    """True when ``<demonym> and`` stands before the descriptor at token ``i`` (``Chinese and``)."""
    return (
        i >= 2
        and tokens[i].country is not None
        and tokens[i - 1].key == "and"
        and tokens[i - 2].country is not None
        and demonym_country(tokens[i - 2].text) is not None
        and _joined(text, tokens[i - 2], tokens[i - 1])
        and _joined(text, tokens[i - 1], tokens[i])
    )


def _posted(actor: Actor) -> bool:
    """True for an envoy or a mission (``Consul General``, ``the Chinese Embassy``).

    ``in <place>`` after one says where it is posted.
    """
    if actor.role is None:
        body = (actor.organization or "").lower().split()
        return bool(body) and body[-1] in _MISSIONS
    return any(word.split("-")[0] in _ENVOYS for word in actor.role.lower().split())


_MISSIONS = frozenset({"embassy", "consulate", "mission"})
"""Bodies posted abroad, whose place follows them: ``the Chinese Embassy in Islamabad``."""


def _is_place(text: str, tokens: Sequence[_Token], chunk: tuple[int, int]) -> bool:
    """True when the chunk's words name a place the gazetteer knows (``Khyber Pakhtunkhwa``)."""
    return lookup_place(text[tokens[chunk[0]].start : tokens[chunk[1] - 1].end]) is not None


def _country_name(token: _Token) -> bool:
    """True for a country's own name (``Pakistan``), not a demonym (``Pakistani``) or possessive."""
    return token.country is not None and token.text == token.country and not token.possessive


def _person_actor(name: str, descriptor: Actor) -> Actor:
    """The person ``name``, with the role, organisation and country of ``descriptor``."""
    canonical, country = _person(name)
    return Actor(canonical, descriptor.role, descriptor.organization, country or descriptor.country)


def _attached(tokens: Sequence[_Token], j: int, k: int) -> str | None:
    """The word (``of``, ``at``, ``in`` ...) that joins the token before ``j`` to chunk ``k``.

    ``of``/``at``/``for``/``with`` attach a body or place (``the`` may follow), ``in`` only a
    place; the caller keeps ``with`` only before a body.
    """
    body = tokens[k].capitalised or tokens[k].key in _ORG_HEADS or _portfolio_title(tokens, k)
    if j >= len(tokens) or not body:
        return None
    link = tokens[j].key
    if link == "in":
        return link if k == j + 1 and tokens[k].place else None
    if link not in ("of", "at", "for", "with"):
        return None
    return link if k == j + 1 or (k == j + 2 and tokens[j + 1].key == "the") else None


def _with_appositives(
    text: str,
    tokens: Sequence[_Token],
    found: list[tuple[int, int, int, int, Actor]],
    lone: set[int],
) -> list[Mention]:
    """Merge ``Name, role,`` and ``role, Name,`` pairs into one mention with the role attached.

    The entries ``lone`` (a surname alone, see :func:`_lone_surname`) are kept only merged
    with a titled descriptor of a body.
    """
    out: list[Mention] = []
    skip = -1
    for n, (i, j, start, end, actor) in enumerate(found):
        if n <= skip:
            continue
        lead = None
        if lone and n in lone:
            nxt = found[n + 1] if n + 1 < len(found) else None
            if nxt is not None and _lone_role(nxt[4]):
                adjacent = _right_after(tokens, j, nxt[0])
                lead = None if adjacent else _title_lead(text, tokens[j].end, nxt)
                if adjacent or lead is not None:  # "said Li, project manager of X": Li's role
                    other = (
                        nxt[4]
                        if lead is None
                        else attrs.evolve(nxt[4], role=f"{lead} {nxt[4].role}")
                    )
                    out.append(Mention(start, nxt[3], _with_role(actor, other)))
                    skip = n + 1
            continue
        while j < len(tokens) and tokens[j].start < end:
            j += 1  # past an abbreviation read into the mention: "... Authority (GPA), X,"
        nxt = found[n + 1] if n + 1 < len(found) else None
        if (
            nxt is not None
            and actor.named
            and actor.organization is None
            and text.startswith(",", end)  # _POSSESSOR's comma: most names have none after
        ):
            possessed = _possessed_role(text, found, n)
            if possessed is not None:  # "Ma Lin, Sinotruk's head of exports,"
                skip, mention = possessed
                out.append(mention)
                continue
        if actor.named and actor.role is None and text.startswith(", who ", end):
            headed = _headed(text, found, n)
            if headed is not None:  # "X, who heads the Y Chamber of Commerce,"
                skip, mention = headed
                out.append(mention)
                continue
        if nxt is not None and actor.organization and _title_after_body(text, actor, end, nxt):
            # "Gwadar Port Authority (GPA) Chairman X": the body is the chairman's
            holder = nxt[4]
            country = holder.country or actor.country
            merged = attrs.evolve(holder, organization=actor.organization, country=country)
            out.append(Mention(start, nxt[3], merged))
            skip = n + 1
            continue
        if nxt is not None and (
            # "Chairman of the Gwadar Port Authority (GPA) X": the title and body are X's
            _name_after_abbreviated_title(text, actor, end, nxt)
            # "Chinese Foreign Minister and Politburo member X": the first title is the role
            or (
                j < len(tokens)
                and tokens[j].key == "and"
                and _second_title(tokens, (i, j, start, actor), nxt)
            )
        ):
            holder = nxt[4]
            merged = attrs.evolve(
                holder,
                role=actor.role,
                organization=actor.organization,
                country=holder.country or actor.country,
            )
            out.append(Mention(start, nxt[3], merged))
            skip = n + 1
            continue
        if (
            nxt is not None
            and j < len(tokens)
            and tokens[j].text == ","
            and (
                _right_after(tokens, j, nxt[0])
                # "X, an auto analyst at Y": the descriptor's modifiers start it after the comma
                or _blank_between(text, tokens[j].end, nxt[2])
                # "said X, its country manager": a possessive determiner opens it
                or text[tokens[j].end : nxt[2]].strip() in _OWNERS
                # "X, project manager of Y": a site word before a lower-case title
                or (lead := _title_lead(text, tokens[j].end, nxt)) is not None
                # "X, a 26-year-old technician": an age before the title
                or _AGED.fullmatch(text, tokens[j].end, nxt[2]) is not None
                # "X, who is the site manager of Y": a relative clause that says the title
                or (
                    text.startswith(" who ", tokens[j].end)
                    and _WHO_IS.fullmatch(text, tokens[j].end, nxt[2]) is not None
                )
            )
        ):
            other = nxt[4]
            if lead is not None:
                other = attrs.evolve(other, role=f"{lead} {other.role}")
            person = actor.named and actor.organization is None
            if (
                person
                and not other.named
                and other.role
                and not (text.startswith(_POSSESSIVE_MARKS, nxt[3]) and _possessed_title(nxt))
                and not _addressee(text, tokens, i, nxt)
                and not _verb_follows(text, nxt[2], nxt[3])
            ):
                stop = _remit_end(text, found, n + 1)
                role = _modified_role(other.name, other.role) + text[nxt[3] : stop]
                if role != other.role:  # "X, the task group commander", "X, the firm's head for Y."
                    # "X, chairman of a Chinese turbine maker,": the remit's demonym is X's country
                    country = other.country or _possessor_country(text[nxt[3] : stop])
                    other = attrs.evolve(other, role=role, country=country)
                out.append(Mention(start, stop, _with_role(actor, other)))
                skip = n + 1
                continue
            if not actor.named and actor.role and other.named and other.organization is None:
                out.append(Mention(start, nxt[3], _with_role(other, actor)))
                skip = n + 1
                continue
        out.append(Mention(start, end, actor))
    return out


_HEADS = re.compile(
    r", who (?P<verb>heads|chairs|leads|directs|manages) (?P<det>(?:the|a|an) )?"
    r"(?P<what>[^,.;:!?\"“”()]{3,80}?)(?=[ \t]*(?:[,.;:!?\"”)]|$| and who ))"
)
"""``, who heads the X,``: a relative clause that gives the person's office and what they head."""
_HEADING = {"heads": "head", "chairs": "chair", "leads": "leader", "directs": "director",
            "manages": "manager"}  # fmt: skip
"""The title of one who heads, chairs, leads ... something."""


def _headed(
    text: str, found: Sequence[tuple[int, int, int, int, Actor]], n: int
) -> tuple[int, Mention] | None:
    """``X, who heads the Y Chamber of Commerce,``: X with role head and the body Y.

    What is headed, up to punctuation, is the organisation when a body's mention covers it
    whole (``the Gilgit Chamber of Commerce``), else it stays in the role (``head of the local
    fishermen's alliance``). Returns the last entry of ``found`` merged and the mention.
    """
    start, end, person = found[n][2], found[n][3], found[n][4]
    clause = _HEADS.match(text, end)
    if clause is None:
        return None
    title = _HEADING[clause["verb"]]
    last = n
    while last + 1 < len(found) and found[last + 1][2] < clause.end():
        last += 1
    body = found[last][4]
    if (
        last == n + 1
        and found[last][2] == clause.start("what")
        and found[last][3] == clause.end()
        and body.named
        and body.role is None
        and body.organization is not None
    ):
        country = person.country or body.country
        actor = attrs.evolve(person, role=title, organization=body.organization, country=country)
    else:
        headed = text[clause.start("det" if clause["det"] else "what") : clause.end()]
        actor = attrs.evolve(person, role=f"{title} of {headed}")
    return last, Mention(start, clause.end(), actor)


def _possessed_role(
    text: str, found: Sequence[tuple[int, int, int, int, Actor]], n: int
) -> tuple[int, Mention] | None:
    """``Ma Lin, Sinotruk's head of exports,``: a possessor's title after a name is its role.

    The person ``found[n]``, a comma, a possessor (``Huawei's``, ``the university's``), then a
    title the finder read as a descriptor, closed by punctuation, maybe after an ``of``/``for``
    phrase it keeps (``dean of pharmacy``). A possessor named in capitals is the organisation;
    a described one (``the university's``) names none, nor does a person the gazetteer knows.
    Returns the last entry of ``found`` merged and the person's mention, or None.
    """
    start, end, person = found[n][2], found[n][3], found[n][4]
    owner = _POSSESSOR.match(text, end)
    if owner is None:
        return None
    last = next((k for k in range(n + 1, min(n + 3, len(found))) if found[k][2] >= owner.end()), 0)
    title = found[last]
    if not last or title[4].named or title[4].role is None:
        return None
    role = title[4].role
    if title[2] != owner.end():  # "X, Huarong's site manager": the site is the title's
        lead = _title_lead(text, owner.end() - 1, title)
        if lead is None:
            return None
        role = f"{lead} {role}"
    stop = title[3]
    tail = _ROLE_TAIL.match(text, stop)
    if tail is None:
        return None  # "X, Huawei's manager who …": no appositive seen to close
    end = tail.end()
    possessor = owner["owner"]
    named = owner["the"] is None and possessor[0].isupper() and lookup_person(possessor) is None
    country = title[4].country or _possessor_country(possessor)
    actor = _with_role(person, attrs.evolve(title[4], role=role + text[stop:end], country=country))
    if named:
        actor = attrs.evolve(actor, organization=possessor)
    return last, Mention(start, end, actor)


def _modified_role(descriptor: str, role: str) -> str:
    """An appositive's role with the lower-case modifiers its definite descriptor has.

    ``X, the task group commander,``: the descriptor's role is its noun, so that a later ``the
    commander`` finds X; as X's role, the title is written whole (``task group commander``).
    Words about the holder's situation (``the new envoy``) stay out, as before a title.
    """
    if not descriptor.startswith(("the ", "The ")):
        return role
    at = descriptor.find(role, 4)
    words = descriptor[4:at].split()
    if (
        at < 0
        or not words
        or not all(w.isalpha() and w.islower() and w not in _SITUATION for w in words)
    ):
        return role
    return descriptor[4 : at + len(role)]


_SITUATION = _CIRCUMSTANCES | frozenset({"new"})
"""Lower-case words about the holder's situation, never part of their title."""


def _remit_end(text: str, found: Sequence[tuple[int, int, int, int, Actor]], n: int) -> int:
    """Where the appositive ``found[n]`` ends, with a lower-case ``of``/``for`` remit after it.

    ``X, the company's vice president for international business.``: words no mention reads,
    closed by punctuation, are still the title's (as in :func:`_possessed_role`).
    """
    end = found[n][3]
    if not text.startswith((" for ", " of "), end):
        return end  # the usual case, told before the regex runs
    tail = _ROLE_TAIL.match(text, end)
    if tail is None or (n + 1 < len(found) and found[n + 1][2] < tail.end()):
        return end
    if any(c.isdigit() for c in tail.group()):
        return end  # "of the 1,320MW plant": the comma is a number's
    return tail.end()


def _possessor_country(possessor: str) -> str | None:
    """The country a possessor gives: a place's (``Sindh's``), a demonym's (``Chinese firm's``)."""
    place = lookup_place(possessor)
    if place is not None:
        return place.country
    return next(filter(None, map(demonym_country, possessor.split())), None)


_POSSESSOR = re.compile(
    r",[ \t]+(?P<the>[Tt]he[ \t]+)?(?P<owner>(?:[\w&.-]+[ \t]){0,3}?[\w&.-]+)['’]s[ \t]"
)
"""A comma and a possessor of up to four words (``, Sinotruk's ``, ``, the university's ``)."""
_ROLE_TAIL = re.compile(
    r"(?:[ \t](?:of|for)[ \t](?:[\w&-]+[ \t]){0,3}?[\w&-]+)?(?=[ \t]*(?:[,;:.)]|$))"
)
"""A title's ``of``/``for`` phrase of up to four words, if any, then punctuation (or the end)
closing the appositive."""


def _second_title(
    tokens: Sequence[_Token],
    title: tuple[int, int, int, Actor],
    nxt: tuple[int, int, int, int, Actor],
) -> bool:
    """True for a title, ``and`` (at token ``j``), then a titled name: one person, two offices.

    The first title must be written as one before a name (capitalised, no determiner:
    ``the Chinese minister and Planning Minister X`` are two people), and the second may not
    give another country.
    """
    i, j, start, first = title
    holder = nxt[4]
    return (
        not first.named
        and first.role is not None
        and tokens[i].capitalised
        and tokens[i].start == start
        and nxt[0] == j + 1
        and holder.named
        and holder.role is not None
        and (holder.country is None or holder.country == first.country)
    )


def _title_after_body(
    text: str, body: Actor, end: int, nxt: tuple[int, int, int, int, Actor]
) -> bool:
    """True when a named person with a title but no body follows a body after a blank."""
    person = nxt[4]
    return (
        body.named
        and body.role is None
        and body.organization is not None
        and person.named
        and person.role is not None
        and person.organization is None
        and _blank_between(text, end, nxt[2])
    )


def _name_after_abbreviated_title(
    text: str, title: Actor, end: int, nxt: tuple[int, int, int, int, Actor]
) -> bool:
    """True for a title of a body ending in ``(ABBR)``, then a bare name after a blank.

    The abbreviation ends the title's chunk (``Chairman of the X Authority (XA) Y``), so the
    name after it is read alone: it is the title holder's. So is a name after a title and a
    bracketed wing (``Joint Secretary (CPEC) Y``).
    """
    person = nxt[4]
    if (
        title.named
        or title.role is None
        or not person.named
        or person.role is not None
        or person.organization is not None
    ):
        return False  # the usual case, told before the text is looked at
    bracketed = title.organization is not None and text[end - 1] == ")"
    wing = _WING.fullmatch(text, end, nxt[2]) is not None
    return (bracketed or wing) and (wing or _blank_between(text, end, nxt[2]))


_WING = re.compile(r"[ \t]\([A-Za-z][A-Za-z&-]{1,12}\)[ \t]")
"""A bracketed wing between a title and a name: ``Joint Secretary (CPEC) X``, in lower case
after a lower-case title too (``Authority member (projects) X``)."""


def _bracketed_wing(text: str, tokens: Sequence[_Token], j: int) -> bool:
    """True for a bracketed word at ``j`` right after a title, then the title's ``of``.

    ``Member (North) of the X Authority``, ``Director (Admin) of Y``: the word is the title's
    wing, and the body after ``of`` is the title holder's.
    """
    word = tokens[j]
    return (
        j + 1 < len(tokens)
        and tokens[j + 1].key == "of"
        and _WING.fullmatch(text, word.start - 2, word.end + 2) is not None
        and text[tokens[j - 1].end : word.start] == " ("
    )


def _lone_surname(tokens: Sequence[_Token], i: int, after: int) -> bool:
    """True for a name word alone at ``i`` after words no rule reads, then a comma and a chunk.

    ``said Chen, general manager of X``: a surname repeated after its full name has no mention
    of its own, but the appositive after it still gives the person's role and body. At a
    sentence's start (``Later, head of X Y said``) or after a title, place or body word it is
    no surname.
    """
    tok = tokens[i]
    return (
        i > 0
        and not tokens[i - 1].text  # a barrier: "said", "added" ...
        and i + 2 < len(tokens)
        and tokens[i + 1].text == ","
        and after > i + 1
        and not tok.possessive
        and _is_name_word(tok)
    )


def _lone_role(descriptor: Actor) -> bool:
    """True for a descriptor that gives a surname alone its role: a title and a named body."""
    return (
        not descriptor.named
        and descriptor.role is not None
        and descriptor.organization is not None
        and descriptor.organization[0].isupper()
    )


def _title_lead(text: str, after: int, nxt: tuple[int, int, int, int, Actor]) -> str | None:
    """The site word (after a title or rank word) from ``after`` to an appositive's title.

    ``after`` is the blank after the appositive's comma or possessor (``X, project manager of
    Y``, ``X, deputy project director at Y``, ``X, Y's site manager``): without a determiner the
    finder reads the descriptor from the title; the words before it are the title's, as a site
    is before a name. None when the words between are not such.
    """
    descriptor = nxt[4]
    if descriptor.named or descriptor.role not in _SITE_TITLES or text[after] != " ":
        return None
    words = text[after : nxt[2]].split()
    if not 0 < len(words) < 3 or words[-1] not in _SITES or nxt[2] - after > 32:
        return None
    if len(words) == 2 and words[0] not in _TITLE_WORDS and words[0] not in _RANKING:
        return None
    return " ".join(words) if text[nxt[2] - 1] == " " else None


def _blank_between(text: str, end: int, start: int) -> bool:
    """True when only blanks on one line separate two mentions."""
    gap = text[end:start]
    return gap.isspace() and "\n" not in gap


def _addressee(
    text: str, tokens: Sequence[_Token], i: int, nxt: tuple[int, int, int, int, Actor]
) -> bool:
    """True for ``to X, a Y``: X is spoken to, and the new ``a Y`` opens the next clause.

    ``Talking to Business Recorder, a senior official said``: no appositive of X's.
    """
    return (
        i > 0 and tokens[i - 1].key == "to" and text.startswith(("a ", "an ", "A ", "An "), nxt[2])
    )


def _verb_follows(text: str, start: int, end: int) -> bool:
    """True when a verb follows a definite descriptor ``text[start:end]``.

    ``…, led by Haji X, the minister said``: the descriptor is the next clause's subject, no
    appositive of X's (an appositive closes with a comma: ``X, the minister, said``).
    """
    if not text.startswith(("the ", "The "), start):
        return False
    word = _NEXT_WORD.match(text, end)
    return (
        word is not None
        and word.group(1) not in _LEXICON
        and word.group(1) not in _LINKS
        and word.group(1).endswith(("ed", "said", "told", "s"))
    )


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_LINKS = frozenset("who which whose whom that responsible based".split())
"""Words that go on an appositive after its descriptor (``the minister responsible for``)."""


_OWNERS = frozenset({"its", "his", "her", "their"})
"""Possessive determiners that may open an appositive: ``X, its country manager,``."""


def _right_after(tokens: Sequence[_Token], comma: int, i: int) -> bool:
    """True when the chunk at token ``i`` follows the comma, maybe after a determiner."""
    return i == comma + 1 or (i == comma + 2 and tokens[comma + 1].key in _DETERMINERS)


_RANKS_AND_TRADES = _RANK_WORDS | _OCCUPATIONS
"""Last words of a title before a name that an appositive's office replaces."""


def _with_role(person: Actor, descriptor: Actor) -> Actor:
    """``person`` with the role, organisation and country an appositive descriptor gives.

    A different title written before the name stays before the appositive's (``Senator X,
    chairman of Y``: ``Senator, chairman``), so either finds the person later; a rank does not
    (``Lt Gen X, Chairman of Y``: the office is the role, as after an office), nor an
    occupation (``investor X, chairman of Y``).
    """
    role = descriptor.role
    if role is not None:
        role = role.removeprefix("the ").removeprefix("The ")
        title = person.role
        if (
            title is not None
            and title.lower() not in role.lower()
            and title.rsplit(None, 1)[-1].lower().rstrip(".") not in _RANKS_AND_TRADES
        ):
            role = f"{title}, {role}"
    return attrs.evolve(
        person,
        role=role,
        organization=person.organization or descriptor.organization,
        country=person.country or descriptor.country,
    )


def is_chinese_name(actor: Actor) -> bool:
    """True for a named person with a Chinese name, so callers can tell whose side they speak for.

    A person the gazetteer knows counts by the country it gives; anyone else by the name's shape:
    a common Chinese surname, then a capitalised pinyin given name of one or two words (``Qiu
    Wenbo``, ``Deng Yue-lan``). Bodies and descriptors are no names.
    """
    if not actor.named or actor.name == actor.organization:
        return False
    entry = lookup_person(actor.name)
    if entry is not None:
        return entry.country == "China"
    words = actor.name.split()
    return (
        1 < len(words) <= 3
        and words[0].lower() in _CHINESE_SURNAMES
        and all(
            word[0].isupper()
            and len(word) <= 14
            and _PINYIN.fullmatch(word.lower().replace("-", "")) is not None
            for word in words[1:]
        )
    )


_CHINESE_SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng "
    "liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia "
    "ding wei xue ye yan lu du dai xia zhong fu shen ren yao qin qian shi jin tan liao zou xiong "
    "meng qiu hou bai kong cui kang mao gu lei fan fang shao wan yin duan hao ge lai wen niu "
    "hong you su lv lyu chang qi geng mo qiao yue tao pei xing zhai bao ouyang".split()
)
"""Common Chinese surnames in pinyin: the first word of a Chinese-shaped name."""


def is_company(actor: Actor) -> bool:
    """True for a named body whose name has a company's word (``Sanli Motors``, ``X Co. Ltd``).

    For callers that resolve ``the company`` or ``the firm`` to the latest company named.
    """
    if not actor.named or actor.role is not None or actor.organization is None:
        return False
    return any(word.rstrip(".").lower() in _COMPANY_WORDS for word in actor.name.split())


_COMPANY_WORDS = _COMPANY_HEADS | frozenset("limited ltd holdings industries textiles".split())
"""Words of a body's name that make it a company."""


def parse_actor(mention: str) -> Actor:
    """Read one mention string (``Chinese Foreign Ministry Spokesperson Mao Ning``) as an Actor.

    Text that holds no recognisable mention becomes an unnamed actor named by the text itself.
    """
    stripped = mention.strip()
    mentions = find_mentions(stripped)
    if mentions:
        return max(mentions, key=lambda m: (m.actor.named, m.end - m.start)).actor
    return Actor(stripped or mention, named=False)
