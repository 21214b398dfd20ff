"""Statements: who said what, as direct quotes or reported speech, with the exact evidence.

The article is read in *units*: its sentences, except that a sentence boundary inside a quotation
(``“A. B,” she said``) does not split it. Quotations use double marks, curly or straight, or single
marks at word edges (so ``Pakistan's`` is no quote). In each unit the rules look for *frames*, a
speaker linked to a reporting verb:

- ``SUBJECT VERB`` (``she said``, ``Ahsan Iqbal also stressed``, ``X, who …, said``, ``X, the
  manager of Y Builders, which won the tender, told``, ``X, in a statement, said``, ``she went on to
  add``, ``were quick to tell reporters``, ``he was quoted as saying``), ``VERB SUBJECT`` after a
  quote or clause (``said Ahsan Iqbal``, ``“…?” asked X``, ``said two of the sources``) or opening a
  unit before a colon (``Said X: “…”``), a passive with its agent (``the meeting was told by X
  that``, ``was told by port officials that``), ``according to SUBJECT`` (``according to its chief
  executive, X``; ``as per X`` and ``as stated by X`` alike; so is the source an outlet
  learnt from after the clause, ``…, the Global Times learned from X``), and subjectless
  continuations (``, adding that``, ``and added``, ``but said``) that keep the previous
  speaker, or the unit's subject, past a fronted adverbial (``On Monday, X thanked Y,
  saying``), or the group or determined noun phrase as written up to its verb (``Transporters
  in X went on strike, saying``, ``Some outlets have hyped X, claiming``);
- a subject may be a person, a body, a descriptor (``the spokesperson``, ``sources``), a country
  (``China has said``), an outlet that is the sole source (``…, APP reported``, ``…, APP learnt.``)
  or a document that speaks for its issuer (``X issued a statement saying``; one whose phrase names
  its issuing body, ``a Foreign Office statement said``, ``a statement from X said``, speaks as
  written with that body as its organisation; ``the press release said`` is whoever issued or spoke
  in one, else a body that spoke, else as written, never a body only mentioned), a record whose
  owner is given (``according to the ministry's annual report``) or that the article means
  (``According to the minutes,``), as written, a bare plural source that opens its clause (``Freight
  forwarders said``, ``…, but port officials said``, ``representatives of the Chinese firms told``),
  as written with its modifiers, a definite noun no mention reads (``…, the navy said``), as written
  unless it names a kind of body the article named (``the military-run operator``), a body with the
  site its name ends with (``…, the X Institute at Taxila announced``) or the university named
  before (``the X Institute at the university``), a group in a body that body's (``Sources in the
  Ministry of Y``), or a person described by age (``the 34-year-old said`` is the person last
  named, ``a 40-year-old mechanic`` someone new); a body introduced with its abbreviation speaks
  by it later (``the CCPIT said``), also one the finder does not know whose capitals the
  abbreviation spells (``the X Y Z (XYZ) said``), and one named
  without it whose initials it is (``the FO`` for the Foreign Office);
- then what the frame reports: the quote that ends just before it (``“…,” she said``, ``“…,”
  according to X``), the quote or clause after it (``He said: “…”``, ``said (that) …``, ``told
  reporters …``, ``confirmed to Dawn that …``), or the clause before it (``…, she said``, ``…, the
  firm informed the bourse on Monday``, ``…, he said to reporters``, without a linking
  ``Meanwhile,``; ``“…,” said X while talking to reporters``); a clause or quote that goes on after
  the frame (``A, he said, B``, ``A, he added, and the utility promised B``) gives a second
  statement, unless A is only B's subject (``The Chinese side, he said, had agreed``: one statement,
  B) or B is the writer's apposition to A without a verb (``A, police said,
  the third such attack this year``, ``…, a sign of …``: one statement, A); a frame inside a
  reported clause gives its own (nesting), so does one inside a quotation that reports a
  that-clause, its named or described subject as written (``“The Chinese side has assured us that
  B,” he said``, ``“Our partners have told us that B”``; no pronoun's), but an attitude is part of
  the clause (``The Chinese side hoped B, she said``: one statement, hers, and ``she`` is not the
  side), and a frame coordinated after it
  (``A said B, while C said D``) ends B; ``X said A, according to a press release`` is still one
  statement, by X, and what the speaker did besides (``…, but gave no details``, ``…, X said,
  without elaborating``) is no part of A, nor is a clause about the frame after its time (``A, X
  said Friday, as crews …``, ``…, a day after B``: A), a speaker's possessed title (``said X,
  Hexa's head of sales``) or a source's ``, who …`` clause (``A, according to an officer, who spoke
  on condition of anonymity``), unless it reports (``…, who said B``: B too).

Rules outside frames: ``This was stated by X`` (and ``X said so while …``, ``X made the remarks at
…``, ``These views were expressed by X``) gives the preceding sentence to X, and a ``who said B``
right after X gives B too; ``A:`` answers of a Q&A transcript (and the paragraphs after them, up to
the next ``Q:``) go to the spokesperson named in the headline or text (in an interview, to the
person quoted before), a turn labelled with a name (``Wu Lin:``) to that person (also in a press
conference whose questions are labelled by outlet, ``CCTV:``), and a briefing's opening remarks in
the first person to its spokesperson; a quotation left open at a paragraph's end goes on in the next
paragraph that opens with a quote mark, with the same speaker and one statement per paragraph, and
so does a quote reopened after its frame (``“A,” she said. “B`` ¶ ``“C.”``); a frame that ends its
paragraph with a colon (``She said:``) introduces the next paragraph's quote.

Speakers are resolved in reading order: a full mention is remembered under each of its name's words
(so ``Iqbal said`` finds Ahsan Iqbal), a pronoun goes to the most recent *person* (one with a title,
a known gender or a gazetteer entry, never a project or place) of compatible gender (from
``Ms``/``Mr``, ``spokeswoman``, a subject's ``with her team`` or ``, where she was received``, a ``,
who is on her first trip`` after a name, or an earlier ``she``; outside the last statement's
paragraph ``she`` is a woman among the last few named, if any, unless the paragraph before
introduced its speaker: ``X, who moved the motion, said A`` ¶ ``“B,” she said`` is X's), or, opening
its sentence, to the person (or one-person descriptor) who opened the sentence before, fronted ``For
X, a nurse, …`` or after ``Meanwhile,``/``During the visit,`` too, unless that sentence reported a
statement (``Chairman X thanked Y. He said``), and a unit opening with an age (``The 34-year-old
engineer …``) goes on with that person; a definite descriptor (``the spokesperson``, ``the Chinese
side``) goes to the most recent speaker whose role and country fit (``the premier`` a prime
minister, ``the envoy`` any diplomat, ``the expert`` a professor, ``the minister`` no prime, chief
or vice one, ``the ports minister`` a minister for ports, ``the KCCI chief`` whoever heads the KCCI,
``the police chief`` an Inspector General of Police, ``the senator`` the latest ``Senator X``
whatever role the name's appositive gives, ``the Chinese guest`` the latest person named who is not
the host, its last speaker), to the unnamed source it repeats (``an official …`` → ``the official``,
``the Chinese embassy in Islamabad`` → ``the embassy``, ``Pakistan's X ministry`` → ``the
ministry`` or ``his ministry``) or to the latest body of its kind (``the company``, ``according to
the institute``; not one named as another's owner, ``X, a subsidiary of Y``, while another fits;
a company the finder does not know is the name its clause opens with, ``X Seed Works has …,
the company said``, and one said before any company is named is
the article's only company, if it names one; ``the Chinese side`` (or ``team``, ``delegation``),
``represented by``/``led by`` X in its appositive, is X; one with no Chinese speaker known is a
person an appositive gives that country, ``X, chairman of a Chinese firm``, else the latest titled
person whose body names it or who has a Chinese name, or such a name just named without a title,
else a titled speaker of no country once the other side is named, or a diplomat of no country, or
one of no country named in the sentence before; ``the head of a Chinese contractor`` is a person
leading a body, ``X, country manager for Y``), else to an unnamed body that opened a sentence
(``The Chinese embassy has asked …`` → ``the embassy``); when none fits, the descriptor itself is
the speaker, as written with its post-modifier (``a spokesman for the board``, ``an aide to the
mayor``, ``the committee on power tariffs``, not its topic, ``an official who asked not to be
named``), never an invented name (at the end, an unresolved descriptor takes a fitting name
given later in the article, and a lead's bare ``a senior official`` the person the next paragraph
introduces and quotes). A group (``investors``, ``traders at the market``, ``one of them``,
``people familiar with the matter``) is never resolved to one named person: it stays the
descriptor as written, and ``they`` after it is that group. Verbs that carry no content
(``thanked``, ``condemned``), infinitival commitments (``agreed to``, ``asked the ministry to``)
and vague sources (``as per media reports``, ``according to official data``) are not statements;
a proposal's ``that`` clause is one (``proposed that``, ``recommended that``).

Every scan is linear in the text: look-ups go through dictionaries and bisection, windows are
bounded, and reported clauses longer than a limit stop nesting.
"""

import bisect
import enum
import functools
import itertools
import operator
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs

from cpecdata.extract._actors import Mention, find_mentions, is_chinese_name, is_company
from cpecdata.extract._text import Sentence, alternatives
from cpecdata.gazetteer import demonym_country, lookup_person, lookup_place, lower_aligned
from cpecdata.model import Actor, Article, Span, Statement, StatementKind, When
from cpecdata.timex import Tense, find_times

__all__ = ["extract_statements"]

# --- lexicons ------------------------------------------------------------------------------------

# Verbs that report content on their own (``said the project …``); the others need ``that``, a
# colon, a quote, or a clause in front (``…, she noted``) before they count.
_STRONG = frozenset(
    "said says say stated states added adds told tells remarked remarks informed informs "
    "maintained maintains asserted asserts claimed claims replied replies wrote writes tweeted "
    "tweets declared declares saying adding stating telling maintaining asserting add state "
    "claim tell claiming".split()
)
_WEAK = frozenset(
    "noted notes noting stressed stresses stressing emphasised emphasized emphasises emphasizes "
    "emphasising emphasizing announced announces announcing observed observes observing "
    "explained explains explaining disclosed discloses disclosing revealed reveals revealing "
    "confirmed confirms confirming reiterated reiterates reiterating underlined underlines "
    "underlining underscored underscores underscoring mentioned mentions mentioning recalled "
    "recalls recalling acknowledged acknowledges acknowledging argued argues arguing assured "
    "assures assuring warned warns warning opined opines commented comments responded responds "
    "hoped hopes hoping believed believes highlighted highlights highlighting affirmed affirms "
    "reaffirmed reaffirms elaborated elaborates briefed apprised read reads reported reports "
    "insisted insists insisting contended contends conceded concedes admitted admits cautioned "
    "cautions predicted predicts concluded continued stress note explain warn emphasise "
    "emphasize agreed agrees asked asks posted complained complains complaining".split()
)  # fmt: skip
_QUOTE_INVERTING = frozenset(
    "noted stressed emphasised emphasized observed explained recalled warned cautioned insisted "
    "admitted conceded argued acknowledged reiterated confirmed".split()
)
"""Weaker verbs that still come before their speaker right after a quote: ``“…,” noted X``."""
_QUESTIONS = frozenset({"asked", "asks"})
"""Verbs that report only a question quoted next to them: ``“… ?” asked X``."""
_THAT_ONLY = frozenset(
    "agreed agrees clarified clarifies alleged alleges suggested suggests shared shares lamented "
    "laments regretted regrets vowed vows pledged pledges estimated estimates feared fears "
    "denied denies introduced introduces proposed proposes recommended recommends".split()
)
"""Verbs that report only a ``that`` clause: ``agreed to build`` is a commitment, ``shared the
details`` or ``pledged support`` no statement, ``shared with the media that`` one; ``introduced
that`` (Chinese outlets' wording for ``explained that``) one, ``introduced a scheme`` none; a
proposal's content is reported as a suggestion's is (``proposed that the labs work with X``),
``proposed a new route`` or ``the proposed line`` is none."""
_BARE = frozenset("add state claim stress note explain warn emphasise emphasize tell".split())
"""Bare forms that report only after a lead-in (``went on to add``); else they are other words."""
_OUTLET_VERBS = frozenset({"reported", "reports"})
"""What news outlets do; they count as speakers only when they are the sole source."""
_LEARNT = frozenset({"learnt", "learned"})
"""What an agency did that is the sole source: ``…, APP learnt.`` (else no reporting verb), or
what it did with its source: ``…, the Global Times learned from X``."""
_LEARNING = re.compile(
    r",[ \t]+(?P<who>(?:[Tt]he[ \t]+)?(?P<outlet>(?:[A-Z][\w-]*[ \t]+){1,3}))(?:ha[sd][ \t]+)?\Z"
)
"""The outlet before ``learned from``, after the clause it reports: ``, the Global Times``."""
_AGENCY = re.compile(
    r",[ \t]+(?P<agency>[A-Z]{2,6}|The(?:[ \t]+[A-Z][\w-]*){1,3})[ \t]+(?:ha[sd][ \t]+)?\Z"
)
"""An agency or paper before ``learnt``: ``, APP``, ``, The Daily Fiction has``."""
# Verbs that report only a quotation (``called the deal a “milestone”``), never a clause.
_QUOTE_ONLY = frozenset("called calls termed terms dubbed dubs described describes".split())
# Verbs of attitude that are the reported clause's own verb inside another frame's clause
# (``X told senators that the Chinese side hoped B``: one statement, X's).
_ATTITUDES = frozenset("hoped hopes believed believes wanted wants expected expects".split())
_PRESENT_ATTITUDES = frozenset(word for word in _ATTITUDES if word.endswith("s"))
# The second word of two-word reporting verbs, after the first (``pointed out``).
_VERB_TAILS = {
    **dict.fromkeys(("pointed", "points", "pointing"), re.compile(r"[ \t]+out\b")),
    **dict.fromkeys(
        ("expressed", "expresses", "expressing", "voiced", "voices", "voicing"),
        re.compile(
            r"[ \t]+(?:(?:(?:the|his|her|their|its)[ \t]+)?"
            r"(?:hope|confidence|optimism|belief|view|concern|fear)"
            r"|(?:these|those|similar)[ \t]+(?:views|remarks|thoughts|sentiments))\b"
            r"|(?=[ \t]+that\b)"  # "expressed that B": Chinese outlets' "said that"
        ),
    ),
    "according": re.compile(r"[ \t]+to\b"),
    # ``as per X``, ``as stated by X``: read as ``according to X``.
    "as": re.compile(r"[ \t]+(?:per|stated[ \t]+by)\b"),
    **dict.fromkeys(
        ("made", "makes", "making"),
        re.compile(
            r"[ \t]+(?:it[ \t]+clear"
            r"|(?:the|these|those|similar)[ \t]+(?:remarks|comments|observations))\b"
        ),
    ),
    # "was of the view that"; "was hopeful (confident, optimistic) that", as "hoped that"
    **dict.fromkeys(
        ("is", "was", "were"),
        re.compile(
            r"[ \t]+(?:of[ \t]+the[ \t]+(?:view|opinion)\b"
            r"|(?:hopeful|confident|optimistic)(?=[ \t]+that\b))"
        ),
    ),
}
_SOURCE_VERBS = ("according", "as ")
"""How the verbs that name a source, not a speaker, begin: ``according to X``, ``as per X``."""
_TIME_NOUN = re.compile(r"[ \t]+(?:week|month|year|morning|afternoon|evening|night|weekend)\b")
# ``said this while …``, ``expressed these views``: the frame reports the preceding sentence.
_THIS = re.compile(
    r"[ \t]+(?:this|so)(?=[ \t]*(?:[.,;]|\Z|(?:while|in|at|during|on|when|after|before)\b))"
)
_FURTHER = re.compile(r"[ \t]*(?:[,:]|that\b)")
"""What follows ``further`` as an adverb; before a noun it is an adjective."""
_AUXILIARY_AFTER = re.compile(
    r"[ \t]+(?:will|would|could|can|may|might|shall|should|must|had|has|have|is|are|was|were)\b"
)
"""A verb after a descriptor that opens a clause: ``…, the governor will travel``."""
_SENTENCE_END = re.compile(r"[.?!][ \t]+(?=[A-Z])")
"""A sentence ending inside a quotation: a nested frame's clause stops there."""
_QUOTED_THAT = re.compile(r"[ \t]+(?:(?:us|me|him|her|them|you)[ \t]+)?that[ \t]")
"""What makes a verb inside a quotation a frame of its own: ``… has assured us that B``."""
_INCLUDING = re.compile(r",[ \t]+(?:including|among[ \t]+them)[ \t]+[^,]+\Z")
"""A subject's examples between commas: ``Chinese producers, including X, have warned``."""
_SIDE_WORDS = frozenset({"side", "team"})
"""Heads of a descriptor for one country's party to talks (``the Chinese side``/``team``)."""
_PANELS = ("committee", "group", "panel", "force", "commission", "council", "board", "forum")
"""Head words of a body named by its topic: the cheap test before ``_TOPICAL_BODY``."""
_TOPICAL_BODY = re.compile(
    r"[Tt]he[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:(?:sub-?)?committee|(?:working[ \t]+)?group|panel"
    r"|task[ \t]?force|commission|council|board|forum)[ \t]+(?:on|for)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+\Z"
)
"""A body named by its topic (``the working group on Gwadar``): the body speaks, not the topic."""
_REPRESENTED = re.compile(r",[ \t]+(?:represented|led|headed)[ \t]+by[ \t]+")
_REPRESENTED_HEADS = _SIDE_WORDS | {"delegation"}
"""Descriptors whose ``, represented by X,`` appositive names who spoke for them."""
_BACKWARD_VERB_ENDS = ("views", "remarks", "thoughts", "sentiments", "comments", "observations")
_ONE_WORD_VERBS = _STRONG | _WEAK | _THAT_ONLY | _QUOTE_ONLY | _LEARNT


# Every word that is, or begins, a reporting verb: one split of a unit finds them all.
_LETTER_RUNS = bytes(b if 97 <= b <= 122 else 32 for b in range(256))
"""A ``bytes.translate`` table: ASCII lower-case letters stay, every other byte is a blank."""
_VERB_KEYS = frozenset(word.encode() for word in _ONE_WORD_VERBS.union(_VERB_TAILS))
"""Every word that is, or begins, a reporting verb, as ``bytes`` (what ``_verbs`` splits)."""


# Verbs that take a clause without ``that`` even when it has no auxiliary (``said China is``).
_SAYING = frozenset("said says say told tells tell saying telling".split())
_TELLING = frozenset("told tells tell telling informed informs briefed apprised assured".split())
_TO_AUDIENCE = frozenset(
    "said says stated states explained explains confirmed confirms disclosed discloses revealed "
    "reveals admitted admits conceded concedes stressed stresses emphasised emphasized "
    "emphasises emphasizes announced announces complained complains mentioned mentions "
    "reiterated reiterates pointed points declared declares insisted insists maintained "
    "maintains asserted asserts claimed claims underlined underlines highlighted highlights "
    "wrote writes".split()
)  # fmt: skip
"""Verbs whose audience may follow after ``to`` before the clause (``confirmed to Dawn that``).

Not ``added`` (``added to fears that``), ``agreed`` or ``replied`` (``replied to the charge
that``): their ``to`` opens no audience of the statement."""
_AUDIENCE_OPENERS = frozenset("the a an his her their its this reporters journalists".split())
"""Lower-case words that open an audience after ``to`` (``to the committee``); capitals open
a name (``to Dawn``); any other lower-case word is a verb (``said to be``)."""
# Objects of ``told``/``informed``/``briefed`` that stand between the verb and its clause.
_OBJECTS = frozenset(
    "reporters journalists newsmen media press participants audience gathering house senate "
    "assembly meeting delegates delegation him her them us newspersons correspondents students "
    "attendees members committee cabinet nation parliament correspondent scribe reporter "
    "newspaper paper".split()
)
_AUDIENCE_WORDS = _OBJECTS | {"news"}
"""Words in ``-s`` after a name that are its audience, no verb (``told APP news agency``)."""
_OURS = re.compile(
    r"(?:^|(?<=[“\"‘'])|(?<=[.,;][ \t])|(?<=\bbut[ \t])|(?<=\band[ \t]))((?:[Oo]ur|[Mm]y)"
    r"(?:[ \t]+(?!(?:they|we|he|she|it|you|i)\b)[\w-]+){1,3}?)[ \t]+(?:(?:have|has|had)[ \t]+)?\Z"
)
"""A quoted speaker's own group or counterpart opening a clause before a verb (``Our partners
have told us``), pronouns excluded (``In our talks they told us``)."""
_DESCRIBING = re.compile(r"[ \t]+(?:(?:himself|herself|itself|also)[ \t]+)?an?[ \t]")
"""An appositive that says what its subject is (``, herself an engineer,``), naming no one else."""


