"""A curated gazetteer of CPEC places, recurring people, projects and bodies, matched linearly.

The lexicons live in tab-separated files under ``cpecdata/data/gazetteer/`` (one entry a line, a
stable id first, aliases ``|``-separated) and are loaded once, on first use. Matching works on
word tokens (runs of letters, runs of digits), so it ignores case, apostrophe style and the hyphen
or space between words: ``Khyber-Pakhtunkhwa``, ``khyber pakhtunkhwa`` and ``KHYBER PAKHTUNKHWA``
are one key, and ``ML-1``, ``ML 1`` and ``ML1`` another. Two kinds of alias are matched
case-sensitively to keep common words out: ALL-CAPS aliases (``US`` is a country, ``us`` is not)
and aliases written with a leading ``=`` in the data (``=Hub`` is a town, ``hub`` is not).

The words of one mention may be joined by blanks, hyphens, apostrophes, dots or ``&``, never by
a comma or a bracket. Aliases are kept in a token trie; finding looks for the words that can start
an alias with one regex (a character trie of them), then walks the token trie from each
occurrence for at most the length of the longest alias: linear in the text, whatever its content.
"""

import functools
import importlib.resources
import itertools
import re
from collections.abc import Iterable
from typing import Generic, TypeVar

import attrs

from cpecdata.model import InitiativeKind, Place, Sector

__all__ = [
    "InitiativeEntry",
    "PersonEntry",
    "demonym_country",
    "find_initiatives",
    "find_people",
    "find_places",
    "lookup_initiative",
    "lookup_person",
    "lookup_place",
    "lower_aligned",
    "place_at",
    "place_by_id",
]

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
"""A word: a run of letters or a run of digits (``ML1`` is two words, like ``ML-1``)."""
_JOINERS = r" \t\r\n\-‐‑–—'’.&"
"""What may stand between the words of one mention: blanks, hyphens, apostrophes, dots and &."""
_NEXT = re.compile(rf"[{_JOINERS}]*([^\W\d_]+|\d+)")
"""The next word of the same mention."""
_JOINED = re.compile(rf"[{_JOINERS}]*")
"""The joiners before the next word of the same mention (maybe none)."""
_BREAK = re.compile(rf"[^\w{_JOINERS}]|_")
"""What ends a mention between two words."""
_ASCII_GAPS = bytes.maketrans(
    bytes(c for c in range(128) if not chr(c).isalnum()), b" " * (128 - 62)
)
_CASE_EXACT = "="
_LEADING_ARTICLES = frozenset({"the"})


@attrs.frozen
class PersonEntry:
    """A person who recurs in CPEC news.

    Attributes:
        id: Stable gazetteer id (``shehbaz-sharif``).
        name: Canonical spelling (``Shehbaz Sharif`` for ``Shahbaz Sharif``).
        aliases: Other spellings, the canonical one excluded.
        country: Country the person acts for.
        roles: Titles held (``Prime Minister``), most recent first.
        organization: Ministry or authority the person speaks for, if any.

    """

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    roles: tuple[str, ...]
    organization: str | None


@attrs.frozen
class InitiativeEntry:
    """A known CPEC project, programme, corridor or body.

    Attributes:
        id: Stable gazetteer id (``gwadar-port``).
        name: Canonical name.
        aliases: Other names, the canonical one excluded.
        kind: Project, programme, corridor, body or area.
        sector: Sector it belongs to.
        location: Gazetteer id of the place it lies in, if it has one.

    """

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: InitiativeKind
    sector: Sector
    location: str | None


_T = TypeVar("_T")


_Entries = list[tuple[_T, tuple[str, ...] | None]]
"""The entries whose alias has some words, each with the exact words its alias must show (None
when case is free), in data order: the first one the case rule accepts wins."""


class _Node(Generic[_T]):
    """One trie node: the next tokens, and the entries whose alias ends here."""

    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node[_T]] = {}
        self.entries: _Entries[_T] = []


