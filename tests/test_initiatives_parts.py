"""Initiative stages told through a part, a ``whose`` clause or a later descriptor."""

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article
from cpecdata.rawformat import parse_text


def _stages(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each initiative of a fictional article made of ``paragraphs``, with its stage."""
    body = "\n\n".join(paragraphs)
    (article,) = parse_text(f" date 2024-05-06 A fictional report\n\n{body}\n", "fixture.txt")
    assert isinstance(article, Article), article
    found = extract_initiatives(article, sentences(article))
    return [(i.name, i.status.value if i.status else None) for i in found]


class TestWhoseClause:
    """A ``whose`` clause tells of what the initiative owns, not of the initiative."""

    def test_part_done_in_whose_clause(self) -> None:
        """A loop completed in a ``whose`` clause leaves the railway being built, not completed."""
        assert _stages(
            "Officials said the Zorlan Circular Railway, whose first loop was completed last"
            " year, still lacks funds."
        ) == [("Zorlan Circular Railway", "under construction")]

    def test_section_done_in_whose_clause(self) -> None:
        """A section completed in the clause leaves the motorway it belongs to being built."""
        assert _stages(
            "The road is the last link of the Kharan-Velor motorway, whose Tamsar-Velor section"
            " (M-12) was completed in 2019."
        ) == [("Kharan-Velor motorway", "under construction")]

    def test_stage_of_the_main_clause(self) -> None:
        """The main clause's stage is the initiative's, whatever the ``whose`` clause says."""
        assert _stages(
            "The Zorlan Dry Port, whose second berth was approved in May, was opened on Monday."
        ) == [("Zorlan Dry Port", "completed")]

    def test_whose_construction_is_its_own(self) -> None:
        """``whose construction began`` tells the initiative's own works."""
        assert _stages(
            "The Velor Friendship Hospital, whose construction began in 2023, will have 300 beds."
        ) == [("Velor Friendship Hospital", "under construction")]


class TestPartThroughIts:
    """A part told through ``its`` is the part of the one initiative named just before."""

    def test_its_part_opens_the_next_sentence(self) -> None:
        """``Its second carriageway is 60 per cent complete``: the expressway is being built."""
        assert _stages(
            "The Kharan expressway was approved in 2021.",
            "Its second carriageway is now 60 per cent complete.",
        ) == [("Kharan expressway", "under construction")]

    def test_its_part_later_in_the_sentence(self) -> None:
        """A phase of ``its`` infrastructure under way in a later clause is the zone's works."""
        assert _stages(
            "Officials said 28 plots had been allotted in the Zorlan Special Economic Zone, and"
            " that work on the second phase of its infrastructure was under way."
        ) == [("Zorlan Special Economic Zone", "under construction")]

    def test_its_not_followed_by_a_part(self) -> None:
        """``Its chairman said its berth ...``: a berth after a reporting verb is not the port's."""
        assert _stages(
            "The Zorlan Dry Port was approved in 2021.",
            "Its chairman said its second berth is under construction.",
        ) == [("Zorlan Dry Port", "approved")]

    def test_two_initiatives_named_before(self) -> None:
        """With two initiatives named before, ``Its`` could be either: neither takes the part."""
        assert _stages(
            "The Kharan expressway and the Zorlan Dry Port were approved in 2021.",
            "Its second carriageway is now 60 per cent complete.",
        ) == [("Kharan expressway", "approved"), ("Zorlan Dry Port", "approved")]


class TestLaterDescriptor:
    """A later descriptor whose appositive tells a stage gives it, whatever verb follows."""

    def test_appositive_tells_the_stage(self) -> None:
        """``The zone, ... completed in 2023, now hosts 40 firms``: the zone is completed."""
        assert _stages(
            "Officials toured the Zorlan Special Economic Zone on Monday.",
            "The zone, developed with Chinese help under the China-Pakistan Economic Corridor"
            " (CPEC) and completed in 2023, now hosts 40 firms.",
        ) == [
            ("Zorlan Special Economic Zone", "completed"),
            ("China-Pakistan Economic Corridor", None),
        ]

    def test_appositive_with_no_stage(self) -> None:
        """An appositive that tells no stage gives none."""
        assert _stages(
            "Officials toured the Zorlan Special Economic Zone on Monday.",
            "The zone, on the edge of the city, now hosts 40 firms.",
        ) == [("Zorlan Special Economic Zone", None)]


class TestPartWithoutItsOwner:
    """A part told with no owner, or owned by a later descriptor, is the one road's named before."""

    def test_ordinal_part_in_the_next_sentence(self) -> None:
        """``Work on the first section is 18 per cent complete`` right after one road named."""
        assert _stages(
            "The bank lent $475 million for the Kharan-Velor motorway (M-12) on Monday.",
            "Work on the first section is 18 per cent complete, an official said.",
        ) == [("Kharan-Velor motorway", "under construction")]

    def test_part_of_a_later_descriptor(self) -> None:
        """``work on the first section of the motorway had reached 24 percent``: being built."""
        assert _stages(
            "The Kharan-Velor motorway would cut travel time to three hours, the adviser said.",
            "He was talking to a visiting delegation.",
            "He said work on the first section of the motorway had reached 24 percent.",
        ) == [("Kharan-Velor motorway", "under construction")]

    def test_cpec_phase_owns_no_part(self) -> None:
        """A phase of CPEC holds works but is none: ``the first unit`` after it is not its part."""
        assert _stages(
            '"The city is a model for the second phase of CPEC," the envoy said.',
            "Construction of the first unit is under way, the developer said.",
        ) == [("second phase of CPEC", None), ("CPEC", None)]


class TestWorkingGroupNamedTwoWays:
    """One working group named in long and short forms is one body."""

    def test_it_working_group_is_the_jwg_on_information_technology(self) -> None:
        """``the IT working group`` is the Joint Working Group on information technology."""
        assert _stages(
            "The Joint Working Groups on agriculture and information technology met in Kharan.",
            "In the IT working group, the two sides agreed to set up a software park.",
        ) == [
            ("Joint Working Group on agriculture", "progress"),
            ("Joint Working Group on information technology", "progress"),
        ]

    def test_task_force_is_not_the_working_group(self) -> None:
        """A task force and a working group on one topic are two bodies."""
        assert _stages(
            "The joint working group on security met on Monday.",
            "The joint task force on security will meet in May.",
        ) == [
            ("joint working group on security", "progress"),
            ("joint task force on security", "planned"),
        ]


class TestCorridorAsCpec:
    """``the corridor`` in a China-Pakistan story that names CPEC no other way is CPEC."""

    def test_the_corridor_is_cpec(self) -> None:
        """An expert's ``away from the corridor`` in a China-Pakistan story mentions CPEC."""
        assert _stages(
            "China urged Pakistan to protect Chinese engineers.",
            "An expert said the threat aimed to scare investors away from the corridor.",
        ) == [("CPEC", None)]

    def test_another_corridor(self) -> None:
        """``the corridor between A and B`` and a named corridor taken up later are not CPEC."""
        assert _stages("China and Pakistan discussed the corridor between Kharan and Velor.") == []
        assert (
            _stages("Pakistan and China studied the Zorlan corridor. The corridor is narrow.") == []
        )

    def test_cpec_named_otherwise(self) -> None:
        """When CPEC is named, ``the corridor`` adds nothing: the name stays as written."""
        assert _stages(
            "The China-Pakistan Economic Corridor is growing.",
            "China said the corridor will bring jobs to Pakistan.",
        ) == [("China-Pakistan Economic Corridor", None)]


class TestAirportAsVenue:
    """An airport named only as where something else happens is no project."""

    def test_desk_set_up_at_an_airport(self) -> None:
        """``a desk would be set up at X Airport``: the desk is set up, the airport is its site."""
        assert (
            _stages(
                "She added that a facilitation desk would be set up at Zorlan International Airport"
                " for the visitors."
            )
            == []
        )

    def test_works_at_an_airport(self) -> None:
        """``Construction work at X Airport is 60 percent complete``: the airport is worked on."""
        assert _stages(
            "Construction work at the Zorlan International Airport is 60 percent complete."
        ) == [("Zorlan International Airport", "under construction")]
