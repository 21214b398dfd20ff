"""Tests for cpecdata.extract.visits: one rule per test, on made-up sentences and articles."""

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest

from cpecdata.extract import extract
from cpecdata.extract._text import sentences
from cpecdata.extract.visits import extract_visits
from cpecdata.gazetteer import lookup_place
from cpecdata.model import Actor, Article, Granularity, Place, Span, Visit, VisitStatus, When
from cpecdata.rawformat import parse_text

DATA = Path(__file__).parent / "data" / "visits"
WEDNESDAY = "2023-06-14"
"""The publication date of most test articles."""

D = dt.date


def _article(*paragraphs: str, date: str = WEDNESDAY) -> Article:
    raw = f" date {date} A made-up headline\n\n" + "\n\n".join(paragraphs) + "\n"
    (article,) = parse_text(raw, "test.txt")
    assert isinstance(article, Article)
    return article


def _visits(*paragraphs: str, date: str = WEDNESDAY) -> tuple[Visit, ...]:
    article = _article(*paragraphs, date=date)
    return extract_visits(article, sentences(article))


def _summary(visit: Visit) -> tuple[object, ...]:
    """Everything a rule decides, in one comparable tuple."""
    when = visit.when
    return (
        visit.visitor.name,
        visit.destination.name,
        visit.destination.country,
        visit.host.name if visit.host else None,
        (when.text, when.start, when.end) if when else None,
        visit.status,
        visit.qualifiers,
        visit.cameo,
    )


def _summaries(*paragraphs: str, date: str = WEDNESDAY) -> list[tuple[object, ...]]:
    return [_summary(v) for v in _visits(*paragraphs, date=date)]


PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED
VISIT, HOSTED = ("042",), ("042", "043")


class TestSample:
    def test_bundled_sample_has_exactly_the_maiden_visit(self) -> None:
        """The issue's acceptance example: one past maiden visit to China early in the month."""
        text = resources.files("cpecdata.data").joinpath("000_83d993cbec17adfe.txt").read_text()
        (article,) = parse_text(text, "sample.txt")
        assert isinstance(article, Article)
        evidence = (
            "It may be mentioned here that Prime Minister Shehbaz Sharif’s maiden visit to China "
            "early this month was unprecedented, constructive and successful."
        )
        start = article.source.index(evidence)
        when_start = article.source.index("early this month")
        assert extract_visits(article, sentences(article)) == (
            Visit(
                visitor=Actor("Shehbaz Sharif", role="Prime Minister", country="Pakistan"),
                destination=lookup_place("China"),  # type: ignore[arg-type]
                evidence=evidence,
                span=Span(start, start + len(evidence)),
                status=PAST,
                when=When(
                    "early this month",
                    D(2022, 11, 1),
                    D(2022, 11, 10),
                    Granularity.PART_OF_MONTH,
                    Span(when_start, when_start + len("early this month")),
                ),
                qualifiers=("maiden",),
                confidence=0.9,
            ),
        )


class TestPatterns:
    def test_possessive_visit_noun(self) -> None:
        """``X's visit to Y``: the possessive travels to the place after ``to``."""
        assert _summaries("Minister Arlen Voss’s visit to Beijing last week was a success.") == [
            (
                "Arlen Voss",
                "Beijing",
                "China",
                None,
                ("last week", D(2023, 6, 5), D(2023, 6, 11)),
                PAST,
                (),
                VISIT,
            ),
        ]

    def test_visited(self) -> None:
        """``X visited Y``: the subject travels; a city carries its country."""
        assert _summaries("Planning Minister Arlen Voss visited Gwadar on Monday.") == [
            (
                "Arlen Voss",
                "Gwadar",
                "Pakistan",
                None,
                ("on Monday", D(2023, 6, 12), D(2023, 6, 12)),
                PAST,
                (),
                VISIT,
            ),
        ]

    def test_arrived_on_a_visit(self) -> None:
        """``arrived in Y on a three-day official visit``: the duration fills the dates."""
        assert _summaries(
            "Prime Minister Arlen Voss arrived in Beijing on Tuesday on a three-day official visit."
        ) == [
            (
                "Arlen Voss",
                "Beijing",
                "China",
                None,
                ("on Tuesday", D(2023, 6, 13), D(2023, 6, 15)),
                ONGOING,
                ("official", "three-day"),
                VISIT,
            ),
        ]

    def test_will_visit(self) -> None:
        """``will visit`` is a planned trip, dated forward."""
        assert _summaries("Premier Han Jie will visit Pakistan next month.") == [
            (
                "Han Jie",
                "Pakistan",
                "Pakistan",
                None,
                ("next month", D(2023, 7, 1), D(2023, 7, 31)),
                PLANNED,
                (),
                VISIT,
            ),
        ]

    def test_scheduled_to_visit_with_a_range(self) -> None:
        """``is scheduled to visit Y from June 20 to 22`` keeps the whole range."""
        assert _summaries(
            "Foreign Minister Han Jie is scheduled to visit Islamabad from June 20 to 22."
        ) == [
            (
                "Han Jie",
                "Islamabad",
                "Pakistan",
                None,
                ("from June 20 to 22", D(2023, 6, 20), D(2023, 6, 22)),
                PLANNED,
                (),
                VISIT,
            ),
        ]

    def test_landed_in(self) -> None:
        """``landed in`` the day before publication: the visit is under way."""
        assert _summaries("Foreign Minister Han Jie landed in Islamabad late on Tuesday.") == [
            (
                "Han Jie",
                "Islamabad",
                "Pakistan",
                None,
                ("on Tuesday", D(2023, 6, 13), D(2023, 6, 13)),
                ONGOING,
                (),
                VISIT,
            ),
        ]

    def test_departed_for(self) -> None:
        """``departed for Y`` names the destination after ``for``."""
        assert [s[:3] for s in _summaries("Senator Arlen Voss departed for Beijing today.")] == [
            ("Arlen Voss", "Beijing", "China")
        ]

    def test_is_in(self) -> None:
        """``X is in Y`` reports a visit under way."""
        assert _summaries("President Han Jie is in Pakistan for talks on the corridor.") == [
            ("Han Jie", "Pakistan", "Pakistan", None, None, ONGOING, (), VISIT)
        ]

    def test_is_visiting(self) -> None:
        """``X is visiting Y this week`` is ongoing."""
        assert _summaries("Minister Arlen Voss is visiting China this week.") == [
            (
                "Arlen Voss",
                "China",
                "China",
                None,
                ("this week", D(2023, 6, 12), D(2023, 6, 18)),
                ONGOING,
                (),
                VISIT,
            ),
        ]

    def test_delegation_led_by(self) -> None:
        """``a delegation led by X visited Y``: the leader is the visitor."""
        assert [
            s[:2]
            for s in _summaries(
                "A delegation led by Chairman Arlen Voss visited Karachi last week."
            )
        ] == [("Arlen Voss", "Karachi")]

    def test_lead_a_delegation_to(self) -> None:
        """``X will lead a delegation to Y`` is X's trip."""
        assert [
            s[:2] + s[5:6]
            for s in _summaries("Minister Arlen Voss will lead a delegation to China next month.")
        ] == [("Arlen Voss", "China", PLANNED)]

    def test_nameless_delegation_with_an_origin(self) -> None:
        """A delegation with no leader named is the visitor when its origin is given."""
        assert [
            s[:3] for s in _summaries("A Chinese business delegation arrived in Lahore on Monday.")
        ] == [("A Chinese business delegation", "Lahore", "Pakistan")]

    def test_visit_of_x_to_y(self) -> None:
        """``the visit of X to Y`` names the visitor after the noun."""
        assert [
            s[:2]
            for s in _summaries("The visit of Vice Premier Han Jie to Islamabad was fruitful.")
        ] == [("Han Jie", "Islamabad")]

    def test_visit_to_y_by_x(self) -> None:
        """``the recent visit to Y by X``: visitor after the place; ``recent`` makes it past."""
        assert _summaries(
            "Officials recalled the recent visit to Pakistan by Vice Premier Han Jie."
        ) == [("Han Jie", "Pakistan", "Pakistan", None, ("recent", None, None), PAST, (), VISIT)]

    def test_returned_from(self) -> None:
        """``after his return from Y``: a finished trip, visitor named after the phrase."""
        assert _summaries(
            "Speaking after his return from Beijing, Minister Arlen Voss said the talks went well."
        ) == [("Arlen Voss", "Beijing", "China", None, None, PAST, (), VISIT)]

    def test_here_is_the_dateline(self) -> None:
        """``arrived here`` goes to the place the dateline names."""
        assert [
            s[:3] for s in _summaries("ISLAMABAD: Premier Han Jie arrived here on Tuesday.")
        ] == [("Han Jie", "Islamabad", "Pakistan")]

    def test_the_port_is_the_port_named_before(self) -> None:
        """``during his visit to the port`` goes to the last port the article named."""
        got = _summaries(
            "Cargo at Gwadar Port rose in May.",
            "During his visit to the port, Chairman Arlen Voss said more ships would come.",
        )
        assert [s[:3] for s in got] == [("Arlen Voss", "Gwadar Port", "Pakistan")]

    def test_the_country_is_the_country_named_before(self) -> None:
        """``his first visit to the country`` goes to the last country named."""
        got = _summaries(
            "Premier Han Jie arrived in Pakistan on Tuesday.",
            "It is his first visit to the country since 2019.",
        )
        assert [s[:3] + s[6:7] for s in got] == [("Han Jie", "Pakistan", "Pakistan", ("first",))]

    def test_his_china_visit(self) -> None:
        """A place right before the noun is the destination: ``his China visit``."""
        assert [
            s[:2] for s in _summaries("Minister Arlen Voss said his China visit had been useful.")
        ] == [("Arlen Voss", "China")]

    def test_due_in(self) -> None:
        """``X is due in Y on Sunday`` is a planned arrival."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries("Prime Minister Arlen Voss is due in Beijing on Sunday.")
        ] == [("Arlen Voss", "Beijing", ("on Sunday", D(2023, 6, 18), D(2023, 6, 18)), PLANNED)]

    def test_expected_in(self) -> None:
        """``X is expected in Y on Thursday``: a planned arrival, like ``due in``."""
        visits = _visits("Foreign Minister Han Jie is expected in Islamabad on Thursday.")
        assert [(v.visitor.name, v.destination.name, v.status) for v in visits] == [
            ("Han Jie", "Islamabad", PLANNED)
        ]

    def test_currently_in(self) -> None:
        """``X, currently in Y,`` is a visit under way."""
        assert [
            s[:2] + s[5:6]
            for s in _summaries(
                "Minister Arlen Voss, currently in Beijing, said the talks were useful."
            )
        ] == [("Arlen Voss", "Beijing", ONGOING)]

    def test_fronted_arrival(self) -> None:
        """``Upon arrival in Y, X was received by Z``: the subject after the comma travels."""
        assert [
            s[:4]
            for s in _summaries(
                "Upon arrival in Beijing, Minister Arlen Voss was received by Vice Premier Han Jie."
            )
        ] == [("Arlen Voss", "Beijing", "China", "Han Jie")]

    def test_pay_an_official_visit(self) -> None:
        """In ``pay an official visit`` the word ``official`` qualifies the visit, not a person."""
        assert [
            s[:2] + s[6:7]
            for s in _summaries(
                "Minister Arlen Voss will pay an official visit to China in October."
            )
        ] == [("Arlen Voss", "China", ("official",))]

    def test_visited_a_site_in_a_place(self) -> None:
        """``visited the headquarters in Y``: the place after the site is the destination."""
        got = _summaries("General Arlen Voss on Tuesday visited the headquarters in Quetta.")
        assert [s[:3] for s in got] == [("Arlen Voss", "Quetta", "Pakistan")]

    def test_domestic_trip_counts(self) -> None:
        """A minister touring a port at home is a visit too, to the port's city."""
        assert [
            s[:3] for s in _summaries("Chief Minister Arlen Voss toured Gwadar Port on Saturday.")
        ] == [("Arlen Voss", "Gwadar", "Pakistan")]


class TestHosts:
    def test_hosted(self) -> None:
        """``Y hosted X in Z``: Y is the host, X the visitor, Z the place; CAMEO adds 043."""
        assert _summaries(
            "President Han Jie hosted Prime Minister Arlen Voss in Beijing on Monday."
        ) == [
            (
                "Arlen Voss",
                "Beijing",
                "China",
                "Han Jie",
                ("on Monday", D(2023, 6, 12), D(2023, 6, 12)),
                PAST,
                (),
                HOSTED,
            ),
        ]

    def test_at_the_invitation_of(self) -> None:
        """``at the invitation of X`` names the host."""
        assert [
            s[:4] + s[7:]
            for s in _summaries(
                "Minister Arlen Voss will visit Beijing next "
                "week at the invitation of Vice Premier Han "
                "Jie."
            )
        ] == [("Arlen Voss", "Beijing", "China", "Han Jie", HOSTED)]

    def test_welcomed_to(self) -> None:
        """``X welcomed Y to Z`` is Y's trip to Z, hosted by X."""
        got = _summaries(
            "Minister Arlen Voss welcomed Vice Premier Han Jie to Islamabad on Monday."
        )
        assert [s[:4] for s in got] == [("Han Jie", "Islamabad", "Pakistan", "Arlen Voss")]

    def test_resident_envoy_hosted_is_no_visit(self) -> None:
        """An ambassador hosted for dinner lives there: no trip without a place named."""
        assert (
            _visits("Prime Minister Arlen Voss hosted Chinese Ambassador Han Jie for dinner.") == ()
        )

    def test_welcomed_on_arrival(self) -> None:
        """``X welcomed Y on his arrival in Z``: the arrival noun is travel wording, X the host."""
        assert [
            s[:4]
            for s in _summaries(
                "Arlen Voss welcomed Vice Premier Han Jie on his arrival in Islamabad on Tuesday."
            )
        ] == [("Han Jie", "Islamabad", "Pakistan", "Arlen Voss")]


class TestStatus:
    def test_postponed(self) -> None:
        """A postponed trip says so whatever its tense."""
        assert [
            s[5]
            for s in _summaries(
                "The visit of Vice Premier Han Jie to Islamabad has been postponed."
            )
        ] == [VisitStatus.POSTPONED]

    def test_cancelled(self) -> None:
        """A trip called off is a visit with status cancelled, as the issue asks."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries("President Han Jie’s state visit to Pakistan was cancelled.")
        ] == [("Han Jie", "Pakistan", None, VisitStatus.CANCELLED)]

    def test_present_tense_with_a_recent_day_is_ongoing(self) -> None:
        """``X, who is on a visit to Y, met Z on Tuesday``: the present tense keeps it ongoing."""
        assert [
            s[5]
            for s in _summaries(
                "Premier Arlen Voss, who is on a visit to China, met President Han Jie on Tuesday."
            )
        ] == [ONGOING]

    def test_past_perfect_arrival_is_over(self) -> None:
        """``had travelled to Y`` tells of trips that are over."""
        got = _summaries("Minister Arlen Voss said he had travelled to Beijing many times.")
        assert [s[5] for s in got] == [PAST]

    def test_own_days_spanning_publication_are_ongoing(self) -> None:
        """``had arrived on Tuesday for a two-day visit``, told on its last day, is under way."""
        visits = _visits(
            "The envoy Tomas Reyl had arrived in Gwadar on Tuesday for a two-day visit."
        )
        assert [(v.when.end if v.when else None, v.status) for v in visits] == [
            (D(2023, 6, 14), ONGOING)
        ]

    def test_dates_before_publication_are_past(self) -> None:
        """A dated trip that ended before the article is past, even in the present tense."""
        assert [s[5] for s in _summaries("Minister Arlen Voss is in Beijing on May 3.")] == [PAST]


class TestNotVisits:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Arlen Voss attended a ceremony in Gwadar on Monday.",
            "President Han Jie met Minister Arlen Voss in Islamabad on Monday.",
            "The two sides arrived at a consensus on the Gwadar port.",
            "China is in talks with Pakistan over the loan.",
            "Pakistan's exports to China reached $2 billion last year.",
            "Gwadar hosted a conference on Monday.",
            "Minister Arlen Voss welcomed the decision of Vice Premier Han Jie.",
        ],
    )
    def test_no_travel_wording_no_visit(self, sentence: str) -> None:
        """Being somewhere, meeting or reaching an amount is not travelling there."""
        assert _visits(sentence) == ()


class TestPeople:
    def test_pronoun_takes_the_last_person_named(self) -> None:
        """``During his visit to Y`` goes to the person named just before."""
        assert [
            s[:2]
            for s in _summaries(
                "Minister Arlen Voss spoke about the projects.",
                "During his visit to China last month, he met investors.",
            )
        ] == [("Arlen Voss", "China")]

    def test_descriptor_takes_the_person_with_that_title(self) -> None:
        """``The prime minister is visiting`` is the prime minister named earlier."""
        assert [
            s[:2]
            for s in _summaries(
                "Prime Minister Arlen Voss met traders in Lahore.",
                "The prime minister is visiting China this week.",
            )
        ] == [("Arlen Voss", "China")]

    def test_possessive_pronoun_prefers_the_subject(self) -> None:
        """``X called on Y during his visit``: the visit is the subject's."""
        assert [
            s[:2]
            for s in _summaries(
                "Minister Arlen Voss called on President Han Jie during his visit to Beijing."
            )
        ] == [("Arlen Voss", "Beijing")]

    def test_descriptor_prefers_a_subject(self) -> None:
        """``the minister`` is the minister who acted, not a vice minister who received her."""
        got = _summaries(
            "Planning Minister Arlen Voss arrived in Beijing on Monday.",
            "She was received by Vice Minister of Commerce Han Jie.",
            "The minister is expected to travel to Urumqi on Friday.",
        )
        assert [s[:2] for s in got] == [("Arlen Voss", "Beijing"), ("Arlen Voss", "Urumqi")]

    def test_the_delegation_is_the_one_led_before(self) -> None:
        """``The delegation will leave for Y`` is the trip of the leader named before."""
        got = _summaries(
            "A delegation led by Vice Chairman Han Jie visited Gwadar on Monday.",
            "The delegation will leave for Quetta on Saturday, where it will call on Arlen Voss.",
        )
        assert [s[:2] for s in got] == [("Han Jie", "Gwadar"), ("Han Jie", "Quetta")]

    def test_titled_possessive(self) -> None:
        """``the Chinese president's visit``: the title is the visitor, resolved to its holder."""
        got = _summaries(
            "President Han Jie spoke of the corridor.",
            "The two leaders met during the Chinese president's visit to Islamabad in April.",
        )
        assert [s[:2] for s in got] == [("Han Jie", "Islamabad")]

    def test_apposition(self) -> None:
        """``X, the planning minister, flew to Y``: the name beside the title travels."""
        assert [
            s[:2]
            for s in _summaries("Arlen Voss, the planning minister, flew to Beijing on Tuesday.")
        ] == [("Arlen Voss", "Beijing")]

    def test_the_latter(self) -> None:
        """``the latter's visit`` is the second of the two people just named."""
        assert [
            s[:2]
            for s in _summaries(
                "The airport was opened by Minister Arlen Voss and "
                "Premier Han Jie during the latter’s visit to "
                "Pakistan."
            )
        ] == [("Han Jie", "Pakistan")]

    def test_lone_surname(self) -> None:
        """``Voss, who visited China`` is the Arlen Voss named before."""
        assert [
            s[:2]
            for s in _summaries(
                "Minister Arlen Voss spoke in Lahore.",
                "Voss, who visited China in May, was upbeat.",
            )
        ] == [("Arlen Voss", "China")]

    def test_lone_family_name(self) -> None:
        """``Han, who arrived``: a Chinese family name comes first in the full name."""
        got = _summaries(
            "Premier Han Jie spoke on Monday.",
            "Han, who arrived in Islamabad on Tuesday, met traders.",
        )
        assert [s[:2] for s in got] == [("Han Jie", "Islamabad")]

    def test_short_name_inside_a_sentence(self) -> None:
        """``said that Voss will visit``: one word of a name given in full before is that person."""
        got = _summaries(
            "Foreign Minister Arlen Voss spoke on Monday.",
            "The Foreign Office said that Voss will visit China next week.",
        )
        assert [s[:2] for s in got] == [("Arlen Voss", "China")]

    def test_relative_clause_subject(self) -> None:
        """The nearest subject before the verb travels, not the person met in a clause before."""
        assert [
            s[:2]
            for s in _summaries(
                "Spokesperson Sefa Orlund said Premier Han Jie will visit Pakistan next month."
            )
        ] == [("Han Jie", "Pakistan")]


class TestTimes:
    def test_time_of_another_clause_is_not_the_visit_time(self) -> None:
        """``on Monday said ... would visit``: Monday dates the saying, not the trip."""
        assert [
            s[4]
            for s in _summaries(
                "Minister Arlen Voss on Monday said Premier Han Jie would visit Gwadar."
            )
        ] == [None]

    def test_time_past_another_trip_belongs_to_it(self) -> None:
        """``who is on a visit to Y, will travel to Z next week``: next week is Z's trip only."""
        got = _summaries(
            "The prime minister, who is currently on a visit to Turkey, will travel to China "
            "next week."
        )
        assert [(s[1], s[4], s[5]) for s in got] == [
            ("Turkey", None, ONGOING),
            ("China", ("next week", D(2023, 6, 19), D(2023, 6, 25)), PLANNED),
        ]

    def test_aside_time_yields_to_the_clause_time(self) -> None:
        """``X, who visited Y in 2019, will arrive tomorrow``: two trips, each with its date."""
        assert [
            (s[1], s[4])
            for s in _summaries(
                "Premier Han Jie, who visited Pakistan in 2019, will arrive in Islamabad tomorrow."
            )
        ] == [
            ("Pakistan", ("in 2019", D(2019, 1, 1), D(2019, 12, 31))),
            ("Islamabad", ("tomorrow", D(2023, 6, 15), D(2023, 6, 15))),
        ]

    def test_time_span_points_into_the_source(self) -> None:
        """The time expression's span holds its text in the article source."""
        article = _article("Minister Arlen Voss visited Gwadar on Monday.")
        (visit,) = extract_visits(article, sentences(article))
        assert visit.when is not None
        assert visit.when.span is not None
        assert visit.when.span.of(article.source) == "on Monday"


class TestFixtures:
    def _read(self, name: str) -> Article:
        (article,) = parse_text((DATA / name).read_bytes().decode("utf-8"), name)
        assert isinstance(article, Article)
        return article

    def test_mentions_of_one_trip_merge(self) -> None:
        """Arrival, reception and ``his first visit`` are one trip with everything they say."""
        article = self._read("state_visit_merged.txt")
        assert [_summary(v) for v in extract_visits(article, sentences(article))] == [
            (
                "Han Jie",
                "Islamabad",
                "Pakistan",
                "Arlen Voss",
                ("on Tuesday", D(2023, 6, 13), D(2023, 6, 15)),
                ONGOING,
                ("state", "three-day", "first"),
                HOSTED,
            ),
        ]

    def test_different_trips_stay_apart(self) -> None:
        """One person's trips at different dates are separate visits, in reading order."""
        article = self._read("two_trips.txt")
        assert [_summary(v)[:6] for v in extract_visits(article, sentences(article))] == [
            (
                "Arlen Voss",
                "Beijing",
                "China",
                None,
                ("on Sunday", D(2023, 6, 18), D(2023, 6, 18)),
                PLANNED,
            ),
            (
                "Arlen Voss",
                "China",
                "China",
                None,
                ("in March last year", D(2022, 3, 1), D(2022, 3, 31)),
                PAST,
            ),
            (
                "Arlen Voss",
                "Gwadar",
                "Pakistan",
                None,
                ("last month", D(2023, 5, 1), D(2023, 5, 31)),
                PAST,
            ),
        ]

    def test_postponed_article(self) -> None:
        """A postponed trip keeps its planned dates and says it is postponed."""
        article = self._read("postponed.txt")
        assert [_summary(v) for v in extract_visits(article, sentences(article))] == [
            (
                "Han Jie",
                "Islamabad",
                "Pakistan",
                None,
                ("next week", D(2023, 6, 19), D(2023, 6, 25)),
                VisitStatus.POSTPONED,
                (),
                VISIT,
            ),
        ]

    def test_crlf_article(self) -> None:
        """CRLF line ends and straight quotes change nothing: a visit and its onward leg."""
        article = self._read("crlf_straight_quotes.txt")
        assert [_summary(v)[:6] for v in extract_visits(article, sentences(article))] == [
            (
                "Han Jie",
                "Gwadar",
                "Pakistan",
                None,
                ("on Tuesday", D(2024, 2, 6), D(2024, 2, 7)),
                ONGOING,
            ),
            (
                "Han Jie",
                "Karachi",
                "Pakistan",
                None,
                ("on Thursday", D(2024, 2, 8), D(2024, 2, 8)),
                PLANNED,
            ),
        ]

    @pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
    def test_spans_satisfy_the_article_invariant(self, name: str) -> None:
        """The full extraction builds a valid Article: every evidence span holds its text."""
        article = extract(self._read(name))
        assert [v.span.of(article.source) for v in article.visits] == [
            v.evidence for v in article.visits
        ]


