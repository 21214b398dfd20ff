"""Speaker mentions read end to end: a fictional article through ``extract`` gives whole speakers.

The mention rules of :mod:`cpecdata.extract._actors` are unit-tested in ``test_actors.py``; this
module checks that the statements extractor hands their speakers on unchanged, one statement per
attribution (an appositive after a titled name must not become a second statement). A second
article holds the classes of ``test_actors_classes.py``: two titles make one speaker, ``the
visiting Chinese minister`` resolves like ``the Chinese minister``, and an outlet's correspondent
the speaker talks to is never the speaker or the speaker's body. A third holds occupations,
groups and a title of an abbreviated body, whose holder a later ``He said`` goes on quoting.
"""

from cpecdata.extract import extract
from cpecdata.model import Actor, Article
from cpecdata.rawformat import parse_text

_ARTICLE = """\
 date 2026-03-10 Fictional delegation reviews corridor projects

ISLAMABAD: He Yunfei said on Monday that the second phase of the corridor would focus on \
industry.

Visiting Chinese Vice Minister Qiao Dongming said China would support new special economic zones.

"The port is ready for transit trade," said Lt Gen (retd) Kamil Raza, Chairman of the Thar Port \
Authority.

CM Zafar Abbasi said the province would provide security.

The Senate Standing Committee on Planning and Development said the delays were unacceptable.

Consul General of Pakistan in Chengdu Bilal Tariq said trade with Sichuan was growing.
"""


def _article() -> Article:
    """The fixture article, parsed and extracted."""
    (parsed,) = parse_text(_ARTICLE, "fixture.txt")
    assert isinstance(parsed, Article)
    return extract(parsed)


def test_each_speaker_is_read_whole() -> None:
    """Pronoun-spelt surnames, status words, ranks, abbreviations and committees, in context."""
    committee = "Senate Standing Committee on Planning and Development"
    assert [(s.speaker, s.text) for s in _article().statements] == [
        (Actor("He Yunfei"), "the second phase of the corridor would focus on industry"),
        (
            Actor("Qiao Dongming", "Vice Minister", None, "China"),
            "China would support new special economic zones",
        ),
        (
            Actor("Kamil Raza", "Chairman", "Thar Port Authority", "Pakistan"),
            "The port is ready for transit trade",
        ),
        (Actor("Zafar Abbasi", "CM"), "the province would provide security"),
        (Actor(committee, None, committee), "the delays were unacceptable"),
        (
            Actor("Bilal Tariq", "Consul General", None, "Pakistan"),
            "trade with Sichuan was growing",
        ),
    ]


_CLASSES_ARTICLE = """\
 date 2026-08-12 Fictional minister tours corridor sites

GWADAR: Chinese Foreign Minister and Politburo member Lan Haoming said on Wednesday that the \
port would become a regional hub.

"The corridor is a road of friendship," the visiting Chinese minister said.

Pakistan Muslim League-Nawaz (PML-N) leader Nadeem Qasrani said the government had done its part.

Talking to APP correspondent Imtiaz Warsi, Major General Asif Durrani of the Special Security \
Division said Chinese workers were safe.

Ministry of Planning, Development and Special Initiatives Secretary Owais Jatoi said the western \
route would open next year.
"""


def _classes_article() -> Article:
    """The second fixture article (mention classes), parsed and extracted."""
    (parsed,) = parse_text(_CLASSES_ARTICLE, "fixture2.txt")
    assert isinstance(parsed, Article)
    return extract(parsed)


def test_each_speaker_class_is_read_whole() -> None:
    """Coordinated titles, lower-case circumstance, abbreviated party, rank of a division."""
    minister = Actor("Lan Haoming", "Foreign Minister", None, "China")
    party = "Pakistan Muslim League-Nawaz"
    ministry = "Ministry of Planning, Development and Special Initiatives"
    assert [(s.speaker, s.text) for s in _classes_article().statements] == [
        (minister, "the port would become a regional hub"),
        (minister, "The corridor is a road of friendship"),
        (Actor("Nadeem Qasrani", "leader", party, "Pakistan"), "the government had done its part"),
        (
            Actor("Asif Durrani", "Major General", "Special Security Division"),
            "Chinese workers were safe",
        ),
        (Actor("Owais Jatoi", "Secretary", ministry), "the western route would open next year"),
    ]


_GROUPS_ARTICLE = """\
 date 2026-03-02 Fictional traders worry about power prices

MULTAN: Trader Sara Malik said prices of electricity had doubled since January.

Chairman of the Thar Port Authority (TPA) Kamil Raza said the new berth would open in May. He \
said the berth would handle coal.

Two Chinese engineers said the turbines were tested last week.

A spokesman for one of the Chinese producers said the plant was safe.

Chinese investor Wu Tianle, chairman of the Lotus Group, said the deal was done.
"""


def test_occupations_groups_and_abbreviated_bodies_speak() -> None:
    """Occupations, unnamed groups and an abbreviated body's chairman are whole speakers."""
    (parsed,) = parse_text(_GROUPS_ARTICLE, "fixture3.txt")
    assert isinstance(parsed, Article)
    chairman = Actor("Kamil Raza", "Chairman", "Thar Port Authority", "Pakistan")
    producers = "A spokesman for one of the Chinese producers"
    assert [(s.speaker, s.text) for s in extract(parsed).statements] == [
        (Actor("Sara Malik", "Trader"), "prices of electricity had doubled since January"),
        (chairman, "the new berth would open in May"),
        (chairman, "the berth would handle coal"),
        (
            Actor("Two Chinese engineers", None, None, "China", False),
            "the turbines were tested last week",
        ),
        (Actor(producers, "spokesman", None, None, False), "the plant was safe"),
        (Actor("Wu Tianle", "chairman", "Lotus Group", "China"), "the deal was done"),
    ]


_TITLE_OF_PLACE_ARTICLE = """\
 date 2026-04-07 Fictional cargo flight for a fair

KARACHI: Deputy Mayor of China's Kashgar prefecture Rahila Tursun opened the fair on Monday.

The deputy mayor said Kashgar would add a weekly cargo flight to Karachi.
"""


def test_title_of_place_links_its_descriptor() -> None:
    """``the deputy mayor`` goes back to ``Deputy Mayor of China's Kashgar prefecture X``."""
    (parsed,) = parse_text(_TITLE_OF_PLACE_ARTICLE, "fixture4.txt")
    assert isinstance(parsed, Article)
    mayor = Actor("Rahila Tursun", "Deputy Mayor", "Kashgar prefecture", "China")
    assert [(s.speaker, s.text) for s in extract(parsed).statements] == [
        (mayor, "Kashgar would add a weekly cargo flight to Karachi"),
    ]


_PLACE_SURNAME_ARTICLE = """\
 date 2026-04-08 Fictional jetty protest

PASNI: Net-makers' head Sher Jan Pasni said the jetty had been shut for a month.

"We cannot sell a single fish," said Pasni, addressing the crowd. He said the sit-in would go on.
"""


def test_town_surname_speaks_again_alone() -> None:
    """A surname that is a town's, once read in the full name, is the speaker when used alone."""
    (parsed,) = parse_text(_PLACE_SURNAME_ARTICLE, "fixture5.txt")
    assert isinstance(parsed, Article)
    head = Actor("Sher Jan Pasni", "Net-makers' head")
    assert [(s.speaker, s.text) for s in extract(parsed).statements] == [
        (head, "the jetty had been shut for a month"),
        (head, "We cannot sell a single fish"),
        (head, "the sit-in would go on"),
    ]
