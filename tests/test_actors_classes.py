"""Tests for classes of speaker mentions: coordinated titles, abbreviated bodies, outlet staff.

Each test is a class of mention written in fictional text; the rules are in
:mod:`cpecdata.extract._actors`, the general cases in ``test_actors.py``.
"""

import pytest

from cpecdata.extract._actors import find_mentions, is_chinese_name, is_company, parse_actor
from cpecdata.model import Actor


def mentions(text: str) -> list[tuple[str, Actor]]:
    """Each mention as (the text it covers, its actor)."""
    return [(text[m.start : m.end], m.actor) for m in find_mentions(text)]


class TestOutletStaff:
    def test_outlet_before_reporter_is_the_organisation(self) -> None:
        """``Dawn reporter X``: the outlet is the reporter's employer, the title is the role."""
        text = "Dawn reporter Faryal Aziz said the meeting ended late."
        assert mentions(text) == [
            ("Dawn reporter Faryal Aziz", Actor("Faryal Aziz", "reporter", "Dawn")),
        ]

    def test_abbreviated_agency_before_correspondent(self) -> None:
        """``APP correspondent X`` names the agency in capitals."""
        text = "APP correspondent Imtiaz Warsi reported that the port opened."
        assert mentions(text) == [
            ("APP correspondent Imtiaz Warsi", Actor("Imtiaz Warsi", "correspondent", "APP")),
        ]

    def test_possessive_outlet_before_correspondent(self) -> None:
        """``Xinhua's correspondent X``: the possessive does not end the mention."""
        text = "Xinhua's correspondent Liu Fengshan said the delegation arrived."
        assert mentions(text) == [
            (
                "Xinhua's correspondent Liu Fengshan",
                Actor("Liu Fengshan", "correspondent", "Xinhua"),
            ),
        ]

    def test_country_name_stays_in_the_outlet(self) -> None:
        """``China Daily``: a country name inside an outlet's name is no nationality."""
        text = "China Daily reporter Tang Wenli said the road was finished."
        assert mentions(text) == [
            (
                "China Daily reporter Tang Wenli",
                Actor("Tang Wenli", "reporter", "China Daily"),
            ),
        ]

    def test_demonym_before_reporter_is_a_country(self) -> None:
        """``Chinese reporter``: a demonym alone is the reporter's country, not an outlet."""
        text = "A Chinese reporter asked about the port."
        assert mentions(text) == [
            ("A Chinese reporter", Actor("A Chinese reporter", "reporter", None, "China", False)),
        ]

    def test_status_stays_in_front_of_the_role(self) -> None:
        """``Former Dawn reporter X``: a former reporter, and the outlet still the organisation."""
        text = "Former Dawn reporter Faryal Aziz said so."
        assert mentions(text) == [
            (
                "Former Dawn reporter Faryal Aziz",
                Actor("Faryal Aziz", "Former reporter", "Dawn"),
            ),
        ]

    def test_reporter_is_not_the_speakers_body(self) -> None:
        """A speaker who talks to an outlet's reporter keeps no body of the outlet's."""
        text = "Minister Javed Qasim told APP correspondent Imtiaz Warsi that work had begun."
        assert mentions(text) == [
            ("Minister Javed Qasim", Actor("Javed Qasim", "Minister")),
            ("APP correspondent Imtiaz Warsi", Actor("Imtiaz Warsi", "correspondent", "APP")),
        ]


class TestPlacePossessiveBeforeAPortfolio:
    def test_province_possessive_before_a_portfolio_title_is_the_body(self) -> None:
        """``Sindh's energy minister X``: the province is the minister's (``Sindh Minister X``)."""
        text = "Balochistan's fisheries minister Jamal Raisani said the ban would go."
        assert mentions(text) == [
            (
                "Balochistan's fisheries minister Jamal Raisani",
                Actor("Jamal Raisani", "fisheries minister", "Balochistan", "Pakistan"),
            ),
        ]


class TestSurnamedDescriptor:
    def test_surname_after_a_descriptor_is_part_of_it(self) -> None:
        """``an official surnamed Ma``: a descriptor as written, the surname no person's mention."""
        text = "The pass reopened, an official surnamed Ma told Xinhua."
        assert mentions(text) == [
            ("an official surnamed Ma", Actor("an official surnamed Ma", named=False)),
        ]


class TestPlacesOwnBody:
    def test_place_and_facility_before_a_body_noun_name_the_body(self) -> None:
        """``the Gwadar port authority``: the port's own body, of the place's country."""
        text = "Cargo rose by a third, the Gwadar port authority said."
        assert mentions(text) == [
            (
                "the Gwadar port authority",
                Actor(
                    "the Gwadar port authority",
                    organization="Gwadar port authority",
                    country="Pakistan",
                    named=False,
                ),
            ),
        ]

    def test_administration_is_a_body_descriptor(self) -> None:
        """``the Sost port administration``: an administration speaks as a body, as an authority."""
        text = "The Sost port administration said the gates would open."
        assert mentions(text) == [
            (
                "The Sost port administration",
                Actor(
                    "The Sost port administration",
                    organization="Sost port administration",
                    country="Pakistan",
                    named=False,
                ),
            ),
        ]


class TestCircumstanceInLowerCase:
    def test_visiting_keeps_its_determiner(self) -> None:
        """``the visiting Chinese minister``: one descriptor, resolved like the Chinese minister."""
        text = "He said the visiting Chinese minister had agreed."
        assert mentions(text) == [
            (
                "the visiting Chinese minister",
                Actor("the visiting Chinese minister", "minister", None, "China", False),
            ),
        ]

    def test_former_stays_in_the_role(self) -> None:
        """A former ambassador is not the ambassador: ``former`` stays in the role."""
        text = "The former Chinese ambassador said the talks were fruitful."
        assert mentions(text) == [
            (
                "The former Chinese ambassador",
                Actor("The former Chinese ambassador", "former ambassador", None, "China", False),
            ),
        ]

    def test_verb_visiting_opens_no_mention(self) -> None:
        """Without a determiner ``visiting`` is a verb: ``while visiting Gwadar`` names no one."""
        text = "The envoy spoke while visiting Gwadar on Monday."
        assert mentions(text) == [
            ("The envoy", Actor("The envoy", "envoy", named=False)),
        ]


class TestAbbreviatedBody:
    def test_party_before_chairman(self) -> None:
        """A party named with its abbreviation is the chairman's body, not a person."""
        text = (
            "Pakistan Tehreek-e-Insaf (PTI) Chairman Zarbab Khattak said the project was delayed."
        )
        assert mentions(text) == [
            (
                "Pakistan Tehreek-e-Insaf (PTI) Chairman Zarbab Khattak",
                Actor("Zarbab Khattak", "Chairman", "Pakistan Tehreek-e-Insaf", "Pakistan"),
            ),
        ]

    def test_hyphenated_abbreviation_before_lower_case_title(self) -> None:
        """``Pakistan Muslim League-Nawaz (PML-N) leader X``: the party is no person."""
        text = "Pakistan Muslim League-Nawaz (PML-N) leader Nadeem Qasrani said the plan was good."
        assert mentions(text) == [
            (
                "Pakistan Muslim League-Nawaz (PML-N) leader Nadeem Qasrani",
                Actor("Nadeem Qasrani", "leader", "Pakistan Muslim League-Nawaz", "Pakistan"),
            ),
        ]

    def test_office_before_abbreviation_replaces_the_rank(self) -> None:
        """``Chairman <body> (CJCSC) General X``: the office is the role."""
        text = "Chairman Joint Chiefs of Staff Committee (CJCSC) General Tariq Mehboob spoke."
        assert mentions(text) == [
            (
                "Chairman Joint Chiefs of Staff Committee (CJCSC) General Tariq Mehboob",
                Actor("Tariq Mehboob", "Chairman", "Joint Chiefs of Staff Committee"),
            ),
        ]

    def test_company_keeps_its_country_name(self) -> None:
        """A company whose name opens with a country keeps the whole name, and the country."""
        text = "China Overseas Port Holding Company (COPHC) Chairman Zhao Minglu said so."
        assert mentions(text) == [
            (
                "China Overseas Port Holding Company (COPHC) Chairman Zhao Minglu",
                Actor("Zhao Minglu", "Chairman", "China Overseas Port Holding Company", "China"),
            ),
        ]

    def test_words_that_do_not_spell_it_are_no_body(self) -> None:
        """A person's party in parentheses after their name makes no body of their name."""
        text = "He met Ahsan Qadir (PML-N) Chairman Tariq Bashir on Monday."
        assert mentions(text) == [
            ("Ahsan Qadir", Actor("Ahsan Qadir")),
            ("Chairman Tariq Bashir", Actor("Tariq Bashir", "Chairman")),
        ]


