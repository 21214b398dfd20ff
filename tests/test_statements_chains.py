"""Statement tests for chains: quotes that run on across paragraphs, and speakers referred to again.

Also speakers with trailing phrases, titles the actor finder must read, and the verbs that chain
statements. Every article is fictional.
"""

import pytest

from cpecdata.model import Actor, StatementKind
from test_statements import DIRECT, INDIRECT, article, read, said


class TestRunOnQuotes:
    def test_quote_reopened_after_its_frame_runs_on_into_the_next_paragraph(self) -> None:
        """``“A,” she said. “B`` ¶ ``“C.”``: B and C are hers, one statement per paragraph."""
        assert said(
            "Water Minister Rubina Saleem opened the canal office on Friday.",
            "“The lining is done,” she said. “The pumps arrive in spring.",
            "“Farmers will get water twice a week.”",
            "The office will employ forty people.",
        ) == [
            ("Rubina Saleem", DIRECT, "said", "The lining is done"),
            ("Rubina Saleem", DIRECT, "said", "The pumps arrive in spring."),
            ("Rubina Saleem", DIRECT, "said", "Farmers will get water twice a week."),
        ]

    def test_open_quote_after_a_closed_quote_paragraph_is_the_same_speaker(self) -> None:
        """``“A,” he argued.`` ¶ ``“B`` ¶ ``“C.”``: no frame follows, so B and C are still his."""
        assert said(
            "Counsel Omar Daud spoke first. “My clients want fair prices,” he argued.",
            "“The fictional zone is built on their fields. Some have waited four years.",
            "“If the state can pay for roads, it can pay for farmers.”",
            "The judge adjourned the hearing.",
        ) == [
            ("Omar Daud", DIRECT, "argued", "My clients want fair prices"),
            ("Omar Daud", DIRECT, "argued",
             "The fictional zone is built on their fields. Some have waited four years."),
            ("Omar Daud", DIRECT, "argued",
             "If the state can pay for roads, it can pay for farmers."),
        ]  # fmt: skip

    def test_frame_in_the_middle_paragraph_covers_the_paragraphs_on_both_sides(self) -> None:
        """``“A`` ¶ ``“B,” he said. “C`` ¶ ``“D.”``: the frame between gives all four to him."""
        assert said(
            "Railway chief Anwar Dogar toured the workshop.",
            "“The coaches are old.",
            "“New ones come next year,” he said. “Each seats eighty.",
            "“They will run on the northern line.”",
        ) == [
            ("Anwar Dogar", DIRECT, "said", "The coaches are old."),
            ("Anwar Dogar", DIRECT, "said", "New ones come next year"),
            ("Anwar Dogar", DIRECT, "said", "Each seats eighty."),
            ("Anwar Dogar", DIRECT, "said", "They will run on the northern line."),
        ]

    def test_frame_ending_its_paragraph_with_a_colon_introduces_the_next(self) -> None:
        """``At the launch, she said:`` ¶ ``“A`` ¶ ``“B.”``: hers; the lead-in is none."""
        assert said(
            "Governor Nasreen Baig spoke at the launch. At the launch, she said:",
            "“The fund is open to small firms. Banks will lend at six percent.",
            "“No collateral will be asked.”",
        ) == [
            ("Nasreen Baig", DIRECT, "said", "The fund is open to small firms. Banks will lend "
             "at six percent."),
            ("Nasreen Baig", DIRECT, "said", "No collateral will be asked."),
        ]  # fmt: skip

    def test_single_quotes_run_on_like_double_ones(self) -> None:
        """``‘A,’ she said. ‘B`` ¶ ``‘C.’``: outlets that quote with single marks chain too."""
        assert said(
            "Trade Minister Rabia Jatoi opened the fair.",
            "‘Exports grew,’ she said. ‘Imports fell.",
            "‘The gap is closing.’",
            "The '80s were different, she said.",
        ) == [
            ("Rabia Jatoi", DIRECT, "said", "Exports grew"),
            ("Rabia Jatoi", DIRECT, "said", "Imports fell."),
            ("Rabia Jatoi", DIRECT, "said", "The gap is closing."),
            ("Rabia Jatoi", INDIRECT, "said", "The '80s were different"),
        ]


