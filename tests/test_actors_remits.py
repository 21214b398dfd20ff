"""Tests for the remit after a portfolio title's ``for``/``on`` (``Minister for Mines X``).

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
