"""Tests for cpecdata.extract.visits: itineraries told leg by leg, on made-up articles."""

import datetime as dt

from cpecdata.extract._text import sentences
from cpecdata.extract.visits import extract_visits
from cpecdata.model import VisitStatus
from cpecdata.rawformat import parse_text

D = dt.date
PAST, ONGOING, PLANNED = VisitStatus.PAST, VisitStatus.ONGOING, VisitStatus.PLANNED


def _trips(*paragraphs: str, date: str) -> list[tuple[object, ...]]:
    """Visitor, destination, dates and status of each visit of a made-up article."""
    raw = f" date {date} A made-up headline\n\n" + "\n\n".join(paragraphs) + "\n"
    (article,) = parse_text(raw, "test.txt")
    out = []
    for v in extract_visits(article, sentences(article)):  # type: ignore[arg-type]
        when = v.when
        dates = (when.start, when.end) if when else None
        out.append((v.visitor.name, v.destination.name, dates, v.status))
    return out


class TestItineraryLegs:
    def test_second_leg_after_and_to_has_its_own_date(self) -> None:
        """``to A on D1 and to B on D2``: the second leg shares the verb but has its own day."""
        assert _trips(
            "Governor Ali Raza will travel to Kunming on June 3 and to Nanning on June 5.",
            date="2023-05-29",
        ) == [
            ("Ali Raza", "Kunming", (D(2023, 6, 3), D(2023, 6, 3)), PLANNED),
            ("Ali Raza", "Nanning", (D(2023, 6, 5), D(2023, 6, 5)), PLANNED),
        ]

    def test_legs_listed_with_commas_each_keep_their_date(self) -> None:
        """``to A on D1, to B on D2 and to C on D3``: three legs, each on its own day."""
        assert _trips(
            "BEIJING, May 29 (Xinhua) -- Pakistani Minister Saba Gul will travel to Xi'an on "
            "June 2, to Lanzhou on June 4 and to Urumqi on June 6.",
            date="2023-05-29",
        ) == [
            ("Saba Gul", "Xi'an", (D(2023, 6, 2), D(2023, 6, 2)), PLANNED),
            ("Saba Gul", "Lanzhou", (D(2023, 6, 4), D(2023, 6, 4)), PLANNED),
            ("Saba Gul", "Urumqi", (D(2023, 6, 6), D(2023, 6, 6)), PLANNED),
        ]

    def test_second_place_visited_on_its_own_day_is_a_leg_of_its_own(self) -> None:
        """``visited A on Monday and B on Tuesday``: the verb is shared, the days are not."""
        assert _trips(
            "Vice Minister Zhou Ming visited Lahore on Monday and Karachi on Tuesday.",
            date="2023-06-14",
        ) == [
            ("Zhou Ming", "Lahore", (D(2023, 6, 12), D(2023, 6, 12)), PAST),
            ("Zhou Ming", "Karachi", (D(2023, 6, 13), D(2023, 6, 13)), PAST),
        ]

    def test_places_of_a_purpose_after_the_trips_dates_are_no_legs(self) -> None:
        """``will visit Y from May 2 to 5 to explore the A and B zones``: A and B are no legs."""
        assert _trips(
            "A delegation led by Vice Chairman Gao Lin will visit Pakistan from December 2 to 5 "
            "to explore investment in the Hattar and Mohmand economic zones.",
            date="2023-11-27",
        ) == [("Gao Lin", "Pakistan", (D(2023, 12, 2), D(2023, 12, 5)), PLANNED)]

    def test_second_legs_weekday_follows_the_first_legs(self) -> None:
        """``heads to A on Friday and to B on Sunday``: the Sunday after that Friday, ahead too."""
        assert _trips(
            "Minister Saba Gul heads to Xi'an on Friday and to Lanzhou on Sunday, the ministry "
            "said.",
            date="2023-05-29",
        ) == [
            ("Saba Gul", "Xi'an", (D(2023, 6, 2), D(2023, 6, 2)), PLANNED),
            ("Saba Gul", "Lanzhou", (D(2023, 6, 4), D(2023, 6, 4)), PLANNED),
        ]

    def test_tour_ended_in_a_city_ahead_is_a_planned_leg(self) -> None:
        """``before ending the tour in X`` tells X as the tour's last leg, still ahead."""
        assert _trips(
            "Governor Ali Raza will fly to Kunming on June 3, before ending his tour in Xiamen.",
            date="2023-05-29",
        ) == [
            ("Ali Raza", "Kunming", (D(2023, 6, 3), D(2023, 6, 3)), PLANNED),
            ("Ali Raza", "Xiamen", None, PLANNED),
        ]

    def test_day_of_a_quote_attribution_does_not_date_the_trip_quoted(self) -> None:
        """The day in a quote's attribution (``," he told reporters on Monday``) is no trip's."""
        assert _trips(
            "Governor Ali Raza will fly to Kunming on June 3, before ending his tour in Xiamen.",
            '"This trip is about jobs," he told reporters in Lahore on Monday.',
            date="2023-05-29",
        ) == [
            ("Ali Raza", "Kunming", (D(2023, 6, 3), D(2023, 6, 3)), PLANNED),
            ("Ali Raza", "Xiamen", None, PLANNED),
        ]

    def test_the_visit_put_off_before_is_the_tour_not_its_last_leg(self) -> None:
        """A bare ``the visit`` set for other dates is the whole tour's past, not a leg's."""
        assert _trips(
            "Minister Saba Gul will leave for China on Monday on a five-day visit during which "
            "she will meet investors in Kunming and Xiamen, officials said.",
            "She will fly to Kunming on June 20, before ending the tour in Xiamen.",
            "The visit was first set for May but was postponed because of the budget.",
            date="2023-06-14",
        ) == [
            ("Saba Gul", "China", (D(2023, 6, 19), D(2023, 6, 23)), PLANNED),
            ("Saba Gul", "Kunming", (D(2023, 6, 20), D(2023, 6, 20)), PLANNED),
            ("Saba Gul", "Xiamen", None, PLANNED),
        ]


