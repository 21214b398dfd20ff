"""Statement rules for the wordings the session-8 round-3 held-out sets showed (fictional)."""

from test_statements import DIRECT, INDIRECT, said


class TestCompanyLegalName:
    def test_quote_before_a_manager_of_a_co_ltd_is_the_managers(self) -> None:
        """``“A,” X, manager of Y Co., Ltd, told Z. “B.”``: ``Ltd`` is no speaker; both are X's."""
        assert said(
            "“Demand for Thar onions has doubled,” Liu Fang, sales director of Hebei Sunrise "
            "Foods Co., Ltd, told Xinhua. “We will open a second line in Hyderabad.”"
        ) == [
            ("Liu Fang", DIRECT, "told", "Demand for Thar onions has doubled"),
            ("Liu Fang", DIRECT, "told", "We will open a second line in Hyderabad."),
        ]

    def test_company_with_co_ltd_speaks_as_one_body(self) -> None:
        """``X Co., Ltd. said``: the whole legal name speaks."""
        assert said("Qinghe Cables Co., Ltd. said the Lahore plant would open in June.") == [
            ("Qinghe Cables Co., Ltd", INDIRECT, "said", "the Lahore plant would open in June")
        ]

    def test_clause_before_a_head_of_a_co_limited(self) -> None:
        """``A, X, head of Y Co., Limited, told Z.``: X speaks, not ``Limited``."""
        assert said(
            "Exports will double by 2026, Wang Lei, head of Gansu Dry Fruits Co., Limited, told "
            "APP."
        ) == [("Wang Lei", INDIRECT, "told", "Exports will double by 2026")]


class TestInvertedSaidAfterALaboratory:
    def test_laboratory_inside_the_content_does_not_speak(self) -> None:
        """``A, built with help from the X Laboratory, is …, said Dr. Y, a …``: Y speaks A."""
        assert said(
            "The cotton centre at Multan, being built with support from the Qingshui Bay Seed "
            "Laboratory in Sanya, is 70% complete, said Dr. Sana Iqbal, a plant breeder who "
            "leads the trials."
        ) == [
            (
                "Sana Iqbal",
                INDIRECT,
                "said",
                "The cotton centre at Multan, being built with support from the Qingshui Bay "
                "Seed Laboratory in Sanya, is 70% complete",
            )
        ]


class TestPossessedTitleBeforeAName:
    def test_quote_before_a_projects_engineer_named_in_commas(self) -> None:
        """``“A. B,” the project’s resident engineer, X, told Y``: X speaks the whole quote."""
        assert said(
            "“About 900 workers are on site. Welding starts in May,” the project’s resident "
            "engineer, Kamran Latif, told The Express Tribune."
        ) == [
            (
                "Kamran Latif",
                DIRECT,
                "told",
                "About 900 workers are on site. Welding starts in May",
            )
        ]

    def test_quote_before_a_plants_manager_named_in_commas(self) -> None:
        """``“A,” the plant's manager, X, said.``: the possessive opens X's subject."""
        assert said(
            "“Output will double by June,” the plant's general manager, Zhou Ming, said."
        ) == [("Zhou Ming", DIRECT, "said", "Output will double by June")]

    def test_inverted_said_before_a_projects_spokesman_named_in_commas(self) -> None:
        """``“A,” said the project’s spokesman, X.``: the name after the possessed title speaks."""
        assert said("“The tunnel is dry now,” said the project’s spokesman, Asad Mengal.") == [
            ("Asad Mengal", DIRECT, "said", "The tunnel is dry now")
        ]


class TestAccordingToTheAcronym:
    def test_according_to_the_acronym_of_a_body_named_before(self) -> None:
        """``According to the NHA, A``: the body the acronym spells, named before, is the source."""
        assert said(
            "The National Highway Authority (NHA) signed a toll contract on Monday.",
            "According to the NHA, the motorway carried 9 million vehicles in 2024, while toll "
            "income rose by a third.",
        ) == [
            (
                "National Highway Authority",
                INDIRECT,
                "According to",
                "the motorway carried 9 million vehicles in 2024, while toll income rose by a "
                "third",
            )
        ]

    def test_closing_according_to_the_acronym_alone(self) -> None:
        """``A, according to the PPIB.``: an acronym never spelt out speaks as written."""
        assert said("The Kohala plant will open in May, according to the PPIB.") == [
            ("PPIB", INDIRECT, "according to", "The Kohala plant will open in May")
        ]

    def test_acronym_before_a_record_is_no_source(self) -> None:
        """``According to the PPIB data, A``: the acronym modifies a record, not a source."""
        assert said("According to the WAPDA data, the dam will fill by June.") == []


