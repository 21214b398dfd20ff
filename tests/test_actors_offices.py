"""Tests for whose office a title is: services, ports, provinces, bodies alone, plural descriptors.

Each test is a class of mention written in fictional text; the rules are in
:mod:`cpecdata.extract._actors`, the general cases in ``test_actors.py``.
"""

import pytest

from cpecdata.extract._actors import find_mentions
from cpecdata.model import Actor


def mentions(text: str) -> list[tuple[str, Actor]]:
    """Each mention as (the text it covers, its actor)."""
    return [(text[m.start : m.end], m.actor) for m in find_mentions(text)]


class TestServiceBeforeRank:
    def test_army_possessive_before_a_rank(self) -> None:
        """``Pakistan Army's Major General X``: the service is the body, the rank the role."""
        text = "Pakistan Army's Major General Tariq Nawaz said the road was safe."
        assert mentions(text) == [
            (
                "Pakistan Army's Major General Tariq Nawaz",
                Actor("Tariq Nawaz", "Major General", "Army", "Pakistan"),
            ),
        ]

    def test_demonym_navy_before_rear_admiral(self) -> None:
        """``the Chinese Navy's Rear Admiral X``: the demonym gives the country."""
        text = "The Chinese Navy's Rear Admiral Zhou Binglan said the berth was ready."
        assert mentions(text) == [
            (
                "Chinese Navy's Rear Admiral Zhou Binglan",
                Actor("Zhou Binglan", "Rear Admiral", "Navy", "China"),
            ),
        ]

    def test_air_force_possessive_before_a_rank(self) -> None:
        """``Pakistan Air Force's Air Marshal X``: the air force is the body, no person."""
        text = "The Pakistan Air Force's Air Marshal Farid Qureshi said so."
        assert mentions(text) == [
            (
                "Pakistan Air Force's Air Marshal Farid Qureshi",
                Actor("Farid Qureshi", "Air Marshal", "Air Force", "Pakistan"),
            ),
        ]

    def test_service_possessive_before_no_title_is_the_body(self) -> None:
        """``the Pakistan Army's Sentinel drill``: no title follows, so no person is read."""
        text = "The Pakistan Army's Sentinel drill began."
        assert mentions(text) == [
            ("Pakistan Army", Actor("Pakistan Army", None, "Army", "Pakistan")),
        ]

    @pytest.mark.parametrize(
        ("service", "body"),
        [("PLA Navy's", "PLA Navy"), ("People's Liberation Army's", "People's Liberation Army")],
    )
    def test_service_named_in_words_before_its_possessive(self, service: str, body: str) -> None:
        """``PLA Navy's Rear Admiral X``: the capitalised words before the service name it too."""
        text = f"The {service} Major General Li Wenbo said so."
        assert mentions(text) == [
            (f"{service} Major General Li Wenbo", Actor("Li Wenbo", "Major General", body)),
        ]

    def test_office_ending_in_staff_is_no_person(self) -> None:
        """``Chief of Army Staff said``: ``Staff`` is no name, so the office is a descriptor."""
        text = "The Chief of Army Staff said the drill ended."
        assert mentions(text) == [
            (
                "The Chief of Army Staff",
                Actor("The Chief of Army Staff", "Chief of Army Staff", named=False),
            ),
        ]


class TestPortBodies:
    @pytest.mark.parametrize(
        ("body", "country"),
        [
            ("Gwadar Port", "Pakistan"),
            ("Karachi Port Trust", "Pakistan"),
            ("Port Qasim Authority", "Pakistan"),
            ("Kashgar Port", "China"),
            ("Harbourview Port Trust", None),
        ],
    )
    def test_port_or_trust_ends_the_body_before_a_title(
        self, body: str, country: str | None
    ) -> None:
        """``Gwadar Port Chairman X``: the port or trust is the body, of its place's country."""
        text = f"{body} Chairman Farhan Qaimkhani said the berths were ready."
        assert mentions(text) == [
            (
                f"{body} Chairman Farhan Qaimkhani",
                Actor("Farhan Qaimkhani", "Chairman", body, country),
            ),
        ]

    def test_port_without_a_name_stays_in_the_role(self) -> None:
        """``the Port Chairman``: a port with no name before it names no body."""
        text = "He met the Port Chairman on Monday."
        assert mentions(text) == [
            ("the Port Chairman", Actor("the Port Chairman", "Port Chairman", named=False)),
        ]