class TestCoordinatedTitles:
    def test_first_title_is_the_role(self) -> None:
        """Two titles before one name are one person; the first, leading title is the role."""
        text = "Chinese Foreign Minister and Politburo member Lan Haoming said so."
        assert mentions(text) == [
            (
                "Chinese Foreign Minister and Politburo member Lan Haoming",
                Actor("Lan Haoming", "Foreign Minister", None, "China"),
            ),
        ]

    def test_title_of_another_country_is_another_person(self) -> None:
        """``Chinese Foreign Minister and Pakistani Planning Minister X`` names two people."""
        text = "Chinese Foreign Minister and Pakistani Planning Minister Ahsan Qadir met."
        assert mentions(text) == [
            (
                "Chinese Foreign Minister",
                Actor("Chinese Foreign Minister", "Foreign Minister", None, "China", False),
            ),
            (
                "Pakistani Planning Minister Ahsan Qadir",
                Actor("Ahsan Qadir", "Planning Minister", None, "Pakistan"),
            ),
        ]

    def test_descriptor_with_determiner_is_another_person(self) -> None:
        """``the Chinese foreign minister and Planning Minister X``: a descriptor, then a person."""
        text = "The Chinese foreign minister and Planning Minister Ahsan Qadir met on Monday."
        assert mentions(text) == [
            (
                "The Chinese foreign minister",
                Actor("The Chinese foreign minister", "foreign minister", None, "China", False),
            ),
            ("Planning Minister Ahsan Qadir", Actor("Ahsan Qadir", "Planning Minister")),
        ]

    def test_second_titles_body_is_left_out(self) -> None:
        """The second title goes with the body it names: ``Politburo Standing Committee``."""
        text = "Chinese Vice President and Politburo Standing Committee member Zhou Ming said so."
        assert mentions(text) == [
            (
                "Chinese Vice President and Politburo Standing Committee member Zhou Ming",
                Actor("Zhou Ming", "Vice President", None, "China"),
            ),
        ]

    def test_two_offices_of_bodies_in_one_appositive(self) -> None:
        """``member of the X Committee and director of Y``: the first office and body only."""
        text = (
            "Lan Haoming, member of the Political Bureau of the Central Committee and director "
            "of the Office of the Foreign Affairs Commission, said so."
        )
        assert mentions(text) == [
            (
                text[: text.rindex(",")],
                Actor("Lan Haoming", "member", "Political Bureau of the Central Committee"),
            ),
        ]

    def test_seat_after_and_is_a_second_title(self) -> None:
        """``Finance Minister and Senator X``: titles on both sides of ``and`` stay one role."""
        text = "Pakistan's Finance Minister and Senator Ishaq Ahmed said so."
        assert mentions(text) == [
            (
                "Pakistan's Finance Minister and Senator Ishaq Ahmed",
                Actor("Ishaq Ahmed", "Finance Minister and Senator", None, "Pakistan"),
            ),
        ]

    def test_body_member_is_a_title(self) -> None:
        """``Senate committee member X``: a member is an office holder of the body."""
        text = "Senate committee member Farhat Ali said so."
        assert mentions(text) == [
            (
                "Senate committee member Farhat Ali",
                Actor("Farhat Ali", "member", "Senate committee"),
            ),
        ]


class TestLongBodyNames:
    @pytest.mark.parametrize(
        "body",
        [
            "Securities and Exchange Board of Sindh",
            "Oil and Gas Licensing Authority",
            "Border Roads Organisation",
            "Makran Fishermen Union",
            "Rice Growers Society",
        ],
    )
    def test_regulators_and_organisations_are_one_body(self, body: str) -> None:
        """``Securities and Exchange``, ``Oil and Gas`` name one body; ``Organisation`` ends one."""
        text = f"The {body} said the rules were eased."
        assert mentions(text) == [(body, Actor(body, None, body))]

    def test_ministry_with_a_list_of_portfolios_before_a_title(self) -> None:
        """The whole list of portfolios names the ministry; only the title is the role."""
        text = (
            "Ministry of Planning, Development and Special Initiatives Secretary Owais Jatoi "
            "said so."
        )
        assert mentions(text) == [
            (
                "Ministry of Planning, Development and Special Initiatives Secretary Owais Jatoi",
                Actor(
                    "Owais Jatoi",
                    "Secretary",
                    "Ministry of Planning, Development and Special Initiatives",
                ),
            ),
        ]

    def test_committee_on_a_portfolio_before_a_title(self) -> None:
        """``Committee on Planning Chairman X``: the remit is the committee's, not the role's."""
        text = "Senate Standing Committee on Planning Chairman Salim Mandvi said so."
        assert mentions(text) == [
            (
                "Senate Standing Committee on Planning Chairman Salim Mandvi",
                Actor("Salim Mandvi", "Chairman", "Senate Standing Committee on Planning"),
            ),
        ]

    def test_rank_of_a_division_is_one_person(self) -> None:
        """``Major General X of the Special Security Division``: the division is his, no speaker."""
        text = "Major General Asif Durrani of the Special Security Division said so."
        assert mentions(text) == [
            (
                "Major General Asif Durrani of the Special Security Division",
                Actor("Asif Durrani", "Major General", "Special Security Division"),
            ),
        ]

    def test_body_of_a_name_gives_its_country(self) -> None:
        """``X of the Chinese Embassy``: the body's name is the organisation, its country his."""
        text = "He met Wang Lei of the Chinese Embassy on Monday."
        assert mentions(text) == [
            (
                "Wang Lei of the Chinese Embassy",
                Actor("Wang Lei", None, "Chinese Embassy", "China"),
            ),
        ]

    def test_country_after_of_is_no_body(self) -> None:
        """``X of Pakistan`` names no body: the person stays as named."""
        text = "Ahsan Qadir of Pakistan said so."
        assert mentions(text) == [("Ahsan Qadir", Actor("Ahsan Qadir"))]

    def test_university_school_is_one_body(self) -> None:
        """``University's School of X``: a school is a body's head, its remit part of its name."""
        text = "Chen Xiaohua, a professor at Tianhe University's School of Social Studies, said so."
        assert mentions(text) == [
            (
                "Chen Xiaohua, a professor at Tianhe University's School of Social Studies",
                Actor("Chen Xiaohua", "professor", "Tianhe University's School of Social Studies"),
            ),
        ]


class TestSeatAfterOffice:
    def test_senator_after_committee_chairman_is_left_out(self) -> None:
        """``Committee chairman Senator X``: the office is the role, the seat only says more."""
        text = "Committee chairman Senator Salim Mandvi said so."
        assert mentions(text) == [
            (
                "Committee chairman Senator Salim Mandvi",
                Actor("Salim Mandvi", "chairman", "Committee"),
            ),
        ]

    def test_senator_alone_is_the_role(self) -> None:
        """A seat with no office before it is the role."""
        text = "Senator Salim Mandvi said so."
        assert mentions(text) == [("Senator Salim Mandvi", Actor("Salim Mandvi", "Senator"))]


