"""Extraction of visits: who travelled where, when, hosted by whom, with the sentence as evidence.

A visit needs travel wording next to a place: ``X visited Y``, ``X's visit to Y``, ``X arrived
in Y``, ``X will travel to Y``, ``X is in Y`` (``is here on a visit``: the dateline's place),
``X spent (will spend, is spending) three days in Y``, ``Y hosted X``, ``X will host Y in Z``, ``a
delegation led by X visited Y``, ``visiting Minister X met Z in Y``, ``X called on him here``
(``in Y``; ``paid a courtesy call on``, ``will call on``; an envoy's call where he is posted, a
consul's or an ambassador's in a capital, is none), ``X called at the Planning Commission``
(where the body sits, as when visited), ``X called at Karachi`` (a port call), ``will send
(bring) a team (a vice minister) to Y``, ``X drove up to Y``, ``X will lead a mission to Y``,
``X flew in`` (to where the story is told), ``X left Z (the capital) for Y``, ``X stopped
(over) in Y``, ``X came to Y``, ``X
went to Y``, ``X will travel on to Y``, ``X will land in Y``, ``take the task group on to Y``,
a ship that ``docked at``/``sailed into`` Y, ``X returned (came back, flew back, is back)
from Y``, also ``returned to Z from Y``, and ``He returned`` after ``X first came to Y`` (a
second trip to Y). A question (``Is X expected to travel to Y?``) tells no trip. Each such
*frame* is read in one sentence:

- the destination is the place right after the travel word (``to``/``in``/``the capital`` or a
  visited site such as ``the offices of a firm in`` may sit between), or right before a visit noun
  (``his China visit``); a mission or site a country owns is visited where it sits
  (``Pakistan's embassy in Y``, ``the Chinese consulate in Y`` are Y; with no place named an
  embassy sits in the host country's capital, a consulate in the dateline's city, the host
  being the dateline's country or, in the mission's own, the CPEC partner), a federal body that
  sits only in its capital (``visited the BOI Secretariat``, ``the NDRC``) that capital, a
  body its city's name opens (``visited the Lahore Chamber of Commerce``) that city.
  Places come from the gazetteer; a capitalised name it lacks counts where a
  travel word leads (``arrived in Fenwick``, with no country; ``the coastal town of Fenwick``,
  in the dateline's country). ``Shanghai and Hangzhou`` (``and then Hangzhou``) are two
  destinations, ``Shanghai on May 2 and Hangzhou on May 4`` each with its own day (legs told
  out of order are left out); ``the port``/``the
  site`` take up a place named before, ``the Chinese capital``/``the provincial capital`` that
  capital, a facility visited (``the solar park``, ``the institute``) the place the article gave
  it (the dateline's for one of the opening paragraph with none), ``the site`` the place of
  the project named nearby or in the opening paragraph, ``the Kohala site`` of ``the Kohala
  projects`` Kohala, ``China's Jiangsu province`` Jiangsu, ``the coalfield`` the place of the
  mine told before, ``the industrial city`` the city named before, an industrial estate the
  gazetteer lacks itself (``the Sundar Industrial Estate``), one it knows where it lies
  (``the Allama Iqbal Industrial City``: Faisalabad), a port named after its city the city
  (``visited Gwadar Port``: Gwadar), an airport named after a person the dateline's city,
  ``the site near X`` X as written,
  an acronym (``toured AIIC``) the name the article spells out before its bracket, ``the dam
  site`` the project's place (``the Dasu hydropower project``; a province named after the site
  only when no sentence before names its place), never a place a firm is ``-based`` in, and an
  arrival after ``, when`` the place of the clause before. Leaving for home (a city of the
  visitor's own country or titled region, after a trip abroad) is no trip;
- the visitor is a possessive in front of a visit noun (also as an object: ``preparing for
  Minister X's visit``), else the nearest subject before the travel word, else ``by``/``of X``
  after it, else a travelling body (``the committee``, ``a team of
  engineers``; one told with its leader, ``a delegation headed by X``, is X, also when X is a
  surname or told sentences before). A pronoun takes the most recent subject before it (the
  traveller of a sentence before, else its first subject, also one opening it by surname; not an
  object after ``by``/``met``/``told`` nor a quoted name, nor one known to be of the other
  gender); in ``During his visit to Y, X ...`` it is X. A title (``the minister``, ``the
  envoy``, ``the Chinese diplomat``) is the last person named with a fitting title, however far
  back; a lone surname the person named in full with it. ``I``/``we`` travelling inside a
  quote is its speaker (``“I will visit Y soon,” he said``; ``X said: “We hope to visit Y”``):
  by the guidelines a trip told in the future is planned, quoted or not, a hope as a promise.
  A return (``“We hope to come back to Y”``, ``return to``, ``be back in``) is a trip only so,
  by the speaker, or to a place the text told the same traveller going to before (not one only
  someone else visited): told of anyone else it may be going home, and its time is the
  return's, not the stay's told with it; with no place (``“We hope to come
  back in April”``) it goes where the story happens (the opening's scene, else the
  dateline's place). A quote making up its own sentence is the speaker's of the quote closing
  the sentence before. ``The delegation leader`` (``the head of the delegation``) is the one
  the delegation was led by.
  In ``At the invitation of his counterpart, X, the minister will visit Y`` X is the host and
  the minister is read back from before the invitation; in ``X accepted Y's invitation to
  visit Z`` X travels and Y hosts.
  ``Members of the X Committee`` are the committee; a body ``led by him`` is led by whom the
  pronoun stands for. A nameless title opening the story (``The governor of Punjab has begun a
  tour of Y``) is the person the next sentences name travelling there, else with that title;
  an indefinite one (``A vice chairman of X landed in Y``) the person a reception soon after
  opens with (``Zhou, who ..., was met by Z``). A second verb after ``and`` shares the first
  one's visitor (``will leave for Y to attend Z and will also visit W``), but ``, and X will``
  opens a clause of X's; a body before ``to`` travels (``expected a team to arrive at Y``), as
  does a plural group opening the sentence (``The top 20 scorers will visit Y``), keeping its
  ``from`` a named body, and a ship (``the frigate Zheng He``); ``It`` is the last leader named
  (``The mission, headed by X ... It will go on to Y``); ``His predecessor``/``Her deputy`` is
  a visitor as written; a nameless title is the person the next sentence introduces (``X, who
  took charge in May, ...``) when no one with the title is named;
- the host comes from ``at the invitation of X``, ``X's invitation``, ``received/hosted/welcomed
  by X``, ``X received/welcomed/hosted <visitor>`` or the firm owning a site visited (``visited
  Haier's plant in Y``), also in a sentence following the trip's;
- the time is the expression nearest the travel word, resolved with the clause's tense, unless it
  dates another event (in a relative clause, ``the deal signed last month``, an earlier leg
  before ``later``/``then``/``and``/``also``); a departure runs to a return told after it, a first
  day to an ``until``/``till``/``through`` day after the travel word or over a length in words
  (``for four days of talks``, ``and spent two days``, ``for a week-long round of talks``); a
  plan in the past perfect (``had been due to``) lies in the past, a time a plan is set for
  (``the visit, planned for July, was confirmed``) is the nearest, whatever the main clause's
  tense, a schedule in the present
  (``is travelling to Y on Friday``, ``leaves for Y on Tuesday``, ``pays a visit to Y on
  Sunday``, ``leads a delegation to Y``, also reported: ``said he was leaving for Y on
  Saturday``) ahead, its weekday the next such day (the article's own weekday is today); a
  length the next sentence
  gives the visitor (``She will spend four days there``) stretches a one-day trip. The
  status follows from that interval and tense at the publication date (a trip's own days
  spanning that date are under way; a trip told as over counts its days back from its last, or
  runs from its arrival to the day it ``concluded``; an arrival after ``Earlier,`` is no fresh
  one; the last one-day leg of a tour whose next leg is due this week is under way; an arrival
  in a ``, who`` clause is under way before a future main verb, over before a past one when
  undated). A trip put
  off to a
  new date (``postponed until next month``, or ``It will now take place in March`` within three
  sentences) is planned for it, and so is one moved by words right before a time (``earlier
  planned for June, will now take place in August``, ``brought forward to Saturday``); one
  put off with no new date is postponed (never a trip already
  made); one called off is cancelled (the issue asks for it; evaluation leaves such trips
  out, as the gold format cannot express them). A cancelling or postponing word undoes the
  nearest trip of its sentence (a trip noun with its own traveller, ``a trip by X was called
  off``, is X's), or, as ``The visit has been cancelled``, the trip told last. A
  trip only put off, of a visitor whose trip there is told as under way or ahead, is that trip;
- frames about the same trip (same visitor, same country and no two different places in it,
  compatible dates) merge into one visit that keeps the most informative sentence; a later
  sentence going on to a city of a trip told only by its country (``Later, he visited a plant in
  Shenzhen``) is a leg of its own, unless the city is the capital or the visitor arrives there;
  so is a city visited in the sentence that sets the country trip as its scene (``X, who is on
  a visit to China, visited Xi'an on Tuesday``), and one stayed at on a day of its own (``on
  Tuesday she was in Changsha``), while a stop on a tour of a province or region (``toured
  Gilgit-Baltistan, stopping in Hunza``) is a part of that trip. A trip made and dated and
  one still planned are never one trip. A reception (``was received at Y airport by Z``, also
  at a place the gazetteer lacks) or a
  site toured ``during his stay`` is a part of the trip told before in that country, not a trip
  of its own.

One pass of a regex of travel-word stems over the record picks the sentences worth reading;
the costlier look-ups (places, then people) run only where a place follows a travel word. Every
search is bounded to a window or capped in count, so the work grows linearly with the text.
"""

import bisect
import calendar
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence

import attrs
from dateutil.relativedelta import relativedelta

from cpecdata.extract._actors import Mention, find_mentions
from cpecdata.extract._text import Sentence
from cpecdata.gazetteer import (
    demonym_country,
    find_initiatives,
    find_places,
    lookup_initiative,
    lookup_place,
    place_at,
    place_by_id,
)
from cpecdata.model import Actor, Article, Granularity, Place, Span, Visit, VisitStatus, When
from cpecdata.timex import Tense, find_times, guess_tense, resolve

__all__ = ["extract_visits"]

