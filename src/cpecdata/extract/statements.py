"""Statements: who said what, as direct quotes or reported speech, with the exact evidence.

The article is read in *units*: its sentences, except that a sentence boundary inside a quotation
(``“A. B,” she said``) does not split it. In each unit the rules look for *frames*, a speaker
linked to a reporting verb:

- ``SUBJECT VERB`` (``she said``, ``Ahsan Iqbal also stressed``), ``VERB SUBJECT`` after a quote
  or clause (``said Ahsan Iqbal``), ``according to SUBJECT``, and subjectless continuations
  (``, adding that``, ``and added``) that keep the previous frame's speaker;
- then what the frame reports: the quote that ends just before it (``“…,” she said``), the quote
  or clause after it (``He said: “…”``, ``said (that) …``, ``told reporters …``), or the clause
  before it (``…, she said``); a clause or quote that goes on after the frame (``A, he said, B``)
  gives a second statement.

Three rules work outside frames: ``This was stated by X`` gives the preceding sentence to X,
``A:`` answers of a Q&A transcript go to the spokesperson named in the headline or text, and a
quotation that continues into the next paragraph keeps its speaker there.

Speakers are resolved in reading order: a full mention is remembered under each of its name's
words (so ``Iqbal said`` finds Ahsan Iqbal), a pronoun goes to the most recent speaker of
compatible gender, and a descriptor (``the spokesperson``, ``the Chinese side``) to the most recent
speaker whose role and country fit; when none fits, the descriptor itself is the speaker, never an
invented name. Verbs that carry no content (``thanked``, ``condemned``) and infinitival
commitments (``agreed to``) are simply not reporting verbs here.
"""

import re
from collections.abc import Iterator, Sequence

import attrs

from cpecdata.extract._actors import Mention, find_mentions
from cpecdata.extract._text import Sentence
from cpecdata.model import Actor, Article, Span, Statement, StatementKind, When
from cpecdata.timex import Tense, find_times

__all__ = ["extract_statements"]

# --- lexicons ------------------------------------------------------------------------------------

