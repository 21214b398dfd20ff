"""The statements probe: short made-up articles in the styles of Pakistani and Chinese outlets.

``data/statements/probe.json`` holds minimal articles (dated Wednesday 2023-06-14) reporting
speech the ways Dawn, APP, The News, Express Tribune, Business Recorder, Radio Pakistan, Xinhua,
Global Times and CGTN do (``was of the view that``, ``maintained that``, ``was quoted as
saying``, ``Talking to journalists, X said``, ``told APP``, ``said in a statement``, ``according
to a press release issued by X``, quotes run on across paragraphs, speakers after the quote,
bodies and unnamed sources as speakers, pronoun and descriptor chains, a body's ``…, saying``),
each with every statement expected: speaker name, role, organisation and country, kind, verb
and text. People, bodies' officers and quotations are invented. A case with ``limit`` is a
known gap of the rules, named there; it is expected to fail until the rules close it.
"""

import attrs
import pytest

from _probes import probe_cases
from test_statements import article, read

CASES = probe_cases("statements/probe.json", "statements", "limit")


def _statements(paragraphs: tuple[str, ...]) -> list[list[object]]:
    """Each statement found (spans checked), in the fixture's JSON shape."""
    found = read(article(*paragraphs, headline="A made-up headline", date="2023-06-14"))
    return [
        [*attrs.astuple(s.speaker)[:4], s.kind.value, s.verb, s.text]  # name, role, body, country
        for s in found
    ]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_probe_article(paragraphs: tuple[str, ...], expected: list[list[object]]) -> None:
    """Each probe article gives exactly the statements a reader would list, with their speakers."""
    assert _statements(paragraphs) == expected