class TestBodyAsSubject:
    @pytest.mark.parametrize(
        ("text", "covered", "actor"),
        [
            (
                "Pakistan Railways said the line would reopen.",
                "Pakistan Railways",
                Actor("Pakistan Railways", None, "Railways", "Pakistan"),
            ),
            (
                "The Pakistan Navy said the drill ended.",
                "Pakistan Navy",
                Actor("Pakistan Navy", None, "Navy", "Pakistan"),
            ),
            (
                "China Railway Group said the line would reopen.",
                "China Railway Group",
                Actor("China Railway Group", None, "China Railway Group", "China"),
            ),
            (
                "The Planning Commission said the line would reopen.",
                "Planning Commission",
                Actor("Planning Commission", None, "Planning Commission"),
            ),
        ],
    )
    def test_body_alone_is_one_named_mention(self, text: str, covered: str, actor: Actor) -> None:
        """A body that speaks as itself is one named body mention, whose speaker it can be."""
        assert mentions(text) == [(covered, actor)]

    def test_railways_before_a_title_stays_the_portfolio(self) -> None:
        """``Railways Minister X``: a service word before a title is the title's portfolio."""
        text = "Railways Minister Asad Warraich said so."
        assert mentions(text) == [
            ("Railways Minister Asad Warraich", Actor("Asad Warraich", "Railways Minister")),
        ]


class TestProvincialOfficials:
    @pytest.mark.parametrize(
        ("title", "role", "province"),
        [
            ("Sindh Chief Minister", "Chief Minister", "Sindh"),
            ("Punjab Governor", "Governor", "Punjab"),
            ("Balochistan Home Minister", "Home Minister", "Balochistan"),
            ("KP Chief Minister", "Chief Minister", "KP"),
            ("Khyber Pakhtunkhwa Chief Minister", "Chief Minister", "Khyber Pakhtunkhwa"),
            ("Punjab Inspector General of Police", "Inspector General of Police", "Punjab"),
            ("Azad Jammu and Kashmir Prime Minister", "Prime Minister", "Azad Jammu and Kashmir"),
        ],
    )
    def test_province_before_a_title_is_the_organisation(
        self, title: str, role: str, province: str
    ) -> None:
        """A provincial official's province is their organisation, and the country Pakistan."""
        text = f"{title} Raza Qadri said the plan was sound."
        assert mentions(text) == [
            (f"{title} Raza Qadri", Actor("Raza Qadri", role, province, "Pakistan")),
        ]

    def test_place_after_of_before_a_long_name(self) -> None:
        """``... of Khyber Pakhtunkhwa X Y Z``: a place that runs into a long name stays whole."""
        text = "Chief Minister of Khyber Pakhtunkhwa Arbab Raza Qadri said so."
        qadri = Actor("Arbab Raza Qadri", "Chief Minister", "Khyber Pakhtunkhwa", "Pakistan")
        assert mentions(text) == [(text[:-9], qadri)]

    def test_province_in_a_descriptor(self) -> None:
        """``the Sindh chief minister``: an unnamed official of the province."""
        text = "He met the Sindh chief minister on Monday."
        assert mentions(text) == [
            (
                "the Sindh chief minister",
                Actor("the Sindh chief minister", "chief minister", "Sindh", "Pakistan", False),
            ),
        ]

    def test_lower_case_portfolio_after_a_province(self) -> None:
        """``the Punjab finance minister``: the portfolio is in the role, the province the body."""
        text = "He met the Punjab finance minister on Monday."
        assert mentions(text) == [
            (
                "the Punjab finance minister",
                Actor(
                    "the Punjab finance minister", "finance minister", "Punjab", "Pakistan", False
                ),
            ),
        ]


