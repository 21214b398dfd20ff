"""Initiative detection, session 7 round 2: which phrases are initiatives (not their stage).

Each class is a way reporters write about CPEC works, with fictional places, people and wording.
"""

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article
from cpecdata.rawformat import parse_text

Row = tuple[str, str, str | None, str | None]


def _rows(*paragraphs: str) -> list[Row]:
    """Name, sector, location and status of each initiative of a fictional article."""
    body = "\n\n".join(paragraphs)
    (article,) = parse_text(f" date 2025-03-04 A fictional report\n\n{body}\n", "fixture.txt")
    assert isinstance(article, Article)
    return [
        (
            i.name,
            i.sector.value,
            i.location.name if i.location else None,
            i.status.value if i.status else None,
        )
        for i in extract_initiatives(article, sentences(article))
    ]


class TestPaymentMechanisms:
    """A CPEC payment mechanism is an initiative, framed by the Chinese firms it pays too."""

    def test_account_for_the_chinese_firms(self) -> None:
        """``set up for the Chinese power producers``: the Chinese firms frame it as CPEC's."""
        assert _rows(
            "The revolving account, which Islamabad agreed in 2016 to set up for the Chinese "
            "power producers, has been empty since May."
        ) == [("revolving account", "energy", None, "agreed")]

    def test_payment_facility(self) -> None:
        """``The payment facility ... for the corridor's coal plants``: a payment mechanism."""
        assert _rows(
            "The payment facility that the two governments agreed on for the corridor's coal "
            "plants has held no money since March."
        ) == [("payment facility", "energy", None, "agreed")]

    def test_payment_mechanism_of_a_bank(self) -> None:
        """``The bank launched a payment mechanism for exporters``: no CPEC frame, none."""
        assert _rows("The bank launched a new payment mechanism for exporters in Zorlan.") == []


class TestJointProgrammes:
    """A programme named by CPEC or the two countries and its field in lower case is one."""

    def test_cpec_scheme_in_lower_case(self) -> None:
        """``under the CPEC health fellowship scheme``: a CPEC programme beside CPEC itself."""
        assert _rows(
            "Forty nurses will train in Urumqi under the CPEC health fellowship scheme."
        ) == [
            ("CPEC", "general", None, None),
            ("CPEC health fellowship scheme", "health", None, None),
        ]

    def test_joint_programme(self) -> None:
        """``The Pak-China skills scheme was launched``: a joint programme, education."""
        assert _rows("The Pak-China skills scheme was launched in Kharan in May.") == [
            ("Pak-China skills scheme", "education", None, "established")
        ]

    def test_function_words_name_no_programme(self) -> None:
        """``CPEC and the scheme for farmers``: no field words, only CPEC."""
        assert _rows("He spoke on CPEC and the scheme for farmers in Kharan.") == [
            ("CPEC", "general", None, None)
        ]
