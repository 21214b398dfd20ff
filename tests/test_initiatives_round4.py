"""Initiative rules for the wordings the session-8 round-3 held-out sets showed (fictional)."""

import pytest

from cpecdata.model import InitiativeStatus
from test_initiatives import _extract

COMPLETED = InitiativeStatus.COMPLETED
APPROVED = InitiativeStatus.APPROVED
AGREED = InitiativeStatus.AGREED


class TestStatuses:
    def test_recently_completed_modifies_a_subject(self) -> None:
        """``engineers of the recently completed X were attacked``: X is done, whatever befell."""
        (plant,) = _extract(
            "A van carrying engineers of the recently completed Marvoz Hydropower Project was "
            "attacked near Tarnol on Sunday."
        )
        assert (plant.name, plant.status) == ("Marvoz Hydropower Project", COMPLETED)

    def test_newly_inaugurated_modifies_a_subject(self) -> None:
        """``staff of the newly inaugurated X were evacuated``: X is done."""
        (plant,) = _extract(
            "Staff of the newly inaugurated Qadirpur Solar Park were evacuated after the floods."
        )
        assert (plant.name, plant.status) == ("Qadirpur Solar Park", COMPLETED)

    def test_a_modifier_of_the_first_item_only(self) -> None:
        """``the recently completed road and X were damaged``: the road is done, X unsaid."""
        (plant,) = _extract(
            "The recently completed road and the Marvoz Hydropower Project were damaged by floods."
        )
        assert (plant.name, plant.status) == ("Marvoz Hydropower Project", None)


class TestRelativeClause:
    def test_a_relative_clause_after_the_name_is_its_own(self) -> None:
        """``after the X plant, which has been supplying electricity``: X is done, not Y's stage."""
        found = _extract(
            "The Tarnol scheme, being built by a Chinese firm, is the second power project of "
            "CPEC in the region, after the 720MW Marvoz plant, which has been supplying "
            "electricity to the national grid since June last year."
        )
        assert [(i.name, i.status) for i in found] == [
            ("CPEC", None),
            ("720MW Marvoz plant", COMPLETED),
        ]

    def test_feeding_the_grid_in_a_relative_clause(self) -> None:
        """``the X plant, which has been feeding the grid since May``: completed."""
        found = _extract(
            "Work is under way on the Tarnol dam, upstream of the Marvoz hydropower plant, "
            "which has been feeding the grid since May."
        )
        assert [(i.name, i.status) for i in found][-1] == ("Marvoz hydropower plant", COMPLETED)


class TestLaterAppositive:
    def test_an_appositive_of_a_later_name_is_not_the_first_names(self) -> None:
        """``visited X ... to see Y, a zone being developed``: the stage is Y's, not X's."""
        found = _extract(
            "The consul general on Monday visited the Blue Line Metro Train depot at Tarnol and "
            "later travelled to Attock to see the Marvoz Business Park, a special economic zone "
            "being developed under CPEC.",
            "The transit chief told the envoy that the 22-kilometre line now carried around "
            "90,000 passengers a day.",
        )
        assert [(i.name, i.status) for i in found] == [
            ("Blue Line Metro Train", COMPLETED),
            ("Marvoz Business Park", InitiativeStatus.UNDER_CONSTRUCTION),
            ("CPEC", None),
        ]

    def test_the_names_own_appositive_stays(self) -> None:
        """``X, a project being built by a Chinese firm, ...``: the appositive is X's."""
        (line,) = _extract(
            "The Blue Line Metro Train, a project being built by a Chinese firm, will open in May."
        )
        assert (line.name, line.status) == (
            "Blue Line Metro Train",
            InitiativeStatus.UNDER_CONSTRUCTION,
        )


class TestOnlyPlacing:
    def test_a_road_travelled_on_is_a_route(self) -> None:
        """``would travel only in armoured vehicles on the X Highway``: the road is the route."""
        found = _extract(
            "The committee decided that foreign engineers would travel only in armoured "
            "vehicles on the Karakoram Highway."
        )
        assert found == ()

    def test_a_known_road_driven_on_is_a_route(self) -> None:
        """``drive to the site on the KKH in convoys``: the known name is a route too."""
        assert _extract("The engineers drive to the site on the KKH in convoys.") == ()

    def test_a_road_cpec_frames_after_stays(self) -> None:
        """``travel on the X Highway, built under CPEC``: CPEC's road is still reported."""
        found = _extract("Trucks now travel on the Karakoram Highway, built under CPEC.")
        assert [(i.name, i.status) for i in found] == [
            ("Karakoram Highway", COMPLETED),
            ("CPEC", None),
        ]

    def test_a_dam_flooding_land_places_it(self) -> None:
        """``the area to be submerged by the X Dam``: the dam only places the land."""
        found = _extract(
            "The bypass would skirt the valley to be submerged by the Shatial Dam, he said."
        )
        assert found == ()

    def test_a_dam_with_its_own_stage_stays(self) -> None:
        """A dam whose works are told is an initiative."""
        (dam,) = _extract("The Shatial Dam is 40 percent complete.")
        assert (dam.name, dam.status) == ("Shatial Dam", InitiativeStatus.UNDER_CONSTRUCTION)


