"""Tests for actor mentions: names split from titles, organisations, countries and descriptors."""

import pytest

from cpecdata.extract._actors import Mention, find_mentions, parse_actor
from cpecdata.model import Actor


def mentions(text: str) -> list[tuple[str, Actor]]:
    """Each mention as (the text it covers, its actor)."""
    return [(text[m.start : m.end], m.actor) for m in find_mentions(text)]


class TestFindMentions:
    def test_full_title_is_split_into_country_organisation_role_and_name(self) -> None:
        """A spokesperson's full mention carries all four parts that analysts filter on."""
        text = "This was said by Chinese Foreign Ministry Spokesperson Lin Feng in Beijing."
        assert mentions(text) == [
            (
                "Chinese Foreign Ministry Spokesperson Lin Feng",
                Actor("Lin Feng", "Spokesperson", "Foreign Ministry", "China"),
            )
        ]

    def test_gazetteer_gives_canonical_name_and_country(self) -> None:
        """Spelling variants of known people must collapse to one canonical name."""
        text = "Prime Minister Shahbaz Sharif met the delegation."
        assert mentions(text) == [
            (
                "Prime Minister Shahbaz Sharif",
                Actor("Shehbaz Sharif", "Prime Minister", None, "Pakistan"),
            )
        ]

    def test_appositive_after_name_gives_role_and_country(self) -> None:
        """``Name, Pakistan's minister for X,`` is how wire copy introduces officials."""
        text = "Kamal Aziz, Pakistan's minister for maritime affairs, said so."
        assert mentions(text) == [
            (
                "Kamal Aziz, Pakistan's minister for maritime affairs",
                Actor("Kamal Aziz", "minister for maritime affairs", None, "Pakistan"),
            )
        ]

    def test_appositive_before_name_gives_role_and_country(self) -> None:
        """The reverse order, ``Pakistan's minister for X, Name,``, is just as common."""
        text = "Pakistan's minister for railways, Tariq Mehmood, said so."
        assert mentions(text) == [
            (
                "Pakistan's minister for railways, Tariq Mehmood",
                Actor("Tariq Mehmood", "minister for railways", None, "Pakistan"),
            )
        ]

    def test_ministry_of_a_portfolio_is_one_body(self) -> None:
        """``Ministry of Foreign Affairs`` is a body even though ``foreign`` is a title word."""
        text = "The Ministry of Foreign Affairs said so."
        assert mentions(text) == [
            (
                "Ministry of Foreign Affairs",
                Actor("Ministry of Foreign Affairs", None, "Ministry of Foreign Affairs"),
            )
        ]

    def test_ministry_of_a_portfolio_before_a_title(self) -> None:
        """``Ministry of Commerce Secretary X``: the portfolio belongs to the organisation."""
        text = "Ministry of Commerce Secretary Naveed Akram said so."
        assert mentions(text) == [
            (
                "Ministry of Commerce Secretary Naveed Akram",
                Actor("Naveed Akram", "Secretary", "Ministry of Commerce"),
            )
        ]

    def test_office_of_a_title_holder_is_a_body(self) -> None:
        """``the Prime Minister's Office`` is a body, not the prime minister."""
        text = "The Prime Minister's Office said so."
        assert mentions(text) == [
            (
                "Prime Minister's Office",
                Actor("Prime Minister's Office", None, "Prime Minister's Office"),
            )
        ]

    def test_special_assistant_to_the_prime_minister(self) -> None:
        """``Special Assistant to the Prime Minister on CPEC Affairs`` is one title."""
        text = "Special Assistant to the Prime Minister on CPEC Affairs Farid Qazi said so."
        assert mentions(text) == [
            (
                "Special Assistant to the Prime Minister on CPEC Affairs Farid Qazi",
                Actor("Farid Qazi", "Special Assistant to the Prime Minister on CPEC Affairs"),
            )
        ]

    def test_envoy_title_names_the_host_country(self) -> None:
        """``ambassador to China`` is one title; the country of the envoy comes before it."""
        text = "Pakistan's ambassador to China, Farhan Ali, said so."
        assert mentions(text) == [
            (
                "Pakistan's ambassador to China, Farhan Ali",
                Actor("Farhan Ali", "ambassador to China", None, "Pakistan"),
            )
        ]

    def test_portfolio_with_commas_stays_in_the_role(self) -> None:
        """Long portfolios (``Planning, Development and Special Initiatives``) are not names."""
        text = "Minister for Planning, Development and Special Initiatives Omar Farooq spoke."
        assert mentions(text) == [
            (
                "Minister for Planning, Development and Special Initiatives Omar Farooq",
                Actor("Omar Farooq", "Minister for Planning, Development and Special Initiatives"),
            )
        ]

    def test_organisation_after_the_role(self) -> None:
        """``Spokesperson of the Foreign Office Ms. Amna Rafiq``: the body follows the title."""
        text = "Spokesperson of the Foreign Office Ms. Amna Rafiq briefed the media."
        assert mentions(text) == [
            (
                "Spokesperson of the Foreign Office Ms. Amna Rafiq",
                Actor("Amna Rafiq", "Spokesperson", "Foreign Office"),
            )
        ]

    def test_body_is_a_named_speaker(self) -> None:
        """Ministries and offices speak as themselves; their name is a real name."""
        text = "The Ministry of Commerce issued a statement."
        assert mentions(text) == [
            (
                "Ministry of Commerce",
                Actor("Ministry of Commerce", None, "Ministry of Commerce"),
            )
        ]

    def test_descriptor_is_unnamed_with_its_determiner(self) -> None:
        """``the Chinese side`` must not be turned into a name; callers resolve it."""
        text = "He said the Chinese side was ready."
        assert mentions(text) == [
            ("the Chinese side", Actor("the Chinese side", None, None, "China", named=False))
        ]

    @pytest.mark.parametrize("source", ["Chinese experts", "Analysts"])
    def test_experts_and_analysts_are_descriptors(self, source: str) -> None:
        """``Chinese experts said``: an anonymous source, never a person called Analysts."""
        country = "China" if source.startswith("Chinese") else None
        assert mentions(f"{source} said so.") == [
            (source, Actor(source, None, None, country, named=False))
        ]

    def test_body_named_for_its_remit_after_for(self) -> None:
        """``Research Center for X Cooperation``: words after ``for`` name the centre, no person."""
        text = (
            "Liu Qing, secretary-general of the Research Center for Hill Valley Cooperation, said."
        )
        body = "Research Center for Hill Valley Cooperation"
        assert mentions(text) == [
            (text[: text.index(", said")], Actor("Liu Qing", "secretary-general", body))
        ]

    def test_descriptor_attached_to_a_body(self) -> None:
        """``an official of the X Authority (XA)`` is one anonymous source of that body."""
        text = "An official of the Civil Aviation Authority (CAA) confirmed it."
        assert mentions(text) == [
            (
                "An official of the Civil Aviation Authority (CAA)",
                Actor(
                    "An official of the Civil Aviation Authority (CAA)",
                    None,
                    "Civil Aviation Authority",
                    named=False,
                ),
            )
        ]

    def test_acronym_before_title_is_the_organisation(self) -> None:
        """``A PIA spokesperson`` speaks for PIA, not for a person called PIA."""
        text = "A PIA spokesperson said so."
        assert mentions(text) == [
            (
                "A PIA spokesperson",
                Actor("A PIA spokesperson", "spokesperson", "PIA", named=False),
            )
        ]

    def test_title_located_by_a_place_then_the_name(self) -> None:
        """``Consul General in Lahore Chen Yu``: the place sits between title and name."""
        text = "Chinese Consul General in Lahore Chen Yu said so."
        assert mentions(text) == [
            (
                "Chinese Consul General in Lahore Chen Yu",
                Actor("Chen Yu", "Consul General", None, "China"),
            )
        ]

    def test_known_person_whose_name_is_a_pronoun(self) -> None:
        """``He`` in ``He Lifeng`` is part of a known name, not the pronoun."""
        text = "Vice Premier He Lifeng arrived."
        assert mentions(text) == [
            ("Vice Premier He Lifeng", Actor("He Lifeng", "Vice Premier", None, "China"))
        ]

    def test_every_known_person_of_a_sentence(self) -> None:
        """Each known name in a sentence is read, and a number's measure (``20-member``) is none."""
        text = "Prime Minister Shehbaz Sharif met Vice Premier He Lifeng and a 20-member team."
        assert mentions(text) == [
            (
                "Prime Minister Shehbaz Sharif",
                Actor("Shehbaz Sharif", "Prime Minister", None, "Pakistan"),
            ),
            ("Vice Premier He Lifeng", Actor("He Lifeng", "Vice Premier", None, "China")),
        ]

    def test_places_are_not_names(self) -> None:
        """Capitalised place phrases (``New Gwadar``) must not become people."""
        assert mentions("The New Gwadar airport opened in Balochistan.") == []

    def test_lowercase_rank_word_alone_is_not_a_title(self) -> None:
        """``a major project`` holds no title although ``Major`` is a rank."""
        assert mentions("Gwadar, a major project, opened.") == []

    def test_offsets_point_at_the_mention(self) -> None:
        """Callers shift offsets into the source, so they must be exact."""
        text = "Both Foreign Minister Wang Yi and the Foreign Office spoke."
        found = find_mentions(text)
        assert [text[m.start : m.end] for m in found] == [
            "Foreign Minister Wang Yi",
            "Foreign Office",
        ]
        assert all(isinstance(m, Mention) for m in found)

    def test_long_hostile_text_is_linear(self) -> None:
        """Mention finding runs on every sentence, including hostile multi-megabyte ones."""
        text = "Minister of " * 20_000 + "State Ali Raza said, " * 20_000
        assert len(find_mentions(text)) > 0

    def test_cached_results_are_fresh_lists(self) -> None:
        """A caller editing its cached result must not change what the next caller gets."""
        text = "Minister Ali Raza said so."
        first = find_mentions(text)
        first.clear()
        assert [m.actor.name for m in find_mentions(text)] == ["Ali Raza"]