_WORD_START = r"(?<!\w.)"
"""Right after a word's first letter, what ``\\b`` says before it: no word character before.

A regex opening with ``\\b`` is tried at every offset; one opening with letters (``v`` then
this, not ``\\bv``) lets the engine skip to the offsets holding them, several times faster."""
_PREFILTER = re.compile(
    r"b(?:e(?:en)? (?:in|back in|received|welcomed|greeted|hosted|met )|r(?:ing|ought) )"
    r"|d(?:epart|ue (?:in|at)|ispatch|r(?:ove|iven|iving) |ock|y (?:in|at) )"
    r"|x(?:pected (?:in|at)|cursion)"
    r"|fl(?:ew|ies|y|own|ying) |h(?:ead(?:s|ed|ing)? |ost)"
    r"|l(?:and(?:ed|s|ing)? |ead(?:s|ing)? |ed (?:a|an|the|his|her) |eav|eft )"
    r"|p(?:roceed|en(?:ds?|t|ding) )|go(?:es|ing)? (?:on )?to|went (?:on )?to"
    r"|m(?: in|ov(?:e|es|ed|ing) on to|ov(?:e|es|ing) to)|on to "
    r"|r(?:riv|e(?:ach|main|turn| in| at| here on )|oute to)"
    r"|s(?: in| at| here on | back from|et off|ojourn|t(?:ay|op)|en(?:d|t) |ail)"
    r"|t(?:our(?:s|ed|ing)?\b|ouch|ly in|r(?:avel|ip|ansit to)"
    r"|(?:ak(?:e|es|ing)|ook) (?:him|her|them|it) )"
    r"|visit|w(?:(?:as|ere) (?:in|at|received|welcomed|greeted|hosted|met )|elcom|ay to)"
    r"|c(?:all(?:s|ed|ing)? (?:on|at)|ame (?:to|back)|om(?:e|es|ing) (?:to|back))"
)
"""Stems of the travel words, matched in the lower-cased record: a cheap first filter. Every
branch opens with its own letter, so the regex engine skips the positions holding none of these
letters without trying a branch, and tries one branch at the others. No stem opens with ``e``,
``a``, ``i`` or ``n``, four of the commonest letters: ``excursion`` is found from ``xcursion``,
``arrived`` from ``rriv``, ``are in`` from ``re in``, ``am in`` from ``m in``, ``is in`` from
``s in`` and ``currently in`` from ``tly in``, as :func:`_travel_words` reads each word from its
start a few letters back. The extra stems this finds (``where in``, ``talks in``) lie in words
that no travel word starts, so they add none."""
_TRAVEL = re.compile(
    r"\b(?:(?P<noun>visit|visits|trip|trips|tour|sojourn|excursions?)\b(?=\s{1,3}(?:to|of|by)\b)"
    r"|(?P<verb>visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|reach(?:es|ed)?)\b"
    r"|(?P<arrive>(?:arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing|(?=\s{1,3}in\s))|touch(?:es|ed)\s{1,3}down)"
    r"(?:\s{1,3}(?:in|at))?|fl(?:y|ies|ew|own|ying)(?:\s{1,3}on(?=\s{1,3}to\b))?\s{1,3}(?:in(?:to)?|to)"
    r"|stop(?:s|ped|ping)?(?:\s{1,3}over)?\s{1,3}(?:in|at)|c(?:ame|omes?|oming)\s{1,3}to"
    r"|on\s{1,3}to(?=\s)"
    r"|(?:dock(?:s|ed|ing)?|sail(?:s|ed|ing)?)\s{1,3}(?:in(?:to)?|at|to)"
    r"|dr(?:ove|iven|iving)(?:\s{1,3}(?:up|down|over|across|back))?\s{1,3}to"
    r"|(?:travel(?:s|led|ed|ling|ing)?(?:\s{1,3}on)?|depart(?:s|ed|ing)?|left|leaves?|leaving|head(?:s|ed|ing)?"
    r"|set\s{1,3}off|(?:(?<=\bon his )|(?<=\bon her )|(?<=\bon their )|(?<=\bon its )"
    r"|(?<=\bon the ))way|(?<=\ben )route|(?<=\bin )transit|proceed(?:s|ed|ing)?"
    r"|(?:go|goes|going|went|mov(?:e|es|ed|ing))\s{1,3}on)\s{1,3}(?:for|to)"
    r"|(?:go|goes|going|went|move|moves|moving)\s{1,3}to"
    r"|(?:depart(?:s|ed|ing)?|left|leaves?|leaving)\s{1,3}(?:the(?:\s{1,3}[a-z-]{2,20})?"
    r"\s{1,3}(?:country|capital|city)"
    r"|(?!(?:a|an|the|it|its|them|this|that|these|those|him|her|his|their|us|me|no|room|space"
    r"|open|out|behind|office)\b)[a-z][a-z-]{1,20}(?:\s{1,3}[a-z][a-z-]{1,20})?)\s{1,3}for"
    r"|(?:(?:(?<=\bwill )|(?<=\bwould )|(?<=\balso )|(?<=\bthat )|(?<=\bwhich )|(?<=\bleg )"
    r"|(?<=\blegs )|(?<=\bvisit )|(?<=\btrip )|(?<=\btour )|(?<=\bjourney )|(?<=\bthen ))"
    r"(?:take|takes|took)|taking)\s{1,3}(?:him|her|them|it)\s{1,3}(?:also\s{1,3})?to)\b"
    r"|(?P<presence>(?:is|are|am|was|were|be|been|remain(?:s|ed)?|stay(?:s|ed|ing)?|currently"
    r"|spen(?:ds?|t|ding)\s{1,3}(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,2}|several|few)\s{1,3})?(?:[a-z-]{1,12}\s{1,3})?(?:days?|nights?|weeks?|months?)"
    r"|presently|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))already)\s{1,3}(?:in|at"
    r"|here(?=\s{1,3}on\s{1,3}(?:a|an|his|her|their|its)\s"
    r"(?:[a-z-]{1,20}\s{1,3}){0,3}?(?:visit|trip|tour)\b)))"
    r"|(?P<due>(?:due|expected)\s{1,3}(?:in|at))"
    r"\b"
    r"|(?P<lead>(?:lead|leads|leading|led|head|heads|heading|headed)\s{1,3}(?:a|an|the|his|her)"
    r"(?:\s{1,3}[a-z0-9-]{1,20}){0,3}?\s{1,3}(?:delegation|mission|team)s?"
    r"(?:\s{1,3}of(?:\s{1,3}[a-z0-9-]{1,20}){1,5}?)?\s{1,3}to)\b"
    r"|(?P<return>(?:return(?:s|ed|ing)?|c(?:ame|omes?|oming)\s{1,3}back|fl(?:ew|own|y|ies|ying)"
    r"\s{1,3}back|(?:is|was)\s{1,3}back)(?:\s{1,3}home|\s{1,3}to(?:\s{1,3}[a-z-]{2,20}){1,2}?)?"
    r"\s{1,3}from)\b"
    r"|(?P<received>(?:was|were|been)\s{1,3}(?:received|welcomed|greeted|hosted|met(?!\s{1,3}with)))\b"
    r"|(?P<hosted>host|hosted|hosts|hosting|welcome|welcomed|welcomes|welcoming)\b(?!\s{1,3}by)"
    r"|(?P<visit_noun>visit|trip|tour)\b"
    r"|(?P<call>call(?:s|ed|ing)?\s{1,3}(?:on|at))\b"
    r"|(?P<back>(?:(?:c(?:ome|oming)\s{1,3}back|return(?:ing)?)\s{1,3}to|be\s{1,3}back\s{1,3}in)\b)"
    r"|(?P<again>(?:return(?:s|ed)?|c(?:ame|omes?)\s{1,3}back)\b(?!\s{1,3}(?:from|to|home)\b))"
    r"|(?P<send>(?:send|sends|sending|sent|dispatch(?:es|ed|ing)?|bring|brings|bringing|brought)"
    r"\s{1,3}(?:a|an|the|its|their)(?:\s{1,3}[a-z0-9-]{1,20}){0,3}?"
    r"\s{1,3}(?:team|delegation|mission|minister|envoy|official|representative|advis[eo]r"
    r"|diplomat|secretary|expert|engineer|investigator)s?(?:\s{1,3}of(?:\s{1,3}[a-z0-9-]{1,20}){1,5}?)?"
    r"\s{1,3}to)\b)"
)
"""A travel word at a stem, in lower case; the branch's name is the kind of frame it opens."""
_LAND_VERB = re.compile(
    r"\b(?:will|would|to|shall|can|could|may|might|must|should|also|first|then|and)\s{1,3}\Z"
)
"""What comes before a bare ``land in`` that makes it the verb (``will land in Y``); after any
other word (``litigation over land in Y``) ``land`` is the ground."""
_CARRIED_ON = re.compile(
    r"\b(?:take|takes|taking|took|bring|brings|bringing|brought)(?:\s{1,3}[\w-]{1,20}){1,4}\s\Z"
)
"""What comes before a bare ``on to`` that travels: ``would take the task group on to Y``."""
_APPOSITION = re.compile(r",\s{1,3}(?:[a-z][\w-]{0,20}\s{1,3}){0,4}")
"""What may stand between a name and the descriptor in apposition to it (``, the planning``)."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{1,20}\b")
"""A capitalised word: maybe one word of the name of someone named earlier."""
_SHORT_NAME_TRIES = 3
_SITE = re.compile(
    r"\s{1,3}(?:the|a|an|(?P<owner>[A-Z][\w-]{0,30})[’']s)(?:\s{1,3}[\w’'-]{1,30}){1,6}?"
    r"\s{1,3}(?:in|at|of|near)"
    r"(?:(?:\s{1,3}(?:the|a|an))?(?:\s{1,3}[\w’'-]{1,30}){1,4}?\s{1,3}(?:in|at))?\s"
)
"""A visited site before its place: `` the headquarters in``, `` the offices of a firm in``,
`` Haier's plant in`` (its owner receives the visitor), `` the site near``; a site may take a
project's full name (`` the Orange Line Metro Train depot at``)."""
_ABBREVIATED_SITE = re.compile(
    r"\s{1,3}the(?:\s{1,3}(?:[A-Z][\w’'-]{0,30}|and|of|for|on|&)){1,8}?\s{1,3}\([A-Z][A-Za-z]{1,9}\)"
    r"\s{1,3}(?:in|at|near)\s"
)
"""A body named in capitals with its abbreviation before its place: `` the Marine Training and
Research Authority (MTRA) in``; tried only where the sentence holds a bracket."""
_UNNAMED_PLACE = re.compile(
    r"(?:\s{1,3}(?:in|to|at|into))?(?P<kind>\s{1,3}the(?:\s{1,3}[a-z-]{2,20}){0,2}?\s{1,3}"
    r"(?:town|village|city|port|district|tehsil|area|region|island|valley|county)\s{1,3}of)?"
    r"\s{1,3}(?P<name>[A-Z][a-z]{2,20}(?:[ -][A-Z][a-z]{2,20}){0,2})\b(?![’'-])"
)
"""A name in capitals where a travel word leads: a place the gazetteer may lack, also after
the kind of place it is (``the coastal town of``)."""
_AIRPORT = re.compile(
    r"(?:\s{1,3}(?:at|to|in|into))?(?:\s{1,3}the)?\s{1,3}(?P<name>[A-Z][\w-]{1,20}"
    r"(?:\s{1,3}[A-Z][\w-]{1,20}){0,3}?)(?:\s{1,3}International)?\s{1,3}Air(?:port|base)\b"
)
"""An airport named after a person where a travel word leads (``arrived at Allama Iqbal
International Airport``): it stands for the dateline's city, as a visit's place is the city."""
_QUESTION_ENDS = ("?", "?”", '?"')
"""How a question ends, quoted or not: it tells of no trip."""
_ACRONYM = re.compile(r"\s{1,3}(?P<name>[A-Z]{2,6})\b")
"""An acronym right after a travel word: ``toured AIIC``."""
_ACRONYM_LOOKBACK = 40
"""How many sentences back an acronym's spelled-out name is looked for (bounds hostile input)."""
_SPELLED_OUT = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]{1,25}\s{1,3}){1,5}?[A-Z][\w’'-]{1,25})\s{1,3}\Z"
)
"""The name in capitals right before an acronym's bracket: ``Allama Iqbal Industrial City``."""
_ESTATE = re.compile(
    r"\s{1,3}the\s{1,3}(?P<name>(?:[A-Z][\w’'-]{1,25}\s{1,3}){1,3}(?:Industrial\s{1,3}(?:Estate"
    r"|Zone|Park|City|Area)|(?:Special\s{1,3})?Economic\s{1,3}Zone|Free\s{1,3}Zone"
    r"|Export\s{1,3}Processing\s{1,3}Zone))\b"
)
"""An industrial estate or zone named right after a travel word: ``the Sundar Industrial
Estate``."""
_NOT_PLACE_WORDS = frozenset(
    [name.lower() for name in calendar.month_name[1:] + calendar.day_name[:]]
    + "the this that his her their its a an mr ms mrs dr minister president premier prime "
    "ambassador governor chairman chief general secretary senator university ministry office "
    "house hall company corporation group bank authority department secretariat assembly council "
    "hospital chamber embassy consulate headquarters parliament senate institute college school "
    "academy centre center forum summit conference exhibition expo fair committee commission "
    "board party army navy force command court".split()
)
"""Words that make a capitalised name after a travel word something other than a place."""
_MISSION_SEAT = re.compile(
    r"(?i)(?:embassy|consulate|consulate[\s-]general|high\s{1,3}commission|mission|office|offices"
    r"|headquarters|secretariat)\s{1,3}in\s\Z"
)
"""A diplomatic mission or an office right before the place it sits in: ``embassy in``,
``the BOI office in``."""
_SEAT_REACH = 30
"""How far before a place a mission's word may start (``consulate-general in``)."""
_MISSION_KIND = r"[Ee]mbassy|[Cc]onsulate(?:[\s-][Gg]eneral)?|[Hh]igh\s{1,3}[Cc]ommission"
_MISSION = re.compile(
    r"\s{1,3}(?:the\s{1,3})?(?:(?P<owner>[A-Z][a-z]{2,20})(?:[’']s)?\s{1,3}(?P<kind>"
    + _MISSION_KIND
    + r")|(?P<of_kind>"
    + _MISSION_KIND
    + r")\s{1,3}of\s{1,3}(?P<of_owner>[A-Z][a-z]{2,20}))\b(?![’'-]|\s{1,3}(?:in|at)\b)"
)
"""A country's mission visited with no place of its own: ``the Chinese embassy``,
``Pakistan's High Commission``, ``the Consulate General of China`` (one with ``in Y`` sits in
Y, see ``_owned_site``)."""
_PARTNER = {"China": "Pakistan", "Pakistan": "China"}
"""The country a CPEC story sets the other's missions in when its dateline does not say."""
_FIRST_PERSON = re.compile(
    r"\b(?:I|[Ww]e)(?:[’']ll)?\s{1,3}(?:(?:will|shall|would|also|soon|again|then|now|certainly"
    r"|hope|plan|intend|wish|want|like|love|look|looking|forward|to|am|are|be|going)\s{1,3}){0,5}\Z"
)
"""``I``/``we`` as the subject of a travel word, only auxiliaries and wishes between: ``I
will``, ``we hope to``, ``I look forward to`` (not ``I hope the minister will``)."""
_FIRST_PERSON_CUES = ("I ", "I’", "I'", "we ", "We ", "we’", "We’", "we'", "We'")
"""Substrings a sentence holds when ``I``/``we`` may travel in it: a cheap gate."""
_REPORTING_VERBS = r"(?:said|says|told|tells|added|adds|stated|remarked|noted|declared)\b"
_SPEAKER_AFTER = re.compile(
    r"\s{1,3}(?:(?P<pronoun>he|she)\s{1,3}"
    + _REPORTING_VERBS
    + r"|(?P<verb>"
    + _REPORTING_VERBS
    + r")\s{1,3})?"
)
"""Who speaks after a quote's closing mark: ``he said``, ``said X``, else a name that follows."""
_REPORTING = re.compile(r"\s{1,3}" + _REPORTING_VERBS)
"""A reporting verb after a speaker's name: ``,” the envoy said``."""
_SAID_BEFORE = re.compile(_REPORTING_VERBS + r"(?:\s{1,3}[\w-]{1,20}){0,2}\s{0,3}[:,]?\s{0,3}\Z")
"""A reporting verb right before a quote's opening mark: ``said:``, ``told reporters,``."""
_SAID_REACH = 40
"""How far before an opening mark its reporting verb may start."""
_SEAT = re.compile(
    r"\s{1,3}(?:the\s{1,3})?(?:(?P<Islamabad>Planning\s{1,3}Commission"
    r"|Board\s{1,3}of\s{1,3}Investment|BOI|CPEC\s{1,3}Authority|Foreign\s{1,3}Office|Aiwan-e-Sadr"
    r"|Prime\s{1,3}Minister(?:[’']s)?\s{1,3}(?:House|Office)|PM\s{1,3}(?:House|Office))"
    r"|(?P<Rawalpindi>General\s{1,3}Headquarters|GHQ)"
    r"|(?P<Beijing>National\s{1,3}Development\s{1,3}and\s{1,3}Reform\s{1,3}Commission|NDRC"
    r"|Great\s{1,3}Hall\s{1,3}of\s{1,3}the\s{1,3}People|Zhongnanhai"
    r"|Diaoyutai(?:\s{1,3}State\s{1,3}Guesthouse)?|IDCPC|CIDCA))\b(?![’'-]|\s{1,3}(?:in|at|of)\b)"
)
"""A federal body visited, named as such right after ``visited``, with no place of its own:
``visited the BOI Secretariat``. Each of these sits only in one city, the group's name (the
capital; the army's headquarters in Rawalpindi), so the visit goes there, whatever the
dateline; a body with provincial twins (``the Punjab Board of Investment``) or regional
offices is not listed."""
_FORWARD = re.compile(
    r"\bforward\s{1,3}to\s{1,3}(?:(?:his|her|their|its|the|a|an)\s{1,3})?(?:[a-z-]{1,20}\s{1,3}){0,2}\Z"
)
"""The words before a trip looked forward to: ``forward to visiting``, ``forward to her
maiden visit``."""
_LEGS_OF = re.compile(
    r"\s{1,3}(?:legs?|stops?|stopovers?|parts?|portions?)\s{1,3}of\s{1,3}(?:his|her|their|its|the)"
    r"(?:\s{1,3}[\w’'-]{1,20}){0,2}\s{1,3}\Z"
)
"""Words between the places of a trip's legs and its noun: `` legs of her China``."""
_LEGS_REACH = 60
"""How far before a trip noun :data:`_LEGS_OF` looks."""
_LAST_UNKNOWN = re.compile(
    r"\s{1,3}and\s{1,3}(?P<name>[A-Z][a-z’'-]{2,20})(?=[,.;:]|\Z|\s{1,3}(?:from|on|in|next|this"
    r"|later|to|for|with|at|between|early|late|over|during|before|after|where)\b)"
)
"""A one-word last item of a list of places, before a time, a purpose or a clause's end (also
the last of a trip's legs the gazetteer lacks: ``Lanzhou and Dunhuang legs``)."""
_LIST_GAPS = frozenset(
    {",", "and", ", and", "as well as", "&", "and then", ", and then", "and later", ", and later"}
)
"""What may separate the places of a list of destinations."""
_SITE_NOUNS = frozenset(
    "interchange zone port site plant project dam depot station park terminal bridge tunnel"
    " campus mine section".split()
)
"""Lower-case words of a site named after its place, told as a list's item: ``the Y zone``."""
_LIST_ENDS = (",", " and", " then", " later", "&", " as well as")
"""How every list gap ends: a gap between two places ending otherwise holds no dated item."""
_BE_BEFORE = re.compile(r"\b(?:is|are|am|was|were|be|been|currently|also)\s{1,3}\Z")
"""An auxiliary before ``visiting``: the verb (``is visiting``), not the adjective."""
_ENDED = re.compile(
    rf"(?:r{_WORD_START}eturn(?:ed|s|ing)|c{_WORD_START}(?:onclud(?:ed|es|ing)|omplet(?:ed|es|ing)"
    rf"|ut\s{{1,3}}short)|w{_WORD_START}rapp?(?:ed|ing|s)\s{{1,3}}up|e{_WORD_START}nd(?:ed|s|ing)"
    r"|(?:(?<=his\s)|(?<=her\s)|(?<=its\s)|(?<=their\s))return)\b"
)
"""Words before a trip noun saying the trip is over (``after concluding a visit to Y``, ``after
her return on Saturday from a visit to Y``; not ``her return visit``)."""
_ENDED_AFTER = re.compile(
    r"(?:\s{1,3}(?:to|of)(?:\s{1,3}[\w’'-]{1,30}){1,3}?)?\s{1,3}(?:ended|concluded|came\s{1,3}to"
    r"\s{1,3}an\s{1,3}end|wound\s{1,3}up|wrapped\s{1,3}up)\b"
)
"""Words right after a trip noun saying the trip is over (``his visit to Y ended on Z``)."""
_TRIP_NOUN_LEAD = r"\s{1,3}(?:(?:a|an|his|her|their|its|the)\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,3}\Z"
"""A determiner and up to three modifiers, ending right before a trip noun (``his first``)."""
_ONGOING = re.compile(
    rf"(?:o{_WORD_START}ngoing|c{_WORD_START}urrent|p{_WORD_START}resent)"
    r"\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}\Z"
)
"""``ongoing`` (and modifiers) right before a trip noun: the trip is under way."""
_BEGUN = re.compile(
    rf"h{_WORD_START}a(?:s|ve)\s{{1,3}}"
    r"(?:(?:just|now|already)\s{1,3})?(?:begun|started|commenced"
    r"|embarked\s{1,3}on|kicked\s{1,3}off)" + _TRIP_NOUN_LEAD
)
"""``has begun (a five-day)`` right before a trip noun: the trip is under way."""
_ON_TRIP = re.compile(r"\bon" + _TRIP_NOUN_LEAD)
"""``on (his first)`` right before a trip noun: the visitor is on the trip."""
_FOR_TRIP = re.compile(r"\b(?:for|on)" + _TRIP_NOUN_LEAD)
"""``for (a five-day)`` or ``on (a)`` right before a trip noun: the purpose of an arrival."""
_AFTER_TRIP = re.compile(
    rf"(?:a{_WORD_START}(?:fter|t\s{{1,3}}the\s{{1,3}}end\s{{1,3}}of)|f{_WORD_START}ollowing)"
    + _TRIP_NOUN_LEAD
)
"""``after (a two-day)`` right before a trip noun: the trip was over by the clause's time."""
_EFFECT = re.compile(
    r"(?:\s{1,3}(?:to|of|by)(?:\s{1,3}[\w’'-]{1,30}){1,3}?)?\s{1,3}(?:will|would|could|can|may"
    r"|might|(?:is|was)\s{1,3}(?:expected|likely|poised)\s{1,3}to)\s{1,3}"
    r"(?:(?:also|further|greatly|certainly|surely|definitely)\s{1,3})?(?:help|boost|strengthen"
    r"|further|deepen|enhance|promote|cement|consolidate|pave|open|bring|give|provide|contribute"
    r"|serve|prove|lead|usher|add|inject|improve|benefit|attract|expand|elevate|reinforce"
    r"|bolster|revive|accelerate|resolve|mark|send|signal|yield|result|go\s{1,3}a\s{1,3}long)\b"
)
"""What a trip noun will bring, right after it and its place: ``(to Y) will help``, ``is
expected to boost``, ``would go a long way``. Its future is the effect's, not the trip's."""
_PAST_PLAN = re.compile(
    r"\b(?:had\s{1,3}(?:been\s{1,3}(?:(?:originally|initially|first)\s{1,3})?(?:due|expected"
    r"|scheduled|set|slated|supposed)|planned|intended)|(?:was|were)\s{1,3}(?:originally"
    r"|initially|first)\s{1,3}(?:due|expected|scheduled|set|slated|supposed))\s{1,3}to\s{1,3}\Z"
)
"""A plan told in the past perfect (or as the first plan: ``was originally due to``) right
before a travel word: its time lies in the past."""
_EARLIER_UNDONE = re.compile(
    r"\bhad\s{1,3}(?P<adverb>(?:earlier|already|previously|twice|once|also)\s{1,3})?been\s{1,3}"
    r"(?P<after>(?:earlier|already|previously|twice|once)\s{1,3})?\Z"
)
"""``had (earlier) been`` right before a postponing word: the trip was put off before, and
what the article tells of it now stands. With no adverb and a new date after the word (``said
the trip had been pushed back to September``) it is reported speech: the trip is put off."""
_TO_DATE = re.compile(
    r"\s{1,3}(?:until|till|to)\s{1,3}(?:next\s|later\s|early\s|late\s|mid-?|the\s{1,3}end\s|"
    + "|".join(m.lower() for m in calendar.month_name[1:])
    + ")"
)
"""A new date right after a postponing word: ``to September``, ``until next month``."""
_PERFECT = re.compile(r"\b(?:has|have)\s{1,3}(?:(?:also|now|already)\s{1,3})?\Z")
"""``has`` (``has also``) right before ``been in``: the visitor is still there."""
_SCHEDULE_KINDS = frozenset({"verb", "arrive", "lead", "call"})
"""Kinds of travel words that tell a schedule in the present (``visits``, ``leaves for``,
``leads a delegation to``, ``is calling on``)."""
_LIGHT_VERB = re.compile(
    r"\b(?:(?:is|are|am)\s{1,3}(?:also\s{1,3})?(?:paying|making|undertaking|embarking\s{1,3}on)"
    r"|pays|makes|undertakes|embarks\s{1,3}on)" + _TRIP_NOUN_LEAD
)
"""A light verb in the present right before a trip noun: ``pays an official``, ``is making a``."""
_PRESENT_BE = re.compile(r"\b(?:is|are|am)\s{1,3}(?:also\s{1,3})?\Z")
"""A present ``is`` (``is also``) right before an ``-ing`` travel verb: a present progressive."""
_BACKSHIFTED = re.compile(
    r"\b(?:said|told\s{1,3}[\w-]{1,20}|announced|confirmed|informed)\s{1,3}(?:that\s{1,3})?"
    r"(?:(?!(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day\b)[\w’'-]{1,25}\s{1,3}){1,3}?"
    r"(?:was|were)\s{1,3}(?:also\s{1,3})?\Z"
)
"""A reported ``was`` right before an ``-ing`` travel verb: ``said he was leaving``, the
present progressive of a schedule moved into the past by the reporting verb. A day between the
reporting verb and ``was`` (``said on Monday he was``) dates the saying, not the trip, and the
trip's weekday would then count from it: that case is left to the tense."""
_WHO_BEFORE = re.compile(r",\s{1,3}who\s{1,3}(?:(?:is|are|also)\s{1,3}){0,2}\Z")
"""``, who`` (``, who is also``) right before a travel verb: it opens a relative clause."""
_WEEK = 7
"""Days in a week: a schedule's bare weekday lies fewer days than this ahead."""
_SCHEDULE_TAIL = 40
"""How far after a schedule's time a past verb taking that time is looked for, in characters."""
_KIND_TENSE = {"due": Tense.FUTURE, "guest": Tense.PRESENT}
"""Travel words whose tense is their own."""
_AUXILIARIES_ONLY = re.compile(
    r"\s{0,3}(?:(?:will|would|shall|is|are|was|were|has|have|had|also|to|set|scheduled|due"
    r"|expected|likely)\s{1,3}){1,4}"
)
"""What may stand between a host and ``host``/``welcome``: ``will also``, ``is set to``."""
_SINCE = re.compile(
    r"(?:\s{1,3}[\w’'-]{1,30}){1,4}?\s{1,3}since\s{1,3}(?:(?:19|20)[0-9]{2}\b|last\s{1,3}year"
    r"|[a-z]{1,10}\s{1,3}years)"
)
"""``since`` a year right after the place of ``is in``: a stay, not a trip (``since Monday`` is
one)."""
_TITLE_POSSESSIVE = re.compile(
    rf"[Tt]{_WORD_START}(?i:he\s{{1,3}}(?P<title>(?:[A-Za-z-]{{2,20}}\s{{1,3}}){{0,3}}?(?:minister"
    r"|premier|president|ambassador|envoy|chairman|chief|governor|general|secretary|spokesperson"
    r"|spokesman|leader|councill?or|mayor|senator))[’']s(?P<gap>(?:\s{1,3}[a-z-]{2,20}){0,3}?)"
    r"\s{1,3}\Z)"
)
"""``the foreign minister's`` (and qualifiers) right before a visit noun."""
_FRONTED = re.compile(
    r"(?:[Uu]pon|[Oo]n|[Aa]fter|[Dd]uring|[Bb]efore|[Ff]ollowing|[Ww]hile|[Aa]head|[Pp]rior|[Ss]oon"
    r"|[Ss]peaking|[Tt]alking|[Aa]ddressing|[Aa]rriving|[Ll]anding|[Vv]isiting|[Ww]rapping|[Cc]oncluding|[Ee]nding"
    r"|[Ww]inding|[Cc]ompleting|[Bb]eginning|[Ss]tarting|[Kk]icking)\b"
)
"""Words that open a phrase put before the subject: ``Upon arrival in Y, X ...``."""
_NOT_PERSON_HEADS = frozenset(
    "city park zone port plant project projects corridor road highway motorway airport railway "
    "line dam station university hospital institute authority council committee group "
    "cooperation affairs development relations planning".split()
)
_TO = re.compile(r"\s{1,3}to\s")
_RESIDENT = re.compile(r"(?i)ambassador|consul|envoy|high commissioner|charg")
"""Titles of diplomats who live where they are received."""
_ANAPHOR = re.compile(
    r"the (?:(?:industrial|coastal|border|textile|garrison|historic|ancient|old) )?"
    r"(?P<what>port city|port|country|city|site)\b"
)
"""A place named before, taken up again: ``during his visit to the port``, ``the site``. It
opens with a fixed string, which the regex engine finds fast; callers check the word start."""
_PORT_CITIES = frozenset(
    "Gwadar Karachi Pasni Ormara Shanghai Ningbo Qingdao Tianjin Dalian Xiamen Guangzhou Shenzhen"
    " Colombo Hambantota Chittagong".split()
)
"""Dateline cities a story may call ``the port city`` without naming a port before."""
_PORT_OF = re.compile(r"\bport\s{1,3}(?:city\s{1,3}|town\s{1,3})?of\s{1,3}\Z")
"""``port (city) of`` right before a place: it is told as a port."""
_HERE = re.compile(r"\bhere\b|(?<=\bin )town\b")
"""The words standing for the dateline's place: ``arrived here``, ``is in town``."""
_THE_CITY = re.compile(
    r"(?:(?<=\b(?:in|to) )|(?<=\binto )|(?<=\breached ))the\s{1,3}city\b(?!\s{1,3}of\b)"
)
"""``the city`` a travel word leads to (``arrived in the city``, ``reached the city``): the
dateline's city; not ``the city of Y``, which names its own."""
_STOPOVER = re.compile(
    r"(?:\s{1,3}(?:for|on|to|as|during)\s{1,3}(?:(?:a|an|his|her|their|its|the)\s{1,3})?"
    r"(?:[\w-]{1,20}\s{1,3}){0,2}?(?:stop-?overs?|layovers?|refuel(?:l?ing)?|transit\s{1,3}stops?)"
    r"|\s{1,3}in\s{1,3}transit)\b"
)
"""A stop on the way right after the place reached: ``landed in Y for a brief stopover``, ``in
transit`` (``transit`` alone is often mass transit)."""
_STOP_CUE = re.compile("stop|layover|transit|refuel")
"""Fixed strings in every stop-on-the-way wording: most sentences skip :data:`_STOPOVER`."""
_EN_ROUTE = ("way", "route", "transit")
"""Travel words of a trip under way to a place (``on his way to``, ``en route to``)."""
_RETURN_ON = re.compile(
    r"\b(?:return(?:s|ed)?(?:\s{1,3}(?:home|back))?|(?:fly|flies|flew|flying|head|heads"
    r"|heading|travel|travels|go|goes|going|be)\s{1,3}(?:home|back))\b"
)
"""A return told after a departure: the day after it ends the trip (``before flying home on
Saturday`` as well as ``will return on Saturday``)."""
_HOME_PLACE = re.compile(
    r"\s{1,3}(?:to|in)\s{1,3}[A-Z][\w’'-]{1,30}(?:\s{1,3}[A-Z][\w’'-]{1,30}){0,2}\s{1,3}\Z"
)
"""Where a return goes, between it and its day: ``return to Peshawar (on Wednesday)``."""
_RETURNER = re.compile(
    r"(?:He|She|They|It|The\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:delegation|team|mission|visitors"
    r"|guests))\s"
)
"""A sentence opening with who returns from a trip told before: ``The delegation will return``."""
_SENTENCE_START = operator.attrgetter("span.start")
_RETURN_REACH = 10
"""How many sentences after a stay's evidence its return is looked for."""
_NEXT_LEG = re.compile(
    rf"(?:o{_WORD_START}n\s{{1,3}}to|s{_WORD_START}top(?:s|ping)?|b{_WORD_START}efore\s{{1,3}}returning"
    rf"|n{_WORD_START}ext\s{{1,3}}leg)\b"
)
"""Wording of a tour's next leg: ``travel on to``, ``stop in``, ``before returning home``."""
_ARRIVED = ("arrived ", "landed ", "reached ")
"""Arrival words of a leg told as over: the visitor came and may still be there."""
_ELIDED_STAY = re.compile(r"(?<=\band )(?:(?:then|also|later)\s{1,3})?(?:in|at)(?=\s{1,3}[a-z])")
"""A stay whose ``will be`` is left out after ``and``: ``(will be in X ...) and in Y``."""
_LEG_DAY = re.compile(r"\s{1,3}(?:on|from|between)\s{1,3}[\w-]{0,12}\s?(?:\d|[a-z]{3,6}day\b)")
"""A day told right after a place: `` on June 4``, `` on Sunday``, `` from May 3``."""
_LEG_GAP = 30
"""At most this many characters from one leg's place to the next one's (``Y on June 2 and``)."""
_AT_PLACE = re.compile("")
"""An empty travel word at a place visited with the verb left out (``and Shanghai on May 5``)."""
_ELIDED_LEG = re.compile(
    r"(?:(?<=\band )|(?<=, ))(?:(?:then|also|later|finally)\s{1,3})?to(?=\s{1,3}[a-z])"
)
"""An onward leg whose verb is left out after ``and`` or a comma: ``(flies to X on May 3) and
to Y``, ``(to X on May 3), to Y on May 5 and to Z``."""
_DATED = re.compile(r"\d|" + "|".join(d.lower() for d in calendar.day_name))
"""A day told by number or weekday (lower case): a stop of an itinerary dated on its own."""
_TO_MAY = re.compile(r"\s{1,3}(?:to|till|until)\s{1,3}(?P<month>May)\b(?![ \t]{1,3}[A-Z0-9])")
"""``May`` as the new date right after a postponing word (``pushed back to May``), not a name
(``to May Li``); the time finder leaves a bare ``May`` unread, as it may be the modal."""
_RETURNING = re.compile(r"\bbefore\s{1,3}returning\b")
"""A return told as the end of a stay: ``before returning to China on Sunday``."""
_BACK_CUES = ("return", " home", " back")
"""Fixed strings in every return :data:`_RETURN_ON` reads: most arrivals skip it."""
_WILL = re.compile(r"\b(?:will|would|shall|due|expected|scheduled|set)\b")
"""A word making the return ahead: ``and will return on Saturday``."""
_WEEKDAY = re.compile("|".join(calendar.day_name))
"""A weekday's name: a time counted from the article date, not from a departure."""
_MAX_STAY = 60
"""The longest trip, in days, a departure and a return told with it may span."""
_DEPARTURES = ("leav", "left", "depart", "head", "set", "fl", "dr")
"""Travel words of setting off (``leaving for``, ``flew to``, ``drove back to``): they may take a
visitor home."""
_STOPPING_KINDS = frozenset({"arrive", "presence", "due"})
"""Travel words that can reach a place only to pass through it (a visit stays a visit)."""
_MAX_FRAMES = 8
"""Travel words read per sentence: bounds the work on hostile input (real sentences have 1-3)."""
_MAX_STEM_OFFSET = 12
"""How far into a word a stem may sit (``currently in`` is found from ``tly in``)."""
_MAX_ARTICLE_FRAMES = 200
"""Frames read per article: merging compares frames pairwise, so this bounds hostile input."""
_WINDOW = 200
"""How far before a travel word its subject or a pronoun is looked for."""
_FILLER = frozenset(
    "to in at into for of the a capital city port province provincial federal town district "
    "region country chinese pakistani southwestern southern northern northwestern western eastern "
    "coastal new".split()
)
_MAX_FILLER = 7
_CANCELLED = re.compile(
    rf"(?:c{_WORD_START}(?:ancel(?:l?(?:ed|ing)|s)?|all(?:ed|s|ing)?\s{{1,3}}off)"
    rf"|s{_WORD_START}(?:crap(?:ped|ping)|helv(?:ed|ing))|a{_WORD_START}bandon(?:ed|ing)"
    rf"|d{_WORD_START}rop(?:ped|ping)\s{{1,3}}from\s{{1,3}}(?:the\s{{1,3}}|its\s{{1,3}}|their\s{{1,3}})?"
    r"(?:itinerary|schedule|programme|program))\b"
)
"""Words calling a trip or a leg off: ``cancelled``, ``called off``, ``dropped from the
itinerary`` (with no new date; one told after it puts the leg off instead)."""
_POSTPONED = re.compile(
    rf"(?:p{_WORD_START}(?:ostpon(?:e[ds]?|ing)|u(?:t(?:ting)?|sh(?:ed|ing))\s{{1,3}}(?:off|back)"
    rf"|ut(?:ting)?\s{{1,3}}on\s{{1,3}}hold)"
    rf"|d{_WORD_START}e(?:fer(?:red|ring)|lay(?:ed|ing))|r{_WORD_START}eschedul(?:ed|es|ing))\b"
)
_DURING_STAY = re.compile(
    r"\b(?:during|in\s{1,3}the\s{1,3}course\s{1,3}of)\s{1,3}(?:his|her|their|the|this)"
    r"(?:\s{1,3}[\w-]{1,20}){0,2}?\s{1,3}(?:stay|visit|trip|tour|sojourn)\b"
    r"(?!\s{1,3}(?:to|of|in|by)\b)"
)
"""A phrase setting a clause inside a trip told before: ``During his stay,``."""
_A_SITE = re.compile(r"\s{1,3}(?:the|a|an)\s")
"""A determiner right after a travel word: a site is visited (``toured the dry port``)."""
_NEGATED = re.compile(
    r"(?:\bnot|n't|\bnever|\bno\s{1,3}plans?\s{1,3}to)\s{1,3}(?:(?:be|expected\s{1,3}to"
    r"|likely\s{1,3}to|planning\s{1,3}to|going\s{1,3}to|to)\s{1,3})?\Z"
)
"""A negation right before a travel word: ``will not visit``, ``is not expected to travel``."""
_ABLE = re.compile(r"\b(?:can|could)\s{1,3}(?:be\s{1,3})?\Z")
"""An ability right before a travel word: ``could be in``, ``can reach``."""
_AT_HEAD = re.compile(
    r"\b(?:at\s{1,3}the\s{1,3}head\s{1,3}of|heading|leading)\s{1,3}(?:an?|the|his|her)\s{1,3}"
    r"(?:[\w’'-]{1,30}\s{1,3}){0,3}?(?P<head>delegation|team|mission)\b"
)
"""A body its traveller heads: ``at the head of a seven-member delegation``, ``Heading a team``."""
_INTAKES = frozenset({"batch", "cohort"})
"""Heads of a body that may hold goods as well as people: travellers only when people follow."""
_PEOPLE = frozenset(
    "graduates trainees engineers doctors nurses workers officers cadets teachers journalists"
    " farmers technicians professionals pilgrims apprentices interns youths experts officials"
    " diplomats athletes players artists researchers scientists labourers volunteers".split()
)
"""People a batch or cohort of travellers is made of (``a first batch of 300 graduates``).
Students and scholars are left out: a batch of them leaving for China goes to study there for
years, which the gold does not count as a visit."""
_LED_HEADS = frozenset({"team", "mission"})
"""Bodies besides a delegation that a leader may head on a trip."""
_WHERE = re.compile(r",\s{1,3}where\b")
"""A clause set in the place just named: ``, where``."""
_OWNED_BODY = re.compile(
    r"\b(?:his|her)\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){0,2}?(?P<head>delegation|team|entourage)\b"
)
"""A travelling body told as its traveller's own: ``his 18-member delegation``, ``her team``."""
_THE_BODY = re.compile(r"\bthe\s{1,3}(?:delegation|committee|team|mission)\b")
"""A travelling body told before, taken up: ``the delegation``."""
_GUESTS = re.compile(r"the\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:guests?|visitors?)")
"""A delegation told again as its guests: ``the guests``, ``the Chinese visitors``."""
_TITLE_TAIL = re.compile(r"\s{1,3}(?:province|city|county|region|district|state)\s{1,3}")
"""The common noun ending a title's place complement: ``of China's Yunnan province``."""
_THE_TRIP = re.compile(r"\b(?:the|this|that)\s{1,3}(?:visit|trip|tour)\b")
"""A trip told before, taken up: ``the visit``."""
_NEXT_CLAUSE = re.compile(r";|,\s{1,3}(?:and|but|while|whereas)\s")
"""Where the clause after a travel word ends and another with its own tense begins."""
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s{1,3}\Z")
"""``the`` right before a trip noun: the trip told before."""
_STEP = re.compile(r"\b(?:first|also|then|next)\s{1,3}\Z")
"""A word telling a travel word right after it as one step of an itinerary: ``will first``."""
_STEP_REACH = 8
"""How far before a travel word :data:`_STEP` may start, in characters."""
_THEY = re.compile(
    r"\b[Tt]hey\s{1,3}(?:(?:will|would|shall|are|were|also|then|later|to|be|due|set)\s{1,3}){0,3}\Z"
)
"""``they (will also)`` right before a travel word: a group told before travels."""
_STOP_NOUN = re.compile(r"\b(?:[Tt]he|[Aa])\s{1,3}stop\s")
"""``A stop`` (``The stop``) before its place: the noun, a leg of a tour, not the verb."""
_PLANNED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s{1,3}(?:planned|proposed|scheduled|side|follow-up)\s{1,3}\Z"
)
"""``a planned`` (``the proposed``, ``a side``) right before a trip noun: a trip of the visitor
told before, when the sentence puts it off or calls it off."""
_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|planned|slated|fixed|proposed|rescheduled|set)(?:\s{1,3}(?:for|on|in))?"
    r"\s{1,3}\Z"
)
"""A participle of planning right before a time (``planned for``; ``in`` may open the time)."""
_NEW_DATE_GAP = re.compile(r"\s{1,3}(?:(?:until|till|to|for)\s{1,3})?")
"""What may stand between a postponing word and the new date: ``postponed (until) June``."""
_NEW_DATE_WORDS = ("until", "till", "to ", "for ", "next", "later")
"""How a new date opens when no preposition stands before it: ``postponed until June``,
``put off to next week``; ``postponed in August`` or ``on Monday`` dates the putting off."""
_RESCHEDULED_TRIP = re.compile(r"\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}?(?:visit|trip|tour)\b")
"""The trip noun ``rescheduled`` qualifies (``a rescheduled official visit``): a trip given new
dates, which is on."""
_UNDONE_STEMS = (
    *("cancel", "call", "scrap", "shelv", "abandon", "postpone", "defer", "delay", "reschedul"),
    *("put", "push", "dropped from", "dropping from"),
)
"""Fixed strings in every cancelling or postponing word: most sentences skip both regexes."""
_OF_THING = re.compile(r"\s{1,3}of\s{1,3}(?:(?:the|a|an|its|their|his|her)\s{1,3})?([\w-]{1,20})")
"""``of`` and the thing an undoing noun undoes: ``a rescheduling of the debt`` is no trip's."""
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
)
_QUALIFIER = (
    r"(?:maiden|first|first-ever|official|state|working|private|bilateral|historic|landmark"
    r"|surprise|goodwill|high-level|return|reciprocal|day-long|week-long|weeklong"
    rf"|(?:[0-9]{{1,2}}|{_NUMBER_WORDS})-(?:day|week))"
)
_QUALIFIER_WORD = re.compile(_QUALIFIER)
_SPELLED_DAYS = re.compile(
    r"\s{1,3}(?:for|(?:and\s{1,3})?sp(?:ent|ends?|ending))\s{1,3}(?:(?:(?:a|an|his|her|their)"
    r"\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:visit|trip|stay|tour)\s{1,3}of\s{1,3})?"
    rf"(?P<n>[0-9]{{1,2}}|{_NUMBER_WORDS})\s{{1,3}}(?P<unit>day|week|month)s?\b"
    rf"|an?\s{{1,3}}(?P<length>week-?long|(?:[0-9]{{1,2}}|{_NUMBER_WORDS})-(?:day|week))"
    r"\s{1,3}(?:round|series|session)s?\b)"
)
"""A trip's length in words after its travel word: ``for four days (of talks)``, ``for a visit
of three days``, ``and spent two days``, ``for a week-long round of talks``, ``for three months
of training``."""
_AFTER_DAYS = re.compile(
    rf"after\s{{1,3}}(?P<n>[2-9]|1[0-9]|{_NUMBER_WORDS})\s{{1,3}}days\s{{1,3}}"
    r"(?:in\s{1,3}(?:the\s{1,3})?[\w’'-]{2,20}|there),\s{1,3}(?:it|he|she|they|the\s{1,3}delegation)\b"
)
"""A sentence opening with the days spent at the last stop before moving on: ``After three days
in the city, it flew to Z``."""
_LENGTH_CUES = (" days", " weeks", " months", " round", " series", " session")
"""Fixed strings in every length :data:`_SPELLED_DAYS` reads: most sentences skip it."""
_SPELLED_WINDOW = 100
"""How far after a travel word its length in words may be told, in characters."""
_TRIP_WORD = re.compile(r"\b(?:visit|trip|tour|sojourn|stay)\b", re.IGNORECASE)
"""A trip word, in any case: :func:`_subject` reads it in the text as written (``Visit``)."""
_LOW_TRIP_WORD = re.compile(
    rf"(?:v{_WORD_START}[iı][sſ][iı]t|t{_WORD_START}(?:r[iı]p|our)|r{_WORD_START}oad[\s-]?show"
    rf"|s{_WORD_START}(?:ojourn|tay)|ſ{_WORD_START}(?:ojourn|tay))\b"
)
""":data:`_TRIP_WORD` in lower-cased text: there case folding matches only ``ı`` for ``i`` and
``ſ`` for ``s`` (no capital is left, ``İ`` and the Kelvin sign lower to other letters); with
``roadshow``, whose length a return from it ends (:data:`_ERRAND`)."""
_ERRAND = re.compile(
    r"\s{1,3}(?:a|an|his|her|their|its|the)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?"
    r"(?:road[\s-]?show|mission|journey)s?\s{1,3}(?:to|of|in|across)\b"
)
"""A trip of another name after ``returned from``: ``a week-long roadshow in``, ``a trade mission
to``. Being back from it, its people went there; said of a body ahead (``will hold a roadshow
in Y``) it is an event, no trip."""
_BRING = re.compile(r"\bbr(?:ing|ings|inging|ought)\s{1,3}\Z")
"""A ``bring`` right before the group it takes along: ``would bring (a group of investors)``."""
_CROWD_WORDS = re.compile(r"(?:[A-Z][a-z]{2,20}\s{1,3})?(?:[a-z][a-z-]{2,20}\s{1,3}){0,2}")
"""A demonym and a few lower-case words a plural of people may be found without (``Chinese
technical``)."""
_CUT_SHORT = re.compile(
    r"c(?<!\w.)ut\s{1,3}short\s{1,3}(?:its|his|her|their|the)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?"
    r"(?:stay|visit|trip|tour|leg)\s{1,3}(?:in|to|of|at)\s{1,3}(?P<stay>[^,;.]{1,60}?)\s{1,3}and"
    r"\s{1,3}"
)
"""A stay cut short and the ``and`` before what the visitor did next: ``cut short its stay in
Gwadar and``."""
_GROUP_STAY = re.compile(r"\b(?:its|their)\s")
"""A group's stay (``cut short its stay``): a visiting delegation goes on to a next leg, while a
person's ``returned to Y`` may be going home, which the words alone cannot tell apart."""
_LEG_AFTER_CUT = re.compile(
    r"(?P<arrive>(?:return(?:ed|s)?|(?:flew|went|headed|moved)(?:\s{1,3}on)?)\s{1,3}to)\b"
)
"""Where the tour goes on after a stay cut short: ``returned to``, ``flew on to``."""
_TRIP_OR_CALL = re.compile(
    rf"(?:v{_WORD_START}isit|t{_WORD_START}(?:rip|our)|s{_WORD_START}(?:ojourn|tay)"
    rf"|p{_WORD_START}ort\s{{1,3}}call|g{_WORD_START}oodwill\s{{1,3}}call)\b"
)
"""A trip word, or a ship's call (``a nine-day port call``), read where ``call`` is written."""
_NOUN_CUES = frozenset(
    "a an the his her their its this that my our during after before upon on recent upcoming "
    "forthcoming planned proposed scheduled second third last next latest".split()
)
_INVITATION = re.compile(
    r"\b(?:invitation\s{1,3}(?:of|from)|(?:invited|received|hosted|welcomed|greeted|met)"
    r"(?:\s{1,3}(?:at|in|on)(?:\s{1,3}[\w’'-]{1,30}){1,4}?)?\s{1,3}by)\s{1,3}"
)
_COUNTERPART = re.compile(
    r"(?:(?:his|her|their)\s{1,3})?(?:[a-z]{3,20}\s{1,3})?counterparts?,?\s{1,3}"
)
"""``his Chinese counterpart(,)`` between an invitation and the host's name."""
_INVITER = re.compile(r"[’']s\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}?invitation\b")
"""A possessive right after a name, owning an invitation: ``(Minister X)'s invitation``."""
_OWNER = re.compile(r"(?:the\s{1,3})?[a-z-]{2,20}[’']s\s{1,3}")
"""A possessive between an invitation and the host's title: ``by the province's``."""
_HOST_CUE = re.compile(r"invit|receiv|welcom|host|greet|(?:was|were) met ")
"""Stems without which a sentence names no host: skips the host patterns cheaply."""
_HOSTING_VERB = re.compile(r"\b(?:received|welcomed|hosted|greeted|hosts|welcomes|receives)\s")
_OBJECT_BEFORE = re.compile(
    rf"(?:w{_WORD_START}ith|b{_WORD_START}(?:y|riefed)|o{_WORD_START}(?:f|n)"
    rf"|t{_WORD_START}(?:o|old|ells|elling|oured)|f{_WORD_START}(?:rom|or)"
    rf"|m{_WORD_START}e(?:t|et|ets|eting)|a{_WORD_START}(?:t|nd|bout|ssured|sked)"
    rf"|i{_WORD_START}n(?:vited|formed)|c{_WORD_START}alled|u{_WORD_START}rged"
    rf"|v{_WORD_START}isited|’s|'s)\s{{1,3}}(?:the\s{{1,3}})?\Z"
)
"""An object's marker right before a name; a place or office visited (``visited the X
Secretariat``) or met at (``meetings at the finance ministry``) is an object too, so no later
travel word takes it for its traveller."""
_QUOTE_MARK = re.compile('[“”"]')
"""A quotation mark, curly or straight."""
_QUOTE_CLOSERS = frozenset(",.?!")
"""Punctuation a quote ends with right before its closing mark."""
_TOLD = ("told ", "tells ")
"""A reporting verb right before its addressee; one of no title is mostly a news outlet."""
_POSSESSOR = re.compile(r"(?P<owner>[\w-]{2,30})[’']s\s{1,3}\Z")
"""The word owning a possessive right before a name: ``Sindh's``."""
_OBJECT_PHRASE_BEFORE = re.compile(
    r"\b(?:of|for|at|with|by|from)\s{1,3}(?:an?|the)\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){0,3}\Z"
)
"""A preposition and an article, then modifiers, before a descriptor: ``of a Shanghai-based
logistics`` before ``firm`` makes it an object."""
_MEMBERS_OF = re.compile(
    r"\b(?i:members|lawmakers|officials|representatives|executives|senators|legislators)"
    r"\s{1,3}of\s{1,3}(?:the\s{1,3})?\Z"
)
"""People told as members of a body, right before its name: ``Members of the``."""
_WHO = re.compile(r",?\s{1,3}who\b")
"""A relative clause opening right after a mention: the mention is its subject."""
_LEADER = re.compile(
    rf"(?:l{_WORD_START}ed|h{_WORD_START}eaded)\s{{1,3}}by(?:\s{{1,3}}(?:its|their|the))?\s{{1,3}}\Z"
)
_HEAD_OF_BODY = re.compile(
    r"(?i)(?:the\s{1,3})?(?:(?:delegation|team|mission)\s{1,3}(?:leader|head|chief)"
    r"|(?:leader|head|chief)\s{1,3}of\s{1,3}(?:the|a|an)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,4}?"
    r"(?:delegation|team|mission))\b"
)
"""A descriptor naming the head of a travelling body: ``the delegation leader``, ``the head of
the delegation``, ``the leader of a visiting Pakistani delegation`` (the mention finder keeps
only ``the head``)."""
_LEADER_AHEAD = 3
"""How many sentences after ``the leader of a delegation`` its name is looked for."""
_FINITE = re.compile(r"\b(?:will|would|shall|is|are|was|were|has|have|had|met|meets|called|held)\b")
"""A verb opening another clause after a trip noun and a comma (``a visit, will meet``)."""
_RELATIVE = re.compile(
    r"\b(?:who|whom|which|whose|before\s{1,3}[a-z]{2,20}ing)\b|,\s{1,3}where\s{1,3}(?!(?:he|she"
    r"|they|we|the\s{1,3}(?:delegation|team|mission|minister|visitors?|guests?))\b"
    r"|it\s{1,3}(?:will|is\s{1,3}(?:scheduled|expected|due)\s{1,3}to)\s{1,3}(?!be\b))",
    re.IGNORECASE,
)
"""A relative clause (or ``before returning``) opening between a travel word and a time after
it: the time is its own. Not ``where`` the traveller does something (``where he will meet``,
``where it will hold talks``, ``it`` a delegation: not ``where it will be built``)."""
_RELATIVE_OPEN = re.compile(r",\s{1,3}(?:who|which|whose)\b")
"""A relative clause set off by a comma: ``X, who arrived last week,``."""
_PARTICIPLE = re.compile(
    r"\b(?P<noun>[a-z]{2,20})\s{1,3}(?P<verb>[a-z]{2,20}ed|built|held|laid|made|done|begun|won)"
    r"(?:\s{1,3}(?:for|on|in|to|until|till))?\s{1,3}\Z"
)
"""A lower-case noun and a participle qualifying it right before a time: ``the deal signed``."""
_PARTICIPLE_ENDS = ("ed", "built", "held", "laid", "made", "done", "begun", "won")
"""Fixed strings one of which ends every participle :data:`_PARTICIPLE` reads: at most 11
characters (blanks and a preposition) follow it, so it lies in the time's 16 before."""
_PARTICIPLE_TAIL = 16
_NOT_NOUNS = frozenset(
    "and or but then also later has have had was were is are be been being he she they it we "
    "who which that soon already visit visits trip trips tour tours stay sojourn".split()
)
"""Words before a participle that make it a verb of the clause (``and returned on Monday``),
or the trip's own (``the visit ended on Tuesday``)."""
_SCHEDULING = frozenset(
    "scheduled planned slated proposed expected fixed rescheduled postponed delayed deferred "
    "arranged confirmed".split()
)
"""Participles that date the trip itself: ``a visit scheduled for next week``."""
_ORDINAL_COUNT = re.compile(
    rf"[FfSsſTtNnEe]{_WORD_START}(?i:(?:(?<=f)(?:irst|ourth|ifth)|(?<=s)(?:econd|ixth|eventh)"
    r"|(?<=t)(?:hird|enth)|(?<=e)ighth|(?<=n)inth)(?:\s{1,3}(?:visit|trip|tour|one))?\s{1,3}\Z)"
)
"""An ordinal right before a time: ``his second (visit) this year`` counts trips. The first
letter is a class of every form case folding matches (``ſ`` for ``s``), the rest is case-blind:
so the regex opens with letters (see :data:`_WORD_START`), as :data:`_TITLE_POSSESSIVE` does."""
_ORDINAL_ENDS = ("st", "ſt", "nd", "rd", "th")
"""How every ordinal :data:`_ORDINAL_COUNT` reads ends, lower-cased: at most 11 characters
(blanks and ``visit``) follow it, so it lies in the time's 13 before."""
_ORDINAL_TAIL = 13
_THEN = re.compile(
    r"\b(?:later|then|afterwards|subsequently|thereafter|before|and|also|during\s{1,3}which"
    r"|after\s{1,3}(?!conclud|complet|end|wrapp)[a-z]{2,20}ing)\b"
)
"""A word linking a trip's leg to the one told before it in the sentence (``visited Y on Monday
and``, ``after cancelling his trip to Z``, ``during which he will also travel to Z``): a time
before it is the earlier leg's. ``after concluding a visit to Z`` dates Z's end, and ``after a
visit to Z`` too."""
_AND_THEN = re.compile(r"\band\s{1,3}(?:(?:later|then|afterwards|also)\s{1,3})?\Z")
"""A travel word coordinated with one before it, sharing its subject: ``and later``."""
_BEGAN = re.compile(
    r"\b(?:(?:that|which)\s{1,3})?(?:began|begins|started|starts|will\s{1,3}(?:begin|start))"
    r"\s{0,3}\Z"
)
"""A verb dating the trip it follows: ``a visit to Y that began (on Sunday)``, ``his visit,
his second this year, will begin (on Monday)``."""
_TITLED_NAME = re.compile(r"He\s[A-Z][a-z]{1,12}\b")
"""A Chinese name whose family name reads as the pronoun ``He`` (``Vice Premier He Chen``)."""
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]{1,20}\s\Z")
"""A capitalised word right before a capitalised ``He``: a name ending in it (``Zheng He``)."""
_ADJUNCT_OPENERS = ("after ", "while ", "before ")
"""Words opening an adjunct right before a travel verb (``after visiting``): its subject is the
main clause's."""
_SAID_THEN = re.compile(
    r"\b(?:said|says|told(?:\s{1,3}[\w-]{1,20}){1,2}|added|stated|remarked|noted"
    r"|(?:spoke|speaking|talking)(?:\s{1,3}to(?:\s{1,3}[\w-]{1,20}){1,2})?)"
    r"(?:\s{1,3}(?:on|this|last|late|early|in)?\s{0,3}[\w-]{1,20}){0,3}?"
    r"\s{1,3}(?:after|while|before)\s{1,3}\Z"
)
"""A reporting verb and its day right before an adjunct opener: ``said on Thursday after``,
``speaking to reporters after``."""
_HE_SHE = frozenset({"he", "she", "He", "She"})
"""A pronoun speaking right before a reporting verb: ``, he told reporters after``."""
_SUBJECT_GAP = re.compile(r"\s{1,3}(?:[A-Z][\w-]{1,20}[’']s\s{1,3})?")
"""What may stand between a fronted phrase's comma and the subject: ``, Sindh's``."""
_SURNAME_SUBJECT = re.compile(
    r"\s{1,3}(?:also|has|had|was|is|will|would|said|says|told|[a-z]{2,20}ed)\b"
)
"""A verb right after a name of one word, making it a subject: ``Hale also toured``."""
_PRONOUN_SUBJECT = re.compile(r"\s{1,3}(?:he|she)\b")
"""A pronoun opening the main clause after a fronted phrase."""
_PRONOUN = re.compile(
    rf"[HhSsTt]{_WORD_START}"
    r"(?:(?<=[Hh])(?:e|is|er)|(?<=[Ss])he|(?<=[Tt])he\s(?P<which>latter|former))\b"
)
"""``he``, ``his``, ``her``, ``she``, ``the latter``/``the former`` (as a word, any first case):
its first letter, then the rest of a pronoun opening with it (``(?<=[Hh])``: after an ``h``)."""
_STAND_IN = re.compile(
    r"(?<=[Hh]is|[Hh]er)\s{1,3}(?P<role>predecessor|successor|deputy|aide|spokes(?:man|woman|person)"
    r"|wife|husband|son|daughter)\b"
)
"""Someone told by a possessive and a relation (``His predecessor``): a visitor as written."""
_PRONOUN_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}
"""The gender a personal pronoun tells of its antecedent."""
_TAKEN_GENDER = {"him": "m", "her": "f"}
"""The gender the object of ``took him to Y`` tells of the traveller it stands for."""
_GENDER_TITLE = re.compile(
    r"\b(?:(?P<f>Ms|Mrs|Miss|Madam|Begum)|Mr|Mian|Sardar)\.?[ \t]{1,3}"
    r"(?P<name>[A-Z][\w’'-]{1,30}(?:[ \t]{1,3}[A-Z][\w’'-]{1,30}){0,3})"
)
"""A title telling a person's gender, with the name after it: ``Ms Rabia Gill``."""
_WOMEN_TITLES = frozenset(
    "chairwoman chairperson-designate spokeswoman businesswoman madam".split()
)
"""Words in a role telling a woman holds it."""
_WHO_OWN = re.compile(r",[ \t]{1,3}who\b[^,.;:A-Z“”\"\n]{0,40}?\b(?P<own>his|her)\b")
"""``, who`` opening a clause about the name before it, whose gender ``his``/``her`` then
tells: ``Bhatti, who is on her first trip``. No name may stand between (``, who thanked Li for
his help`` speaks of Li)."""
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w’'-]{1,30}(?:[ \t]{1,3}[A-Z][\w’'-]{1,30}){0,2})\Z")
"""The capitalised words of a name right before a comma: ``Sadia Tariq Bhatti``."""
_OWN = re.compile(r"\b(?:his|her)\b")
"""A possessive pronoun: after a sentence's opening subject it tells that subject's gender."""
_AUXILIARY = (
    r"(?:will|would|shall|is|are|was|were|has|have|had|also|may|might|could|can|to|plans?"
    r"|recently|currently|on|in|last|this|next|arrived|visited|led|headed)\b"
)
_FUNCTION = r"(?:the|a|an|of|from|in|at|to|for|with|and|who|which|that)\b"
_BODY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s{1,3}"
    r"(?P<mods>(?:(?!(?:an?|the|its|their|this|said|told|says)\b)[\w’'-]{1,30}\s{1,3}){0,4}?)"
    r"(?P<head>(?i:delegation|committee|commission|panel|team|mission|group|caucus|contingent"
    r"|batch|cohort))(?:s|es)?\b"
    rf"(?:\s{{1,3}}(?:of|from)(?:\s{{1,3}}(?:the|a|an))?"
    rf"(?:\s{{1,3}}(?!{_AUXILIARY}|{_FUNCTION})[\w’'-]{{1,30}}){{1,4}}"
    r"(?:\s{1,3}[A-Z][\w’'-]{1,30}){0,2}"
    r"(?:\s{1,3}of(?:\s{1,3}[A-Z][\w’'-]{1,30}){1,3})?"
    r"(?:\s{1,3}(?:and|&)\s{1,3}[A-Z][\w’'-]{1,30})?"
    rf"(?:\s{{1,3}}from(?:\s{{1,3}}(?:the|a|an))?"
    rf"(?:\s{{1,3}}(?!{_AUXILIARY}|{_FUNCTION})[\w’'-]{{1,30}}){{1,4}})?)?"
)
"""A body that travels: ``a Chinese business delegation``, ``the committee``, ``a team of
engineers`` (its ``of`` phrase stops at an auxiliary, adverb or function word: ``a team of X
will visit``; a name in capitals goes on: ``a team from the Ministry of Finance``, ``a team of
the China Overseas Port Holding Company``, ``of the Chamber of Commerce and Industry``, ``a group of
teachers from Yunnan University``, and so does where the people come from after their ``of``
phrase, told as their own ``from`` phrase is: ``a team of engineers from the firm's head
office``)."""
_BODY_HEAD = re.compile(
    r"(?i:delegation|committee|commission|panel|team|mission|group|caucus|contingent|batch|cohort)"
)
"""The heads of :data:`_BODY` alone, looked for before it: a cheap test that skips most windows."""
_RELATIVE_GAP = re.compile(
    r",?\s{1,3}(?:that|which|who)\s{1,3}(?:(?:had|has|have|was|were|is|are|will|would|also)"
    r"\s{1,3}){0,2}\Z"
)
"""A relative pronoun (and auxiliaries) right before a travel word: ``that visited``."""
_LED_BY = re.compile(
    r",?\s{1,3}(?:led|headed)\s{1,3}by(?:\s{1,3}(?:its|their|the))?(?:\s{1,3}[a-z-]{2,20}){0,2}"
    r",?\s{1,3}(?=[A-Z]|(?:him|her)\b)"
)
"""``led by (its chairman(,))`` after a body, up to its leader's name or a pronoun for it."""
_HEADING = re.compile(
    r"\b(?:(?:is|was|are|were|will\s{1,3}be)\s{1,3}(?:heading|leading)|heads|leads"
    r"|will\s{1,3}(?:head|lead))\s{1,3}\Z"
)
"""A verb telling its subject leads the body right after it: ``is heading the delegation``."""
_CLAUSE_IT = re.compile(
    r",\s{1,3}it\s{1,3}(?:(?:will|would|then|also|later|has|had)\s{1,3}){0,2}\Z"
)
"""``, it`` (and auxiliaries) right before a travel word: ``After two days there, it flew``."""
_CLAUSE_IT_REACH = 30
"""How far before a travel word its ``, it`` is looked for."""
_HEADING_REACH = 30
"""How far before a body its ``is heading`` is looked for."""
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|latest|last|next|only)\b", re.I)
_CALENDAR = "(?:" + "|".join([*calendar.day_name, *calendar.month_name[1:]]) + r")\b"
_NAMED_BODY = re.compile(
    r"(?:(?!The\b)[A-Z][\w’'-]{0,30}\s{1,3}){1,5}(?P<head>Delegation|Committee|Commission|Panel"
    r"|Team|Mission|Group|Caucus)\b"
    rf"(?:\s{{1,3}}(?:on|for|of)(?:\s{{1,3}}(?!{_CALENDAR})[A-Z][\w’'-]{{0,30}}){{1,4}})?"
)
"""A body named in capitals (``Senate Standing Committee on Planning``, not ``on Monday``)."""
_AND_VERB = re.compile(
    r"\band\s{1,3}(?:(?:will|would|shall|is|are|was|were|also|then|later|to)\s{1,3}){0,3}\Z"
)
"""``and (will also)`` right before a travel word: a verb sharing the subject of the one before."""
_TRIP_BY = re.compile(r"(?:visit|trip|tour|sojourn)s?\s{1,3}by\s")
"""A trip noun with its traveller after ``by``: ``a planned visit by the minister``."""
_PLURAL_GROUP = re.compile(
    r"(?P<group>(?:[Tt]he|[Aa]ll|[Ss]ome|[0-9]{1,4}|[A-Z][a-z]{2,8})\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?"
    r"[a-z]{2,20}(?:er|or|ist|ant|ent|ian|ee|ial|ate|ete)s"
    r"(?:\s{1,3}from(?:\s{1,3}the)?(?:\s{1,3}[A-Z][\w’'-]{1,30}){1,4})?)\s{1,3}"
    r"(?:(?:will|would|shall|are|were|have|had|also|to|due|set|expected|scheduled)\s{1,3}){0,4}"
)
"""People told as a plural group opening the sentence, up to its travel word: ``The five
winning engineers (will)``, ``The top 20 scorers``, ``Twelve students from X``."""
_SOURCE_BEFORE = re.compile(
    r"\b[Aa]ccording\s{1,3}to(?:\s{1,3}(?:the|his|her|its|their))?\s{1,3}\Z"
)
"""``According to (his)`` right before a mention: the mention is a source, not the subject."""
_MEMBERS = re.compile(
    r"\b[Tt]he\s{1,3}(?:lawmakers|legislators|parliamentarians|MPs|MNAs|senators|delegates)"
    r"\s{1,3}(?:(?:will|would|shall|are|were|also|then|to|due|set|expected|scheduled)\s{1,3}){0,4}\Z"
)
"""Members of a delegation told as such right before the travel word (``the lawmakers will``):
after ``a delegation led by X`` they stand for X, as the gold names a delegation by its leader."""
_RANKED = re.compile(
    r"\bthe\s{1,3}(?:most\s{1,3}[a-z-]{2,20}|first|only|last|second|third|[a-z]{2,12}est)"
    r"(?:\s{1,3}[\w’'-]{1,30}){1,4}?\s{1,3}to\s{1,3}\Z"
)
"""A person or body ranked among those who made a trip, up to its infinitive: ``the first
Pakistani governor to``, ``the most senior Chinese official to``. It describes someone and
tells no trip of its own (``visit Y since 2019``)."""
_RANK_REACH = 80
"""How far before the infinitive's travel word :data:`_RANKED` looks."""
_VESSEL = re.compile(
    r"\b(?:ship|vessel|frigate|destroyer|corvette|cruiser|submarine|carrier)\s{1,3}"
    r"(?P<name>[A-Z][\w-]{1,20}(?:\s{1,3}[A-Z][\w-]{1,20}){0,2})\s{1,3}\Z"
)
"""A ship named right before its travel word (``the frigate Zheng He docked``): a visitor."""
_AGENT = re.compile(r"(?:\s{1,3}to(?:\s{1,3}[\w’'-]{1,30}){1,4}?)?\s{1,3}(?:of|by)\s{1,3}")
_VAGUE_PAST = re.compile(r"recent|earlier|lately|so far")
_VAGUE_FUTURE = re.compile(r"soon|shortly|upcoming|forthcoming|coming|next|future")
_TRIP_NOUNS = ("noun", "visit_noun")
_BARE_NOUNS = frozenset({"visit", "visits", "trip", "tour"})
_CAPITAL_OF = dict(
    pair.split(":")
    for pair in "China:Beijing|Pakistan:Islamabad|Afghanistan:Kabul|Iran:Tehran|India:New Delhi|"
    "Qatar:Doha|United States:Washington|United Kingdom:London|United Arab Emirates:Abu Dhabi|"
    "Saudi Arabia:Riyadh|Russia:Moscow|Turkey:Ankara|Bangladesh:Dhaka|Sri Lanka:Colombo|"
    "Nepal:Kathmandu|Uzbekistan:Tashkent|Tajikistan:Dushanbe|Kazakhstan:Astana|"
    "Kyrgyzstan:Bishkek|Japan:Tokyo|Oman:Muscat".split("|")
)
"""The capital of each country by its gazetteer name: ``the Chinese capital`` is Beijing."""
_CAPITALS = frozenset(_CAPITAL_OF.values())
"""Capitals, which news name for their country: a visit to Islamabad is a visit to Pakistan."""
_PROVINCIAL_CAPITAL_OF = dict(
    pair.split(":")
    for pair in "Punjab:Lahore|Sindh:Karachi|Balochistan:Quetta|Khyber Pakhtunkhwa:Peshawar|"
    "Gilgit-Baltistan:Gilgit|Azad Jammu and Kashmir:Muzaffarabad|Xinjiang:Urumqi|Yunnan:Kunming|"
    "Sichuan:Chengdu|Guangdong:Guangzhou|Zhejiang:Hangzhou|Jiangsu:Nanjing|Shandong:Jinan|"
    "Hubei:Wuhan|Hunan:Changsha|Fujian:Fuzhou|Tibet:Lhasa|Shaanxi:Xian|Gansu:Lanzhou|"
    "Guangxi:Nanning".split("|")
)
"""The capital of each province or region: ``the provincial capital`` after Sindh is Karachi."""
_STOPPING = ("stopping", "visiting", "touring")
"""Participles telling a stop on a tour told just before (``, stopping in Hunza``)."""
_CAPITAL = re.compile(r"the\s{1,3}(?:(?P<owner>[a-z-]{3,20})\s{1,3})?capital\b(?:\s{1,3}city\b)?")
"""A capital named by its country or province: ``the Chinese capital``, ``the provincial
capital``, ``the capital``. Callers check the word start and that no name follows."""
_FACILITY = re.compile(
    r"\s{1,3}the\s{1,3}(?P<what>(?:[a-z0-9-]{2,20}\s{1,3}){0,2}(?:park|zone|farm|plant|dam"
    r"|complex|refinery|factory|mine|harbour|terminal|airport|hospital|jetty|berth|institute"
    r"|university|college|school|campus|sez|site|coalfield|quarry|barrage|shipyard|mill|camp))\b"
)
"""A facility right after a travel word, in lower case: ``visit the solar park``, ``the project
site`` (a bare ``the site`` is a place taken up, :data:`_ANAPHOR`)."""
_SITE_OWNERS = frozenset({"project", "dam", "plant"})
"""Words of ``the dam site``: a site of the project told nearby when no such facility is named."""
_FACILITY_FORMS = {
    "zone": ("zone", "sez"),
    "sez": ("sez", "zone"),
    "coalfield": ("coalfield", "mine", "coal"),
}
"""Facilities written two ways: ``the zone`` after ``the Rashakai SEZ``, ``the coalfield``
after ``the Thar coal mine``."""
_PROJECT_WORD = re.compile(
    r"(?:\s{1,3}[\w-]{1,20}){0,4}?\s{1,3}(?P<noun>projects?|dams?|hydropower|hydel|scheme)\b"
)
"""A project noun right after a name, a few words allowed: `` projects``, `` hydropower``."""
_PLANT_NOUNS = ("Plant", "Station", "Dam", "Barrage")
"""Heads of a plant's name in capitals: a cheap test before :data:`_NAMED_PLANT`."""
_NAMED_PLANT = re.compile(
    r"\b(?!(?:The|This|That|Its|Their|Our|New|Old)\b)(?P<place>[A-Z][a-z]{2,20})(?:\s{1,3}[A-Z][\w-]{1,20}){0,3}\s{1,3}(?:Plant|Station|Dam"
    r"|Barrage)\b"
)
"""A plant named in capitals after a place: ``Qadirabad Nuclear Power Plant``, ``Warsak Dam``."""
_LOCATED = re.compile(r"(?:\s{1,3}[\w-]{1,30}){0,3}?\s{1,3}(?:in|at|near)\s{1,3}")
"""What may stand between a facility's name and its place: `` in``, `` is being built near``."""
_IN_NAME = re.compile(r"(?:\s{1,3}(?!(?:and|or|the|to|from|between)\b)[\w-]{1,20}){0,3}\s{1,3}")
"""What may stand between a place and a facility named after it: `` coal power ``, no link
(``between Islamabad and the dam`` names no dam at Islamabad)."""
_NEAR = 40
"""How far after ``in``/``at`` a facility's place may be named: ``at the University of X``."""
_CALLED_ON = re.compile(r"\s{1,3}(?:him|her|them|(?:the\s{1,3})?[A-Z])")
"""Whom a visitor calls on: a person (``him``, ``Prime Minister X``, ``the Governor``)."""
_URGES = re.compile(r"\s{1,3}to\s")
"""``to`` after a body called on: ``called on the Planning Commission to release funds`` urges."""
_FUNCTION_WORDS = frozenset("he she it they we the this that these those his her its their".split())
"""Capitalised words opening a sentence that are no one's name."""
_OF_NAME = re.compile(r"\s{1,3}of\s{1,3}[A-Z]")
"""``of`` and a name after a kind of place: ``the city of Multan``, ``the capital of Sindh``."""
_NEAR_NAME = re.compile(r"\s{1,3}near\s{1,3}[A-Z]")
"""``near`` and a name after ``the site``: ``the site near Shahdara`` is told by its place."""
_NAMED_AFTER = re.compile(r",?\s{1,3}[A-Z]")
"""A name right after a descriptor (``the Chinese capital, Beijing``): the name is the place."""
_Place = tuple[int, int, Place]
_UNDONE = (VisitStatus.CANCELLED, VisitStatus.POSTPONED)
"""The statuses of a trip called off or put off, the first one winning over the second."""
_Undoing = tuple[int, int, VisitStatus]
"""A word calling a trip off or putting it off: where it starts and ends, and the status."""
_Travel = tuple[str, "re.Match[str]"]
"""A travel word: its kind (the name of its _TRAVEL branch, or ``visit_noun``) and match."""
_PLACE_START = operator.itemgetter(0)
_PLACE_END = operator.itemgetter(1)
_MENTION_START = operator.attrgetter("start")
_MENTION_END = operator.attrgetter("end")
"""Sort keys of places and mentions by offset, for bisect (C getters: no Python call)."""
_LOOKBACK_SENTENCES = 6
"""How many sentences back a pronoun looks for the person it stands for."""
_NAME_LOOKBACK_SENTENCES = 40
"""How many sentences back a title or surname looks: only sentences holding its words are read."""
_ROLE_SYNONYMS = {
    "envoy": ("ambassador", "consul", "commissioner", "envoy"),
    "premier": ("premier", "prime"),
    "diplomat": ("ambassador", "consul", "commissioner", "envoy", "diplomat"),
}
"""Descriptor heads that stand for titles with other words (``the envoy`` for an ambassador)."""
_SCOPE_WORDS = {"provincial": "federal", "federal": "provincial"}
"""Descriptor words telling a title's scope, each with the title word that rules it out."""
_ABBREVIATIONS = {
    "pm": "prime minister",
    "fm": "foreign minister",
    "cm": "chief minister",
    "coas": "chief of army staff",
}
"""Titles written short in Pakistani news, read in full when titles are compared."""
_MAIN_VERB_SPAN = 30
"""How far after a closed ``, who`` clause its main clause's verb is read, in characters."""
_PAST_MAIN_VERBS = frozenset("said told met spoke gave took saw".split())
"""Irregular past verbs opening a main clause after a ``, who`` clause (``, said``)."""
_ARRIVAL_DAYS = 2
"""An arrival this many days before publication, with no end given, is still under way."""
_PRESENT_DAYS = 7
"""A trip told in the present tense with a day this recent is still under way."""
_ASIDE_PENALTY = 60
"""Extra distance, in characters, for a time set off before the travel word by a comma."""
_AGENT_GAP = 80
"""How long ``by X in`` may be between ``was received`` and its place, in characters."""
_TIME_WINDOW = 120
"""How far from a travel word its time expression may sit, in characters."""
_GRANULARITY_RANK = {
    Granularity.DAYS: 8,
    Granularity.DAY: 7,
    Granularity.WEEK: 5,
    Granularity.PART_OF_MONTH: 4,
    Granularity.MONTH: 3,
    Granularity.PART_OF_YEAR: 2,
    Granularity.YEAR: 1,
    Granularity.UNRESOLVED: 0,
}