class TestMilitaryRanks:
    def test_general_after_an_office_is_a_rank(self) -> None:
        """``Chief of Army Staff General X``: the rank after the office is left out."""
        text = "Chief of Army Staff General Asim Tarar said so."
        assert mentions(text) == [
            (
                "Chief of Army Staff General Asim Tarar",
                Actor("Asim Tarar", "Chief of Army Staff"),
            ),
        ]

    def test_admiral_after_an_office_is_a_rank(self) -> None:
        """``Chief of the Naval Staff Admiral X``: an admiral is a rank like a general."""
        text = "Chief of the Naval Staff Admiral Naveed Ashraf said so."
        assert mentions(text) == [
            (
                "Chief of the Naval Staff Admiral Naveed Ashraf",
                Actor("Naveed Ashraf", "Chief of the Naval Staff"),
            ),
        ]

    def test_general_ending_a_title_stays(self) -> None:
        """``Director General X``: ``General`` after a title word is part of the title."""
        text = "Director General Kamran Shah said so."
        assert mentions(text) == [
            ("Director General Kamran Shah", Actor("Kamran Shah", "Director General")),
        ]

    def test_brigadier_is_no_part_of_the_name(self) -> None:
        """``Brigadier X``: the rank is the role, never the person's first name."""
        text = "Brigadier Kamran Ali said so."
        assert mentions(text) == [("Brigadier Kamran Ali", Actor("Kamran Ali", "Brigadier"))]


class TestBusinessDescriptors:
    def test_holdings_ends_a_company_name(self) -> None:
        """``Lotus Cement Holdings``: a company, like a Group or a Corporation."""
        body = "Lotus Cement Holdings"
        assert mentions(f"{body} said so.") == [(body, Actor(body, None, body, None, True))]

    def test_capitalised_fund_ends_a_body_name(self) -> None:
        """``Fictional Monetary Fund`` is a body; the verb ``fund`` in lower case is not."""
        body = "Fictional Monetary Fund"
        assert mentions(f"The {body} said donors would fund it.") == [
            (body, Actor(body, None, body, None, True))
        ]

    def test_investor_is_a_descriptor(self) -> None:
        """``A Chinese investor told``: an unnamed source whose occupation is the role."""
        text = "A Chinese investor told the paper that power supply remained a concern."
        assert mentions(text) == [
            ("A Chinese investor", Actor("A Chinese investor", "investor", None, "China", False)),
        ]

    def test_police_are_a_descriptor(self) -> None:
        """``the police said``: the force speaks as an unnamed group, as written."""
        assert mentions("Later the police said so.") == [
            ("the police", Actor("the police", None, None, None, False)),
        ]

    @pytest.mark.parametrize("short", ["DPO", "SHO", "SSP"])
    def test_police_ranks_in_capitals_are_descriptors(self, short: str) -> None:
        """``the DPO said``: a police rank written in capitals is a role, as ``the IGP`` is."""
        assert mentions(f"Later the {short} said so.") == [
            (f"the {short}", Actor(f"the {short}", short, None, None, False)),
        ]


class TestTitleOfBodyBeforeName:
    def test_title_of_body_then_name_is_one_person(self) -> None:
        """``Chairman of the X Authority Y``: one person with the title and the body."""
        text = "Chairman of the Thar Port Authority Kamil Raza said the berth was ready."
        assert mentions(text) == [
            (
                "Chairman of the Thar Port Authority Kamil Raza",
                Actor("Kamil Raza", "Chairman", "Thar Port Authority", "Pakistan"),
            ),
        ]

    def test_abbreviation_between_body_and_name(self) -> None:
        """``Chairman of the X Authority (XA) Y``: the abbreviation does not split off the name."""
        text = "Director General of the Thar Port Authority (TPA) Kamil Raza said so."
        assert mentions(text) == [
            (
                "Director General of the Thar Port Authority (TPA) Kamil Raza",
                Actor("Kamil Raza", "Director General", "Thar Port Authority", "Pakistan"),
            ),
        ]

    def test_abbreviation_then_comma_appositive_name(self) -> None:
        """``Chairman of the X Authority (XA), Y,``: the name in commas is the title holder."""
        text = "Chairman of the Thar Port Authority (TPA), Kamil Raza, said so."
        assert mentions(text) == [
            (
                "Chairman of the Thar Port Authority (TPA), Kamil Raza",
                Actor("Kamil Raza", "Chairman", "Thar Port Authority", "Pakistan"),
            ),
        ]

    def test_unnamed_group_of_abbreviated_body_keeps_apart(self) -> None:
        """``Officials of the X (XA) Y``: a group without a title is not the name's."""
        text = "Officials of the Thar Port Authority (TPA) Kamil Raza and others met."
        assert mentions(text) == [
            (
                "Officials of the Thar Port Authority (TPA)",
                Actor(
                    "Officials of the Thar Port Authority (TPA)",
                    None,
                    "Thar Port Authority",
                    None,
                    False,
                ),
            ),
            ("Kamil Raza", Actor("Kamil Raza")),
        ]

    def test_countrys_service_after_title_is_the_organisation(self) -> None:
        """``Managing Director of Pakistan Railways X``: the service is the body, not the role."""
        text = "Managing Director of Pakistan Railways Kamil Raza said the line was open."
        assert mentions(text) == [
            (
                "Managing Director of Pakistan Railways Kamil Raza",
                Actor("Kamil Raza", "Managing Director", "Pakistan Railways", "Pakistan"),
            ),
        ]

    def test_portfolio_of_railways_stays_the_role(self) -> None:
        """``Minister of Railways X``: without a country the service is the portfolio."""
        text = "Minister of Railways Kamil Raza said the line was open."
        assert mentions(text) == [
            ("Minister of Railways Kamil Raza", Actor("Kamil Raza", "Minister of Railways")),
        ]


class TestOneOfAGroup:
    def test_spokesman_for_one_of_a_group_keeps_the_group(self) -> None:
        """``a spokesman for one of the Chinese producers``: the whole descriptor is the source."""
        text = "A spokesman for one of the Chinese producers said the plant was safe."
        descriptor = "A spokesman for one of the Chinese producers"
        assert mentions(text) == [
            (descriptor, Actor(descriptor, "spokesman", None, None, False)),
        ]

    def test_one_of_a_group_ends_at_its_plural(self) -> None:
        """``an official at one of the firms in X``: the group ends at its plural."""
        text = "An official at one of the firms in Multan said work had stopped."
        descriptor = "An official at one of the firms"
        assert mentions(text) == [
            (descriptor, Actor(descriptor, None, None, None, False)),
        ]

    def test_title_of_the_unnamed_firm_then_its_holders_name(self) -> None:
        """``the CEO of the project company, Mr. X,``: one person, the firm in the descriptor."""
        text = "He met the chief engineer of the cement company, Mr. Sabir Kundi, on Friday."
        covered = "the chief engineer of the cement company, Mr. Sabir Kundi"
        assert mentions(text) == [(covered, Actor("Sabir Kundi", "chief engineer"))]

    @pytest.mark.parametrize(
        ("text", "descriptor", "role", "country"),
        [
            ("The Multan head of a Chinese lender said rates would fall.",
             "The Multan head of a Chinese lender", "head", "Pakistan"),
            ("Costs rose, the Pakistan chief of a Chinese state-run builder said.",
             "the Pakistan chief of a Chinese state-run builder", "chief", "Pakistan"),
        ],
    )  # fmt: skip
    def test_local_head_of_an_unnamed_firm(
        self, text: str, descriptor: str, role: str, country: str
    ) -> None:
        """``the Multan head of a Chinese lender``: one descriptor; the place is no body."""
        assert mentions(text) == [
            (descriptor, Actor(descriptor, role, None, country, False)),
        ]