class TestPronounSurnames:
    @pytest.mark.parametrize("name", ["He Yunfei", "He Chen", "You Shanping"])
    def test_pronoun_surname_before_a_pinyin_given_name_is_a_person(self, name: str) -> None:
        """Chinese surnames spelt like pronouns (He, You) name people the gazetteer never saw."""
        text = f"{name} said the port was ready."
        assert mentions(text) == [(name, Actor(name))]

    @pytest.mark.parametrize("word", ["Noted", "Added", "Further", "Also", "Later", "Made"])
    def test_pronoun_before_a_capitalised_english_word_stays_a_pronoun(self, word: str) -> None:
        """An English verb or adverb after ``He`` has no pinyin shape (or is listed): no name."""
        assert mentions(f"He {word} that the port was ready.") == []


class TestStatusWords:
    @pytest.mark.parametrize("word", ["Visiting", "Outgoing", "Newly-appointed", "Incoming"])
    def test_circumstance_word_is_left_out_of_the_role(self, word: str) -> None:
        """``Visiting`` says where the holder is, not their office; the demonym after it counts."""
        text = f"{word} Chinese Vice Minister Qiao Dongming said so."
        assert mentions(text) == [
            (text[: text.index(" said")], Actor("Qiao Dongming", "Vice Minister", None, "China"))
        ]

    @pytest.mark.parametrize("word", ["Visiting", "Former"])
    def test_status_word_before_a_bare_name_is_not_in_the_name(self, word: str) -> None:
        """``Visiting Zhao Keming``: the participle is no given name."""
        text = f"{word} Qiao Dongming said so."
        assert mentions(text) == [(f"{word} Qiao Dongming", Actor("Qiao Dongming"))]

    def test_status_word_stays_in_front_of_the_role(self) -> None:
        """An acting consul general holds a different office, so ``Acting`` stays in the role."""
        text = "Acting Chinese Consul General in Quetta Lan Hesheng said so."
        assert mentions(text) == [
            (
                "Acting Chinese Consul General in Quetta Lan Hesheng",
                Actor("Lan Hesheng", "Acting Consul General", None, "China"),
            )
        ]

    def test_caretaker_title_keeps_its_status(self) -> None:
        """Pakistan's caretaker prime minister is an office of its own, named as such."""
        text = "Caretaker Prime Minister Sohail Kundi said so."
        assert mentions(text) == [
            (
                "Caretaker Prime Minister Sohail Kundi",
                Actor("Sohail Kundi", "Caretaker Prime Minister"),
            )
        ]


