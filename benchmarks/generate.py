"""Generate a deterministic corpus of realistic, fictional CPEC news articles in the raw format.

The articles are built from templates over invented people and real places and projects, so they
exercise every rule of the parser and the extractors (datelines, noise lines, ``Also Read``
trailers, curly and straight quotes, CRLF line ends, direct and reported statements with pronoun
follow-ups, visits with time expressions, initiatives) without copying any real text. The same
``(n, seed)`` always gives the same corpus, and article ``i`` does not depend on ``n``, so a
10k corpus is a prefix of the 100k one.

Usage::

    python benchmarks/generate.py N OUT_DIR [--per-file K] [--seed S]
"""

import argparse
import datetime as dt
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import attrs

__all__ = ["generate_article", "generate_corpus", "main", "write_corpus"]

_FIRST_DAY = dt.date(2014, 1, 1)
_LAST_DAY = dt.date(2026, 12, 31)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_NUMBER_WORDS = ("two", "three", "four", "five", "six")

# Invented names: combinations that name nobody in the news.
_PK_MALE = (
    "Tariq",
    "Imran",
    "Kamran",
    "Saleem",
    "Nadeem",
    "Asif",
    "Bilal",
    "Junaid",
    "Omar",
    "Zahid",
)
_PK_FEMALE = ("Farah", "Sana", "Ayesha", "Hina", "Mehreen", "Rabia", "Nadia", "Sadia")
_PK_SURNAMES = ("Qureshi", "Akhtar", "Latif", "Chaudhry", "Siddiqui", "Dashti", "Mirza", "Rana",
                "Jamaldini", "Awan", "Bhatti", "Khattak", "Soomro", "Lodhi")  # fmt: skip
_CN_SURNAMES = ("Liu", "Wang", "Zhao", "Chen", "Gao", "Sun", "Zhou", "Han", "Xu", "Lin", "Yang")
_CN_GIVEN = ("Wen", "Hui", "Lan", "Yu", "Qiang", "Ming", "Jie", "Hua", "Bo", "Ning", "Tao", "Lei")

_PK_ROLES = (
    "Prime Minister", "President", "Minister for Planning", "Foreign Minister",
    "Minister for Commerce", "Chief Minister of Punjab", "Chief Minister of Sindh",
    "Chief Minister of Balochistan", "Chairman of the CPEC Authority",
    "Pakistan's Ambassador to China", "Minister for Maritime Affairs",
)  # fmt: skip
_CN_ROLES = (
    "Chinese Ambassador", "Chinese Foreign Ministry Spokesperson", "Chinese Vice Premier",
    "Vice Chairman of China's National Development and Reform Commission",
    "Chinese Consul General in Karachi", "Chinese Consul General in Lahore",
    "Chinese Vice Minister of Commerce", "Chinese State Councillor",
)  # fmt: skip

_CN_CITIES = ("Beijing", "Shanghai", "Urumqi", "Kashgar", "Guangzhou", "Chengdu")
_PK_CITIES = ("Islamabad", "Lahore", "Karachi", "Gwadar", "Quetta", "Peshawar", "Gilgit")

# (name, what it is, sector word used in filler sentences)
_INITIATIVES = (
    ("Main Line-1 (ML-1) railway upgrade", "railway", "transport"),
    ("Karakoram Highway (KKH) realignment", "road", "transport"),
    ("Gwadar port", "port", "maritime"),
    ("New Gwadar International Airport", "airport", "aviation"),
    ("Rashakai Special Economic Zone", "special economic zone", "industrial"),
    ("Dhabeji Special Economic Zone", "special economic zone", "industrial"),
    ("Allama Iqbal Industrial City", "industrial estate", "industrial"),
    ("Sahiwal Coal Power Plant", "power plant", "energy"),
    ("Port Qasim coal power plant", "power plant", "energy"),
    ("Suki Kinari Hydropower Project", "hydropower project", "energy"),
    ("Karot Hydropower Project", "hydropower project", "energy"),
    ("Thar coal Block-II", "coal mine", "energy"),
    ("Orange Line Metro Train", "metro line", "urban transport"),
    ("Pakistan-China fibre optic cable", "fibre optic link", "digital"),
    ("health corridor", "cooperation framework", "health"),
    ("digital corridor", "cooperation framework", "information technology"),
    ("green corridor", "cooperation framework", "agriculture"),
    ("Joint Cooperation Committee (JCC)", "coordination body", "planning"),
    ("Joint Working Group on Industrial Cooperation", "working group", "industrial"),
    ("Gwadar East Bay Expressway", "expressway", "transport"),
)

