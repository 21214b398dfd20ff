import datetime as dt
import io
import json
from typing import Any

import jsonschema
import pytest

from cpecdata.errors import LoadError
from cpecdata.model import Article, Paragraph, Span
from cpecdata.serialize.json import (
    dump_jsonl,
    from_dict,
    from_json,
    iter_jsonl,
    load_jsonl,
    to_dict,
    to_json,
)
from cpecdata.serialize.schema import json_schema

_FIRST = "The Tovar Bay port authority said the new berth was completed on Monday."


def _expected(source: str) -> dict[str, Any]:
    """The JSON form of the fictional_article fixture, written out in full."""
    return {
        "schema": "cpecdata/1",
        "id": "804e82d1edb2ae89",
        "date": "2024-03-05",
        "headline": "Tovar Bay port opens a new berth",
        "source": source,
        "origin": {"path": "corpus/fictional.txt", "record": 0, "line": 1},
        "dateline": "KESTRAN",
        "paragraphs": [
            {"text": _FIRST, "span": {"start": 60, "end": 132}},
            {"text": "“Trade will grow,” Arlen Voss said.", "span": {"start": 149, "end": 184}},
        ],
        "related": [
            {
                "text": "Velmora council approves budget The council met on Monday...",
                "span": {"start": 196, "end": 256},
                "headline": "Velmora council approves budget",
                "teaser": "The council met on Monday...",
                "truncated": True,
            }
        ],
        "noise": [
            {"kind": "advertisement", "text": "Advertisement", "span": {"start": 134, "end": 147}}
        ],
        "statements": [
            {
                "speaker": {
                    "name": "Arlen Voss",
                    "role": "Minister",
                    "organization": "Port Authority",
                    "country": "Velmoria",
                    "named": True,
                },
                "kind": "direct",
                "text": "Trade will grow,",
                "span": {"start": 150, "end": 166},
                "verb": "said",
                "when": None,
                "confidence": 0.9,
            }
        ],
        "visits": [
            {
                "visitor": {
                    "name": "Sefa Orlund",
                    "role": "Ambassador",
                    "organization": None,
                    "country": None,
                    "named": True,
                },
                "destination": {
                    "name": "Tovar Bay",
                    "country": "Velmoria",
                    "id": "tovar-bay",
                    "latitude": 12.5,
                    "longitude": -3.25,
                },
                "evidence": _FIRST,
                "span": {"start": 60, "end": 132},
                "status": "past",
                "host": None,
                "when": {
                    "text": "on Monday",
                    "start": "2024-03-04",
                    "end": "2024-03-04",
                    "granularity": "day",
                    "span": {"start": 122, "end": 131},
                },
                "qualifiers": ["official"],
                "cameo": ["042"],
                "plover": "CONSULT",
                "plover_mode": "visit",
                "confidence": 1.0,
            }
        ],
        "initiatives": [
            {
                "name": "Tovar Bay port",
                "kind": "project",
                "sector": "port",
                "evidence": _FIRST,
                "span": {"start": 60, "end": 132},
                "id": "tovar-bay-port",
                "location": {
                    "name": "Tovar Bay",
                    "country": "Velmoria",
                    "id": None,
                    "latitude": None,
                    "longitude": None,
                },
                "status": "completed",
                "confidence": 0.75,
            }
        ],
    }


class TestToDict:
    def test_whole_shape(self, fictional_article: Article, fictional_raw: str) -> None:
        """Every key other tools rely on is written, None as null, dates and enums as strings."""
        assert to_dict(fictional_article) == _expected(fictional_raw)

    def test_schema_tag_first(self, fictional_article: Article) -> None:
        """Readers can check the format from the first key of each line."""
        assert next(iter(to_dict(fictional_article))) == "schema"

    def test_validates_against_schema(self, fictional_article: Article) -> None:
        """The dict is what the shipped JSON Schema describes."""
        validator = jsonschema.Draft202012Validator(
            json_schema(), format_checker=jsonschema.FormatChecker()
        )
        assert list(validator.iter_errors(to_dict(fictional_article))) == []