class TestLongTitles:
    def test_appositive_portfolio_list_with_commas_is_one_role(self) -> None:
        """A comma-separated portfolio inside an appositive must not end the role early."""
        text = "Omar Farooq, Minister for Planning, Development and Special Initiatives, spoke."
        assert mentions(text) == [
            (
                "Omar Farooq, Minister for Planning, Development and Special Initiatives",
                Actor("Omar Farooq", "Minister for Planning, Development and Special Initiatives"),
            )
        ]

    def test_lower_case_portfolio_list_closed_by_and_is_one_role(self) -> None:
        """Wire copy writes the same portfolio in lower case; ``and`` + portfolio closes it."""
        text = "Omar Farooq, the minister for planning, development and reform, spoke."
        assert mentions(text) == [
            (
                "Omar Farooq, the minister for planning, development and reform",
                Actor("Omar Farooq", "minister for planning, development and reform"),
            )
        ]

    def test_lower_case_comma_without_a_closing_and_ends_the_role(self) -> None:
        """Without a closing ``and`` the comma ends the title (a list of other things follows)."""
        text = "The minister for planning, development partners and donors met."
        assert mentions(text) == [
            (
                "The minister for planning",
                Actor("The minister for planning", "minister for planning", named=False),
            )
        ]

    def test_appositive_special_assistant_title(self) -> None:
        """``X, Special Assistant to the Prime Minister on CPEC Affairs,`` is one role."""
        text = "Arif Lodhi, Special Assistant to the Prime Minister on CPEC Affairs, said so."
        assert mentions(text) == [
            (
                "Arif Lodhi, Special Assistant to the Prime Minister on CPEC Affairs",
                Actor("Arif Lodhi", "Special Assistant to the Prime Minister on CPEC Affairs"),
            )
        ]


class TestAbbreviatedTitles:
    @pytest.mark.parametrize(
        ("text", "role", "name"),
        [
            ("CM Zafar Abbasi said so.", "CM", "Zafar Abbasi"),
            ("SAPM Haris Gill said so.", "SAPM", "Haris Gill"),
            ("FM Tarin said so.", "FM", "Tarin"),
            ("COAS General Kamil Raza said so.", "COAS General", "Kamil Raza"),
        ],
    )
    def test_abbreviation_is_kept_as_the_role(self, text: str, role: str, name: str) -> None:
        """Pakistani copy abbreviates titles; the role keeps the abbreviation as written."""
        assert mentions(text) == [(text[: text.index(" said")], Actor(name, role))]

    def test_lower_case_abbreviation_is_not_a_title(self) -> None:
        """``5 pm`` is a time and ``3 cm`` a length, not the prime or chief minister."""
        assert mentions("The talks began at 5 pm after 3 cm of rain.") == []

    def test_retired_rank_stays_in_the_title(self) -> None:
        """``Lt Gen (retd)`` is one rank; the bracket must not cut the name from its title."""
        text = "Lt Gen (retd) Kamil Raza said so."
        assert mentions(text) == [
            ("Lt Gen (retd) Kamil Raza", Actor("Kamil Raza", "Lt Gen (retd)"))
        ]


