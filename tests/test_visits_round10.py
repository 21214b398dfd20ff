"""Tests for cpecdata.extract.visits, round 10: briefers, delegations' leaders, first stops."""

import datetime as dt

from cpecdata.model import VisitStatus
from test_visits_legs import _trips

D = dt.date
PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED


class TestContinuedQuote:
    def test_the_speaker_closing_a_straight_quote_is_the_pronouns_antecedent(self) -> None:
        """``"A. B," the minister said. He will visit Y``: the minister, not the earlier briefer."""
        assert _trips(
            "SIBI, Mar 3 (APP): Federal Minister for Railways Asad Karim Baloch, who arrived here"
            " on Monday on a two-day visit, said the line would be upgraded by next year.",
            "Briefing the minister, Pakistan Railways (PR) Divisional Superintendent Sardar Imran"
            " Mirza said the Quetta-Sibi section now carried 12 trains a day.",
            "He said the rehabilitation of the Bolan Pass bridges was 40 percent complete.",
            '"This line is vital for the province. It must be safe," the minister said. He'
            " directed the PR to finish the work without delay.",
            "He will visit Quetta and Jacobabad on Wednesday before returning to Islamabad.",
            date="2025-03-03",
        )[1:] == [
            ("Asad Karim Baloch", "Quetta", (D(2025, 3, 5), D(2025, 3, 5)), PLANNED),
            ("Asad Karim Baloch", "Jacobabad", (D(2025, 3, 5), D(2025, 3, 5)), PLANNED),
        ]

    def test_a_briefer_told_by_title_is_passed_over_after_a_quote_ends(self) -> None:
        """``Mr X briefed the minister ... "A. B," Ms Y said. She will fly to Z``: Ms Y flies."""
        assert _trips(
            "KARACHI: Sindh Minister for Energy Ms Sadia Junejo on Tuesday visited the Thar coal"
            " field.",
            "Mr Tariq Shah, the field's chief engineer, briefed the minister on the mine's output.",
            '"Thar can light up the whole province. We will not stop," the minister said.',
            "She will fly to Beijing next week for talks with investors.",
            date="2025-03-05",
        )[1:] == [("Sadia Junejo", "Beijing", (D(2025, 3, 10), D(2025, 3, 16)), PLANNED)]

    def test_an_outlet_told_after_a_quote_is_no_antecedent(self) -> None:
        """``"A. B," X told Hum Digital. From there, he goes to Y``: an outlet never travels."""
        assert (
            _trips(
                "The cabinet on Wednesday approved the Swat road project, she added.",
                '"The chief minister wants to show investors that the province is open. Deals are'
                ' ready," Kundi told Hum Digital.',
                "From there, he is travelling to Wuhan on June 14, she said.",
                date="2025-06-05",
            )
            == []
        )


class TestHeadingTheDelegation:
    def test_the_person_heading_a_delegation_takes_its_trips(self) -> None:
        """``Senator X, chair of Y, is heading the 9-member delegation, which arrived in Z``: X."""
        assert _trips(
            "KUNMING, June 12 (Xinhua) -- Senator Nadia Hameed Rind, chairperson of the Senate"
            " Committee on Planning, is heading the 9-member delegation, which arrived in Kunming"
            " on Monday.",
            "The delegation is scheduled to travel to Shanghai on Saturday, the embassy said.",
            date="2025-06-12",
        ) == [
            ("Nadia Hameed Rind", "Kunming", (D(2025, 6, 9), D(2025, 6, 9)), PAST),
            ("Nadia Hameed Rind", "Shanghai", (D(2025, 6, 14), D(2025, 6, 14)), PLANNED),
        ]

    def test_a_leader_of_a_team_that_will_visit_travels(self) -> None:
        """``Minister X leads a 15-member delegation that will visit Y``: X, not the delegation."""
        assert _trips(
            "LAHORE: Provincial minister Ali Raza Bhutta leads a 15-member business delegation"
            " that will visit Shenzhen next week.",
            date="2025-06-12",
        ) == [("Ali Raza Bhutta", "Shenzhen", (D(2025, 6, 16), D(2025, 6, 22)), PLANNED)]

    def test_it_after_a_fronted_phrase_is_the_led_delegation_not_its_inviter(self) -> None:
        """``... at the invitation of the Y Committee. After two days there, it flew to Z``: X."""
        assert _trips(
            "Vice Minister Zhao Lin is leading the Chinese delegation, which arrived in Karachi on"
            " Monday at the invitation of the Sindh Assembly Standing Committee on Trade.",
            "After two days in the city, it flew to Lahore on Wednesday.",
            date="2025-06-12",
        )[1:] == [("Zhao Lin", "Lahore", (D(2025, 6, 11), D(2025, 6, 11)), ONGOING)]


class TestFirstStopAtALocality:
    def test_a_site_with_a_long_project_name_still_leads_to_its_locality(self) -> None:
        """``visited the Orange Line Metro Train depot at Y``: Y, five words of site or not."""
        assert _trips(
            "LAHORE: Chinese Consul General Wang Lifeng on Monday visited the Blue Line Metro Bus"
            " workshop at Kot Lakhpat.",
            date="2025-03-04",
        ) == [("Wang Lifeng", "Kot Lakhpat", (D(2025, 3, 3), D(2025, 3, 3)), PAST)]

    def test_a_day_told_before_two_coordinated_trips_dates_both(self) -> None:
        """``X on Monday visited A and later travelled to B``: the day is told before both."""
        assert _trips(
            "KARACHI: Chinese Consul General Yang Mei on Tuesday visited the Green Line depot at"
            " Surjani Town and later travelled to Thatta to see a wind farm.",
            date="2025-03-05",
        ) == [
            ("Yang Mei", "Surjani Town", (D(2025, 3, 4), D(2025, 3, 4)), PAST),
            ("Yang Mei", "Thatta", (D(2025, 3, 4), D(2025, 3, 4)), PAST),
        ]

    def test_a_day_after_the_first_place_stays_with_it(self) -> None:
        """``visited A on Monday and later travelled to B``: Monday is A's alone."""
        assert _trips(
            "PESHAWAR: Provincial minister Aqib Khan visited the Malakand tunnel site at Dargai"
            " on Monday, and later travelled to Swat.",
            date="2025-03-05",
        )[0] == ("Aqib Khan", "Dargai", (D(2025, 3, 3), D(2025, 3, 3)), PAST)