@attrs.frozen
class _Frame:
    """One trip as one sentence reports it, before the frames of a trip are merged.

    Attributes:
        visitor: Who travels.
        destination: Where to; None for a later mention of a trip (``the two-day trip``), which
            only adds its date and qualifiers to the trip it refers to.
        sentence: The sentence read.
        status: The trip's status as this sentence gives it.
        host: Who received or invited the visitor, if the sentence says.
        when: The time expression nearest the travel word, if any.
        qualifiers: Words qualifying the visit in the sentence.
        confidence: How sure the rule that read it is.
        order: Index of the sentence, for reading order.
        score: How informative the sentence is, to choose the evidence when merging.
        pronoun: True when the visitor was found by resolving a pronoun.
        onward: True when the travel word goes on to a place (``visited``, ``will travel
            to``), not arriving or being there (``arrived in``, ``is in``).
        rescheduled: True when the sentence puts the trip off to the new date ``when`` holds.
        part: True when the frame tells a part of a trip told before (``was received at Y
            airport by Z``, ``During his stay, he toured Y``), not a trip of its own.
        last_day: True when ``when`` is the day the trip ended (``concluded his visit on
            Tuesday``): the trip may have begun any day before.
        stop: True for a stay dated with days of its own (``will be in Y from May 12 to 14``):
            an itinerary's stop, a leg of its own within a trip told by its country.
        days: How many days the sentence says the trip lasts in words (``for four days``),
            0 when it does not or says one (a single day stretches nothing).
        leg: True for a leg the trip is told to take its visitor on (``a visit that will
            also take her to Y``): a trip of its own beside the trip to Y's country told in the
            same sentence.
        step: True for a travel word told as one step of an itinerary (``will first travel
            to``, ``will also visit``): even the capital is then a leg, not the country's trip.
        cut: True when ``when`` is the day a stay was cut short (``cut short its stay in Y and
            returned to Z on Thursday``): the trip ends then, whatever length was planned.

    """

    visitor: Actor
    destination: Place | None
    sentence: Sentence
    status: VisitStatus
    host: Actor | None
    when: When | None
    qualifiers: tuple[str, ...]
    confidence: float
    order: int
    score: int
    pronoun: bool
    onward: bool
    rescheduled: bool = False
    part: bool = False
    last_day: bool = False
    days: int = 0
    stop: bool = False
    leg: bool = False
    step: bool = False
    cut: bool = False


class _Context:
    """The article being read, with per-sentence caches of the costlier look-ups.

    Attributes:
        article: The article.
        sentences: Its sentences.
        source: The article's source in lower case, offsets kept.
        home: The dateline's place, if the gazetteer knows it.
        visitors: Named visitors of the frames read so far, with their sentence's index.
        leader: Who led the last delegation named with its leader (``led by X``).
        leaders: Every leader named so far (``led by X``), with the index of its sentence.
        bodies: The words of the body each leader led, by the leader's name (``a delegation
            from Xinjiang``): where the body comes from is the leader's home too.
        firsts: Where each named visitor first came, told as such (``X first came to Y``).
        groups: Groups of people travelling unnamed (``a batch of 300 graduates``), with the
            index of their sentence: whom a later ``they`` may stand for.

    """

    def __init__(self, article: Article, sentences: Sequence[Sentence]) -> None:
        self.article = article
        self.sentences = sentences
        self.source = _lower(article.source)
        self.home = lookup_place(article.dateline) if article.dateline else None
        self.visitors: list[tuple[int, Actor]] = []
        self.leader: Actor | None = None
        self.leaders: list[tuple[int, Actor]] = []
        self._mentions: dict[int, list[Mention]] = {}
        self._times: dict[tuple[int, Tense | None], list[tuple[int, int, When]]] = {}
        self._places: dict[int, list[_Place]] = {}
        self._genders: dict[str, str] | None = None
        self.bodies: dict[str, str] = {}
        self.firsts: dict[str, Place] = {}
        self.groups: list[tuple[int, Actor]] = []

    def lead(self, index: int, leader: Actor) -> None:
        """Record that sentence ``index`` names ``leader`` as the leader of a delegation."""
        self.leader = leader
        self.leaders.append((index, leader))

    def mentions(self, index: int) -> list[Mention]:
        """Actor mentions of sentence ``index`` (computed once), cut before a trip's place."""
        if index not in self._mentions:
            found = find_mentions(self.sentences[index].text)
            self._mentions[index] = [
                _before_place(m) if " to " in (m.actor.role or "") else m for m in found
            ]
        return self._mentions[index]

    def low(self, index: int) -> str:
        """Sentence ``index`` in lower case, offsets kept."""
        span = self.sentences[index].span
        return self.source[span.start : span.end]

    def times(self, index: int, tense: Tense | None) -> list[tuple[int, int, When]]:
        """Time expressions of sentence ``index`` resolved with ``tense`` (computed once)."""
        key = (index, tense)
        if key not in self._times:
            text = self.sentences[index].text
            self._times[key] = find_times(text, self.article.date, tense)
        return self._times[key]

    def place_before(
        self, index: int, offset: int, places: list[_Place], what: str
    ) -> Place | None:
        """The last place of a kind named before ``offset`` in sentence ``index`` or earlier.

        ``what`` is ``port`` (a place named as a port, or told as one: ``Gwadar port``, ``the
        port city of Gwadar``), ``country``, ``province`` (one with a capital known), ``any``,
        or ``city``/``site``/``port city`` (a place inside a country). ``places`` are sentence
        ``index``'s own; earlier sentences are looked up once each. A place telling where a firm
        is based (``Shenzhen-based``) is none of these.
        """
        for i in range(index, max(-1, index - _LOOKBACK_SENTENCES), -1):
            found = [p for p in places if p[1] <= offset] if i == index else self.places(i)
            low = self.low(i)
            for start, end, place in reversed(found):
                if low.startswith("-based", end):
                    continue  # "Shenzhen-based Lanxin Cloud" tells where a firm is from
                if what == "port":
                    fits = "port" in place.name.lower() or _told_as_port(low, start, end)
                elif what == "province":
                    fits = place.name in _PROVINCIAL_CAPITAL_OF
                elif what == "any":
                    fits = True
                else:
                    fits = _specific(place) != (what == "country")
                if fits:
                    return place
        return None

    def person_before(
        self,
        index: int,
        offset: int,
        role: str | None = None,
        skip: int = 0,
        surname: str | None = None,
        anyone: bool = False,
    ) -> Actor | None:
        """The most recent named person before ``offset`` in sentence ``index`` or earlier ones.

        Subjects come first: a person named after ``by``/``with``/``met`` is taken only when no
        subject fits (``X called on Y during his visit`` is X's visit). With ``role``, only a
        person whose title fits it (``the prime minister`` is the last ``Prime Minister X``,
        ``the envoy`` the last ambassador); with ``surname`` only one named in full with that
        word (``Xi`` for Xi Jinping, ``Shehbaz`` for Shehbaz Sharif; not ``Ambassador Xi``
        repeating the surname alone); ``skip`` passes over that many people; ``anyone`` takes
        objects as readily as subjects (``the latter``). A title or surname is looked for
        further back than a pronoun, in the sentences that hold its words only, so the look-ups
        stay few.
        """
        fits = _RoleTest(role) if role else None
        depth = _NAME_LOOKBACK_SENTENCES if role or surname else _LOOKBACK_SENTENCES
        fallback: Actor | None = None
        for i in range(index, max(-1, index - depth), -1):
            text = self.sentences[i].text
            if i != index and not _may_name(text, self.low(i), fits, surname):
                continue
            limit = offset if i == index else len(text)
            for m in reversed(self.mentions(i)):
                if (
                    m.end > limit
                    or not _is_person(m.actor)
                    or _modifier(text, m)
                    or (fits and not fits(m.actor.role))
                    or (
                        surname and (surname not in m.actor.name.split() or m.actor.name == surname)
                    )
                ):
                    continue
                if skip:
                    skip -= 1
                elif anyone or not _object_position(text, m.start):
                    return m.actor
                else:
                    fallback = fallback or m.actor
        return fallback

    def antecedent(self, index: int, offset: int, gender: str = "") -> Actor | None:
        """The person a pronoun at ``offset`` stands for: the most recent subject before it.

        In the pronoun's own sentence the nearest person before it in subject position wins
        (``X welcomed Y on his arrival``). In each sentence before, the traveller read there
        wins (the subject of its trip, also one the actor finder missed: ``Lu also toured Z``),
        then the first person named there in subject position. Not in subject position are
        people after ``by``/``with``/``met`` and inside a quotation; a title counts as the
        person it stands for (``The envoy was received by Y``). An object is taken only when
        no subject is found. A person known to be of another ``gender`` than the pronoun's
        (``m`` or ``f``) is passed over. For ``she`` a woman the article tells of, within the
        sentences looked back over, wins over a nearer person of no known gender: news marks
        women (``Ms``, ``her``) far more than men, so an unmarked name is most often a man's.
        """
        fallback: Actor | None = None
        unsure: Actor | None = None  # for "she", the nearest found of no known gender
        strict = gender == "f"
        for i in range(index, max(-1, index - _LOOKBACK_SENTENCES), -1):
            read = next((v for at, v in reversed(self.visitors) if at == i), None)
            if read is not None and not self.fits_gender(read, gender):
                read = None
            if read is not None and i != index:
                if not strict or self.gender_of(read) == gender:
                    return read
                unsure = unsure or read
                continue
            text = self.sentences[i].text
            limit = offset if i == index else len(text)
            mentions = [m for m in self.mentions(i) if m.end <= limit]
            opener = self._opening_surname(i, mentions) if i != index else None
            if opener is not None and self.fits_gender(opener, gender):
                if not strict or self.gender_of(opener) == gender:
                    return opener
                unsure = unsure or opener
                continue
            quoted = _quoted(text, mentions)
            subjects: list[Actor] = []
            objects: list[Actor] = []
            ordered = reversed(mentions) if i == index else iter(mentions)
            for m in itertools.islice(ordered, _MAX_FRAMES):
                if m.start in quoted or _modifier(text, m):
                    continue
                actor = m.actor
                if not actor.named and actor.role:
                    actor = self.resolve(i, m.start, actor)
                if not _is_person(actor) or not self.fits_gender(actor, gender):
                    continue
                if not _object_position(text, m.start):
                    subjects.append(actor)
                elif actor.role or not text.endswith(_TOLD, 0, m.start):
                    objects.append(actor)  # "told Xinhua": an outlet addressed, no antecedent
            told = [a for a in subjects + objects if gender and self.gender_of(a) == gender]
            if told:  # one known to be of the pronoun's gender comes first
                return told[0]
            if subjects and not strict:
                return subjects[0]
            unsure = unsure or (subjects[0] if subjects else None)
            fallback = fallback or read or (objects[-1 if i != index else 0] if objects else None)
        return unsure or fallback

    def fits_gender(self, actor: Actor, gender: str) -> bool:
        """True unless ``actor`` is known to be of another gender than ``gender`` (or ``""``).

        The article tells it by a title before the name (``Mr``, ``Ms``, ``Sardar``, ``Begum``),
        a woman's title in the role (``chairwoman``), or ``his``/``her`` after the person opening
        a sentence (``X inspected the port with her team``) or in a ``, who`` clause after the
        name (``said X, who is on her first trip``). Learnt once per article, when a
        pronoun is first resolved.
        """
        if not gender:
            return True
        return self.gender_of(actor) in ("", gender)

    def gender_of(self, actor: Actor) -> str:
        """``m`` or ``f`` when the article tells ``actor``'s gender, else ``""``."""
        if any(word in _WOMEN_TITLES for word in (actor.role or "").lower().split()):
            return "f"
        if self._genders is None:
            self._genders = self._learn_genders()
        known = {self._genders.get(word, "") for word in actor.name.split()} - {""}
        return known.pop() if len(known) == 1 else ""

    def _learn_genders(self) -> dict[str, str]:
        """The gender of each name word the article tells one of (see :meth:`fits_gender`)."""
        out: dict[str, str] = {}
        source = self.article.source
        for m in itertools.islice(_GENDER_TITLE.finditer(source), _MAX_ARTICLE_FRAMES):
            for word in m["name"].split():
                out.setdefault(word, "f" if m["f"] else "m")
        relatives = _WHO_OWN.finditer(source) if ", who " in source else ()
        for m in itertools.islice(relatives, _MAX_ARTICLE_FRAMES):
            named = _NAME_BEFORE.search(source, max(0, m.start() - 60), m.start())
            for word in named["name"].split() if named else ():
                out.setdefault(word, "f" if m["own"] == "her" else "m")
        for i, sentence in enumerate(self.sentences[:_MAX_ARTICLE_FRAMES]):
            low = self.low(i)
            if " his " not in low and " her " not in low:
                continue
            mentions = self.mentions(i)
            if not mentions or mentions[0].start > 4 or not _is_person(mentions[0].actor):
                continue
            own = _OWN.search(sentence.text, mentions[0].end)
            nearer = mentions[1].start if len(mentions) > 1 else len(sentence.text)
            if own is not None and own.start() < nearer:
                for word in mentions[0].actor.name.split():
                    out.setdefault(word, "f" if own.group() == "her" else "m")
        return out

    def _opening_surname(self, index: int, mentions: list[Mention]) -> Actor | None:
        """The person named earlier in full whom sentence ``index`` opens with by surname alone.

        ``Khan told the envoy that ...``: the actor finder reads no lone surname, but the
        sentence's subject is Khan, not the envoy after him.
        """
        text = self.sentences[index].text
        word = _CAPITALISED.match(text)
        if word is None or (mentions and mentions[0].start < word.end()):
            return None
        if word.group().lower() in _FUNCTION_WORDS:
            return None  # "He said": a pronoun, even in an article naming He Lifeng
        if _SURNAME_SUBJECT.match(text, word.end()) is None:
            return None
        return self.person_before(index, 0, surname=word.group())

    def facility_place(self, index: int, what: str) -> Place | None:
        """Where the facility ``what`` (lower case, ``solar park``) lies, as told up to ``index``.

        The sentences holding its words (or another form: ``SEZ`` for ``zone``) are read from the
        latest back: a gazetteer project named with them (``the Suki Kinari hydropower plant``)
        gives its location, a place in its own name (``the Jamshoro coal power plant``) or named
        soon after it (``near Jhimpir``, ``at the University of Lahore``) is taken as is. One
        told before in the opening paragraph with no place lies at the dateline's place, from
        which that paragraph reports. A province (``the dam site in Khyber Pakhtunkhwa``) is
        taken only when no sentence before names the facility's own place (``the Tarbela Dam``).
        """
        lede = False
        province = None
        forms = _FACILITY_FORMS.get(what, (what,))
        for i in range(index, max(-1, index - _NAME_LOOKBACK_SENTENCES), -1):
            low = self.low(i)
            at, form = min(((low.find(f), f) for f in forms if f in low), default=(-1, what))
            if at == -1:
                continue
            text = self.sentences[i].text
            for i_start, i_end, entry in find_initiatives(text):
                located = place_by_id(entry.location) if entry.location else None
                named_so = i_start <= at and (at < i_end or _IN_NAME.fullmatch(text, i_end, at))
                if located is not None and (form in entry.name.lower() or named_so):
                    return located
            end = at + len(form)
            named = _place_around(text, self.places(i), at, end)
            if named is not None and named.name in _PROVINCIAL_CAPITAL_OF:
                province = province or named
            elif named is not None:
                return named
            whole = not low[end : end + 1].isalpha()  # not "schools"
            lede = lede or (i != index and whole and self.sentences[i].paragraph == 0)
        home = self.home
        return province or (home if lede and home is not None and _specific(home) else None)

    def project_place(self, index: int, offset: int) -> Place | None:
        """Where the project ``the site`` at ``offset`` of sentence ``index`` stands for lies.

        That is the project named last in that sentence or the one before, else the first one
        of the opening paragraph (the story's own). A gazetteer project lies at a place in its
        name (``the Bostan Special Economic Zone``), else at its recorded location when that
        is no country; a province named later (``the Balochistan government``) holds the site,
        but is not it. A project the gazetteer lacks lies at the place it is named after (``the
        Dasu hydropower project``, ``the Warsak Dam``: see :meth:`named_plant`).
        """
        near = [(i, True) for i in (index, index - 1) if i >= 0]
        lede = itertools.takewhile(lambda i: self.sentences[i].paragraph == 0, range(index))
        for i, last in [*near, *((i, False) for i in lede)]:
            text = self.sentences[i].text
            limit = offset if i == index else len(text)
            found = [f for f in find_initiatives(text) if f[1] <= limit]
            for start, end, entry in reversed(found) if last else found:
                named = [p for p in self.places(i) if start <= p[0] and p[1] <= end]
                located = place_by_id(entry.location) if entry.location else None
                place = named[-1][2] if named else located
                if place is not None and _specific(place):
                    return place
            if not found and "project" in self.low(i):
                own = [p for p in self.places(i) if p[1] <= limit and _specific(p[2])]
                for _, end, place in reversed(own) if last else own:
                    told = _PROJECT_WORD.match(text, end)  # not "Y and the dam"
                    if told and _IN_NAME.fullmatch(text, end, told.start("noun")):
                        return place
            if not found:
                plant = self.named_plant(i, limit)
                if plant is not None:
                    return plant
        return None

    def named_plant(self, index: int, limit: int) -> Place | None:
        """The place a plant named in capitals before ``limit`` in sentence ``index`` is after.

        ``the Qadirabad Nuclear Power Plant in Punjab``: a plant the gazetteer lacks lies at the
        place its name opens with, which the gazetteer may lack too (then in the country of the
        sentence's first place, else of the dateline's).
        """
        text = self.sentences[index].text
        if not any(noun in text for noun in _PLANT_NOUNS):
            return None
        plant = _NAMED_PLANT.search(text, 0, limit)
        if plant is None or not _may_be_place(plant["place"]):
            return None
        places = self.places(index)
        at = next((p for start, _, p in places if start == plant.start("place")), None)
        if at is not None:
            return at if _specific(at) else None
        where = places[0][2] if places else self.home
        return Place(plant["place"], country=_country(where) if where else None)

    def named_site(self, index: int, name: str) -> Place | None:
        """The place ``name`` (``Kohala``) when the article names a project after it, else None.

        ``visited the Kohala site`` after ``the 1,124-megawatt Kohala projects``: a site named
        like a project is at the place the project is named after, which the gazetteer may
        lack. It lies in the dateline's country; a name that is no place's is left alone.
        """
        if not name.istitle() or not _may_be_place(name):
            return None
        for i in range(index, max(-1, index - _NAME_LOOKBACK_SENTENCES), -1):
            text = self.sentences[i].text
            at = text.find(name)
            for _ in range(_MAX_FRAMES):
                if at == -1:
                    break
                if _PROJECT_WORD.match(text, at + len(name)):
                    return Place(name, country=_country(self.home) if self.home else None)
                at = text.find(name, at + 1)
        return None

    def story_place(self) -> Place | None:
        """The place the story is told at: the dateline's, else the first city of its opening.

        With no dateline the opening paragraph sets the scene (``The first flight landed at
        Y``), so a visitor who ``flew in`` came there; not ``from Y``, where one came from.
        """
        if self.home is not None and _specific(self.home):
            return self.home
        return self.scene()

    def scene(self) -> Place | None:
        """The first city of the opening paragraph other than the dateline's, else None.

        Not one after ``from`` (where someone came from) nor the dateline's own, which may open
        the paragraph: the scene is where the story's event happens (``MITHI -- a medical camp
        in the Thar desert``: Thar).
        """
        for i, sentence in enumerate(self.sentences):
            if sentence.paragraph != 0:
                break
            text = sentence.text
            place = next(
                (
                    p
                    for at, _, p in self.places(i)
                    if _specific(p) and text[max(0, at - 5) : at] != "from " and p != self.home
                ),
                None,
            )
            if place is not None:
                return place
        return None

    def places(self, index: int) -> list[_Place]:
        """Gazetteer places of sentence ``index`` (computed once)."""
        if index not in self._places:
            self._places[index] = find_places(self.sentences[index].text)
        return self._places[index]

    def titled_after(self, index: int, fits: "_RoleTest", country: str | None) -> Actor | None:
        """The first person named after sentence ``index`` with a title that ``fits``.

        Only a few sentences on are read, holding a word of the title, and a person of another
        ``country`` (when both are told) is passed over.
        """
        last = min(len(self.sentences), index + 1 + _LOOKBACK_SENTENCES)
        for i in range(index + 1, last):
            if not fits.named_in(self.low(i)):
                continue
            for m in self.mentions(i):
                other = m.actor.country not in (None, country) and country is not None
                if _is_person(m.actor) and fits(m.actor.role) and not other:
                    return m.actor
        return None

    def introduced_after(self, index: int, title: str) -> Actor | None:
        """The person the sentence after ``index`` opens with, introduced by a ``, who`` clause.

        ``The commerce minister will lead a delegation to Y. Farida Jatoi, who took charge in
        May, ...``: the story names the minister right after; the person takes the ``title``.
        """
        if index + 1 >= len(self.sentences):
            return None
        text = self.sentences[index + 1].text
        first = next(iter(self.mentions(index + 1)), None)
        if first is None or first.start or not _WHO.match(text, first.end):
            return None
        actor = first.actor
        if not (actor.named and _is_person(actor)) or actor.role is not None:
            return None
        return attrs.evolve(actor, role=title)

    def person_after(self, index: int, surname: str) -> Actor | None:
        """The first person named in full with ``surname`` in the sentences after ``index``."""
        last = min(len(self.sentences), index + 1 + _NAME_LOOKBACK_SENTENCES)
        for i in range(index + 1, last):
            if surname not in self.sentences[i].text:
                continue
            for m in self.mentions(i):
                if _is_person(m.actor) and surname in m.actor.name.split():
                    return m.actor
        return None

    def body_before(self, index: int, offset: int, head: str) -> Actor | None:
        """The last body with ``head`` described or named before ``offset``.

        ``the committee`` is the last ``Senate Standing Committee on X``; ``the team`` the last
        ``team of Chinese investigators``. A body told with its leader (``a delegation headed by
        X``) is that leader, as the gold names a delegation by whoever leads it; so is one a
        visitor brought along (``X visited Y with a technical team``) or told as the last
        visitor's own (``The tour took X and his delegation to Y``).
        """
        for i in range(index, max(-1, index - _NAME_LOOKBACK_SENTENCES), -1):
            text = self.sentences[i].text
            limit = offset if i == index else len(text)
            if head not in text[:limit].lower():
                continue
            named = [m for m in _NAMED_BODY.finditer(text, 0, limit) if m["head"].lower() == head]
            described = [
                m
                for m in itertools.islice(_BODY.finditer(text, 0, limit), _MAX_FRAMES)
                if m["head"].lower() == head and not _THE_BODY.fullmatch(m.group().lower())
            ]
            owned = (
                _OWNED_BODY.search(text, 0, limit) if " his " in text or " her " in text else None
            )
            found = max(named + described, key=lambda m: m.end(), default=None)
            last = owned is not None and (found is None or owned.end() > found.end())
            if last and owned is not None and owned["head"].lower() == head:
                owner = next((v for at, v in reversed(self.visitors) if at <= i), None)
                if owner is not None:  # "The tour took X and his 18-member delegation to Y"
                    return owner
            if found is None:
                continue
            leader = self.leader_after(i, found.end(), found.group())
            if leader is not None:
                return leader
            if text.endswith(" with ", 0, found.start()):  # "X visited Y with a team": X's team
                taker = next((v for at, v in reversed(self.visitors) if at == i), None)
                if taker is not None:
                    return taker
            if found in named:
                return Actor(found.group(), organization=found.group())
            return Actor(found.group(), named=False)
        return None

    def leader_after(self, index: int, end: int, body: str) -> Actor | None:
        """The person named by ``led by``/``headed by`` soon after a ``body`` ending at ``end``.

        A few words may stand between (``a delegation of the committee on planning led by``).
        A leader named by surname alone (``led by Yuen``) is the person named in full with it,
        before or after. The body's words are kept as the leader's (``a delegation from Xinjiang``).
        A person told as heading the body before it (``Senator X ... is heading the 11-member
        delegation``) leads it as well.
        """
        leader = self._leader_after(index, end) or self.heading(index, end - len(body))
        if leader is not None:
            self.bodies[leader.name] = body
        return leader

    def heading(self, index: int, start: int) -> Actor | None:
        """The person told as heading the body starting at ``start``, recorded as a leader.

        ``Senator X, chairman of Y, is heading the 11-member delegation, which arrived in Z``:
        the subject of ``is heading``/``leads`` (the first person named in the sentence before
        it) leads the body, whose trips and later ``the delegation`` are then X's.
        """
        text = self.sentences[index].text
        verb = _HEADING.search(text, max(0, start - _HEADING_REACH), start)
        if verb is None:
            return None
        subject = next(
            (m for m in self.mentions(index) if m.end <= verb.start() and _is_person(m.actor)),
            None,
        )
        if subject is None or not _clause_open(text[subject.end : verb.start()]):
            return None
        leader = self.resolve(index, subject.start, subject.actor)
        self.lead(index, leader)
        return leader

    def _leader_later(self, index: int) -> Actor | None:
        """The leader of a delegation named in sentence ``index`` or the few after it.

        ``The leader of a visiting delegation will travel to Y. Senator X is heading the
        delegation``: the head told first is named only later (``led by X`` or ``X is
        heading``). Looked for only when no leader was named before.
        """
        for i in range(index, min(len(self.sentences), index + _LEADER_AHEAD + 1)):
            text = self.sentences[i].text
            if _BODY_HEAD.search(text) is None:
                continue
            for m in itertools.islice(_BODY.finditer(text), _MAX_FRAMES):
                leader = self._leader_after(i, m.end()) or self.heading(i, m.start())
                if leader is not None:
                    return leader
        return None

    def _leader_after(self, index: int, end: int) -> Actor | None:
        """:meth:`leader_after`, without keeping the body's words."""
        text = self.sentences[index].text
        led = _LED_BY.search(text, end, end + _AGENT_GAP)
        if led is None or "," in text[end : led.start()] or " and " in text[end : led.start()]:
            return None
        if text.startswith(("him", "her"), led.end()):  # "a delegation led by him"
            gender = "m" if text.startswith("him", led.end()) else "f"
            return self.antecedent(index, led.start(), gender)
        mentions = self.mentions(index)
        after = _mention_at(mentions, led.end()) or _mention_after(mentions, led.end())
        if after is not None and not after.actor.named:
            after = _titled_after(text, mentions, after)
        if after is not None:
            return after.actor if _is_person(after.actor) else None
        word = _CAPITALISED.match(text, led.end())
        if word is None:
            return None
        surname = word.group()
        return self.person_before(index, led.end(), surname=surname) or self.person_after(
            index, surname
        )

    def resolve(self, index: int, offset: int, actor: Actor) -> Actor:
        """A descriptor (``the prime minister``) as the person with that title it stands for.

        A visitor already found with the title comes first (in a visit story ``the minister``
        is the travelling one), then the last person named with it. A lone surname (``Mr
        Abbasi``) is the person named before in full with it.
        """
        if actor.named and " " not in actor.name and _is_person(actor):
            return self.person_before(index, offset, surname=actor.name) or actor
        if actor.named:
            return actor
        if _HEAD_OF_BODY.match(self.sentences[index].text, offset):
            leader = self.leader or self._leader_later(index)
            if leader is not None:  # "the delegation leader": the one it was "led by"
                return leader
        role = actor.role or _definite_head(actor.name)
        if not role:
            return actor
        fits = _RoleTest(role)
        for _, visitor in reversed(self.visitors):
            if fits(visitor.role):
                return visitor
        return self.person_before(index, offset, role=role) or actor