class TestPostModifiers:
    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("A spokeswoman for the trust said the clinic would reopen.",
             "A spokeswoman for the trust"),
            ("An officer of the customs department who requested anonymity said the clinic "
             "would reopen.", "An officer of the customs department who requested anonymity"),
            ("A Chinese engineer involved in the design said the clinic would reopen.",
             "A Chinese engineer involved in the design"),
            ("A Western diplomat familiar with the loan said the clinic would reopen.",
             "A Western diplomat familiar with the loan"),
        ],
    )  # fmt: skip
    def test_descriptor_subject_keeps_its_post_modifier(self, sentence: str, speaker: str) -> None:
        """An unnamed source is the descriptor as written, up to its verb, modifiers and all."""
        assert said(sentence) == [(speaker, INDIRECT, "said", "the clinic would reopen")]

    @pytest.mark.parametrize(
        ("sentence", "speaker", "verb"),
        [
            ("“The clinic will reopen,” said a spokeswoman for the trust.",
             "a spokeswoman for the trust", "said"),
            ("“The clinic will reopen,” said an officer at the customs house on Friday.",
             "an officer at the customs house", "said"),
            ("The clinic will reopen, according to an officer of the trust who asked not to be "
             "named.", "an officer of the trust who asked not to be named", "according to"),
        ],
    )  # fmt: skip
    def test_descriptor_after_its_verb_keeps_its_post_modifier(
        self, sentence: str, speaker: str, verb: str
    ) -> None:
        """After ``said`` or ``according to`` it runs to its clause's end, short of a time."""
        assert [(s, v) for s, _, v, _ in said(sentence)] == [(speaker, verb)]

    def test_descriptor_that_speaks_in_a_document_is_no_post_modifier(self) -> None:
        """``The ministry in a statement said``: the statement is where it spoke, not who it is."""
        assert said("The ministry in a statement said the clinic would reopen.") == [
            ("The ministry", INDIRECT, "said", "the clinic would reopen")
        ]

    def test_participle_after_a_closing_quote_mark_goes_on(self) -> None:
        """``… “once X”, adding that B``: two statements, the first keeping its closing mark."""
        assert said(
            "A spokeswoman for the trust said the clinic would reopen “once the roof is fixed”, "
            "adding that the staff would be paid meanwhile."
        ) == [
            ("A spokeswoman for the trust", INDIRECT, "said",
             "the clinic would reopen “once the roof is fixed”"),
            ("A spokeswoman for the trust", INDIRECT, "adding",
             "the staff would be paid meanwhile"),
        ]  # fmt: skip


class TestTitledSpeakers:
    def test_envoy_with_his_post_is_the_subject(self) -> None:
        """``Consul General X in Quetta said``: the post between name and verb hides no one."""
        assert said("Consul General Chen Haiyu in Quetta said the visas were ready.") == [
            ("Chen Haiyu", INDIRECT, "said", "the visas were ready")
        ]

    def test_body_chief_resolves_to_its_named_head(self) -> None:
        """``the FPCCI chief`` is whoever heads that body, whatever the title (president)."""
        assert said(
            "FPCCI President Naila Shah said exporters needed cheaper gas.",
            "The FPCCI chief said the new tariff would close mills.",
            "The LCCI chief said the tariff was fair.",
        ) == [
            ("Naila Shah", INDIRECT, "said", "exporters needed cheaper gas"),
            ("Naila Shah", INDIRECT, "said", "the new tariff would close mills"),
            ("The LCCI chief", INDIRECT, "said", "the tariff was fair"),
        ]

    def test_appositive_title_after_an_inverted_verb_is_the_speakers(self) -> None:
        """``said X, managing director of the AEDB, adding``: title and body are X's throughout."""
        found = read(
            article(
                "“The dam is ready,” said Rehan Qazi, managing director of the AEDB, adding that "
                "the turbines had arrived."
            )
        )
        qazi = Actor("Rehan Qazi", "managing director", "AEDB")
        assert [(s.speaker, s.verb, s.text) for s in found] == [
            (qazi, "said", "The dam is ready"),
            (qazi, "adding", "the turbines had arrived"),
        ]


