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

    def test_corridor_full_name_and_lowercase_field(self) -> None:
        """``under the China-Pakistan Economic Corridor scholarship program``: a programme."""
        assert _rows(
            "Fifty students will study in Beijing under the China-Pakistan Economic Corridor "
            "scholarship program, Xinhua reported."
        ) == [
            ("China-Pakistan Economic Corridor", "general", None, None),
            ("China-Pakistan Economic Corridor scholarship program", "education", None, None),
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


class TestStagedFacilities:
    """An unnamed facility told with its stage and place, or a link with its route, is one."""

    def test_ordinal_facility_planned_at_a_place(self) -> None:
        """``A third cold-storage unit is planned at Pasni``: the ordinal and kind identify it."""
        assert _rows(
            "A third cold-storage unit is planned at Pasni, the fisheries board said."
        ) == [("third cold-storage unit", "industry", "Pasni", "planned")]

    def test_measure_between_facility_and_stage(self) -> None:
        """``a second plant of 4 MGD had been planned at Zorlan``: a water plant, general."""
        assert _rows(
            "The engineer told the visiting team that a second plant of 4 MGD had been planned at "
            "Zorlan with Chinese help."
        ) == [("second plant", "general", None, "planned")]

    def test_kind_proposed_at_a_place_in_a_list(self) -> None:
        """``and a zinc smelter... a copper refinery proposed at Kharan``: the last list item."""
        assert _rows(
            "The sites for Chinese investment under CPEC include a fruit market in Kharan and a "
            "copper refinery proposed at Nokkundi."
        ) == [
            ("CPEC", "general", None, None),
            ("copper refinery", "industry", "Nokkundi", "planned"),
        ]

    def test_link_with_its_route(self) -> None:
        """``A 40km spur from Hattar to Haripur is being surveyed``: named with its route."""
        assert _rows("A 40km spur from Hattar to Haripur is being surveyed.") == [
            ("40km spur from Hattar to Haripur", "transport", "Haripur", None)
        ]

    def test_vague_facility_is_none(self) -> None:
        """``A new plant is planned at Lahore``: nothing tells which plant, none."""
        assert _rows("A new plant is planned at Lahore.") == []

    def test_describing_word_alone_is_none(self) -> None:
        """``A special unit was set up in Quetta``: nothing tells what the unit is, none."""
        assert _rows("A special unit was set up in Quetta to protect the engineers.") == []

    def test_months_are_no_route(self) -> None:
        """``An extension from March to June was approved``: a period, no link."""
        assert _rows("An extension from March to June was approved for the Kharan contract.") == []


class TestLinksNamedByPlace:
    """A rail link named by a known place and lowercase words is one; a line joined is none."""

    def test_place_and_lowercase_words_name_a_rail_link(self) -> None:
        """``The Sukkur cement rail link``: the place and what it carries name the link."""
        assert _rows(
            "The Sukkur cement rail link will be finished by June, the minister said."
        ) == [("Sukkur cement rail link", "transport", "Sukkur", "planned")]

    def test_existing_line_a_new_one_joins_is_none(self) -> None:
        """``where it joins the main railway line to Karachi``: a landmark, even beside CPEC."""
        assert _rows(
            "The spur, which runs to Rohri where it joins the main railway line to Karachi, is "
            "being built under CPEC."
        ) == [("CPEC", "general", None, None)]


class TestLowerCaseItemsMade:
    """Unnamed works the sides agree on, develop or fund at a place are projects."""

    def test_town_the_gazetteer_lacks(self) -> None:
        """``a disease-free livestock zone in Zorlan``: a town's name is the place, unknown."""
        assert _rows(
            "The two sides agreed to set up a seed-testing laboratory in Multan and a disease-free "
            "livestock zone in Zorlan under CPEC."
        ) == [
            ("seed-testing laboratory in Multan", "agriculture", "Multan", "agreed"),
            ("disease-free livestock zone in Zorlan", "agriculture", None, "agreed"),
            ("CPEC", "general", None, None),
        ]

    def test_cattle_zone_is_agriculture(self) -> None:
        """``a disease-free cattle zone in Cholistan``: a known region now, agriculture."""
        assert _rows("They agreed to set up a disease-free cattle zone in Cholistan.") == [
            ("disease-free cattle zone in Cholistan", "agriculture", "Cholistan", "agreed")
        ]

    def test_month_is_no_town(self) -> None:
        """``build a cold storage chain in March``: a date, no place, no project."""
        assert _rows("China agreed to build a cold storage chain in March.") == []

    def test_roadmap_for_an_item(self) -> None:
        """``agreed on a roadmap for a weather radar station in Hunza``: the station, agreed."""
        assert _rows(
            "Pakistan and China also agreed on a roadmap for a weather radar station in Hunza."
        ) == [("weather radar station in Hunza", "general", "Hunza", "agreed")]

    def test_coordinated_modifiers_in_a_known_zone(self) -> None:
        """``develop a leather and footwear park at the X Special Economic Zone``: a park there."""
        assert _rows(
            "Sindh and China on Tuesday agreed to develop a leather and footwear park at the "
            "Dhabeji Special Economic Zone."
        ) == [
            ("leather and footwear park", "industry", "Dhabeji", "agreed"),
            ("Dhabeji Special Economic Zone", "industry", "Dhabeji", None),
        ]

    def test_sites_surveyed_for_an_item(self) -> None:
        """``survey sites for a cotton research centre``: being sited, it needs no place after."""
        assert _rows(
            "The Chinese side said it would send experts to Larkana to survey sites for a cotton "
            "research centre."
        ) == [("cotton research centre", "agriculture", None, None)]

    def test_land_for_an_item_next_to_a_landmark(self) -> None:
        """``provide land for a nursing college next to the hospital``: the college, no ``next``."""
        assert _rows(
            "The province would provide land for a nursing college next to the hospital under CPEC."
        ) == [("nursing college", "education", None, None), ("CPEC", "general", None, None)]

    def test_and_before_a_verb_joins_two_things(self) -> None:
        """``set up a plant and train workers in Lahore``: no facility after ``and``, none."""
        assert _rows("China agreed to set up a plant and train workers in Lahore.") == []

    def test_satellite_station_is_ict(self) -> None:
        """``a remote sensing ground station``: ICT, from its words."""
        assert _rows(
            "The sides agreed on a roadmap for a remote sensing ground station in Sukkur."
        ) == [("remote sensing ground station in Sukkur", "ict", "Sukkur", "agreed")]


class TestNamedNonCpecPlaces:
    """A named dam a town drinks from and a Chinese city's university are no initiatives."""

    def test_dam_as_water_source(self) -> None:
        """``met through water tankers and the Zorlan dam``: where water comes from, no works."""
        text = "The demand is met through water tankers and the Zorlan dam, the engineer said."
        assert _rows(text) == []

    def test_dam_a_town_gets_its_water_from(self) -> None:
        """``gets its water from the Zorlan dam``: a water source, no works."""
        assert _rows("The port city gets its water from the Zorlan dam.") == []

    def test_dam_with_works_stays(self) -> None:
        """``Work on ... the Zorlan dam began under CPEC``: the dam's works, a project."""
        assert _rows("Work on the water pipeline and the Zorlan dam began under CPEC.") == [
            ("Zorlan dam", "energy", None, "under construction"),
            ("CPEC", "general", None, None),
        ]

    def test_university_of_a_chinese_city(self) -> None:
        """``visited Wuhan's Huazhong University, which has funded ...``: China's own, none."""
        assert (
            _rows(
                "A delegation led by the minister visited Wuhan's Huazhong University, which has "
                "offered 40 fully funded scholarships to students from Sindh."
            )
            == []
        )


class TestBodyNamedByItsLastMeeting:
    """A body named only by the last meeting where a matter came up is no report on it."""

    def test_last_meeting_is_a_venue(self) -> None:
        """``had come up at the previous JCC session``: the matter is the news, no JCC."""
        assert _rows("The official said the dues had come up at the previous JCC session.") == []

    def test_numbered_meeting_held_stays(self) -> None:
        """``The 11th JCC meeting was held``: the body met, its progress."""
        assert _rows("The 11th JCC meeting was held in Beijing on Monday.") == [
            ("11th JCC meeting", "general", None, "progress")
        ]


class TestStagedFacilityWordings:
    """Other wordings of an unnamed facility told with its stage, place or route."""

    def test_another_of_its_kind_will_be_built(self) -> None:
        """``Another desalination plant will be built at Ormara``: water works, general."""
        assert _rows("Another desalination plant will be built at Ormara, officials said.") == [
            ("desalination plant", "general", "Ormara", "planned")
        ]

    def test_acronym_modifier(self) -> None:
        """``A second LNG terminal`` at a place: the acronym tells its kind, a fuel's is energy."""
        assert _rows("A second LNG terminal has been proposed at Port Qasim.") == [
            ("second LNG terminal", "energy", "Port Qasim", "planned")
        ]

    def test_route_between_two_places(self) -> None:
        """``A rail link between Karachi and Hyderabad is planned``: named with its route."""
        assert _rows("A rail link between Karachi and Hyderabad is planned.") == [
            ("rail link between Karachi and Hyderabad", "transport", "Hyderabad", "planned")
        ]

    def test_route_to_a_known_place(self) -> None:
        """``A 20km spur to Hattar is being built``: the known far end is the route."""
        assert _rows("A 20km spur to Hattar is being built.") == [
            ("20km spur to Hattar", "transport", "Hattar", "under construction")
        ]

    def test_security_unit_is_none(self) -> None:
        """``A special security unit was set up in Quetta``: a force guards the works, none."""
        assert _rows("A special security unit was set up in Quetta to guard engineers.") == []


class TestOrdinalAndPurpose:
    """An ordinal identifies a facility at a place; what it is for belongs to its name."""

    def test_second_plant_built_at_a_place(self) -> None:
        """``would build a second plant in Kharan``: another of its kind there, industry."""
        assert _rows("He said the firm would build a second plant in Kharan next year.") == [
            ("second plant in Kharan", "industry", "Kharan", "planned")
        ]

    def test_new_plant_is_still_vague(self) -> None:
        """``would build a new plant in Kharan``: nothing tells which, none."""
        assert _rows("He said the firm would build a new plant in Kharan next year.") == []

    def test_second_campus_proposed(self) -> None:
        """``The Chinese side proposed a second campus in Skardu``: education, planned."""
        assert _rows("The Chinese side also proposed a second campus in Skardu.") == [
            ("second campus in Skardu", "education", "Skardu", "planned")
        ]

    def test_ordinal_item_without_cpec_words(self) -> None:
        """``"we plan to open a second campus in Hub"``: another of the kind the story covers."""
        assert _rows("“Next year we plan to open a second campus in Hub,” the director said.") == [
            ("second campus in Hub", "education", "Hub", "planned")
        ]

    def test_purpose_in_the_name_not_the_sector(self) -> None:
        """``a training centre for textile workers would be set up in X``: education."""
        assert _rows(
            "The Chinese side said a vocational training centre for textile workers would be set "
            "up in Multan by December."
        ) == [("vocational training centre for textile workers", "education", "Multan", "planned")]


class TestJointFacilities:
    """An unnamed plant or park the two countries' names open is a joint project."""

    def test_joint_plant(self) -> None:
        """``A Pak-China seed processing plant will be set up``: its words tell agriculture."""
        assert _rows("A Pak-China seed processing plant will be set up in Okara.") == [
            ("Pak-China seed processing plant", "agriculture", None, "planned")
        ]

    def test_joint_park_without_sector_words(self) -> None:
        """``a China-Pakistan leather park``: a park, industry; no place from the countries."""
        assert _rows("The zone will also host a China-Pakistan leather park.") == [
            ("China-Pakistan leather park", "industry", None, None)
        ]

    def test_organisation_named_after_it_is_none(self) -> None:
        """``The Pak-China Business Park Authority met``: an organisation, none."""
        assert _rows("The Pak-China Business Park Authority met on Monday.") == []

    def test_joint_park_as_a_venue_is_none(self) -> None:
        """``Talks were held at the Pak-China leather park``: a venue, none."""
        assert _rows("Talks were held at the Pak-China leather park on Monday.") == []


class TestContinuations:
    """An extension or spur is in the sector of the initiative named just before it."""

    def test_extension_of_a_fibre_project(self) -> None:
        """``A 200km extension from X to Y`` after a fibre-optic project: ICT, not transport."""
        assert _rows(
            "The 820km Kandar Fibre Optic Project was completed in 2018. A 200km extension from "
            "Karachi to Gwadar is now planned."
        ) == [
            ("Kandar Fibre Optic Project", "ict", None, "completed"),
            ("200km extension from Karachi to Gwadar", "ict", "Gwadar", "planned"),
        ]

    def test_another_of_the_kind_named_before(self) -> None:
        """``A second plant is planned at X`` after a desalination plant: that plant's sector."""
        assert _rows(
            "The Kandar desalination plant opened in Gwadar in 2023.",
            "A second plant is planned at Karwat.",
        ) == [
            ("Kandar desalination plant", "general", None, None),
            ("second plant", "general", None, "planned"),
        ]

    def test_ordinal_of_another_kind_keeps_its_own(self) -> None:
        """``A second plant`` after a fibre-optic project: not that project's, industry."""
        assert _rows(
            "The Kandar Fibre Optic Project was completed in 2018.",
            "A second plant is planned at Karwat.",
        ) == [
            ("Kandar Fibre Optic Project", "ict", None, "completed"),
            ("second plant", "industry", None, "planned"),
        ]

    def test_spur_alone_keeps_its_head_sector(self) -> None:
        """``A 40km spur from Hattar to Haripur``, nothing named before: transport."""
        assert _rows("A 40km spur from Hattar to Haripur is being surveyed.") == [
            ("40km spur from Hattar to Haripur", "transport", "Haripur", None)
        ]
