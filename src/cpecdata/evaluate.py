"""Score extracted facts against hand-made gold labels, the way the dev set's README defines.

Gold labels are JSONL records in the dev-set format (``file``, ``date``, ``headline``,
``dateline``, ``paragraph_count``, ``related``, ``statements``, ``visits``, ``initiatives``);
predictions are cpecdata's JSONL output, read as plain JSON so that scoring does not depend on
the serializer that wrote them. The rules:

* **Articles** are paired by file name (gold ``file`` against the base name of
  ``origin.path``); several records in one file are told apart by date and headline. A gold
  article without a prediction counts as wrong on every field and misses all of its facts;
  predicted articles without gold labels are counted but not scored.
* **Article fields**: exact date, headline with whitespace and quote style normalised, exact
  dateline, paragraph count; related links match when their headlines' content words have a
  Jaccard similarity of at least 0.5.
* **Statements** match when the token F1 of their content words is at least 0.5 (0.8 for the
  *tight* score). A match is *attributed* when the gold speaker's surname (the last word of a
  personal name) appears among the words of the predicted speaker's name or role, or, for a
  descriptor (``the Pakistani side``, ``Foreign Office``), when most of its content words do; a
  body's acronym and its name match either way round (``the NHA``, ``National Highway
  Authority``).
  Attributed scores come from their own matching in which only correctly attributed pairs may
  pair up. Speaker and kind accuracy are taken over the (plain) matches.
* **Visits** match when the visitor is right (as for speakers) and the destination is the same
  place (same name, same gazetteer entry, or a port or airport and the city it is named after:
  ``Gwadar Port`` and ``Gwadar``) or lies in the gold country (a predicted country does not
  match a gold city in it). Date accuracy counts gold visits that have dates whose
  predicted start and end both equal the gold ones; an unmatched dated visit counts as wrong.
  Statuses are compared in the gold vocabulary (past, ongoing, planned): ``postponed`` is planned,
  and a ``cancelled`` trip, which the gold format cannot express, is left out before matching.
* **Initiatives** match when their names' content-word sets have a Jaccard similarity of at
  least 0.5; sector and status accuracy are taken over the matches.

Matching is one-to-one and greedy: eligible pairs are taken in order of decreasing similarity
(ties in reading order), which is optimal whenever similarities are distinct enough not to
compete, and is what a rule writer can reproduce by hand. Scores are micro-averaged: counts are
summed over all articles before ratios are taken. A ratio whose denominator is zero is None.
"""

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, Self

import attrs

from cpecdata.errors import LoadError
from cpecdata.gazetteer import lookup_place

__all__ = [
    "Accuracy",
    "ArticleScores",
    "Counts",
    "Evaluation",
    "InitiativeScores",
    "Mismatch",
    "StatementScores",
    "VisitScores",
    "evaluate",
    "evaluate_files",
]

Record = Mapping[str, Any]
"""One JSON object: a gold record, a predicted article, or one of their facts."""

MATCH_F1 = 0.5
"""Content-word token F1 at which a predicted statement matches a gold one."""
TIGHT_F1 = 0.8
"""The stricter threshold of the tight statement score."""
NAME_JACCARD = 0.5
"""Content-word Jaccard similarity at which initiative names (and related headlines) match."""

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
)
_STOPWORDS = frozenset(
    # NLTK's English stopword list (as single \w+ tokens) plus modal verbs and "also".
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself it its itself they them their theirs themselves what which who whom "
    "this that these those am is are was were be been being have has had having do does did "
    "doing a an the and but if or because as until while of at by for with about against "
    "between into through during before after above below to from up down in out on off over "
    "under again further then once here there when where why how all any both each few more "
    "most other some such no nor not only own same so than too very s t can will just don "
    "should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn "
    "mustn needn shan shouldn wasn weren won wouldn would could may might must shall also".split()
)
_INSTITUTION_WORDS = frozenset(
    "office ministry group authority department government company corporation commission "
    "committee council agency embassy bank board side sides sources source countries country "
    "party army forces media bureau division cell wing secretariat administration".split()
)


