import importlib.resources
import time
from collections.abc import Callable

import pytest

from cpecdata.gazetteer import (
    InitiativeEntry,
    PersonEntry,
    demonym_country,
    find_initiatives,
    find_people,
    find_places,
    lookup_initiative,
    lookup_person,
    lookup_place,
    place_at,
    place_by_id,
)
from cpecdata.model import InitiativeKind, Place, Sector

BALOCHISTAN = Place("Balochistan", "Pakistan", "balochistan", 28.49, 65.1)
KP = Place("Khyber Pakhtunkhwa", "Pakistan", "khyber-pakhtunkhwa", 34.95, 72.33)
CHINA = Place("China", "China", "china", 35.86, 104.2)
GWADAR = Place("Gwadar", "Pakistan", "gwadar", 25.1216, 62.3254)


def _rows(name: str) -> list[list[str]]:
    path = importlib.resources.files("cpecdata").joinpath("data", "gazetteer", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


class TestLookupPlace:
    """Single place names resolve to their canonical entry."""

    def test_spelling_variant(self) -> None:
        """Baluchistan is the older spelling of Balochistan and must map to it."""
        assert lookup_place("Baluchistan") == BALOCHISTAN

    @pytest.mark.parametrize("text", ["KP", "KPK", "Khyber-Pakhtunkhwa", "khyber  pakhtunkhwa"])
    def test_abbreviations_and_hyphens(self, text: str) -> None:
        """Abbreviations and hyphen/space/case variants name the same province."""
        assert lookup_place(text) == KP

    def test_country_is_its_own_country(self) -> None:
        """A country's country is itself, so callers can always read ``place.country``."""
        assert lookup_place("china") == CHINA

    def test_leading_article(self) -> None:
        """A leading ``the`` (``the Punjab``) does not stop the lookup."""
        place = lookup_place("the Punjab")
        assert place is not None
        assert place.id == "punjab"

    def test_acronym_needs_capitals(self) -> None:
        """``US`` is a country but ``us`` is a pronoun: ALL-CAPS aliases match only in capitals."""
        assert lookup_place("us") is None
        assert lookup_place("U.S.") == lookup_place("US") == place_by_id("united-states")

    def test_marked_alias_is_case_exact(self) -> None:
        """``Hub`` the town is marked case-exact, so the noun ``hub`` is not a place."""
        assert lookup_place("hub") is None
        assert lookup_place("Hub") == place_by_id("hub")

    def test_unknown_and_partial(self) -> None:
        """Unknown text, empty text and a name with extra words find nothing."""
        assert lookup_place("Atlantis") is None
        assert lookup_place("") is None
        assert lookup_place("Gwadar city centre") is None

    def test_comma_splits_a_name(self) -> None:
        """Words separated by a comma are not one name."""
        assert lookup_place("Gilgit, Baltistan") is None


class TestFindPlaces:
    """Every place mention in a text, longest first."""

    def test_offsets_and_longest_match(self) -> None:
        """Gwadar Port wins over Gwadar; offsets point at the text as written."""
        text = "Ships reached Gwadar Port from Karachi and Gwadar’s hinterland."
        found = find_places(text)
        assert [(text[s:e], p.id) for s, e, p in found] == [
            ("Gwadar Port", "gwadar-port"),
            ("Karachi", "karachi"),
            ("Gwadar", "gwadar"),
        ]

    def test_longer_name_over_shorter_place(self) -> None:
        """Mirpur Khas in Sindh is its own district, not Mirpur in Azad Kashmir."""
        text = "From Mirpur Khas and Mirpur to Dongguan."
        assert [(text[s:e], p.id) for s, e, p in find_places(text)] == [
            ("Mirpur Khas", "mirpur-khas"),
            ("Mirpur", "mirpur"),
            ("Dongguan", "dongguan"),
        ]

    def test_no_partial_words(self) -> None:
        """``Pakistani`` is a demonym, not a mention of Pakistan."""
        assert find_places("Pakistani and Chinese engineers") == []

    def test_curly_apostrophe_and_dots(self) -> None:
        """Xi’an with a curly apostrophe and D.I. Khan with dots are found."""
        text = "From Xi’an to D.I. Khan"
        assert [text[s:e] for s, e, _ in find_places(text)] == ["Xi’an", "D.I. Khan"]

    def test_non_ascii_letters(self) -> None:
        """Names with non-ASCII letters are found, and such a letter glued on spoils a name."""
        text = "From Türkiye and “Ürümqi” to Karachié and Gwadar…"
        assert [(text[s:e], p.id) for s, e, p in find_places(text)] == [
            ("Türkiye", "turkey"),
            ("Ürümqi", "urumqi"),
            ("Gwadar", "gwadar"),
        ]

    def test_name_glued_to_digits(self) -> None:
        """A name run together with digits (``5Gwadar``, ``Türkiye5``) is not a mention of it."""
        text = "5Gwadar, Türkiye5 and Gwadar"
        assert [text[s:e] for s, e, _ in find_places(text)] == ["Gwadar"]

    def test_common_first_word_needs_its_follower(self) -> None:
        """``The`` starts a place only before a word that can follow it (The Netherlands)."""
        text = "The minister met the Netherlands envoy."
        assert [(text[s:e], p.id) for s, e, p in find_places(text)] == [
            ("the Netherlands", "netherlands")
        ]

    def test_follower_after_joiners(self) -> None:
        """The follower may come after any joiners (``The - Netherlands``), never after a comma."""
        text = "The - Netherlands, the, Netherlands"
        assert [(text[s:e], p.id) for s, e, p in find_places(text)] == [
            ("The - Netherlands", "netherlands"),
            ("Netherlands", "netherlands"),
        ]

    def test_place_at(self) -> None:
        """``place_at`` reads the longest place right at an offset, and nothing inside a word."""
        assert place_at("to Gwadar Port now", 3) == (14, place_by_id("gwadar-port"))
        assert place_at("toGwadar", 2) is None
        assert place_at("to the port", 3) is None

    def test_shared_pass_serves_every_kind(self) -> None:
        """One text read for people first still yields its places and initiatives in full."""
        text = "Shehbaz Sharif opened Gwadar Port in Balochistan, a CPEC project."
        assert [text[s:e] for s, e, _ in find_people(text)] == ["Shehbaz Sharif"]
        assert [(text[s:e], p.id) for s, e, p in find_places(text)] == [
            ("Gwadar Port", "gwadar-port"),
            ("Balochistan", "balochistan"),
        ]
        assert [(text[s:e], i.id) for s, e, i in find_initiatives(text)] == [
            ("Gwadar Port", "gwadar-port"),
            ("CPEC", "cpec"),
        ]

    def test_linear_on_hostile_input(self) -> None:
        """A long run of alias prefixes is scanned in linear time (well under a second)."""
        text = "Khyber " * 50_000
        started = time.process_time()
        assert find_places(text) == []
        assert time.process_time() - started < 1.0


class TestPeople:
    """Recurring people resolve to their canonical spelling, country and roles."""

    def test_spelling_variant(self) -> None:
        """Shahbaz Sharif is reported under the canonical Shehbaz Sharif."""
        entry = lookup_person("Shahbaz Sharif")
        assert isinstance(entry, PersonEntry)
        assert (entry.id, entry.name, entry.country) == (
            "shehbaz-sharif",
            "Shehbaz Sharif",
            "Pakistan",
        )
        assert entry.roles[0] == "Prime Minister"

    def test_hyphenated_name(self) -> None:
        """Bilawal Bhutto-Zardari and Bilawal Bhutto Zardari are one person."""
        assert lookup_person("Bilawal Bhutto-Zardari") == lookup_person("Bilawal Bhutto Zardari")

    def test_spokesperson_organisation(self) -> None:
        """Chinese Foreign Ministry spokespersons carry their ministry."""
        entry = lookup_person("Mao Ning")
        assert entry is not None
        assert (entry.country, entry.roles, entry.organization) == (
            "China",
            ("Spokesperson",),
            "Foreign Ministry",
        )

    def test_find_people(self) -> None:
        """People are found inside a sentence with their offsets."""
        text = "Asim Bajwa met Wang Yi."
        assert [(text[s:e], p.id) for s, e, p in find_people(text)] == [
            ("Asim Bajwa", "asim-saleem-bajwa"),
            ("Wang Yi", "wang-yi"),
        ]


class TestDemonyms:
    """Demonyms name their country."""

    @pytest.mark.parametrize(
        ("word", "country"),
        [
            ("Chinese", "China"),
            ("Pakistani", "Pakistan"),
            ("Afghans", "Afghanistan"),
            ("Sri Lankan", "Sri Lanka"),
        ],
    )
    def test_known(self, word: str, country: str) -> None:
        """Singular and plural demonyms both resolve."""
        assert demonym_country(word) == country

    def test_unknown(self) -> None:
        """A word that is not a demonym gives None."""
        assert demonym_country("Martian") is None


class TestInitiatives:
    """Known CPEC initiatives with aliases, kinds and sectors."""

    @pytest.mark.parametrize("text", ["ML-1", "ML1", "ML 1", "Main Line-1", "Railway Mainline-1"])
    def test_ml1_variants(self, text: str) -> None:
        """Every common spelling of the ML-1 railway upgrade is one entry."""
        entry = lookup_initiative(text)
        assert entry is not None
        assert (entry.id, entry.sector) == ("ml-1", Sector.TRANSPORT)

    def test_entry_fields(self) -> None:
        """Suki Kinari under its other spelling is an energy project in KP."""
        assert lookup_initiative("Sukhi Kinari") == InitiativeEntry(
            id="suki-kinari",
            name="Suki Kinari Hydropower Project",
            aliases=lookup_initiative("Suki Kinari").aliases,  # type: ignore[union-attr]
            kind=InitiativeKind.PROJECT,
            sector=Sector.ENERGY,
            location="khyber-pakhtunkhwa",
        )

    def test_location_is_a_place_id(self) -> None:
        """An initiative's location is a gazetteer place id."""
        entry = lookup_initiative("Gwadar Port")
        assert entry is not None
        assert entry.location is not None
        assert place_by_id(entry.location) == GWADAR

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Sukkur-Multan section", "multan-sukkur-motorway"),
            ("M-5", "multan-sukkur-motorway"),
            ("Allama Iqbal SEZ", "allama-iqbal-industrial-city"),
            ("Khairpur SEZ", "khairpur-sez"),
            ("MMM road", "mmm-road"),
        ],
    )
    def test_section_zone_and_road_aliases(self, text: str, expected: str) -> None:
        """A section, a zone's short name and a road's initials find their project."""
        assert getattr(lookup_initiative(text), "id", None) == expected

    def test_extension_of_a_zone_is_its_own_entry(self) -> None:
        """The Gwadar Free Zone North extends the port's free zone: two zones, two entries."""
        text = "Tenants of the Gwadar port free zone eye the Gwadar Free Zone North."
        assert [(text[s:e], i.id) for s, e, i in find_initiatives(text)] == [
            ("Gwadar port free zone", "gwadar-free-zone"),
            ("Gwadar Free Zone North", "gwadar-free-zone-north"),
        ]

    @pytest.mark.parametrize("name", ["Naran", "Raikot", "Hoshab", "Maqpondas"])
    def test_places_that_name_sections_and_zones(self, name: str) -> None:
        """Places that name road sections and zones are Pakistani places."""
        place = lookup_place(name)
        assert (place.country if place else None) == "Pakistan"

    def test_find_in_sentence(self) -> None:
        """A sentence yields the longest mentions; a bracketed acronym is a mention of its own."""
        text = (
            "Under the China-Pakistan Economic Corridor (CPEC), the KKH and Port Qasim power plant."
        )
        assert [(text[s:e], i.id) for s, e, i in find_initiatives(text)] == [
            ("China-Pakistan Economic Corridor", "cpec"),
            ("CPEC", "cpec"),
            ("KKH", "karakoram-highway"),
            ("Port Qasim power plant", "port-qasim-coal"),
        ]