class TestBodies:
    @pytest.mark.parametrize(
        "body",
        [
            "Senate Standing Committee on Planning and Development",
            "National Assembly Standing Committee on Maritime Affairs",
            "Senate Standing Committee on Planning, Development and Special Initiatives",
        ],
    )
    def test_committee_on_a_portfolio_is_one_body(self, body: str) -> None:
        """Parliamentary committees are named by their remit after ``on``; one body, not cut."""
        assert mentions(f"The {body} met on Monday.") == [(body, Actor(body, None, body))]

    def test_lower_case_standing_committee_is_one_body(self) -> None:
        """``the Senate standing committee on planning``: lower case must not cut the body."""
        text = "The Senate standing committee on planning and development met."
        body = "Senate standing committee on planning and development"
        assert mentions(text) == [(f"The {body}", Actor(f"The {body}", None, body, named=False))]

    def test_regional_adjectives_are_not_people(self) -> None:
        """``South Asian studies``: two capitalised words are not a person when one is a region."""
        assert mentions("Zhou Rong studies South Asian trade.") == [
            ("Zhou Rong", Actor("Zhou Rong"))
        ]

    def test_title_before_a_body_without_of(self) -> None:
        """``Chairman CPEC Authority X`` is a chairman of the authority, not a body called so."""
        text = "Chairman CPEC Authority Kamil Raza said so."
        assert mentions(text) == [
            (
                "Chairman CPEC Authority Kamil Raza",
                Actor("Kamil Raza", "Chairman", "CPEC Authority"),
            )
        ]

    def test_body_named_after_a_title_stays_one_body(self) -> None:
        """``Chief Minister Secretariat`` is a body: nothing but a head word follows the title."""
        text = "The Chief Minister Secretariat said so."
        assert mentions(text) == [
            (
                "Chief Minister Secretariat",
                Actor("Chief Minister Secretariat", None, "Chief Minister Secretariat"),
            )
        ]

    def test_rank_after_the_body_is_not_part_of_it(self) -> None:
        """``Chairman of the X Authority Lt Gen (retd) Y``: the rank ends neither body nor name."""
        text = "Chairman of the Gwadar Port Authority Maj Gen (R) Kamil Raza said so."
        assert mentions(text) == [
            (
                "Chairman of the Gwadar Port Authority Maj Gen (R) Kamil Raza",
                Actor("Kamil Raza", "Chairman", "Gwadar Port Authority", "Pakistan"),
            )
        ]


class TestDiplomats:
    def test_title_of_a_country_gives_the_country(self) -> None:
        """``Consul General of Pakistan in Chengdu``: the country is whom the consul serves."""
        text = "Consul General of Pakistan in Chengdu Bilal Tariq said so."
        assert mentions(text) == [
            (
                "Consul General of Pakistan in Chengdu Bilal Tariq",
                Actor("Bilal Tariq", "Consul General", None, "Pakistan"),
            )
        ]

    def test_ambassador_of_a_country_to_another(self) -> None:
        """``Ambassador of China to Pakistan X`` is one mention: sender country, host in role."""
        text = "Ambassador of China to Pakistan Jiang Wending said so."
        assert mentions(text) == [
            (
                "Ambassador of China to Pakistan Jiang Wending",
                Actor("Jiang Wending", "Ambassador to Pakistan", None, "China"),
            )
        ]

    @pytest.mark.parametrize(
        ("title", "role"),
        [
            ("Chinese Chargé d'Affaires", "Chargé d'Affaires"),
            ("Chinese Deputy Chief of Mission", "Deputy Chief of Mission"),
        ],
    )
    def test_embassy_titles(self, title: str, role: str) -> None:
        """Embassy titles with lower-case or body-like words are still titles."""
        text = f"{title} Pang Lixue said so."
        assert mentions(text) == [(f"{title} Pang Lixue", Actor("Pang Lixue", role, None, "China"))]