class _Summable:
    """Mixin: attrs score classes add up field by field, so per-article scores can be summed."""

    __slots__ = ()
    __attrs_attrs__: ClassVar[tuple["attrs.Attribute[Any]", ...]]

    def __add__(self, other: Self) -> Self:
        names = [f.name for f in attrs.fields(type(self))]
        return type(self)(*(getattr(self, n) + getattr(other, n) for n in names))


@attrs.frozen
class Counts(_Summable):
    """Matching counts of one fact type, and the precision, recall and F1 they give.

    Attributes:
        gold: Gold items.
        predicted: Predicted items.
        matched: One-to-one matches between them.

    """

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float | None:
        """Matched share of the predictions; None when nothing was predicted."""
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """Matched share of the gold items; None when there are none."""
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (2·matched / (gold + predicted)); None for 0/0."""
        total = self.gold + self.predicted
        return 2 * self.matched / total if total else None

    def to_dict(self) -> dict[str, Any]:
        """The counts and ratios, JSON-ready."""
        return {
            **attrs.asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy(_Summable):
    """How many of the items a check applies to passed it.

    Attributes:
        correct: Items that passed.
        total: Items checked.

    """

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """The share that passed; None when nothing was checked."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """The counts and the ratio, JSON-ready."""
        return {**attrs.asdict(self), "value": self.value}


@attrs.frozen
class ArticleScores(_Summable):
    """How well the parser recovered each article's own fields.

    Attributes:
        date: Exact publication date.
        headline: Headline, whitespace and quote style normalised.
        dateline: Exact dateline (None when the gold has none).
        paragraph_count: Number of body paragraphs.
        related: ``Also Read`` links matched by headline overlap.

    """

    date: Accuracy = Accuracy()
    headline: Accuracy = Accuracy()
    dateline: Accuracy = Accuracy()
    paragraph_count: Accuracy = Accuracy()
    related: Counts = Counts()


@attrs.frozen
class StatementScores(_Summable):
    """Statement scores.

    Attributes:
        matched: Text matches (token F1 ≥ 0.5), speaker ignored.
        attributed: Text matches with the speaker right: the headline figure.
        tight: Text matches at token F1 ≥ 0.8.
        tight_attributed: Tight matches with the speaker right.
        speaker: Speaker right, over the text matches.
        kind: Direct/indirect right, over the text matches.

    """

    matched: Counts = Counts()
    attributed: Counts = Counts()
    tight: Counts = Counts()
    tight_attributed: Counts = Counts()
    speaker: Accuracy = Accuracy()
    kind: Accuracy = Accuracy()


@attrs.frozen
class VisitScores(_Summable):
    """Visit scores.

    Attributes:
        matched: Visitor and destination matches.
        dates: Resolved start and end both right, over gold visits with dates.
        status: Status right, over the matches.

    """

    matched: Counts = Counts()
    dates: Accuracy = Accuracy()
    status: Accuracy = Accuracy()


@attrs.frozen
class InitiativeScores(_Summable):
    """Initiative scores.

    Attributes:
        matched: Name matches (content-word Jaccard ≥ 0.5).
        sector: Sector right, over the matches.
        status: Status right, over the matches.

    """

    matched: Counts = Counts()
    sector: Accuracy = Accuracy()
    status: Accuracy = Accuracy()


@attrs.frozen
class Mismatch:
    """One thing a prediction got wrong, for rule writers to look at.

    Attributes:
        file: The gold record's file.
        fact: ``article``, ``related``, ``statement``, ``visit`` or ``initiative``.
        problem: ``missed``, ``spurious``, or the field that is wrong (``speaker``, ``date`` …).
        gold: The gold value or fact, summarised; None for a spurious fact.
        predicted: The predicted value or fact, summarised; None for a missed fact.

    """

    file: str
    fact: str
    problem: str
    gold: str | None = None
    predicted: str | None = None

    def __str__(self) -> str:
        parts = [f"{self.file}: {self.fact} {self.problem}"]
        if self.gold is not None:
            parts.append(f"gold {self.gold}")
        if self.predicted is not None:
            parts.append(f"predicted {self.predicted}")
        return " | ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The mismatch, JSON-ready."""
        return attrs.asdict(self)


