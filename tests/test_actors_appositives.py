"""Tests for mention classes of bodies and appositives (possessives, `-based`, posts).

Each test is a class of mention written in fictional text; the rules are in
:mod:`cpecdata.extract._actors`.
"""

from cpecdata.extract._actors import find_mentions
from cpecdata.model import Actor
from test_actors import mentions


class TestPossessiveAppositive:
    def test_its_title_after_an_inverted_name_is_the_role(self) -> None:
        """``said X, its country manager``: the appositive gives X the role."""
        text = "“Sales are up,” said Li Rui, its country manager."
        assert mentions(text) == [
            ("Li Rui, its country manager", Actor("Li Rui", "country manager")),
        ]

    def test_his_title_between_commas(self) -> None:
        """``X, his spokesman, said``: so with ``his``."""
        text = "Omar Baig, his spokesman, said the fictional pump failed."
        assert mentions(text) == [("Omar Baig, his spokesman", Actor("Omar Baig", "spokesman"))]


class TestBasedBeforeABodyMention:
    def test_based_is_left_out_of_the_body_and_gives_its_country(self) -> None:
        """``Lahore-based X Motors Limited``: the body's name starts after ``-based``."""
        text = "Lahore-based Fictional Motors Limited opened a plant."
        name = "Fictional Motors Limited"
        assert mentions(text) == [(name, Actor(name, None, name, "Pakistan"))]


class TestSiteBeforeALowerCaseTitle:
    def test_airport_manager_before_a_name_is_the_whole_role(self) -> None:
        """``airport manager X``: the site word is part of the title, not lost."""
        text = "The fictional runway is ready, airport manager Hamid Zehri said."
        assert mentions(text) == [
            ("airport manager Hamid Zehri", Actor("Hamid Zehri", "airport manager")),
        ]

    def test_project_director_after_a_company(self) -> None:
        """``X Corporation project director Y``: ``project director``, of the company."""
        text = "A team led by Fictional Rail Corporation project director Gao Ming left."
        found = [m.actor for m in find_mentions(text)]
        assert [(a.name, a.role) for a in found] == [("Gao Ming", "project director")]

    def test_other_lower_case_word_is_no_site(self) -> None:
        """``new manager X``: only a site or unit word joins the title."""
        text = "The fictional mill hired new manager Hamid Zehri."
        assert mentions(text) == [("manager Hamid Zehri", Actor("Hamid Zehri", "manager"))]


class TestPostOfADescriptorsBody:
    def test_spokesman_for_an_embassy_in_a_city_then_the_name(self) -> None:
        """``The spokesman for the Chinese embassy in Islamabad, X,``: X, spokesman, embassy."""
        text = "The spokesman for the Chinese embassy in Islamabad, Zhou Bo, said it was fruitful."
        assert [m.actor for m in find_mentions(text)] == [
            Actor("Zhou Bo", "spokesman", "Chinese embassy")
        ]

    def test_head_of_a_consulate_in_a_city_then_the_name(self) -> None:
        """``The head of the fictional consulate in Karachi, Y,``: so for any such post."""
        text = "The head of the Fictional Republic consulate in Karachi, Yang Dong, spoke."
        assert [(m.actor.name, m.actor.role) for m in find_mentions(text)] == [
            ("Yang Dong", "head")
        ]
