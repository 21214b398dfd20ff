"""Statement tests for how sources are named and framed, as classes of wording.

Inverted frames with a trailing adverbial, sides that name who represented them, attitudes
reported back by a later speaker. Every article is fictional.
"""

from cpecdata.model import Actor
from test_statements import DIRECT, INDIRECT, article, read, said


class TestInvertedLoneNameWithAdverbial:
    def test_adverbial_after_an_inverted_surname_keeps_the_quote(self) -> None:
        """``“A,” said X while talking to reporters at the airport``: the clause adds nothing."""
        assert said(
            "Fictional Minister Tariq Zaman Lodhi returned home on Saturday.",
            "“Our partners are on board. Farming comes next,” said Lodhi while talking to "
            "reporters at the airport.",
        ) == [("Tariq Zaman Lodhi", DIRECT, "said",
               "Our partners are on board. Farming comes next")]  # fmt: skip

    def test_place_adverbial_after_an_inverted_surname(self) -> None:
        """``“A,” said X at a news conference in Quetta``: still X's quote."""
        assert said(
            "Fictional Senator Naila Qazi chaired the meeting.",
            "“The port needs water first,” said Qazi at a news conference in Quetta.",
        ) == [("Naila Qazi", DIRECT, "said", "The port needs water first")]


class TestSideRepresentedByAPerson:
    def test_side_represented_by_a_person_named_before_is_that_person(self) -> None:
        """``The Chinese side, represented by Ren at the talks, said B``: Ren, not the bank head."""
        found = read(article(
            "Fictional Minister Tariq Zaman Lodhi met Vice Minister Ren Haoyu and the chairman "
            "of the Fictional Silk Bank, Duan Weijie, in Beijing.",
            "The Chinese side, represented by Ren at the talks, said it wanted faster approvals.",
        ))  # fmt: skip
        assert [(s.speaker.name, s.kind, s.text) for s in found] == [
            ("Ren Haoyu", INDIRECT, "it wanted faster approvals")
        ]

    def test_team_led_by_a_person_named_before_is_that_person(self) -> None:
        """``The Chinese team, led by Ren, said B``: the leader speaks for the team."""
        assert said(
            "Fictional Minister Tariq Zaman Lodhi met Vice Minister Ren Haoyu and the chairman "
            "of the Fictional Silk Bank, Duan Weijie, in Beijing.",
            "The Chinese team, led by Ren, told reporters the survey would end in May.",
        )[-1] == ("Ren Haoyu", INDIRECT, "told", "the survey would end in May")


class TestAttitudeReportedBack:
    def test_side_hoping_before_a_spokeswomans_frame_is_her_one_statement(self) -> None:
        """``The Chinese side hoped B, she said``: one statement, the spokeswoman's, whole."""
        assert said(
            "Fictional Vice-Premier Gao Shen will visit Lahore next month, officials said.",
            "“Ties are strong,” spokeswoman Lan Yue said on Tuesday. The Chinese side hoped the "
            "visit would lift trade, she said.",
        )[1:] == [
            ("Lan Yue", DIRECT, "said", "Ties are strong"),
            ("Lan Yue", INDIRECT, "said", "The Chinese side hoped the visit would lift trade"),
        ]

    def test_attitude_with_an_inverted_frame_after_it(self) -> None:
        """``Beijing believed B, said X``: the belief is what X reports, no statement of its own."""
        assert said(
            "Fictional analyst Omar Baig spoke at the forum.",
            "Beijing believed the corridor would outlast the slowdown, said Baig.",
        ) == [("Omar Baig", INDIRECT, "said",
               "Beijing believed the corridor would outlast the slowdown")]  # fmt: skip