class TestChainingVerbs:
    @pytest.mark.parametrize(
        ("sentence", "verb", "content"),
        [
            ("He went on to say that the berths would double.", "say",
             "the berths would double"),
            ("He also went on to add the cranes had arrived.", "add", "the cranes had arrived"),
            ("He added the dredging would end by June.", "added",
             "the dredging would end by June"),
            ("He was further quoted as saying the fees would fall.", "saying",
             "the fees would fall"),
            ("Mirani maintained that the tender was fair.", "maintained",
             "the tender was fair"),
            ("Mirani further said the port would hire locally.", "said",
             "the port would hire locally"),
            ("In a statement, Mirani said the dues had been cleared.", "said",
             "the dues had been cleared"),
            ("Mirani, in a statement, said the dues had been cleared.", "said",
             "the dues had been cleared"),
            ("He made it clear that no land would be leased.", "made it clear",
             "no land would be leased"),
            ("He insisted that the tender was fair.", "insisted", "the tender was fair"),
            ("He posted on X that the tender was fair.", "posted", "the tender was fair"),
        ],
    )  # fmt: skip
    def test_verb_after_a_named_speaker_keeps_him(
        self, sentence: str, verb: str, content: str
    ) -> None:
        """Lead-ins, asides and less common verbs still link the port chief to his clause."""
        assert said("Port chairman Zafar Mirani met the bidders on Monday.", sentence) == [
            ("Zafar Mirani", INDIRECT, verb, content)
        ]

    def test_bare_verb_without_a_lead_in_reports_nothing(self) -> None:
        """``The plant will add 500MW``: ``add`` reports only after ``went on to``."""
        assert said("Chairman Zafar Mirani said the plant will add 500MW, which would help.") == [
            ("Zafar Mirani", INDIRECT, "said", "the plant will add 500MW, which would help")
        ]

    def test_said_so_gives_the_preceding_sentence(self) -> None:
        """``X said so while …``: like ``said this``, the frame reports the sentence before."""
        assert said(
            "Chairman Zafar Mirani toured the berths.",
            "The dredging is complete. Mirani said so while talking to reporters in Gwadar.",
        ) == [("Zafar Mirani", INDIRECT, "said", "The dredging is complete")]

    def test_quote_closed_by_a_less_common_verb(self) -> None:
        """``“…,” he concluded``, ``he insisted``: a quote before them is direct speech."""
        assert said(
            "Chairman Zafar Mirani toured the berths.",
            "“We are ready,” he concluded.",
            "“Nothing is late,” he insisted.",
        ) == [
            ("Zafar Mirani", DIRECT, "concluded", "We are ready"),
            ("Zafar Mirani", DIRECT, "insisted", "Nothing is late"),
        ]

    def test_but_said_after_a_clause_is_a_second_statement(self) -> None:
        """``X noted A, but said B``: the verb after ``but`` goes on with X and ends A."""
        assert said(
            "Professor Nadia Gill noted that rents were high, but said demand was growing."
        ) == [
            ("Nadia Gill", INDIRECT, "noted", "rents were high"),
            ("Nadia Gill", INDIRECT, "said", "demand was growing"),
        ]


class TestUnnamedSpeakersAgain:
    def test_participle_after_a_name_goes_on_with_the_frames_speaker(self) -> None:
        """``X said A wrote to the Y Authority, adding B``: B is X's, not the authority's."""
        assert said(
            "Chairman Zafar Mirani said the port had written to the Gwadar Development "
            "Authority, adding that no reply had come."
        ) == [
            ("Zafar Mirani", INDIRECT, "said",
             "the port had written to the Gwadar Development Authority"),
            ("Zafar Mirani", INDIRECT, "adding", "no reply had come"),
        ]  # fmt: skip

    def test_definite_descriptor_takes_up_the_unnamed_speaker_it_repeats(self) -> None:
        """``a senior engineer at X … the engineer``: the same unnamed person, as first written."""
        engineer = "A senior engineer at the dam who asked not to be named"
        assert said(
            "A senior engineer at the dam who asked not to be named said the spillway leaked.",
            "“It will take a month to fix,” the engineer said.",
        ) == [
            (engineer, INDIRECT, "said", "the spillway leaked"),
            (engineer, DIRECT, "said", "It will take a month to fix"),
        ]

    def test_indefinite_agent_noun_speaks_as_written_and_takes_he(self) -> None:
        """``A Chinese hydrologist on the team said``: one unnamed person, whom ``he`` continues."""
        hydrologist = "A Chinese hydrologist on the team"
        assert said(
            "A Chinese hydrologist on the team said the river was rising. “We must wait,” he said."
        ) == [
            (hydrologist, INDIRECT, "said", "the river was rising"),
            (hydrologist, DIRECT, "said", "We must wait"),
        ]

    def test_opening_pronoun_takes_the_previous_sentences_subject(self) -> None:
        """``Envoy X spoke. Chairman Y thanked Z. He said``: he is Y, who opened the sentence."""
        assert said(
            "Consul General Hu Bin said the centre was a gift.",
            "Chairman Tariq Anwar thanked the consulate for its support. He said the centre "
            "would train 900 weavers a year.",
        ) == [
            ("Hu Bin", INDIRECT, "said", "the centre was a gift"),
            ("Tariq Anwar", INDIRECT, "said", "the centre would train 900 weavers a year"),
        ]