class TestOccupations:
    def test_trader_before_a_name_is_the_role(self) -> None:
        """``Trader X said``: an occupation written as a title makes the name a speaker."""
        text = "Trader Sara Malik said prices had doubled."
        assert mentions(text) == [("Trader Sara Malik", Actor("Sara Malik", "Trader"))]

    def test_businessman_before_a_name_is_the_role(self) -> None:
        """``Businessman X``: as a title, the occupation is the role."""
        text = "Businessman Omar Khalid told reporters the border was shut."
        assert mentions(text) == [("Businessman Omar Khalid", Actor("Omar Khalid", "Businessman"))]

    def test_demonym_and_occupation_before_a_name(self) -> None:
        """``Chinese investor X``: the country and the occupation are both the person's."""
        text = "Chinese investor Wu Tianle said the plant would open."
        assert mentions(text) == [
            ("Chinese investor Wu Tianle", Actor("Wu Tianle", "investor", None, "China")),
        ]

    def test_appositive_office_replaces_the_occupation(self) -> None:
        """``Chinese investor X, chairman of the Y Group,``: the person, not the group, holds it."""
        text = "Chinese investor Wu Tianle, chairman of the Lotus Group, said the plant would open."
        assert mentions(text) == [
            (
                "Chinese investor Wu Tianle, chairman of the Lotus Group",
                Actor("Wu Tianle", "chairman", "Lotus Group", "China"),
            ),
        ]

    def test_counted_plural_occupation_is_one_descriptor(self) -> None:
        """``Two Chinese engineers said``: an unnamed group, its number kept in the descriptor."""
        text = "Two Chinese engineers said the turbines were tested."
        assert mentions(text) == [
            (
                "Two Chinese engineers",
                Actor("Two Chinese engineers", None, None, "China", False),
            ),
        ]

    def test_several_opens_the_descriptor(self) -> None:
        """``Several Chinese engineers``: a quantity word stays with the group it counts."""
        text = "Several Chinese engineers said the turbines were tested."
        assert mentions(text) == [
            (
                "Several Chinese engineers",
                Actor("Several Chinese engineers", None, None, "China", False),
            ),
        ]

    def test_local_residents_are_a_descriptor(self) -> None:
        """``local residents said``: residents named by a modifier are an unnamed source."""
        text = "The water was short, local residents said."
        assert mentions(text) == [
            ("local residents", Actor("local residents", None, None, None, False)),
        ]

    def test_capitalised_workers_are_a_descriptor(self) -> None:
        """``Workers said``: a plural occupation opening the sentence is an unnamed source."""
        text = "Workers said they had not been paid."
        assert mentions(text) == [("Workers", Actor("Workers", None, None, None, False))]

    def test_residents_of_a_place_have_no_body(self) -> None:
        """``Residents of Khyber Pakhtunkhwa``: the place is where they live, not their body."""
        text = "Residents of Khyber Pakhtunkhwa said the road was closed."
        descriptor = "Residents of Khyber Pakhtunkhwa"
        assert mentions(text) == [(descriptor, Actor(descriptor, None, None, None, False))]

    def test_a_resident_of_a_place_is_a_descriptor(self) -> None:
        """``a resident of Gwadar said``: one unnamed local source, the place no organisation."""
        text = "A resident of Multan said the water was short."
        descriptor = "A resident of Multan"
        assert mentions(text) == [(descriptor, Actor(descriptor, None, None, None, False))]

    def test_workers_of_a_body_keep_the_body(self) -> None:
        """``Workers of the X Authority``: a body after a group's ``of`` stays its organisation."""
        text = "Workers of the Thar Port Authority said they were unpaid."
        descriptor = "Workers of the Thar Port Authority"
        assert mentions(text) == [
            (descriptor, Actor(descriptor, None, "Thar Port Authority", None, False)),
        ]

    def test_bare_lower_case_crowd_is_no_mention(self) -> None:
        """``so many workers``: a bare plural in lower case is no one who could speak or travel."""
        text = "It was hard to gather so many workers and fly to Multan."
        assert mentions(text) == []


class TestCompanyNames:
    def test_company_named_after_its_country_keeps_the_name(self) -> None:
        """``China Overseas Port Holding Company Chairman X``: the country name is the company's."""
        text = "China Overseas Port Holding Company Chairman Zhao Minglu said so."
        assert mentions(text) == [
            (
                "China Overseas Port Holding Company Chairman Zhao Minglu",
                Actor("Zhao Minglu", "Chairman", "China Overseas Port Holding Company", "China"),
            ),
        ]

    def test_government_body_after_a_country_name_is_the_countrys(self) -> None:
        """``Pakistan Foreign Office``: the country says whose office it is, not its name."""
        text = "Pakistan Foreign Office Spokesperson Mumtaz Hadi said so."
        assert mentions(text) == [
            (
                "Pakistan Foreign Office Spokesperson Mumtaz Hadi",
                Actor("Mumtaz Hadi", "Spokesperson", "Foreign Office", "Pakistan"),
            ),
        ]


class TestBodyTails:
    def test_public_relations_ends_a_body(self) -> None:
        """``X Public Relations (ABBR)``: a capitalised Public Relations names a body, no person."""
        text = "Joint Forces Public Relations (JFPR) said the drill ended."
        assert mentions(text) == [
            (
                "Joint Forces Public Relations (JFPR)",
                Actor(
                    "Joint Forces Public Relations", organization="Joint Forces Public Relations"
                ),
            ),
        ]

    def test_wing_and_cell_end_a_body(self) -> None:
        """``X Affairs Wing``, ``X Media Cell``: capitalised units of a body are bodies."""
        text = "The Civic Affairs Wing and the Harbour Media Cell issued notes."
        assert mentions(text) == [
            ("Civic Affairs Wing", Actor("Civic Affairs Wing", organization="Civic Affairs Wing")),
            ("Harbour Media Cell", Actor("Harbour Media Cell", organization="Harbour Media Cell")),
        ]

    def test_wing_before_a_title_is_a_rank(self) -> None:
        """``Wing Commander X``: a wing before a title is part of the rank, no body."""
        text = "Wing Commander Tariq Venn said the flight landed."
        assert mentions(text) == [
            ("Wing Commander Tariq Venn", Actor("Tariq Venn", "Wing Commander")),
        ]

    def test_public_relations_after_a_title_stays_in_the_role(self) -> None:
        """``Director of Public Relations X``: the portfolio of a title is no body."""
        text = "Director of Public Relations Sana Quell said the gate opened."
        assert mentions(text) == [
            (
                "Director of Public Relations Sana Quell",
                Actor("Sana Quell", "Director of Public Relations"),
            ),
        ]


class TestChineseNames:
    @pytest.mark.parametrize("name", ["Qiu Wenbo", "Deng Yue-lan", "He Chenxu", "Ouyang Lanfei"])
    def test_surname_then_pinyin_given_name(self, name: str) -> None:
        """A common surname, then a pinyin given name: Chinese, though the gazetteer is silent."""
        assert is_chinese_name(parse_actor(name)) is True

    @pytest.mark.parametrize("name", ["Tariq Venn", "Ali Shan", "Ma Said", "Wang Brookfield"])
    def test_other_names(self, name: str) -> None:
        """No Chinese surname first, or a given name no pinyin can spell: no Chinese name."""
        assert is_chinese_name(parse_actor(name)) is False

    def test_titled_person(self) -> None:
        """A role or organisation does not change what the name is."""
        actor = parse_actor("Tianlu Group chairman Zhao Pengyu")
        assert (actor, is_chinese_name(actor)) == (
            Actor("Zhao Pengyu", "chairman", "Tianlu Group"),
            True,
        )

    @pytest.mark.parametrize("mention", ["Tianlu Group", "the Chinese side", "the Chinese envoy"])
    def test_bodies_and_descriptors_are_no_names(self, mention: str) -> None:
        """A body's or a descriptor's words are never a person's name, whatever their country."""
        assert is_chinese_name(parse_actor(mention)) is False