class TestPluralDescriptors:
    @pytest.mark.parametrize(
        ("words", "role"),
        [
            ("The two ministers", "ministers"),
            ("The two leaders", "leaders"),
            ("Both leaders", "leaders"),
        ],
    )
    def test_two_officials_are_a_plural_descriptor(self, words: str, role: str) -> None:
        """``The two ministers``: the role is plural, the count left out, and no person named."""
        text = f"{words} said the corridor would be extended."
        assert mentions(text) == [(words, Actor(words, role, named=False))]

    def test_verbs_spelt_like_body_heads_end_the_descriptor(self) -> None:
        """``leaders trust``: ``trust`` and ``force`` end a body's name only when capitalised."""
        text = "Chinese leaders trust the plan, and officials force the pace."
        assert mentions(text) == [
            ("Chinese leaders", Actor("Chinese leaders", "leaders", None, "China", False)),
            ("officials", Actor("officials", None, None, None, False)),
        ]


class TestOfficesSpeakersHold:
    def test_service_before_a_spokesperson_is_the_body(self) -> None:
        """``Pakistan Navy spokesman X``: a spokesman speaks for the service, no portfolio."""
        text = "Pakistan Navy spokesman Kamran Lodhi said the harbour was closed."
        assert mentions(text) == [
            (
                "Pakistan Navy spokesman Kamran Lodhi",
                Actor("Kamran Lodhi", "spokesman", "Navy", "Pakistan"),
            ),
        ]

    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Peshawar High Court Chief Justice Bushra Wali said so.",
             Actor("Bushra Wali", "Chief Justice", "Peshawar High Court", "Pakistan")),
            ("Chief Justice of the Peshawar High Court Bushra Wali said so.",
             Actor("Bushra Wali", "Chief Justice", "Peshawar High Court", "Pakistan")),
        ],
    )  # fmt: skip
    def test_court_is_a_body_on_either_side_of_its_title(self, text: str, actor: Actor) -> None:
        """A court ends a body's name like a ministry: the judge's title is the role."""
        assert [a for _, a in mentions(text)] == [actor]

    def test_abbreviated_body_after_a_titles_of(self) -> None:
        """``Deputy Head of the SASAC X``: an abbreviation after ``of`` is the body served."""
        text = "Deputy Head of the SASAC Wei Dongmei said so."
        assert mentions(text) == [
            (
                "Deputy Head of the SASAC Wei Dongmei",
                Actor("Wei Dongmei", "Deputy Head", "SASAC"),
            ),
        ]

    def test_it_portfolio_after_for_stays_in_the_title(self) -> None:
        """``Minister of State for IT X``: ``IT`` is the portfolio, though spelt like ``it``."""
        text = "Minister of State for IT Saima Butt said so."
        assert mentions(text) == [
            (
                "Minister of State for IT Saima Butt",
                Actor("Saima Butt", "Minister of State for IT"),
            ),
        ]

    def test_envoys_post_after_the_name_is_part_of_the_mention(self) -> None:
        """``Consul General X in Quetta said``: the post, so the verb's subject ends there."""
        text = "Consul General Chen Haiyu in Quetta said the visas were ready."
        assert mentions(text) == [
            ("Consul General Chen Haiyu in Quetta", Actor("Chen Haiyu", "Consul General")),
        ]


class TestDeterminersAndGroups:
    def test_two_demonyms_before_a_descriptor_are_one_group(self) -> None:
        """``Chinese and Pakistani engineers``: one group of both countries, so no country."""
        text = "Chinese and Pakistani engineers said the tunnel was safe."
        assert mentions(text) == [
            (
                "Chinese and Pakistani engineers",
                Actor("Chinese and Pakistani engineers", named=False),
            ),
        ]

    def test_capitalised_determiner_is_no_part_of_the_role(self) -> None:
        """``Another Chinese expert``: the role is the noun, the demonym the country."""
        text = "Another Chinese expert said the loan was cheap."
        assert mentions(text) == [
            (
                "Another Chinese expert",
                Actor("Another Chinese expert", "expert", None, "China", named=False),
            ),
        ]

    def test_name_spoken_to_takes_no_indefinite_appositive(self) -> None:
        """``Talking to Harbour Ledger, a senior official said``: the outlet is no official."""
        text = "Talking to Harbour Ledger, a senior official said so."
        assert mentions(text) == [
            ("Harbour Ledger", Actor("Harbour Ledger")),
            ("a senior official", Actor("a senior official", "senior official", named=False)),
        ]

    def test_executive_is_a_descriptor_head(self) -> None:
        """``the executive`` names one person, as ``the official`` does."""
        assert mentions("The executive said so.") == [
            ("The executive", Actor("The executive", "executive", named=False)),
        ]