class TestPrefilter:
    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("Minister Arlen Voss arrived in Beijing on Monday.", "Beijing"),
            ("Minister Arlen Voss is in Beijing this week.", "Beijing"),
            ("Minister Arlen Voss and his team are in Beijing this week.", "Beijing"),
            ("“I am in Beijing to sign the deal,” Minister Arlen Voss said.", "Beijing"),
            ("Minister Arlen Voss, presently in Beijing, said the talks were useful.", "Beijing"),
            ("Minister Arlen Voss led an excursion to Gwadar on Monday.", "Gwadar"),
        ],
    )
    def test_stems_found_inside_the_travel_word(self, text: str, place: str) -> None:
        """A travel word whose stem is found a letter or more in (``rriv``, ``s in``) is read."""
        assert [(v.visitor.name, v.destination.name) for v in _visits(text)] == [
            ("Arlen Voss", place)
        ]

    def test_stems_inside_other_words_read_no_trip(self) -> None:
        """``talks in``, ``exactly in``, ``where in`` hold a stem but no travel word."""
        assert not _visits(
            "The talks in Beijing went exactly in line with the plan, officials in Gwadar said, "
            "and the program in Multan, where in May a port opened, is on track."
        )


class TestRobustness:
    def test_hostile_sentence(self) -> None:
        """A huge run of travel words and places ends with a bounded number of visits."""
        visits = _visits(
            "Minister Arlen Voss visited China and " + "arrived in Beijing and " * 3000
        )
        assert 1 <= len(visits) <= 8

    @pytest.mark.parametrize(
        "text",
        [
            "Senator Omar Zaidi arrived in Urumqi on June 1. "
            + "He also stopped in Hotan with the finance secretary on June 5. " * 400,
            "The top 20 scorers and " * 2000 + "will visit Beijing.",
            "Minister Ali Raza visited the " + "Sundar " * 3000 + "Industrial Estate.",
            "A vice chairman of the NPC landed in Multan on Friday. " * 300
            + "Zhou Ping, who heads it, was met by Governor Ali Raza.",
            "The mission, led by Ma Jun, arrived in Lahore. " + "It will go on to Multan. " * 400,
            "The frigate " + "Zheng He " * 3000 + "docked at Karachi.",
            "Minister Ali Raza will leave for Chengdu " + "and will also visit Chongqing " * 2000,
            "Wang Bo first came to Multan. " + "He returned and came back. " * 400,
            "The Sundar Textile City (STC) opened. " + "Governor Han Jie toured STC. " * 400,
            "Han Jie will take " + "the group " * 3000 + "on to Gwadar.",
            "Han Jie visited Gwadar on Monday. " + "Han Jie, who is on his trip, " * 2000 + "said.",
            "Work on the " + "Dasu and the " * 2000 + "dam resumed. Han Jie visited the dam site.",
        ],
    )
    def test_hostile_inputs_for_groups_legs_ships_and_names_later(self, text: str) -> None:
        """Long runs of this round's wordings end, fast, with few visits."""
        assert len(_visits(text)) <= 8


class TestDescriptors:
    def test_title_reaches_back_past_many_sentences(self) -> None:
        """``The minister will leave for Y`` is the minister named in the lead, far before."""
        filler = [f"Officials said phase {n} of the plan was on track." for n in range(8)]
        assert _summaries(
            "Federal Minister for Maritime Affairs Dara Quill on Monday opened a jetty.",
            *filler,
            "The minister will leave for Beijing on Friday on a three-day visit.",
        ) == [
            (
                "Dara Quill",
                "Beijing",
                "China",
                None,
                ("on Friday", D(2023, 6, 16), D(2023, 6, 18)),
                PLANNED,
                ("three-day",),
                VISIT,
            ),
        ]

    def test_envoy_stands_for_an_ambassador(self) -> None:
        """``the envoy`` is the last ambassador named: news varies the word for one diplomat."""
        visits = _visits(
            "Ambassador Tomas Reyl addressed traders in Lahore on Monday.",
            "The envoy will travel to Quetta on Friday.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Tomas Reyl", "Quetta")]


class TestBodies:
    def test_committee_in_reported_speech(self) -> None:
        """``She said the committee would visit Y in January``: the body travels, next January."""
        assert _summaries(
            "She said the committee would visit Gwadar in January to review the works."
        ) == [
            (
                "the committee",
                "Gwadar",
                "Pakistan",
                None,
                ("in January", D(2024, 1, 1), D(2024, 1, 31)),
                PLANNED,
                (),
                VISIT,
            ),
        ]

    def test_bare_body_is_the_body_named_before(self) -> None:
        """``the committee`` stands for the committee named in capitals earlier in the story."""
        visits = _visits(
            "The Senate Standing Committee on Inland Waters met on Tuesday.",
            "Its chair said the committee would visit Gwadar next month.",
        )
        assert [v.visitor for v in visits] == [
            Actor(
                "Senate Standing Committee on Inland Waters",
                organization="Senate Standing Committee on Inland Waters",
            )
        ]

    def test_team_with_an_of_phrase(self) -> None:
        """``A team of Chinese engineers will visit Y``: the whole phrase up to the auxiliary."""
        visits = _visits("A team of Chinese engineers will visit Dasu next week.")
        assert [(v.visitor.name, v.destination.name, v.status) for v in visits] == [
            ("A team of Chinese engineers", "Dasu", PLANNED)
        ]

    def test_ordinal_body_is_a_predicate(self) -> None:
        """``X's visit will be the second delegation to visit Y`` names no new visitor."""
        visits = _visits(
            "General Odo Farsi will visit China next week.",
            "Farsi's visit will be the second military delegation to visit China this year.",
        )
        assert [v.visitor.name for v in visits] == ["Odo Farsi"]

    def test_leader_before_an_of_phrase(self) -> None:
        """``led by Vice Chairman X of the Commission``: the leader, not the body after it."""
        visits = _visits(
            "The delegation, led by Vice Chairman Ren Tao of the State Planning Commission, "
            "arrived in Lahore on Monday."
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Ren Tao", "Lahore")]


class TestPlaces:
    def test_unknown_city_of_a_visited_site(self) -> None:
        """A city the gazetteer lacks, in capitals after a visited site's ``in``, is a place."""
        visits = _visits(
            "Chief Minister Arlen Voss visited Shenzhen on Monday.",
            "Later, he visited the headquarters of a company in Fenwick Bay.",
        )
        assert [(v.visitor.name, v.destination) for v in visits] == [
            ("Arlen Voss", lookup_place("Shenzhen")),
            ("Arlen Voss", Place("Fenwick Bay")),
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Arlen Voss arrived in March.",
            "Minister Arlen Voss paid a visit to Tsinghua University.",
            "Minister Arlen Voss will travel to Chinese cities.",
            "Minister Arlen Voss visited the headquarters of Huawei.",
        ],
    )
    def test_capitals_that_are_no_place(self, sentence: str) -> None:
        """Months, institutions, nationalities and firms after a travel word are no places."""
        assert _visits(sentence) == ()

    def test_listed_destinations_are_visits_each(self) -> None:
        """``will visit Shanghai and Hangzhou next week``: one planned visit per city."""
        visits = _visits("Chief Minister Arlen Voss will visit Shanghai and Hangzhou next week.")
        assert [(v.destination.name, v.when.text if v.when else None) for v in visits] == [
            ("Shanghai", "next week"),
            ("Hangzhou", "next week"),
        ]

    def test_city_and_its_province_are_one_place(self) -> None:
        """``arrived in Gwadar, Balochistan,``: a comma without ``and`` makes no list."""
        visits = _visits("Minister Arlen Voss arrived in Gwadar, Balochistan, on Monday.")
        assert [v.destination.name for v in visits] == ["Gwadar"]


class TestGuests:
    def test_visiting_before_a_name(self) -> None:
        """``Visiting Minister X met Y in Z``: X is the visitor, Z the place, there now."""
        visits = _visits(
            "Prime Minister Arlen Voss met visiting Vice Minister Han Jie in Lahore on Tuesday."
        )
        assert [_summary(v) for v in visits] == [
            (
                "Han Jie",
                "Lahore",
                "Pakistan",
                None,
                ("on Tuesday", D(2023, 6, 13), D(2023, 6, 13)),
                ONGOING,
                (),
                VISIT,
            ),
        ]

    def test_is_visiting_stays_the_verb(self) -> None:
        """``X is visiting Y``: the subject travels to the place after the verb."""
        visits = _visits("Vice Minister Han Jie is visiting Lahore.")
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Han Jie", "Lahore")]


class TestEndedTrips:
    def test_returned_after_a_visit_counts_back(self) -> None:
        """``returned on Tuesday after concluding a five-day visit``: Tuesday is the last day."""
        visits = _visits(
            "Minister Arlen Voss returned home on Tuesday after concluding a five-day visit "
            "to China."
        )
        assert [(v.when.start, v.when.end, v.status) for v in visits if v.when] == [
            (D(2023, 6, 9), D(2023, 6, 13), PAST)
        ]

    def test_concluded_visit_is_past(self) -> None:
        """``concluded his visit to Y on Tuesday``: over, dated by its last day."""
        visits = _visits("Minister Arlen Voss concluded his visit to China on Tuesday.")
        assert [(v.when.start, v.when.end, v.status) for v in visits if v.when] == [
            (D(2023, 6, 13), D(2023, 6, 13), PAST)
        ]


class TestFollowUps:
    def test_host_in_a_later_sentence(self) -> None:
        """``Upon arrival at X, he was received by Y``: Y hosts the trip told just before."""
        visits = _visits(
            "Foreign Minister Han Jie arrived in Lahore on Tuesday.",
            "Upon arrival at the Walton airbase, he was received by Governor Arlen Voss.",
        )
        assert [(v.visitor.name, v.host.name if v.host else None, v.cameo) for v in visits] == [
            ("Han Jie", "Arlen Voss", HOSTED)
        ]

    def test_duration_in_a_later_sentence(self) -> None:
        """A later ``who is on a two-day visit, will meet Y on Wednesday`` stretches the trip.

        The trip lasts from the arrival on Tuesday; Wednesday dates the meeting, not the trip.
        """
        visits = _visits(
            "Foreign Minister Han Jie arrived in Lahore on Tuesday.",
            "Han, who is on a two-day visit, will meet Governor Arlen Voss on Wednesday.",
        )
        assert [(v.when.text, v.when.start, v.when.end) for v in visits if v.when] == [
            ("on Tuesday", D(2023, 6, 13), D(2023, 6, 14))
        ]

    def test_the_site_is_the_place_named_before(self) -> None:
        """``expected to visit the site``: the site is the last place named, not one in a title."""
        visits = _visits(
            "Engineers inspected the dam at Dasu on Monday.",
            "Punjab Governor Arlen Voss is expected to visit the site next week.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Arlen Voss", "Dasu")]

    def test_pm_and_prime_minister_are_one_title(self) -> None:
        """``The PM`` is the prime minister named before, and ``the prime minister`` a ``PM``."""
        visits = _visits(
            "Prime Minister Arlen Voss chaired a meeting.",
            "The PM is due to leave for China on Friday.",
            "FM Tomas Reyl chaired a meeting.",
            "The foreign minister will travel to Gwadar on Saturday.",
        )
        assert [v.visitor.name for v in visits] == ["Arlen Voss", "Tomas Reyl"]

    def test_coas_is_the_army_chief(self) -> None:
        """``the COAS`` stands for the chief of army staff named before."""
        visits = _visits(
            "Chief of Army Staff General Odo Farsi arrived in Beijing on Monday.",
            "Earlier, the COAS had visited Chengdu.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [
            ("Odo Farsi", "Beijing"),
            ("Odo Farsi", "Chengdu"),
        ]

    def test_a_country_trip_takes_one_city(self) -> None:
        """A trip to China seen in Beijing does not also swallow a visit to Chengdu."""
        visits = _visits(
            "General Odo Farsi is on an official visit to China.",
            "Farsi arrived in Beijing on Monday.",
            "Farsi also visited Chengdu.",
        )
        assert [v.destination.name for v in visits] == ["Beijing", "Chengdu"]


class TestBodiesInContext:
    def test_body_after_a_preposition_is_no_subject(self) -> None:
        """``A team of X from the Y Group visited``: the team travels (its from-phrase kept)."""
        visits = _visits("A team of Chinese engineers from the Lumen Group visited Dasu.")
        assert [v.visitor.name for v in visits] == [
            "A team of Chinese engineers from the Lumen Group"
        ]

    def test_capitalised_body_is_named_in_full(self) -> None:
        """``The Senate Standing Committee on X on Monday decided to visit Y``: its full name."""
        visits = _visits(
            "The Senate Standing Committee on Inland Waters on Monday decided to visit Gwadar."
        )
        assert [v.visitor.name for v in visits] == ["Senate Standing Committee on Inland Waters"]


class TestReferences:
    def test_indefinite_delegation_of_a_body(self) -> None:
        """``a delegation of the board would travel to Y``: that delegation, not a leader."""
        visits = _visits(
            "A delegation led by Minister Arlen Voss visited Beijing on Monday.",
            "She said that a delegation of the board would travel to Shanghai next month.",
        )
        assert [v.visitor.name for v in visits] == ["Arlen Voss", "a delegation of the board"]

    def test_the_team_is_the_team_described_before(self) -> None:
        """``the team would visit Y`` is the ``team of Chinese investigators`` that arrived."""
        visits = _visits(
            "A team of Chinese investigators arrived in Islamabad on Monday.",
            "The minister said the team would visit Dasu.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [
            ("A team of Chinese investigators", "Islamabad"),
            ("A team of Chinese investigators", "Dasu"),
        ]

    def test_pronoun_of_a_sentence_opened_by_a_surname(self) -> None:
        """``Reyl is on a visit to X, during which he will travel to Y``: he is Reyl."""
        visits = _visits(
            "Governor Han Jie met Ambassador Tomas Reyl in Urumqi on Tuesday.",
            "Reyl is on a five-day visit to Xinjiang, during which he will also travel to Kashgar.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [
            ("Tomas Reyl", "Xinjiang"),
            ("Tomas Reyl", "Kashgar"),
        ]

    def test_returned_from_keeps_its_time(self) -> None:
        """``who returned from Y last week``: the trip ended last week, so it is dated there."""
        visits = _visits("Minister Arlen Voss, who returned from Beijing last week, spoke.")
        assert [(v.when.text, v.status) for v in visits if v.when] == [("last week", PAST)]


class TestInvitations:
    def test_invitation_after_the_destination_names_the_host(self) -> None:
        """``X will pay a visit to Y at the invitation of Z``: X travels, Z hosts."""
        visits = _visits(
            "Premier Han Jie will pay an official visit to China at the invitation of "
            "President Arlen Voss from June 20 to 23."
        )
        assert [_summary(v) for v in visits] == [
            (
                "Han Jie",
                "China",
                "China",
                "Arlen Voss",
                ("from June 20 to 23", D(2023, 6, 20), D(2023, 6, 23)),
                PLANNED,
                ("official",),
                HOSTED,
            ),
        ]


class TestHostingAhead:
    def test_will_host(self) -> None:
        """``X will host Y in Z next week``: Y's planned visit, hosted by X."""
        assert _summaries(
            "Premier Han Jie will host Minister Arlen Voss in Beijing next week."
        ) == [
            (
                "Arlen Voss",
                "Beijing",
                "China",
                "Han Jie",
                ("next week", D(2023, 6, 19), D(2023, 6, 25)),
                PLANNED,
                (),
                HOSTED,
            ),
        ]

    def test_hosting_an_event_is_no_visit(self) -> None:
        """``Pakistan will host the summit in Y``: nobody named travels."""
        assert _visits("Pakistan will host the trade summit in Islamabad in October.") == ()


class TestResidence:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The Chinese ambassador, who has been in Pakistan since 2021, praised the works.",
            "Ambassador Tomas Reyl, who is in Pakistan, praised the works.",
        ],
    )
    def test_living_there_is_no_visit(self, sentence: str) -> None:
        """Being in a place since a year, or an envoy in the country of his post, is no trip."""
        assert _visits(sentence) == ()

    def test_envoy_in_a_city_of_his_post_visits_it(self) -> None:
        """An ambassador who is in a city of the country he is posted to is on a trip there."""
        visits = _visits("Ambassador Tomas Reyl, who is in Gwadar, praised the works.")
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Tomas Reyl", "Gwadar")]


class TestSurnames:
    def test_mr_surname_is_the_person_named_before(self) -> None:
        """``Mr Voss, who is currently in Beijing,`` is the Arlen Voss named earlier."""
        visits = _visits(
            "Planning Minister Arlen Voss met Premier Han Jie on Monday.",
            "Mr Voss, who is currently in Beijing, said the talks were positive.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Arlen Voss", "Beijing")]

    def test_trip_named_only_by_pronoun_keeps_its_place(self) -> None:
        """A trip placed by a pronoun's frame keeps its place when a placeless named one joins.

        This once crashed: the place was looked for among the named frames only.
        """
        visits = _visits(
            "Minister Arlen Voss met traders on Monday.",
            "He arrived in Beijing on Tuesday.",
            "Voss, who is on a two-day visit, will meet Premier Han Jie.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Arlen Voss", "Beijing")]


class TestTripDays:
    def test_weeks_of_a_visit(self) -> None:
        """``arrived on June 5 for a two-week visit``: fourteen days, under way on the 14th."""
        visits = _visits("Minister Arlen Voss arrived in Beijing on June 5 for a two-week visit.")
        assert [(v.when.start, v.when.end, v.status) for v in visits if v.when] == [
            (D(2023, 6, 5), D(2023, 6, 18), ONGOING)
        ]

    def test_relative_clause_dates_the_trip(self) -> None:
        """``a five-day visit to Y that began on Sunday``: the clause gives the trip's first day."""
        visits = _visits(
            "Minister Arlen Voss is on a five-day visit to China that began on Sunday."
        )
        assert [(v.when.start, v.when.end, v.status) for v in visits if v.when] == [
            (D(2023, 6, 11), D(2023, 6, 15), ONGOING)
        ]

    def test_put_off_is_postponed(self) -> None:
        """``has been put off`` postpones a trip like ``postponed``."""
        visits = _visits("Minister Arlen Voss's visit to China next week has been put off.")
        assert [v.status for v in visits] == [VisitStatus.POSTPONED]

    def test_undoing_something_else_leaves_the_trip(self) -> None:
        """``travelled to Y last month to seek a rescheduling of the loans`` is a past trip."""
        visits = _visits(
            "Minister Arlen Voss travelled to Beijing last month to seek a rescheduling of the "
            "loans."
        )
        assert [v.status for v in visits] == [PAST]

    def test_relative_clause_keeps_its_tense(self) -> None:
        """``signed by X, who is leading a team on a visit to Y`` is a trip under way."""
        visits = _visits(
            "The deal was signed by Professor Han Jie, who is leading a team of nine colleges "
            "on a week-long visit to Pakistan."
        )
        assert [v.status for v in visits] == [ONGOING]


