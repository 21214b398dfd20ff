"""Tests for statement extraction: one fictional sentence (or article) per rule, and the sample."""

import datetime as dt
import json
import time
from importlib import resources
from pathlib import Path

import pytest

from cpecdata.extract._text import sentences
from cpecdata.extract.statements import extract_statements
from cpecdata.model import Actor, Article, Granularity, Statement, StatementKind
from cpecdata.rawformat import parse_text

DATA = Path(__file__).parent / "data" / "statements"
DIRECT, INDIRECT = StatementKind.DIRECT, StatementKind.INDIRECT


def article(
    *paragraphs: str, headline: str = "Fictional news", date: str = "2022-11-21"
) -> Article:
    """A fictional article in the raw format, parsed."""
    text = f" date {date} {headline}\n\n" + "\n\n".join(paragraphs) + "\n"
    (parsed,) = parse_text(text, "fixture.txt")
    assert isinstance(parsed, Article)
    return parsed


def read(art: Article) -> tuple[Statement, ...]:
    """Extract statements, checking the span invariant through Article's own validation."""
    found = extract_statements(art, sentences(art))
    for statement in found:
        assert art.source[statement.span.start : statement.span.end] == statement.text
    return found


def said(*paragraphs: str, **kwargs: str) -> list[tuple[str, StatementKind, str | None, str]]:
    """(speaker name, kind, verb, text) of each statement of a fictional article."""
    return [(s.speaker.name, s.kind, s.verb, s.text) for s in read(article(*paragraphs, **kwargs))]


class TestSample:
    def test_bundled_sample_gives_eight_statements_by_the_spokesperson(self) -> None:
        """The issue's acceptance example: 8 statements by Mao Ning, 2 direct and 6 indirect."""
        source = resources.files("cpecdata") / "data" / "000_83d993cbec17adfe.txt"
        (art,) = parse_text(source.read_text(encoding="utf-8"), "sample")
        assert isinstance(art, Article)
        found = read(art)
        mao = Actor("Mao Ning", "Spokesperson", "Foreign Ministry", "China")
        assert [s.speaker for s in found] == [mao] * 8
        assert [(s.kind, s.verb) for s in found] == [
            (INDIRECT, "stated"),
            (DIRECT, "said"),
            (INDIRECT, "remarked"),
            (INDIRECT, "informed"),
            (INDIRECT, "said"),
            (DIRECT, "added"),
            (INDIRECT, "said"),
            (INDIRECT, "said"),
        ]
        assert [s.text for s in found] == [
            art.paragraphs[0].text.removesuffix("."),  # the backward "This was stated by" one
            "CPEC is the flagship project for China-Pakistan cooperation. It has made tangible "
            "contributions to the social economic development in Pakistan and regional "
            "interconnectivity",
            "in recent years, the two sides had expanded cooperation under the CPEC and notable "
            "progress had been made in such areas as green development, industrial development, "
            "Information Technology development and health",
            "the first meeting of the joint working group on Information Technology (IT) was held",
            "China donated the solar equipment to Baluchistan province, and a green project in "
            "Gwadar port also made progress",
            "We also made COVID containment jointly.",
            "the Chinese side was ready to work with Pakistan together to implement the important "
            "consensus of both leaders",
            "China is ready to collaborate with Pakistan for making CPEC a demonstrative project "
            "for high-quality cooperation under the Belt and Road",
        ]
        when = found[0].when
        assert when is not None
        assert (when.text, when.start, when.end, when.granularity) == (
            "on Monday",
            dt.date(2022, 11, 21),
            dt.date(2022, 11, 21),
            Granularity.DAY,
        )
        assert [s.when for s in found[1:]] == [None] * 7


class TestFixtures:
    @pytest.mark.parametrize("name", sorted(p.stem for p in DATA.glob("*.txt")))
    def test_fixture_article_gives_its_expected_statements(self, name: str) -> None:
        """Whole fictional articles exercise the rules together, compared field by field."""
        (art,) = parse_text((DATA / f"{name}.txt").read_text(encoding="utf-8"), name)
        assert isinstance(art, Article)
        expected = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        got = [
            {
                "speaker": [s.speaker.name, s.speaker.role, s.speaker.organization,
                            s.speaker.country, s.speaker.named],
                "kind": s.kind.value,
                "verb": s.verb,
                "text": s.text,
                "when": s.when.start.isoformat() if s.when and s.when.start else None,
            }
            for s in read(art)
        ]  # fmt: skip
        assert got == expected


class TestDirectQuotes:
    def test_quote_then_pronoun_speaker(self) -> None:
        """``“…,” she said`` is the commonest direct form; the pronoun names the last speaker."""
        assert said(
            "Ambassador Sara Malik opened the meeting.",
            "“Trade is growing fast,” she said.",
        ) == [("Sara Malik", DIRECT, "said", "Trade is growing fast")]

    def test_speaker_then_colon_and_quote(self) -> None:
        """``He said: “…”`` puts the speaker first."""
        assert said("Minister Bilal Khan said: “The road will open in May.”") == [
            ("Bilal Khan", DIRECT, "said", "The road will open in May.")
        ]

    def test_inverted_verb_after_quote(self) -> None:
        """``“…,” said Name, role`` names the speaker after the verb."""
        assert said("“We are on schedule,” said Chairman Tariq Javed of the port authority.") == [
            ("Tariq Javed", DIRECT, "said", "We are on schedule")
        ]

    def test_quote_spanning_sentences_is_one_statement(self) -> None:
        """A quotation of several sentences is one statement, whatever the sentence splitter."""
        assert said("“The plant is ready. It will run next week,” Engineer Asma Noor said.") == [
            ("Asma Noor", DIRECT, "said", "The plant is ready. It will run next week")
        ]

    def test_straight_quotes_work_like_curly_ones(self) -> None:
        """Many scraped articles use straight quotes."""
        assert said('"The zone is open," Governor Hamid Ali said.') == [
            ("Hamid Ali", DIRECT, "said", "The zone is open")
        ]

    def test_paragraph_that_is_one_quote_goes_on_the_quote_before(self) -> None:
        """``“A,” X told CGTN.`` ¶ ``“B. C.”``: the unattributed quote paragraph is X's too."""
        assert said(
            "“The depot is ready,” Bilal Ahmed Rind, Pakistan's Minister of State for IT,"
            " told CGTN.",
            "“We want 5,000 people certified by 2028. That is within reach.”",
        ) == [
            ("Bilal Ahmed Rind", DIRECT, "told", "The depot is ready"),
            ("Bilal Ahmed Rind", DIRECT, "told",
             "We want 5,000 people certified by 2028. That is within reach."),
        ]  # fmt: skip

    def test_quote_continued_in_next_paragraph_keeps_its_speaker(self) -> None:
        """An unclosed quote reopened at the next paragraph goes on in the same voice."""
        assert said(
            "Minister Bilal Khan said: “The road will open in May.",
            "“It will cut travel time by half,” he said.",
        ) == [
            ("Bilal Khan", DIRECT, "said", "The road will open in May."),
            ("Bilal Khan", DIRECT, "said", "It will cut travel time by half"),
        ]

    def test_open_quote_waits_for_the_paragraph_that_attributes_it(self) -> None:
        """``“A`` ¶ ``“B,” he said``: the first paragraph is his too."""
        assert said(
            "Minister Bilal Khan visited the site.",
            "“The road is nearly done",
            "“And the bridge is next,” he said.",
        ) == [
            ("Bilal Khan", DIRECT, "said", "The road is nearly done"),
            ("Bilal Khan", DIRECT, "said", "And the bridge is next"),
        ]

    def test_interrupted_quote_gives_two_statements(self) -> None:
        """``“A,” he said, “B.”``: the guidelines count each part."""
        assert said("“We are ready,” Minister Bilal Khan said, “and so is China.”") == [
            ("Bilal Khan", DIRECT, "said", "We are ready"),
            ("Bilal Khan", DIRECT, "said", "and so is China."),
        ]

    def test_tweet_is_a_direct_statement(self) -> None:
        """Tweets quoted in articles are statements by their author."""
        assert said("“Landed in Urumqi for talks,” Senator Rafi Dar said in a tweet.") == [
            ("Rafi Dar", DIRECT, "said", "Landed in Urumqi for talks")
        ]

    def test_single_quotes_quote_but_apostrophes_do_not(self) -> None:
        """Some outlets quote with single marks; ``Pakistan's`` must not open a quote."""
        assert said(
            "Pakistan's envoy Ms Rabia Saeed said: 'We are ready.'",
            "‘The corridor is our future,’ Minister Asad Raza said.",
        ) == [
            ("Rabia Saeed", DIRECT, "said", "We are ready."),
            ("Asad Raza", DIRECT, "said", "The corridor is our future"),
        ]

    def test_called_a_quote_is_direct_but_called_without_quote_is_not(self) -> None:
        """``called X a “milestone”`` quotes words; ``called on X`` reports nothing."""
        assert said(
            "Minister Bilal Khan called the accord a “milestone for the region.”",
            "Minister Bilal Khan called on investors to come.",
        ) == [("Bilal Khan", DIRECT, "called", "milestone for the region.")]

    def test_what_someone_called_is_a_scare_quote(self) -> None:
        """``praised what she called a “win-win” model``: a phrase in scare quotes says nothing."""
        assert said(
            "Minister Sara Khan praised what she called a “win-win” model.",
            "The envoy hailed what the minister called the “golden” years of trade.",
            "Minister Sara Khan called the loan a “lifeline”.",
        ) == [("Sara Khan", DIRECT, "called", "lifeline")]