def _before_place(mention: Mention) -> Mention:
    """``mention`` cut before a ``to (the) Y`` ending its title, Y a place of the gazetteer.

    ``a visit by the Yunnan party secretary to the Gwadar free zone``: the title of the one who
    travels is ``party secretary``; a secretary ``to the Gwadar`` is no title, but the trip's
    place (``Adviser to the Prime Minister`` names no place and stays whole).
    """
    actor = mention.actor
    role = actor.role or ""
    cut = role.find(" to ")
    if cut == -1 or not actor.name.endswith(role):
        return mention
    place = role[cut + 4 :].removeprefix("the ")
    if lookup_place(place) is None:
        return mention
    dropped = len(role) - cut
    name = actor.name[:-dropped]
    return Mention(
        mention.start, mention.end - dropped, attrs.evolve(actor, name=name, role=role[:cut])
    )


def _told_as_port(low: str, start: int, end: int) -> bool:
    """True for the place at ``start:end`` told as a port: ``Y port``, ``port city of Y``."""
    return (
        low.startswith(" port", end) or _PORT_OF.search(low, max(0, start - 20), start) is not None
    )


def _place_around(text: str, places: list[_Place], start: int, end: int) -> Place | None:
    """The place a facility at ``start:end`` is told at: in its name, else soon after it.

    ``the Jamshoro coal power plant`` (up to three words between), ``the Dasu dam`` (a place
    the gazetteer names with the facility's word), ``the wind farm near Jhimpir``, ``the
    institute at the University of Lahore`` (in the same clause).
    """
    i = bisect.bisect_right(places, start, key=_PLACE_END)
    if i and _IN_NAME.fullmatch(text, places[i - 1][1], start):
        return places[i - 1][2]
    if i < len(places) and places[i][0] <= start:
        return places[i][2]
    gap = _LOCATED.match(text, end)
    if gap is None:
        return None
    j = bisect.bisect_left(places, gap.end(), key=_PLACE_START)
    if j == len(places) or places[j][0] - gap.end() > _NEAR:
        return None
    between = text[gap.end() : places[j][0]]
    return places[j][2] if "," not in between and _clause_open(between) else None


def _definite_head(descriptor: str) -> str | None:
    """The head of ``the Chinese diplomat`` when it stands for titles (``diplomat``), else None.

    Only a definite descriptor refers back: ``a Chinese diplomat`` is someone new.
    """
    words = descriptor.lower().split()
    return words[-1] if words[0] == "the" and words[-1] in _ROLE_SYNONYMS else None


class _RoleTest:
    """Whether a title fits a descriptor's role: all its words, a synonym standing for the head.

    ``the vice minister`` fits ``Vice Minister of Commerce``; ``the envoy`` fits ``Ambassador to
    Pakistan``; ``the PM`` fits ``Prime Minister`` and the other way round. A scope word is
    seldom in the title itself (``Punjab's mines minister`` is ``the provincial minister``), so
    it only rules out a title of the other scope (``Federal Minister``).
    """

    def __init__(self, role: str) -> None:
        wanted = _expanded(role)
        self.head = wanted[-1] if wanted else ""
        self.rest = frozenset(w for w in wanted[:-1] if w not in _SCOPE_WORDS)
        self.unlike = frozenset(_SCOPE_WORDS[w] for w in wanted[:-1] if w in _SCOPE_WORDS)
        self.heads = _ROLE_SYNONYMS.get(self.head, (self.head,))
        self.cues = self.heads + tuple(
            short for short, full in _ABBREVIATIONS.items() if full.split()[-1] in self.heads
        )

    def __call__(self, title: str | None) -> bool:
        words = set(_expanded(title or ""))
        return (
            self.rest <= words and any(h in words for h in self.heads) and not self.unlike & words
        )

    def named_in(self, low: str) -> bool:
        """True when lower-cased ``low`` may name a person with a fitting title."""
        return any(cue in low for cue in self.cues)


def _expanded(title: str) -> list[str]:
    """The lower-case words of a title, abbreviations written out (``PM`` is prime minister)."""
    words = title.lower().replace(",", " ").split()
    return [part for word in words for part in _ABBREVIATIONS.get(word, word).split()]


def _may_name(text: str, low: str, fits: _RoleTest | None, surname: str | None) -> bool:
    """True when ``text`` (``low`` in lower case) may name the person looked for.

    It must hold the surname looked for, or a title that fits.
    """
    if surname is not None and surname not in text:
        return False
    return fits is None or fits.named_in(low)


def extract_visits(article: Article, sentences: Sequence[Sentence]) -> tuple[Visit, ...]:
    """The visits reported in ``article``, one per trip, in reading order.

    Sentences where a place follows a travel word are read first; sentences that only mention
    a trip (``the two-day trip``) are read afterwards, and only when some trip was found.
    """
    context = _Context(article, sentences)
    home = context.home
    frames: list[_Frame] = []
    later: list[tuple[int, str, list[_Travel], list[_Place], list[Place | None]]] = []
    source = context.source
    for index, stems in _stems_by_sentence(source, sentences):
        if len(frames) >= _MAX_ARTICLE_FRAMES:
            break
        sentence = sentences[index]
        text = sentence.text
        start = sentence.span.start
        low = source[start : sentence.span.end]
        travel = _travel_words(low, [at - start for at in stems])
        if " and in " in low and any(kind == "presence" for kind, _ in travel):
            travel = _with_elided_stays(low, travel)
        if " to " in low and " and " in low and any(_onward_to(m) for _, m in travel):
            travel = _with_elided_stays(low, travel, "arrive")
        if "cut short" in low:
            travel = _with_leg_after_cut(low, travel)
        if not travel or low.rstrip().endswith(_QUESTION_ENDS):
            continue  # "Is the Prime Minister expected to travel to China?" asks, tells no trip
        kinds = {kind for kind, _ in travel}
        places = context.places(index)  # kept: later sentences looking back reuse them
        if " port" in low:
            places = _ports_as_cities(places)
        if home is not None:
            places = _with_here(low, places, home)
            if " the city" in low and _specific(home) and not _elsewhere(frames, home):
                places = _with_the_city(low, places, home)
        if _ANAPHOR.search(low):
            places = _with_anaphors(context, index, low, places)
        if "capital" in low:
            places = _with_capitals(context, index, low, places)
        if " the " in low:
            places = _with_facilities(context, index, low, travel, places)
        places = _with_unnamed(text, travel, places, home)
        if any(_ACRONYM.match(text, m.end()) for _, m in travel):
            places = _with_acronyms(context, index, travel, places)
        if "arrive" in kinds and any(kind == "arrive" and _flown_in(m) for kind, m in travel):
            places = _with_flown_in(context, text, travel, places)
        if "again" in kinds:
            places = _with_first_place(context, index, travel, places)
        if "verb" in kinds and " and " in low and len(places) > 1:
            travel = _with_elided_objects(low, travel, places)
        if "back" in kinds and frames:
            travel = _back_to_visited(context, index, travel, places, frames)
        destinations = [_destination(text, places, m.start(), m.end(), k, home) for k, m in travel]
        if any(d is not None for d in destinations) or ("hosted" in kinds and places):
            frames += _frames(context, index, low, travel, places, destinations)
        elif not kinds.isdisjoint(_TRIP_NOUNS) or _INVITATION.search(low):
            # the trip named again, or its host
            later.append((index, low, travel, places, destinations))
    for index, low, travel, places, destinations in later:
        if len(frames) >= _MAX_ARTICLE_FRAMES:
            break
        if frames and _may_refer(context.sentences[index].text, low, frames):
            frames += _frames(context, index, low, travel, places, destinations)
    if any(_nameless_delegation(f.visitor) for f in frames):
        _leaders_told_apart(context, frames)
    trips = _legs(_named_later(context, _trips(_named_next(_led(frames, context.leaders)))))
    trips = [_with_next_length(context, _with_new_date(context, trip)) for trip in trips]
    visits = [_visit(trip) for trip in trips if not _put_off_earlier(trip, trips)]
    if any(_stay_told_by_day(v) for v in visits):
        visits = _until_later_return(context, visits)
    return tuple(_weekday_legs(_tour_over(_tour_under_way(visits, article.date))))


def _ports_as_cities(places: list[_Place]) -> list[_Place]:
    """``places`` with each port named after its city (``Gwadar Port``) standing for the city.

    ``visited Gwadar Port on Monday`` is a visit to Gwadar, as the held-out golds label a port
    named as the place of a visit (``visited Karachi Port``: Karachi). Only this sentence's
    copy changes: a later ``the port`` still finds the port (see :meth:`_Context.place_before`).
    """
    out = places
    for i, (start, end, place) in enumerate(places):
        city = lookup_place(place.name[:-5]) if place.name.endswith(" Port") else None
        if city is not None and city.country == place.country:
            out = out if out is not places else list(places)
            out[i] = (start, end, city)
    return out


def _stay_told_by_day(visit: Visit) -> bool:
    """True for a trip under way told by its one day of arrival (``arrived on Tuesday``)."""
    when = visit.when
    return (
        visit.status is VisitStatus.ONGOING
        and when is not None
        and when.start is not None
        and when.start == when.end
    )


def _until_later_return(context: _Context, visits: list[Visit]) -> list[Visit]:
    """``visits`` with a stay under way run on to the return a later sentence dates.

    ``A delegation led by X arrived in the city on Tuesday ... The delegation will return to
    China on Thursday``: the stay runs Tuesday to Thursday, as when the return is told in the
    arrival's own sentence. The return's subject must be the visitor (a pronoun, the visitor's
    surname, or ``the delegation``/``the team``...), within ``_RETURN_REACH`` sentences of the
    evidence, and only one trip may be under way then.
    """
    staying = [i for i, v in enumerate(visits) if _stay_told_by_day(v)]
    if len(staying) != 1 or sum(v.status is VisitStatus.ONGOING for v in visits) != 1:
        return visits
    visit = visits[staying[0]]
    assert visit.when is not None  # a stay told by its day has one
    told = bisect.bisect_right(context.sentences, visit.span.start, key=_SENTENCE_START) - 1
    names = visit.visitor.name.split() if visit.visitor.named else []
    for i in range(told + 1, min(len(context.sentences), told + 1 + _RETURN_REACH)):
        text = context.sentences[i].text
        opener = _RETURNER.match(text) is not None
        back = _RETURN_ON.search(text) if opener or any(n in text for n in names) else None
        if back is None or not _WILL.search(text, 0, back.start()):
            continue
        if not opener and not any(n in text[: back.start()].split() for n in names):
            continue  # the visitor, by a name word (a Chinese surname comes first)
        until = _until_return(context, i, 0, visit.when, Tense.FUTURE)
        if until is not visit.when:
            out = list(visits)
            out[staying[0]] = attrs.evolve(visit, when=until)
            return out
    return visits


def _led(frames: list[_Frame], leaders: list[tuple[int, Actor]]) -> list[_Frame]:
    """Frames of a delegation told before its leader is named, given to that leader.

    ``A Chinese delegation will visit Y. The delegation, led by X, ...``: when the article names
    one leader, a nameless delegation of his country mentioned up to then is his.
    """
    if not leaders or len({a.name for _, a in leaders}) != 1:
        return frames
    at, leader = leaders[0]
    return [
        attrs.evolve(f, visitor=leader) if f.order <= at and _led_by(f.visitor, leader) else f
        for f in frames
    ]


def _tour_under_way(visits: list[Visit], ref: dt.date) -> list[Visit]:
    """``visits`` with the last leg of a tour still going on set under way.

    ``He flew to Lhasa on September 14`` ... ``He will stop in Chengdu on Friday before
    returning``: a visitor whose next leg in the same country is told as one (``stop in``,
    ``travel on to``, ``before returning``), or in the same sentence as an arrival told as over
    (``X, who arrived in Y on Tuesday, is to visit Z later this week``), within a week of the
    publication date ``ref`` is still on the tour, so the latest one-day leg told as over,
    within the week, is under way. A leg visited (not arrived at) on a day of a stay in its
    country that is under way stays over: the stay is what goes on (``visited Y on Thursday.
    The delegation, which arrived in Pakistan on Monday, will leave for Z tomorrow``).
    """
    soon = [
        v
        for v in visits
        if v.status is VisitStatus.PLANNED
        and v.when is not None
        and v.when.start is not None
        and v.when.start <= ref + dt.timedelta(days=_PRESENT_DAYS)
    ]
    if not soon:
        return visits
    planned = {
        (v.visitor.name, _country(v.destination))
        for v in soon
        if _NEXT_LEG.search(v.evidence) is not None
    }
    told_with = {(v.visitor.name, _country(v.destination), v.evidence) for v in soon}
    staying = [
        v
        for v in visits
        if v.status is VisitStatus.ONGOING and not _specific(v.destination) and v.when is not None
    ]
    last: dict[str, tuple[dt.date, int]] = {}
    for i, v in enumerate(visits):
        end = v.when.end if v.when is not None else None
        start = v.when.start if v.when is not None else None
        if v.status is not VisitStatus.PAST or end is None or start != end:
            continue  # a one-day leg: "flew to Y on Monday"
        key = (v.visitor.name, _country(v.destination))
        arrived = any(word in v.evidence for word in _ARRIVED)
        if key not in planned and not (arrived and (*key, v.evidence) in told_with):
            continue
        if not arrived and any(
            (s.visitor.name, s.destination.name) == key and _day_within(v.when, s.when)
            for s in staying
        ):
            continue  # a day's visit during a stay in the country under way
        if (ref - end).days <= _PRESENT_DAYS and end >= last.get(v.visitor.name, (end, i))[0]:
            last[v.visitor.name] = (end, i)
    out = list(visits)
    for _, i in last.values():
        out[i] = attrs.evolve(out[i], status=VisitStatus.ONGOING)
    return out


def _weekday_legs(visits: list[Visit]) -> list[Visit]:
    """``visits`` with a leg ahead told by its weekday kept to that day.

    ``X, who arrived in Hangzhou on Tuesday, ... travels to Guangzhou on Saturday and returns
    home on Sunday``: the return ends the tour under way, not the leg, which is the one day
    its weekday tells (a leg with a length of its own, ``for a two-day stay`` or ``She will
    spend four days there``, keeps it: only one told with the return is cut).
    """
    touring = {
        (v.visitor.name, _country(v.destination)) for v in visits if v.status is VisitStatus.ONGOING
    }
    if not touring:
        return visits  # most articles: no tour under way
    out = list(visits)
    for i, v in enumerate(visits):
        when = v.when
        if (
            v.status is VisitStatus.PLANNED
            and when is not None
            and when.start is not None
            and when.end != when.start
            and _WEEKDAY.search(when.text)
            and not any(_days(q) for q in v.qualifiers)
            and _RETURN_ON.search(v.evidence) is not None
            and (v.visitor.name, _country(v.destination)) in touring
            and _specific(v.destination)
        ):
            day = When(when.text, when.start, when.start, Granularity.DAY, when.span)
            out[i] = attrs.evolve(v, when=day)
    return out


def _tour_over(visits: list[Visit]) -> list[Visit]:
    """``visits`` with a leg told as under way set past when the tour holding it is over.

    ``X, who returned home after visiting Beijing from March 9 to 13, ...`` ... ``X also flew to
    Chengdu on Thursday``: a leg an arrival word dates to a recent day is under way, unless the
    visitor's past trip to the same country began by then and ended after it.
    """
    if not any(v.status is VisitStatus.ONGOING for v in visits):
        return visits  # most articles: no leg under way to look at
    over: dict[tuple[str, str | None], list[tuple[dt.date, dt.date]]] = {}
    for v in visits:
        if v.status is VisitStatus.PAST and v.when is not None and v.when.start and v.when.end:
            key = (v.visitor.name, _country(v.destination))
            over.setdefault(key, []).append((v.when.start, v.when.end))
    if not over:
        return visits
    out = list(visits)
    for i, v in enumerate(visits):
        when = v.when
        if v.status is not VisitStatus.ONGOING or when is None or not when.start or not when.end:
            continue
        tours = over.get((v.visitor.name, _country(v.destination)), ())
        if any(start <= when.start and when.end < end for start, end in tours):
            out[i] = attrs.evolve(v, status=VisitStatus.PAST)
    return out


def _named_next(frames: list[_Frame]) -> list[_Frame]:
    """Frames of a nameless person given to the person named as the next sentences open.

    ``A vice chairman of the NPC landed in Y on Friday. Zhou Ping, who ..., was met by Z``:
    the one travelling is the person a place-less frame soon after opens with (a reception, a
    stay), who takes the descriptor's title when told with none.
    """
    out = frames
    for frame in frames:
        visitor = frame.visitor
        if not _unnamed_person(visitor) or frame.destination is None:
            continue
        after = (
            f.visitor
            for f in frames
            if frame.order < f.order <= frame.order + 2
            and f.destination is None
            and f.visitor.named
            and f.sentence.text.startswith(f.visitor.name)
        )
        person = next(after, None)
        if person is None:
            continue
        if person.role is None:
            person = attrs.evolve(person, role=visitor.role, organization=visitor.organization)
        out = [attrs.evolve(f, visitor=person) if f.visitor == visitor else f for f in out]
    return out


def _leaders_told_apart(context: _Context, frames: list[_Frame]) -> None:
    """Record the leader a sentence with no trip of its own gives a delegation told before.

    ``A Chinese delegation arrived in Y on Tuesday. The delegation is led by Vice Minister X.``
    (or ``X, who is leading the delegation, said``, ``X will head the delegation``): X leads it
    (and :func:`_led` gives him its trips). Only sentences after the first frame and holding
    ``the delegation`` (``team``, ``mission``) and ``led by``/``headed by`` or a verb of
    heading are read.
    """
    read = {f.order for f in frames}
    for index in range(min(read) + 1, len(context.sentences)):
        low = context.low(index)
        if index in read:
            continue
        if " lead" in low or " head" in low:  # "X, who is leading the delegation, said"
            body = _THE_BODY.search(low)
            if body is not None and context.heading(index, body.start()) is not None:
                continue
        if not (" led by " in low or " headed by " in low):
            continue
        body = _THE_BODY.search(low)
        led = _LED_BY.search(context.sentences[index].text, body.end()) if body else None
        if led is None or not _clause_open(low[body.end() if body else 0 : led.start()]):
            continue
        leader = _mention_at(context.mentions(index), led.end())
        if leader is not None and leader.actor.named and _is_person(leader.actor):
            context.lead(index, leader.actor)


def _led_by(visitor: Actor, leader: Actor) -> bool:
    """True when ``visitor`` is a nameless delegation or mission ``leader`` may lead.

    Both must be of one country when both are told.
    """
    countries = {visitor.country, leader.country} - {None}
    return _nameless_delegation(visitor) and len(countries) < 2


def _nameless_delegation(visitor: Actor) -> bool:
    """True for a delegation or mission told without its leader's name."""
    name = visitor.name.lower()
    return not visitor.named and ("delegation" in name or "mission" in name)


def _stems_by_sentence(source: str, sentences: Sequence[Sentence]) -> list[tuple[int, list[int]]]:
    """The prefilter's stems in one pass over the record, grouped by the sentence they are in."""
    if not sentences:
        return []
    out: list[tuple[int, list[int]]] = []
    index, last = 0, len(sentences) - 1
    span = sentences[0].span
    # The headline and the lines before the first paragraph hold no sentence: not scanned. No
    # stem holds a line break or punctuation, so none found before would reach the first one.
    for m in _PREFILTER.finditer(source, span.start):
        at = m.start()
        while index < last and sentences[index + 1].span.start <= at:  # stems come in order
            index += 1
            span = sentences[index].span
        if at >= span.end:
            continue  # between sentences: a headline or a noise line
        if out and out[-1][0] == index:
            out[-1][1].append(at)
        else:
            out.append((index, [at]))
    return out


def _lower(text: str) -> str:
    """``text`` in lower case with every offset kept (exotic case mappings fall back to ASCII)."""
    low = text.lower()
    return low if len(low) == len(text) else text.encode("ascii", "replace").decode().lower()


def _travel_words(low: str, stems: list[int]) -> list[_Travel]:
    """The travel words of a sentence with their kind, read at the prefilter's ``stems``.

    A bare ``visit``/``tour`` after a determiner, possessive or qualifier is a noun (``his
    visit``); otherwise it is the verb (``will visit``).
    """
    out: list[_Travel] = []
    done = 0
    for stem in stems:
        at = stem
        while at > done and at > stem - _MAX_STEM_OFFSET and low[at - 1].isalpha():
            at -= 1
        m = _TRAVEL.match(low, at) if at >= done else None
        if m is None:
            continue
        kind = m.lastgroup
        assert kind is not None  # every branch of _TRAVEL is a named group
        if low.startswith("on", at) and not _CARRIED_ON.search(low[max(0, at - 50) : at]):
            continue  # "passed the file on to Y" carries nothing there
        if m.group() == "land in" and not _LAND_VERB.search(low, max(0, at - 10), at):
            continue  # "litigation over land in Y" tells of ground there: no one lands
        if kind == "verb" and m.group() in ("visit", "visits", "tour", "tours"):
            before = low[max(0, at - 30) : at].split()
            if before and (
                before[-1] in _NOUN_CUES
                or before[-1].endswith(("’s", "'s"))
                or _QUALIFIER_WORD.fullmatch(before[-1])
            ):
                kind = "visit_noun"
        out.append((kind, m))
        done = m.end()
        if len(out) == _MAX_FRAMES:
            break
    return out


def _with_elided_stays(low: str, travel: list[_Travel], kind: str = "presence") -> list[_Travel]:
    """``travel`` with each stay whose verb is left out after ``and`` (``and in Y``) added.

    ``will be in Chengdu from May 12 to 14 and in Guangzhou from May 15 to 17``: the second
    stop of an itinerary shares the first one's ``will be``. Each stop is dated on its own
    (a day or a number before ``and``); ``in Y and in Z next week`` stays one list. With
    ``kind`` ``arrive`` the legs are onward ones (``flies to Kunming on June 3 and to Nanning
    on June 5``): the second shares the first one's ``flies``.
    """
    first = next(m for k, m in travel if k == kind and (kind == "presence" or _onward_to(m)))
    elided = _ELIDED_STAY if kind == "presence" else _ELIDED_LEG
    added = [
        (kind, m)
        for m in itertools.islice(elided.finditer(low, first.end()), _MAX_FRAMES)
        if not any(first.end() <= t.start() < m.start() for _, t in travel)
        and _DATED.search(low, first.end(), m.start())
    ]
    if not added:
        return travel
    return sorted([*travel, *added], key=lambda t: t[1].start())[:_MAX_FRAMES]


def _cut_on(context: _Context, index: int, tense: Tense | None, start: int) -> When | None:
    """The day a stay cut short at ``start`` ended: that of the leg told after it, if any.

    ``cut short its stay in A and returned to B on Thursday``: A's stay ends on Thursday.
    """
    low = context.low(index)
    cut = _CUT_SHORT.search(low, max(0, start - _WINDOW))
    leg = None if cut is None or cut.end() < start else _LEG_AFTER_CUT.match(low, cut.end())
    return None if leg is None else _when(context, index, tense, leg.start(), leg.end(), [])


def _with_leg_after_cut(low: str, travel: list[_Travel]) -> list[_Travel]:
    """``travel`` with the leg a visitor goes on to after cutting a stay short, if told.

    ``cut short its stay in A and returned to B on Thursday``: the tour goes on in B, a trip
    of its own from that day (``returned to B`` alone is a visitor going home: no trip).
    """
    cut = _CUT_SHORT.search(low)
    if cut is None or not _GROUP_STAY.search(cut.group()):
        return travel  # "the CM cut short his stay in Gwadar and returned to Lahore": home
    leg = _LEG_AFTER_CUT.match(low, cut.end())
    if leg is None or any(m.start() == leg.start() for _, m in travel):
        return travel
    stay, there = _named_place(cut["stay"]), _named_place(low[leg.end() : leg.end() + 40])
    if stay is None or there is None or stay.country != there.country:
        return travel  # "cut short his visit to China and returned to Islamabad": home
    return sorted([*travel, ("arrive", leg)], key=lambda t: t[1].start())[:_MAX_FRAMES]


def _named_place(words: str) -> Place | None:
    """The place the first one or two words of ``words`` name (``the``/``a`` skipped), if any."""
    names = words.replace(",", " ").split()
    if names and names[0] in ("the", "a"):
        names = names[1:]
    one = lookup_place(names[0]) if names else None
    return one or (lookup_place(" ".join(names[:2])) if len(names) > 1 else None)


def _onward_to(m: "re.Match[str]") -> bool:
    """True for a travel word going on ``to`` a place (``flies to``, ``will travel to``)."""
    return m.lastgroup == "arrive" and m.group().endswith(" to") and not m.group().startswith("on")


def _with_elided_objects(low: str, travel: list[_Travel], places: list[_Place]) -> list[_Travel]:
    """``travel`` with a visit for each place after ``and`` that has its own day before it.

    ``will visit Beijing on Monday and Shanghai on Wednesday``: the second place shares the
    first one's ``visit`` but is a leg of its own, on its own day. Only a day (by number or
    weekday) told right after each place makes it one; ``Beijing and Shanghai next week``
    stays one list, and ``visit Y from May 2 to 5 to explore the A and B zones`` names no leg.
    The added travel word is empty, at the place.
    """
    first = next(
        (m for k, m in travel if k == "verb" and m.group().startswith(("visit", "tour"))), None
    )
    if first is None:
        return travel
    after = [p for p in places if p[0] >= first.end()]
    added = [
        ("verb", m)
        for before, (start, end, _) in itertools.pairwise(after)
        if low.endswith(" and ", 0, start)
        and start - before[1] < _LEG_GAP
        and not any(first.end() <= t.start() < start for _, t in travel)
        and _DATED.search(low, before[1], start - 5)
        and _LEG_DAY.match(low, end)
        and (m := _AT_PLACE.match(low, start)) is not None
    ]
    if not added:
        return travel
    return sorted([*travel, *added], key=lambda t: t[1].start())[:_MAX_FRAMES]


def _after_leg(frame: _Frame, before: _Frame) -> _Frame:
    """An elided leg's ``frame`` put after the leg ``before`` it when a weekday dates both.

    ``heads to Xi'an on Friday and to Lanzhou on Sunday``: the second leg follows the first,
    so its Sunday is the one after that Friday (the schedule's present resolved it to the last
    one), and the leg is ahead as the first is.
    """
    when, first = frame.when, before.when
    if (
        when is None
        or first is None
        or when.start is None
        or first.start is None
        or when.start >= first.start
        or not _WEEKDAY.search(when.text)
    ):
        return frame
    step = dt.timedelta(days=_WEEK)
    moved = When(
        when.text, when.start + step, (when.end or when.start) + step, when.granularity, when.span
    )
    return attrs.evolve(frame, when=moved, status=before.status)


def _legs_named(text: str, places: list[_Place], start: int) -> list[Place]:
    """The places named as legs of the trip whose noun starts at ``start``, else none.

    ``has put off the Lanzhou and Dunhuang legs of her China tour``: each leg is a trip of its
    own (and what befalls the legs is theirs, not the whole tour's). A last leg the gazetteer
    lacks is a place of the country of the one before it.
    """
    told = _LEGS_OF.search(text, max(0, start - _LEGS_REACH), start)
    if told is None:
        return []
    i = bisect.bisect_right(places, told.start(), key=_PLACE_END) - 1
    if i < 0:
        return []
    unknown = None
    if places[i][1] != told.start():  # "the Lanzhou and Dunhuang legs": the gazetteer lacks one
        unknown = _LAST_UNKNOWN.fullmatch(text, places[i][1], told.start())
        if unknown is None or not _may_be_place(unknown["name"]):
            return []
    legs = [places[i][2]]
    if unknown is not None:
        legs.append(Place(unknown["name"], country=_country(places[i][2])))
    while i > 0 and text[places[i - 1][1] : places[i][0]].strip() in _LIST_GAPS:
        i -= 1
        legs.insert(0, places[i][2])
    return legs if all(_specific(leg) for leg in legs) else []


def _back_to_visited(
    context: _Context, index: int, travel: list[_Travel], places: list[_Place], frames: list[_Frame]
) -> list[_Travel]:
    """``travel`` with a return to a place its traveller went to before read as a new visit there.

    ``X was in Gwadar on Tuesday ... He will return to the port city later this month``: going
    back to a place visited is another trip; a return elsewhere (``will return to Islamabad``)
    is going home, and so is one to a place only someone else visited (``Li visited Lahore ...
    The governor, who is in Shanghai, will come back to Lahore``): the text never told his going.
    """
    text = context.sentences[index].text
    out = list(travel)
    for i, (kind, m) in enumerate(travel):
        if kind != "back":
            continue
        place = _place_after(text, places, m.end())
        if place is None or not _specific(place):
            continue
        went = {f.visitor.name for f in frames if f.destination == place}
        visitor = _visitor(context, index, m.start(), m.end(), "verb")[0] if went else None
        if visitor is not None and visitor.name in went:
            out[i] = ("verb", m)
    return out