class TestMeetingConcluded:
    def test_an_agreement_timed_by_a_meeting_ending(self) -> None:
        """``agreed to X, as the 15th meeting of the Y concluded``: Y met (progress), not agreed."""
        found = _extract(
            "Both sides on Friday agreed to widen cooperation in tourism under CPEC, as the 15th "
            "meeting of the Joint Cooperation Committee (JCC) concluded in Beijing."
        )
        assert [(i.name, i.status) for i in found] == [
            ("CPEC", None),
            ("Joint Cooperation Committee", InitiativeStatus.PROGRESS),
        ]

    def test_a_session_that_ended(self) -> None:
        """``the session of the X ended``: the body met."""
        (body,) = _extract(
            "The two-day session of the Joint Cooperation Committee ended on Friday."
        )
        assert (body.name, body.status) == (
            "Joint Cooperation Committee",
            InitiativeStatus.PROGRESS,
        )


class TestListedGroups:
    def test_plural_groups_with_their_abbreviation(self) -> None:
        """``joint working groups (JWGs) on A, B and C``: one group per topic, no ``(JWGs)``."""
        found = _extract(
            "The two sides agreed to set up four new joint working groups (JWGs) on tourism, "
            "health and education."
        )
        assert [(i.name, i.status) for i in found] == [
            ("joint working group on tourism", InitiativeStatus.AGREED),
            ("joint working group on health", InitiativeStatus.AGREED),
            ("joint working group on education", InitiativeStatus.AGREED),
        ]

    def test_capitalised_groups_with_a_singular_abbreviation(self) -> None:
        """``the Joint Working Groups (JWG) on Health and Education met``: two bodies met."""
        found = _extract("The Joint Working Groups (JWG) on Health and Education met on Monday.")
        assert [(i.name, i.status) for i in found] == [
            ("Joint Working Group on Health", InitiativeStatus.PROGRESS),
            ("Joint Working Group on Education", InitiativeStatus.PROGRESS),
        ]


class TestCpecPhases:
    def test_bare_phases_after_cpec_are_its_phases(self) -> None:
        """``The first phase gave ...`` in a quote after CPEC is named: CPEC's phases."""
        found = _extract(
            "Both sides agreed to widen cooperation under CPEC, the minister said.",
            "“The first phase gave Pakistan roads and power,” he said. “The second phase must "
            "give our young people jobs.”",
        )
        assert [(i.name, i.id, i.status) for i in found] == [
            ("CPEC", "cpec", None),
            ("first phase of CPEC", "cpec-phase-1", None),
            ("second phase of CPEC", "cpec-phase-2", None),
        ]

    def test_a_phase_after_a_work_is_not_cpecs(self) -> None:
        """``the X plant, built under CPEC ... The second phase is planned``: the plant's phase."""
        found = _extract(
            "The Qadirpur power plant was built by a Chinese firm under CPEC.",
            "The second phase is planned for 2027.",
        )
        assert [i.name for i in found] == ["Qadirpur power plant", "CPEC"]