class TestDeputyOffices:
    def test_the_minister_is_no_vice_minister_who_just_spoke(self) -> None:
        """``The Chinese side, represented by Vice Minister Y, said B, the minister said``: X's."""
        assert said(
            "Fictional Minister Tariq Zaman Lodhi met Vice Foreign Minister Ren Haoyu in Beijing.",
            "The Chinese side, represented by Ren at the talks, said it wanted faster approvals, "
            "the minister said.",
        ) == [
            ("Tariq Zaman Lodhi", INDIRECT, "said",
             "The Chinese side, represented by Ren at the talks, said it wanted faster approvals"),
            ("Ren Haoyu", INDIRECT, "said", "it wanted faster approvals"),
        ]  # fmt: skip

    def test_the_chairman_is_no_deputy_chairman(self) -> None:
        """``the chairman`` after a deputy chairman spoke is the chairman named before."""
        assert said(
            "Chairman Asif Noon of the fictional board met Deputy Chairman Bilal Rana.",
            "Rana said the audit was late. The chairman said it would be done in May.",
        )[-1] == ("Asif Noon", INDIRECT, "said", "it would be done in May")


class TestShortTitleOfALongPortfolio:
    def test_ports_minister_is_the_minister_for_maritime_affairs_and_ports(self) -> None:
        """``Minister for Maritime Affairs and Ports X`` … ``The Ports Minister said``: X."""
        assert said(
            "Vice Premier Gao Shen was received by Federal Minister for Maritime Affairs and "
            "Ports Junaid Akram Sheikh.",
            "The Ports Minister said the fictional berths were ready.",
        )[-1] == ("Junaid Akram Sheikh", INDIRECT, "said", "the fictional berths were ready")

    def test_planning_minister_is_the_minister_for_planning_and_development(self) -> None:
        """``the planning minister``: the first word of a comma-separated portfolio fits too."""
        assert said(
            "Minister for Planning, Development and Reform Asad Kamal Gill chaired the meeting.",
            "The planning minister told reporters the fictional zone would open in June.",
        )[-1] == ("Asad Kamal Gill", INDIRECT, "told", "the fictional zone would open in June")

    def test_a_portfolio_word_of_a_deputy_is_no_fit(self) -> None:
        """``Deputy Minister for Ports X`` is not ``the Ports Minister``."""
        assert said(
            "Deputy Minister for Ports Bilal Rana toured the fictional wharf.",
            "The Ports Minister said the wharf would be dredged.",
        )[-1] == ("The Ports Minister", INDIRECT, "said", "the wharf would be dredged")

    def test_the_second_of_two_offices_fits(self) -> None:
        """``Deputy Prime Minister and Foreign Minister X`` is ``the foreign minister``."""
        assert said(
            "Deputy Prime Minister and Foreign Minister Bilal Rana met Vice Minister Sun Weidong.",
            "The foreign minister said the fictional corridor was vital.",
        )[-1] == ("Bilal Rana", INDIRECT, "said", "the fictional corridor was vital")


class TestBodyNamedByItsTopic:
    def test_committee_on_a_topic_is_the_speaker_not_the_topic(self) -> None:
        """``The committee on power tariffs reported that B``: the committee, as written."""
        assert said(
            "The fictional assembly met in Quetta on Monday.",
            "The committee on power tariffs reported that the arrears had doubled.",
        ) == [("The committee on power tariffs", INDIRECT, "reported", "the arrears had doubled")]

    def test_working_group_on_a_place_is_no_speaker_named_after_the_place(self) -> None:
        """``The working group on Gwadar said B``: not ``Gwadar``, the place it works on."""
        assert said(
            "The fictional commission met in Beijing on Monday.",
            "The working group on Gwadar said the fictional jetty was in use.",
        ) == [("The working group on Gwadar", INDIRECT, "said", "the fictional jetty was in use")]

    def test_task_force_for_a_topic_with_a_weak_verb(self) -> None:
        """``The task force for flood relief warned that B``: the task force."""
        assert said(
            "The fictional cabinet met in Lahore on Monday.",
            "The task force for flood relief warned that the fictional dykes were weak.",
        ) == [("The task force for flood relief", INDIRECT, "warned",
               "the fictional dykes were weak")]  # fmt: skip