_AUDIENCE_BREAKS = re.compile(r"[:“”\"]")
"""Marks after ``told`` that show a clause or quote, not only an audience, follows."""
# Prepositions after which an unlisted plural object of ``told`` ends: ``told investors on``.
_AUDIENCE_ADVERBIALS = frozenset({"on", "at", "during", "via", "by", "in"})
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_TIME_ADVERBIAL = re.compile(
    r"(?:(?:on[ \t]+)?(?:" + "|".join(_WEEKDAYS) + r")|today|yesterday|tonight"
    r"|(?:this|last)[ \t]+(?:week|month|year|morning|afternoon|evening|night|weekend))\b,?",
    re.IGNORECASE,
)
# Words that may stand between a subject and its verb (``she also said``, ``had earlier said``).
_GAP_WORDS = frozenset(
    "also further however categorically has had have again earlier later reportedly clearly "
    "specifically strongly firmly once then separately additionally moreover meanwhile "
    "on today yesterday here long often already always".split()
    + _WEEKDAYS
)
_GOING_ON = frozenset(
    (go, "on", "to") for go in ("went", "goes", "go", "going", "proceeded", "continued")
)
"""``went on to say``: the words between a subject and its reporting verb."""
# Other lead-ins between a subject and a verb after ``to``: ``were quick to tell``, ``went on
# record to say``, ``took to Twitter to say``.
_LEAD_IN = re.compile(
    r"(?:(?:was|were|is|are|been)[ \t]+(?:quick|eager|keen|careful)"
    r"|(?:went|goes)[ \t]+on[ \t]+record"
    r"|(?:took|takes)[ \t]+to[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)[ \t]+to[ \t]+\Z"
)
_PASSIVE = frozenset({"be", "been", "being", "is", "was", "were", "are", "am", "to"})
_PRONOUNS = {"he": "m", "she": "f", "they": "", "it": ""}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# Capitalised words that open sentences but never name a speaker.
_NOT_SUBJECTS = frozenset(
    "this that these those there here it its we i you who which what the a an and but or so "
    "also meanwhile however moreover officials sources such some many several all both each "
    "every other another no most few".split()
)
# Frames that open an adverbial between the verb and its content (``said in a statement that``).
_ADVERBIAL_OPENERS = frozenset(
    "in on at while during after before when addressing speaking talking here there today "
    "yesterday tonight from via through earlier later separately also further according".split()
    + _WEEKDAYS
)
# Words that cannot open the second half of an interrupted statement (``A, he said, B``).
# Adverbs that link a sentence to the one before, no part of what is reported after them.
_LINKING = frozenset(
    "meanwhile however separately moreover furthermore besides additionally likewise similarly "
    "nevertheless nonetheless".split()
)
_NOT_CONTINUING = _ADVERBIAL_OPENERS | frozenset(
    "who which as and but particularly without".split()
)
_FRONTED = _LINKING | frozenset(
    ["during", "after", "before", "in", "on", "at", "earlier", "later", "last", "while", "today",
     "yesterday", "recently", "previously", "every", "speaking", "addressing", "talking",
     *_WEEKDAYS]
)  # fmt: skip
"""First words of an adverbial before a unit's subject: ``During the visit, X opened …``,
``Every morning at seven, X walks …``, ``Speaking on the occasion, X directed …``."""
# ``A, he added, and the utility promised B``: after these, a new subject opens a second statement.
_ASIDE = re.compile(
    r"[ \t]+(?:while|whilst|during|addressing|speaking|talking|presiding|chairing|here"
    r"|on[ \t]+(?:the|this)[ \t]+occasion"
    r"|in[ \t]+(?:his|her|their)[ \t]+(?:address|speech|remarks|statement|message|interview))"
    r"\b[^,;:.“”\"\n()]{0,80}\Z"
)
"""An adverbial set off by no comma between a subject and its verb, up to the verb: ``X while
talking to the media said``, ``X in his address said``, ``X here on Monday said``, ``X presiding
over a meeting said`` (as Pakistani agency copy writes)."""
_ASIDE_WORDS = re.compile(
    " (?:while|whilst|during|addressing|speaking|talking|presiding|chairing|here|occasion|in) "
)
"""Words ``_ASIDE`` needs, each between blanks: a cheap test before it runs (one literal
alternation, three times cheaper than a ``str.__contains__`` per word, as `` in `` comes last)."""
_JOINING = frozenset({"and", "but"})
_ALONGSIDE = frozenset({"while", "besides"})
"""Words between a comma and a participle that goes on: ``…, while stressing that B``."""
_SUBJECT_OPENERS = frozenset("the a an its their his her this these those it they we".split())
# Documents that speak for their issuer (``a Foreign Office statement said``).
_DOCUMENTS = frozenset(
    "statement statements release website communique communiqué handout notification "
    "transcript readout announcement raiser tweet post message letter circular".split()
)
_ISSUED_BY = frozenset({"issued", "released", "published", "posted", "shared", "circulated"})
"""Participles between a document and its issuer's ``by``: ``a statement issued by X said``."""
# What stands between an issuer and its document: ``X issued a``, ``he in a``, ``X, in its``.
_ISSUED = re.compile(
    r"[ \t]+(?:(?:issued|released|posted|shared|put[ \t]+out|published|tweeted)"
    r"|,?[ \t]*(?P<in>in|through|via))[ \t]+\Z"
)
_ISSUES = re.compile(
    r"[ \t]+(?:issued|released|put[ \t]+out)[ \t]+(?:a|an|its)[ \t]+(?:[a-z-]+[ \t]+)?(?P<document>"
    + alternatives(_DOCUMENTS)
    + r")\b"
)
"""A subject issuing a document with no reporting verb: ``X issued a statement on Monday.``"""
_ISSUING = re.compile(" (?:issued|released|put out) ")
"""What ``_ISSUES`` needs between blanks: a cheap test before it runs."""
_AT_SITE = re.compile(
    r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,4}"
)
"""A site that ends a body's name: ``the X Institute at Taxila``, ``the Y Consulate in Lahore``."""
_AT_SEAT = re.compile(r"[ \t]+at[ \t]+the[ \t]+(university|varsity|college)\b")
"""A seat of learning named before, after a unit of it: ``the X Institute at the university``."""
_LEAD_OFFICIALS = frozenset({"official", "officer"})
"""Heads of an unnamed lead source that the next paragraph may name (``a senior official``)."""
_LEAD_OFFICIAL_WORDS = frozenset({"senior", "top", "high-ranking", "government", "federal"})
"""Words of rank before such a head, besides a demonym: any other word names a body."""
_NO_OFFICIALS = ("minister", "premier", "president", "governor", "senator", "ambassador", "envoy")
"""Titles of those a lead would not call ``an official``: politicians and envoys."""
_ANONYMITY = ("anonymity", "not to be named", "not be named", "not authori", "identified")
"""What an unnamed source's paragraph says when the source stays unnamed on purpose."""
_SEAT_NOUNS = ("university", "varsity", "college")
"""What ``_AT_SEAT`` ends with: a subject's cheap test before its ``at the`` is looked for."""
_SEAT_UNITS = frozenset("institute centre center school department faculty chair".split())
"""Heads of a unit a seat of learning holds (``Confucius Institute``, ``China Study Centre``)."""
_BODY_SOURCE = re.compile(r"the[ \t]+([a-z]+)(?=[ \t]*[,.;])")
"""A body's kind after ``according to``: ``according to the institute.``"""
# ``the company's website``: the possessor names the kind of body that issued the document.
_POSSESSOR = re.compile(r"\b([a-z]+)['’]s[ \t]")
_POSSESSIVE_MARKS = ("'s", "’s")
_COMPANIES = frozenset(
    "group company corporation corp co limited ltd inc plc llc holding holdings".split()
)
_FIRMS = frozenset({"company", "firm"})
_OWNED_WORDS = ("subsidiary", " unit of ", " arm of ", "affiliate", " owned by ")
"""The cheap test for :data:`_PARENT`."""
_PARENT = re.compile(
    r",[ \t]+(?:(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:subsidiary|unit|arm|affiliate)[ \t]+of|(?:which[ \t]+is[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"owned[ \t]+by)[ \t]+(?:the[ \t]+)?\Z"
)
"""What makes the body after it another's owner: ``X, a subsidiary of`` (``which is owned by``)."""
"""Descriptors of a company: ``the company``, ``the Wuhan-based firm``."""
# Trade nouns before a name that make it a company: ``EV maker X``, ``cable manufacturer Y``.
_FIRM_NOUNS = frozenset("maker manufacturer producer carmaker automaker developer".split())
# A body's appositive that makes it a company: ``X, the Chinese firm that runs the line``.
_FIRM_APPOSITIVE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:company|firm)\b")
_COMPANY_SUBJECT = re.compile(
    r"(?:[A-Z]\w*-based[ \t]+)?([A-Z][\w&'’-]*\.?(?:[ \t]+[A-Z][\w&'’-]*\.?){1,5})[ \t]+[a-z]"
)
"""A company's unknown name opening the clause it reports: ``(Multan-based) X Seed Industry``."""
_LEVELS = frozenset({"provincial", "federal", "pm"})
"""Descriptor words that choose among the candidates that fit (``the federal minister``)."""
_PROVINCES = frozenset(
    {"Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan", "AJK"}
    | {"Azad Jammu and Kashmir", "Azad Kashmir", "KP", "KPK"}
)
"""Pakistan's provinces and regions as an official's organisation (``Sindh Chief Minister``)."""
_SOURCE_IN = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:source|official|officer|insider)"
    r"[ \t]+in[ \t]+(?:the[ \t]+)?\Z"
)
"""An unnamed source inside a named body, up to the body: ``A senior official in the``."""
_IN_BODY = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
"""What joins a group to the body it works in: ``Sources in the Ministry of Planning``."""
_BY_THE = re.compile(r"by[ \t]+the[ \t]+([a-z]+)\b")
"""A document's issuer named by its kind alone: ``a press release issued by the authority``."""
_BODY_KINDS = {
    "company": _COMPANIES,
    "firm": _COMPANIES,
    "ministry": frozenset({"ministry"}),
    "office": frozenset({"office"}),
    "embassy": frozenset({"embassy"}),
    "authority": frozenset({"authority"}),
    "airline": frozenset({"airlines", "airways"}),
    "operator": _COMPANIES | {"organisation", "organization", "authority"},
    "varsity": frozenset({"university"}),
    **{
        noun: frozenset({noun})
        for noun in (
            "board department commission council bank fund institute university college "
            "association group"
        ).split()
    },
}  # fmt: skip
# Auxiliaries and modals: a finite clause after a verb such as ``confirmed`` has one.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|shall|should|may|might|must|has|have|had)\b"
)
# A clause that opens with its verb (``had agreed``, ``agreed``): its subject stands before.
_PREDICATE = re.compile(
    r",[ \t]*(?:(?:is|are|was|were|will|would|can|could|shall|should|may|might|must|has|have"
    r"|had|did|does)\b|[a-z]+ed\b)"
)
_COUNTS = "one two three four five six seven eight nine ten some several many most all".split()
# A count before a descriptor: ``three (government officials)``, ``one of (the officials)``.
_QUANTIFIER = re.compile(
    r"(?<![\w-])(?:" + "|".join(_COUNTS) + r"|\d+|a[ \t]+few)(?:[ \t]+of)?[ \t]+\Z",
    re.IGNORECASE,
)
_COUNT_ENDS = frozenset("fw0123456789").union(word[-1] for word in _COUNTS)
"""The characters ``_QUANTIFIER`` may end with before its blanks: ``of``, ``few``, a digit."""
# An anonymous source that opens its clause: ``a person familiar with the matter``; its head
# and modifier are looked for first (case-sensitive, cheap), its start only when they are there.
_ANONYMOUS_HEAD = re.compile(
    r"(?:[Pp]erson|[Pp]eople|[Ss]ources?|[Oo]fficials?|[Ii]nsiders?|[Ii]ndividuals?)[ \t]+"
    r"(?:familiar|close|with|involved|briefed|knowledgeable|privy|aware|who)\b"
)
_SOURCES = frozenset({"source", "official", "insider", "individual"})
"""Heads of an anonymous source that ``the person`` takes up."""
# ``…, said two of the sources``: a counted share of sources after an inverted verb.
_COUNTED_SOURCES = re.compile(
    r"(?:one|two|three|four|five|six|both|another|a[ \t]+(?:third|fourth|fifth))"
    r"(?:[ \t]+of[ \t]+(?:the|these|those))?[ \t]+(?:sources?|officials?|people)\b"
)
_ANONYMOUS_STEMS = ("erson", "eople", "ource", "fficial", "nsider", "ndividual")
_ANONYMOUS = re.compile(
    r"(?:(?:an?|one|two|three|four|five|several|some|\d+)[ \t]+)?(?:[a-z]+[ \t]+)?"
    + _ANONYMOUS_HEAD.pattern,
    re.IGNORECASE,
)
# What the speaker did besides speaking, after the reported clause: ``…, but gave no details``.
_SPEAKERS_ACT = re.compile(
    r",[ \t]*(?:but[ \t]+(?:(?:did[ \t]+not|didn['’]t|would[ \t]+not)[ \t]+"
    r"(?:elaborate|give|provide|say|specify|disclose|comment)|(?:gave|offered|provided)[ \t]+no"
    r"|(?:declined|refused)[ \t]+to)|without[ \t]+(?:giving|providing|elaborating|offering))\b"
)
# ``in a statement``, ``in an emailed statement``: where a verb's clause was said.
_IN_DOCUMENT = re.compile(
    r"(?:in|through|via)[ \t]+(?:a|an|its|his|her|their|the)[ \t]+(?:[a-z-]+[ \t]+)?(?P<document>"
    + alternatives(_DOCUMENTS)
    + r")\b,?[ \t]*"
)
# A member of a group: ``one of them``, ``two of those``.
_MEMBER = re.compile(
    r"(?<![\w-])(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Aa]ll|[Ee]ach|[Bb]oth)"
    r"[ \t]+of[ \t]+(?:them|those|these)\Z"
)
# How something was said, between a verb and what it reports: ``said by phone from Beijing``.
_BY_MEANS = re.compile(
    r"by[ \t]+(?:tele)?(?:phone|e-?mail|video|text|message|letter)\b", re.IGNORECASE
)
_NOT_SOURCES = frozenset(
    "reports report media schedule data figures statistics survey estimates documents plan "
    "plans agreement".split()
)
# Records that speak as written after ``according to`` when their owner is given (``the
# ministry's annual report``, ``minutes of the board's meeting``, ``data shared with the
# committee``, ``a document seen by Dawn``); bare, they are vague sources (``official data``).
# Plurals of agent shape that name no group of speakers (``Others criticised …, saying``).
_NOT_GROUPS = frozenset({"others", "numbers", "orders", "matters", "letters", "papers"})
_RECORDS = frozenset(
    "report minutes document documents records filings bulletin data figures survey memo "
    "memorandum".split()
)
_FROM = re.compile(r"(?:[a-z]+[ \t]+){1,2}?from[ \t]+")
"""A document's noun and the ``from`` before its sender: ``statement from``, ``release from``."""
_INTRODUCING = frozenset("a an two three four five several some".split())
"""What introduces an unnamed source a later ``the people``/``the official`` takes up."""
_PHRASE_OPENERS = frozenset("the some several many other a an".split())
"""Determiners of a noun phrase that may speak as written: ``some Western media outlets``."""
_PHRASE_LINKS = frozenset({"of", "in", "on", "at", "near", "from", "by"})
"""Prepositions that may open one post-modifier of such a phrase: ``A plant in Sahiwal``."""
_MULTITUDES = frozenset({"Hundreds", "Thousands", "Dozens", "Scores"})
"""Counts that open a group's phrase: ``Hundreds of fishermen``."""
_SEEN_BY = re.compile(
    r"[ \t]+(?:(?:seen|reviewed|obtained|accessed)[ \t]+by|available[ \t]+with)\b"
)
"""What an outlet did with a document it quotes: ``a notification seen by Dawn``."""
_OWNED = re.compile(
    r"[ \t]+(?:of|by|from|(?:seen|obtained|shared|released|issued|compiled|prepared|presented"
    r"|submitted|published|reviewed|accessed|available)[ \t]+(?:by|with|to))[ \t]"
)
_OWNER_BEFORE = re.compile(r"(?:the[ \t]+)?[\w-]+['’]s[ \t]+")
"""A possessive owner before a titled name: ``the hospital's (medical superintendent X)``."""
_POSSESSIVE_DETERMINER = re.compile(r"(?:its|their|his|her)[ \t]+")
"""A possessive before a named source's role: ``according to its chief executive, X``."""
_OWNER_MARK = re.compile(r"\w['’]s[ \t]")
_BACKWARD = re.compile(
    r"(?:(?:This|These|That|Such|The)[ \t]+(?:remarks?|statements?|views?|comments?|observations?)"
    r"|This|These|That|It|Such)"
    r"[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been|have[ \t]+been)[ \t]+(?:also[ \t]+)?"
    r"(?P<verb>stated|said|announced|disclosed|expressed|shared|made|revealed|conveyed|informed"
    r"|observed|highlighted|mentioned|maintained|emphasi[sz]ed|stressed|pointed[ \t]+out"
    r"|reiterated|told)[ \t]+(?:to[ \t]+\w+[ \t]+)?by[ \t]+"
    r"|(?:These|Those)[ \t]+were[ \t]+(?P<words>the[ \t]+(?:words|views|remarks))[ \t]+of[ \t]+"
)
"""A frame giving the preceding unit to the speaker after it: ``This was stated by X``,
``These were the words of X``."""
# ``This was stated by X, a trader, who said B``: the relative frame of a backward speaker.
_WHO_SAID = re.compile(
    r",[ \t]+who[ \t]+(?:also[ \t]+)?(?P<verb>said|added|stated|noted|stressed|explained)"
    r"[ \t]+(?:that[ \t]+)?"
)
# A body's relative frame after a clause-final source: ``, which warned this week that``.
_WHICH_SAID = re.compile(
    r",[ \t]+which[ \t]+(?:also[ \t]+)?(?P<verb>said|added|stated|noted|warned|cautioned)"
    r"(?:[ \t]+(?:this|last)[ \t]+(?:week|month))?[ \t]+that[ \t]+"
)
# A news agency's tag opening a paragraph that has no dateline: ``(Yicai) April 28 --``.
_AGENCY_TAG = re.compile(
    r"\([A-Z][\w .&-]{0,24}\)[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*)?(?:--|[—–-])[ \t]*"
)
# ``X said A and invited firms to …``: acts of the speaker that end what was reported, unless
# passive (``the staff were praised and thanked for``: followed by ``for``/``by``).
_OWN_ACT = re.compile(
    r"[ \t]+and[ \t]+(?:invited|urged|thanked|lauded|praised|directed|instructed|called[ \t]+on"
    r"|called[ \t]+upon|appealed[ \t]+to)[ \t]+(?!for\b|by\b)"
)
_PERFECT = re.compile(r"\b(?:had|has|have)[ \t]+(?:\w+[ \t]+)?\w+ed\b")
# What opens a source's appositive: ``, a shipping analyst``, ``, which cautioned``.
_SOURCE_APPOSITIVE = re.compile(r",[ \t]*(a|an|the|its|his|her|their|who|which)[ \t]")
_RELATIVE_OPENERS = frozenset({"who", "which"})
# A parenthetical between a reporting verb and its ``that``: ``cautioned, though, that``.
_ASIDE_THAT = re.compile(
    r",[ \t]*(?:though|however|also|too|moreover|nevertheless|nonetheless|in[ \t]+turn"
    r"|for[ \t]+(?:his|her|its|their)[ \t]+part)[ \t]*,[ \t]*that\b"
)
_ABBREVIATED = re.compile(r"\(([A-Z][A-Za-z&-]{1,11})\)")
"""A body's abbreviation in brackets after its name: ``(CCPIT)``."""
_COORDINATOR = re.compile(r",[ \t]*(?:while|whereas|but|though|although|and)[ \t]+\Z")
"""What joins two coordinated frames: ``A said B, while C said D``."""
_ARTICLES = frozenset({"a", "an", "the"})
_NOT_NOUNS = _ADVERBIAL_OPENERS | _ARTICLES
_CHIEF_GUEST = re.compile(
    r"(?:[ \t]+(?:was|is|will[ \t]+be)|,)[ \t]+(?:the[ \t]+)?chief[ \t]+guest\b"
)
"""What makes the person before it the chief guest: ``X was the chief guest``, ``X, the chief
guest,``."""
_GUESTS = (" guest", " visitor", " guests", " visitors")
"""Heads of a descriptor for who visits: ``The Chinese guest said``."""
_APPOSITIVE_HEADS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth latest last biggest "
    "largest deadliest worst highest lowest sign signal move blow setback boost step reminder "
    "rise increase jump drop fall decline".split()
)
"""Heads of the writer's apposition after a frame: ``A, police said, a sign of tension``."""
_APPOSITIVE_LINKS = frozenset("such in of since to that for among this after before".split())
_WHO = re.compile(r"((?:[ \t]+[a-z][\w-]*){0,2}),[ \t]+(?:who|whom|whose)[ \t]")
"""A relative clause about a person: ``…, a police officer, who spoke on condition …``."""
_DOUBLE_MARKS = re.compile(r"[“”\"]")
_RELATIVE = re.compile(r",|\b(?:which|that|who|whom|whose|where)\b")
"""What opens a relative clause inside a noun phrase: no zero-that clause before it."""
_AGE = re.compile(r",[ \t]*\d{1,3}[ \t]*,[ \t]*")
"""A person's age set off by commas: ``Karim Dad, 45, said``."""
_BY = re.compile(r"[ \t]+(by|at)[ \t]+")
_NOT_HEADS = (
    _DOCUMENTS
    | _RECORDS
    | _NOT_SOURCES
    | frozenset("former latter same other rest study bill law contract deal order memo".split())
)
"""Heads of ``the <noun> said`` that name no speaker of their own (``the report said``)."""
_OF_LINK = re.compile(r"[ \t]+(?:for|of|to|at|with)[ \t]+")
"""What links a descriptor to the one its post-modifier names: ``an aide (to) the mayor``."""
# A transcript turn's label: ``Q:``, ``Answer:``, ``Reporter:``, ``Wu Lin:`` (at most four words),
# perhaps with the asker's name and outlet in brackets (``Question (X, PTV News):``).
_TURN = re.compile(
    r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*[:：][ \t]*"
)
_ANSWERS = frozenset({"a", "answer"})
_ASKERS = frozenset({"q", "question", "reporter", "journalist", "correspondent", "interviewer"})
_TURN_LABELS = _ANSWERS | _ASKERS
"""Labels that mark a transcript's turns whoever speaks them."""
_BRIEFINGS = ("briefing", "press conference", "transcript")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us)\b")
_MARKS = re.compile(r"[“”\"‘’']")
_SINGLES = "‘’'"
_OPENING = '“"'
# Descriptor words that name the same kind of role (``the spokesman`` fits a Spokesperson).
_ROLE_SYNONYMS = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "pm": "prime minister",
    "premier": "prime minister",
    "fm": "foreign minister",
    "chairperson": "chairman",
    "cm": "chief minister",
    "sapm": "special assistant",
    "dg": "director general",
}
# Words that open a descriptor's post-modifier: ``a spokesman for the board``, ``an official who
# asked not to be named``, ``a diplomat familiar with the matter``; its head noun is before them.
_POST_OPENERS = frozenset(
    "on of for at in from with to who familiar close involved briefed knowledgeable privy aware"
    " working based employed stationed serving surnamed".split()
)  # fmt: skip
_TAIL = re.compile(
    r"[ \t]+"
    + alternatives(_POST_OPENERS - {"to"})
    + r"[ \t]+(?:[^,;:.“”\"\n]|(?<=\d)[,.](?=\d)){1,80}"
)
"""A descriptor's short post-modifier, up to punctuation: ``an expert on South Asian affairs``,
``a director of the 1,320MW plant`` (a number's separators are no punctuation)."""
_SPLIT_TAIL = re.compile(r"(?:[ \t]+[\w-]+){0,3}(?:['’]s(?:[ \t]+[\w-]+){1,3})?[ \t]*")
"""The rest of an ``of`` phrase the finder split: ``officials of the Sindh`` + ``highways
department``, ``a representative of the X fishermen`` + ``'s union``."""
_GROUP_TAIL = re.compile(
    r"(?:[ \t]+(?:near|along|around|across|outside|inside|beside|behind|within|throughout)\b"
    r"[^,;:.“”\"\n]{1,80}|(?:[ \t]+[a-z][\w-]*){1,3}(?:" + _TAIL.pattern + r")?)[ \t]*"
)
"""Where a group is, after it: a place it is near or along (``Shopkeepers near the Sost dry
port``), or the rest of a place the finder split and a short tail after it (``Engineers at the
Havelian`` + `` depot on the northern stretch``, ``Officials at the Sost`` + `` dry port on``)."""
_OWNED_REST = re.compile(
    r"(?P<owner>['’]s)?(?![ \t]+" + alternatives(_POST_OPENERS) + r"\b)"
    r"(?:[ \t]+[\w-]+){1,3}[ \t]*(?=[.,;]|\Z)"
)
"""The owned unit closing a title, up to the clause's end: ``'s overseas business``."""
_LONG_CLAUSE = 1500
"""Reported clauses longer than this do not take nested frames in (hostile text stays linear)."""
_NEAR = 60
"""How many recent speakers and mentions a pronoun or descriptor may refer back to."""
_FEW = 6
"""The last few named: where ``she`` away from the last speaker, or ``the 34-year-old``, looks."""
_DIRECT, _INDIRECT = StatementKind.DIRECT, StatementKind.INDIRECT
_PERSON_NOUNS = frozenset(
    "official diplomat spokesperson spokesman spokeswoman minister ambassador envoy manager "
    "officer source adviser advisor engineer expert analyst leader chairperson chairman "
    "chairwoman chair fellow scholar secretary executive member associate deputy".split()
)
_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "to"})
_ROLE_WORDS = re.compile(r"[a-z]+")
_ROLE_SMALL_WORDS = frozenset({"of", "and", "the", "for"})
_CHAIRS = frozenset({"chairperson", "chairman", "chairwoman", "chair"})
_SIDES = {"pakistan": "Pakistan", "pakistani": "Pakistan", "china": "China", "chinese": "China"}
"""Words of a title or body that tell which side of the corridor its holder is on."""
_SIDE_OF = re.compile(
    r"[ \t]+(?:of|at|from)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?P<side>Chinese|Pakistani)\b"
)
"""A side in the rest of a person's appositive the finder cut: ``X, chairman of a Chinese firm``."""
_SIDE_LED = re.compile(
    r"\b(?P<side>Chinese|Pakistani)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:delegation|team|side)"
    r"(?:[ \t]+(?:was|is|will[ \t]+be))?,?[ \t]+(?:led|headed)[ \t]+by[ \t]+\Z"
)
"""A side whose group a person leads: ``a Pakistani parliamentary delegation led by X``, ``the
Pakistani side was led by X``."""
# Bare plural sources (``Freight forwarders said``): agent-noun endings of their head, the
# words that open their clause, and words that are no modifier of theirs.
_AGENT_ENDINGS = (
    "ers",
    "ors",
    "ists",
    "ants",
    "ents",
    "ials",
    "men",
    "ians",
    "ives",
    "ees",
    "aides",
)
_AGENT_REACH = max(map(len, _AGENT_ENDINGS))
"""The longest agent ending's length: how far back a cheap test of the last word looks."""
_AGENT_SINGULAR = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman")
# Words of those shapes that name no person (``a paper``, ``the sector``, ``a statement``).
_NOT_AGENTS = _DOCUMENTS | frozenset(
    "paper power order border number letter chapter center centre sector factor corridor "
    "monitor quarter corner water matter winter summer tender agent government "
    "department management agreement parliament environment investment development "
    "statement payment settlement shipment equipment component element moment event "
    "percent content plant giant grant variant tenant restaurant plan".split()
)
_IRREGULAR_PASTS = frozenset(
    "went came took held met began gave made sent left kept ran brought sought threw spent".split()
)
"""Past tenses without ``-ed`` that end a group's phrase: ``Transporters in Gwadar went``."""
_NOT_CLAUSE_SUBJECTS = (
    _IRREGULAR_PASTS
    | _ONE_WORD_VERBS
    | _GAP_WORDS
    | frozenset("who which as and but particularly without then now not".split())
    | frozenset(
        "spoke wrote drove flew rode stood won lost sat saw paid laid led put set cut hit let "
        "thought felt found chose drew grew knew rose fell broke struck understood undertook "
        "oversaw withdrew bought caught taught fought sold did does".split()
    )
)
"""Words after ``A, she said, and`` that go on with her act, no clause's subject."""
_OBJECT_OPENERS = frozenset(
    "the a an his her its their this that these those to for on him them us it".split()
)
"""What follows a verb in ``-s`` (``and urges the banks``), never a plural subject's verb."""
_SUBORDINATORS = frozenset("after as because since when while before until once".split())
"""Words that open a clause inside a sentence: ``… rose after people familiar with it said``."""
_CLAUSE_OPENERS = frozenset("but and while whereas though although meanwhile".split())
_CLAUSE_OPENER_ENDS = tuple(_CLAUSE_OPENERS)
"""The openers for ``str.endswith``: a cheap test before a scan of the word before a clause."""
_OPENER_REACH = max(map(len, _CLAUSE_OPENERS))
"""The longest opener's length: how far back that test looks."""
_ADJUNCT_OPENERS = _SUBORDINATORS | frozenset({"without", "but", "though", "although", "even"})
"""What opens a clause about the frame after its time, no reported one: ``said Friday, as …``."""
_FRAME_ADJUNCT = re.compile(
    r"(?:amid|amidst|despite|ahead[ \t]+of|in[ \t]+spite[ \t]+of"
    r"|just[ \t]+(?:as|after|before|when|days|hours|weeks)"
    r"|(?:(?:only|barely|some|about|nearly|almost|less[ \t]+than|more[ \t]+than)[ \t]+)?"
    r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a[ \t]+few"
    r"|several|few|\d+)[ \t]+)?(?:(?:minute|hour|day|week|month|year|moment)s?|shortly|soon)"
    r"[ \t]+(?:after|before|since|following|into|ahead[ \t]+of))\b",
    re.IGNORECASE,
)
"""The circumstances of a remark, no reported clause: a time measured from an event (``said
on Tuesday, a day after gunmen attacked``, ``…, the official said, two days before the vote``,
``just as talks resumed``) or what surrounds it (``amid concerns``, ``ahead of the visit``,
``despite protests``)."""
# Words that are no premodifier of a role after a comma: ``A, and later director X said``.
_NOT_PREMODIFIERS = _ADVERBIAL_OPENERS | _CLAUSE_OPENERS | _SUBORDINATORS | _GAP_WORDS
_NOT_MODIFIERS = (
    _NOT_SUBJECTS
    | _PREPOSITIONS
    | _PASSIVE
    | _CLAUSE_OPENERS
    | frozenset(_PRONOUNS)
    | frozenset("others has have had his their our its some".split())
)
_SINGULAR = frozenset({"a", "an", "the", "one", "another"})
_DETERMINED = _SINGULAR | frozenset({"his", "her", "its", "their"})
"""What opens an unnamed source's noun phrase: ``a port official``, ``his office``."""
# What a descriptor of a kind fits: ``the envoy`` any diplomat, ``the ambassador`` an envoy too,
# ``the expert`` any academic (a professor, a researcher).
_ACADEMICS = ("expert", "analyst", "professor", "researcher", "scholar", "fellow", "economist")
_KINDS = {
    "envoy": ("ambassador", "envoy", "consul", "commissioner", "charg"),
    "ambassador": ("ambassador", "envoy"),
    **dict.fromkeys(("expert", "analyst", "scholar"), _ACADEMICS),
}
_RESEARCH_BODIES = ("institute", "university", "academy", "centre", "center", "studies")
"""Words of a body whose officers ``the expert`` may stand for (a think tank's director)."""
# Descriptor nouns that are no title but fit some (``the diplomat`` fits any envoy).
_ROLE_NOUNS = {"diplomat": "envoy"}
_TITLE_PHRASES = {
    "top diplomat": "foreign minister",
    "provincial chief executive": "chief minister",
    "province's chief executive": "chief minister",
}
"""Descriptors' last words that stand for a title: ``the top diplomat`` is a foreign
minister, ``the provincial chief executive`` a chief minister (a firm's is its CEO)."""
# Words that make a different office of the role after them (``vice premier``, ``chief minister``).
_OTHER_OFFICES = frozenset({"prime", "vice", "chief"})
_DEPUTIES = frozenset({"vice", "deputy"})
"""Words that make any office after them a deputy's: ``the minister`` is no vice minister."""
# Titles that say a person is a woman or a man (``Ms``, ``spokeswoman``).
_GENDERED = re.compile(r"(?:(?P<f>Ms|Mrs|Miss|Madam|Begum)|Mr|Mian|Sardar)\.?[ \t]")
# An object pronoun after a verb, not a preposition's possessive: ``Li showed her the buses``,
# not ``Luo, for her part``.
_OBJECT_PRONOUN = re.compile(
    r"\b(?!(?:with|during|in|on|of|at|after|before|from|to|for|by)[ \t])[a-z]+[ \t]+(her|him)[ \t]"
)
_POSSESSIVE = re.compile(
    r"\b(?:(?:with|during|in|on|of|at|after|before|from|to|for)[ \t]+(his|her)"
    r"|(?:where|when|as|while|after|before|since|because|until|once)[ \t]+(he|she))[ \t]+[a-z]"
)
"""A pronoun of a unit's subject: a possessive after a preposition (``with her team``) or the
subject of a clause it opens (``, where she was received by``)."""
_PRONOUN_WORDS = (" he ", " she ", " his ", " her ", "\t")
"""Substrings a unit needs for ``_POSSESSIVE`` to match (a tab may stand for a blank)."""
_LEADS = frozenset({"chief", "head", "boss"})
_DELEGATION_LEADERS = _LEADS | {"leader"}
"""Descriptor heads for whoever leads a delegation (``the leader of the delegation``)."""
_HEADING_DELEGATION = re.compile(
    r",?[ \t]+(?:(?:is|was|will[ \t]+be)[ \t]+(?:heading|leading)|heads|leads|headed|led)[ \t]+"
    r"(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?delegation\b"
)
"""A person said to lead a delegation: ``X, chairman of Y, is heading the 11-member delegation``.
"""
_AGENT_APPOSITIVE = re.compile(
    r",[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?P<agent>[a-z]+)(?=[ \t]*(?:[,.;]|who\b|\Z))"
)
"""An appositive describing a person by what they do: ``, a plant breeder who``."""
_SIDE_WORDS_OF = re.compile(r"\b(?:Chinese|Pakistani)\b", re.IGNORECASE)
"""The side a delegation's phrase gives it."""
"""Descriptor nouns for whoever leads the body they name (``the KCCI chief``)."""
_LEADING_ROLES = _LEADS | _CHAIRS | frozenset("manager director president executive ceo".split())
"""Words of a title that leads a body: ``country manager``, ``chief executive``."""
_HEADING_WORDS = frozenset(
    word.removesuffix("s") for word in _LEADING_ROLES | {"general", "commander", "governor"}
)
"""Words of a title that leads, without a plural ``s`` (``Inspector General of Police``)."""
_AGED = re.compile(
    r"([Tt]he|[Aa]n?)[ \t]+\d{1,3}-year-old(?:[ \t]+([A-Za-z-]+)(?:[ \t]+[a-z-]+){0,4})?\Z"
)
"""A person described by age, ending at the verb: ``the 34-year-old mother of three``."""
_FEATURES = frozenset(
    "sea ocean river bay lake valley desert pass mountains hills park plant port airport zone "
    "dam station project road motorway highway railway farm".split()
)
"""Last words of places and works the finder may read as a person's name (``Arabian Sea``, ``X
Solar Park``)."""
_WOMEN = frozenset("mother woman wife daughter girl grandmother widow sister".split())
_MEN = frozenset("father man husband son boy grandfather widower brother".split())
_WOMEN_ROLES = ("spokeswoman", "chairwoman", "congresswoman", "businesswoman")


# --- units: sentences joined across quotation marks ----------------------------------------------


class _Quote(NamedTuple):
    """A quotation inside a unit (offsets local to the unit).

    Attributes:
        start: First character inside the opening mark.
        end: Offset of the closing mark (or the unit's end when the quote is not closed).
        closed: False when the paragraph ends before the quote does.

    """

    start: int
    end: int
    closed: bool


_NO_QUOTES: dict[int, _Quote] = {}
"""The look-up table of a unit without quotes (most units): shared, never written."""


class _Unit:
    """One or more sentences of a paragraph read together.

    A plain slotted class: an article has many units, and most need no look-up tables.

    Attributes:
        start: Offset of the unit in the article source.
        text: The unit's text, exactly as in the source.
        paragraph: Index of its paragraph.
        quotes: Quotations inside it.
        first: True for the first unit of its paragraph.

    """

    __slots__ = ("_closing", "_opening", "_starts", "first", "paragraph", "quotes", "start", "text")

    def __init__(
        self, start: int, text: str, paragraph: int, quotes: tuple[_Quote, ...], first: bool
    ) -> None:
        """Keep the fields; index the quotes, so that no rule scans them all for each verb."""
        self.start = start
        self.text = text
        self.paragraph = paragraph
        self.quotes = quotes
        self.first = first
        self._opening: dict[int, _Quote] = _NO_QUOTES
        self._closing: dict[int, _Quote] = _NO_QUOTES
        self._starts: list[int] = []
        if quotes:
            self._opening = {q.start: q for q in quotes}
            self._closing = {q.end: q for q in quotes if q.closed}
            self._starts = [q.start for q in quotes]

    def quote_at(self, start: int) -> _Quote | None:
        """The quote whose content starts at ``start`` (its opening mark just before)."""
        return self._opening.get(start)

    def quote_closed_at(self, mark: int) -> _Quote | None:
        """The closed quote whose closing mark stands at ``mark``."""
        return self._closing.get(mark)

    def quote_around(self, at: int) -> _Quote | None:
        """The quote whose content holds offset ``at``."""
        if not self.quotes:
            return None
        n = bisect.bisect_right(self._starts, at) - 1
        return self.quotes[n] if n >= 0 and at < self.quotes[n].end else None

    def quote_after(self, at: int) -> _Quote | None:
        """The first quote that opens after ``at``."""
        if not self.quotes:
            return None
        n = bisect.bisect_right(self._starts, at)
        return self.quotes[n] if n < len(self.quotes) else None


def _quotes(text: str) -> list[tuple[int, int, bool]]:
    """``(open mark, close mark or len(text), closed)`` for each quotation in a paragraph.

    Double marks (curly or straight) quote; single marks (``‘…’``, ``'…'``) quote only outside
    double ones, only at word edges (so ``Pakistan's`` stays a word), and only when closed, or
    when left open at the start of a sentence (``‘A,’ she said. ‘B`` ¶ ``‘C.’``).
    """
    out: list[tuple[int, int, bool]] = []
    opening: int | None = None
    single: int | None = None
    for m in _MARKS.finditer(text):
        mark, at = m.group(), m.start()
        if mark in _SINGLES:
            if opening is None:
                if single is None and _single_opens(text, at):
                    single = at
                elif single is not None and _single_closes(text, at):
                    out.append((single, at, True))
                    single = None
            continue
        if opening is None:
            if mark in _OPENING or _opens(text, at):
                opening, single = at, None
        elif mark == "“":
            opening = at  # an unbalanced opening mark: the earlier quote never closed
        else:
            out.append((opening, at, True))
            opening = None
    if opening is not None:
        out.append((opening, len(text), False))
    elif single is not None and text[:single].rstrip()[-1:] in ("", ".", "!", "?", "’", "'"):
        out.append((single, len(text), False))
    return out


def _opens(text: str, at: int) -> bool:
    """A closing mark typed where an opening one belongs: after a blank (``side. ” The …``)."""
    return at == 0 or text[at - 1].isspace()


def _single_opens(text: str, at: int) -> bool:
    """A single mark at the start of a word, after a blank: ``said: 'We …``."""
    before = at == 0 or text[at - 1] in " \t\n(—:"
    return before and text[at] != "’" and at + 1 < len(text) and text[at + 1].isalnum()


def _single_closes(text: str, at: int) -> bool:
    """A single mark at the end of a word, before a blank or punctuation: ``… ready.'``."""
    after = at + 1 >= len(text) or not text[at + 1].isalnum()
    return after and at > 0 and not text[at - 1].isspace() and text[at] != "‘"


def _units(article: Article, sentences: Sequence[Sentence]) -> list[_Unit]:
    """The article's units in reading order."""
    by_paragraph: list[list[Sentence]] = [[] for _ in article.paragraphs]
    for sentence in sentences:
        by_paragraph[sentence.paragraph].append(sentence)
    units: list[_Unit] = []
    for p_index, (paragraph, sents) in enumerate(
        zip(article.paragraphs, by_paragraph, strict=True)
    ):
        base = paragraph.span.start
        whole = paragraph.text
        quotes = _quotes(whole)
        if not quotes:  # most paragraphs: each sentence is a unit
            for sentence in sents:
                local_start = sentence.span.start - base
                text = whole[local_start : sentence.span.end - base]
                units.append(_Unit(base + local_start, text, p_index, (), local_start == 0))
            continue
        opens = [open_ for open_, _, _ in quotes]
        start: int | None = None
        q = 0  # quotes are in order: each unit takes the next ones that open inside it
        for n, sentence in enumerate(sents):
            local_start = sentence.span.start - base
            local_end = sentence.span.end - base
            start = local_start if start is None else start
            inside = bisect.bisect_left(opens, local_end) - 1  # the last quote opened before it
            if n + 1 < len(sents) and inside >= 0 and local_end <= quotes[inside][1]:
                continue
            while q < len(quotes) and quotes[q][0] < start:
                q += 1
            own: list[_Quote] = []
            while q < len(quotes) and quotes[q][0] < local_end:
                o, c, closed = quotes[q]
                own.append(_Quote(o + 1 - start, min(c, local_end) - start, closed))
                q += 1
            text = whole[start:local_end]
            units.append(_Unit(base + start, text, p_index, tuple(own), start == 0))
            start = None
    return units


# --- speakers ------------------------------------------------------------------------------------


_FIRM_NOUN_ENDS = tuple(_FIRM_NOUNS)
"""What the text before a name ends with, if a trade noun makes it a company: a cheap test."""


