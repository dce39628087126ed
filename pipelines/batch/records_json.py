"""A Document and every record inside it as JSON data, and back: what the cache keeps between
runs. Loading builds only the frozen dataclasses of `extract.model` from plain JSON values,
checked field by field against their type hints, so an entry is data that can never run code.

The form: {"format": FORMAT, "version": VERSION, "document": {...}}, a record as an object of
its fields, a tuple as an array, a date as an ISO string (YYYY-MM-DD). Anything else (another
format or version, a missing or extra field, a value of the wrong type) is `RecordFormatError`.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, cast

from extract.model import Document

FORMAT = "actionplan-document"
#: raised whenever the form changes, so an older or newer entry is never read as this one
VERSION = 2


class RecordFormatError(ValueError):
    """JSON that is not a Document of this form and version."""


def to_data(value: Any) -> Any:
    """`value` (a record, a tuple, a date or a JSON scalar) as plain JSON values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [to_data(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise RecordFormatError(f"cannot write a {type(value).__name__} as JSON")


@cache
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(hint: Any, data: Any) -> Any:
    """The value of type `hint` that `data` is the JSON form of."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return from_union(typing.get_args(hint), data)
    if origin is tuple:
        return from_array(typing.get_args(hint), data)
    if isinstance(hint, type) and is_dataclass(hint):
        return from_object(hint, data)
    return from_scalar(hint, data)


def from_union(options: tuple[Any, ...], data: Any) -> Any:
    if data is None and type(None) in options:
        return None
    for option in (o for o in options if o is not type(None)):
        try:
            return from_data(option, data)
        except RecordFormatError:
            continue
    raise RecordFormatError(f"{type(data).__name__} is none of {options}")


def from_array(items: tuple[Any, ...], data: Any) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise RecordFormatError(f"expected an array, got {type(data).__name__}")
    if len(items) == 2 and items[1] is Ellipsis:
        return tuple(from_data(items[0], item) for item in data)
    if len(items) != len(data):
        raise RecordFormatError(f"expected {len(items)} items, got {len(data)}")
    return tuple(from_data(hint, item) for hint, item in zip(items, data))


def from_object(cls: type, data: Any) -> Any:
    names = [f.name for f in fields(cls)]
    if not isinstance(data, dict) or sorted(data) != sorted(names):
        raise RecordFormatError(f"not the fields of {cls.__name__}")
    kinds = hints(cls)
    return cls(**{name: from_data(kinds[name], data[name]) for name in names})


def from_scalar(hint: Any, data: Any) -> Any:
    if hint is date:
        return from_iso_date(data)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return from_enum(hint, data)
    allowed = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}.get(hint, ())
    if type(data) not in allowed:  # exact types: a JSON true is not an int
        raise RecordFormatError(f"expected {getattr(hint, '__name__', hint)}, got {type(data).__name__}")
    return data


def from_enum(hint: type[StrEnum], data: Any) -> StrEnum:
    if isinstance(data, str) and data in {member.value for member in hint}:
        return hint(data)
    raise RecordFormatError(f"expected one of {hint.__name__}, got {data!r}"[:200])


def from_iso_date(data: Any) -> date:
    try:
        day = date.fromisoformat(data) if isinstance(data, str) else None
    except ValueError:
        day = None
    if day is None or day.isoformat() != data:  # only the form `to_data` writes
        raise RecordFormatError(f"not a date: {data!r}")
    return day


def dumps(document: Document) -> bytes:
    """The JSON form of `document` (ASCII: any character, even an unpaired surrogate, escaped)."""
    entry = {"format": FORMAT, "version": VERSION, "document": to_data(document)}
    return json.dumps(entry, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def loads(data: bytes) -> Document:
    """The Document `data` is the JSON form of; `RecordFormatError` if it is not one."""
    try:
        entry = json.loads(data)
    except (ValueError, RecursionError) as error:  # not JSON, not UTF-8, or nested too deep
        raise RecordFormatError(f"not JSON: {error}") from error
    if not isinstance(entry, dict) or sorted(entry) != ["document", "format", "version"]:
        raise RecordFormatError("not a cache entry")
    if entry["format"] != FORMAT or type(entry["version"]) is not int or entry["version"] != VERSION:
        raise RecordFormatError(f"another form: {entry['format']!r} version {entry['version']!r}")
    return cast(Document, from_data(Document, entry["document"]))