class TestShortBackReferenceToABody:
    def test_the_consulate_is_the_consulate_in_karachi_that_spoke(self) -> None:
        """``The Chinese consulate in Karachi said A. The consulate said B``: both its own."""
        found = read(article(
            "The Chinese consulate in Karachi said it was shocked by the fictional attack. The "
            "consulate said a team had been sent to the hospital.",
        ))  # fmt: skip
        assert [s.speaker.name for s in found] == ["The Chinese consulate in Karachi"] * 2

    def test_the_department_is_the_provincial_health_department(self) -> None:
        """``the department`` takes up ``the provincial health department`` that spoke before."""
        found = read(article(
            "The provincial health department said fictional fever cases rose. The department "
            "said beds were ready.",
        ))  # fmt: skip
        assert [s.speaker.name for s in found] == ["The provincial health department"] * 2

    def test_a_different_country_is_no_short_form(self) -> None:
        """``the Pakistani embassy`` does not take up ``the Chinese embassy in Islamabad``."""
        assert said(
            "The Chinese embassy in Islamabad said the fictional plant was safe. The Pakistani "
            "embassy said visas would be issued.",
        )[-1] == ("The Pakistani embassy", INDIRECT, "said", "visas would be issued")


class TestDocumentIssuedByASpeaker:
    def test_statement_issued_by_a_body_before_said_reports_the_clause_before(self) -> None:
        """``A, a statement issued by X said``: the document's A, its words no part of A."""
        assert said(
            "The fictional bridge will open on Monday as planned, a statement issued by the "
            "Chief Minister's Secretariat said.",
        ) == [("a statement issued by the Chief Minister's Secretariat", INDIRECT, "said",
               "The fictional bridge will open on Monday as planned")]  # fmt: skip

    def test_press_release_released_by_a_ministry(self) -> None:
        """``A, a press release published by the X Ministry said``: the release's A."""
        assert said(
            "The fictional canal will be lined by June, a press release published by the "
            "Irrigation Ministry said.",
        ) == [("a press release published by the Irrigation Ministry", INDIRECT, "said",
               "The fictional canal will be lined by June")]  # fmt: skip


class TestAccordingToATitledName:
    def test_descriptor_with_a_modal_after_according_to_x_opens_the_content(self) -> None:
        """``According to spokesperson X, the governor will travel …``: no ``governor`` for X."""
        assert said(
            "According to spokesperson Ali Raza, the governor will travel to the fictional port "
            "on Monday.",
        ) == [(
            "Ali Raza", INDIRECT, "According to",
            "the governor will travel to the fictional port on Monday",
        )]  # fmt: skip

    def test_possessed_title_before_the_name_and_a_modal_after(self) -> None:
        """``According to the CM's spokesperson X, the chief minister would …``: X's."""
        found = read(article(
            "According to the CM's spokesperson Sana Afridi, the chief minister would meet "
            "fictional investors in Shanghai.",
        ))  # fmt: skip
        assert [(s.speaker.name, s.speaker.role, s.text) for s in found] == [(
            "Sana Afridi", "CM's spokesperson",
            "the chief minister would meet fictional investors in Shanghai",
        )]  # fmt: skip

    def test_appositive_after_according_to_x_still_gives_the_role(self) -> None:
        """``According to X, the spokesman for the ministry, B``: the appositive is X's title."""
        found = read(article(
            "According to Ali Raza, the spokesman for the ministry, the fictional road will open "
            "in June.",
        ))  # fmt: skip
        assert [(s.speaker.name, s.speaker.role, s.text) for s in found] == [
            ("Ali Raza", "spokesman", "the fictional road will open in June")
        ]