@attrs.define
class _Speakers:
    """The people and bodies an article has named so far, and who spoke last."""

    by_word: dict[str, Actor] = attrs.field(factory=dict)
    """Every named actor under its name and each word of it (``iqbal`` → Ahsan Iqbal)."""
    mentioned: list[Actor] = attrs.field(factory=list)
    """Named actors in order of mention."""
    headline: list[Actor] = attrs.field(factory=list)
    """Named actors of the headline: the article's protagonists."""
    spoke: list[Actor] = attrs.field(factory=list)
    """Speakers in order of their statements."""
    gender: dict[str, str] = attrs.field(factory=dict)
    """``m`` or ``f`` by name, learnt from titles (``spokeswoman``) and resolved pronouns."""
    hints: dict[str, str] = attrs.field(factory=dict)
    """Roles the gazetteer knows for people the article names without a title."""
    unknown: set[str] = attrs.field(factory=set)
    """Names the gazetteer was asked about and does not know (asked once per article)."""
    topic: Actor | None = None
    """The named person who opened the previous sentence, its subject."""
    sizes: dict[str, int] = attrs.field(factory=dict)
    """Words in each name met, counted once."""
    chair: Actor | None = None
    """Who chaired the meeting the article reports (``The meeting, chaired by X``)."""
    chief_guest: Actor | None = None
    """Who the article says was the chief guest (``X was the chief guest``)."""
    described: dict[str, Actor | None] = attrs.field(factory=dict)
    """Untitled people by the agent noun an appositive describes them with (``X, a plant
    breeder who …``): ``the breeder`` later is X; None when two people share the noun."""
    delegation_heads: dict[str, tuple[Actor, str]] = attrs.field(factory=dict)
    """Who the article says leads a delegation (``X is heading the delegation``), by name, with
    the side its phrase gives (``chinese``, ``pakistani``; ``""`` for none)."""
    companies: set[str] = attrs.field(factory=set)
    """Bodies the article calls ``the company`` whose names carry no company word."""
    parents: set[str] = attrs.field(factory=set)
    """Bodies named as another's owner (``X, a subsidiary of Y``): ``the company`` is X."""
    units: tuple[int, int] = (0, 0)
    """Where the previous unit's and this unit's named actors start in ``mentioned``."""
    sides: dict[str, str] = attrs.field(factory=dict)
    """The country an appositive gives a person of no country: ``chairman of a Chinese firm``."""
    titles: dict[str, str] = attrs.field(factory=dict)
    """A title written before a name that its role does not carry (``Senator X, chairman of``)."""
    issuers: dict[str, Actor] = attrs.field(factory=dict)
    """Who last spoke in or issued each kind of document: ``X said in a statement`` makes ``the
    statement`` X's, ``X issued a press release`` ``the release``."""
    spoken: tuple[int, frozenset[str]] = (0, frozenset())
    """The names of the latest speakers, and how many statements ``spoke`` held then."""
    paragraph: int = 0
    """The paragraph being read."""
    said_in: int = -1
    """The paragraph of the latest statement."""
    met_in: dict[str, int] = attrs.field(factory=dict)
    """The paragraph each name was first met in: a speaker introduced with its statement."""
    bodies: list[Actor] = attrs.field(factory=list)
    """Unnamed bodies with a modifier that opened a sentence (``The Chinese embassy has asked
    …``), in order."""

    def know(self, actor: Actor, gender: str = "") -> Actor:
        """Remember a named actor; return it merged with what earlier mentions said about it.

        ``gender`` (``m`` or ``f``) is what the mention's title says (``Ms``, ``Mr``), if anything.
        """
        key = actor.name.lower()
        known = self.by_word.get(key)
        if known is not None and (known.name == actor.name or " " not in key):
            adds = (
                (actor.role and not known.role)
                or (actor.organization and not known.organization)
                or (actor.country and not known.country)
            )
            actor = (
                known
                if not adds
                else attrs.evolve(
                    known,
                    role=known.role or actor.role,
                    organization=known.organization or actor.organization,
                    country=known.country or actor.country,
                )
            )
        self.by_word[key] = actor
        self.met_in.setdefault(actor.name, self.paragraph)
        words = key.split()
        for word in words:  # the fuller name wins (counted once per name: hostile names are long)
            other = self.by_word.get(word)
            if other is None or (other is not actor and self._size(other) < len(words)):
                self.by_word[word] = actor
        self.mentioned.append(actor)
        if actor.role is None and actor.name not in self.hints and actor.name not in self.unknown:
            entry = lookup_person(actor.name)
            if entry is None:
                self.unknown.add(actor.name)
            else:
                self.hints[actor.name] = " ".join((*entry.roles, entry.organization or ""))
        if actor.role is not None:
            role = actor.role.lower()
            if "woman" in role and any(title in role for title in _WOMEN_ROLES):
                gender = "f"
            elif "spokesman" in role:  # "chairman" is said of women too
                gender = gender or "m"
        if gender:
            self.gender.setdefault(actor.name, gender)
        return actor

    def abbreviated(self, written: str, actor: Actor) -> None:
        """Remember the abbreviation a body is introduced with: ``(CCPIT)`` is the council.

        So ``the CCPIT said`` later speaks for the body; its letters must spell the body's name.
        """
        found = _ABBREVIATED.search(written)
        body = actor.organization
        if found is None or body is None or not _spells(found.group(1), body):
            return
        key = found.group(1).lower()
        if key not in self.by_word:
            self.by_word[key] = Actor(body, None, body, actor.country)

    def spelt(self, abbreviation: str) -> Actor | None:
        """The body an abbreviation it was never introduced with spells: ``the FO``.

        ``the FO said`` after ``the Foreign Office`` (or ``Foreign Office spokesperson X``) is
        the latest body named whose words' initials are the abbreviation's capitals; it is
        remembered under the abbreviation from then on.
        """
        for actor in itertools.islice(reversed(self.mentioned), _NEAR):
            body = actor.organization
            if body is None or " " not in body or not _initials(abbreviation, body):
                continue
            if not _is_body(actor):
                actor = Actor(body, None, body, actor.country)
            self.by_word[abbreviation.lower()] = actor
            return actor
        return None

    def _size(self, actor: Actor) -> int:
        """How many words ``actor``'s name has (remembered: names recur)."""
        size = self.sizes.get(actor.name)
        if size is None:
            size = self.sizes[actor.name] = len(actor.name.split())
        return size

    def said(self, actor: Actor) -> None:
        """Record that ``actor`` made a statement."""
        self.spoke.append(actor)
        self.said_in = self.paragraph

    def _recent(self) -> Iterator[Actor]:
        """Candidates for a pronoun or descriptor: speakers, headline actors, then mentions.

        Antecedents are near, so only the latest few of each count (and cost stays linear).
        """
        yield from itertools.islice(reversed(self.spoke), _NEAR)
        yield from self.headline[:_NEAR]
        yield from itertools.islice(reversed(self.mentioned), _NEAR)

    def pronoun(self, word: str, opening: bool = False) -> Actor | None:
        """The actor ``he``/``she``/``they``/``it`` refers to, if a compatible one is known.

        A pronoun ``opening`` its sentence (or any, when the last speaker is unnamed) goes on
        with the named person who opened the one before (``Chairman X thanked Y. He said``;
        ``… a Chinese manager said. Minister X defended Y. A, he said``); else the last speaker
        wins even unnamed when it is one person (``a Chinese diplomat … He added``); otherwise
        the most recent named actor of compatible gender or kind. There, outside the last
        statement's paragraph, unless a woman made it, ``she`` is the latest woman among the
        last few mentions, if any (``X visited the site, where she was received by Consul
        General Y. ¶ Y told reporters B. ¶ She said C``: X): most officials in this news are
        men, so a woman just named is a likelier antecedent than a speaker of unknown gender
        the paragraph does not go on with. ``it`` goes on with a body that just spoke, named
        or not (``The ministry said A. It added B``).
        """
        gender = _PRONOUNS[word]
        topic = self.topic
        last = self.spoke[-1] if self.spoke else None
        if (
            (opening or (topic is not None and topic.named and last is not None and not last.named))
            and gender
            and topic is not None
            and self.gender.get(topic.name, gender) == gender
        ):
            self.gender[topic.name] = gender
            return topic
        if gender and last is not None and not last.named and _one_person(last):
            return last
        if word == "they" and last is not None and _plural(last):
            return last  # "The officials said … They said": the group goes on
        if word == "it" and last is not None and not last.named and _is_body(last):
            return last  # "The ministry said A. It added B": the body goes on
        if (
            word == "she"
            and self.said_in != self.paragraph
            and (last is None or self.gender.get(last.name) != "f")  # a woman spoke: she goes on
            and not self._introduced_speaker(last)
        ):
            recent = itertools.islice(reversed(self.mentioned), _FEW)
            woman = next((a for a in recent if self.gender.get(a.name) == "f"), None)
            if woman is not None and _is_person(woman):
                return woman
        for actor in self._recent():
            if not actor.named:
                continue
            if not gender:
                if _is_body(actor):
                    return actor
                continue
            if self.personal(actor) and self.gender.get(actor.name, gender) == gender:
                self.gender[actor.name] = gender
                return actor
        return None

    def _introduced_speaker(self, last: Actor | None) -> bool:
        """True when ``last`` was first named in the paragraph of its statement, the one before.

        A paragraph that introduces a new speaker (``Senator X, who moved the motion, said A``)
        is followed by that speaker's words (``“B,” she said``): a woman named earlier is not
        the likelier antecedent then, whatever the speaker's unknown gender.
        """
        return (
            last is not None
            and last.named
            and self.said_in == self.paragraph - 1
            and self.met_in.get(last.name) == self.said_in
            and _is_person(last)
        )

    def other_person(self, subject: Actor, word: str) -> Actor | None:
        """The person a subject's object pronoun ``word`` refers to: never the subject.

        A subject of unknown gender is not its own ``her``/``him``; the most recent other
        person that pronoun fits is (and learns its gender), and a pronoun opening the next
        sentence goes on with them.
        """
        gender = _PRONOUNS[word]
        for actor in self._recent():
            if (
                actor.named
                and actor.name != subject.name
                and self.personal(actor)
                and self.gender.get(actor.name, gender) == gender
            ):
                self.gender[actor.name] = gender
                return actor
        return None

    def personal(self, actor: Actor) -> bool:
        """True for someone ``he``/``she`` may refer to: a person with a title or a gender.

        Gazetteer people and those who spoke count too; a capitalised project or place
        (``Riverside Park``) does not.
        """
        return _is_person(actor) and (
            actor.role is not None
            or actor.name in self.gender
            or actor.name in self.hints
            or actor.name in self._spoken()
        )

    def _spoken(self) -> frozenset[str]:
        """The names of the latest speakers: one set until someone speaks again, not a scan."""
        count, names = self.spoken
        if count != len(self.spoke):
            names = frozenset(a.name for a in itertools.islice(reversed(self.spoke), _NEAR))
            self.spoken = (len(self.spoke), names)
        return names

    def titled_body(self, noun: str) -> Actor | None:
        """The body of the kind ``noun`` names that a recent person's title named, if any.

        ``X, chairman of the Y Port Authority, …`` names the authority only in his title: a
        later ``a statement released by the authority`` is its document.
        """
        heads = _BODY_KINDS.get(noun, frozenset())
        for actor in itertools.islice(reversed(self.mentioned), _NEAR):
            body = actor.organization
            if body and body != actor.name and heads & set(body.lower().split()):
                return Actor(body, organization=body, country=actor.country)
        return None

    def body(self, noun: str | None = None, named: bool = False) -> Actor | None:
        """The most recent body that spoke or was named, of the kind ``noun`` names if given.

        ``company`` asks for a Group or Corporation, ``ministry`` for a Ministry; with
        ``named``, the most recently named one, whether it spoke or not.
        """
        heads = _BODY_KINDS.get(noun or "", frozenset())

        def recent() -> Iterator[Actor]:
            return itertools.islice(reversed(self.mentioned), _NEAR) if named else self._recent()

        parent = None  # a body named as another's owner: only when no other fits
        for actor in recent():
            words = {w.rstrip(".") for w in actor.name.lower().split()}  # "Co.", "Ltd."
            kind_fits = (
                not heads
                or bool(heads & words)
                or (
                    heads is _COMPANIES
                    and (actor.name in self.companies or actor.organization in _FIRMS)
                )  # "software company X": the finder read X as a company
            )
            if actor.named and _is_body(actor) and kind_fits:
                if actor.name not in self.parents:
                    return actor
                parent = parent or actor
        if heads is not _COMPANIES:
            return parent
        # else a company by its trade word ("Sanli Motors"), or the one a person heads ("X,
        # chairman of Y Holding Company, will visit …, the company said"), also through a unit
        # of it ("general manager of Y Holding Company's Gwadar operations")
        for actor in recent():
            if _is_body(actor) and is_company(actor):
                return actor
            owner = actor.organization
            if owner and actor.role and owner not in _BODY_KINDS:  # not "the company's CEO"
                unit = _OWNER_MARK.search(owner)
                owner = owner if unit is None else owner[: unit.start() + 1]
                if is_company(Actor(owner, organization=owner)):
                    return self.know(Actor(owner, organization=owner, country=actor.country))
        return parent

    def spoken_body(self) -> Actor | None:
        """The most recent named body that spoke: who issued ``the press release`` otherwise.

        A body only mentioned (the operator's parent company) issued nothing the article says.
        """
        spoke = itertools.islice(reversed(self.spoke), _NEAR)
        return next((a for a in spoke if a.named and _is_body(a)), None)

    def descriptor(self, actor: Actor) -> Actor:
        """The actor a definite descriptor (``the spokesperson``, ``the company``) refers to.

        Else the descriptor itself; so is an indefinite one (``a spokesperson``), which
        introduces someone new.
        """
        if actor.name.lower().startswith(("a ", "an ", "one ", "another ")):
            return actor
        written = actor
        if actor.role is None and actor.name.lower() in _BODY_KINDS:
            # "his ministry", "its company": the finder leaves the owner out; a body of the kind
            # met before, as for "the ministry"
            actor = attrs.evolve(actor, name=f"the {actor.name.lower()}")
        found = self._introduced(actor) or self._leader(actor) or self._best_fitting(actor)
        if found is None and self.chair is not None and _head(actor)[1] in _CHAIRS:
            return self.chair  # "The meeting, chaired by X, …" then "the chairperson"
        return (
            found
            or self._body_named(actor)
            or self._side(actor)
            or self._body_mentioned(actor)
            or written
        )

    def _body_mentioned(self, actor: Actor) -> Actor | None:
        """The unnamed body met before that ``the embassy`` shortens: ``The Chinese embassy``.

        A body the article only mentioned as a sentence's subject (``The Chinese embassy has
        asked …``), not quoted, is who ``the embassy said`` later is, without its determiner:
        the latest whose words hold the descriptor's, when no named or quoted one fits.
        """
        if actor.role is not None or actor.organization is None or not self.bodies:
            return None
        for body in itertools.islice(reversed(self.bodies), _NEAR):
            if _shortened(actor.name, body.name):
                first, _, rest = body.name.partition(" ")
                return attrs.evolve(body, name=rest) if first.lower() in _ARTICLES else body
        return None

    def _best_fitting(self, actor: Actor) -> Actor | None:
        """The latest candidate a descriptor fits, of its country and its office as written first.

        Of two heads of government met together, ``the Chinese premier`` is the one known to be
        Chinese rather than a later one of no known country, and ``the prime minister`` (``the
        PM``) the one titled so rather than a later ``Premier``: the synonym fits either. (``the
        premier`` stays the latest: Pakistani papers call their own prime minister so.) ``the
        provincial minister`` is one of a province, ``the federal minister`` one of none.
        """
        fits = self._fitting(actor, self._recent())
        name = actor.name.lower()
        words = name.split()
        if actor.country is None and _LEVELS.isdisjoint(words) and "prime minister" not in name:
            return next(fits, None)  # nothing to choose by: the latest that fits, found first
        fitting = list(itertools.islice(fits, _FEW))
        if len(fitting) < 2:
            return fitting[0] if fitting else None
        if actor.country is not None:
            own = [a for a in fitting if _country_of(a) == actor.country]
            fitting = own or fitting
        if "provincial" in words or "federal" in words:  # "the federal minister": not Sindh's
            provincial = [a for a in fitting if a.organization in _PROVINCES]
            level = (
                provincial if "provincial" in words else [a for a in fitting if a not in provincial]
            )
            fitting = level or fitting
        if "prime minister" in name or "pm" in words:
            titled = [a for a in fitting if "prime minister" in (a.role or "").lower()]
            fitting = titled or fitting
        return fitting[0]

    def _leader(self, actor: Actor) -> Actor | None:
        """Who led ``the Chinese side`` named in this unit or the one before, if anyone.

        ``The Chinese delegation was led by X. The Chinese side said …``: the side is its
        leader, not a speaker of that country quoted paragraphs before.
        """
        if actor.country is None or _head(actor)[1] not in _SIDE_WORDS:
            return None
        return next((a for a in self._lately() if self.sides.get(a.name) == actor.country), None)

    def _side(self, actor: Actor) -> Actor | None:
        """The named speaker ``the Chinese side`` stands for when none is known to be Chinese.

        In a readout of two sides, the latest speaker with a title and no country (the NDRC's
        vice chairman, ``Ambassador X``) is the side's, once someone of the other side has been
        named (a minister ``of Pakistan``): the other country is known, so this one is the side.
        A diplomat of no country (``Consul General X``) speaks for a foreign side in any case.
        Who did not speak may be the side too: a person its appositive gives the side's country
        (``X, chairman of a Chinese turbine maker``), else the latest titled person whose body
        names the country or who has a Chinese name (``led by Vice Chairman X``, ``received by
        X, a vice-governor of the People's Bank of China``): the one the readout just named
        stands for the side rather than whoever of that side spoke paragraphs before; for China,
        an untitled person with a Chinese name in this sentence or the one before will do
        (``engineers of X, headed by Zhou Bo``). Else, once the other side is named, the latest
        titled person of no country named in the sentence before (a delegation's leader).
        """
        if actor.country is None or _head(actor)[1] not in _SIDE_WORDS:
            return None
        named = list(itertools.islice(reversed(self.mentioned), _NEAR))
        titled = [a for a in named if _is_person(a) and a.role is not None]
        sided = next((a for a in titled if self.sides.get(a.name) == actor.country), None)
        if sided is not None:
            return sided  # "Zhao Min, chairman of a Chinese turbine maker, met …"
        for person in titled:
            country = _country_of(person)
            if country == actor.country or (
                country is None and actor.country == "China" and is_chinese_name(person)
            ):
                return person
        if actor.country == "China":  # "engineers headed by X …. The Chinese side said": X
            leader = next((a for a in self._lately() if _is_person(a) and is_chinese_name(a)), None)
            if leader is not None and _country_of(leader) is None:
                return leader
        other = any(_country_of(a) not in (None, actor.country) for a in named if _is_person(a))
        # "a Pakistani delegation led by Senator X … Y told the visitors A. The Chinese side said
        # B": the side's word is only in the group X leads, so only who spoke just before is Y
        led = not other and any(
            self.sides.get(a.name, actor.country) != actor.country for a in named
        )
        for spoke in itertools.islice(reversed(self.spoke), 1 if led else _NEAR):
            if not _is_person(spoke) or spoke.role is None or _country_of(spoke) is not None:
                continue
            if led and self.said_in == self.paragraph and self.sides.get(spoke.name) is None:
                return spoke
            if other or _fits("envoy", _role_key(spoke.role)):
                return spoke
        if other:  # "a delegation led by X chairman Y called on Z. The Chinese side said": Y
            return next((a for a in self._lately() if a in titled and _country_of(a) is None), None)
        return None

    def _lately(self) -> Iterator[Actor]:
        """The actors named in this unit and the one before, latest first (at most ``_NEAR``)."""
        count = min(_NEAR, len(self.mentioned) - self.units[0])
        return itertools.islice(reversed(self.mentioned), count)

    def _body_named(self, actor: Actor) -> Actor | None:
        """The named body ``the company`` or ``the authority`` refers to: the latest of its kind."""
        first, head = _head(actor)
        if first != "the" or actor.role is not None or head not in _BODY_KINDS:
            return None
        return self.body(head, named=True)

    def taken_up(self, text: str, end: int) -> tuple[Actor, int] | None:
        """``the people`` ending at ``end`` that takes up an unnamed source, and its start."""
        words = _words_before(text, end, 2)
        if len(words) < 2 or words[1][1] != end or words[0][2].lower() != "the":
            return None
        if not words[1][2].islower() or text[words[0][1] : words[1][0]].strip():
            return None
        found = self._introduced(Actor(f"the {words[1][2]}", named=False))
        return None if found is None else (found, words[0][0])

    def _introduced(self, actor: Actor) -> Actor | None:
        """The unnamed speaker a definite descriptor takes up: ``an official …`` → ``the official``.

        That is the most recent one introduced (with ``a``, or bare: ``people familiar with …``,
        ``official sources``) with the same head, if no fitting named speaker spoke since.
        """
        first, head = _head(actor)
        if first != "the" or not head:
            return None
        head = _ROLE_SYNONYMS.get(head, head)
        for spoke in itertools.islice(reversed(self.spoke), _NEAR):
            if spoke.named:
                if next(self._fitting(actor, (spoke,)), None) is not None:
                    return None
                if _is_body(spoke) and not _BODY_KINDS.get(head, frozenset()).isdisjoint(
                    spoke.name.lower().split()
                ):
                    return None  # a body of the kind named since: see _body_named
                continue
            article, said_head = _head(spoke)
            introduced = (  # "a source", "people familiar …", "two people familiar …"
                article in _INTRODUCING
                or article == said_head
                or (article == "the" and _shortened(actor.name, spoke.name))
                or (article not in _DETERMINED and _plural(spoke))  # "official sources"
                or (article.endswith(_POSSESSIVE_MARKS) and said_head in _BODY_KINDS)
            )  # "the Chinese embassy in Islamabad said … The embassy said"; "Pakistan's food
            # security ministry said … the ministry said"
            said_head = _ROLE_SYNONYMS.get(said_head, said_head)
            if introduced and (said_head == head or (head == "person" and said_head in _SOURCES)):
                return spoke  # "a third source said … the person added"
        return None

    def _fitting(self, actor: Actor, candidates: Iterable[Actor]) -> Iterator[Actor]:
        """The candidates a descriptor may stand for: role and country fit, in order."""
        words = actor.name.lower().split()
        if not words or _plural(actor) or words[0] in ("both", "two"):
            return
        wanted = _role_key(actor.role) if actor.role else _ROLE_NOUNS.get(words[-1])
        phrase = _TITLE_PHRASES.get(" ".join(words[-3:])) or _TITLE_PHRASES.get(
            " ".join(words[-2:])
        )
        wanted = phrase or wanted  # "the top diplomat", "the provincial chief executive"
        if wanted is None and words[-1] not in _SIDE_WORDS and not _country_official(actor):
            return
        topical = wanted or ""  # "the port chief": the finder left the topic out of the role
        if wanted in _LEADS and len(words) > 2 and words[-2] not in _ARTICLES:
            topical = f"{words[-2]} {wanted}"
        for candidate in candidates:
            role = candidate.role or self.hints.get(candidate.name)
            if not candidate.named or role is None:
                continue
            if actor.country and candidate.country and actor.country != candidate.country:
                continue
            if wanted is None:  # "the Chinese side": a speaker of that country
                if actor.country and candidate.country == actor.country:
                    yield candidate
                continue
            if wanted in _LEADS and actor.organization:  # "the KCCI chief": its head, any title
                if _same_body(actor.organization, candidate.organization):
                    yield candidate
                continue
            if wanted in _LEADS and (" of a " in actor.name or " of an " in actor.name):
                # "the head of a Chinese contractor": who leads a body, "X, country manager for Y"
                words = _ROLE_WORDS.findall(role.lower())
                if candidate.organization and any(w in _LEADING_ROLES for w in words):
                    yield candidate
                continue
            title = self.titles.get(candidate.name)
            if (
                _fits(wanted, _role_key(role))
                or _studies(wanted, candidate.organization)
                or _abbreviates(wanted, role)
                or (title is not None and _fits(wanted, _role_key(title)))
                or _leads_topic(topical, f"{role} {candidate.organization or ''}".lower())
            ):
                yield candidate

    def final(self, actor: Actor, people: Sequence[Actor]) -> Actor:
        """An actor as the whole article names it.

        ``Bilawal`` becomes Bilawal Bhutto Zardari when the article gives the full name, and an
        unresolved ``A Chinese foreign ministry spokesman`` the spokesperson it names later. A
        person of no country takes the side the text gives them (``a Chinese delegation led by
        X``, ``X, chairman of a Chinese firm``).
        """
        if actor.named:
            fuller = self.by_word.get(actor.name.lower())
            if fuller is not None and len(fuller.name) > len(actor.name):
                actor = attrs.evolve(fuller, role=fuller.role or actor.role)
            side = self.sides.get(actor.name) if actor.country is None else None
            return actor if side is None else attrs.evolve(actor, country=side)
        if actor.name.lower().startswith(("one ", "another ")):
            return actor  # one of several, never a particular one named elsewhere
        first, head = _head(actor)
        if first == "the" and head in _FIRMS:
            return self._only_company() or actor
        described = self.described.get(head) if first == "the" else None
        if described is not None and len(actor.name.split()) == 2:
            return described  # "X, a plant breeder who …" … "The breeder said"
        if head in _DELEGATION_LEADERS and "delegation" in actor.name:
            leader = self._delegation_head(actor)
            if leader is not None:  # "The leader of a visiting delegation said" … "X heads it"
                return leader
        return next(self._fitting(actor, people), actor)

    def _delegation_head(self, descriptor: Actor) -> Actor | None:
        """The one person the article says leads a delegation, if the descriptor's side fits.

        With two leaders, or a leader of the other side (``a Pakistani delegation led by X``
        against ``the head of the Chinese delegation``), none is meant.
        """
        if len(self.delegation_heads) != 1:
            return None
        ((leader, side),) = self.delegation_heads.values()
        wanted = _SIDE_WORDS_OF.search(descriptor.name)
        if wanted is not None and side and wanted.group().lower() != side:
            return None
        return leader

    def _only_company(self) -> Actor | None:
        """The one company the article names, if it names exactly one.

        ``the firm`` said before the company is named (``X assured a Chinese power company …,
        as the firm warned B. ¶ … a delegation of Y Power Company``) is that company: with a
        single company in the article, no other is meant.
        """
        companies = {
            actor.name: actor
            for actor in self.mentioned
            if _is_body(actor) and (is_company(actor) or actor.name in self.companies)
        }
        return next(iter(companies.values())) if len(companies) == 1 else None

    def people(self) -> list[Actor]:
        """The distinct named people of the article, speakers first (for cataphora)."""
        unique = {a.name: a for a in (*self.spoke, *self.mentioned) if _is_person(a)}
        return list(unique.values())[:_NEAR]


def _describing_agent(text: str, end: int) -> str | None:
    """The agent noun of an appositive that describes a name ending at ``end``, if any.

    ``X, a plant breeder who …``, ``X, an agronomist at Y,``: the noun (``breeder``) says
    what X does when no title does; a later ``the breeder`` is X.
    """
    appositive = _AGENT_APPOSITIVE.match(text, end)
    if appositive is None or not _singular_agent(appositive.group("agent")):
        return None
    return appositive.group("agent")


def _delegation_headed(text: str, mention: Mention) -> str | None:
    """The side of the delegation the person ``mention`` names is said to lead, if any.

    ``Senator X, chairman of Y, is heading the 11-member delegation``, ``X leads the
    delegation``, ``a Pakistani delegation led by X``: the one a later or earlier ``the leader
    of the delegation`` stands for. Returns the side word in lower case (``pakistani``), ``""``
    for a delegation of no side, None when the person leads none.
    """
    heading = _HEADING_DELEGATION.match(text, mention.end)
    if heading is not None:
        phrase = heading.group()
    else:
        phrase = text[max(0, mention.start - 60) : mention.start]
        if "delegation" not in phrase or not phrase.endswith(("led by ", "headed by ")):
            return None
        phrase = phrase[phrase.rfind(",", 0, phrase.find("delegation")) + 1 :]
    side = _SIDE_WORDS_OF.search(phrase)
    return "" if side is None else side.group().lower()


def _spells(abbreviation: str, name: str) -> bool:
    """True when the capitals of ``abbreviation`` are initials of ``name``'s words, in order.

    ``BOI`` spells Board of Investment, ``NDRC`` National Development and Reform Commission,
    ``ISPR`` Inter-Services Public Relations (each part of a hyphenated word has its initial).
    """
    initials = iter(word[0].lower() for word in name.replace("-", " ").split())
    letters = [c.lower() for c in abbreviation if c.isupper()]
    return bool(letters) and letters[0] == name[:1].lower() and all(c in initials for c in letters)


def _initials(abbreviation: str, name: str) -> bool:
    """True when ``abbreviation``'s capitals are exactly the initials of ``name``'s words.

    Small words are left out: ``FO`` is the Foreign Office, ``MoFA`` the Ministry of Foreign
    Affairs, but ``FO`` is not the Federal Board of Revenue (as ``_spells`` alone would allow).
    """
    words = name.replace("-", " ").split()
    initials = "".join(w[0] for w in words if w.lower() not in _ROLE_SMALL_WORDS)
    return "".join(c for c in abbreviation if c.isupper()) == initials.upper()


def _country_of(actor: Actor) -> str | None:
    """The country an actor is of: its own, else one its title or body names (``of Pakistan``)."""
    if actor.country is not None:
        return actor.country
    words = _ROLE_WORDS.findall(f"{actor.role or ''} {actor.organization or ''}".lower())
    return next((_SIDES[w] for w in words if w in _SIDES), None)


def _is_body(actor: Actor) -> bool:
    """True for an organisation speaking as itself (``Foreign Office``), not a person."""
    return actor.role is None and actor.organization is not None


def _is_issuer(actor: Actor) -> bool:
    """True for an actor that can issue a document: a person or body, not a bare modifier."""
    return actor.named or actor.organization is not None


def _head(descriptor: Actor) -> tuple[str, str]:
    """A descriptor's first word and head noun, lower case ("" when it has none).

    The head is the last word before its post-modifier (``a spokesman for the Ministry``,
    ``an official who asked not to be named``).
    """
    words = descriptor.name.lower().split()
    head = next((n for n, w in enumerate(words) if w in _POST_OPENERS), len(words)) - 1
    return (words[0] if words else ""), (words[head] if head >= 0 else "")


def _shortened(short: str, full: str) -> bool:
    """True when the descriptor ``short`` is ``full`` with words left out (``the embassy``)."""
    words = full.lower().split()
    return len(words) > len(short.split()) and all(w in words for w in short.lower().split())


def _one_person(descriptor: Actor) -> bool:
    """True for a descriptor of one person (``a Chinese diplomat``), not of many or a side."""
    first, head = _head(descriptor)
    return first in _SINGULAR and (head in _PERSON_NOUNS or _singular_agent(head))


def _plural(descriptor: Actor) -> bool:
    """True for a descriptor of many (``investors``, ``local businessmen``, ``the experts``).

    Its head noun is plural: a group is never one person.
    """
    if descriptor.named:
        return False
    word = _head(descriptor)[1]
    return word.endswith(("men", "s")) and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _singular_agent(word: str) -> bool:
    """True for a noun that names one person by what they do (``agronomist``, ``farmer``)."""
    return word.endswith(_AGENT_SINGULAR) and word not in _NOT_AGENTS


def _is_person(actor: Actor) -> bool:
    """True for a named person: not a body, not a country speaking as itself."""
    return actor.named and not _is_body(actor) and actor.name != actor.country


def _same_body(descriptor: str, organization: str | None) -> bool:
    """True when a descriptor's body (``KCCI``, ``the chamber``) names ``organization``.

    The same name, its last word (``the authority`` for the Gwadar Port Authority), its head
    before ``of`` (``the bank`` for the State Bank of Pakistan) or its initials (``KCCI`` for
    the Karachi Chamber of Commerce and Industry).
    """
    if organization is None:
        return False
    wanted = descriptor.lower().removeprefix("the ").split()
    have = organization.lower().split()
    if len(wanted) != 1:
        return wanted == have
    initials = "".join(w[0] for w in organization.split() if w[0].isupper())
    head = have[have.index("of") - 1] if "of" in have[1:] else have[-1]
    return wanted[0] in (have[-1], head, initials.lower()) or wanted == have


_ROLE_MODIFIERS = frozenset({"the", "a", "an", "senior", "top", "federal", "provincial"})
"""Words a role is compared without: the level (``federal``, ``provincial``) is matched apart."""


@functools.lru_cache(maxsize=4096)
def _role_key(role: str) -> str:
    """A role in a comparable form: lower case, synonyms unified, modifiers dropped.

    Remembered by role: each descriptor compares its role with every candidate's.
    """
    words = [_ROLE_SYNONYMS.get(w, w) for w in role.lower().replace(",", " ").split()]
    return " ".join(w for w in words if w not in _ROLE_MODIFIERS)


def _abbreviates(wanted: str, role: str) -> bool:
    """True when ``wanted`` is the initials of ``role``: ``the DPO``, a District Police Officer.

    Small words are left out (``igp`` for Inspector General of Police), and so is a place
    before the title (``Mansehra District Police Officer`` is still the DPO).
    """
    if not 3 <= len(wanted) <= 5 or not wanted.isalpha():
        return False
    words = _ROLE_WORDS.findall(role.lower())
    return "".join(w[0] for w in words if w not in _ROLE_SMALL_WORDS).endswith(wanted)


def _fits(wanted: str, role: str) -> bool:
    """True when a descriptor's role ``wanted`` fits a candidate's ``role``.

    ``the envoy`` fits any diplomat, ``the ambassador`` a special envoy too and ``the expert`` a
    professor; a role does not fit a different office that contains it (``the minister`` is no
    prime or chief minister). Of two offices joined by ``and``, the second is held as fully as
    the first (``the foreign minister`` is the ``deputy prime minister and foreign minister``).
    A deputy's office fits with a portfolio between (``the vice minister``, Vice Foreign Minister).
    """
    if wanted in _KINDS:
        return any(kind in role for kind in _KINDS[wanted])
    first, _, office = wanted.partition(" ")
    if first in _DEPUTIES and office and role.startswith(first) and role.endswith(office):
        return True  # "the vice minister" is the Vice Foreign Minister
    at = role.find(wanted)
    if at < 0 and " " in wanted:
        return _portfolio_fits(wanted, role)
    while at >= 0:
        before = role[:at].split()
        if "and" in before:
            del before[: len(before) - before[::-1].index("and")]
        if not before or wanted.startswith(before[-1]):
            return True
        if _own_office(before):
            return True
        at = role.find(wanted, at + 1)
    return False


def _studies(wanted: str, organization: str | None) -> bool:
    """True when ``the expert`` (analyst, scholar) may be an officer of a research body.

    Global Times and Xinhua call the think tank's director or secretary-general they quoted
    ``the expert`` (``X, director of the Y Institute …. The expert noted``), whatever the title.
    """
    if _KINDS.get(wanted) is not _ACADEMICS or organization is None:
        return False
    body = organization.lower()
    return any(word in body for word in _RESEARCH_BODIES)


def _country_official(descriptor: Actor) -> bool:
    """True for ``the Chinese official``: any titled person of that country it may stand for."""
    return descriptor.country is not None and descriptor.name.lower().endswith(" official")