class TestMoreTitles:
    def test_honorific_spelt_surname_at_the_end_is_the_surname(self) -> None:
        """``Sheikh``/``Syed`` after a given name is a family name, not a title before one."""
        text = "Pakistan's Minister for Maritime Affairs Qaiser Sheikh said so."
        assert mentions(text) == [
            (
                "Pakistan's Minister for Maritime Affairs Qaiser Sheikh",
                Actor("Qaiser Sheikh", "Minister for Maritime Affairs", None, "Pakistan"),
            )
        ]

    def test_academic_honorific_is_not_part_of_the_name(self) -> None:
        """``Prof``/``Engr`` before a name are honorifics as ``Dr`` is."""
        assert mentions("Engr Kamil Raza said so.") == [("Engr Kamil Raza", Actor("Kamil Raza"))]

    @pytest.mark.parametrize(
        ("text", "covered", "actor"),
        [
            ("Minister for Ports and Shipping Sardar Aman Khoso said so.",
             "Minister for Ports and Shipping Sardar Aman Khoso",
             Actor("Sardar Aman Khoso", "Minister for Ports and Shipping")),
            ("Ch. Rehan Virk said so.", "Ch. Rehan Virk", Actor("Ch. Rehan Virk")),
            ("Haji Lal Bakhsh said so.", "Haji Lal Bakhsh", Actor("Haji Lal Bakhsh")),
            ("Mir Dost Buzdar said so.", "Mir Dost Buzdar", Actor("Mir Dost Buzdar")),
            ("Envoy Sara Malik Awan said so.", "Envoy Sara Malik Awan",
             Actor("Sara Malik Awan", "Envoy")),
            ("Dr Rana Omer Sial said so.", "Dr Rana Omer Sial", Actor("Rana Omer Sial")),
            ("Tanvir Chaudhry said so.", "Tanvir Chaudhry", Actor("Tanvir Chaudhry")),
            ("Chairman Rana said so.", "Chairman Rana", Actor("Rana", "Chairman")),
            ("Asad Malik said so.", "Asad Malik", Actor("Asad Malik")),
        ],
    )  # fmt: skip
    def test_pakistani_honorifics_open_the_name(
        self, text: str, covered: str, actor: Actor
    ) -> None:
        """``Sardar``, ``Ch.``, ``Mir`` open a name (``Dr`` does not); last they are surnames."""
        assert mentions(text) == [(covered, actor)]

    def test_honorific_name_known_without_it(self) -> None:
        """A known person written with an honorific the gazetteer omits keeps the canonical name."""
        text = "Interior Minister Syed Mohsin Naqvi said so."
        assert mentions(text) == [
            (text[:-9], Actor("Mohsin Naqvi", "Interior Minister", None, "Pakistan"))
        ]

    def test_hyphenated_title(self) -> None:
        """Chinese wire copy hyphenates ``Consul-General``; it is the same title."""
        text = "Chinese Consul-General in Quetta Lan Hesheng said so."
        assert mentions(text) == [
            (
                "Chinese Consul-General in Quetta Lan Hesheng",
                Actor("Lan Hesheng", "Consul-General", None, "China"),
            )
        ]

    def test_expert_at_an_academy_of_a_field(self) -> None:
        """Think-tank sources: the body's ``of Social Sciences`` is no person's name."""
        text = "Qiu Lan, a research fellow at the Chinese Academy of Social Sciences, said so."
        assert mentions(text) == [
            (
                "Qiu Lan, a research fellow at the Chinese Academy of Social Sciences",
                Actor("Qiu Lan", "research fellow", "Chinese Academy of Social Sciences"),
            )
        ]

    def test_body_of_a_named_field_before_a_title(self) -> None:
        """``Institute of X Studies Islamabad director``: all before the title is the body."""
        text = "Institute of Border Studies Islamabad director Kamil Raza said so."
        assert mentions(text) == [
            (
                "Institute of Border Studies Islamabad director Kamil Raza",
                Actor("Kamil Raza", "director", "Institute of Border Studies Islamabad"),
            )
        ]

    def test_title_holders_possessive_before_a_title(self) -> None:
        """``Prime Minister's Special Assistant on X`` is one title, not the prime minister."""
        text = "Pakistani Prime Minister's Special Assistant on CPEC Affairs Haris Gill said so."
        assert mentions(text) == [
            (
                text[: text.index(" said")],
                Actor(
                    "Haris Gill",
                    "Prime Minister's Special Assistant on CPEC Affairs",
                    None,
                    "Pakistan",
                ),
            )
        ]

    def test_peoples_in_a_chinese_body_name(self) -> None:
        """``National People's Congress``: this possessive is inside the body's name."""
        text = (
            "Vice Chairman of the Standing Committee of the National People's Congress "
            "Qiao Dongming said so."
        )
        assert mentions(text) == [
            (
                text[: text.index(" said")],
                Actor(
                    "Qiao Dongming",
                    "Vice Chairman",
                    "Standing Committee of the National People's Congress",
                ),
            )
        ]

    def test_title_after_an_abbreviated_body(self) -> None:
        """``X Authority (XA) Chairman Y``: the abbreviation must not cut the body off."""
        text = "Thar Port Authority (TPA) Chairman Kamil Raza said so."
        assert mentions(text) == [
            (
                "Thar Port Authority (TPA) Chairman Kamil Raza",
                Actor("Kamil Raza", "Chairman", "Thar Port Authority", "Pakistan"),
            )
        ]

    @pytest.mark.parametrize(
        ("title", "role"),
        [
            ("Corps Commander Lt Gen", "Corps Commander"),
            ("Director General Maj Gen", "Director General"),
            ("Lt Gen", "Lt Gen"),
        ],
    )
    def test_rank_after_an_office_is_left_out(self, title: str, role: str) -> None:
        """The office is the role; a rank after it is not, and a rank alone still is."""
        text = f"{title} Kamil Raza said so."
        assert mentions(text) == [(f"{title} Kamil Raza", Actor("Kamil Raza", role))]


class TestAppositivesAfterTitles:
    def test_appositive_role_adds_to_a_title_before_the_name(self) -> None:
        """``Senator X, chairperson of Y,`` is one mention whose role keeps both titles."""
        text = "said Senator Rubina Kazi, chairperson of the Senate Standing Committee on Finance."
        assert mentions(text) == [
            (
                "Senator Rubina Kazi, chairperson of the Senate Standing Committee on Finance",
                Actor(
                    "Rubina Kazi", "Senator, chairperson", "Senate Standing Committee on Finance"
                ),
            )
        ]

    def test_appositive_role_after_a_rank(self) -> None:
        """``Lt Gen (retd) X, Chairman of the Y Authority``: the office is the appositive's."""
        text = "said Lt Gen (retd) Kamil Raza, Chairman of the Thar Port Authority."
        assert mentions(text) == [
            (
                "Lt Gen (retd) Kamil Raza, Chairman of the Thar Port Authority",
                Actor("Kamil Raza", "Chairman", "Thar Port Authority", "Pakistan"),
            )
        ]