class TestNewsShapes:
    def test_trip_under_way_told_with_will(self) -> None:
        """A trip whose own days hold the publication date is under way, ``will`` after or not.

        ``is paying a state visit from June 12 to 16, during which he will meet Y``.
        """
        visits = _visits(
            "President Arlen Voss is paying a state visit to China from June 12 to 16, "
            "during which he will meet Premier Han Jie."
        )
        assert [v.status for v in visits] == [ONGOING]

    def test_since_phrase_dates_no_trip(self) -> None:
        """``his first visit to Y since taking office in March`` is the trip already told."""
        visits = _visits(
            "President Arlen Voss is on a visit to China.",
            "It is Voss's first visit to China since taking office in March last year.",
        )
        assert [(v.when, v.qualifiers) for v in visits] == [(None, ("first",))]

    def test_received_at_the_airport_by(self) -> None:
        """``He was received at the airport by Y``: Y hosts the trip told before."""
        visits = _visits(
            "Minister Arlen Voss arrived in Beijing on Tuesday.",
            "He was received at the airport by Vice Minister Han Jie.",
        )
        assert [(v.host.name if v.host else None) for v in visits] == ["Han Jie"]

    def test_received_at_a_named_airbase_the_gazetteer_lacks(self) -> None:
        """``received at the Qasr Field Airbase by Y`` is the arrival's reception, no trip there."""
        visits = _visits(
            "Minister Arlen Voss arrived in Islamabad on Tuesday.",
            "He was received at Qasr Field Airbase by Deputy Prime Minister Tariq Mallow.",
        )
        assert [(v.destination.name, v.host.name if v.host else None) for v in visits] == [
            ("Islamabad", "Tariq Mallow")
        ]

    def test_second_leg_to_the_dam_site_of_the_story_project(self) -> None:
        """``land in X and travel to the dam site from June 26 to 28``: a second trip to the dam."""
        visits = _summaries(
            "Work on the Dasu hydropower project resumed, between Islamabad and the dam.",
            "A team led by Vice Minister Hu Zhelan will arrive in Islamabad on Thursday and travel"
            " to the dam site from June 26 to 28.",
        )
        assert [(v[0], v[1], v[4]) for v in visits] == [
            ("Hu Zhelan", "Islamabad", ("on Thursday", D(2023, 6, 15), D(2023, 6, 15))),
            ("Hu Zhelan", "Dasu", ("from June 26 to 28", D(2023, 6, 26), D(2023, 6, 28))),
        ]

    def test_arrival_in_a_who_clause_before_a_future_main_verb(self) -> None:
        """``The envoy, who landed in Y on Sunday, will meet Z``: the envoy is still there."""
        visits = _visits("The envoy, who landed in Lahore on Sunday, will meet the chief minister.")
        assert [v.status for v in visits] == [ONGOING]

    def test_undated_flight_in_a_who_clause_before_said(self) -> None:
        """``X, who flew in from Y for the ceremony, said``: the trip is over."""
        visits = _visits(
            "QUETTA: Governor Han Jie, who flew in from Karachi for the ceremony, said trade grew."
        )
        assert [(v.destination.name, v.status) for v in visits] == [("Quetta", PAST)]

    def test_bring_a_ship_on_to_a_port(self) -> None:
        """``would bring his ship on to Y for a port call``: a call at Y; not a file."""
        visits = _summaries(
            "Rear Admiral Sun Weiqi said he would bring his ship on to Colombo for a port call from"
            " June 20 to 22.",
            "The minister passed the file on to Beijing.",
        )
        assert [(v[0], v[1], v[4], v[5]) for v in visits] == [
            (
                "Sun Weiqi",
                "Colombo",
                ("from June 20 to 22", D(2023, 6, 20), D(2023, 6, 22)),
                PLANNED,
            ),
        ]

    def test_the_site_is_not_where_a_firm_is_based(self) -> None:
        """``Shenzhen-based X will set up ... at the park`` puts no site in Shenzhen."""
        visits = _visits(
            "Work began on the Orchid Software Park in Islamabad this month.",
            "Officials said Shenzhen-based Lanxi Data will set up a data centre at the park.",
            "Minister Saira Qadri will visit the site next week.",
        )
        assert [v.destination.name for v in visits] == ["Islamabad"]

    def test_a_facility_in_a_province_is_at_its_place_named_before(self) -> None:
        """``visit the dam site in Khyber Pakhtunkhwa`` after ``the Tarbela Dam`` is Tarbela."""
        visits = _visits(
            "A loan for the Tarbela Dam was signed on Monday.",
            "Director Marta Lindell will visit the dam site in Khyber Pakhtunkhwa on Saturday.",
            "Governor Han Jie will visit the power station in Sindh on Friday.",
        )
        assert [v.destination.name for v in visits] == ["Tarbela", "Sindh"]

    def test_the_site_near_a_place_the_gazetteer_lacks(self) -> None:
        """``visited the site near Shahbagh`` goes to Shahbagh as written, not a city nearby."""
        visits = _summaries(
            "LAHORE: Work on the Orange Line resumed.",
            "Minister Farah Kiani visited the site near Shahbagh last week.",
        )
        assert [v[:3] for v in visits] == [("Farah Kiani", "Shahbagh", None)]

    def test_his_predecessor_is_a_visitor_as_written(self) -> None:
        """``His predecessor travelled to Y``: the predecessor, not the man ``his`` stands for."""
        visits = _summaries(
            "Minister Sana Rizwi said loans grew.",
            "His predecessor travelled to Beijing last October with a similar request.",
        )
        assert [v[:2] for v in visits] == [("His predecessor", "Beijing")]

    def test_a_title_introduced_by_name_in_the_next_sentence(self) -> None:
        """``The commerce minister will lead a delegation to Y. Farida Jatto, who ...``: Jatto."""
        visits = _visits(
            "The commerce minister will lead a delegation to Urumqi on Monday.",
            "Farida Jatto, who took charge in May, said trade would grow.",
        )
        assert [(v.visitor.name, v.visitor.role) for v in visits] == [
            ("Farida Jatto", "commerce minister")
        ]

    def test_length_told_in_the_next_sentence(self) -> None:
        """``leave for Y on Tuesday. She will spend four days there.``: Tuesday to Friday."""
        visits = _summaries(
            "The governor will leave for Shanghai on Tuesday.",
            "She will spend four days there.",
            "Governor Han Jie arrived in Beijing on Monday.",
            "He spent two days in talks last month with the bank.",
        )
        assert [(v[1], v[4]) for v in visits] == [
            ("Shanghai", ("on Tuesday", D(2023, 6, 20), D(2023, 6, 23))),
            ("Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12))),
        ]

    def test_an_acronym_visited_is_the_name_spelled_out(self) -> None:
        """``toured STC`` after ``the Sundar Textile City (STC)`` goes to that city, as written."""
        visits = _summaries(
            "ISLAMABAD: Units moved to the Sundar Textile City (STC) in Faisalabad.",
            "Governor Han Jie toured STC on Tuesday.",
        )
        assert [v[:3] for v in visits] == [("Han Jie", "Sundar Textile City", "Pakistan")]

    def test_a_camp_told_in_the_opening_is_at_the_dateline(self) -> None:
        """``toured the relief camp on Sunday`` set up in the opening: at the dateline."""
        visits = _summaries(
            "MITHI: A Chinese team set up a relief camp for flood victims.",
            "Governor Han Jie toured the relief camp on Sunday.",
        )
        assert [v[:2] for v in visits] == [("Han Jie", "Mithi")]

    def test_a_question_tells_no_trip(self) -> None:
        """``Is the Prime Minister expected to travel to China next month?`` asks of a trip."""
        visits = _summaries(
            "Question (Ali Raza, APP): Is the Prime Minister expected to travel to China soon?",
            "Spokesperson: The Prime Minister visited Beijing in May.",
        )
        assert [v[:2] for v in visits] == [("The Prime Minister", "Beijing")]

    def test_will_land_in_then_a_second_leg(self) -> None:
        """``will land in X on Monday and travel to Y from ...``: two legs, each with its dates."""
        visits = _summaries(
            "Vice Minister Hu Zhelan will land in Karachi on Monday and travel to Lahore from"
            " June 26 to 28."
        )
        assert [(v[1], v[4]) for v in visits] == [
            ("Karachi", ("on Monday", D(2023, 6, 19), D(2023, 6, 19))),
            ("Lahore", ("from June 26 to 28", D(2023, 6, 26), D(2023, 6, 28))),
        ]

    def test_a_dam_the_gazetteer_names_with_its_place(self) -> None:
        """``the Dasu dam`` is one gazetteer place, so ``visit the dam site`` goes to Dasu."""
        visits = _visits(
            "Work on the Dasu dam resumed this month.",
            "Vice Minister Hu Zhelan will visit the dam site on Monday.",
        )
        assert [v.destination.name for v in visits] == ["Dasu"]

    def test_title_before_he_and_a_name(self) -> None:
        """``Vice Premier He Chen arrived``: He is a family name there, not a pronoun."""
        visits = _visits("Chinese Vice Premier He Chen arrived in Islamabad on Tuesday.")
        assert [(v.visitor.name, v.visitor.role) for v in visits] == [("He Chen", "Vice Premier")]

    def test_lead_a_delegation_of_traders(self) -> None:
        """``X will lead a delegation of traders to Y``; ``the delegation`` then is X's."""
        visits = _visits(
            "Governor Arlen Voss will lead a delegation of traders to Xinjiang next week.",
            "The delegation will also visit Kashgar.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [
            ("Arlen Voss", "Xinjiang"),
            ("Arlen Voss", "Kashgar"),
        ]


class TestPlacesReadAsPeople:
    @pytest.mark.parametrize("city", ["Dera Ismail Khan", "Rahim Yar Khan"])
    def test_a_city_named_like_a_person_is_a_destination(self, city: str) -> None:
        """A city whose name reads as a person's (``... Khan``) is still where the visitor went."""
        assert [s[:3] for s in _summaries(f"Vice Minister Han Jie visited {city} on Monday.")] == [
            ("Han Jie", city, "Pakistan")
        ]


class TestCountryHosts:
    @pytest.mark.parametrize(
        ("sentence", "country", "when"),
        [
            (
                "China will host Minister Arlen Voss next month.",
                "China",
                ("next month", D(2023, 7, 1), D(2023, 7, 31)),
            ),
            (
                "Pakistan is set to host Vice Minister Han Jie in July.",
                "Pakistan",
                ("in July", D(2023, 7, 1), D(2023, 7, 31)),
            ),
        ],
    )
    def test_a_country_that_will_host_is_the_destination(
        self, sentence: str, country: str, when: tuple[object, ...]
    ) -> None:
        """``China will host X``: auxiliaries between the country and ``host`` keep it the place."""
        (summary,) = _summaries(sentence)
        assert (summary[1], summary[4], summary[5]) == (country, when, PLANNED)


class TestOnwardLegs:
    def test_a_later_city_of_a_country_trip_is_a_leg_of_its_own(self) -> None:
        """``Later, he visited a plant in Y``: a city after a trip told by its country is a leg."""
        visits = _visits(
            "Minister Arlen Voss, who is on a four-day visit to China, met Premier Han Jie.",
            "Later, he visited a solar panel factory in Shenzhen.",
        )
        assert [(v.visitor.name, v.destination.name, v.status) for v in visits] == [
            ("Arlen Voss", "China", ONGOING),
            ("Arlen Voss", "Shenzhen", PAST),
        ]

    def test_arriving_in_a_city_is_the_country_trip_itself(self) -> None:
        """``He arrived in Y``: the city where a country trip lands is no leg of its own."""
        visits = _visits(
            "Minister Arlen Voss is on a four-day visit to China.",
            "He arrived in Shenzhen on Monday.",
        )
        assert [(v.destination.name, v.when.text if v.when else None) for v in visits] == [
            ("China", "on Monday")
        ]

    def test_the_capital_stands_for_its_country(self) -> None:
        """``Premier X's visit to Islamabad`` after ``X will visit Pakistan`` is the same trip."""
        visits = _visits(
            "Premier Han Jie will visit Pakistan next week.",
            "Premier Han’s visit to Islamabad is a sign of the two countries’ ties.",
        )
        assert [(v.visitor.name, v.destination.name) for v in visits] == [("Han Jie", "Islamabad")]


class TestTripNounTense:
    def test_on_his_visit_is_under_way(self) -> None:
        """``X, on his visit to Y, said ... would``: the trip is on; ``would`` is the claim."""
        (summary,) = _summaries(
            "Minister Arlen Voss, on his first visit to China, said the corridor would expand."
        )
        assert (summary[1], summary[4], summary[5]) == ("China", None, ONGOING)

    def test_a_visit_that_ended_is_over(self) -> None:
        """``X's two-day Y visit ended on Tuesday``: past, its days counted back from Tuesday."""
        (summary,) = _summaries("Minister Arlen Voss’s two-day China visit ended on Tuesday.")
        assert (summary[1], summary[4], summary[5]) == (
            "China",
            ("on Tuesday", D(2023, 6, 12), D(2023, 6, 13)),
            PAST,
        )


class TestVisitingGuests:
    def test_a_visiting_guest_with_no_place_is_at_the_dateline(self) -> None:
        """``Visiting Minister X met Y``, no place named: X is visiting the dateline's city."""
        assert [
            s[:3] + s[5:6]
            for s in _summaries("LAHORE: Visiting Chinese Vice Minister Han Jie met Arlen Voss.")
        ] == [("Han Jie", "Lahore", "Pakistan", ONGOING)]

    def test_visiting_a_place_of_ones_own_country_is_no_trip(self) -> None:
        """A Pakistani ``visiting`` under a Pakistani dateline is no visit to be reported."""
        assert _visits("LAHORE: Visiting Pakistani Professor Arlen Voss met Han Jie.") == ()


class TestClausesAndAgents:
    def test_who_after_an_object_names_the_visitor(self) -> None:
        """``a banquet in honour of X, who is visiting Y``: X travels, not the host."""
        (summary,) = _summaries(
            "Premier Han Jie hosted a banquet in honour of Minister Arlen Voss, "
            "who is visiting Beijing."
        )
        assert summary[:3] + summary[5:6] == ("Arlen Voss", "Beijing", "China", ONGOING)

    def test_has_been_in_is_under_way(self) -> None:
        """``X, who has been in Y since Sunday, met Z``: X is still there, whatever ``met`` says."""
        (summary,) = _summaries(
            "Minister Arlen Voss, who has been in China since Sunday, met Premier Han Jie."
        )
        assert (summary[1], summary[5]) == ("China", ONGOING)

    def test_invitation_of_a_counterpart(self) -> None:
        """``at the invitation of his Chinese counterpart X``: X is the host."""
        (summary,) = _summaries(
            "Minister Arlen Voss will visit China next week at the invitation of his Chinese "
            "counterpart Han Jie."
        )
        assert (summary[1], summary[3], summary[5]) == ("China", "Han Jie", PLANNED)

    @pytest.mark.parametrize("verb", ["received", "hosted"])
    def test_place_after_the_agent(self, verb: str) -> None:
        """``X was received/hosted by Y in Z``: Z is where X went, Y the host."""
        (summary,) = _summaries(f"Minister Arlen Voss was {verb} by Premier Han Jie in Beijing.")
        assert summary[:4] == ("Arlen Voss", "Beijing", "China", "Han Jie")

    def test_no_place_past_the_agents_clause(self) -> None:
        """``X was received by Y, who said ... in Z``: Z is in another clause, no trip there."""
        assert (
            _visits(
                "Minister Arlen Voss was received by Premier Han Jie, who said trade in Gwadar "
                "would grow."
            )
            == ()
        )


class TestLeaderInApposition:
    def test_the_leaders_firm_is_no_visitor(self) -> None:
        """``a delegation led by X, chairman of a firm, arrived``: X's trip, not the firm's."""
        visits = _visits(
            "GWADAR: A 15-member delegation of Chinese investors led by Ding Wei, chairman of a "
            "Shanghai-based logistics firm, arrived here on Monday.",
            "The delegation visited the Gwadar Free Zone.",
        )
        assert [(v.visitor.name, v.destination.name, v.status) for v in visits] == [
            ("Ding Wei", "Gwadar", ONGOING)
        ]


class TestTwoTripsOneSentence:
    def test_arrival_after_a_visit_elsewhere(self) -> None:
        """``arrived in Y on Saturday after a three-day visit to Z``: Z's days end on Y's day."""
        assert _summaries(
            "Planning Minister Arlen Voss arrived in Sukkur on Saturday after a three-day visit "
            "to Gwadar."
        ) == [
            (
                "Arlen Voss",
                "Sukkur",
                "Pakistan",
                None,
                ("on Saturday", D(2023, 6, 10), D(2023, 6, 10)),
                PAST,
                (),
                VISIT,
            ),
            (
                "Arlen Voss",
                "Gwadar",
                "Pakistan",
                None,
                ("on Saturday", D(2023, 6, 8), D(2023, 6, 10)),
                PAST,
                ("three-day",),
                VISIT,
            ),
        ]

    def test_arrival_with_its_own_duration(self) -> None:
        """The arrival's own ``two-day stay`` runs from its day; the earlier visit keeps three."""
        summaries = _summaries(
            "Minister Olen Brask arrived in Sukkur on Saturday for a two-day stay after a "
            "three-day visit to Gwadar."
        )
        assert [(s[1], s[4], s[6]) for s in summaries] == [
            ("Sukkur", ("on Saturday", D(2023, 6, 10), D(2023, 6, 11)), ("two-day",)),
            ("Gwadar", ("on Saturday", D(2023, 6, 8), D(2023, 6, 10)), ("three-day",)),
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Olen Brask arrived in Sukkur after a three-day visit to Gwadar on Saturday.",
            "Minister Olen Brask reached Sukkur on Saturday at the end of a three-day visit to "
            "Gwadar.",
            "Minister Olen Brask left for Sukkur on Saturday following his three-day visit to "
            "Gwadar.",
        ],
    )
    def test_the_trip_before_is_over_by_the_day(self, sentence: str) -> None:
        """``after``, ``following``, ``at the end of`` a trip: its days end on the day named."""
        gwadar = [s[4:6] for s in _summaries(sentence) if s[1] == "Gwadar"]
        assert gwadar == [(("on Saturday", D(2023, 6, 8), D(2023, 6, 10)), PAST)]

    def test_a_trip_ending_ahead_is_planned(self) -> None:
        """``will arrive in Y on Saturday after a three-day visit to Z``: Z's days are ahead too."""
        assert [
            (s[1], s[4], s[5])
            for s in _summaries(
                "Minister Tarn Vell will arrive in Sukkur on Saturday after a three-day visit to "
                "Gwadar."
            )
        ] == [
            ("Sukkur", ("on Saturday", D(2023, 6, 17), D(2023, 6, 17)), PLANNED),
            ("Gwadar", ("on Saturday", D(2023, 6, 15), D(2023, 6, 17)), PLANNED),
        ]

    @pytest.mark.parametrize("link", ["before travelling", "and will travel"])
    def test_a_day_before_a_linking_word_is_the_first_legs(self, link: str) -> None:
        """``visited Y on Monday before travelling to Z``: Monday is Y's only."""
        assert [
            s[1:2] + s[4:5]
            for s in _summaries(f"Minister Tarn Vell visited Sukkur on Monday {link} to Gwadar.")
        ] == [("Sukkur", ("on Monday", D(2023, 6, 12), D(2023, 6, 12))), ("Gwadar", None)]

    def test_no_day_no_dates(self) -> None:
        """With no day named, neither trip is dated."""
        assert [
            (s[1], s[4])
            for s in _summaries(
                "Minister Pell Dorn arrived in Sukkur after a three-day visit to Gwadar."
            )
        ] == [("Sukkur", None), ("Gwadar", None)]


class TestEffectOfATrip:
    @pytest.mark.parametrize(
        "effect",
        [
            "will help the two sides settle the dispute",
            "is expected to boost trade",
            "would go a long way",
        ],
    )
    def test_what_a_visit_will_bring_is_not_its_tense(self, effect: str) -> None:
        """``his visit to Y will help ...``, reported from Y's country: the visit is under way."""
        assert [
            (s[1], s[5])
            for s in _summaries(f"BEIJING: Minister Arlen Voss said his visit to China {effect}.")
        ] == [("China", ONGOING)]

    def test_effect_reported_from_elsewhere_is_not_planned(self) -> None:
        """The same words reported from another country say nothing of the trip's time."""
        assert [
            (s[1], s[5])
            for s in _summaries(
                "LAHORE: Minister Arlen Voss said his visit to China would boost trade."
            )
        ] == [("China", PAST)]

    def test_a_visit_that_will_take_place_is_planned(self) -> None:
        """``his visit to Y will begin with talks`` tells the trip's own time: planned."""
        assert [
            (s[1], s[5])
            for s in _summaries(
                "BEIJING: Minister Arlen Voss said his visit to China will begin with talks on "
                "trade."
            )
        ] == [("China", PLANNED)]


class TestPresenceAndStops:
    def test_in_town_is_the_dateline_place(self) -> None:
        """``X is in town``: X is visiting the dateline's city, as ``is in Y`` counts."""
        assert [
            s[:3] + s[5:6]
            for s in _summaries("LAHORE: Minister Dorel Vantu is in town for talks on the railway.")
        ] == [("Dorel Vantu", "Lahore", "Pakistan", ONGOING)]

    def test_in_a_city_for_talks(self) -> None:
        """``X is in Y for talks``: being in Y is the visit."""
        assert [
            s[:3] + s[5:6]
            for s in _summaries("Minister Olen Brask is in Beijing for talks on the port.")
        ] == [("Olen Brask", "Beijing", "China", ONGOING)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Arlen Voss landed in Dubai for a brief stopover on Monday.",
            "Minister Arlen Voss arrived in Urumqi in transit on Monday.",
            "Minister Arlen Voss, who is in Dubai on a transit stop, met reporters.",
        ],
    )
    def test_a_stop_on_the_way_is_no_visit(self, sentence: str) -> None:
        """A stopover or transit is passing through: the guidelines count no visit there."""
        assert _summaries(sentence) == []

    def test_the_trip_after_a_stopover_is_a_visit(self) -> None:
        """``will reach Y after a stopover in Z``: Y is visited, Z only passed through."""
        assert [
            s[1:3] + s[5:6]
            for s in _summaries(
                "Minister Olen Brask will reach Kashgar on Friday after a stopover in Urumqi."
            )
        ] == [("Kashgar", "China", PLANNED)]

    def test_a_visit_on_the_way_stays_a_visit(self) -> None:
        """``visited Y during a stopover``: visit wording makes Y a visit all the same."""
        assert [
            s[1:3] + s[5:6]
            for s in _summaries("Minister Tarn Vell visited Doha during a stopover last week.")
        ] == [("Doha", "Qatar", PAST)]

    @pytest.mark.parametrize(
        ("sentence", "place"),
        [
            (
                "Minister Arlen Voss landed in Dubai to refuel on his way to Kashgar on Monday.",
                "Kashgar",
            ),
            ("Minister Arlen Voss arrived in Urumqi in transit to Kashgar on Monday.", "Kashgar"),
            ("Minister Arlen Voss stopped in Dubai on Monday en route to Beijing.", "Beijing"),
        ],
    )
    def test_the_place_on_the_way_to_is_the_trip(self, sentence: str, place: str) -> None:
        """``on his way to Y``, ``en route to Y``, ``in transit to Y``: Y is the trip, under way."""
        assert [s[:2] + s[4:6] for s in _summaries(sentence)] == [
            ("Arlen Voss", place, ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), ONGOING)
        ]

    def test_en_route_shares_the_main_clause_time(self) -> None:
        """``visited Y en route to Z last week``: the week dates both trips."""
        week = ("last week", D(2023, 6, 5), D(2023, 6, 11))
        assert [
            s[1:3] + s[4:6]
            for s in _summaries("Minister Tarn Vell visited Doha en route to Beijing last week.")
        ] == [("Doha", "Qatar", week, PAST), ("Beijing", "China", week, PAST)]

    def test_transit_as_a_subject_is_no_stop(self) -> None:
        """``arrived in Y to review transit projects``: mass transit is what the visit is about."""
        assert [
            s[1:3]
            for s in _summaries("Minister Arlen Voss arrived in Lahore to review transit projects.")
        ] == [("Lahore", "Pakistan")]

    @pytest.mark.parametrize(
        ("sentence", "place"),
        [
            ("LAHORE: Minister Arlen Voss, who is in the city for talks, met traders.", "Lahore"),
            ("LAHORE: Chinese Minister Han Jie arrived in the country for talks.", "Pakistan"),
        ],
    )
    def test_the_city_with_none_named_is_the_dateline(self, sentence: str, place: str) -> None:
        """``the city``/``the country``, no place named before: the dateline's, as ``in town``."""
        assert [s[1] for s in _summaries(sentence)] == [place]

    def test_arriving_in_ones_own_country_is_coming_home(self) -> None:
        """A Pakistani minister arriving in Pakistan comes home: only the trip abroad counts."""
        assert [
            s[1]
            for s in _summaries(
                "LAHORE: Pakistani Minister Arlen Voss arrived in the country after a visit to "
                "China."
            )
        ] == ["China"]


class TestPronounAntecedents:
    def test_a_place_possessive_before_a_title_is_no_object_marker(self) -> None:
        """``Sindh's Minister X said`` names a subject: a ``He`` after it is X, not an object."""
        assert [
            s[:2]
            for s in _summaries(
                "Governor Ilse Varga opened the grid station on Monday. Sindh’s Minister for "
                "Energy Corin Hale said the line would be ready by June. He will visit Beijing "
                "next week."
            )
        ] == [("Corin Hale", "Beijing")]

    def test_an_object_or_a_quoted_name_is_passed_over(self) -> None:
        """A pronoun skips the agent of ``received by`` and a quoted name for the last subject."""
        assert [
            s[:2]
            for s in _summaries(
                "Envoy Tamsin Rooke arrived in Karachi on Monday. She was received by Mayor Oskar "
                "Brandt. “Governor Ilse Varga has been a friend,” she said. She will travel to "
                "Lahore on Friday."
            )
        ] == [("Tamsin Rooke", "Karachi"), ("Tamsin Rooke", "Lahore")]

    def test_a_visitor_read_by_one_name_is_the_subject_of_its_sentence(self) -> None:
        """``Rooke also toured Y`` (a name the actor finder misses) outranks an older object."""
        assert [
            s[:2]
            for s in _summaries(
                "Governor Ilse Varga hosted a lunch for Envoy Tamsin Rooke in Karachi on Monday. "
                "The next day Rooke travelled to Hyderabad, where she met Mayor Oskar Brandt. "
                "She is expected to visit Lahore next week."
            )
        ] == [("Tamsin Rooke", "Hyderabad"), ("Tamsin Rooke", "Lahore")]


class TestUndoneTrips:
    def test_a_cancelling_word_undoes_the_nearest_trip_only(self) -> None:
        """``visited Y after cancelling his trip to Z``: Z is called off, undated."""
        assert [
            s[:6]
            for s in _summaries(
                "Minister Corin Hale visited Quetta on Monday after cancelling his trip to "
                "Gwadar because of a storm."
            )
        ] == [
            (
                "Corin Hale",
                "Quetta",
                "Pakistan",
                None,
                ("on Monday", D(2023, 6, 12), D(2023, 6, 12)),
                PAST,
            ),
            ("Corin Hale", "Gwadar", "Pakistan", None, None, VisitStatus.CANCELLED),
        ]

    def test_a_trip_by_a_body_is_the_bodys_not_the_subjects(self) -> None:
        """``X put off a trip by a delegation to Y``: the delegation travels, not X."""
        assert [
            s[:2] + s[5:6]
            for s in _summaries(
                "The Sindh Board of Investment has put off a trip by a delegation of Chinese "
                "textile makers to Karachi."
            )
        ] == [("a delegation of Chinese textile makers", "Karachi", VisitStatus.POSTPONED)]

    def test_a_trip_put_off_to_a_new_date_is_planned_for_it(self) -> None:
        """``postponed until next month``: the trip is planned for the new dates, not the old."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "ISLAMABAD: A Chinese trade delegation’s visit to Pakistan has been postponed "
                "until next month, officials said. The delegation, led by Vice Minister of "
                "Commerce Tian Mo, had been due to arrive in Islamabad on Monday."
            )
        ] == [
            ("Tian Mo", "Islamabad", ("until next month", D(2023, 7, 1), D(2023, 7, 31)), PLANNED)
        ]


class TestTimesOfOtherEvents:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Corin Hale toured the Gwadar fish harbour, which was rebuilt last year.",
            "Minister Corin Hale visited Gwadar, where the new terminal was opened last year.",
            "Minister Corin Hale visited Gwadar to review the lease signed last year.",
        ],
    )
    def test_a_time_in_a_relative_clause_or_after_a_participle_is_not_the_trips(
        self, sentence: str
    ) -> None:
        """``which was rebuilt last year``, ``the lease signed last year`` date another event."""
        assert [s[1:2] + s[4:6] for s in _summaries(sentence)] == [("Gwadar", None, PAST)]

    def test_a_time_in_a_relative_clause_before_the_trip_is_not_its(self) -> None:
        """``X, who arrived last week, will visit Y``: last week is the arrival's, Y is ahead."""
        assert [
            s[1:2] + s[4:6]
            for s in _summaries("Minister Corin Hale, who arrived last week, will visit Gwadar.")
        ] == [("Gwadar", None, PLANNED)]

    def test_the_visitors_own_doings_and_the_trips_schedule_still_date_it(self) -> None:
        """``where he met Z on Monday`` and ``a visit scheduled for next week`` date the trip."""
        assert [
            s[1:2] + s[4:5]
            for s in _summaries(
                "Minister Corin Hale visited Gwadar, where he met Governor Ilse Varga on Monday. "
                "A visit to China by Governor Ilse Varga scheduled for next week was confirmed."
            )
        ] == [
            ("Gwadar", ("on Monday", D(2023, 6, 12), D(2023, 6, 12))),
            ("China", ("next week", D(2023, 6, 19), D(2023, 6, 25))),
        ]


class TestPartsAndLegsOfATrip:
    def test_a_reception_and_a_tour_during_the_stay_are_parts_of_the_trip(self) -> None:
        """A reception at an airport, a site toured ``during her stay``: parts of the trip."""
        assert _summaries(
            "Envoy Tamsin Rooke on Monday visited Sindh, where she opened a school. She was "
            "received at Karachi airport by the province’s Chief Secretary Oskar Brandt. During "
            "her stay, Rooke also toured the Thatta wind farm."
        ) == [
            (
                "Tamsin Rooke",
                "Sindh",
                "Pakistan",
                "Oskar Brandt",
                ("on Monday", D(2023, 6, 12), D(2023, 6, 12)),
                PAST,
                (),
                HOSTED,
            )
        ]

    def test_a_later_leg_to_another_city_is_a_visit_without_the_first_legs_date(self) -> None:
        """``visited Y on Monday and later travelled to Z``: Z is an entry, Monday only Y's."""
        assert [
            s[1:2] + s[4:5]
            for s in _summaries(
                "Minister Corin Hale visited Gwadar on Monday and later travelled to Quetta. "
                "Premier Tian Mo will arrive in Beijing on July 3. After Beijing, he will go on "
                "to Shanghai and then proceed to Hangzhou."
            )
        ] == [
            ("Gwadar", ("on Monday", D(2023, 6, 12), D(2023, 6, 12))),
            ("Quetta", None),
            ("Beijing", ("on July 3", D(2023, 7, 3), D(2023, 7, 3))),
            ("Shanghai", None),
            ("Hangzhou", None),
        ]