def _leads_topic(wanted: str, office: str) -> bool:
    """True when a topic's chief (``the police chief``) fits a leading title on that topic.

    ``the provincial police chief`` is the Inspector General of Police, ``the army chief`` the
    Chief of Army Staff, ``the railways head`` the chairman of Pakistan Railways: the word
    before ``chief``/``head``/``boss`` stands in the lower-case ``office`` (a title and its
    body), and so does a word of a title that leads.
    """
    *topic, head = wanted.split()
    if head not in _LEADS or not topic:
        return False
    words = {word.removesuffix("s") for word in _ROLE_WORDS.findall(office)}
    return topic[-1].removesuffix("s") in words and not words.isdisjoint(_HEADING_WORDS)


def _portfolio_fits(wanted: str, role: str) -> bool:
    """True for a short title naming a word of the long one's portfolio.

    ``the Ports Minister`` is the ``Minister for Maritime Affairs and Ports``, ``the planning
    minister`` the ``Minister for Planning, Development and Special Initiatives``: every word
    before the office stands in the portfolio after its ``for``/``of``, and no deputy's word
    stands before the office.
    """
    *topic, office = wanted.split()
    for link in (" for ", " of "):
        at = role.find(office + link)
        if at >= 0 and (at == 0 or role[at - 1] == " "):
            before = role[:at].split()
            portfolio = role[at + len(office) + len(link) :].split()
            if _own_office(before) and all(word in portfolio for word in topic):
                return True
    return False


def _own_office(before: Sequence[str]) -> bool:
    """True when the words ``before`` an office make it no other one (``prime``) or a deputy's."""
    return not before or (before[-1] not in _OTHER_OFFICES and _DEPUTIES.isdisjoint(before))


# --- frames --------------------------------------------------------------------------------------


class _Verb(NamedTuple):
    """A reporting verb in a unit: its offsets and its words as written."""

    start: int
    end: int
    text: str


def _verbs(text: str) -> list[_Verb]:
    """The reporting verbs of ``text`` in order: whole words found by set look-ups, then offsets.

    The unit's lower-case letters, every other character a blank (offsets kept), split into
    words: the verbs among them are found by one set intersection, and their offsets by
    ``bytes.find`` of the word between blanks (far cheaper than a regex over every character).
    """
    lower = lower_aligned(text)
    runs = lower.encode("ascii", "replace").translate(_LETTER_RUNS)
    found = _VERB_KEYS.intersection(runs.split())
    verbs: list[_Verb] = []
    if not found:
        return verbs  # a unit with no word that is or begins a reporting verb
    padded = b" " + runs + b" "  # a word at offset n of runs stands between blanks at n
    starts: list[tuple[int, str]] = []
    for word in found:
        key, between = word.decode(), b" " + word + b" "
        at = padded.find(between)
        while at >= 0:
            starts.append((at, key))
            at = padded.find(between, at + 1)
    starts.sort()
    for start, key in starts:
        if (verbs and start < verbs[-1].end) or (start and text[start - 1] == "-"):
            continue  # "stated" inside "as stated by"; "informed" in "well-informed"
        end = start + len(key)
        tail = _VERB_TAILS.get(key)
        if tail is not None:
            rest = tail.match(text, end)
            if rest is not None:
                verbs.append(_Verb(start, rest.end(), text[start : rest.end()]))
        elif key not in _RARE or _may_report(text, lower, start, end, key):
            verbs.append(_Verb(start, end, text[start:end]))
    return verbs


_ASKED = ("?”", '?"', "?’")
_RARE = _BARE | _THAT_ONLY | _QUESTIONS | _LEARNT | frozenset({"continued", "concluded", "posted"})
"""Verbs that report only in a few shapes, and are common words otherwise (``state``)."""


def _may_report(text: str, lower: str, start: int, end: int, key: str) -> bool:
    """A cheap first test of a rare verb's shape, so that its other uses cost no frame.

    A bare form after ``to`` (``went on to add``); ``agreed`` before ``that``; ``asked`` next to
    a quoted question or ending its sentence (``“…?” X asked.``); ``posted`` before ``on`` or a
    colon; ``learnt`` after an agency's capitals, ending its unit (``…, INP learnt.``);
    ``continued`` or ``concluded`` before punctuation or ``that`` (``“…,” he continued.``).
    """
    if key in _BARE:
        return lower.endswith("to ", 0, start)
    after = _skip_blanks(lower, end)
    if key in _QUESTIONS:  # "“…?” asked X", "“…?” X asked", "X asked: “…”"
        quoted = max(lower.rfind(mark, max(0, start - 60), start) for mark in _ASKED) >= 0
        ends = lower.startswith(".", after) and not lower[after + 1 : after + 40].strip()
        return quoted or lower.startswith(":", after) or after >= len(lower) or ends
    if key in _THAT_ONLY:
        return lower.find("that", after, after + 40) >= 0
    if key == "posted":  # "posted on Facebook: …", "posted on X that …"
        return lower.startswith((":", "on "), after)
    if key in _LEARNT and lower.startswith("from ", after):  # "…, Xinhua learned from X"
        return _LEARNING.search(text, max(0, start - 50), start) is not None
    if key in _LEARNT:  # "…, APP learnt.": an agency's capitals, then the unit's end
        ends = after >= len(lower) or lower.startswith(".", after)
        ends = ends and not lower[after + 1 : after + 40].strip()
        return ends and _AGENCY.search(text, max(0, start - 50), start) is not None
    return after >= len(lower) or lower[after] in '.,;:“"' or lower.startswith("that", after)


_START = operator.attrgetter("start")
"""A mention's start, the key its unit's mentions are sorted by."""


class _Index:
    """The mentions of a unit, looked up by where they start and end (no scans per verb)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions, key=_START)
        self.starts = [m.start for m in self.mentions]
        self.by_start = {m.start: m for m in self.mentions}
        self.by_end = {m.end: m for m in self.mentions}

    def starting(self, at: int) -> Mention | None:
        """The mention that starts at ``at``."""
        return self.by_start.get(at)

    def ending(self, at: int) -> Mention | None:
        """The mention that ends at ``at``."""
        return self.by_end.get(at)

    def before_tail(self, text: str, at: int) -> Mention | None:
        """The mention a short prepositional phrase follows up to ``at`` (``on South Asia``)."""
        n = bisect.bisect_left(self.starts, at) - 1
        if n < 0:
            return None
        mention = self.mentions[n]
        if _TAIL.fullmatch(text, mention.end, at) or (
            _SPLIT_TAIL.fullmatch(text, mention.end, at)
            and " of " in text[mention.start : mention.end]
        ):
            return mention
        if _plural(mention.actor) and _GROUP_TAIL.fullmatch(text, mention.end, at):
            return mention  # "Engineers at the Havelian" + " depot on the northern stretch"
        return None

    def covering(self, at: int) -> Mention | None:
        """The mention that starts before ``at`` and reaches it (an appositive merged into it)."""
        n = bisect.bisect_left(self.starts, at) - 1
        if n >= 0 and self.mentions[n].end >= at:
            return self.mentions[n]
        return None


class _Kind(enum.Enum):
    """How a frame links its speaker and verb."""

    SUBJECT = "subject"
    """``she said``, ``Ahsan Iqbal also stressed``."""
    INVERTED = "inverted"
    """``…,” said Ahsan Iqbal``."""
    ACCORDING = "according"
    """``according to the Foreign Office``."""
    CONTINUATION = "continuation"
    """``, adding that``, ``and added``: the previous frame's speaker goes on."""
    OPENING = "opening"
    """``Saying …, he said``: a participle that opens the unit."""


class _Frame(NamedTuple):
    """A reporting frame: a speaker and a reporting verb (offsets local to the unit).

    A named tuple: several are built per unit that reports, and a tuple costs less to build.

    Attributes:
        start: Where the frame begins (its subject, or the verb when it comes first).
        end: Where it ends (its verb, or the subject after an inverted verb).
        verb_start: Offset of the verb.
        verb_end: Offset one past the verb.
        speaker: Who speaks, resolved as far as the text so far allows.
        sure: How sure the resolution is (1.0 for a name in the frame itself).
        kind: How speaker and verb are linked.

    """

    start: int
    end: int
    verb_start: int
    verb_end: int
    speaker: Actor
    sure: float
    kind: _Kind

    def verb(self, text: str) -> str:
        """The reporting verb as written."""
        return " ".join(text[self.verb_start : self.verb_end].split())