class TestTitleForms:
    @pytest.mark.parametrize(
        ("title", "role"),
        [
            ("Ex-minister", "Ex-minister"),
            ("Pakistan's Ambassador-designate to China", "Ambassador-designate to China"),
        ],
    )
    def test_prefixed_or_suffixed_title_is_a_title(self, title: str, role: str) -> None:
        """``Ex-minister``, ``Ambassador-designate``: the joined word is still the title."""
        text = f"{title} Kamil Raza said so."
        country = "Pakistan" if title.startswith("Pakistan") else None
        assert mentions(text) == [(f"{title} Kamil Raza", Actor("Kamil Raza", role, None, country))]

    @pytest.mark.parametrize("title", ["Vice-Minister", "Vice-Governor"])
    def test_hyphenated_vice_title_is_a_title(self, title: str) -> None:
        """``Vice-Minister X`` as Chinese readouts spell it is a title, as ``Vice Minister`` is."""
        assert mentions(f"{title} Sheng Liyuan said so.") == [
            (f"{title} Sheng Liyuan", Actor("Sheng Liyuan", title, None, None))
        ]

    def test_hyphenated_vice_title_heads_a_descriptor(self) -> None:
        """``A Chinese vice-minister will travel``: the unnamed visitor is found, with a country."""
        assert mentions("A Chinese vice-minister will travel to Quetta.") == [
            (
                "A Chinese vice-minister",
                Actor("A Chinese vice-minister", "vice-minister", None, "China", named=False),
            )
        ]

    def test_the_last_of_after_a_title_opens_the_body(self) -> None:
        """``Deputy Chief of Mission of the X Embassy``: the title holds the first ``of``."""
        text = "Deputy Chief of Mission of the Chinese Embassy Pang Lixue said so."
        assert mentions(text) == [
            (
                text[: text.index(" said")],
                Actor("Pang Lixue", "Deputy Chief of Mission", "Chinese Embassy", "China"),
            )
        ]

    def test_and_inside_a_company_name(self) -> None:
        """``Road and Bridge Corporation`` is one company, so its officer keeps it."""
        text = "Vice President of Hill Road and Bridge Corporation Qiao Ming said so."
        assert mentions(text) == [
            (
                text[: text.index(" said")],
                Actor("Qiao Ming", "Vice President", "Hill Road and Bridge Corporation"),
            )
        ]

    def test_and_after_a_country_starts_a_list(self) -> None:
        """``Pakistan and China Railway Corporation``: the country is not in the company."""
        text = "Pakistan and Thar Railway Corporation signed."
        assert [m.actor.name for m in find_mentions(text)] == ["Thar Railway Corporation"]

    def test_and_after_a_name_starts_a_list(self) -> None:
        """``DG Ali Shah and Thar Port Authority DG X``: two officials, not one long body."""
        text = "DG Kamil Raza and Thar Port Authority DG Omar Farooq met."
        assert mentions(text) == [
            ("DG Kamil Raza", Actor("Kamil Raza", "DG")),
            (
                "Thar Port Authority DG Omar Farooq",
                Actor("Omar Farooq", "DG", "Thar Port Authority", "Pakistan"),
            ),
        ]

    def test_one_unknown_word_after_a_body_is_no_person(self) -> None:
        """``Thar Railway Academy Walton``: a place after a body, not a person called Walton."""
        assert mentions("The Thar Railway Academy Walton held a ceremony.") == []

    def test_spokesperson_for_a_ministry_of_a_country_then_the_name(self) -> None:
        """``Spokesperson for the Ministry of Foreign Affairs of Pakistan X``: X is the person."""
        text = "Spokesperson for the Ministry of Foreign Affairs of Pakistan Amna Rafiq said so."
        assert mentions(text) == [
            (
                text[: text.index(" said")],
                Actor(
                    "Amna Rafiq",
                    "Spokesperson",
                    "Ministry of Foreign Affairs of Pakistan",
                    "Pakistan",
                ),
            )
        ]

    def test_title_before_a_bare_body(self) -> None:
        """``Chairman Senate X`` (Pakistani usage) is the Senate's chairman."""
        text = "Chairman Senate Kamil Raza said so."
        assert mentions(text) == [
            ("Chairman Senate Kamil Raza", Actor("Kamil Raza", "Chairman", "Senate"))
        ]

    def test_title_before_its_holders_office_is_a_body(self) -> None:
        """``Prime Minister Office`` is the office, not a prime minister called Office."""
        text = "The Prime Minister Office said so."
        assert mentions(text) == [
            ("Prime Minister Office", Actor("Prime Minister Office", None, "Prime Minister Office"))
        ]


class TestAdjectives:
    def test_demonym_before_an_unread_noun_leaves_the_role(self) -> None:
        """``deputy head of the Chinese delegation``: the role must not end in ``the Chinese``."""
        text = "Qiao Ming, deputy head of the Chinese delegation, said so."
        role = "deputy head of the Chinese delegation"
        assert mentions(text) == [(f"Qiao Ming, {role}", Actor("Qiao Ming", role, None, "China"))]

    def test_convener_of_a_lower_case_committee(self) -> None:
        """``convener of the parliamentary committee on CPEC`` is a role with its body."""
        text = "said Senator Rubina Kazi, convener of the parliamentary committee on CPEC, today."
        assert mentions(text) == [
            (
                "Senator Rubina Kazi, convener of the parliamentary committee on CPEC",
                Actor("Rubina Kazi", "Senator, convener", "parliamentary committee on CPEC"),
            )
        ]