class TestJsonText:
    def test_round_trip(self, fictional_article: Article) -> None:
        """Loading what was written gives the same article back, facts included."""
        assert from_json(to_json(fictional_article)) == fictional_article

    def test_non_ascii_kept(self, fictional_article: Article) -> None:
        """Curly quotes stay readable characters rather than escapes."""
        text = to_json(fictional_article)
        assert ("“Trade" in text, "\\u201c" in text) == (True, False)

    def test_indent(self, fictional_article: Article) -> None:
        """An indent gives the pretty-printed form of the same JSON."""
        pretty = to_json(fictional_article, indent=2)
        assert pretty == json.dumps(to_dict(fictional_article), ensure_ascii=False, indent=2)

    def test_bytes_accepted(self, fictional_article: Article) -> None:
        """UTF-8 bytes load like text (as read from a binary file)."""
        assert from_json(to_json(fictional_article).encode()) == fictional_article

    def test_not_json(self) -> None:
        """Text that is not JSON says so with the decoder's position."""
        with pytest.raises(LoadError) as info:
            from_json('{"schema": "cpecdata/1", ', path="a.json")
        assert str(info.value) == (
            "a.json: not valid JSON: Expecting property name enclosed in double quotes: "
            "line 1 column 26 (char 25)"
        )

    def test_nan_rejected(self, fictional_article: Article) -> None:
        """NaN is not JSON, even though Python's json module would read it."""
        text = to_json(fictional_article).replace('"confidence": 0.9', '"confidence": NaN')
        with pytest.raises(LoadError) as info:
            from_json(text)
        assert info.value.message == "not valid JSON: NaN is not valid JSON"


def _load_problem(fictional_article: Article, path: str, value: object) -> str:
    """The LoadError message after setting the JSON value at ``path`` (dots and [i])."""
    data = to_dict(fictional_article)
    *parents, last = path.replace("[", ".").replace("]", "").split(".")
    target: Any = data
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    target[int(last) if last.isdigit() else last] = value
    with pytest.raises(LoadError) as info:
        from_dict(data)
    return info.value.message


