"""The JSON Schema (draft 2020-12) of a serialized article, generated from the model classes.

Generating it from ``attrs.fields`` keeps it in step with the model: each attrs class becomes an
object definition with ``additionalProperties: false``, its fields' docstring lines become
descriptions, and the fields without a default are required (the writer always writes every
key; the loader accepts omitted keys of defaulted fields, and so does the schema). The schema
gives the shape and types; the values the model checks in code (non-negative offsets, non-blank
texts, confidences in [0, 1], spans that hold their text) are checked by the loader only. A
copy ships as ``cpecdata/data/schema.json``; regenerate it with ``cpecdata schema``.
"""

import datetime as dt
import enum
import inspect
import re
import types
import typing
from typing import Any

import attrs

from cpecdata.model import SCHEMA, Article
from cpecdata.serialize._converter import CONVERTER

__all__ = ["json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_PRIMITIVES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
}
_FIELD_LINE = re.compile(r" {4}(\w+): (.*)")
_MARKUP = re.compile(r":\w+:`~?([^`]*)`|``([^`]*)``")


def json_schema() -> dict[str, Any]:
    """The JSON Schema every :func:`~cpecdata.serialize.json.to_dict` value validates against."""
    definitions: dict[str, dict[str, Any]] = {}
    article = _object_schema(Article, definitions)
    tag = {"const": SCHEMA, "description": "Format tag; another value is another format."}
    return {
        "$schema": _DRAFT,
        "title": f"cpecdata article ({SCHEMA})",
        "description": article["description"],
        "type": "object",
        "properties": {"schema": tag, **article["properties"]},
        "required": ["schema", *article["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }


def _object_schema(cls: type, definitions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The object schema of one attrs class, adding the classes it uses to ``definitions``."""
    attrs.resolve_types(cls)
    docs = _attribute_docs(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        prop = _type_schema(field.type, definitions)
        if field.name in docs:
            prop["description"] = docs[field.name]
        if field.default is attrs.NOTHING:
            required.append(field.name)
        else:
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            prop["default"] = CONVERTER.unstructure(default)
        properties[field.name] = prop
    return {
        "type": "object",
        "description": _summary(cls),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _type_schema(annotation: Any, definitions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The schema of one field type; a class becomes a ``$ref`` to its definition."""
    if annotation in _PRIMITIVES:
        return dict(_PRIMITIVES[annotation])
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is types.UnionType and type(None) in args:
        (inner,) = (arg for arg in args if arg is not type(None))
        return {"anyOf": [_type_schema(inner, definitions), {"type": "null"}]}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type_schema(args[0], definitions)}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        if annotation.__name__ not in definitions:
            values = [member.value for member in annotation]
            definitions[annotation.__name__] = {
                "type": "string",
                "description": _summary(annotation),
                "enum": values,
            }
        return {"$ref": f"#/$defs/{annotation.__name__}"}
    if isinstance(annotation, type) and attrs.has(annotation):
        if annotation.__name__ not in definitions:
            definitions[annotation.__name__] = {}  # reserve the name before recursing
            definitions[annotation.__name__] = _object_schema(annotation, definitions)
        return {"$ref": f"#/$defs/{annotation.__name__}"}
    raise TypeError(f"no JSON Schema mapping for field type {annotation!r}")


def _plain(text: str) -> str:
    """Docstring text without reST roles and literals (``x`` and :attr:`x` become x)."""
    return _MARKUP.sub(lambda m: m[1] or m[2], text)


def _summary(cls: type) -> str:
    """The first line of a class docstring."""
    return _plain(inspect.cleandoc(cls.__doc__ or cls.__name__).partition("\n")[0])


def _attribute_docs(cls: type) -> dict[str, str]:
    """Field descriptions from the ``Attributes:`` section of a Google-style class docstring."""
    section = inspect.cleandoc(cls.__doc__ or "").partition("\nAttributes:\n")[2]
    docs: dict[str, str] = {}
    name = ""
    for line in section.splitlines():
        field = _FIELD_LINE.fullmatch(line)
        if field:
            name = field[1]
            docs[name] = field[2]
        elif line.startswith(" " * 8) and name:
            docs[name] += " " + line.strip()
        elif line.strip():
            break
    return {key: _plain(text) for key, text in docs.items()}