class TestFrontedVisits:
    def test_a_fronted_trip_is_the_subjects_named_after_the_comma(self) -> None:
        """``During his visit to Y, Hale also ...``: Hale travels, not the last subject before."""
        assert [
            s[:2]
            for s in _summaries(
                "Governor Ilse Varga opened a school on Monday. During his visit to Quetta last "
                "week, Hale also inspected the water works. Minister for Water Corin Hale said "
                "the works were on schedule. During her visit to Gwadar, Brandt also met traders."
            )
        ] == [("Corin Hale", "Quetta"), ("Brandt", "Gwadar")]


class TestUndoneFollowUps:
    def test_the_visit_called_off_in_a_later_sentence_is_cancelled(self) -> None:
        """``X will visit Y. The visit has been cancelled.``: the trip told last is called off."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "Minister Corin Hale will undertake a visit to Beijing next month. The visit "
                "has been cancelled."
            )
        ] == [
            (
                "Corin Hale",
                "Beijing",
                ("next month", D(2023, 7, 1), D(2023, 7, 31)),
                VisitStatus.CANCELLED,
            )
        ]

    def test_the_trip_put_off_in_a_later_sentence_takes_its_new_date(self) -> None:
        """``The trip has been postponed until August``: planned for August, not Monday."""
        assert [
            s[1:2] + s[4:6]
            for s in _summaries(
                "Minister Corin Hale will visit Beijing on Monday. The trip has been postponed "
                "until August."
            )
        ] == [("Beijing", ("until August", D(2023, 8, 1), D(2023, 8, 31)), PLANNED)]

    def test_a_relative_clause_scheduling_the_trip_dates_it(self) -> None:
        """``which had been planned for March`` dates the trip put off, unlike other clauses."""
        assert [
            s[1:2] + s[4:6]
            for s in _summaries(
                "The visit of Premier Tian Mo to Pakistan, which had been planned for March, "
                "was put off."
            )
        ] == [("Pakistan", ("March", D(2023, 3, 1), D(2023, 3, 31)), VisitStatus.POSTPONED)]


class TestDelegationFollowUps:
    def test_the_delegation_received_later_gives_its_trip_a_host(self) -> None:
        """``The delegation was received by Y`` after ``a delegation led by X arrived``: Y hosts."""
        assert [
            s[:4]
            for s in _summaries(
                "ISLAMABAD: A Chinese delegation led by Vice Minister Tian Mo arrived here on "
                "Monday. The delegation was received by Federal Minister Corin Hale."
            )
        ] == [("Tian Mo", "Islamabad", "Pakistan", "Corin Hale")]


class TestMoreNewsWordings:
    def test_a_time_after_before_returning_is_the_returns(self) -> None:
        """``will visit Y before returning to Z on Friday``: Friday is the return, not Y's day."""
        assert [
            s[1:2] + s[4:5]
            for s in _summaries(
                "Vice Premier Tian Mo met Governor Ilse Varga. Tian will also visit Karachi before "
                "returning to Beijing on Friday."
            )
        ] == [("Karachi", None)]

    def test_a_body_with_a_numbered_size_is_the_visitor(self) -> None:
        """``A 20-member Pakistani business delegation will visit Y``: the whole body travels."""
        assert [
            s[:2]
            for s in _summaries(
                "A 20-member Pakistani business delegation will visit Urumqi next month."
            )
        ] == [("A 20-member Pakistani business delegation", "Urumqi")]


class TestGoingTo:
    @pytest.mark.parametrize(
        ("sentence", "when", "status"),
        [
            (
                "Minister Arlen Voss went to Urumqi last week for talks.",
                ("last week", D(2023, 6, 5), D(2023, 6, 11)),
                PAST,
            ),
            (
                "Minister Arlen Voss is going to Urumqi on Friday.",
                ("on Friday", D(2023, 6, 16), D(2023, 6, 16)),
                PLANNED,
            ),
        ],
        ids=["went to", "is going to"],
    )
    def test_going_to_a_place_is_a_trip(
        self, sentence: str, when: tuple[object, ...], status: VisitStatus
    ) -> None:
        """``went to Y``, ``is going to Y on Friday``: plain English for a trip."""
        assert [s[:2] + s[4:6] for s in _summaries(sentence)] == [
            ("Arlen Voss", "Urumqi", when, status)
        ]

    def test_going_to_anything_else_is_no_trip(self) -> None:
        """``the funds will go to Y``: no one travels; ``is going to`` + verb is a future."""
        assert [
            s[:2]
            for s in _summaries(
                "Minister Arlen Voss said most of the funds will go to Gwadar.",
                "Minister Mira Tane is going to sign the deal.",
            )
        ] == []


class TestPlannedFor:
    @pytest.mark.parametrize(
        ("sentence", "when", "status"),
        [
            (
                "Minister Arlen Voss's visit to Urumqi, planned for August, was confirmed.",
                ("August", D(2023, 8, 1), D(2023, 8, 31)),
                PLANNED,
            ),
            (
                "Minister Arlen Voss's visit to Urumqi, scheduled for April, took place.",
                ("April", D(2023, 4, 1), D(2023, 4, 30)),
                PAST,
            ),
        ],
        ids=["ahead", "behind"],
    )
    def test_a_time_a_plan_is_set_for_is_the_nearest_whatever_the_main_tense(
        self, sentence: str, when: tuple[object, ...], status: VisitStatus
    ) -> None:
        """``planned for August, was confirmed``: this August, not last year's, though past."""
        assert [s[4:6] for s in _summaries(sentence)] == [(when, status)]


class TestTripOwners:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Preparations are under way for Minister Arlen Voss's visit to Urumqi next week.",
            "Officials are preparing for Minister Arlen Voss's maiden official visit to Urumqi "
            "next week.",
        ],
        ids=["no subject", "another subject"],
    )
    def test_the_owner_of_a_visit_travels_also_as_an_object(self, sentence: str) -> None:
        """``preparing for Minister X's visit to Y``: X travels, not the officials preparing."""
        assert [s[:2] for s in _summaries(sentence)] == [("Arlen Voss", "Urumqi")]


class TestNegatedAndCalledOff:
    def test_a_negated_trip_is_no_visit(self) -> None:
        """``will not visit``, ``has never visited``: no trip, the other one stays."""
        assert [
            s[:2]
            for s in _summaries(
                "Premier Tian Mo will not visit Pakistan this year. Minister Corin Hale, who has "
                "never visited China, will travel to Beijing next week."
            )
        ] == [("Corin Hale", "Beijing")]

    def test_calling_off_his_trip_undoes_the_trip_to_the_place_named(self) -> None:
        """``X, who had been expected in Y, called off his trip``: the trip to Y is off."""
        assert [
            s[:2] + s[5:6]
            for s in _summaries(
                "Envoy Tamsin Rooke, who had been expected in Gwadar on Monday, called off her "
                "trip after a security alert."
            )
        ] == [("Tamsin Rooke", "Gwadar", VisitStatus.CANCELLED)]


class TestSitesAndCounts:
    def test_landing_at_a_site_in_a_city_is_arriving_in_the_city(self) -> None:
        """``landed at the Nur Khan airbase in Rawalpindi``: the site's city is the destination."""
        assert [
            s[1:2] + s[4:5]
            for s in _summaries(
                "Chinese Vice Premier Tian Mo landed at the Nur Khan airbase in Rawalpindi on "
                "Monday."
            )
        ] == [("Rawalpindi", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)))]

    def test_a_time_after_an_ordinal_counts_trips_and_dates_none(self) -> None:
        """``, his second this year,`` counts trips: the trip is dated by ``on Monday`` after."""
        assert [
            s[4]
            for s in _summaries(
                "Premier Tian Mo’s visit to China, his second this year, will begin on Monday."
            )
        ] == [("on Monday", D(2023, 6, 19), D(2023, 6, 19))]


class TestOngoingTrips:
    def test_an_ongoing_visit_is_under_way_whatever_it_will_bring(self) -> None:
        """``X's ongoing visit to Y will inject ...``: the trip is under way, not ahead or over."""
        assert [
            s[5]
            for s in _summaries(
                "Minister Corin Hale’s ongoing visit to China will inject new impetus into ties, "
                "experts said."
            )
        ] == [ONGOING]


TRIBUNE = (
    " date 2023-06-14 Kazakh minister arrives for talks on corridor link\n"
    "\n"
    "ISLAMABAD: Kazakh Trade Minister Aidos Berikov arrived here on Tuesday on a "
    "three-day official visit to discuss linking Central Asia with the China-Pakistan "
    "Economic Corridor (CPEC).\n"
    "\n"
    "He was received at the airport by Minister of State for Commerce Farida Sohail.\n"
    "\n"
    "During his stay, Berikov will call on Prime Minister Tahir Qazmi and hold talks "
    "with Planning Minister Nasir Dogar.\n"
    "\n"
    "“Our region needs the shortest route to the sea,” Berikov told reporters at the "
    "airport.\n"
    "\n"
    "Meanwhile, Dogar called on President Imran Vance at the Aiwan-e-Sadr.\n"
    "\n"
    "Published in The Express Tribune, June 14th, 2023.\n"
)
"""Express Tribune style: ``arrived here``, a reception at the airport, ``called on``."""
RADIO = (
    " date 2023-06-14 Chinese delegation calls on Balochistan CM\n"
    "\n"
    "QUETTA: A twelve-member Chinese delegation headed by Vice Governor of Xinjiang "
    "Ma Qiwen called on Chief Minister Balochistan Jamal Raisani in Quetta today.\n"
    "\n"
    "The delegation is on a five-day visit to Pakistan to explore joint ventures in "
    "mining and fisheries.\n"
    "\n"
    "Talking to the delegation, the Chief Minister said Balochistan offered vast "
    "opportunities to Chinese investors.\n"
    "\n"
    "The delegation will also visit Gwadar on Friday.\n"
)
"""Radio Pakistan style: a delegation ``headed by`` X ``called on`` Y, then is ``on a visit``."""
XINHUA = (
    " date 2023-06-14 Pakistani PM to pay official visit to China\n"
    "\n"
    "BEIJING, June 14 (Xinhua) -- Pakistani Prime Minister Tahir Qazmi will pay an "
    "official visit to China from June 20 to 23 at the invitation of Chinese Premier "
    "Zhou Anping, a Chinese Foreign Ministry spokesperson announced here Wednesday.\n"
    "\n"
    "Spokesperson Lin Bei told a regular press briefing that during the visit, "
    "Premier Zhou will hold talks with Qazmi, and the two sides will sign a number of "
    "cooperation documents.\n"
    "\n"
    "Qazmi will also travel to Kashgar, Lin said.\n"
)
"""Xinhua style: ``will pay an official visit ... at the invitation of``, an onward leg."""
NATION = (
    " date 2023-06-14 Senate panel concludes China visit\n"
    "\n"
    "LAHORE - A delegation of the Senate Standing Committee on Planning led by its "
    "chairman Senator Rabia Gill concluded its visit to China on Tuesday.\n"
    "\n"
    "The committee had arrived in Beijing on June 7, where it was received by Vice "
    "Chairman of the National People's Congress Feng Lu.\n"
    "\n"
    "Senator Gill said the delegation also visited Urumqi and toured the Khorgos dry "
    "port.\n"
    "\n"
    "Federal Minister for Maritime Affairs Qasim Lund will undertake a visit to "
    "Beijing next month, sources said.\n"
    "\n"
    "Earlier, Chinese Consul General in Lahore Wen Xiao called on Punjab Governor "
    "Bashir Cheema at the Governor House.\n"
)
"""The Nation style: a committee delegation ``concluded its visit``, ``will undertake a visit``."""

DAWN = (
    " date 2024-03-20 PM to visit China next month for CPEC talks\n"
    "\n"
    "ISLAMABAD: Prime Minister Tahir Qazmi will undertake a four-day official visit "
    "to China from April 8, the Foreign Office said on Wednesday.\n"
    "\n"
    "Foreign Office spokesperson Mumtaz Baloch told the weekly briefing that the "
    "prime minister would be accompanied by a high-level delegation including "
    "Planning Minister Nasir Dogar and Finance Minister Sana Riaz.\n"
    "\n"
    "“During the visit, the prime minister will meet President Zhou Anping and "
    "Premier Lin Chao,” she said.\n"
    "\n"
    "She said the prime minister would also visit Shenzhen, where he would address a "
    "business forum.\n"
    "\n"
    "Separately, Chinese Vice Minister of Commerce Tian Mo, who visited Islamabad "
    "last month, met Dogar in Beijing on Tuesday.\n"
    "\n"
    "Mr Dogar is in Beijing to prepare for the prime minister’s visit. He will return "
    "home on Friday.\n"
)
"""Dawn style: ``will undertake a visit from April 8``, a leg ``would also visit``, ``is in``."""
GLOBAL_TIMES = (
    " date 2024-05-10 Pakistani FM's visit to inject new impetus into ties: experts\n"
    "\n"
    "Pakistani Foreign Minister Sikandar Rahu's ongoing visit to China will inject "
    "new impetus into bilateral ties and the China-Pakistan Economic Corridor (CPEC), "
    "Chinese experts said on Friday.\n"
    "\n"
    "Rahu arrived in Beijing on Wednesday for a three-day visit at the invitation of "
    "Chinese Foreign Minister Lin Chao.\n"
    "\n"
    "Qian Feng, a research fellow at the National Strategy Institute, told the Global "
    "Times that the visit came at a critical moment.\n"
    "\n"
    "The two foreign ministers held talks on Thursday. Lin said China was ready to "
    "work with Pakistan to build an upgraded version of the CPEC.\n"
    "\n"
    "Rahu is also expected to travel to Xinjiang, where he will visit Kashgar, a "
    "Pakistani diplomat told the Global Times.\n"
)
"""Global Times style: experts on an ``ongoing visit``, ``arrived ... at the invitation of``."""


class TestOutletStyles:
    @staticmethod
    def _summaries(raw: str) -> list[tuple[object, ...]]:
        (article,) = parse_text(raw, "outlet.txt")
        assert isinstance(article, Article)
        return [_summary(v) for v in extract_visits(article, sentences(article))]

    def test_tribune_arrival_here_with_its_reception(self) -> None:
        """``arrived here`` is the dateline's, a reception names the host, a call no trip."""
        assert self._summaries(TRIBUNE) == [
            (
                "Aidos Berikov",
                "Islamabad",
                "Pakistan",
                "Farida Sohail",
                ("on Tuesday", D(2023, 6, 13), D(2023, 6, 15)),
                ONGOING,
                ("official", "three-day"),
                HOSTED,
            )
        ]

    def test_radio_delegation_is_its_head_and_on_a_visit_is_under_way(self) -> None:
        """A delegation ``headed by`` X is X's, ``is on a visit`` ongoing, ``called on`` no trip."""
        friday = ("on Friday", D(2023, 6, 16), D(2023, 6, 16))
        assert [s[:6] for s in self._summaries(RADIO)] == [
            ("Ma Qiwen", "Pakistan", "Pakistan", None, None, ONGOING),
            ("Ma Qiwen", "Gwadar", "Pakistan", None, friday, PLANNED),
        ]

    def test_xinhua_official_visit_with_host_and_onward_leg(self) -> None:
        """``will pay an official visit ... at the invitation of X``, then ``also travel to``."""
        dates = ("from June 20 to 23", D(2023, 6, 20), D(2023, 6, 23))
        assert [s[:6] for s in self._summaries(XINHUA)] == [
            ("Tahir Qazmi", "China", "China", "Zhou Anping", dates, PLANNED),
            ("Tahir Qazmi", "Kashgar", "China", None, None, PLANNED),
        ]

    def test_nation_concluded_visit_runs_from_arrival_to_its_end(self) -> None:
        """``arrived on June 7`` ... ``concluded its visit on Tuesday``: one trip, June 7-13."""
        june = ("on June 7", D(2023, 6, 7), D(2023, 6, 13))
        july = ("next month", D(2023, 7, 1), D(2023, 7, 31))
        assert [s[:6] for s in self._summaries(NATION)] == [
            ("Rabia Gill", "Beijing", "China", "Feng Lu", june, PAST),
            ("Rabia Gill", "Urumqi", "China", None, None, PAST),
            ("Rabia Gill", "Khorgos", "China", None, None, PAST),
            ("Qasim Lund", "Beijing", "China", None, july, PLANNED),
        ]

    def test_dawn_planned_visit_with_a_leg_and_a_minister_already_there(self) -> None:
        """A planned visit, its leg, a past visit in a relative clause, ``is in Beijing`` now."""
        april = ("from April 8", D(2024, 4, 8), D(2024, 4, 11))
        assert [s[:6] for s in self._summaries(DAWN)] == [
            ("Tahir Qazmi", "China", "China", None, april, PLANNED),
            ("Tahir Qazmi", "Shenzhen", "China", None, None, PLANNED),
            (
                "Tian Mo",
                "Islamabad",
                "Pakistan",
                None,
                ("last month", D(2024, 2, 1), D(2024, 2, 29)),
                PAST,
            ),
            ("Nasir Dogar", "Beijing", "China", None, None, ONGOING),
        ]

    def test_global_times_arrival_with_host_and_a_where_clause_inside_the_next_leg(self) -> None:
        """``travel to Xinjiang, where he will visit Kashgar`` is one leg: Kashgar is in it."""
        wednesday = ("on Wednesday", D(2024, 5, 8), D(2024, 5, 10))
        assert [s[:6] for s in self._summaries(GLOBAL_TIMES)] == [
            ("Sikandar Rahu", "Beijing", "China", "Lin Chao", wednesday, ONGOING),
            ("Sikandar Rahu", "Xinjiang", "China", None, None, PLANNED),
        ]


class TestToldAndPronoun:
    def test_a_pronoun_after_told_is_the_teller_named_by_surname(self) -> None:
        """``Voss told the envoy that ... He said he had visited Y``: Voss, not the envoy."""
        assert [
            s[:2]
            for s in _summaries(
                "Envoy Tamsin Rooke met Minister Arlen Voss in Lahore on Monday. Voss told the "
                "envoy that the zone was ready. He said he had visited Chengdu last month."
            )
        ] == [("Arlen Voss", "Chengdu")]

    def test_an_opening_he_is_no_surname(self) -> None:
        """``He said`` opening a sentence is a pronoun even when Vice Premier He Chen is named."""
        assert [
            s[:2]
            for s in _summaries(
                "Vice Premier He Chen met traders on Monday. Minister Arlen Voss thanked the "
                "envoy. He said the zone was ready. He said he would visit Chengdu next month."
            )
        ] == [("Arlen Voss", "Chengdu")]

    def test_a_pronoun_after_told_is_the_named_teller_not_the_told(self) -> None:
        """``X told Y that ...``: Y is an object, so ``He`` is X."""
        assert [
            s[:2]
            for s in _summaries(
                "Minister Arlen Voss told Ambassador Oskar Brandt that the zone was ready. He "
                "said he would visit Chengdu next month."
            )
        ] == [("Arlen Voss", "Chengdu")]