def _with_here(low: str, places: list[_Place], home: Place) -> list[_Place]:
    """``places`` plus each ``here`` (``in town``) of the sentence for the dateline's place."""
    if "here" not in low and "in town" not in low:
        return places
    here = [(m.start(), m.end(), home) for m in itertools.islice(_HERE.finditer(low), _MAX_FRAMES)]
    return _added(places, here)


def _with_the_city(low: str, places: list[_Place], home: Place) -> list[_Place]:
    """``places`` plus each ``the city`` a travel word leads to, for the dateline's city.

    ``QUETTA: ... as a Xinjiang delegation arrived in the city for a three-day visit``: the
    story is told from its dateline, so the city the visitors reach is that one. Callers check
    that no trip to another city was told before (then ``the city`` is that one).
    """
    cities = itertools.islice(_THE_CITY.finditer(low), _MAX_FRAMES)
    return _added(places, [(m.start(), m.end(), home) for m in cities])


def _elsewhere(frames: list[_Frame], home: Place) -> bool:
    """True when a trip to a city other than the dateline's ``home`` was read already."""
    return any(_distinct(f.destination, home) for f in frames)


def _with_unnamed(
    text: str, travel: list[_Travel], places: list[_Place], home: Place | None
) -> list[_Place]:
    """``places`` plus capitalised names the gazetteer lacks right where a travel word leads.

    ``arrived in Dongguan``, ``visited a factory in Dongguan``: a name in capitals after the
    travel word's ``in``/``to`` (or after a visited site) is a place, with no country known,
    unless it is a month, a weekday, a title, an institution or a nationality. One told as a
    kind of place (``the coastal town of X``) lies in the country of the dateline's ``home``,
    and so does an industrial estate or zone visited that no project of the gazetteer is
    (``visited the Sundar Industrial Estate``), its name kept as written; one the gazetteer
    knows is the place it lies in (``the Allama Iqbal Industrial City``: Faisalabad).
    """
    found: list[_Place] = []
    for kind, m in travel:
        if kind in ("hosted", "return", "call", "again"):
            continue
        at = m.end()
        site = _SITE.match(text, at) if kind == "verb" else None
        if site is not None and site.group().endswith("of "):
            site = None  # "the headquarters of Huawei" names no place, "the town of X" does
        estate = _ESTATE.match(text, at) if kind == "verb" else None
        entry = lookup_initiative(estate["name"]) if estate is not None else None
        if estate is not None and not _known_at(places, estate.start("name")):
            if entry is None:  # "visited the Sundar Industrial Estate": as written
                country = _country(home) if home is not None else None
                found.append((estate.start("name"), estate.end(), Place(estate["name"], country)))
                continue
            located = place_by_id(entry.location) if entry.location else None
            if located is not None:  # "visited the Allama Iqbal Industrial City": its city
                found.append((estate.start("name"), estate.end(), located))
                continue
        elif estate is not None and entry is None:
            continue
        airport = _AIRPORT.match(text, at) if "Air" in text and kind in ("verb", "arrive") else None
        if airport is not None:  # "landed at Allama Iqbal International Airport": the city
            inside = any(airport.start("name") <= p[0] < airport.end() for p in places)
            if not inside and home is not None and _specific(home):
                found.append((airport.start("name"), airport.end(), home))
            continue
        u = _UNNAMED_PLACE.match(text, site.end() - 1 if site else at)
        if u is None or _known_at(places, u.start("name")) or not _may_be_place(u["name"]):
            continue
        country = _country(home) if home is not None and u["kind"] else None
        start = u.start("kind") + 1 if u["kind"] else u.start("name")
        found.append((start, u.end("name"), Place(u["name"], country=country)))
    return _added(places, found)


def _with_acronyms(
    context: _Context, index: int, travel: list[_Travel], places: list[_Place]
) -> list[_Place]:
    """``places`` plus an acronym a travel word leads to, by the name the article spells out.

    ``Allama Iqbal Industrial City (AIIC)`` ... ``The delegation toured AIIC on Tuesday``: the
    place is the name in full, kept as written, in the dateline's country.
    """
    found = []
    text = context.sentences[index].text
    home = context.home
    for kind, m in travel:
        short = _ACRONYM.match(text, m.end()) if kind in ("verb", "arrive") else None
        if short is None or _known_at(places, short.start("name")):
            continue
        for i in range(index, max(-1, index - _ACRONYM_LOOKBACK), -1):
            told = context.sentences[i].text
            at = told.find(f"({short['name']})")
            spelled = _SPELLED_OUT.search(told, max(0, at - _WINDOW), at) if at > 0 else None
            if spelled is not None:
                country = _country(home) if home is not None else None
                place = Place(spelled["name"], country=country)
                found.append((short.start("name"), short.end(), place))
                break
    return _added(places, found)


def _flown_in(m: "re.Match[str]") -> bool:
    """True for ``flew in``/``flown in`` (not ``flew into``, nor ``arrived in``)."""
    word = m.group()
    return word.startswith("fl") and word.endswith(" in")


def _with_flown_in(
    context: _Context, text: str, travel: list[_Travel], places: list[_Place]
) -> list[_Place]:
    """``places`` plus where a ``flew in`` that names no place right after it leads.

    ``X flew in a special aircraft to Y``: Y, named after ``to`` in the clause. ``X, who flew in
    on the first service, said``: X came where the story is told (the dateline's place, else
    the opening paragraph's); ``flew in from Y`` names where X came from.
    """
    found = []
    for kind, m in travel:
        end = m.end()
        if kind != "arrive" or not _flown_in(m) or _place_after(text, places, end):
            continue
        i = bisect.bisect_left(places, end, key=_PLACE_START)
        gap = text[end : places[i][0]] if i < len(places) else ""
        onward = gap.endswith(" to ") and "," not in gap and len(gap) < _NEAR * 2
        place = places[i][2] if onward else context.story_place()
        if place is not None:
            found.append((end, end, place))
    return _added(places, found)


def _with_first_place(
    context: _Context, index: int, travel: list[_Travel], places: list[_Place]
) -> list[_Place]:
    """``places`` plus, after a return with no place of its own, where its visitor first came.

    ``Wang first came to Y in 2019. He returned last month``: he came back to Y. A speaker
    quoted on their own return (``“We hope to come back in April,” Gao said``) comes back to
    where the story happens: its opening's scene, else the dateline's place.
    """
    found = []
    text = context.sentences[index].text
    quoted = _speaks_of_self(text)
    for kind, m in travel:
        if kind != "again" or not (context.firsts or quoted) or _place_after(text, places, m.end()):
            continue
        visitor, _ = _visitor(context, index, m.start(), m.end(), kind)
        place = context.firsts.get(visitor.name) if visitor is not None else None
        if place is None and visitor is not None and quoted:
            place = context.scene() or context.home
        if place is not None:
            found.append((m.end(), m.end(), place))
    return _added(places, found)


def _added(places: list[_Place], found: list[_Place]) -> list[_Place]:
    """``places`` with ``found`` ones added, in text order (``places`` itself when none)."""
    return sorted(places + found, key=_PLACE_START) if found else places


def _known_at(places: list[_Place], offset: int) -> bool:
    """True when a gazetteer place covers ``offset``."""
    i = bisect.bisect_right(places, offset, key=_PLACE_START)
    return i > 0 and offset < places[i - 1][1]


def _may_be_place(name: str) -> bool:
    """True when no word of a capitalised ``name`` says it is something other than a place."""
    return not any(
        w.lower() in _NOT_PLACE_WORDS or demonym_country(w) is not None for w in name.split()
    )


def _with_anaphors(context: _Context, index: int, low: str, places: list[_Place]) -> list[_Place]:
    """``places`` plus ``the port``/``the country``/``the site`` standing for one named before.

    With none named before, ``the city`` and ``the country`` are the dateline's, as ``in town``.
    """
    found = []
    mentions = context.mentions(index)  # a place inside a title is no place taken up
    text = context.sentences[index].text
    own = [p for p in places if not _in_title(text, p, mentions)]
    for m in itertools.islice(_ANAPHOR.finditer(low), _MAX_FRAMES):
        if m.start() and low[m.start() - 1].isalnum():
            continue  # "breathe city"
        if _OF_NAME.match(text, m.end()) or (
            m["what"] == "site" and _NEAR_NAME.match(text, m.end())
        ):
            continue  # "the city of Multan", "the site near Shahdara" name their place
        place = context.project_place(index, m.start()) if m["what"] == "site" else None
        place = place or context.place_before(index, m.start(), own, m["what"])
        place = place or _dateline_as(context.home, m["what"])
        if place is not None:
            found.append((m.start(), m.end(), place))
    return _added(places, found)


def _with_capitals(context: _Context, index: int, low: str, places: list[_Place]) -> list[_Place]:
    """``places`` plus each capital named by what it is the capital of (``the Chinese capital``).

    A nationality gives its country's capital; ``the provincial capital`` is the capital of the
    province named last (else the dateline's city when it is one); ``the federal capital`` is
    Islamabad, as Pakistani news write it; a bare ``the capital`` (``national``) is that of the
    country of the place named last, else of the dateline's. A capital with its name after it
    keeps that name, and ``the capital of X`` is X's.
    """
    found = []
    text = context.sentences[index].text
    for m in itertools.islice(_CAPITAL.finditer(low), _MAX_FRAMES):
        if (m.start() and low[m.start() - 1].isalnum()) or _NAMED_AFTER.match(text, m.end()):
            continue
        owner = m["owner"]
        country = demonym_country(owner) if owner else None
        of = _OF_NAME.match(text, m.end())
        if of is not None:  # "the capital of Xinjiang"
            named_at = place_at(text, of.end() - 1)
            region = named_at[1].name if named_at and not owner else ""
            capital = _PROVINCIAL_CAPITAL_OF.get(region) or _CAPITAL_OF.get(region)
        elif country is not None:
            capital = _CAPITAL_OF.get(country)
        elif owner == "provincial":
            province = context.place_before(index, m.start(), places, "province")
            capital = _PROVINCIAL_CAPITAL_OF.get(province.name) if province else None
            home = context.home.name if context.home else None
            capital = capital or (home if home in _PROVINCIAL_CAPITAL_OF.values() else None)
        elif owner == "federal":  # Pakistani usage: a federal capital elsewhere is named
            capital = _CAPITAL_OF["Pakistan"]
        elif owner in (None, "national"):
            named = context.place_before(index, m.start(), places, "any") or context.home
            capital = _CAPITAL_OF.get(_country(named)) if named else None
        else:
            capital = None
        place = lookup_place(capital) if capital else None
        if place is not None:
            found.append((m.start(), m.end(), place))
    return _added(places, found)


def _with_facilities(
    context: _Context, index: int, low: str, travel: list[_Travel], places: list[_Place]
) -> list[_Place]:
    """``places`` plus each facility visited (``visit the solar park``) at its place.

    The place is the one the article gave the facility before: the gazetteer's location of a
    named project with those words (``the Zarvan Solar Park``), else the place named right
    after it (``the wind farm near Jhimpir``). ``the Kohala site`` of a project the article
    names after a place the gazetteer lacks (``the Kohala projects``) is that place.
    """
    found = []
    for kind, m in travel:
        facility = _FACILITY.match(low, m.end()) if kind in ("verb", "arrive") else None
        if facility is None or facility["what"] == "site" or _known_at(places, facility.end() + 1):
            continue
        what = facility["what"].removesuffix(" site")  # "the project site" is the project's
        place = None
        if what != facility["what"]:  # "the Kohala site": the place a project is named after
            at = facility.start("what")
            place = context.named_site(index, context.sentences[index].text[at : at + len(what)])
        place = place or context.facility_place(index, what)
        if place is None and what in _SITE_OWNERS:  # "the dam site": the story's project's
            place = context.project_place(index, facility.start("what"))
        if place is not None:
            found.append((facility.start("what"), facility.end(), place))
    return _added(places, found)


def _dateline_as(home: Place | None, what: str) -> Place | None:
    """The dateline's place as ``the city``, or its country as ``the country``, else None.

    ``the port city`` is the dateline's city only when it is a port city (``GWADAR:``).
    """
    if home is None:
        return None
    if what == "country":
        return lookup_place(_country(home))
    if what == "port city":
        return home if home.name in _PORT_CITIES else None
    return home if what == "city" and _specific(home) else None


def _may_refer(text: str, low: str, frames: list[_Frame]) -> bool:
    """True when a sentence can speak of a known visitor: a pronoun, their name or title.

    So can ``the delegation`` (``The delegation was received by Y``), ``the visit`` called
    off or put off (``The visit has been postponed``) and, after a trip of someone not yet
    named (``A vice minister arrived in Y``), any name (``Zhou Ping was met by Z``).
    """
    if _PRONOUN.search(text) or _THE_BODY.search(low):
        return True
    if _THE_TRIP.search(low) and _undoing(low, [0]):
        return True
    for frame in frames:
        visitor = frame.visitor
        words = [w for w in visitor.name.lower().split() if len(w) > 2]
        if any(w in low for w in words) or (visitor.role or "\0").lower() in low:
            return True
        if _unnamed_person(visitor):
            return True
    return False


def _any_one(visitor: Actor) -> bool:
    """True for a person told by an indefinite occupation or title only (``an engineer``).

    Such a subject with ``can``/``could`` speaks of anyone's ability, not of one trip.
    """
    indefinite = visitor.name.lower().startswith(("a ", "an "))
    return indefinite and not visitor.named and bool(visitor.role)


def _unnamed_person(visitor: Actor) -> bool:
    """True for someone told by an indefinite title only (``A vice minister of X``)."""
    return not visitor.named and bool(visitor.role) and visitor.name.startswith(("A ", "An "))


def _frames(
    context: _Context,
    index: int,
    low: str,
    travel: list[_Travel],
    places: list[_Place],
    destinations: list[Place | None],
) -> list[_Frame]:
    """The visit frames of sentence ``index`` from its travel words, places and ``destinations``.

    ``destinations`` are those of the travel words among ``places``: read anew only when a
    place is dropped here.
    """
    text = context.sentences[index].text
    mentions = context.mentions(index)
    home = context.home
    # A country inside a title ("Pakistan's Foreign Minister") is no destination; a name the
    # gazetteer lacks was taken as a place only where a travel word leads, so it stays.
    kept = [
        p
        for p in places
        if p[2].id is None or not _in_title(text, p, mentions) or _seat_visited(text, p, travel)
    ]
    if len(kept) != len(places):
        places = kept
        destinations = [_destination(text, places, m.start(), m.end(), k, home) for k, m in travel]
    if any(p is not None and p.name in _PROVINCIAL_CAPITAL_OF for p in destinations):
        destinations = _without_purpose(low, travel, destinations)
    leading = [  # "en route to Y" is an adjunct: the main clause's time is its too
        m.start()
        for (k, m), place in zip(travel, destinations, strict=True)
        if (
            (place is not None or (k == "hosted" and places))
            and not (k == "arrive" and m.group().startswith(_EN_ROUTE))
        )
        # "X, who is in Y, will come back to Z on Friday": going home, Friday is its own
        or (k == "back" and _place_after(text, places, m.end()) is not None)
    ]
    out: list[_Frame] = []
    hostable = _HOST_CUE.search(low) is not None
    negatable = "not " in low or "n't " in low or "no plan" in low
    able = "can " in low or "could " in low
    heads = " head" in low or "eading " in low
    groups = _qualifiers(low)
    counted = len({w for _, words in groups for w in words}) if groups else 0
    undoing = _undoing(low, [m.start() for _, m in travel], leading)
    sentence_wide = (groups, counted, undoing)  # the same for every frame of the sentence
    legged = " leg" in low or " stop" in low or " part" in low
    told: list[tuple[int, bool, _Frame]] = []  # frames so far: word's end, told as backdrop
    for (kind, m), place in zip(travel, destinations, strict=True):
        if kind == "verb" and _is_guest(text, places, m.start(), m.end()):
            kind = "guest"
        legs = _legs_named(text, places, m.start()) if legged and m.group() in _BARE_NOUNS else []
        if legs:  # "the Lanzhou and Dunhuang legs of her China tour": a trip noun, its legs
            kind, place = "visit_noun", legs[0]
        rank_lo = max(0, m.start() - _RANK_REACH)
        if low.endswith(" to ", 0, m.start()) and _RANKED.search(low, rank_lo, m.start()):
            continue  # "the first governor to tour Y" ranks a person among visitors: no trip
        if place is None and kind != "hosted" and (out or not (kind in _TRIP_NOUNS or hostable)):
            continue  # no frame can come of it: spare the search for its visitor
        pronoun = False
        if kind == "hosted":
            visitor, host, place = _hosted(text, places, mentions, m.start(), m.end())
        else:
            if out and (
                _AND_VERB.search(low, max(0, m.start() - 40), m.start()) or _takes_along(m)
            ):
                # "X will leave for Y to attend Z and will also visit W": X's second trip; so
                # is "on a visit that will also take her to W"
                visitor, pronoun = out[-1].visitor, out[-1].pronoun
            elif _takes_along(m) and m.group().split()[1] in _TAKEN_GENDER:
                # "The last leg took him to Y": the leg is no traveller, "him" is
                gender = _TAKEN_GENDER[m.group().split()[1]]
                visitor, pronoun = context.antecedent(index, m.start(), gender), True
            else:
                visitor, pronoun = _visitor(context, index, m.start(), m.end(), kind)
            host = _host(low, mentions, visitor) if hostable else None
            if host is not None and host.named and " " not in host.name:  # "Minister Rind"
                host = context.person_before(index, 0, surname=host.name) or host
            if host is None and kind == "verb":  # "visited Haier's plant in Y": Haier hosts
                host = _site_owner(text, mentions, m.end())
        if visitor is None or (place is None and ((kind not in _TRIP_NOUNS and not host) or out)):
            continue  # a place-less "visit" after "arrived in Y" is that same trip
        if kind == "guest" and place is not None and visitor.country == _country(place):
            continue  # "visiting" a place of one's own country is no trip
        if _relocates(m.group(), visitor):
            continue  # "the firm will move to Y" relocates; "the trainees will move to Y" travel
        if negatable and _NEGATED.search(low, max(0, m.start() - 30), m.start()):
            continue  # "will not visit Y this year"
        if able and _any_one(visitor) and _ABLE.search(low, max(0, m.start() - 10), m.start()):
            continue  # "a trader in X could be in Y by lunch": what anyone can do, no trip
        if place is not None and place.name == visitor.country:
            continue  # "arrived in the country" of one's own is coming home
        if kind == "call" and _at_post(visitor, place) and not _call_seat(text, m.end()):
            continue  # an envoy calling on a minister where he is posted makes no trip
        if kind == "arrive" and _going_home(context, visitor, place, m, destinations):
            continue  # "will visit Y before leaving for <home city>"
        if kind == "presence" and _resides(low, m.end(), visitor, place):
            continue
        if (
            kind in _STOPPING_KINDS
            and _STOP_CUE.search(low)
            and _passing_through(low, places, m.end())
        ):
            continue  # "landed in Y for a stopover" on the way to somewhere else
        if m.group().startswith("stop") and any(
            w.start() > m.start() and w.group().startswith(_EN_ROUTE) for _, w in travel
        ):
            continue  # "stopped in Y en route to Z": only Z is the trip
        others = [o for o in leading if o != m.start()]
        dated: dict[int, tuple[int, int, When]] = {}
        after = _listed_after(
            text,
            places,
            place,
            m.end(),
            functools.partial(_clause_times, context, index, low, m.start(), m.end()),
            dated,
        )
        listed: list[Place | None] = [place, *after]
        last: dt.date | None = None
        for k, each in enumerate(legs or listed):
            frame = _frame(
                context, index, low, kind, m, each, visitor, host, pronoun, others, sentence_wide
            )
            if k and not legs and k in dated and frame.when is not None:
                own = _spanned(context, index, *dated[k])
                if last is None or own.start is None or own.start < last:
                    break  # legs told out of order ("on Monday and then Y on Wednesday"): unsure
                frame = attrs.evolve(frame, when=own)
            if m.re is _ELIDED_LEG and out:
                frame = _after_leg(frame, out[-1])
            elif frame.onward and each is not None and _stop_of_tour(low, each, m, told):
                frame = attrs.evolve(frame, leg=True)
            elif told and _stop_in_region(low, m, told):
                frame = attrs.evolve(frame, part=True)
            last = frame.when.start if frame.when is not None else None
            out.append(frame)
            told.append((m.end(), _backdrop(kind, m), frame))
        if not visitor.named and place is not None and _of_people(visitor):
            context.groups.append((index, visitor))
        if visitor.named and place is not None:
            context.visitors.append((index, visitor))
            if low.endswith("first ", 0, m.start()):  # "X first came to Y in 2019"
                context.firsts[visitor.name] = place
        if kind == "lead":  # "X will lead a delegation to Y": the delegation is X's from now on
            context.lead(index, visitor)
        elif heads and visitor.named and _is_person(visitor) and _AT_HEAD.search(low):
            context.lead(index, visitor)  # "X flies to Y at the head of a delegation": X's too
    return out


def _stop_of_tour(
    low: str, place: Place, m: "re.Match[str]", told: list[tuple[int, bool, _Frame]]
) -> bool:
    """True for a city visited in a sentence that sets its visitor on a trip to its country.

    ``X, who is on a week-long visit to China, visited Urumqi on Tuesday``, ``During his visit
    to China, X also visited Shenzhen``: the country trip is told as a backdrop (see
    :func:`_backdrop`) in a phrase a comma closes, and the city is a stop of its own on it (a
    trip of its own beside the country's). Not so ``X visited Pakistan in 2023, when he
    travelled to Gwadar``: the country is told by the main verb, the city is where it went.
    """
    return _specific(place) and any(
        backdrop
        and f.destination is not None
        and not _specific(f.destination)
        and f.destination.name == place.country
        and "," in low[end : m.start()]
        for end, backdrop, f in told
    )


def _stop_in_region(low: str, m: "re.Match[str]", told: list[tuple[int, bool, _Frame]]) -> bool:
    """True for a stop told by a participle after a tour of a province or region.

    ``toured Gilgit-Baltistan last week, stopping in Hunza and Sost``, ``wrapped up a tour of
    the Gilgit-Baltistan region on Sunday, visiting the Khunjerab Pass``: the stops are places
    on the one trip to the region, not trips of their own (a country's stops are: see
    :func:`_stop_of_tour`).
    """
    return (
        m.group().startswith(_STOPPING)
        and low.endswith(", ", 0, m.start())
        and any(
            f.destination is not None and f.destination.name in _PROVINCIAL_CAPITAL_OF
            for _, _, f in told
        )
    )


def _backdrop(kind: str, m: "re.Match[str]") -> bool:
    """True for a travel word telling a trip as the setting of a clause, not as its event.

    A trip noun (``on a visit to Y``, ``during his tour of Y``), being there (``is in Y``) or
    the progressive (``who is visiting Y``).
    """
    return kind in _TRIP_NOUNS or kind in ("presence", "guest") or m.group().endswith("ing")


def _without_purpose(
    low: str, travel: list[_Travel], destinations: list[Place | None]
) -> list[Place | None]:
    """``destinations`` less a region whose trip noun is the purpose of an arrival before it.

    ``arrived in Urumqi on Thursday for a five-day visit to the Xinjiang Uygur Autonomous
    Region``: the visit to the region is the arrival's own trip, told by the region the city
    lies in, and its days are the arrival's. Callers check that a region is among them.
    """
    out = list(destinations)
    for i, ((kind, m), place) in enumerate(zip(travel, destinations, strict=True)):
        if kind not in _TRIP_NOUNS or place is None or place.name not in _PROVINCIAL_CAPITAL_OF:
            continue
        if _FOR_TRIP.search(low, max(0, m.start() - 50), m.start()) is None:
            continue
        if any(
            d is not None
            and _specific(d)
            and d.name not in _PROVINCIAL_CAPITAL_OF
            and _country(d) == _country(place)
            for d in out[:i]
        ):
            out[i] = None
    return out


def _going_home(
    context: _Context,
    visitor: Actor,
    place: Place | None,
    m: "re.Match[str]",
    destinations: list[Place | None],
) -> bool:
    """True when a departure (``leaving for Y``, ``flew back to Y``) takes the visitor home.

    Y is home when it lies in the visitor's country, or that of a place in the visitor's title
    or description (``Vice Governor of Xinjiang``, ``a delegation from Urumqi``), while the
    trip told with it (another destination of the sentence, else the dateline) is abroad.
    """
    if place is None or not m.group().startswith(_DEPARTURES):
        return False
    told = (visitor.role, visitor.organization, visitor.name, context.bodies.get(visitor.name))
    words = " ".join(filter(None, told))
    homes = {visitor.country} | {_country(p) for _, _, p in find_places(words)}
    if _country(place) not in homes:
        return False
    abroad = [d for d in destinations if d is not None and _country(d) != _country(place)]
    return bool(abroad) or (context.home is not None and _country(context.home) not in homes)


def _resides(low: str, end: int, visitor: Actor, place: Place | None) -> bool:
    """True when being in a place is living there, not a trip.

    So it is for ``has been in Y since 2022``, and for an ambassador in the country of his post.
    """
    if _SINCE.match(low, end):
        return True
    resident = _RESIDENT.search(visitor.role or "") is not None
    return resident and place is not None and not _specific(place)


def _passing_through(low: str, places: list[_Place], end: int) -> bool:
    """True when the place reached after ``end`` is a stop on the way (``in Y in transit``)."""
    i = bisect.bisect_left(places, end, key=_PLACE_START)
    return i < len(places) and _STOPOVER.match(low, places[i][1]) is not None


def _listed_after(
    text: str,
    places: list[_Place],
    first: Place | None,
    end: int,
    times: Callable[[], Sequence[tuple[int, int, When]]] | None = None,
    dated: dict[int, tuple[int, int, When]] | None = None,
) -> list[Place]:
    """The places listed after ``first`` (``Shanghai and Hangzhou``), each a destination of its own.

    A list needs ``and`` before its last item, so ``Gwadar, Balochistan`` is one place; a
    country after one of its cities (``Beijing, China``) is no new item. A last item the
    gazetteer lacks (``Ningbo and Zhoushan from May 3 to 6``) is a place of the first one's
    country when one capitalised word ends the list. An itinerary may date each item (``Beijing
    on June 20, Shanghai on June 22 and Xi'an on June 24``): given ``times``, which reads the
    sentence's times when first needed, the time right after an item (from the second on) goes
    into ``dated`` by its position in the list (1 for the first item after ``first``).
    """
    i = next((k for k, p in enumerate(places) if p[0] >= end and p[2] is first), len(places))
    items: list[Place] = []
    last_gap = ""
    itinerary = False
    while i + 1 < len(places) and len(items) < _MAX_FRAMES:
        if places[i + 1][0] < places[i][1]:  # read twice: "Hattar" in "the Hattar zone"
            i += 1
            continue
        gap = text[places[i][1] : places[i + 1][0]]
        if gap.strip() not in _LIST_GAPS and not _site_then(gap):
            own = None
            if times is not None and gap.rstrip().endswith(_LIST_ENDS):
                own = _dated_gap(text, places[i][1], places[i + 1][0], times())
            if own is None:
                break
            itinerary = True
            if dated is not None and items:
                dated[len(items)] = own
            gap = text[own[1] : places[i + 1][0]]
        place = places[i + 1][2]
        if place.name != places[i][2].country:
            items.append(place)
        last_gap, i = gap, i + 1
    if first is not None and i < len(places) and text.startswith(" and ", places[i][1]):
        unknown = _LAST_UNKNOWN.match(text, places[i][1])
        if unknown is not None and _may_be_place(unknown["name"]):
            items.append(Place(unknown["name"], country=_country(first)))
            last_gap = " and "
    if itinerary and dated is not None and times is not None and items:  # its last item
        own = _dated_gap(text, places[i][1], len(text), times())
        if own is not None:
            dated[len(items)] = own
    return items if "and" in last_gap else []


def _site_then(gap: str) -> bool:
    """True when ``gap`` ends a site named by its place and opens the list's next item.

    ``visit the Thakot interchange and Besham``: the site (``interchange``, ``bridge site``)
    stands for its place, a destination as ``Besham`` is.
    """
    words = gap.split()
    return 1 < len(words) <= 3 and words[-1] == "and" and all(w in _SITE_NOUNS for w in words[:-1])


def _clause_times(
    context: _Context, index: int, low: str, start: int, end: int
) -> list[tuple[int, int, When]]:
    """The times of sentence ``index`` resolved with the tense of the travel word at ``start``."""
    return context.times(index, _tense(low, start, end))


def _dated_gap(
    text: str, start: int, stop: int, times: Sequence[tuple[int, int, When]]
) -> tuple[int, int, When] | None:
    """The time right after an itinerary's item (ending at ``start``), before the next one.

    ``Shanghai on June 22, Xi'an``: only a blank may lie before the time, and only a list's
    separator (or nothing, for the last item) between the time and ``stop``.
    """
    for t in times:
        if t[0] >= start and not text[start : t[0]].strip() and t[2].start is not None:
            rest = text[t[1] : stop].strip()
            return t if stop == len(text) or rest in _LIST_GAPS else None
    return None


def _frame(
    context: _Context,
    index: int,
    low: str,
    kind: str,
    m: "re.Match[str]",
    place: Place | None,
    visitor: Actor,
    host: Actor | None,
    pronoun: bool,
    others: Sequence[int],
    sentence_wide: tuple[list[tuple[int, list[str]]], int, dict[int, _Undoing]],
) -> _Frame:
    """Build the frame of one travel word once its place and people are known.

    ``others`` are the offsets of the sentence's other travel words that lead to a place;
    ``sentence_wide`` the qualifiers of the sentence's trip nouns, how many differ, and the
    words cancelling or postponing a trip by the travel word they undo. A trip put off to a
    new date (``postponed until next month``) is planned for that date.
    """
    sentence = context.sentences[index]
    start, end = m.span()
    ref = context.article.date
    # "due in Y" is ahead, "visiting X" is there now; other words take their clause's tense
    noun = kind in _TRIP_NOUNS
    taken = _takes_along(m)  # "a tour that will also take her to Y"
    tense = (
        _KIND_TENSE.get(kind)
        or _still_there(low, kind, m)
        or (_taken_tense(m) if taken else None)
        or _tense(low, start, end, noun=noun, home=context.home, place=place)
    )
    if kind == "call" and _visiting_caller(low, start):
        tense = Tense.PRESENT  # "Visiting Minister X called on Y in Z on Tuesday": still there
    when = _when(context, index, tense, start, end, others, noun=noun)
    if taken and when is not None and when.span is not None:
        when = when if when.span.start >= sentence.span.start + end else None  # the tour's day
    if when is None and kind == "arrive" and " as " in low:
        when = _main_clause_time(context, index, tense, start)
    if tense is Tense.PAST and when is not None and _scheduled_for(sentence, when):
        tense = None  # "The visit, planned for July, was confirmed": the July nearest
        when = _when(context, index, tense, start, end, others, noun=noun)
        if when is not None and when.start is not None and _WEEKDAY.search(when.text):
            ahead = _when(context, index, Tense.FUTURE, start, end, others, noun=noun)
            when = _nearer(ahead, when, ref)  # "called off his trip, set for Friday"
    if (
        when is not None
        and when.start is not None
        and when.start < ref
        and (told := _schedule_word(low, kind, m, tense, others)) is not None
        and _told_as_gone(when, ref, tense)
    ):
        ahead = _when(context, index, Tense.FUTURE, start, end, others, noun=noun)
        if (
            ahead is not None
            and _in_coming_week(ahead, ref)
            and _own_time(low, told, ahead, sentence.span.start)
        ):
            tense, when = Tense.FUTURE, ahead  # "is travelling to Y on Friday": the next Friday
    groups, counted, undoing = sentence_wide
    undone = undoing.get(start)
    rescheduled = None
    if undone is not None and undone[2] is VisitStatus.POSTPONED:
        rescheduled = _new_date(context, index, undone[1])
    if rescheduled is None:  # "The visit, earlier planned for June, will now take place in May"
        rescheduled = _moved_date(context, index, low, end)
    qualifiers, foreign_days = _own_qualifiers(groups, start, others) if groups else ((), False)
    if foreign_days and when is not None and _stretched(when, ref, tense):
        when = When(when.text, when.start, when.start, Granularity.DAY, when.span)
    bare = noun or m.group() in _BARE_NOUNS
    back = m.re is not _LEG_AFTER_CUT and (  # "cut short its stay in A and returned to B"
        kind == "return"
        or _ends_trip(low, start)
        or (bare and _ENDED_AFTER.match(low, end) is not None)
    )
    cut = back and when is None and "cut short" in low
    if cut:
        when = _cut_on(context, index, tense, start)
    # "arrived in Y on Saturday after a two-day visit to Z": Z's days end on Saturday, and its
    # status follows from them (the trip ahead when the arrival is)
    ended = back or (bare and _AFTER_TRIP.search(low, max(0, start - 50), start))
    if ended and when is not None:
        when = _ending_on(when, ref, tense, max(map(_days, qualifiers), default=0))
    elif when is not None and _arrival_or_reach(kind, m) and any(cue in low for cue in _BACK_CUES):
        arrived = m.group().startswith(("arriv", "land", "reach"))
        when = _until_return(context, index, end, when, tense, arrived=arrived)
    elif when is not None and any(word in low for word in _UNTIL_WORDS):
        when = _until_day(context, index, end, when)
    if rescheduled is not None:
        when, undone = rescheduled, None
    confidence = 0.9 if not pronoun else 0.75
    if kind in ("hosted", "visit_noun"):
        confidence -= 0.15
    score = (
        2 * _rank(when)
        + 2 * (host is not None)
        + counted  # the sentence's qualifiers, whichever trip they are of
        + 3 * (not pronoun)
        + 2 * (kind != "visit_noun")
        + 2 * (place is not None)
    )
    told_at = start - 1 if m.group().startswith("spen") else end  # "spent two days in Y"
    first = when.start if when is not None else None
    days = _spelled_days(low, told_at, first) if any(c in low for c in _LENGTH_CUES) else 0
    lasting = _lasting(when, list(qualifiers), days) if (qualifiers or days) and not back else when
    return _Frame(
        visitor=visitor,
        destination=place,
        sentence=sentence,
        status=(
            undone[2]
            if undone
            else _after_who(low, m, lasting, ref)
            or _status(
                tense, lasting, ref, arrival=not taken and _is_arrival(low, kind, m), back=back
            )
        ),
        host=host,
        when=when,
        qualifiers=qualifiers,
        confidence=confidence,
        order=index,
        score=score,
        pronoun=pronoun,
        onward=_is_onward(kind, m),
        rescheduled=rescheduled is not None,
        part=(
            kind == "received" or _during_stay(low, start, end) or _where_there(low, start, others)
        ),
        last_day=back and when is not None and when.granularity is Granularity.DAY,
        days=days,
        stop=kind == "presence" and when is not None and when.granularity in _STOP_DAYS,
        leg=taken,
        step=_STEP.search(low, max(0, start - _STEP_REACH), start) is not None,
        cut=cut and when is not None,
    )


_VISITING_REACH = 80
"""How far before a call its caller's ``Visiting`` may stand (a title and name), in characters."""


def _visiting_caller(low: str, start: int) -> bool:
    """True when the one calling at ``start`` is told as ``Visiting``: the trip is under way.

    ``Visiting Chinese Vice Minister X called on Y in Islamabad on Tuesday``: the call was
    made, the visit goes on. ``After visiting Y, X called on Z`` (a comma between) is not it.
    """
    at = low.rfind("visiting ", max(0, start - _VISITING_REACH), start)
    return (
        at != -1
        and (at == 0 or not low[at - 1].isalpha())
        and "," not in low[at:start]
        and _clause_open(low[at:start])
    )


def _nearer(ahead: When | None, before: When, ref: dt.date) -> When:
    """The day of a plan nearest ``ref``: a weekday ``ahead`` when it is nearer than ``before``.

    ``has cancelled his trip, which was scheduled for Friday``, told on a Wednesday, is the
    coming Friday; told on a Saturday, the Friday just gone.
    """
    if ahead is None or ahead.start is None or before.start is None:
        return before
    return ahead if ahead.start - ref < ref - before.start else before


_STOP_DAYS = (Granularity.DAYS, Granularity.DAY)
"""How a stay is dated when it is an itinerary's stop: its own days (``will be in Y from May
12 to 14``) or one day (``on Tuesday she was in Y``)."""