class TestDelegationsThere:
    def test_delegation_already_in_a_city_is_there_now(self) -> None:
        """``A team headed by X is already in Y`` tells a trip under way."""
        assert _trips(
            "A team headed by Senator Rukhsana Abbasi is already in Xi'an for talks on the "
            "rail link.",
            date="2023-06-14",
        ) == [("Rukhsana Abbasi", "Xi'an", None, ONGOING)]

    def test_team_already_at_a_site_is_there_now(self) -> None:
        """``A team is already at the Y site``: a stay under way, not a trip over."""
        assert _trips(
            "A Chinese technical team is already at the Dasu site, Wapda said.",
            date="2023-06-14",
        ) == [("A Chinese technical team", "Dasu", None, ONGOING)]

    def test_day_of_the_return_does_not_date_a_stay_under_way(self) -> None:
        """``is in Y for talks and will return on Friday``: Friday is when the stay ends."""
        assert _trips(
            "Senator Rubina Qazi is in Beijing for talks on the rail link and will return on "
            "Friday.",
            date="2023-06-14",
        ) == [("Rubina Qazi", "Beijing", None, ONGOING)]


class TestCountryTripAndItsLegs:
    def test_legs_told_after_a_trip_put_off_keep_the_country_trip(self) -> None:
        """A country trip put off keeps its dates; its city legs, told later, are their own."""
        assert _trips(
            "Punjab Minister Saba Gul has postponed her visit to China, which was scheduled "
            "from June 20 to 24, owing to the budget, a spokesman said on Wednesday.",
            "During the visit, the minister was to travel to Wuhan and Hefei.",
            date="2023-06-14",
        ) == [
            ("Saba Gul", "China", (D(2023, 6, 20), D(2023, 6, 24)), VisitStatus.POSTPONED),
            ("Saba Gul", "Wuhan", None, PLANNED),
            ("Saba Gul", "Hefei", None, PLANNED),
        ]

    def test_trip_called_off_set_for_dates_keeps_the_nearest_dates(self) -> None:
        """``set for June 20 to 24`` dates the plan: the nearest June, not last year's."""
        assert _trips(
            "Minister Rukhsana Abbasi has called off her trip to China, set for June 20 to 24, "
            "a spokesman said on Wednesday.",
            "She was to stop in Wuhan and Hefei.",
            date="2023-06-14",
        ) == [
            ("Rukhsana Abbasi", "China", (D(2023, 6, 20), D(2023, 6, 24)), VisitStatus.CANCELLED),
            ("Rukhsana Abbasi", "Wuhan", None, PLANNED),
            ("Rukhsana Abbasi", "Hefei", None, PLANNED),
        ]