@attrs.define
class _Reader:
    """Reads one article's units in order, carrying speakers and open quotations across them."""

    article: Article
    speakers: _Speakers = attrs.field(factory=_Speakers)
    out: list[Statement] = attrs.field(factory=list)
    carry: tuple[Actor, str] | None = None
    """Speaker and verb of a quotation left open at the end of the previous paragraph."""
    pending: list[tuple[_Unit, _Quote]] = attrs.field(factory=list)
    """Quotations left open without a speaker, waiting for the paragraph that attributes them."""
    last_direct: tuple[int, Actor, str] | None = None
    """Paragraph, speaker and verb of the last direct quotation."""
    quoted: set[int] = attrs.field(factory=set)
    """Indexes in ``out`` of statements a quotation reports: their speakers stay as written."""
    answering: Actor | None = None
    """Who answers in a Q&A transcript, from an ``A:`` paragraph to the next ``Q:``."""
    transcript: bool = False
    """Whether a paragraph opens with a question or answer label (``Q:``, ``Reporter:``)."""
    opening: bool = False
    """Whether the article is a briefing's transcript whose first turn is still to come."""
    seen: set[tuple[int, int]] = attrs.field(factory=set)
    """Spans already reported (as offsets: cheap to hash), so that no text is reported twice."""
    opening_quote: int | None = None
    """Where the closed quote that opens the current unit closes, if one does."""

    def read(self, units: Sequence[_Unit]) -> list[Statement]:
        """Read every unit; the statements found, speakers resolved against the whole article."""
        for mention in find_mentions(self.article.headline):
            actor = mention.actor  # title-case headlines make names of words: keep sure ones
            if not actor.named or (actor.role is None and lookup_person(actor.name) is None):
                continue
            if " " in actor.name or any(actor.name in p.text for p in self.article.paragraphs):
                self.speakers.headline.append(self.speakers.know(actor))  # not "Engineer Builds"
        labels = (_TURN.match(p.text) for p in self.article.paragraphs if ":" in p.text[:120])
        turns = [m.group(1) for m in labels if m is not None]
        headline = self.article.headline.lower()
        briefing = any(word in headline for word in _BRIEFINGS)
        self.transcript = any(t.lower() in _TURN_LABELS for t in turns) or (
            briefing  # "Spokesperson X's Regular Press Conference": "CCTV: …?" then "X: …"
            and any(self.speakers.by_word.get(t.lower()) in self.speakers.headline for t in turns)
        )
        self.opening = self.transcript and briefing
        previous: _Unit | None = None
        for unit in units:
            if unit.first:
                self._paragraph(unit)
            self._read_unit(unit, previous)
            previous = unit
        self._lead_source_named()
        people = self.speakers.people()
        out = []
        for n, statement in enumerate(self.out):
            if n in self.quoted:  # "“The Chinese side has assured us that B”": as quoted
                out.append(statement)
                continue
            speaker = self.speakers.final(statement.speaker, people)
            out.append(statement if speaker is statement.speaker else
                       attrs.evolve(statement, speaker=speaker))  # fmt: skip
        return out

    def _lead_source_named(self) -> None:
        """``A, a senior Pakistani official said`` in the lead is the person named next.

        Wire copy (Xinhua, APP, the Global Times) opens with an unnamed official and names them
        in the next paragraph, quoting them on the same story (``X, who heads the Y cell at the
        Z ministry, told Xinhua``). A lead source that is only an official (no body, no
        anonymity asked) is that person when the next paragraph's first statement is by a
        person introduced there, no politician or envoy, whose side fits the official's demonym;
        an official who asked not to be named, or one of a body (``an airport official``), stays
        as written.
        """
        paragraphs = self.article.paragraphs
        if len(self.out) < 2 or len(paragraphs) < 2:
            return
        source, lead = self.out[0].speaker, paragraphs[0]
        if source.named or self.out[0].span.end > lead.span.end:
            return
        words = source.name.split()
        if words[0].lower() not in ("a", "an") or words[-1].lower() not in _LEAD_OFFICIALS:
            return
        if any(w.lower() not in _LEAD_OFFICIAL_WORDS and demonym_country(w) is None
               for w in words[1:-1]):  # fmt: skip
            return
        if any(word in lead.text for word in _ANONYMITY):
            return
        nxt = next((s for s in self.out if s.span.start >= lead.span.end), None)
        if nxt is None or nxt.span.start >= paragraphs[1].span.end:
            return
        person = nxt.speaker
        if not _is_person(person) or self.speakers.met_in.get(person.name) != 1:
            return
        if person.role is not None and any(t in person.role.lower() for t in _NO_OFFICIALS):
            return  # "Finance Minister X told the house": a politician, no "senior official"
        side = next((c for w in words[1:-1] if (c := demonym_country(w)) is not None), None)
        if side is not None and (person.country or side) != side:
            return
        if side is not None and is_chinese_name(person) != (side == "China"):
            return
        self.out = [attrs.evolve(s, speaker=person) if s.speaker == source else s for s in self.out]

    def _paragraph(self, unit: _Unit) -> None:
        """At a paragraph's start: a quotation left open goes on only if a quote mark opens it."""
        if not unit.quotes or unit.quotes[0].start != 1:
            self.carry = None
            self.pending.clear()
            return
        if self.carry is not None:
            quote = unit.quotes[0]
            speaker, verb = self.carry
            self._emit(unit, (quote.start, _trim_quote(unit.text, quote.start, quote.end)),
                       speaker, _DIRECT, verb, 0.8)  # fmt: skip
            self.carry = None if quote.closed else self.carry
            self.last_direct = (unit.paragraph, speaker, verb)

    def _read_unit(self, unit: _Unit, previous: _Unit | None) -> None:
        """Read one unit; remember its subject for the next unit's opening pronoun.

        A unit that reports statements leaves no subject: its speaker is the last one.
        """
        text = unit.text
        mentions = find_mentions(text)
        said = len(self.out)
        self.speakers.units = (self.speakers.units[1], len(self.speakers.mentioned))
        self.speakers.paragraph = unit.paragraph
        self._read_frames(unit, previous, mentions)
        if _ISSUING.search(text) is not None:
            self._issued(unit.text, mentions)
        if len(self.out) > said:  # "X will go, the spokesperson said": the speaker goes on
            self.speakers.topic = None
            return
        fronted = _subject_start(unit.text)
        # "Talking to the investors, the CM …": the subject may follow mentions in the adverbial
        subject = next((m for m in mentions if m.start >= fronted), None)
        opener = subject.actor if subject is not None and subject.start == fronted else None
        if opener is None and (first := _WORD.match(unit.text, fronted)) is not None:
            opener = self.speakers.by_word.get(first.group().lower())  # "Jamali is not sure."
            if opener is None and first.group() in ("The", "the"):
                opener = self._aged_opener(unit.text, first.start())
            elif opener is None and first.group() in ("He", "She"):
                opener = self._pronoun_topic(first.group().lower())  # "X, 31, packs … She …"
        if opener is not None and not opener.named and opener.role and _one_person(opener):
            opener = self.speakers.descriptor(opener)  # "The governor praised the staff. He …"
            if not opener.named:
                self.speakers.topic = opener
                return
        if opener is not None and _is_person(opener):
            topic = self.speakers.by_word.get(opener.name.lower(), opener)
            if topic.name not in self.speakers.gender and (
                " her " in unit.text or " him " in unit.text
            ):
                topic = self._object_of(unit, topic) or topic  # "Li showed her the buses."
            self.speakers.topic = topic
        else:
            self.speakers.topic = None

    def _pronoun_topic(self, word: str) -> Actor | None:
        """The topic a unit opening with ``He``/``She`` goes on with, if its gender allows.

        ``Nasreen Akhtar, 31, packs cartons. She moved from Mardan. “…,” she said``: the
        person stays the topic past the pronoun's sentence, and is learnt to be a woman.
        """
        topic = self.speakers.topic
        gender = _PRONOUNS[word]
        if topic is None or not topic.named or not _is_person(topic):
            return None
        if self.speakers.gender.setdefault(topic.name, gender) != gender:
            return None
        return topic

    def _aged_opener(self, text: str, start: int) -> Actor | None:
        """``The 34-year-old engineer from Chengdu has …`` opening a unit: the topic goes on.

        A definite description by age opening the unit describes the person a unit before
        opened with (``Every morning, Luo Yan walks …``), else the latest of the last few named
        who is surely a person (a title, a gender, a Chinese name: not ``Ravi Smart City``),
        unless its noun's gender rules them out. ``start`` is where the unit's opening ``The``
        starts; None when no age follows it.
        """
        age = text.find("-year-old", start, start + 16)
        noun = _WORD.match(text, _skip_blanks(text, age + 9)) if age >= 0 else None
        if noun is None or _AGED.match(text, start, noun.end()) is None:
            return None
        word = noun.group().lower()
        gender = "f" if word in _WOMEN else "m" if word in _MEN else ""
        speakers = self.speakers
        recent = itertools.islice(reversed(speakers.mentioned), _FEW)
        people = (a for a in recent if speakers.personal(a) or is_chinese_name(a))
        topic = speakers.topic
        for person in itertools.chain((topic,) if topic is not None else (), people):
            if person.named and _is_person(person):
                return person if speakers.gender.get(person.name, gender) == gender else None
        return None

    def _object_of(self, unit: _Unit, subject: Actor) -> Actor | None:
        """Who a subject's object pronoun is: ``Li showed her the buses`` (her is not Li)."""
        m = _OBJECT_PRONOUN.search(unit.text)
        if m is None or unit.quote_around(m.start()) is not None:
            return None
        return self.speakers.other_person(subject, _OBJECT_PRONOUNS[m.group(1)])

    def _title(self, text: str, start: int, known: Actor) -> None:
        """Remember a title before a name that its role leaves out: ``Senator X, chairman of Y``.

        So ``the senator`` later finds X though the finder gave X the appositive's role.
        """
        first = _WORD.match(text, start)
        if first is None or known.role is None:
            return
        word = first.group().lower()
        if word not in known.role.lower() and word not in known.name.lower().split():
            self.speakers.titles[known.name] = word

    def _issued(self, text: str, mentions: Sequence[Mention]) -> None:
        """Remember who issued a document: ``X issued a statement`` makes ``the statement`` X's."""
        ends = {m.end: m.actor for m in mentions if m.actor.named}
        for issued in _ISSUES.finditer(text):
            actor = ends.get(issued.start())
            if actor is not None:
                actor = self.speakers.by_word.get(actor.name.lower(), actor)
                self.speakers.issuers[issued.group("document").lower()] = actor

    def _read_frames(
        self, unit: _Unit, previous: _Unit | None, mentions: Sequence[Mention]
    ) -> None:
        """The statements of a unit whose mentions are ``mentions``."""
        text = unit.text
        lead = unit.quotes[0] if unit.quotes else None
        opens = lead is not None and lead.start == 1 and lead.closed
        self.opening_quote = lead.end if opens and lead is not None else None
        if mentions:
            self._know(text, mentions)
        self._possessive_gender(unit, mentions)
        backward = _BACKWARD.match(text) if previous is not None else None
        frames = [] if backward is not None else self._frames(unit, mentions)
        if unit.first:
            self._transcript(unit, frames)
        if self.answering is not None:  # an answer's "the two sides agreed that" is its own words
            frames = [f for f in frames if _is_person(f.speaker)]
        if backward is not None and previous is not None:
            self._backward(unit, previous, backward, mentions)
            return
        if unit.quotes and all(unit.quote_around(f.verb_start) is not None for f in frames):
            self._unclaimed(unit)  # "“A,” X said. “The side has assured us that B.”": X's too
        if not frames:
            return
        if previous is not None and _says_before(unit, frames[0]):
            # "He said this while addressing …": the frame reports the sentence before it.
            frame = frames.pop(0)
            self._give_previous(unit, previous, frame.speaker, frame.verb(text), 0.8 * frame.sure)
        first = len(self.out)
        self._contents(unit, frames)
        if len(self.out) == first and previous is not None and frames:
            self._quote_before(unit, previous, frames[0])
        if len(self.out) > first:
            verbs = [(f.verb_start, f.verb_end) for f in frames]
            when = self._when(unit, [s.span for s in self.out[first:]], verbs)
            if when is not None:
                self.out[first:] = [attrs.evolve(s, when=when) for s in self.out[first:]]

    def _know(self, text: str, mentions: Sequence[Mention]) -> None:
        """Remember the actors a unit names, with what its text tells about them.

        A company by its trade noun or appositive, a title its role leaves out, the country an
        appositive gives, who chairs the meeting, a body's abbreviation.
        """
        chaired = text.find("chaired by ")  # "The meeting, chaired by MNA X, …": X chairs
        guest = "hief guest" in text  # "chief guest", "Chief guest"
        firms = " firm" in text or " company" in text
        owned = any(word in text for word in _OWNED_WORDS)
        delegation = "delegation" in text
        describing = ", a" in text
        for mention in mentions:
            if mention.actor.named:
                actor = self._of_body_named(mention.actor)
                known = self.speakers.know(actor, _gender(text, mention.start))
                if (
                    owned
                    and _is_body(known)
                    and _PARENT.search(text, max(0, mention.start - 80), mention.start)
                ):
                    self.speakers.parents.add(known.name)  # "X, a subsidiary of Y": Y owns X
                if known.role is None and (
                    (firms and _FIRM_APPOSITIVE.match(text, mention.end))
                    or (
                        text[: mention.start].rstrip().endswith(_FIRM_NOUN_ENDS)
                        and _firm_before(text, mention.start)  # "EV maker X will …"
                    )
                ):
                    self.speakers.companies.add(known.name)  # "X, the Chinese firm that …"
                    known = self.speakers.know(
                        attrs.evolve(known, organization=known.organization or known.name)
                    )
                if known.role is not None and text[mention.start].isupper():
                    self._title(text, mention.start, known)
                if known.role is not None:
                    # "X, chairman of a Chinese firm"; "a Pakistani delegation led by Senator X"
                    side = None if known.country else _SIDE_OF.match(text, mention.end)
                    led = text[max(0, mention.start - 12) : mention.start]
                    if side is None and ("led by" in led or "headed by" in led):
                        side = _SIDE_LED.search(text, max(0, mention.start - 80), mention.start)
                    if side is not None:
                        self.speakers.sides[known.name] = _SIDES[side.group("side").lower()]
                if chaired >= 0 and mention.start == chaired + 11:
                    self.speakers.chair = known
                agent = _describing_agent(text, mention.end) if describing else None
                if agent is not None and known.role is None and _is_person(known):
                    first = self.speakers.described.setdefault(agent, known)  # "X, a breeder"
                    if first is not None and first.name != known.name:
                        self.speakers.described[agent] = None  # two breeders: neither is meant
                side_led = _delegation_headed(text, mention) if delegation else None
                if side_led is not None and _is_person(known):
                    self.speakers.delegation_heads[known.name] = known, side_led
                if guest and (
                    _CHIEF_GUEST.match(text, mention.end)
                    or "chief guest" in text[mention.start : mention.end].lower()
                ):  # "X was the chief guest", "X, the chief guest,", "Chief guest X"
                    self.speakers.chief_guest = known
            elif firms and _head(mention.actor)[1] in _FIRMS:
                self._firm_appositive(text, mention)
            elif (
                _is_body(mention.actor)
                and mention.actor.name.count(" ") > 1
                and mention.start == _subject_start(text)
            ):  # "The Chinese embassy has asked …": a subject, not "talks at the X ministry"
                self.speakers.bodies.append(mention.actor)
            if mention.actor.organization and "(" in text[mention.start : mention.end]:
                self.speakers.abbreviated(text[mention.start : mention.end], mention.actor)

    def _of_body_named(self, person: Actor) -> Actor:
        """``person`` with the body named before as organisation when the mention gives its kind.

        ``The company's chief executive, X,`` after ``Y Coal Company`` is Y Coal Company's.
        """
        kind = person.organization
        if kind is None or kind not in _BODY_KINDS:
            return person
        body = self.speakers.body(kind, named=True)
        return person if body is None else attrs.evolve(person, organization=body.name)

    def _firm_appositive(self, text: str, firm: Mention) -> None:
        """``Shares of X Optical Communications, the Shenzhen-listed firm that …``: X is a company.

        The finder may not know the name an unnamed ``the … firm``/``company`` is an appositive
        of: two to six capitalised words right before its comma, neither a name met before nor
        a place. It is remembered as a company, so a later ``the company`` finds it.
        """
        if not text.startswith(", ", firm.start - 2):
            return
        words = _words_before(text, firm.start - 2, 6)
        if not words or words[-1][1] != firm.start - 2:
            return
        n = len(words)
        while (
            n > 0
            and words[n - 1][2][0].isupper()
            and (n == len(words) or not text[words[n - 1][1] : words[n][0]].strip())
        ):
            n -= 1
        if len(words) - n < 2 or words[n][2].lower() in _NOT_SUBJECTS:
            return
        name = text[words[n][0] : words[-1][1]]
        if name.lower() in self.speakers.by_word or lookup_place(name) is not None:
            return
        self.speakers.companies.add(name)
        self.speakers.know(Actor(name, organization=name))

    def _quote_before(self, unit: _Unit, previous: _Unit, frame: _Frame) -> None:
        """``“… ?” Dashti told the Post.``: a frame that opens its unit and reports nothing.

        The sentence splitter ends a unit at a quote's ``?”``; the frame after it reports the
        quote that closes the previous unit of its paragraph, if nothing claimed it yet.
        """
        if frame.start != 0 or frame.kind not in (_Kind.SUBJECT, _Kind.INVERTED):
            return
        if previous.paragraph != unit.paragraph or not previous.quotes:
            return
        quote = previous.quotes[-1]
        if quote.closed and quote.end + 2 >= len(previous.text.rstrip()):
            end = _trim_quote(previous.text, quote.start, quote.end)
            verb = frame.verb(unit.text)
            if self._emit(previous, (quote.start, end), frame.speaker, _DIRECT, verb, frame.sure):
                self.last_direct = (unit.paragraph, frame.speaker, verb)

    def _possessive_gender(self, unit: _Unit, mentions: Sequence[Mention]) -> None:
        """``X visited the port with her team``: a subject's pronoun tells X's gender.

        For a named person who opens the unit, the first possessive after a preposition or
        pronoun opening a clause (``, where she was received``); for one a relative clause
        follows, such a pronoun inside it (``said X, who is on her first trip``). No other actor
        may be named before the pronoun, which stands outside any quotation.
        """
        text = unit.text
        if not any(word in text for word in _PRONOUN_WORDS):
            return  # the pattern needs a pronoun between blanks: most units have none
        subject = mentions[0] if mentions else None
        if subject is not None and subject.start <= 4 and _is_person(subject.actor):
            self._pronoun_gender(unit, mentions, subject.actor, subject.end, len(text))
        who = text.find(", who ")
        if who > 0:
            stop = len(text) if (comma := text.find(",", who + 6)) < 0 else comma
            person = next((x.actor for x in mentions if x.end == who), None)
            if person is None and (words := _words_before(text, who, 1)) and words[0][1] == who:
                person = self.speakers.by_word.get(words[0][2].lower())  # "said Bhatti, who"
            if person is not None and _is_person(person):
                self._pronoun_gender(unit, mentions, person, who, stop)

    def _pronoun_gender(
        self, unit: _Unit, mentions: Sequence[Mention], person: Actor, start: int, end: int
    ) -> None:
        """Learn ``person``'s gender from the first subject's pronoun in ``text[start:end]``.

        No actor may be named between ``start`` and the pronoun.
        """
        m = _POSSESSIVE.search(unit.text, start, end)
        if m is None or unit.quote_around(m.start()) is not None:
            return
        if any(start <= x.start < m.start() for x in mentions):
            return
        name = self.speakers.by_word.get(person.name.lower(), person).name
        pronoun = m.group(1) or m.group(2)
        self.speakers.gender.setdefault(name, "f" if pronoun in ("her", "she") else "m")

    def _unclaimed(self, unit: _Unit) -> None:
        """A quotation without a frame of its own.

        A quote that opens a unit after a direct quote of the same paragraph goes on it (``“A,”
        she said. “B.”``), and when left open runs on into the next paragraph (``“A,” she said.
        “B`` ¶ ``“C.”``). Else a quote left open waits for the next paragraph to name its speaker
        (``“A`` ¶ ``“B,” he said``).
        """
        quote = unit.quotes[0]
        last = self.last_direct
        goes_on = (
            last is not None
            and last[0] == unit.paragraph
            and not unit.first
            and quote.start == 1
            and (not quote.closed or quote.end + 3 >= len(unit.text))
        )
        if last is not None and quote.closed and self._runs_on_from(last[0], unit, quote):
            return
        goes_on = goes_on or self._quote_paragraph_after(unit, quote)
        if last is None or not goes_on:
            if not quote.closed and self.carry is None:
                self.pending.append((unit, quote))
            return
        _, speaker, verb = last
        end = _trim_quote(unit.text, quote.start, quote.end)
        self._emit(unit, (quote.start, end), speaker, _DIRECT, verb, 0.75)
        if not quote.closed:
            self.carry = (speaker, verb)

    def _quote_paragraph_after(self, unit: _Unit, quote: _Quote) -> bool:
        """``“A,” X told CGTN.`` ¶ ``“B.”``: a paragraph that is one quote goes on X's quote.

        The paragraph before must end with X's direct statement.
        """
        last = self.last_direct
        if (
            last is None
            or last[0] != unit.paragraph - 1
            or not unit.first
            or quote.start != 1
            or not quote.closed
            or not self.out
            or self.out[-1].kind is not _DIRECT
            or self.out[-1].speaker != last[1]
        ):
            return False
        paragraph = self.article.paragraphs[unit.paragraph]
        whole = unit.start + quote.end + 1 >= paragraph.span.start + len(paragraph.text.rstrip())
        before = self.article.paragraphs[last[0]]
        tail = self.article.source[self.out[-1].span.end : before.span.end]
        return whole and len(tail) <= 120 and _DOUBLE_MARKS.search(tail.lstrip(',;.!?”"')) is None

    def _runs_on_from(self, paragraph: int, unit: _Unit, quote: _Quote) -> bool:
        """``“A,” he said.`` ¶ ``“B`` ¶ ``“C.”``: a run-on quote closing with no frame.

        The open quotes waiting since the paragraph after the last direct quote (in
        ``paragraph``), and the closed ``quote`` opening ``unit``, are that speaker's.
        """
        if not self.pending or self.last_direct is None or quote.start != 1:
            return False
        if self.pending[0][0].paragraph != paragraph + 1:
            return False
        _, speaker, verb = self.last_direct
        for waiting, open_quote in [*self.pending, (unit, quote)]:
            end = _trim_quote(waiting.text, open_quote.start, open_quote.end)
            self._emit(waiting, (open_quote.start, end), speaker, _DIRECT, verb, 0.7)
        self.pending.clear()
        return True

    def _transcript(self, unit: _Unit, frames: Sequence[_Frame]) -> None:
        """Q&A transcripts: an answer's paragraph, and the unmarked ones after it, is direct speech.

        ``A:`` answers go to the spokesperson (or, in an interview, the person quoted before it),
        a turn labelled with a name (``Wu Lin:``) to that person; ``Q:`` and ``Reporter:`` turns
        say nothing, nor does an outlet's (``CCTV:``, in a transcript). A briefing's opening
        remarks in the first person, before the first turn, are the spokesperson's. An unmarked
        paragraph that opens with a reporting frame, or reports the answerer in the third person
        (``Li said …``), is the article's narration again: the answers end. A briefing whose
        headline names its spokesperson is a transcript once a turn carries that name.
        """
        text = unit.text
        turn = _TURN.match(text) if ":" in text[:120] or "：" in text[:120] else None
        if turn is None and self.answering is None and not self.opening:
            return  # most paragraphs: no turn label, no answers going on, no opening remarks
        label = turn.group(1).lower() if turn is not None else ""
        speaker = (
            self._turn_speaker(turn.group(1)) if turn is not None and self.transcript else None
        )
        if label in _ANSWERS:
            self.answering = self._answerer()
        elif label in _ASKERS or speaker is not None:
            self.answering = speaker
        elif turn is not None and self.transcript and self._asker(turn.group(1)):
            self.answering = speaker = None  # "CCTV: …?": an outlet asks
            label = "q"
        elif self.answering is not None and any(
            f.start == 0 or f.speaker.name == self.answering.name for f in frames
        ):
            self.answering = None
        elif self.opening and _FIRST_PERSON.search(self.article.paragraphs[unit.paragraph].text):
            self.answering = self._answerer()
        known = label in _TURN_LABELS or speaker is not None
        self.opening = self.opening and not known
        if self.answering is not None:
            self._answer(unit, turn.end() if turn is not None and known else 0, self.answering)

    def _asker(self, label: str) -> bool:
        """True for a turn label that names no one met and no place: an outlet (``CCTV``)."""
        return self.speakers.by_word.get(label.lower()) is None and lookup_place(label) is None

    def _answerer(self) -> Actor:
        """Who answers: the spokesperson named so far, else the last person quoted (interviews)."""
        spokespeople = (
            a
            for a in (*reversed(self.speakers.spoke), *self.speakers.headline)
            if "spokes" in (a.role or self.speakers.hints.get(a.name, "")).lower()
        )
        people = (a for a in reversed(self.speakers.spoke) if _is_person(a))
        default = Actor("the spokesperson", role="Spokesperson", named=False)
        return next(spokespeople, None) or next(people, default)

    def _turn_speaker(self, label: str) -> Actor | None:
        """The person a turn's label names (``Wu Lin``, ``Spokesperson``), if it names one."""
        mentions = find_mentions(label)
        if len(mentions) != 1 or mentions[0].end - mentions[0].start != len(label):
            return None
        actor = mentions[0].actor
        if actor.named and _is_person(actor):
            return self.speakers.by_word.get(actor.name.lower(), actor)
        return self._answerer() if "spokes" in (actor.role or "").lower() else None

    def _answer(self, unit: _Unit, start: int, speaker: Actor) -> None:
        """A Q&A answer: the whole paragraph from ``start``, direct speech without a verb."""
        paragraph = self.article.paragraphs[unit.paragraph]
        begin = unit.start + start
        end = paragraph.span.start + len(paragraph.text.rstrip())
        if end - begin >= 3 and (begin, end) not in self.seen:
            self.seen.add((begin, end))
            text = self.article.source[begin:end]
            self.out.append(Statement(speaker, _DIRECT, text, Span(begin, end), None, None, 0.85))

    def _backward(
        self, unit: _Unit, previous: _Unit, m: "re.Match[str]", mentions: Sequence[Mention]
    ) -> None:
        """Backward attribution (``This was stated by X``): X said the preceding unit."""
        mention = next((x for x in mentions if x.start >= m.end()), None)
        word = _WORD.match(unit.text, m.end())
        known = (
            self.speakers.by_word.get(word.group().lower())
            if word is not None and word.group()[0].isupper()
            else None
        )
        if known is not None and (mention is None or mention.start > m.end()):
            speaker = self.speakers.know(known)  # "This was stated by Shaikh while …"
            self.speakers.said(speaker)
            self._give_previous(unit, previous, speaker, _backward_verb(m), 0.8)
            return
        if mention is not None:
            mention = _titled_name(unit.text, mention, mentions)
            speaker = self._resolve(mention.actor)[0]
            self.speakers.said(speaker)
            self._give_previous(unit, previous, speaker, _backward_verb(m), 0.8)
            text = unit.text  # "…, a trader, who said B": B is X's (an appositive away at most)
            who = (
                _WHO_SAID.search(text, mention.end, mention.end + 100) if " who " in text else None
            )
            clause = None if who is None else _trim_clause(text, who.end(), len(text))
            if who is not None and clause is not None:
                self._emit(unit, clause, speaker, _INDIRECT, who.group("verb"), 0.8)

    def _give_previous(
        self, unit: _Unit, previous: _Unit, speaker: Actor, verb: str, sure: float
    ) -> bool:
        """Attribute the preceding unit to ``speaker``, unless something already claimed it."""
        if self.out and self.out[-1].span.end > previous.start:
            return False
        quote = _whole_quote(previous)
        if quote is not None:  # "“A.”" then "This was stated by X": A is direct, no marks
            end = _trim_quote(previous.text, quote.start, quote.end)
            clause: tuple[int, int] | None = (quote.start, end)
            kind = _DIRECT
        else:
            clause, kind = _trim_clause(previous.text, 0, len(previous.text)), _INDIRECT
        if clause is None or not self._emit(previous, clause, speaker, kind, verb, sure):
            return False
        self.out[-1] = attrs.evolve(self.out[-1], when=self._when(unit, []))
        return True

    def _resolve(self, actor: Actor) -> tuple[Actor, float]:
        """A mention's actor with descriptors resolved, and how sure that is."""
        if actor.named:
            return self.speakers.know(actor), 1.0
        resolved = self.speakers.descriptor(actor)
        return resolved, (0.9 if resolved is not actor else 0.75)

    # -- frames

    def _frames(self, unit: _Unit, mentions: Sequence[Mention]) -> list[_Frame]:
        """The reporting frames of a unit, in order."""
        text = unit.text
        verbs = _verbs(text)
        if unit.quotes:  # a verb inside a quotation is the quoted speaker's, no frame
            verbs = [
                m
                for m in verbs
                if unit.quote_around(m.start) is None or _QUOTED_THAT.match(text, m.end)
            ]  # unless it reports a that-clause: "“X has assured us that B,” he said"
        if not verbs:
            return []  # most units: no reporting verb outside quotes, nothing to index
        index = _Index(mentions)
        frames: list[_Frame] = []
        opening: _Verb | None = None
        for m in verbs:
            if m.start == 0 and m.text[0].isupper() and m.text.endswith("ing"):
                opening = m  # "Saying …, he said": its speaker is the next frame's
                continue
            if unit.quotes and unit.quote_around(m.start) is not None:
                quoted = self._quoted_frame(text, m, index)
                if quoted is not None:
                    frames.append(quoted)
                continue
            frame = self._frame(text, m, index, frames)
            if frame is not None:
                frames.append(frame)
                if m.text.lower() not in _ATTITUDES:  # "The side hoped B, she said": not the side
                    self.speakers.said(frame.speaker)  # later frames may refer back to it
        if opening is not None and frames:
            speaker, sure = frames[0].speaker, frames[0].sure
            frames.insert(0, _Frame(0, opening.end, 0, opening.end, speaker, sure, _Kind.OPENING))
        return frames

    def _quoted_frame(self, text: str, m: _Verb, index: _Index) -> _Frame | None:
        """A frame quoted inside a quotation: ``“The Chinese side has assured us that B.”``.

        Its subject is the quoted speaker's reference, so it stays as written (a named actor, or
        a descriptor unresolved); a pronoun (``They told us that``) is the quoted speaker's to
        resolve, and none is read; the quoted speaker's own group or counterpart (``Our
        partners have told us that B``) is one as written. The quoted subject is no speaker
        later pronouns refer to.
        """
        frame = self._frame(text, m, index, ())
        if frame is None:
            ours = _OURS.search(text, max(0, m.start - 60), m.start)
            if ours is None:
                return None
            name = " ".join(ours.group(1).split())  # "“Our Chinese friends have assured us that B”"
            return _Frame(ours.start(), m.end, m.start, m.end, Actor(name, named=False), 0.75,
                          _Kind.SUBJECT)  # fmt: skip
        if frame.kind is not _Kind.SUBJECT:
            return None
        mention = index.starting(frame.start)
        if mention is None or _vague(mention.actor):
            return None
        speaker = self.speakers.know(mention.actor) if mention.actor.named else mention.actor
        return frame._replace(speaker=speaker)

    def _frame(
        self,
        text: str,
        m: _Verb,
        index: _Index,
        frames: Sequence[_Frame],
    ) -> _Frame | None:
        """The frame around the reporting verb ``m``, or None when it has no speaker."""
        verb = m.text.lower()
        after = _skip_blanks(text, m.end)
        if _strong_at(text, after):
            return None  # "media reports said": a noun before the verb
        if verb.startswith(_SOURCE_VERBS):
            return self._according(text, m, after, index)
        if verb in _LEARNT and text.startswith("from ", after):
            return self._learnt_from(text, m, after, index)
        before = _words_before(text, m.start)
        if (
            before
            and before[-1][2].lower() == "as"
            and (quoted := self._quoted(text, before[-1][0], index))
        ):
            speaker, sure, start = quoted  # "The statement quoted Minister X as saying"
            start = _quoter_start(text, start)  # "“…,” the embassy quoted X as saying"
            return _Frame(start, m.end, m.start, m.end, speaker, sure, _Kind.SUBJECT)
        reach = m.start  # where the words that may stand before the verb end
        lead_in = tuple(w[2].lower() for w in before[-3:])
        led = (
            _LEAD_IN.search(text, max(0, m.start - 60), m.start)
            if lead_in[-1:] == ("to",)
            else None
        )
        if verb in _BARE and lead_in not in _GOING_ON and led is None:
            return None  # "the plant will add 500MW", "the state", "a claim"
        if led is not None:
            reach = led.start()
            before = _words_before(text, reach)  # "His aides were quick to tell": theirs
        elif lead_in[-2:] == ("quoted", "as"):
            before = before[:-2]  # "was (further) quoted as saying"
            while before and (before[-1][2].lower() in _PASSIVE or _is_gap(before[-1][2])):
                before.pop()
        elif lead_in in _GOING_ON:
            reach = before[-3][0]
            before = before[:-3]  # "She went on to say": her verb
        elif before and before[-1][2].lower() == "as" and (by := _quoted_by(text, m.start)):
            before = by  # "X was quoted by state media as saying": X speaks
        elif (
            before
            and before[-1][2].lower() in _PASSIVE
            and not text[before[-1][1] : m.start].strip()  # not '“… it is,” said X'
        ):
            agent = self._agent(text, m, index) if verb in _TELLING else None
            if agent is None:
                return None
            speaker, sure, end = agent  # "The meeting was told by X that …": X speaks
            start = before[-2][0] if len(before) > 1 else m.start  # "…, Tass was told at X."
            return _Frame(start, end, m.start, m.end, speaker, sure, _Kind.INVERTED)
        words_end = reach
        while before and _is_gap(before[-1][2]) and not text[before[-1][1] : reach].strip(" ,"):
            reach = before.pop()[0]
        window = max(0, reach - 100)
        aside = (
            _ASIDE.search(text, window, reach)
            if _ASIDE_WORDS.search(text, window, reach) is not None
            else None
        )
        if aside is not None and not _FINITE.search(text, aside.start(), reach):
            # "X while talking to the media said", "X during his meeting with Y said": X; a
            # group keeps its clause ("The people who spoke during the meeting said")
            found = self._subject(text, aside.start(), m.start, index, "")
            if found is not None and (found[0].named or found[0].role):
                speaker, sure, start = found
                return _Frame(start, m.end, m.start, m.end, speaker, sure, _Kind.SUBJECT)
        if (
            before
            and before[-1][2].lower() in _ALONGSIDE
            and verb.split()[0].endswith("ing")
            and text.endswith(",", 0, _back_blanks(text, before[-1][0]))
        ):
            before.pop()  # "X said A, while stressing that B": the participle goes on
        subject_end = _back_blanks(text, before[-1][1] if before else 0)
        if text.startswith(")", subject_end):
            subject_end += 1  # "the Pakistan Airport Authority (PAA) confirmed"
        between = text[subject_end : m.start]
        gap = "".join(c for c in between if c in ',;:”"—') if between.strip() else ""
        if gap == ",," and (reach < words_end or _AGE.fullmatch(between) is not None):
            gap = ""  # "The spokesperson, however, said", "Karim Dad, 45, said"
        if verb in _QUOTE_ONLY and gap:
            return None
        # "…, adding that", "… “once it improves”, adding that": a participle goes on, and
        # after a frame of its unit the name before its comma is no subject ("… to X, adding");
        # a two-word verb is a participle by its first word ("…, pointing out that B")
        participle = verb.split()[0].endswith("ing") and gap.lstrip('”"') in (",", ";")
        # "X said A and added that B": a verb right after "and" has no subject of its own (the
        # noun phrase before "and" is A's, "the welfare of workers and")
        joined = not gap and bool(before) and before[-1][2].lower() in _JOINING
        if before and not gap and before[-1][2] == "who":  # "angered traders, who say that B"
            found = self._relative_speaker(text, before[-1][0], index)
        elif (participle or joined) and frames:
            found = None
        else:
            found = self._subject(text, subject_end, m.start, index, gap)
        if found is not None and gap == "," and _named_after(text, after, index, found[0]):
            found = None  # "A is the X (CPEC), which …, said Hu Lin, a fellow at Y": Hu speaks
        if found is not None:
            speaker, sure, start = found
            return _Frame(start, m.end, m.start, m.end, speaker, sure, _Kind.SUBJECT)
        if joined or participle:
            # the clause before ends at the comma: it keeps a closing mark and "on Monday"
            comma = max(
                text.rfind(",", subject_end, m.start), text.rfind(";", subject_end, m.start)
            )
            cut = before[-1][0] if joined else (comma if comma >= 0 else subject_end)
            if frames:
                previous = frames[-1]
                return _Frame(cut, m.end, m.start, m.end, previous.speaker, previous.sure,
                              _Kind.CONTINUATION)  # fmt: skip
            opener = self._opening_subject(text, index)
            if opener is None:
                return None
            return _Frame(cut, m.end, m.start, m.end, *opener, _Kind.CONTINUATION)
        inverts = (
            verb in _STRONG
            or verb in _QUESTIONS
            or (verb in _QUOTE_INVERTING and gap.endswith(("”", '"')))  # "“…,” noted X"
        )
        # "“…,” said X", and "Said X: “…”" opening its unit
        fronted = m.start == 0 and _colon_after(text, after)
        if inverts and not verb.endswith("ing") and ((gap and gap[-1] in ',”"—') or fronted):
            mention = index.starting(after)
            if mention is None and fronted:
                mention = _unfronted(text, after)  # the finder read "Said Nadia Rind" as a name
            lead = after
            if mention is None:
                mention = _modified_mention(text, after, index)  # "said a customs officer"
            else:
                lead = mention.start
            if mention is None:  # "…, said the Foreign Office": the name after its "the"
                mention = index.starting(_with_determiner_after(text, after))
            if mention is None and (owned := _OWNER_BEFORE.match(text, after)) is not None:
                mention = index.starting(owned.end())  # "said the project's engineer, X"
            if mention is not None and not _vague(mention.actor):
                speaker, sure = self._resolve(mention.actor)
                end = _modifier_end(text, mention)  # "said a diplomat familiar with the talks"
                seated = self._seat_taken_up(text, mention, end)
                if seated is not None:  # "…, said the X Institute at the university."
                    return _Frame(m.start, seated[1], m.start, m.end, seated[0], sure,
                                  _Kind.INVERTED)  # fmt: skip
                end = _owned_unit_end(text, mention, end)  # "…, head of X Group's Y office"
                written, end = _relative_end(text, end)
                speaker = _as_written(text, mention, speaker, lead, written)
                colon = text.find(":", end, end + 100) if fronted else -1
                if colon >= 0:  # "Said X, a teacher: “…”": the appositive is the frame's too
                    end = _back_blanks(text, colon)
                return _Frame(m.start, end, m.start, m.end, speaker, sure, _Kind.INVERTED)
            lone = (
                self._lone_name(text, after)
                or _anonymous_after(text, after)
                or self._aged_after(text, after)
            )
            if lone is not None:  # "“…,” said Niazi, adding"; "…, said people familiar with it"
                return _Frame(m.start, lone[1], m.start, m.end, lone[0], 0.7, _Kind.INVERTED)
        return None

    def _relative_speaker(
        self, text: str, who: int, index: _Index
    ) -> tuple[Actor, float, int] | None:
        """``The levy angered local traders, who say that B``: who speaks, how sure, where.

        The speaker is the phrase before ``, who``: a person or body the finder read, else a
        bare plural group as written (``local traders``, ``Chinese contractors``).
        """
        comma = _back_blanks(text, who)
        if not text.startswith(",", comma - 1):
            return None
        end = _back_blanks(text, comma - 1)
        mention = index.ending(end) or index.before_tail(text, end)  # "X, head of Y, who"
        if mention is not None and (mention.actor.named or mention.actor.role):
            if _vague(mention.actor):
                return None
            speaker, sure = self._resolve(mention.actor)
            start = _with_determiner(text, mention.start)
            return _as_written(text, mention, speaker, start, end), sure * 0.9, start
        group = _relative_group(text, end)
        if group is None:
            return None
        return Actor(" ".join(text[group:end].split()), named=False), 0.7, group

    def _agent(self, text: str, m: _Verb, index: _Index) -> tuple[Actor, float, int] | None:
        """The ``by X`` after a passive ``was told``/``was informed``: X, how sure, its end.

        ``at`` a body says who told too (``Tass was told at the Pakistani embassy``).
        """
        by = _BY.match(text, m.end)
        mention = None
        if by is not None:  # a descriptor starts at its "the", a name after it
            mention = index.starting(by.end()) or index.starting(
                _with_determiner_after(text, by.end())
            )
        if mention is None and by is not None and by.group(1) == "by":
            return _bare_agent(text, by.end())  # "was told by port officials that"
        if mention is None or _vague(mention.actor):
            return None
        if by is not None and by.group(1) == "at" and mention.actor.organization is None:
            return None  # "was told at the meeting": where, not who
        speaker, sure = self._resolve(mention.actor)
        return speaker, sure, mention.end

    def _quoted(self, text: str, at: int, index: _Index) -> tuple[Actor, float, int] | None:
        """``quoted X as`` before ``as`` at ``at``: X, how sure, and where ``quoted`` starts."""
        mention = index.ending(_back_blanks(text, at))
        if mention is None or _vague(mention.actor):
            return None
        start = _back_blanks(text, _with_determiner(text, mention.start))
        if not text[max(0, start - 6) : start].lower().endswith("quoted"):
            return None
        speaker, sure = self._resolve(mention.actor)
        return speaker, sure, start - 6

    def _lone_name(self, text: str, at: int) -> tuple[Actor, int] | None:
        """A lone capitalised word at ``at`` that ends the clause: a name, and where it ends.

        The name of someone met before (``Iqbal`` for Ahsan Iqbal), else the word itself. An
        adverbial may follow it (``said Iqbal while talking to reporters``, ``… at the airport``).
        """
        word = _WORD.match(text, at)
        if word is None or not word.group()[0].isupper():
            return None
        rest = _skip_blanks(text, word.end())
        key = word.group().lower()
        if rest < len(text) and text[rest] not in ",.;:":
            follows = _WORD.match(text, rest)
            if follows is None or follows.group() not in _ADVERBIAL_OPENERS:
                return None
        known = self.speakers.by_word.get(key)
        if known is not None:
            return self.speakers.know(known), word.end()
        if key in _NOT_SUBJECTS or key in _WEEKDAYS or lookup_place(word.group()) is not None:
            return None
        body = self.speakers.spelt(word.group()) if word.group().isupper() else None
        return body or Actor(word.group()), word.end()  # "according to FO": the Foreign Office

    def _lone_acronym(self, text: str, at: int) -> tuple[Actor, int] | None:
        """A body's acronym at ``at`` after ``the`` that ends the clause (``the NHA``).

        The finder reads no mention in an acronym of its own, so ``according to the NHA`` had
        no source; the acronym is read as a lone name is: the body met before that it spells,
        else the acronym itself.
        """
        word = _WORD.match(text, at)
        if word is None or len(word.group()) < 2 or not word.group().isupper():
            return None
        return self._lone_name(text, at)

    def _learnt_from(self, text: str, m: _Verb, after: int, index: _Index) -> _Frame | None:
        """``…, the Global Times learned from X``: X is the source, as after ``according to``.

        The outlet that learnt (one to three capitalised words, no place) opens the frame after
        a comma. Unless a ``that`` clause follows, what comes after the source up to the
        sentence's end says where the source is (``… administration in Tashkurgan, Northwest
        China's Xinjiang``): it is the frame's, no clause of its own.
        """
        outlet = _LEARNING.search(text, max(0, m.start - 50), m.start)
        if (
            outlet is None
            or lookup_place(outlet["outlet"].strip()) is not None
            or _adverbial_only(text, outlet.start())
        ):
            return None  # "Over the years, Pakistan learned from China's experience"
        found = self._according(text, m, _skip_blanks(text, after + 4), index)
        if found is None:
            return None
        stop = _SENTENCE_END.search(text, found.end)
        end = stop.start() if stop is not None else len(text.rstrip().removesuffix("."))
        at = _skip_blanks(text, found.end)
        if at >= end or text[at] in ",;" or _TIME_ADVERBIAL.match(text, at):
            return found._replace(start=outlet.start("who"), end=end)
        word = _WORD.match(text, at)
        if word is None or word.group() not in (*_AUDIENCE_ADVERBIALS, "that"):
            return None  # "X learned from Chinese engineers how to …": no source of a report
        if word.group() == "that" or _AUDIENCE_BREAKS.search(text, at, end) is not None:
            end = found.end  # "… learned from X that B": B is reported
        return found._replace(start=outlet.start("who"), end=end)

    def _according(self, text: str, m: _Verb, after: int, index: _Index) -> _Frame | None:
        """``according to X``: X a person, body or descriptor, or a document X issued."""
        mention = index.starting(after) or index.starting(_with_determiner_after(text, after))
        lead = None
        if mention is None:
            mention = _modified_mention(text, after, index)  # "the operating company"
            lead = None if mention is None else after
        if mention is None and (owned := _OWNER_BEFORE.match(text, after)) is not None:
            mention = _owned_mention(text, owned.end(), index)  # "the hospital's chief Dr X"
            lead = after
        if mention is None and (owned := _POSSESSIVE_DETERMINER.match(text, after)) is not None:
            named = index.starting(owned.end())  # "according to its chief executive, X"
            if named is not None and _owned_body(text, named):
                # "according to his ministry": the ministry met before, else as written
                body = self.speakers.descriptor(named.actor)
                sure = 0.85 if body is not named.actor else 0.75
                if body is named.actor:
                    body = attrs.evolve(body, name=" ".join(text[after : named.end].split()))
                return _Frame(m.start, named.end, m.start, m.end, body, sure, _Kind.ACCORDING)
            mention = named if named is not None and named.actor.named else None
        document = _document_after(text, after)
        if document is not None and document[2] >= (after if mention is None else mention.end):
            mention = None  # "according to a Foreign Office statement": the document speaks
        if mention is not None and _modifies_record(text, mention.end):
            return None  # "according to official data": the finder's "official" is no one
        pronoun = _OBJECT_PRONOUNS.get(text[after : after + 5].rstrip(" ,").lower())
        if mention is None and pronoun is not None:  # "According to him, …"
            speaker = self.speakers.pronoun(pronoun)
            if speaker is None:
                return None
            end = after + len(text[after : after + 5].rstrip(" ,"))
            return _Frame(m.start, end, m.start, m.end, speaker, 0.85, _Kind.ACCORDING)
        if mention is not None and not _vague(mention.actor):
            speaker, sure = self._resolve(mention.actor)
            end = _modifier_end(text, mention)  # "according to an official of the board who …"
            seated = self._seat_taken_up(text, mention, end)
            if seated is not None:  # "according to the X Institute at the university"
                return _Frame(m.start, seated[1], m.start, m.end, seated[0], sure, _Kind.ACCORDING)
            written, end = _relative_end(text, end)
            speaker = _as_written(
                text, mention, speaker, mention.start if lead is None else lead, written
            )
            end = _past_appositive(text, end) if mention.actor.named else end
            subject = _merged_subject(text, mention.start, end) if mention.actor.named else None
            if subject is not None and speaker.role:  # "According to spokesperson X, the
                end = subject  # governor will travel": the finder read him into X's role
                speaker = attrs.evolve(speaker, role=speaker.role.rpartition(", ")[0] or None)
            return _Frame(m.start, end, m.start, m.end, speaker, sure, _Kind.ACCORDING)
        lone = self._lone_name(text, after) if document is None else None
        if lone is None and document is None and text.startswith(("the ", "The "), after):
            lone = self._lone_acronym(text, after + 4)  # "According to the NHA, …"
        if lone is not None:  # "According to Akhtar, …": a surname met before, or a lone name
            return _Frame(m.start, lone[1], m.start, m.end, lone[0], 0.8, _Kind.ACCORDING)
        anonymous = _anonymous_after(text, after) or _group_after(text, after)
        if anonymous is not None:  # "according to people familiar with the talks"
            return _Frame(m.start, anonymous[1], m.start, m.end, anonymous[0], 0.75,
                          _Kind.ACCORDING)  # fmt: skip
        kind = _BODY_SOURCE.match(text, after) if document is None else None
        if kind is not None and (described := self.speakers.described.get(kind.group(1))):
            # "X, a plant breeder, …" … "According to the breeder, …"
            return _Frame(m.start, kind.end(), m.start, m.end, described, 0.8, _Kind.ACCORDING)
        if kind is not None and kind.group(1) in _BODY_KINDS:  # "according to the institute"
            body = self.speakers.descriptor(Actor(" ".join(kind.group().split()), named=False))
            return _Frame(m.start, kind.end(), m.start, m.end, body, 0.8, _Kind.ACCORDING)
        if document is None:
            return None
        noun = _WORD.match(text, document[2])
        seen = noun is not None and _SEEN_BY.match(text, noun.end()) is not None
        if noun is not None and (seen or noun.group().lower() in _RECORDS):
            # the record as written; one "seen by Dawn" is the outlet's to show, not to issue
            record = Actor(" ".join(text[document[0] : document[1]].split()), named=False)
            return _Frame(m.start, document[1], m.start, m.end, record, 0.8, _Kind.ACCORDING)
        owner = self._owner(text, document, index)
        if owner is None:
            return None
        return _Frame(m.start, document[1], m.start, m.end, owner, 0.85, _Kind.ACCORDING)

    def _subject(
        self, text: str, end: int, verb: int, index: _Index, gap: str
    ) -> tuple[Actor, float, int] | None:
        """The subject of the verb at ``verb``, its last word ending at ``end``.

        ``gap`` is the punctuation between subject and verb, if any (an appositive's comma).
        Returns ``(actor, sureness, start)``, or None.
        """
        mention = index.ending(end)
        if gap not in ("", ","):
            return None
        # "the X Institute at the university said": the unit of the university named before
        seat_at = (
            text.rfind(" at the ", max(0, end - 20), end)
            if text.endswith(_SEAT_NOUNS, 0, end)
            else -1
        )
        unit = index.ending(seat_at) if seat_at >= 0 else None
        seated = None if unit is None else self._seat_taken_up(text, unit, seat_at)
        if unit is not None and seated is not None and seated[1] == end:
            return seated[0], 0.9, _with_determiner(text, unit.start)
        if gap and mention is None and "including" in text[max(0, end - 160) : end]:
            included = _INCLUDING.search(text, max(0, end - 160), end)
            if included is not None:  # "Chinese producers, including X's operators, warned"
                end, gap = included.start(), ""
                mention = index.ending(end)
        if text.startswith("learn", verb):  # "…, APP learnt.", "…, The Daily X has learnt."
            agency = _AGENCY.search(text, max(0, verb - 50), verb)
            if agency is None:
                return None
            name = " ".join(agency.group("agency").split())
            return Actor(name, organization=name), 0.8, agency.start("agency")
        anonymous = None if gap else _anonymous_source(text, end)
        if anonymous is not None:  # "a person familiar with the matter said"
            start = anonymous
            return Actor(" ".join(text[start:end].split()), named=False), 0.75, start
        if gap:  # "Ahsan Iqbal, who leads the delegation, said"
            comma = text.rfind(",", max(0, end - 160), end)
            comma = _past_which(text, comma, index)
            member = _member_before(text, _back_blanks(text, comma)) if comma > 0 else None
            if member is not None:  # "One of them, who asked not to be named, said"
                return member
            appositive = index.covering(_back_blanks(text, comma)) if comma > 0 else None
            if appositive is None and comma > 0:  # "an expert on South Asian affairs, who …,"
                appositive = index.before_tail(text, comma)
            if appositive is None and comma > 0:
                lone = self._lone_subject(text, _back_blanks(text, comma))
                if lone is not None:  # "Karim, in a statement, said", "She, in turn, said"
                    return lone
            usable = appositive is not None and not _vague(appositive.actor)
            aside = _WORD.match(text, _skip_blanks(text, comma + 1)) if usable else None
            if aside is not None and aside.group() in _AUDIENCE_ADVERBIALS:
                mention = None  # "The company, in a letter to the authority, said": no title
            relative = text.startswith((" who ", " which "), comma + 1)
            describing = (  # "The adviser, herself an engineer, said": the adviser speaks
                mention is not None
                and not mention.actor.named
                and _DESCRIBING.match(text, comma + 1) is not None
            )
            if usable and appositive is not None and not appositive.actor.named:
                led = self._represented(text, appositive, index)
                if led is not None:  # "The Chinese side, represented by X at the talks, said"
                    return led, 0.9, _with_determiner(text, appositive.start)
            if (
                appositive is not None
                and usable
                and (
                    appositive.actor.named
                    or mention is None
                    or _plural(appositive.actor)
                    or relative  # "The prime minister, who was accompanied by ministers, said"
                    or describing
                )
            ):
                speaker, sure = self._resolve(appositive.actor)
                if mention is not None and not mention.actor.named and speaker.role is None:
                    title = mention.actor  # ", the minister,", ", director of the PPIB,"
                    body = speaker.organization or title.organization
                    speaker = attrs.evolve(speaker, role=title.role, organization=body)
                start = _with_determiner(text, _with_owner(text, appositive.start))
                speaker = _as_written(text, appositive, speaker, start, _back_blanks(text, comma))
                return speaker, sure * 0.95, start
            if mention is None or not (mention.actor.named or mention.actor.role):
                return None
        described = index.before_tail(text, end) if mention is None else None
        if (
            described is not None
            and _is_body(described.actor)
            and _AT_SITE.fullmatch(text, described.end, end)
        ):  # "…, the X Institute of Technology at Taxila announced": the body's whole name
            name = " ".join(text[described.start : end].split())
            site = self.speakers.know(attrs.evolve(described.actor, name=name, organization=name))
            return site, 0.9, _with_determiner(text, described.start)
        if described is not None and not described.actor.named:
            mention = described  # "traders at the market said": no name ends the phrase
        if mention is not None:
            if _vague(mention.actor):
                return None
            if not mention.actor.named and text.endswith(_GUESTS, 0, end):
                return self._guest(text, end)  # the finder may read "the guest" as a descriptor
            if not mention.actor.named and "-year-old" in text[max(0, mention.start - 16) : end]:
                aged = _AGED.search(text, max(0, end - 80), end)  # "the 28-year-old engineer"
                if aged is not None and _opens_clause(text, aged.start()):
                    return self._aged(text, aged, end), 0.75, aged.start()
            group = index.before_tail(text, mention.start)  # "traders from X said"
            housing = None
            if group is not None and _plural(group.actor):
                if mention.actor.named and _is_body(mention.actor):
                    in_body = _IN_BODY.fullmatch(text, group.end, mention.start)
                    housing = mention.actor if in_body is not None else None
                mention = group
            elif (inside := _source_in(text, mention)) is not None:
                return inside[0], 0.75, inside[1]  # "A source in the Planning Ministry told"
            elif not mention.actor.named:  # "a spokesperson for the mayor said": the spokesperson
                mention = _descriptor_of(text, index, mention) or mention
            speaker, sure = self._resolve(mention.actor)
            start = lead = _with_determiner(text, mention.start)
            modified = _bare_start(text, start) if speaker is mention.actor else start
            if modified < start and _plural(speaker):  # "…, but port officials said": as written
                start = modified
            counted = _counted(text, start)
            if counted is not None and not (speaker.named and speaker is not mention.actor):
                # "one of the officials", as written even when "the officials" is taken up
                start = counted.start()
            elif speaker is mention.actor and not speaker.named and start == mention.start:
                determined = _determiner_start(text, start, _DETERMINED)  # "a port official"
                start = start if determined is None else determined
            if start < lead:
                speaker = attrs.evolve(speaker, name=" ".join(text[start : mention.end].split()))
            speaker = _as_written(text, mention, speaker, start, end)
            if housing is not None:  # "Sources in the Ministry of Planning said": its sources
                speaker = attrs.evolve(speaker, organization=housing.organization)
            lead = _document_lead(text, start)  # "a statement from X said": the document
            if lead < start:
                speaker = _written_issuer(" ".join(text[lead:end].split()), speaker)
            return speaker, sure, lead
        near = text[max(0, end - 100) : end].lower()  # cheap tests before the word scans
        topical = (
            _TOPICAL_BODY.search(text, max(0, end - 100), end)
            if (" on " in near or " for " in near) and any(b in near for b in _PANELS)
            else None
        )
        if topical is not None and _opens_clause(text, topical.start()):
            # "The committee on power tariffs reported that": the body, not its topic
            name = " ".join(topical.group().split())
            return Actor(name, named=False), 0.8, topical.start()
        member = _member_before(text, end)
        if member is not None:  # "one of them said"
            return member
        taken = self.speakers.taken_up(text, end) if "the " in near[-30:] else None
        if taken is not None:  # "… people familiar with the matter said … the people said"
            counted = _counted(text, taken[1])
            if counted is not None:  # "one of the people said": that member, as written
                start = counted.start()
                return Actor(" ".join(text[start:end].split()), named=False), 0.8, start
            return taken[0], 0.8, taken[1]
        of_kind = self._body_noun(text, end) if "the " in near[-20:] else None
        if of_kind is not None:  # "…, the board said": the board named last
            return of_kind
        named = self._spelt_body(text, end) if near.endswith(")") else None
        if named is not None:  # "…, the Inter-Services Public Relations (ISPR) said"
            return named
        guest = self._guest(text, end) if near.endswith(_GUESTS) else None
        if guest is not None:  # "The Chinese guest said": the visitor the host received
            return guest
        bare = None
        if _strong_at(text, verb) or _that_after(text, verb):
            # "Freight forwarders said", "An agronomist in Multan said", "producers warned that"
            bare = _definite_noun(text, end) if "the " in near[-48:] else None
            if bare is not None and (kind := near[near.rfind(" ") + 1 :]) in _BODY_KINDS:
                named_body = self.speakers.body(kind, named=True)
                if named_body is not None:  # "…, the military-run operator said": the body named
                    return named_body, 0.8, bare
            bare = _bare_plural(text, end) if bare is None else bare
            if bare is None and ("s of " in near[-90:] or "men of " in near[-90:]):
                bare = _plural_of(text, end)  # "representatives of the Chinese firms told"
            if bare is None and ("a " in near or "an " in near):
                bare = _indefinite_agent(text, end)
        if bare is not None:
            return Actor(" ".join(text[bare:end].split()), named=False), 0.7, bare
        outlet = _outlet_before(text, end) if text.startswith("report", verb) else None
        if outlet is not None:  # "…, Samaa News reported on Monday": the outlet reports
            name = " ".join(text[outlet:end].split())
            return Actor(name, organization=name), 0.8, outlet
        words = _words_before(text, end, 1)
        if words and words[0][1] == end:
            start, _, word = words[0]
            key = word.lower()
            if key in _PRONOUNS:
                resolved = self._fronted_subject(text, start, index, key)
                if resolved is None:
                    resolved = self.speakers.pronoun(key, opening=self._opening(text, start))
                if resolved is not None:
                    return resolved, 0.9, start
                return None  # a pronoun with no antecedent says nothing about who spoke
            if word[0].isupper():
                known = self.speakers.by_word.get(key)
                if known is not None:  # "…, the ISPR said": its "the" is the frame's
                    return self.speakers.know(known), 0.95, _with_determiner(text, start)
                the = _with_determiner(text, start)
                if (
                    the < start
                    and word.isupper()
                    and _strong_at(text, verb)
                    and _opens_frame(text, the)
                ):  # "…, the NHA told APP": a body by its abbreviation alone, or the one
                    spelt = self.speakers.spelt(word)  # it spells ("the FO" a Foreign Office)
                    return spelt or Actor(word, organization=word), 0.8, the
                place = lookup_place(word)
                if place is not None and place.country == place.name:  # "China has said"
                    pair = _country_pair(text, start)
                    if pair is not None:  # "Pakistan and China agreed": both, as written
                        return Actor(" ".join(text[pair:end].split()), named=False), 0.9, pair
                    return Actor(place.name, country=place.name), 0.9, start
                if text.startswith("report", verb):  # "Xinhua reported": an outlet
                    return Actor(word, organization=word), 0.8, start
                if place is None and key not in _NOT_SUBJECTS and _strong_at(text, verb):
                    if _opens_frame(text, start):
                        return Actor(word), 0.7, start  # "“…,” Raza said": a name never whole
                    run = _capitalised_run(text, start, end)
                    if run is not None:  # "China Harbour said", "Harbin Electric told APP"
                        return Actor(" ".join(text[run:end].split())), 0.7, run
        aged = _AGED.search(text, max(0, end - 80), end) if "-year-old" in near else None
        if aged is not None and _opens_clause(text, aged.start()):
            return self._aged(text, aged, end), 0.75, aged.start()
        document = _document_before(text, end, verb)
        if document is not None:
            owner = self._owner(text, document, index)
            if owner is not None:
                return owner, 0.85, document[0]
        return None

    def _seat_taken_up(self, text: str, unit: Mention, end: int) -> tuple[Actor, int] | None:
        """``the Confucius Institute at the university``: the unit of the seat named before.

        A named unit of a seat of learning (an institute, centre, school, department) ending at
        ``end`` before ``at the university`` (``varsity``, ``college``) is one body with the
        latest university (college) the article named: its full name, as ``the X Institute at
        Y University`` written out would be, and where the phrase ends; the unit alone when
        the article named no such seat.
        """
        seat = _AT_SEAT.match(text, end) if text.startswith(" at the ", end) else None
        actor = unit.actor
        if seat is None or not actor.named or not _is_body(actor):
            return None
        if _SEAT_UNITS.isdisjoint(actor.name.lower().split()):
            return None
        named = self.speakers.body(seat.group(1), named=True)
        if named is None or named.name == actor.name:
            return self.speakers.know(actor), seat.end()
        first = named.name.split()[0]
        place = lookup_place(first)  # "at Karachi University", "at the University of Karachi"
        name = f"{actor.name} at {'' if place is not None else 'the '}{named.name}"
        return self.speakers.know(Actor(name, organization=name, country=actor.country)), seat.end()

    def _represented(self, text: str, descriptor: Mention, index: _Index) -> Actor | None:
        """``The Chinese side, represented by X, said``: X, a person named before, speaks for it.

        So for a side, team or delegation ``led by``/``headed by`` X: the descriptor's own
        appositive names who spoke for it, more surely than the latest person of its country.
        """
        by = _REPRESENTED.match(text, descriptor.end)
        if by is None or _head(descriptor.actor)[1] not in _REPRESENTED_HEADS:
            return None
        mention = index.starting(by.end())
        if mention is not None and mention.actor.named and _is_person(mention.actor):
            return self._resolve(mention.actor)[0]
        word = _WORD.match(text, by.end())
        known = None if word is None else self.speakers.by_word.get(word.group().lower())
        return None if known is None or not _is_person(known) else self.speakers.know(known)

    def _body_noun(self, text: str, end: int) -> tuple[Actor, float, int] | None:
        """``the board`` ending at ``end``, which the finder left out: its kind's body named last.

        Else the descriptor as written. Returns the actor, how sure, and where it starts.
        """
        words = _words_before(text, end, 2)
        if len(words) < 2 or words[1][1] != end or words[0][2] not in ("the", "The"):
            return None
        noun = words[1][2]
        if noun not in _BODY_KINDS or text[words[0][1] : words[1][0]].strip():
            return None
        found = self.speakers.body(noun, named=True)
        if found is not None:
            return found, 0.85, words[0][0]
        return Actor(f"{words[0][2]} {noun}", organization=noun, named=False), 0.75, words[0][0]

    def _spelt_body(self, text: str, end: int) -> tuple[Actor, float, int] | None:
        """``the Water Board (WB)`` ending at ``end``: a body its abbreviation spells.

        The finder does not know every body; capitalised words whose initials give the bracketed
        letters (``Inter-Services Public Relations (ISPR)``) name one, which is remembered (so
        ``the ISPR`` and ``according to the statement`` find it later). Returns the body, how
        sure, and where its phrase starts.
        """
        bracket = text.rfind("(", max(0, end - 14), end)
        abbreviation = _ABBREVIATED.fullmatch(text, bracket, end) if bracket > 0 else None
        if abbreviation is None:
            return None
        words = _words_before(text, _back_blanks(text, bracket), 8)
        start = None
        for n in range(len(words) - 1, -1, -1):
            word = words[n][2]
            if n + 1 < len(words) and text[words[n][1] : words[n + 1][0]].strip():
                break  # punctuation: the name ends
            if word[0].isupper():
                name = text[words[n][0] : words[-1][1]]
                if _spells(abbreviation.group(1), name):
                    start = words[n][0]
            elif word not in _ROLE_SMALL_WORDS or word == "the":
                break
        if start is None or not _opens_clause(text, _with_determiner(text, start)):
            return None
        name = " ".join(text[start : words[-1][1]].split())
        body = self.speakers.know(Actor(name, organization=name))
        self.speakers.abbreviated(text[start:end], body)
        return body, 0.9, _with_determiner(text, start)

    def _guest(self, text: str, end: int) -> tuple[Actor, float, int] | None:
        """``the (Chinese) guest`` ending at ``end``: the latest person named but the host.

        The host is the last speaker. Guests in the plural, or before any host spoke (``X
        called on Y``: either may be the guest), are the descriptor as written; ``the chief
        guest`` is who the article said was the chief guest, if it did. Returns the
        actor, how sure, and where the descriptor starts.
        """
        words = _words_before(text, end, 3)
        starts = [w[0] for w in words[:-1] if w[2] in ("the", "The")]
        if not starts or not _opens_clause(text, starts[-1]):
            return None
        start = starts[-1]
        chief = self.speakers.chief_guest
        if chief is not None and words[-2][2].lower() == "chief":
            return chief, 0.85, start  # "X was the chief guest. … the chief guest said"
        host = self.speakers.spoke[-1].name if self.speakers.spoke else None
        recent = itertools.islice(reversed(self.speakers.mentioned), _NEAR)
        if host is not None and not text.endswith("s", 0, end):
            for actor in recent:
                if actor.name != host and _is_person(actor):
                    return actor, 0.8, start
        return Actor(" ".join(text[start:end].split()), named=False), 0.7, start

    def _lone_subject(self, text: str, end: int) -> tuple[Actor, float, int] | None:
        """``he``/``she`` or a name met before that ends at ``end`` and opens its clause."""
        words = _words_before(text, end, 1)
        if not words or words[0][1] != end or not _opens_clause(text, words[0][0]):
            return None
        start, _, word = words[0]
        key = word.lower()
        if key in ("he", "she"):
            resolved = self.speakers.pronoun(key, opening=start == 0)
            return None if resolved is None else (resolved, 0.85, start)
        known = self.speakers.by_word.get(key) if word[0].isupper() else None
        return None if known is None else (self.speakers.know(known), 0.9, start)

    def _aged(self, text: str, aged: "re.Match[str]", end: int) -> Actor:
        """``the 34-year-old mother of three``: the person last named, else as written.

        A definite description by age takes up someone the article has named (of the gender
        its noun gives, if any); an indefinite one introduces someone new.
        """
        written = Actor(" ".join(text[aged.start() : end].split()), named=False)
        if aged.group(1).lower() != "the":
            return written
        noun = (aged.group(2) or "").lower()
        gender = "f" if noun in _WOMEN else "m" if noun in _MEN else ""
        for actor in itertools.islice(reversed(self.speakers.mentioned), _NEAR):
            if actor.name.rsplit(None, 1)[-1].lower() in _FEATURES:
                continue  # "the Arabian Sea", "X Solar Park" are read as names, but are no one
            if _is_person(actor) and self.speakers.gender.get(actor.name, gender) == gender:
                if gender:
                    self.speakers.gender.setdefault(actor.name, gender)
                return actor
        return written

    def _aged_after(self, text: str, at: int) -> tuple[Actor, int] | None:
        """A person described by age after an inverted verb (``said a 40-year-old mechanic``)."""
        if not text.startswith(("a ", "an ", "the ", "A ", "An ", "The "), at):
            return None
        end = _phrase_end(text, at)
        aged = _AGED.match(text, at, end)
        return None if aged is None else (self._aged(text, aged, end), end)

    def _fronted_subject(self, text: str, at: int, index: _Index, word: str) -> Actor | None:
        """``When Senator X toured the port, she said``: the fronted clause's subject, X.

        A pronoun just after the comma closing a unit's opening subordinate clause refers to
        the person that clause opens with, when their gender does not rule them out.
        """
        first = _WORD.match(text)
        gender = _PRONOUNS[word]
        if first is None or first.group().lower() not in _SUBORDINATORS or not gender:
            return None
        if text[_back_blanks(text, at) - 1 : at].strip() != ",":
            return None
        mention = index.starting(_skip_blanks(text, first.end()))
        if mention is None or not mention.actor.named or not _is_person(mention.actor):
            return None
        actor = self.speakers.know(mention.actor)
        if self.speakers.gender.get(actor.name, gender) != gender:
            return None
        self.speakers.gender[actor.name] = gender
        return actor

    def _opening(self, text: str, at: int) -> bool:
        """True for a word that opens its unit or follows the quote opening it (``“…,” he``)."""
        end = self.opening_quote
        if at == 0 or end is None:
            return at == 0
        return 0 < at - end <= 4 and not text[end + 1 : at].strip(" \t,")

    def _opening_subject(self, text: str, index: _Index) -> tuple[Actor, float] | None:
        """The subject a unit opens with (``Sharif thanked Xi and said``), if it has one.

        A fronted adverbial may come first (``On Monday, X thanked Y, saying``). With no name,
        group or pronoun there, a determined noun phrase up to its verb speaks as written
        (``Recently, some Western media outlets have hyped …, claiming that``).
        """
        at = _subject_start(text)
        # A descriptor starts at its determiner (``The envoy``), a name after it.
        mention = index.starting(at) or index.starting(_with_determiner_after(text, at))
        group = _opening_group(text[at:]) if _bare_group(mention) else None
        if group is not None and (mention is None or len(group.name) > mention.end - mention.start):
            return group, 0.75  # "Shopkeepers and transporters in Turbat have …": all of it
        first = _WORD.match(text, at)
        key = "" if first is None else first.group().lower()
        if mention is not None:
            phrase = _opening_phrase(text[at:]) if key in _PHRASE_OPENERS else None
            if phrase is not None and at + len(phrase.name) > mention.end:
                return phrase, 0.7  # "The Orange Line operator has sought": not the line
            return self._resolve(mention.actor)
        if first is None:
            return None
        if key in ("he", "she"):
            resolved = self.speakers.pronoun(key, opening=True)
            return None if resolved is None else (resolved, 0.85)
        known = self.speakers.by_word.get(key)
        if known is not None:
            return self.speakers.know(known), 0.9
        phrase = _opening_phrase(text[at:]) if key in _PHRASE_OPENERS else None
        return None if phrase is None else (phrase, 0.7)

    def _owner(self, text: str, document: tuple[int, int, int], index: _Index) -> Actor | None:
        """Who issued a document ``(phrase start, phrase end, noun start)``.

        The issuer the document's own phrase or clause names (remembered, so that a later ``the
        statement`` is theirs too); else, unless the document is a joint one, the latest body
        of the kind a possessor names (``the company's website``; ``its website`` any body);
        else who last spoke in or
        issued such a document (``X said in a statement``, ``X issued a statement``) when the
        document is definite; else the latest body that spoke; else the document as a
        descriptor. A body only mentioned issued nothing the article says.
        """
        start, end, noun = document
        kind = _WORD.match(text, noun)
        key = kind.group().lower() if kind is not None else ""
        phrase = " ".join(text[start:end].split())
        found = self._named_owner(text, document, index)
        if found is not None:
            named, written = found
            if named.named:
                self.speakers.issuers[key] = named
            if written < 0:  # "X issued a statement saying": X
                return named
            return _written_issuer(" ".join(text[start:written].split()), named)
        if _find_word(text, "joint", start, noun) >= 0:  # "a joint statement": no one body's
            return Actor(phrase, named=False)
        owner_noun = _POSSESSOR.search(text, start, noun)
        if owner_noun is not None:  # "the company's website": the latest body of that kind
            return self.speakers.body(owner_noun.group(1).lower()) or Actor(phrase, named=False)
        if text.startswith(("its ", "Its "), start):
            return self.speakers.body() or Actor(phrase, named=False)  # "its website"
        earlier = self.speakers.issuers.get(key)
        if earlier is not None and phrase.lower().startswith("the "):
            return earlier  # "X said in a statement …" then "according to the statement"
        body = self.speakers.spoken_body()
        return body or (Actor(phrase, named=False) if phrase else None)

    def _named_owner(
        self, text: str, document: tuple[int, int, int], index: _Index
    ) -> tuple[Actor, int] | None:
        """The issuer a document's phrase or clause names, and where the phrase naming it ends.

        The end is -1 when the clause around the document names the issuer. In order: ``a
        Foreign Office statement``, ``a company statement`` (the company named before, which the
        phrase only describes), ``a statement issued by X``, ``a statement from X`` (the
        phrase's own, like the first), ``X issued a statement saying``, ``he in a statement``,
        ``in a statement`` after the unit's opening subject; a body named before by its kind
        alone (``a press release issued by the authority``).
        """
        start, end, noun = document
        before = index.ending(_back_blanks(text, noun))  # not "an official" in "an official …"
        kind = _head(before.actor)[1] if before is not None and not before.actor.named else ""
        if kind in _BODY_KINDS and (body := self.speakers.body(kind, named=True)) is not None:
            return body, -1  # "a company statement": the company named before, by name
        candidates = [before if before is None or _is_issuer(before.actor) else None]
        word = _WORD.match(text, noun)
        ends = [noun if word is None else word.end()]  # "a Foreign Office statement", as written
        by = _find_word(text, "by", noun, end)
        if by >= 0:
            candidates.append(index.starting(_with_determiner_after(text, by + 2)))
            ends.append(-1 if candidates[-1] is None else candidates[-1].end)
            by_kind = _BY_THE.match(text, by) if candidates[-1] is None else None
            if by_kind is not None and by_kind.group(1) in _BODY_KINDS:
                body = self.speakers.body(by_kind.group(1), named=True)
                if body is not None:  # "issued by the authority": the authority named before
                    return body, -1
                titled = self.speakers.titled_body(by_kind.group(1))
                if titled is not None:  # named only in a title ("chairman of the X Authority"):
                    return titled, by_kind.end()  # the document as written, the body its own
        sender = _FROM.match(text, noun)  # "a statement from the Foreign Office": the sender
        if sender is not None:
            candidates.append(index.starting(_with_determiner_after(text, sender.end())))
            ends.append(-1 if candidates[-1] is None else candidates[-1].end)
        issuer = _ISSUED.search(text, max(0, start - 40), start)
        if issuer is not None:
            candidates.append(index.ending(_back_blanks(text, issuer.start())))
            ends.append(-1)
            pronoun = _words_before(text, _back_blanks(text, issuer.start()), 1)
            if pronoun and pronoun[0][2].lower() in ("he", "she"):
                speaker = self.speakers.pronoun(pronoun[0][2].lower())
                return None if speaker is None else (speaker, -1)
        for mention, written in zip(candidates, ends, strict=True):
            if mention is not None and not _vague(mention.actor):
                return self._resolve(mention.actor)[0], written
        if issuer is not None and issuer.group("in"):
            opener = self._opening_subject(text, index)
            if opener is not None:
                return opener[0], -1
        return None

    # -- contents

    def _contents(self, unit: _Unit, frames: Sequence[_Frame]) -> None:
        """What each frame of a unit reports: quotes and clauses, before or after it.

        A frame reports the quote that closes just before it, else what follows it, else (when
        the clause ends with it) the clause before it. Continuations and clause-final frames
        *cut*: a clause reported forwards stops at the next cut, while a nested frame inside it
        (``X said the ministry issued a statement saying Y``) reports its own part as well.
        """
        text = unit.text
        if len(frames) > 1:  # "X said China values A and hopes B": one statement
            frames = [
                f
                for f, g in zip(frames, (None, *frames[:-1]), strict=True)
                if not _clause_attitude(text, g, f)
            ]
        continuing = {f.start for f in frames if f.kind is _Kind.CONTINUATION}
        coordinated = {c for f in frames if (c := _coordinated(text, f)) is not None}
        cuts = sorted(continuing | coordinated)
        reads: list[tuple[_Frame, str, _Quote | tuple[StatementKind, int, int] | None]] = []
        reported = 0  # where the last clause reported forwards ends
        quoting = bool(unit.quotes)  # most units quote nothing: no quote to look up
        for frame in frames:
            verb = frame.verb(text)
            if verb.lower() in _ATTITUDES and (
                frame.start < reported or _reported_back(text, frame, frames)
            ):
                continue  # "X told senators that the Chinese side hoped B": B is X's
            quote = None
            if quoting and frame.kind in (_Kind.SUBJECT, _Kind.INVERTED, _Kind.ACCORDING):
                quote = _quote_ending_before(unit, frame.start)  # "“A,” according to X"
            forward = None
            if quote is None:
                forward = _forward(unit, frame, _next_cut(cuts, frame, len(text)), verb)
            if forward is not None:
                reported = max(reported, forward[2])
            if quote is not None or forward is not None:
                reads.append((frame, verb, quote or forward))
            elif self._introduces(unit, frame):
                self.carry = (frame.speaker, verb)  # "She said:" ¶ "“…”": the quote is hers
            elif (
                frame.kind is not _Kind.CONTINUATION
                and verb.lower() not in _QUOTE_ONLY
                and (
                    _ends_clause(text, frame.end, verb)
                    or _trailing(text, frame)
                    or _skip_blanks(text, frame.end) in continuing
                    or (frame.kind is _Kind.ACCORDING and _closes_unit(text, frame))
                )
            ):
                reads.append((frame, verb, None))
        backward = {_backward_start(text, f) for f, _, what in reads if what is None}
        cuts = sorted(continuing | coordinated | backward)  # "B, its chairman X said": at "its"
        floor = 0
        previous: _Frame | None = None
        for frame, verb, what in reads:
            limit = _next_cut(cuts, frame, len(text))
            if isinstance(what, _Quote):
                self._direct(unit, what, frame, verb)
                floor = self._after_frame(unit, frame, limit, verb)
            elif what is not None:
                kind, start, end = what
                end = min(end, limit)
                inside = unit.quote_around(frame.start) if quoting else None
                if inside is not None:  # "“… X has assured us that B,” he said": B ends there
                    stop = _SENTENCE_END.search(text, start, inside.end)
                    end = min(end, inside.end if stop is None else stop.start() + 1)
                if frame.kind is _Kind.OPENING:  # "Saying X, he said Y": X ends at the comma
                    comma = text.find(",", start, limit)
                    end = floor = limit if comma < 0 else comma
                elif end - start > _LONG_CLAUSE:  # no nesting that deep: stop at the next frame
                    end = _next_cut(sorted(f.start for f in frames), frame, end)
                if kind is _INDIRECT and text.find(" and ", start, end) >= 0:
                    end = _own_act_cut(text, start, end)
                found = len(self.out)
                self._content(unit, kind, start, end, frame, verb)
                if inside is not None:
                    self.quoted.update(range(found, len(self.out)))
            elif not (verb in _OUTLET_VERBS and len(frames) > 1):  # outlets: sole sources only
                before = _backward_start(text, frame)
                clause = _trim_clause(text, _past_linking(text, floor), before)
                # "A, she said": a clause before its frame is set off by punctuation, else it
                # is the subject's own modifier ("Pakistan's state-run power company said").
                set_off = before > 0 and text[before - 1] in ",;:—–-”\"’'"
                doubled = (  # "X said that A, he said": one statement, not two; so with
                    previous is not None  # "X said A, according to a press release"
                    and previous.start >= floor
                    and (previous.speaker == frame.speaker or frame.kind is _Kind.ACCORDING)
                )
                if clause is not None and (
                    _subject_only(text, clause, frame.end)  # "A, he said, had B"
                    or _fronted_adverbial(text, clause, frame.end)  # "Later, he said, B"
                ):
                    floor = self._after_frame(unit, frame, limit, verb)
                elif clause is not None and clause[1] - clause[0] >= 12 and set_off and not doubled:
                    speaker = self._company(text, clause[0], frame.speaker)
                    self._emit(unit, clause, speaker, _INDIRECT, verb, 0.85 * frame.sure)
                    floor = self._after_frame(unit, frame, limit, verb)
            previous = frame
        for frame in frames:
            if frame.kind in (_Kind.INVERTED, _Kind.ACCORDING):
                self._who_said(unit, frame)
            if not frame.speaker.named:
                continue
            document = _IN_DOCUMENT.match(text, _skip_blanks(text, frame.end))
            if document is not None:  # "X said in a statement"
                self.speakers.issuers[document.group("document").lower()] = frame.speaker

    def _company(self, text: str, start: int, speaker: Actor) -> Actor:
        """``X Seed Industry has supplied …, the company said``: X, the clause's subject.

        An unresolved ``the company``/``the firm`` after the clause it reports is the company
        that clause opens with, when the finder did not know its name: two to six capitalised
        words (after a ``Lahore-based``) before a lower-case verb, neither a name met before nor
        a place. It is remembered as a company.
        """
        if speaker.named or _head(speaker)[1] not in _FIRMS:
            return speaker
        name = _COMPANY_SUBJECT.match(text, start)
        if name is None or name.group(1).split()[0].lower() in _NOT_SUBJECTS:
            return speaker
        company = " ".join(name.group(1).split())
        if company.lower() in self.speakers.by_word or lookup_place(company) is not None:
            return speaker  # a person or body the finder read, or a place: no unknown company
        self.speakers.companies.add(company)
        return self.speakers.know(Actor(company, organization=company))

    def _who_said(self, unit: _Unit, frame: _Frame) -> None:
        """``…, according to X, who said B`` (or a body's ``which warned that B``): B is X's too."""
        text = unit.text
        which = (
            _WHICH_SAID.match(text, frame.end) if text.startswith(", which", frame.end) else None
        )
        if which is not None:  # "…, according to the Forum, which warned this week that B"
            clause = _trim_clause(text, which.end(), len(text))
            if clause is not None:
                verb = which.group("verb")
                self._emit(unit, clause, frame.speaker, _INDIRECT, verb, 0.8 * frame.sure)
            return
        if text.find(" who ", frame.verb_end, frame.end) < 0:
            return
        who = _WHO_SAID.search(text, frame.verb_end, frame.end)
        clause = None if who is None else _trim_clause(text, who.end(), frame.end)
        if who is not None and clause is not None:
            self._emit(unit, clause, frame.speaker, _INDIRECT, who.group("verb"), 0.8 * frame.sure)

    def _introduces(self, unit: _Unit, frame: _Frame) -> bool:
        """True for a frame that ends its paragraph with a colon (``She said:``).

        What it reports is the quotation that opens the next paragraph.
        """
        text = unit.text
        colon = _skip_blanks(text, frame.end)
        if not text.startswith(":", colon) or text[colon + 1 :].strip():
            return False
        paragraph = self.article.paragraphs[unit.paragraph]
        return unit.start + colon + 1 >= paragraph.span.start + len(paragraph.text.rstrip())

    def _content(
        self, unit: _Unit, kind: StatementKind, start: int, end: int, frame: _Frame, verb: str
    ) -> None:
        """Emit what a frame reports forwards: a quote, or the clause ``[start, end)``."""
        quote = unit.quote_at(start) if kind is _DIRECT else None
        if quote is not None:
            self._direct(unit, quote, frame, verb)
            return
        text = unit.text
        act = _SPEAKERS_ACT.search(text, start, end)  # "…, but gave no details"
        if act is not None:
            end = act.start()
        clause = _trim_clause(text, start, end)
        if clause is not None:
            self._emit(unit, clause, frame.speaker, kind, verb, 0.9 * frame.sure)

    def _after_frame(self, unit: _Unit, frame: _Frame, limit: int, verb: str) -> int:
        """``A, he said, B``: what goes on after the frame is a second statement."""
        text = unit.text
        if not text.startswith(",", frame.end):
            return frame.end
        start = _skip_blanks(text, frame.end + 1)
        quote = unit.quote_at(start + 1)
        if quote is not None:
            self._direct(unit, quote, frame, verb)
            return quote.end
        word = _WORD.match(text, start)
        if word is not None and word.group().lower() in _JOINING:
            subject = _WORD.match(text, _skip_blanks(text, word.end()))
            if subject is not None and (
                subject.group().lower() in _SUBJECT_OPENERS or _clause_subject(text, subject)
            ):
                start, word = subject.start(), subject
        if (
            word is None
            or word.group().lower() in _NOT_CONTINUING
            or word.group().endswith(("ing", "ly"))
            or (frame.kind is _Kind.INVERTED and word.group().lower() in _SINGULAR)
            or (frame.kind is _Kind.INVERTED and _possessed_title(text, word, limit))
            or (frame.kind is _Kind.INVERTED and _FINITE.search(text, start, limit) is None)
            or _ranking_appositive(text, word, limit)
            or _source_appositive(text[frame.end : limit].rstrip(" \t\r\n."))
            or _FRAME_ADJUNCT.match(text, start) is not None  # "…, X said, a day after B"
        ):
            return frame.end  # "said X, (a) technician of Y": X's appositive, no statement
        clause = _trim_clause(text, start, limit)
        if clause is not None and clause[1] - clause[0] >= 12:
            self._emit(unit, clause, frame.speaker, _INDIRECT, verb, 0.8 * frame.sure)
            return limit
        return frame.end

    def _direct(self, unit: _Unit, quote: _Quote, frame: _Frame, verb: str) -> None:
        for waiting, open_quote in self.pending:  # the open quotes this one continues
            end = _trim_quote(waiting.text, open_quote.start, open_quote.end)
            self._emit(waiting, (open_quote.start, end), frame.speaker, _DIRECT, verb,
                       0.8 * frame.sure)  # fmt: skip
        self.pending.clear()
        end = _trim_quote(unit.text, quote.start, quote.end)
        self._emit(unit, (quote.start, end), frame.speaker, _DIRECT, verb,
                   0.95 * frame.sure)  # fmt: skip
        if not quote.closed:
            self.carry = (frame.speaker, verb)
        self.last_direct = (unit.paragraph, frame.speaker, verb)

    def _emit(
        self,
        unit: _Unit,
        bounds: tuple[int, int],
        speaker: Actor,
        kind: StatementKind,
        verb: str | None,
        confidence: float,
    ) -> bool:
        """Report ``unit.text[start:end]``; False when it is too short or already reported."""
        start, end = bounds
        if unit.text.startswith("(", start) and (tag := _AGENCY_TAG.match(unit.text, start)):
            start = tag.end()  # "(Yicai) April 28 -- A rose, the firm said": the tag is no content
        offsets = (unit.start + start, unit.start + end)
        if end - start < 3 or offsets in self.seen:
            return False
        self.seen.add(offsets)
        span = Span(*offsets)
        text = unit.text[start:end]
        self.out.append(Statement(speaker, kind, text, span, verb, None, round(confidence, 3)))
        return True

    def _when(
        self,
        unit: _Unit,
        contents: Sequence[Span],
        verbs: Sequence[tuple[int, int]] | None = None,
    ) -> When | None:
        """When a unit's statements were made, if it says.

        That is its first time expression outside what the statements report and, given the
        reporting ``verbs``, next to one of them (``said on Monday``, ``on Monday said``).
        """
        text = unit.text
        for start, end, when in find_times(text, self.article.date, Tense.PAST):
            if verbs is not None and not any(_next_to(text, start, end, v) for v in verbs):
                continue
            span = Span(unit.start + start, unit.start + end)
            if not any(s.start < span.end and span.start < s.end for s in contents):
                return attrs.evolve(when, span=span)
        return None