_QUOTES = (
    "CPEC is a corridor of prosperity for the people of both countries",
    "We will not let anyone sabotage the friendship between Pakistan and China",
    "The second phase of the corridor is about industry, agriculture and jobs",
    "Our cooperation has entered a new stage of high-quality development",
    "Every project under the corridor will be completed on time",
    "The security of Chinese nationals working in Pakistan is our top priority",
    "This project will bring cheap and clean electricity to millions of homes",
    "Gwadar will become a hub of regional trade and connectivity",
    "China stands ready to work with Pakistan to deepen practical cooperation",
    "We want Chinese companies to relocate their industries to our economic zones",
)
_CLAUSES = (
    "the two sides had agreed to speed up work on the {initiative}",
    "the {initiative} would be completed by the end of {year}",
    "China would continue to support Pakistan's economic development",
    "the government was committed to the security of Chinese personnel",
    "the {initiative} had created thousands of jobs for local people",
    "financing for the {initiative} had been arranged",
    "Pakistan attached great importance to its all-weather friendship with China",
    "investors from both countries had shown interest in the {initiative}",
    "the next meeting of the Joint Cooperation Committee would be held in {city}",
)
_VERBS_DIRECT = ("said", "said", "told reporters", "remarked", "added", "stressed")
_VERBS_INDIRECT = ("said", "said", "stated", "noted", "added", "announced", "told the media")
_FILLERS = (
    "The China-Pakistan Economic Corridor was launched in 2015 as a flagship project of the "
    "Belt and Road Initiative.",
    "Officials from the relevant ministries and provincial departments attended the meeting.",
    "The corridor links the port of Gwadar in Balochistan with Kashgar in northwest China.",
    "Work on several {sector} projects slowed during the pandemic but has since picked up.",
    "The ceremony was attended by diplomats, business leaders and members of the local community.",
    "Both sides reviewed the progress of ongoing projects and discussed new areas of cooperation.",
    "Analysts say the corridor's next phase will focus on {sector} and special economic zones.",
    "A memorandum of understanding on {sector} cooperation was also signed on the occasion.",
)
_NOISE = ("Advertisement", "Advertisement", "Advertisement", "Story continues below advertisement",
          "Continue Reading")  # fmt: skip
_AGENCIES = ("APP", "Xinhua", "Reuters", "Online")

_T = TypeVar("_T")


@attrs.frozen
class _Person:
    """An invented person: full name with title, surname and the pronoun the text uses."""

    name: str
    role: str
    pronoun: str
    country: str

    @property
    def possessive(self) -> str:
        """``his`` or ``her``."""
        return "her" if self.pronoun == "She" else "his"

    @property
    def titled(self) -> str:
        """The first mention: ``Minister for Planning Farah Qureshi``."""
        return f"{self.role} {self.name}"

    @property
    def surname(self) -> str:
        """Later mentions use the surname (or the Chinese family name, which comes first)."""
        parts = self.name.split()
        return parts[0] if self.country == "China" else parts[-1]


def _other(country: str) -> str:
    """The other country of the corridor."""
    return "Pakistan" if country == "China" else "China"