class TestDemonymInADefiniteSource:
    def test_possessed_source_with_a_demonym_after_the_clause(self) -> None:
        """``A, the hospital's Chinese operator told Xinhua``: the operator, as written."""
        assert said(
            "The fictional wing has 80 beds, the hospital's Chinese operator told Xinhua.",
        ) == [("the hospital's Chinese operator", INDIRECT, "told",
               "The fictional wing has 80 beds")]  # fmt: skip

    def test_definite_source_with_a_demonym_only(self) -> None:
        """``A, the Chinese developer said``: a demonym is a modifier like a lower-case word."""
        assert said(
            "The fictional zone has drawn 31 firms, the Chinese developer said.",
        ) == [("the Chinese developer", INDIRECT, "said", "The fictional zone has drawn 31 firms")]

    def test_a_place_name_is_no_such_modifier(self) -> None:
        """``A, the Karachi operator said``: a capitalised non-demonym still stops the phrase."""
        assert said("The fictional wing has 80 beds, the Karachi operator said.") == []


class TestAccordingToInMidSentence:
    def test_participle_after_a_mid_sentence_source_is_no_content(self) -> None:
        """``A, according to a memo reviewed by X, easing Y``: A is the memo's, not ``easing Y``."""
        assert said(
            "Fictional coal imports fell by a third, according to a planning ministry memo "
            "reviewed by this newspaper, easing pressure on the rupee.",
        ) == [("a planning ministry memo reviewed by this newspaper", INDIRECT, "according to",
               "Fictional coal imports fell by a third")]  # fmt: skip

    def test_participle_after_a_named_body_source(self) -> None:
        """``A, according to the X Authority, bringing B``: the authority's A."""
        assert said(
            "Fictional exports rose 9 percent in May, according to the Trade Development "
            "Authority, bringing the total to 12 billion dollars.",
        ) == [("Trade Development Authority", INDIRECT, "according to",
               "Fictional exports rose 9 percent in May")]  # fmt: skip

    def test_clause_after_a_fronted_source_is_still_its_content(self) -> None:
        """``According to X, B``: a fronted source reports what follows it, as before."""
        assert said(
            "According to the Trade Development Authority, fictional exports rose in May.",
        ) == [("Trade Development Authority", INDIRECT, "According to",
               "fictional exports rose in May")]  # fmt: skip


class TestPluralSubjectWithExamples:
    def test_including_phrase_between_a_bare_plural_and_its_verb(self) -> None:
        """``Chinese producers, including X, have repeatedly warned that B``: the producers."""
        assert said(
            "Chinese producers, including the operators of the fictional Sahiwal North plant, "
            "have repeatedly warned that unpaid bills threaten their loans.",
        ) == [("Chinese producers", INDIRECT, "warned", "unpaid bills threaten their loans")]

    def test_among_them_phrase_and_a_long_standing_complaint(self) -> None:
        """``Builders, among them X, have long complained that B``: ``long`` is no subject."""
        assert said(
            "Chinese contractors, among them the builders of the fictional Lal Pari dam, have "
            "long complained that payments are late.",
        ) == [("Chinese contractors", INDIRECT, "complained", "payments are late")]

    def test_bare_plural_with_a_weak_verb_and_that(self) -> None:
        """``Exporters noted that B``: a bare plural reports with a that-clause too."""
        assert said("Fictional exporters noted that orders fell.") == [
            ("Fictional exporters", INDIRECT, "noted", "orders fell")
        ]


class TestSideAfterTheOtherSidesDelegation:
    def test_chinese_side_is_the_host_who_spoke_just_before(self) -> None:
        """``Delegation led by X`` ¶ ``Y told the visitors A. The Chinese side said B``: Y."""
        assert said(
            "A Pakistani trade delegation led by Senator Asma Lodhi arrived in Urumqi on Tuesday.",
            "Ablimit Rozi, vice chairman of the fictional regional government, told the visitors "
            "that a depot would open this year. The Chinese side said the pass could stay open.",
        )[-1] == ("Ablimit Rozi", INDIRECT, "said", "the pass could stay open")

    def test_an_analyst_paragraphs_before_is_not_the_chinese_side(self) -> None:
        """An analyst who spoke in an earlier paragraph does not speak for the Chinese side."""
        assert said(
            "A Pakistani delegation led by Power Minister Owais Jatoi will travel to Beijing.",
            "The fictional plants are owed 400 billion rupees, said Sara Niazi, an energy analyst "
            "at a Karachi brokerage.",
            "The Chinese regulator did not respond. The Chinese side has warned that changes "
            "could deter investment.",
        )[-1] == ("The Chinese side", INDIRECT, "warned", "changes could deter investment")


