"""Fictional articles in four outlets' styles, dense with initiatives, through extraction.

Each article mixes the classes the initiative rules handle (sections, bodies, unknown named
projects, capacities, stages governed clause by clause) in the wording of one outlet.
"""

import pytest

from cpecdata.extract._text import sentences
from cpecdata.extract.initiatives import extract_initiatives
from cpecdata.model import Article
from cpecdata.rawformat import parse_text

BUSINESS_RECORDER = """\
 date 2026-04-14 Power, water schemes in south to get Rs48bn: PPIB

ISLAMABAD: The Private Power and Infrastructure Board (PPIB) has cleared Rs48 billion for three \
schemes under the China-Pakistan Economic Corridor (CPEC), including the 660MW Marvoz coal power \
plant, officials told Business Recorder on Monday.

According to PPIB documents, the 660MW Marvoz coal power plant is 72 percent complete, while the \
2 MGD desalination plant at Pasni will be completed by December.

The Kandar-Zarghun section of the N-95 highway was opened to traffic last month, a senior \
official said, adding that the feasibility study of the Zarghun Bulk Cargo Terminal has been \
finalised.

Separately, the 1,320MW Sahiwal coal plant, which was commissioned in 2017, supplied 9.2 billion \
units to the grid last year.

The 14th meeting of the Joint Working Group on Energy will be held in Beijing next month.
"""
EXPRESS_TRIBUNE = """\
 date 2026-05-20 Cold storage complex opens in Kalat

KALAT: Chief Minister Sana Mir on Tuesday inaugurated the Kalat Valley Cold Storage Complex, \
built with Chinese assistance under CPEC, and said work on the Mardan Ceramic Tiles Plant was \
under way.

Speaking on the occasion, she said the Pasni Marine Fisheries Hub would be inaugurated next \
month, once the Chinese engineers complete its testing.

“The Rashakai zone is 80 percent complete and the Gwadar Free Zone is fully operational,” she said.

She added that the Agriculture JWG would meet in Islamabad in June to review progress on the hub.

The federal cabinet has approved Package-III of ML-1, officials said.
"""
XINHUA = """\
 date 2026-06-02 China, Pakistan vow to advance CPEC cooperation

BEIJING, June 2 (Fictional) -- China and Pakistan on Monday agreed to speed up the upgraded \
version of the China-Pakistan Economic Corridor (CPEC), according to a joint press release \
issued after the 15th meeting of the CPEC Joint Cooperation Committee (JCC).

The two sides signed an agreement on the Naran-Raikot section of the Karakoram Highway and \
agreed to set up a Joint Working Group on Mining.

The Karot hydropower station, which started commercial operation in 2022, has generated over 9 \
billion kWh of electricity, the release said.

The two sides will hold the next JCC meeting in Islamabad, and exchange views on the Karachi \
Circular Railway.
"""
GWADAR_PRO = """\
 date 2026-07-08 Gwadar's new water plant starts trial run

GWADAR, July 8 (Gwadar Pro) - The 1.2 million gallons per day water treatment plant in Gwadar \
started its trial run on Sunday, according to the Gwadar Development Authority.

The plant, built with a Chinese grant, will supply water to the Gwadar Port and nearby \
residential areas once the pipeline network is completed.

Meanwhile, the Gwadar East Bay Expressway has been handed over to the port authority, and the \
New Gwadar International Airport will be inaugurated next week.

The Pak-China Technical and Vocational Institute is also being expanded, with a new hostel block \
under construction.
"""

Row = tuple[str, str | None, str, str | None, str | None]


def _rows(text: str) -> list[Row]:
    (article,) = parse_text(text, "fictional.txt")
    assert isinstance(article, Article)
    return [
        (
            i.name,
            i.id,
            i.sector.value,
            i.location.name if i.location else None,
            i.status.value if i.status else None,
        )
        for i in extract_initiatives(article, sentences(article))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            BUSINESS_RECORDER,
            [
                ("China-Pakistan Economic Corridor", "cpec", "general", None, None),
                ("660MW Marvoz coal power plant", None, "energy", None, "approved"),
                ("2 MGD desalination plant", None, "general", "Pasni", "under construction"),
                (
                    "Kandar-Zarghun section of the N-95 highway",
                    None,
                    "transport",
                    None,
                    "completed",
                ),
                ("Zarghun Bulk Cargo Terminal", None, "port", None, "progress"),
                ("1,320MW Sahiwal coal plant", "sahiwal-coal", "energy", "Sahiwal", "completed"),
                ("Joint Working Group on Energy", None, "energy", None, "planned"),
            ],
            id="business_recorder",
        ),
        pytest.param(
            EXPRESS_TRIBUNE,
            [
                ("Kalat Valley Cold Storage Complex", None, "agriculture", "Kalat", "completed"),
                ("CPEC", "cpec", "general", None, None),
                ("Mardan Ceramic Tiles Plant", None, "industry", "Mardan", "under construction"),
                ("Pasni Marine Fisheries Hub", None, "agriculture", "Pasni", "planned"),
                ("Rashakai zone", "rashakai-sez", "industry", "Rashakai", "under construction"),
                ("Gwadar Free Zone", "gwadar-free-zone", "industry", "Gwadar", "completed"),
                ("Agriculture JWG", None, "agriculture", None, "planned"),
                ("Package-III of ML-1", None, "transport", None, "approved"),
            ],
            id="express_tribune",
        ),
        pytest.param(
            XINHUA,
            [
                (
                    "upgraded version of the China-Pakistan Economic Corridor",
                    "cpec-phase-2",
                    "general",
                    None,
                    "agreed",
                ),
                ("China-Pakistan Economic Corridor", "cpec", "general", None, None),
                ("CPEC Joint Cooperation Committee", "jcc", "general", None, "progress"),
                (
                    "Naran-Raikot section of the Karakoram Highway",
                    None,
                    "transport",
                    "Naran",
                    "agreed",
                ),
                ("Joint Working Group on Mining", None, "industry", None, "agreed"),
                ("Karot hydropower station", "karot", "energy", "Punjab", "completed"),
                (
                    "Karachi Circular Railway",
                    "karachi-circular-railway",
                    "transport",
                    "Karachi",
                    None,
                ),
            ],
            id="xinhua",
        ),
        pytest.param(
            GWADAR_PRO,
            [
                (
                    "water treatment plant in Gwadar",
                    None,
                    "general",
                    "Gwadar",
                    "under construction",
                ),
                ("Gwadar Port", "gwadar-port", "port", "Gwadar", None),
                (
                    "Gwadar East Bay Expressway",
                    "gwadar-east-bay-expressway",
                    "transport",
                    "Gwadar",
                    "completed",
                ),
                (
                    "New Gwadar International Airport",
                    "new-gwadar-international-airport",
                    "transport",
                    "Gwadar",
                    "planned",
                ),
                (
                    "Pak-China Technical and Vocational Institute",
                    "pak-china-technical-vocational-institute",
                    "education",
                    "Gwadar",
                    "under construction",
                ),
            ],
            id="gwadar_pro",
        ),
    ],
)
def test_outlet_article(text: str, expected: list[Row]) -> None:
    """Every initiative of the article, in reading order, with its id, sector, place and stage."""
    assert _rows(text) == expected
