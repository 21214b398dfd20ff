"""Statement tests on whole fictional articles written in four outlets' house styles.

Each article chains quotes across paragraphs and refers back to its speakers by pronoun and
descriptor, as the outlet would; the expected statements are listed in reading order.
"""

from test_statements import DIRECT, INDIRECT, said

TRIBUNE = (  # Express Tribune: dateline, quotes run on across paragraphs, an anonymous official
    "KARACHI: Sindh Energy Minister Jameel Soomro on Tuesday said the second phase of the "
    "Block-XIV mine would double its output by 2027.",
    "“The pit is deeper than we planned, but the seam is better,” Soomro told The Express "
    "Tribune. “Every tonne we dig here is a tonne we do not import.",
    "“The Chinese partners have already shipped the second excavator.”",
    "The minister said the provincial government had cleared Rs4 billion in pending dues to "
    "the operator.",
    "A senior official of the Sindh Coal Authority who requested anonymity said the payments "
    "were still being processed.",
    "“Nobody wants a repeat of last winter,” the official said.",
    "Soomro, however, insisted that the dues had been cleared in full. He went on to say that a "
    "new water pipeline to the mine would be completed by March.",
    "A spokesperson for the operator said the company was “fully committed” to the schedule.",
)

RADIO = (  # Radio Pakistan: a chain of "He said" after a titled first mention
    "Federal Minister for Maritime Affairs Ahsan Baloch has said that a new desalination plant "
    "will be set up in Gwadar with Chinese assistance.",
    "Talking to Radio Pakistan in Islamabad today, he said the plant would supply five million "
    "gallons of water per day to the port city.",
    "He said the work on the plant will start next month.",
    "The minister said the government is committed to solving the water problems of the "
    "people of Gwadar.",
    "He expressed the hope that the projects would be completed within two years.",
)

NATION = (  # The Nation: body's abbreviation, "the X chief", a consul's post, straight quotes
    "KARACHI - Karachi Chamber of Commerce and Industry (KCCI) President Tahir Siddiqui has "
    "urged the government to start work on the Port Qasim industrial zone without delay.",
    "Speaking at a meeting with a Chinese trade delegation here on Wednesday, the KCCI chief "
    "said the zone could attract $2 billion in Chinese investment within three years.",
    '"The land is there, the port is there, the power is there. What we need now is a '
    'decision," he said.',
    "Siddiqui said the chamber had written to the Board of Investment, adding that no reply "
    "had been received.",
    "Leading the Chinese delegation, Consul General Wu Haiyan in Karachi said Chinese firms "
    'were keen to relocate garment units to Pakistan. "Our companies are looking at Karachi '
    'seriously," she said. "They want clarity on tax.',
    '"If the rules are clear, the factories will come."',
    "The consul general went on to say that a follow-up delegation would visit Karachi in June.",
)

CHINA_DAILY = (  # China Daily: experts, inverted "said NAME, a researcher", an unnamed source
    "Chinese and Pakistani experts have hailed the progress of farm cooperation under the "
    "corridor, saying that new seed varieties have raised yields in Punjab.",
    "“The hybrid chili seeds have doubled the harvest in some districts,” said Liu Fang, a "
    "researcher at the Yunnan Academy of Agricultural Sciences. “Farmers who tried them last "
    "year have come back for more.”",
    "Liu said the academy had trained more than 300 Pakistani technicians since 2023.",
    "A Pakistani agronomist involved in the trials said the main challenge was cold storage. "
    "“We can grow more, but we lose too much after the harvest,” he said.",
    "According to Zhao Ming, vice-president of the China-Pakistan Agricultural Cooperation "
    "Center, the two sides will set up three cold-chain hubs in Punjab and Sindh this year.",
    "Zhao added the hubs would be run by joint ventures.",
)