@attrs.frozen
class Evaluation:
    """The scores of a set of predictions against gold labels, with what went wrong.

    Attributes:
        articles: Gold records scored.
        missing: Files of gold records that had no predicted article.
        unlabelled: Predicted articles that had no gold record (not scored).
        fields: Article-field accuracy.
        statements: Statement scores.
        visits: Visit scores.
        initiatives: Initiative scores.
        mismatches: Every missed, spurious or wrong item, in gold-file order.

    """

    articles: int
    missing: tuple[str, ...]
    unlabelled: int
    fields: ArticleScores
    statements: StatementScores
    visits: VisitScores
    initiatives: InitiativeScores
    mismatches: tuple[Mismatch, ...] = ()

    def errors(self, fact: str | None = None) -> tuple[Mismatch, ...]:
        """The mismatches, all or those of one fact type (``statement``, ``visit`` …)."""
        return tuple(m for m in self.mismatches if fact is None or m.fact == fact)

    def to_dict(self) -> dict[str, Any]:
        """Every score and mismatch as JSON-ready dicts, for ``cpecdata evaluate --json``."""
        out: dict[str, Any] = {
            "articles": self.articles,
            "missing": list(self.missing),
            "unlabelled": self.unlabelled,
        }
        for name in ("fields", "statements", "visits", "initiatives"):
            group = getattr(self, name)
            out[name] = {
                f.name: getattr(group, f.name).to_dict() for f in attrs.fields(type(group))
            }
        out["errors"] = [m.to_dict() for m in self.mismatches]
        return out

    def to_text(self) -> str:
        """A fixed-width table of the scores, for the terminal."""
        st, vi, ini, fi = self.statements, self.visits, self.initiatives, self.fields
        head = (
            f"gold articles: {self.articles}, without prediction: {len(self.missing)}, "
            f"predicted without gold: {self.unlabelled}"
        )
        counts = [
            ("statements", st.matched),
            ("statements attributed", st.attributed),
            ("statements tight", st.tight),
            ("statements tight attributed", st.tight_attributed),
            ("visits", vi.matched),
            ("initiatives", ini.matched),
            ("related links", fi.related),
        ]
        accuracies = [
            ("statement speaker", st.speaker),
            ("statement kind", st.kind),
            ("visit dates", vi.dates),
            ("visit status", vi.status),
            ("initiative sector", ini.sector),
            ("initiative status", ini.status),
            ("article date", fi.date),
            ("article headline", fi.headline),
            ("article dateline", fi.dateline),
            ("article paragraph count", fi.paragraph_count),
        ]
        lines = [
            head,
            "",
            f"{'facts':<28}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}",
        ]
        lines += [
            f"{name:<28}{c.gold:>6}{c.predicted:>6}{c.matched:>7}"
            f"{_ratio(c.precision):>8}{_ratio(c.recall):>8}{_ratio(c.f1):>8}"
            for name, c in counts
        ]
        lines += ["", f"{'accuracy':<28}{'right':>6}{'of':>6}{'':>7}{'value':>8}"]
        lines += [
            f"{name:<28}{a.correct:>6}{a.total:>6}{'':>7}{_ratio(a.value):>8}"
            for name, a in accuracies
        ]
        return "\n".join(lines)


def _ratio(value: float | None) -> str:
    """A ratio with three decimals, or ``-`` when undefined."""
    return "-" if value is None else f"{value:.3f}"


def evaluate_files(gold: Path, predictions: Path) -> Evaluation:
    """Score the predictions JSONL file against the gold JSONL file.

    Raises:
        LoadError: when a line of either file is not a JSON object.
        OSError: when a file cannot be read.

    """
    return evaluate(_read_jsonl(gold), _read_jsonl(predictions))


def _read_jsonl(path: Path) -> list[Record]:
    """The JSON objects of a JSONL file, one per non-blank line."""
    records: list[Record] = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LoadError(f"invalid JSON: {exc.msg}", str(path), line_no) from exc
            if not isinstance(value, dict):
                raise LoadError("expected a JSON object", str(path), line_no)
            records.append(value)
    return records