class TestMoreSpeakerShapes:
    def test_determiner_before_a_reporting_noun_is_no_speaker(self) -> None:
        """``Such claims ignore the facts``: ``claims`` is a noun, ``Such`` no one who spoke."""
        assert said(
            "Such claims ignore the facts.",
            "Minister Ayaz Shar visited Quetta. He told traders that the road was open.",
        ) == [("Ayaz Shar", INDIRECT, "told", "the road was open")]

    def test_the_expert_fits_a_professor(self) -> None:
        """``the expert`` after ``X, a professor at Y, said`` is X: academics are experts."""
        assert said(
            "Li Qiang, a professor at Lanzhou University, said the loans were cheap.",
            "“They carry no strings,” the expert said.",
        ) == [
            ("Li Qiang", INDIRECT, "said", "the loans were cheap"),
            ("Li Qiang", DIRECT, "said", "They carry no strings"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("The two sides agreed that the forum would meet in May.",
             [("The two sides", INDIRECT, "agreed", "the forum would meet in May")]),
            ("Pakistan and China agreed on Monday that the loan would be rolled over.",
             [("Pakistan and China", INDIRECT, "agreed", "the loan would be rolled over")]),
            ("Both sides agreed to build a road which will be finished in May.", []),
        ],
    )  # fmt: skip
    def test_agreed_reports_only_a_that_clause(
        self, sentence: str, expected: list[tuple[str, StatementKind, str, str]]
    ) -> None:
        """``agreed that`` states a shared view; ``agreed to`` is a commitment, no statement."""
        assert said(sentence) == expected

    @pytest.mark.parametrize("verb", ["clarified", "shared", "denied", "estimated", "vowed"])
    def test_verbs_that_report_only_before_that(self, verb: str) -> None:
        """``X clarified that B``, ``X shared that B``: B is X's statement."""
        assert said(f"Minister Ali Raza {verb} that the line would be ready by May.") == [
            ("Ali Raza", INDIRECT, verb, "the line would be ready by May")
        ]

    @pytest.mark.parametrize("verb", ["agreed", "shared", "said"])
    def test_with_phrase_before_that(self, verb: str) -> None:
        """``X agreed with the governor that B``: the ``with`` phrase is skipped, B reported."""
        assert said(f"Minister Ali Raza {verb} with the governor that the line was ready.") == [
            ("Ali Raza", INDIRECT, verb, "the line was ready")
        ]

    def test_expressed_concern_that(self) -> None:
        """``expressed concern that B`` reports B; ``expressed concern over X`` nothing."""
        assert said(
            "Minister Ali Raza expressed concern that the line would be late.",
            "Minister Ali Raza expressed concern over the fictional delay.",
        ) == [("Ali Raza", INDIRECT, "expressed concern", "the line would be late")]

    @pytest.mark.parametrize("verb", ["shared", "pledged", "denied"])
    def test_verbs_that_report_only_before_that_report_nothing_else(self, verb: str) -> None:
        """``X shared the details``, ``pledged support``: no clause, no statement."""
        assert said(f"Minister Ali Raza {verb} the details of the fictional plan.") == []

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("The strike ended on Monday, a senior port official said.",
             "a senior port official"),
            ("The protesters said the strike had ended.", "The protesters"),
        ],
    )  # fmt: skip
    def test_noun_modifiers_and_determiner_belong_to_the_source(
        self, sentence: str, speaker: str
    ) -> None:
        """``a port official``, ``The protesters``: the whole noun phrase, as written."""
        assert [s for s, _, _, _ in said(sentence)] == [speaker]

    def test_appositive_after_an_inverted_name_is_no_statement(self) -> None:
        """``“…,” said X, a 30-year-old welder from Y``: who X is, not what X said."""
        assert said("“The yard pays well,” said Gul Khan, a 30-year-old welder from Hub.") == [
            ("Gul Khan", DIRECT, "said", "The yard pays well")
        ]