def test_express_tribune_style_quote_chain_and_anonymous_official() -> None:
    """A run-on quote, an official with a post-modifier then ``the official``, ``went on to``."""
    soomro, official = (
        "Jameel Soomro",
        ("A senior official of the Sindh Coal Authority who requested anonymity"),
    )
    assert said(*TRIBUNE) == [
        (soomro, INDIRECT, "said",
         "the second phase of the Block-XIV mine would double its output by 2027"),
        (soomro, DIRECT, "told", "The pit is deeper than we planned, but the seam is better"),
        (soomro, DIRECT, "told", "Every tonne we dig here is a tonne we do not import."),
        (soomro, DIRECT, "told", "The Chinese partners have already shipped the second "
         "excavator."),
        (soomro, INDIRECT, "said",
         "the provincial government had cleared Rs4 billion in pending dues to the operator"),
        (official, INDIRECT, "said", "the payments were still being processed"),
        (official, DIRECT, "said", "Nobody wants a repeat of last winter"),
        (soomro, INDIRECT, "insisted", "the dues had been cleared in full"),
        (soomro, INDIRECT, "say", "a new water pipeline to the mine would be completed by March"),
        ("A spokesperson for the operator", INDIRECT, "said",
         "the company was “fully committed” to the schedule"),
    ]  # fmt: skip


def test_radio_pakistan_style_pronoun_and_descriptor_chain() -> None:
    """Every ``he``, ``the minister`` and ``He expressed the hope`` is the minister."""
    baloch = "Ahsan Baloch"
    assert said(*RADIO) == [
        (baloch, INDIRECT, "said",
         "a new desalination plant will be set up in Gwadar with Chinese assistance"),
        (baloch, INDIRECT, "said",
         "the plant would supply five million gallons of water per day to the port city"),
        (baloch, INDIRECT, "said", "the work on the plant will start next month"),
        (baloch, INDIRECT, "said",
         "the government is committed to solving the water problems of the people of Gwadar"),
        (baloch, INDIRECT, "expressed the hope", "the projects would be completed within two "
         "years"),
    ]  # fmt: skip


def test_the_nation_style_body_chief_and_consul_quote_chain() -> None:
    """``the KCCI chief`` is its president; the consul's quotes run on into the next paragraph."""
    siddiqui, wu = "Tahir Siddiqui", "Wu Haiyan"
    assert said(*NATION) == [
        (siddiqui, INDIRECT, "said",
         "the zone could attract $2 billion in Chinese investment within three years"),
        (siddiqui, DIRECT, "said", "The land is there, the port is there, the power is there. "
         "What we need now is a decision"),
        (siddiqui, INDIRECT, "said", "the chamber had written to the Board of Investment"),
        (siddiqui, INDIRECT, "adding", "no reply had been received"),
        (wu, INDIRECT, "said", "Chinese firms were keen to relocate garment units to Pakistan"),
        (wu, DIRECT, "said", "Our companies are looking at Karachi seriously"),
        (wu, DIRECT, "said", "They want clarity on tax."),
        (wu, DIRECT, "said", "If the rules are clear, the factories will come."),
        (wu, INDIRECT, "say", "a follow-up delegation would visit Karachi in June"),
    ]  # fmt: skip


def test_china_daily_style_experts_and_unnamed_agronomist() -> None:
    """A group of experts, an inverted researcher, and ``he`` after an unnamed agronomist."""
    liu, agronomist = "Liu Fang", "A Pakistani agronomist involved in the trials"
    assert said(*CHINA_DAILY) == [
        ("Chinese and Pakistani experts", INDIRECT, "saying",
         "new seed varieties have raised yields in Punjab"),
        (liu, DIRECT, "said", "The hybrid chili seeds have doubled the harvest in some "
         "districts"),
        (liu, DIRECT, "said", "Farmers who tried them last year have come back for more."),
        (liu, INDIRECT, "said",
         "the academy had trained more than 300 Pakistani technicians since 2023"),
        (agronomist, INDIRECT, "said", "the main challenge was cold storage"),
        (agronomist, DIRECT, "said", "We can grow more, but we lose too much after the harvest"),
        ("Zhao Ming", INDIRECT, "According to",
         "the two sides will set up three cold-chain hubs in Punjab and Sindh this year"),
        ("Zhao Ming", INDIRECT, "added", "the hubs would be run by joint ventures"),
    ]  # fmt: skip