class TestReportedSpeech:
    def test_said_that_clause(self) -> None:
        """``X said that …``: the clause without ``that`` and without the final period."""
        assert said("Minister Bilal Khan said that the road would open in May.") == [
            ("Bilal Khan", INDIRECT, "said", "the road would open in May")
        ]

    def test_zero_that_clause(self) -> None:
        """``X said the road …`` reports a clause without ``that``."""
        assert said("Minister Bilal Khan said the road would open in May.") == [
            ("Bilal Khan", INDIRECT, "said", "the road would open in May")
        ]

    def test_weak_verb_needs_a_clause(self) -> None:
        """``stressed the need`` has no content; ``stressed that …`` has."""
        assert said(
            "Minister Bilal Khan stressed the need for more trains.",
            "Minister Bilal Khan stressed that trains must run on time.",
        ) == [("Bilal Khan", INDIRECT, "stressed", "trains must run on time")]

    def test_told_reporters_skips_the_audience(self) -> None:
        """``told reporters (that) …``: the object is not part of what was said."""
        assert said("Minister Bilal Khan told reporters the tunnel was finished.") == [
            ("Bilal Khan", INDIRECT, "told", "the tunnel was finished")
        ]

    @pytest.mark.parametrize(
        "aside",
        ["while talking to the media", "in his address", "during his meeting with Envoy Zhou Bo",
         "addressing the ceremony", "on this occasion", "here on Monday",
         "presiding over a meeting here"],
    )  # fmt: skip
    def test_adverbial_without_commas_between_subject_and_verb(self, aside: str) -> None:
        """``X while talking to the media said B`` (agency style): X, past the adverbial."""
        assert said(f"Minister Bilal Khan {aside} said that the tunnel was finished.") == [
            ("Bilal Khan", INDIRECT, "said", "the tunnel was finished")
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [("Officials here said the tunnel was finished.", "Officials"),
         ("Minister Bilal Khan said here on Monday the tunnel was finished.", "Bilal Khan"),
         ("Minister Bilal Khan said here the tunnel was finished.", "Bilal Khan")],
    )  # fmt: skip
    def test_here_around_the_verb(self, sentence: str, speaker: str) -> None:
        """Agency ``here`` (``Officials here said``, ``said here on Monday B``) is skipped."""
        assert said(sentence) == [(speaker, INDIRECT, "said", "the tunnel was finished")]

    def test_group_keeps_its_clause_with_an_adverbial_word(self) -> None:
        """``The people who spoke during the meeting said``: the group as written, all of it."""
        assert said("The people who spoke during the meeting said the tunnel was finished.") == [
            ("The people who spoke during the meeting", INDIRECT, "said", "the tunnel was finished")
        ]

    def test_told_a_long_addressee_that(self) -> None:
        """``told the gathering of traders and … from Sialkot that B``: the addressee is skipped."""
        assert said(
            "Addressing the ceremony, Minister Bilal Khan told the gathering of traders and "
            "industrialists from fictional Sialkot that exports would rise."
        ) == [("Bilal Khan", INDIRECT, "told", "exports would rise")]

    def test_that_after_a_verb_is_inside_the_zero_that_clause(self) -> None:
        """``told reporters the plant would open after the tests that B``: all of it is reported."""
        assert said(
            "Minister Bilal Khan told reporters the plant would open after the tests that "
            "engineers ran."
        ) == [
            ("Bilal Khan", INDIRECT, "told",
             "the plant would open after the tests that engineers ran"),
        ]  # fmt: skip

    def test_clause_before_the_frame(self) -> None:
        """``…, the minister said.`` reports the clause in front of it."""
        assert said(
            "Minister Bilal Khan arrived.", "The tunnel is finished, the minister said."
        ) == [("Bilal Khan", INDIRECT, "said", "The tunnel is finished")]

    def test_interrupted_clause_gives_two_statements(self) -> None:
        """``A, he said, B``: each half is an entry."""
        assert said(
            "Minister Bilal Khan arrived.",
            "Work on the tunnel is done, he said, with the road to follow next year.",
        ) == [
            ("Bilal Khan", INDIRECT, "said", "Work on the tunnel is done"),
            ("Bilal Khan", INDIRECT, "said", "with the road to follow next year"),
        ]

    def test_interrupted_clause_goes_on_after_and_a_new_subject(self) -> None:
        """``A, he added, and the utility promised B``: B is his second statement, without 'and'."""
        assert said(
            "Minister Bilal Khan arrived.",
            "The council asked for a feeder, he added, and the utility promised it by June.",
            "The road is open, he said, and called for calm.",
        ) == [
            ("Bilal Khan", INDIRECT, "added", "The council asked for a feeder"),
            ("Bilal Khan", INDIRECT, "added", "the utility promised it by June"),
            ("Bilal Khan", INDIRECT, "said", "The road is open"),
        ]

    @pytest.mark.parametrize(
        ("frame", "verb"),
        [
            ("his aides were quick to tell reporters that", "tell"),
            ("his aides went on record to say that", "say"),
            ("his aides took to social media to say that", "say"),
        ],
    )
    def test_verb_inside_a_lead_in_is_the_subjects(self, frame: str, verb: str) -> None:
        """``X were quick to tell reporters that A``: the lead-in stands between X and its verb."""
        assert said(f"After the talks in Kashgar, {frame} the visit had opened new doors.") == [
            ("his aides", INDIRECT, verb, "the visit had opened new doors")
        ]

    def test_adding_that_continues_the_speaker(self) -> None:
        """``X said A, adding that B`` gives two statements by X."""
        assert said(
            "Minister Bilal Khan said the tunnel was done, adding that the road would follow."
        ) == [
            ("Bilal Khan", INDIRECT, "said", "the tunnel was done"),
            ("Bilal Khan", INDIRECT, "adding", "the road would follow"),
        ]

    @pytest.mark.parametrize(
        ("verb", "tail"),
        [("pointing out", "the quarry had been fenced"), ("making it clear", "no fee was due")],
    )
    def test_two_word_participle_continues_the_speaker(self, verb: str, tail: str) -> None:
        """``X said A, pointing out that B``: a two-word participle is a second statement by X."""
        assert said(f"Engineer Tahira Shaikh said the dam was safe, {verb} that {tail}.") == [
            ("Tahira Shaikh", INDIRECT, "said", "the dam was safe"),
            ("Tahira Shaikh", INDIRECT, verb, tail),
        ]

    @pytest.mark.parametrize("link", ["while", "besides"])
    def test_participle_after_while_continues_the_speaker(self, link: str) -> None:
        """``X said A, while stressing that B``: the participle is X's second statement."""
        assert said(
            f"Engineer Tahira Shaikh said the dam was safe, {link} noting that it leaked."
        ) == [
            ("Tahira Shaikh", INDIRECT, "said", "the dam was safe"),
            ("Tahira Shaikh", INDIRECT, "noting", "it leaked"),
        ]

    def test_and_added_after_a_noun_phrase_keeps_the_speaker(self) -> None:
        """``X said A of Chinese staff and added that B``: no subject ends in ``and``."""
        assert said(
            "Imran Sheikh said the province would guarantee the security of Chinese technicians "
            "and added that a new clinic would open in Thatta."
        ) == [
            (
                "Imran Sheikh",
                INDIRECT,
                "said",
                "the province would guarantee the security of Chinese technicians",
            ),
            ("Imran Sheikh", INDIRECT, "added", "a new clinic would open in Thatta"),
        ]

    def test_said_and_added_a_quote(self) -> None:
        """``A, she said and added, “B”`` mixes reported and direct speech."""
        assert said(
            "Ambassador Sara Malik spoke first.",
            "The port has grown, she said and added, “We are proud of it.”",
        ) == [
            ("Sara Malik", INDIRECT, "said", "The port has grown"),
            ("Sara Malik", DIRECT, "added", "We are proud of it."),
        ]

    def test_according_to_a_source(self) -> None:
        """``According to X, …`` attributes the clause after the comma."""
        assert said("According to the Ministry of Railways, the line will open in June.") == [
            ("Ministry of Railways", INDIRECT, "According to", "the line will open in June")
        ]

    def test_outlet_that_saw_a_document_or_reports_alone(self) -> None:
        """``a circular seen by Dawn`` speaks as written; ``…, Samaa News reported`` is Samaa's."""
        assert said(
            "The depot will open a desk for Chinese firms, according to a circular seen by Dawn.",
            "The province has decided to extend the bus line to Malir, Samaa News reported.",
        ) == [
            (
                "a circular seen by Dawn",
                INDIRECT,
                "according to",
                "The depot will open a desk for Chinese firms",
            ),
            (
                "Samaa News",
                INDIRECT,
                "reported",
                "The province has decided to extend the bus line to Malir",
            ),
        ]

    def test_office_building_or_road_is_no_person(self) -> None:
        """No governor ``House`` nor a person in a road's name: the governor and guest resolve."""
        assert said(
            "A Chinese delegation led by Vice Mayor of Kashgar Li Wenhai arrived in Quetta.",
            "The delegation was received by Balochistan Governor Jamal Khan Mengal at the"
            " Governor House, where they discussed the Quetta-Dera Ismail Khan highway.",
            "The governor said Balochistan offered rich returns. “We are brothers,” the"
            " visiting guest said.",
        ) == [
            ("Jamal Khan Mengal", INDIRECT, "said", "Balochistan offered rich returns"),
            ("Li Wenhai", DIRECT, "said", "We are brothers"),
        ]

    def test_according_to_a_name_and_its_appositive(self) -> None:
        """``According to X, a port official, B``: the appositive is X's, no part of B."""
        assert said(
            "According to Omar Siddiq, a port official, the berth will reopen in June."
        ) == [("Omar Siddiq", INDIRECT, "According to", "the berth will reopen in June")]

    def test_body_with_its_city_speaks_as_written(self) -> None:
        """``The Chinese Consulate General in Lahore said``: the body, its city included."""
        assert said("The Chinese Consulate General in Lahore said it had called the hospital.") == [
            ("Chinese Consulate General in Lahore", INDIRECT, "said", "it had called the hospital")
        ]

    def test_unnamed_source_with_a_country_adjective(self) -> None:
        """``a Chinese project manager in Gilgit told reporters``: the source as written."""
        assert said("“Costs are rising,” a Chinese project manager in Gilgit told reporters.") == [
            ("a Chinese project manager in Gilgit", DIRECT, "told", "Costs are rising")
        ]

    def test_pronoun_after_an_unnamed_speaker_goes_on_with_the_named_opener(self) -> None:
        """An unnamed source spoke, then Minister X opened a sentence: ``A, he said`` is X's."""
        assert said(
            "“Costs are rising,” a Chinese site manager told reporters.",
            "Transport Minister Bilal Khan defended the rules. Every driver must be vetted,"
            " he said.",
        ) == [
            ("a Chinese site manager", DIRECT, "told", "Costs are rising"),
            ("Bilal Khan", INDIRECT, "said", "Every driver must be vetted"),
        ]

    def test_counted_source_is_taken_up_later(self) -> None:
        """``two people familiar with …`` then ``one of the people said``: that member speaks."""
        assert said(
            "The envoy will visit Quetta in May, according to two people familiar with the plans.",
            "He will then fly to Gwadar, one of the people said.",
        ) == [
            ("two people familiar with the plans", INDIRECT, "according to",
             "The envoy will visit Quetta in May"),
            ("one of the people", INDIRECT, "said", "He will then fly to Gwadar"),
        ]  # fmt: skip

    def test_counted_group_opening_its_sentence_goes_on_saying(self) -> None:
        """``Hundreds of farmers blocked X, saying B``: the group as written says B."""
        assert said(
            "Hundreds of farmers blocked the road into Turbat on Monday, saying the canal would"
            " dry their fields."
        ) == [("Hundreds of farmers", INDIRECT, "saying", "the canal would dry their fields")]

    def test_quote_before_according_to(self) -> None:
        """``“A,” according to X, an analyst at Y``: a direct quote, without its marks."""
        assert said(
            "“The line is ready,” according to Ali Raza, an analyst at Fictional Securities."
        ) == [("Ali Raza", DIRECT, "according to", "The line is ready")]

    def test_according_to_a_pronoun(self) -> None:
        """``According to him, …`` attributes the clause to the man last speaking."""
        assert said(
            "Minister Bilal Khan said the road was ready.",
            "According to him, the bridge will open in June.",
        ) == [
            ("Bilal Khan", INDIRECT, "said", "the road was ready"),
            ("Bilal Khan", INDIRECT, "According to", "the bridge will open in June"),
        ]

    def test_opening_participle_takes_the_main_speaker(self) -> None:
        """``Saying A is true, he said B``: both belong to the main clause's subject."""
        assert said(
            "Minister Bilal Khan arrived.",
            "Saying the dam is safe, he said that the lake would fill in spring.",
        ) == [
            ("Bilal Khan", INDIRECT, "Saying", "the dam is safe"),
            ("Bilal Khan", INDIRECT, "said", "the lake would fill in spring"),
        ]

    def test_backward_attribution_gives_the_preceding_sentence(self) -> None:
        """Backward attribution (``This was stated by X``) gives X the claim before it."""
        found = read(
            article(
                "The two sides will open a new trade route.",
                "This was stated by Foreign Ministry Spokesperson Lin Feng on Monday.",
            )
        )
        assert [(s.speaker.name, s.kind, s.verb, s.text) for s in found] == [
            ("Lin Feng", INDIRECT, "stated", "The two sides will open a new trade route")
        ]
        assert found[0].when is not None
        assert (found[0].when.text, found[0].when.start) == ("on Monday", dt.date(2022, 11, 21))

    @pytest.mark.parametrize(
        ("frame", "verb"),
        [
            ("Spokesperson Lin Feng made the remarks at a regular press briefing.",
             "made the remarks"),
            ("Spokesperson Lin Feng made these comments while meeting a delegation.",
             "made these comments"),
            ("These views were expressed by Spokesperson Lin Feng at a briefing.", "expressed"),
        ],
    )  # fmt: skip
    def test_remarks_made_or_views_expressed_give_the_preceding_sentence(
        self, frame: str, verb: str
    ) -> None:
        """``X made the remarks at …``, ``These views were expressed by X``: the claim before."""
        assert said("The two sides will open a new trade route.", frame) == [
            ("Lin Feng", INDIRECT, verb, "The two sides will open a new trade route")
        ]

    def test_backward_attribution_to_a_title_then_a_name_or_a_surname(self) -> None:
        """``by TITLE of the ORG, NAME,`` gives NAME; ``by Rind while …`` the Rind met before."""
        found = read(
            article(
                "The berth will open in May. This was stated by Deputy Director Sales of the"
                " Karachi Port Trust, Ayesha Noor Lashari, during the hearing.",
                "Sindh Revenue Minister Bilal Ahmed Rind met traders. Stamp duty will be cut by"
                " half. This was stated by Rind while talking to reporters at the Secretariat.",
            )
        )
        assert [(s.speaker, s.text) for s in found] == [
            (
                Actor("Ayesha Noor Lashari", "Deputy Director Sales", "Karachi Port Trust"),
                "The berth will open in May",
            ),
            (
                Actor("Bilal Ahmed Rind", "Revenue Minister", "Sindh", "Pakistan"),
                "Stamp duty will be cut by half",
            ),
        ]

    def test_backward_attribution_of_a_paragraph_that_is_one_quotation(self) -> None:
        """``“A.”`` then ``This was stated by X``: X says A directly, without its marks."""
        assert said(
            "“Pakistan stands by every fictional worker, and the culprits will be caught.”",
            "This was stated by Interior Minister Amna Rafiq in Islamabad on Monday.",
        ) == [
            ("Amna Rafiq", DIRECT, "stated",
             "Pakistan stands by every fictional worker, and the culprits will be caught."),
        ]  # fmt: skip

    def test_backward_speaker_who_said_says_the_relative_clause_too(self) -> None:
        """Backward ``stated by X, a trader, who said B``: the sentence before and B are X's."""
        assert said(
            "Date exports have doubled in a year.",
            "This was stated by Li Bo, a trader, who said his firm would open a plant in Turbat.",
            "Prices fell. This was stated by Ali Raza, who visited Sukkur on Monday.",
        ) == [
            ("Li Bo", INDIRECT, "stated", "Date exports have doubled in a year"),
            ("Li Bo", INDIRECT, "said", "his firm would open a plant in Turbat"),
            ("Ali Raza", INDIRECT, "stated", "Prices fell"),
        ]

    def test_said_this_gives_the_preceding_sentence(self) -> None:
        """``said this while …`` and ``expressed these views`` look back; ``said this was`` not."""
        assert said(
            "Minister Bilal Khan opened the plant.",
            "The grid needs more power. He said this while addressing the workers.",
            "Trade must double. He expressed these views at a seminar.",
            "He said this was a good day.",
        ) == [
            ("Bilal Khan", INDIRECT, "said", "The grid needs more power"),
            ("Bilal Khan", INDIRECT, "expressed these views", "Trade must double"),
            ("Bilal Khan", INDIRECT, "said", "this was a good day"),
        ]

    def test_of_the_view_that(self) -> None:
        """``was of the view that …`` is how Pakistani English often reports an opinion."""
        assert said(
            "Minister Bilal Khan was of the view that the zones would attract investors."
        ) == [("Bilal Khan", INDIRECT, "was of the view", "the zones would attract investors")]

    def test_time_between_verb_and_clause(self) -> None:
        """``said on Monday the road …`` and ``said last year the …``: the time is no content."""
        assert said(
            "Minister Bilal Khan said on Monday the road was open.",
            "Minister Bilal Khan said last year the dam would be ready.",
        ) == [
            ("Bilal Khan", INDIRECT, "said", "the road was open"),
            ("Bilal Khan", INDIRECT, "said", "the dam would be ready"),
        ]

    def test_participle_after_a_dated_frame_is_no_statement(self) -> None:
        """``A, X said on Sunday, ending B``: A is reported; the participle clause is not."""
        assert said(
            "The tunnel reopened to cars, the highway authority said on Sunday, ending a week"
            " of detours.",
            "Minister Bilal Khan said on Monday nothing had changed at the depot.",
        ) == [
            ("the highway authority", INDIRECT, "said", "The tunnel reopened to cars"),
            ("Bilal Khan", INDIRECT, "said", "nothing had changed at the depot"),
        ]

    def test_speaker_of_a_relative_clause_is_the_phrase_before_who(self) -> None:
        """``…, who say that B``: the group or person before ``, who`` reports B."""
        assert said(
            "The toll angered local bus drivers, who say that it halves their earnings.",
            "The rule affects Chinese importers, who say delays have doubled at the depot.",
            "The plan was backed by Transport Minister Bilal Khan, who said it would cut fares.",
        ) == [
            ("local bus drivers", INDIRECT, "say", "it halves their earnings"),
            ("Chinese importers", INDIRECT, "say", "delays have doubled at the depot"),
            ("Bilal Khan", INDIRECT, "said", "it would cut fares"),
        ]

    def test_relative_clause_after_a_named_persons_appositive(self) -> None:
        """``led by X, chief executive of the 1,320MW plant, who said B``: X reports B."""
        assert said(
            "The side was led by Zhou Bo, chief executive of the 1,320MW fictional power plant, "
            "who said the firms had already accepted a lower return."
        ) == [("Zhou Bo", INDIRECT, "said", "the firms had already accepted a lower return")]

    def test_nested_statement_gets_its_own_entry(self) -> None:
        """``X said the ministry issued a statement saying Y``: one entry per level."""
        assert said(
            "Minister Bilal Khan said the Ministry of Commerce issued a statement saying that "
            "exports had doubled."
        ) == [
            (
                "Bilal Khan",
                INDIRECT,
                "said",
                "the Ministry of Commerce issued a statement saying that exports had doubled",
            ),
            ("Ministry of Commerce", INDIRECT, "saying", "exports had doubled"),
        ]

    def test_document_speaks_for_its_issuer(self) -> None:
        """``a Foreign Office statement said``, then ``the statement said``: the document speaks."""
        assert said(
            "The talks will start on Monday, a Foreign Office statement said.",
            "The ministers will also sign an accord, the statement said.",
        ) == [
            ("a Foreign Office statement", INDIRECT, "said", "The talks will start on Monday"),
            ("a Foreign Office statement", INDIRECT, "said",
             "The ministers will also sign an accord"),
        ]  # fmt: skip

    def test_time_of_speaking_is_resolved(self) -> None:
        """``said on Sunday`` dates the statement against the article date."""
        (found,) = read(article("Minister Bilal Khan said on Sunday that the road was open."))
        assert found.when is not None
        assert (found.when.text, found.when.start) == ("on Sunday", dt.date(2022, 11, 20))
        assert found.text == "the road was open"

    def test_country_speaks_as_itself(self) -> None:
        """``China has said that …``: a country is a speaker, by its own name."""
        found = read(article("China has said that the corridor is open to other countries."))
        assert [(s.speaker, s.verb, s.text) for s in found] == [
            (Actor("China", country="China"), "said", "the corridor is open to other countries")
        ]

    def test_outlet_counts_only_as_the_sole_source(self) -> None:
        """``…, APP reported`` gives APP the claim, unless someone else in it said it."""
        assert said(
            "The port will open in May, APP reported.",
            "Minister Bilal Khan said the road was ready, Xinhua reported.",
        ) == [
            ("APP", INDIRECT, "reported", "The port will open in May"),
            ("Bilal Khan", INDIRECT, "said", "the road was ready"),
        ]

    def test_time_of_an_appositive_is_not_the_time_of_speaking(self) -> None:
        """``X, who visited in May, said`` does not date the statement to May."""
        (found,) = read(
            article("Minister Bilal Khan, who toured the site early this month, said it was safe.")
        )
        assert (found.text, found.when) == ("it was safe", None)

    def test_unlisted_audience_before_an_adverbial_is_no_clause(self) -> None:
        """``CLAUSE, X told investors on a call``: the audience is skipped, the clause is before."""
        assert said(
            "The terminal handled more cargo in the first half, Chairman Li Wenbo told"
            " analysts on a conference call on Monday.",
            "Chairman Li Wenbo told reporters prices in the city had risen.",
        ) == [
            ("Li Wenbo", INDIRECT, "told", "The terminal handled more cargo in the first half"),
            ("Li Wenbo", INDIRECT, "told", "prices in the city had risen"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "text"),
        [
            ("Governor Li Wei said the fictional depot was ready and invited traders to use it.",
             "the fictional depot was ready"),
            ("Governor Li Wei said the fictional board had approved the depot and invited bids.",
             "the fictional board had approved the depot and invited bids"),
        ],
    )  # fmt: skip
    def test_speakers_own_next_act_ends_the_clause(self, sentence: str, text: str) -> None:
        """``said A and invited B``: the speaker's own act, unless a perfect in A shares it."""
        assert said(sentence) == [("Li Wei", INDIRECT, "said", text)]