class TestWireFrames:
    def test_participle_after_a_time_keeps_the_clause_before_the_frame(self) -> None:
        """``A, the board said on Thursday, adding that B``: A is the board's, and so is B."""
        assert said(
            "The Hub zone will open on May 2, the Mekran Development Board said on Thursday, "
            "adding that two firms had signed leases."
        ) == [
            ("Mekran Development Board", INDIRECT, "said", "The Hub zone will open on May 2"),
            ("Mekran Development Board", INDIRECT, "adding", "two firms had signed leases"),
        ]

    def test_time_then_another_adverbial_is_no_clause(self) -> None:
        """``A, officials said on Thursday after the meeting``: the meeting is no content."""
        assert said(
            "The two corridors will be built, officials said on Friday after the meeting."
        ) == [("officials", INDIRECT, "said", "The two corridors will be built")]

    def test_possessive_source_speaks_as_written(self) -> None:
        """``A, his office said``: the office speaks, with its possessive."""
        assert said("Minister Ali Raza will fly to Sost on May 1, his office said.") == [
            ("his office", INDIRECT, "said", "Minister Ali Raza will fly to Sost on May 1")
        ]

    def test_joint_statement_is_no_single_bodys(self) -> None:
        """``according to a joint statement``: not the last body named, the statement itself."""
        assert said(
            "The Joint Cooperation Committee met in Urumqi.",
            "The sides set up a mining group, according to a joint statement.",
        ) == [
            ("a joint statement", INDIRECT, "according to", "The sides set up a mining group"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("According to a railways ministry document seen by Dawn, the line will cost more.",
             "a railways ministry document seen by Dawn"),
            ("According to data shared with the Senate committee, the line will cost more.",
             "data shared with the Senate committee"),
            ("According to Pakistan's annual Economic Survey, the line will cost more.",
             "Pakistan's annual Economic Survey"),
        ],
    )  # fmt: skip
    def test_record_with_its_owner_or_keeper_speaks_as_written(
        self, sentence: str, speaker: str
    ) -> None:
        """A record seen by, shared with or owned by someone is a source; bare data is not."""
        assert [(s, t) for s, _, _, t in said(sentence)] == [(speaker, "the line will cost more")]

    def test_bare_data_stays_a_vague_source(self) -> None:
        """``according to official data``: whose data is not said, so no statement."""
        assert said("According to official data, the line will cost more.") == []


class TestQuotesAcrossSentences:
    def test_frame_after_a_question_quote_reports_it(self) -> None:
        """``“A. B?” X told the Post.``: the quote's sentence ended; the frame after takes it."""
        assert said(
            "Alliance leader Gul Bakhsh Rind led the sit-in.",
            '"We want roads. But why take the sea?" Rind told The Coastal Post.',
        ) == [("Gul Bakhsh Rind", DIRECT, "told", "We want roads. But why take the sea?")]

    def test_plural_source_after_a_closing_mark(self) -> None:
        """``“A!” the protesters said``: a closing mark opens the clause of the source."""
        assert said("“We will stay here!” the protesters said.") == [
            ("the protesters", DIRECT, "said", "We will stay here!")
        ]

    def test_mission_with_its_post_is_the_subject(self) -> None:
        """``the Chinese Embassy in Islamabad said``: the post between body and verb."""
        assert said("The Chinese Embassy in Islamabad said the talks were useful.") == [
            ("Chinese Embassy", INDIRECT, "said", "the talks were useful")
        ]

    def test_definite_body_descriptor_is_the_latest_body_of_its_kind(self) -> None:
        """``according to the company``: the company named last, not an earlier speaker's."""
        assert said(
            "Harbin Turbine Corporation said the dam was ready.",
            "The plant, built by Indus Breeze Power Limited, will open in May, according to "
            "the company.",
        ) == [
            ("Harbin Turbine Corporation", INDIRECT, "said", "the dam was ready"),
            ("Indus Breeze Power Limited", INDIRECT, "according to",
             "The plant, built by Indus Breeze Power Limited, will open in May"),
        ]  # fmt: skip

    def test_body_introduced_with_its_abbreviation_speaks_by_it(self) -> None:
        """``the X Council (XC) … the XC said``: the abbreviation is the body, named in full."""
        council = "Punjab Council for the Promotion of Cotton Trade"
        assert said(
            f"Vice Chairman of the {council} (PCPCT) Amir Gill led the delegation.",
            "In a letter to the ministry, the PCPCT said the tariff hurt growers.",
        ) == [(council, INDIRECT, "said", "the tariff hurt growers")]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("According to the clinic's medical superintendent Dr Saba Rind, it treated 900 "
             "patients.", "Saba Rind"),
            ("According to the clinic's chief, it treated 900 patients.", "the clinic's chief"),
        ],
    )  # fmt: skip
    def test_according_to_a_possessive_owners_title_holder(
        self, sentence: str, speaker: str
    ) -> None:
        """``according to the clinic's superintendent X``: the owner is no part of who spoke."""
        assert said(sentence) == [(speaker, INDIRECT, "According to", "it treated 900 patients")]

    def test_definite_age_description_takes_up_the_person_named(self) -> None:
        """``the 41-year-old mother said``: features name someone, then describe her by age."""
        assert said(
            "For years, Sakina Bibi walked an hour to the nearest well at the Kund clinic.",
            "“Now the tap is outside my door,” the 41-year-old mother of two said.",
        ) == [("Sakina Bibi", DIRECT, "said", "Now the tap is outside my door")]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("“The pumps never stop,” said a 40-year-old mechanic.", "a 40-year-old mechanic"),
            ("A 52-year-old farmer from Thar said the pumps never stop.",
             "A 52-year-old farmer from Thar"),
        ],
    )  # fmt: skip
    def test_indefinite_age_description_speaks_as_written(
        self, sentence: str, speaker: str
    ) -> None:
        """``a 40-year-old mechanic``: someone new, the description as written, age and all."""
        assert [s for s, _, _, _ in said(sentence)] == [speaker]