class TestRecordAvailableWithAnOutlet:
    def test_documents_available_with_an_outlet_speak_as_written(self) -> None:
        """``according to documents available with X, A``: held as ``seen by X``, not vague."""
        assert said(
            "According to documents available with Business Recorder, the planning board "
            "cleared the Rs. 12 billion cable project on Tuesday."
        ) == [
            (
                "documents available with Business Recorder",
                INDIRECT,
                "According to",
                "the planning board cleared the Rs. 12 billion cable project on Tuesday",
            )
        ]

    def test_closing_records_available_to_an_outlet(self) -> None:
        """``A, according to records available to X.``: the records are the source."""
        assert said(
            "The Thar mine sold 2 million tonnes in May, according to records available to Dawn."
        ) == [
            (
                "records available to Dawn",
                INDIRECT,
                "according to",
                "The Thar mine sold 2 million tonnes in May",
            )
        ]


class TestDelegationLeaderNamedLater:
    def test_leader_of_a_delegation_is_who_is_heading_it(self) -> None:
        """``The leader of a visiting delegation said A. ¶ X, …, is leading it``: X."""
        assert said(
            "KASHGAR, May 3 (Xinhua) -- The leader of a visiting Pakistani business delegation "
            "said here on Tuesday that the dry port offered lessons for Sost.",
            "Senator Nadia Baloch, chairwoman of the Senate Standing Committee on Commerce, is "
            "leading the 9-member delegation, which arrived in Kashgar on Sunday.",
        ) == [("Nadia Baloch", INDIRECT, "said", "the dry port offered lessons for Sost")]

    def test_delegation_leader_is_who_it_was_headed_by(self) -> None:
        """``The delegation leader said A. ¶ The delegation, headed by X, …``: X speaks."""
        assert said(
            "The delegation leader told APP that the fruit trade would grow.",
            "The delegation, headed by Minister Asad Rind, arrived in Urumqi on Sunday.",
        ) == [("Asad Rind", INDIRECT, "told", "the fruit trade would grow")]

    def test_head_of_the_other_sides_delegation_stays_a_descriptor(self) -> None:
        """``a Pakistani delegation led by X`` … ``the head of the Chinese delegation``: not X."""
        assert said(
            "A Pakistani delegation led by Senator Nadia Baloch met officials in Kashgar.",
            "The head of the Chinese delegation said trade would grow.",
        ) == [("The head of the Chinese delegation", INDIRECT, "said", "trade would grow")]


class TestDescribedAgentTakenUp:
    def test_according_to_the_agent_noun_of_an_earlier_appositive(self) -> None:
        """``X, a plant breeder who …`` … ``According to the breeder, A``: X is the source."""
        assert said(
            "The cotton centre is half built, said Dr. Sana Iqbal, a plant breeder who leads "
            "the trials.",
            "According to the breeder, Chinese scientists will visit Multan next month.",
        ) == [
            ("Sana Iqbal", INDIRECT, "said", "The cotton centre is half built"),
            (
                "Sana Iqbal",
                INDIRECT,
                "According to",
                "Chinese scientists will visit Multan next month",
            ),
        ]

    def test_the_agent_noun_as_a_subject(self) -> None:
        """``X, a chilli grower, said A. ¶ The grower said B``: both are X's."""
        assert said(
            "Zara Malik, a chilli grower, said prices had doubled.",
            "The grower said buyers came from Chengdu.",
        ) == [
            ("Zara Malik", INDIRECT, "said", "prices had doubled"),
            ("Zara Malik", INDIRECT, "said", "buyers came from Chengdu"),
        ]

    def test_two_people_of_the_same_noun_leave_it_a_descriptor(self) -> None:
        """Two growers named: ``the grower`` could be either, so it stays as written."""
        assert said(
            "Zara Malik, a chilli grower, and Omar Jatoi, a cotton grower, met buyers.",
            "The grower said prices had doubled.",
        ) == [("The grower", INDIRECT, "said", "prices had doubled")]