# --- text helpers --------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]++|\.(?=\w))*+")
"""A word: letters, digits, apostrophes and hyphens, with inner dots (``U.S``); letters are
taken a run at a time, which finds the same words faster than one character at a time."""


def _words_before(text: str, end: int, count: int = 6) -> list[tuple[int, int, str]]:
    """Up to ``count`` words that end at or before ``end``, in order (scans a bounded window).

    A short window is tried first: when it holds ``count`` whole words they are the same last
    words the long window gives (scans from any start agree after their first match).
    """
    window = max(0, end - 8 * count)
    found = list(_WORD.finditer(text, window, end))
    if window > 0 and len(found) <= count:
        del found[:1]  # the first may be cut
        if len(found) < count:
            window = max(0, end - 20 * count)
            found = list(_WORD.finditer(text, window, end))
            if window > 0:
                del found[:1]
    return [(m.start(), m.end(), m.group()) for m in found[-count:]]


def _anonymous_after(text: str, at: int) -> tuple[Actor, int] | None:
    """An anonymous source at ``at`` (``people familiar with it``, ``two of the sources``)."""
    if _ANONYMOUS.match(text, at) is not None:
        end = _phrase_end(text, at)
        return Actor(" ".join(text[at:end].split()), named=False), end
    counted = _COUNTED_SOURCES.match(text, at)
    if counted is None:
        return None
    return Actor(" ".join(counted.group().split()), named=False), counted.end()


def _group_after(text: str, at: int) -> tuple[Actor, int] | None:
    """``according to the organizers,``: a group the article has in mind, as written.

    Its head is a plural agent noun right after ``the``, with an ``of`` phrase or none
    (``the organisers of the expo``); a comma or full stop ends it.
    """
    if not text.startswith(("the ", "The "), at):
        return None
    head = _WORD.match(text, at + 4)
    if head is None:
        return None
    end = _phrase_end(text, head.end()) if text.startswith(" of ", head.end()) else head.end()
    if not text.startswith((",", "."), end):
        return None
    key = head.group()
    if not key.islower() or not key.endswith(_AGENT_ENDINGS) or key in _NOT_SOURCES:
        return None
    if key[:-1] in _NOT_AGENTS:
        return None  # "according to the numbers": no one speaks
    return Actor(" ".join(text[at:end].split()), named=False), end


def _bare_group(mention: Mention | None) -> bool:
    """True for no mention, or a plural one (``Shopkeepers``) a longer phrase may go on from."""
    return mention is None or _plural(mention.actor)