class TestTitleWords:
    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Vice Chancellor of NUST Prof Dr Aqsa Mir said so.",
             Actor("Aqsa Mir", "Vice Chancellor", "NUST")),
            ("Minister for Food Security and Research Gul Mengal said so.",
             Actor("Gul Mengal", "Minister for Food Security and Research")),
            ("The hospital superintendent Dr Rafiq Lasi said so.",
             Actor("Rafiq Lasi", "superintendent")),
        ],
    )  # fmt: skip
    def test_title_and_portfolio_words(self, text: str, actor: Actor) -> None:
        """Chancellors, superintendents and the research portfolio are titles, not names."""
        assert [a for _, a in mentions(text)] == [actor]

    def test_body_named_with_for_the_and_of_after_its_head(self) -> None:
        """``Council for the Promotion of X``: connectors after a body's head go on naming it."""
        text = "The Council for the Promotion of Jute Trade said so."
        body = "Council for the Promotion of Jute Trade"
        assert mentions(text) == [(body, Actor(body, None, body))]

    def test_descriptor_before_a_verb_is_no_appositive(self) -> None:
        """``led by its head X, the minister said``: the minister is the next clause's subject."""
        text = "Meeting a group led by its head Gul Khan, the minister said so."
        assert [a for _, a in mentions(text)] == [
            Actor("Gul Khan", "head"),
            Actor("the minister", "minister", named=False),
        ]


class TestPlacesInTitles:
    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Vice Governor of Qinghai Autonomous Region Bao Tingfei said so.",
             Actor("Bao Tingfei", "Vice Governor", "Qinghai Autonomous Region", "China")),
            ("Deputy Mayor of Hunan Province Lu Shanbo said so.",
             Actor("Lu Shanbo", "Deputy Mayor", "Hunan Province", "China")),
            ("Deputy Commissioner of Kech District Naveed Mengal said so.",
             Actor("Naveed Mengal", "Deputy Commissioner", "Kech District", "Pakistan")),
            ("Commissioner of Aksu Prefecture Yan Qiming said so.",
             Actor("Yan Qiming", "Commissioner", "Aksu Prefecture", "China")),
            ("Head of Tashkurgan County Mei Dawen said so.",
             Actor("Mei Dawen", "Head", "Tashkurgan County", "China")),
        ],
    )  # fmt: skip
    def test_place_unit_after_a_titles_of_is_no_name(self, text: str, actor: Actor) -> None:
        """A unit (Province, Region, Prefecture, County, District) ends the title's body."""
        assert [a for _, a in mentions(text)] == [actor]

    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Chief Minister of Khyber Pakhtunkhwa Tariq Dawar said so.",
             Actor("Tariq Dawar", "Chief Minister", "Khyber Pakhtunkhwa", "Pakistan")),
            ("Chief Secretary Azad Jammu and Kashmir Rafiq Butt said so.",
             Actor("Rafiq Butt", "Chief Secretary Azad Jammu and Kashmir")),
            ("Azad Kashmir Prime Minister Qadir Rathore said so.",
             Actor("Qadir Rathore", "Prime Minister", "Azad Kashmir", "Pakistan")),
        ],
    )  # fmt: skip
    def test_place_of_several_words_goes_with_the_title(self, text: str, actor: Actor) -> None:
        """A place of two or more words (``and`` inside it too) is the title's body."""
        assert [a for _, a in mentions(text)] == [actor]

    def test_title_of_a_place_alone_is_a_descriptor(self) -> None:
        """``the Governor of Khyber Pakhtunkhwa``: no name follows, so no person is read."""
        text = "The Governor of Khyber Pakhtunkhwa said so."
        found = "The Governor of Khyber Pakhtunkhwa"
        actor = Actor(found, "Governor", "Khyber Pakhtunkhwa", "Pakistan", named=False)
        assert mentions(text) == [(found, actor)]