def _ends_trip(low: str, start: int) -> bool:
    """True when words before the trip noun at ``start`` tell the trip as over.

    So ``after concluding a visit to Y`` does. Not an ending still ahead of the clause
    (``will fly to X, before ending the tour in Y``): Y is the tour's last leg, as far ahead
    as the clause's own trip; nor ``her return visit``, a trip of its own.
    """
    ended = _ENDED.search(low, max(0, start - 60), start)
    return ended is not None and not (
        (ended.group().endswith("ing") and low.endswith("before ", 0, ended.start()))
        or (ended.group() == "return" and not low[ended.end() : start].strip())
    )


def _takes_along(m: "re.Match[str]") -> bool:
    """True for a trip told as taking its visitor on to a place (``that will take her to Y``)."""
    return m.group().startswith(("tak", "took"))


def _taken_tense(m: "re.Match[str]") -> Tense:
    """The tense of a leg a trip takes its visitor on (``that took her to Y``, ``will take``).

    A leg the trip is told as taking the visitor on lies ahead of the trip's telling, unless
    told in the past; the time before it is the trip's own (``arrived on Monday on a tour
    taking her to Y``), not the leg's.
    """
    return Tense.PAST if m.group().startswith("took") else Tense.FUTURE


def _spelled_days(low: str, end: int, first: dt.date | None) -> int:
    """The days a trip lasts told in words after its travel word (``for four days``), or 0.

    One day is 0 too: it stretches no date. Only in the travel word's clause: ``; talks have
    stalled for two days`` and ``, where traders have protested for three days`` are not the
    trip's. Months are counted on the calendar from the trip's ``first`` day (``left on July 15
    for three months``: to October 14), so they need one.
    """
    told = _SPELLED_DAYS.search(low, end, end + _SPELLED_WINDOW)
    gap = low[end : told.start()] if told else ""
    if told is None or not _clause_open(gap) or _RELATIVE.search(gap):
        return 0
    if told["unit"] == "month":
        if first is None:
            return 0
        try:
            return (first + relativedelta(months=_count(told["n"])) - first).days
        except (ValueError, OverflowError):  # past year 9999
            return 0
    days = _days(told["length"] or f"{told['n']}-{told['unit']}")
    return days if days > 1 else 0


def _place_after(text: str, places: list[_Place], offset: int) -> Place | None:
    """The first place at or after ``offset`` when only linking words lie between.

    A country owning the place after it is not the place: ``China's eastern Jiangsu province``
    is Jiangsu.
    """
    i = bisect.bisect_left(places, offset, key=_PLACE_START)
    if i == len(places) or not _only_filler(text[offset : places[i][0]]):
        return None
    end, place = places[i][1], places[i][2]
    if i + 1 < len(places) and text.startswith(("’s ", "'s "), end):
        owned = places[i + 1][2]
        if owned.country == place.name and _only_filler(text[end + 3 : places[i + 1][0]]):
            return owned
    return place


def _destination(
    text: str, places: list[_Place], start: int, end: int, kind: str, home: Place | None = None
) -> Place | None:
    """The place the travel word at ``start:end`` leads to, or None when none is named there.

    ``Visiting Minister X met Y`` with no place named is a visit to the dateline's ``home``.
    """
    if kind == "back" and not any(cue in text for cue in _FIRST_PERSON_CUES):
        return None  # only a speaker's own return is a trip: "“We will come back to Y”"
    if kind == "presence" and text.endswith("here", 0, end):
        return home  # "X, who is here on a three-day visit": where the dateline is
    place = _place_after(text, places, end)
    if place is not None and kind in ("verb", "arrive") and place.name == place.country:
        place = _owned_site(text, places, end) or place  # "visited Pakistan's embassy in Y"
    if place is not None or kind == "hosted":
        return place
    if kind == "return" and (errand := _ERRAND.match(text, end)) is not None:
        return _place_after(text, places, errand.end())  # "returned from a roadshow in Y"
    i = bisect.bisect_left(places, start - 1, key=_PLACE_END)
    if text[start:end].lower() in _BARE_NOUNS and i < len(places) and places[i][1] == start - 1:
        return places[i][2]  # "his China visit"
    if kind == "guest" or (kind == "verb" and _is_guest(text, places, start, end)):
        return _place_in(text, places, end) or home  # "Visiting Minister X met Y in Islamabad"
    if kind in ("verb", "arrive", "call") and (mission := _MISSION.match(text, end)):
        return _mission_place(mission, home)  # "visited the Chinese embassy"
    if kind in ("verb", "arrive"):  # "visited the headquarters in Y", "landed at the airbase in Y"
        site = _SITE.match(text, end)
        if site is None and "(" in text:  # "visited the X Authority (XA) in Y"
            site = _ABBREVIATED_SITE.match(text, end)
        if site is not None:
            return _place_after(text, places, site.end())
        if kind == "verb" and (seat := _SEAT.match(text, end)) is not None:
            return lookup_place(str(seat.lastgroup))  # "visited the BOI Secretariat"
        return _place_before_when(text, places, start) if kind == "arrive" else None
    if kind == "received":  # "was received by X in Beijing": the place after its agent
        return _place_behind_agent(text, places, end)
    if kind == "call":  # "called at the Planning Commission", "called on him here"
        if text.endswith("at", 0, end) and (port := _place_after(text, places, end)):
            return port  # "the frigate called at Karachi": a port call
        return _call_seat(text, end) or _call_place(text, places, end)
    to_site = _TO.match(text, end) if kind in _TRIP_NOUNS else None
    site = None if to_site is None else _SITE.match(text, to_site.end() - 1)
    if site is not None:  # "a trip to the wind farms at Y", as "visited the wind farms at Y"
        return _place_after(text, places, site.end())
    to = text.find(" to ", end, end + 80) if kind == "noun" else -1
    return _place_after(text, places, to) if to != -1 else None  # "a visit by X to Y"


def _mission_place(mission: "re.Match[str]", home: Place | None) -> Place | None:
    """Where a country's mission with no place named sits, or None when the text cannot say.

    Its host country is the dateline's, unless the dateline is in the mission's own country:
    then, in a CPEC story, the other partner's. An embassy or high commission sits in the
    host's capital (``ISLAMABAD`` or ``KARACHI``: ``the Chinese embassy`` is in Islamabad); a
    consulate in the dateline's city when that city is in the host country (``LAHORE``:
    ``the Chinese consulate`` is Lahore's), else nowhere the text says.
    """
    owner = str(mission["owner"] or mission["of_owner"])
    place = lookup_place(owner)  # "Pakistan's embassy", else a demonym ("the Chinese embassy")
    country = place.name if place and place.name == place.country else demonym_country(owner)
    if country is None:
        return None
    hosted = home is not None and _country(home) != country  # the dateline is in the host country
    host = _country(home) if home is not None and hosted else _PARTNER.get(country)
    if str(mission["kind"] or mission["of_kind"]).lower().startswith("consulate"):
        return home if hosted and home is not None and home.name != host else None
    capital = _CAPITAL_OF.get(host) if host is not None else None
    return lookup_place(capital) if capital is not None else None


def _owned_site(text: str, places: list[_Place], end: int) -> Place | None:
    """The place of a country's site visited after ``end``: ``Pakistan's embassy in Y`` is Y.

    The country owns the site (a mission, ``China's largest port in Y``) or names it (``the
    Pakistan pavilion in Y``); the trip goes to where the site is. Callers found the country
    right after the travel word.
    """
    site = _SITE.match(text, end)
    if site is None or site.group().endswith("of "):
        return None
    return _place_after(text, places, site.end())


def _place_before_when(text: str, places: list[_Place], start: int) -> Place | None:
    """The place of the clause before ``, when``/``, where`` for an arrival with none of its own.

    ``Talks will be held in Y on May 4, when a team led by X is due to arrive``: X arrives in Y.
    Only a time may follow the place (``in Y on May 4``) before the comma.
    """
    lo = max(0, start - _WINDOW)
    comma = max(text.rfind(", when ", lo, start), text.rfind(", where ", lo, start))
    if comma == -1:
        return None
    i = bisect.bisect_right(places, comma, key=_PLACE_END)
    if i == 0 or comma - places[i - 1][1] > _AGENT_GAP:
        return None
    p_start, p_end, place = places[i - 1]
    after = text[p_end:comma]
    fits = text[max(0, p_start - 3) : p_start] in ("in ", "at ") and "," not in after
    return place if fits and _clause_open(after) else None


def _call_seat(text: str, end: int) -> Place | None:
    """The city of the federal body a call ending at ``end`` is made at, or None.

    ``called at the Planning Commission`` and ``called on the BOI on Monday`` are visits to the
    body, placed where it sits as ``visited the Planning Commission`` is (see ``_SEAT``), by
    whoever makes them; ``called on the Planning Commission to release funds`` urges it.
    """
    seat = _SEAT.match(text, end)
    if seat is None or (text.endswith("on", 0, end) and _URGES.match(text, seat.end())):
        return None
    return lookup_place(str(seat.lastgroup))


def _call_place(text: str, places: list[_Place], end: int) -> Place | None:
    """Where the call on a person ending at ``end`` is made: ``here`` or ``in Y`` after them.

    Only a few words, in one clause, may stand between, naming a person (``called on him
    here``, ``called on Chief Minister X in Lahore``): a call with no place is no trip, and a
    call on a body (``called on the government here to``) urges it.
    """
    i = bisect.bisect_left(places, end, key=_PLACE_START)
    if i == len(places) or places[i][0] - end > _AGENT_GAP:
        return None
    p_start, p_end, place = places[i]
    gap = text[end:p_start]
    if not _clause_open(gap) or "," in gap:
        return None
    if text[p_start:p_end] != "here" and not gap.endswith((" in ", " at ")):
        return None
    return place if _CALLED_ON.match(gap) else None  # "called on the government" urges it


def _at_post(visitor: Actor, place: Place | None) -> bool:
    """True when a call by ``visitor`` at ``place`` is made where a resident envoy is posted.

    A consul's post is where the call is, as far as the text tells; an ambassador's (envoy's,
    high commissioner's) is a capital, so a call in Lahore or Kunming is a trip there.
    """
    role = visitor.role or ""
    if not _RESIDENT.search(role):
        return False
    return place is None or "consul" in role.lower() or place.name in _CAPITALS


def _place_behind_agent(text: str, places: list[_Place], end: int) -> Place | None:
    """The place named with ``in``/``at`` after ``by X`` (``received by X at Y``), in the clause."""
    if not text.startswith(" by ", end):
        return None
    i = bisect.bisect_left(places, end, key=_PLACE_START)
    if i == len(places) or places[i][0] - end > _AGENT_GAP:
        return None
    gap = text[end : places[i][0]]
    fits = "," not in gap and _clause_open(gap) and gap.endswith((" in ", " at "))
    return places[i][2] if fits else None


def _is_guest(text: str, places: list[_Place], start: int, end: int) -> bool:
    """True for ``visiting`` before a name in capitals, no place: ``Visiting Minister X met Y``."""
    return (
        text[start:end].lower() == "visiting"
        and text[end + 1 : end + 2].isupper()
        and _place_after(text, places, end) is None
        and not _BE_BEFORE.search(text, max(0, start - 20), start)
    )


def _place_in(text: str, places: list[_Place], end: int) -> Place | None:
    """The first place after ``end`` named with ``in`` or ``at`` (``met Y in Islamabad``)."""
    i = bisect.bisect_left(places, end, key=_PLACE_START)
    for p_start, _, place in places[i : i + _MAX_FRAMES]:
        if text[max(0, p_start - 3) : p_start] in ("in ", "at "):
            return place
    return None


def _only_filler(gap: str) -> bool:
    """True when ``gap`` holds at most a few linking words (``to the capital``)."""
    words = gap.replace(",", " ").split()
    return len(words) <= _MAX_FILLER and all(w.lower() in _FILLER for w in words)


def _visitor(
    context: _Context, index: int, start: int, end: int, kind: str
) -> tuple[Actor | None, bool]:
    """Who travels, and whether a pronoun had to be resolved to find them."""
    text = context.sentences[index].text
    mentions = context.mentions(index)
    if kind == "send":  # "will send a technical team (a vice minister) to Y": they travel
        if text.startswith("br", start) and (bringer := _bringer(context, index, start)):
            return bringer  # "she will bring a delegation to Y": she comes with it
        sent = _BODY.search(text, start, end)
        if sent is not None:
            return _body_actor(sent), False
        person = _mention_after(mentions, text.index(" ", start, end) + 1)
        return (person.actor if person and person.actor.role else None), False
    if kind == "guest":  # the name after "visiting", or the mention it opens
        guest = _mention_after(mentions, end) or _mention_at(mentions, start)
        return (guest.actor if guest and _is_person(guest.actor) else None), False
    lo = max(0, start - _WINDOW)
    if _speaks_of_self(text):
        speaker = _quoted_speaker(context, index, lo, start, end)
        if speaker is not None:  # "“I will visit Y soon,” he said": the speaker travels
            return speaker, True
    if kind == "back":  # "the minister will return to Islamabad" is going home, no trip
        return None, False
    if text.endswith(" to ", 0, start):
        group = _body_to(text, lo, start - 4)
        if group is not None:  # "expected a Chinese technical team to arrive at Y": it travels
            brings = _BRING.search(text, lo, group.start())
            bringer = _bringer(context, index, brings.start()) if brings is not None else None
            return bringer or (_body_actor(group), False)  # "she will bring X to visit Y": she
    if kind == "verb" and text.endswith(_ADJUNCT_OPENERS, 0, start):
        adjunct = _speaker_of_adjunct(context, index, lo, start)
        if adjunct is not None:  # "…, X said on Monday after visiting Y": X went to Y
            return adjunct
    candidate = _subject(text, mentions, lo, start)
    if text.find("ccording to", lo, start) != -1:
        told = _source_then_subject(context, index, text, mentions, start)
        if told is not None:  # "According to spokesperson X, the governor will visit Y"
            return told, False
    members = (
        _MEMBERS.search(text, lo, start)
        if context.leader is not None and text.find("he ", max(lo, start - 60), start) != -1
        else None
    )
    if members is not None and (candidate is None or candidate.end <= members.start()):
        return context.leader, False  # "a delegation led by X ... the lawmakers will tour Y": X
    near = candidate is not None and start - candidate.end < 3
    if near and kind in _TRIP_NOUNS and _taken_up(text, start):
        candidate = None  # "A side trip to Y was called off": no one is "A side"
    if candidate is None and kind not in _TRIP_NOUNS and _opens_with_it(text, start):
        it = _it_body(context, index)
        if it is not None:  # "The mission, led by X, ... It will go on to Y": X
            return it, True
    pronouns = [
        p
        for p in _PRONOUN.finditer(text, lo, start)
        if not _inside(p.start(), mentions)
        and not _TITLED_NAME.match(text, p.start())
        and not (p.group()[0].isupper() and _NAME_WORD_BEFORE.search(text, lo, p.start()))
    ]
    pronoun = pronouns[-1] if pronouns else None
    if (
        pronoun is not None
        and (candidate is None or pronoun.start() > candidate.end)
        and _clause_open(text[pronoun.end() : start])
    ):
        kin = _STAND_IN.match(text, pronoun.end())
        if kin is not None:  # "Her deputy flew to Y": the deputy, not the one "her" stands for
            said = text[pronoun.start() : kin.end()]
            return Actor(said, role=kin["role"], named=False), False
        which = pronoun["which"]
        skip = 1 if which == "former" else 0
        ahead = _fronted_subject(context, index, end) if not which else None
        if ahead is not None:  # "During his visit to X, Minister Y said ...": the name follows
            return ahead
        gender = _PRONOUN_GENDER.get(pronoun.group().lower(), "")
        if which:
            antecedent = context.person_before(index, pronoun.start(), skip=skip, anyone=True)
        else:
            antecedent = _opening_name(context, index, pronoun.start())
            if antecedent is None or not context.fits_gender(antecedent, gender):
                antecedent = context.antecedent(index, pronoun.start(), gender)
        if antecedent is None:  # a visitor named before whom the actor finder missed
            antecedent = next(
                (
                    v
                    for i, v in reversed(context.visitors)
                    if i < index and context.fits_gender(v, gender)
                ),
                None,
            )
        if antecedent is None and not which:  # "During their stay in Y, the journalists ..."
            return _fronted_descriptor(context, index, end), False
        return antecedent, True
    titled = _titled_possessive(text, lo, start)
    if titled is not None and (candidate is None or candidate.end <= titled[0]):
        return context.resolve(index, start, titled[1]), False
    by = _agent_start(text, end) if kind == "noun" else None
    by_body = None if by is None else _agent_body(context, index, by)
    if by_body is not None and by_body.named:  # "a trip by a delegation led by X": X
        return by_body, False
    agent = None if by is None else _mention_after(mentions, by)
    crowd = None if by is None or agent else _modified_crowd(text, mentions, by)
    if crowd is not None:  # "a visit by Chinese technical experts": all its words
        return crowd, False
    if agent is not None:  # "the visit of X to Y", "a visit to Y by X"
        return context.resolve(index, agent.start, agent.actor), False
    if by_body is not None:  # "called off a trip by a delegation of investors"
        return by_body, False
    relative = _relative_body(context, index, lo, start)
    if relative is not None:  # "met a delegation of X that visited Y": the delegation travels
        return relative, False
    if candidate is not None and not candidate.actor.named and _BODY_HEAD.search(text, lo, start):
        body = _body(context, index, lo, start)  # "a 20-member Chinese delegation", not "member"
        if body is not None and (
            text[candidate.start : candidate.end] in body.name or _is_person(body)
        ):  # "a company delegation" is no "company"; "a delegation led by X" is X
            return body, False
    if "guest" in text or "visitor" in text:
        guests = _guests(context, index, text, candidate)
        if guests is not None:  # "A delegation led by X arrived. The guests will visit Y": X
            return guests, False
    if candidate is not None:
        full = _NAMED_BODY.match(text, candidate.start)
        if full is not None and full.end() > candidate.end:  # "Committee" + " on Inland Waters"
            return Actor(full.group(), organization=full.group()), False
        invited = _invited_descriptor(text, candidate)
        if invited is not None:  # "At the invitation of X, the minister will visit Y"
            return context.resolve(index, invited[0], invited[1]), False
        actor = _named_after(text, candidate) or _appositive(text, mentions, candidate)
        actor = context.resolve(index, candidate.start, actor)
        if _LEADER.search(text, max(0, candidate.start - 20), candidate.start):
            context.lead(index, actor)
            led = _body_before(text, lo, candidate.start)
            if led is not None:
                context.bodies[actor.name] = led
        return actor, False
    body = _body(context, index, lo, start)
    if body is not None:
        return body, False
    fronted = _fronted_subject(context, index, end)
    if fronted is not None:  # "Upon arrival in Beijing, Minister X was received by Y"
        return fronted[0], False
    named = _short_name(context, index, lo, start)
    if named is None and (
        (kind in _TRIP_NOUNS and _taken_up(text, start)) or _stop_moved(context, index, start)
    ):
        # "The visit has been called off", "A planned trip to Y was postponed", "A stop in Y
        # has been put off to May": the trip of the visitor told last
        named = next((v for i, v in reversed(context.visitors) if i < index), None)
    if named is None and start < _WINDOW:  # "The top 20 scorers will visit Y": they travel
        group = _PLURAL_GROUP.fullmatch(text, 0, start)
        named = Actor(group["group"], named=False) if group is not None else None
    if named is None:  # "the training frigate Zheng He docked at Y": the ship calls
        vessel = _VESSEL.search(text, lo, start)
        named = Actor(vessel["name"]) if vessel is not None else None
    if named is None and "," in text:  # "During their stay in Y, the journalists ..."
        named = _fronted_descriptor(context, index, end)
    if named is None and context.groups and _THEY.search(text, max(lo, start - 40), start):
        # "A batch of 300 graduates left for China ... they will visit farms in Y": the group
        at, crowd = context.groups[-1]
        if index - at <= _LOOKBACK_SENTENCES:
            return crowd, True
    return named, False


def _speaker_of_adjunct(
    context: _Context, index: int, lo: int, start: int
) -> tuple[Actor, bool] | None:
    """The speaker of the reporting verb an ``after``/``while`` adjunct ending at ``start`` is on.

    ``The canal will open by spring, the minister said on Thursday after visiting the
    headworks``: the adjunct's subject is the reporting clause's, the one who speaks; so is a
    pronoun's antecedent (``he told reporters after visiting Y``). Whether a pronoun was
    resolved comes with the speaker.
    """
    text = context.sentences[index].text
    said = _SAID_THEN.search(text, lo, start)
    if said is None:
        return None
    speaker = _mention_before(context.mentions(index), said.start())
    if speaker is not None and _is_person(speaker.actor):
        return context.resolve(index, speaker.start, speaker.actor), False
    word = text[max(0, said.start() - 5) : said.start()].split()
    if not word or word[-1] not in _HE_SHE:
        return None
    found = context.antecedent(index, said.start(), _PRONOUN_GENDER[word[-1].lower()])
    return (found, True) if found is not None else None


def _source_then_subject(
    context: _Context, index: int, text: str, mentions: list[Mention], start: int
) -> Actor | None:
    """The descriptor after ``According to X,`` that the actor finder read as X's apposition.

    ``According to spokesperson X, the governor will visit Y``: the governor travels, not X.
    """
    source = next(
        (
            m
            for m in mentions
            if m.end <= start and _SOURCE_BEFORE.search(text, max(0, m.start - 30), m.start)
        ),
        None,
    )
    comma = -1 if source is None else text.find(_THEN_THE, source.start, source.end)
    if source is None or comma == -1 or not _clause_open(text[source.end : start]):
        return None
    said = text[comma + 2 : source.end]
    role = said.split(" ", 1)[1] if " " in said else ""
    if not role or not role.islower():
        return None
    return context.resolve(index, comma + 2, Actor(said, role=role, named=False))


def _guests(context: _Context, index: int, text: str, candidate: Mention | None) -> Actor | None:
    """The leader of the delegation told before, when ``candidate`` is its guests.

    ``The guests``, ``the visitors`` and ``the Chinese guest`` take up a delegation led by a
    person (``a delegation led by X``) as ``the delegation`` does; the gold names a delegation
    by whoever leads it. None when no led delegation was told before.
    """
    if candidate is None or candidate.actor.named:
        return None
    if not _GUESTS.fullmatch(text[candidate.start : candidate.end].lower()):
        return None
    leader = context.leader or context.body_before(index, candidate.start, "delegation")
    return leader if leader is not None and _is_person(leader) else None


def _titled_after(text: str, mentions: list[Mention], title: Mention) -> Mention:
    """The person ``title`` names, when its place complement ends in a common noun.

    ``led by Vice Governor of China's Yunnan province Lu Jianhua``: the title mention stops at
    ``Yunnan``; the name after ``province`` is the leader. Else ``title`` itself.
    """
    i = bisect.bisect_right(mentions, title.start, key=_MENTION_START)
    if i < len(mentions) and _TITLE_TAIL.fullmatch(text, title.end, mentions[i].start):
        return mentions[i] if _is_person(mentions[i].actor) else title
    return title


def _of_people(visitor: Actor) -> bool:
    """True for a visitor told as a group of people (``the trainees``, ``a batch of nurses``)."""
    return visitor.name.rsplit(None, 1)[-1].lower() in _PEOPLE


def _relocates(word: str, visitor: Actor) -> bool:
    """True when ``move to`` (the travel ``word``) tells a move of home, not a trip.

    A group of people already away moves on to a place on their programme (``the trainees will
    move to Y``); anyone else moving to a place relocates there (``the firm will move to Y``,
    ``the minister is moving to Y with his family``). ``move on to`` is always a trip's leg.
    """
    return word.startswith("mov") and " on" not in word and not _of_people(visitor)


def _stop_moved(context: _Context, index: int, start: int) -> bool:
    """True when a stop told as a noun at ``start`` (``A stop in Y``) is put off or moved.

    ``A stop in Xi'an has been postponed to next month``, ``A stop in Y, dropped from the
    schedule, will now take place in May``: a leg of the tour told before, with its new date.
    """
    text = context.sentences[index].text
    if not _STOP_NOUN.search(text, max(0, start - 8), start + 5):
        return False
    low = context.low(index)
    return any(stem in low for stem in _UNDONE_STEMS) or _MOVED.search(low) is not None


def _taken_up(text: str, start: int) -> bool:
    """True when the trip noun at ``start`` is one of the visitor told before.

    ``The visit has been called off`` takes up the trip told; ``A planned trip to Y was
    postponed`` (``a side trip``) is a new leg of the same visitor, known only as put off or
    called off, so it counts only in a sentence that tells so.
    """
    if _THE_BEFORE.search(text, max(0, start - 8), start):
        return True
    if not _PLANNED_BEFORE.search(text, max(0, start - 16), start):
        return False
    low = text.lower()
    return any(stem in low for stem in _UNDONE_STEMS)


def _quoted_speaker(context: _Context, index: int, lo: int, start: int, end: int) -> Actor | None:
    """The speaker of a quote whose first person travels: ``“I will visit Y,” he said``.

    ``I``/``we`` must open the clause of the travel word at ``start:end`` inside the quote;
    the speaker is told after the closing mark (``,” he told reporters``, ``,” the envoy
    said``, ``,” said X``) or before the opening one (``X said: “We will travel to Y``). A
    pronoun speaker takes the most recent subject before it, as any traveller's pronoun does.
    A quote making up its whole sentence goes on from the one before in the paragraph: its
    speaker is that quote's (``“...,” Gao said. “We hope to come back in April.”``).
    """
    text = context.sentences[index].text
    first = _FIRST_PERSON.search(text, lo, start)
    if first is None or _QUOTE_MARK.search(text, first.start(), start) is not None:
        return None
    closing = _QUOTE_MARK.search(text, end)
    if closing is not None and text[closing.start() - 1] in ",?!":
        return _speaker_after(context, index, closing.end())
    opening = max(text.rfind("“", lo, first.start()), text.rfind('"', lo, first.start()))
    before = _SAID_BEFORE.search(text, max(lo, opening - _SAID_REACH), opening)
    if opening == 0 and before is None and index > 0:
        return _previous_speaker(context, index)
    if opening == -1 or before is None:
        return None
    return _visitor(context, index, before.start(), before.end(), "verb")[0]


def _speaker_after(context: _Context, index: int, at: int) -> Actor | None:
    """The speaker told right after a quote's closing mark ending at ``at``, else None."""
    text = context.sentences[index].text
    after = _SPEAKER_AFTER.match(text, at)
    if after is None:
        return None
    at = after.end()
    if after["pronoun"]:
        gender = _PRONOUN_GENDER[after["pronoun"]]
        return context.antecedent(index, after.start("pronoun"), gender)
    said = _mention_at(context.mentions(index), at)
    if said is None:  # ",” Gao said": a lone surname is the person named before with it
        word = _CAPITALISED.match(text, at)
        if word is None or not _REPORTING.match(text, word.end()):
            return None
        return context.person_before(index, at, surname=word.group())
    head = _HEAD_OF_BODY.match(text, at)  # "the head of the delegation said": past "the head"
    if not (after["verb"] or _REPORTING.match(text, head.end() if head else said.end)):
        return None
    return context.resolve(index, said.start, said.actor)


def _previous_speaker(context: _Context, index: int) -> Actor | None:
    """The speaker of the quote closing the sentence before ``index`` in its paragraph."""
    before = context.sentences[index - 1]
    if before.paragraph != context.sentences[index].paragraph:
        return None
    text = before.text
    closing = max(text.rfind(",”"), text.rfind(',"'))
    return _speaker_after(context, index - 1, closing + 2) if closing != -1 else None


def _speaks_of_self(text: str) -> bool:
    """True when ``text`` quotes someone speaking of themselves: ``I``/``we`` and a quote mark."""
    return any(cue in text for cue in _FIRST_PERSON_CUES) and _QUOTE_MARK.search(text) is not None


def _opens_with_it(text: str, start: int) -> bool:
    """True when ``It`` is the subject of the travel word at ``start``.

    It opens the sentence (``It will go on to Y``) or the clause after a fronted phrase
    (``After three days in the city, it flew to Y``), with no clause boundary after it.
    """
    if text.startswith("It "):
        return _clause_open(text[:start])
    lo = max(0, start - _CLAUSE_IT_REACH)
    return " it " in text[lo:start] and _CLAUSE_IT.search(text, lo, start) is not None


def _it_body(context: _Context, index: int) -> Actor | None:
    """Who ``It`` opening sentence ``index`` stands for as a traveller.

    That is a body told in the sentence before (its leader when led by one: ``The mission,
    headed by X, met Y. It will go on to Z``), else the last leader named a few sentences back;
    a body told as an object (``at the invitation of the Y Committee``) is no traveller.
    """
    before = context.sentences[index - 1].text if index else ""
    found = _last_body(before, 0, len(before))
    if found is not None and not _object_position(before, found.start()):
        led = context.leader_after(index - 1, found.end(), found.group())
        body = led or context.body_before(index, 0, found["head"].lower())
        if body is not None:
            return body
    if not context.leaders:
        return None
    at, leader = context.leaders[-1]
    return leader if index - at <= _LOOKBACK_SENTENCES else None


def _opening_name(context: _Context, index: int, offset: int) -> Actor | None:
    """The person a sentence opens with by one name, when no one else is named before ``offset``.

    In ``Hashmi is on a visit to X, during which he will ...`` the pronoun is Hashmi's.
    """
    text = context.sentences[index].text
    first = _CAPITALISED.match(text)
    mentions = context.mentions(index)
    if first is None or (mentions and mentions[0].start < offset):
        return None
    if first.group().lower() in _FUNCTION_WORDS:
        return None  # "He said he would visit Y": the pronoun, not Vice Premier He Chen
    return context.person_before(index, 0, surname=first.group())


def _short_name(context: _Context, index: int, lo: int, start: int) -> Actor | None:
    """A person named earlier in full and now by one word (``Bilawal, who is visiting China``).

    The last few capitalised words before the travel word, in its clause, are tried against the
    names of the people mentioned before. Words of a body's name are none (``met officials of
    the China Development Bank in Y before flying to Z``: the bank's words are passed over).
    """
    text = context.sentences[index].text
    mentions = context.mentions(index)
    words = [w for w in _CAPITALISED.finditer(text, lo, start) if not _in_body(w, mentions)]
    words = words[-_SHORT_NAME_TRIES:]
    for word in reversed(words):
        if not _clause_open(text[word.end() : start]):
            break
        known = context.person_before(index, word.start(), surname=word.group())
        if known is not None:
            return known
    return None


def _in_body(word: "re.Match[str]", mentions: list[Mention]) -> bool:
    """True when ``word`` lies in the name of a body (``China Development Bank``), no person."""
    mention = _mention_at(mentions, word.start())
    return mention is not None and mention.actor.organization == mention.actor.name


def _subject(text: str, mentions: list[Mention], lo: int, start: int) -> Mention | None:
    """The nearest mention before ``start`` that can be its clause's subject (or a leader).

    An object followed by ``who`` is the subject of the relative clause: in ``a banquet in honour
    of X, who is visiting Y`` X travels.
    """
    for i in range(bisect.bisect_right(mentions, start, key=_MENTION_END) - 1, -1, -1):
        m = mentions[i]
        if m.end < lo:
            return None
        if m.actor.named and _owns_trip(text, m, start):
            return m  # "preparing for Minister X's visit": X travels, wherever X stands
        if (
            not m.actor.named
            and _TRIP_WORD.match(text, start)
            and all(
                _QUALIFIER_WORD.fullmatch(word.lower())
                for word in [text[m.start : m.end].split()[-1], *text[m.end : start].split()]
            )
        ):
            continue  # "an official" in "pay an official visit" qualifies the visit
        if not m.actor.named and _OBJECT_PHRASE_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue  # "chairman of a logistics firm": the firm is no subject
        if _INVITER.match(text, m.end):
            continue  # "X accepted Y's invitation to visit Z": Y invites, X travels
        if text.find(",", m.end, start) != -1 and _in_relative(text, lo, m.start):
            continue  # "His team, which included members of X, stopped in Y": X is no subject
        left = text[max(0, m.start - 20) : m.start]
        if _LEADER.search(left) or (
            (
                not _object_position(text, m.start)
                or _WHO.match(text, m.end, start)
                or _members_of(text, m)
            )
            and _clause_open(text[m.end : start])
        ):
            return m
    return None


def _owns_trip(text: str, mention: Mention, start: int) -> bool:
    """True for ``X's`` and qualifiers (``maiden official``) right before the trip noun at start.

    The owner of a visit is its visitor, also as an object: ``preparing for Minister X's visit``.
    """
    if not text.startswith(("’s ", "'s "), mention.end) or not _TRIP_WORD.match(text, start):
        return False
    return all(_QUALIFIER_WORD.fullmatch(w.lower()) for w in text[mention.end + 3 : start].split())


def _in_relative(text: str, lo: int, start: int) -> bool:
    """True when ``start`` lies in a ``, which``/``, who`` clause opened after ``lo``.

    No comma may stand between; callers check that one closes the clause before the travel word.
    """
    opened = max(text.rfind(f", {word} ", lo, start) for word in ("which", "who", "whose"))
    return opened >= 0 and "," not in text[opened + 1 : start]


def _members_of(text: str, mention: Mention) -> bool:
    """True for a body whose members are the subject: ``Members of the X Committee visited Y``.

    Their body stands for them; ``met members of the X Committee`` keeps it an object.
    """
    if mention.actor.organization is None:
        return False
    members = _MEMBERS_OF.search(text, max(0, mention.start - 30), mention.start)
    return members is not None and not _object_position(text, members.start())


def _object_position(text: str, start: int) -> bool:
    """True when an object's marker (``with``, ``by``, ``met``, a possessive) ends at ``start``.

    A place's possessive is no marker but a determiner: ``Sindh's Minister X said`` is a subject,
    ``met Sindh's Minister X`` an object.
    """
    lo = max(0, start - 20)
    marker = _OBJECT_BEFORE.search(text, lo, start)
    if marker is None:
        return False
    if marker.group().startswith("and") and text.startswith(", ", max(0, marker.start() - 2)):
        return False  # ", and the chairman will visit Y" opens a clause of its own
    owner = _POSSESSOR.search(text, lo, start)
    if owner is None or lookup_place(owner["owner"]) is None:
        return True
    return _OBJECT_BEFORE.search(text, max(0, owner.start() - 20), owner.start()) is not None


def _quoted(text: str, mentions: list[Mention]) -> frozenset[int]:
    """The starts of the ``mentions`` inside a quotation: a name quoted is no antecedent.

    The quote marks are found once, so the work is linear in the sentence. A sentence ending a
    quote opened in an earlier one (``It must be safe," the minister said.``) starts inside it:
    an odd count of straight marks whose first closes a quote, after its punctuation, tells so;
    the speaker after it is outside (curly marks tell their side by themselves).
    """
    if '"' not in text and "“" not in text:
        return frozenset()
    marks = [(m.start(), m.group()) for m in _QUOTE_MARK.finditer(text)]
    inside: set[int] = set()
    depth = j = 0
    straight = _continued_quote(text, marks)
    for m in mentions:  # in text order, as the marks
        while j < len(marks) and marks[j][0] < m.start:
            mark = marks[j][1]
            depth += (mark == "“") - (mark == "”")
            straight += mark == '"'
            j += 1
        if depth > 0 or straight % 2:
            inside.add(m.start)
    return frozenset(inside)


def _continued_quote(text: str, marks: list[tuple[int, str]]) -> int:
    """1 when ``text`` opens inside a straight-quoted quotation begun in an earlier sentence.

    The count of straight marks is odd and the first follows a quote's closing punctuation
    (``safe,"``); else 0.
    """
    straight = [at for at, mark in marks if mark == '"']
    if len(straight) % 2 == 0 or not straight[0]:
        return 0
    return int(text[straight[0] - 1] in _QUOTE_CLOSERS)


def _titled_possessive(text: str, lo: int, start: int) -> tuple[int, Actor] | None:
    """Where ``the Chinese president's (maiden) visit`` starts, and its nameless actor."""
    m = _TITLE_POSSESSIVE.search(text, max(lo, start - 80), start)
    if m is None or not all(_QUALIFIER_WORD.fullmatch(w) for w in m["gap"].lower().split()):
        return None
    words = m["title"].split()
    country = next((c for c in map(demonym_country, words) if c), None)
    role = " ".join(w for w in words if demonym_country(w) is None)
    return m.start(), Actor(f"the {m['title']}", role=role or None, country=country, named=False)


