"""Statement tests for documents that name their issuing body: the document speaks, as written.

The annotation guidelines give a statement that names no person as its phrase (``a statement
issued by the PM Office``), the issuing body as its organisation. Every article is fictional.
"""

from cpecdata.model import Actor
from test_statements import article, read


def speakers(*paragraphs: str) -> list[tuple[Actor, str]]:
    """(speaker, text) of each statement of a fictional article."""
    return [(s.speaker, s.text) for s in read(article(*paragraphs))]


class TestDocumentAsWritten:
    def test_according_to_a_statement_issued_by_a_body(self) -> None:
        """``according to a statement issued by X, A``: the statement as written, X its body."""
        assert speakers(
            "According to a statement issued by the Fictional Canal Office, the new lock will "
            "open in May.",
        ) == [(Actor("a statement issued by the Fictional Canal Office", named=False,
                     organization="Fictional Canal Office"),
               "the new lock will open in May")]  # fmt: skip

    def test_statement_from_a_body_after_the_clause(self) -> None:
        """``A, a statement from X said``: the statement as written speaks A."""
        assert speakers(
            "The fictional ferry will start in June, a statement from the Fictional Harbour "
            "Authority said.",
        ) == [(Actor("a statement from the Fictional Harbour Authority", named=False,
                     organization="Fictional Harbour Authority"),
               "The fictional ferry will start in June")]  # fmt: skip

    def test_issuer_before_the_noun_ends_the_phrase(self) -> None:
        """``A, a Foreign Office statement issued before the visit said``: no time in the name."""
        assert speakers(
            "The envoys will meet in the fictional town of Darel, a Foreign Office statement "
            "issued before the visit said.",
        ) == [(Actor("a Foreign Office statement", named=False, organization="Foreign Office"),
               "The envoys will meet in the fictional town of Darel")]  # fmt: skip

    def test_adverbial_after_the_issuer_is_no_part_of_the_phrase(self) -> None:
        """``according to a handout issued by X on Sunday, A``: the handout ends at X."""
        assert speakers(
            "According to a handout issued by the Fictional Canal Office on Sunday, the lock "
            "will open in May.",
        ) == [(Actor("a handout issued by the Fictional Canal Office", named=False,
                     organization="Fictional Canal Office"),
               "the lock will open in May")]  # fmt: skip


class TestLaterMentions:
    def test_the_statement_and_the_body_after_it(self) -> None:
        """``the statement said`` is the same document; ``the X said`` the body itself."""
        found = speakers(
            "The fictional ferry will start in June, a statement from the Fictional Harbour "
            "Authority said.",
            "The statement said fares would stay low.",
            "The Fictional Harbour Authority said the pier was ready.",
        )
        document = Actor("a statement from the Fictional Harbour Authority", named=False,
                         organization="Fictional Harbour Authority")  # fmt: skip
        assert [speaker for speaker, _ in found] == [
            document,
            document,
            Actor("Fictional Harbour Authority", organization="Fictional Harbour Authority"),
        ]


class TestIssuerSpeaksAsItself:
    def test_statement_issued_by_a_person(self) -> None:
        """``a statement issued by Minister X``: a person named, so X speaks as themself."""
        found = speakers(
            "Fictional Minister Tariq Zaman Lodhi visited the port.",
            "According to a statement issued by Tariq Zaman Lodhi, the lock will open in May.",
        )
        assert [(s.name, s.named, text) for s, text in found] == [
            ("Tariq Zaman Lodhi", True, "the lock will open in May")
        ]

    def test_body_that_issued_a_statement_saying(self) -> None:
        """``X issued a statement saying A``: X, the subject, is the speaker."""
        found = speakers(
            "The Fictional Harbour Authority issued a statement saying the pier was ready.",
        )
        assert found == [
            (
                Actor("Fictional Harbour Authority", organization="Fictional Harbour Authority"),
                "the pier was ready",
            )
        ]