class TestCompanies:
    @pytest.mark.parametrize(
        "name", ["Sanli Motors", "Tarvex Pharma", "Orsa Technologies Co", "Hexa Textiles"]
    )
    def test_company_word_ends_a_body(self, name: str) -> None:
        """A capitalised company word after a name makes a company, no person."""
        actor = parse_actor(f"{name} said")
        assert (actor, is_company(actor)) == (Actor(name, organization=name), True)

    @pytest.mark.parametrize(
        "name", ["China Orsa South Asia Investment Limited", "Sino Hexa Resources Limited"]
    )
    def test_country_or_sino_opens_a_limited_company(self, name: str) -> None:
        """``China X Investment Limited``, ``Sino X Limited``: the country is the company's word."""
        actor = parse_actor(f"{name} said")
        assert actor == Actor(name, organization=name, country="China")

    @pytest.mark.parametrize(
        ("title", "firm"),
        [("chief financial officer of", "Tianlu Optical"),
         ("country head of", "Sunrise Jiangsu New Energy"),
         ("chief executive of", "Tianlu Optical Communications"),
         ("director of Zhejiang-based", "Sunvolt Energy")],
    )  # fmt: skip
    def test_firm_after_a_company_title_is_no_person(self, title: str, firm: str) -> None:
        """``X, CFO of Tianlu Optical,``: the words after a company title's ``of`` name the firm."""
        text = f"Gao Lin, {title} {firm}, said sales rose."
        role = title.rsplit(" of", 1)[0]
        assert mentions(text) == [(text[: text.index(",", 9)], Actor("Gao Lin", role, firm))]

    @pytest.mark.parametrize(
        ("firm", "country"),
        [("China Tarvex Cargo", "China"), ("Pakistan Marvi Cables", "Pakistan"),
         ("Shanghai Tarvex", "China")],
    )  # fmt: skip
    def test_firm_opened_by_a_country_or_place_is_no_person(self, firm: str, country: str) -> None:
        """``X, general manager of China Y Cargo's branch,``: the country opens the firm's name."""
        text = f"Gao Lin, general manager of {firm}'s Gilgit branch, said sales rose."
        end = text.index("'s")
        assert mentions(text) == [(text[:end], Actor("Gao Lin", "general manager", firm, country))]

    def test_capitalised_title_then_a_place_and_a_name_is_the_holders(self) -> None:
        """``Chief Executive of Gwadar X Y``: a title written before a name stays the holder's."""
        text = "The Chief Executive of Gwadar Hamid Zehri said sales rose."
        assert mentions(text) == [
            (text[4:41], Actor("Hamid Zehri", "Chief Executive", "Gwadar", "Pakistan"))
        ]

    @pytest.mark.parametrize("title", ["chairman", "Vice President", "CEO"])
    def test_short_firm_name_before_a_leaders_title_is_the_body(self, title: str) -> None:
        """``Huarong chairman X``: a leader's title after a short name is the firm's head."""
        text = f"Tarvex {title} Liu Wenqi said the line was ready."
        assert mentions(text) == [(text[:-25], Actor("Liu Wenqi", title, "Tarvex"))]

    def test_firm_noun_before_a_named_body_is_left_out(self) -> None:
        """``Chinese firm X Weaving Group``: the noun says what the body is; the name follows."""
        text = "The mill is built by Chinese firm Tarvex Weaving Group at a cost of $4 million."
        body = "Tarvex Weaving Group"
        assert mentions(text) == [(f"Chinese firm {body}", Actor(body, None, body, "China"))]

    def test_kind_of_leader_is_no_firm(self) -> None:
        """``Honorary Chairman X``: a word saying what kind of chairman names no firm."""
        text = "Honorary Chairman Liu Wenqi said the line was ready."
        assert mentions(text) == [(text[:-25], Actor("Liu Wenqi", "Honorary Chairman"))]

    def test_portfolio_tail_after_a_place_is_no_company(self) -> None:
        """``Punjab Industries``: a place's industries are a department's word, no company."""
        assert find_mentions("Punjab Industries said the permit was ready.") == []

    def test_company_word_alone_is_no_body(self) -> None:
        """``Cement prices rose``: a company word opening a sentence names no company."""
        assert find_mentions("Cement prices rose in May.") == []

    def test_portfolio_of_a_title_stays_in_the_role(self) -> None:
        """``Minister for Industries X``: the portfolio is the minister's, no company."""
        text = "Minister for Industries Ali Venn said the park was full."
        assert mentions(text) == [
            ("Minister for Industries Ali Venn", Actor("Ali Venn", "Minister for Industries")),
        ]

    def test_company_before_a_title_is_the_holders(self) -> None:
        """``X Motors chairman Y``: the company is the chairman's organisation."""
        text = "Sanli Motors chairman Liu Wenqi said the line was ready."
        assert mentions(text) == [
            (
                "Sanli Motors chairman Liu Wenqi",
                Actor("Liu Wenqi", "chairman", "Sanli Motors"),
            ),
        ]

    def test_company_tail_before_a_title(self) -> None:
        """``X Textiles chairman Y``: a company's portfolio word before a title ends its name."""
        text = "Hexa Textiles chairman Liu Wenqi said the mill was ready."
        assert mentions(text) == [
            (
                "Hexa Textiles chairman Liu Wenqi",
                Actor("Liu Wenqi", "chairman", "Hexa Textiles"),
            ),
        ]

    @pytest.mark.parametrize("mention", ["Tariq Venn", "the company", "the Planning Commission"])
    def test_others_are_no_companies(self, mention: str) -> None:
        """People, descriptors and government bodies are no companies."""
        assert is_company(parse_actor(mention)) is False


class TestPossessedUnit:
    def test_body_name_ends_at_its_possessive_before_a_unit_at_a_place(self) -> None:
        """``of X Company's Gwadar operations``: the place names the unit; the body is X Company."""
        text = "Wu Ping, general manager of Qorvex Port Company's Gwadar operations, said so."
        wu = Actor("Wu Ping", "general manager", "Qorvex Port Company")
        assert mentions(text) == [(text[: text.index("'s")], wu)]

    def test_possessive_before_a_title_still_names_the_body(self) -> None:
        """``the Foreign Office's spokesperson``: a title after the possessive keeps the body."""
        text = "the Foreign Office's spokesperson said so."
        found = "the Foreign Office's spokesperson"
        assert mentions(text) == [
            (found, Actor(found, "spokesperson", "Foreign Office", None, False))
        ]


class TestOwnerBeforeTitle:
    def test_company_word_before_a_company_title(self) -> None:
        """``Qorvex's vice president X``: an unknown word owning a company's title is a company."""
        text = "Qorvex's vice president Zhou Lanbin said the network was ready."
        assert mentions(text) == [
            (
                "Qorvex's vice president Zhou Lanbin",
                Actor("Zhou Lanbin", "vice president", "Qorvex"),
            ),
        ]

    def test_company_title_with_its_remit(self) -> None:
        """``Qorvex's vice president for X Y``: the title before its remit is a company's."""
        text = "Qorvex's vice president for South Asia Zhou Lanbin said the network was ready."
        assert mentions(text) == [
            (
                "Qorvex's vice president for South Asia Zhou Lanbin",
                Actor("Zhou Lanbin", "vice president for South Asia", "Qorvex"),
            ),
        ]

    @pytest.mark.parametrize("owner", ["Qorvex Pakistan", "Qorvex Pakistan's"])
    def test_company_branch_before_a_company_title(self, owner: str) -> None:
        """``X Pakistan('s) CEO Y``: a company's branch in a country owns the title."""
        text = f"{owner} CEO Sana Quell said the network was ready."
        assert mentions(text) == [
            (f"{owner} CEO Sana Quell", Actor("Sana Quell", "CEO", "Qorvex Pakistan")),
        ]

    def test_body_before_a_plural_possessive(self) -> None:
        """``Sanli Motors' chief executive X``: the body read before the apostrophe is the owner."""
        text = "Sanli Motors' chief executive Liu Wenqi said the line was ready."
        assert mentions(text) == [
            (
                "Sanli Motors' chief executive Liu Wenqi",
                Actor("Liu Wenqi", "chief executive", "Sanli Motors"),
            ),
        ]

    def test_abbreviation_owns_any_title(self) -> None:
        """``KDA's deputy director X``: an abbreviation's possessive names a body."""
        text = "KDA's deputy director Sana Quell said the road was ready."
        assert mentions(text) == [
            (
                "KDA's deputy director Sana Quell",
                Actor("Sana Quell", "deputy director", "KDA"),
            ),
        ]

    def test_person_possessive_keeps_no_organisation(self) -> None:
        """``Venn's adviser X``: a person's possessive before a title is no organisation."""
        text = "Venn's adviser Ali Kamber said the road was ready."
        assert mentions(text) == [("adviser Ali Kamber", Actor("Ali Kamber", "adviser"))]

    def test_named_person_possessive_keeps_no_organisation(self) -> None:
        """``Wang Lu's chief executive X``: an owner read as a person is no company."""
        text = "Wang Lu's chief executive Ma Lin said the road was ready."
        assert mentions(text) == [
            ("Wang Lu", Actor("Wang Lu")),
            ("chief executive Ma Lin", Actor("Ma Lin", "chief executive")),
        ]