def evaluate(gold_records: Iterable[Record], predicted_articles: Iterable[Record]) -> Evaluation:
    """Score predicted articles (cpecdata JSON dicts) against gold records (dev-set dicts)."""
    by_file: dict[str, list[Record]] = {}
    for article in predicted_articles:
        name = _basename(_text(article.get("origin"), "path") or "")
        by_file.setdefault(name, []).append(article)
    total = _Scores()
    mismatches: list[Mismatch] = []
    missing: list[str] = []
    articles = 0
    for gold in gold_records:
        articles += 1
        file = str(gold.get("file", ""))
        predicted = _take_prediction(gold, by_file.get(file, []))
        found: list[Mismatch] = []
        total += _score_article(gold, predicted or {}, _Reporter(file, "article", found))
        if predicted is None:
            missing.append(file)
            # An absent article's field-by-field differences say nothing its absence does not.
            found = [Mismatch(file, "article", "missed", _text(gold, "headline"))] + [
                m for m in found if m.fact != "article"
            ]
        mismatches += found
    return Evaluation(
        articles=articles,
        missing=tuple(missing),
        unlabelled=sum(len(rest) for rest in by_file.values()),
        fields=total.fields,
        statements=total.statements,
        visits=total.visits,
        initiatives=total.initiatives,
        mismatches=tuple(mismatches),
    )


def _basename(path: str) -> str:
    """The file name at the end of a path, a Windows path or an ``archive.zip!member`` name."""
    return re.split(r"[/\\!]", path)[-1]


def _take_prediction(gold: Record, candidates: list[Record]) -> Record | None:
    """Remove and return the predicted article in the gold record's file that fits it best."""
    if not candidates:
        return None
    headline = _normalise(_text(gold, "headline") or "")

    def fit(article: Record) -> tuple[bool, bool]:
        same_date = _text(article, "date") == _text(gold, "date")
        return same_date, _normalise(_text(article, "headline") or "") == headline

    best = max(candidates, key=fit)
    candidates.remove(best)
    return best


@attrs.frozen
class _Reporter:
    """Collects the mismatches of one fact type in one file."""

    file: str
    fact: str
    into: list[Mismatch]

    def check(self, problem: str, ok: bool, gold: str | None, predicted: str | None) -> Accuracy:
        """Record a mismatch unless ``ok``; the one-item accuracy of the check."""
        if not ok:
            self.into.append(Mismatch(self.file, self.fact, problem, gold, predicted))
        return Accuracy(int(ok), 1)

    def same(self, field: str, gold: Record, predicted: Record, label: str = "") -> Accuracy:
        """Check that ``field`` is present in the prediction with the gold value.

        ``label`` names the gold item in the mismatch.
        """
        expected, got = _text(gold, field), _text(predicted, field)
        ok = field in predicted and expected == got
        return self.check(field, ok, f"{label}{expected}", str(got))

    def unmatched(
        self, gold: Sequence[Record], predicted: Sequence[Record], pairs: Sequence[tuple[int, int]],
        describe: Callable[[Record], str],
    ) -> Counts:  # fmt: skip
        """Record missed gold and spurious predicted items; the counts of the matching."""
        paired_gold = {g for g, _ in pairs}
        paired_pred = {p for _, p in pairs}
        for i, item in enumerate(gold):
            if i not in paired_gold:
                self.into.append(Mismatch(self.file, self.fact, "missed", describe(item)))
        for i, item in enumerate(predicted):
            if i not in paired_pred:
                self.into.append(Mismatch(self.file, self.fact, "spurious", None, describe(item)))
        return Counts(len(gold), len(predicted), len(pairs))


@attrs.frozen
class _Scores(_Summable):
    """The scores of one article, or of several summed."""

    fields: ArticleScores = ArticleScores()
    statements: StatementScores = StatementScores()
    visits: VisitScores = VisitScores()
    initiatives: InitiativeScores = InitiativeScores()


