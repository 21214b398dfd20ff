import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from cpecdata.errors import LoadError
from cpecdata.evaluate import (
    Accuracy,
    ArticleScores,
    Counts,
    Evaluation,
    InitiativeScores,
    StatementScores,
    VisitScores,
    evaluate,
    evaluate_files,
)
from cpecdata.model import (
    Actor,
    Article,
    Place,
    Span,
    Statement,
    StatementKind,
    Visit,
    VisitStatus,
    When,
)
from cpecdata.rawformat import parse_text
from cpecdata.serialize.json import to_dict

DATA = Path(__file__).parent / "data" / "evaluate"
SCRIPT = Path(__file__).parent.parent / "scripts" / "score_devset.py"


def gold_article(file: str = "a.txt", **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "file": file,
        "date": "2031-03-14",
        "headline": "A fictional canal opens",
        "dateline": None,
        "paragraph_count": 1,
        "related": [],
        "statements": [],
        "visits": [],
        "initiatives": [],
    }
    return record | fields


def predicted_article(path: str = "corpus/a.txt", **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "origin": {"path": path, "record": 0, "line": 1},
        "date": "2031-03-14",
        "headline": "A fictional canal opens",
        "dateline": None,
        "paragraphs": [{"text": "Rain fell on Lakeview."}],
        "related": [],
        "statements": [],
        "visits": [],
        "initiatives": [],
    }
    return record | fields


def gold_statement(speaker: str, text: str, kind: str = "indirect") -> dict[str, Any]:
    return {"speaker": speaker, "speaker_role": None, "kind": kind, "text": text, "verb": "said"}


def predicted_statement(
    name: str, text: str, kind: str = "indirect", role: str | None = None
) -> dict[str, Any]:
    speaker = {"name": name, "role": role, "organization": None, "country": None}
    return {"speaker": speaker, "kind": kind, "text": text, "verb": "said"}


def gold_visit(
    visitor: str, destination: str, start: str | None = None, end: str | None = None
) -> dict[str, Any]:
    return {
        "visitor": visitor,
        "destination": destination,
        "start": start,
        "end": end,
        "status": "past",
        "evidence": f"{visitor} visited {destination}.",
    }


def predicted_visit(
    visitor: str, destination: str, country: str | None, dates: tuple[str, str] | None = None
) -> dict[str, Any]:
    when = None if dates is None else {"text": "then", "start": dates[0], "end": dates[1]}
    return {
        "visitor": {"name": visitor, "role": None},
        "destination": {"name": destination, "country": country},
        "when": when,
        "status": "past",
        "evidence": f"{visitor} visited {destination}.",
    }


def initiative(name: str, sector: str = "energy") -> dict[str, Any]:
    return {"name": name, "sector": sector, "status": None, "evidence": f"{name} is planned."}