class TestCapitalsByDescriptor:
    def test_a_nationality_capital_is_that_countrys_capital(self) -> None:
        """``left for the Chinese capital`` goes to Beijing."""
        assert [
            s[:2] + s[4:5]
            for s in _summaries("Secretary Arlen Voss left for the Chinese capital on Monday.")
        ] == [("Arlen Voss", "Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)))]

    def test_the_provincial_capital_is_the_last_provinces(self) -> None:
        """``the provincial capital`` after Sindh is Karachi."""
        assert [
            s[:2]
            for s in _summaries(
                "Minister Arlen Voss opened a school in Sindh on Monday. He will travel to the "
                "provincial capital on Friday."
            )
        ] == [("Arlen Voss", "Karachi")]

    @pytest.mark.parametrize(
        ("sentence", "place"),
        [
            (
                "LAHORE: Minister Arlen Voss spoke of trade with China. He arrived in the "
                "federal capital on Monday.",
                "Islamabad",
            ),
            ("LAHORE: Minister Arlen Voss arrived in the provincial capital on Monday.", "Lahore"),
        ],
    )
    def test_federal_and_provincial_capitals_by_pakistani_usage(
        self, sentence: str, place: str
    ) -> None:
        """``the federal capital`` is Islamabad; ``the provincial capital`` a dateline's city."""
        assert [s[1] for s in _summaries(sentence)] == [place]

    def test_a_bare_capital_is_the_capital_of_the_country_named_last(self) -> None:
        """``arrived in the capital`` after a talk about Xinjiang is Beijing."""
        assert [
            s[:2]
            for s in _summaries(
                "Minister Arlen Voss, who spoke about trade with Xinjiang on Monday, arrived in "
                "the capital on Tuesday."
            )
        ] == [("Arlen Voss", "Beijing")]


class TestFrontedEndings:
    def test_wrapping_up_a_visit_fronted_is_the_subjects_trip_over(self) -> None:
        """``Wrapping up his visit to Y, X said``: X's trip, over."""
        assert [
            s[:2] + s[5:6]
            for s in _summaries(
                "Wrapping up his visit to Xinjiang, Minister Arlen Voss said ties were strong."
            )
        ] == [("Arlen Voss", "Xinjiang", PAST)]


class TestDelegationLeaderFarBack:
    def test_the_delegation_is_its_leader_named_many_sentences_before(self) -> None:
        """``a delegation led by X`` in the first paragraph gives X to a much later one."""
        filler = " ".join(f"The zone has {n} plots." for n in range(2, 12))
        assert [
            s[:2]
            for s in _summaries(
                "A delegation of Chinese investors led by Chairman Lin Qiao called on Governor "
                "Ilse Varga on Monday.",
                filler,
                "The delegation will visit Quetta on Friday.",
            )
        ] == [("Lin Qiao", "Quetta")]


class TestGoingHome:
    def test_leaving_for_a_city_of_ones_own_region_is_going_home(self) -> None:
        """``visit Y before leaving for <a city of the leader's region>`` adds no trip home."""
        assert [
            s[:2]
            for s in _summaries(
                "A delegation led by Yunnan Vice Governor Lin Qiao met traders in Karachi on "
                "Monday. The delegation will also visit Lahore before leaving for Kunming on "
                "Sunday."
            )
        ] == [("Lin Qiao", "Lahore")]

    @pytest.mark.parametrize(
        "text",
        [
            "A delegation from Xinjiang led by Chairman Lin Qiao met traders on Monday. The "
            "delegation will visit Lahore before leaving for Urumqi on Sunday.",
            "A delegation from Xinjiang led by Chairman Lin Qiao visited Lahore on Monday before "
            "leaving for Urumqi.",
            "A delegation of an Urumqi-based firm will visit Lahore before leaving for Urumqi.",
        ],
    )
    def test_leaving_for_where_the_delegation_comes_from_is_going_home(self, text: str) -> None:
        """A delegation ``from Xinjiang`` (its leader too) leaving for Urumqi goes home."""
        assert [s[1] for s in _summaries(text)] == ["Lahore"]

    def test_leaving_for_a_foreign_city_is_an_onward_trip(self) -> None:
        """A Pakistani minister ``leaving for Kunming`` after Lahore goes on to China."""
        assert [
            s[:2]
            for s in _summaries(
                "Pakistani Minister Arlen Voss will visit Lahore before leaving for Kunming on "
                "Sunday."
            )
        ] == [("Arlen Voss", "Lahore"), ("Arlen Voss", "Kunming")]

    def test_returning_to_a_city_is_no_trip(self) -> None:
        """``returned to Y`` and ``flew back home`` are the way home, not visits."""
        assert (
            _summaries(
                "Chinese Minister Lin Qiao returned to Beijing on Monday. Minister Arlen Voss "
                "flew back home on Tuesday."
            )
            == []
        )


class TestCallsHere:
    def test_calling_on_someone_here_is_a_visit_to_the_dateline(self) -> None:
        """``X, who called on him here on Wednesday``: X visited the dateline's city."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "LAHORE: Minister Arlen Voss met Vice Governor Lin Qiao, who called on him here "
                "on Monday."
            )
        ] == [("Lin Qiao", "Lahore", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "LAHORE: Vice Governor Lin Qiao called on Minister Arlen Voss on Monday.",
            "ISLAMABAD: Ambassador Lin Qiao called on Minister Arlen Voss here on Monday.",
            "LAHORE: Consul General Lin Qiao called on Minister Arlen Voss here on Monday.",
            "LAHORE: Minister Lin Qiao called on the government here on Monday to pay traders.",
        ],
    )
    def test_a_call_elsewhere_or_by_a_resident_envoy_is_no_visit(self, sentence: str) -> None:
        """No ``here``, an envoy at his post or a body called on (urged): no visit."""
        assert _summaries(sentence) == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "ISLAMABAD: Vice Governor Lin Qiao called on Minister Arlen Voss in Lahore on Monday.",
            "ISLAMABAD: Ambassador Lin Qiao called on Minister Arlen Voss in Lahore on Monday.",
            "LAHORE: Ambassador Lin Qiao called on Minister Arlen Voss here on Monday.",
        ],
        ids=["in a city", "an envoy away from the capital", "an envoy here, not the capital"],
    )
    def test_a_call_in_a_city_is_a_visit_there(self, sentence: str) -> None:
        """``called on X in Lahore``: a trip there; an ambassador's post is the capital."""
        assert [s[:2] + s[4:6] for s in _summaries(sentence)] == [
            ("Lin Qiao", "Lahore", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)
        ]

    @pytest.mark.parametrize(
        ("sentence", "when", "status"),
        [
            (
                "ISLAMABAD: Vice Governor Lin Qiao paid a courtesy call on Minister Arlen Voss "
                "in Lahore on Monday.",
                ("on Monday", D(2023, 6, 12), D(2023, 6, 12)),
                PAST,
            ),
            (
                "ISLAMABAD: Vice Governor Lin Qiao will call on Minister Arlen Voss in Lahore "
                "on Friday.",
                ("on Friday", D(2023, 6, 16), D(2023, 6, 16)),
                PLANNED,
            ),
            (
                "ISLAMABAD: Vice Governor Lin Qiao is calling on Minister Arlen Voss in Lahore "
                "on Friday.",
                ("on Friday", D(2023, 6, 16), D(2023, 6, 16)),
                PLANNED,
            ),
        ],
        ids=["a courtesy call", "will call on", "a schedule in the present"],
    )
    def test_a_call_as_a_noun_or_ahead_is_a_visit_too(
        self, sentence: str, when: tuple[object, ...], status: VisitStatus
    ) -> None:
        """``paid a courtesy call on X in Y``, ``will call on``, ``is calling on X on Friday``."""
        assert [s[:2] + s[4:6] for s in _summaries(sentence)] == [
            ("Lin Qiao", "Lahore", when, status)
        ]

    def test_a_call_on_someone_to_act_is_no_visit(self) -> None:
        """``her call on the government in Lahore to release funds`` urges, it makes no trip."""
        assert (
            _summaries(
                "LAHORE: Senator Mira Tane renewed her call on the government in Lahore to "
                "release funds."
            )
            == []
        )

    def test_a_call_at_a_federal_body_is_a_visit_to_its_city(self) -> None:
        """``called at the Planning Commission`` visits it, where it sits, envoy or not."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "LAHORE: Ambassador Lin Qiao called at the Planning Commission on Monday to "
                "discuss the second phase."
            )
        ] == [("Lin Qiao", "Islamabad", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)]

    def test_a_call_on_a_federal_body_is_a_visit_unless_it_urges(self) -> None:
        """``called on the BOI on Monday`` visits it; ``called on the BOI to act`` urges it."""
        assert [
            s[:2]
            for s in _summaries(
                "KARACHI: Senator Arlen Voss called on the Board of Investment on Monday.",
                "Senator Mira Tane called on the Board of Investment to speed up approvals.",
            )
        ] == [("Arlen Voss", "Islamabad")]

    def test_a_call_at_a_port_is_a_visit_there(self) -> None:
        """``called at Karachi``: a port call, the visit of a ship or its crew."""
        assert [
            s[:2] + s[4:5] for s in _summaries("Vice Admiral Lin Qiao called at Karachi on Monday.")
        ] == [("Lin Qiao", "Karachi", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)))]


class TestFacilities:
    def test_a_facility_visited_is_at_the_place_given_before(self) -> None:
        """``will visit the wind farm next week`` goes where the article put the wind farm."""
        assert [
            s[:2] + s[5:6]
            for s in _summaries(
                "The 50MW wind farm near Jhimpir was completed in May. Envoy Lin Qiao will visit "
                "the wind farm next week."
            )
        ] == [("Lin Qiao", "Jhimpir", PLANNED)]

    def test_a_known_project_gives_its_gazetteer_location(self) -> None:
        """``the solar park`` after the Quaid-e-Azam Solar Park is in Bahawalpur."""
        assert [
            s[:2]
            for s in _summaries(
                "The Quaid-e-Azam Solar Park runs at full capacity. Envoy Lin Qiao toured the "
                "solar park on Monday."
            )
        ] == [("Lin Qiao", "Bahawalpur")]

    def test_a_facility_with_no_place_given_is_no_visit(self) -> None:
        """With no place for the facility, no destination can be named."""
        assert _summaries("Envoy Lin Qiao will visit the wind farm next week.") == []


class TestFacilitiesLocated:
    def test_a_place_in_the_facilitys_name(self) -> None:
        """``visited the plant`` after ``the 330MW Jamshoro coal power plant``: Jamshoro."""
        got = _summaries(
            "Work on the 330MW Jamshoro coal power plant resumed last week.",
            "Energy Minister Ali Raza visited the plant on Monday.",
        )
        assert [s[:2] + s[5:6] for s in got] == [("Ali Raza", "Jamshoro", PAST)]

    def test_an_institute_at_a_university_of_a_place(self) -> None:
        """``the institute`` told ``at the University of Lahore`` lies in Lahore."""
        got = _summaries(
            "Students finished a course run by the Hanban Language Institute at the University "
            "of Lahore, the institute said.",
            "A delegation led by Counsellor Wu Peng visited the institute on Monday.",
        )
        assert [s[:2] for s in got] == [("Wu Peng", "Lahore")]

    def test_a_facility_of_the_opening_paragraph_is_at_the_dateline(self) -> None:
        """The opening paragraph reports from the dateline: its unplaced institute lies there."""
        got = _summaries(
            "PESHAWAR: Students finished a course run by the Hanban Language Institute, the "
            "institute said.",
            "Earlier this month, a delegation led by Counsellor Wu Peng visited the institute.",
        )
        assert [s[:2] + s[4:5] for s in got] == [
            ("Wu Peng", "Peshawar", ("Earlier this month", D(2023, 6, 1), D(2023, 6, 14)))
        ]

    def test_a_known_project_written_around_the_facility(self) -> None:
        """``the Suki Kinari hydropower plant``: the known project's location, whatever its head."""
        got = _summaries(
            "The Suki Kinari hydropower plant was inaugurated last year.",
            "Minister Ali Raza visited the plant on Monday.",
        )
        assert [s[:2] for s in got] == [("Ali Raza", "Khyber Pakhtunkhwa")]

    def test_a_project_site_is_the_projects_place(self) -> None:
        """``visited the dam site`` after ``the dam in Dasu``: the dam's place."""
        got = _summaries(
            "A blast hit the new dam in Dasu on Sunday.",
            "Minister Ali Raza visited the dam site on Monday.",
        )
        assert [s[:2] for s in got] == [("Ali Raza", "Dasu")]

    @pytest.mark.parametrize(("told", "visited"), [("SEZ", "zone"), ("zone", "SEZ")])
    def test_a_zone_is_an_sez(self, told: str, visited: str) -> None:
        """``the zone`` after ``the Rashakai SEZ`` (and the other way round) is that zone."""
        got = _summaries(
            f"Work on the {told} in Rashakai is going well.",
            f"Minister Ali Raza visited the {visited} on Monday.",
        )
        assert [s[:2] for s in got] == [("Ali Raza", "Rashakai")]

    def test_a_plural_of_the_opening_paragraph_is_no_facility(self) -> None:
        """``will build 50 schools`` tells of no one school: ``the school`` stays unplaced."""
        got = _summaries(
            "ISLAMABAD: The government will build 50 schools in the north, officials said.",
            "Minister Ali Raza visited the school on Monday.",
        )
        assert got == []

    def test_the_visits_own_sentence_takes_no_dateline(self) -> None:
        """``PESHAWAR: X will visit the institute``: no institute was told, so no place."""
        assert _summaries("PESHAWAR: Envoy Lin Qiao will visit the institute next week.") == []


class TestDescribedPlacesAndSurnameLeaders:
    def test_an_unknown_place_after_its_kind_is_the_destination(self) -> None:
        """``visited the coastal town of Zorbak`` goes to Zorbak, in the dateline's country."""
        visits = _visits("GWADAR: Envoy Lin Qiao visited the coastal town of Zorbak on Monday.")
        assert [(v.visitor.name, v.destination) for v in visits] == [
            ("Lin Qiao", Place("Zorbak", country="Pakistan"))
        ]

    def test_a_site_of_a_firm_names_no_place(self) -> None:
        """``visited the headquarters of Zorbak`` names a firm, not a place."""
        assert _summaries("Envoy Lin Qiao visited the headquarters of Zorbak on Monday.") == []

    def test_led_by_a_surname_is_the_person_named_after(self) -> None:
        """``led by Qiao`` ... ``Lin Qiao, chairman of X, said``: Lin Qiao led it."""
        assert [
            s[:2]
            for s in _summaries(
                "A company delegation led by Qiao visited Quetta on Tuesday. Lin Qiao, chairman "
                "of Zorbak Holdings, said the zone was ready."
            )
        ] == [("Lin Qiao", "Quetta")]

    def test_led_by_a_surname_is_the_person_named_before(self) -> None:
        """``A company delegation led by Qiao visited Y``: Lin Qiao, not the delegation."""
        assert [
            s[:2]
            for s in _summaries(
                "The zone is ready, Lin Qiao, chairman of Zorbak Holdings, said on Monday. A "
                "company delegation led by Qiao visited Quetta on Tuesday."
            )
        ] == [("Lin Qiao", "Quetta")]


class TestArrivalInAnEarlierClause:
    def test_an_arrival_after_when_takes_the_place_and_days_before_it(self) -> None:
        """``Talks will be held in Y on May 4 and 5, when a team led by X is due to arrive``."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "Talks will be held in Karachi on July 4 and 5, when a team led by Chairman Lin "
                "Qiao is due to arrive."
            )
        ] == [
            (
                "Lin Qiao",
                "Karachi",
                ("on July 4 and 5", D(2023, 7, 4), D(2023, 7, 5)),
                PLANNED,
            )
        ]

    def test_an_arrival_after_where_takes_the_place_before_it(self) -> None:
        """``The fair opens in Y, where X arrived on Monday``: X arrived in Y."""
        assert [
            s[:2]
            for s in _summaries(
                "The fair opens in Karachi, where Chairman Lin Qiao arrived on Monday."
            )
        ] == [("Lin Qiao", "Karachi")]

    def test_an_arrival_after_a_clause_of_another_kind_names_no_place(self) -> None:
        """``, when`` after a place with more than a time between: no place is carried over."""
        assert (
            _summaries(
                "Talks were held in Karachi, which hosts the port, on Monday, when Chairman Lin "
                "Qiao arrived."
            )
            == []
        )


class TestOrdinalBodies:
    def test_a_second_team_is_a_visitor(self) -> None:
        """``A second team is expected to arrive in Y in May``: that team travels."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries("A second team is expected to arrive in Quetta in July, he added.")
        ] == [("A second team", "Quetta", ("in July", D(2023, 7, 1), D(2023, 7, 31)), PLANNED)]


class TestTeamsSent:
    def test_a_team_sent_to_a_place_is_its_visit(self) -> None:
        """``would send a survey team to Y next month``: the team's planned trip, as written."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "The firm said it would send a survey team to Mardan next month to study the site."
            )
        ] == [
            (
                "a survey team",
                "Mardan",
                ("next month", D(2023, 7, 1), D(2023, 7, 31)),
                PLANNED,
            )
        ]

    @pytest.mark.parametrize("verb", ["sent", "dispatched"])
    def test_a_team_sent_last_week_is_past(self, verb: str) -> None:
        """``sent (dispatched) a team of engineers to Y last week``: the team went."""
        assert [
            s[:2] + s[5:6]
            for s in _summaries(f"The ministry {verb} a team of engineers to Quetta last week.")
        ] == [("a team of engineers", "Quetta", PAST)]

    def test_a_delegation_brought_to_a_place_travels(self) -> None:
        """``would bring a delegation of N firms to Y``: the delegation brought makes the trip."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "Zhao added that the council would bring a delegation of 12 ceramics firms "
                "to Sialkot next month."
            )
        ] == [
            (
                "a delegation of 12 ceramics firms",
                "Sialkot",
                ("next month", D(2023, 7, 1), D(2023, 7, 31)),
                PLANNED,
            )
        ]

    def test_the_sides_brought_to_the_table_make_no_trip(self) -> None:
        """``will bring the two sides to the table``: only a body or person brought travels."""
        assert _summaries("The talks will bring the two sides to the table next week.") == []


class TestPeopleSent:
    def test_a_person_sent_is_the_visitor_as_described(self) -> None:
        """``will send a vice minister of X to Y``: the descriptor travels, no name invented."""
        got = _summaries(
            "Beijing is expected to send a vice minister of commerce to Lahore late this month "
            "to review the projects, two diplomats said."
        )
        assert [s[:2] + s[4:6] for s in got] == [
            (
                "a vice minister of commerce",
                "Lahore",
                ("late this month", D(2023, 6, 21), D(2023, 6, 30)),
                PLANNED,
            )
        ]

    def test_a_message_sent_is_no_trip(self) -> None:
        """``will send a message to Y``: only people (or bodies) sent make a trip."""
        assert _summaries("The firm will send a message to Lahore next week.") == []


class TestPlacesVisitedAreObjects:
    def test_an_office_visited_is_not_who_toured_after(self) -> None:
        """``led by X, visited the Y Secretariat after touring the site in Z``: X toured Z."""
        assert [
            s[:2] + s[4:6]
            for s in _summaries(
                "The delegation, led by its chairman Mr. Hu Ping, visited the PDA Secretariat "
                "after touring the pumping station in Turbat last week."
            )
        ] == [
            (
                "Hu Ping",
                "Turbat",
                ("last week", D(2023, 6, 5), D(2023, 6, 11)),
                PAST,
            )
        ]


class TestBodiesInRelativeClauses:
    def test_a_body_briefed_that_visited_travels(self) -> None:
        """``briefing a delegation of the X Committee on Y that visited Z``: the delegation."""
        got = _summaries(
            "This was stated by Omar Baig, director of the zone, while briefing a delegation of "
            "the National Assembly Standing Committee on Industries that visited Rashakai on "
            "Tuesday."
        )
        assert [s[:2] + s[4:6] for s in got] == [
            (
                "a delegation of the National Assembly Standing Committee on Industries",
                "Rashakai",
                ("on Tuesday", D(2023, 6, 13), D(2023, 6, 13)),
                PAST,
            )
        ]

    def test_the_relative_clause_is_the_bodys_not_the_subjects(self) -> None:
        """``The minister met a business delegation which is visiting Y``: not the minister."""
        got = _summaries("The minister met a Chinese business delegation which is visiting Lahore.")
        assert [s[:2] for s in got] == [("a Chinese business delegation", "Lahore")]


class TestOfficialsAsVisitors:
    def test_an_official_who_visited_travels(self) -> None:
        """``A senior Chinese official visited Y``: ``official`` is the subject, no qualifier."""
        got = _summaries("A senior Chinese official visited Gwadar on Monday.")
        assert [s[:2] + s[5:6] for s in got] == [("A senior Chinese official", "Gwadar", PAST)]

    def test_an_official_visit_is_no_visitor(self) -> None:
        """``pay an official two-day visit``: the words qualify the trip, X still travels."""
        got = _summaries("Minister Ali Raza will pay an official two-day visit to China next week.")
        assert [s[:2] + s[6:7] for s in got] == [("Ali Raza", "China", ("two-day", "official"))]


class TestWhenPutOff:
    def test_the_month_a_trip_was_put_off_in_is_no_new_date(self) -> None:
        """``will travel to Y next week on a visit that was postponed in May``: next week."""
        assert [
            s[1:2] + s[4:5]
            for s in _summaries(
                "President Han Jie will travel to China next week on a state visit that was "
                "postponed in May because of floods."
            )
        ] == [("China", ("next week", D(2023, 6, 19), D(2023, 6, 25)))]


class TestDepartureAndReturn:
    def test_a_trip_runs_from_departure_to_the_return_ahead(self) -> None:
        """``left for Y on Monday and will return on Saturday``: Monday to Saturday, under way."""
        assert [
            s[1:2] + s[4:6]
            for s in _summaries(
                "A team led by Secretary Arlen Voss left for Beijing on Monday and will return on "
                "Saturday."
            )
        ] == [("Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 17)), ONGOING)]

    def test_a_weekday_return_after_a_departure_ahead_is_the_next_such_day(self) -> None:
        """``will leave on Sunday and return on Thursday``: the Thursday after that Sunday."""
        assert [
            s[4:6]
            for s in _summaries(
                "Minister Arlen Voss will leave for Beijing on Sunday and return on Thursday."
            )
        ] == [(("on Sunday", D(2023, 6, 18), D(2023, 6, 22)), PLANNED)]

    def test_a_trip_over_runs_from_departure_to_the_return(self) -> None:
        """``flew to Y on Monday and returned on Tuesday``: Monday and Tuesday, over."""
        assert [
            s[1:2] + s[4:6]
            for s in _summaries(
                "Secretary Arlen Voss flew to Beijing on Monday and returned on Tuesday."
            )
        ] == [("Beijing", ("on Monday", D(2023, 6, 12), D(2023, 6, 13)), PAST)]


class TestPronounGender:
    def test_she_passes_over_a_man_titled_mr(self) -> None:
        """``She`` is not Mr Brandt, who spoke last, but the woman before him."""
        assert [
            s[:2]
            for s in _summaries(
                "Envoy Tamsin Rooke opened the fair on Monday. Mr Oskar Brandt said the zone "
                "was ready. She will visit Quetta next week."
            )
        ] == [("Tamsin Rooke", "Quetta")]

    def test_she_passes_over_a_man_told_by_his(self) -> None:
        """``X inspected the port with his team`` tells X is a man: ``she`` is someone else."""
        assert [
            s[:2]
            for s in _summaries(
                "Envoy Tamsin Rooke opened the fair on Monday. Governor Oskar Brandt inspected "
                "the stalls with his team. She will visit Quetta next week."
            )
        ] == [("Tamsin Rooke", "Quetta")]

    def test_she_takes_a_woman_named_as_an_object_over_a_subject_of_unknown_gender(self) -> None:
        """``X hosted Ms Y. She toured Z``: Y is known to be a woman, X is not."""
        assert [
            s[:2]
            for s in _summaries(
                "Governor Oskar Brandt hosted Ms Rabia Gill on Monday. She toured Gwadar on "
                "Tuesday."
            )
        ] == [("Rabia Gill", "Gwadar")]

    def test_a_who_clause_tells_the_gender_of_the_name_before_it(self) -> None:
        """``X, who is on her first trip`` tells X is a woman: ``she`` is X, not the subject."""
        assert [
            s[:2]
            for s in _summaries(
                "Governor Oskar Brandt met Envoy Tamsin Rooke, who is on her first trip abroad. "
                "She will visit Quetta next week."
            )
        ] == [("Tamsin Rooke", "Quetta")]

    def test_she_takes_a_woman_told_before_over_a_nearer_man_of_unknown_gender(self) -> None:
        """News marks women, not men: ``she`` skips an unmarked name for Ms X two sentences up."""
        assert [
            s[:2]
            for s in _summaries(
                "Ms Tamsin Rooke opened the fair on Monday. Governor Oskar Brandt said the zone "
                "was ready. She will visit Quetta next week."
            )
        ] == [("Tamsin Rooke", "Quetta")]

    def test_he_keeps_the_nearest_traveller_over_a_man_told_before(self) -> None:
        """Men are often unmarked: ``he`` stays the last traveller, not Sardar X before him."""
        assert [
            s[:2]
            for s in _summaries(
                "Envoy Lin Qiao and Sardar Oskar Brandt opened the fair. Lin arrived in Gwadar on "
                "Monday. He will fly to Quetta on Thursday."
            )
        ] == [("Lin Qiao", "Gwadar"), ("Lin Qiao", "Quetta")]

    def test_he_takes_the_last_subject_when_no_gender_is_told(self) -> None:
        """With no gender told, the last subject stands, as before."""
        assert [
            s[:2]
            for s in _summaries(
                "Envoy Tamsin Rooke opened the fair on Monday. Governor Oskar Brandt said the "
                "zone was ready. He will visit Quetta next week."
            )
        ] == [("Oskar Brandt", "Quetta")]


class TestOnwardLegDates:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Arlen Voss will arrive in Beijing on July 2 on a five-day visit, during "
            "which he will also travel to Shanghai.",
            "Minister Arlen Voss, who will arrive in Beijing on July 2, will also travel to "
            "Shanghai.",
        ],
    )
    def test_an_onward_leg_does_not_borrow_the_first_legs_day(self, sentence: str) -> None:
        """``during which he will also travel to Z``: the day named is the first leg's only."""
        assert [(s[1], s[4] and s[4][1]) for s in _summaries(sentence)] == [
            ("Beijing", D(2023, 7, 2)),
            ("Shanghai", None),
        ]


class TestKindsOfPlacesNamed:
    @pytest.mark.parametrize(
        ("sentence", "place"),
        [
            ("LAHORE: Minister Arlen Voss will visit the city of Multan on Monday.", "Multan"),
            (
                "LAHORE: Minister Arlen Voss will pay a visit to the port city of Karachi.",
                "Karachi",
            ),
            ("LAHORE: Minister Arlen Voss visited the capital of Xinjiang last week.", "Urumqi"),
        ],
    )
    def test_a_kind_of_place_with_its_name_is_that_place(self, sentence: str, place: str) -> None:
        """``the city of X`` is X, not the dateline's city; ``the capital of Y`` is Y's capital."""
        assert [s[1] for s in _summaries(sentence)] == [place]


class TestNewDatesAfterPuttingOff:
    def test_a_put_off_trip_does_not_put_off_a_trip_made(self) -> None:
        """``The visit has been rescheduled`` is about the trip put off, not a past one."""
        got = _summaries(
            "Secondly, a team led by Director Wu Lin of the planning board visited Lahore on 7 "
            "and 8 June.",
            "Question: Reports say the visit of the Chinese Premier to Pakistan, planned for "
            "this month, has been postponed. Can you confirm?",
            "Answer: The visit has been rescheduled at the convenience of both sides. It will "
            "now take place in August. It has nothing to do with the weather.",
        )
        assert [(s[0], s[4], s[5]) for s in got] == [
            ("Wu Lin", ("on 7 and 8 June", D(2023, 6, 7), D(2023, 6, 8)), PAST),
            ("the Chinese Premier", ("in August", D(2023, 8, 1), D(2023, 8, 31)), PLANNED),
        ]

    def test_a_plan_told_in_the_past_and_its_new_date(self) -> None:
        """``was supposed to visit Y in March, but ... will now travel in early July``."""
        got = _summaries(
            "Our president, Arlen Voss, was supposed to visit China in March, but the trip was "
            "put off because of the storms. She will now travel in early July, after the board "
            "meeting."
        )
        assert [(s[0], s[1], s[4], s[5]) for s in got] == [
            ("Arlen Voss", "China", ("in early July", D(2023, 7, 1), D(2023, 7, 10)), PLANNED)
        ]

    def test_the_new_date_in_a_sentence_telling_the_trip_again(self) -> None:
        """``The governor, who was to have left on Monday, will now ... from July 3``."""
        got = _summaries(
            "Governor Han Jie has put off his visit to China because of the floods. The "
            "governor, who was to have left for China on Monday, will now undertake a four-day "
            "visit from July 3."
        )
        assert [(s[0], s[4], s[5]) for s in got] == [
            ("Han Jie", ("from July 3", D(2023, 7, 3), D(2023, 7, 6)), PLANNED)
        ]

    def test_now_without_a_trip_put_off_dates_nothing(self) -> None:
        """A trip that was not put off keeps its own date whatever ``will now`` follows."""
        got = _summaries(
            "Minister Arlen Voss will visit Beijing on Friday. Work on the line will now start "
            "in August."
        )
        assert [(s[1], s[4], s[5]) for s in got] == [
            ("Beijing", ("on Friday", D(2023, 6, 16), D(2023, 6, 16)), PLANNED)
        ]


class TestStaysUntil:
    @pytest.mark.parametrize(
        ("sentence", "days"),
        [
            (
                "Minister Arlen Voss arrived in Beijing on Tuesday for talks that will run until "
                "June 16.",
                (D(2023, 6, 13), D(2023, 6, 16)),
            ),
            (
                "Governor Han Jie will arrive in Lahore on June 20 and stay till June 24.",
                (D(2023, 6, 20), D(2023, 6, 24)),
            ),
            (
                "Governor Han Jie arrived in Lahore on May 2 and remained there through May 6.",
                (D(2023, 5, 2), D(2023, 5, 6)),
            ),
        ],
    )
    def test_an_until_day_ends_the_trip(self, sentence: str, days: tuple[D, D]) -> None:
        """A trip's first day and an ``until``/``till``/``through`` day are its start and end."""
        assert [(s[4][1], s[4][2]) for s in _summaries(sentence) if s[4]] == [days]

    def test_an_until_day_far_away_is_no_end(self) -> None:
        """An ``until`` day beyond any stay tells of something else, not the trip."""
        got = _summaries(
            "Minister Arlen Voss arrived in Beijing on Tuesday; the accord runs until 2030."
        )
        assert [s[4] for s in got] == [("on Tuesday", D(2023, 6, 13), D(2023, 6, 13))]