def _fronted_subject(context: _Context, index: int, end: int) -> tuple[Actor, bool] | None:
    """The subject after the comma that closes a fronted travel phrase, if any.

    It comes with True when a pronoun had to be resolved to find it.

    That is the person named right after the comma (``Sindh's`` may stand between), one named
    by a single word there whom the article names in full before or after (``During his
    visit, Hale said``), or the person a pronoun right after it stands for (``Upon arrival, he
    was received by Y``). A person named further on is an object (``..., work on X began``).
    """
    text = context.sentences[index].text
    comma = _fronted_comma(text, end)
    if comma == -1:
        return None
    if _PRONOUN_SUBJECT.match(text, comma + 1):
        by_pronoun = context.person_before(index, 0)
        return (by_pronoun, True) if by_pronoun else None
    mentions = context.mentions(index)
    i = bisect.bisect_left(mentions, comma, key=_MENTION_START)
    if i < len(mentions) and _SUBJECT_GAP.fullmatch(text, comma + 1, mentions[i].start):
        return (mentions[i].actor, False) if _is_person(mentions[i].actor) else None
    word = _CAPITALISED.match(text, comma + 2)
    if word is None or _SURNAME_SUBJECT.match(text, word.end()) is None:
        return None
    surname = word.group()
    known = context.person_before(index, word.start(), surname=surname)
    known = known or context.person_after(index, surname)
    if known is None and _may_be_place(surname) and lookup_place(surname) is None:
        known = Actor(surname)  # named by one word only: as written
    return (known, False) if known else None


def _fronted_comma(text: str, end: int) -> int:
    """The comma closing the fronted phrase that holds the travel word ending at ``end``, or -1.

    The phrase must open the sentence (``During his visit to Y,``) and the comma be its first,
    unless a second fronted phrase holds the travel word (``Addressing reporters on Monday,
    after returning from Y on Sunday, she said``).
    """
    comma = text.find(",", end, end + _WINDOW)
    if comma == -1 or not _FRONTED.match(text):
        return -1
    before = text.find(",", 0, end)
    if before != -1 and (
        text.find(",", before + 1, end) != -1 or not _FRONTED.match(text, before + 2)
    ):
        return -1
    return comma


def _fronted_descriptor(context: _Context, index: int, end: int) -> Actor | None:
    """The unnamed subject after the comma closing a fronted travel phrase, if any.

    ``During their three-day stay in Y, the Pakistani journalists visited ...``, ``During his
    stay in Y, the minister ...``: read only when the phrase's pronoun stands for no one the
    article names before, so the subject it opens is the traveller (see
    :func:`_fronted_subject` for named ones). A title is the person named with it before
    (``Speaking after returning from Y, the minister said``: the minister of the lead).
    """
    text = context.sentences[index].text
    comma = _fronted_comma(text, end)
    if comma == -1:
        return None
    mentions = context.mentions(index)
    i = bisect.bisect_left(mentions, comma, key=_MENTION_START)
    if i < len(mentions) and _SUBJECT_GAP.fullmatch(text, comma + 1, mentions[i].start):
        actor = mentions[i].actor
        if actor.named or actor.role is None:
            return None
        return context.resolve(index, mentions[i].start, actor)
    group = _PLURAL_GROUP.match(text, comma + 2)
    return Actor(group["group"], named=False) if group is not None else None


def _named_after(text: str, mention: Mention) -> Actor | None:
    """A title followed by a name read as a pronoun: ``Vice Premier He Chen``."""
    if mention.actor.named or mention.actor.role is None:
        return None
    name = _TITLED_NAME.match(text, mention.end + 1)
    if name is None or text[mention.end : mention.end + 1] != " ":
        return None
    return attrs.evolve(mention.actor, name=name.group(), named=True)


def _appositive(text: str, mentions: list[Mention], mention: Mention) -> Actor:
    """The named person a descriptor stands beside (``Arlen Voss, the planning minister,``)."""
    if mention.actor.named:
        return mention.actor
    i = bisect.bisect_right(mentions, mention.start, key=_MENTION_END)
    if (
        i > 0
        and _is_person(mentions[i - 1].actor)
        and _APPOSITION.fullmatch(text, mentions[i - 1].end, mention.start)
    ):
        return mentions[i - 1].actor
    return mention.actor


_THEN_THE = ", the "


def _invited_descriptor(text: str, mention: Mention) -> tuple[int, Actor] | None:
    """The descriptor subject read into a host's name after an invitation, and where it starts.

    ``At the invitation of his counterpart, Minister X, the minister will visit Y``: the name is
    the host's, and ``the minister`` (the one who travels) is read back from before the
    invitation, so it is not X.
    """
    segment = text[mention.start : mention.end]
    comma = segment.rfind(_THEN_THE)
    if comma == -1:
        return None
    low = text.lower()
    invitation = _INVITATION.search(low, max(0, mention.start - 80), mention.start)
    if invitation is None:
        return None
    after = invitation.end()  # the host's name right there, or after "his Chinese counterpart,"
    if after != mention.start and not _COUNTERPART.fullmatch(low, after, mention.start):
        return None
    role = segment[comma + len(_THEN_THE) :]
    return invitation.start(), Actor(f"the {role}", role=role, named=False)


def _agent_start(text: str, end: int) -> int | None:
    """Where X starts in ``of X``/``by X`` after a visit noun, also past its destination.

    ``at the invitation of X`` (or ``hosted by X``) names the host, not the visitor: None.
    """
    by = _AGENT.match(text, end, end + 80)
    if by is None or _INVITATION.search(text.lower(), max(end, by.end() - 40), by.end()):
        return None
    return by.end()


def _modified_crowd(text: str, mentions: list[Mention], by: int) -> Actor | None:
    """The people of ``by X`` with the words before the plural the mention was cut to, if any.

    ``a visit by Chinese technical experts``: the mention found is ``experts``; the visitor is
    written ``Chinese technical experts`` (its country from the demonym), as ``Chinese
    experts`` is.
    """
    i = bisect.bisect_left(mentions, by, key=_MENTION_START)
    if i == len(mentions):
        return None
    agent = mentions[i]
    if agent.actor.named or agent.actor.name.rsplit(None, 1)[-1] not in _PEOPLE:
        return None
    if _CROWD_WORDS.fullmatch(text, by, agent.start) is None:
        return None
    country = agent.actor.country or demonym_country(text[by : text.index(" ", by)])
    return Actor(text[by : agent.end], country=country, named=False)


def _agent_body(context: _Context, index: int, start: int) -> Actor | None:
    """The body described at an agent's ``start``: ``a trip by a delegation of investors``.

    A body told with its leader (``by a delegation led by its chairman, X``) is that leader.
    """
    text = context.sentences[index].text
    if _BODY_HEAD.search(text, start, start + 80) is None:
        return None
    found = _BODY.match(text, start)
    if found is None:
        return None
    return context.leader_after(index, found.end(), found.group()) or _body_actor(found)


def _inside(offset: int, mentions: list[Mention]) -> bool:
    """True when ``offset`` falls inside one of ``mentions`` (``He`` in ``He Lifeng``)."""
    return _mention_at(mentions, offset) is not None


_SEAT_VISITS = frozenset(["verb", "arrive", "call", "noun"])
"""Kinds of travel word that may lead to a body named after its city (``visited the``)."""
_SEAT_GAPS = (" the ", " to the ")
"""What lies between such a travel word and the city: ``visited the``, ``a visit to the``."""


def _in_title(text: str, place: _Place, mentions: list[Mention]) -> bool:
    """True when a longer mention holds ``place`` (``Pakistan's Foreign Minister``).

    A mention that is just the place's name (``Dera Ismail Khan`` read as a person's name) is
    the place itself, and so is the seat of a mission or office (``the Chinese consulate in
    Karachi``, ``the BOI office in Lahore``): a visit to it goes there.
    """
    m = _mention_at(mentions, place[0])
    if m is None or (m.start, m.end) == place[:2]:
        return False
    return _MISSION_SEAT.search(text, max(m.start, place[0] - _SEAT_REACH), place[0]) is None


def _seat_visited(text: str, place: _Place, travel: list[_Travel]) -> bool:
    """True for a city opening the name of a body visited right after a travel word.

    ``visited the Lahore Chamber of Commerce``, ``a visit to the Karachi Press Club``: the body
    sits in the city its name opens with, so the trip goes there. Not a country (``the China
    Pavilion``) nor a province (``the Punjab Assembly`` sits in Lahore, not all over Punjab).
    """
    start, _, where = place
    return (
        text.endswith(" the ", 0, start)
        and any(k in _SEAT_VISITS and text[m.end() : start] in _SEAT_GAPS for k, m in travel)
        and _specific(where)
        and where.name not in _PROVINCIAL_CAPITAL_OF
    )


def _clause_open(gap: str) -> bool:
    """True when no clause boundary separates a subject from its verb across ``gap``."""
    return ";" not in gap and " said" not in gap and " that " not in gap and len(gap) < 160


def _body(context: _Context, index: int, lo: int, start: int) -> Actor | None:
    """A body as visitor (``a Chinese business delegation``, ``the committee``) in the clause.

    A bare ``the delegation`` is the one a person named before led; a bare ``the committee`` the
    last body named in capitals with that head, else the descriptor as written.
    """
    text = context.sentences[index].text
    if _BODY_HEAD.search(text, lo, start) is None:
        return None  # no head word: spare the costlier search
    found = None
    for m in itertools.islice(_BODY.finditer(text, lo, start), _MAX_FRAMES):
        if not _object_position(text, m.start()):
            found = m  # "a team of X from the Y Group": the Y Group is no subject
    if found is None or not _clause_open(text[found.end() : start]):
        return None
    if _ORDINAL.search(found["mods"]) and _TO.match(text, found.end()):
        return None  # "the second delegation to visit China" describes another subject
    if found["head"].lower() in _INTAKES and found.group().rsplit(None, 1)[-1] not in _PEOPLE:
        return None  # "the first batch of containers arrived": goods, not travellers
    full = _NAMED_BODY.match(text, found.start("mods"))
    if full is not None and found["head"][0].isupper():  # "The Senate Standing Committee on X"
        return Actor(full.group(), organization=full.group())
    bare = not found["mods"] and found.group().lower().startswith("the ")
    if bare and context.leader is not None and _leads(context, found["head"]):
        return context.leader
    if bare and found.end() - found.start() == len("the ") + len(found["head"]):
        before = context.body_before(index, found.start(), found["head"].lower())
        if before is not None:
            return before
        if found["head"].lower() == "group" and context.leader is not None:
            return context.leader  # "a delegation led by X ... The group will fly to Y": X
    return context.leader_after(index, found.end(), found.group()) or _body_actor(found)


def _leads(context: _Context, head: str) -> bool:
    """True when a bare ``the <head>`` is the body the last leader led.

    ``the delegation`` always is; ``the team`` or ``the mission`` only where the leader's
    sentence named one (``X leads a five-member team to Y ... the team then travels to Z``).
    """
    if head == "delegation":
        return True
    return head in _LED_HEADS and head in context.low(context.leaders[-1][0])


def _body_to(text: str, lo: int, end: int) -> "re.Match[str] | None":
    """The body described right before ``end``, where ``to`` and the travel word follow.

    ``the second delegation to visit Y`` describes another subject, as in :func:`_body`.
    """
    last = _last_body(text, lo, end)
    if last is None or last.end() != end or _ORDINAL.search(last["mods"]):
        return None
    return last


def _bringer(context: _Context, index: int, start: int) -> tuple[Actor, bool] | None:
    """The person who brings a group on its trip (the ``bring`` at ``start``), else None.

    ``The envoy said she would bring a group of investors to visit Y``: bringing them, she comes
    too and is the visitor, read as the subject of a travel verb. A body that brings a group
    (``the Chinese side would bring a delegation to Y``) does not travel: the group does.
    """
    person, pronoun = _visitor(context, index, start, start + len("bring"), "verb")
    return (person, pronoun) if person is not None and _is_person(person) else None


def _relative_body(context: _Context, index: int, lo: int, start: int) -> Actor | None:
    """The body a ``that``/``which``/``who`` clause ending at the travel word ``start`` is about.

    ``while briefing a delegation of the Senate Standing Committee on Planning that visited Y``:
    the body travels, in object position or not, its ``of`` phrase read to the end of a body
    named in capitals. A bare ``the delegation`` is left to the look-back for the one told before.
    A body inside a person's title (``X, chairman of the Y Commission, who visited``) is not
    what the clause is about: the person is.
    """
    text = context.sentences[index].text
    near = text[max(lo, start - 30) : start]
    if "that" not in near and "which" not in near and "who" not in near:
        return None  # no relative pronoun: spare the search
    relative = _RELATIVE_GAP.search(text, max(lo, start - 30), start)
    if relative is None or _BODY_HEAD.search(text, lo, relative.start()) is None:
        return None
    for m in itertools.islice(_BODY.finditer(text, lo, relative.start()), _MAX_FRAMES):
        end = m.end()
        of = m.group().find(" of ")
        named = _NAMED_BODY.match(text, m.start() + of + 4) if of != -1 else None
        if named is None and of != -1 and text.startswith("the ", m.start() + of + 4):
            named = _NAMED_BODY.match(text, m.start() + of + 8)
        if named is not None:
            end = max(end, named.end())
        if end == relative.start() and (m["mods"] or of != -1 or m.group()[0] in "aA"):
            titled = _mention_at(context.mentions(index), m.start())
            if titled is not None and _is_person(titled.actor):
                return None  # "X, chairman of the Y Commission, who visited": X's trip
            heading = context.heading(index, m.start())  # "X leads a team that will visit Y"
            return heading or attrs.evolve(_body_actor(m), name=text[m.start() : end])
    return None


def _body_before(text: str, lo: int, start: int) -> str | None:
    """The words of the last body described between ``lo`` and ``start`` (its leader's)."""
    found = _last_body(text, lo, start)
    return found.group() if found is not None else None


def _last_body(text: str, lo: int, end: int) -> "re.Match[str] | None":
    """The last body described between ``lo`` and ``end`` (of the first few), else None.

    A head word is looked for first: most windows hold none and skip the costlier search.
    """
    if _BODY_HEAD.search(text, lo, end) is None:
        return None
    bodies = list(itertools.islice(_BODY.finditer(text, lo, end), _MAX_FRAMES))
    return bodies[-1] if bodies else None


def _body_actor(found: "re.Match[str]") -> Actor:
    """The nameless actor of a body described (a match of :data:`_BODY`), with its country."""
    country = next(filter(None, map(demonym_country, found["mods"].split())), None)
    return Actor(found.group().strip(), country=country, named=False)


def _modifier(text: str, mention: Mention) -> bool:
    """True for a bare name after ``the``: it names a thing (``the Nur Khan airbase``)."""
    return mention.actor.role is None and text[max(0, mention.start - 4) : mention.start] in (
        "the ",
        "The ",
    )


def _is_person(actor: Actor) -> bool:
    """True for a named person: not a ministry, a place or a project read as a name."""
    if not actor.named or actor.name == actor.organization:
        return False
    return actor.role is not None or (
        actor.name.split()[-1].lower() not in _NOT_PERSON_HEADS
        and lookup_place(actor.name) is None
        and lookup_initiative(actor.name) is None
    )


def _host(low: str, mentions: list[Mention], visitor: Actor | None) -> Actor | None:
    """Who invited or received the visitor, when the sentence (``low``, lower-cased) says.

    Callers check ``_HOST_CUE`` first: without it the sentence names no host.
    """
    for m in itertools.islice(_INVITATION.finditer(low), _MAX_FRAMES):
        after = _mention_after(mentions, m.end())
        owner = None
        if after is None:
            owner = _COUNTERPART.match(low, m.end()) or _OWNER.match(low, m.end())
        if owner is not None:  # "invited by his Chinese counterpart X", "by the region's X"
            after = _mention_after(mentions, owner.end())
        if after is not None and after.actor != visitor:
            return after.actor
    if "invitation" in low:  # "accepted Minister Y's invitation": Y hosts
        for mention in mentions[:_MAX_FRAMES]:
            if mention.actor != visitor and _INVITER.match(low, mention.end):
                return mention.actor
    for m in itertools.islice(_HOSTING_VERB.finditer(low), _MAX_FRAMES):
        before, after = _mention_before(mentions, m.start()), _mention_after(mentions, m.end())
        if before and after and after.actor == visitor and before.actor != visitor:
            return before.actor
    return None


def _site_owner(text: str, mentions: list[Mention], end: int) -> Actor | None:
    """The firm or body owning a site visited right after ``end``: ``visited Haier's plant in``.

    A place owning it (``Pakistan's embassy``) is no host.
    """
    site = _SITE.match(text, end)
    owner = site["owner"] if site else None
    if site is None or owner is None or lookup_place(owner) or not _may_be_place(owner):
        return None
    named = _mention_at(mentions, site.start("owner"))
    return named.actor if named else Actor(owner, organization=owner)


def _mention_after(mentions: list[Mention], offset: int) -> Mention | None:
    """The mention starting within a few characters after ``offset`` (``the`` allowed)."""
    i = bisect.bisect_left(mentions, offset, key=_MENTION_START)
    return mentions[i] if i < len(mentions) and mentions[i].start - offset <= 4 else None


def _mention_at(mentions: list[Mention], offset: int) -> Mention | None:
    """The mention covering ``offset``, if any."""
    i = bisect.bisect_right(mentions, offset, key=_MENTION_START)
    return mentions[i - 1] if i > 0 and offset < mentions[i - 1].end else None


def _subject_before(text: str, mentions: list[Mention], offset: int) -> Mention | None:
    """The mention before ``offset`` with only auxiliaries between (``X will host``)."""
    i = bisect.bisect_right(mentions, offset, key=_MENTION_END)
    if i and _AUXILIARIES_ONLY.fullmatch(text, mentions[i - 1].end, offset):
        return mentions[i - 1]
    return None


def _mention_before(mentions: list[Mention], offset: int) -> Mention | None:
    """The mention ending within a few characters before ``offset``."""
    i = bisect.bisect_right(mentions, offset, key=_MENTION_END)
    return mentions[i - 1] if i > 0 and offset - mentions[i - 1].end <= 3 else None


def _hosted(
    text: str,
    places: list[_Place],
    mentions: list[Mention],
    start: int,
    end: int,
) -> tuple[Actor | None, Actor | None, Place | None]:
    """Visitor, host and place of ``Y hosted X``: X after the verb, Y (a person or place) before.

    The place is the one right after the visitor (``hosted X in Beijing``), else the host when
    it is a place, else the host's country: a host receives at home. An ambassador or consul
    hosted with no place named is a resident, not a visitor; ``welcomed X`` is a trip only
    with ``to Y`` after it.
    """
    guest = _mention_after(mentions, end)
    if guest is None:
        return None, None, None
    host = _mention_before(mentions, start) or _subject_before(text, mentions, start)
    place = _place_after(text, places, guest.end)
    if text[start:end].lower().startswith("welcom"):  # only "welcomed X to Y" is a trip
        to = _TO.match(text, guest.end)
        return (guest.actor, host.actor if host else None, place) if to and place else (None,) * 3
    if _RESIDENT.search(guest.actor.role or "") and place is None:
        return None, None, None  # a resident envoy hosted at home is no trip
    i = bisect.bisect_right(places, start, key=_PLACE_END)
    if place is None and i > 0 and _right_before(text, places[i - 1][1], start):
        place = places[i - 1][2]  # "Beijing hosted X", "China will host X"
    if place is None and host is not None and host.actor.country is not None:
        place = lookup_place(host.actor.country)
    return guest.actor, host.actor if host else None, place


def _right_before(text: str, end: int, start: int) -> bool:
    """True when a name ending at ``end`` is the subject of the verb at ``start``.

    Only blanks or auxiliaries (``will``, ``is set to``) may stand between.
    """
    return start - end <= 3 or _AUXILIARIES_ONLY.fullmatch(text, end, start) is not None


def _still_there(low: str, kind: str, m: "re.Match[str]") -> Tense | None:
    """PRESENT for ``has been in Y`` (``X, who has been in Y since Sunday, met Z``), else None."""
    if kind != "presence" or not m.group().startswith("been"):
        return None
    return Tense.PRESENT if _PERFECT.search(low, max(0, m.start() - 20), m.start()) else None


def _schedule_word(
    low: str, kind: str, m: "re.Match[str]", tense: Tense | None, others: Sequence[int]
) -> "re.Match[str] | None":
    """The word telling the travel word ``m``'s trip as a schedule in the present, else None.

    English news tells a schedule that way (``is travelling to Y on Friday``, ``leaves for Y
    on Tuesday``, ``leads a delegation to Y on Monday``): with a time it is a plan, not a
    report. A trip noun takes the verb before it: a light one (``pays a visit to Y on
    Sunday``, ``is undertaking a visit``), or a travel word of the sentence (``arrives in Y
    on Sunday on a three-day visit``, at one of the offsets ``others``). A past ``tense`` read
    after a verb opening a ``, who`` clause is the main clause's (``X, who leaves for Y on
    Tuesday, said ...``), not the trip's.
    """
    if tense is Tense.FUTURE or (
        tense is Tense.PAST and not _opens_who(low, m.start()) and not _backshifted(low, m.start())
    ):
        return None
    if kind not in _TRIP_NOUNS:
        return m if _told_as_schedule(low, kind, m) else None
    if _LIGHT_VERB.search(low, max(0, m.start() - 60), m.start()):
        return m
    before = [o for o in others if o < m.start()]
    told = _TRAVEL.match(low, before[-1]) if before else None
    if told is None or told.lastgroup is None or not _told_as_schedule(low, told.lastgroup, told):
        return None
    return told


def _backshifted(low: str, start: int) -> bool:
    """True for a reported ``was``/``were`` right before the word at ``start``: ``said he was``."""
    return _BACKSHIFTED.search(low, max(0, start - 80), start) is not None


def _opens_who(low: str, start: int) -> bool:
    """True when the word at ``start`` comes right after ``, who`` (``is`` or ``also`` between)."""
    return _WHO_BEFORE.search(low, max(0, start - 20), start) is not None


def _told_as_schedule(low: str, kind: str, m: "re.Match[str]") -> bool:
    """True for a travel verb in the present progressive or the simple present."""
    if kind not in _SCHEDULE_KINDS:
        return False
    verb = m.group().split(None, 1)[0]
    if verb.endswith("ing"):  # "is travelling to Y on Friday", "said he was leaving for Y"
        present = _PRESENT_BE.search(low, max(0, m.start() - 20), m.start()) is not None
        return present or _backshifted(low, m.start())
    return verb.endswith("s") and not verb.endswith("ss")


def _told_as_gone(when: When, ref: dt.date, tense: Tense | None) -> bool:
    """True when the days the text names end before ``ref``; days holding it are today's.

    A single day a trip's length stretched (``on Monday`` of a three-day visit) counts by the
    day named, a range the text states (``from Monday to Friday``) by its last day.
    """
    return when.end is not None and (when.end < ref or _stretched(when, ref, tense))


def _in_coming_week(when: When, ref: dt.date) -> bool:
    """True when ``when``, read as ahead, starts within the six days after ``ref``.

    Only a bare weekday (or ``the weekend``) turns from the past week to the coming one with
    the tense; a year-less date read as ahead would move a year and is left as read.
    """
    return when.start is not None and 0 < (when.start - ref).days < _WEEK


def _own_time(low: str, m: "re.Match[str]", when: When, base: int) -> bool:
    """True when ``when`` (its span in the source, sentence at ``base``) dates the verb ``m``.

    Only the place may stand between them (``leaves for Y on Tuesday``; ``On Friday the
    minister is travelling to Y``, also ``On Friday,`` opening the sentence): a comma, a
    relative word or a past verb between them or right after the time (``is visiting Y and met
    Z on Monday``, ``is visiting Y and on Monday met Z``) gives the time to another clause.
    """
    assert when.span is not None  # every time _when returns carries its span
    t_start, t_end = when.span.start - base, when.span.end - base
    gap = low[m.end() : t_start] if t_start >= m.end() else low[t_end : m.start()]
    if t_start < m.start() and gap.startswith(",") and not low[:t_start].strip():
        gap = gap[1:]  # the comma after a time opening the sentence ends no clause
    if "," in gap or ";" in gap or "wh" in gap or guess_tense(gap) is Tense.PAST:
        return False
    rest = low[t_end : t_end + _SCHEDULE_TAIL].split(",", 1)[0]
    return guess_tense(rest) is not Tense.PAST


def _tense(
    low: str,
    start: int,
    end: int,
    *,
    noun: bool = False,
    home: Place | None = None,
    place: Place | None = None,
) -> Tense | None:
    """The tense of the travel word's clause: markers up to the word, else just after it.

    A trip ``noun`` after ``on`` with no marker before it is under way (``X, on his first
    visit to Y, said ...``): what follows is the main clause's tense, not the trip's. Nor is
    the future of what a trip noun will bring (``his visit to Y will help ...``) the trip's:
    that trip is under way when the article's dateline ``home`` lies in the country of its
    ``place``, else its tense is not told. An open ``, who`` clause has its own tense. A trip
    looked forward to (``said she looked forward to visiting Y``, ``to her visit to Y``) is
    ahead, whatever the tense of the wish; one in an adjunct of a reporting verb (``said after
    visiting Y``) was made before the telling. ``led by X`` in the subject tells no time (``A team
    led by X is flying to Y``), and a clause joined after the word (``, and a trip to Z was put
    off``) has a tense of its own.
    """
    if "forward" in low and _FORWARD.search(low, max(0, start - 50), start):
        return Tense.FUTURE
    if low.endswith(("after ", "while "), 0, start) and _SAID_THEN.search(
        low, max(0, start - _WINDOW), start
    ):
        return Tense.PAST  # "he told reporters after touring Y": a trip made before the telling
    if noun and (
        _ONGOING.search(low, max(0, start - 40), start)
        or _BEGUN.search(low, max(0, start - 60), start)
    ):
        return Tense.PRESENT  # "his ongoing visit to Y will ...", "has begun a trip to Y"
    if low.find("to", max(0, start - 5), start) != -1 and _PAST_PLAN.search(
        low, max(0, start - 40), start
    ):  # the plan's "to" ends one to three blanks before the travel word
        return Tense.PAST  # "had been due to visit Y in August": that August is gone
    clause_start = max(low.rfind(";", 0, start), low.rfind(" said ", 0, start), 0)
    relative = low.rfind(", who ", clause_start, start)
    if relative >= 0 and "," not in low[relative + 1 : start]:
        clause_start = relative  # "Y signed it with X, who is leading a visit": X's own tense
    led = max(
        low.rfind(" led by ", clause_start, start), low.rfind(" headed by ", clause_start, start)
    )
    if led >= 0:  # "A team led by X is flying to Y": "led" tells who leads, not when they travel
        clause_start = low.index(" by ", led) + 4
    tense = guess_tense(low[clause_start:end])
    if tense is None and noun and _ON_TRIP.search(low, max(0, start - 50), start):
        return Tense.PRESENT
    if tense is None:
        # a clause joined after a comma ("..., and a trip to Z was put off") is another's
        tense = guess_tense(_NEXT_CLAUSE.split(low[end : end + 80], 1)[0])
        if tense is Tense.FUTURE and noun and _EFFECT.match(low, end):
            return Tense.PRESENT if _reported_from(home, place) else None
    return tense


def _when(
    context: _Context,
    index: int,
    tense: Tense | None,
    start: int,
    end: int,
    others: Sequence[int] = (),
    *,
    noun: bool = False,
) -> When | None:
    """The time expression nearest the travel word (resolved ones first), span set.

    Only expressions within ``_TIME_WINDOW`` characters of the travel word and in its clause
    count (see :func:`_same_clause`). One pass over the sentence's times keeps the nearest: a
    time before the travel word behind a comma (``who, in 2019,``) or ``after`` (``came back on
    Friday after visiting Y``: the return's day) counts as further away.
    """
    text = context.sentences[index].text
    best: tuple[int, int, When] | None = None
    best_key = (True, 0)
    for t in context.times(index, tense):
        t_start, t_end, when = t
        distance = t_start - end if t_start >= end else max(start - t_end, 0)
        if (
            distance > _TIME_WINDOW
            or not _same_clause(text, start, end, t_start, t_end, others, noun=noun)
            or _after_since(text, t_start, end)  # "first visit since 2019" dates no trip
        ):
            continue
        # "who came back on Friday after touring Y from June 2 to 5": Friday is the return's
        aside = t_end <= start and (
            text.find(",", t_end, start) != -1 or text.find(" after ", t_end, start) != -1
        )
        key = (when.start is None, distance + _ASIDE_PENALTY * aside)
        if best is None or key < best_key:
            best, best_key = t, key
    if best is None:
        return None
    return _spanned(context, index, *best)


def _same_clause(
    text: str,
    start: int,
    end: int,
    t_start: int,
    t_end: int,
    others: Sequence[int],
    *,
    noun: bool,
) -> bool:
    """True when the time at ``t_start:t_end`` dates the trip whose travel word is ``start:end``.

    A time behind ``said`` or past another trip's travel word (at one of the offsets ``others``)
    belongs to something else, and so does one after a trip ``noun`` past a comma. So does a
    time in a relative clause after the travel word (``toured the port, which was upgraded last
    year``; ``visited Y, where the terminal opened in May``, but not ``where he met Z on
    Monday``), after the end of a quotation holding the trip, in its attribution (``"The
    trip is about jobs," she said on Friday``), after a return (``is in Y and will return on
    Friday``: the day the stay ends), after a participle qualifying a noun (``to
    review the deal signed last month``; not ``the visit scheduled for next week``, which dates
    the trip, as ``that began on`` does), or in a relative clause set off by commas before the
    travel word (``X, who arrived last week, will visit Y``). A time before a first travel
    word dates a second one coordinated with it (``on Monday visited Y and later travelled to
    Z``): it is told before both.
    """
    after = t_start >= end
    lo, hi = (end, t_start) if after else (t_end, start)
    gap = text[lo:hi]
    if after:
        tail = text[max(0, t_start - _PARTICIPLE_TAIL) : t_start]
        participle = (
            _PARTICIPLE.search(text, max(0, t_start - 50), t_start)
            if any(told in tail for told in _PARTICIPLE_ENDS)
            else None
        )
        began = ("beg" in gap or "start" in gap) and _BEGAN.search(gap)
        if (participle is not None and participle["verb"] in _SCHEDULING) or began:
            return ";" not in gap and len(gap) < _TIME_WINDOW  # "that began on", "planned for"
        if noun and "," in gap and _FINITE.search(gap, gap.index(",")):
            return False  # "who is on a two-day visit, will meet Y on Monday"
        if _QUOTE_MARK.search(gap) and _REPORTING.search(gap):
            return False  # '"This trip is about jobs," she told reporters on Friday'
        if any(cue in gap for cue in _BACK_CUES) and _RETURN_ON.search(gap):
            return False  # "is in Y for talks and will return on Friday": the return's day
        low = gap.lower()  # every relative word holds "wh" or is "before", in any case
        if (("wh" in low or "before" in low) and _RELATIVE.search(gap)) or (
            participle is not None and participle["noun"] not in _NOT_NOUNS
        ):
            return False  # another event's time
    elif "," in gap:
        comma = text.rfind(",", max(0, t_start - _TIME_WINDOW), t_start)
        if comma != -1 and _RELATIVE_OPEN.match(text, comma) is not None:
            return False  # "X, who arrived last week, will visit Y"
    ends = text[max(0, t_start - _ORDINAL_TAIL) : t_start].lower()
    if any(e in ends for e in _ORDINAL_ENDS) and _ORDINAL_COUNT.search(
        text, max(0, t_start - 40), t_start
    ):
        return False  # "his second visit this year" counts trips, it dates none
    if not after and any(o < t_start for o in others) and _THEN.search(gap):
        return False  # "visited Y on Monday before travelling to Z": Monday is Y's
    if not after and "," not in gap and _AND_THEN.search(text, max(0, start - 20), start):
        return _clause_open(gap)  # "on Monday visited Y and later travelled to Z": both Monday
    return _clause_open(gap) and not any(lo <= o < hi for o in others)


def _ending_on(when: When, ref: dt.date, tense: Tense | None, days: int) -> When:
    """A trip's days counted back from the day it ended, for a trip told as over.

    In ``returned on Tuesday after a five-day visit`` the duration stretched the single day
    forward, but that day is the last one. ``days`` is the trip's own duration (0 when its
    qualifiers give none): it wins over a stretch that another trip's duration made.
    """
    if when.start is None or when.end is None:
        return when
    if when.granularity is Granularity.DAY and days > 1:
        last = when.start  # "on Saturday after a two-day visit" that timex did not stretch
    elif _stretched(when, ref, tense):
        last = when.start
        days = days or (when.end - when.start).days + 1
    else:
        return when  # a stated range ("from May 2 to 5") keeps its days
    if last < dt.date.min + dt.timedelta(days=days):
        return when
    start = last - dt.timedelta(days=days - 1)
    return When(when.text, start, last, Granularity.DAYS, when.span)


def _after_who(low: str, m: "re.Match[str]", when: When | None, ref: dt.date) -> VisitStatus | None:
    """The status an arrival told in a ``, who`` clause takes from the main clause, else None.

    ``The envoy, who landed in Y on Sunday, will meet Z``: still there, so under way (from an
    arrival no later than publication); ``X, who flew in from Y for the ceremony, said`` with no
    date is over, as the ceremony is, and so is a trip there told with its day but no length
    (``X, who flew to Y on Sunday, ordered an inquiry``): the main clause reports what was done
    there. An arrival so told (``X, who arrived in Y on Monday, said``) still holds.
    """
    if ", who " not in low or not m.group().startswith(("arriv", "land", "fl", "reach")):
        return None
    opened = low.rfind(", who ", max(0, m.start() - _WINDOW), m.start())
    close = (
        low.find(", ", m.end()) if opened != -1 and "," not in low[opened + 1 : m.start()] else -1
    )
    words = low[close + 2 : close + 2 + _MAIN_VERB_SPAN].split()[:2] if close != -1 else []
    if not words:
        return None
    if guess_tense(" ".join(words)) is Tense.FUTURE:
        started = when is not None and when.start is not None and when.start <= ref
        return VisitStatus.ONGOING if started else None
    said = words[0] in _PAST_MAIN_VERBS or words[0].endswith("ed")
    going = not m.group().startswith(("arriv", "land", "reach"))  # "flew to", not "arrived in"
    one_day = when is None or (going and when.granularity is Granularity.DAY)
    return VisitStatus.PAST if said and one_day else None


def _arrival_or_reach(kind: str, m: "re.Match[str]") -> bool:
    """True for a travel word of getting somewhere: ``arrived in``, ``flew to``, ``reached``."""
    return kind == "arrive" or (kind == "verb" and m.group().startswith("reach"))


def _until_return(
    context: _Context,
    index: int,
    end: int,
    when: When,
    tense: Tense | None,
    *,
    arrived: bool = False,
) -> When:
    """A departure's day run on to the day of the return told after it.

    ``left for Y on Monday and will return on Saturday``, ``will be back in Lahore on Saturday``:
    the trip runs Monday to Saturday. The return takes the departure's ``tense`` unless a future
    marker stands before it. An arrival proper (``arrived``) also runs on to a return told as
    ``before returning`` (``arrived on Monday, will visit Z tomorrow before returning to China
    on Sunday``): the whole stay; after a departure to a leg those words may end the leg only.
    """
    text = context.sentences[index].text
    back = _RETURN_ON.search(text, end) or (_RETURNING.search(text, end) if arrived else None)
    if back is None or when.start is None:
        return when
    if _WILL.search(text, end, back.start()):
        tense = Tense.FUTURE
    for t_start, _, returned in context.times(index, tense or Tense.PAST):
        last = returned.end
        if returned.granularity is not Granularity.DAY or (
            t_start - back.end() not in range(5)
            and not (t_start > back.end() and _HOME_PLACE.fullmatch(text, back.end(), t_start))
        ):
            continue
        if last is not None and last < when.start and _WEEKDAY.search(returned.text):
            last += dt.timedelta(days=7)  # "leave on Sunday and return on Thursday": the next one
        if last is not None and when.start <= last <= when.start + dt.timedelta(days=_MAX_STAY):
            return When(when.text, when.start, last, Granularity.DAYS, when.span)
    return when


_UNTIL_WORDS = ("until ", "till ", "through ")
"""How the last day of a stay opens: ``talks that will run until March 14``."""