class _Writer:
    """Builds one article from a seeded random source; all choices go through ``self.rng``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.date = _FIRST_DAY + dt.timedelta(rng.randrange((_LAST_DAY - _FIRST_DAY).days + 1))
        self.curly = rng.random() < 0.7
        self.people = [self._person("Pakistan"), self._person("China"), self._person("Pakistan")]
        self.initiatives = rng.sample(_INITIATIVES, 3)

    def pick(self, options: Sequence[_T]) -> _T:
        """One of ``options``, chosen by the article's random source."""
        return options[self.rng.randrange(len(options))]

    def _person(self, country: str) -> _Person:
        if country == "China":
            name = f"{self.pick(_CN_SURNAMES)} {self.pick(_CN_GIVEN)}"
            return _Person(name, self.pick(_CN_ROLES), self.pick(("He", "She")), country)
        female = self.rng.random() < 0.3
        first = self.pick(_PK_FEMALE if female else _PK_MALE)
        name = f"{first} {self.pick(_PK_SURNAMES)}"
        return _Person(name, self.pick(_PK_ROLES), "She" if female else "He", country)

    def quote(self, text: str) -> str:
        """``text`` in the article's quote style."""
        return f"“{text}”" if self.curly else f'"{text}"'

    def apostrophes(self, text: str) -> str:
        """Curly apostrophes when the article uses curly quotes."""
        return text.replace("'", "’") if self.curly else text

    def clause(self) -> str:
        """A reported clause naming one of the article's initiatives."""
        initiative = self.pick(self.initiatives)[0]
        year = self.date.year + self.rng.randrange(0, 3)
        city = self.pick(_PK_CITIES + _CN_CITIES)
        return self.pick(_CLAUSES).format(initiative=initiative, year=year, city=city)

    def when_past(self) -> str:
        """A time expression for something before the publication date."""
        day = self.date - dt.timedelta(days=self.rng.randrange(1, 6))
        month = _MONTHS[(self.date.month - 2) % 12]
        return self.pick((
            f"on {_WEEKDAYS[day.weekday()]}", "last week", "earlier this month",
            f"on {_MONTHS[day.month - 1]} {day.day}", f"in {month}", "recently",
        ))  # fmt: skip

    def when_future(self) -> str:
        """A time expression for something after the publication date."""
        day = self.date + dt.timedelta(days=self.rng.randrange(3, 40))
        span = self.rng.randrange(1, 5)
        end = day + dt.timedelta(days=span)
        return self.pick((
            "next week", "next month", "later this month", "later this year",
            f"on {_MONTHS[day.month - 1]} {day.day}",
            f"from {_MONTHS[day.month - 1]} {day.day} to {end.day}"
            if end.month == day.month else f"on {_MONTHS[day.month - 1]} {day.day}",
            f"in the first week of {_MONTHS[day.month - 1]}",
        ))  # fmt: skip

    def visit_sentence(self, person: _Person, *, planned: bool) -> str:
        """A sentence reporting a trip by ``person`` to the other country."""
        abroad = _PK_CITIES if person.country == "China" else _CN_CITIES
        country = _other(person.country)
        city = self.pick(abroad)
        days = self.pick(_NUMBER_WORDS)
        kind = self.pick(("official", "state", "working", "maiden official"))
        host = self.people[0] if person.country == "China" else self.people[1]
        if planned:
            return self.pick((
                f"{person.titled} will visit {country} {self.when_future()}, "
                f"the Foreign Office said.",
                f"{person.titled} is expected to pay a {days}-day {kind} visit to {city} "
                f"{self.when_future()} at the invitation of {host.titled}.",
                f"{person.surname} will travel to {city} {self.when_future()} to attend the "
                f"meeting of the Joint Cooperation Committee.",
            ))  # fmt: skip
        return self.pick((
            f"{person.titled} arrived in {city} {self.when_past()} on a {days}-day {kind} visit.",
            f"{person.titled} visited {city} {self.when_past()} and met {host.titled}.",
            f"{person.titled}, who is in {country} on a {days}-day {kind} visit, "
            f"called on {host.titled} in {city}.",
            f"During {person.possessive} visit to {city} {self.when_past()}, "
            f"{person.surname} also inspected work on the "
            f"{self.pick(self.initiatives)[0]}.",
        ))  # fmt: skip

    def statement(self, person: _Person, *, first: bool) -> list[str]:
        """A statement by ``person`` and, sometimes, a pronoun follow-up sentence."""
        who = person.titled if first else person.surname
        verb = self.pick(_VERBS_DIRECT)
        quote = self.apostrophes(self.pick(_QUOTES))
        style = self.rng.randrange(4)
        if style == 0:
            sentence = f"{self.quote(quote + ',')} {who} {verb}."
        elif style == 1:
            sentence = f"{who} {verb}, {self.quote(quote + '.')}"
        elif style == 2:
            sentence = f"{who} {self.pick(_VERBS_INDIRECT)} that {self.clause()}."
        else:
            sentence = f"According to {who}, {self.clause()}."
        out = [self.apostrophes(sentence)]
        if self.rng.random() < 0.5:
            follow = self.pick((
                f"{person.pronoun} added that {self.clause()}.",
                f"{person.pronoun} said {self.clause()} {self.when_past()}.",
                f"{self.quote(self.apostrophes(self.pick(_QUOTES)) + ',')} "
                f"{person.pronoun.lower()} said.",
            ))  # fmt: skip
            out.append(self.apostrophes(follow))
        return out

    def initiative_sentence(self) -> str:
        """A sentence about the progress of one of the article's initiatives."""
        name, what, sector = self.pick(self.initiatives)
        return self.pick((
            f"Work on the {name} is expected to be completed by {self.date.year + 1}.",
            f"The {name}, a {what} under the corridor, is now {self.rng.randrange(20, 99)} percent "
            f"complete.",
            f"The two sides agreed to expedite the {name} and to explore new {sector} projects.",
            f"The federal cabinet approved the {name} at a cost of "
            f"${self.rng.randrange(1, 9)}.{self.rng.randrange(10)} billion.",
            f"Officials said the {name} would be inaugurated {self.when_future()}.",
        ))  # fmt: skip

    def filler(self) -> str:
        """A background sentence with no fact in it."""
        return self.pick(_FILLERS).format(sector=self.pick(self.initiatives)[2])

    def dateline(self) -> str:
        """The opening ``PLACE:`` (or a variant); sometimes none."""
        place = self.pick(_PK_CITIES + _CN_CITIES).upper()
        style = self.rng.randrange(5)
        if style == 0:
            return ""
        if style == 1:
            month = _MONTHS[self.date.month - 1][:3]
            return f"{place}, {month} {self.date.day} ({self.pick(_AGENCIES)}): "
        return f"{place}: "

    def headline(self) -> str:
        """A headline about the article's first person and initiative."""
        name = self.initiatives[0][0]
        person = self.people[self.rng.randrange(2)]
        return self.apostrophes(self.pick((
            f"{person.surname} vows early completion of {name}",
            f"Pakistan, China agree to speed up {name}",
            f"{person.role} {person.surname} to visit {_other(person.country)}",
            f"CPEC: progress on {name} reviewed",
            f"China's commitment to CPEC unwavering, says {person.surname}",
        )))  # fmt: skip

    def trailer(self) -> str:
        """An ``Also Read`` line: a related headline and a cut-off teaser."""
        other = _Writer(random.Random(self.rng.random()))
        lead = other.visit_sentence(other.people[0], planned=False).rstrip(".")
        words = lead.split()[: self.rng.randrange(8, 16)]
        return f"Also Read {other.headline()} {' '.join(words)}{self.pick(('...', '…'))}"

    def paragraphs(self) -> list[str]:
        """The body: a lead, then statements, visits, initiatives and filler in a random mix."""
        count = self.rng.randrange(3, 26)
        lead_person = self.people[self.rng.randrange(2)]
        lead = self.visit_sentence(lead_person, planned=self.rng.random() < 0.3)
        out = [self.dateline() + self.apostrophes(lead)]
        seen: set[str] = set()
        while len(out) < count:
            roll = self.rng.random()
            person = self.pick(self.people)
            if roll < 0.45:
                sentences = self.statement(person, first=person.name not in seen)
                seen.add(person.name)
            elif roll < 0.6:
                sentences = [self.apostrophes(self.visit_sentence(person, planned=roll < 0.52))]
            elif roll < 0.8:
                sentences = [self.initiative_sentence()]
            else:
                sentences = [self.filler()]
            if self.rng.random() < 0.3:
                sentences.append(self.filler())
            out.append(" ".join(sentences))
        return out

    def render(self) -> str:
        """The whole record in the raw format."""
        lines = [f" date {self.date.isoformat()} {self.headline()}"]
        for paragraph in self.paragraphs():
            lines += ["", paragraph]
            if self.rng.random() < 0.12:
                lines += ["", self.pick(_NOISE)]
        if self.rng.random() < 0.5:
            lines += ["", self.trailer()]
        newline = "\r\n" if self.rng.random() < 0.2 else "\n"
        final = newline if self.rng.random() < 0.3 else ""
        return newline.join(lines) + final