class TestFrameInsideAQuotation:
    def test_descriptor_inside_a_quote_reports_its_that_clause_as_written(self) -> None:
        """``“A. The Chinese side has assured us that B,” he said``: B is the side's, unresolved."""
        assert said(
            "Fictional port chairman Asad Khan spoke on Monday. Later, a delegation led by "
            "chairman Pan Wei of a fictional Chinese shipping group will visit.",
            "“Volumes are rising. The Chinese side has assured us that two more lines will call "
            "from March,” Khan said.",
        )[-2:] == [
            ("Asad Khan", DIRECT, "said", "Volumes are rising. The Chinese side has assured us "
             "that two more lines will call from March"),
            ("The Chinese side", INDIRECT, "assured", "two more lines will call from March"),
        ]  # fmt: skip

    def test_named_person_inside_a_quote_and_the_clause_stops_at_its_sentence(self) -> None:
        """``“Minister X told me that B. C,” he said``: B is X's; C stays the quoted speaker's."""
        assert said(
            "Fictional trader Bilal Shah spoke on Monday.",
            "“Minister Ali Raza told me that the fictional road is safe. We will see,” Shah said.",
        ) == [
            ("Bilal Shah", DIRECT, "said",
             "Minister Ali Raza told me that the fictional road is safe. We will see"),
            ("Ali Raza", INDIRECT, "told", "the fictional road is safe"),
        ]  # fmt: skip

    def test_pronoun_inside_a_quote_gives_no_nested_statement(self) -> None:
        """``“They have assured us that B,” he said``: whom ``they`` means is the quote's own."""
        assert said(
            "Fictional minister Ali Raza met bankers on Monday.",
            "“They have assured us that the fictional plan is final,” Raza said.",
        ) == [("Ali Raza", DIRECT, "said", "They have assured us that the fictional plan is final")]

    def test_the_quoted_speakers_own_group_reports_its_that_clause(self) -> None:
        """``“Our partners have told us that B,” he said``: B is ``Our partners``', as written."""
        assert said(
            "Fictional minister Ali Raza met bankers on Monday.",
            "“Prices are high, but our partners have told us that the fictional cranes will "
            "arrive in May,” Raza said.",
        )[-1] == ("our partners", INDIRECT, "told", "the fictional cranes will arrive in May")

    def test_our_inside_a_phrase_before_a_pronoun_is_no_group(self) -> None:
        """``“In our talks they told us that B,” he said``: ``they`` is the quote's own."""
        assert said(
            "Fictional minister Ali Raza met bankers on Monday.",
            "“In our talks they told us that the fictional plan is final,” Raza said.",
        ) == [
            (
                "Ali Raza",
                DIRECT,
                "said",
                "In our talks they told us that the fictional plan is final",
            )
        ]


class TestBasedBeforeABody:
    def test_place_based_before_a_company_is_no_part_of_its_name(self) -> None:
        """``Lahore-based X Motors Limited told the bourse that B``: X Motors Limited, Pakistan."""
        found = read(
            article("Lahore-based Fictional Motors Limited told the bourse that sales rose.")
        )
        assert [(s.speaker, s.text) for s in found] == [(
            Actor("Fictional Motors Limited", None, "Fictional Motors Limited", "Pakistan"),
            "sales rose",
        )]  # fmt: skip

    def test_based_before_a_group_after_the(self) -> None:
        """``The Karachi-based X Y Group said B``: the group's name starts after ``-based``."""
        assert said("The Karachi-based Fictional Orient Group said exports rose.") == [
            ("Fictional Orient Group", INDIRECT, "said", "exports rose")
        ]


