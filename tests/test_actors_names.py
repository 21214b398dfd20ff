"""Tests for bodies' names written with inner punctuation (fictional text).

The rules are in :mod:`cpecdata.extract._actors`; the general cases in ``test_actors.py``.
"""

from cpecdata.model import Actor
from test_actors import mentions


class TestCompanySuffix:
    def test_co_comma_ltd_is_one_company(self) -> None:
        """``X Co., Ltd. said``: the ``Ltd`` after the comma ends the company's name."""
        text = "Hebei Sunrise Foods Co., Ltd. said demand had doubled."
        found = "Hebei Sunrise Foods Co., Ltd"
        assert mentions(text) == [(found, Actor(found, None, found, "China"))]

    def test_title_of_a_co_comma_limited_keeps_the_whole_name(self) -> None:
        """``X, manager of Y Co., Limited, said``: the employer is the whole legal name."""
        text = "Liu Fang, sales manager of Qinghe Cables Co., Limited, said so."
        assert mentions(text) == [
            (text[:-10], Actor("Liu Fang", "sales manager", "Qinghe Cables Co., Limited"))
        ]


class TestLaboratories:
    def test_named_laboratory_is_a_body(self) -> None:
        """``the X Seed Laboratory`` is a body (as an institute is), not a person's name."""
        text = "The Tianshan Soil Laboratory said the tests were done."
        found = "Tianshan Soil Laboratory"
        assert mentions(text) == [(found, Actor(found, None, found))]

    def test_title_of_a_lab_names_its_employer(self) -> None:
        """``X, deputy director of the Y lab,``: the lab is X's body, not a name after a title."""
        text = "Li Wen, deputy director of the Qingshui lab, said so."
        assert mentions(text) == [(text[:-10], Actor("Li Wen", "deputy director", "Qingshui lab"))]