def _score_article(gold: Record, predicted: Record, report: _Reporter) -> _Scores:
    """Score one predicted article against its gold record, reporting what went wrong."""

    def facts(key: str, fact: str) -> tuple[list[Record], list[Record], _Reporter]:
        return _items(gold, key), _items(predicted, key), attrs.evolve(report, fact=fact)

    return _Scores(
        _score_fields(gold, predicted, report),
        _score_statements(*facts("statements", "statement")),
        _score_visits(*facts("visits", "visit")),
        _score_initiatives(*facts("initiatives", "initiative")),
    )


def _score_fields(gold: Record, predicted: Record, report: _Reporter) -> ArticleScores:
    """Article-field accuracy and related-link matching of one article."""
    paragraphs = predicted.get("paragraphs")
    count = len(paragraphs) if isinstance(paragraphs, list) else None
    headlines = [_normalise(_text(r, "headline") or "") for r in (gold, predicted)]
    gold_related = _items(gold, "related")
    pred_related = _items(predicted, "related")
    related_words = [
        [_content_set(_text(r, "headline")) for r in rs] for rs in (gold_related, pred_related)
    ]
    pairs = _greedy_match(
        len(gold_related),
        len(pred_related),
        lambda g, p: _at_least(_jaccard(related_words[0][g], related_words[1][p]), NAME_JACCARD),
    )
    related_report = attrs.evolve(report, fact="related")
    return ArticleScores(
        date=report.same("date", gold, predicted),
        headline=report.check("headline", headlines[0] == headlines[1], headlines[0], headlines[1]),
        dateline=report.same("dateline", gold, predicted),
        paragraph_count=report.check(
            "paragraph count",
            gold.get("paragraph_count") == count,
            str(gold.get("paragraph_count")),
            str(count),
        ),
        related=related_report.unmatched(
            gold_related, pred_related, pairs, lambda r: repr(_text(r, "headline"))
        ),
    )


def _score_statements(
    gold: Sequence[Record], predicted: Sequence[Record], report: _Reporter
) -> StatementScores:
    """Statement scores of one article."""
    gold_words = [_content_bag(_text(s, "text")) for s in gold]
    pred_words = [_content_bag(_text(s, "text")) for s in predicted]
    f1 = [[_token_f1(g, p) for p in pred_words] for g in gold_words]
    speaker_ok = [
        [_same_actor(_text(g, "speaker"), p.get("speaker")) for p in predicted] for g in gold
    ]

    def match(threshold: float, attributed: bool) -> list[tuple[int, int]]:
        return _greedy_match(
            len(gold),
            len(predicted),
            lambda g, p: (
                _at_least(f1[g][p], threshold) if speaker_ok[g][p] or not attributed else None
            ),
        )

    pairs = match(MATCH_F1, attributed=False)
    speaker = kind = Accuracy()
    for g, p in pairs:
        summary = (_describe_statement(gold[g]), _describe_statement(predicted[p]))
        speaker += report.check("speaker", speaker_ok[g][p], *summary)
        same_kind = _text(gold[g], "kind") == _text(predicted[p], "kind")
        kind += report.check("kind", same_kind, *summary)

    def counts(found: list[tuple[int, int]]) -> Counts:
        return Counts(len(gold), len(predicted), len(found))

    return StatementScores(
        matched=report.unmatched(gold, predicted, pairs, _describe_statement),
        attributed=counts(match(MATCH_F1, attributed=True)),
        tight=counts(match(TIGHT_F1, attributed=False)),
        tight_attributed=counts(match(TIGHT_F1, attributed=True)),
        speaker=speaker,
        kind=kind,
    )


def _describe_statement(statement: Record) -> str:
    """``speaker: kind 'text'`` for a gold or predicted statement."""
    speaker = _speaker_name(statement.get("speaker"))
    return f"{speaker}: {_text(statement, 'kind')} {_text(statement, 'text')!r}"


def _speaker_name(actor: object) -> str | None:
    """The name of a gold actor (a string) or a predicted one (an object with ``name``)."""
    return actor if isinstance(actor, str) else _text(actor, "name")


