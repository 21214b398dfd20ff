"""Tests for offices before a name: remits (``Minister for Mines X``), party offices, bodies.

Each test is a class of mention written in fictional text; the rules are in
:mod:`cpecdata.extract._actors`.
"""

import pytest

from cpecdata.model import Actor
from test_actors import mentions


class TestProvincialPortfolios:
    @pytest.mark.parametrize(
        ("portfolio", "province"),
        [
            ("Universities", "Sindh"),
            ("Higher Education", "Punjab"),
            ("Excise and Taxation", "Balochistan"),
            ("Population Welfare", "Punjab"),
            ("Forests and Wildlife", "Sindh"),
            ("Auqaf", "Punjab"),
            ("Transport and Mass Transit", "Punjab"),
            ("Specialized Healthcare and Medical Education", "Punjab"),
        ],
    )
    def test_provincial_portfolio_stays_out_of_the_name(
        self, portfolio: str, province: str
    ) -> None:
        """``<Province> Minister for <Portfolio> X``: the portfolio is the role's, not a name."""
        text = f"{province} Minister for {portfolio} Rafia Noorani met the fictional team."
        assert mentions(text) == [
            (
                f"{province} Minister for {portfolio} Rafia Noorani",
                Actor("Rafia Noorani", f"Minister for {portfolio}", province, "Pakistan"),
            ),
        ]

    def test_adviser_on_a_remit_after_another_title(self) -> None:
        """``Adviser to the Chief Minister on X Y``: so after a title's ``on``."""
        text = (
            "Adviser to the Chief Minister on Prisons Zaheer Lango inspected the fictional jetty."
        )
        assert mentions(text) == [
            (
                "Adviser to the Chief Minister on Prisons Zaheer Lango",
                Actor("Zaheer Lango", "Adviser to the Chief Minister on Prisons"),
            ),
        ]


class TestBodyWordInARemit:
    @pytest.mark.parametrize("remit", ["Local Government", "School Education"])
    def test_body_word_after_a_ministers_for_is_the_portfolio(self, remit: str) -> None:
        """``Sindh Minister for Local Government X``: ``Government`` names no body of X's."""
        text = f"Sindh Minister for {remit} Rafia Noorani opened the fictional hall."
        assert mentions(text) == [
            (
                f"Sindh Minister for {remit} Rafia Noorani",
                Actor("Rafia Noorani", f"Minister for {remit}", "Sindh", "Pakistan"),
            ),
        ]


class TestUnlistedRemit:
    def test_one_unlisted_word_after_a_ministers_for_is_the_remit(self) -> None:
        """``Minister for Boards X``: a word no list holds after ``for`` is still the remit."""
        text = "Sindh Minister for Boards Rafia Noorani said the fictional exams were moved."
        assert mentions(text) == [
            (
                "Sindh Minister for Boards Rafia Noorani",
                Actor("Rafia Noorani", "Minister for Boards", "Sindh", "Pakistan"),
            ),
        ]


class TestPartyOffice:
    @pytest.mark.parametrize(
        ("words", "role"), [("party chief", "party chief"), ("party secretary", "party secretary")]
    )
    def test_lower_case_party_before_a_title_is_the_office(self, words: str, role: str) -> None:
        """``Yunnan party chief X``: the party's office, of the province (no ``Yunnan party``)."""
        text = f"Yunnan {words} Lu Fengming toured the fictional port."
        assert mentions(text) == [
            (f"Yunnan {words} Lu Fengming", Actor("Lu Fengming", role, "Yunnan", "China")),
        ]


class TestSectorWordsInBodies:
    def test_and_between_sector_words_stays_in_the_body(self) -> None:
        """``X Coal and Energy Board MD Y``: ``Coal`` is no name, so ``and`` joins the body."""
        text = "Dunhe Coal and Energy Board Managing Director Sadia Qadir said so."
        assert mentions(text) == [
            (
                text[: text.index(" said")],
                Actor("Sadia Qadir", "Managing Director", "Dunhe Coal and Energy Board"),
            ),
        ]