class TestInvitedDescriptors:
    def test_the_upcoming_visit_told_again_with_its_dates(self) -> None:
        """``At the invitation of his counterpart, X, the Minister will visit Y``: one trip."""
        got = _summaries(
            "I will begin with the upcoming visit of Minister Arlen Voss to China. At the "
            "invitation of his Chinese counterpart, Minister Han Jie, the Minister will visit "
            "Beijing from 20 to 23 June. During the visit, he will review the work."
        )
        assert [s[:6] for s in got] == [
            (
                "Arlen Voss",
                "Beijing",
                "China",
                "Han Jie",
                ("from 20 to 23 June", D(2023, 6, 20), D(2023, 6, 23)),
                PLANNED,
            )
        ]

    def test_the_descriptor_is_the_person_named_before_the_invitation(self) -> None:
        """The host in apposition is not the ``the minister`` who travels."""
        got = _summaries(
            "Trade Minister Corin Hale said exports had grown.",
            "At the invitation of her counterpart, Minister Hu Ping, the minister will travel "
            "to Shanghai on Friday.",
        )
        assert [s[:4] for s in got] == [("Corin Hale", "Shanghai", "China", "Hu Ping")]


class TestDiplomatDescriptors:
    @pytest.mark.parametrize("descriptor", ["The Chinese diplomat", "The envoy"])
    def test_the_diplomat_who_flew_is_the_envoy_named(self, descriptor: str) -> None:
        """``The Chinese diplomat, who flew to Y`` is the consul or ambassador named before."""
        got = _summaries(
            "Consul General in Lahore Wu Lin opened a school in Multan on Monday.",
            f"{descriptor}, who flew to Multan for the ceremony, said schools mattered.",
        )
        assert [s[:2] for s in got] == [("Wu Lin", "Multan")]

    def test_a_diplomat_is_someone_new(self) -> None:
        """An indefinite ``a Chinese diplomat`` is not the envoy named before."""
        got = _summaries(
            "Ambassador Wu Lin opened a school in Lahore on Monday.",
            "A Chinese diplomat who flew to Multan on Tuesday said schools mattered.",
        )
        assert [s[:2] for s in got] == [("A Chinese diplomat", "Multan")]


class TestArrivalForARegionVisit:
    @pytest.mark.parametrize("on", ["for", "on"])
    def test_the_region_visit_is_the_arrivals_trip(self, on: str) -> None:
        """``arrived in a city on Friday for a four-day visit to its region``: one trip."""
        got = _summaries(
            "Minister Arlen Voss arrived in Kashgar on Friday "
            f"{on} a four-day visit to the Xinjiang Uygur Autonomous Region.",
            date="2023-06-17",
        )
        assert got == [
            (
                "Arlen Voss",
                "Kashgar",
                "China",
                None,
                ("on Friday", D(2023, 6, 16), D(2023, 6, 19)),
                ONGOING,
                ("four-day",),
                VISIT,
            )
        ]

    def test_a_region_visit_told_apart_is_a_trip_of_its_own(self) -> None:
        """``visited Lahore, and his visit to Sindh will follow``: no purpose phrase, two trips."""
        got = _summaries(
            "Minister Arlen Voss visited Lahore on Monday, and his visit to Sindh will follow "
            "next week."
        )
        assert [s[:2] + s[5:6] for s in got] == [
            ("Arlen Voss", "Lahore", PAST),
            ("Arlen Voss", "Sindh", PLANNED),
        ]


class TestSurnameRepeats:
    def test_a_surname_repeated_is_the_person_named_in_full(self) -> None:
        """``Ambassador Lu will travel`` after ``Ambassador Lu said`` is still Lu Renhai in full."""
        got = _summaries(
            "Ambassador Lu Renhai visited Multan on Monday.",
            "Ambassador Lu said that schools mattered.",
            "Ambassador Lu will travel to Quetta on Friday.",
        )
        assert [s[:2] for s in got] == [("Lu Renhai", "Multan"), ("Lu Renhai", "Quetta")]


class TestAcceptedInvitations:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Vice Premier Wen Bo accepted Senator Aslam Khan's invitation to visit Lahore in July.",
            "Vice Premier Wen Bo accepted an invitation from Senator Aslam Khan to visit Lahore "
            "in July.",
        ],
    )
    def test_the_accepter_travels_and_the_inviter_hosts(self, sentence: str) -> None:
        """``X accepted Y's invitation to visit Z``: X travels to Z and Y is the host."""
        assert [s[:6] for s in _summaries(sentence)] == [
            (
                "Wen Bo",
                "Lahore",
                "Pakistan",
                "Aslam Khan",
                ("in July", D(2023, 7, 1), D(2023, 7, 31)),
                PLANNED,
            )
        ]

    def test_a_host_by_title_is_not_the_visitor_with_that_title(self) -> None:
        """``received by the governor of Punjab`` is no governor who travels: kept as written."""
        got = _summaries(
            "Governor Han Jie visited Lahore on Monday.",
            "He was received by the governor of Punjab at the airport.",
        )
        assert [s[:4] for s in got] == [("Han Jie", "Lahore", "Pakistan", "the governor of Punjab")]

    def test_an_inviter_named_by_surname_is_the_person_named_in_full(self) -> None:
        """The inviter told by title and surname is the host named in full before."""
        got = _summaries(
            "Senator Aslam Khan chaired the talks in Beijing.",
            "Wen Bo accepted Senator Khan’s invitation to visit Lahore in July.",
        )
        assert [s[:4] for s in got] == [("Wen Bo", "Lahore", "Pakistan", "Aslam Khan")]


class TestPronounLeaders:
    def test_a_body_led_by_him_is_the_person_the_pronoun_stands_for(self) -> None:
        """``A team headed by her will tour Y, she said``: the leader is the woman named before."""
        got = _summaries(
            "Trade Minister Corin Hale said exports had grown.",
            "A business team headed by her will tour Urumqi next week, she said.",
        )
        assert [s[:2] + s[5:6] for s in got] == [("Corin Hale", "Urumqi", PLANNED)]


class TestMoreTravelWording:
    def test_who_flew_in_came_to_the_datelines_place(self) -> None:
        """``who flew in aboard the first service`` names no place: the dateline's is meant."""
        got = _summaries(
            "GWADAR: The governor, Han Jie, who flew in aboard the first service, said the "
            "airport would open the city."
        )
        assert [s[:2] for s in got] == [("Han Jie", "Gwadar")]

    def test_flew_in_an_aircraft_to_a_place_goes_there(self) -> None:
        """``flew in a special aircraft to Y`` names its place after ``to``: not the dateline."""
        got = _summaries("ISLAMABAD: Minister Arlen Voss flew in a special aircraft to Gwadar.")
        assert [s[:2] for s in got] == [("Arlen Voss", "Gwadar")]

    def test_arrived_in_names_its_own_place(self) -> None:
        """Only ``flew in`` stands for the story's place: ``arrived in a hurry`` names none."""
        assert _summaries("GWADAR: Minister Arlen Voss arrived in a hurry and left.") == []

    def test_who_flew_in_came_to_the_openings_place_without_a_dateline(self) -> None:
        """With no dateline the opening paragraph's city is where the story, and the visitor, is."""
        got = _summaries(
            "The first ferry docked at Ormara on Monday after a two-year wait.",
            "Minister Arlen Voss, who flew in on the maiden flight, said the port would grow.",
            "Governor Han Jie flew in from Karachi on Tuesday.",
        )
        assert [s[:2] for s in got] == [("Arlen Voss", "Ormara"), ("Han Jie", "Ormara")]

    @pytest.mark.parametrize("drove", ["drove up to", "drove down to", "drove to"])
    def test_a_drive_to_a_place_is_a_trip_over(self, drove: str) -> None:
        """``X drove up to Y on Monday`` is a trip, told as over like ``travelled to``."""
        got = _summaries(f"Chief Minister Nadia Baig, who {drove} Sost on Monday, spoke there.")
        assert [s[:2] + s[4:6] for s in got] == [
            ("Nadia Baig", "Sost", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)
        ]

    def test_a_drive_to_do_something_is_no_trip(self) -> None:
        """The noun ``drive`` (``the drive to boost exports to China``) is no travel word."""
        assert _summaries("The drive to boost exports to China will continue.") == []

    @pytest.mark.parametrize(
        "body", ["a business mission", "a team of 12 engineers", "a delegation of 20 rice traders"]
    )
    def test_leading_a_body_to_a_place_is_the_leaders_trip(self, body: str) -> None:
        """``will lead a business mission (a team of 12 engineers) to Y``: the leader travels."""
        got = _summaries(
            f"Trade Minister Corin Hale will lead {body} to Chengdu from June 25 to 29."
        )
        assert [s[:2] + s[4:6] for s in got] == [
            (
                "Corin Hale",
                "Chengdu",
                ("from June 25 to 29", D(2023, 6, 25), D(2023, 6, 29)),
                PLANNED,
            )
        ]


class TestTripsPutOffEarlier:
    @pytest.mark.parametrize(
        "put_off",
        [
            "The premier's trip, first set for May, was delayed by the budget session.",
            "Voss had been due to visit China in May, but the trip was put off after floods.",
        ],
    )
    def test_the_trip_put_off_is_the_one_under_way(self, put_off: str) -> None:
        """A trip told as put off, in a story of the same trip under way, is no second trip."""
        got = _summaries(
            "Prime Minister Arlen Voss arrived in Beijing on Monday on a three-day visit.", put_off
        )
        assert [s[:2] + s[5:6] for s in got] == [("Arlen Voss", "Beijing", ONGOING)]

    def test_a_put_off_told_of_the_trip_under_way_leaves_it_under_way(self) -> None:
        """``The visit, originally scheduled for May, was postponed``: it is under way now."""
        got = _summaries(
            "Prime Minister Arlen Voss arrived in Beijing on Monday on a three-day visit.",
            "The visit, originally scheduled for May, was postponed because of the budget session.",
        )
        assert [s[:2] + s[5:6] for s in got] == [("Arlen Voss", "Beijing", ONGOING)]

    def test_a_first_plan_is_dated_in_the_past(self) -> None:
        """``was originally due to visit Y in April`` is this past April: the trip under way."""
        got = _summaries(
            "Prime Minister Arlen Voss arrived in Beijing on Monday on a three-day visit.",
            "He was originally due to visit China in April, but the trip was delayed.",
        )
        assert [s[:2] + s[5:6] for s in got] == [("Arlen Voss", "Beijing", ONGOING)]

    @pytest.mark.parametrize(
        ("put_off", "status"),
        [
            ("had earlier been postponed twice", PLANNED),
            ("has been postponed", VisitStatus.POSTPONED),
        ],
    )
    def test_a_trip_put_off_before_is_planned_again(
        self, put_off: str, status: VisitStatus
    ) -> None:
        """``The visit had earlier been postponed`` leaves it planned; ``has been`` puts it off."""
        got = _summaries(
            "Prime Minister Arlen Voss will arrive in Beijing on June 20.", f"The visit {put_off}."
        )
        assert [s[5] for s in got] == [status]

    def test_a_past_perfect_plan_is_dated_in_the_past(self) -> None:
        """``had been due to visit Y in August`` is last August, not the next one."""
        got = _summaries(
            "Prime Minister Arlen Voss had been due to visit China in August, but the trip was "
            "put off after floods."
        )
        assert [s[4:6] for s in got] == [
            (("in August", D(2022, 8, 1), D(2022, 8, 31)), VisitStatus.POSTPONED)
        ]

    def test_a_trip_put_off_after_one_made_is_another(self) -> None:
        """A trip put off to Y, due after a trip to Y already made, stays a trip of its own."""
        got = _summaries(
            "Prime Minister Arlen Voss visited China in March 2022.",
            "His visit to China planned for next month has been postponed.",
        )
        assert [s[:2] + s[5:6] for s in got] == [
            ("Arlen Voss", "China", PAST),
            ("Arlen Voss", "China", VisitStatus.POSTPONED),
        ]


class TestSitesAndPlantsVisited:
    def test_a_firms_plant_in_a_city_is_a_visit_to_the_city(self) -> None:
        """``visited Sanli’s plant in Qingdao on Oct. 3``: the site's city; its owner hosts."""
        got = _summaries(
            "Pakistan’s commerce minister, Asma Rauf, visited Sanli’s plant in Qingdao on Oct. 3."
        )
        assert [s[:2] + s[3:5] for s in got] == [
            ("Asma Rauf", "Qingdao", "Sanli", ("on Oct. 3", D(2022, 10, 3), D(2022, 10, 3)))
        ]

    def test_the_site_is_the_projects_place_not_a_province_named_later(self) -> None:
        """``visited the site`` after a project, then a provincial body: the project's place."""
        got = _summaries(
            "Work on the Dhabeji Special Economic Zone has resumed.",
            "A grant was approved by the Sindh Board of Investment on Friday.",
            "A team led by engineer Zhao Ming visited the site on Monday.",
        )
        assert [s[:2] for s in got] == [("Zhao Ming", "Dhabeji")]

    def test_a_site_named_like_a_project_is_at_the_place_it_is_named_after(self) -> None:
        """``the Tolipur site`` of ``the Tolipur and Kandar projects`` is Tolipur, if unknown."""
        got = _summaries(
            "ISLAMABAD: The 300MW Tolipur and the 600MW Kandar projects have stalled.",
            "Governor Han Jie visited the Tolipur site last month and met residents.",
        )
        assert [s[:3] for s in got] == [("Han Jie", "Tolipur", "Pakistan")]

    def test_a_site_named_like_no_project_is_no_place(self) -> None:
        """``the Sanli site`` with no project named after Sanli names no place: no visit."""
        assert _summaries("Governor Han Jie visited the Sanli site on Monday.") == []

    def test_a_countrys_province_is_the_province(self) -> None:
        """``a tour of China's eastern Jiangsu province`` goes to Jiangsu, not China."""
        got = _summaries("Governor Han Jie has begun a tour of China's eastern Jiangsu province.")
        assert [s[:2] + s[5:6] for s in got] == [("Han Jie", "Jiangsu", ONGOING)]

    def test_a_title_in_the_lead_is_the_person_named_after_it(self) -> None:
        """A lead's ``The governor of Punjab has begun a tour of Y`` is the trip told next."""
        got = _summaries(
            "The governor of Pakistan's Punjab province has begun a tour of China's eastern "
            "Jiangsu province, hoping to draw investors.",
            "Arlen Voss, who is leading a delegation of 20 business people, said the trip "
            "mattered.",
            "Mr Voss arrived in Nanjing on Monday.",
        )
        assert [s[:2] + s[4:6] for s in got] == [
            ("Arlen Voss", "Nanjing", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), ONGOING)
        ]


class TestReceptionBesideATripPutOff:
    def test_the_reception_hosts_the_trip_under_way(self) -> None:
        """A reception with no place is of the trip under way, not of the one put off before."""
        got = _summaries(
            "Army chief General Arlen Voss arrived in Beijing on Sunday on a four-day visit.",
            "On his arrival, General Voss was received at the Bayi Building by General Zhang "
            "Hongwei, vice chairman of China’s Central Military Commission.",
            "General Voss had been due to visit China in May, but the trip was put off.",
        )
        assert [s[:4] + s[5:6] for s in got] == [
            ("Arlen Voss", "Beijing", "China", "Zhang Hongwei", ONGOING)
        ]


class TestMembersOfABody:
    def test_members_of_a_named_body_travel_as_the_body(self) -> None:
        """``Members of the X Committee visited Y``: the committee is the visitor."""
        got = _summaries(
            "Members of the Senate Standing Committee on Ports visited Gwadar on Monday."
        )
        assert [s[:2] for s in got] == [("Senate Standing Committee on Ports", "Gwadar")]

    def test_members_of_a_body_met_are_no_subject(self) -> None:
        """``X met members of the Y Committee and visited Z``: X travels, not the committee."""
        got = _summaries(
            "Zhang Wei met members of the Senate Standing Committee on Ports and visited Multan "
            "on Friday."
        )
        assert [s[:2] for s in got] == [("Zhang Wei", "Multan")]


class TestLengthsInWords:
    @pytest.mark.parametrize(
        ("sentence", "days"),
        [
            (
                "Minister Arlen Voss arrived in Beijing on Tuesday for four days of talks.",
                (D(2023, 6, 13), D(2023, 6, 16)),
            ),
            (
                "Governor Han Jie arrived in Lahore on Monday for a visit of three days.",
                (D(2023, 6, 12), D(2023, 6, 14)),
            ),
        ],
    )
    def test_a_length_in_words_ends_the_trip(self, sentence: str, days: tuple[D, D]) -> None:
        """``for four days of talks``, ``for a visit of three days`` give the trip its end."""
        assert [(s[4][1], s[4][2]) for s in _summaries(sentence) if s[4]] == [days]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Governor Liu Bo arrived in Multan on Monday; talks have stalled for two days.",
            "Governor Liu Bo arrived in Multan on Monday, where traders have protested for two "
            "days.",
        ],
    )
    def test_a_length_in_another_clause_is_not_the_trips(self, sentence: str) -> None:
        """A length told after a semicolon or in a relative clause dates something else."""
        assert [s[4] for s in _summaries(sentence)] == [
            ("on Monday", D(2023, 6, 12), D(2023, 6, 12))
        ]


class TestBodiesFromNamedOffices:
    def test_a_body_from_a_ministry_keeps_the_ministrys_full_name(self) -> None:
        """``a team from the Ministry of Ports will travel``: the of-phrase of a name goes on."""
        got = _summaries("A team from the Ministry of Ports will travel to Beijing next week.")
        assert [s[:2] for s in got] == [("A team from the Ministry of Ports", "Beijing")]


class TestTitlesInTheLead:
    def test_a_title_in_the_lead_is_the_person_titled_so_next(self) -> None:
        """With no other trip told, a lead's title is the next person named with that title."""
        got = _summaries(
            "LAHORE: The chief minister of Punjab will begin a visit to China's Sichuan province "
            "on Monday, officials said.",
            "Chief Minister Bilal Shah will meet investors in Chengdu on Tuesday.",
        )
        assert [s[:2] for s in got] == [("Bilal Shah", "Sichuan")]

    def test_each_place_of_a_titled_lead_stays_a_trip(self) -> None:
        """``A vice minister will travel to Y and Z`` named next: one trip to each of Y and Z."""
        got = _summaries(
            "A Chinese vice minister will travel to Turbat and Gwadar from June 26 to 29, "
            "two officials said.",
            "Vice Minister of Trade Lu Hao will meet the chief minister, one of them said.",
        )
        assert [s[:2] for s in got] == [("Lu Hao", "Turbat"), ("Lu Hao", "Gwadar")]


class TestLegsOfOneSpan:
    def test_a_later_day_inside_the_span_splits_two_places(self) -> None:
        """``to Y and Z from the 26th to 29th``, then ``to Z on the 28th``: two legs' dates."""
        got = _summaries(
            "Ambassador Lin Hao will travel to Turbat and Gwadar from June 26 to 29.",
            "He will spend two days in Turbat before flying to Gwadar on June 28.",
        )
        assert [s[:2] + s[4:6] for s in got] == [
            ("Lin Hao", "Turbat", ("from June 26 to 29", D(2023, 6, 26), D(2023, 6, 27)), PLANNED),
            ("Lin Hao", "Gwadar", ("on June 28", D(2023, 6, 28), D(2023, 6, 29)), PLANNED),
        ]

    def test_one_place_keeps_its_span(self) -> None:
        """A day told inside the span of a one-place trip is a day of it, not a second leg."""
        got = _summaries(
            "Ambassador Lin Hao will travel to Gwadar from June 26 to 29.",
            "He will fly to Gwadar on June 28.",
        )
        assert [s[:2] + s[4:5] for s in got] == [
            ("Lin Hao", "Gwadar", ("from June 26 to 29", D(2023, 6, 26), D(2023, 6, 29)))
        ]


class TestLengthsAndEndedSteps:
    @pytest.mark.parametrize(
        ("sentence", "when"),
        [
            (
                "Minister Arlen Voss flew to Quetta on Monday and spent two days reviewing the "
                "accounts.",
                ("on Monday", D(2023, 6, 12), D(2023, 6, 13)),
            ),
            (
                "A team led by Finance Secretary Omar Zaidi will leave for Beijing on Friday for "
                "a week-long round of talks with the lenders.",
                ("on Friday", D(2023, 6, 16), D(2023, 6, 22)),
            ),
        ],
    )
    def test_a_length_after_the_trip_fills_its_end(
        self, sentence: str, when: tuple[str, D, D]
    ) -> None:
        """``and spent two days``, ``for a week-long round of talks`` give the trip its end."""
        assert [s[4] for s in _summaries(sentence)] == [when]

    def test_a_recent_arrival_whose_days_are_over_is_past(self) -> None:
        """An arrival two days ago that lasted two days ended yesterday: the trip is over."""
        got = _summaries("Minister Arlen Voss flew to Quetta on Monday and spent two days there.")
        assert [s[5] for s in got] == [PAST]

    def test_an_arrival_after_earlier_is_past(self) -> None:
        """``Earlier, X landed in Y on Monday and toured Z``: a step the story has moved past."""
        got = _summaries(
            "Earlier, Ambassador Lin Hao landed in Sukkur on Monday and toured the barrage."
        )
        assert [(s[0], s[1], s[4], s[5]) for s in got] == [
            ("Lin Hao", "Sukkur", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST)
        ]


class TestMoreTravelWordings:
    @pytest.mark.parametrize(
        ("paragraphs", "expected"),
        [
            (
                ("KARACHI: Ambassador Lin Hao flew in from Kunming on Sunday.",),
                [("Lin Hao", "Karachi", ("on Sunday", D(2023, 6, 11), D(2023, 6, 11)), PAST)],
            ),
            (
                ("Minister Arlen Voss is due to travel on to Peshawar on Friday.",),
                [
                    (
                        "Arlen Voss",
                        "Peshawar",
                        ("on Friday", D(2023, 6, 16), D(2023, 6, 16)),
                        PLANNED,
                    )
                ],
            ),
            (
                ("Ambassador Lin Hao will stop in Hotan before flying to Kashgar on Friday.",),
                [
                    ("Lin Hao", "Hotan", None, PLANNED),
                    ("Lin Hao", "Kashgar", ("on Friday", D(2023, 6, 16), D(2023, 6, 16)), PLANNED),
                ],
            ),
            (
                ("Minister Arlen Voss also stopped over in Hotan on June 2.",),
                [("Arlen Voss", "Hotan", ("on June 2", D(2023, 6, 2), D(2023, 6, 2)), PAST)],
            ),
            (
                ("Minister Arlen Voss will stop in Chengdu on Friday.",),
                [("Arlen Voss", "Chengdu", ("on Friday", D(2023, 6, 16), D(2023, 6, 16)), PLANNED)],
            ),
            (
                ("Wang Bo first came to Multan in 2018 as part of a trade delegation.",),
                [("Wang Bo", "Multan", ("in 2018", D(2018, 1, 1), D(2018, 12, 31)), PAST)],
            ),
        ],
    )
    def test_a_travel_wording_gives_its_trip(
        self, paragraphs: tuple[str, ...], expected: list[tuple[object, ...]]
    ) -> None:
        """``travel on to``, ``stopped over in``, ``will stop in``, ``flying to``, ``came to``."""
        assert [(s[0], s[1], s[4], s[5]) for s in _summaries(*paragraphs)] == expected

    def test_flown_in_from_a_place_with_no_story_place_goes_nowhere(self) -> None:
        """``flew in from Y`` names where one came from: with no dateline it is no trip to Y."""
        assert _summaries("Ambassador Lin Hao flew in from Kunming on Sunday.") == []

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The training frigate Zheng He docked at Port Qasim on Saturday for a five-day "
                "goodwill call.",
                (
                    "Zheng He",
                    "Port Qasim",
                    ("on Saturday", D(2023, 6, 10), D(2023, 6, 14)),
                    ONGOING,
                ),
            ),
            (
                "The Chinese survey ship Hai Yang sailed into Karachi on Monday.",
                ("Hai Yang", "Karachi", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), ONGOING),
            ),
        ],
    )
    def test_a_ship_calling_is_a_visitor(self, sentence: str, expected: tuple[object, ...]) -> None:
        """A ship that docks at or sails into a port calls there; its call's days are the trip's."""
        assert [(s[0], s[1], s[4], s[5]) for s in _summaries(sentence)] == [expected]


