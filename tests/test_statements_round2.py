"""Statement rules for the wordings the session-7 held-out sets showed (fictional fixtures)."""

import pytest

from cpecdata.model import Actor
from test_statements import DIRECT, INDIRECT, article, read, said


class TestCircumstancesAfterATrailingSource:
    @pytest.mark.parametrize(
        "tail",
        [
            "a district official said on Friday, two days after gunmen fired at the camp",
            "a district official said Friday, just hours after gunmen fired at the camp",
            "a district official said, a day after gunmen fired at the camp",
            "a district official said on Friday shortly after the cabinet met",
            "a district official said on Friday, a week ahead of the cabinet meeting",
            "a district official said on Friday, just as the cabinet met",
            "a district official said amid concerns over the camp's safety",
            "a district official said, ahead of the cabinet meeting",
            "a district official said on Friday despite protests by the workers",
        ],
    )
    def test_circumstance_is_no_content(self, tail: str) -> None:
        """``A, X said on Friday, two days after B`` / ``amid B``: B is the remark's setting."""
        assert said(f"Armed escorts will guard the fictional quarry at Kotri, {tail}.") == [
            ("a district official", INDIRECT, "said", "Armed escorts will guard the fictional "
             "quarry at Kotri"),
        ]  # fmt: skip

    @pytest.mark.parametrize(
        "circumstance", ["a day after gunmen fired at the camp", "amid concerns over the camp"]
    )
    def test_circumstance_after_a_trailing_according_to(self, circumstance: str) -> None:
        """``A, according to X, a day after B``: A is X's, B the setting."""
        assert said(
            f"Armed escorts will guard the fictional quarry, according to a district official, "
            f"{circumstance}."
        ) == [
            ("a district official", INDIRECT, "according to", "Armed escorts will guard the "
             "fictional quarry"),
        ]  # fmt: skip


class TestAudienceAfterTheContent:
    @pytest.mark.parametrize(
        "audience",
        [
            "a gathering of investors in Multan",
            "a weekly news conference",
            "a regular press briefing in Beijing",
            "a meeting of exporters",
            "an audience of students at the university on Monday",
            "a seminar organised by the fictional chamber",
            "a ceremony marking the anniversary",
            "a group of visiting journalists from Beijing",
        ],
    )
    def test_audience_of_a_trailing_told_is_no_content(self, audience: str) -> None:
        """``A, the minister told a gathering of investors``: the audience is who heard A."""
        assert said(
            f"The fictional copper smelter will open in May, the minister told {audience}."
        ) == [("the minister", INDIRECT, "told", "The fictional copper smelter will open in May")]

    def test_clause_after_an_audience_of_three_nouns(self) -> None:
        """``told a weekly news conference on Monday B``: B, after the whole audience."""
        assert said(
            "The minister told a weekly news conference on Monday the fictional smelter would "
            "open in May."
        ) == [("The minister", INDIRECT, "told", "the fictional smelter would open in May")]

    def test_clause_after_an_audience_with_an_of_phrase(self) -> None:
        """``told members of the panel the plan was ready``: the clause after the audience."""
        assert said("The minister told members of the panel the fictional smelter was ready.") == [
            ("The minister", INDIRECT, "told", "the fictional smelter was ready")
        ]


class TestDescriptorBySynonymOfTheTitle:
    def test_topic_chief_is_the_leading_title_on_that_topic(self) -> None:
        """``the provincial police chief`` after ``Inspector General of Police X``: X speaks."""
        found = read(
            article(
                "Sindh Inspector General of Police Kamran Lodhi toured the fictional camp.",
                "“Every checkpoint will be audited,” the provincial police chief said.",
            )
        )
        assert [(s.speaker, s.text) for s in found] == [
            (
                Actor("Kamran Lodhi", "Inspector General of Police", "Sindh", "Pakistan"),
                "Every checkpoint will be audited",
            )
        ]

    def test_topic_chief_fits_a_chairman_of_the_topics_body(self) -> None:
        """``the railways head`` after ``Chairman Pakistan Railways X``: X speaks."""
        assert said(
            "Chairman Pakistan Railways Asif Baig toured the fictional yard.",
            "The yard will reopen in June, the railways head said.",
        ) == [("Asif Baig", INDIRECT, "said", "The yard will reopen in June")]

    @pytest.mark.parametrize(
        ("named", "descriptor"),
        [
            ("Gwadar Port Authority Chairman Ali Noon", "the port chief"),
            ("State Bank of Pakistan Governor Ali Noon", "the central bank chief"),
            ("Foreign Minister Ali Noon", "the top diplomat"),
            ("Chief Minister Ali Noon", "the provincial chief executive"),
        ],
    )
    def test_descriptor_wording_of_a_title(self, named: str, descriptor: str) -> None:
        """``the port chief`` a port authority's chairman, ``the top diplomat`` a minister."""
        assert said(
            f"{named} toured the fictional berth.",
            f"The berth will open in May, {descriptor} said.",
        ) == [("Ali Noon", INDIRECT, "said", "The berth will open in May")]

    def test_topic_chief_with_no_fitting_title_stays_as_written(self) -> None:
        """``the police chief`` after only a minister: no one fits, the descriptor speaks."""
        assert said(
            "Minister Ali Shah toured the fictional camp.",
            "The camp is safe, the police chief said.",
        ) == [("the police chief", INDIRECT, "said", "The camp is safe")]

    @pytest.mark.parametrize(
        "named",
        [
            "The Foreign Office announced on Saturday that the talks were off.",
            "Foreign Office spokesperson Amna Riaz met reporters on Saturday.",
        ],
    )
    def test_abbreviation_of_a_body_named_before(self, named: str) -> None:
        """``the FO said`` after the Foreign Office was named: the Foreign Office speaks."""
        found = read(article(named, "“New dates will be set soon,” the FO said in a statement."))
        assert (found[-1].speaker.name, found[-1].text) == (
            "Foreign Office",
            "New dates will be set soon",
        )

    def test_abbreviation_spells_every_initial(self) -> None:
        """``the FO`` is no Federal Board of Revenue: every initial must be spelt."""
        assert said(
            "The Federal Board of Revenue raised the fictional duty.",
            "The talks are off, the FO said.",
        ) == [("FO", INDIRECT, "said", "The talks are off")]