class TestTitleBeforeAbbreviation:
    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Chairman KWSB said the pipes were laid.",
             Actor("Chairman KWSB", "Chairman", "KWSB", named=False)),
            ("Director General PTDC told reporters so.",
             Actor("Director General PTDC", "Director General", "PTDC", named=False)),
            ("Managing Director SNGPL Omar Tahir said so.",
             Actor("Omar Tahir", "Managing Director", "SNGPL")),
        ],
    )  # fmt: skip
    def test_abbreviation_after_a_title_is_the_body(self, text: str, actor: Actor) -> None:
        """``Chairman KWSB said``: the abbreviation is the body whose chairman speaks."""
        assert [a for _, a in mentions(text)] == [actor]


class TestMoreTitleWords:
    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Minister for Commerce and Integration Wali Zaman said so.",
             Actor("Wali Zaman", "Minister for Commerce and Integration")),
            ("Registrar of FAST Engr Dr Sobia Kazmi said so.",
             Actor("Sobia Kazmi", "Registrar", "FAST")),
            ("Treasurer of the Lahore Chamber of Commerce Asma Gill said so.",
             Actor("Asma Gill", "Treasurer", "Lahore Chamber of Commerce", "Pakistan")),
        ],
    )  # fmt: skip
    def test_portfolios_and_university_offices(self, text: str, actor: Actor) -> None:
        """Integration and cooperation are portfolios; a registrar or treasurer holds a title."""
        assert [a for _, a in mentions(text)] == [actor]

    @pytest.mark.parametrize(
        "text",
        [
            "Central Asia buys more rice now.",
            "Regional Cooperation grew fast.",
            "A 15-member Chinese team arrived.",
        ],
    )
    def test_no_person_in_regions_topics_or_counted_groups(self, text: str) -> None:
        """``Central Asia``, a capitalised topic and ``15-member`` are nobody."""
        assert mentions(text) == []

    def test_country_manager_keeps_no_posting_country(self) -> None:
        """``the Pakistan country manager X``: a title; the country is the posting, not X's."""
        text = "Its Pakistan country manager Tian Boyu said so."
        assert mentions(text) == [
            ("Pakistan country manager Tian Boyu", Actor("Tian Boyu", "country manager")),
        ]

    def test_modifier_before_a_body_word_is_no_part_of_the_body(self) -> None:
        """``a senior customs official``: the body is customs; senior qualifies the official."""
        text = "A senior customs official said the scanners were idle."
        descriptor = "A senior customs official"
        assert mentions(text) == [
            (descriptor, Actor(descriptor, "official", "customs", named=False))
        ]

    def test_title_for_a_body_in_an_appositive(self) -> None:
        """``X, country manager for Y Group,``: the body after ``for`` is X's organisation."""
        text = "Ma Qiang, country manager for Yuanda Road Group, told reporters so."
        covered = "Ma Qiang, country manager for Yuanda Road Group"
        actor = Actor("Ma Qiang", "country manager", "Yuanda Road Group")
        assert mentions(text) == [(covered, actor)]