class TestQuestionsAndAnswers:
    def test_question_turn_with_the_askers_name_and_outlet(self) -> None:
        """``Question (X, PTV News): …?`` and ``Q (X, APP):`` are question turns, no statements."""
        assert said(
            "Spokesperson Nida Rauf: Good afternoon. We welcome the fictional minister.",
            "Question (Rehana Sial, PTV News): Is the minister expected in Beijing next month?",
            "Spokesperson: The dates are being worked out.",
            "Q (Ali Raza, APP): Any update on the fictional railway?",
            "Spokesperson: We will share it soon.",
        ) == [
            ("Nida Rauf", DIRECT, None, "Good afternoon. We welcome the fictional minister."),
            ("Nida Rauf", DIRECT, None, "The dates are being worked out."),
            ("Nida Rauf", DIRECT, None, "We will share it soon."),
        ]

    def test_answers_go_to_the_spokesperson_of_the_headline(self) -> None:
        """Press-conference transcripts print answers as ``A:`` paragraphs without a verb."""
        found = read(
            article(
                "Q: Will the talks go ahead?",
                "A: Yes. Both sides are ready.",
                headline="Foreign Ministry Spokesperson Lin Feng's Regular Press Conference",
            )
        )
        assert [(s.speaker.name, s.speaker.role, s.kind, s.verb, s.text) for s in found] == [
            ("Lin Feng", "Spokesperson", DIRECT, None, "Yes. Both sides are ready.")
        ]

    def test_answer_goes_on_until_the_next_question(self) -> None:
        """Long answers run over several paragraphs; only a new ``Q:`` ends them."""
        found = read(
            article(
                "Q: Will the talks go ahead?",
                "A: Yes.",
                "We have always supported them.",
                "Q: When?",
                "Soon, we hope.",
                headline="Foreign Ministry Spokesperson Lin Feng's Regular Press Conference",
            )
        )
        assert [(s.speaker.name, s.text) for s in found] == [
            ("Lin Feng", "Yes."),
            ("Lin Feng", "We have always supported them."),
        ]

    def test_narration_after_an_answer_ends_it(self) -> None:
        """A paragraph that reports the spokesperson in the third person is no answer of hers."""
        found = read(
            article(
                "Q: Will the talks go ahead?",
                "A: Yes. Both sides are ready.",
                "Lin said China would keep working with Pakistan on the Lotus Canal.",
                "She added that the next round would be held in Beijing.",
                headline="Foreign Ministry Spokesperson Lin Feng's Regular Press Conference",
            )
        )
        assert [(s.speaker.name, s.kind, s.verb, s.text) for s in found] == [
            ("Lin Feng", DIRECT, None, "Yes. Both sides are ready."),
            ("Lin Feng", INDIRECT, "said",
             "China would keep working with Pakistan on the Lotus Canal"),
            ("Lin Feng", INDIRECT, "added", "the next round would be held in Beijing"),
        ]  # fmt: skip

    def test_turns_labelled_with_a_name_go_to_that_person(self) -> None:
        """``Wu Lin:`` turns are Wu Lin's, up to the next ``Reporter:`` turn, which says nothing."""
        found = read(
            article(
                "Wu Lin: Good morning. I have one announcement.",
                "The Kunming fair opens on May 3.",
                "Reporter: Will Pakistani firms attend?",
                "Wu Lin: Yes, forty have registered.",
                headline="Regular Press Conference of the Ministry of Commerce",
            )
        )
        assert [(s.speaker.name, s.verb, s.text) for s in found] == [
            ("Wu Lin", None, "Good morning. I have one announcement."),
            ("Wu Lin", None, "The Kunming fair opens on May 3."),
            ("Wu Lin", None, "Yes, forty have registered."),
        ]

    def test_outlet_turns_ask_and_the_headline_spokesperson_answers(self) -> None:
        """``CCTV: …?`` then ``Lin Feng: …``: with no Q/A labels, the named turns answer."""
        found = read(
            article(
                "CCTV: The fictional railway was delayed again. What is China's comment?",
                "Lin Feng: China and Pakistan are all-weather partners.",
                "We will work with Pakistan on the railway.",
                "AFP: Will the premier visit Pakistan?",
                "Lin Feng: I have nothing to release at the moment.",
                headline="Foreign Ministry Spokesperson Lin Feng's Regular Press Conference",
            )
        )
        assert [(s.speaker.name, s.verb, s.text) for s in found] == [
            ("Lin Feng", None, "China and Pakistan are all-weather partners."),
            ("Lin Feng", None, "We will work with Pakistan on the railway."),
            ("Lin Feng", None, "I have nothing to release at the moment."),
        ]

    def test_opening_remarks_of_a_briefing_go_to_its_spokesperson(self) -> None:
        """Remarks in the first person before a briefing's first question are the spokesperson's."""
        found = read(
            article(
                "Good afternoon. I will begin with the minister's trip to Urumqi.",
                "Secondly, the trade talks ended on Monday.",
                "Question: Is the trip confirmed?",
                "Answer: It is.",
                headline="Weekly Press Briefing by Spokesperson Sana Rauf",
            )
        )
        assert [(s.speaker.name, s.text) for s in found] == [
            ("Sana Rauf", "Good afternoon. I will begin with the minister's trip to Urumqi."),
            ("Sana Rauf", "Secondly, the trade talks ended on Monday."),
            ("Sana Rauf", "It is."),
        ]

    def test_only_named_people_are_reported_inside_an_answer(self) -> None:
        """An answer's ``the two sides agreed that`` is the answerer's words; a minister's isn't."""
        found = read(
            article(
                "Q: Is the loan signed?",
                "A: The two sides have agreed that the first tranche will be paid in May. "
                "Minister Ali Shah said the rest would follow.",
                headline="Foreign Ministry Spokesperson Lin Feng's Regular Press Conference",
            )
        )
        assert [(s.speaker.name, s.verb, s.text) for s in found] == [
            ("Lin Feng", None, "The two sides have agreed that the first tranche will be paid in "
             "May. Minister Ali Shah said the rest would follow."),
            ("Ali Shah", "said", "the rest would follow"),
        ]  # fmt: skip

    def test_interview_answers_go_to_the_interviewee(self) -> None:
        """``A:`` answers after an intro quoting one person are that person's, not a spokesman's."""
        found = read(
            article(
                "“We open in June,” Liu Qiang, the mill's manager, told the Gazette.",
                "Excerpts from the interview follow.",
                "Q: Who are your buyers?",
                "A: Mostly local textile firms.",
            )
        )
        assert [(s.speaker.name, s.verb, s.text) for s in found] == [
            ("Liu Qiang", "told", "We open in June"),
            ("Liu Qiang", None, "Mostly local textile firms."),
        ]


class TestSpeakers:
    def test_pronoun_skips_a_speaker_of_the_other_gender(self) -> None:
        """``she`` goes to the last speaker not already known as ``he``."""
        assert said(
            "Ambassador Sara Malik said the talks went well.",
            "Minister Bilal Khan said he agreed, and he said the road was open.",
            "Trade will double, she said.",
        )[-1] == ("Sara Malik", INDIRECT, "said", "Trade will double")

    @pytest.mark.parametrize(
        ("role", "short"),
        [
            ("District Police Officer", "DPO"),
            ("Inspector-General of Police", "IGP"),
            ("Senior Superintendent of Police", "SSP"),
            ("Karachi Station House Officer", "SHO"),
        ],
    )
    def test_abbreviated_role_resolves_to_the_person(self, role: str, short: str) -> None:
        """``the DPO told Dawn by phone`` is the District Police Officer named before."""
        assert said(
            f"{role} Omar Daud toured the fictional camp.",
            f"“The workers are safe,” the {short} told the paper by phone.",
        ) == [("Omar Daud", DIRECT, "told", "The workers are safe")]

    @pytest.mark.parametrize("tag", ["", "(Fictional Wire) May 3 -- ", "(FW) - "])
    def test_listed_company_is_the_holding_named_before(self, tag: str) -> None:
        """``X Holdings' profit rose, the listed company said``; an agency tag is no text."""
        assert said(
            f"{tag}Lotus Cement Holdings' profit rose, the Karachi-listed company said."
        ) == [("Lotus Cement Holdings", INDIRECT, "said", "Lotus Cement Holdings' profit rose")]

    @pytest.mark.parametrize(
        ("body", "noun"), [("Fictional Monetary Fund", "fund"), ("Fictional Frontier Bank", "bank")]
    )
    def test_the_fund_or_bank_is_the_one_named_before(self, body: str, noun: str) -> None:
        """``the fund said`` speaks for the fund named before, as ``the company`` does."""
        assert said(
            f"The {body} ended its review.",
            f"In a statement, the {noun} said the authorities should “avoid new guarantees”.",
        ) == [(body, INDIRECT, "said", "the authorities should “avoid new guarantees”")]

    def test_descriptor_resolves_by_role(self) -> None:
        """``the spokesperson`` is the last speaker whose role fits, not just the last one."""
        assert said(
            "Foreign Office Spokesperson Amna Rafiq said the visit was confirmed.",
            "Minister Bilal Khan said the road was ready.",
            "The spokesperson said the dates were fixed.",
        )[-1] == ("Amna Rafiq", INDIRECT, "said", "the dates were fixed")

    def test_chinese_side_resolves_by_country(self) -> None:
        """``the Chinese side`` is the last Chinese speaker."""
        assert said(
            "Chinese Ambassador Zhou Ming said the plant was ready.",
            "Minister Bilal Khan said the road was ready.",
            "The Chinese side said the loans were approved.",
        )[-1] == ("Zhou Ming", INDIRECT, "said", "the loans were approved")

    def test_words_between_subject_and_verb(self) -> None:
        """``on Tuesday``, ``also``, ``, however,`` may separate a subject from its verb."""
        assert said(
            "Minister Bilal Khan on Tuesday said the road was ready.",
            "The minister, however, said the bridge would take longer.",
        ) == [
            ("Bilal Khan", INDIRECT, "said", "the road was ready"),
            ("Bilal Khan", INDIRECT, "said", "the bridge would take longer"),
        ]

    def test_appositive_between_subject_and_verb(self) -> None:
        """``X, the finance minister, said`` and ``X, who …, said`` are X speaking."""
        found = read(
            article(
                "Dr Sadia Noor, the finance minister, said that inflation was easing.",
                "Minister Bilal Khan, who led the team, said the work was done.",
            )
        )
        assert [(s.speaker.name, s.speaker.role, s.text) for s in found] == [
            ("Sadia Noor", "finance minister", "inflation was easing"),
            ("Bilal Khan", "Minister", "the work was done"),
        ]

    def test_lone_surname_after_a_quote_is_a_speaker(self) -> None:
        """``“…,” Raza said`` names a speaker even if the article never gives the full name."""
        assert said("“The work is on track,” Raza said.") == [
            ("Raza", DIRECT, "said", "The work is on track")
        ]

    def test_surname_maps_to_the_full_name(self) -> None:
        """``Khan said`` after ``Minister Bilal Khan`` is the same person."""
        found = read(
            article(
                "Minister Bilal Khan arrived in Kashgar.",
                "Khan said the border would reopen.",
            )
        )
        assert [s.speaker for s in found] == [Actor("Bilal Khan", role="Minister")]

    def test_cataphoric_descriptor_takes_the_name_given_later(self) -> None:
        """``A foreign ministry spokesman`` named later in the text is that person."""
        assert said(
            "A Chinese foreign ministry spokesman on Tuesday rejected the report, saying the "
            "project was on track.",
            "Spokesman Chen Bo said the work would go on.",
        ) == [
            ("Chen Bo", INDIRECT, "saying", "the project was on track"),
            ("Chen Bo", INDIRECT, "said", "the work would go on"),
        ]

    def test_head_of_an_unnamed_body_is_a_leader_named_later(self) -> None:
        """``the head of a Chinese contractor said`` ¶ ``X, country manager for Y, told``: X."""
        assert said(
            "Work on the fictional line could begin next year, the head of a Chinese contractor "
            "said.",
            "“We are ready,” Zhang Ruo, country manager for Fictional Engineering Group, told "
            "Fictional Asia.",
        ) == [
            ("Zhang Ruo", INDIRECT, "said", "Work on the fictional line could begin next year"),
            ("Zhang Ruo", DIRECT, "told", "We are ready"),
        ]

    def test_unnamed_speaker_stays_a_descriptor(self) -> None:
        """Never invent a name: an anonymous source is kept as written."""
        found = read(article("A senior official of the Ministry of Energy said prices would fall."))
        assert [s.speaker for s in found] == [
            Actor(
                "A senior official of the Ministry of Energy",
                role="senior official",
                organization="Ministry of Energy",
                named=False,
            )
        ]

    def test_anonymous_plural_sources(self) -> None:
        """``Sources said`` and ``Officials told`` are unnamed, plural speakers."""
        assert said(
            "Sources said the army chief would visit Beijing.",
            "Officials told reporters that the loan had been approved.",
        ) == [
            ("Sources", INDIRECT, "said", "the army chief would visit Beijing"),
            ("Officials", INDIRECT, "told", "the loan had been approved"),
        ]

    def test_descriptor_after_a_body_is_not_its_appositive(self) -> None:
        """``…organised by the Karachi Chamber, the ambassador said``: the ambassador speaks."""
        assert said(
            "Pakistan's ambassador to China, Farhan Ali, arrived.",
            "Speaking at a seminar of the Lahore Chamber of Commerce, the ambassador said "
            "exports would grow.",
        ) == [("Farhan Ali", INDIRECT, "said", "exports would grow")]

    def test_body_located_by_a_place(self) -> None:
        """``the Chinese embassy in Islamabad`` is one speaker, its place included."""
        found = read(article("The Chinese embassy in Islamabad said the visit went well."))
        assert [s.speaker for s in found] == [
            Actor(
                "The Chinese embassy in Islamabad",
                organization="embassy",
                country="China",
                named=False,
            )
        ]

    def test_pronoun_after_an_anonymous_speaker_is_that_speaker(self) -> None:
        """``a Chinese diplomat told … He added`` goes on with the diplomat, not an older name."""
        assert said(
            "Minister Bilal Khan met the delegation.",
            "“There is no delay,” a Chinese diplomat told reporters. He added that the plan was "
            "approved.",
        ) == [
            ("a Chinese diplomat", DIRECT, "told", "There is no delay"),
            ("a Chinese diplomat", INDIRECT, "added", "the plan was approved"),
        ]

    def test_doubled_attribution_is_one_statement(self) -> None:
        """``X said that A, he said`` repeats the attribution; it is still one statement."""
        assert said("A PIA spokesperson said that the flight would land at noon, he said.") == [
            ("A PIA spokesperson", INDIRECT, "said", "the flight would land at noon")
        ]

    def test_pronoun_without_antecedent_gives_nothing(self) -> None:
        """A ``he`` that refers to nobody named says nothing about who spoke."""
        assert said("The road will open, he said.") == []