class TestWorksOnAStretch:
    def test_a_realignment_from_a_to_b_after_an_abbreviation(self) -> None:
        """``the realignment of the X (KKH) from A to B``: the realignment, not the highway."""
        found = _extract(
            "ECNEC has approved the financing plan for the realignment of the Karakoram Highway "
            "(KKH) from Thakot to Raikot."
        )
        assert [(i.name, i.status) for i in found] == [
            ("realignment of the Karakoram Highway from Thakot to Raikot", APPROVED),
        ]

    @pytest.mark.parametrize("reverse", [False, True])
    def test_the_known_realignment_is_the_one_named_in_full(self, reverse: bool) -> None:
        """``the KKH realignment`` elsewhere in the article is the realignment named in full."""
        paragraphs = [
            "Both sides agreed to speed up the realignment of the Karakoram Highway (KKH) "
            "between Thakot and Raikot, the minister said.",
            "Work on the KKH realignment is 18 percent complete.",
        ]
        found = _extract(*(reversed(paragraphs) if reverse else paragraphs))
        assert [i.name for i in found] == [
            "realignment of the Karakoram Highway between Thakot and Raikot"
        ]

    def test_the_existing_work_keeps_its_own_stage(self) -> None:
        """``The existing cable between A and B has been operational``: the cable's, completed."""
        found = _extract(
            "The government has approved the extension of the Pak-China Optical Fiber Cable "
            "from Rawalpindi to Gwadar.",
            "The existing 820-kilometer cable between Khunjerab and Rawalpindi has been "
            "operational since 2018.",
        )
        assert [(i.name, i.status) for i in found] == [
            ("extension of the Pak-China Optical Fiber Cable from Rawalpindi to Gwadar", APPROVED),
            ("Pak-China Optical Fiber Cable", COMPLETED),
        ]

    def test_an_extension_beside_the_existing_work(self) -> None:
        """``approved the extension of the X Cable from A to B``: the extension's stage, not X's."""
        found = _extract(
            "The government has approved the extension of the Pak-China Optical Fiber Cable "
            "(OFC) from Rawalpindi to Gwadar and Karachi."
        )
        assert [(i.name, i.status) for i in found] == [
            ("extension of the Pak-China Optical Fiber Cable from Rawalpindi to Gwadar", APPROVED),
            ("Pak-China Optical Fiber Cable", None),
        ]


class TestMaintenanceContracts:
    def test_a_maintenance_contract_is_its_own_initiative(self) -> None:
        """``signed an O&M contract worth X for the Y Motorway``: the contract agreed, Y not."""
        found = _extract(
            "The highway authority on Monday signed a five-year operation and maintenance "
            "contract worth Rs4.2 billion for the 280-kilometre Sukkur-Multan Motorway with a "
            "Chinese firm."
        )
        assert [(i.name, i.status) for i in found] == [
            ("operation and maintenance contract for the Sukkur-Multan Motorway", AGREED),
            ("Sukkur-Multan Motorway", None),
        ]

    def test_the_motorway_keeps_its_own_stage_said_later(self) -> None:
        """``said the motorway, built under CPEC and opened in 2019, had ...``: it is done."""
        found = _extract(
            "The highway authority signed a maintenance contract for the Sukkur-Multan Motorway "
            "with a Chinese firm.",
            "The minister said the motorway, built under CPEC and opened to traffic in 2019, had "
            "become a lifeline for traders.",
        )
        assert [(i.name, i.status) for i in found] == [
            ("maintenance contract for the Sukkur-Multan Motorway", AGREED),
            ("Sukkur-Multan Motorway", COMPLETED),
            ("CPEC", None),
        ]


class TestUnnamedPlantAndItsPhase:
    def test_a_chinese_funded_plant_that_began_supplying(self) -> None:
        """``a Chinese-funded desalination plant began supplying water``: found, completed."""
        (plant,) = _extract(
            "That changed last winter, when a Chinese-funded desalination plant began supplying "
            "800,000 gallons of clean water a day to the town."
        )
        assert (plant.name, plant.status) == ("desalination plant", COMPLETED)

    def test_a_perfect_supply_begun_at_a_site_stays_the_plants(self) -> None:
        """``a plant at the X Park has been commissioned and has started supplying``: not X's."""
        found = _extract(
            "A 100-megawatt solar plant built under CPEC at the Marvoz Solar Park in Bahawalpur "
            "has been commissioned and has started supplying electricity to the grid."
        )
        assert [(i.name, i.status) for i in found][-1] == ("Marvoz Solar Park", None)

    def test_a_second_phase_of_the_plant_is_named_after_it(self) -> None:
        """``preparing a second phase of the plant``: the earlier plant's phase, planned."""
        found = _extract(
            "That changed last winter, when a Chinese-funded desalination plant began supplying "
            "800,000 gallons of clean water a day to the town.",
            "The Marvoz Expressway, completed in 2021, links the port to the coastal highway.",
            "The manager said the company was now preparing a second phase of the plant that "
            "would double its capacity.",
        )
        assert [(i.name, i.status) for i in found] == [
            ("desalination plant", COMPLETED),
            ("Marvoz Expressway", COMPLETED),
            ("second phase of the desalination plant", InitiativeStatus.PLANNED),
        ]

    def test_a_phase_of_no_earlier_plant_is_none(self) -> None:
        """``a second phase of the plant`` with no plant named before: nothing to name it by."""
        assert _extract("The firm is preparing a second phase of the plant, he said.") == ()
