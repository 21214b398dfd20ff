"""Tests for mention classes of bodies and appositives (possessives, `-based`, posts).

Each test is a class of mention written in fictional text; the rules are in
:mod:`cpecdata.extract._actors`.
"""

import pytest

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


class TestSiteTitleAppositive:
    def test_site_word_before_an_appositives_title(self) -> None:
        """``said X, project manager of Y (ABBR)``: the site is the title's, Y the body."""
        text = (
            "The pier is ready, said Liu Fenghua, project manager of Fictional Harbour "
            "Engineering Corporation (FHEC), the company building it."
        )
        assert mentions(text)[0] == (
            "Liu Fenghua, project manager of Fictional Harbour Engineering Corporation (FHEC)",
            Actor("Liu Fenghua", "project manager", "Fictional Harbour Engineering Corporation"),
        )

    def test_title_word_and_site_before_an_appositives_title(self) -> None:
        """``X, deputy project director of Y``: a title word may open the site's title."""
        text = "Liu Fenghua, deputy project director of Fictional Hydro Company, spoke."
        assert mentions(text) == [
            (
                text[: text.index(", spoke")],
                Actor("Liu Fenghua", "deputy project director", "Fictional Hydro Company"),
            ),
        ]

    def test_other_lower_case_word_before_the_title_is_no_site(self) -> None:
        """``X, new manager of Y``: only a site or unit word joins the title."""
        text = "Liu Fenghua, new manager of Fictional Harbour Corporation, spoke."
        assert [m.actor.role for m in find_mentions(text)] == [None, "manager"]


class TestSurnameAloneBeforeAnAppositive:
    def test_inverted_surname_takes_the_appositives_title_and_body(self) -> None:
        """``said Chen, general manager of X``: the surname alone keeps the role and body."""
        text = "“Orders doubled,” said Tao, general manager of Fictional Tiles Pakistan."
        assert mentions(text) == [
            (
                "Tao, general manager of Fictional Tiles Pakistan",
                Actor("Tao", "general manager", "Fictional Tiles Pakistan"),
            ),
        ]

    def test_inverted_surname_before_a_site_title(self) -> None:
        """``said Li, project manager of X``: the site's title and the body are Li's."""
        text = "“It is done,” said Li, project manager of Fictional Hydro Company."
        assert mentions(text) == [
            (
                "Li, project manager of Fictional Hydro Company",
                Actor("Li", "project manager", "Fictional Hydro Company"),
            ),
        ]

    def test_word_opening_the_sentence_is_no_surname(self) -> None:
        """``Later, head of X Y said``: a first word before a comma is no one's surname."""
        text = "Later, head of the Fictional Authority Ali Raza said so."
        assert mentions(text) == [
            (
                "head of the Fictional Authority Ali Raza",
                Actor("Ali Raza", "head", "Fictional Authority"),
            ),
        ]

    def test_surname_alone_without_a_body_makes_no_mention(self) -> None:
        """``said Tao, a worker at the plant``: no named body, so no surname mention."""
        text = "“It is hot,” said Tao, a worker at the plant."
        assert [m.actor.name for m in find_mentions(text)] == ["a worker"]


class TestUnitOfASeatOfLearning:
    def test_institute_of_a_university_in_an_appositive(self) -> None:
        """``X, a research fellow at the Institute of Y Studies of Z University``: one body."""
        text = (
            "Ports matter, said Pan Lu, a research fellow at the Institute of Hill Studies of "
            "Dunhe University."
        )
        body = "Institute of Hill Studies of Dunhe University"
        assert mentions(text) == [
            (f"Pan Lu, a research fellow at the {body}", Actor("Pan Lu", "research fellow", body)),
        ]

    def test_school_of_a_university_as_a_subject(self) -> None:
        """``the School of X of Y University said``: the unit named with its university."""
        text = "The School of Hill Economics of Dunhe University said so."
        body = "School of Hill Economics of Dunhe University"
        assert mentions(text) == [(body, Actor(body, None, body))]


class TestSideAsAPart:
    @pytest.mark.parametrize(
        "words", ["the soft side of the Fictional Corridor", "The supply side of the deal"]
    )
    def test_side_with_a_modifier_is_no_party(self, words: str) -> None:
        """``the soft side of X``: a part of something, no party that could speak."""
        text = f"Training is {words}, the official said."
        assert [m.actor.name for m in find_mentions(text)] == ["the official"]

    @pytest.mark.parametrize(
        ("words", "country"),
        [
            ("The Chinese side", "China"),
            ("The host side", None),
            ("The two sides", None),
            ("The relevant sides", None),
        ],
    )
    def test_side_as_a_party_stays(self, words: str, country: str | None) -> None:
        """``the Chinese side``, ``the host side``: a party to talks, still read."""
        text = f"{words} said the talks went well."
        assert mentions(text) == [(words, Actor(words, None, None, country, named=False))]


