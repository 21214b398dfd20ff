"""Statement rules for the wordings the session-8 round-4 held-out sets showed (fictional)."""

from cpecdata.model import Actor
from test_statements import DIRECT, INDIRECT, article, read, said


def _speakers(*paragraphs: str) -> list[str]:
    """The speaker's name of each statement of a fictional article, in order."""
    return [found[0] for found in said(*paragraphs)]


class TestProposalsReportContent:
    def test_the_chinese_side_proposed_that_is_the_chinese_signatory(self) -> None:
        """``The Chinese side also proposed that B`` reports B, by the Chinese signatory named."""
        assert said(
            "The deal was signed by Wang Lei, vice president of the Qinghe Seed Group, and Sana "
            "Malik, Pakistan's agriculture secretary.",
            "The Chinese side will train 500 farmers, Wang said.",
            "The Chinese side also proposed that the labs work with the University of Sindh on "
            "new rice varieties.",
        ) == [
            ("Wang Lei", INDIRECT, "said", "The Chinese side will train 500 farmers"),
            (
                "Wang Lei",
                INDIRECT,
                "proposed",
                "the labs work with the University of Sindh on new rice varieties",
            ),
        ]

    def test_minister_proposed_that_is_a_statement(self) -> None:
        """``X proposed that B`` (APP's meeting copy) reports B, as ``suggested that`` does."""
        assert said(
            "ISLAMABAD, Mar 3 (APP): Federal Minister for Maritime Affairs Junaid Baloch "
            "proposed that a joint survey of the Pasni fish harbour be held in April."
        ) == [
            (
                "Junaid Baloch",
                INDIRECT,
                "proposed",
                "a joint survey of the Pasni fish harbour be held in April",
            )
        ]

    def test_committee_recommends_that_is_a_statement(self) -> None:
        """``The committee recommended that B`` (Dawn, Business Recorder) reports B."""
        assert said(
            "ISLAMABAD: The Senate Standing Committee on Power recommended that the Chinese IPPs "
            "be paid from a revolving account."
        ) == [
            (
                "Senate Standing Committee on Power",
                INDIRECT,
                "recommended",
                "the Chinese IPPs be paid from a revolving account",
            )
        ]

    def test_proposed_without_that_reports_nothing(self) -> None:
        """``proposed a new route`` and ``the proposed line`` carry no reported clause."""
        assert (
            said(
                "QUETTA: The planning department proposed a new route for the Quetta bypass.",
                "The proposed line will link Gwadar with Quetta.",
                "It was recommended for approval.",
            )
            == []
        )


class TestUnitAtTheSeatNamedBefore:
    def test_according_to_an_institute_at_the_university(self) -> None:
        """``according to the X Institute at the university``: one body with the one named."""
        assert said(
            "BEIJING, May 2 (People's Daily) -- Thirty Chinese teachers arrived at the "
            "University of the Punjab on Monday.",
            "Classes will start in March, according to the Confucius Institute at the university.",
        ) == [
            (
                "Confucius Institute at the University of the Punjab",
                INDIRECT,
                "according to",
                "Classes will start in March",
            )
        ]

    def test_centre_at_the_varsity_said_before_its_clause(self) -> None:
        """``The X Centre at the varsity said B``: the centre, not the university, speaks."""
        assert said(
            "PESHAWAR: Forty engineers from Peshawar University left for Xi'an on Sunday.",
            "The China Study Centre at the varsity said the course would last six months.",
        ) == [
            (
                "China Study Centre at Peshawar University",
                INDIRECT,
                "said",
                "the course would last six months",
            )
        ]

    def test_inverted_said_before_an_institute_at_the_college(self) -> None:
        """``…, said the X Institute at the college.`` (APP): the college named before."""
        assert said(
            "LAHORE, Apr 9 (APP): A Chinese welding team visited the Government College of "
            "Technology in Rasul on Tuesday.",
            "Two hundred welders will be trained this year, said the Confucius Institute at the "
            "college.",
        ) == [
            (
                "Confucius Institute at the Government College of Technology",
                INDIRECT,
                "said",
                "Two hundred welders will be trained this year",
            )
        ]

    def test_no_university_named_leaves_the_unit(self) -> None:
        """With no university named before, the unit alone speaks (no name is invented)."""
        assert said(
            "KARACHI: Forty students left for Beijing on Monday.",
            "They will study for a year, the Confucius Institute at the university said.",
        ) == [("Confucius Institute", INDIRECT, "said", "They will study for a year")]