class _Matcher(Generic[_T]):
    """A token trie over the aliases of some entries, with a set of first words to find it fast.

    Finding works in two linear steps, the first in C and shared by all matchers (see
    :func:`_scan`): one regex finds each word that can start an alias in the text blanked but for
    ASCII letters and digits; the trie is walked from there, one word at a time, for at most the
    length of the longest alias. A first word that is no alias by itself (``the`` of ``The
    Netherlands``, ``he`` of ``He Lifeng``) starts a walk only before a word that can follow it,
    so common words rarely do. Lookups are one dict access.
    """

    def __init__(self, entries: Iterable[tuple[_T, Iterable[str]]]) -> None:
        self._root: _Node[_T] = _Node()
        self.firsts: set[str] = set()
        """Each word a text may start a mention with (``ml1`` as well as ``ml`` for ``ML-1``)."""
        self._by_words: dict[tuple[str, ...], _Entries[_T]] = {}
        for entry, aliases in entries:
            for alias in aliases:
                self._add(entry, alias)
        self._follows = {
            word: tuple(node.children)
            for word, node in self._root.children.items()
            if not node.entries
        }
        """For each first word that is no alias alone, the words that can come after it."""

    def _add(self, entry: _T, alias: str) -> None:
        """Add ``entry`` under ``alias``."""
        exact = alias.startswith(_CASE_EXACT)
        alias = alias.removeprefix(_CASE_EXACT)
        tokens = tuple(_TOKEN.findall(alias))
        if not tokens:
            raise ValueError(f"gazetteer alias {alias!r} has no word in it")
        exact = exact or (alias.upper() == alias and any(c.isalpha() for c in alias))
        lowered = tuple(token.lower() for token in tokens)
        node = self._root
        for token in lowered:
            node = node.children.setdefault(token, _Node())
        node.entries.append((entry, tokens if exact else None))
        self._by_words[lowered] = node.entries
        # The alias's first word as a text may write it: ``ML-1`` may be written ``ML1``.
        first = lowered[0]
        self.firsts.add(first)
        for previous, token in itertools.pairwise(lowered):
            if previous.isdigit() == token.isdigit():
                break
            first += token
            self.firsts.add(first)

    def followers(self, word: str) -> tuple[str, ...] | None:
        """For a first word that is no alias alone, the words that can come after it, else None."""
        return self._follows.get(word)

    def find(self, text: str) -> list[tuple[int, int, _T]]:
        """All non-overlapping longest mentions in ``text``, leftmost first."""
        low, words = _scan(text)
        firsts, follows = self.firsts, self._follows
        found: list[tuple[int, int, _T]] = []
        done = 0
        for start, word in words:
            if start < done or word not in firsts:
                continue
            following = follows.get(word)
            if following is not None and not _followed(low, start + len(word), following):
                continue
            hit = self._longest(text, low, start)
            if hit is not None:
                found.append((start, *hit))
                done = hit[0]
        return found

    def lookup(self, text: str) -> _T | None:
        """The entry whose alias is the whole of ``text`` (a leading ``the`` ignored)."""
        words = _mention_words(text)
        entries = self._by_words.get(words[0]) if words is not None else None
        if entries is None or words is None:
            return None
        written = words[1]
        return next((e for e, exact in entries if exact is None or exact == written), None)

    def at(self, text: str, start: int) -> tuple[int, _T] | None:
        """The longest alias written from ``start`` on in ``text``: where it ends, and its entry."""
        low = lower_aligned(text)
        return self._longest(text, low, start) if _starts_word(low, start) else None

    def _longest(self, text: str, low: str, start: int) -> tuple[int, _T] | None:
        """The longest alias written from ``start`` on: where it ends, and its entry."""
        best: tuple[int, _T] | None = None
        node = self._root
        words: list[tuple[int, int]] = []
        first = _TOKEN.match(low, start)
        word = first.span() if first is not None else None
        while word is not None:
            child = node.children.get(low[word[0] : word[1]])
            if child is None:
                break
            node = child
            words.append(word)
            if node.entries:
                first_entry, exact = node.entries[0]  # most aliases are case-free: no call
                entry = first_entry if exact is None else _accept(node.entries, text, words)
                if entry is not None:
                    best = (word[1], entry)
            if not node.children:
                break
            following = _NEXT.match(low, word[1])
            word = following.span(1) if following is not None else None
        return best


def _followed(low: str, end: int, following: tuple[str, ...]) -> bool:
    """True when one of ``following`` starts the next word after ``end`` (joiners skipped).

    One ``str.startswith`` call on a tuple: no regex per first word to compile on first sight.
    """
    joined = _JOINED.match(low, end)  # always matches, maybe empty
    return joined is not None and low.startswith(following, joined.end())