def _opening_group(text: str) -> Actor | None:
    """A plural group opening a unit, up to its verb or time: ``Members of the X Assembly``.

    Its head is a plural agent noun (``Members``, ``Lawmakers``) after at most three modifiers
    (``Tribal elders``, ``Chinese independent power producers``) and a count (``Hundreds
    of``); its modifiers run without punctuation up to ``on Tuesday``, an auxiliary (``have``)
    or a past-tense verb (``criticised``).
    """
    words = list(itertools.islice(_WORD.finditer(text), 16))
    start = first = 1 if words and words[0].group() == "The" else 0
    if len(words) > 2 and words[0].group() in _MULTITUDES and words[1].group() == "of":
        start = first = 2  # "Hundreds of fishermen blocked …": the whole count as written
    while first < min(start + 3, len(words) - 1):  # "Tribal elders", "Chinese independent power …"
        key = words[first].group().lower()
        if key.endswith(_AGENT_ENDINGS) or key in _NOT_MODIFIERS:
            break
        if text[words[first].end() : words[first + 1].start()].strip():
            return None
        first += 1
    if len(words) <= first + 1:
        return None
    key = words[first].group().lower()
    if not key.endswith(_AGENT_ENDINGS) or key[:-1] in _NOT_AGENTS or key in _NOT_GROUPS:
        return None
    end = words[first].end()
    for word in words[first + 1 :]:
        if text[end : word.start()].strip():
            return None  # "Members, who …": no plain subject
        key = word.group()
        if (
            _TIME_ADVERBIAL.match(text, word.start())
            or (key.islower() and key.endswith("ed"))
            or key in _IRREGULAR_PASTS
            or _FINITE.fullmatch(key) is not None
        ):
            return Actor(text[:end], named=False)
        end = word.end()
    return None


def _opening_phrase(text: str) -> Actor | None:
    """A determined noun phrase opening ``text`` up to its verb: ``The opposition criticised``.

    After its determiner (``the``, ``a``, ``some`` …), one to five words without punctuation,
    none a pronoun or conjunction, then an auxiliary or a past-tense verb; not a passive one
    (``The plant was inaugurated …, saying``: the plant says nothing). One post-modifier after
    the noun stays in the phrase, up to three words (``A Chinese-run plant in Sahiwal has
    asked …, saying``), and a linking adverb set off by commas before the verb is passed
    over (``The opposition, however, criticised …``); a time before the verb ends the phrase.
    """
    words = list(itertools.islice(_WORD.finditer(text), 10))
    if len(words) < 3:
        return None
    end = after_aside = words[0].end()
    linked = 0  # the words since the post-modifier's preposition, when there is one
    for n, word in enumerate(words[1:], 1):
        gap = text[after_aside : word.start()].strip()
        key = word.group()
        if gap == "," and key.lower() in _LINKING and text.startswith(",", word.end()):
            after_aside = word.end() + 1  # "The opposition, however, criticised …"
            continue
        if gap:
            return None
        after_aside = word.end()
        if n > 1 and _TIME_ADVERBIAL.match(text, word.start()):
            return Actor(text[:end], named=False)  # "The X plant on Tuesday asked …"
        if n - linked > 1 and (
            (key.islower() and key.endswith("ed") and "-" not in key)  # not "coal-fired"
            or key in _IRREGULAR_PASTS
            or _FINITE.fullmatch(key) is not None
        ):
            after = words[n + 1].group() if n + 1 < len(words) else ""
            if key in _PASSIVE and after.endswith("ed"):
                return None
            return Actor(text[:end], named=False)
        if key in _PHRASE_LINKS and n > 1 and not linked:
            linked = n  # "A committee on CPEC has …": the preposition's object follows
        elif linked and n == linked + 1 and key in _ARTICLES:
            pass  # "Chinese firms operating in the zone have …"
        elif key.lower() in _NOT_MODIFIERS or n - linked > (3 if linked else 5):
            return None
        end = word.end()
    return None


def _phrase_end(text: str, at: int) -> int:
    """Where a phrase from ``at`` ends: at the next punctuation, at most 100 characters on."""
    end = min(len(text), at + 100)
    for mark in ',;:.“”"':
        found = text.find(mark, at, end)
        end = end if found < 0 else found
    return _back_blanks(text, end)


def _member_before(text: str, end: int) -> tuple[Actor, float, int] | None:
    """``one of them`` ending at ``end``: a member of a group named before, as written."""
    if not text.endswith(("them", "those", "these"), 0, end):
        return None
    m = _MEMBER.search(text, max(0, end - 30), end)
    if m is None:
        return None
    return Actor(" ".join(m.group().split()), named=False), 0.7, m.start()


def _past_which(text: str, comma: int, index: _Index) -> int:
    """The comma before a named subject's appositive when ``comma`` opens a ``which`` clause.

    ``Liu Bo, the manager of X Builders, which won the tender, told``: the clause is about the
    firm, so the subject is the name before the appositive's comma, when a mention covers it;
    else ``comma`` as it is (``the X Trust, which runs it, said``). A ``who`` clause after a
    body is about the person whose appositive the body ends (``Mr X, Member (North) of the
    Highway Authority, who accompanied Y, said``): that person's comma, when one is named.
    """
    if comma <= 0:
        return comma
    who = text.startswith(" who ", comma + 1)
    if who:
        body = index.covering(_back_blanks(text, comma))
        if body is None or not _is_body(body.actor):
            return comma
    elif not text.startswith(" which ", comma + 1):
        return comma
    before = text.rfind(",", max(0, comma - 120), comma)
    named = index.covering(_back_blanks(text, before)) if before > 0 else None
    if named is None or not named.actor.named or (who and not _is_person(named.actor)):
        return comma
    return before


def _descriptor_of(text: str, index: _Index, mention: Mention) -> Mention | None:
    """The descriptor whose post-modifier ends in the descriptor ``mention``, if one does.

    ``a spokesperson for the chief minister``, ``an aide to the mayor``: the finder reads two
    descriptors; the first, one person, is who speaks (named as written with the second).
    """
    n = bisect.bisect_left(index.starts, mention.start) - 1
    head = index.mentions[n] if n >= 0 else None
    if head is None or head.actor.named or head.actor.role is None or _plural(head.actor):
        return None
    return head if _OF_LINK.fullmatch(text, head.end, mention.start) is not None else None


def _definite_noun(text: str, end: int) -> int | None:
    """Where ``the (modifiers) <noun>`` ending at ``end`` starts, a source no mention found.

    ``…, the military said``, ``the state utility told Dawn``, ``the army's media wing said``:
    a body or person the article means, named as written; its head is a singular lower-case
    noun that names no document or record (``the report said`` is its issuer's), after at most
    three lower-case modifiers or demonyms (``the zone's Chinese developer``), and the phrase
    opens its clause.
    """
    words = _words_before(text, end, 5)
    if len(words) < 2 or words[-1][1] != end:
        return None
    head = words[-1][2]
    if not head.isalpha() or not head.islower() or head.endswith("s") or head in _NOT_HEADS:
        return None
    if head in _NOT_MODIFIERS:
        return None  # "The envoy conveyed greetings and said": "and" is no noun
    for n in range(len(words) - 2, -1, -1):
        if text[words[n][1] : words[n + 1][0]].strip():
            return None
        if words[n][2] in ("the", "The"):
            return words[n][0] if _opens_clause(text, words[n][0]) else None
        modifier = words[n][2]
        if not modifier.islower() and (
            modifier != modifier.title() or demonym_country(modifier) is None
        ):
            return None  # "the hospital's Chinese operator": a demonym modifies it too
        if modifier in _NOT_MODIFIERS or _past_verb(modifier):
            return None
    return None


def _adverbial_only(text: str, end: int) -> bool:
    """True when the unit's text before ``end`` is an adverbial, no clause (``Over the years``).

    It opens with a preposition, time word or subordinator and holds no comma and no verb.
    """
    first = _WORD.match(text, _skip_blanks(text, 0))
    if first is None or first.end() > end:
        return True
    word = first.group().lower()
    if word not in _FRONTED and word not in _SUBORDINATORS and word not in _PREPOSITIONS:
        return False
    return (
        "," not in text[:end]
        and _FINITE.search(text, 0, end) is None
        and not any(_past_verb(w.group()) for w in _WORD.finditer(text, 0, end))
    )


def _past_verb(word: str) -> bool:
    """True for a word that looks like a past tense (``conveyed``), not ``state-owned``."""
    return word.endswith("ed") and "-" not in word


def _bare_plural(text: str, end: int) -> int | None:
    """Where a bare plural source ending at ``end`` starts (``Freight forwarders``), if any.

    Its head is an agent noun (``-ers``, ``-ists``, ``-men`` …) that no mention found; with its
    modifiers it must open a clause.
    """
    if not text[max(0, end - _AGENT_REACH) : end].lower().endswith(_AGENT_ENDINGS):
        return None  # a cheap test before the word scan: no agent noun ends here
    words = _words_before(text, end, 1)
    if not words or words[0][1] != end:
        return None
    head_start, _, head = words[0]
    key = head.lower()
    if not key.endswith(_AGENT_ENDINGS) or key in _NOT_MODIFIERS or key in _NOT_SOURCES:
        return None
    if head[0].isupper() and head_start > 0:
        return None
    start = _bare_start(text, head_start)
    if _opens_clause(text, start):
        return start
    return _determiner_start(text, head_start, _DETERMINED)  # "The protesters said"


def _plural_of(text: str, end: int) -> int | None:
    """Where a bare plural source with an ``of`` phrase ending at ``end`` starts, if any.

    ``representatives of the Chinese power companies``, ``members of the business community``:
    the head is an agent noun (lower case, or capitalised opening the unit) followed by ``of``
    and a short phrase without punctuation; the whole must open a clause.
    """
    words = _words_before(text, end, 12)
    for n in range(len(words) - 2, -1, -1):
        if words[n + 1][2] != "of" or text[words[n][1] : words[n + 1][0]].strip(" \t"):
            continue
        head_start, head_end, head = words[n]
        key = head.lower()
        if not key.endswith(_AGENT_ENDINGS) or key in _NOT_MODIFIERS or key in _NOT_GROUPS:
            return None
        if _TAIL.fullmatch(text, head_end, end) is None:
            return None
        start = _bare_start(text, head_start) if head.islower() else head_start
        return start if _opens_clause(text, start) else None
    return None