def score(key: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Evaluation:
    """Evaluate one article whose gold and predicted ``key`` facts are given."""
    return evaluate([gold_article() | {key: gold}], [predicted_article() | {key: predicted}])


class TestFixtureFiles:
    """The fictional gold and prediction files score exactly as worked out by hand."""

    @pytest.fixture(scope="class")
    @classmethod
    def result(cls) -> Evaluation:
        return evaluate_files(DATA / "gold.jsonl", DATA / "predictions.jsonl")

    def test_articles(self, result: Evaluation) -> None:
        """beta.txt has no prediction and gamma.txt no gold; alpha.txt is paired by base name."""
        assert (result.articles, result.missing, result.unlabelled) == (2, ("beta.txt",), 1)

    def test_fields(self, result: Evaluation) -> None:
        """Curly quotes and doubled spaces keep the headline right; a missing article fails all."""
        assert result.fields == ArticleScores(
            date=Accuracy(1, 2),
            headline=Accuracy(1, 2),
            dateline=Accuracy(1, 2),
            paragraph_count=Accuracy(0, 2),
            related=Counts(1, 1, 1),
        )

    def test_statements(self, result: Evaluation) -> None:
        """Surname and descriptor attribution, a wrong speaker, a loose match, a spurious quote."""
        assert result.statements == StatementScores(
            matched=Counts(4, 4, 3),
            attributed=Counts(4, 4, 2),
            tight=Counts(4, 4, 2),
            tight_attributed=Counts(4, 4, 1),
            speaker=Accuracy(2, 3),
            kind=Accuracy(2, 3),
        )

    def test_visits(self, result: Evaluation) -> None:
        """Beijing matches gold China; Pakistan does not match gold Islamabad."""
        assert result.visits == VisitScores(Counts(2, 2, 1), Accuracy(1, 1), Accuracy(1, 1))

    def test_initiatives(self, result: Evaluation) -> None:
        """A shortened name still matches; a name sharing one word of four does not."""
        assert result.initiatives == InitiativeScores(
            Counts(3, 3, 2), Accuracy(1, 2), Accuracy(1, 2)
        )

    def test_errors(self, result: Evaluation) -> None:
        """Every mismatch is listed with its file, in gold order; a missing article once."""
        assert [str(m) for m in result.errors()] == [
            "alpha.txt: article paragraph count | gold 4 | predicted 3",
            "alpha.txt: statement speaker | gold Lin Meixue: direct 'We are ready to deepen "
            "cooperation on water management.' | predicted Farid Qasimi: indirect 'We are ready "
            "to deepen cooperation on water management'",
            "alpha.txt: statement kind | gold Lin Meixue: direct 'We are ready to deepen "
            "cooperation on water management.' | predicted Farid Qasimi: indirect 'We are ready "
            "to deepen cooperation on water management'",
            "alpha.txt: statement spurious | predicted Lin Meixue: direct 'The weather was "
            "pleasant.'",
            "alpha.txt: visit missed | gold Lin Meixue → Islamabad",
            "alpha.txt: visit spurious | predicted Lin Meixue → Pakistan",
            "alpha.txt: initiative status | gold 'Lakeview Canal Project': planned | predicted "
            "agreed",
            "alpha.txt: initiative sector | gold 'Kestrel Solar Park': energy | predicted green",
            "alpha.txt: initiative spurious | predicted 'Kestrel power'",
            "beta.txt: article missed | gold Quiet week at the fictional dry port",
            "beta.txt: statement missed | gold sources: indirect 'the dry port will reopen after "
            "the holidays'",
            "beta.txt: initiative missed | gold 'Marigold dry port'",
        ]

    def test_errors_of_one_fact(self, result: Evaluation) -> None:
        """Rule writers can list the mismatches of one fact type only."""
        assert [m.problem for m in result.errors("visit")] == ["missed", "spurious"]

    def test_to_text(self, result: Evaluation) -> None:
        """The terminal table has fixed-width columns and three-decimal ratios."""
        assert result.to_text() == "\n".join(
            [
                "gold articles: 2, without prediction: 1, predicted without gold: 1",
                "",
                "facts                         gold  pred  match       P       R      F1",
                "statements                       4     4      3   0.750   0.750   0.750",
                "statements attributed            4     4      2   0.500   0.500   0.500",
                "statements tight                 4     4      2   0.500   0.500   0.500",
                "statements tight attributed      4     4      1   0.250   0.250   0.250",
                "visits                           2     2      1   0.500   0.500   0.500",
                "initiatives                      3     3      2   0.667   0.667   0.667",
                "related links                    1     1      1   1.000   1.000   1.000",
                "",
                "accuracy                     right    of          value",
                "statement speaker                2     3          0.667",
                "statement kind                   2     3          0.667",
                "visit dates                      1     1          1.000",
                "visit status                     1     1          1.000",
                "initiative sector                1     2          0.500",
                "initiative status                1     2          0.500",
                "article date                     1     2          0.500",
                "article headline                 1     2          0.500",
                "article dateline                 1     2          0.500",
                "article paragraph count          0     2          0.000",
            ]
        )

    def test_to_dict(self, result: Evaluation) -> None:
        """The JSON form carries counts and ratios per metric, and survives json.dumps."""
        data = json.loads(json.dumps(result.to_dict()))
        assert data["visits"] == {
            "matched": {
                "gold": 2, "predicted": 2, "matched": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5
            },
            "dates": {"correct": 1, "total": 1, "value": 1.0},
            "status": {"correct": 1, "total": 1, "value": 1.0},
        }  # fmt: skip
        assert data["errors"][-1] == {
            "file": "beta.txt",
            "fact": "initiative",
            "problem": "missed",
            "gold": "'Marigold dry port'",
            "predicted": None,
        }
        assert (data["articles"], data["missing"], data["unlabelled"]) == (2, ["beta.txt"], 1)


class TestStatements:
    """Statement matching and attribution follow the dev set's README."""

    def test_token_f1_of_one_half_matches(self) -> None:
        """Sharing two of four content words each (F1 0.5) is a match, but not a tight one."""
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", "canals bridges tunnels roads")],
            [predicted_statement("Farid Qasimi", "canals bridges ports airports")],
        )
        assert (result.statements.matched, result.statements.tight) == (
            Counts(1, 1, 1),
            Counts(1, 1, 0),
        )

    def test_token_f1_below_one_half_misses(self) -> None:
        """One shared word of four and three (F1 2/7) is no match."""
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", "canals bridges tunnels roads")],
            [predicted_statement("Farid Qasimi", "canals ports airports")],
        )
        assert result.statements.matched == Counts(1, 1, 0)

    def test_stopwords_and_punctuation_ignored(self) -> None:
        """Only content words count, so function words and quote marks do not lower the F1."""
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", "“The canal is in the valley.”")],
            [predicted_statement("Farid Qasimi", "a canal was at a valley")],
        )
        assert result.statements.tight_attributed == Counts(1, 1, 1)

    def test_surname_attributes(self) -> None:
        """A predicted speaker named by surname only is the gold person."""
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", "the canal opens")],
            [predicted_statement("Qasimi", "the canal opens")],
        )
        assert result.statements.attributed == Counts(1, 1, 1)

    def test_surname_in_role_attributes(self) -> None:
        """The surname may appear in the predicted role instead of the name."""
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", "the canal opens")],
            [predicted_statement("the minister", "the canal opens", role="Minister Qasimi")],
        )
        assert result.statements.attributed == Counts(1, 1, 1)

    def test_first_name_does_not_attribute(self) -> None:
        """A different person who shares the first name is the wrong speaker."""
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", "the canal opens")],
            [predicted_statement("Farid Ahmed", "the canal opens")],
        )
        assert (result.statements.attributed, result.statements.speaker) == (
            Counts(1, 1, 0),
            Accuracy(0, 1),
        )

    def test_descriptor_needs_most_words(self) -> None:
        """A descriptor is attributed when more than half of its content words are predicted."""
        gold = [gold_statement("a senior official of the canal authority", "the canal opens")]
        most = score(
            "statements", gold, [predicted_statement("senior canal official", "the canal opens")]
        )
        few = score("statements", gold, [predicted_statement("official", "the canal opens")])
        assert (most.statements.speaker, few.statements.speaker) == (Accuracy(1, 1), Accuracy(0, 1))

    @pytest.mark.parametrize(
        ("gold", "predicted"),
        [("the KWB", "Kestrel Water Bureau"), ("Kestrel Water Bureau", "KWB")],
    )
    def test_acronym_is_the_body(self, gold: str, predicted: str) -> None:
        """Annotators write a body's acronym or its name: either matches the other."""
        result = score(
            "statements",
            [gold_statement(gold, "the canal opens")],
            [predicted_statement(predicted, "the canal opens")],
        )
        assert result.statements.speaker == Accuracy(1, 1)

    def test_other_acronym_is_another_body(self) -> None:
        """Only the acronym its initials spell matches a body."""
        result = score(
            "statements",
            [gold_statement("the KWA", "the canal opens")],
            [predicted_statement("Kestrel Water Bureau", "the canal opens")],
        )
        assert result.statements.speaker == Accuracy(0, 1)

    def test_institution_is_a_descriptor(self) -> None:
        """An organisation's name is not a person's: its last word alone is not enough."""
        result = score(
            "statements",
            [gold_statement("Kestrel Water Bureau", "the canal opens")],
            [predicted_statement("Bureau", "the canal opens")],
        )
        assert result.statements.speaker == Accuracy(0, 1)

    def test_attributed_matching_is_separate(self) -> None:
        """Equal texts by two speakers pair by reading order, yet both count as attributed."""
        text = "the canal opens soon"
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", text), gold_statement("Lin Meixue", text)],
            [predicted_statement("Lin Meixue", text), predicted_statement("Farid Qasimi", text)],
        )
        assert (result.statements.speaker, result.statements.attributed) == (
            Accuracy(0, 2),
            Counts(2, 2, 2),
        )

    def test_kind_accuracy(self) -> None:
        """Kind is checked over the text matches."""
        result = score(
            "statements",
            [gold_statement("Farid Qasimi", "the canal opens", kind="direct")],
            [predicted_statement("Farid Qasimi", "the canal opens", kind="indirect")],
        )
        assert result.statements.kind == Accuracy(0, 1)