class TestAbbreviatedRanks:
    def test_abbreviated_naval_rank_is_the_role(self) -> None:
        """``Rear Adm. X``: the abbreviated rank is the role, not part of the name."""
        text = "Rear Adm. Wasim Quddus said the flotilla was ready."
        assert mentions(text) == [
            ("Rear Adm. Wasim Quddus", Actor("Wasim Quddus", "Rear Adm")),
        ]

    def test_abbreviated_commander_is_the_role(self) -> None:
        """``Cdr. X``: an abbreviated commander is a title like the full word."""
        text = "Cdr. Nabeel Haroon told reporters the tug had docked."
        assert mentions(text) == [("Cdr. Nabeel Haroon", Actor("Nabeel Haroon", "Cdr"))]

    def test_abbreviated_admiral_after_office_is_left_out(self) -> None:
        """``Chief of Naval Staff Adm. X``: the office is the role, as with ``Admiral``."""
        text = "Chief of Naval Staff Adm. Wasim Quddus said the drill ended."
        assert mentions(text) == [
            (
                "Chief of Naval Staff Adm. Wasim Quddus",
                Actor("Wasim Quddus", "Chief of Naval Staff"),
            ),
        ]


class TestAppositiveTitle:
    @pytest.mark.parametrize(
        ("appositive", "role", "body"),
        [("the company's vice president for international business",
          "vice president for international business", "company"),
         ("the company's vice president of the institute", "vice president of the institute",
          "company"),
         ("an auto analyst", "auto analyst", None),
         ("the task group commander", "task group commander", None),
         ("the new envoy", "envoy", None)],
    )  # fmt: skip
    def test_title_as_written(self, appositive: str, role: str, body: str | None) -> None:
        """``X, an auto analyst,``, ``X, the firm's head for Y.``: modifiers and remit stay."""
        text = f"The centre opened, said Wu Ping, {appositive}."
        assert mentions(text)[-1] == (f"Wu Ping, {appositive}", Actor("Wu Ping", role, body))

    def test_number_after_a_remit_closes_nothing(self) -> None:
        """``X, chief executive of the 1,320MW plant``: the comma in a number ends no remit."""
        found = mentions("Wu Ping, chief executive of the 1,320MW plant, said so.")
        assert found == [("Wu Ping, chief executive", Actor("Wu Ping", "chief executive"))]


class TestCountryAfterADescriptorsOf:
    def test_country_after_of_is_the_country(self) -> None:
        """``X, Chief of Army Staff of Pakistan,``: the country is whom X serves, no body."""
        text = "General Wasim Quddus, Chief of Army Staff of Pakistan, said so."
        quddus = Actor("Wasim Quddus", "Chief of Army Staff", None, "Pakistan")
        assert mentions(text) == [(text[: text.index(", said")], quddus)]

    def test_plural_zones_name_no_one(self) -> None:
        """``the X Special Economic Zones``: no person named ``Zones``."""
        assert mentions("Firms moved to the Bostan Special Economic Zones.") == []


class TestWhoHeads:
    def test_body_headed_is_the_organisation(self) -> None:
        """``X, who heads the Y Chamber of Commerce,``: head of that body."""
        text = "said Wu Ping, who heads the Tarvex Chamber of Commerce."
        wu = Actor("Wu Ping", "head", "Tarvex Chamber of Commerce")
        assert mentions(text) == [(text[5:-1], wu)]

    def test_unnamed_group_headed_stays_in_the_role(self) -> None:
        """``X, who chairs a local boatmen's union,``: no named body, so the role says it all."""
        text = "said Wu Ping, who chairs a local boatmen's union."
        assert mentions(text) == [
            (text[5:-1], Actor("Wu Ping", "chair of a local boatmen's union"))
        ]


class TestCountryPossessiveAfterOf:
    @pytest.mark.parametrize("possessive", ["China's", "China’s"])
    def test_country_possessive_opening_the_body_is_its_country(self, possessive: str) -> None:
        """``Vice Chairman of China's X Commission Y``: China is the country, not the body's."""
        text = f"Vice Chairman of {possessive} Tarvex Planning Commission Wu Ping said so."
        wu = Actor("Wu Ping", "Vice Chairman", "Tarvex Planning Commission", "China")
        assert mentions(text) == [(text[:-9], wu)]


class TestBracketedWing:
    def test_wing_after_a_title_then_its_body(self) -> None:
        """``X, Member (North) of the Y Authority,``: the wing is the role's, the body X's."""
        text = "Wasim Quddus, Member (North) of the Tarvex Highway Authority, said so."
        quddus = Actor("Wasim Quddus", "Member (North)", "Tarvex Highway Authority")
        assert mentions(text) == [(text[: text.index(", said")], quddus)]


class TestGroupBeforeATitle:
    @pytest.mark.parametrize("group", ["Boat-owners'", "fishermen's"])
    def test_groups_possessive_is_part_of_the_role(self, group: str) -> None:
        """``Boat-owners' leader X``: whose leader is part of the title."""
        text = f"{group} leader Noor Bakhsh said so."
        assert mentions(text) == [(text[:-9], Actor("Noor Bakhsh", f"{group} leader"))]

    def test_name_ending_in_a_plural_is_no_group(self) -> None:
        """``Tarvex Textile Mills' chairman X``: the possessive is a name's, not a group's."""
        text = "Tarvex Textile Mills' chairman Wu Ping said so."
        assert mentions(text)[-1] == ("chairman Wu Ping", Actor("Wu Ping", "chairman"))


class TestMoreTitleWords:
    @pytest.mark.parametrize(
        "title",
        ["Senior Captain", "Group Captain", "medical superintendent", "Activist", "lawmaker",
         "Barrister"],
    )  # fmt: skip
    def test_title_before_a_name(self, title: str) -> None:
        """A ship's or air force captain, a medical superintendent, an activist, a barrister."""
        text = f"{title} Wasim Quddus said so."
        assert mentions(text) == [(text[:-9], Actor("Wasim Quddus", title))]


class TestRankAfterChief:
    def test_general_after_army_chief_is_a_rank(self) -> None:
        """``army chief General X``: no title ends in ``chief General``, so it is the rank."""
        text = "The army chief General Wasim Quddus said so."
        assert mentions(text)[-1] == (text[4:-9], Actor("Wasim Quddus", "army chief"))

    def test_rear_admiral_after_an_office_is_a_rank(self) -> None:
        """``Commander Karachi Rear Admiral X``: ``Rear`` opens the rank, which the office drops."""
        text = "Commander Karachi Rear Admiral Wasim Quddus said so."
        assert mentions(text) == [(text[:-9], Actor("Wasim Quddus", "Commander Karachi"))]

    def test_unit_ends_a_body(self) -> None:
        """``Special Protection Unit``: a capitalised unit is a body, not a person named Unit."""
        text = "The Special Protection Unit said so."
        unit = "Special Protection Unit"
        assert mentions(text) == [(unit, Actor(unit, organization=unit))]

    def test_country_after_a_portfolio_is_the_country(self) -> None:
        """``Minister for Planning ... of Pakistan X``: the country leaves the role."""
        text = "Minister for Planning and Reform of Pakistan Wasim Quddus said so."
        quddus = Actor("Wasim Quddus", "Minister for Planning and Reform", None, "Pakistan")
        assert mentions(text) == [(text[:-9], quddus)]