class TestGeneralisation:
    """Speakers of kinds the rules must handle for people and bodies no lexicon knows."""

    def test_according_to_a_surname_met_before(self) -> None:
        """``According to Akhtar,`` reports a claim by the person named in full earlier."""
        assert said(
            "Kamran Akhtar, an economist at a fictional institute in Lahore, studies the corridor.",
            "According to Akhtar, the zone will need a new grid station.",
        )[-1] == (
            "Kamran Akhtar",
            INDIRECT,
            "According to",
            "the zone will need a new grid station",
        )

    def test_according_to_speaker_is_the_next_pronouns_antecedent(self) -> None:
        """``According to Liu, … She said …``: the source just named goes on speaking."""
        assert said(
            "Vice Chairwoman Liu Hua met Minister for Planning Tariq Rana in Gwadar.",
            "According to Liu, financing had been arranged. She said work would start in May.",
        )[-1] == ("Liu Hua", INDIRECT, "said", "work would start in May")

    def test_statement_quoting_someone_as_saying(self) -> None:
        """``The statement quoted Minister X as saying``: X speaks, not the statement."""
        assert said(
            "The statement quoted Commerce Minister Nadia Rana as saying that exports had doubled."
        ) == [("Nadia Rana", INDIRECT, "saying", "exports had doubled")]

    def test_descriptor_with_a_topic_before_a_relative_clause(self) -> None:
        """``An expert on X, who asked not to be named, said``: the expert on X is the source."""
        assert said(
            "A Beijing-based expert on South Asian affairs, who asked not to be named, said the "
            "corridor would survive the delays."
        ) == [
            (
                "A Beijing-based expert on South Asian affairs",
                INDIRECT,
                "said",
                "the corridor would survive the delays",
            )
        ]

    def test_told_reporters_then_a_quote(self) -> None:
        """``told reporters, "China …"``: the object ends at the comma; the quote is direct."""
        assert said('Imran Lodhi told reporters, "China stands ready to help."') == [
            ("Imran Lodhi", DIRECT, "told", "China stands ready to help.")
        ]

    def test_pronoun_skips_projects_and_places(self) -> None:
        """Only people speak: ``She said`` passes over a project named after her speech."""
        assert said(
            "Provincial Minister Nadia Qamar said the Sukkur Riverside Park would open soon.",
            "Engineers at Thar Block Nine said the Indus Valley Expressway was delayed.",
            "She said the budget had been released.",
        )[-1] == ("Nadia Qamar", INDIRECT, "said", "the budget had been released")

    def test_title_gives_a_speaker_her_gender(self) -> None:
        """``Ms``/``Mrs`` mark a woman, so ``she`` passes over a man who spoke after her."""
        assert said(
            "Ms Rukhsana Baig met the traders.",
            "Mr Imran Gul, the zone's chairman, said it was ready.",
            "She said exports would rise.",
        )[-1] == ("Rukhsana Baig", INDIRECT, "said", "exports would rise")

    @pytest.mark.parametrize(
        ("title", "descriptor"),
        [
            ("Prime Minister", "the premier"),
            ("Consul General in Lahore", "the envoy"),
            ("Ambassador", "the envoy"),
            ("Special Envoy", "the ambassador"),
            ("Federal Minister for Water Resources", "the minister"),
            ("Chief Minister", "the chief minister"),
        ],
    )
    def test_descriptor_takes_a_compatible_role(self, title: str, descriptor: str) -> None:
        """Reporters vary the title (premier for prime minister, envoy for any diplomat)."""
        found = said(
            f"{title} Tahir Lodhi met the delegation.",
            "Governor Imran Gul said the talks were useful.",
            f"{descriptor.capitalize()} said the loan had been approved.",
        )
        assert found[-1] == ("Tahir Lodhi", INDIRECT, "said", "the loan had been approved")

    def test_minister_does_not_fit_a_prime_or_chief_minister(self) -> None:
        """``the minister`` is never the prime minister or a chief minister named earlier."""
        assert said(
            "Minister for Railways Saad Baloch met Prime Minister Tahir Lodhi and Chief Minister "
            "Imran Gul.",
            "The minister said the line would be doubled.",
        ) == [("Saad Baloch", INDIRECT, "said", "the line would be doubled")]

    def test_office_of_a_title_holder_is_a_body(self) -> None:
        """``the Prime Minister's Office`` speaks as a body, not as the prime minister."""
        found = read(
            article("According to the Prime Minister's Office, the meeting reviewed the dam.")
        )
        assert [(s.speaker.name, s.speaker.named, s.kind, s.text) for s in found] == [
            ("Prime Minister's Office", True, INDIRECT, "the meeting reviewed the dam")
        ]

    def test_unknown_minister_then_surname(self) -> None:
        """A person no gazetteer knows, named with a portfolio, is found again by surname."""
        assert said(
            "Federal Minister for Maritime Affairs Junaid Tareen on Monday said the port would "
            "be dredged.",
            "Tareen said the work would cost $50 million.",
            "“We will not wait,” Tareen said.",
        ) == [
            ("Junaid Tareen", INDIRECT, "said", "the port would be dredged"),
            ("Junaid Tareen", INDIRECT, "said", "the work would cost $50 million"),
            ("Junaid Tareen", DIRECT, "said", "We will not wait"),
        ]

    def test_has_said_that(self) -> None:
        """The perfect, ``X has said that``, reports like the past tense."""
        assert said("Ambassador Tahir Lodhi has said that the visas would be eased.") == [
            ("Tahir Lodhi", INDIRECT, "said", "the visas would be eased")
        ]

    def test_press_release_after_an_attributed_clause_adds_nothing(self) -> None:
        """``X said A, according to a press release`` is one statement by X, not two."""
        assert said(
            "The Ormara Port Authority chairman said the port had handled 20 ships, according to a "
            "press release."
        ) == [
            (
                "The Ormara Port Authority chairman",
                INDIRECT,
                "said",
                "the port had handled 20 ships",
            )
        ]

    def test_pronoun_after_an_anonymous_body_spokesman(self) -> None:
        """``A spokesman for the Ministry of X`` is one person that a later ``he`` refers to."""
        assert said(
            "Prime Minister Tahir Lodhi will open the line.",
            "A spokesman for the Ministry of Railways told reporters that the line was ready.",
            "“The trains will run daily,” he said.",
        )[-1] == ("A spokesman for the Ministry of Railways", DIRECT, "said",
                  "The trains will run daily")  # fmt: skip

    def test_one_official_is_an_indefinite_speaker(self) -> None:
        """``“…,” one official said``: ``one`` opens a new anonymous speaker, like ``an``."""
        assert said(
            "Minister Saad Baloch chaired the meeting.",
            '"We are working on it," one minister said. He added that the money had come.',
        ) == [
            ("one minister", DIRECT, "said", "We are working on it"),
            ("one minister", INDIRECT, "added", "the money had come"),
        ]

    def test_inverted_verb_before_a_lone_surname(self) -> None:
        """``“…,” said Niazi, adding …``: a surname after ``said`` names the speaker."""
        assert said('"The zones are ready," said Qazi, adding that investors had applied.') == [
            ("Qazi", DIRECT, "said", "The zones are ready"),
            ("Qazi", INDIRECT, "adding", "investors had applied"),
        ]

    def test_official_of_a_lower_case_ministry(self) -> None:
        """``a senior official of the planning ministry`` is one anonymous speaker."""
        assert said(
            "A senior official of the planning ministry said the loans were rolled over."
        ) == [
            (
                "A senior official of the planning ministry",
                INDIRECT,
                "said",
                "the loans were rolled over",
            )
        ]

    def test_company_speaks_in_a_statement(self) -> None:
        """``The company said in a statement that …``: a body named by its kind speaks."""
        assert said("The company said in a statement that the plant would be ready.") == [
            ("The company", INDIRECT, "said", "the plant would be ready")
        ]

    def test_possessive_after_a_preposition_gives_the_subject_gender(self) -> None:
        """``X toured the port with her team``: ``he`` later passes over X."""
        assert said(
            "Minister Imran Gul met the delegation.",
            "Senator Sana Durrani then toured the port with her team.",
            "He said the port was busy.",
        ) == [("Imran Gul", INDIRECT, "said", "the port was busy")]

    @pytest.mark.parametrize(
        ("title", "descriptor"),
        [("Ambassador", "The diplomat"), ("Director General", "The DG")],
    )
    def test_descriptor_nouns_and_abbreviations_fit_titles(
        self, title: str, descriptor: str
    ) -> None:
        """``the diplomat`` is an envoy and ``the DG`` a director general named before."""
        assert said(
            f"{title} Wu Gang told APP that the work had begun.",
            f"{descriptor} added that it would end next year.",
        )[-1] == ("Wu Gang", INDIRECT, "added", "it would end next year")

    def test_descriptor_opening_a_unit_speaks_after_and(self) -> None:
        """``The envoy conveyed greetings and said …``: the subject at the start speaks."""
        assert said(
            "Chinese Ambassador Wu Gang met Prime Minister Hamza Soomro.",
            "The envoy conveyed greetings and said China valued the ties.",
        ) == [("Wu Gang", INDIRECT, "said", "China valued the ties")]

    def test_according_to_a_document_without_issuer(self) -> None:
        """``According to an official statement`` keeps the document as an unnamed speaker."""
        assert said(
            "Minister Saad Baloch chaired the meeting.",
            "According to an official statement, the meeting reviewed the new airport.",
        ) == [
            (
                "an official statement",
                INDIRECT,
                "According to",
                "the meeting reviewed the new airport",
            )
        ]


class TestNotStatements:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Bilal Khan thanked the Chinese engineers.",
            "Minister Bilal Khan condemned the attack on the convoy.",
            "The two sides agreed to build a new railway.",
            "Minister Bilal Khan urged investors to visit Gwadar.",
            "As per media reports, the port will expand.",
            "According to the flight schedule, the plane lands at noon.",
            "It may be mentioned here that the road was built in 2015.",
            "Minister Bilal Khan added a new clause to the bill.",
            "Media reports said the deal was off.",
            "The PM informed the cabinet about the visit.",
            "Later that evening, Governor Ali Shah called on Mayor Tian Hao at his office.",
        ],
    )
    def test_no_statement(self, sentence: str) -> None:
        """Speech acts without content, commitments and vague sources are not statements."""
        assert said(sentence) == []

    def test_frame_after_comma_and_ends_the_clause_before(self) -> None:
        """``A said B, and C added that D``: B stops at the comma; D is C's."""
        assert said(
            "Minister Ali Raza said the fictional group was ready, and Engineer Han Bo added that "
            "its first meeting could be held in May."
        ) == [
            ("Ali Raza", INDIRECT, "said", "the fictional group was ready"),
            ("Han Bo", INDIRECT, "added", "its first meeting could be held in May"),
        ]

    def test_attitude_verb_inside_a_reported_clause_is_no_frame(self) -> None:
        """``X told senators that the Chinese side hoped B``: one statement, X's."""
        assert said(
            "Minister Sara Khan told senators that the Chinese side hoped the fictional railway "
            "would open by spring."
        ) == [
            ("Sara Khan", INDIRECT, "told",
             "the Chinese side hoped the fictional railway would open by spring"),
        ]  # fmt: skip