def generate_article(index: int, seed: int = 0) -> str:
    """Article ``index`` of the corpus for ``seed``: the same text on every run and platform."""
    return _Writer(random.Random(f"cpecdata-bench:{seed}:{index}")).render()


def generate_corpus(n: int, seed: int = 0) -> Iterator[str]:
    """The first ``n`` articles for ``seed``, each one record in the raw format."""
    for index in range(n):
        yield generate_article(index, seed)


def write_corpus(n: int, out_dir: Path, *, per_file: int = 1, seed: int = 0) -> list[Path]:
    """Write ``n`` articles into ``out_dir``, ``per_file`` records a file; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    records: list[str] = []
    for index, text in enumerate(generate_corpus(n, seed)):
        records.append(text)
        if len(records) == per_file or index == n - 1:
            path = out_dir / f"{len(paths):07d}.txt"
            path.write_bytes(_join_records(records).encode("utf-8"))
            paths.append(path)
            records = []
    return paths


def _join_records(records: list[str]) -> str:
    """Records one after another, each ended by its own line break before the next header."""
    parts = []
    for text in records[:-1]:
        newline = "\r\n" if "\r\n" in text else "\n"
        parts.append(text if text.endswith("\n") else text + newline)
    return "".join(parts) + records[-1]


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point: ``generate.py N OUT_DIR [--per-file K] [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out_dir", type=Path, help="directory to write the files into")
    parser.add_argument("--per-file", type=int, default=1, help="records per file (default 1)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    args = parser.parse_args(argv)
    if args.n < 0 or args.per_file < 1:
        parser.error("N must be >= 0 and --per-file >= 1")
    paths = write_corpus(args.n, args.out_dir, per_file=args.per_file, seed=args.seed)
    print(f"wrote {args.n} articles in {len(paths)} files to {args.out_dir}")


if __name__ == "__main__":
    main()
