import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from cpecdata.model import Article
from cpecdata.serialize import schema
from cpecdata.serialize.json import to_dict
from cpecdata.serialize.schema import json_schema


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


def _errors(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Each schema violation as (JSON path, validator keyword)."""
    found = _validator().iter_errors(data)
    return sorted((e.json_path, str(e.validator)) for e in found)


def test_shipped_file_is_current() -> None:
    """The schema.json in the package equals the generated one, so it cannot go stale."""
    shipped = resources.files("cpecdata") / "data" / "schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == json_schema()


def test_is_a_valid_draft_2020_12_schema() -> None:
    """The schema itself is valid against the metaschema it names."""
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_header() -> None:
    """The top level names the draft, the format tag and the required keys."""
    generated = json_schema()
    assert {k: generated[k] for k in ("$schema", "title", "required", "additionalProperties")} == {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "cpecdata article (cpecdata/1)",
        "required": ["schema", "id", "date", "headline", "source"],
        "additionalProperties": False,
    }
    assert generated["properties"]["schema"] == {
        "const": "cpecdata/1",
        "description": "Format tag; another value is another format.",
    }


def test_class_definition() -> None:
    """An attrs class becomes a closed object with typed, described properties."""
    assert json_schema()["$defs"]["Span"] == {
        "type": "object",
        "description": "A half-open character interval [start, end) into Article.source.",
        "properties": {
            "start": {"type": "integer", "description": "Offset of the first character."},
            "end": {"type": "integer", "description": "Offset one past the last character."},
        },
        "required": ["start", "end"],
        "additionalProperties": False,
    }


def test_optional_enum_and_default() -> None:
    """X | None is anyOf null, enums are referenced, defaults are given in JSON form."""
    props = json_schema()["$defs"]["Initiative"]["properties"]
    assert props["status"] == {
        "anyOf": [{"$ref": "#/$defs/InitiativeStatus"}, {"type": "null"}],
        "description": "Stage reported, if stated.",
        "default": None,
    }
    assert json_schema()["$defs"]["InitiativeStatus"] == {
        "type": "string",
        "description": "The stage an article reports for an initiative.",
        "enum": [
            "planned",
            "announced",
            "approved",
            "agreed",
            "established",
            "under construction",
            "progress",
            "completed",
        ],
    }


def test_multi_line_description_joined() -> None:
    """A field description that wraps in the docstring is one sentence in the schema."""
    cameo = json_schema()["$defs"]["Visit"]["properties"]["cameo"]
    assert cameo == {
        "type": "array",
        "items": {"type": "string"},
        "description": "CAMEO event codes: 042 (make a visit), and 043 (host a visit) when a "
        "host is stated.",
        "default": ["042"],
    }


def test_written_json_validates(fictional_article: Article) -> None:
    """Everything the JSON writer produces is valid under the schema."""
    assert _errors(to_dict(fictional_article)) == []


def test_rejects_wrong_shapes(fictional_article: Article) -> None:
    """Unknown or missing keys, wrong types, bad enum values and dates fail validation."""
    data = to_dict(fictional_article)
    data["mood"] = "upbeat"
    data["date"] = "2024-02-30"
    data["paragraphs"][0]["span"]["start"] = "60"
    data["statements"][0]["kind"] = "quoted"
    data["visits"][0]["qualifiers"] = "official"
    del data["initiatives"][0]["sector"]
    data["headline"] = None
    assert _errors(data) == [
        ("$", "additionalProperties"),
        ("$.date", "format"),
        ("$.headline", "type"),
        ("$.initiatives[0]", "required"),
        ("$.paragraphs[0].span.start", "type"),
        ("$.statements[0].kind", "enum"),
        ("$.visits[0].qualifiers", "type"),
    ]


def test_unmapped_type_is_an_error() -> None:
    """A field type the generator does not know fails loudly instead of being left out."""
    with pytest.raises(TypeError) as info:
        schema._type_schema(dict[str, int], {})
    assert str(info.value) == "no JSON Schema mapping for field type dict[str, int]"