class TestRobustness:
    @pytest.mark.parametrize(
        "paragraph",
        [
            "“" * 20_000,
            '"' * 20_001,
            "He said, " * 5_000,
            "Minister Ali Raza, who spoke, said " * 2_000,
            "The ambassador said X. " * 4_000,
            "according to the statement issued by the Foreign Office, " * 1_000,
            "Council for the Promotion of Trade " * 8_000,
            "the 34-year-old mother of three said " * 2_000,
            "“Why?” he asked, “who?” " * 2_000,
            "X said A, while the minister said B, " * 2_000,
            "A fell, according to a site engineer, who spoke " * 2_000,
            "A fell, police said, the third such " * 2_000,
            "Said Rind: " * 4_000,
            "A fell, the Water Board (WB) said, APP learnt. " * 2_000,
            "“A is,” said Wu Jie, Hexa’s head of sales, " * 2_000,
            "Liu Bo, the manager of X Builders, which won, told " * 2_000,
            "A fell, an aide to the mayor said Friday, as crews " * 2_000,
            "Tribal elders and " * 4_000,
            "The Water Board issued a press statement " * 2_000,
            "A rose, the X Institute of Y at Z Town announced, according to the institute " * 1_000,
            "Minister Ali of Pakistan, the Chinese side said, Zhao Min, chairman of a Chinese "
            * 1_000,
            "Senator Gul Afridi, chairman of X, met Y. The senator said " * 1_000,
        ],
    )
    def test_hostile_paragraphs_stay_fast(self, paragraph: str) -> None:
        """Input may be hostile: every rule must stay linear (and spans valid)."""
        art = article(paragraph, paragraph[:100])
        started = time.process_time()
        read(art)
        assert time.process_time() - started < 5.0


class TestSubjectsGroupsAndSources:
    @pytest.mark.parametrize(
        "subject", ["The Chinese side", "Beijing", "The fictional canal authority"]
    )
    def test_subject_before_the_frame_is_no_statement_of_its_own(self, subject: str) -> None:
        """``A, he said, had B`` with A a bare subject is one statement, B, not A and B."""
        assert said(
            "Foreign Minister Ali Zafar met the ambassador on Monday.",
            f"{subject}, he said, had agreed to speed up work on the Lotus Canal.",
        ) == [("Ali Zafar", INDIRECT, "said", "had agreed to speed up work on the Lotus Canal")]

    def test_clause_before_the_frame_still_gives_two_statements(self) -> None:
        """``A, he said, B`` with A a whole clause keeps both halves (dev-set guideline)."""
        assert said(
            "Foreign Minister Ali Zafar met the ambassador on Monday.",
            "The canal is nearly ready, he said, the second phase will start in May.",
        ) == [
            ("Ali Zafar", INDIRECT, "said", "The canal is nearly ready"),
            ("Ali Zafar", INDIRECT, "said", "the second phase will start in May"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("Investors, including Omar Farooq, said the tax rules would slow work.", "Investors"),
            (
                "The experts, who met Omar Farooq, said the tax rules would slow work.",
                "The experts",
            ),
            (
                "Businessmen in the town of Qila Noor said the tax rules would slow work.",
                "Businessmen in the town of Qila Noor",
            ),
            (
                "Traders from Lahore, led by Omar Farooq, said the tax rules would slow work.",
                "Traders from Lahore",
            ),
        ],
    )
    def test_plural_descriptor_is_never_a_named_person(self, sentence: str, speaker: str) -> None:
        """A group (``investors``, ``traders``) is not the one person named inside its phrase.

        It speaks as written, with its post-modifier up to any appositive.
        """
        assert said("Economic analyst Omar Farooq opened the fair.", sentence) == [
            (speaker, INDIRECT, "said", "the tax rules would slow work")
        ]

    def test_definite_plural_descriptor_does_not_resolve_to_a_fitting_name(self) -> None:
        """``The analysts`` stays as written even after an analyst was named."""
        assert said(
            "Ms Sara Malik, a security analyst, said the zone was ready.",
            "Senior analysts said the rules would slow down work.",
        ) == [
            ("Sara Malik", INDIRECT, "said", "the zone was ready"),
            ("Senior analysts", INDIRECT, "said", "the rules would slow down work"),
        ]

    def test_trailing_according_to_a_source_with_modifiers_is_no_content(self) -> None:
        """``X said A, according to a source familiar with …``: A ends at the comma."""
        assert said(
            "Officials said the payments were delayed by a shortage of dollars, according to "
            "a source familiar with the fictional talks."
        ) == [("Officials", INDIRECT, "said", "the payments were delayed by a shortage of dollars")]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("A person familiar with the matter said the loan was ready.",
             "A person familiar with the matter"),
            ("Sources close to the fictional board said the loan was ready.",
             "Sources close to the fictional board"),
            ("A source close to the ministry said the loan was ready.",
             "A source close to the ministry"),
        ],
    )  # fmt: skip
    def test_anonymous_source_with_its_modifier_is_the_speaker(
        self, sentence: str, speaker: str
    ) -> None:
        """Wire copy names no one: the whole anonymous-source phrase is the descriptor."""
        assert said(sentence) == [(speaker, INDIRECT, "said", "the loan was ready")]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("The loan is ready, three government officials told reporters.",
             "three government officials"),
            ("The loan is ready, one of the officials said.", "one of the officials"),
        ],
    )  # fmt: skip
    def test_count_before_a_descriptor_belongs_to_the_speaker(
        self, sentence: str, speaker: str
    ) -> None:
        """``three officials``, ``one of the officials``: the count is no part of the clause."""
        assert [(s, t) for s, _, _, t in said(sentence)] == [(speaker, "The loan is ready")]

    def test_they_after_a_group_is_that_group(self) -> None:
        """``The officials said … They said``: the pronoun goes on with the group."""
        assert said(
            "The officials said the loan would be repaid over ten years.",
            "They said the deal could be signed next month.",
        ) == [
            ("The officials", INDIRECT, "said", "the loan would be repaid over ten years"),
            ("The officials", INDIRECT, "said", "the deal could be signed next month"),
        ]

    def test_subject_modifier_before_its_verb_is_no_clause(self) -> None:
        """``Pakistan's state-run company said on Tuesday.``: the words before it are no clause."""
        assert said("Pakistan's state-run fictional power company said on Tuesday.") == []

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("The ministry said in a statement on Tuesday it had paid its dues.",
             [("The ministry", INDIRECT, "said", "it had paid its dues")]),
            ("The ministry said in an emailed statement the loan would be repaid.",
             [("The ministry", INDIRECT, "said", "the loan would be repaid")]),
            ("The ministry said in a statement issued on Monday the loan would be repaid.", []),
        ],
    )  # fmt: skip
    def test_said_in_a_statement_then_a_clause_without_that(
        self, sentence: str, expected: list[tuple[str, StatementKind, str, str]]
    ) -> None:
        """``said in a statement (on Tuesday) CLAUSE``; a participle after the document hides it."""
        assert said(sentence) == expected

    @pytest.mark.parametrize(
        "tail", [", but gave no details", ", but did not elaborate", ", without giving a date"]
    )
    def test_what_the_speaker_did_after_the_clause_is_no_content(self, tail: str) -> None:
        """Wire copy's ``…, but gave no details`` is the speaker's act, not what was said."""
        assert said(f"The ministry said it was working with Beijing on the loan{tail}.") == [
            ("The ministry", INDIRECT, "said", "it was working with Beijing on the loan")
        ]

    def test_quoted_by_an_outlet_as_saying_is_the_subjects_statement(self) -> None:
        """``X was quoted by state media as saying``: X speaks, the outlet only relays."""
        assert said(
            "Minister Faisal Rana visited the port.",
            "He was quoted by the fictional Daily Star as saying that China would fund the dock.",
        ) == [("Faisal Rana", INDIRECT, "saying", "China would fund the dock")]

    @pytest.mark.parametrize(
        "sentence",
        [
            "One of them, who asked not to be named, said the dues had been pending for months.",
            "One of them said the dues had been pending for months.",
        ],
    )
    def test_member_of_a_group_speaks_as_written(self, sentence: str) -> None:
        """``One of them said``: a member of the group before, never the group or a name."""
        assert said(
            "Several traders at the fictional market said they were worried.", sentence
        ) == [
            ("Several traders at the fictional market", INDIRECT, "said", "they were worried"),
            ("One of them", INDIRECT, "said", "the dues had been pending for months"),
        ]

    def test_representative_of_an_owners_body_speaks_as_written(self) -> None:
        """``A representative of the X boatmen's union told``: the whole phrase is the speaker."""
        assert said(
            "A representative of the Ormara boatmen's union told the minister that 300 boats "
            "were idle."
        ) == [("A representative of the Ormara boatmen's union", INDIRECT, "told",
               "300 boats were idle")]  # fmt: skip

    def test_complained_that_reports_a_clause(self) -> None:
        """``Local traders, however, complained that A``: a group's complaint is its statement."""
        assert said(
            "Local traders, however, complained that they were losing money at the border.",
            "The traders complained about the heat.",
        ) == [("Local traders", INDIRECT, "complained", "they were losing money at the border")]

    def test_descriptor_with_a_place_phrase_before_the_verb(self) -> None:
        """``Traders at the market said``: the descriptor speaks as written, with its place."""
        assert said("Several traders at the fictional market said the stalls were empty.") == [
            ("Several traders at the fictional market", INDIRECT, "said", "the stalls were empty")
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker", "verb"),
        [
            ("The loan talks have stalled, according to two people with knowledge of the matter.",
             "two people with knowledge of the matter", "according to"),
            ("The loan talks have stalled, said people familiar with the fictional deal.",
             "people familiar with the fictional deal", "said"),
        ],
    )  # fmt: skip
    def test_anonymous_source_after_its_verb(self, sentence: str, speaker: str, verb: str) -> None:
        """Wire copy's source after ``according to`` or an inverted ``said`` is a descriptor."""
        assert said(sentence) == [(speaker, INDIRECT, verb, "The loan talks have stalled")]

    def test_said_by_phone_reports_the_clause_before(self) -> None:
        """``…, a diplomat said by phone from Beijing``: how it was said is no content."""
        assert said("The loan talks have stalled, a Chinese diplomat said by phone.") == [
            ("a Chinese diplomat", INDIRECT, "said", "The loan talks have stalled")
        ]

    @pytest.mark.parametrize("source", ["police", "the police"])
    def test_police_after_the_clause_are_the_source(self, source: str) -> None:
        """``…, police said``: police speak as a group, like ``officials``."""
        assert said(f"Gunmen fired on a fictional checkpoint late on Sunday, {source} said.") == [
            (source, INDIRECT, "said", "Gunmen fired on a fictional checkpoint late on Sunday")
        ]

    @pytest.mark.parametrize(
        ("subject", "speaker"),
        [
            ("Members of the Fictional Assembly from both sides on Monday",
             "Members of the Fictional Assembly from both sides"),
            ("The lawmakers", "The lawmakers"),
            ("Senators from the north", "Senators from the north"),
        ],
    )  # fmt: skip
    def test_participle_after_an_opening_group(self, subject: str, speaker: str) -> None:
        """``Members of X … criticised …, saying Y``: the group opening the sentence says Y."""
        assert said(f"{subject} criticised the fictional budget, saying the dam was late.") == [
            (speaker, INDIRECT, "saying", "the dam was late")
        ]

    def test_participle_after_a_non_group_plural_reports_nothing(self) -> None:
        """``Others criticised …, saying``: ``others`` names no group to quote."""
        assert said("Others criticised the fictional budget, saying the dam was late.") == []


class TestRecordsAndBarePlurals:
    @pytest.mark.parametrize(
        ("paragraph", "speaker", "verb", "text"),
        [
            ("The fictional mill will reopen in May, according to minutes of the board's last "
             "meeting.", "minutes of the board's last meeting", "according to",
             "The fictional mill will reopen in May"),
            ("According to the ministry's annual report, the fictional zone drew 40 firms.",
             "the ministry's annual report", "According to", "the fictional zone drew 40 firms"),
            ("According to the canal authority’s quarterly bulletin, exports rose by a tenth.",
             "the canal authority’s quarterly bulletin", "According to",
             "exports rose by a tenth"),
            ("According to the minutes, the two sides agreed to dredge the fictional harbour.",
             "the minutes", "According to", "the two sides agreed to dredge the fictional harbour"),
            ("The fictional mill has trained 300 welders, according to the operating company.",
             "the operating company", "according to", "The fictional mill has trained 300 welders"),
        ],
    )  # fmt: skip
    def test_according_to_an_owned_record(
        self, paragraph: str, speaker: str, verb: str, text: str
    ) -> None:
        """A record whose owner is given, or ``the minutes`` the article means, speak as written."""
        assert said(paragraph) == [(speaker, INDIRECT, verb, text)]

    @pytest.mark.parametrize(
        ("sentence", "speaker", "verb"),
        [
            ("Fictional mills sold 9 tonnes, according to the report.", "the report",
             "according to"),
            ("Fictional mills sold 9 tonnes, according to the organizers.", "the organizers",
             "according to"),
            ("According to the protesters, Fictional mills sold 9 tonnes.", "the protesters",
             "According to"),
            ("Fictional mills sold 9 tonnes, according to the organisers of the fair.",
             "the organisers of the fair", "according to"),
        ],
    )  # fmt: skip
    def test_according_to_the_record_or_group_in_mind(
        self, sentence: str, speaker: str, verb: str
    ) -> None:
        """``according to the report.`` or ``the organizers``: the one the article means speaks."""
        assert said(sentence) == [(speaker, INDIRECT, verb, "Fictional mills sold 9 tonnes")]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Fictional mills sold 9 tonnes, according to the numbers.",
            "According to media reports, the fictional mill will reopen.",
            "According to reports, the fictional mill will reopen.",
            "Fictional mills sold 9 tonnes, according to official data.",
            "Fictional mills sold 9 tonnes, according to official figures released on Monday.",
        ],
    )
    def test_according_to_unowned_reports_stays_vague(self, sentence: str) -> None:
        """Reports (and ``official data``) with no owner are vague sources, not speakers."""
        assert said(sentence) == []

    def test_further_before_a_noun_is_no_adverb(self) -> None:
        """``said further delays would …``: ``further`` opens the clause, not an adverbial."""
        assert said("Freight analysts said further delays would raise fictional tariffs.") == [
            ("Freight analysts", INDIRECT, "said", "further delays would raise fictional tariffs")
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("Freight forwarders said the fictional berth would cut waiting times.",
             "Freight forwarders"),
            ("Senior port officials said the fictional berth would cut waiting times.",
             "Senior port officials"),
            ("The quay is late, but port officials said the fictional berth would cut waiting "
             "times.", "port officials"),
            ("Meanwhile, energy analysts said the fictional berth would cut waiting times.",
             "energy analysts"),
        ],
    )  # fmt: skip
    def test_bare_plural_source_opening_its_clause(self, sentence: str, speaker: str) -> None:
        """A bare plural source speaks as written, modifiers and all, wherever its clause opens."""
        assert said(sentence) == [
            (speaker, INDIRECT, "said", "the fictional berth would cut waiting times")
        ]

    def test_bare_plural_source_with_an_of_phrase(self) -> None:
        """``At a meeting, representatives of the firms told X that B``: the group as written."""
        assert said(
            "At a meeting held on Tuesday, representatives of the fictional power companies told "
            "the Task Force on Fictional Reforms that their dues had doubled."
        ) == [
            ("representatives of the fictional power companies", INDIRECT, "told",
             "their dues had doubled"),
        ]  # fmt: skip

    def test_plural_of_phrase_inside_a_clause_is_no_source(self) -> None:
        """``Prices of textile makers of the city said``: ``makers`` is no subject there."""
        assert said("Prices of textile makers of the city said that their dues had doubled.") == []

    @pytest.mark.parametrize(
        ("sentence", "speaker", "verb"),
        [
            ("Recently, some foreign media outlets have hyped the fictional debt, claiming that "
             "the loans were too large.", "some foreign media outlets", "claiming"),
            ("The opposition criticised the fictional deal and said that the loans were too "
             "large.", "The opposition", "said"),
        ],
    )  # fmt: skip
    def test_determined_phrase_opening_a_unit_speaks_for_its_participle(
        self, sentence: str, speaker: str, verb: str
    ) -> None:
        """``Some outlets have hyped X, claiming that B``: the opening phrase, as written."""
        assert said(sentence) == [(speaker, INDIRECT, verb, "the loans were too large")]

    def test_passive_opening_phrase_is_no_speaker(self) -> None:
        """``The plant was inaugurated …, saying B``: a passive subject reports nothing."""
        assert said("The plant was inaugurated in May, saying that it was ready.") == []

    def test_bare_plural_source_after_its_clause(self) -> None:
        """``…, energy analysts said``: the modifier is the source's, so the clause is set off."""
        assert said("Fictional tariffs will rise next year, energy analysts said.") == [
            ("energy analysts", INDIRECT, "said", "Fictional tariffs will rise next year")
        ]

    def test_plural_inside_a_clause_is_no_bare_source(self) -> None:
        """``The plant hired workers, officials said``: the object is no part of the speaker."""
        assert said("The fictional plant hired 300 local workers, officials said.") == [
            ("officials", INDIRECT, "said", "The fictional plant hired 300 local workers")
        ]