class TestClauseGoingOnAfterAndANoun:
    @pytest.mark.parametrize(
        ("second", "text"),
        [
            ("and shippers still wait two days", "shippers still wait two days"),
            ("and customs work only by day", "customs work only by day"),
            ("and Chinese lenders are cautious", "Chinese lenders are cautious"),
            ("but demand has held up", "demand has held up"),
        ],
    )
    def test_noun_after_and_opens_a_second_statement(self, second: str, text: str) -> None:
        """``A, she said, and banks remain wary``: a new subject, so a second statement."""
        assert said(
            "Ms Rabia Noon runs a fictional haulage firm.",
            f"Cargo at the dry port fell by half, she said, {second}.",
        ) == [
            ("Rabia Noon", INDIRECT, "said", "Cargo at the dry port fell by half"),
            ("Rabia Noon", INDIRECT, "said", text),
        ]

    @pytest.mark.parametrize(
        "act",
        [
            "and urges the lenders to help",
            "and spoke of new routes",
            "and gave no figures",
            "and then left the hall",
            "and laid the foundation stone of a depot",
            "and did not give a date",
        ],
    )
    def test_verb_after_and_is_the_speakers_act(self, act: str) -> None:
        """``A, she says, and urges the banks to …``: her own act, no second statement."""
        assert said(
            "Ms Rabia Noon runs a fictional haulage firm.",
            f"Cargo at the dry port fell by half, she said, {act}.",
        ) == [("Rabia Noon", INDIRECT, "said", "Cargo at the dry port fell by half")]


class TestAttitudeOfTheReportedSubject:
    def test_present_attitude_after_a_past_frame_is_the_clauses(self) -> None:
        """``X said Beijing values A and hopes B``: the subject's attitude, one statement."""
        assert said(
            "Ambassador Li Wei said Beijing values the fictional berth and hopes a second one "
            "will open by spring."
        ) == [
            ("Li Wei", INDIRECT, "said", "Beijing values the fictional berth and hopes a "
             "second one will open by spring"),
        ]  # fmt: skip

    @pytest.mark.parametrize(
        ("frame", "attitude"),
        [("said", "hoped it would be extended"), ("says", "hopes it will be extended")],
    )
    def test_attitude_in_the_frames_tense_is_the_speakers(self, frame: str, attitude: str) -> None:
        """``X said A and hoped B``: the same tense as the frame, so X's second statement."""
        found = said(f"Ambassador Li Wei {frame} Beijing backs the fictional berth and {attitude}.")
        assert [(verb, text) for _, _, verb, text in found] == [
            (frame, "Beijing backs the fictional berth"),
            (attitude.split()[0], attitude.partition(" ")[2]),
        ]


class TestRelativeClauseOfTheAudience:
    @pytest.mark.parametrize(
        "relative",
        [
            "which was meeting for the first time since the budget",
            "which met with Senator Rana Gill in the chair",
            "who had asked for the figures, and the media",
        ],
    )
    def test_that_clause_after_the_audiences_relative_clause(self, relative: str) -> None:
        """``informed the panel, which met on Monday, that B``: B is reported."""
        assert said(
            f"Secretary Ali Noon informed the panel, {relative}, that Rs9bn had been set aside "
            "for the fictional canal."
        ) == [
            ("Ali Noon", INDIRECT, "informed", "Rs9bn had been set aside for the fictional canal")
        ]


class TestRestOfAnInvertedSpeakersAppositive:
    def test_rest_of_the_appositive_is_no_content(self) -> None:
        """``A, said X, a fellow at the Institute of Y of Z University.``: one statement, A."""
        found = said(
            "Dry ports matter to the fictional corridor, said Hu Lin, a research fellow at the "
            "Institute of Central Asian Affairs of Fictional University."
        )
        assert [(name, text) for name, _, _, text in found] == [
            ("Hu Lin", "Dry ports matter to the fictional corridor")
        ]