def lower_aligned(text: str) -> str:
    """``text`` in lower case character for character, so offsets into it are offsets into text.

    ``str.lower`` turns a few characters into two (``İ``); those are kept as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _spaced(low: str) -> str:
    """``low`` with blanks for all but ASCII letters and digits, and a blank at each end.

    So ``" gwadar "`` is where the word ``gwadar`` is, whatever stands around it. A non-ASCII
    letter splits a word: a matcher looks for its few non-ASCII first words (``türkiye``) apart.
    """
    return f" {low.encode('ascii', 'replace').translate(_ASCII_GAPS).decode('ascii')} "


@functools.lru_cache(maxsize=128)
def _scan(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` in lower case, and where each word that can start any matcher's alias is in it.

    One pass serves the three matchers: the extractors look people, places and initiatives up in
    the same sentences, hence the cache. The words come as ``(offset, word)``, leftmost first.
    """
    low = lower_aligned(text)
    finder, wide = _first_words()
    # The match starts at the blank before the word in ``spaced``: the word's offset in ``low``.
    words = [(m.start(), m[1]) for m in finder.finditer(_spaced(low))]
    if wide and not low.isascii():
        for word, whole in wide:
            if word in low:
                words += ((m.start(), word) for m in whole.finditer(low))
        words.sort()
    return low, words