class TestFeatureAndWireShapes:
    def test_told_this_correspondent_is_no_content(self) -> None:
        """``A, an official told this correspondent``: the audience is skipped, A reported."""
        assert said("The trip will start on May 4, an official told this correspondent.") == [
            ("an official", INDIRECT, "told", "The trip will start on May 4")
        ]

    def test_anonymous_source_after_a_subordinator_then_the_people(self) -> None:
        """``… rose after people familiar with it said A`` … ``B, the people said``."""
        people = "people familiar with the talks"
        assert said(
            "Bonds rose on Monday after people familiar with the talks said the loan was agreed.",
            "The minister will fly to Beijing next week, the people said.",
        ) == [
            (people, INDIRECT, "said", "the loan was agreed"),
            (people, INDIRECT, "said", "The minister will fly to Beijing next week"),
        ]

    def test_age_alone_and_pronoun_after_an_opening_quote(self) -> None:
        """``the 61-year-old said``; ``X is not sure. “…,” he said``: both are X, not a speaker."""
        assert said(
            "At dawn, Rahim Bux Jamali mends his nets on the beach.",
            "“The catch is half what it was,” the 61-year-old said.",
            "Spokesperson Sana Mengal said the jetty would open in May.",
            "Jamali is not sure. “We have heard that before,” he said.",
        ) == [
            ("Rahim Bux Jamali", DIRECT, "said", "The catch is half what it was"),
            ("Sana Mengal", INDIRECT, "said", "the jetty would open in May"),
            ("Rahim Bux Jamali", DIRECT, "said", "We have heard that before"),
        ]

    def test_sentence_that_reports_leaves_its_speaker_for_the_pronoun(self) -> None:
        """``X will travel, spokesperson Y told reporters. “…,” she said``: Y, not X."""
        assert said(
            "Ms Hina Baig, the Foreign Office spokesperson, held her briefing.",
            "Durrani will travel to Xian, Spokesperson Hina Baig told reporters.",
            "“The visit will open a new chapter,” she said.",
        ) == [
            ("Hina Baig", INDIRECT, "told", "Durrani will travel to Xian"),
            ("Hina Baig", DIRECT, "said", "The visit will open a new chapter"),
        ]

    def test_passive_told_by_an_agent_is_the_agents_statement(self) -> None:
        """``The meeting was told by X that A``: X speaks; ``He informed …`` goes on with X."""
        assert said(
            "The panel, chaired by MNA Rubina Gill, was told by Joint Secretary (Power) Asad "
            "Kundi that the tariff had been revised.",
            "He informed the panel that the plant would restart in May.",
        ) == [
            ("Asad Kundi", INDIRECT, "told", "the tariff had been revised"),
            ("Asad Kundi", INDIRECT, "informed", "the plant would restart in May"),
        ]

    def test_counted_sources_speak_and_the_person_takes_up_a_source(self) -> None:
        """``…, said two of the sources``; ``a third source said … the person added``."""
        assert said(
            "The loan was put on hold in May, said two of the sources, a Pakistani banker and a "
            "Chinese official, who spoke on condition of anonymity.",
            "Talks will resume in June, a third source said. A survey team had also cancelled a "
            "trip to Sukkur, the person added.",
        ) == [
            ("two of the sources", INDIRECT, "said", "The loan was put on hold in May"),
            ("a third source", INDIRECT, "said", "Talks will resume in June"),
            ("a third source", INDIRECT, "added",
             "A survey team had also cancelled a trip to Sukkur"),
        ]  # fmt: skip

    def test_person_named_in_a_fronted_for_phrase_is_the_next_she(self) -> None:
        """``For X, a nurse in Y, the clinic …`` then ``“…,” she told Xinhua``: X speaks."""
        assert said(
            "For Rabia Baloch, a nurse in Turbat, the new clinic has changed her working day.",
            "“Now the mothers come early,” she told Xinhua, pointing at the ward.",
        ) == [("Rabia Baloch", DIRECT, "told", "Now the mothers come early")]

    def test_definite_aged_descriptor_takes_up_the_person_named(self) -> None:
        """``the 31-year-old technician told Xinhua``: the person the feature just named."""
        assert said(
            "Every morning, Kamran Zafar walks along the turbines of the Fictional Wind Farm.",
            "“I knew nothing when I joined,” the 31-year-old technician told Xinhua.",
        ) == [("Kamran Zafar", DIRECT, "told", "I knew nothing when I joined")]

    def test_the_board_after_its_clause_is_the_board_named_last(self) -> None:
        """``…, the board said`` is the Board the article named; a linking adverb is no content."""
        assert said(
            "The Sindh Board of Revenue approved the fictional plan on Monday.",
            "Meanwhile, a survey team is expected in Thatta next week, the board said.",
        ) == [
            ("Sindh Board of Revenue", INDIRECT, "said",
             "a survey team is expected in Thatta next week"),
        ]  # fmt: skip

    def test_pronoun_after_a_briefing_goes_with_the_briefed_subject(self) -> None:
        """``The governor was briefed by X that A. The governor praised … He said B``: B is his."""
        assert said(
            "Governor Ali Shah toured the fictional tunnel on Monday.",
            "The governor was briefed by engineer Wang Li that the bore was 80 percent complete. "
            "The governor praised the crews. He said the tunnel would change the valley.",
        ) == [
            ("Wang Li", INDIRECT, "briefed", "the bore was 80 percent complete"),
            ("Ali Shah", INDIRECT, "said", "the tunnel would change the valley"),
        ]

    def test_officials_of_a_department_the_finder_splits_speak_as_written(self) -> None:
        """``…, officials of the GB trade department said``: the whole group, as written."""
        assert said(
            "The Sost fair has been called off, officials of the GB trade department said.",
            "The road is shut, officials of the Sindh highways department said.",
        ) == [
            ("officials of the GB trade department", INDIRECT, "said",
             "The Sost fair has been called off"),
            ("officials of the Sindh highways department", INDIRECT, "said", "The road is shut"),
        ]  # fmt: skip

    def test_the_chairperson_is_who_chaired_the_meeting(self) -> None:
        """``The meeting, chaired by X, …`` then ``The chairperson … She said``: X speaks."""
        assert said(
            "The meeting, chaired by MNA Rubina Gill, was told by Joint Secretary Asad Kundi "
            "that the tariff had been revised.",
            "“Who will pay?” asked Sana Baig, a member from Quetta.",
            "The chairperson directed the ministry to report back. She said the committee would "
            "visit the fictional plant in May.",
        ) == [
            ("Asad Kundi", INDIRECT, "told", "the tariff had been revised"),
            ("Sana Baig", DIRECT, "asked", "Who will pay?"),
            (
                "Rubina Gill",
                INDIRECT,
                "said",
                "the committee would visit the fictional plant in May",
            ),
        ]

    def test_passive_told_by_a_bare_group_is_the_groups_statement(self) -> None:
        """``was told by port engineers that A``: the group as written speaks; five words do not."""
        assert said(
            "Minister Aslam Khan, who came on Monday, was told by port engineers that the jetty "
            "would open in May.",
            "The board was informed by the two ministries dealing with trade that it had to wait.",
        ) == [("port engineers", INDIRECT, "told", "the jetty would open in May")]

    def test_passive_told_at_a_body_is_the_bodys_statement(self) -> None:
        """``A, Itar was told at the embassy``: the embassy speaks; ``at the meeting`` is where."""
        assert said(
            "The envoy will reach Minsk on May 3, Itar was told at the Pakistani embassy.",
            "The panel was told at the meeting that the plant was ready.",
        ) == [
            ("the Pakistani embassy", INDIRECT, "told", "The envoy will reach Minsk on May 3"),
        ]

    def test_asked_reports_only_a_quoted_question(self) -> None:
        """``“…?” asked X``, ``“…?” X asked.``; ``asked the government to`` is no statement."""
        assert said(
            "“Who will pay for the losses?” asked Nadia Khoso, a member from Sibi.",
            "“Why now?” Khoso asked.",
            "She asked the ministry to release the funds, which would help farmers.",
        ) == [
            ("Nadia Khoso", DIRECT, "asked", "Who will pay for the losses?"),
            ("Nadia Khoso", DIRECT, "asked", "Why now?"),
        ]

    def test_customs_is_a_body_and_a_sea_no_person(self) -> None:
        """``according to the Kashgar customs``; ``the 60-year-old`` is not ``the Arabian Sea``."""
        assert said(
            "Trucks made 900 trips, according to the Sost customs.",
            "At dawn, Karim Bux rows into the Arabian Sea.",
            "“The fish are gone,” the 60-year-old said.",
        ) == [
            ("the Sost customs", INDIRECT, "according to", "Trucks made 900 trips"),
            ("Karim Bux", DIRECT, "said", "The fish are gone"),
        ]

    def test_age_between_commas_keeps_the_subject(self) -> None:
        """``Local resident X, 45, said``: the age set off by commas is no appositive clause."""
        assert said("Local resident Karim Bux, 45, said the road had flooded.") == [
            ("Karim Bux", INDIRECT, "said", "the road had flooded")
        ]

    def test_coordinated_frame_ends_the_clause_before(self) -> None:
        """``A said B, while C said D``: two statements, B without C's frame in it."""
        assert said(
            "Minister Sadia Karim and Ambassador Jiang Lei spoke.",
            "Karim said the zone was ready, while the envoy said firms would move in by June.",
        ) == [
            ("Sadia Karim", INDIRECT, "said", "the zone was ready"),
            ("Jiang Lei", INDIRECT, "said", "firms would move in by June"),
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Ali Raza announced a new plant which will be built in Thar.",
            "Minister Ali Raza highlighted the projects that have been completed.",
        ],
    )
    def test_object_with_a_relative_clause_is_no_zero_that_clause(self, sentence: str) -> None:
        """``announced a plant which will be built``: the auxiliary is the relative clause's."""
        assert said(sentence) == []


