"""Tests for the sentence splitter and the word-trie regex builder every extractor leans on."""

import re

from hypothesis import given
from hypothesis import strategies as st

from cpecdata.extract._text import alternatives, sentences
from cpecdata.rawformat import parse_text


def _sentences(body: str) -> list[str]:
    """The sentences of a one-paragraph article with ``body`` as its text."""
    (article,) = parse_text(f" date 2024-03-04 A fictional headline\n\n{body}", "t.txt")
    assert not isinstance(article, Exception)
    return [s.text for s in sentences(article)]


def test_split_at_stops_before_capitals() -> None:
    """A full stop before a capital ends a sentence; that is the unit statements are read in."""
    assert _sentences("The port opened. Ships came in! Was it late? No.") == [
        "The port opened.",
        "Ships came in!",
        "Was it late?",
        "No.",
    ]


def test_titles_and_initials_do_not_end_sentences() -> None:
    """``Dr. A. Q. Khan`` and ``Gen. Rana`` are one sentence, or speakers would be cut in two."""
    assert _sentences("Dr. A. Q. Khan met Gen. Rana in Gwadar. They spoke.") == [
        "Dr. A. Q. Khan met Gen. Rana in Gwadar.",
        "They spoke.",
    ]


def test_rupee_abbreviation_does_not_end_a_sentence() -> None:
    """``Rs. 8.2 billion`` is one amount: split there, an approval never reaches its project."""
    assert _sentences("The board approved Rs. 8.2 billion for the park. Work starts soon.") == [
        "The board approved Rs. 8.2 billion for the park.",
        "Work starts soon.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    """A quotation's closing mark belongs to the sentence it ends."""
    assert _sentences("“We are ready.” She left.") == ["“We are ready.”", "She left."]


def test_spans_point_at_the_source() -> None:
    """Every sentence's span must cut exactly its text out of the article source."""
    (article,) = parse_text(" date 2024-03-04 H\n\nOne here. Two there.\n\nThree.", "t.txt")
    assert not isinstance(article, Exception)
    assert all(article.source[s.span.start : s.span.end] == s.text for s in sentences(article))
    assert [(s.paragraph, s.index) for s in sentences(article)] == [(0, 0), (0, 1), (1, 0)]


@given(st.sets(st.text(alphabet="abc.-", min_size=1, max_size=5), min_size=1, max_size=8))
def test_alternatives_match_exactly_the_words(words: set[str]) -> None:
    """The trie regex must accept each word and nothing else (prefixes included)."""
    pattern = re.compile(f"(?:{alternatives(words)})")
    candidates = words | {w[:-1] for w in words} | {w + "a" for w in words}
    assert {c for c in candidates if pattern.fullmatch(c)} == words