class TestAcronymPortfolio:
    def test_it_before_a_title_is_the_portfolio_not_a_pronoun(self) -> None:
        """``IT Minister X``: the upper-case ``IT`` is the office's portfolio, as ``Finance``."""
        text = "IT Minister Sadia Rind told the press the park would open soon."
        assert mentions(text) == [
            ("IT Minister Sadia Rind", Actor("Sadia Rind", "IT Minister")),
        ]

    def test_ict_and_another_portfolio_before_a_title_are_one_role(self) -> None:
        """``ICT and Telecom Minister X``: ``ICT`` is a portfolio too, so the title starts there."""
        text = "ICT and Telecom Minister Sadia Rind said the park would open soon."
        assert mentions(text) == [
            (
                "ICT and Telecom Minister Sadia Rind",
                Actor("Sadia Rind", "ICT and Telecom Minister"),
            ),
        ]

    def test_acronym_before_a_title_that_is_no_portfolio_is_the_body(self) -> None:
        """``PIA spokesperson X``: an acronym that is no portfolio names the speaker's body."""
        text = "PIA spokesperson Sadia Rind said the flight would leave soon."
        assert mentions(text) == [
            ("PIA spokesperson Sadia Rind", Actor("Sadia Rind", "spokesperson", "PIA")),
        ]

    def test_it_and_another_portfolio_before_a_title_are_one_role(self) -> None:
        """``IT and Telecom Minister X``: both portfolios open the title and stay in the role."""
        text = "IT and Telecom Minister Sadia Rind said the park would open soon."
        assert mentions(text) == [
            (
                "IT and Telecom Minister Sadia Rind",
                Actor("Sadia Rind", "IT and Telecom Minister"),
            ),
        ]


class TestTwoPortfoliosBeforeATitle:
    @pytest.mark.parametrize(
        "title",
        ["Planning and Development Minister", "Law and Justice Minister",
         "Power and Petroleum Adviser", "Excise and Taxation Minister",
         "Health and Population Minister", "Transport and Mass Transit Minister",
         "Communications and Postal Services Minister", "Works and Services Secretary"],
    )  # fmt: skip
    def test_both_portfolios_stay_in_the_role(self, title: str) -> None:
        """``A and B Minister X``: the title starts at the first portfolio, not after ``and``."""
        text = f"{title} Sadia Rind said the fictional park would open soon."
        name_end = len(title) + len(" Sadia Rind")
        assert mentions(text) == [(text[:name_end], Actor("Sadia Rind", title))]


class TestLowerCaseWing:
    def test_lower_case_wing_between_a_body_title_and_a_name(self) -> None:
        """``X Authority director (operations) Y``: the bracketed wing joins the title to Y."""
        text = (
            "The tender will be reopened, said Gwadar Port Authority director (operations) "
            "Sameena Haroon."
        )
        assert mentions(text) == [
            (
                "Gwadar Port Authority director (operations) Sameena Haroon",
                Actor("Sameena Haroon", "director", "Gwadar Port Authority", "Pakistan"),
            ),
        ]


class TestAssistantAsAHeadTitle:
    def test_the_special_assistant_alone_is_a_descriptor(self) -> None:
        """``The special assistant, who …, said``: ``assistant`` ends a role as ``adviser`` does."""
        text = "The special assistant, who toured Gilgit in May, said the road was open."
        assert mentions(text) == [
            (
                "The special assistant",
                Actor("The special assistant", "special assistant", named=False),
            ),
        ]


class TestPortfolioAfterTwoWordProvince:
    def test_industries_after_khyber_pakhtunkhwa_is_the_portfolio(self) -> None:
        """``Khyber Pakhtunkhwa Industries Minister X``: a province of two words, then a title."""
        text = "Khyber Pakhtunkhwa Industries Minister Gul Rehman Afridi said the zone was full."
        assert mentions(text) == [
            (
                "Khyber Pakhtunkhwa Industries Minister Gul Rehman Afridi",
                Actor("Gul Rehman Afridi", "Industries Minister", "Khyber Pakhtunkhwa", "Pakistan"),
            ),
        ]


class TestPluralInstitutes:
    def test_institutes_ends_a_body_with_its_for_phrase(self) -> None:
        """``the X Institutes for Y Studies`` is one body; its ``for`` is no part of the role."""
        text = "Liu Zongwei, a researcher at the Nanhai Institutes for Maritime Studies, said so."
        assert mentions(text) == [
            (
                "Liu Zongwei, a researcher at the Nanhai Institutes for Maritime Studies",
                Actor("Liu Zongwei", "researcher", "Nanhai Institutes for Maritime Studies"),
            ),
        ]