class TestFacilityOfAPlace:
    @pytest.mark.parametrize(
        ("words", "body"),
        [
            ("Officials at the Dunhe dry port", "Dunhe dry port"),
            ("An engineer at the Sahiwal coal power plant", "Sahiwal coal power plant"),
            ("An official of the Thar coal mine", "Thar coal mine"),
        ],
    )
    def test_lower_case_facility_after_a_place_is_the_body(self, words: str, body: str) -> None:
        """``officials at the X dry port``: the place's facility is the body, not the place."""
        found = find_mentions(f"{words} said the queue was short.")
        assert [(m.actor.name, m.actor.organization) for m in found] == [(words, body)]

    def test_conjunction_ends_the_body(self) -> None:
        """``a manager at Gwadar and the port``: no facility of Gwadar's."""
        found = find_mentions("A manager at Gwadar and the port said so.")
        assert [(m.actor.name, m.actor.organization) for m in found] == [
            ("A manager at Gwadar", "Gwadar")
        ]


class TestSideAfterADescriptor:
    def test_side_after_a_descriptor_is_whose_side_it_is_on(self) -> None:
        """``officials at X on the Pakistani side said``: one speaker, of Pakistan; no party."""
        text = "Officials at the Dunhe dry port on the Pakistani side said it was open."
        words = text[: text.index(" said")]
        assert mentions(text) == [
            (words, Actor(words, None, "Dunhe dry port", "Pakistan", named=False)),
        ]


class TestAgedAppositive:
    def test_age_before_an_appositives_title(self) -> None:
        """``X, a 52-year-old farmer,``: the age stands between; the title is still X's role."""
        text = "Nasreen Qadir, a 52-year-old farmer, joined the fictional cooperative."
        assert mentions(text) == [
            ("Nasreen Qadir, a 52-year-old farmer", Actor("Nasreen Qadir", "farmer")),
        ]

    @pytest.mark.parametrize("words", ["a 31-year-old fisherman's", "the minister's"])
    def test_possessed_title_is_no_role(self, words: str) -> None:
        """``X, the minister's wife,``: the title is whose the noun is, not X's role."""
        text = f"Nasreen Qadir, {words} wife, opened the fictional clinic."
        assert mentions(text)[0] == ("Nasreen Qadir", Actor("Nasreen Qadir"))


class TestTitleInARelativeClause:
    @pytest.mark.parametrize("clause", ["who is the site manager", "who is also the site manager"])
    def test_who_is_the_title_of_a_body(self, clause: str) -> None:
        """``said X, who is the site manager of Y``: the clause gives X's title and body."""
        text = f"It is done, said Liu Fenghua, {clause} of Fictional Hydro Company."
        assert mentions(text) == [
            (
                text[text.index("Liu") : -1],
                Actor("Liu Fenghua", "site manager", "Fictional Hydro Company"),
            ),
        ]

    def test_who_was_is_a_past_office(self) -> None:
        """``X, who was the chairman of Y``: a past office, not X's role."""
        text = "Liu Fenghua, who was the chairman of Fictional Hydro Company, spoke."
        assert mentions(text)[0] == ("Liu Fenghua", Actor("Liu Fenghua"))


class TestPossessorAndSiteTitle:
    def test_possessor_then_a_site_title(self) -> None:
        """``said X, Y's site manager``: Y is the body, the site the title's."""
        text = "It is done, said Liu Fenghua, Dunhe Hydro's site manager."
        assert mentions(text) == [
            (
                "Liu Fenghua, Dunhe Hydro's site manager",
                Actor("Liu Fenghua", "site manager", "Dunhe Hydro"),
            ),
        ]


class TestPlacesUnitOfABody:
    @pytest.mark.parametrize(
        ("unit", "body"),
        [("Pakistan operations", "Fictional Hydro Company"), ("Gwadar branch", "Dunhe Group")],
    )
    def test_title_of_a_places_unit_of_a_body(self, unit: str, body: str) -> None:
        """``said X, head of the Pakistan operations of Y``: the unit is Y's; Y is the body."""
        text = f"It is done, said Liu Fenghua, head of the {unit} of {body}."
        assert mentions(text) == [
            (text[text.index("Liu") : -1], Actor("Liu Fenghua", "head", body))
        ]