class TestTrailingSources:
    @pytest.mark.parametrize(
        ("sentence", "speaker", "verb"),
        [
            ("No workers were hurt, according to a police officer in Lasbela district, who spoke "
             "on condition of anonymity because he was not allowed to brief the press.",
             "a police officer in Lasbela district", "according to"),
            ("No workers were hurt, according to a site engineer, who spoke on condition of "
             "anonymity.", "a site engineer", "according to"),
            ("No workers were hurt, said a customs officer, who declined to be named.",
             "a customs officer", "said"),
            ("No workers were hurt, said a customs officer who declined to be named.",
             "a customs officer who declined to be named", "said"),
            ("No workers were hurt, according to the site engineer, whose name was withheld.",
             "the site engineer", "according to"),
        ],
    )  # fmt: skip
    def test_relative_clause_after_a_trailing_source_is_no_content(
        self, sentence: str, speaker: str, verb: str
    ) -> None:
        """``A, according to X, who …``: the ``who`` clause describes X; A is the content."""
        assert said(sentence) == [(speaker, INDIRECT, verb, "No workers were hurt")]

    @pytest.mark.parametrize(
        ("appositive", "speaker"),
        [
            ("Sana Mirza, a shipping analyst at a Quetta brokerage", "Sana Mirza"),
            ("the Fictional Ginners Forum, which represents 900 mills", "Fictional Ginners Forum"),
        ],
    )  # fmt: skip
    def test_appositive_after_a_trailing_according_to_is_no_content(
        self, appositive: str, speaker: str
    ) -> None:
        """``A, according to X, an analyst at Y.``: the appositive describes X; A is the content."""
        sentence = f"Fictional exports doubled last year, according to {appositive}."
        assert [s[:2] + s[3:] for s in said(sentence)] == [
            (speaker, INDIRECT, "Fictional exports doubled last year")
        ]

    def test_bodys_which_clause_after_a_trailing_source_reports_too(self) -> None:
        """``A, according to the Forum, which warned this week that B``: A and B, the Forum's."""
        assert said(
            "Fictional mills are owed Rs4 billion, according to the Fictional Ginners Forum, "
            "which warned this week that some mills may close."
        ) == [
            ("Fictional Ginners Forum", INDIRECT, "according to",
             "Fictional mills are owed Rs4 billion"),
            ("Fictional Ginners Forum", INDIRECT, "warned", "some mills may close"),
        ]  # fmt: skip

    def test_clause_after_a_mid_sentence_according_to_is_content(self) -> None:
        """``Next year, according to X, the plant will open``: a clause, not an appositive."""
        assert said("In the coming fiscal year, according to Sana Mirza, the mill will open.") == [
            ("Sana Mirza", INDIRECT, "according to", "the mill will open")
        ]

    @pytest.mark.parametrize(
        ("source", "speaker"),
        [
            ("her press secretary Ayla Noor said", "Ayla Noor"),
            ("sales director Ma Lin said", "Ma Lin"),
            ("its vice chancellor, Nadia Hoth, said", "Nadia Hoth"),
        ],
    )  # fmt: skip
    def test_premodified_role_before_a_trailing_source(self, source: str, speaker: str) -> None:
        """``A, her press secretary X said.``: the role's premodifiers belong to the frame."""
        assert said(f"The fictional campus will open in May, {source}.") == [
            (speaker, INDIRECT, "said", "The fictional campus will open in May")
        ]

    def test_joining_words_before_a_role_are_no_premodifiers(self) -> None:
        """``A, and later director X said.``: no clause is set off before the frame."""
        assert said("The fictional plant was inspected, and later director Ma Lin said.") == []

    def test_plural_audience_before_a_time_adverbial(self) -> None:
        """``A, X told analysts last week.``: the audience and its time are no content; A is."""
        assert said("Fictional sales rose ten percent, Ma Lin told analysts last week.") == [
            ("Ma Lin", INDIRECT, "told", "Fictional sales rose ten percent")
        ]

    @pytest.mark.parametrize(("verb", "aside"), [("cautioned", "though"), ("said", "for her part")])
    def test_parenthetical_between_verb_and_that(self, verb: str, aside: str) -> None:
        """``She cautioned, though, that B``: the aside is skipped and B reported."""
        assert said(
            "Minister Sara Khan visited the fictional port.",
            f"She {verb}, {aside}, that the tariff could rise again.",
        ) == [("Sara Khan", INDIRECT, verb, "the tariff could rise again")]

    @pytest.mark.parametrize(
        "adverbial", ["Before the monsoon", "Later in the day", "When the rains came"]
    )
    def test_fronted_adverbial_before_a_mid_sentence_source(self, adverbial: str) -> None:
        """``Before X, the engineer said, B``: one statement, B; the adverbial is none."""
        assert said(
            "Engineer Bilal Rana inspected the fictional dam.",
            f"{adverbial}, the engineer said, the spillway gates would be tested.",
        ) == [("Bilal Rana", INDIRECT, "said", "the spillway gates would be tested")]

    def test_inverted_source_with_a_bare_role_between_two_quotes(self) -> None:
        """``“A,” said X, warden of the ward. “B”``: two quotes by X, none from the role."""
        assert said(
            "“The fictional beds are full,” said Imran Kazmi, senior warden of the ward. “We need "
            "another floor.”"
        ) == [
            ("Imran Kazmi", DIRECT, "said", "The fictional beds are full"),
            ("Imran Kazmi", DIRECT, "said", "We need another floor."),
        ]

    @pytest.mark.parametrize(
        ("frame", "speaker", "verb"),
        [
            ("Said Qureshi:", "Ali Qureshi", "Said"),
            ("Says the minister:", "Ali Qureshi", "Says"),
            ("Said Nadia Rind, a fictional engineer:", "Nadia Rind", "Said"),
        ],
    )  # fmt: skip
    def test_inverted_verb_opening_a_unit_before_a_colon(
        self, frame: str, speaker: str, verb: str
    ) -> None:
        """``Said X: “…”``: the inverted frame opens its unit and the quote follows the colon."""
        assert said(
            "Minister Ali Qureshi visited the fictional dam on Monday.",
            f"{frame} “The gates stay open.”",
        ) == [(speaker, DIRECT, verb, "The gates stay open.")]

    @pytest.mark.parametrize(
        "appositive",
        ["the third such attack this year",
         "the latest in a string of attacks on fictional convoys linked to the corridor",
         "a sign of rising tension", "the biggest advance"],
    )  # fmt: skip
    def test_ranking_appositive_after_a_trailing_frame_is_no_statement(
        self, appositive: str
    ) -> None:
        """``A, police said, the third such attack``: the writer ranks A; one statement only."""
        assert said(f"A truck was torched near Hub, police said, {appositive}.") == [
            ("police", INDIRECT, "said", "A truck was torched near Hub")
        ]

    @pytest.mark.parametrize("clause", ["the first phase would open", "the first ship left"])
    def test_ranked_subject_with_its_own_verb_goes_on_after_the_frame(self, clause: str) -> None:
        """``A, X said, the first phase would open``: a clause with its verb is a second one."""
        assert said(f"The fictional road is ready, Nadia Rind said, {clause}.") == [
            ("Nadia Rind", INDIRECT, "said", "The fictional road is ready"),
            ("Nadia Rind", INDIRECT, "said", clause),
        ]

    @pytest.mark.parametrize(
        "frame",
        ["the company informed the bourse", "the firm told the stock exchange in a filing",
         "the company informed the Karachi Fictional Exchange on Wednesday"],
    )  # fmt: skip
    def test_company_informing_the_exchange_is_the_company_named_before(self, frame: str) -> None:
        """``A, the company informed the bourse``: the object closes the frame; A is reported."""
        clause = "Indus Fictional Mining Limited has won approval to expand its mine"
        assert said(f"{clause}, {frame}.") == [
            ("Indus Fictional Mining Limited", INDIRECT, frame.split()[2], clause)
        ]

    @pytest.mark.parametrize(
        ("before", "speaker"),
        [("run by the Hub Fictional Institute", "Hub Fictional Institute"),
         ("in Hub", "the institute")],
    )  # fmt: skip
    def test_institute_said_a_weekday_is_the_institute_named_before(
        self, before: str, speaker: str
    ) -> None:
        """``…, the institute said Thursday``: the named institute, else the descriptor."""
        clause = f"300 students finished a fictional course {before}"
        assert said(f"{clause}, the institute said Thursday.") == [
            (speaker, INDIRECT, "said", clause)
        ]

    @pytest.mark.parametrize("opener", ["", "Meanwhile, ", "On Monday, ", "During the visit, "])
    def test_pronoun_after_a_new_subject_is_that_subject(self, opener: str) -> None:
        """``X visited …, where he opened a school. He told …``: X, not the previous speaker."""
        assert said(
            "Fictional Power chief executive Wang Tao said the new unit would cut fuel costs.",
            f"{opener}Minister Ahmed Alvi toured Hub, where he opened a school. He told reporters "
            "that the plant had changed the district.",
        ) == [
            ("Wang Tao", INDIRECT, "said", "the new unit would cut fuel costs"),
            ("Ahmed Alvi", INDIRECT, "told", "the plant had changed the district"),
        ]

    @pytest.mark.parametrize(
        ("subject", "speaker"),
        [("The Chinese guest", "Zhao Ming"), ("The guests", "The guests")],
    )
    def test_guest_is_the_person_the_host_received(self, subject: str, speaker: str) -> None:
        """``X met a delegation led by Y … The guest said``: Y, the person named but the host."""
        assert said(
            "Meeting a fictional delegation led by its vice president Zhao Ming on Wednesday, "
            "Chief Minister Ali Baig said the dam was a symbol of friendship.",
            f"{subject} said the company was ready to invest in more projects.",
        ) == [
            ("Ali Baig", INDIRECT, "said", "the dam was a symbol of friendship"),
            (speaker, INDIRECT, "said", "the company was ready to invest in more projects"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "verb", "clause"),
        [
            ("On Monday, Minister Ahmed Alvi thanked the workers, saying that the plant would "
             "open soon.", "saying", "the plant would open soon"),
            ("Recently, Minister Ahmed Alvi criticised the fictional tariff, claiming that it was "
             "too high.", "claiming", "it was too high"),
        ],
    )  # fmt: skip
    def test_participle_after_a_subject_behind_a_fronted_adverbial(
        self, sentence: str, verb: str, clause: str
    ) -> None:
        """``On Monday, X thanked Y, saying …``: X, past the adverbial, is the speaker."""
        assert said(sentence) == [("Ahmed Alvi", INDIRECT, verb, clause)]

    @pytest.mark.parametrize(
        "lead", ["a statement from", "a statement by", "the official statement of"]
    )
    def test_document_of_a_body_after_the_clause_is_no_part_of_it(self, lead: str) -> None:
        """``A, a statement from the Ministry of X said``: the document speaks A, and A ends."""
        clause = "The fictional zone will create jobs"
        assert said(f"{clause}, {lead} the Ministry of Planning said.") == [
            (f"{lead} the Ministry of Planning", INDIRECT, "said", clause)
        ]

    def test_agent_of_quoted_as_saying_is_no_content(self) -> None:
        """``A, the minister was quoted as saying by state media``: A, not ``by state media``."""
        assert said(
            "Minister Ahmed Alvi visited Hub.",
            "The fictional zone will create jobs, the minister was quoted as saying by the media.",
        ) == [("Ahmed Alvi", INDIRECT, "saying", "The fictional zone will create jobs")]

    @pytest.mark.parametrize("audience", ["reporters", "the Global Times", "the bourse"])
    def test_told_an_audience_then_a_participle_reports_the_clause_before(
        self, audience: str
    ) -> None:
        """``A, X told reporters, adding that B``: A and B, the ``that`` being the participle's."""
        assert said(
            f"The fictional corridor brought benefits, Li Wen told {audience}, adding that "
            "trade had doubled."
        ) == [
            ("Li Wen", INDIRECT, "told", "The fictional corridor brought benefits"),
            ("Li Wen", INDIRECT, "adding", "trade had doubled"),
        ]

    def test_briefed_by_a_named_appositive_then_that(self) -> None:
        """``was briefed by the CEO, Mr X, that B``: the ``that`` after an appositive is B's."""
        assert said(
            "The minister was briefed by the chief executive of the fictional company, Mr. Wang "
            "Tao, that the plant had run for 300 days."
        ) == [("Wang Tao", INDIRECT, "briefed", "the plant had run for 300 days")]

    @pytest.mark.parametrize(
        "audience", ["a press briefing", "the Senate standing committee on planning"]
    )
    def test_told_an_unlisted_audience_after_the_clause(self, audience: str) -> None:
        """``A, X told a press briefing``: the audience is no content; A is."""
        assert said(f"The fictional corridor is on track, Li Wen told {audience}.") == [
            ("Li Wen", INDIRECT, "told", "The fictional corridor is on track")
        ]

    @pytest.mark.parametrize(
        ("sentence", "kind"),
        [("“The corridor is on track,” the embassy quoted Li Wen as saying.", DIRECT),
         ("The corridor is on track, the embassy quoted Li Wen as saying.", INDIRECT)],
    )  # fmt: skip
    def test_quoted_as_saying_after_the_quote(self, sentence: str, kind: StatementKind) -> None:
        """``“A,” the embassy quoted X as saying``: X said A."""
        assert said(sentence) == [("Li Wen", kind, "saying", "The corridor is on track")]

    def test_guest_before_any_host_spoke_stays_the_descriptor(self) -> None:
        """``X called on Y. The guest said``: with no host speaking yet, no one is guessed."""
        assert said(
            "Zhao Ming, a fictional vice president, called on Chief Minister Ali Baig.",
            "The guest said the company was ready to invest.",
        ) == [("The guest", INDIRECT, "said", "the company was ready to invest")]

    def test_fronted_source_with_a_relative_clause(self) -> None:
        """``According to X, who …, A``: the clause ends at its comma; A is the content."""
        assert said(
            "According to a fictional official, who asked not to be named, the road is on track."
        ) == [("a fictional official", INDIRECT, "According to", "the road is on track")]

    @pytest.mark.parametrize(
        ("frame", "verb", "second"),
        [("according to Li Wen, who said", "according to", "said"),
         ("said Li Wen, who added that", "said", "added")],
    )  # fmt: skip
    def test_relative_clause_of_a_trailing_source_that_reports(
        self, frame: str, verb: str, second: str
    ) -> None:
        """``A, according to X, who said B``: X says A and B."""
        assert said(f"The corridor is on track, {frame} funding was secure.") == [
            ("Li Wen", INDIRECT, verb, "The corridor is on track"),
            ("Li Wen", INDIRECT, second, "funding was secure"),
        ]

    @pytest.mark.parametrize(
        ("named", "noun", "speaker"),
        [("Fictional Steel Group", "group", "Fictional Steel Group"),
         ("The University of Hub", "varsity", "University of Hub"),
         ("The Fictional Liberation Front", "group", "the group")],
    )  # fmt: skip
    def test_group_and_varsity_resolve_to_a_body_of_their_kind(
        self, named: str, noun: str, speaker: str
    ) -> None:
        """``the group``: a body named ``Group`` (never a front or army); ``the varsity``."""
        assert said(
            f"{named} signed a fictional deal on Monday.",
            f"The deal covers 200 students, the {noun} said.",
        ) == [(speaker, INDIRECT, "said", "The deal covers 200 students")]