def _score_visits(
    gold: Sequence[Record], predicted: Sequence[Record], report: _Reporter
) -> VisitScores:
    """Visit scores of one article (cancelled trips left out: the gold format has none)."""
    predicted = [v for v in predicted if _text(v, "status") != "cancelled"]
    gold_words = [_content_bag(_text(v, "evidence")) for v in gold]
    pred_words = [_content_bag(_text(v, "evidence")) for v in predicted]

    def score(g: int, p: int) -> float | None:
        eligible = _same_actor(_text(gold[g], "visitor"), predicted[p].get("visitor")) and (
            _same_destination(_text(gold[g], "destination"), predicted[p].get("destination"))
        )
        return _token_f1(gold_words[g], pred_words[p]) if eligible else None

    pairs = _greedy_match(len(gold), len(predicted), score)
    partner = dict(pairs)
    dates = status = Accuracy()
    for g, item in enumerate(gold):
        expected = (_text(item, "start"), _text(item, "end"))
        if expected == (None, None):
            continue
        when = predicted[partner[g]].get("when") if g in partner else None
        got = (_text(when, "start"), _text(when, "end"))
        dates += report.check(
            "date", got == expected, _describe_dates(expected), _describe_dates(got)
        )
    for g, p in pairs:
        gold_status, said = _text(gold[g], "status"), _text(predicted[p], "status")
        ok = "status" in predicted[p] and gold_status == _AS_GOLD_STATUS.get(said or "", said)
        label = f"{_describe_visit(gold[g])}: {gold_status}"
        status += report.check("status", ok, label, str(said))
    return VisitScores(report.unmatched(gold, predicted, pairs, _describe_visit), dates, status)


_AS_GOLD_STATUS = {"postponed": "planned"}
"""The gold format knows past, ongoing and planned: a postponed visit is still planned."""


def _describe_dates(dates: tuple[str | None, str | None]) -> str:
    """``start..end`` (``None..None`` when unresolved)."""
    return f"{dates[0]}..{dates[1]}"


def _describe_visit(visit: Record) -> str:
    """``visitor → destination`` for a gold or predicted visit."""
    destination = visit.get("destination")
    place = destination if isinstance(destination, str) else _text(destination, "name")
    return f"{_speaker_name(visit.get('visitor'))} → {place}"


def _score_initiatives(
    gold: Sequence[Record], predicted: Sequence[Record], report: _Reporter
) -> InitiativeScores:
    """Initiative scores of one article."""
    gold_names = [_content_set(_text(i, "name")) for i in gold]
    pred_names = [_content_set(_text(i, "name")) for i in predicted]
    pairs = _greedy_match(
        len(gold),
        len(predicted),
        lambda g, p: _at_least(_jaccard(gold_names[g], pred_names[p]), NAME_JACCARD),
    )
    sector = status = Accuracy()
    for g, p in pairs:
        label = f"{_text(gold[g], 'name')!r}: "
        sector += report.same("sector", gold[g], predicted[p], label)
        status += report.same("status", gold[g], predicted[p], label)
    return InitiativeScores(
        report.unmatched(gold, predicted, pairs, lambda i: repr(_text(i, "name"))), sector, status
    )