class TestWith:
    def test_researcher_with_an_institute(self) -> None:
        """Wire copy introduces experts as ``an associate researcher with the X Institute``."""
        text = "Wu Lan, an associate researcher with the Hill Institute of Border Studies, said so."
        assert mentions(text) == [
            (
                "Wu Lan, an associate researcher with the Hill Institute of Border Studies",
                Actor("Wu Lan", "associate researcher", "Hill Institute of Border Studies"),
            )
        ]

    def test_with_before_a_person_joins_nothing(self) -> None:
        """``talks with the Chinese premier``: ``with`` links a body only, never two people."""
        text = "The minister held talks with the Chinese premier."
        assert [m.actor.name for m in find_mentions(text)] == [
            "The minister",
            "the Chinese premier",
        ]


class TestBodiesAndHolders:
    def test_country_of_an_abbreviated_body_goes_to_its_officer(self) -> None:
        """``Pakistan's Foreign Office (FO) spokesperson X``: country and body are the officer's."""
        text = "Pakistan's Foreign Office (FO) spokesperson Amna Rafiq said so."
        assert mentions(text) == [
            (
                text[: text.index(" said")],
                Actor("Amna Rafiq", "spokesperson", "Foreign Office", "Pakistan"),
            )
        ]

    def test_nearer_body_stays_the_organisation(self) -> None:
        """``director of the X Group at Y Chamber``: the group is the director's body."""
        text = "Zhou Wei, director of the Hill Trading Group at the Dunhe Chamber, said so."
        assert mentions(text) == [
            (
                "Zhou Wei, director of the Hill Trading Group at the Dunhe Chamber",
                Actor("Zhou Wei", "director", "Hill Trading Group"),
            )
        ]

    def test_aide_after_a_title_holders_possessive(self) -> None:
        """``PM's aide on CPEC X``: the possessive belongs to the title, not to a person."""
        text = "PM's aide on CPEC Haris Gill said so."
        assert mentions(text) == [
            ("PM's aide on CPEC Haris Gill", Actor("Haris Gill", "PM's aide on CPEC"))
        ]

    def test_lower_case_body_possessive_before_a_title(self) -> None:
        """``the Chinese foreign ministry's spokesperson X``: a lower-case body is still read."""
        text = "The Chinese foreign ministry's spokesperson Lin Feng said so."
        assert mentions(text) == [
            (
                "Chinese foreign ministry's spokesperson Lin Feng",
                Actor("Lin Feng", "spokesperson", "foreign ministry", "China"),
            )
        ]

    def test_abbreviation_inside_a_body_name_names_the_body(self) -> None:
        """``Thar Economic Corridor (TEC) Authority Chairman X``: the body is ``TEC Authority``."""
        text = "Thar Economic Corridor (TEC) Authority Chairman Lt Gen (retd) Kamil Raza said so."
        assert mentions(text) == [
            (
                "Authority Chairman Lt Gen (retd) Kamil Raza",
                Actor("Kamil Raza", "Chairman", "TEC Authority"),
            )
        ]

    def test_consulate_general_is_a_body(self) -> None:
        """``Consulate General`` names a body; ``General`` there is no role."""
        text = "The Chinese Consulate General said so."
        assert mentions(text) == [
            (
                "Chinese Consulate General",
                Actor("Chinese Consulate General", None, "Consulate General", "China"),
            )
        ]


class TestGuests:
    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            (
                "The Chinese guest said the talks went well.",
                Actor("The Chinese guest", "guest", None, "China", named=False),
            ),
            (
                "The visitors were shown the new berth.",
                Actor("The visitors", "visitors", named=False),
            ),
        ],
    )
    def test_guest_and_visitor_are_a_descriptors_role(self, text: str, actor: Actor) -> None:
        """``the Chinese guest`` is someone the article names as a visitor: callers resolve it."""
        assert mentions(text) == [(actor.name, actor)]

    def test_chief_guest_before_a_name_is_the_role(self) -> None:
        """``Chief guest X`` introduces X by the part they play at the event."""
        text = "Chief guest Omar Wazir cut the ribbon."
        assert mentions(text) == [("Chief guest Omar Wazir", Actor("Omar Wazir", "Chief guest"))]


class TestPossessedRoles:
    def test_firms_title_after_a_name_gives_role_and_organisation(self) -> None:
        """``X, Firm's head of exports,``: the firm is X's employer and the whole title the role."""
        text = "Ma Lin, Tarovex's head of exports, said sales rose."
        assert mentions(text) == [
            (
                "Ma Lin, Tarovex's head of exports",
                Actor("Ma Lin", "head of exports", "Tarovex"),
            )
        ]

    def test_described_possessor_names_no_organisation(self) -> None:
        """``the university's dean of pharmacy``: which university is for the caller to resolve."""
        text = "Prof. Nadia Qamar, the university's dean of pharmacy, said so."
        assert mentions(text) == [
            (
                "Prof. Nadia Qamar, the university's dean of pharmacy",
                Actor("Nadia Qamar", "dean of pharmacy"),
            )
        ]

    def test_possessor_of_a_province_gives_its_country(self) -> None:
        """``X, Sindh's chief minister,``: the province is the body, its country the actor's."""
        text = "Omar Wazir, Sindh's chief minister, said so."
        assert mentions(text) == [
            (
                "Omar Wazir, Sindh's chief minister",
                Actor("Omar Wazir", "chief minister", "Sindh", "Pakistan"),
            )
        ]

    @pytest.mark.parametrize(
        ("text", "span", "actor"),
        [
            (
                "Sichuan's vice governor will visit Gwadar.",
                "Sichuan's vice governor",
                Actor("Sichuan's vice governor", "vice governor", "Sichuan", "China", named=False),
            ),
            (
                "Punjab's Minister for Mines Omar Wazir said so.",
                "Punjab's Minister for Mines Omar Wazir",
                Actor("Omar Wazir", "Minister for Mines", "Punjab", "Pakistan"),
            ),
        ],
    )
    def test_places_possessive_before_a_title_is_the_body(
        self, text: str, span: str, actor: Actor
    ) -> None:
        """``Sichuan's vice governor``: a provincial official, as ``Sichuan Vice Governor``."""
        assert mentions(text) == [(span, actor)]

    def test_unclosed_title_after_a_possessor_is_no_appositive(self) -> None:
        """``X, Firm's manager who …``: the clause goes on, so the title is not read into X."""
        text = "Ma Lin, Tarovex's manager who joined in May, said so."
        assert mentions(text) == [
            ("Ma Lin", Actor("Ma Lin")),
            ("manager", Actor("manager", "manager", named=False)),
        ]