class TestVisits:
    """Visits match on visitor and destination; dates are scored over dated gold visits."""

    def test_city_in_gold_country_matches(self) -> None:
        """A predicted city matches the gold country the gazetteer puts it in."""
        result = score(
            "visits",
            [gold_visit("Farid Qasimi", "China")],
            [predicted_visit("Qasimi", "Guangzhou", None)],
        )
        assert result.visits.matched == Counts(1, 1, 1)

    def test_country_does_not_match_gold_city(self) -> None:
        """A predicted country is less than a gold city: no match."""
        result = score(
            "visits",
            [gold_visit("Farid Qasimi", "Islamabad")],
            [predicted_visit("Farid Qasimi", "Pakistan", "Pakistan")],
        )
        assert result.visits.matched == Counts(1, 1, 0)

    @pytest.mark.parametrize(
        ("gold", "predicted"),
        [("Gwadar Port", "Gwadar"), ("Gwadar", "Gwadar Port"), ("Lakeview", "Lakeview Airport")],
    )
    def test_port_named_after_its_city_is_the_city(self, gold: str, predicted: str) -> None:
        """Annotators write the port or the city for one trip: either matches the other."""
        result = score(
            "visits",
            [gold_visit("Farid Qasimi", gold)],
            [predicted_visit("Farid Qasimi", predicted, None)],
        )
        assert result.visits.matched == Counts(1, 1, 1)

    def test_port_of_another_city_does_not_match(self) -> None:
        """Only the city a port is named after matches it."""
        result = score(
            "visits",
            [gold_visit("Farid Qasimi", "Karachi")],
            [predicted_visit("Farid Qasimi", "Gwadar Port", "Pakistan")],
        )
        assert result.visits.matched == Counts(1, 1, 0)

    def test_spelling_variant_is_the_same_place(self) -> None:
        """Gazetteer aliases name one place."""
        result = score(
            "visits",
            [gold_visit("Farid Qasimi", "Baluchistan")],
            [predicted_visit("Farid Qasimi", "Balochistan", "Pakistan")],
        )
        assert result.visits.matched == Counts(1, 1, 1)

    def test_wrong_visitor_does_not_match(self) -> None:
        """The visitor must be right, as for speakers."""
        result = score(
            "visits",
            [gold_visit("Farid Qasimi", "China")],
            [predicted_visit("Lin Meixue", "China", "China")],
        )
        assert result.visits.matched == Counts(1, 1, 0)

    def test_date_accuracy_over_dated_gold_visits(self) -> None:
        """Undated gold visits are not counted; a missed dated visit counts as wrong."""
        result = score(
            "visits",
            [
                gold_visit("Farid Qasimi", "China", "2031-03-17", "2031-03-23"),
                gold_visit("Lin Meixue", "Pakistan", "2031-02-01", "2031-02-28"),
                gold_visit("Sana Rauf", "China"),
            ],
            [
                predicted_visit("Farid Qasimi", "China", "China", ("2031-03-17", "2031-03-23")),
                predicted_visit("Sana Rauf", "China", "China"),
            ],
        )
        assert (result.visits.matched, result.visits.dates) == (Counts(3, 2, 2), Accuracy(1, 2))

    def test_start_and_end_must_both_be_right(self) -> None:
        """A right start with a wrong end is a wrong date, reported as intervals."""
        result = score(
            "visits",
            [gold_visit("Farid Qasimi", "China", "2031-03-17", "2031-03-23")],
            [predicted_visit("Farid Qasimi", "China", "China", ("2031-03-17", "2031-03-17"))],
        )
        assert [str(m) for m in result.errors()] == [
            "a.txt: visit date | gold 2031-03-17..2031-03-23 | predicted 2031-03-17..2031-03-17"
        ]