def _greedy_match(
    n_gold: int, n_predicted: int, score: Callable[[int, int], float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best score first; None = may not pair."""
    candidates = [
        (-found, g, p)
        for g in range(n_gold)
        for p in range(n_predicted)
        if (found := score(g, p)) is not None
    ]
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def _at_least(value: float, threshold: float) -> float | None:
    """``value`` when it reaches ``threshold``, else None (the pair may not match)."""
    return value if value >= threshold else None


def _words(text: str | None) -> list[str]:
    """Lower-cased word tokens (letters, digits, underscore); hyphenated words split."""
    return _WORD.findall(text.casefold()) if text else []


def _content_bag(text: str | None) -> Counter[str]:
    """The multiset of content words (stopwords dropped)."""
    return Counter(w for w in _words(text) if w not in _STOPWORDS)


def _content_set(text: str | None) -> frozenset[str]:
    """The set of content words (stopwords dropped)."""
    return frozenset(_content_bag(text))


def _token_f1(gold: Counter[str], predicted: Counter[str]) -> float:
    """Token F1 of two bags of words (0 when either is empty)."""
    common = sum((gold & predicted).values())
    if not common:
        return 0.0
    return 2 * common / (sum(gold.values()) + sum(predicted.values()))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two word sets (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _same_actor(gold: str | None, predicted: object) -> bool:
    """Whether a predicted actor (``{name, role, …}``) is the gold speaker or visitor.

    A personal name needs its surname (last word) among the predicted name's and role's words;
    a descriptor needs most (more than half) of its content words there. A body's acronym is
    its name (``the NHA`` and ``National Highway Authority``, either way round).
    """
    if not gold:
        return False
    name = _text(predicted, "name")
    seen = set(_words(name)) | set(_words(_text(predicted, "role"))) | _initials(name)
    if _is_personal_name(gold):
        return all(w in seen for w in _words(gold.split()[-1]))
    needed = _content_set(gold) or frozenset(_words(gold))
    return 2 * len(needed & seen) > len(needed) or bool(_initials(gold) & seen)


def _initials(name: str | None) -> set[str]:
    """The lower-cased initials of a name's capitalised words (``National Highway Authority``: nha).

    None for a name of fewer than two of them, which no acronym can spell.
    """
    capitals = [word[0] for word in (name or "").split() if word[0].isupper()]
    return {"".join(capitals).casefold()} if len(capitals) > 1 else set()


def _is_personal_name(name: str) -> bool:
    """Whether a gold speaker is a person's name rather than a descriptor.

    Names have two or more capitalised words, none of them an institution word (``Foreign
    Office`` is a descriptor); descriptors such as ``the Pakistani side`` have lower-case words.
    """
    tokens = name.split()
    return len(tokens) >= 2 and all(
        t[0].isupper() and t.casefold() not in _INSTITUTION_WORDS for t in tokens
    )


def _same_destination(gold: str | None, predicted: object) -> bool:
    """Whether a predicted destination (``{name, country}``) is the gold one or lies in it.

    The same place means the same normalised name or the same gazetteer entry; a predicted city
    matches a gold country it lies in (by its own ``country``, else the gazetteer's); a port or
    airport named after its city is that city (annotators write ``Gwadar Port`` and ``Gwadar``
    for the same trip).
    """
    name = _text(predicted, "name")
    if not gold or not name:
        return False
    gold_place = lookup_place(gold)
    pred_place = lookup_place(name)
    gold_keys = _city_keys(gold, gold_place.name if gold_place else None)
    pred_keys = _city_keys(name, pred_place.name if pred_place else None)
    country = _text(predicted, "country") or (pred_place.country if pred_place else None)
    if country:
        pred_keys.add(_place_key(country))
    return bool(gold_keys & pred_keys)


def _city_keys(*names: str | None) -> set[str]:
    """The keys of a place's names, each also without a final ``port`` or ``airport`` word."""
    keys = {_place_key(name) for name in names if name}
    return keys | {_FACILITY.sub("", key) for key in keys}


_FACILITY = re.compile(r" (?:(?:international )?airport|(?:sea|dry )?port)$")
"""A facility word after a city's name (``Gwadar Port``); what it leaves of a facility not named
after a city (``Allama Iqbal International Airport``) matches no city."""


def _place_key(name: str) -> str:
    """A place name compared case-, hyphen- and quote-insensitively, without a leading ``the``."""
    key = " ".join(_words(name))
    return key.removeprefix("the ")


def _normalise(text: str) -> str:
    """Text with curly quotes straightened and whitespace runs collapsed to one space."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def _text(record: object, key: str) -> str | None:
    """``record[key]`` as a string, or None when the record or the value is missing."""
    if not isinstance(record, Mapping):
        return None
    value = record.get(key)
    return None if value is None else str(value)


def _items(record: Record, key: str) -> list[Record]:
    """The JSON objects in the list ``record[key]`` (other values ignored)."""
    value = record.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]