def _until_day(context: _Context, index: int, end: int, when: When) -> When:
    """A trip's first day run on to the ``until`` day told after its travel word.

    ``arrived on Tuesday for talks that will run until March 14``, ``will stay till Friday``:
    the first day after the start (within ``_MAX_STAY`` days) that the words can mean.
    """
    start = when.start
    if start is None or when.granularity is not Granularity.DAY:
        return when
    for tense in (Tense.FUTURE, Tense.PAST):
        for t_start, _, until in context.times(index, tense):
            last = until.end
            if t_start < end or last is None or not until.text.lower().startswith(_UNTIL_WORDS):
                continue
            if start < last <= start + dt.timedelta(days=_MAX_STAY):
                return When(when.text, start, last, Granularity.DAYS, when.span)
    return when


def _reported_from(home: Place | None, place: Place | None) -> bool:
    """True when the article's dateline lies in the country of the trip's ``place``."""
    return home is not None and place is not None and _country(home) == _country(place)


def _stretched(when: When, ref: dt.date, tense: Tense | None) -> bool:
    """True for a single day that a trip's duration stretched over its days (``on Saturday``)."""
    return (
        when.granularity is Granularity.DAYS
        and resolve(when.text, ref, tense).granularity is Granularity.DAY
    )


def _after_since(text: str, t_start: int, end: int) -> bool:
    """True for a time opening with ``since`` or in a ``since`` phrase after the travel word.

    ``since 2019``, ``since taking office in March``: it dates something before the trip.
    """
    lo = end if end <= t_start else t_start
    return " since " in text[lo - 1 : t_start + 6].lower()


def _is_arrival(low: str, kind: str, m: "re.Match[str]") -> bool:
    """True for arriving, flying in or setting off, unless in the past perfect.

    A fresh ``arrived in Y``, ``flew to Y`` or ``departed for Y`` means the visitor is there or
    on the way, and so does ``has reached Y`` (a bare ``reached Y on Sunday`` may be over);
    ``had arrived``, ``travelled to`` and one told after a sentence-opening ``Earlier,`` (a
    step of a story since moved on) tell of a trip that may be over.
    """
    if kind == "verb" and m.group().startswith("reach"):
        before = low[max(0, m.start() - 16) : m.start()].rstrip()
        return before.endswith((" has", " have", " has now", " have now"))
    if kind != "arrive" or m.group().startswith(("travel", "dr")) or low.startswith("earlier,"):
        return False
    return not low[max(0, m.start() - 16) : m.start()].rstrip().endswith(("had", "had already"))


def _during_stay(low: str, start: int, end: int) -> bool:
    """True when the travel word at ``start:end`` goes to a site during a trip told before.

    ``During his stay, he also toured the Sost dry port``: no place follows the trip noun
    (``During his visit to Y`` names the trip itself), and a site follows the travel word (``he
    will visit Lahore`` during a stay elsewhere is a leg of its own).
    """
    if "during" not in low and "course" not in low:
        return False
    site = _A_SITE.match(low, end) is not None
    return site and _DURING_STAY.search(low, max(0, start - 120), start) is not None


def _where_there(low: str, start: int, others: Sequence[int]) -> bool:
    """True for a travel word in a ``where`` clause after another trip's place in its sentence.

    ``will travel to Xinjiang, where he will visit Kashgar``: Kashgar lies in Xinjiang. A comma
    closes the clause: in ``will spend two days in Y, where he will meet officials, before flying
    to Z`` the flight to Z is a leg of its own.
    """
    before = [o for o in others if o < start]
    where = _WHERE.search(low, max(before), start) if before else None
    return where is not None and "," not in low[where.end() : start]


def _undoing(low: str, starts: list[int], leading: Sequence[int] = ()) -> dict[int, _Undoing]:
    """The words calling a trip off or putting it off, by the travel word each one undoes.

    Each undoes the travel word nearest to it among those starting at ``starts``: in ``X
    visited Y after cancelling his trip to Z`` only the trip to Z is cancelled. A finite
    undoing word whose nearest trip names no place undoes the nearest one that does (at one of
    ``leading``): in ``X, who was expected in Y, called off his trip`` the trip to Y is off; not
    so a trip noun with its own traveller (``X will fly to Y, while a trip by Z was called
    off``: Z's trip is off, X's stands).
    """
    if not starts or not any(stem in low for stem in _UNDONE_STEMS):
        return {}
    out: dict[int, _Undoing] = {}
    for pattern, status in (
        (_POSTPONED, VisitStatus.POSTPONED),
        (_CANCELLED, VisitStatus.CANCELLED),
    ):
        for u in itertools.islice(pattern.finditer(low), _MAX_FRAMES):
            thing = _OF_THING.match(low, u.end())
            if thing is not None and thing.group(1) not in _BARE_NOUNS:
                continue  # "to seek a rescheduling of the debt": no trip is put off
            if low.startswith("rescheduled", u.start()) and _RESCHEDULED_TRIP.match(low, u.end()):
                continue  # "will pay a rescheduled visit to Y on June 20": the trip is on
            earlier = (
                _EARLIER_UNDONE.search(low, max(0, u.start() - 40), u.start())
                if status is VisitStatus.POSTPONED
                else None
            )
            told = earlier is not None and (earlier["adverb"] or earlier["after"])
            if earlier is not None and (told or not _TO_DATE.match(low, u.end())):
                continue  # "The visit had earlier been postponed twice": it is on now
            nearest = min(starts, key=lambda at: abs(at - u.start()))
            if (
                nearest not in leading
                and leading
                and not u.group().endswith("ing")
                and not _TRIP_BY.match(low, nearest)  # "a trip by Z was called off": Z's own
            ):
                nearest = min(leading, key=lambda at: abs(at - u.start()))
            out[nearest] = (u.start(), u.end(), status)  # a cancellation outranks a delay
    return out


_NOW_AHEAD = re.compile(r"\b(?:will|shall|would|is|are)\s{1,3}now\b")
"""A trip's new date told after it was put off: ``It will now take place in March``."""
_MOVED = re.compile(
    r"\b(?:(?:will|shall|would|is|are)\s{1,3}now\s{1,3}(?:take\s{1,3}place|be\s{1,3}held"
    r"|go\s{1,3}ahead|begin|start|be)"
    r"|(?:brought|moved|shifted|advanced)\s{1,3}(?:forward\s{1,3}|up\s{1,3})?(?:to|till|until)"
    r"|,\s{1,3}(?:to|till|until))\s"
)
"""Words after a trip that give it a new date right after them: ``The visit, earlier planned
for June, will now take place in August``, ``has been brought forward to Monday``, ``has been
moved to June 20``, ``postponed his visit, which was due next week, to early next month``."""
_MOVED_CUES = (" now ", "forward", "moved", "shifted", "advanced", ", to ", ", until ", ", till ")
"""Fixed strings in every :data:`_MOVED` wording: most sentences skip the regex."""
_NEW_DATE_SENTENCES = 3
"""How many sentences after a trip put off may give its new date."""


def _with_next_length(context: _Context, trip: list[_Frame]) -> list[_Frame]:
    """``trip`` with its one day stretched by a length the next sentence gives its visitor.

    ``The governor leaves for Shanghai on Tuesday. She will spend four days there.``: Tuesday
    to Friday. The next sentence must open with a pronoun or the visitor's name, and say the
    visitor spends (stays) the days, with no time of their own after them; or a sentence after
    one telling the trip opens with the days the traveller spent there before moving on
    (``After three days in the city, it flew to Z``).
    """
    last = max(f.order for f in trip)
    if last + 1 >= len(context.sentences) or any(f.days for f in trip):
        return trip
    for order in sorted({f.order for f in trip}):
        moved = context.low(order + 1) if order + 1 < len(context.sentences) else ""
        after = _AFTER_DAYS.match(moved) if moved.startswith("after ") else None
        if after is not None:  # "After three days in the city, it flew to Z": the stay's length
            days = _count(after["n"])
            return [attrs.evolve(f, when=_lasting(f.when, [], days), days=days) for f in trip]
    low = context.low(last + 1)
    if not any(w in low for w in (" spen", " stay")) or not any(c in low for c in _LENGTH_CUES):
        return trip
    told = _SPELLED_DAYS.search(low)
    name = trip[0].visitor.name.lower()
    if told is None or not low.startswith(("he ", "she ", "they ", name, name.split()[-1])):
        return trip
    if any(at >= told.end() for at, _, _ in context.times(last + 1, None)):
        return trip  # "He spent two days in talks last month": days of another time
    days = _days(told["length"] or f"{told['n']}-{told['unit']}")
    if days < 2:
        return trip
    return [attrs.evolve(f, when=_lasting(f.when, [], days), days=days) for f in trip]


def _with_new_date(context: _Context, trip: list[_Frame]) -> list[_Frame]:
    """``trip`` and, when it was put off with no new date, one told from there on.

    ``The visit has been postponed. It will now take place in March``: the trip is planned for
    March (the new date's frame is the put-off one, dated anew).
    """
    undone = [f for f in trip if f.status is VisitStatus.POSTPONED]
    if not undone or any(f.rescheduled for f in trip):
        return trip
    first = min(f.order for f in undone)
    for index in range(first, min(len(context.sentences), first + 1 + _NEW_DATE_SENTENCES)):
        low = context.low(index)
        now = _NOW_AHEAD.search(low) if "now" in low else None
        if now is None:
            continue
        for t_start, t_end, when in context.times(index, Tense.FUTURE):
            if t_start >= now.end() and when.start is not None:
                new = _spanned(context, index, t_start, t_end, when)
                status = _status(Tense.FUTURE, new, context.article.date, arrival=False, back=False)
                return [*trip, attrs.evolve(undone[0], when=new, status=status, rescheduled=True)]
    return trip


def _scheduled_for(sentence: Sentence, when: When) -> bool:
    """True when a participle of planning dates ``when``: ``the visit, planned for July,``.

    The time is the plan's, whatever the tense of the main clause (``was confirmed``, ``was
    put off``): of a year-less date it is the occurrence nearest the publication date.
    """
    assert when.span is not None  # every time _when returns carries its span
    at = when.span.start - sentence.span.start
    return _SCHEDULED_FOR.search(sentence.text, max(0, at - 20), at) is not None


def _moved_date(context: _Context, index: int, low: str, end: int) -> When | None:
    """The new date words after the trip at ``end`` move it to (see :data:`_MOVED`), if any.

    ``has been brought forward to Saturday``: the next Saturday, whatever the tense of the
    clause; a time told before the words (``earlier planned for June``) is the old date. The
    time must follow the words at once: ``, to attend the forum on April 26`` moves nothing.
    """
    if not any(cue in low for cue in _MOVED_CUES):
        return None
    moved = _MOVED.search(low, end)
    if moved is None:
        return None
    for t_start, t_end, when in context.times(index, Tense.FUTURE):
        if t_start == moved.end() and when.start is not None:
            return _spanned(context, index, t_start, t_end, when)
    return None


def _new_date(context: _Context, index: int, end: int) -> When | None:
    """The new date right after a postponing word ending at ``end``: ``until next month``."""
    text = context.sentences[index].text
    for t_start, t_end, when in context.times(index, Tense.FUTURE):
        gap = _NEW_DATE_GAP.fullmatch(text, end, t_start) if t_start >= end else None
        if gap is None or when.start is None:
            continue
        if gap.group().strip() or when.text.lower().startswith(_NEW_DATE_WORDS):
            return _spanned(context, index, t_start, t_end, when)
        return None  # "postponed in August" says when it was put off
    may = _TO_MAY.match(text, end)
    if may is not None:  # "put off to May": the month, which the modal "may" keeps unread
        when = resolve("May", context.article.date, Tense.FUTURE)
        return _spanned(context, index, may.start("month"), may.end(), when)
    return None


_AS_SUBJECT = re.compile(r"(?:an?|the)\s{1,3}[\w’'-]|[A-Z]")
"""The start of a subject after ``as`` with no comma before it: a name, or a noun phrase."""


def _main_clause_time(
    context: _Context, index: int, tense: Tense | None, start: int
) -> When | None:
    """The time of the main clause an ``as`` clause holding an arrival at ``start`` hangs on.

    ``The province on Friday signed a deal on the Bostan zone, as a delegation led by X arrived
    in the city``: the arrival happened as the signing did, however far back its day is told.
    The comma may be left out when a subject opens the clause (``two MoUs yesterday as Vice
    Premier X arrived here``), but not before other words (``joined in 2019 as adviser and``).
    """
    text = context.sentences[index].text
    at = text.rfind(" as ", 0, start)
    if at == -1 or not _clause_open(text[at:start]):
        return None
    if text[at - 1] != "," and _AS_SUBJECT.match(text, at + 4) is None:
        return None
    told = [t for t in context.times(index, tense) if t[1] <= at and t[2].start is not None]
    if not told or not _clause_open(text[told[-1][1] : at]):
        return None
    return _spanned(context, index, *told[-1])


def _spanned(context: _Context, index: int, t_start: int, t_end: int, when: When) -> When:
    """``when`` read at ``t_start:t_end`` of sentence ``index``, with its span in the source."""
    base = context.sentences[index].span.start
    return When(
        when.text, when.start, when.end, when.granularity, Span(base + t_start, base + t_end)
    )


def _status(
    tense: Tense | None, when: When | None, ref: dt.date, *, arrival: bool, back: bool
) -> VisitStatus:
    """Where a trip that is neither cancelled nor postponed stands on the publication date ``ref``.

    ``arrival`` marks arrival words: an arrival reported within ``_ARRIVAL_DAYS`` means the
    visitor is still there. ``back`` marks ``returned from``: the trip is over unless the return
    is ahead.
    """
    if back:
        return VisitStatus.ONGOING if tense is Tense.FUTURE else VisitStatus.PAST
    if when is not None and when.start is not None and when.end is not None:
        if when.start > ref:
            return VisitStatus.PLANNED
        if when.end < ref:
            days = (ref - when.end).days
            recent = when.granularity is Granularity.DAY and days <= _ARRIVAL_DAYS
            # "arrived yesterday", "is in Y, where he met Z on Monday"
            if (arrival and recent) or (tense is Tense.PRESENT and days <= _PRESENT_DAYS):
                return VisitStatus.ONGOING
            return VisitStatus.PAST
        own_days = when.granularity is Granularity.DAYS  # the trip's own days hold the date
        if tense is Tense.FUTURE and not (own_days and when.start < ref):
            return VisitStatus.PLANNED
        if tense is Tense.PAST and not arrival and not own_days:
            return VisitStatus.PAST  # "visited Y this week"; but a trip's own days are not over
        return VisitStatus.ONGOING
    vague = when.text.lower() if when is not None else ""
    if _VAGUE_PAST.search(vague):
        return VisitStatus.PAST
    if tense is Tense.FUTURE or _VAGUE_FUTURE.search(vague):
        return VisitStatus.PLANNED
    if tense is Tense.PRESENT or arrival:
        return VisitStatus.ONGOING
    return VisitStatus.PAST


def _qualifiers(low: str) -> list[tuple[int, list[str]]]:
    """Words qualifying each visit noun of the sentence (``maiden``, ``official``, ``two-day``).

    Each trip word comes with its offset, so a frame can leave out those of another trip's noun.
    ``low`` is the sentence as :func:`_lower` gives it, which :data:`_LOW_TRIP_WORD` relies on.
    """
    out: list[tuple[int, list[str]]] = []
    trip_word = _TRIP_OR_CALL if " call" in low else _LOW_TRIP_WORD
    for m in itertools.islice(trip_word.finditer(low), _MAX_FRAMES):
        words: list[str] = []
        for word in reversed(low[max(0, m.start() - 80) : m.start()].replace(",", " ").split()):
            if _QUALIFIER_WORD.fullmatch(word):
                words += [] if word in words else [word]
            elif word != "and":
                break
        if words:
            out.append((m.start(), words))
    return out


def _own_qualifiers(
    groups: list[tuple[int, list[str]]], own: int, others: Sequence[int]
) -> tuple[tuple[str, ...], bool]:
    """The qualifiers of the frame at ``own``, and whether another trip has a duration of its own.

    A trip word's qualifiers belong to the place-led travel word at or before it (the first one
    when none is before): in ``arrived in Y on Saturday for a two-day stay after a three-day
    visit to Z`` the stay's two days are Y's and the three days Z's, as ``visit to Z`` is among
    ``others``, the offsets of the sentence's other place-led words.
    """
    leading = sorted([own, *others])
    out: list[str] = []
    foreign_days = False
    for at, words in groups:
        i = bisect.bisect_right(leading, at)
        if leading[i - 1 if i else 0] == own:
            out += [w for w in words if w not in out]
        else:
            foreign_days = foreign_days or any(_days(w) > 1 for w in words)
    return tuple(out), foreign_days


def _lasting(when: When | None, qualifiers: list[str], spelled: int = 0) -> When | None:
    """A trip's single day stretched over the days a qualifier or words give it.

    ``arrived on Tuesday`` ... ``Meng, who is on a two-day visit,``: Tuesday and Wednesday;
    ``spelled`` is the length told in words (``for two days of talks``), used with no qualifier.
    """
    if when is None or when.granularity is not Granularity.DAY or when.start is None:
        return when
    days = next((_days(q) for q in qualifiers if _days(q) > 1), 0) or spelled
    if not days or when.start > dt.date.max - dt.timedelta(days=days):
        return when
    end = when.start + dt.timedelta(days=days - 1)
    return When(when.text, when.start, end, Granularity.DAYS, when.span)


def _until_last_day(when: When | None, trip: list[_Frame]) -> When | None:
    """A trip's first day run on to the day another frame says it ended (``concluded on``)."""
    last = max((f.when.end for f in trip if f.last_day and f.when and f.when.end), default=None)
    if when is None or when.start is None or when.end is None or last is None:
        return when
    if when.granularity is not Granularity.DAY or last <= when.end:
        return when
    return When(when.text, when.start, last, Granularity.DAYS, when.span)


def _cut_short(when: When | None, cut: _Frame) -> When | None:
    """A trip's days ended on the day its stay was cut short (``cut``'s), if within them."""
    day = None if cut.when is None else cut.when.end
    if when is None or when.start is None or when.end is None or day is None:
        return None
    if not when.start <= day < when.end:
        return None
    return When(when.text, when.start, day, Granularity.DAYS, when.span)


def _days(qualifier: str) -> int:
    """The days a qualifier gives a trip (``two-day`` 2, ``two-week`` 14, ``week-long`` 7), or 0."""
    if qualifier in ("week-long", "weeklong"):
        return 7
    number, _, unit = qualifier.partition("-")
    if unit not in ("day", "week"):
        return 0
    return _count(number) * (7 if unit == "week" else 1)


def _count(number: str) -> int:
    """A count written in digits or as one of :data:`_NUMBER_WORDS` (``three`` is 3)."""
    return int(number) if number.isdigit() else _NUMBER_WORDS.split("|").index(number) + 1


def _rank(when: When | None) -> int:
    """How precisely ``when`` pins the visit down (0 for no time at all)."""
    return -1 if when is None else _GRANULARITY_RANK[when.granularity]


def _trips(frames: list[_Frame]) -> list[list[_Frame]]:
    """Group frames by trip: same visitor, same country, overlapping dates.

    Frames that name their visitor go first. A frame whose visitor came from a pronoun then
    joins the one trip to the same country with overlapping dates whoever its visitor is (``It
    is his first visit to China`` is about the trip already reported, whoever was named last),
    and otherwise a trip of its visitor. A frame telling a part of a trip (a reception, a tour
    during the stay) joins the last trip told before it of its visitor to the same country,
    whatever place inside it the part names. A frame without a destination joins the one trip
    of its visitor it is compatible with (not counting trips called or put off, when there are
    others), and is dropped when there is no such trip or several, or when the one is a leg
    of a country trip it does not fit (see :func:`_leg_of_told`).
    """
    trips: list[list[_Frame]] = []
    for frame in sorted(frames, key=lambda f: (f.destination is None, f.part, f.pronoun)):
        if frame.destination is None:
            matches = [t for t in trips if _same_trip(t[0], frame) and not _made(t, frame)]
            if len(matches) > 1:  # a reception is of a trip made, not of one put off
                matches = [t for t in matches if not any(f.status in _UNDONE for f in t)]
            if len(matches) == 1 and not _leg_of_told(matches[0], trips):
                matches[0].append(frame)
            continue
        told = [
            t
            for t in trips
            if frame.part and _first(t) <= frame.order and _same_trip(t[0], frame, anywhere=True)
        ]
        if told:
            max(told, key=_first).append(frame)
            continue
        low = frame.sentence.text.lower() if frame.pronoun else ""
        matches = [
            t
            for t in trips
            if _fits(t, frame, anyone=frame.pronoun)
            and not (frame.pronoun and _told_beside(t[0].visitor, frame, low))
        ]
        if frame.pronoun and len(matches) > 1:
            matches = [t for t in matches if _fits(t, frame)]
        if matches:
            matches[0].append(frame)
        else:
            trips.append([frame])
    return sorted(trips, key=_first)


def _leg_of_told(trip: list[_Frame], trips: list[list[_Frame]]) -> bool:
    """True when ``trip`` is a city leg of a trip to its country told by another of ``trips``.

    The trip to the country is one not only called or put off, and its capital is no leg.

    ``will leave for China on Wednesday ... before ending the tour in Shenzhen. The visit was
    first set for August``: a bare ``the visit`` is the whole tour, not its last leg, so a
    mention that does not fit the tour's dates is of no leg either.
    """
    lead = trip[0]
    return any(
        t is not trip
        and _leg_within(t[0].destination, lead.destination)
        and _same_person(t[0].visitor, lead.visitor)
        and not all(f.status in _UNDONE for f in t)
        for t in trips
    )


def _told_beside(visitor: Actor, frame: _Frame, low: str) -> bool:
    """True when ``frame``'s sentence, ``low`` in lower case, names another ``visitor``.

    ``He will travel to Y to join the finance secretary``: he is not the secretary, whose own
    trip to Y this is not.
    """
    if _same_person(visitor, frame.visitor):
        return False
    if visitor.role and visitor.role.lower() in low:
        return True
    surname = visitor.name.split()[-1].lower() if visitor.named else ""
    return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", low) is not None


def _named_later(context: _Context, trips: list[list[_Frame]]) -> list[list[_Frame]]:
    """``trips`` with a lead's trip by title joined to the trip of the person named after it.

    ``The governor of Punjab has begun a tour of China's Jiangsu province`` opens a story whose
    next paragraphs name him (``Mr Baloch arrived in Nanjing on Monday``): the title in the
    opening paragraph is the one person the article then tells travelling to that country (a
    fitting title and country, when told), and the trip is his first one there. His trips
    there take the title when the article names him without one. With no such trip, the title
    is the first person named after it with a fitting title (``Chief Minister X will meet``),
    else the person the next sentence introduces (``Farida Jatoi, who took charge in May``).
    """
    out = list(trips)
    retitled: set[int] = set()  # trips named here: "to Y and Z" stays two trips, not one
    for trip in trips:
        lead = trip[0]
        role = lead.visitor.role
        if lead.visitor.named or not role or any(f.sentence.paragraph for f in trip):
            continue
        title = role.split(" of ")[0]  # "governor of Punjab": governor
        fits = _RoleTest(title)
        named = [
            t
            for t in out
            if t[0].visitor.named
            and id(t) not in retitled
            and (t[0].visitor.role is None or fits(t[0].visitor.role))
            and _same_trip(attrs.evolve(lead, visitor=t[0].visitor), t[0], anywhere=True)
            and len({lead.visitor.country, t[0].visitor.country} - {None}) < 2
        ]
        if named and all(_same_person(t[0].visitor, named[0][0].visitor) for t in named):
            person = named[0][0].visitor
            person = person if person.role else attrs.evolve(person, role=title)
            out.remove(trip)
            named[0].extend(trip)
            for told in named:
                told[:] = [attrs.evolve(f, visitor=person) for f in told]
        elif not named:
            titled = context.titled_after(
                lead.order, fits, lead.visitor.country
            ) or context.introduced_after(lead.order, role)
            if titled is not None:
                trip[:] = [attrs.evolve(f, visitor=titled) for f in trip]
                retitled.add(id(trip))
    return out


def _legs(trips: list[list[_Frame]]) -> list[list[_Frame]]:
    """``trips`` with the span of a two-place trip split at the day the second leg begins.

    ``X will travel to Y and Z from May 26 to 29``, then ``before flying to Z on May 28``: Z's
    leg runs from the 28th to the 29th, and Y's from the 26th to the 27th. Only two trips of
    one visitor told with one span in one sentence are split, at a later day inside the span.
    """
    for later in trips:
        lead = min(later, key=lambda f: f.order)
        span = lead.when
        if span is None or span.start is None or span.end is None or span.end <= span.start:
            continue
        day = next(
            (
                f.when
                for f in later
                if f.order > lead.order
                and f.when is not None
                and f.when.start is not None
                and f.when.start == f.when.end
                and span.start < f.when.start <= span.end
            ),
            None,
        )
        if day is None or day.start is None:
            continue
        earlier = [
            t
            for t in trips
            if t is not later
            and any(f.order == lead.order and f.when == span for f in t)
            and _same_person(t[0].visitor, lead.visitor)
        ]
        if len(earlier) != 1:
            continue
        first = attrs.evolve(span, end=day.start - dt.timedelta(days=1))
        second = attrs.evolve(day, end=span.end)
        earlier[0][:] = [attrs.evolve(f, when=first) if f.when == span else f for f in earlier[0]]
        later[:] = [attrs.evolve(f, when=second) if f.when in (span, day) else f for f in later]
    return trips


def _put_off_earlier(trip: list[_Frame], trips: list[list[_Frame]]) -> bool:
    """True when ``trip`` was only put off, and is the same visitor's trip told as another one.

    ``The army chief had been due to visit Y in August, but the trip was put off``, in a story
    of his visit to Y now: the trip put off is the one under way (or planned again), not a
    second one. It must have been due no later than the other trip starts; one put off with
    no date is the other trip only when that one is not over (a trip made last year is
    another).
    """
    if not all(f.status is VisitStatus.POSTPONED and not f.rescheduled for f in trip):
        return False
    due = min((f.when.start for f in trip if f.when and f.when.start), default=None)
    for other in trips:
        if other is trip or any(f.status in _UNDONE for f in other):
            continue
        starts = [f.when.start for f in other if f.when and f.when.start]
        if due is None:  # undated: only a trip not over yet may be the one put off
            later = any(f.status is not VisitStatus.PAST for f in other)
        else:
            later = not starts or due <= min(starts)
        if _leg_within(trip[0].destination, other[0].destination):
            continue  # a country trip put off is not one of its own city legs
        if later and _same_trip(attrs.evolve(trip[0], when=None), other[0]):
            return True  # its old dates are no longer the trip's: only visitor and place count
    return False


def _leg_within(country: Place | None, leg: Place | None) -> bool:
    """True for a ``leg`` to a city of ``country`` other than its capital, which stands for it."""
    return (
        country is not None
        and leg is not None
        and not _specific(country)
        and _specific(leg)
        and leg.name not in _CAPITALS
        and _country(leg) == country.name
    )


def _made(trip: list[_Frame], frame: _Frame) -> bool:
    """True when ``frame`` calls off or puts off a trip, and ``trip`` was made already."""
    return frame.status in _UNDONE and all(f.status is VisitStatus.PAST for f in trip)


def _first(trip: list[_Frame]) -> int:
    """The index of the first sentence telling ``trip``."""
    return min(f.order for f in trip)


def _same_trip(a: _Frame, b: _Frame, *, anyone: bool = False, anywhere: bool = False) -> bool:
    """True when two frames can report one trip: one visitor, one place, overlapping dates.

    One place: the same country, and not two different places inside it.

    With ``anyone`` the visitors are not compared; with ``anywhere`` two places in one country
    may be one trip's, and so may a place the gazetteer lacks (``was received at the Nur Khan
    Airbase by Z``), whose country is untold.
    """
    if not anyone and not _same_person(a.visitor, b.visitor):
        return False
    da, db = a.destination, b.destination
    if (
        da is not None
        and db is not None
        and _country(da) != _country(db)
        and not (anywhere and (da.country is None or db.country is None))
    ):
        return False
    if not anywhere and _distinct(da, db):
        return False  # Shanghai and Hangzhou are two visits, China and Shanghai one
    wa, wb = a.when, b.when
    if _made_and_ahead(a, b) or _made_and_ahead(b, a):
        return False
    if wa is None or wb is None or wa.start is None or wb.start is None:
        return True
    if a.rescheduled or b.rescheduled:
        return True  # a trip put off to new dates no longer overlaps its old ones
    if a.last_day or b.last_day:  # "arrived on June 7" ... "concluded the visit on Tuesday"
        last, other = (wa, wb) if a.last_day else (wb, wa)
        return other.start is not None and last.end is not None and other.start <= last.end
    return wa.start <= (wb.end or wb.start) and wb.start <= (wa.end or wa.start)


def _made_and_ahead(made: _Frame, ahead: _Frame) -> bool:
    """True when ``made`` is a dated trip made and ``ahead`` one still planned: two trips.

    ``His predecessor travelled to Y last October. X will spend three days in Y.``: the
    trip ahead has no date of its own, yet cannot be the one made last October.
    """
    return (
        made.status is VisitStatus.PAST
        and ahead.status is VisitStatus.PLANNED
        and made.when is not None
        and made.when.start is not None
        and not ahead.rescheduled
    )


def _fits(trip: list[_Frame], frame: _Frame, *, anyone: bool = False) -> bool:
    """True when ``frame`` can join ``trip``.

    It must report the same trip as the trip's first frame and name no place inside the country
    other than those the trip went to. A later sentence going on to a city of a trip told only
    by its country (``Later, he visited a factory in Shenzhen``) is a leg of its own; arriving
    in the city (``He arrived in Beijing``) is the trip itself.
    """
    return (
        _same_trip(trip[0], frame, anyone=anyone)
        and not any(_distinct(f.destination, frame.destination) for f in trip)
        and not _new_leg(trip, frame)
        and not _legs_after(trip, frame)
    )


def _legs_after(trip: list[_Frame], frame: _Frame) -> bool:
    """True when ``trip`` holds only legs to cities told after ``frame``'s trip to their country.

    :func:`_new_leg` the other way round, for a country trip read after its legs (one found
    through a pronoun is: ``She has put off her visit to China. ... She was to travel to Wuhan``).
    A city visited on a day inside the country trip's days is a leg wherever it is told
    (``visited Y on Thursday. The delegation, in Pakistan from Monday to Sunday, ...``).
    """
    place = frame.destination
    return (
        place is not None
        and not _specific(place)
        and all(
            _leg_within(place, f.destination)
            and (f.onward or f.stop)
            and (f.order > frame.order or _day_within(f.when, frame.when))
            for f in trip
        )
    )


def _new_leg(trip: list[_Frame], frame: _Frame) -> bool:
    """True for an onward frame or a stop to a city, after the sentences of a trip to its country.

    A leg the trip is told to take its visitor on is one in the trip's own sentence too. The
    capital stands for its country (``Premier Li's visit to Islamabad``): no new leg, unless
    it is dated to days inside the country trip's days (``to China next week ... will travel
    to Beijing on Monday``) or told as a step of the tour (``will first travel to Beijing``).
    A leg dated inside the country trip's days is one in the trip's own sentence too
    (``arrived in Pakistan on Monday, will travel to Y tomorrow before returning on Sunday``).
    """
    place = frame.destination
    return (
        (frame.onward or frame.stop)
        and place is not None
        and _specific(place)
        and (
            place.name not in _CAPITALS
            or frame.step
            or any(_day_within(frame.when, f.when) for f in trip)
        )
        and (
            frame.leg or all(f.order < frame.order or _day_within(frame.when, f.when) for f in trip)
        )
        and not any(f.destination is not None and _specific(f.destination) for f in trip)
    )


def _day_within(day: When | None, span: When | None) -> bool:
    """True when ``day`` is one day, or a shorter run of days, inside a ``span`` of several.

    Either is a leg of the longer trip (``in China from June 2 to 9 ... took him to Beijing
    from June 2 to 4``), not the whole trip told again.
    """
    return (
        day is not None
        and span is not None
        and day.granularity in (Granularity.DAY, Granularity.DAYS)
        and day.start is not None
        and span.start is not None
        and span.end is not None
        and span.start < span.end
        and span.start <= day.start <= span.end
        and (day.end is None or day.end <= span.end)
        and (day.start, day.end) != (span.start, span.end)
    )


def _is_onward(kind: str, m: "re.Match[str]") -> bool:
    """True when the travel word ``m`` goes on to a place rather than arriving or staying."""
    if kind in _TRIP_NOUNS or kind == "lead":
        return True
    word = m.group()
    return (kind == "verb" and not word.startswith("reach")) or (
        kind == "arrive" and not word.startswith(("arriv", "land", "touch"))
    )


def _distinct(a: Place | None, b: Place | None) -> bool:
    """True for two different places inside a country: Shanghai and Hangzhou.

    A port named after its city is no other place than the city: ``visited Gwadar Port`` and
    then ``during his visit to the port`` tell one trip.
    """
    if a is None or b is None or not _specific(a) or not _specific(b) or a == b:
        return False
    return a.name.removesuffix(" Port") != b.name.removesuffix(" Port")


def _specific(place: Place) -> bool:
    """True for a place inside a country (a city, a port), not a country itself."""
    return place.name != _country(place)


def _country(place: Place) -> str:
    """The country a place lies in (its own name for a place without one)."""
    return place.country or place.name


def _same_person(a: Actor, b: Actor) -> bool:
    """True when two actors can be one person.

    Names match when one's words are all in the other's (``Li`` and ``Li Qiang``); a descriptor
    (``the vice minister``) matches a person whose title holds all of its title's words.
    """
    if a.named and b.named:
        words_a, words_b = set(a.name.lower().split()), set(b.name.lower().split())
        return words_a <= words_b or words_b <= words_a
    if a.role is None or b.role is None:
        return a.name.lower() == b.name.lower()
    roles_a, roles_b = set(a.role.lower().split()), set(b.role.lower().split())
    return roles_a <= roles_b or roles_b <= roles_a


def _fullest(visitor: Actor, others: list[Actor]) -> Actor:
    """The fullest form of ``visitor`` among ``others``: ``Li Qiang`` for ``Li``."""
    same = [a for a in others if a is not visitor and _same_person(a, visitor)]
    if not same:  # mostly: every frame of the trip read the one actor
        return visitor
    return max([visitor, *same], key=lambda a: (a.named, len(a.name.split())))


def _visit(trip: list[_Frame]) -> Visit:
    """One trip's visit: best evidence, best date, most specific place, all qualifiers."""
    best = max(trip, key=lambda f: (f.score, -f.order))
    dated = max(
        trip,
        key=lambda f: (
            f.rescheduled,
            _rank(f.when) > 0,
            not f.last_day,
            not f.pronoun,
            _rank(f.when),
            f.score,
        ),
    )
    # frames found through a pronoun or telling a part may name a side place; not a pronoun in
    # the named frame's sentence ("came to Pakistan in March, when she flew to Skardu")
    told = {f.order for f in trip if not f.pronoun}
    named = [f for f in trip if not f.part and (not f.pronoun or f.order in told)] or trip
    places = [f.destination for f in named if f.destination is not None] or [
        f.destination for f in trip if f.destination is not None
    ]
    specific = [p for p in places if _specific(p)]
    destination = specific[0] if specific else places[0]
    hosts = [f.host for f in trip if f.host is not None]
    host = best.host or (hosts[0] if hosts else None)
    qualifiers: list[str] = []
    for f in sorted(trip, key=lambda f: f.order):
        qualifiers += [q for q in f.qualifiers if q not in qualifiers]
    when = _until_last_day(_lasting(dated.when, qualifiers, max(f.days for f in trip)), trip)
    status = dated.status if _rank(dated.when) > 0 else best.status
    cut = next((f for f in trip if f.cut), None)
    if cut is not None and (shortened := _cut_short(when, cut)) is not None:
        when, status = shortened, cut.status  # "reached Y on a three-day visit", cut on day 2
    undone = (VisitStatus.CANCELLED,) if dated.rescheduled else _UNDONE
    under_way = any(f.status is VisitStatus.ONGOING for f in trip)
    for special in undone:  # a trip put off to new dates is planned for them
        if any(f.status is special for f in trip) and not (
            special is VisitStatus.POSTPONED and under_way
        ):
            status = special  # a trip under way was put off before, not now
    return Visit(
        visitor=_fullest(best.visitor, [f.visitor for f in trip]),
        destination=destination,
        evidence=best.sentence.text,
        span=best.sentence.span,
        status=status,
        host=host,
        when=when,
        qualifiers=tuple(qualifiers),
        cameo=("042", "043") if host is not None else ("042",),
        confidence=max(f.confidence for f in trip),
    )