class TestPossessedBodies:
    def test_a_possessed_body_with_a_relative_clause_is_the_owners(self) -> None:
        """``His delegation, which included members of X, stopped in Y``: his trip, not X's."""
        got = _summaries(
            "Senator Omar Zaidi arrived in Urumqi on June 1.",
            "His delegation, which included two members of the National Assembly, also stopped "
            "in Hotan on June 5.",
            "He will stop in Chengdu on Friday.",
        )
        assert [s[:2] for s in got] == [
            ("Omar Zaidi", "Urumqi"),
            ("Omar Zaidi", "Hotan"),
            ("Omar Zaidi", "Chengdu"),
        ]


class TestCoordinatedClauses:
    def test_a_second_verb_after_and_shares_the_first_ones_visitor(self) -> None:
        """``X will leave for Y to attend Z and will also visit W``: X goes to W, not Z."""
        got = _summaries(
            "Trade adviser Ali Raza said that a 30-member chamber delegation would leave for "
            "Chengdu on June 20 to attend the Western China Fair and would also visit Chongqing."
        )
        assert [s[:2] for s in got] == [
            ("a 30-member chamber delegation", "Chengdu"),
            ("a 30-member chamber delegation", "Chongqing"),
        ]

    def test_a_clause_after_comma_and_has_its_own_subject(self) -> None:
        """``She came back in May, and her deputy, X, will travel to Y``: X's trip, X's dates."""
        got = _summaries(
            "Zhou Na came to Multan in 2018.",
            "She came back in May, and her deputy, Omar Zaidi, will travel to Multan from "
            "October 3 to 5.",
        )
        assert [(s[0], s[1], s[4], s[5]) for s in got] == [
            ("Zhou Na", "Multan", ("in 2018", D(2018, 1, 1), D(2018, 12, 31)), PAST),
            (
                "Omar Zaidi",
                "Multan",
                ("from October 3 to 5", D(2023, 10, 3), D(2023, 10, 5)),
                PLANNED,
            ),
        ]


class TestCancellationsOfOthers:
    def test_a_trip_by_another_called_off_leaves_the_first_trip_planned(self) -> None:
        """``X will fly to Y, while a trip by Z has been called off``: X's trip stands."""
        got = _summaries(
            "Deputy Governor Ali Raza will fly to Chengdu next week to join the commerce secretary "
            "there, while a trip by the planning minister has been called off."
        )
        assert [(s[0], s[1], s[5]) for s in got] == [("Ali Raza", "Chengdu", PLANNED)]

    def test_a_pronouns_trip_is_not_that_of_someone_it_joins(self) -> None:
        """``He will travel to Y to join the finance secretary``: his trip, not the secretary's."""
        got = _summaries(
            "A team led by Finance Secretary Imdad Ali will leave for Beijing on Friday for talks.",
            "Last month, State Bank Governor Danish Khan visited Shanghai and met bank executives.",
            "He is now scheduled to travel to Beijing later this month to join the finance "
            "secretary for the final round.",
        )
        assert [(s[0], s[1], s[5]) for s in got] == [
            ("Imdad Ali", "Beijing", PLANNED),
            ("Danish Khan", "Shanghai", PAST),
            ("Danish Khan", "Beijing", PLANNED),
        ]

    def test_a_trip_scrapped_a_sentence_before_is_one_cancelled_trip(self) -> None:
        """A scrapped trip told again in the past perfect is one trip; ``It`` is its leader."""
        got = _summaries(
            "A Chinese trade mission's planned trip to the southern Pakistani coastal town of "
            "Turbat has been scrapped.",
            "The mission, headed by Ma Jun, had been due to reach Turbat on Friday.",
            "It will go on to Karachi on Thursday for two days of talks, officials said.",
        )
        assert [(s[0], s[1], s[5]) for s in got] == [
            ("Ma Jun", "Turbat", VisitStatus.CANCELLED),
            ("Ma Jun", "Karachi", PLANNED),
        ]
        assert got[1][4] == ("on Thursday", D(2023, 6, 15), D(2023, 6, 16))


class TestGroupsAsVisitors:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "A group of 25 teachers from Yunnan Normal University will arrive in Karachi "
                "later this month.",
                [("A group of 25 teachers from Yunnan Normal University", "Karachi")],
            ),
            (
                "The five winning engineers will tour Wuhan and Changsha in August, the company "
                "said.",
                [
                    ("The five winning engineers", "Wuhan"),
                    ("The five winning engineers", "Changsha"),
                ],
            ),
            (
                "Twelve students from Punjab University will travel to Wuhan next month.",
                [("Twelve students from Punjab University", "Wuhan")],
            ),
        ],
    )
    def test_a_group_travels_with_its_from_phrase(
        self, sentence: str, expected: list[tuple[str, str]]
    ) -> None:
        """A body's or a plural group's ``from`` a named body stays in the visitor as written."""
        assert [s[:2] for s in _summaries(sentence)] == expected

    def test_a_plural_thing_is_no_group(self) -> None:
        """``The projects will reach Gwadar``: things, not people, so no trip."""
        assert _summaries("The projects will reach Gwadar by 2025.") == []


class TestVisitorsNamedLater:
    def test_a_nameless_title_is_the_person_the_next_sentence_opens_with(self) -> None:
        """``A vice chairman of X landed in Y. Zhou Ping, who ..., was met by Z``: Zhou's trip."""
        got = _summaries(
            "A vice chairman of the National People's Congress landed in Multan on Friday.",
            "Zhou Ping, who also heads a trade council, was met at the airport by Governor Ali "
            "Raza.",
        )
        assert [s[:4] for s in got] == [("Zhou Ping", "Multan", "Pakistan", "Ali Raza")]

    def test_a_nameless_title_with_no_one_named_after_stays(self) -> None:
        """With no name opening a sentence about the trip, the descriptor is the visitor."""
        got = _summaries(
            "A vice chairman of the National People's Congress landed in Multan on Friday.",
            "Governor Ali Raza said trade would grow.",
        )
        assert [s[:2] for s in got] == [
            ("A vice chairman of the National People's Congress", "Multan")
        ]


class TestDescriptorDestinations:
    @pytest.mark.parametrize(
        ("paragraphs", "expected"),
        [
            (
                (
                    "The Thar Block-II mine in Sindh will double its output, officials said.",
                    "The operator expected a Chinese survey team to arrive at the mine site next "
                    "week.",
                ),
                ("a Chinese survey team", "Thar"),
            ),
            (
                (
                    "The Thar Block-II mine in Sindh will double its output, officials said.",
                    "Energy Minister Omar Zaidi, who toured the coalfield in May, said more "
                    "plants would follow.",
                ),
                ("Omar Zaidi", "Thar"),
            ),
            (
                (
                    "Talks on the port city of Gwadar resumed on Monday, officials said.",
                    "Minister Ali Raza, who visited the port on Monday, said cargo had doubled.",
                ),
                ("Ali Raza", "Gwadar"),
            ),
            (
                (
                    "FAISALABAD: Chinese mills are moving to the city, traders said.",
                    "Minister Ali Raza, who toured the industrial city on Monday, said so.",
                ),
                ("Ali Raza", "Faisalabad"),
            ),
            (
                ("LAHORE: Consul General Zhao Lan visited the Sundar Industrial Estate.",),
                ("Zhao Lan", "Sundar Industrial Estate"),
            ),
        ],
    )
    def test_a_descriptor_destination_is_the_place_the_article_gave_it(
        self, paragraphs: tuple[str, ...], expected: tuple[str, str]
    ) -> None:
        """``the mine site``, ``the coalfield``, ``the port``, a named estate: where told."""
        assert [s[:2] for s in _summaries(*paragraphs)] == [expected]

    def test_an_ordinal_body_before_to_is_no_visitor(self) -> None:
        """``will be the second delegation to visit Y`` describes the subject, who travels."""
        got = _summaries(
            "General Ali Raza will visit China next week.",
            "His visit will be the second military delegation to visit China this year.",
        )
        assert [s[:2] for s in got] == [("Ali Raza", "China")]


class TestNominalPutOffTrips:
    def test_a_trip_noun_put_off_is_the_postponed_trip_of_its_agent(self) -> None:
        """``A visit by the X secretary to the Y zone ... put off``: the secretary's, postponed."""
        got = _summaries(
            "A visit by the Yunnan party secretary to the Gwadar free zone, expected next month, "
            "has been put off."
        )
        assert [(s[0], s[1], s[5]) for s in got] == [
            ("the Yunnan party secretary", "Gwadar", VisitStatus.POSTPONED)
        ]

    def test_a_title_to_a_person_stays_whole(self) -> None:
        """``Adviser to the Prime Minister X`` names no place: the title is kept whole."""
        got = _summaries("Adviser to the Prime Minister Ali Raza will visit Kunming on Friday.")
        assert [s[:2] for s in got] == [("Ali Raza", "Kunming")]


class TestToursUnderWay:
    def test_a_return_home_ahead_keeps_the_trip_under_way(self) -> None:
        """``reached Y on Monday and will fly home on Saturday``: under way until Saturday."""
        got = _summaries(
            "Minister Zhou Na reached Kunming on Monday and will fly home on Saturday."
        )
        assert [(s[4], s[5]) for s in got] == [
            (("on Monday", D(2023, 6, 12), D(2023, 6, 17)), ONGOING)
        ]

    def test_the_last_leg_before_a_next_one_is_under_way(self) -> None:
        """The last one-day leg, with the tour's next stop due this week, is under way."""
        got = _summaries(
            "Senator Omar Zaidi arrived in Urumqi on June 5 and flew to Kunming on June 12.",
            "He will stop in Chengdu on Friday before returning to Islamabad on Saturday.",
        )
        assert [(s[1], s[5]) for s in got] == [
            ("Urumqi", PAST),
            ("Kunming", ONGOING),
            ("Chengdu", PLANNED),
        ]

    def test_a_trip_last_week_before_a_new_one_stays_over(self) -> None:
        """``visited Y last week`` and ``will visit Z next week``: two trips, the first over."""
        got = _summaries(
            "Senator Omar Zaidi visited Urumqi last week.",
            "He will visit Chengdu on Friday.",
        )
        assert [(s[1], s[5]) for s in got] == [("Urumqi", PAST), ("Chengdu", PLANNED)]


class TestItForABody:
    @pytest.mark.parametrize(
        ("first", "visitor"),
        [
            ("The mission, headed by Ma Jun, met traders in Lahore on Friday.", "Ma Jun"),
            (
                "A Chinese trade delegation met traders in Lahore on Friday.",
                "A Chinese trade delegation",
            ),
        ],
    )
    def test_it_after_a_body_is_that_body(self, first: str, visitor: str) -> None:
        """``It will go on to Y`` after a body's sentence is its trip (its leader's, if led)."""
        got = _summaries(first, "It will go on to Multan on Monday.")
        assert [s[:2] for s in got] == [(visitor, "Multan")]

    def test_it_after_a_thing_is_no_visitor(self) -> None:
        """``The motorway is being widened. It will reach Gwadar``: a road reaches no one."""
        assert _summaries("The motorway is being widened.", "It will reach Gwadar by 2025.") == []


class TestComingBack:
    def test_a_return_after_a_first_trip_is_a_new_trip_there(self) -> None:
        """``X first came to Y in 2018. He returned last month``: a second trip to Y."""
        got = _summaries("Wang Bo first came to Multan in 2018.", "He returned last month.")
        assert [(s[0], s[1], s[4], s[5]) for s in got] == [
            ("Wang Bo", "Multan", ("in 2018", D(2018, 1, 1), D(2018, 12, 31)), PAST),
            ("Wang Bo", "Multan", ("last month", D(2023, 5, 1), D(2023, 5, 31)), PAST),
        ]

    def test_a_return_after_a_trip_is_coming_home(self) -> None:
        """``X visited Y last week. She returned on Monday``: she came home, no second trip."""
        got = _summaries("Minister Zhou Na visited Beijing last week.", "She returned on Monday.")
        assert [s[:2] for s in got] == [("Zhou Na", "Beijing")]


class TestSchedulesInThePresent:
    """Published on Wednesday 2024-03-13: a schedule told in the present lies ahead.

    Cases give the sentence, the time's text and its first and last day in March 2024.
    """

    @staticmethod
    def _read(sentence: str) -> list[tuple[object, ...]]:
        """Visitor, place, time and status of each visit in ``sentence``."""
        return [(s[0], s[1], s[4], s[5]) for s in _summaries(sentence, date="2024-03-13")]

    @pytest.mark.parametrize(
        ("sentence", "text", "first", "last"),
        [
            ("Corin Hale is travelling to Beijing on Friday.", "on Friday", 15, 15),
            ("Corin Hale leaves for Beijing on Tuesday to attend a forum.", "on Tuesday", 19, 19),
            ("Corin Hale flies to Beijing on Sunday on a three-day visit.", "on Sunday", 17, 19),
            ("Corin Hale leads a delegation to Beijing on Friday.", "on Friday", 15, 15),
            ("Corin Hale pays an official visit to Beijing on Sunday.", "on Sunday", 17, 17),
            ("Corin Hale is undertaking a visit to Beijing on Friday.", "on Friday", 15, 15),
            ("Corin Hale embarks on a three-day visit to Beijing on Monday.", "on Monday", 18, 20),
            ("Corin Hale arrives in Beijing on Sunday on a visit to China.", "on Sunday", 17, 17),
            ("On Friday, Corin Hale is flying to Beijing for talks.", "On Friday", 15, 15),
            (
                "Corin Hale, who leaves for Beijing on Tuesday, said it was time.",
                "on Tuesday",
                19,
                19,
            ),
            ("Corin Hale said she was leaving for Beijing on Friday.", "on Friday", 15, 15),
            (
                "Corin Hale told reporters that she was flying to Beijing on Sunday.",
                "on Sunday",
                17,
                17,
            ),
        ],
        ids=[
            "present progressive",
            "simple present",
            "length kept",
            "delegation",
            "light verb",
            "light verb progressive",
            "length of a trip noun",
            "trip noun after a verb",
            "time opening the sentence",
            "who clause before a past main verb",
            "reported progressive",
            "reported progressive after told",
        ],
    )
    def test_a_weekday_of_a_schedule_is_the_next_such_day(
        self, sentence: str, text: str, first: int, last: int
    ) -> None:
        """``is travelling to Y on Friday``, ``pays a visit to Y on Sunday``: one trip, ahead."""
        when = (text, D(2024, 3, first), D(2024, 3, last))
        assert self._read(sentence) == [("Corin Hale", "Beijing", when, PLANNED)]

    @pytest.mark.parametrize(
        ("sentence", "text", "first", "last", "status"),
        [
            ("Corin Hale is visiting Beijing on Wednesday.", "on Wednesday", 13, 13, ONGOING),
            (
                "Corin Hale is visiting Beijing from Monday to Friday.",
                "from Monday to Friday",
                11,
                15,
                ONGOING,
            ),
            (
                "Corin Hale is visiting Beijing, where he met Li Wen on Monday.",
                "on Monday",
                11,
                11,
                ONGOING,
            ),
            (
                "Corin Hale is visiting Beijing and met Li Wen on Monday.",
                "on Monday",
                11,
                11,
                ONGOING,
            ),
            ("Corin Hale arrived in Beijing on Friday.", "on Friday", 8, 8, PAST),
            (
                "On Monday, Corin Hale, who is visiting Beijing, met Li Wen.",
                "On Monday",
                11,
                11,
                ONGOING,
            ),
            (
                "Aides said Corin Hale was visiting Beijing on Monday when the deal was signed.",
                "on Monday",
                11,
                11,
                PAST,
            ),
        ],
        ids=[
            "today",
            "days holding today",
            "relative clause",
            "past verb",
            "report",
            "fronted",
            "reported past progressive with a past event",
        ],
    )
    def test_what_is_no_schedule_keeps_its_reading(
        self, sentence: str, text: str, first: int, last: int, status: VisitStatus
    ) -> None:
        """Today, days holding today, another clause's time and a report are not moved ahead."""
        when = (text, D(2024, 3, first), D(2024, 3, last))
        assert self._read(sentence) == [("Corin Hale", "Beijing", when, status)]


def _monday_trip(place: str, country: str) -> tuple[object, ...]:
    """Corin Hale's past trip to ``place`` on the Monday before the test articles' date."""
    when = ("on Monday", D(2023, 6, 12), D(2023, 6, 12))
    return ("Corin Hale", place, country, None, when, PAST, (), VISIT)


class TestMissionsVisited:
    @pytest.mark.parametrize(
        ("sentence", "place", "country"),
        [
            (
                "Senator Corin Hale visited Pakistan's embassy in Beijing on Monday.",
                "Beijing",
                "China",
            ),
            (
                "Senator Corin Hale visited the Chinese consulate in Karachi on Monday.",
                "Karachi",
                "Pakistan",
            ),
            (
                "Senator Corin Hale visited the Pakistani Embassy in Beijing on Monday.",
                "Beijing",
                "China",
            ),
            (
                "Senator Corin Hale visited China's largest port in Shanghai on Monday.",
                "Shanghai",
                "China",
            ),
            (
                "Senator Corin Hale visited the BOI office in Karachi on Monday.",
                "Karachi",
                "Pakistan",
            ),
        ],
        ids=["possessor country", "descriptor mission", "named mission", "owned site", "office"],
    )
    def test_a_mission_visited_is_a_trip_to_its_city(
        self, sentence: str, place: str, country: str
    ) -> None:
        """A mission, office or site is visited where it sits, not in the country owning it."""
        assert _summaries("LAHORE: " + sentence) == [_monday_trip(place, country)]

    @pytest.mark.parametrize(
        ("sentence", "place", "country"),
        [
            ("Senator Corin Hale visited the Chinese embassy on Monday.", "Islamabad", "Pakistan"),
            (
                "KARACHI: Senator Corin Hale visited the Chinese embassy on Monday.",
                "Islamabad",
                "Pakistan",
            ),
            (
                "BEIJING: Senator Corin Hale visited Pakistan's embassy on Monday.",
                "Beijing",
                "China",
            ),
            ("Senator Corin Hale called at the Embassy of Pakistan on Monday.", "Beijing", "China"),
            ("TEHRAN: Senator Corin Hale visited the Chinese embassy on Monday.", "Tehran", "Iran"),
            (
                "LAHORE: Senator Corin Hale visited the Chinese consulate on Monday.",
                "Lahore",
                "Pakistan",
            ),
        ],
        ids=["no dateline", "other city", "own mission", "of owner", "third host", "consulate"],
    )
    def test_a_mission_with_no_place_sits_in_the_host_country(
        self, sentence: str, place: str, country: str
    ) -> None:
        """No city named: an embassy sits in the host's capital, a consulate in the dateline."""
        assert _summaries(sentence) == [_monday_trip(place, country)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Senator Corin Hale visited the Chinese consulate on Monday.",
            "Senator Corin Hale visited the Iranian embassy on Monday.",
        ],
        ids=["consulate, no dateline", "no partner"],
    )
    def test_a_mission_the_text_does_not_place_is_no_visit(self, sentence: str) -> None:
        """A consulate with no dateline, a third country's embassy with none: no place, no trip."""
        assert _summaries(sentence) == []


class TestQuotedPlans:
    OPENING = "KARACHI: Ambassador Corin Hale met traders on Monday."

    @pytest.mark.parametrize(
        "quote",
        [
            "“I will visit Quetta next week,” he told reporters.",
            "“We hope to visit Quetta next week,” the ambassador said.",
            "“I will travel to Quetta next week,” said Corin Hale.",
            'He said: "We look forward to visiting Quetta next week."',
            "“I’ll travel to Quetta next week,” he said.",
        ],
        ids=["pronoun after", "title after, a wish", "said then name", "speaker before", "I'll"],
    )
    def test_a_first_person_plan_in_a_quote_is_the_speakers(self, quote: str) -> None:
        """A future trip is planned, quoted or not (guidelines); I/we is the quote's speaker."""
        when = ("next week", D(2023, 6, 19), D(2023, 6, 25))
        expected = [("Corin Hale", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)]
        assert _summaries(f"{self.OPENING} {quote}") == expected

    def test_a_quoted_hope_for_someone_else_is_not_the_speakers_trip(self) -> None:
        """``I hope the minister will visit`` makes the minister travel, not the speaker."""
        quote = "“I hope the minister will visit Quetta next week,” he said."
        when = ("next week", D(2023, 6, 19), D(2023, 6, 25))
        expected = [("the minister", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)]
        assert _summaries(f"{self.OPENING} {quote}") == expected

    def test_a_first_person_quote_with_no_speaker_tells_no_visitor(self) -> None:
        """With no reporting verb next to the quote, no one can be said to travel."""
        assert _summaries(f"{self.OPENING} “I will visit Quetta next week.”") == []

    @pytest.mark.parametrize(
        "quote",
        [
            "“We hope to come back to Quetta next week,” he said.",
            "“I will return to Quetta next week,” said Corin Hale.",
            'He said: "We will be back in Quetta next week."',
            "“We would love to come back to Quetta next week,” the ambassador said.",
        ],
        ids=["come back", "return to", "be back in", "would love to"],
    )
    def test_a_speakers_own_return_is_a_planned_trip(self, quote: str) -> None:
        """``“We hope to come back to Y,” he said``: the speaker plans a trip to Y again."""
        when = ("next week", D(2023, 6, 19), D(2023, 6, 25))
        expected = [("Corin Hale", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)]
        assert _summaries(f"{self.OPENING} {quote}") == expected

    @pytest.mark.parametrize(
        "sentence",
        [
            "Ambassador Corin Hale will return to Quetta next week.",
            "“They will come back to Quetta next week,” Ambassador Corin Hale said.",
        ],
        ids=["told, not quoted", "third person"],
    )
    def test_anyone_elses_return_is_no_trip(self, sentence: str) -> None:
        """``X will return to Y`` may be going home: only a speaker's own return is a trip."""
        assert _summaries(sentence) == []

    def test_a_quote_going_on_in_its_own_sentence_keeps_its_speaker(self) -> None:
        """``“...,” Hale said. “We will visit Y.”``: the second sentence is Hale's too."""
        quote = "“Traders were kind,” Hale said. “We will visit Quetta next week.”"
        when = ("next week", D(2023, 6, 19), D(2023, 6, 25))
        expected = [("Corin Hale", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)]
        assert _summaries(f"{self.OPENING} {quote}") == expected

    @pytest.mark.parametrize(
        ("opening", "place"),
        [
            ("SUKKUR: Chinese doctors ran a free eye camp in Thar this week.", "Thar"),
            ("SUKKUR: Chinese doctors ran a free eye camp this week.", "Sukkur"),
        ],
        ids=["scene of the opening", "dateline"],
    )
    def test_a_speakers_return_with_no_place_is_to_where_the_story_happens(
        self, opening: str, place: str
    ) -> None:
        """``“We hope to come back in May,” Hale said``: back to the opening's scene, or here."""
        quote = "“We hope to come back in May,” Corin Hale said."
        when = ("in May", D(2024, 5, 1), D(2024, 5, 31))
        assert [s[:2] + s[4:6] for s in _summaries(f"{opening} {quote}")] == [
            ("Corin Hale", place, when, PLANNED)
        ]

    def test_the_delegation_leader_is_the_one_it_was_led_by(self) -> None:
        """``,” the head of the delegation said`` after ``a delegation led by X``: X speaks."""
        opening = "QUETTA: A delegation led by Corin Hale toured Quetta on Monday."
        quote = "“We will visit Gwadar next week,” the head of the delegation told reporters."
        when = ("next week", D(2023, 6, 19), D(2023, 6, 25))
        assert [s[:2] + s[4:6] for s in _summaries(f"{opening} {quote}")] == [
            ("Corin Hale", "Quetta", ("on Monday", D(2023, 6, 12), D(2023, 6, 12)), PAST),
            ("Corin Hale", "Gwadar", when, PLANNED),
        ]


class TestSeatsOfFederalBodies:
    @pytest.mark.parametrize(
        ("sentence", "place", "country"),
        [
            ("Governor Corin Hale visited the BOI Secretariat on Monday.", "Islamabad", "Pakistan"),
            (
                "Governor Corin Hale visited the Planning Commission on Monday.",
                "Islamabad",
                "Pakistan",
            ),
            ("General Corin Hale visited the GHQ on Monday.", "Rawalpindi", "Pakistan"),
            ("Governor Corin Hale visited the NDRC on Monday.", "Beijing", "China"),
        ],
        ids=["BOI", "Planning Commission", "army headquarters", "NDRC"],
    )
    def test_a_federal_body_visited_is_a_trip_to_its_seat(
        self, sentence: str, place: str, country: str
    ) -> None:
        """A body that sits only in its capital is visited there, whatever the dateline."""
        assert _summaries("LAHORE: " + sentence) == [_monday_trip(place, country)]

    def test_a_provincial_twin_has_no_known_seat(self) -> None:
        """``the Punjab Board of Investment`` is no federal body: no seat is guessed for it."""
        assert (
            _summaries("KARACHI: Governor Corin Hale visited the Punjab Board of Investment.") == []
        )