def _said(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    """(speaker name, verb, text) of each statement of a fictional article."""
    return [(row[0], row[5], row[6]) for row in _statements(paragraphs)]  # type: ignore[misc]


class TestSayingAfterABody:
    def test_indefinite_body_with_its_place_speaks(self) -> None:
        """``A … mill near Kasur has asked …, saying`` is the mill's, its place kept as written."""
        assert _said(
            "LAHORE: A Chinese-run textile mill near Kasur has asked for a gas connection, "
            "saying its looms had stood idle for a week."
        ) == [
            (
                "A Chinese-run textile mill near Kasur",
                "saying",
                "its looms had stood idle for a week",
            )
        ]

    def test_body_of_a_group_speaks(self) -> None:
        """``An association of X has welcomed …, saying``: the association with its members."""
        assert _said(
            "KARACHI: An association of Chinese restaurateurs has welcomed the new visa rules, "
            "saying cooks could now be hired within a month."
        ) == [
            (
                "An association of Chinese restaurateurs",
                "saying",
                "cooks could now be hired within a month",
            )
        ]

    def test_hyphenated_participle_is_no_verb(self) -> None:
        """``coal-fired`` inside the phrase is a modifier, not the verb the phrase stops at."""
        assert _said(
            "KARACHI: A Chinese-owned coal-fired plant in Thar has sought a tariff review, "
            "saying its costs had doubled."
        ) == [("A Chinese-owned coal-fired plant in Thar", "saying", "its costs had doubled")]


class TestPluralSourcesTakenUp:
    def test_the_sources_take_up_official_sources(self) -> None:
        """``The sources said`` after ``official sources told X`` is that group, as written."""
        assert _said(
            "ISLAMABAD: The dry port at Havelian will be leased to a Chinese operator, official "
            "sources told Business Recorder.",
            "The sources said the lease would run for 20 years.",
        ) == [
            (
                "official sources",
                "told",
                "The dry port at Havelian will be leased to a Chinese operator",
            ),
            ("official sources", "said", "the lease would run for 20 years"),
        ]

    def test_the_officials_take_up_a_bare_group(self) -> None:
        """``the officials`` after ``Pakistani officials said`` is that group too."""
        assert _said(
            "BEIJING: The freight trains will run twice a week from July, Pakistani officials "
            "said.",
            "The officials added that the first train would carry citrus.",
        ) == [
            ("Pakistani officials", "said", "The freight trains will run twice a week from July"),
            ("Pakistani officials", "added", "the first train would carry citrus"),
        ]


class TestExpertOfAResearchBody:
    def test_the_expert_is_a_think_tank_director(self) -> None:
        """``The expert noted`` stands for the institute's director quoted before, any title."""
        assert _said(
            "Tang Yiming, director of the Centre for Pakistan Studies at Xibei University, told "
            "the Global Times that the new berths would ease congestion.",
            "The expert noted that more feeder services were needed.",
        ) == [
            ("Tang Yiming", "told", "the new berths would ease congestion"),
            ("Tang Yiming", "noted", "more feeder services were needed"),
        ]


class TestSideOfItsLeader:
    def test_the_chinese_side_is_the_leader_just_named(self) -> None:
        """``The Chinese delegation was led by X. The Chinese side said``: X, not an earlier one."""
        assert _said(
            "SOST: “The new sheds will double our capacity,” said Zhao Peng, site manager of "
            "China Tianshan Engineering Corporation.",
            "Officials of the two countries met at the pass on Monday. The Chinese delegation was "
            "led by Memet Tohti, deputy head of the Kashgar Prefecture.",
            "The Chinese side said it would keep the crossing open in December.",
        ) == [
            ("Zhao Peng", "said", "The new sheds will double our capacity"),
            ("Memet Tohti", "said", "it would keep the crossing open in December"),
        ]


class TestDescriptorsAsWritten:
    def test_hyphenated_modifier_is_no_reporting_verb(self) -> None:
        """``Well-informed sources told X``: ``informed`` inside a compound reports nothing."""
        assert _said(
            "ISLAMABAD: Well-informed sources told The News that the summit would be held in "
            "Urumqi."
        ) == [("Well-informed sources", "told", "the summit would be held in Urumqi")]

    def test_participle_post_modifier_stays_with_its_source(self) -> None:
        """``An engineer working at the plant said``: the participle phrase describes him."""
        assert _said(
            "KARACHI: An engineer working at the Thar block said the second pit was flooded."
        ) == [("An engineer working at the Thar block", "said", "the second pit was flooded")]


class TestBodiesSpeaking:
    def test_two_capitalised_words_opening_the_frame_speak(self) -> None:
        """``Harbin Electric said``: a company's short name without a head word is the subject."""
        assert _said(
            "KARACHI: Harbin Electric said in a statement that the second unit had been "
            "synchronised with the grid."
        ) == [("Harbin Electric", "said", "the second unit had been synchronised with the grid")]

    def test_it_goes_on_with_an_unnamed_body(self) -> None:
        """``The ministry said A. It added that B``: ``it`` is the body that just spoke."""
        assert _said(
            "ISLAMABAD: The ministry said it had received the first tranche. It added that the "
            "second was due in August."
        ) == [
            ("The ministry", "said", "it had received the first tranche"),
            ("The ministry", "added", "the second was due in August"),
        ]


class TestIssuerByKind:
    def test_press_release_issued_by_the_authority_named_before(self) -> None:
        """``according to a press release issued by the authority``: the authority just named."""
        assert _statements(
            (
                "ISLAMABAD: The Gwadar Development Authority has approved a fish harbour at "
                "Pishukan, according to a press release issued by the authority.",
            )
        ) == [
            [
                "Gwadar Development Authority",
                None,
                "Gwadar Development Authority",
                "Pakistan",
                "indirect",
                "according to",
                "The Gwadar Development Authority has approved a fish harbour at Pishukan",
            ]
        ]


class TestDescriptorOfCountryOrOffice:
    def test_the_chinese_premier_is_the_one_known_chinese(self) -> None:
        """``the Chinese premier`` after both heads met is the Chinese one, not the later one."""
        assert _said(
            "BEIJING: Chinese Premier Gao Weimin met Prime Minister Tariq Jadoon on Tuesday.",
            "The Chinese premier said the two sides would open a second rail link.",
        ) == [("Gao Weimin", "said", "the two sides would open a second rail link")]

    def test_the_prime_minister_is_the_one_so_titled(self) -> None:
        """``the prime minister`` is the Prime Minister even when a Premier was named last."""
        assert _said(
            "BEIJING: Prime Minister Tariq Jadoon met Chinese Premier Gao Weimin on Tuesday.",
            "The prime minister said Pakistan would protect Chinese workers.",
        ) == [("Tariq Jadoon", "said", "Pakistan would protect Chinese workers")]

    def test_the_chinese_official_is_the_chinese_titled_person(self) -> None:
        """``the Chinese official`` stands for the Chinese vice minister named before."""
        assert _said(
            "ISLAMABAD: Chinese Vice Minister Fang Qiming met Planning Minister Tariq Jadoon.",
            "The Chinese official said a survey team would arrive in July.",
        ) == [("Fang Qiming", "said", "a survey team would arrive in July")]


class TestWasHopefulThat:
    def test_was_hopeful_that_reports_like_hoped_that(self) -> None:
        """``X was hopeful that B``, as APP writes it, reports B as ``hoped that`` does."""
        assert _said(
            "LAHORE: Punjab Transport Minister Bilal Afzal was hopeful that the Orange Line "
            "extension would open by March."
        ) == [("Bilal Afzal", "was hopeful", "the Orange Line extension would open by March")]

    def test_was_confident_without_that_reports_nothing(self) -> None:
        """``was confident of`` a result is an attitude with no clause: no statement."""
        assert _said("LAHORE: Bilal Afzal was confident of an early opening.") == []


class TestLongerGroupSubject:
    def test_group_with_three_modifiers_speaks_through_saying(self) -> None:
        """``Chinese independent power producers have …, saying``: three modifiers, one group."""
        assert _said(
            "ISLAMABAD: Chinese independent power producers have written to the cabinet, saying "
            "their dues had doubled."
        ) == [("Chinese independent power producers", "saying", "their dues had doubled")]


class TestChiefGuest:
    def test_the_chief_guest_is_who_was_said_to_be_it(self) -> None:
        """``X was the chief guest …. the chief guest said``: X, though no one spoke before."""
        assert _said(
            "KARACHI: Senator Rubina Qaimkhani was the chief guest at the launch of the Chinese "
            "language centre.",
            "Speaking on the occasion, the chief guest said 300 students had enrolled.",
        ) == [("Rubina Qaimkhani", "said", "300 students had enrolled")]

    def test_chief_guest_before_a_name(self) -> None:
        """``Chief guest X`` names the chief guest too."""
        assert _said(
            "KARACHI: Chief guest Rubina Qaimkhani opened the Chinese language centre.",
            "The chief guest said 300 students had enrolled.",
        ) == [("Rubina Qaimkhani", "said", "300 students had enrolled")]


class TestSideGivesCountry:
    def test_delegation_leader_takes_the_delegation_side(self) -> None:
        """``a Pakistani delegation led by Senator X``: X speaks for Pakistan."""
        assert _statements(
            (
                "URUMQI: A Pakistani parliamentary delegation led by Senator Gul Afroz Shah "
                "arrived here on Tuesday.",
                "Shah said the delegation would visit the Khorgos dry port.",
            )
        ) == [
            [
                "Gul Afroz Shah",
                "Senator",
                None,
                "Pakistan",
                "indirect",
                "said",
                "the delegation would visit the Khorgos dry port",
            ]
        ]


class TestBodyByItsKind:
    def test_the_companys_officer_works_for_the_company_named_before(self) -> None:
        """``The company's chief executive, X,`` after ``Y Company``: X's body is Y Company."""
        assert _statements(
            (
                "HUB: Indus Basin Power Company has started the second unit of its coal plant.",
                "The company's chief executive, Wu Dehai, said the unit would run at full load "
                "from July.",
            )
        ) == [
            [
                "Wu Dehai",
                "chief executive",
                "Indus Basin Power Company",
                None,
                "indirect",
                "said",
                "the unit would run at full load from July",
            ]
        ]


class TestAsideBeforeTheVerb:
    def test_however_between_subject_and_verb(self) -> None:
        """``The opposition, however, criticised …, saying``: the aside is no end of the phrase."""
        assert _said(
            "KARACHI: The opposition, however, criticised the lease, saying parliament had not "
            "been consulted."
        ) == [("The opposition", "saying", "parliament had not been consulted")]


class TestDeputyAndSideLeaders:
    def test_the_vice_minister_is_the_vice_foreign_minister(self) -> None:
        """``the Chinese vice minister`` fits a Vice Foreign Minister: a portfolio between."""
        assert _said(
            "BEIJING: Ambassador Moin Hashmi met Chinese Vice Foreign Minister Tan Shuying.",
            "The Chinese vice minister said more flights would be allowed.",
        ) == [("Tan Shuying", "said", "more flights would be allowed")]

    def test_the_pakistani_side_was_led_by(self) -> None:
        """``the Pakistani side was led by X``: ``The Pakistani side said`` is X."""
        assert _said(
            "ISLAMABAD: The Chinese side was led by Vice Minister Tan Shuying, while the "
            "Pakistani side was led by Foreign Secretary Amna Qureshi.",
            "The Pakistani side said the visas would be issued within a week.",
        ) == [("Amna Qureshi", "said", "the visas would be issued within a week")]


class TestLevelOfOffice:
    def test_federal_and_provincial_ministers_apart(self) -> None:
        """``the federal minister`` is of no province, ``the provincial minister`` of one."""
        assert _said(
            "LAHORE: Punjab Industries Minister Saima Tareen and Federal Minister for Planning "
            "Ahmed Raza Bhatti visited the zone.",
            "The federal minister said the zone would get gas by July.",
            "The provincial minister said the land had been handed over.",
        ) == [
            ("Ahmed Raza Bhatti", "said", "the zone would get gas by July"),
            ("Saima Tareen", "said", "the land had been handed over"),
        ]


class TestWeakVerbAfterQuote:
    def test_noted_after_a_quote_comes_before_its_speaker(self) -> None:
        """``“…,” noted X``: after a closing quote a weaker verb inverts like ``said``."""
        assert _said(
            "KUNMING: “Pakistani mangoes sold out in two days,” noted Bai Xuelin, a fruit "
            "importer in Kunming."
        ) == [("Bai Xuelin", "noted", "Pakistani mangoes sold out in two days")]

    def test_noted_without_a_quote_does_not_invert(self) -> None:
        """``…, noted the report``: without a quote the weaker verb takes no speaker after it."""
        assert _said("KUNMING: Mango imports doubled, noted the annual report.") == []


class TestWordsOfAfterTheQuote:
    def test_these_were_the_words_of_names_the_speaker_after(self) -> None:
        """``“A.” ¶ These were the words of X``: the quote before is X's."""
        assert _said(
            "MULTAN: “The motorway has halved our costs.”",
            "These were the words of Sardar Bilal Khosa, a cotton trader, who was speaking at "
            "the chamber on Tuesday.",
        ) == [("Sardar Bilal Khosa", "the words", "The motorway has halved our costs.")]


class TestSourceInsideABody:
    def test_a_source_in_the_ministry_is_no_ministry_statement(self) -> None:
        """``A source in the Planning Ministry told Dawn``: the source speaks, not the ministry."""
        assert _statements(
            ("ISLAMABAD: A source in the Railways Ministry told Dawn that the tender was late.",)
        ) == [
            [
                "A source in the Railways Ministry",
                None,
                "Railways Ministry",
                None,
                "indirect",
                "told",
                "the tender was late",
            ]
        ]


class TestPhraseLongerThanItsName:
    def test_name_inside_a_longer_subject_phrase(self) -> None:
        """``The Orange Line operator has sought …, saying``: the operator, not the line."""
        assert _said(
            "LAHORE: The Orange Line operator has sought a subsidy, saying fares did not cover "
            "costs."
        ) == [("The Orange Line operator", "saying", "fares did not cover costs")]

    def test_time_ends_the_subject_phrase(self) -> None:
        """``The Chinese-run Sahiwal plant on Tuesday asked …``: the time is no part of it."""
        assert _said(
            "SAHIWAL: The Chinese-run Sahiwal plant on Tuesday asked for its dues, saying it "
            "could not buy coal."
        ) == [("The Chinese-run Sahiwal plant", "saying", "it could not buy coal")]

    def test_post_modifier_with_its_article(self) -> None:
        """``Chinese firms operating in the zone have …``: the phrase's object keeps its article."""
        assert _said(
            "KARACHI: Several Chinese firms operating in the zone have written to the board, "
            "saying water had not been supplied."
        ) == [
            ("Several Chinese firms operating in the zone", "saying", "water had not been supplied")
        ]

    def test_by_phrase_stays_in_the_subject(self) -> None:
        """``A coal plant run by a Chinese firm has asked …``: who runs it describes the plant."""
        assert _said(
            "SAHIWAL: A coal plant run by a Chinese firm has asked for payment, saying it could "
            "not buy coal."
        ) == [("A coal plant run by a Chinese firm", "saying", "it could not buy coal")]