def _relative_group(text: str, end: int) -> int | None:
    """Where a plural group ending at ``end`` before ``, who`` starts (``Chinese contractors``).

    Its head is a lower-case agent noun; up to three modifiers (lower-case, no verb, or a
    country's adjective) or a ``the`` that ends them may stand before it.
    """
    words = _words_before(text, end, 4)
    if not words or words[-1][1] != end:
        return None
    head = words[-1][2]
    if (
        not head.endswith(_AGENT_ENDINGS)
        or not head.islower()
        or head in _NOT_MODIFIERS
        or head in _NOT_SOURCES
    ):
        return None
    start = words[-1][0]
    for word_start, word_end, word in reversed(words[:-1]):
        key = word.lower()
        if text[word_end:start].strip():
            break
        if key == "the":
            return word_start
        if (
            key in _NOT_MODIFIERS
            or _past_verb(key)
            or key.endswith("ing")  # "hiring traders"
            or (len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us")))  # "affects"
            or not (word.islower() or key in _SIDES)
        ):
            break
        start = word_start
    return start


def _titled_name(text: str, mention: Mention, mentions: Sequence[Mention]) -> Mention:
    """``Deputy Director Sales of the X Authority, Shah Nawaz Rind,``: the name after the title.

    When a title with its body is followed by a comma and a name without a title of its own
    that ends the phrase, that name is the person; it takes the title and body. Else
    ``mention`` as it is.
    """
    if mention.actor.role is None or not text.startswith(", ", mention.end):
        return mention
    name = next((x for x in mentions if x.start == mention.end + 2), None)
    if name is None or not name.actor.named or name.actor.role is not None:
        return mention
    after = _WORD.match(text, _skip_blanks(text, name.end))
    if text.startswith((",", "."), name.end) or (
        after is not None and after.group() in _NOT_PREMODIFIERS
    ):
        actor = attrs.evolve(
            name.actor, role=mention.actor.role, organization=mention.actor.organization
        )
        return attrs.evolve(name, actor=actor)
    return mention


def _outlet_before(text: str, end: int) -> int | None:
    """Where an outlet's name of two to four capitalised words ending at ``end`` starts.

    It must open its frame (``…, Samaa News reported``) and be no place.
    """
    words = _words_before(text, end, 4)
    if not words or words[-1][1] != end:
        return None
    start = end
    for word_start, word_end, word in reversed(words):
        if text[word_end:start].strip() or not word[0].isupper():
            break
        start = word_start
        if word_start < words[-1][0] and _opens_frame(text, start):
            name = text[start:end]
            return None if lookup_place(name) is not None else start
    return None


def _past_appositive(text: str, end: int) -> int:
    """``According to X, a port official, B``: past X's appositive when a clause follows it.

    The appositive opens with an article and holds no finite verb; else ``end`` as it is.
    """
    article = _WORD.match(text, end + 2) if text.startswith(", ", end) else None
    if article is None or article.group().lower() not in _ARTICLES:
        return end
    comma = text.find(",", article.end(), article.end() + 80)
    if comma < 0 or _FINITE.search(text, article.end(), comma) is not None:
        return end
    return comma if _FINITE.search(text, comma, comma + 120) is not None else end


def _bare_agent(text: str, start: int) -> tuple[Actor, float, int] | None:
    """``by port officials that``: a bare plural agent from ``start`` up to ``that``.

    Returns the group as written, how sure that is, and where it ends.
    """
    that = text.find(" that ", start, start + 60)
    words = [w for w in _words_before(text, that, 5) if w[0] >= start] if that > start else []
    if (
        not words
        or words[0][0] != start
        or any(text[a[1] : b[0]].strip() for a, b in itertools.pairwise(words))
    ):
        return None  # the group must be words only (four at most), from "by" up to "that"
    head = words[-1][2]
    if (
        len(words) < 5
        and head.islower()
        and head.endswith(_AGENT_ENDINGS)
        and head not in _NOT_SOURCES
    ):
        return Actor(" ".join(text[start:that].split()), named=False), 0.75, that
    return None


def _country_pair(text: str, start: int) -> int | None:
    """Where ``<country> and`` before the country at ``start`` starts, if it does."""
    words = _words_before(text, start, 2)
    if len(words) < 2 or words[1][2] != "and" or text[words[0][1] : start].count(" ") > 2:
        return None
    place = lookup_place(words[0][2])
    if place is None or place.country != place.name:
        return None
    return words[0][0]


def _determiner_start(text: str, at: int, determiners: Collection[str]) -> int | None:
    """Where a noun phrase whose head starts at ``at`` starts, from one of ``determiners``.

    Up to three lower-case modifiers or country adjectives may come between (``a senior port
    official``, ``a Chinese project manager``, ``a 52-year-old farmer``); the phrase must open
    its clause. None when there is no such start.
    """
    if _no_word_before(text, at, "-0123456789"):
        return None  # punctuation first: no determiner to find
    for n, (start, end, word) in enumerate(reversed(_words_before(text, at, 4))):
        if text[end:at].strip(" \t-0123456789"):
            return None
        if word.lower() in determiners:
            return start if _opens_clause(text, start) else None
        if not (word.islower() or word.lower() in _SIDES) or word in _NOT_MODIFIERS or n == 3:
            return None
        at = start
    return None


def _indefinite_agent(text: str, end: int) -> int | None:
    """Where ``a/an (modifiers) <agent noun> (post-modifier)`` ending at ``end`` starts, if any.

    One person named by what they do (``A Pakistani agronomist involved in the trials``), whom
    the actor finder has no word for; the phrase must open its clause.
    """
    words = _words_before(text, end, 12)
    for n in range(len(words) - 2, -1, -1):
        if words[n][2].lower() not in ("a", "an") or not _opens_clause(text, words[n][0]):
            continue
        for k in range(n + 1, min(n + 5, len(words))):
            if text[words[k - 1][1] : words[k][0]].strip():
                break  # punctuation: no noun phrase
            word = words[k][2]
            if word.islower() and _singular_agent(word):
                after = words[k][1]
                if after == end or _TAIL.fullmatch(text, after, end) is not None:
                    return words[n][0]
                break
    return None


def _bare_start(text: str, start: int) -> int:
    """``start`` moved back over a plural's bare modifiers when they open a clause.

    Up to three lower-case content words (the first of the unit may be capitalised), as in
    ``Senior port officials`` or ``…, energy analysts``; else ``start`` as it is.
    """
    if _no_word_before(text, start):
        return start  # "…, the minister said": punctuation first, no modifier to take in
    best = start
    at = start
    for word_start, word_end, word in reversed(_words_before(text, start, 3)):
        if text[word_end:at].strip() or word.lower() in _NOT_MODIFIERS:
            break
        if not (word.islower() or word_start == 0):
            break
        at = word_start
        if _opens_clause(text, at):
            best = at
    return best


def _modifier_end(text: str, mention: Mention) -> int:
    """Where a descriptor's post-modifier that closes its clause ends, else the mention's end.

    ``…, said a diplomat familiar with the talks.``: it runs to punctuation or the unit's end,
    short of a time of speaking (``… at the ministry on Tuesday``). So does the rest of a
    name's appositive the finder cut short (``said X, a fellow at the Institute of Y of Z
    University.``).
    """
    if mention.actor.named and "," not in text[mention.start : mention.end]:
        return mention.end
    tail = _TAIL.match(text, mention.end)
    if tail is None or (tail.end() < len(text) and text[tail.end()] not in ',;:.“”"\n'):
        return mention.end
    time = _TIME_ADVERBIAL.search(text, mention.end, tail.end())
    end = tail.end() if time is None else time.start()
    return max(mention.end, _back_blanks(text, end))


def _owned_unit_end(text: str, mention: Mention, end: int) -> int:
    """Past the unit of a body that closes a named speaker's title, else ``end``.

    ``…, said X, manager of Y Group's Gwadar operations.``: the finder ends the title at the
    owner (``Y Group``) or inside the owned unit (``Y Group's Gwadar``); the rest up to the
    clause's end is still the title, never reported content. Only after a possessive, and not
    over a preposition (``… on Monday`` stays out of the title).
    """
    rest = _OWNED_REST.match(text, end)
    if rest is None:
        return end
    if not rest.group("owner") and _OWNER_MARK.search(text, mention.start, end) is None:
        return end
    return _back_blanks(text, rest.end())


def _as_written(text: str, mention: Mention, speaker: Actor, start: int, end: int) -> Actor:
    """An unresolved descriptor named as written from ``start`` to ``end``, around its mention.

    So it keeps its post-modifier (``A spokesman for the board``, ``an official who asked not
    to be named``), but never a document it spoke in (``The ministry in a statement``).
    """
    if speaker.named or (end <= mention.end and start >= mention.start):
        return speaker
    if _IN_DOCUMENT.match(text, _skip_blanks(text, mention.end)) is not None:
        return speaker
    return attrs.evolve(speaker, name=" ".join(text[start:end].split()))


def _opens_clause(text: str, at: int) -> bool:
    """True when ``at`` opens the unit or a clause (after punctuation or ``but``, ``while`` …)."""
    at = _back_blanks(text, at)
    if at == 0 or text[at - 1] in ',;:—(“"”':
        return True
    if not text[max(0, at - _OPENER_REACH) : at].lower().endswith(_CLAUSE_OPENER_ENDS):
        return False  # no opener ends here: the word scan cannot find one
    words = _words_before(text, at, 1)
    return bool(words) and words[0][1] == at and words[0][2].lower() in _CLAUSE_OPENERS


def _quoted_by(text: str, verb: int) -> list[tuple[int, int, str]] | None:
    """The words before ``was quoted by Y as`` that ends at ``verb``, if it does (none: None)."""
    words = _words_before(text, verb, 10)
    keys = [w[2].lower() for w in words]
    for n in range(len(keys) - 3, -1, -1):
        if keys[n] == "quoted" and keys[n + 1] == "by":
            words = words[:n]
            while words and words[-1][2].lower() in _PASSIVE:
                words.pop()
            return words or None
    return None


def _no_word_before(text: str, at: int, skipped: str = "") -> bool:
    """True when a scan back over the words before ``at`` stops at once: punctuation first.

    That is, the first character before ``at`` that is no blank and not in ``skipped`` is in no
    word (letters, digits, ``_'’-.``), or there is none. A word starts with a letter, which is
    no blank and not in ``skipped``, so no word ends after that character.
    """
    while at > 0 and (text[at - 1].isspace() or text[at - 1] in skipped):
        at -= 1
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-.")


def _counted(text: str, at: int) -> "re.Match[str] | None":
    """A count just before ``at`` (``one of the``, ``two``): ``_QUANTIFIER`` in its window.

    The pattern is searched only when the last character before the blanks may end a count
    (``of``, a number word, a digit): a cheap test, exact for ASCII, skipped for other text.
    """
    last = at
    while last > 0 and text[last - 1] in " \t":
        last -= 1
    if last == at or last == 0:
        return None  # the pattern ends in blanks, after a word
    final = text[last - 1]
    if final.isascii() and final.lower() not in _COUNT_ENDS:
        return None
    return _QUANTIFIER.search(text, max(0, at - 24), at)


def _is_gap(word: str) -> bool:
    """A word that may stand between a subject and its verb (``also``, ``emphatically``)."""
    key = word.lower()
    return key in _GAP_WORDS or (word.islower() and len(word) > 4 and key.endswith("ly"))


def _next_cut(cuts: Sequence[int], frame: _Frame, default: int) -> int:
    """The first cut after a frame's verb: where the clause it reports forwards stops."""
    n = bisect.bisect_right(cuts, frame.verb_end)
    return cuts[n] if n < len(cuts) else default


def _next_to(text: str, start: int, end: int, verb: tuple[int, int]) -> bool:
    """True when the time expression ``[start, end)`` qualifies the reporting verb ``verb``.

    It must stand just after the verb (``said on Monday``) or just before it in the same clause
    (``on Monday said``), not in an appositive (``X, who visited in May, said``).
    """
    if start >= verb[1]:
        return start - verb[1] <= 40
    gap = text[end : verb[0]]
    return len(gap) <= 15 and "," not in gap


def _skip_blanks(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _back_blanks(text: str, at: int) -> int:
    while at > 0 and text[at - 1] in " \t\r\n":
        at -= 1
    return at


def _adverbial(text: str, word: "re.Match[str]") -> bool:
    """True when ``word`` opens an adverbial (``in a statement``, ``this week``), not a clause."""
    key = word.group().lower()
    if key in ("this", "last"):  # "said this week that" but "said this was"
        return _TIME_NOUN.match(text, word.end()) is not None
    if key == "further":  # "said further that" but "said further delays would"
        return _FURTHER.match(text, word.end()) is not None
    return key in _ADVERBIAL_OPENERS or _by_means(text, word)


def _by_means(text: str, word: "re.Match[str]") -> bool:
    """True for ``by phone`` at ``word``, or a ``by X`` agent closing the unit.

    ``…, he was quoted as saying by state media.``: who quoted him, no reported clause.
    """
    if word.group().lower() != "by":
        return False
    if _BY_MEANS.match(text, word.start()) is not None:
        return True
    rest = text[word.end() : word.end() + 61].rstrip(" \t\r\n.")
    return len(rest) <= 60 and "," not in rest and _FINITE.search(rest) is None


def _gender(text: str, at: int) -> str:
    """``f`` or ``m`` when the mention at ``at`` opens with a gendered title (``Ms``), else ""."""
    m = _GENDERED.match(text, at)
    return "" if m is None else ("f" if m.group("f") else "m")


def _capitalised_run(text: str, at: int, end: int) -> int | None:
    """Where one or two capitalised words before the word at ``at`` (ending at ``end``) start.

    ``China Harbour said``, ``Harbin Electric said``: a short name the finder read as no one
    (no title, no body's head word) is still the subject when it opens its frame; no word of it
    is one that never names a speaker, and together they name no place.
    """
    first = at
    for start, word_end, word in reversed(_words_before(text, at, 2)):
        if text[word_end:first].strip() or not word[0].isupper():
            return None
        if word.lower() in _NOT_SUBJECTS or word.lower() in _WEEKDAYS:
            return None
        first = start
        if _opens_frame(text, start):
            return start if lookup_place(text[start:end]) is None else None
    return None


def _opens_frame(text: str, at: int) -> bool:
    """True when ``at`` starts the unit or follows a quote or comma (``“…,” Raza said``).

    A lone capitalised word elsewhere (``workers at Block Nine said``) ends a longer phrase.
    """
    at = _back_blanks(text, at)
    return at == 0 or text[at - 1] in ",”\"’'"


def _that_after(text: str, at: int) -> bool:
    """True when the verb at ``at`` is followed by ``that`` (``warned that``): it reports."""
    word = _WORD.match(text, at)
    return word is not None and text.startswith("that ", _skip_blanks(text, word.end()))


def _strong_at(text: str, at: int) -> bool:
    """True when the word at ``at`` is a verb that reports on its own (``said``, ``told``)."""
    word = _WORD.match(text, at)
    return word is not None and word.group().lower() in _STRONG


def _says_before(unit: _Unit, frame: _Frame) -> bool:
    """True for a frame that reports what came before its unit.

    ``He said this while …``, ``She expressed these views``: no quotation of its own before it.
    """
    if frame.kind is not _Kind.SUBJECT or _quote_ending_before(unit, frame.start) is not None:
        return False
    verb = unit.text[frame.verb_start : frame.verb_end]
    return verb.endswith(_BACKWARD_VERB_ENDS) or _THIS.match(unit.text, frame.end) is not None


def _coordinated(text: str, frame: _Frame) -> int | None:
    """The comma before ``, while X said`` that opens a frame: where the clause before ends.

    A frame coordinated with the one before it (``A said B, while C said D``) is no part of
    what that one reports, as a nested frame is (``A said the ministry had said D``).
    """
    if frame.kind is not _Kind.SUBJECT or frame.start == 0:
        return None
    m = _COORDINATOR.search(text, max(0, frame.start - 24), frame.start)
    return None if m is None else m.start()


def _subject_only(text: str, clause: tuple[int, int], frame_end: int) -> bool:
    """True for ``A, he said, had B`` where A is only B's subject, a noun phrase.

    Then A alone reports nothing: the one statement is B. A has no comma and no auxiliary and
    is short; B opens with a verb.
    """
    start, end = clause
    return (
        end - start <= 60
        and "," not in text[start:end]
        and _FINITE.search(text, start, end) is None
        and _PREDICATE.match(text, frame_end) is not None
    )


def _backward_start(text: str, frame: _Frame) -> int:
    """Where the clause a frame reports backward ends: before its subject's premodifiers.

    ``A, her press secretary X said``: the finder's subject begins at the role, but ``her press``
    belongs to the frame, not to A (nor to a clause nested in A).
    """
    before = _back_blanks(text, frame.start)
    if frame.speaker.role and text[frame.start : frame.start + 1].islower():
        return _premodified(text, before)
    return before


def _premodified(text: str, start: int) -> int:
    """Where a role's lower-case premodifiers begin (just after their comma), else ``start``.

    ``A, her press secretary X said``, ``A, sales director X said``: up to three words such as
    ``her press`` stand between the comma and the role the finder began at; joining words and
    adverbials (``A, and later director X said``) do not.
    """
    words = _words_before(text, start, 3)
    for word_start, _, word in reversed(words):
        if not word.islower() or word in _NOT_PREMODIFIERS:
            return start
        comma = _back_blanks(text, word_start)
        if text[comma - 1 : comma] == ",":
            return comma
    return start


def _fronted_adverbial(text: str, clause: tuple[int, int], frame_end: int) -> bool:
    """True for ``Before the monsoon, the engineer said, the gates would be tested``.

    A clause before a mid-sentence frame that opens with a subordinator, or with a preposition
    or time word and has no finite verb, is the adverbial of what follows the frame, not a
    statement of its own; what follows is reported.
    """
    first = _WORD.match(text, clause[0])
    if first is None or not text.startswith(",", frame_end):
        return False
    word = first.group().lower()
    if word in _SUBORDINATORS:
        return True
    return (
        word in _FRONTED
        and _FINITE.search(text, clause[0], clause[1]) is None
        and "," not in text[clause[0] : clause[1]]
    )


def _firm_before(text: str, start: int) -> bool:
    """True for a name after a company's trade noun: ``Chinese electric vehicle maker X``."""
    words = _words_before(text, start, 1)
    return bool(words) and words[0][2] in _FIRM_NOUNS and not text[words[0][1] : start].strip()


def _whole_quote(unit: _Unit) -> _Quote | None:
    """The closed quotation a unit is made of, and nothing else (a closing period aside)."""
    if len(unit.quotes) != 1:
        return None
    quote = unit.quotes[0]
    text = unit.text
    if not quote.closed or text[: quote.start - 1].strip() or text[quote.end + 1 :].strip(" \t."):
        return None
    return quote


def _closes_unit(text: str, frame: _Frame) -> bool:
    """True for ``…, according to a source familiar with the talks.`` closing its unit.

    The source's words after its mention (``familiar with …``, ``who asked not to be named``)
    are part of the frame, so it reports the clause before the comma, not what follows.
    """
    rest = text[frame.end : frame.end + 201].rstrip(" \t\r\n.")
    if len(rest) > 200 or _MARKS.search(rest) is not None or ";" in rest or ":" in rest:
        return False
    if not text[: _back_blanks(text, frame.start)].endswith(","):
        return False
    if "," not in rest:
        return len(rest) <= 120
    return _source_appositive(rest) or _participle_after(rest)


def _merged_subject(text: str, start: int, end: int) -> int | None:
    """Where a named source's mention ``[start, end)`` ends before the clause it reports.

    ``According to spokesperson X, the governor will travel``: the finder reads ``the
    governor`` as X's appositive, but a modal or auxiliary right after it makes it the reported
    clause's subject. Returns the offset of that comma, else None.
    """
    comma = text.rfind(", ", start, end)
    if comma < 0 or not text.startswith(("the ", "The "), comma + 2):
        return None
    return comma if _AUXILIARY_AFTER.match(text, end) is not None else None


def _participle_after(rest: str) -> bool:
    """True for a short tail of a source, then a participle (``…, according to X, easing Y``).

    ``Imports fell, according to a memo seen by Dawn, easing pressure on the rupee``: the
    participle phrase is the writer's comment on the clause before, no content of the source's.
    """
    comma = rest.find(",")
    word = _WORD.match(rest, _skip_blanks(rest, comma + 1))
    return (
        comma <= 80
        and word is not None
        and word.group().islower()
        and word.group().endswith("ing")
        and _FINITE.search(rest, 0, comma) is None
    )


def _source_appositive(rest: str) -> bool:
    """True for what follows a clause-final source that only describes it.

    ``…, according to X, a shipping analyst at a Karachi brokerage.`` (a verbless noun phrase)
    or ``…, according to the Forum, which cautioned that …`` (its relative clause): no content.
    """
    tail = _SOURCE_APPOSITIVE.match(rest)
    if tail is None:
        return False
    if tail.group(1).lower() in _RELATIVE_OPENERS:
        return True
    phrase = rest[tail.end() :]
    head = _OF_LINK.split(phrase, maxsplit=1)[0].split()
    return (
        bool(head)
        and (_singular_agent(head[-1]) or head[-1] in _PERSON_NOUNS)
        and "," not in phrase
        and _FINITE.search(phrase) is None
    )


def _anonymous_source(text: str, end: int) -> int | None:
    """Where an anonymous source ending at ``end`` starts (``sources close to the talks``).

    The phrase must open its clause (the unit, after punctuation or after a subordinator such as
    ``after``) within 100 characters.
    """
    window = max(0, end - 100)
    segment = text[window:end]
    if not any(map(segment.__contains__, _ANONYMOUS_STEMS)):
        return None  # str.find is far cheaper than the pattern's search
    head = _ANONYMOUS_HEAD.search(text, window, end)
    if head is None:
        return None
    stop = max(text.rfind(c, window, head.start()) for c in ',;:.“”"')
    start = _skip_blanks(text, max(window, stop + 1))
    if (stop >= 0 or window == 0) and _ANONYMOUS.match(text, start, end) is not None:
        return start
    words = _words_before(text, head.start(), 4)  # "… climbed after people familiar with it"
    opener = next((w for w in reversed(words) if w[2].lower() in _SUBORDINATORS), None)
    start = -1 if opener is None else _skip_blanks(text, opener[1])
    return start if start >= 0 and _ANONYMOUS.match(text, start, end) is not None else None


def _named_after(text: str, after: int, index: _Index, subject: Actor) -> bool:
    """True when a person named after ``said`` at ``after``, not ``subject``, speaks.

    ``A is the soft side of the corridor (CPEC), which few notice, said Hu Lin, a fellow at
    Y.``: the phrase before ``, which …,`` looked like a subject, but it is no person, and the
    name after the verb closes the sentence (no auxiliary follows, nor a verb after the name or
    its appositive), so the verb is inverted. A person before (``X, who leads the team, said
    Y, the envoy, had agreed``) keeps the verb, and so does a name that opens a clause (``…,
    said Y, its founder, resigned``).
    """
    if subject.role is not None or _is_person(subject):
        return False
    mention = index.starting(after)
    if mention is None or not _is_person(mention.actor):
        return False
    rest = _skip_blanks(text, mention.end)
    closes = rest >= len(text) or text[rest] in ".,;" or "," in text[mention.start : rest]
    if not closes or _FINITE.search(text, rest) is not None or _verb_after(text, rest):
        return False  # or the finder took the appositive into the name
    comma = text.find(",", rest)
    while comma >= 0:
        if _verb_after(text, comma + 1):
            return False
        comma = text.find(",", comma + 1)
    return True


def _clause_attitude(text: str, before: _Frame | None, frame: _Frame) -> bool:
    """True for ``and hopes`` continuing the clause a past frame reports, not the frame.

    ``X said China values the berth and hopes B``: the present tense is the reported
    subject's (``China … hopes``), so B is part of X's one statement; ``X said A and hoped
    B`` keeps X as the one who hoped.
    """
    return (
        before is not None
        and frame.kind is _Kind.CONTINUATION
        and before.kind is not _Kind.CONTINUATION
        and before.verb_end < frame.start
        and not text.endswith("s", before.verb_start, before.verb_end)
        and text[frame.verb_start : frame.verb_end].lower() in _PRESENT_ATTITUDES
    )


def _reported_back(text: str, frame: _Frame, frames: Sequence[_Frame]) -> bool:
    """True when a later frame ends the clause ``frame`` opens: ``The side hoped B, he said``.

    The attitude is part of what the later speaker reports, no statement of its own.
    """
    return any(
        later.start > frame.end
        and later.kind in (_Kind.SUBJECT, _Kind.INVERTED)
        and text.endswith(",", 0, _back_blanks(text, later.start))
        and _ends_clause(text, later.end, later.verb(text))
        for later in frames
    )


def _trailing(text: str, frame: _Frame) -> bool:
    """True for a frame after the clause it reports that reports nothing after it.

    After a clause set off by a comma (or a closing quote), the frame's circumstances (``A, X
    said amid concerns over B``, ``…, according to X, a day after B``) are no clause, nor is an
    audience alone after ``told``/``informed`` (``A, the minister told a seminar organised by
    the chamber.``): up to the unit's end no ``that``, colon, quotation mark or auxiliary shows
    a clause of its own (``A, X told reporters the plan was ready`` still reports after it).
    """
    before = _back_blanks(text, frame.start)
    if before == 0 or text[before - 1] not in ',”"':
        return False
    at = _skip_blanks(text, frame.end)
    after = _skip_blanks(text, at + 1) if text.startswith(",", at) else at
    if _FRAME_ADJUNCT.match(text, after) is not None:
        return True
    if text[frame.verb_start : frame.verb_end].lower() not in _TELLING:
        return False
    return (
        _find_word(text, "that", at, len(text)) < 0
        and _AUDIENCE_BREAKS.search(text, at) is None
        and _FINITE.search(text, at) is None
    )


def _ends_clause(text: str, at: int, verb: str) -> bool:
    """True when nothing that a verb could report follows ``at``.

    ``…, she said.``, ``said on Monday``, ``told the Global Times.``: such a frame reports the
    clause before it.
    """
    at = _skip_blanks(text, at)
    key = verb.lower()
    if key in _TELLING or (key in _TO_AUDIENCE and text.startswith("to ", at)):
        at = _skip_object(text, at, len(text)) if key in _TELLING else _past_audience(text, at)
        time = _TIME_ADVERBIAL.match(text, at)  # "told analysts last week."
        at = at if time is None else _skip_blanks(text, time.end())
    if at >= len(text) or text[at] in '.,;:”"—)':
        return True
    word = _WORD.match(text, at)
    return word is not None and (
        word.group().lower() in _ADVERBIAL_OPENERS or _is_gap(word.group()) or _by_means(text, word)
    )


def _vague(actor: Actor) -> bool:
    """Sources that are not speakers: ``media reports``, ``the flight schedule``."""
    words = actor.name.lower().split()
    return bool(words) and words[-1] in _NOT_SOURCES


def _owned_body(text: str, mention: Mention) -> bool:
    """A body's kind alone after ``his`` or ``its`` (``his ministry``), not ``his office's``."""
    actor = mention.actor
    return (
        not actor.named
        and actor.role is None
        and actor.name.lower() in _BODY_KINDS
        and not text.startswith(_POSSESSIVE_MARKS, mention.end)
    )


def _owned_mention(text: str, at: int, index: _Index) -> Mention | None:
    """The mention that starts within a few lower-case words after ``at`` (``medical …``)."""
    for word in itertools.islice(_WORD.finditer(text, at), 4):
        mention = index.starting(word.start())
        if mention is not None or not word.group().islower():
            return mention
    return None


def _document_before(text: str, end: int, verb: int) -> tuple[int, int, int] | None:
    """A document as the subject of a verb (``A Foreign Office statement issued on Sunday``).

    Returns ``(phrase start, phrase end, document noun start)``; searches the same clause only.
    """
    words = _words_before(text, verb, 12)
    for n in range(len(words) - 1, -1, -1):
        noun = words[n]
        if "," in text[noun[0] : verb]:
            return None
        if noun[2].lower() in _DOCUMENTS:
            return _determiner_before(words, n), end, noun[0]
    return None


def _document_after(text: str, at: int) -> tuple[int, int, int] | None:
    """A document after ``according to`` (``a curtain raiser issued by the Foreign Office``).

    Returns ``(phrase start, phrase end, document noun start)``; None for vague sources.
    """
    comma = text.find(",", at)
    stop = len(text) if comma < 0 else comma
    end = _back_blanks(text, stop)
    while end > at and text[end - 1] in ".;:":
        end -= 1
    for m in _WORD.finditer(text, at, min(stop, at + 80)):
        key = m.group().lower()
        if key in _RECORDS and _owned_record(text, at, m):
            return at, end, m.start()
        if key in _NOT_SOURCES:
            return None
        if key in _DOCUMENTS:
            return at, end, m.start()
    return None


def _owned_record(text: str, at: int, noun: "re.Match[str]") -> bool:
    """True for a record whose owner is named or that the article has in mind.

    Named: ``the PPIB's report``, ``minutes of the board``; in mind: ``According to the minutes,``
    or ``…, according to the report.``
    """
    return (
        _OWNER_MARK.search(text, at, noun.start()) is not None
        or _OWNED.match(text, noun.end()) is not None
        or (text[at : noun.start()].lower() == "the " and text.startswith((",", "."), noun.end()))
    )


def _determiner_before(words: Sequence[tuple[int, int, str]], n: int) -> int:
    """Start of the noun phrase ending in ``words[n]``: its determiner within five words."""
    for k in range(n - 1, max(-1, n - 6), -1):
        if words[k][2].lower() in ("a", "an", "the", "its", "his", "her", "their"):
            return words[k][0]
    return words[n][0]


def _with_determiner(text: str, start: int) -> int:
    """``start`` moved back over a ``the`` before it (``the Foreign Office said``)."""
    near = text[max(0, start - 12) : start].rstrip()
    last = max(0, start - 12) + len(near)  # where the text before the blanks ends
    if near and text[max(0, last - 3) : last].lower() != "the":
        return start  # a cheap test: no "the" ends before the blanks
    words = _words_before(text, start, 1)
    if words and words[0][2].lower() == "the" and not text[words[0][1] : start].strip():
        return words[0][0]
    return start


def _with_owner(text: str, start: int) -> int:
    """``start`` moved back over a common noun's possessive before a title (``project’s``).

    ``“A,” the project’s resident engineer, X, told Y``: the finder leaves ``the project’s``
    out of the title's mention (a project is no body), but it is the subject's, so the subject
    starts there and the quote before it stays next to its speaker.
    """
    if not text.endswith(_POSSESSIVE_MARKS, max(0, start - 3), _back_blanks(text, start)):
        return start  # a cheap test: no possessive ends before the blanks
    words = _words_before(text, start, 1)
    if words and not text[words[0][1] : start].strip() and words[0][2][0].islower():
        return words[0][0]
    return start


def _with_determiner_after(text: str, at: int) -> int:
    """Where a mention after ``at`` starts: past blanks and ``the`` (``by the Foreign Office``)."""
    at = _skip_blanks(text, at)
    if text.startswith(("the ", "The "), at):
        return _skip_blanks(text, at + 4)
    return at


def _modified_mention(text: str, at: int, index: _Index) -> Mention | None:
    """The unnamed mention after a determiner and one lower-case modifier at ``at``.

    ``the operating company``, ``a customs officer``: the finder knows the head noun only.
    """
    determiner = _WORD.match(text, at)
    if determiner is None or determiner.group().lower() not in _ARTICLES:
        return None
    word = _WORD.match(text, _skip_blanks(text, determiner.end()))
    if word is None or not word.group().islower():
        return None
    mention = index.starting(_skip_blanks(text, word.end()))
    return None if mention is None or mention.actor.named else mention


def _ranking_appositive(text: str, word: "re.Match[str]", limit: int) -> bool:
    """True for ``the third such attack``, ``a sign of …`` from ``word``: the writer's apposition.

    An article, within two words a head that ranks or sums up what the clause before reported
    (an ordinal, ``latest``, ``sign``, ``rise``), then, at most a noun on, punctuation or a
    linking word (``such``, ``in``, ``since``); and no finite verb of its own. ``the first
    phase would open`` and ``the first ship left`` go on reporting.
    """
    if word.group().lower() not in _ARTICLES:
        return False
    at = word.end()
    words = list(itertools.islice(_WORD.finditer(text, at, limit), 4))
    for n, head in enumerate(words[:2]):
        if text[at : head.start()].strip():
            return False  # punctuation: no noun phrase
        at = head.end()
        if head.group().lower() not in _APPOSITIVE_HEADS:
            continue
        for k, after in enumerate(words[n + 1 : n + 3]):
            if text[at : after.start()].strip() or after.group().lower() in _APPOSITIVE_LINKS:
                return not _zero_that(text, head.end(), limit)
            if k:
                return False  # "the first ship left": a noun, then no link but a verb
            at = after.end()
        return not text[at:limit].strip(" \t.,;")
    return False


def _possessed_title(text: str, word: "re.Match[str]", limit: int) -> bool:
    """True for ``Haier's head of sales`` from ``word`` up to ``limit``: a speaker's title.

    After an inverted frame (``said Wu Jie, Haier's head of sales``) a possessor opening a
    phrase without an auxiliary is the speaker's appositive, not a second statement.
    """
    if not word.group().endswith(("'s", "’s")):
        return False
    return _FINITE.search(text, word.end(), min(limit, word.end() + 120)) is None


def _quoter_start(text: str, at: int) -> int:
    """Where the clause of ``quoted`` at ``at`` opens, after a comma or quote within 60 characters.

    ``“…,” the embassy quoted X as saying``: the quoting subject is part of the frame, so the
    quote before it is what the frame reports. Else ``at``.
    """
    window = max(0, at - 60)
    mark = max(text.rfind(c, window, at) for c in ',;:”"')
    return at if mark < 0 else _skip_blanks(text, mark + 1)


def _source_in(text: str, mention: Mention) -> tuple[Actor, int] | None:
    """``A source in the X Ministry`` ending with the named body ``mention``, and its start.

    The finder reads ``in`` as a place's, so the body alone would speak; the unnamed source
    inside it does, as written, with the body as its organisation.
    """
    if not (mention.actor.named and _is_body(mention.actor)):
        return None
    if " in " not in text[max(0, mention.start - 8) : mention.start]:
        return None  # the cheap test: most bodies stand alone
    found = _SOURCE_IN.search(text, max(0, mention.start - 60), mention.start)
    if found is None or not _opens_clause(text, found.start()):
        return None
    body = mention.actor
    name = " ".join(text[found.start() : mention.end].split())
    return Actor(name, None, body.organization, body.country, named=False), found.start()


def _backward_verb(frame: "re.Match[str]") -> str:
    """The reporting words of a backward frame as written: ``stated``, ``the words``."""
    return " ".join((frame.group("verb") or frame.group("words")).split())


def _written_issuer(phrase: str, issuer: Actor) -> Actor:
    """A document that names its issuing body, as written: ``a statement from the Presidency``.

    The annotation guidelines give an official statement that names no person as its phrase
    (``a Foreign Office statement``, ``a press release issued by the embassy``), the issuing body
    as its organisation; a person who issued it speaks as themselves, and a phrase with no
    determiner (``FO statement``) is no descriptor.
    """
    if _is_person(issuer) or not phrase.lower().startswith(("a ", "an ", "the ")):
        return issuer
    body = issuer.organization or issuer.name
    return Actor(phrase, named=False, organization=body, country=issuer.country)


def _document_lead(text: str, start: int) -> int:
    """Where ``a statement from`` before a subject at ``start`` starts, else ``start``.

    ``…, a statement from the Ministry of Planning said``: the ministry speaks, and the
    document's words are no part of the clause before the frame; so with ``a statement issued
    by X said``.
    """
    if not text.endswith(("from ", "by ", "of "), 0, start):
        return start
    words = _words_before(text, start, 5)
    n = len(words) - 2  # the document's word
    if n >= 1 and words[n][2] in _ISSUED_BY and text.endswith("by ", 0, start):
        n -= 1  # "a statement issued by X"
    if n < 1 or words[n][2].lower() not in _DOCUMENTS:
        return start
    for at, _, word in words[max(0, n - 2) : n]:
        if word.lower() in _DETERMINED:
            return at
    return start


def _subject_start(text: str) -> int:
    """Where a unit's subject starts: past a fronted ``For``, linking adverb or adverbial.

    ``For X, a nurse in Turbat, the clinic …``: X, fronted, is the sentence's subject too;
    ``Meanwhile, X visited …``, ``On Monday, X …`` and ``During the visit, X …`` open with X
    all the same.
    """
    if text.startswith("For "):
        return 4
    comma = text.find(",", 0, 40)
    if comma < 0:
        return 0  # most units: no fronted adverbial, no word scan
    first = _WORD.match(text)
    if first is None or first.group().lower() not in _FRONTED:
        return 0
    return _skip_blanks(text, comma + 1)


def _modifies_record(text: str, at: int) -> bool:
    """True when a vague source's noun follows ``at`` (``official`` + ``data``, ``figures``)."""
    word = _WORD.match(text, _skip_blanks(text, at))
    return word is not None and word.start() - at <= 1 and word.group().lower() in _NOT_SOURCES


def _colon_after(text: str, at: int) -> bool:
    """True when a colon closes the speaker's phrase at ``at`` (``Said X, a teacher: “…”``)."""
    colon = text.find(":", at, at + 100)
    return colon > at and _DOUBLE_MARKS.search(text, at, colon) is None


def _unfronted(text: str, at: int) -> Mention | None:
    """The mention that starts at ``at`` in the phrase up to its colon, read on its own.

    ``Said Nadia Rind:`` opening a unit: the finder reads the inverted verb into the name.
    """
    phrase = text[at : text.find(":", at)]
    first = next(iter(find_mentions(phrase)), None)
    if first is None or first.start != 0:
        return None
    return attrs.evolve(first, start=at, end=at + first.end)


def _relative_end(text: str, at: int) -> tuple[int, int]:
    """Where a source's phrase at ``at`` ends, and its frame: past a ``, who …`` clause.

    ``…, according to a police officer in Hub district, who spoke on condition of anonymity.``:
    the clause says who the source is, so it is part of the frame, not reported content; the
    source's own words run to the comma (``district``, which the finder may leave out). The
    clause ends at the next comma (``According to X, who heads Y, A``) or the unit's end.
    """
    who = _WHO.match(text, at) if "who" in text[at : at + 40] else None
    if who is None:
        return at, at
    comma = text.find(",", who.end(), at + 250)
    if comma < 0 and len(text) - at > 250:
        return at, at  # a bounded look: no rescans of a long unit
    end = comma if comma >= 0 else len(text.rstrip(" \t\r\n."))
    if _DOUBLE_MARKS.search(text, at, end) is not None:
        return at, at
    return who.end(1), end


def _quote_ending_before(unit: _Unit, at: int) -> _Quote | None:
    """The closed quote whose closing mark stands just before ``at`` (``“…,” she said``)."""
    if not unit.quotes:
        return None  # most units quote no one
    text = unit.text
    at = _back_blanks(text, at)
    if at > 0 and text[at - 1] in ",—":
        at = _back_blanks(text, at - 1)
    return unit.quote_closed_at(at - 1)


def _forward(
    unit: _Unit, frame: _Frame, limit: int, verb: str
) -> tuple[StatementKind, int, int] | None:
    """What a frame reports after its verb: ``(kind, start, end)`` local to the unit, or None."""
    text = unit.text
    at = _skip_blanks(text, frame.end)
    key = verb.lower().split()[0]
    if key == "according" or frame.kind is _Kind.ACCORDING:
        if text.startswith(",", at) and not (_closes_unit(text, frame) or _trailing(text, frame)):
            return _INDIRECT, _skip_blanks(text, at + 1), limit
        return None
    if key in _QUOTE_ONLY:
        quote = unit.quote_after(at)
        if quote is None or quote.start >= limit or "," in text[at : quote.start]:
            return None
        if text[max(0, frame.start - 5) : frame.start].lower() == "what ":
            return None  # "praised what she called a “win-win” model": scare quotes
        return _DIRECT, quote.start, quote.end
    if _trailing(text, frame):
        return None  # "A, the minister told a seminar …", "A, X said amid concerns over B"
    if key in _TELLING:
        at = _skip_object(text, at, limit)
    elif key in _TO_AUDIENCE and text.startswith("to ", at):
        at = _past_audience(text, at, limit)  # "confirmed to Dawn that B"
    word = _WORD.match(text, at)
    if word is not None and word.group() == "here":  # "said here on Monday the road was open"
        at = _skip_blanks(text, word.end())
        word = _WORD.match(text, at)
    if word is not None and word.group() == "with":  # "agreed with the governor that B"
        that = _find_word(text, "that", word.end(), min(limit, at + 80))
        clause = _skip_blanks(text, that + 4)
        if (
            that >= 0
            and "," not in text[at:that]
            and not _FINITE.search(text, at, that)
            and not _FINITE.match(text, clause)  # "with the firms that were present": relative
        ):
            return _INDIRECT, clause, limit
    if key in _THAT_ONLY and not (
        text.startswith("that", at) or (word is not None and _adverbial(text, word))
    ):
        return None
    if key.startswith("introduce") and not _clause_opens(text, at + 4):
        return None  # "introduced that scheme last year": a demonstrative, no clause
    if word is not None and _adverbial(text, word):
        # "said in a statement that", "said on Monday:", "said while addressing …, …"
        window = min(limit, at + 200)
        that = _find_word(text, "that", at, window)
        colon = text.find(":", at, window)
        if that >= 0 and (colon < 0 or that < colon):
            at = _skip_blanks(text, that + 4)
        elif colon >= 0:
            at = _skip_blanks(text, colon + 1)
        elif (time := _TIME_ADVERBIAL.match(text, at)) is not None and key in _STRONG:
            at = _skip_blanks(text, time.end())  # "said on Monday the road was open"
            after = _WORD.match(text, at)
            if after is not None and (
                _adverbial(text, after)
                or after.group().lower() in _ADJUNCT_OPENERS
                or _participle(after.group())
                or _FRAME_ADJUNCT.match(text, at) is not None
            ):
                # "said on Thursday after the meeting", "said Friday, as crews …", "said on
                # Sunday, ending a week of detours": the clause before is reported
                return None
        elif key in _SAYING and (where := _IN_DOCUMENT.match(text, at)) is not None:
            at = _skip_blanks(text, where.end())  # "said in a statement on Monday it had paid"
            time = _TIME_ADVERBIAL.match(text, at)
            at = at if time is None else _skip_blanks(text, time.end())
            word = _WORD.match(text, at)
            if word is None or word.group().endswith("ed"):
                return None  # "in a statement issued on Monday": the clause is not found
            if not _FINITE.search(text, at, min(limit, at + 120)):
                return None
        else:
            return None
    elif text.startswith(":", at):
        at = _skip_blanks(text, at + 1)
    elif text.startswith(",", at):
        aside = _ASIDE_THAT.match(text, at)  # "cautioned, though, that B"
        if aside is not None:
            return _INDIRECT, _skip_blanks(text, aside.end()), limit
        at = _skip_blanks(text, at + 1)
        quote = unit.quote_at(at + 1)
        return None if quote is None else (_DIRECT, quote.start, quote.end)
    elif text.startswith("that", at) and not text[at + 4 : at + 5].isalnum():
        return _INDIRECT, _skip_blanks(text, at + 4), limit
    elif key not in _SAYING and not _zero_that(text, at, limit):
        # A clause without "that" must look like one: "added a clause" reports nothing, and
        # "announced a plant which will be built" is an object with its relative clause.
        quote = unit.quote_at(at + 1)
        return None if quote is None or not quote.closed else (_DIRECT, quote.start, quote.end)
    if at >= limit:
        return None
    quote = unit.quote_at(at + 1)
    if quote is not None and (quote.end >= limit - 2 or not quote.closed):
        return _DIRECT, quote.start, quote.end
    if not (text[at].isalnum() or text[at] in _OPENING or text[at] == "$"):
        return None
    if _FINITE.match(text, at):
        return None  # "the road, which he said was complete": the clause lacks its subject
    if text.startswith("to ", at):
        return None  # "is said to be", "said to the meeting": an infinitive or a phrase
    return _INDIRECT, at, limit


def _clause_opens(text: str, at: int) -> bool:
    """True when the word after ``at`` may open a clause's subject (``the``, ``It``, ``2,000``).

    A determiner or pronoun, a capitalised word or a number; a bare lower-case noun may be the
    object of a demonstrative ``that`` before it (``introduced that scheme``).
    """
    at = _skip_blanks(text, at)
    if text[at : at + 1].isdigit():
        return True
    word = _WORD.match(text, at)
    return word is not None and (word.group() in _SUBJECT_OPENERS or word.group()[0].isupper())


def _clause_subject(text: str, word: "re.Match[str]") -> bool:
    """True when ``word``, after ``A, she said, and``, opens a clause of its own, no act of hers.

    A name (``and Pakistan will``) or a noun (``and banks remain wary``, ``and clearance still
    takes a week``) opens one; a verb the speaker did besides does not (``and called for
    calm``, ``and gave no details``, ``and urges the banks to``: a word in ``-s`` before an
    object is a verb).
    """
    key = word.group()
    if key[0].isupper():
        return key.lower() not in _NOT_SUBJECTS
    if key in _NOT_CLAUSE_SUBJECTS or key.endswith(("ed", "ing", "ly")) or not key.isalpha():
        return False
    if not key.endswith("s"):
        return True
    after = _WORD.match(text, _skip_blanks(text, word.end()))
    return after is not None and after.group().lower() not in _OBJECT_OPENERS


def _participle(word: str) -> bool:
    """True for a lower-case ``-ing`` word that opens a participle clause (``ending``, ``easing``).

    ``nothing``/``something`` are pronouns that may open a reported clause instead.
    """
    return word.islower() and word.endswith("ing") and not word.endswith("thing")


def _zero_that(text: str, at: int, limit: int) -> bool:
    """True when a clause without ``that`` starts at ``at``: a subject, then its auxiliary.

    No relative word or comma may stand before the auxiliary (``a plant which will be``).
    """
    finite = _FINITE.search(text, at, min(limit, at + 120))
    return finite is not None and _RELATIVE.search(text, at, finite.start()) is None


def _skip_object(text: str, at: int, limit: int) -> int:
    """Skip the object of ``told``: ``reporters``, ``the media``, ``APP (A)``, up to ``that``.

    A ``that`` after a comma and a participle is the participle's (``told reporters, noting
    that``); one after an appositive is the verb's (``was briefed by the CEO, Mr X, that``). A
    long addressee (``told the gathering of traders and industrialists from Sialkot that``)
    runs further when no comma, auxiliary or quotation mark shows a clause before its ``that``.
    """
    window = min(limit, at + 60)
    comma = text.find(",", at, window)
    participle = _WORD.match(text, _skip_blanks(text, comma + 1)) if comma >= 0 else None
    if participle is not None and participle.group().endswith("ing"):
        window = comma
    that = _find_word(text, "that", at, window)
    if that < 0 and comma < 0 and window < limit:  # "told the gathering of traders and … that"
        that = _find_word(text, "that", window - 4, min(limit, at + 120))
    if that >= 0 and (_FINITE.search(text, at, that) or _DOUBLE_MARKS.search(text, at, that)):
        that = -1  # a verb or a quote before it: "that" is inside what is reported
    if that >= 0:
        return that
    previous = start = at
    modifier = False  # the last word skipped may modify a noun: "the Senate", "a press"
    for m in _WORD.finditer(text, at, min(limit, at + 80)):
        if text[previous : m.start()].strip():
            abbreviation = _ABBREVIATED.match(text, _skip_blanks(text, previous))
            if not modifier or abbreviation is None or abbreviation.start(1) != m.start():
                break  # punctuation ends the object: "told reporters, “China …"
            at = previous = abbreviation.end()  # "told China Daily (CD)": its abbreviation
            continue
        previous = m.end()
        word = m.group()
        if (
            word.lower() in _OBJECTS
            or (word[0].isupper() and not _verb_after(text, m.end()))
            or (m.start() == start and _audience(text, m))
        ):
            at = _skip_blanks(text, m.end())
            modifier = word[0].isupper() or word in ("news", "press")
            continue
        if word.lower() in ("the", "a", "this", "news", "press"):
            continue
        break
    at = _plain_object(text, at, modifier)
    if at > start and text.startswith("of ", at):
        return _of_audience(text, at)
    return _past_relative(text, at, limit) if at > start and text.startswith(",", at) else at


def _verb_after(text: str, at: int) -> bool:
    """True when a verb follows ``at``: the capitalised word before it is a clause's subject.

    ``told reporters China values …``, ``told Dawn Pakistan will …``: an auxiliary, or a
    lower-case word in ``-ed`` or ``-s`` that is no audience (``told APP news agency``).
    """
    word = _WORD.match(text, _skip_blanks(text, at))
    if word is None or not word.group().islower():
        return False
    key = word.group()
    if _FINITE.fullmatch(key) or key.endswith("ed"):
        return True
    return key.endswith("s") and not key.endswith("ss") and key not in _AUDIENCE_WORDS


def _past_relative(text: str, comma: int, limit: int) -> int:
    """The ``that`` after an object's relative clause set off at ``comma``, else ``comma``.

    ``informed the panel, which met for the first time since the budget, that B``: the
    relative clause describes the audience; the verb's clause opens at the ``, that`` that
    closes it (no quotation between).
    """
    word = _WORD.match(text, _skip_blanks(text, comma + 1))
    if word is None or word.group() not in _RELATIVE_OPENERS:
        return comma
    that = text.find(", that ", word.end(), min(limit, word.end() + 160))
    if that < 0 or _DOUBLE_MARKS.search(text, word.end(), that) is not None:
        return comma
    return that + 2


def _of_audience(text: str, at: int) -> int:
    """Past an object's ``of`` phrase at ``at`` when the object closes after it, else ``at``.

    ``told a gathering of investors in Karachi``, ``told a meeting of the Senate panel.``: up
    to three words after ``of`` (and an article), then punctuation, the end, an adverbial or a
    clause without ``that`` (``told members of the panel the plan was ready``); an auxiliary
    among the words shows a clause instead.
    """
    end = at + 2
    article = _WORD.match(text, _skip_blanks(text, end))
    if article is not None and article.group().lower() in _ARTICLES:
        end = article.end()
    return _nouns_end(text, end, at, of_phrase=True)


def _past_audience(text: str, at: int, limit: int | None = None) -> int:
    """Past ``to`` and an audience at ``at`` when a clause or the frame's end follows, else ``at``.

    ``confirmed to Dawn that``, ``explained to the committee that``: the audience is read as
    the object of ``told`` is (see :func:`_skip_object`); ``is said to be`` is no audience.
    So is one before a clause without ``that`` (``said to reporters the road was open``), and
    one before an adverbial or the clause's end (``…, he said to reporters on Monday.``): what
    he said stands before the frame.
    """
    word = _WORD.match(text, _skip_blanks(text, at + 2))
    if word is None or not (word.group()[0].isupper() or word.group() in _AUDIENCE_OPENERS):
        return at
    limit = len(text) if limit is None else limit
    end = _skip_object(text, word.start(), limit)
    if text.startswith("that", end):
        # "wrote to the ministry, which said that": the clause is another's
        return at if "," in text[at:end] else end
    if "," not in text[at:end] and _zero_that(text, end, limit):
        return end  # "said to reporters the road was open"
    return end if _ends_clause(text, end, "") else at


def _plain_object(text: str, at: int, inside: bool) -> int:
    """Past ``the bourse``/``the stock exchange`` at ``at`` when the object closes there.

    One to three lower-case nouns after an article (or, ``inside`` an object already begun,
    right at ``at``: ``a press`` + ``briefing``, ``the Senate`` + ``standing committee``),
    then punctuation, the end or an adverbial (``informed the bourse on Monday``, ``told the
    regulator in a filing``, ``told a weekly news conference``); else ``at``. An auxiliary
    among them shows a clause instead (``told the plan was ready``).
    """
    end = at
    if not inside:
        article = _WORD.match(text, at)
        if article is None or article.group().lower() not in _ARTICLES:
            return at
        end = article.end()
    return _nouns_end(text, end, at, of_phrase=False)


def _nouns_end(text: str, end: int, at: int, of_phrase: bool) -> int:
    """Past one to three nouns from ``end`` when an object closes after one of them, else ``at``.

    The object closes before punctuation, the end or an adverbial; an auxiliary among the words
    shows a clause. Nouns are lower case, except in an ``of_phrase`` (``of the Senate``), whose
    article after a noun may open a clause without ``that`` instead.
    """
    for n in range(3):
        noun = _WORD.match(text, _skip_blanks(text, end))
        if noun is None:
            return at
        word = noun.group()
        if of_phrase and n and word in _ARTICLES:  # "members of the panel the plan was ready"
            return noun.start() if _zero_that(text, noun.start(), len(text)) else at
        if (not of_phrase and not word.islower()) or word in _NOT_NOUNS or _FINITE.fullmatch(word):
            return at
        end = noun.end()
        after = _skip_blanks(text, end)
        if after >= len(text) or text[after] in ".,;:" or _adverbial_at(text, after):
            return after
    return at


def _adverbial_at(text: str, at: int) -> bool:
    """True when an adverbial opener (``in``, ``on``, ``during``) is the word at ``at``."""
    word = _WORD.match(text, at)
    return word is not None and word.group().lower() in _ADVERBIAL_OPENERS


def _audience(text: str, word: "re.Match[str]") -> bool:
    """True for an unlisted plural object before an adverbial or the clause's end.

    ``told investors on a call``, ``told analysts last week``, ``…, Y told investors.``
    """
    if not word.group().endswith("s"):
        return False
    at = _skip_blanks(text, word.end())
    if at >= len(text) or text[at] in ".;":
        return True
    after = _WORD.match(text, at)
    return after is not None and (
        after.group() in _AUDIENCE_ADVERBIALS or _TIME_ADVERBIAL.match(text, at) is not None
    )


def _find_word(text: str, word: str, start: int, end: int) -> int:
    """The offset of ``word`` as a whole word in ``text[start:end]``, else -1."""
    at = text.find(word, start, end)
    while at >= 0:
        before_ok = at == 0 or not text[at - 1].isalnum()
        after = at + len(word)
        if before_ok and (after >= len(text) or not text[after].isalnum()):
            return at
        at = text.find(word, at + 1, end)
    return -1


def _trim_quote(text: str, start: int, end: int) -> int:
    """End of a quote's content: trailing blanks, commas and semicolons dropped."""
    while end > start and text[end - 1] in " \t\r\n,;":
        end -= 1
    return end


def _past_linking(text: str, at: int) -> int:
    """Past a linking adverb and its comma at ``at`` (``Meanwhile, A, officials said``: A)."""
    word = _WORD.match(text, _skip_blanks(text, at))
    if word is None or word.group().lower() not in _LINKING or not text.startswith(",", word.end()):
        return at
    return word.end() + 1


def _own_act_cut(text: str, start: int, end: int) -> int:
    """End of a reported clause before the speaker's own next act: ``said A and invited B``.

    After a perfect (``said X had approved A and invited B``) the act is the clause's own.
    """
    act = _OWN_ACT.search(text, start, end)
    if act is None or _PERFECT.search(text, start, act.start()) is not None:
        return end
    return act.start()


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A reported clause's bounds: blanks, the final ``.``/``,``/``;`` and ``that`` dropped."""
    start = _skip_blanks(text, start)
    if text.startswith("that ", start):
        start = _skip_blanks(text, start + 5)
    while end > start and text[end - 1] in " \t\r\n,;.:—":
        end -= 1
    return (start, end) if end - start >= 3 else None


def extract_statements(article: Article, sentences: Sequence[Sentence]) -> tuple[Statement, ...]:
    """The statements reported in ``article``, in reading order."""
    found = _Reader(article).read(_units(article, sentences))
    return tuple(sorted(found, key=lambda s: (s.span.start, s.span.end)))