class TestHeadlineVerbs:
    def test_title_case_verb_after_a_titled_name_ends_it(self) -> None:
        """``Ambassador X Y Attends Ceremony``: a headline's verb is no word of the name."""
        text = "Ambassador Wasim Quddus Attends Ceremony Marking Test Completion"
        assert mentions(text)[0] == ("Ambassador Wasim Quddus", Actor("Wasim Quddus", "Ambassador"))

    def test_title_case_verb_is_no_name(self) -> None:
        """``Chinese Engineer Builds ...``: a headline's verb in title case names nobody."""
        text = "Chinese Engineer Builds Bridge in Hunza"
        assert mentions(text) == [
            ("Chinese Engineer", Actor("Chinese Engineer", "Engineer", None, "China", named=False)),
        ]

    def test_title_case_verb_ends_the_subject(self) -> None:
        """``Minister X Visits Y``: the person is the name before the verb."""
        text = "Minister Salma Durrani Visits Keti Harbour"
        assert mentions(text) == [
            ("Minister Salma Durrani", Actor("Salma Durrani", "Minister")),
            ("Keti Harbour", Actor("Keti Harbour")),
        ]


class TestListedBodies:
    def test_comma_list_in_body_after_of_is_one_name(self) -> None:
        """``president of the X Tanners, Dyers and Weavers Union``: the list names one body."""
        text = "Jamil Sehto, president of the Larkana Tanners, Dyers and Weavers Union, said so."
        assert mentions(text) == [
            (
                "Jamil Sehto, president of the Larkana Tanners, Dyers and Weavers Union",
                Actor(
                    "Jamil Sehto",
                    "president",
                    "Larkana Tanners, Dyers and Weavers Union",
                    "Pakistan",
                ),
            ),
        ]

    def test_list_of_several_word_bodies_stays_apart(self) -> None:
        """``of Keti Harbour, Zhenlu Freight and X Company``: items of several words are bodies."""
        text = "Staff of Keti Harbour, Zhenlu Freight and Hexa Shipping Company met."
        assert mentions(text) == [
            ("Keti Harbour", Actor("Keti Harbour")),
            ("Zhenlu Freight", Actor("Zhenlu Freight")),
            (
                "Hexa Shipping Company",
                Actor("Hexa Shipping Company", None, "Hexa Shipping Company"),
            ),
        ]

    def test_all_before_country_opens_a_body(self) -> None:
        """``All Pakistan X Association``: ``All`` belongs to the name, which keeps its country."""
        text = "All Pakistan Rice Millers Association said the crop was late."
        assert mentions(text) == [
            (
                "All Pakistan Rice Millers Association",
                Actor(
                    "All Pakistan Rice Millers Association",
                    None,
                    "All Pakistan Rice Millers Association",
                    "Pakistan",
                ),
            ),
        ]


class TestSeatInTown:
    def test_town_after_seat_of_learning_is_part_of_its_name(self) -> None:
        """``the X Institute of Technology at Taxila``: the town names the institute."""
        text = "Enrolment rose, the Kharan Institute of Technology at Taxila announced."
        body = "Kharan Institute of Technology at Taxila"
        assert mentions(text) == [(body, Actor(body, None, body, "Pakistan"))]

    def test_town_after_other_body_stays_apart(self) -> None:
        """``the Foreign Office at Islamabad``: only a seat of learning takes its town."""
        text = "The Foreign Office at Islamabad said the talks went well."
        assert mentions(text) == [
            ("Foreign Office", Actor("Foreign Office", None, "Foreign Office"))
        ]


class TestTitleBeforeDestination:
    def test_to_a_place_ends_the_title(self) -> None:
        """``the Hunan party secretary to the Sost dry port``: ``to`` a place is where he goes."""
        text = "A trip by the Hunan party secretary to the Sost dry port was put off."
        assert mentions(text) == [
            (
                "the Hunan party secretary",
                Actor(
                    "the Hunan party secretary", "party secretary", "Hunan", "China", named=False
                ),
            ),
        ]

    def test_to_a_place_before_a_title_stays(self) -> None:
        """``Adviser to the Sindh Chief Minister X``: the place opens the office advised."""
        text = "Adviser to the Sindh Chief Minister Tahir Qazi said so."
        assert mentions(text) == [
            (
                "Adviser to the Sindh Chief Minister Tahir Qazi",
                Actor("Tahir Qazi", "Adviser to the Sindh Chief Minister"),
            ),
        ]


class TestTitleAndAppositive:
    def test_title_before_name_stays_with_appositive_role(self) -> None:
        """``Senator X, chairman of Y``: both the seat and the office are the role."""
        text = "Senator Rafiq Lund, chairman of the Senate committee on planning, said so."
        assert mentions(text) == [
            (
                "Senator Rafiq Lund, chairman of the Senate committee on planning",
                Actor("Rafiq Lund", "Senator, chairman", "Senate committee on planning"),
            ),
        ]

    def test_same_title_is_not_repeated(self) -> None:
        """``Chairman X, the chairman of Y``: a title the appositive repeats is written once."""
        text = "Chairman Rafiq Lund, the chairman of the Lund Board, said so."
        assert mentions(text) == [
            (
                "Chairman Rafiq Lund, the chairman of the Lund Board",
                Actor("Rafiq Lund", "chairman", "Lund Board"),
            ),
        ]


class TestVenues:
    @pytest.mark.parametrize(
        "place", ["Tarbela Avenue", "the Karakoram Highway", "the Zarmina Hotel", "Mehran Road"]
    )
    def test_road_or_hotel_is_no_actor(self, place: str) -> None:
        """A road's or a hotel's name says where, not who: ``Minister X`` alone is an actor."""
        text = f"Minister Bilal Khan spoke at {place} on Monday."
        assert mentions(text) == [("Minister Bilal Khan", Actor("Bilal Khan", "Minister"))]

    @pytest.mark.parametrize("building", ["Governor House", "Sindh House", "Chief Minister Lodge"])
    def test_office_building_is_no_person(self, building: str) -> None:
        """A building after a title or a place (``Governor House``) is no one named ``House``."""
        text = f"The talks were held at {building} in Karachi."
        assert mentions(text) == []

    def test_building_word_after_a_name_stays_a_surname(self) -> None:
        """After a name word ``Hall`` may be a surname: ``Minister Tom Hall`` is a person."""
        text = "Minister Tom Hall said the port would open."
        assert mentions(text) == [("Minister Tom Hall", Actor("Tom Hall", "Minister"))]

    def test_convention_centre_is_a_venue(self) -> None:
        """A convention or expo centre is where people meet, unlike a ``Centre for X``."""
        text = "The forum opened at the Rawal Convention Centre on Monday."
        assert mentions(text) == []

    def test_road_noun_after_a_name_makes_it_the_roads(self) -> None:
        """``the Peshawar-Dera Ismail Khan motorway``: the name is the road's, no person's."""
        text = "Work on the Hazara-Dera Ismail Khan motorway is complete, officials said."
        assert mentions(text) == [("officials", Actor("officials", named=False))]

    def test_hyphenated_road_word_makes_no_road(self) -> None:
        """``Minister X road-show``: a compound of ``road`` after a name names no road."""
        text = "Minister Bilal Khan road-show ended in Hub."
        assert mentions(text) == [("Minister Bilal Khan", Actor("Bilal Khan", "Minister"))]

    def test_venue_after_a_descriptor_is_no_body(self) -> None:
        """``officials at the X Hotel``: the hotel is where they were, not whom they serve."""
        text = "Officials at the Zarmina Hotel said the rooms were full."
        assert mentions(text) == [("Officials", Actor("Officials", named=False))]


class TestDepartmentAfterTitle:
    @pytest.mark.parametrize(
        ("title", "department"),
        [("Deputy Director", "Marketing"), ("General Manager", "Operations"), ("Head", "Sales")],
    )
    def test_department_goes_to_the_role(self, title: str, department: str) -> None:
        """``Deputy Director Marketing X``: the department names the office, not the person."""
        text = f"{title} {department} Nadia Qureshi said sales rose."
        role = f"{title} {department}"
        assert mentions(text) == [(f"{role} Nadia Qureshi", Actor("Nadia Qureshi", role))]

    def test_department_in_an_appositive_is_the_role(self) -> None:
        """``X, Director Marketing at Y,``: no one named ``Marketing``; the title is X's."""
        text = "Nadia Qureshi, Director Marketing at Qorvex, said sales rose."
        assert mentions(text) == [
            (
                "Nadia Qureshi, Director Marketing at Qorvex",
                Actor("Nadia Qureshi", "Director Marketing", "Qorvex"),
            )
        ]

    @pytest.mark.parametrize("remit", ["research", "operations", "sales", "policy"])
    def test_remit_after_a_titles_of_is_the_role(self, remit: str) -> None:
        """``X, head of research at Y,``: the lower-case remit is the title's, the firm X's body."""
        text = f"Nadia Qureshi, head of {remit} at Qorvex Securities, said sales rose."
        assert mentions(text) == [
            (
                f"Nadia Qureshi, head of {remit} at Qorvex Securities",
                Actor("Nadia Qureshi", f"head of {remit}", "Qorvex Securities"),
            )
        ]

    def test_department_word_ending_a_company_name_stays(self) -> None:
        """``Qorvex Rail Operations``: after no title the word is the company's own."""
        text = "Qorvex Rail Operations said it was owed money."
        assert mentions(text) == [
            ("Qorvex Rail Operations", Actor("Qorvex Rail Operations")),
        ]


