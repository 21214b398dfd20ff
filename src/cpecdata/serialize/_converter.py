"""The strict cattrs converter behind every serializer: plain JSON values in, model objects out.

Encoding, type by type:

- ``str``, ``int``, ``bool``: as themselves, and loading takes only that exact JSON type (no
  ``"5"`` for 5, no ``1.9`` or ``true`` for an int, no ``123`` for a string).
- ``float``: a JSON number; an integer such as ``1`` is taken as ``1.0`` (JSON has one number
  type), but not ``true``, a string, or a non-finite value.
- ``datetime.date``: an ISO ``YYYY-MM-DD`` string, nothing else (no week dates, no ``20221121``).
- enums: their value (``"past"``); loading takes only one of the values.
- ``tuple[X, ...]``: a JSON array (a list; a Python tuple also loads), never a string or object.
- attrs classes: a JSON object with one key per field, in field order; unknown keys are
  rejected. ``None`` is written as ``null`` and every key is written. On loading, a key whose
  field has a default may be omitted (the default is used), so data written before an optional
  field was added still loads; keys of fields without a default are required.

Loading problems are reported with the JSON path of each offending value by :func:`problems`.
"""

import datetime as dt
import enum
import math
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn
from cattrs.v import format_exception

__all__ = ["CONVERTER", "make_converter", "problems"]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class _Invalid(ValueError):
    """A JSON value of the wrong type or form; the message is shown to the user as is."""


def _type_name(value: object) -> str:
    """The JSON name of a loaded value's type, for error messages."""
    json_names = {list: "array", dict: "object", type(None): "null"}
    return json_names.get(type(value), type(value).__name__)


def _expected(what: str, value: object) -> _Invalid:
    return _Invalid(f"invalid value for type, expected {what}, got {_type_name(value)}")


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _expected("str", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise _expected("int", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _expected("bool", value)
    return value


def _structure_float(value: object, _: type) -> float:
    if type(value) is not float and type(value) is not int:
        raise _expected("float", value)
    try:
        number = float(value)
    except OverflowError:
        raise _Invalid("invalid value for type, expected float, got an int too large") from None
    if not math.isfinite(number):
        raise _Invalid(f"invalid value for type, expected a finite float, got {number}")
    return number


def _structure_date(value: object, _: type) -> dt.date:
    if type(value) is not str:
        raise _expected("an ISO date string (YYYY-MM-DD)", value)
    if not _ISO_DATE.match(value):
        raise _Invalid(f"invalid date {value!r}, expected YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"invalid date {value!r}: no such day") from None


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    """Structure an enum from exactly one of its values."""
    by_value = {member.value: member for member in cls}
    choices = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: type) -> enum.Enum:
        member = by_value.get(value) if type(value) is str else None
        if member is None:
            raise _Invalid(f"invalid value {value!r} for {cls.__name__}, expected one of {choices}")
        return member

    return structure


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(cls: Any, converter: cattrs.Converter) -> Callable[[object, type], tuple[Any, ...]]:
    """Structure ``tuple[X, ...]`` from an array only (cattrs alone takes any iterable: ``{}``)."""
    items = homogenous_tuple_structure_factory(cls, converter)

    def structure(value: object, cl: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _expected("array", value)
        result: tuple[Any, ...] = items(value, cl)
        return result

    return structure


def _attrs_hook(cls: type, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    """Structure an attrs class from an object only, rejecting unknown keys."""
    fields: Callable[[Any, type], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True
    )

    def structure(value: object, cl: type) -> Any:
        if not isinstance(value, dict):
            raise _expected(f"object ({cls.__name__})", value)
        return fields(value, cl)

    return structure


def make_converter() -> cattrs.Converter:
    """A new strict converter between model objects and plain JSON values (see the module doc)."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, _unstructure_date)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
    converter.register_structure_hook_factory(attrs.has, _attrs_hook)
    return converter


CONVERTER = make_converter()
"""The module-level converter shared by the serializers (converters are costly to build)."""


def _describe(exc: BaseException, cls: type | None) -> str:
    """One problem in words: our own and attrs validator messages as they are."""
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown keys " + ", ".join(repr(k) for k in sorted(exc.extra_fields))
    if isinstance(exc, ValueError | TypeError):
        return str(exc)
    return format_exception(exc, cls)


def problems(exc: BaseException) -> list[str]:
    """Every problem in a structuring failure, as ``message @ $.json.path``."""
    return cattrs.transform_error(exc, path="$", format_exception=_describe)