class TestInitiatives:
    """Initiatives match on the Jaccard similarity of their names' content words."""

    @pytest.mark.parametrize(
        ("predicted", "matched"),
        [
            ("Marigold port terminal", 1),  # 2 shared of 4 words: exactly 0.5
            ("the Marigold Dry Port (MDP)", 1),  # 3 of 4 with the abbreviation: 0.75
            ("Kestrel dry dock", 0),  # 1 of 5
        ],
    )
    def test_jaccard_threshold(self, predicted: str, matched: int) -> None:
        """Names sharing at least half of their pooled content words match."""
        result = score("initiatives", [initiative("Marigold dry port")], [initiative(predicted)])
        assert result.initiatives.matched == Counts(1, 1, matched)

    def test_sector_accuracy(self) -> None:
        """Sector is checked over the name matches."""
        result = score(
            "initiatives",
            [initiative("Kestrel Solar Park", "energy")],
            [initiative("Kestrel Solar Park", "green")],
        )
        assert result.initiatives.sector == Accuracy(0, 1)

    def test_status_mismatch_is_listed(self) -> None:
        """A missing status is reported as None against the gold status."""
        result = score(
            "initiatives",
            [initiative("Marigold dry port") | {"status": "planned"}],
            [initiative("Marigold dry port")],
        )
        assert [str(m) for m in result.errors()] == [
            "a.txt: initiative status | gold 'Marigold dry port': planned | predicted None"
        ]