class TestAcronymTitleAfterAQuote:
    def test_quote_then_an_it_minister_telling_the_press(self) -> None:
        """``“A,” IT Minister X told the press``: the acronym opens the speaker's title."""
        assert said("“Exports will double,” IT Minister Sadia Rind told the press.") == [
            ("Sadia Rind", DIRECT, "told", "Exports will double")
        ]


class TestInvertedTitleWithAWing:
    def test_said_then_a_title_with_a_lower_case_wing_and_a_name(self) -> None:
        """``A, said X Authority member (projects) Y``: Y's statement, the wing inside the title."""
        assert said(
            "The tender will be reopened, said Gwadar Port Authority member (operations) "
            "Sameena Haroon."
        ) == [("Sameena Haroon", INDIRECT, "said", "The tender will be reopened")]


class TestDescriptorBeforeARelativeClause:
    def test_special_assistant_with_a_relative_clause_is_the_one_named_before(self) -> None:
        """``The special assistant, who toured X in May, said B``: the assistant named before."""
        assert said(
            "Special Assistant to the Chief Minister on Trade Nargis Baloch met traders on Monday.",
            "The special assistant, who toured Gilgit and Skardu in May, said the road would "
            "reopen in spring.",
        ) == [("Nargis Baloch", INDIRECT, "said", "the road would reopen in spring")]

    def test_relative_clause_with_another_noun_still_gives_the_descriptor(self) -> None:
        """``The special assistant, who is also an engineer, said B``: no ``an engineer``."""
        assert said(
            "The special assistant, who is also an engineer, said the fictional plant would "
            "open in May.",
        ) == [("The special assistant", INDIRECT, "said", "the fictional plant would open in May")]


class TestDescriptorBeforeADescribingAppositive:
    def test_reflexive_appositive_gives_the_one_named_before(self) -> None:
        """``The special assistant, herself an engineer, said B``: the assistant named before."""
        assert said(
            "Special Assistant Nargis Baloch met traders on Monday.",
            "The special assistant, herself an engineer, said the fictional plant would open "
            "in May.",
        ) == [("Nargis Baloch", INDIRECT, "said", "the fictional plant would open in May")]

    def test_indefinite_appositive_with_no_role_keeps_the_statement(self) -> None:
        """``The envoy, a career diplomat, told the press B``: the envoy's, not dropped."""
        assert said(
            "The envoy, a career diplomat, told the press the fictional visas would be issued.",
        ) == [("The envoy", INDIRECT, "told", "the fictional visas would be issued")]

    def test_named_appositive_still_names_the_speaker(self) -> None:
        """``The envoy, Ali Raza, said B``: a name after the descriptor is the speaker."""
        assert said(
            "The envoy, Ali Raza, said the fictional visas would be issued.",
        ) == [("Ali Raza", INDIRECT, "said", "the fictional visas would be issued")]


class TestAsPerASource:
    def test_fronted_as_per_a_body_is_its_clause(self) -> None:
        """``As per X, B``: Pakistani English for ``according to X``."""
        assert said(
            "As per the Trade Development Authority, fictional exports rose in May.",
        ) == [("Trade Development Authority", INDIRECT, "As per", "fictional exports rose in May")]

    def test_as_per_a_statement_by_a_body_after_the_clause(self) -> None:
        """``A, as per a statement by X``: the document as written speaks A."""
        assert said(
            "The fictional zone would open in June, as per a statement by the Board of Investment.",
        ) == [("a statement by the Board of Investment", INDIRECT, "as per",
               "The fictional zone would open in June")]  # fmt: skip

    def test_as_stated_by_a_descriptor(self) -> None:
        """``As stated by the minister, B``: so with ``as stated by``."""
        assert said(
            "As stated by the minister, the fictional road will be finished by December.",
        ) == [("the minister", INDIRECT, "As stated by",
               "the fictional road will be finished by December")]  # fmt: skip

    def test_as_per_a_plan_or_a_rule_is_no_source(self) -> None:
        """``as per schedule``, ``As per the agreement, B``: no one speaks."""
        assert (
            said(
                "The fictional bridge will be completed as per schedule.",
                "As per the agreement, the fictional bank will provide two billion dollars.",
                "Work will go on as per the directions of the prime minister.",
            )
            == []
        )


