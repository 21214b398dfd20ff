"""Serializers: one module per format, all built on one strict cattrs converter.

- :mod:`cpecdata.serialize.json`: dicts, JSON text and JSON Lines, validated on loading.
- :mod:`cpecdata.serialize.raw`: the raw scraped-text format, written back.
- :mod:`cpecdata.serialize.schema`: the JSON Schema of the JSON form, generated from the model.
"""

from cpecdata.serialize.json import (
    dump_jsonl,
    from_dict,
    from_json,
    iter_jsonl,
    load_jsonl,
    to_dict,
    to_json,
)
from cpecdata.serialize.raw import render_raw, render_raw_many
from cpecdata.serialize.schema import json_schema

__all__ = [
    "dump_jsonl",
    "from_dict",
    "from_json",
    "iter_jsonl",
    "json_schema",
    "load_jsonl",
    "render_raw",
    "render_raw_many",
    "to_dict",
    "to_json",
]