class TestData:
    """The bundled lexicons are well formed."""

    @pytest.mark.parametrize("name", ["places.tsv", "people.tsv", "initiatives.tsv"])
    def test_unique_ids(self, name: str) -> None:
        """Ids are stable keys, so none may repeat."""
        ids = [row[0] for row in _rows(name)]
        assert len(ids) == len(set(ids))

    def test_initiative_locations_exist(self) -> None:
        """Every initiative location names a place in the gazetteer."""
        for row in _rows("initiatives.tsv"):
            if len(row) > 4 and row[4]:
                assert place_by_id(row[4]) is not None, row[0]

    @pytest.mark.parametrize(
        ("name", "lookup"),
        [
            ("places.tsv", lambda t: getattr(lookup_place(t), "id", None)),
            ("people.tsv", lambda t: getattr(lookup_person(t), "id", None)),
            ("initiatives.tsv", lambda t: getattr(lookup_initiative(t), "id", None)),
        ],
    )
    def test_aliases_are_unambiguous(self, name: str, lookup: Callable[[str], str | None]) -> None:
        """Every name and alias resolves to the entry that lists it, not to another one."""
        for row in _rows(name):
            for alias in [row[1], *[a for a in row[5].split("|") if a]]:
                assert lookup(alias.removeprefix("=")) == row[0], alias