class TestAudienceAfterTo:
    def test_verb_to_an_outlet_then_that(self) -> None:
        """``X confirmed to Dawn that B``: the audience after ``to`` stands before the clause."""
        assert said(
            "Minister Ali Raza confirmed to The Daily Fiction that the loan had been approved.",
        ) == [("Ali Raza", INDIRECT, "confirmed", "the loan had been approved")]

    def test_said_to_reporters_on_a_day_then_that(self) -> None:
        """``X said to reporters on Monday that B``: so with an adverbial after the audience."""
        assert said(
            "Minister Ali Raza said to reporters on Monday that the fictional road was open.",
        ) == [("Ali Raza", INDIRECT, "said", "the fictional road was open")]

    def test_audience_closing_the_sentence_reports_the_clause_before(self) -> None:
        """``A, X said to reporters.``: A is X's, not ``to reporters``."""
        assert said(
            "The fictional berth will open in May, the port chairman said to reporters.",
        ) == [("the port chairman", INDIRECT, "said", "The fictional berth will open in May")]

    def test_audience_then_a_clause_without_that(self) -> None:
        """``X said to reporters B``: a clause with its auxiliary follows the audience."""
        assert said("Minister Ali Raza said to reporters the fictional loan was delayed.") == [
            ("Ali Raza", INDIRECT, "said", "the fictional loan was delayed")
        ]

    def test_said_then_an_infinitive_reports_nothing(self) -> None:
        """``X said to have told officials that B``: no clause opens with ``to``."""
        assert (
            said(
                "Minister Ali Raza said to have told officials that the fictional loan was late.",
            )
            == []
        )

    def test_infinitive_and_other_verbs_are_no_audience(self) -> None:
        """``is said to be``, ``added to fears that``, ``replied to the charge that``: none."""
        assert (
            said(
                "Minister Ali Raza is said to be unhappy that the fictional loan was delayed.",
                "The delay added to fears that the fictional loan was lost.",
                "Minister Ali Raza replied to the charge that the fictional loan was lost.",
            )
            == []
        )


class TestChineseOutletVerbs:
    def test_introduced_that_reports_its_clause(self) -> None:
        """``X introduced that B``: Chinese outlets' wording for ``explained that``."""
        assert said(
            "Li Wei, general manager of the fictional company, introduced that the plant had "
            "created 2,000 jobs.",
        ) == [("Li Wei", INDIRECT, "introduced", "the plant had created 2,000 jobs")]

    def test_introduced_that_before_a_bare_noun_is_a_demonstrative(self) -> None:
        """``introduced that scheme last year``, ``introduced a scheme``: no statement."""
        assert (
            said(
                "The fictional ministry introduced that scheme last year.",
                "Li Wei introduced a new scheme for workers.",
            )
            == []
        )

    def test_expressed_that_reports_its_clause(self) -> None:
        """``X expressed that B``: so with ``expressed``."""
        assert said("Li Wei expressed that the fictional plant had created 2,000 jobs.") == [
            ("Li Wei", INDIRECT, "expressed", "the fictional plant had created 2,000 jobs")
        ]

    def test_hope_with_a_possessive_or_voiced(self) -> None:
        """``expressed his hope that B``, ``voiced concern that B``: like ``expressed the hope``."""
        assert said(
            "Li Wei expressed his hope that the fictional plant would create jobs.",
            "Sun Mei voiced concern that the fictional plant would pollute the river.",
        ) == [
            ("Li Wei", INDIRECT, "expressed his hope", "the fictional plant would create jobs"),
            ("Sun Mei", INDIRECT, "voiced concern", "the fictional plant would pollute the river"),
        ]