class TestDemonymBeforeModifiedNoun:
    @pytest.mark.parametrize(
        ("phrase", "role", "country"),
        [
            ("A Chinese project manager", "project manager", "China"),
            ("The Pakistani site engineer", "engineer", "Pakistan"),
        ],
    )
    def test_demonym_is_the_country_and_part_of_the_phrase(
        self, phrase: str, role: str, country: str
    ) -> None:
        """As ``a Chinese engineer``: the whole phrase, the demonym's country, the usual role."""
        text = f"{phrase} said the berth was ready."
        assert mentions(text) == [(phrase, Actor(phrase, role, None, country, False))]

    @pytest.mark.parametrize("verb", ["briefed", "met", "meets"])
    def test_clause_before_the_noun_is_no_descriptor(self, verb: str) -> None:
        """``A Chinese team briefed officials``: a verb between demonym and noun ends the phrase."""
        text = f"A Chinese team {verb} officials in Gwadar."
        found = "officials in Gwadar"
        assert mentions(text) == [(found, Actor(found, named=False))]

    @pytest.mark.parametrize("clause", ["a convoy carrying", "the team will meet"])
    def test_clause_before_a_plural_group_is_no_modifier(self, clause: str) -> None:
        """``a convoy carrying Chinese engineers``: ``a`` before a plural, a verb: a clause."""
        text = f"Police stopped {clause} Chinese engineers."
        group = Actor("Chinese engineers", country="China", named=False)
        assert mentions(text)[-1] == ("Chinese engineers", group)

    def test_portfolio_of_two_words_in_lower_case(self) -> None:
        """``a vice minister of public security``: a portfolio word after another goes on."""
        text = "He met a vice minister of public security."
        found = text[7:-1]
        role = found[2:]
        assert mentions(text) == [(found, Actor(found, role, named=False))]

    def test_portfolio_of_a_group_is_no_title(self) -> None:
        """``the security of Chinese workers``: a lower-case portfolio's ``of`` names no country."""
        text = "He spoke on the security of Chinese workers."
        group = Actor("Chinese workers", country="China", named=False)
        assert mentions(text) == [("Chinese workers", group)]


class TestTitleOfPlace:
    @pytest.mark.parametrize(
        ("phrase", "role", "organization", "country"),
        [
            (
                "Deputy Mayor of China's Kashgar prefecture",
                "Deputy Mayor",
                "Kashgar prefecture",
                "China",
            ),
            ("Vice Governor of Sichuan Province", "Vice Governor", "Sichuan Province", "China"),
            (
                "Chief Secretary of Khyber Pakhtunkhwa",
                "Chief Secretary",
                "Khyber Pakhtunkhwa",
                "Pakistan",
            ),
            ("Speaker of Azad Jammu and Kashmir", "Speaker", "Azad Jammu and Kashmir", "Pakistan"),
            (
                "Vice Chairman of Guangxi Zhuang Autonomous Region",
                "Vice Chairman",
                "Guangxi Zhuang Autonomous Region",
                "China",
            ),
        ],
    )
    def test_place_after_of_is_the_body(
        self, phrase: str, role: str, organization: str, country: str
    ) -> None:
        """``Deputy Mayor of China's Kashgar prefecture X`` reads as ``Kashgar Deputy Mayor X``."""
        text = f"{phrase} Rahila Tursun opened the fair."
        found = f"{phrase} Rahila Tursun"
        assert mentions(text) == [(found, Actor("Rahila Tursun", role, organization, country))]

    @pytest.mark.parametrize(
        ("phrase", "role", "organization"),
        [
            ("Vice Chairman of the Guangxi Zhuang Autonomous Region", "Vice Chairman",
             "Guangxi Zhuang Autonomous Region"),
            ("Vice Governor of the Sichuan province", "Vice Governor", "Sichuan province"),
        ],
    )  # fmt: skip
    def test_place_after_of_the_is_the_body(
        self, phrase: str, role: str, organization: str
    ) -> None:
        """``of the`` before a place reads as ``of``: the place is still whose official it is."""
        text = f"A delegation led by {phrase} Rahila Tursun arrived."
        found = f"{phrase} Rahila Tursun"
        assert mentions(text)[-1] == (found, Actor("Rahila Tursun", role, organization, "China"))

    def test_party_secretary_of_a_place(self) -> None:
        """``Party Secretary of X prefecture``: ``Party`` is the title's, the place is the body."""
        text = "Party Secretary of Kashgar prefecture Rahila Tursun opened the fair."
        found = "Party Secretary of Kashgar prefecture Rahila Tursun"
        assert mentions(text) == [
            (found, Actor("Rahila Tursun", "Party Secretary", "Kashgar prefecture", "China"))
        ]

    def test_descriptor_with_place_after_of(self) -> None:
        """``the vice governor of Yunnan province``: no name, the same role and body."""
        text = "the vice governor of Yunnan province said trade grew."
        found = "the vice governor of Yunnan province"
        assert mentions(text) == [
            (found, Actor(found, "vice governor", "Yunnan province", "China", False))
        ]

    def test_country_after_of_stays_the_country(self) -> None:
        """``Ambassador of China to Pakistan``: a country is whom the envoy serves, no body."""
        text = "Ambassador of China to Pakistan Gao Lianbo spoke."
        found = "Ambassador of China to Pakistan Gao Lianbo"
        assert mentions(text) == [
            (found, Actor("Gao Lianbo", "Ambassador to Pakistan", None, "China"))
        ]


class TestPlaceSurname:
    @pytest.mark.parametrize(
        ("text", "found", "actor"),
        [
            ("Net-makers' head Sher Jan Pasni said so.", "Net-makers' head Sher Jan Pasni",
             Actor("Sher Jan Pasni", "Net-makers' head")),
            ("Karima Jiwani said so.", "Karima Jiwani", Actor("Karima Jiwani")),
            ("Ms Turbat said so.", "Ms Turbat", Actor("Turbat")),
            ("Boatmen leader Jiwani said so.", "Boatmen leader Jiwani",
             Actor("Jiwani", "Boatmen leader")),
            ("Trader Pasni Baloch said so.", "Trader Pasni Baloch",
             Actor("Pasni Baloch", "Trader")),
            ("Mr Turbat Khan said so.", "Mr Turbat Khan", Actor("Turbat Khan")),
        ],
    )  # fmt: skip
    def test_town_where_no_seat_is_meant_is_a_name(
        self, text: str, found: str, actor: Actor
    ) -> None:
        """A town after a first name, ``Ms``, ``Mr`` or a seatless title (a trade) is a name."""
        assert mentions(text) == [(found, actor)]

    def test_place_after_a_title_stays_the_titles(self) -> None:
        """``Governor Punjab``: after a title the place says whose governor, so no person."""
        text = "Governor Punjab said so."
        found = "Governor Punjab"
        assert mentions(text) == [(found, Actor(found, found, named=False))]

    def test_place_between_an_office_and_a_name_stays_the_offices(self) -> None:
        """``Governor Punjab X``: after an office the place is the seat, the name follows it."""
        text = "Governor Punjab Nadia Rehman said so."
        assert mentions(text) == [(text[:-9], Actor("Nadia Rehman", "Governor Punjab"))]