class TestSeatsOfLearning:
    def test_centre_at_a_college_is_one_body(self) -> None:
        """``the Centre for X at the Y College``: the unit is named with the college it is in."""
        text = "The Centre for Hill Studies at the Indus Valley College said so."
        body = "Centre for Hill Studies at the Indus Valley College"
        assert mentions(text) == [(body, Actor(body, None, body))]

    def test_appositives_body_keeps_its_university(self) -> None:
        """``X, director of the Centre for Y at Z University,``: X's body is the whole name."""
        text = "Qiao Min, director of the Centre for Hill Studies at Dunhe University, said so."
        body = "Centre for Hill Studies at Dunhe University"
        assert mentions(text) == [
            (text[: text.index(", said")], Actor("Qiao Min", "director", body))
        ]

    def test_descriptors_body_keeps_its_university(self) -> None:
        """``a researcher at the X Institute at Y University``: one body after the link."""
        text = "A researcher at the Hill Institute at Dunhe University said so."
        name = "A researcher at the Hill Institute at Dunhe University"
        body = "Hill Institute at Dunhe University"
        assert mentions(text) == [(name, Actor(name, "researcher", body, named=False))]

    def test_unit_at_a_place_stays_apart(self) -> None:
        """``a training centre at an industrial city``: a place, no seat of learning, follows."""
        text = "The Hill Training Centre at the Dunhe Industrial City opened."
        assert mentions(text)[0] == (
            "Hill Training Centre",
            Actor("Hill Training Centre", None, "Hill Training Centre"),
        )


class TestModifiedDescriptors:
    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            (
                "A customs officer said so.",
                Actor("A customs officer", "customs officer", named=False),
            ),
            ("A site engineer said so.", Actor("A site engineer", "site engineer", named=False)),
            ("A port official said so.", Actor("A port official", named=False)),
            (
                "A provincial health official said so.",
                Actor("A provincial health official", named=False),
            ),
        ],
    )
    def test_noun_modifiers_are_part_of_the_descriptor(self, text: str, actor: Actor) -> None:
        """``a customs officer`` is who spoke, not ``officer``: the modifier says which one."""
        assert mentions(text) == [(actor.name, actor)]

    def test_definite_descriptors_role_stays_the_noun(self) -> None:
        """``the new envoy`` takes up an envoy named before: its role must still match theirs."""
        text = "The new envoy said so."
        assert mentions(text) == [("The new envoy", Actor("The new envoy", "envoy", named=False))]

    def test_function_words_are_no_modifiers(self) -> None:
        """``a group of officials``: ``group of`` is no modifier of ``officials``."""
        assert mentions("He met a group of officials.") == [
            ("officials", Actor("officials", named=False))
        ]


class TestSentenceOpeners:
    @pytest.mark.parametrize(
        "opener",
        ["Despite", "Although", "Meanwhile", "Nevertheless", "Among", "Following", "Whether",
         "Separately", "Responding", "Unfortunately", "Amid", "Once"],
    )  # fmt: skip
    def test_capitalised_opener_is_no_part_of_the_name(self, opener: str) -> None:
        """A conjunction, adverb or preposition opening the sentence never starts a name."""
        text = f"{opener} Kamal Dawar said so."
        assert mentions(text) == [("Kamal Dawar", Actor("Kamal Dawar"))]


class TestParseActor:
    @pytest.mark.parametrize(
        ("mention", "actor"),
        [
            (
                "Chinese Foreign Ministry Spokesperson Lin Feng",
                Actor("Lin Feng", "Spokesperson", "Foreign Ministry", "China"),
            ),
            (
                "Prime Minister Shehbaz Sharif",
                Actor("Shehbaz Sharif", "Prime Minister", None, "Pakistan"),
            ),
            ("the spokesperson", Actor("the spokesperson", "spokesperson", named=False)),
        ],
    )
    def test_one_mention(self, mention: str, actor: Actor) -> None:
        """parse_actor reads one mention string the way find_mentions reads it in context."""
        assert parse_actor(mention) == actor

    def test_text_without_a_mention_is_an_unnamed_descriptor(self) -> None:
        """Never invent a name: unknown text stays a descriptor."""
        assert parse_actor("  local residents ") == Actor("local residents", named=False)