class TestVisitStatus:
    """Visit statuses are compared in the gold format's vocabulary."""

    def test_postponed_is_planned(self) -> None:
        """The gold format has no ``postponed``: a trip put off to a new date is still planned."""
        gold = gold_visit("Sara Khan", "Velmora") | {"status": "planned"}
        result = score(
            "visits",
            [gold],
            [predicted_visit("Sara Khan", "Velmora", None) | {"status": "postponed"}],
        )
        assert result.visits.status == Accuracy(1, 1)

    def test_cancelled_trips_are_left_out(self) -> None:
        """The gold format has no cancelled trips: a predicted one is neither match nor error."""
        cancelled = predicted_visit("Sara Khan", "Velmora", None) | {"status": "cancelled"}
        result = score("visits", [], [cancelled])
        assert (result.visits.matched, result.errors()) == (Counts(0, 0, 0), ())
        gold = gold_visit("Sara Khan", "Velmora") | {"status": "planned"}
        assert score("visits", [gold], [cancelled]).visits.matched == Counts(1, 0, 0)


class TestArticles:
    """Gold records find their predicted article by file name, then date and headline."""

    def test_records_of_one_file_paired_by_headline(self) -> None:
        """Two records in one file pair by headline whatever their order."""
        gold = [
            gold_article("multi.txt", headline="First canal story", paragraph_count=1),
            gold_article("multi.txt", headline="Second canal story", paragraph_count=2),
        ]
        predicted = [
            predicted_article("multi.txt", headline="Second canal story", paragraphs=[{}, {}]),
            predicted_article("multi.txt", headline="First canal story", paragraphs=[{}]),
        ]
        result = evaluate(gold, predicted)
        assert (result.fields.headline, result.fields.paragraph_count) == (
            Accuracy(2, 2),
            Accuracy(2, 2),
        )

    def test_archive_member_name(self) -> None:
        """``archive.zip!member.txt`` and Windows paths pair by the member's base name."""
        predicted = [
            predicted_article("corpus.zip!a.txt"),
            predicted_article("C:\\corpus\\b.txt"),
        ]
        result = evaluate([gold_article("a.txt"), gold_article("b.txt")], predicted)
        assert (result.missing, result.unlabelled) == ((), 0)

    def test_related_links_by_headline_overlap(self) -> None:
        """A related headline with the teaser's first words run into it still matches."""
        gold = [{"headline": "Kestrel park reaches full output", "teaser": "Engineers said"}]
        predicted = [{"headline": "Kestrel park reaches full output Engineers", "teaser": "said"}]
        result = evaluate([gold_article(related=gold)], [predicted_article(related=predicted)])
        assert result.fields.related == Counts(1, 1, 1)


class TestSerializedArticles:
    """What ``cpecdata parse`` writes is read with the keys the evaluation expects."""

    def test_to_dict_output_scores(self) -> None:
        """A serialized article with one statement and one visit matches its gold labels."""
        text = (
            " date 2031-03-14 A fictional canal opens\n\n"
            "LAKEVIEW: The canal opens soon, Minister Farid Qasimi said before flying to Beijing.\n"
        )
        article = next(iter(parse_text(text, "corpus/a.txt")))
        assert isinstance(article, Article)
        said = text.index("The canal")
        minister = Actor("Farid Qasimi", role="Minister", country="Pakistan")
        statement = Statement(
            minister, StatementKind.INDIRECT, "The canal opens soon", Span(said, said + 20), "said"
        )
        evidence = text[said:].rstrip("\n")
        visit = Visit(
            minister,
            Place("Beijing", country="China"),
            evidence,
            Span(said, said + len(evidence)),
            VisitStatus.PLANNED,
            when=When("soon"),
        )
        predicted = to_dict(attrs.evolve(article, statements=(statement,), visits=(visit,)))
        gold = gold_article(
            dateline="LAKEVIEW",
            statements=[gold_statement("Farid Qasimi", "The canal opens soon")],
            visits=[gold_visit("Farid Qasimi", "China") | {"status": "planned"}],
        )
        result = evaluate([gold], [predicted])
        assert (result.statements.attributed, result.visits, result.errors()) == (
            Counts(1, 1, 1),
            VisitScores(Counts(1, 1, 1), Accuracy(), Accuracy(1, 1)),
            (),
        )