class TestPronounGender:
    def test_subject_pronoun_of_a_clause_tells_the_subjects_gender(self) -> None:
        """``X visited …, where she was received by Y. ¶ Y said A. ¶ She said B``: B is X's."""
        assert said(
            "Housing Minister Rabia Daud visited the fictional site, where she was received by "
            "Consul General Tao Ren.",
            "Tao told reporters that the homes would get solar rooftops.",
            "She said the access road would be finished by December.",
        )[-1] == ("Rabia Daud", INDIRECT, "said", "the access road would be finished by December")

    def test_pronoun_in_a_relative_clause_tells_the_named_persons_gender(self) -> None:
        """``said X, who is on her first trip`` then, paragraphs later, ``She told Y``: X."""
        assert said(
            "Chief Minister Rabia Daud arrived in the fictional city on Tuesday.",
            "“We have a lot to learn,” said Daud, who is on her first official trip abroad.",
            "Meeting Daud on Wednesday, Governor Tao Ren said the province was ready to help.",
            "On Friday, she will tour a fictional battery factory.",
            "She told reporters that the metro line had shown what the partnership could do.",
        )[-1] == (
            "Rabia Daud",
            INDIRECT,
            "told",
            "the metro line had shown what the partnership could do",
        )

    def test_she_in_the_last_speakers_paragraph_goes_on_with_that_speaker(self) -> None:
        """A woman named before does not take ``she`` from the speaker of the same paragraph."""
        assert said(
            "Minister Rabia Daud said that the zone was ready.",
            "“The corridor is our future,” Governor Sana Lodhi told reporters. “We will not let "
            "anyone stop it,” she said.",
        )[-1] == ("Sana Lodhi", DIRECT, "said", "We will not let anyone stop it")

    def test_she_in_a_new_paragraph_goes_on_with_a_woman_who_spoke(self) -> None:
        """A woman named after a woman's statement does not take the next paragraph's ``she``."""
        assert said(
            "Spokeswoman Amna Rafiq said the talks had gone well. She said Governor Nadia Ali, "
            "who is on her first visit, had invited the fictional delegation.",
            "She said the visit would take place next month.",
        )[-1] == ("Amna Rafiq", INDIRECT, "said", "the visit would take place next month")

    def test_aged_description_opening_a_unit_is_the_person_just_named(self) -> None:
        """``Every morning, X walks … ¶ The 34-year-old engineer … “A,” she told Y``: X's A.

        The age describes a person: not ``Fictional Smart City``, a place named after X.
        """
        assert said(
            "Every morning at seven, Luo Yan walks the plots of the fictional city. Work on "
            "Fictional Smart City is under way.",
            "The 34-year-old engineer from Chengdu has lived in Pakistan since 2023. “At first my "
            "parents thought I was crazy,” she told Fictional Tone.",
        ) == [("Luo Yan", DIRECT, "told", "At first my parents thought I was crazy")]