class TestStrictLoading:
    @pytest.mark.parametrize(
        ("path", "value", "message"),
        [
            ("headline", 123, "invalid value for type, expected str, got int @ $.headline"),
            (
                "paragraphs[0].span.start",
                "60",
                "invalid value for type, expected int, got str @ $.paragraphs[0].span.start",
            ),
            (
                "paragraphs[0].span.start",
                60.0,
                "invalid value for type, expected int, got float @ $.paragraphs[0].span.start",
            ),
            (
                "origin.line",
                True,
                "invalid value for type, expected int, got bool @ $.origin.line",
            ),
            (
                "related[0].truncated",
                1,
                "invalid value for type, expected bool, got int @ $.related[0].truncated",
            ),
            (
                "statements[0].confidence",
                "0.9",
                "invalid value for type, expected float, got str @ $.statements[0].confidence",
            ),
            (
                "statements[0].confidence",
                False,
                "invalid value for type, expected float, got bool @ $.statements[0].confidence",
            ),
            ("noise", {}, "invalid value for type, expected array, got object @ $.noise"),
            (
                "visits[0].qualifiers",
                "official",
                "invalid value for type, expected array, got str @ $.visits[0].qualifiers",
            ),
            ("date", "20240305", "invalid date '20240305', expected YYYY-MM-DD @ $.date"),
            ("date", "2024-02-30", "invalid date '2024-02-30': no such day @ $.date"),
            (
                "date",
                20240305,
                "invalid value for type, expected an ISO date string (YYYY-MM-DD), got int"
                " @ $.date",
            ),
            (
                "statements[0].kind",
                "quoted",
                "invalid value 'quoted' for StatementKind, expected one of 'direct', 'indirect'"
                " @ $.statements[0].kind",
            ),
            (
                "visits[0].status",
                "PAST",
                "invalid value 'PAST' for VisitStatus, expected one of 'past', 'ongoing', "
                "'planned', 'cancelled', 'postponed' @ $.visits[0].status",
            ),
            (
                "statements[0].speaker",
                "Arlen Voss",
                "invalid value for type, expected object (Actor), got str"
                " @ $.statements[0].speaker",
            ),
            (
                "visits[0].destination.latitude",
                10**400,
                "invalid value for type, expected float, got an int too large"
                " @ $.visits[0].destination.latitude",
            ),
        ],
    )
    def test_no_coercion(
        self, fictional_article: Article, path: str, value: object, message: str
    ) -> None:
        """A value of the wrong JSON type is rejected with its path, never coerced."""
        assert _load_problem(fictional_article, path, value) == message

    def test_int_for_float(self, fictional_article: Article) -> None:
        """JSON has one number type, so 1 loads as the float 1.0 (bool does not)."""
        data = to_dict(fictional_article)
        data["statements"][0]["confidence"] = 1
        assert from_dict(data).statements[0].confidence.hex() == (1.0).hex()

    def test_unknown_key(self, fictional_article: Article) -> None:
        """An unknown key is an error at the object that holds it."""
        data = to_dict(fictional_article)
        data["statements"][0]["mood"] = "upbeat"
        with pytest.raises(LoadError) as info:
            from_dict(data)
        assert info.value.message == "unknown keys 'mood' @ $.statements[0]"

    def test_missing_required(self, fictional_article: Article) -> None:
        """A key whose field has no default must be there."""
        data = to_dict(fictional_article)
        del data["visits"][0]["destination"]
        with pytest.raises(LoadError) as info:
            from_dict(data)
        assert info.value.message == "required field missing @ $.visits[0].destination"

    def test_omitted_defaults(self, fictional_article: Article) -> None:
        """Keys of fields with a default may be left out (data written before they existed)."""
        data = to_dict(fictional_article)
        for key in ("origin", "dateline", "related", "noise", "statements", "visits"):
            del data[key]
        del data["initiatives"]
        plain = Article(
            id=fictional_article.id,
            date=fictional_article.date,
            headline=fictional_article.headline,
            source=fictional_article.source,
            paragraphs=fictional_article.paragraphs,
        )
        assert from_dict(data) == plain

    def test_every_problem_listed(self, fictional_article: Article) -> None:
        """All problems come in one message, so one run shows everything to fix."""
        data = to_dict(fictional_article)
        data["headline"] = None
        data["visits"][0]["when"]["granularity"] = "fortnight"
        data["initiatives"][0]["location"]["latitude"] = "12.5"
        with pytest.raises(LoadError) as info:
            from_dict(data)
        assert info.value.message == (
            "invalid value for type, expected str, got null @ $.headline; "
            "invalid value 'fortnight' for Granularity, expected one of 'day', 'days', 'week', "
            "'part_of_month', 'month', 'part_of_year', 'year', 'unresolved' "
            "@ $.visits[0].when.granularity; "
            "invalid value for type, expected float, got str @ $.initiatives[0].location.latitude"
        )

    def test_validator_message_shown(self, fictional_article: Article) -> None:
        """An attrs validator's own message explains a value of the right type but wrong form."""
        data = to_dict(fictional_article)
        data["statements"][0]["speaker"]["name"] = "  "
        with pytest.raises(LoadError) as info:
            from_dict(data)
        assert info.value.message == (
            "name must not be empty or whitespace @ $.statements[0].speaker"
        )

    def test_span_invariant(self, fictional_article: Article) -> None:
        """A span that does not hold its text fails the article's own check, at $."""
        data = to_dict(fictional_article)
        data["statements"][0]["span"] = {"start": 149, "end": 165}
        with pytest.raises(LoadError) as info:
            from_dict(data)
        assert info.value.message == (
            "statements[0]: span [149, 165) does not hold its text 'Trade will grow,' @ $"
        )

    @pytest.mark.parametrize(
        ("tag", "message"),
        [
            (
                "cpecdata/2",
                "unsupported data: schema 'cpecdata/2', expected 'cpecdata/1' @ $.schema",
            ),
            (None, "unsupported data: no schema tag, expected 'cpecdata/1' @ $.schema"),
        ],
    )
    def test_schema_version(
        self, fictional_article: Article, tag: str | None, message: str
    ) -> None:
        """Another (or no) format version is refused rather than misread."""
        data = to_dict(fictional_article)
        if tag is None:
            del data["schema"]
        else:
            data["schema"] = tag
        with pytest.raises(LoadError) as info:
            from_dict(data)
        assert info.value.message == message

    def test_not_an_object(self) -> None:
        """A JSON array is not an article."""
        with pytest.raises(LoadError) as info:
            from_dict([], path="x.json")
        assert str(info.value) == "x.json: expected a JSON object, got list @ $"