@functools.cache
def _first_words() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """Regexes for the words that can start an alias of any matcher: the ASCII ones, and each other.

    The first, for :func:`_spaced` text, is a character trie of the ASCII words: one C pass
    over the text finds them all, leftmost first. An ASCII first word that is no alias alone in
    any matcher (``the`` of ``The Netherlands``) matches only where blanks and a word that may
    follow it come next, as few places do; :meth:`_Matcher.find` checks the joiners between them
    exactly. A follower that is not ASCII drops that check. :func:`_spaced` cannot see a
    non-ASCII first word whole, so each of those is found by a regex for a whole run of letters
    and digits.
    """
    alone: set[str] = set()
    needs: dict[str, set[str]] = {}
    for matcher in (_places()[1], _people(), _initiatives()):
        for word in matcher.firsts:
            followers = matcher.followers(word)
            if followers is None or not all(f.isascii() for f in followers):
                alone.add(word)
            else:
                needs.setdefault(word, set()).update(followers)
    tails = {}
    for word in alone | needs.keys():
        if word.isascii():
            after = "" if word in alone else "|".join(map(re.escape, sorted(needs[word])))
            tails[word] = f"(?= +(?:{after}))" if after else ""
    wide = sorted(word for word in alone | needs.keys() if not word.isascii())
    return (
        re.compile(f" ({_trie(tails)})(?= )"),
        tuple((w, re.compile(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])")) for w in wide),
    )


def _trie(tails: dict[str, str]) -> str:
    """A regex for each key of ``tails`` followed by its own zero-width tail (maybe empty).

    Factored as a character trie, so a match costs one word's length whatever the number of words.
    """
    by_char: dict[str, dict[str, str]] = {}
    branches = []
    for word, tail in tails.items():
        if word:
            by_char.setdefault(word[0], {})[word[1:]] = tail
        else:
            branches.append(tail)  # the word ends here: its tail comes after longer words
    branches[:0] = [re.escape(c) + _trie(rest) for c, rest in sorted(by_char.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _starts_word(low: str, at: int) -> bool:
    """True unless ``at`` continues a run of letters or a run of digits that began before it."""
    if at == 0 or at >= len(low):
        return at == 0
    before = low[at - 1]
    return not (before.isdigit() if low[at].isdigit() else before.isalpha())


def _accept(entries: _Entries[_T], text: str, words: list[tuple[int, int]]) -> _T | None:
    """The first of ``entries`` whose case rule accepts the words (spans in ``text``) as written."""
    for entry, exact in entries:
        if exact is None or all(exact[k] == text[s:e] for k, (s, e) in enumerate(words)):
            return entry
    return None


@functools.lru_cache(maxsize=1 << 14)
def _mention_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words of ``text`` in lower case and as written, a leading ``the`` dropped.

    None when ``text`` has no word or something other than blanks, hyphens, apostrophes, dots or
    ``&`` between two of its words: then it is no single mention. Callers look the same few
    words up again and again (every capitalised word of every sentence), hence the cache.
    """
    low = lower_aligned(text)
    words = text.split(" ")
    if "".join(words).isalpha() and "" not in words:  # words and single blanks, as most are
        lowered = low.split(" ")
        skip = 1 if len(words) > 1 and lowered[0] in _LEADING_ARTICLES else 0
        return tuple(lowered[skip:]), tuple(words[skip:])
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if len(spans) > 1 and low[spans[0][0] : spans[0][1]] in _LEADING_ARTICLES:
        del spans[0]
    if not spans or _BREAK.search(text, spans[0][0], spans[-1][1]):
        return None
    return tuple(low[s:e] for s, e in spans), tuple(text[s:e] for s, e in spans)


def _rows(name: str, columns: int) -> list[list[str]]:
    """The rows of a bundled TSV file, comments and blank lines skipped, padded to ``columns``."""
    path = importlib.resources.files("cpecdata").joinpath("data", "gazetteer", name)
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = [c.strip() for c in line.split("\t")]
            rows.append(cells + [""] * (columns - len(cells)))
    return rows


def _split(cell: str) -> tuple[str, ...]:
    """The ``|``-separated items of a cell."""
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def _keys(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The strings to match an entry by: its aliases, and its name unless an alias is ``=name``."""
    return aliases if _CASE_EXACT + name in aliases else (name, *aliases)


def _plain(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Aliases as written, without the case-exact marker."""
    return tuple(a.removeprefix(_CASE_EXACT) for a in aliases)


def _coordinate(cell: str) -> float | None:
    return float(cell) if cell else None


@functools.cache
def _places() -> tuple[dict[str, Place], _Matcher[Place]]:
    """Places by id, and their matcher (each place under its name and aliases)."""
    by_id: dict[str, Place] = {}
    aliases: list[tuple[Place, tuple[str, ...]]] = []
    for pid, name, country, lat, lon, alias_cell in _rows("places.tsv", 6):
        place = Place(name, country or None, pid, _coordinate(lat), _coordinate(lon))
        by_id[pid] = place
        aliases.append((place, _keys(name, _split(alias_cell))))
    return by_id, _Matcher(aliases)


@functools.cache
def _people() -> _Matcher[PersonEntry]:
    people = []
    for pid, name, country, roles, organization, alias_cell in _rows("people.tsv", 6):
        aliases = _split(alias_cell)
        entry = PersonEntry(
            pid, name, _plain(aliases), country or None, _split(roles), organization or None
        )
        people.append((entry, _keys(name, aliases)))
    return _Matcher(people)


@functools.cache
def _initiatives() -> _Matcher[InitiativeEntry]:
    initiatives = []
    for iid, name, kind, sector, location, alias_cell in _rows("initiatives.tsv", 6):
        aliases = _split(alias_cell)
        entry = InitiativeEntry(
            iid, name, _plain(aliases), InitiativeKind(kind), Sector(sector), location or None
        )
        initiatives.append((entry, _keys(name, aliases)))
    return _Matcher(initiatives)


@functools.cache
def _demonyms() -> dict[str, str]:
    return {word.lower(): country for word, country in _rows("demonyms.tsv", 2)}


def lookup_place(text: str) -> Place | None:
    """The place whose name or alias is ``text`` (``Baluchistan`` → Balochistan), else None."""
    return _places()[1].lookup(text)


def find_places(text: str) -> list[tuple[int, int, Place]]:
    """Every place mention in ``text`` as ``(start, end, place)``, longest match, leftmost first."""
    return _places()[1].find(text)


def place_at(text: str, start: int) -> tuple[int, Place] | None:
    """The place whose mention begins at ``start`` in ``text``: where it ends, and the place."""
    return _places()[1].at(text, start)


def place_by_id(place_id: str) -> Place | None:
    """The place with gazetteer id ``place_id`` (an :attr:`InitiativeEntry.location`), else None."""
    return _places()[0].get(place_id)


def lookup_person(text: str) -> PersonEntry | None:
    """The person whose name or alias is ``text`` (``Shahbaz Sharif`` → Shehbaz Sharif) or None."""
    return _people().lookup(text)


def find_people(text: str) -> list[tuple[int, int, PersonEntry]]:
    """Every known person's mention in ``text`` as ``(start, end, entry)``, leftmost first."""
    return _people().find(text)


def lookup_initiative(text: str) -> InitiativeEntry | None:
    """The initiative whose name or alias is ``text`` (``ML1`` → Main Line-1), else None."""
    return _initiatives().lookup(text)


def find_initiatives(text: str) -> list[tuple[int, int, InitiativeEntry]]:
    """Every known initiative's mention in ``text`` as ``(start, end, entry)``, leftmost first."""
    return _initiatives().find(text)


def demonym_country(word: str) -> str | None:
    """The country a demonym names (``Chinese`` → China, ``Afghans`` → Afghanistan), else None."""
    return _demonym(word)


@functools.lru_cache(maxsize=1 << 12)
def _demonym(word: str) -> str | None:
    """:func:`demonym_country`, cached: callers ask about every capitalised word they read."""
    key = word.lower() if word.isalpha() else " ".join(_TOKEN.findall(word)).lower()
    country = _demonyms().get(key)
    if country is None and key.endswith("s"):
        country = _demonyms().get(key[:-1])
    return country
