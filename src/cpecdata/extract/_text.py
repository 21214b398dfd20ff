"""Sentences of an article with their offsets in the source: the unit most extraction rules read."""

import re
from collections.abc import Iterable, Iterator

import attrs

from cpecdata.model import Article, Span

__all__ = ["Sentence", "alternatives", "sentences"]

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before blanks and
# an opening capital, digit or quote. Abbreviations and initials are checked afterwards.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt cmdr adm brig sgt prof rev hon sen rep gov st mt no nos vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept govt approx est fig "
    "retd rs i.e e.g u.s u.k u.n p.m a.m h.e".split()
)


@attrs.frozen
class Sentence:
    """One sentence of a paragraph.

    Attributes:
        text: The sentence exactly as in the source.
        span: Where it lies in :attr:`Article.source`.
        paragraph: Index of its paragraph in :attr:`Article.paragraphs`.
        index: Index of the sentence within its paragraph.
    """

    text: str
    span: Span
    paragraph: int
    index: int


def sentences(article: Article) -> list[Sentence]:
    """Split every paragraph of ``article`` into sentences, in reading order."""
    out: list[Sentence] = []
    for p_index, paragraph in enumerate(article.paragraphs):
        base = paragraph.span.start
        for s_index, (start, end) in enumerate(_split(paragraph.text)):
            span = Span(base + start, base + end)
            out.append(Sentence(paragraph.text[start:end], span, p_index, s_index))
    return out


def _split(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of the sentences of one paragraph (linear: one regex pass, O(1) checks per stop)."""
    start = 0
    for m in _END.finditer(text):
        if m.group()[0] == "." and _is_abbreviation(text, m.start()):
            continue
        end = m.end()
        yield start, end
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    end = len(text.rstrip())
    if start < end:
        yield start, end


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the ``.`` at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    word_start = dot
    while word_start > 0 and text[word_start - 1] not in ' \t\r\n(“"':
        word_start -= 1
    word = text[word_start:dot].lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Dr. A. Q. Khan"
    return word.rstrip(".") in _ABBREVIATIONS


_Trie = dict[str, "_Trie"]


def alternatives(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie so a match costs one word's length."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a word

    def pattern(node: _Trie) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return pattern(trie)