class TestTripsInAdjuncts:
    def test_after_visiting_behind_an_inverted_reporting_verb_is_the_speakers_trip(self) -> None:
        """``…, X said on Thursday after visiting Y``: the speaker went to Y that day."""
        assert _trips(
            "SUKKUR: The canal will be finished by spring, Sindh Irrigation Minister Tariq "
            "Mehmood said on Thursday after visiting the headworks near Sibi.",
            date="2023-06-16",
        ) == [("Tariq Mehmood", "Sibi", (D(2023, 6, 15), D(2023, 6, 15)), PAST)]

    def test_after_touring_behind_a_pronoun_speaker_is_a_trip_made(self) -> None:
        """``…, he told reporters after touring Y``: his trip, made before the telling."""
        assert _trips(
            "Sindh Irrigation Minister Tariq Mehmood met farmers on Wednesday.",
            "The canal will open by spring, he told reporters after touring the headworks at Sibi.",
            date="2023-06-16",
        ) == [("Tariq Mehmood", "Sibi", None, PAST)]

    def test_speaking_to_reporters_after_visiting_tells_a_trip_made(self) -> None:
        """``X, speaking to reporters after visiting Y on Tuesday, said …``: past, that Tuesday."""
        assert _trips(
            "Sindh Chief Minister Ali Shah, speaking to reporters after visiting the Thar "
            "coalfield on Tuesday, said output would double.",
            date="2023-06-14",
        ) == [("Ali Shah", "Thar", (D(2023, 6, 13), D(2023, 6, 13)), PAST)]

    def test_fronted_talking_after_visiting_is_the_subjects_trip_made(self) -> None:
        """``Talking to the media after visiting Y on Tuesday, X said``: X's trip, past."""
        assert _trips(
            "Talking to the media after visiting the Gwadar port on Tuesday, Minister Ahsan "
            "Khan said the berths would be ready in May.",
            date="2023-06-14",
        ) == [("Ahsan Khan", "Gwadar", (D(2023, 6, 13), D(2023, 6, 13)), PAST)]


class TestTheDatelineCity:
    def test_arrived_in_the_city_is_the_datelines_city_on_the_main_clauses_day(self) -> None:
        """``QUETTA: … on Friday signed …, as a delegation arrived in the city``: Quetta, Friday."""
        assert _trips(
            "QUETTA: The province on Friday signed a deal on the Bostan zone with a Xinjiang "
            "firm, as a Xinjiang delegation led by Vice Chairman Wang Lihua arrived in the city "
            "for a three-day visit.",
            date="2023-06-16",
        ) == [("Wang Lihua", "Quetta", (D(2023, 6, 16), D(2023, 6, 18)), ONGOING)]

    def test_stay_runs_to_the_return_a_later_sentence_dates(self) -> None:
        """``arrived on Tuesday … He will fly back to Beijing on Friday``: Tuesday to Friday."""
        assert _trips(
            "LAHORE: Vice Minister Zhou Ming arrived in Lahore on Tuesday.",
            "He met the chief minister and toured the Orange Line.",
            "He will fly back to Beijing on Friday.",
            date="2023-06-14",
        ) == [("Zhou Ming", "Lahore", (D(2023, 6, 13), D(2023, 6, 16)), ONGOING)]

    def test_return_of_another_person_later_does_not_end_the_stay(self) -> None:
        """``The minister will return to Islamabad on Friday`` is the host's return, not his."""
        assert _trips(
            "LAHORE: Vice Minister Zhou Ming arrived in Lahore on Tuesday.",
            "Punjab Minister Ali Raza said the deal was close.",
            "The minister will return to Islamabad on Friday.",
            date="2023-06-14",
        ) == [("Zhou Ming", "Lahore", (D(2023, 6, 13), D(2023, 6, 13)), ONGOING)]

    def test_reaching_or_flying_into_the_city_is_the_datelines_city(self) -> None:
        """``PESHAWAR: … flew into the city on Tuesday``: Peshawar."""
        assert _trips(
            "PESHAWAR: Vice Governor Zhou Ming flew into the city on Tuesday.",
            date="2023-06-14",
        ) == [("Zhou Ming", "Peshawar", (D(2023, 6, 13), D(2023, 6, 13)), ONGOING)]

    def test_the_city_after_a_trip_to_another_city_is_that_one(self) -> None:
        """``flew to Karachi … After arriving in the city``: that city, not the dateline's."""
        assert _trips(
            "ISLAMABAD: Chinese Vice Minister Wang Lihua flew to Karachi on Friday.",
            "After arriving in the city, she met traders.",
            date="2023-06-16",
        ) == [("Wang Lihua", "Karachi", (D(2023, 6, 16), D(2023, 6, 16)), ONGOING)]


class TestCityInACountryTrip:
    def test_city_in_a_when_clause_of_a_country_trip_is_the_destination(self) -> None:
        """``came to Pakistan in March, when she flew to Skardu``: one trip, to Skardu."""
        assert _trips(
            "Vice Minister Wu Lan last came to Pakistan in March, when she flew to Skardu to "
            "inspect the dam site.",
            date="2023-06-14",
        ) == [("Wu Lan", "Skardu", (D(2023, 3, 1), D(2023, 3, 31)), PAST)]