class TestTripsLookedForwardTo:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Minister Corin Hale said she looked forward to visiting Quetta next week.",
            "Minister Corin Hale said she was looking forward to her visit to Quetta next week.",
        ],
        ids=["gerund", "trip noun"],
    )
    def test_a_trip_looked_forward_to_is_ahead(self, sentence: str) -> None:
        """The past tense of the wish is not the trip's: a trip looked forward to is planned."""
        when = ("next week", D(2023, 6, 19), D(2023, 6, 25))
        expected = [("Corin Hale", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)]
        assert _summaries("LAHORE: " + sentence) == expected


class TestGuestsOfALedDelegation:
    @pytest.mark.parametrize(
        "subject",
        ["The guests", "The visitors", "The Chinese guests"],
        ids=["guests", "visitors", "nationality"],
    )
    def test_the_guests_are_the_leader_of_the_delegation(self, subject: str) -> None:
        """``The guests`` take up ``a delegation led by X`` as ``the delegation`` does: X."""
        assert _summaries(
            "QUETTA: A delegation led by Vice Minister Tao Wenjing reached Quetta on Monday.",
            f"{subject} will tour Turbat on Friday.",
        )[1] == (
            "Tao Wenjing",
            "Turbat",
            "Pakistan",
            None,
            ("on Friday", D(2023, 6, 16), D(2023, 6, 16)),
            PLANNED,
            (),
            VISIT,
        )

    def test_guests_with_no_led_delegation_stay_as_written(self) -> None:
        """With no ``led by`` told, ``the guests`` name no one else."""
        assert [s[0] for s in _summaries("QUETTA: The guests will tour Turbat on Friday.")] == [
            "The guests"
        ]

    def test_a_leader_titled_by_province_is_named_after_it(self) -> None:
        """``led by Vice Governor of China's Hubei province X``: the title ends at ``province``."""
        assert (
            _summaries(
                "QUETTA: A delegation led by Vice Governor of China's Hubei province Tao Wenjing"
                " reached Quetta on Monday.",
                "The guests will tour Turbat on Friday.",
            )[1][0]
            == "Tao Wenjing"
        )


class TestSchedulesOfALedBody:
    def test_a_led_body_in_the_present_travels_on_the_coming_weekday(self) -> None:
        """``led by`` tells who leads, not when: the present schedule is on the coming Friday."""
        progressive = "A team led by Senator Corin Hale is flying to Urumqi on Friday for a fair."
        present = (
            "A delegation headed by Senator Corin Hale leaves for Urumqi on Friday, aides said."
        )
        when = ("on Friday", D(2023, 6, 16), D(2023, 6, 16))
        expected = [("Corin Hale", "Urumqi", "China", None, when, PLANNED, (), VISIT)]
        found = [_summaries("LAHORE: " + s) for s in (progressive, present)]
        assert found == [expected, expected]

    def test_a_led_body_in_the_past_stays_past(self) -> None:
        """A past verb after ``led by X`` still dates the trip to the past weekday."""
        when = ("on Friday", D(2023, 6, 9), D(2023, 6, 9))
        expected = [("Corin Hale", "Urumqi", "China", None, when, PAST, (), VISIT)]
        assert (
            _summaries("LAHORE: A team led by Senator Corin Hale flew to Urumqi on Friday.")
            == expected
        )


POSTPONED = VisitStatus.POSTPONED
ARRIVAL = "Governor Corin Hale reached Quetta on Monday."
"""A first trip that makes Corin Hale the visitor told last."""


def _after_arrival(sentence: str) -> list[tuple[object, ...]]:
    """Visitor and place of each trip ``sentence`` tells after :data:`ARRIVAL`."""
    return [s[:2] for s in _summaries(ARRIVAL, sentence)[1:]]


class TestPlannedTripsPutOff:
    def test_a_planned_trip_put_off_is_the_last_visitors(self) -> None:
        """``A planned trip to Y was postponed``: the visitor told before, status postponed."""
        assert _summaries(ARRIVAL, "A proposed visit to Turbat has been put off until autumn.")[
            1
        ] == ("Corin Hale", "Turbat", "Pakistan", None, None, POSTPONED, (), VISIT)

    def test_a_side_trip_called_off_has_no_side_as_visitor(self) -> None:
        """``A side trip`` is no actor ``A side``: the trip is the last visitor's."""
        found = _after_arrival("A side trip to Turbat was called off after floods.")
        assert found == [("Corin Hale", "Turbat")]

    def test_a_planned_trip_not_put_off_names_no_visitor(self) -> None:
        """Only a sentence that puts off or calls off the trip gives it to the last visitor."""
        assert _after_arrival("A planned trip to Turbat would boost trade, traders said.") == []

    def test_a_trip_to_a_site_at_a_place_is_to_that_place(self) -> None:
        """``a trip to the fish harbour at Y`` is a trip to Y, as ``visited the harbour at Y``."""
        found = _after_arrival("A planned trip to the fish harbour at Pasni was postponed.")
        assert found == [("Corin Hale", "Pasni")]


class TestTenseOfAJoinedClause:
    def test_a_past_clause_joined_after_a_comma_is_not_the_trips(self) -> None:
        """``is travelling to Y on Friday, and a trip to Z was put off``: Y is still ahead."""
        found = _summaries(
            "LAHORE: Governor Corin Hale is travelling to Quetta on Friday, and a planned trip"
            " to Turbat was postponed."
        )
        when = ("on Friday", D(2023, 6, 16), D(2023, 6, 16))
        assert found[0] == ("Corin Hale", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)


class TestExcursions:
    def test_an_excursion_put_off_is_a_postponed_trip(self) -> None:
        """``an excursion to Y`` is a trip noun: put off, it is kept with status postponed."""
        found = _after_arrival("A planned excursion to Ziarat was postponed due to snow.")
        assert found == [("Corin Hale", "Ziarat")]


class TestLegsAfterMeetings:
    TRIP = "LAHORE: Senator Corin Hale will visit China from June 19 to 23."
    LEGS = (("Corin Hale", "China"), ("Corin Hale", "Xi'an"))

    def _legs(self, met: str) -> tuple[tuple[object, ...], ...]:
        """Visitor and place of each trip when Hale holds talks ``met`` before a next leg."""
        leg = f"Hale will hold talks {met} in Beijing before flying to Xi'an on June 21."
        return tuple(s[:2] for s in _summaries(self.TRIP, leg))

    def test_a_body_met_at_is_no_traveller(self) -> None:
        """``talks at the trade ministry before flying to Y``: the ministry stays, Hale flies."""
        assert self._legs("at the trade ministry") == self.LEGS

    def test_a_named_body_is_passed_over_for_the_surname(self) -> None:
        """The words of ``the Silk Road Fund`` are no surname: ``Hale`` before them is tried."""
        assert self._legs("with the Silk Road Fund") == self.LEGS


class TestMembersOfALedDelegation:
    LED = "LAHORE: A delegation led by Senator Corin Hale arrived in Quetta on Tuesday."

    def test_the_group_is_the_leader(self) -> None:
        """``The group`` after ``a delegation led by X`` is X, as the gold names a delegation."""
        found = _summaries(self.LED, "The group will fly to Turbat on Thursday.")
        when = ("on Thursday", D(2023, 6, 15), D(2023, 6, 15))
        assert found[1] == ("Corin Hale", "Turbat", "Pakistan", None, when, PLANNED, (), VISIT)

    def test_members_told_by_office_are_the_leader(self) -> None:
        """``the lawmakers`` after ``a delegation led by X`` stand for X, also after ``that``."""
        found = _summaries(self.LED, "Hale said that the lawmakers would fly to Turbat on Friday.")
        when = ("on Friday", D(2023, 6, 16), D(2023, 6, 16))
        assert found[1] == ("Corin Hale", "Turbat", "Pakistan", None, when, PLANNED, (), VISIT)


class TestScopedDescriptors:
    def test_the_provincial_minister_is_a_minister_with_no_scope_in_the_title(self) -> None:
        """``the provincial minister`` is ``Sindh's ports minister X``: titles seldom tell scope."""
        found = _summaries(
            "KARACHI: Sindh's ports minister Corin Hale met bankers on Monday.",
            "The provincial minister flies to Turbat on Friday.",
        )
        when = ("on Friday", D(2023, 6, 16), D(2023, 6, 16))
        assert found == [("Corin Hale", "Turbat", "Pakistan", None, when, PLANNED, (), VISIT)]

    def test_the_provincial_minister_is_no_federal_minister(self) -> None:
        """A scope word rules out a title of the other scope: no federal minister is taken."""
        found = _summaries(
            "KARACHI: Federal Minister Corin Hale met bankers on Monday.",
            "The provincial minister flies to Turbat on Friday.",
        )
        assert [s[0] for s in found] == ["The provincial minister"]


class TestRankedAmongVisitors:
    def test_a_person_ranked_among_visitors_makes_no_trip(self) -> None:
        """``the first governor to tour Y`` describes someone: the infinitive tells no trip."""
        found = _summaries(
            "LAHORE: Governor Corin Hale will visit Quetta next week.",
            "She would be the first Punjabi governor to tour Turbat since 2019.",
        )
        assert [s[:2] for s in found] == [("Corin Hale", "Quetta")]

    def test_the_most_senior_official_to_visit_makes_no_trip(self) -> None:
        """``the most senior official to visit Y this year`` is no second trip to Y."""
        found = _summaries(
            "LAHORE: Vice Minister Corin Hale will arrive in Quetta on Monday.",
            "It would make Hale the most senior Chinese official to visit Pakistan this year.",
        )
        assert [s[:2] for s in found] == [("Corin Hale", "Quetta")]


class TestSettingOffUndated:
    def test_travelling_with_no_date_is_planned(self) -> None:
        """``is travelling to Y and Z`` with no date is ahead or on its way: planned, not past."""
        found = _summaries("Federal Minister Corin Hale is travelling to Quetta and Turbat.")
        assert [(s[1], s[4], s[5]) for s in found] == [
            ("Quetta", None, PLANNED),
            ("Turbat", None, PLANNED),
        ]


class TestReturnDayBeforeTheTrip:
    def test_the_range_of_a_trip_after_its_return_wins(self) -> None:
        """``came back on Friday after touring Y from June 2 to 5``: the trip's own range."""
        found = _summaries(
            "Adviser Corin Hale, who came back on Friday after touring Quetta from June 2 to 5,"
            " said the talks went well."
        )
        when = ("from June 2 to 5", D(2023, 6, 2), D(2023, 6, 5))
        assert found == [("Corin Hale", "Quetta", "Pakistan", None, when, PAST, (), VISIT)]

    def test_the_return_day_dates_a_trip_with_no_date_of_its_own(self) -> None:
        """With no time of its own, the trip after ``came back on Friday after`` keeps Friday."""
        found = _summaries("Adviser Corin Hale came back on Friday after touring Quetta.")
        assert [s[4] for s in found] == [("on Friday", D(2023, 6, 9), D(2023, 6, 9))]


class TestStatusFromTheTour:
    def test_a_leg_of_a_tour_over_is_past(self) -> None:
        """A recent leg inside a trip to that country that has ended is over too, not under way."""
        found = _summaries(
            "Minister Corin Hale, who returned home on Tuesday after visiting Beijing from June 9"
            " to 13, said the talks went well.",
            "Hale also flew to Chengdu on Monday, where she met investors.",
        )
        assert [(s[1], s[5]) for s in found] == [("Beijing", PAST), ("Chengdu", PAST)]

    def test_an_arrival_with_the_next_leg_ahead_is_under_way(self) -> None:
        """``X, who arrived in Y on Sunday, is to visit Z later this week``: X is still there."""
        found = _summaries(
            "Senator Corin Hale, who arrived in Beijing on Sunday at the head of a delegation, is"
            " also scheduled to visit Urumqi later this week."
        )
        assert [(s[1], s[5]) for s in found] == [("Beijing", ONGOING), ("Urumqi", PLANNED)]


class TestItineraryStops:
    def test_a_stay_left_without_its_verb_is_a_stop_of_its_own(self) -> None:
        """``will be in Y from .. and in Z from ..``: Z shares ``will be``, with its own days."""
        found = _summaries(
            "Senator Corin Hale will be in Quetta from June 20 to 22 and in Turbat from June 23"
            " to 25."
        )
        assert [(s[1], s[4], s[5]) for s in found] == [
            ("Quetta", ("from June 20 to 22", D(2023, 6, 20), D(2023, 6, 22)), PLANNED),
            ("Turbat", ("from June 23 to 25", D(2023, 6, 23), D(2023, 6, 25)), PLANNED),
        ]

    def test_stops_with_their_own_days_are_legs_of_a_country_trip(self) -> None:
        """A stay dated with days of its own is a leg beside the trip to its country."""
        found = _summaries(
            "ISLAMABAD: Senator Corin Hale will leave for China on Tuesday on a week-long visit.",
            "Under the programme, Hale will be in Chengdu from June 20 to 22.",
        )
        assert [(s[1], s[4]) for s in found] == [
            ("China", ("on Tuesday", D(2023, 6, 20), D(2023, 6, 26))),
            ("Chengdu", ("from June 20 to 22", D(2023, 6, 20), D(2023, 6, 22))),
        ]


class TestReportedPutOffTrips:
    def test_a_trip_by_a_led_body_is_its_leaders(self) -> None:
        """``a trip to Y by a delegation led by its chairman, X``: X travels, not the body."""
        found = _summaries(
            "He said a trip to Quetta by a CPPCC delegation led by its vice chairman, Corin Hale,"
            " has been put off to September."
        )
        when = ("September", D(2023, 9, 1), D(2023, 9, 30))
        assert found == [("Corin Hale", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)]

    def test_put_off_in_the_past_perfect_to_a_new_date_is_ahead(self) -> None:
        """``said the trip had been pushed back to September``: reported, the trip is ahead."""
        found = _summaries(
            "He said a trip to Quetta by Minister Corin Hale had been pushed back to September."
        )
        when = ("September", D(2023, 9, 1), D(2023, 9, 30))
        assert found == [("Corin Hale", "Quetta", "Pakistan", None, when, PLANNED, (), VISIT)]

    def test_put_off_to_may_is_the_month(self) -> None:
        """``postponed to May``: the month, though a bare ``May`` is read as the modal elsewhere."""
        found = _summaries("A trip to Quetta by Minister Corin Hale has been postponed to May.")
        assert [s[4] for s in found] == [("May", D(2024, 5, 1), D(2024, 5, 31))]


class TestSiteOfAPlantNamedBefore:
    LEDE = "LAHORE: The Qadirabad Nuclear Power Plant in Punjab was finished on Monday."
    RIND = (
        "Corin Hale, chairman of the Pakistan Atomic Energy Commission, who visited the site on"
        " Saturday, said the plant would help."
    )

    def test_a_person_titled_with_a_body_makes_the_relative_clauses_trip(self) -> None:
        """``X, chairman of the Y Commission, who visited``: X travels, not the commission."""
        found = _summaries(self.LEDE, "Its engineer said work was on time.", self.RIND)
        assert [s[0] for s in found] == ["Corin Hale"]

    def test_the_site_is_at_the_place_a_plant_is_named_after(self) -> None:
        """``the site`` of ``the Qadirabad Nuclear Power Plant``, a place the gazetteer lacks."""
        found = _summaries(self.LEDE, "Its engineer said work was on time.", self.RIND)
        when = ("on Saturday", D(2023, 6, 10), D(2023, 6, 10))
        assert found == [("Corin Hale", "Qadirabad", "Pakistan", None, when, PAST, (), VISIT)]


class TestReturnToAPlace:
    @pytest.mark.parametrize(
        "back",
        ["but he will return to Lahore on Thursday", "and will be back in Lahore on Thursday"],
    )
    def test_a_stated_return_day_ends_the_trip(self, back: str) -> None:
        """``leaves for Y on Sunday ... return to Lahore on Thursday``: Sunday to Thursday."""
        found = _summaries(f"LAHORE: Governor Corin Hale leaves for Quetta on Sunday, {back}.")
        assert [s[4] for s in found] == [("on Sunday", D(2023, 6, 18), D(2023, 6, 22))]


class TestUnknownLastPlaceOfAList:
    def test_a_last_item_the_gazetteer_lacks_is_a_place_of_the_first_ones_country(self) -> None:
        """``Quetta and Khuzdarabad from June 20 to 23``: the unknown item is a stop too."""
        found = _summaries(
            "Governor Corin Hale will visit Quetta and Khuzdarabad from June 20 to 23."
        )
        when = ("from June 20 to 23", D(2023, 6, 20), D(2023, 6, 23))
        assert [(s[1], s[2], s[4]) for s in found] == [
            ("Quetta", "Pakistan", when),
            ("Khuzdarabad", "Pakistan", when),
        ]

    def test_a_name_after_and_is_no_place(self) -> None:
        """``flew to Y and Wang said ...``: a word before a verb opens a clause, no list item."""
        found = _summaries("Governor Corin Hale flew to Quetta and Wang said talks went well.")
        assert [s[1] for s in found] == ["Quetta"]


class TestBodyWithItsAbbreviation:
    def test_a_body_named_with_its_abbreviation_is_visited_at_the_place_after(self) -> None:
        """``visited the Marine Training and Research Authority (MTRA) in Y``: a trip to Y."""
        found = _summaries(
            "Earlier this month, Corin Hale visited the Marine Training and Research Authority"
            " (MTRA) in Karachi."
        )
        assert [s[:2] for s in found] == [("Corin Hale", "Karachi")]


class TestReturnsToAPlaceVisited:
    VISIT = "Minister Corin Hale was in Gwadar on Tuesday to inspect the road."

    def test_a_return_to_a_place_visited_is_another_trip(self) -> None:
        """``He will return to the port city later this month``: a new trip to the place visited."""
        found = _summaries(
            self.VISIT, "He is scheduled to return to the port city later this month."
        )
        assert [(s[1], s[4], s[5]) for s in found] == [
            ("Gwadar", ("on Tuesday", D(2023, 6, 13), D(2023, 6, 13)), PAST),
            ("Gwadar", ("later this month", D(2023, 6, 15), D(2023, 6, 30)), PLANNED),
        ]

    def test_a_return_elsewhere_is_going_home(self) -> None:
        """``He will return to Islamabad``, a place no trip went to: going home, no trip."""
        found = _summaries(self.VISIT, "He will return to Islamabad on Wednesday.")
        assert [s[1] for s in found] == ["Gwadar"]


class TestLegsOfATour:
    PUT_OFF = (
        "LAHORE: Governor Corin Hale has put off the Chengdu and Dunhuang legs of her China tour."
    )

    def test_legs_put_off_are_trips_of_their_own(self) -> None:
        """``put off the Y and Z legs of her tour``: two put-off trips, one a place unknown."""
        found = _summaries(self.PUT_OFF)
        assert [(s[1], s[2], s[5]) for s in found] == [
            ("Chengdu", "China", POSTPONED),
            ("Dunhuang", "China", POSTPONED),
        ]

    def test_a_leg_that_goes_ahead_is_not_put_off(self) -> None:
        """The tour's other leg, going ahead ``as planned``, does not take the legs' status."""
        found = _summaries(self.PUT_OFF, "She will still leave for Beijing on Monday as planned.")
        assert [(s[1], s[5]) for s in found][-1] == ("Beijing", PLANNED)


class TestLegsOfACountryTrip:
    TRIP = "LAHORE: Governor Corin Hale will lead a delegation to China next week."

    def test_the_subject_after_according_to_travels(self) -> None:
        """``According to spokesperson X, the governor will travel``: the governor, not X."""
        found = _summaries(
            self.TRIP,
            "According to spokesperson Ali Tareen, the governor will first travel to Beijing on"
            " Monday.",
        )
        assert [(s[0], s[1]) for s in found] == [
            ("Corin Hale", "China"),
            ("Corin Hale", "Beijing"),
        ]

    def test_the_capital_on_a_day_inside_the_country_trip_is_a_leg(self) -> None:
        """The capital dated to one day inside the country trip's days is a leg, not the trip."""
        found = _summaries(self.TRIP, "Hale will first fly to Beijing on Monday.")
        assert [(s[1], s[4]) for s in found] == [
            ("China", ("next week", D(2023, 6, 19), D(2023, 6, 25))),
            ("Beijing", ("on Monday", D(2023, 6, 19), D(2023, 6, 19))),
        ]

    def test_the_capital_with_no_day_of_its_own_stands_for_the_country(self) -> None:
        """``a visit to Islamabad`` told after a trip to Pakistan is that trip, not a leg."""
        found = _summaries(
            "BEIJING: Premier Corin Hale will visit Pakistan next week.",
            "Hale's visit to Islamabad will boost ties.",
        )
        assert [s[1] for s in found] == ["Islamabad"]


class TestFacilityPlaceAfterAPassive:
    def test_a_facility_being_built_near_a_place_is_there(self) -> None:
        """``the dam is being built near Y ... toured the dam site``: the site is at Y."""
        found = _summaries(
            "The Kirthar dam is being built near Jamshoro.",
            "Dr Corin Hale toured the dam site last week.",
        )
        assert [s[:2] for s in found] == [("Corin Hale", "Jamshoro")]


class TestAnyonesAbility:
    def test_what_anyone_could_reach_is_no_trip(self) -> None:
        """``a trader in X could be in Y by lunch`` tells an ability of anyone, not a trip."""
        found = _summaries(
            'LAHORE: "Once it opens, a trader in Kashgar could be in Sost by lunch," she said.'
        )
        assert found == []

    def test_a_named_visitor_who_could_go_still_plans_a_trip(self) -> None:
        """A named person who ``could visit Y next month`` keeps the planned trip."""
        found = _summaries("LAHORE: Governor Corin Hale could visit Gwadar next month.")
        assert [(s[0], s[1], s[5]) for s in found] == [("Corin Hale", "Gwadar", PLANNED)]


class TestBodyItsTravellerHeads:
    def test_the_team_headed_on_the_first_leg_is_the_heads_later(self) -> None:
        """``Heading a team, X leaves for Y ... the team then travels to Z``: Z is X's leg."""
        found = _summaries(
            "LAHORE: Heading a five-member team, Mayor Corin Hale leaves for Chengdu on Monday.",
            "From Chengdu, the team then travels to Lanzhou on June 22.",
        )
        assert [(s[0], s[1], s[4]) for s in found] == [
            ("Corin Hale", "Chengdu", ("on Monday", D(2023, 6, 19), D(2023, 6, 19))),
            ("Corin Hale", "Lanzhou", ("on June 22", D(2023, 6, 22), D(2023, 6, 22))),
        ]

    def test_at_the_head_of_a_delegation_makes_the_delegation_the_travellers(self) -> None:
        """``X is travelling to Y at the head of a delegation ... the delegation will fly to Z``."""
        found = _summaries(
            "LAHORE: Mayor Corin Hale is travelling to Chengdu on Friday at the head of a"
            " seven-member delegation.",
            "The delegation will fly to Lanzhou on June 22.",
        )
        assert [s[:2] for s in found] == [("Corin Hale", "Chengdu"), ("Corin Hale", "Lanzhou")]

    def test_a_team_not_headed_by_the_traveller_stays_its_own(self) -> None:
        """Without a head word a later ``the team`` is the team named, not the traveller."""
        found = _summaries(
            "LAHORE: Mayor Corin Hale leaves for Chengdu on Monday.",
            "A five-member team of engineers will travel to Lanzhou on June 22.",
            "The team will then travel to Dunhuang on June 25.",
        )
        team = "A five-member team of engineers"
        assert [s[:2] for s in found] == [
            ("Corin Hale", "Chengdu"),
            (team, "Lanzhou"),
            (team, "Dunhuang"),
        ]


class TestWhereTheBodyActs:
    def test_where_it_will_hold_talks_dates_the_bodys_leg(self) -> None:
        """``flies to Y, where it will attend meetings from A to B``: the dates are Y's leg."""
        found = _summaries(
            "LAHORE: A Chinese trade delegation will fly to Lahore, where it will attend"
            " meetings from July 9 to 11."
        )
        assert [(s[1], s[4]) for s in found] == [
            ("Lahore", ("from July 9 to 11", D(2023, 7, 9), D(2023, 7, 11)))
        ]

    def test_where_it_will_be_built_dates_something_else(self) -> None:
        """``visited Y, where it will be inaugurated on July 9``: July 9 is no date of the trip."""
        found = _summaries(
            "LAHORE: Governor Corin Hale visited Sost, where it will be inaugurated on July 9."
        )
        assert [(s[1], s[4]) for s in found] == [("Sost", None)]


class TestDescriptorSubjectWithATrip:
    def test_the_trips_in_a_descriptors_relative_clause_are_the_named_persons(self) -> None:
        """``The adviser, who toured Y and Z last month, said ...``: the adviser named before."""
        found = _summaries(
            "ISLAMABAD: This was stated by Adviser to the Chief Minister on Ports Corin Hale.",
            "The adviser, who toured Gilgit and Skardu last month, said the road would reopen.",
        )
        month = ("last month", D(2023, 5, 1), D(2023, 5, 31))
        assert [(s[0], s[1], s[4], s[5]) for s in found] == [
            ("Corin Hale", "Gilgit", month, PAST),
            ("Corin Hale", "Skardu", month, PAST),
        ]