class TestLeadOfficialNamedNext:
    def test_xinhua_lead_official_is_the_cell_head_quoted_next(self) -> None:
        """``A, a senior Pakistani official said`` ¶ ``“B,” X, who heads …, told Xinhua``: X."""
        assert said(
            "ISLAMABAD, March 3 (Xinhua) -- Pakistan and China have finished the route survey "
            "for the Quetta-Taftan rail line, a senior Pakistani official said on Tuesday.",
            '"The teams walked every kilometre of it," Nadeem Qureshi, who heads the CPEC cell '
            "at the Ministry of Railways, told Xinhua.",
        ) == [
            (
                "Nadeem Qureshi",
                INDIRECT,
                "said",
                "Pakistan and China have finished the route survey for the Quetta-Taftan rail line",
            ),
            ("Nadeem Qureshi", DIRECT, "told", "The teams walked every kilometre of it"),
        ]

    def test_global_times_chinese_official_is_the_chinese_manager_named_next(self) -> None:
        """``A, a Chinese official told the Global Times`` ¶ ``X, deputy manager …, said B``: X."""
        assert said(
            "BEIJING, May 2 (GT) -- The first Chinese-built trains for the Orange Line extension "
            "will ship in June, a Chinese official told the Global Times on Sunday.",
            "Zhou Minghui, deputy general manager of the rolling stock maker, said the twelve "
            "trains would be tested in Changchun first.",
        ) == [
            (
                "Zhou Minghui",
                INDIRECT,
                "told",
                "The first Chinese-built trains for the Orange Line extension will ship in June",
            ),
            (
                "Zhou Minghui",
                INDIRECT,
                "said",
                "the twelve trains would be tested in Changchun first",
            ),
        ]

    def test_official_who_asked_anonymity_stays_unnamed(self) -> None:
        """A lead official ``requesting anonymity`` is no one the article names later."""
        assert said(
            "ISLAMABAD: The government will pay Rs20bn to Chinese power producers this week, a "
            "senior official said, requesting anonymity.",
            "Asad Gilani, a joint secretary at the Power Division, said the amount would clear "
            "dues up to January.",
        ) == [
            (
                "a senior official",
                INDIRECT,
                "said",
                "The government will pay Rs20bn to Chinese power producers this week",
            ),
            ("Asad Gilani", INDIRECT, "said", "the amount would clear dues up to January"),
        ]

    def test_official_of_another_side_or_a_politician_stays_unnamed(self) -> None:
        """A Pakistani official is no Chinese manager; a minister is no ``senior official``."""
        assert _speakers(
            "ISLAMABAD: The Gwadar airport will open a route to Urumqi, a senior Pakistani "
            "official said.",
            "Zhou Minghui, general manager of the operator, said the first flight would leave "
            "on May 5.",
        ) == ["a senior Pakistani official", "Zhou Minghui"]
        assert _speakers(
            "ISLAMABAD: The cabinet will take up the Rs20bn release this week, a senior "
            "official said.",
            "Power Minister Owais Lund told the National Assembly the dues would be cleared.",
        ) == ["a senior official", "Owais Lund"]

    def test_person_named_in_the_lead_or_a_bodys_official_stays_apart(self) -> None:
        """A person the lead names already, or ``an airport official``, is another source."""
        assert _speakers(
            "ISLAMABAD: Joint Secretary Asad Gilani will visit Beijing next week, a senior "
            "official said.",
            "Gilani told reporters the visit would focus on unpaid dues.",
        ) == ["a senior official", "Asad Gilani"]
        assert _speakers(
            "GWADAR: The airport will open a route to Urumqi, an airport official said.",
            "Nadeem Qureshi, a planning ministry director, said the first flight would leave "
            "on May 5.",
        ) == ["an airport official", "Nadeem Qureshi"]


class TestGroupInsideABody:
    def test_sources_in_a_ministry_have_it_as_organisation(self) -> None:
        """``Sources in the Ministry of X said`` (Business Recorder): the group, of that body."""
        [found] = read(
            article(
                "ISLAMABAD: Sources in the Ministry of Maritime Affairs said the Gwadar dredging "
                "contract would be signed in May."
            )
        )
        assert found.speaker == Actor(
            "Sources in the Ministry of Maritime Affairs",
            organization="Ministry of Maritime Affairs",
            named=False,
        )

    def test_officials_in_a_city_have_no_organisation(self) -> None:
        """``…, officials in Quetta said``: a place, no body, gives no organisation."""
        [found] = read(
            article(
                "The first Gwadar dredging contract will be signed in May, officials in Quetta "
                "said."
            )
        )
        assert found.speaker == Actor("officials in Quetta", named=False)


class TestBodyMentionedAsSubjectTakenUp:
    def test_the_embassy_said_is_the_chinese_embassy_that_asked(self) -> None:
        """``The Chinese embassy has asked …`` ¶ ``the embassy said B``: that embassy speaks."""
        found = read(
            article(
                "ISLAMABAD: The Chinese embassy has asked Pakistan to speed up work permits for "
                "engineers at the Mohmand dam, officials said.",
                "In a note to the foreign office, the embassy said 150 permits were pending.",
            )
        )
        assert [s.speaker for s in found] == [
            Actor("officials", named=False),
            Actor("Chinese embassy", organization="embassy", country="China", named=False),
        ]

    def test_a_body_only_named_as_an_object_is_not_taken_up(self) -> None:
        """``talks at the Chinese finance ministry`` ¶ ``the ministry said``: as written."""
        assert _speakers(
            "ISLAMABAD: Finance Minister Sana Rauf will hold talks at the Chinese finance "
            "ministry next week.",
            "The loans will be rolled over, the ministry said.",
        ) == ["the ministry"]


class TestNestedClauseBeforeAPossessedTitle:
    def test_nested_clause_stops_before_its_chairman(self) -> None:
        """``A recommended that B, its chairman X said``: B ends at the comma, not at ``its``."""
        assert said(
            "KARACHI: The committee recommended that the tariff be cut by Rs2 per unit, its "
            "chairman Asad Khan said."
        ) == [
            (
                "Asad Khan",
                INDIRECT,
                "said",
                "The committee recommended that the tariff be cut by Rs2 per unit",
            ),
            ("The committee", INDIRECT, "recommended", "the tariff be cut by Rs2 per unit"),
        ]


class TestPrincipalIsATitle:
    def test_principal_before_a_name_is_the_role(self) -> None:
        """``Principal X said`` (APP, Radio Pakistan): the school head's title, not his name."""
        [found] = read(
            article("GILGIT: Principal Amjad Ali said the Chinese lab would open in May.")
        )
        assert found.speaker == Actor("Amjad Ali", "Principal")

    def test_possessed_principal_before_an_appositive_name(self) -> None:
        """``The school's principal, X, said``: X, with the role ``principal``."""
        [found] = read(
            article("The school's principal, Amjad Ali, said the Chinese lab would open in May.")
        )
        assert found.speaker == Actor("Amjad Ali", "principal")