class TestSiteInAList:
    def test_a_site_named_by_its_place_opens_a_list_of_destinations(self) -> None:
        """``visit the Mirpur bridge site and Kotli from March 5 to 7``: Mirpur and Kotli."""
        assert _trips(
            "A Chinese delegation led by Hu Jianfeng will arrive in Islamabad next week.",
            "The delegation will also visit the Mirpur bridge site and Kotli from March 5 to 7,"
            " officials said.",
            date="2025-03-04",
        )[1:] == [
            ("Hu Jianfeng", "Mirpur", (D(2025, 3, 5), D(2025, 3, 7)), PLANNED),
            ("Hu Jianfeng", "Kotli", (D(2025, 3, 5), D(2025, 3, 7)), PLANNED),
        ]

    def test_a_facility_read_as_its_place_opens_a_list_too(self) -> None:
        """``will tour the Hattar zone and Haripur``: the zone read twice is still one item."""
        assert _trips(
            "PESHAWAR: Provincial minister Aqib Khan will tour the Hattar zone and Haripur on"
            " Friday.",
            date="2025-03-04",
        ) == [
            ("Aqib Khan", "Hattar", (D(2025, 3, 7), D(2025, 3, 7)), PLANNED),
            ("Aqib Khan", "Haripur", (D(2025, 3, 7), D(2025, 3, 7)), PLANNED),
        ]


class TestLeaderOfADelegation:
    def test_the_head_of_a_visiting_delegation_is_its_leader_named_before(self) -> None:
        """``X is heading the delegation ... The head of the visiting delegation will fly to Y``."""
        assert _trips(
            "ISLAMABAD: Vice Minister Zhao Lin is heading the 10-member delegation, which arrived"
            " in Islamabad on Monday.",
            "The head of the visiting delegation will fly to Gwadar on Friday.",
            date="2025-03-04",
        )[1:] == [("Zhao Lin", "Gwadar", (D(2025, 3, 7), D(2025, 3, 7)), PLANNED)]

    def test_the_leader_of_a_delegation_named_only_later_is_that_person(self) -> None:
        """``The leader of a visiting delegation will travel to Y. Senator X is leading it``: X."""
        assert _trips(
            "URUMQI (Xinhua) -- The leader of a visiting Pakistani delegation will travel to"
            " Kashgar on Friday, officials said.",
            "Senator Ayesha Raza, who chairs the Senate Committee on Commerce, is leading the"
            " 8-member delegation.",
            date="2025-03-04",
        ) == [("Ayesha Raza", "Kashgar", (D(2025, 3, 7), D(2025, 3, 7)), PLANNED)]

    def test_a_member_named_later_as_heading_the_delegation_takes_its_trip(self) -> None:
        """``The Chinese delegation arrived in Y. X, who is leading the delegation, said``: X."""
        assert _trips(
            "KARACHI: The Chinese delegation arrived in Karachi on Monday.",
            "Vice Minister Zhao Lin, who is leading the delegation, said the port would be"
            " expanded.",
            date="2025-03-04",
        ) == [("Zhao Lin", "Karachi", (D(2025, 3, 3), D(2025, 3, 3)), ONGOING)]

    def test_a_leader_told_as_going_to_head_the_delegation_takes_its_trip(self) -> None:
        """``A Chinese delegation will visit Y next week. X will head the delegation``: X."""
        assert _trips(
            "GWADAR: A Chinese delegation will visit Gwadar next week, officials said.",
            "Vice Minister Zhao Lin will head the delegation.",
            date="2025-03-04",
        ) == [("Zhao Lin", "Gwadar", (D(2025, 3, 10), D(2025, 3, 16)), PLANNED)]


class TestDaysBeforeMovingOn:
    def test_days_spent_before_the_next_leg_end_the_stay(self) -> None:
        """``arrived in Y on Monday. After two days in the city, it flew to Z``: Y for 2 days."""
        assert _trips(
            "KUNMING, June 12 (Xinhua) -- Senator Nadia Hameed Rind is heading the 9-member"
            " delegation, which arrived in Kunming on Monday.",
            "After two days in the city, it flew to Chengdu on Wednesday.",
            date="2025-06-12",
        )[0] == ("Nadia Hameed Rind", "Kunming", (D(2025, 6, 9), D(2025, 6, 10)), PAST)

    def test_the_stay_ends_even_when_a_later_sentence_names_the_place_again(self) -> None:
        """``arrived in Y. After three days there, he drove to Z. In Y, he toured W``: 3 days."""
        assert _trips(
            "LAHORE: Provincial minister Aqib Khan arrived in Multan on Monday.",
            "After three days there, he drove to Bahawalpur on Thursday.",
            "In Multan, the minister toured a textile mill.",
            date="2025-03-07",
        )[0] == ("Aqib Khan", "Multan", (D(2025, 3, 3), D(2025, 3, 5)), PAST)