class TestJsonLines:
    def test_dump(self, fictional_article: Article) -> None:
        """One compact JSON document per line, each ending in a newline."""
        out = io.StringIO()
        assert dump_jsonl([fictional_article, fictional_article], out) == 2
        line = to_json(fictional_article) + "\n"
        assert out.getvalue() == line + line

    def test_truncated_last_line(self, fictional_article: Article) -> None:
        """A cut-off last line is reported with path and line; the lines before still load."""
        line = to_json(fictional_article)
        lines = io.StringIO(f"{line}\n\n{line}\n{line[:40]}")
        items = list(iter_jsonl(lines, "out.jsonl"))
        assert items[:2] == [fictional_article, fictional_article]
        assert isinstance(items[2], LoadError)
        assert str(items[2]) == (
            "out.jsonl:4: not valid JSON: Unterminated string starting at: "
            "line 1 column 32 (char 31)"
        )

    def test_bad_line_in_the_middle(self, fictional_article: Article) -> None:
        """An invalid article on one line does not stop the lines after it."""
        bad = to_dict(fictional_article)
        bad["paragraphs"] = [{"text": "x", "span": {"start": "0", "end": 1}}]
        lines = [to_json(fictional_article), json.dumps(bad), to_json(fictional_article)]
        items = list(iter_jsonl(lines))
        assert [type(item) for item in items] == [Article, LoadError, Article]
        assert str(items[1]) == (
            "<string>:2: invalid value for type, expected int, got str @ $.paragraphs[0].span.start"
        )

    def test_bom_before_first_line(self, fictional_article: Article) -> None:
        """A file saved with a UTF-8 BOM still loads from its first line."""
        lines = ["\ufeff" + to_json(fictional_article), to_json(fictional_article)]
        assert list(iter_jsonl(lines)) == [fictional_article, fictional_article]

    def test_load_strict(self, fictional_article: Article) -> None:
        """load_jsonl returns every article of a clean file."""
        lines = io.StringIO(to_json(fictional_article) + "\n")
        assert load_jsonl(lines, "a.jsonl") == [fictional_article]

    def test_load_strict_raises(self, fictional_article: Article) -> None:
        """load_jsonl raises the first bad line's error instead of returning part of the file."""
        lines = [to_json(fictional_article), "[]"]
        with pytest.raises(LoadError) as info:
            load_jsonl(lines, "a.jsonl")
        assert (info.value.path, info.value.line) == ("a.jsonl", 2)


def test_paragraph_structure_round_trip() -> None:
    """A minimal article (no facts, no origin path) survives the trip too."""
    article = Article(
        id="0",
        date=dt.date(2020, 1, 1),
        headline="h",
        source="x",
        paragraphs=(Paragraph("x", Span(0, 1)),),
    )
    assert from_json(to_json(article)) == article