class TestArrivalsInWhoClauses:
    def test_dated_arrival_without_length_before_a_past_main_verb_is_over(self) -> None:
        """``X, who flew to Y on Monday, ordered an inquiry``: a trip made, not one under way."""
        assert _trips(
            "Chief Secretary Kamran Ali, who flew to Chitral on Monday, ordered an inquiry into "
            "the collapse.",
            date="2025-03-12",
        ) == [("Kamran Ali", "Chitral", (D(2025, 3, 10), D(2025, 3, 10)), PAST)]

    def test_arrival_with_a_length_before_a_past_main_verb_is_under_way(self) -> None:
        """``X, who flew to Y on Monday for a four-day visit, said``: the stay has not ended."""
        assert _trips(
            "Vice Minister Wang Lihua, who flew to Lahore on Monday for a four-day visit, said "
            "the rail deal was close.",
            date="2025-03-12",
        ) == [("Wang Lihua", "Lahore", (D(2025, 3, 10), D(2025, 3, 13)), ONGOING)]


class TestTripsTakingTheVisitor:
    def test_visit_that_will_also_take_her_to_a_city_is_a_planned_leg(self) -> None:
        """``on a visit that will also take her to Y``: Y is a leg ahead, with no day of its own."""
        assert _trips(
            "ISLAMABAD: Minister Rukhsana Abbasi will leave for Beijing on Friday on a visit that "
            "will also take her to Shanghai.",
            date="2023-06-14",
        ) == [
            ("Rukhsana Abbasi", "Beijing", (D(2023, 6, 16), D(2023, 6, 16)), PLANNED),
            ("Rukhsana Abbasi", "Shanghai", None, PLANNED),
        ]

    def test_delegation_whose_visit_will_take_it_to_a_city_goes_there_too(self) -> None:
        """``a delegation, which arrived here for a visit that will also take it to Y``: Y too."""
        assert _trips(
            "ISLAMABAD: A Chinese delegation led by Vice Minister Wang Lihua, which arrived here "
            "on Monday for a four-day visit that will also take it to Lahore, signed the deal.",
            date="2023-06-14",
        ) == [
            ("Wang Lihua", "Islamabad", (D(2023, 6, 12), D(2023, 6, 15)), ONGOING),
            ("Wang Lihua", "Lahore", None, PLANNED),
        ]

    def test_country_trip_that_will_take_her_to_a_city_keeps_both(self) -> None:
        """``will visit China next week on a trip that will also take her to Y``: two trips."""
        assert _trips(
            "Minister Saba Gul will visit China next week on a trip that will also take her to "
            "Kashgar.",
            date="2023-06-14",
        ) == [
            ("Saba Gul", "China", (D(2023, 6, 19), D(2023, 6, 25)), PLANNED),
            ("Saba Gul", "Kashgar", None, PLANNED),
        ]

    def test_tour_taking_her_to_cities_gives_them_no_arrival_day(self) -> None:
        """``arrived on Monday on a tour taking her to Y``: Monday is the arrival's, Y is ahead."""
        assert _trips(
            "Minister Saba Gul arrived in Beijing on Monday on a five-day tour taking her to "
            "Chengdu.",
            date="2023-06-14",
        ) == [
            ("Saba Gul", "Beijing", (D(2023, 6, 12), D(2023, 6, 16)), ONGOING),
            ("Saba Gul", "Chengdu", None, PLANNED),
        ]

    def test_trip_which_took_her_to_a_city_is_over(self) -> None:
        """``visited China last month on a trip which took her to Y``: Y was a leg, now past."""
        assert _trips(
            "Minister Saba Gul visited China last month on a trip which took her to Kashgar.",
            date="2023-06-14",
        ) == [
            ("Saba Gul", "China", (D(2023, 5, 1), D(2023, 5, 31)), PAST),
            ("Saba Gul", "Kashgar", None, PAST),
        ]


class TestWeekdayLegs:
    def test_leg_ahead_told_by_weekday_stays_that_day_when_the_tour_ends_after(self) -> None:
        """``travels to Y on Saturday … and returns home on Sunday`` on a tour: Y is Saturday."""
        assert _trips(
            "KUNMING: Governor Ali Raza, who arrived in Kunming on Monday at the start of a "
            "six-day tour of China, met the provincial leadership.",
            "Raza travels to Nanning on Friday, where he will meet bankers, and returns home on "
            "Saturday.",
            date="2023-06-14",
        ) == [
            ("Ali Raza", "Kunming", (D(2023, 6, 12), D(2023, 6, 17)), ONGOING),
            ("Ali Raza", "Nanning", (D(2023, 6, 16), D(2023, 6, 16)), PLANNED),
        ]