class TestEdgeCases:
    """Empty inputs, missing articles and bad files give defined results or clear errors."""

    def test_no_gold(self) -> None:
        """Without gold nothing is scored: every ratio is undefined."""
        result = evaluate([], [predicted_article()])
        assert result == Evaluation(
            0, (), 1, ArticleScores(), StatementScores(), VisitScores(), InitiativeScores()
        )
        assert (result.statements.matched.f1, result.visits.dates.value) == (None, None)

    def test_no_predictions(self) -> None:
        """A gold article without prediction misses all facts: F1 0, precision undefined."""
        gold = gold_article(statements=[gold_statement("Farid Qasimi", "the canal opens")])
        result = evaluate([gold], [])
        matched = result.statements.matched
        assert (result.missing, matched, matched.precision, matched.recall, matched.f1) == (
            ("a.txt",),
            Counts(1, 0, 0),
            None,
            0.0,
            0.0,
        )
        assert result.fields == ArticleScores(
            Accuracy(0, 1), Accuracy(0, 1), Accuracy(0, 1), Accuracy(0, 1), Counts()
        )

    def test_counts_ratios(self) -> None:
        """F1 is 2·matched / (gold + predicted), the harmonic mean of precision and recall."""
        counts = Counts(gold=4, predicted=2, matched=1)
        assert (counts.precision, counts.recall, counts.f1) == (0.5, 0.25, 1 / 3)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A gold or prediction file that does not exist is an OSError from evaluate_files."""
        with pytest.raises(FileNotFoundError):
            evaluate_files(DATA / "gold.jsonl", tmp_path / "absent.jsonl")

    def test_invalid_json_line(self, tmp_path: Path) -> None:
        """A bad line is a LoadError naming the file and line; blank lines are skipped."""
        path = tmp_path / "pred.jsonl"
        path.write_text("{}\n\n[1]\n", encoding="utf-8")
        with pytest.raises(LoadError) as info:
            evaluate_files(DATA / "gold.jsonl", path)
        assert str(info.value) == f"{path}:3: expected a JSON object"

    def test_malformed_json(self, tmp_path: Path) -> None:
        """Unparseable JSON reports the decoder's message."""
        path = tmp_path / "gold.jsonl"
        path.write_text("{oops\n", encoding="utf-8")
        with pytest.raises(LoadError) as info:
            evaluate_files(path, DATA / "predictions.jsonl")
        assert str(info.value) == (
            f"{path}:1: invalid JSON: Expecting property name enclosed in double quotes"
        )


class TestScoreDevsetScript:
    """scripts/score_devset.py measures a dev-set folder and never fails without one."""

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
        )

    def test_skips_without_dev_set(self, tmp_path: Path) -> None:
        """An absent dev set is reported and the script exits 0."""
        done = self.run(str(tmp_path / "nowhere"))
        assert (done.returncode, done.stdout) == (0, "dev set not found, skipping\n")

    def test_scores_a_dev_set_folder(self, tmp_path: Path) -> None:
        """A fictional dev-set folder is parsed, scored and checked against the targets."""
        (tmp_path / "raw").mkdir()
        (tmp_path / "raw" / "a.txt").write_text(
            " date 2031-03-14 A fictional canal opens\n\nRain fell on Lakeview.\n", encoding="utf-8"
        )
        (tmp_path / "gold.jsonl").write_text(json.dumps(gold_article()) + "\n", encoding="utf-8")
        done = self.run(str(tmp_path))
        lines = done.stdout.splitlines()
        assert done.returncode == 0
        assert lines[3] == "gold articles: 1, without prediction: 0, predicted without gold: 0"
        assert lines[-5:] == [
            "targets",
            "  statements attributed F1          - >= 0.92  NOT met",
            "  visits F1                         - >= 0.92  NOT met",
            "  visit date accuracy               - >= 0.90  NOT met",
            "  initiatives F1                    - >= 0.85  NOT met",
        ]