class TestDescriptorSourcesAfterTheContent:
    def test_the_company_named_in_an_apposition_and_an_aside_before_said(self) -> None:
        """``X, a Chinese firm.`` then ``The company, in a letter to Y, said B``: X says B."""
        assert said(
            "The fictional trains are run by Ravi Transit Systems, a Chinese firm.",
            "The company, in a letter to the fictional authority, said unpaid bills had crossed "
            "Rs2 billion.",
        ) == [("Ravi Transit Systems", INDIRECT, "said", "unpaid bills had crossed Rs2 billion")]

    def test_the_based_company_after_a_trade_noun_before_the_name(self) -> None:
        """``EV maker X will …`` then ``…, the Wuhan-based company said``: X, a company."""
        assert said(
            "Chinese electric vehicle maker Velta Auto will open a fictional plant.",
            "The plant will make 30,000 cars a year, the Wuhan-based company said in a filing.",
        ) == [("Velta Auto", INDIRECT, "said", "The plant will make 30,000 cars a year")]

    def test_the_company_a_named_person_heads(self) -> None:
        """``X, chairman of Y Holding Company, will …, the company said``: Y speaks."""
        assert said(
            "A delegation led by Yu Bo, chairman of Fictional Ports Holding Company, will visit "
            "Gwadar next month, the company said."
        ) == [
            ("Fictional Ports Holding Company", INDIRECT, "said",
             "A delegation led by Yu Bo, chairman of Fictional Ports Holding Company, will visit "
             "Gwadar next month"),
        ]  # fmt: skip

    def test_the_company_whose_unit_a_named_person_heads(self) -> None:
        """``manager of Y Co.'s Gwadar operations``, then ``according to the company``: Y."""
        assert said(
            "The ship berthed on Monday, said Yu Bo, general manager of Fictional Ports Holding "
            "Company's Gwadar operations.",
            "According to the company, 46 firms have registered in the fictional zone.",
        )[-1] == (
            "Fictional Ports Holding Company", INDIRECT, "According to",
            "46 firms have registered in the fictional zone",
        )  # fmt: skip

    def test_the_company_named_inside_its_content(self) -> None:
        """``Software company X has opened …, the company said``: X, read as a company."""
        assert said(
            "Chinese software company Qorin Software has opened an office in the fictional city, "
            "the company said."
        ) == [
            ("Qorin Software", INDIRECT, "said",
             "Chinese software company Qorin Software has opened an office in the fictional city"),
        ]  # fmt: skip

    @pytest.mark.parametrize(
        ("frame", "speaker", "verb"),
        [("the navy said", "the navy", "said"),
         ("the state utility told Fictional Daily", "the state utility", "told"),
         ("the firm told Fictional Wire (FW)", "the firm", "told"),
         ("the army’s media affairs wing said", "the army’s media affairs wing", "said"),
         ("the FWB told APP", "FWB", "told")],
    )  # fmt: skip
    def test_definite_noun_no_mention_found(self, frame: str, speaker: str, verb: str) -> None:
        """``…, the navy said.``: a definite noun or abbreviation after the clause is its source."""
        assert said(f"Output at the fictional plant will resume in March, {frame}.") == [
            (speaker, INDIRECT, verb, "Output at the fictional plant will resume in March")
        ]

    def test_inverted_body_after_its_determiner(self) -> None:
        """``A, said the Foreign Office.``: the body named after ``the`` speaks."""
        assert said("Fees at the fictional college will fall, said the Foreign Office.") == [
            ("Foreign Office", INDIRECT, "said", "Fees at the fictional college will fall")
        ]

    def test_a_record_after_the_clause_is_no_source(self) -> None:
        """``…, the report said.``: a record is no descriptor speaker of its own."""
        assert said("Output at the fictional plant fell by half, the report said.") == []

    def test_spokesperson_for_a_descriptor_then_taken_up(self) -> None:
        """``an aide to the mayor said``: the aide speaks as written, and ``the aide`` later."""
        aide = "an aide to the mayor"
        assert said(
            "The mayor, who was due in Fictionville, has called off the trip, "
            "an aide to the mayor said on Sunday.",
            "The mayor will meet the consul instead, the aide said.",
        ) == [
            (aide, INDIRECT, "said",
             "The mayor, who was due in Fictionville, has called off the trip"),
            (aide, INDIRECT, "said", "The mayor will meet the consul instead"),
        ]  # fmt: skip

    def test_body_spelt_by_its_abbreviation(self) -> None:
        """``the X (ABBR) said``: a body spelt by its abbreviation, also for its statement later."""
        body = "Fictional Harbour-Watch Service"
        assert said(
            f"Two boats were held, the {body} (FHWS) said in a statement on Friday.",
            "Both crews were safe, according to the statement.",
            "The boats will be released, the FHWS said.",
        ) == [
            (body, INDIRECT, "said", "Two boats were held"),
            (body, INDIRECT, "according to", "Both crews were safe"),
            (body, INDIRECT, "said", "The boats will be released"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [("The fictional survey will be public next week, APP learnt.",
          [("APP", INDIRECT, "learnt", "The fictional survey will be public next week")]),
         ("The fictional survey will be public next week, The Daily Fiction has learnt.",
          [("The Daily Fiction", INDIRECT, "learnt",
            "The fictional survey will be public next week")]),
         ("The fictional survey was late, Ali Khan has learnt.", []),
         ("Ali Khan learnt that the fictional survey was late.", []),
         ("The fictional survey was late, Ali Khan learnt.", [])],
    )  # fmt: skip
    def test_agency_that_learnt_is_the_sole_source(
        self, sentence: str, expected: list[tuple[str, StatementKind, str, str]]
    ) -> None:
        """``…, APP learnt.``: an agency's capitals ending the unit; a person's ``learnt`` no."""
        assert said(sentence) == expected


class TestBackReferences:
    def test_headline_word_read_as_a_name_is_no_antecedent(self) -> None:
        """``A Fictional Engineer Builds a Town``: ``Builds`` is no person for a later ``she``."""
        assert said(
            "The 34-year-old engineer Luo Yan from Chengdu moved to Lahore.",
            "“At first my parents thought I was crazy,” she told a fictional magazine.",
            headline="In Pakistan, a Fictional Engineer Builds a Town From Scratch",
        ) == [("Luo Yan", DIRECT, "told", "At first my parents thought I was crazy")]

    def test_pronoun_after_a_fronted_clause_is_its_subject(self) -> None:
        """``When Minister X visited Y, he said``: X, not the man who spoke before."""
        assert said(
            "Ambassador Wu Gang said the fictional road was open.",
            "When Minister Bilal Rana visited the fictional port, he announced that boats would "
            "pass free.",
        ) == [
            ("Wu Gang", INDIRECT, "said", "the fictional road was open"),
            ("Bilal Rana", INDIRECT, "announced", "boats would pass free"),
        ]

    def test_subject_is_not_its_own_object_pronoun(self) -> None:
        """``Li showed her the buses. She said``: she is whom Li showed them to, not Li."""
        assert said(
            "Mayor Rukhsana Baig toured the fictional depot, where she was met by engineer Li Tao. "
            "Li showed her the buses.",
            "She said the fleet would double.",
        ) == [("Rukhsana Baig", INDIRECT, "said", "the fleet would double")]

    def test_possessive_after_a_preposition_is_no_object(self) -> None:
        """``Luo, for her part, …``: her is Luo's own; the next ``she`` goes on with Luo."""
        assert said(
            "Mayor Tian Hao met Engineer Luo Yan at the fictional site.",
            "Luo, for her part, is counting the days. She said the homes were nearly ready.",
        ) == [("Luo Yan", INDIRECT, "said", "the homes were nearly ready")]

    READOUT = (
        "Vice Chairman Gao Lin of the Fictional Planning Commission and Ali Raza, Minister for "
        "Fictional Affairs of Pakistan, co-chaired the meeting.",
        "Gao Lin said that trade had grown.",
        "Ali Raza said that the corridor was on track.",
    )

    def test_side_is_its_speaker_once_the_other_side_is_named(self) -> None:
        """``The Chinese side stressed``: the titled speaker of no country, not the Pakistani."""
        found = said(*self.READOUT, "The Chinese side stressed that the port must be secured.")
        assert found[-1] == ("Gao Lin", INDIRECT, "stressed", "the port must be secured")

    def test_side_stays_the_descriptor_with_no_other_side(self) -> None:
        """With no one of another country named, a speaker of no country is no side's."""
        assert said(
            "Director Omar Hayat said that trade had grown.",
            "The Chinese side said that it would send more engineers.",
        )[-1] == ("The Chinese side", INDIRECT, "said", "it would send more engineers")

    def test_side_is_a_speaker_with_a_chinese_name(self) -> None:
        """A Chinese-shaped name tells the side even when no country and no other side is named."""
        assert said(
            "Director Wu Hai said that trade had grown.",
            "The Chinese side said that it would send more engineers.",
        )[-1] == ("Wu Hai", INDIRECT, "said", "it would send more engineers")

    def test_side_is_the_person_just_named_whose_body_names_the_country(self) -> None:
        """``received by X, a vice-governor of the Bank of China. The Chinese side said``: X."""
        assert said(
            "Minister Ali Raza will be received by Tao Ren, a vice-governor of the Fictional "
            "Bank of China. The Chinese side said it would consider the request.",
        ) == [("Tao Ren", INDIRECT, "said", "it would consider the request")]

    def test_side_is_an_untitled_leader_with_a_chinese_name_just_named(self) -> None:
        """``Engineers of X, headed by Zhou Bo, briefed Y. The Chinese side said``: Zhou Bo."""
        assert said(
            "Engineers of Fictional Power Company, headed by Zhou Bo, briefed Minister Ali Raza. "
            "The Chinese side said the plant would start in May."
        ) == [("Zhou Bo", INDIRECT, "said", "the plant would start in May")]

    def test_side_is_the_delegation_leader_not_an_earlier_speaker(self) -> None:
        """A Chinese-named leader named just before the side speaks beats an earlier speaker."""
        assert said(
            "Professor Han Li, dean of the fictional academy, said skills mattered.",
            "Deputy Director Wang Bo led the Chinese delegation at the closing session. "
            "The Chinese side said it was ready to set up a working group.",
        )[-1] == ("Wang Bo", INDIRECT, "said", "it was ready to set up a working group")

    @pytest.mark.parametrize(
        ("body", "descriptor"),
        [("Fictional Signals Organisation", "military-run operator"),
         ("Fictional Cable Company", "state-owned company")],
    )  # fmt: skip
    def test_modified_descriptor_after_its_clause_is_the_body_it_names(
        self, body: str, descriptor: str
    ) -> None:
        """``…, after X finished the link, the military-run operator said``: X speaks."""
        assert said(
            f"The cable now reaches the port, after {body} finished a 480km link, the "
            f"{descriptor} said on Monday."
        ) == [
            (body, INDIRECT, "said",
             f"The cable now reaches the port, after {body} finished a 480km link"),
        ]  # fmt: skip

    def test_company_is_the_unknown_name_a_firm_appositive_follows(self) -> None:
        """``Shares of X, the Shenzhen-listed firm that …, rose. The company said B``: X."""
        assert said(
            "Shares of Velora Fibre Communications, the Shenzhen-listed firm that laid the "
            "fictional cable, rose 4 per cent. The company said it expected a follow-on order."
        ) == [("Velora Fibre Communications", INDIRECT, "said", "it expected a follow-on order")]

    def test_company_is_a_body_named_by_its_trade_word(self) -> None:
        """``the company`` finds ``Qorvex Motors`` though no Group/Co./Ltd word names it one."""
        assert said(
            "Qorvex Motors opened an assembly line in Hub on Monday.",
            "Output will double by June, the company said.",
        )[-1] == ("Qorvex Motors", INDIRECT, "said", "Output will double by June")

    def test_side_is_a_diplomat_of_no_country(self) -> None:
        """``Consul General X said … The Chinese side said``: a diplomat speaks for a side."""
        assert said(
            "Consul General Lu Hong said that trade had grown.",
            "The Chinese side said that it would send a survey team.",
        )[-1] == ("Lu Hong", INDIRECT, "said", "it would send a survey team")

    def test_according_to_the_statement_a_person_spoke_in(self) -> None:
        """``X said in a statement …`` then ``according to the statement``: X, with no body."""
        assert said(
            "Minister Ali Raza said in a statement on Monday that the talks went well.",
            "Both sides agreed to meet again, according to the statement.",
        )[-1] == ("Ali Raza", INDIRECT, "according to", "Both sides agreed to meet again")

    def test_company_statement_is_the_company_named_before(self) -> None:
        """``according to a company statement``: the company, not ``a company``."""
        assert said(
            "Fictional Cable Co. Ltd. will train 500 students.",
            "The course starts in May, according to a company statement.",
        )[-1] == ("Fictional Cable Co. Ltd", INDIRECT, "according to", "The course starts in May")

    def test_company_after_its_clause_is_the_unknown_name_it_opens_with(self) -> None:
        """``X Seed Works has …, the company told Y``: X, and ``the company`` later too."""
        firm = "Fictional Seed Works"
        assert said(
            f"Multan-based {firm} has supplied seeds to 900 farmers, the company told Fictional "
            "News (FN).",
            "A second plant will open in June, the company said.",
        ) == [
            (firm, INDIRECT, "told", f"Multan-based {firm} has supplied seeds to 900 farmers"),
            (firm, INDIRECT, "said", "A second plant will open in June"),
        ]

    def test_company_after_a_clause_opening_with_a_person_stays_the_descriptor(self) -> None:
        """``Ali Khan has joined …, the company said``: a person read before is no company."""
        assert said("Ali Khan has joined the fictional board, the company said.") == [
            ("the company", INDIRECT, "said", "Ali Khan has joined the fictional board")
        ]


class TestAppositiveWithARelativeClause:
    def test_which_clause_of_the_appositive_keeps_the_named_subject(self) -> None:
        """``X, the manager of Y Builders, which won …, told``: X speaks, and ``he added`` too."""
        assert said(
            "Liu Bo, the project manager of Fictional Builders, which won the tender last year, "
            "told reporters that the road was open.",
            "He added that the bridge would follow in May.",
        ) == [
            ("Liu Bo", INDIRECT, "told", "the road was open"),
            ("Liu Bo", INDIRECT, "added", "the bridge would follow in May"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("Prime Minister Ali Raza, who was accompanied by federal ministers, said the "
             "government would ensure security.", "Ali Raza"),
            ("The prime minister, who was accompanied by federal ministers, said the "
             "government would ensure security.", "The prime minister"),
            ("The company, which is owned by the provincial government, said the government "
             "would ensure security.", "The company"),
        ],
    )  # fmt: skip
    def test_mention_inside_a_relative_clause_is_no_subject(
        self, sentence: str, speaker: str
    ) -> None:
        """``The prime minister, who was accompanied by ministers, said``: not the ministers."""
        assert said(sentence) == [
            (speaker, INDIRECT, "said", "the government would ensure security")
        ]

    def test_who_clause_after_a_body_ending_the_appositive_is_the_persons(self) -> None:
        """``Mr X, Member (North) of the Y Authority, who accompanied Z, said``: X speaks."""
        assert said(
            "Mr. Asad Kamal, Member (North) of the Fictional Highway Authority, who accompanied "
            "the Ambassador, said that the side would ensure the safety of all personnel."
        ) == [("Asad Kamal", INDIRECT, "said", "the side would ensure the safety of all personnel")]

    def test_who_clause_of_a_body_subject(self) -> None:
        """``The X Trust, who runs the school, said``: no person before it, so the trust."""
        assert said("The Fictional Trust, who runs the school, said that fees would fall.") == [
            ("Fictional Trust", INDIRECT, "said", "fees would fall")
        ]

    def test_which_clause_of_a_body_subject(self) -> None:
        """``On Monday, the X Trust, which runs it, said``: the trust, not the adverbial."""
        assert said(
            "On Monday, the Fictional Trust, which runs the school, said fees would fall."
        ) == [("Fictional Trust", INDIRECT, "said", "fees would fall")]


class TestTrailingClauseAfterTheSource:
    @pytest.mark.parametrize(
        "tail",
        ["the operator said Friday, as crews cleared the debris",
         "the operator said Friday, even as talks went on",
         "the operator said on Friday, without giving a reason",
         "the operator said, without elaborating"],
    )  # fmt: skip
    def test_clause_after_a_trailing_source_is_no_content(self, tail: str) -> None:
        """``A, X said Friday, as …`` / ``…, without elaborating``: one statement, A."""
        assert said(f"The fictional road will reopen on Monday, {tail}.") == [
            ("the operator", INDIRECT, "said", "The fictional road will reopen on Monday")
        ]


class TestInvertedSpeakerWithARole:
    def test_possessed_title_after_the_name_is_no_statement(self) -> None:
        """``said Wu Jie, Haier's head of sales``: the title is the speaker's, one statement."""
        found = said("“Orders are up,” said Wu Jie, Hexamotor’s head of sales.")
        assert [(name, kind, text) for name, kind, _, text in found] == [
            ("Wu Jie", DIRECT, "Orders are up")
        ]

    @pytest.mark.parametrize(
        "title",
        [
            "general manager of Karakoram Freight Group’s Sost operations",
            "deputy director of Karakoram Freight Group's export division",
            "head of the group’s Sost office",
        ],
    )
    def test_unit_owned_by_a_body_closes_the_title(self, title: str) -> None:
        """``A, said X, TITLE of ORG's unit.``: the owned unit is the title's, A the content."""
        assert said(f"Truck traffic rose by a quarter in April, said Xu Peng, {title}.") == [
            ("Xu Peng", INDIRECT, "said", "Truck traffic rose by a quarter in April")
        ]

    def test_quote_ending_in_is_before_an_inverted_verb(self) -> None:
        """``“… where supply is,” said X``: the quote's last ``is`` makes no passive frame."""
        assert said(
            'Buyers hesitate. "We go where the credit is," said Sana Mir, director of the '
            "fictional chamber, after the meeting."
        ) == [("Sana Mir", DIRECT, "said", "We go where the credit is")]


class TestParticipleOfAnOpeningGroup:
    @pytest.mark.parametrize(
        ("subject", "speaker"),
        [("Transporters in Fictionabad went on strike", "Transporters in Fictionabad"),
         ("Shopkeepers and transporters in Fictionabad have called a strike",
          "Shopkeepers and transporters in Fictionabad"),
         ("Tribal elders in Fictional district have rejected the plan",
          "Tribal elders in Fictional district"),
         ("Traders at the Fictional dry port have complained",
          "Traders at the Fictional dry port")],
    )  # fmt: skip
    def test_group_up_to_its_verb_says_the_participle(self, subject: str, speaker: str) -> None:
        """``Transporters in X went on strike, saying Y``: the group as written says Y."""
        assert said(f"{subject}, saying the new tolls were unfair.") == [
            (speaker, INDIRECT, "saying", "the new tolls were unfair")
        ]


class TestDocumentIssuers:
    def test_release_with_no_issuer_named_is_the_descriptor(self) -> None:
        """``…, the press release said`` with only a company mentioned: the release, no issuer."""
        assert said(
            "The fictional line is run by Fictional Rail Group and a partner.",
            "Two more inspection teams are expected in spring, the press release said.",
        ) == [
            (
                "the press release",
                INDIRECT,
                "said",
                "Two more inspection teams are expected in spring",
            )
        ]

    def test_release_is_its_named_issuer(self) -> None:
        """``X said in a press release`` then ``the press release said``: X."""
        assert said(
            "The blades will come from Fictional Rail Group, the Water Ministry said in a press "
            "release.",
            "Two more inspection teams are expected in spring, the press release said.",
        )[-1] == (
            "Water Ministry",
            INDIRECT,
            "said",
            "Two more inspection teams are expected in spring",
        )

    def test_statement_of_a_body_that_issued_one_without_reporting(self) -> None:
        """``X issued a statement on Monday.`` then ``according to the statement``: X."""
        assert said(
            "The Fictional Water Board issued a statement on Monday.",
            "The dam will be finished by June, according to the statement.",
        ) == [
            ("Fictional Water Board", INDIRECT, "according to", "The dam will be finished by June")
        ]

    @pytest.mark.parametrize("document", ["a statement from", "a press release from"])
    def test_document_from_a_body_is_the_bodys(self, document: str) -> None:
        """``According to a statement from X, A``: the document as written speaks, X its body."""
        assert said(
            f"According to {document} the Planning Ministry, the survey of the canal is over."
        ) == [(f"{document} the Planning Ministry", INDIRECT, "According to",
               "the survey of the canal is over")]  # fmt: skip

    def test_statement_is_not_a_tweet(self) -> None:
        """``X said in a tweet`` makes ``the statement`` no tweet's: a body's statement wins."""
        assert said(
            "The talks will start on Monday, the Foreign Office said in a statement.",
            "Minister Ali Raza said in a tweet that he was glad.",
            "The ministers will also sign an accord, the statement said.",
        )[-1] == ("Foreign Office", INDIRECT, "said", "The ministers will also sign an accord")


class TestTitleTakenUp:
    def test_title_before_a_name_with_another_role(self) -> None:
        """``Senator X, chairman of Y`` then ``The senator said``: X, though his role is chair."""
        assert said(
            "Senator Gul Afridi, chairman of the fictional standing committee, opened the debate. "
            "Minister Ali Shah replied.",
            "The senator said the tariff would hurt exporters.",
        )[-1] == ("Gul Afridi", INDIRECT, "said", "the tariff would hurt exporters")

    def test_latest_holder_of_the_title(self) -> None:
        """Two senators named: ``the senator`` is the latest one."""
        assert said(
            "Senator Gul Afridi, chairman of the fictional standing committee, opened the debate. "
            "Senator Zara Mir, head of the fictional caucus, spoke next.",
            "The senator said the tariff would hurt exporters.",
        ) == [("Zara Mir", INDIRECT, "said", "the tariff would hurt exporters")]


class TestSourceWithAPossessiveRole:
    @pytest.mark.parametrize("owner", ["the plant's", "its", "their"])
    def test_named_source_after_a_possessed_role(self, owner: str) -> None:
        """``…, according to its manager, X``: X, whatever possessive the role has."""
        assert said(f"Output rose by a fifth, according to {owner} manager, Kamran Baig.") == [
            ("Kamran Baig", INDIRECT, "according to", "Output rose by a fifth")
        ]

    def test_possessed_role_with_no_name_is_no_source(self) -> None:
        """``according to its website`` stays the document's; no person is made up."""
        assert (
            said(
                "The Fictional Estate Company runs the zone.",
                "Work on the second phase is under way, according to its website.",
            )[-1][0]
            == "Fictional Estate Company"
        )


class TestSideOfAPersonWhoDidNotSpeak:
    def test_side_is_the_person_an_appositive_makes_chinese(self) -> None:
        """``X, chairman of a Chinese turbine maker, met …. The Chinese side said``: X."""
        assert said(
            "Zhao Min, chairman of a Chinese turbine maker, met the minister. The Chinese side "
            "said the second turbine would arrive in April."
        ) == [("Zhao Min", INDIRECT, "said", "the second turbine would arrive in April")]

    def test_side_is_the_delegation_leader_of_the_sentence_before(self) -> None:
        """A leader named just before, once the other side is named: the side's speaker."""
        assert said(
            "Pakistani Minister Omar Latif opened the plant.",
            "Earlier, a delegation led by Hexa chairman Zhao Min called on the minister. "
            "The Chinese side said the second turbine would arrive in April.",
        )[-1] == ("Zhao Min", INDIRECT, "said", "the second turbine would arrive in April")

    def test_side_stays_the_descriptor_when_its_person_was_named_long_before(self) -> None:
        """A host named paragraphs before the side speaks is not taken for that side."""
        assert said(
            "Chinese Ambassador Lu Hong was received by Chief Secretary Omar Latif.",
            "The ambassador said that the plant would light 4,000 homes.",
            "The Pakistani side said that it would save diesel.",
        )[-1] == ("The Pakistani side", INDIRECT, "said", "it would save diesel")


class TestBodiesAsSpeakers:
    INSTITUTE = "Pak-China Institute of Technology at Taxila"

    def test_body_with_its_site_announces_after_the_content(self) -> None:
        """``…, the X Institute at Taxila announced on Monday``: the body, named whole."""
        assert said(f"Enrolment rose by a third, the {self.INSTITUTE} announced on Monday.") == [
            (self.INSTITUTE, INDIRECT, "announced", "Enrolment rose by a third")
        ]

    def test_according_to_the_institute_and_it_said(self) -> None:
        """``according to the institute`` and ``it said`` after it: that body, whole."""
        assert said(
            f"Enrolment rose by a third, the {self.INSTITUTE} announced on Monday.",
            "Ten trainers will arrive in June, according to the institute.",
            "The best students will tour Wuhan in July, it said.",
        )[1:] == [
            (self.INSTITUTE, INDIRECT, "according to", "Ten trainers will arrive in June"),
            (self.INSTITUTE, INDIRECT, "said", "The best students will tour Wuhan in July"),
        ]

    def test_according_to_a_kind_no_body_named_is_the_descriptor(self) -> None:
        """``according to the institute`` with no institute named: the descriptor as written."""
        assert said("Ten trainers will arrive in June, according to the institute.") == [
            ("the institute", INDIRECT, "according to", "Ten trainers will arrive in June")
        ]


class TestInvertedPresentWithRoleAndParticiple:
    @pytest.mark.parametrize(
        "role",
        [
            "the mill's finance director",
            "finance director of the mill",
            "42, the mill's finance director",
        ],
    )
    def test_role_and_participle_are_no_second_statement(self, role: str) -> None:
        """``“A,” says X, ROLE, pointing at Y``: one direct statement by X."""
        assert said(f'"We need cheaper power," says Li Na, {role}, pointing at the meter.') == [
            ("Li Na", DIRECT, "says", "We need cheaper power")
        ]