class TestInvertedVerbAfterANonPersonsRelativeClause:
    @pytest.mark.parametrize(
        "phrase",
        [
            "the quiet engine of the Gwadar Port Authority (GPA), which few travellers notice",
            "the soft side of the Fictional Trade Corridor (FTC), which draws less attention",
        ],
    )
    def test_name_closing_the_sentence_speaks(self, phrase: str) -> None:
        """``A is the X (CPEC), which …, said Y, a lecturer``: Y speaks, and ``She`` goes on."""
        found = said(
            f"Dry ports are {phrase}, said Sana Qadri, a logistics lecturer in Peshawar.",
            "She noted that the fictional depot handles most of the trade.",
        )
        assert found == [
            ("Sana Qadri", INDIRECT, "said", f"Dry ports are {phrase}"),
            ("Sana Qadri", INDIRECT, "noted", "the fictional depot handles most of the trade"),
        ]

    def test_name_opening_a_clause_is_reported(self) -> None:
        """``The X Trust (XT), which runs it, said Y, its founder, resigned``: the trust speaks."""
        assert said(
            "The Fictional Trust (FT), which runs the school, said Ali Noon, its founder, "
            "resigned in May."
        ) == [("Fictional Trust", INDIRECT, "said", "Ali Noon, its founder, resigned in May")]

    def test_person_before_the_relative_clause_keeps_the_verb(self) -> None:
        """``X, who leads the team, said Y, the envoy, had agreed``: X speaks about Y."""
        assert said(
            "Minister Ali Noon, who leads the team, said Zhang Wei, the fictional envoy, had "
            "agreed."
        ) == [("Ali Noon", INDIRECT, "said", "Zhang Wei, the fictional envoy, had agreed")]


class TestPluralSourceWithAPlaceTail:
    @pytest.mark.parametrize(
        "group",
        [
            "Engineers at the Havelian depot",
            "Engineers at the Havelian depot on the northern stretch",
            "Officials at the Sost dry port on the Pakistani side",
            "Traders at the Multan grain market",
            "Shopkeepers near the Sost dry port",
            "Residents along the Karakoram Highway",
        ],
    )
    def test_group_with_its_place_speaks_as_written(self, group: str) -> None:
        """``Engineers at the X depot on the north stretch said``: the group, not the minister."""
        assert said(
            "Minister Abdul Noon opened the fictional road.",
            f"{group} said the track had been relaid in ten days.",
        ) == [(group, INDIRECT, "said", "the track had been relaid in ten days")]


class TestTopicGoesOnPastAPronounsSentence:
    def test_person_named_with_an_age_then_she(self) -> None:
        """``X, 31, packs cartons. She moved … ¶ “…,” she said``: X, not an earlier speaker."""
        assert said(
            "Factory manager Li Qiang said output had doubled.",
            "Rabia Noon, 31, packs cartons at a fictional shoe plant. She moved from Mardan last "
            "spring.",
            "“The wage is steady and the bus stops at the gate,” she said.",
        ) == [
            ("Li Qiang", INDIRECT, "said", "output had doubled"),
            ("Rabia Noon", DIRECT, "said", "The wage is steady and the bus stops at the gate"),
        ]


class TestMorePersonNouns:
    @pytest.mark.parametrize(
        "appositive",
        [
            "a research fellow at the Institute of Port Studies",
            "a visiting scholar at Fictional University",
            "a member of the Fictional Business Council",
        ],
    )
    def test_appositive_of_a_trailing_source_is_no_content(self, appositive: str) -> None:
        """``A, according to X, a research fellow at Y.``: the appositive describes X."""
        assert said(
            f"Dry ports matter to the fictional corridor, according to Hu Lin, {appositive}."
        ) == [("Hu Lin", INDIRECT, "according to", "Dry ports matter to the fictional corridor")]

    def test_he_after_an_unresolved_secretary_is_the_secretary(self) -> None:
        """``The secretary said A. “B,” he said.``: he is the secretary, named later."""
        assert said(
            "A delegation led by Liang Wei, a vice-president of a fictional contractor, arrived.",
            "The secretary said land was ready. “Work will start soon,” he said.",
            "Railways Secretary Ali Noon later met the delegation.",
        ) == [
            ("Ali Noon", INDIRECT, "said", "land was ready"),
            ("Ali Noon", DIRECT, "said", "Work will start soon"),
        ]


class TestNameOpeningTheClauseAfterTheAudience:
    @pytest.mark.parametrize(
        ("audience", "clause"),
        [
            ("reporters", "Pakistan will get the fictional loan"),
            ("reporters", "China values the fictional berth"),
            ("Dawn", "Pakistan would get the fictional loan"),
            ("China Daily", "the fictional loan was ready"),
        ],
    )
    def test_capitalised_subject_is_no_part_of_the_audience(
        self, audience: str, clause: str
    ) -> None:
        """``told reporters China values B``: China opens the clause; ``told China Daily B``."""
        assert said(f"Ambassador Li Wei told {audience} {clause}.") == [
            ("Li Wei", INDIRECT, "told", clause)
        ]