# Verbs that report content on their own (``said the project …``); the others need ``that``, a
# colon, a quote, or a clause in front (``…, she noted``) before they count.
_STRONG = frozenset(
    "said says say stated states added adds told tells remarked remarks informed informs "
    "maintained maintains asserted asserts claimed claims replied replies wrote writes tweeted "
    "tweets declared declares saying adding stating telling maintaining asserting".split()
)
_WEAK = (
    "noted notes noting stressed stresses stressing emphasised emphasized emphasises emphasizes "
    "emphasising emphasizing announced announces announcing observed observes observing "
    "explained explains explaining disclosed discloses disclosing revealed reveals revealing "
    "confirmed confirms confirming reiterated reiterates reiterating underlined underlines "
    "underlining underscored underscores underscoring mentioned mentions mentioning recalled "
    "recalls recalling acknowledged acknowledges acknowledging argued argues arguing assured "
    "assures assuring warned warns warning opined opines commented comments responded responds "
    "hoped hopes hoping believed believes highlighted highlights highlighting affirmed affirms "
    "reaffirmed reaffirms elaborated elaborates briefed apprised"
).split()
_VERB = re.compile(
    r"\b(?:(?:pointed|points|pointing)[ \t]+out"
    r"|express(?:ed|es|ing)[ \t]+(?:the[ \t]+)?(?:hope|confidence|optimism|belief|view)"
    r"|according[ \t]+to"
    r"|" + "|".join(sorted(_STRONG | set(_WEAK), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# Objects of ``told``/``informed``/``briefed`` that stand between the verb and its clause.
_OBJECTS = frozenset(
    "reporters journalists newsmen media press participants audience gathering house senate "
    "assembly meeting delegates delegation him her them us newspersons correspondents students "
    "attendees members committee cabinet nation parliament".split()
)
# Words that may stand between a subject and its verb (``she also said``, ``had earlier said``).
_GAP_WORDS = frozenset(
    "also further however categorically has had have again earlier later reportedly clearly "
    "specifically strongly firmly once then separately additionally moreover meanwhile "
    "on monday tuesday wednesday thursday friday saturday sunday".split()
)
_PASSIVE = frozenset({"be", "been", "being", "is", "was", "were", "are", "am", "to"})
_PRONOUNS = {"he": "m", "she": "f", "they": "", "it": ""}
# Frames that open an adverbial between the verb and its content (``said in a statement that``).
_ADVERBIAL_OPENERS = frozenset(
    "in on at while during after before when addressing speaking talking here there today "
    "yesterday from via through this last earlier later separately also further".split()
)
_NOT_SOURCES = frozenset(
    "reports report media schedule data figures sources? statistics survey estimates documents "
    "plan plans agreement".split()
)
_BACKWARD = re.compile(
    r"(?:This|These|That|It|Such|The[ \t]+(?:remarks?|statements?|views?|comments?|observations?))"
    r"[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been|have[ \t]+been)[ \t]+(?:also[ \t]+)?"
    r"(?P<verb>stated|said|announced|disclosed|expressed|shared|made|revealed|conveyed|informed"
    r"|observed|highlighted|mentioned|maintained|emphasi[sz]ed|stressed|pointed[ \t]+out"
    r"|reiterated|told)[ \t]+(?:to[ \t]+\w+[ \t]+)?by[ \t]+"
)
_ANSWER = re.compile(r"(?:A|Answer)[ \t]*[:：][ \t]*")
_MARKS = re.compile(r"[“”\"]")
_OPENING = '“"'
_CLOSING = '”"'
# Descriptor words that name the same kind of role (``the spokesman`` fits a Spokesperson).
_ROLE_SYNONYMS = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "pm": "prime minister",
    "fm": "foreign minister",
    "envoy": "ambassador",
    "chairperson": "chairman",
    "cm": "chief minister",
}
_PLURAL_DESCRIPTORS = frozenset({"sides", "sources", "officials", "leaders", "diplomats"})


# --- units: sentences joined across quotation marks ----------------------------------------------


@attrs.frozen
class _Quote:
    """A quotation inside a unit (offsets local to the unit).

    Attributes:
        start: First character inside the opening mark.
        end: Offset of the closing mark (or the unit's end when the quote is not closed).
        closed: False when the paragraph ends before the quote does.

    """

    start: int
    end: int
    closed: bool


@attrs.frozen
class _Unit:
    """One or more sentences of a paragraph read together.

    Attributes:
        start: Offset of the unit in the article source.
        text: The unit's text, exactly as in the source.
        paragraph: Index of its paragraph.
        quotes: Quotations inside it.
        first: True for the first unit of its paragraph.

    """

    start: int
    text: str
    paragraph: int
    quotes: tuple[_Quote, ...]
    first: bool


def _quotes(text: str) -> list[tuple[int, int, bool]]:
    """``(open mark, close mark or len(text), closed)`` for each quotation in a paragraph."""
    out: list[tuple[int, int, bool]] = []
    opening: int | None = None
    for m in _MARKS.finditer(text):
        mark, at = m.group(), m.start()
        if opening is None:
            if mark in _OPENING:
                opening = at
        elif mark == "“":
            opening = at  # an unbalanced opening mark: the earlier quote never closed
        else:
            out.append((opening, at, True))
            opening = None
    if opening is not None:
        out.append((opening, len(text), False))
    return out


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
        quotes = _quotes(paragraph.text)
        inside = {end for open_, close, _ in quotes for end in range(open_ + 1, close + 1)}
        start: int | None = None
        for n, sentence in enumerate(sents):
            local_start = sentence.span.start - base
            local_end = sentence.span.end - base
            start = local_start if start is None else start
            if n + 1 < len(sents) and local_end in inside:
                continue
            own = tuple(
                _Quote(max(o + 1, start) - start, min(c, local_end) - start, closed)
                for o, c, closed in quotes
                if o >= start and o < local_end
            )
            text = paragraph.text[start:local_end]
            units.append(_Unit(base + start, text, p_index, own, start == 0))
            start = None
    return units


# --- speakers ------------------------------------------------------------------------------------


@attrs.define
class _Speakers:
    """The people and bodies an article has named so far, and who spoke last."""

    by_word: dict[str, Actor] = attrs.field(factory=dict)
    """Every named actor under each word of its name (``iqbal`` → Ahsan Iqbal)."""
    mentioned: list[Actor] = attrs.field(factory=list)
    """Named people in order of mention (people only: they have a role or a two-word name)."""
    spoke: list[Actor] = attrs.field(factory=list)
    """Speakers in order of their statements."""
    gender: dict[str, str] = attrs.field(factory=dict)

    def know(self, actor: Actor) -> Actor:
        """Remember a named actor; return it merged with what earlier mentions said about it."""
        known = self.by_word.get(actor.name.lower())
        if known is None and " " not in actor.name:
            known = self.by_word.get(actor.name.lower().split()[-1])
        if known is not None and (known.name == actor.name or " " not in actor.name):
            actor = attrs.evolve(
                known,
                role=known.role or actor.role,
                organization=known.organization or actor.organization,
                country=known.country or actor.country,
            )
        self.by_word[actor.name.lower()] = actor
        for word in actor.name.lower().split():
            self.by_word.setdefault(word, actor)
        if actor.role is not None or " " in actor.name:
            self.mentioned.append(actor)
        role = (actor.role or "").lower()
        if "spokeswoman" in role:
            self.gender.setdefault(actor.name, "f")
        elif "spokesman" in role:
            self.gender.setdefault(actor.name, "m")
        return actor

    def said(self, actor: Actor) -> None:
        """Record that ``actor`` made a statement."""
        self.spoke.append(actor)

    def _recent(self) -> Iterator[Actor]:
        """Candidates for a pronoun or descriptor: recent speakers first, then recent mentions."""
        yield from reversed(self.spoke)
        yield from reversed(self.mentioned)

    def pronoun(self, word: str) -> Actor | None:
        """The actor ``he``/``she``/``they``/``it`` refers to, if a compatible one is known."""
        gender = _PRONOUNS[word]
        for actor in self._recent():
            if not actor.named:
                continue
            is_person = actor.role is not None or actor.organization != actor.name
            if not gender:
                if not is_person:
                    return actor
                continue
            if is_person and self.gender.get(actor.name, gender) == gender:
                self.gender[actor.name] = gender
                return actor
        return None

    def descriptor(self, actor: Actor) -> Actor:
        """The named actor a descriptor (``the spokesperson``) refers to, else the descriptor."""
        words = actor.name.lower().split()
        if not words or words[-1] in _PLURAL_DESCRIPTORS or words[0] in ("both", "two"):
            return actor
        wanted = _role_key(actor.role) if actor.role else None
        if wanted is None and words[-1] != "side":
            return actor
        for candidate in self._recent():
            if not candidate.named or candidate.role is None:
                continue
            if actor.country and candidate.country and actor.country != candidate.country:
                continue
            if wanted is None:  # "the Chinese side": a speaker of that country
                if actor.country and candidate.country == actor.country:
                    return candidate
                continue
            if _fits(wanted, _role_key(candidate.role)):
                return candidate
        return actor


def _role_key(role: str) -> str:
    """A role in a comparable form: lower case, synonyms unified, modifiers dropped."""
    words = [_ROLE_SYNONYMS.get(w, w) for w in role.lower().replace(",", " ").split()]
    return " ".join(w for w in words if w not in ("the", "a", "an", "senior", "top", "federal"))


def _fits(wanted: str, role: str) -> bool:
    """True when a descriptor's role ``wanted`` fits a candidate's ``role``."""
    if wanted == "minister" and "prime minister" in role:
        return False
    return wanted in role


# --- frames --------------------------------------------------------------------------------------


@attrs.frozen
class _Frame:
    """A reporting frame: a speaker and a reporting verb (offsets local to the unit).

    Attributes:
        start: Where the frame begins (its subject, or the verb when it comes first).
        end: Where it ends (its verb, or the subject after an inverted verb).
        verb_start: Offset of the verb.
        verb_end: Offset one past the verb.
        speaker: Who speaks, resolved.
        resolved: How sure the resolution is (1.0 for a name in the frame itself).
        continues: True for a subjectless continuation (``, adding``).

    """

    start: int
    end: int
    verb_start: int
    verb_end: int
    speaker: Actor
    resolved: float
    continues: bool = False

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
    headline_speaker: Actor | None = None

    def read(self, units: Sequence[_Unit]) -> None:
        """Read every unit, appending statements to :attr:`out`."""
        for mention in find_mentions(self.article.headline):
            if mention.actor.named and mention.actor.role is not None:
                actor = self.speakers.know(mention.actor)
                if "spokes" in (actor.role or "").lower() and self.headline_speaker is None:
                    self.headline_speaker = actor
        previous: _Unit | None = None
        for unit in units:
            if unit.first and self.carry is not None and not self._continued(unit):
                self.carry = None
            self._read_unit(unit, previous)
            previous = unit

    def _continued(self, unit: _Unit) -> bool:
        """Emit a quotation carried over from the previous paragraph; True when there was one."""
        if self.carry is None or not unit.quotes or unit.quotes[0].start != 1:
            return False
        quote = unit.quotes[0]
        speaker, verb = self.carry
        self._emit(unit, quote.start, quote.end, speaker, StatementKind.DIRECT, verb, 0.8, ())
        self.carry = (speaker, verb) if not quote.closed else None
        return True

    def _read_unit(self, unit: _Unit, previous: _Unit | None) -> None:
        text = unit.text
        mentions = find_mentions(text)
        for mention in mentions:
            if mention.actor.named:
                self.speakers.know(mention.actor)
        if unit.first and (m := _ANSWER.match(text)) is not None:
            self._answer(unit, m.end())
        backward = _BACKWARD.match(text)
        if backward is not None and previous is not None:
            self._backward(unit, previous, backward, mentions)
            return
        frames = self._frames(unit, mentions)
        self._contents(unit, frames)

    def _answer(self, unit: _Unit, start: int) -> None:
        """A Q&A answer: the whole paragraph, said by the spokesperson the article names."""
        paragraph = self.article.paragraphs[unit.paragraph]
        offset = unit.start - paragraph.span.start
        end = len(paragraph.text.rstrip())
        speaker = self.headline_speaker or next(
            (a for a in reversed(self.speakers.spoke) if "spokes" in (a.role or "").lower()),
            Actor("the spokesperson", role="Spokesperson", named=False),
        )
        span_start = unit.start + start
        source = self.article.source
        text = source[span_start : paragraph.span.start + end].strip()
        if text and start - offset >= 0:
            span = Span(span_start, span_start + len(text))
            self.out.append(Statement(speaker, StatementKind.DIRECT, text, span, None, None, 0.85))

    def _backward(
        self, unit: _Unit, previous: _Unit, m: "re.Match[str]", mentions: Sequence[Mention]
    ) -> None:
        """Backward attribution (``This was stated by X``): X said the preceding unit."""
        speaker = next((x.actor for x in mentions if x.start >= m.end()), None)
        if speaker is None or any(s.span.start >= previous.start for s in self.out):
            return
        speaker = self._resolve(speaker)[0]
        self.speakers.said(speaker)
        verb = " ".join(m.group("verb").split())
        content = _trim_clause(previous.text, 0, len(previous.text))
        if content is not None:
            when = self._when(unit, ())
            self._add(previous, content, speaker, StatementKind.INDIRECT, verb, 0.8, when)

    def _resolve(self, actor: Actor) -> tuple[Actor, float]:
        """A mention's actor with descriptors resolved, and how sure that is."""
        if actor.named:
            return self.speakers.know(actor), 1.0
        resolved = self.speakers.descriptor(actor)
        return resolved, (0.9 if resolved is not actor else 0.75)

    # -- frames

    def _frames(self, unit: _Unit, mentions: Sequence[Mention]) -> list[_Frame]:
        text = unit.text
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        frames: list[_Frame] = []
        for m in _VERB.finditer(text):
            if any(q.start <= m.start() < q.end for q in unit.quotes):
                continue
            frame = self._frame(text, m, by_end, by_start, frames)
            if frame is not None:
                frames.append(frame)
        return frames

    def _frame(
        self,
        text: str,
        m: "re.Match[str]",
        by_end: dict[int, Mention],
        by_start: dict[int, Mention],
        frames: Sequence[_Frame],
    ) -> _Frame | None:
        verb = m.group().lower()
        if verb.startswith("according"):
            after = _skip_blanks(text, m.end())
            mention = by_start.get(after)
            if mention is None or _vague(mention.actor):
                return None
            speaker, sure = self._resolve(mention.actor)
            return _Frame(m.start(), mention.end, m.start(), m.end(), speaker, sure)
        before = _words_before(text, m.start())
        if before and before[-1][2].lower() in _PASSIVE:
            return None
        subject_end = m.start()
        for start, _end, word in reversed(before):
            if word.lower() in _GAP_WORDS:
                subject_end = start
                continue
            break
        subject_end = _back_blanks(text, subject_end)
        found = self._subject(text, subject_end, by_end)
        if found is not None:
            speaker, sure, start = found
            return _Frame(start, m.end(), m.start(), m.end(), speaker, sure)
        # Continuation: ", adding that", "and added".
        if (
            frames
            and before
            and (before[-1][2].lower() == "and" or text[:subject_end].endswith(","))
        ):
            last = frames[-1]
            cut = before[-1][0] if before[-1][2].lower() == "and" else subject_end - 1
            return _Frame(cut, m.end(), m.start(), m.end(), last.speaker, last.resolved, True)
        # Inverted: "…,” said Ahsan Iqbal".
        if verb in _STRONG and _after_clause(text, subject_end):
            mention = by_start.get(_skip_blanks(text, m.end()))
            if mention is not None:
                speaker, sure = self._resolve(mention.actor)
                return _Frame(m.start(), mention.end, m.start(), m.end(), speaker, sure)
        return None

    def _subject(
        self, text: str, end: int, by_end: dict[int, Mention]
    ) -> tuple[Actor, float, int] | None:
        """The speaker whose mention ends at ``end``: ``(actor, sureness, start)``, or None."""
        mention = by_end.get(end)
        if mention is not None:
            if _vague(mention.actor):
                return None
            speaker, sure = self._resolve(mention.actor)
            return speaker, sure, mention.start
        words = _words_before(text, end, 1)
        if not words or words[0][1] != end:
            return None
        start, _, word = words[0]
        key = word.lower()
        if key in _PRONOUNS:
            resolved = self.speakers.pronoun(key)
            if resolved is not None:
                return resolved, 0.9, start
            if key == "it":
                return None
            return Actor(word, named=False), 0.6, start
        if word[0].isupper():
            known = self.speakers.by_word.get(key)
            if known is not None:
                return self.speakers.know(known), 0.95, start
        return None

    # -- contents

    def _contents(self, unit: _Unit, frames: Sequence[_Frame]) -> None:
        """What each frame of a unit reports."""
        text = unit.text
        consumed = 0  # everything before this offset already belongs to a statement or frame
        found: list[tuple[int, int]] = []
        for n, frame in enumerate(frames):
            limit = frames[n + 1].start if n + 1 < len(frames) else len(text)
            verb = frame.verb(text)
            self.speakers.said(frame.speaker)
            quote = _quote_ending_before(unit, frame.start)
            if quote is not None and quote.start >= consumed:
                self._direct(unit, quote, frame, verb, found)
                consumed = self._after_frame(unit, frame, limit, verb, found)
                continue
            forward = _forward(unit, frame, limit, verb)
            if forward is not None:
                kind, start, end = forward
                if kind is StatementKind.DIRECT:
                    q = next(q for q in unit.quotes if q.start == start)
                    self._direct(unit, q, frame, verb, found)
                else:
                    self._indirect(unit, start, end, frame, verb, found)
                consumed = max(end, frame.end)
                continue
            front = _trim_clause(text, consumed, _back_blanks(text, frame.start))
            if front is not None and front[1] - front[0] >= 12 and not frame.continues:
                self._indirect(unit, front[0], front[1], frame, verb, found)
                consumed = self._after_frame(unit, frame, limit, verb, found)
            else:
                consumed = frame.end
        if found:
            self._timestamp(unit, found)

    def _after_frame(
        self, unit: _Unit, frame: _Frame, limit: int, verb: str, found: list[tuple[int, int]]
    ) -> int:
        """``A, he said, B``: the part after the frame is a second statement."""
        text = unit.text
        at = frame.end
        if not text.startswith(",", at):
            return at
        start = _skip_blanks(text, at + 1)
        quote = next((q for q in unit.quotes if q.start == start + 1), None)
        if quote is not None:
            self._direct(unit, quote, frame, verb, found)
            return quote.end
        clause = _trim_clause(text, start, limit)
        if clause is not None and limit == len(text) and clause[1] - clause[0] >= 12:
            self._indirect(unit, clause[0], clause[1], frame, verb, found)
            return limit
        return at

    def _direct(
        self, unit: _Unit, quote: _Quote, frame: _Frame, verb: str, found: list[tuple[int, int]]
    ) -> None:
        end = _trim_quote(unit.text, quote.start, quote.end)
        if end > quote.start:
            self._emit(unit, quote.start, end, frame.speaker, StatementKind.DIRECT, verb,
                       0.95 * frame.resolved, found)  # fmt: skip
        if not quote.closed:
            self.carry = (frame.speaker, verb)

    def _indirect(
        self,
        unit: _Unit,
        start: int,
        end: int,
        frame: _Frame,
        verb: str,
        found: list[tuple[int, int]],
    ) -> None:
        clause = _trim_clause(unit.text, start, end)
        if clause is not None:
            self._emit(unit, clause[0], clause[1], frame.speaker, StatementKind.INDIRECT, verb,
                       0.9 * frame.resolved, found)  # fmt: skip

    def _emit(
        self,
        unit: _Unit,
        start: int,
        end: int,
        speaker: Actor,
        kind: StatementKind,
        verb: str | None,
        confidence: float,
        found: list[tuple[int, int]] | tuple[()],
    ) -> None:
        text = unit.text[start:end]
        span = Span(unit.start + start, unit.start + end)
        self.out.append(Statement(speaker, kind, text, span, verb, None, round(confidence, 3)))
        if isinstance(found, list):
            found.append((start, end))

    def _add(
        self,
        unit: _Unit,
        clause: tuple[int, int],
        speaker: Actor,
        kind: StatementKind,
        verb: str,
        confidence: float,
        when: When | None,
    ) -> None:
        start, end = clause
        span = Span(unit.start + start, unit.start + end)
        text = unit.text[start:end]
        self.out.append(Statement(speaker, kind, text, span, verb, when, confidence))

    def _when(self, unit: _Unit, contents: Sequence[tuple[int, int]]) -> When | None:
        """The first time expression of a unit outside what its statements report."""
        for start, end, when in find_times(unit.text, self.article.date, Tense.PAST):
            if any(s < end and start < e for s, e in contents):
                continue
            return attrs.evolve(when, span=Span(unit.start + start, unit.start + end))
        return None

    def _timestamp(self, unit: _Unit, found: Sequence[tuple[int, int]]) -> None:
        """Attach the unit's time of speaking to the statements just read from it."""
        when = self._when(unit, found)
        if when is None:
            return
        n = len(found)
        self.out[-n:] = [attrs.evolve(s, when=when) for s in self.out[-n:]]


# --- text helpers --------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _words_before(text: str, end: int, count: int = 6) -> list[tuple[int, int, str]]:
    """Up to ``count`` words that end at or before ``end``, in order (scans a bounded window)."""
    window = max(0, end - 16 * count)
    words = [(m.start(), m.end(), m.group().rstrip(".")) for m in _WORD.finditer(text, window, end)]
    if window > 0 and words:
        words = words[1:]  # the first may be cut
    return [(s, s + len(w), w) for s, _, w in words[-count:]]


def _skip_blanks(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _back_blanks(text: str, at: int) -> int:
    while at > 0 and text[at - 1] in " \t\r\n":
        at -= 1
    return at


def _after_clause(text: str, at: int) -> bool:
    """True when ``at`` follows a comma or a closing quote: where an inverted frame may stand."""
    at = _back_blanks(text, at)
    return at > 0 and text[at - 1] in ',”"—'


def _vague(actor: Actor) -> bool:
    """Sources that are not speakers: ``media reports``, ``the flight schedule``."""
    words = actor.name.lower().split()
    return bool(words) and words[-1] in _NOT_SOURCES and words[-1] != "sources"


def _quote_ending_before(unit: _Unit, at: int) -> _Quote | None:
    """The closed quote whose closing mark stands just before ``at`` (``“…,” she said``)."""
    text = unit.text
    at = _back_blanks(text, at)
    if at > 0 and text[at - 1] in ",—":
        at = _back_blanks(text, at - 1)
    for quote in unit.quotes:
        if quote.closed and quote.end + 1 == at:
            return quote
    return None


def _forward(
    unit: _Unit, frame: _Frame, limit: int, verb: str
) -> tuple[StatementKind, int, int] | None:
    """What a frame reports after its verb: ``(kind, start, end)`` local to the unit, or None."""
    text = unit.text
    at = _skip_blanks(text, frame.end)
    key = verb.lower()
    if key.startswith("according"):
        if text.startswith(",", at):
            return StatementKind.INDIRECT, _skip_blanks(text, at + 1), limit
        return None
    if key.split()[0] in ("told", "tells", "informed", "informs", "briefed", "apprised", "telling"):
        at = _skip_object(text, at, limit)
    # An adverbial between the verb and its content: "said in a statement that", "said on Monday,".
    words = _WORD.match(text, at)
    if words is not None and words.group().lower() in _ADVERBIAL_OPENERS:
        that = _find_word(text, "that", at, limit)
        colon = text.find(":", at, limit)
        comma = text.find(",", at, limit)
        if that >= 0 and (colon < 0 or that < colon):
            at = that
        elif colon >= 0:
            at = colon
        elif comma >= 0:
            at = comma
        else:
            return None
        at = _skip_blanks(text, at + (4 if text.startswith("that", at) else 1))
    elif text.startswith((":", ","), at):
        at = _skip_blanks(text, at + 1)
        quote = next((q for q in unit.quotes if q.start == at + 1), None)
        if quote is not None:
            return StatementKind.DIRECT, quote.start, quote.end
        if text[at - 1 : at] == "," or text.startswith(",", at):
            return None
    quote = next((q for q in unit.quotes if q.start == at + 1), None)
    if quote is not None and (quote.end >= limit - 2 or not quote.closed):
        return StatementKind.DIRECT, quote.start, quote.end
    if text.startswith("that", at) and (at + 4 == len(text) or not text[at + 4].isalnum()):
        return StatementKind.INDIRECT, _skip_blanks(text, at + 4), limit
    if key.split()[0] not in _STRONG or at >= limit:
        return None
    if not (text[at : at + 1].isalnum() or text[at : at + 1] in _OPENING):
        return None
    return StatementKind.INDIRECT, at, limit


def _skip_object(text: str, at: int, limit: int) -> int:
    """Skip the object of ``told``: ``reporters``, ``the media``, ``APP``, up to ``that``."""
    that = _find_word(text, "that", at, min(limit, at + 60))
    if that >= 0:
        return that
    for m in _WORD.finditer(text, at, limit):
        if m.group().lower() in _OBJECTS or m.group()[0].isupper():
            at = _skip_blanks(text, m.end())
            continue
        if m.group().lower() in ("the", "a", "news", "press"):
            continue
        break
    return at


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
    reader = _Reader(article)
    reader.read(_units(article, sentences))
    return tuple(sorted(reader.out, key=lambda s: (s.span.start, s.span.end)))
