"""Turns domain records into table rows and back: the only place that knows the mapping.

Columns carry the dataclass field names. Dates are ISO text, money and hours decimal text
(exact, no float rounding), booleans 0/1, enums their value, tags a JSON array. Reading is
strict: a value no version of the app could have written raises BadValue, which the caller
reports as a damaged file instead of loading nonsense. That includes a value beyond its kind's
limit (domain/limits.py: text too long, a number out of range): the file is refused with the
column named, never loaded so that the window or the PDF chokes on it. Writing such a value is
a bug of the caller (the editors and the import keep to the limits) and raises ValueError.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from leitplanken.domain import fields as decl
from leitplanken.domain import limits
from leitplanken.domain import model as m
from leitplanken.storage.errors import BadValue

#: The table of each record type (from the declarations in domain/fields.py).
TABLE_OF: dict[type[m.Record], str] = {rt.cls: rt.table for rt in decl.RECORD_TYPES}
CLASS_OF: dict[str, type[m.Record]] = {table: cls for cls, table in TABLE_OF.items()}

#: UseCase fields that are lists of child records, stored in tables of their own.
USE_CASE_CHILDREN = decl.child_collections()

_Kind = tuple[str, Any]  # (converter name, enum class or None)

#: The converter of each declared kind of field.
_CONVERTER: dict[decl.Kind, str] = {
    decl.Kind.TEXT: "str", decl.Kind.LINE: "str", decl.Kind.CODE: "str", decl.Kind.REF: "str",
    decl.Kind.MONEY: "decimal", decl.Kind.NUMBER: "decimal", decl.Kind.INTEGER: "int",
    decl.Kind.FLAG: "bool", decl.Kind.DATE: "date", decl.Kind.ENUM: "enum",
    decl.Kind.TAGS: "tags",
}


def table_for(record: m.Record) -> str:
    """The table a record lives in; TypeError for anything that is not a stored record."""
    try:
        return TABLE_OF[type(record)]
    except KeyError:
        raise TypeError(f"{type(record).__name__} is not a stored record type") from None


_Columns = tuple[tuple[str, bool, _Kind], ...]

#: Per record type: (column, field, most characters) of its text columns, built once.
_TEXT_LIMITS: dict[type[m.Record], dict[str, int]] = {}
#: Per record type: (column, kind) of its decimal columns.
_NUMBER_KINDS: dict[type[m.Record], dict[str, decl.Kind]] = {}

# columns() per record type, built once (loading asks for every row). A dict rather than
# functools.cache: mypy does not see a type[...] value as Hashable, which cache asks for.
_COLUMNS: dict[type[m.Record], _Columns] = {}


def columns(cls: type[m.Record]) -> _Columns:
    """(column, optional, converter) for each stored field of a record type, in field order."""
    cached = _COLUMNS.get(cls)
    if cached is not None:
        return cached
    out: list[tuple[str, bool, _Kind]] = [
        ("uuid", False, ("str", None)), ("modified_at", False, ("str", None)),
        ("revision", False, ("int", None))]
    text_limits = {"uuid": limits.STAMP_CHARS, "modified_at": limits.STAMP_CHARS}
    number_kinds: dict[str, decl.Kind] = {}
    for f in decl.record_type(cls).fields:
        out.append((f.name, f.optional, (_CONVERTER[f.kind], f.enum)))
        chars = limits.max_chars(f)
        if chars is not None and f.kind is not decl.Kind.TAGS:
            text_limits[f.name] = chars
        if limits.number_limit(f.kind) is not None:
            number_kinds[f.name] = f.kind
    _TEXT_LIMITS[cls], _NUMBER_KINDS[cls] = text_limits, number_kinds
    _COLUMNS[cls] = result = tuple(out)
    return result


#: Per record type: (field, most characters of a plain text or None) of each field with a
#: limit, built once (an import checks 130,000 records; most fields have none to check).
_CHECKS: dict[type[m.Record], tuple[tuple[decl.Field, int | None], ...]] = {}


def _checks(cls: type[m.Record]) -> tuple[tuple[decl.Field, int | None], ...]:
    """The fields of a record type that have a text or number limit."""
    cached = _CHECKS.get(cls)
    if cached is None:
        cached = tuple(
            (f, limits.max_chars(f) if f.kind is not decl.Kind.TAGS else None)
            for f in decl.record_type(cls).fields
            if limits.max_chars(f) is not None or limits.number_limit(f.kind) is not None)
        _CHECKS[cls] = cached
    return cached


def check_record(record: m.Record) -> None:
    """ValueError naming the field when a value is beyond its limit (a caller's bug to write)."""
    cls = type(record)
    for f, chars in _checks(cls):
        value = getattr(record, f.name)
        if value is None:
            continue
        if chars is not None and type(value) is str and len(value) <= chars:
            continue  # the usual case, decided without building the reason
        why = limits.text_too_long(f, value)
        if why is None and isinstance(value, Decimal):
            why = limits.number_out_of_range(f.kind, value, stored=True)
        if why is not None:
            raise ValueError(f"value beyond its limit in {TABLE_OF[cls]}.{f.name}: {why}")


def _to_sql(value: Any, kind: _Kind) -> Any:
    """One Python value as the SQLite value it is stored as."""
    name = kind[0]
    if name == "bool":
        return 1 if value else 0
    if name == "int":
        return int(value)
    if name == "date":
        return value.isoformat()
    if name in ("decimal", "enum"):
        return str(value.value if isinstance(value, Enum) else value)
    if name == "tags":
        return json.dumps([_storable(str(t)) for t in value], ensure_ascii=False)
    return _storable(str(value))


def _storable(text: str) -> str:
    """Text SQLite can hold: a lone surrogate (no character at all) becomes U+FFFD.

    Such code units can arrive from pasted or decoded-with-surrogateescape text; storing them
    would fail the whole change.
    """
    if text.isascii():
        return text  # most text: no surrogate possible, and no need to encode it to know
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text


def _text_sql(value: Any) -> str:
    """A text value as stored (the common case of _to_sql, without its dispatch)."""
    if type(value) is str and value.isascii():
        return value
    return _storable(str(value))


def _choice_sql(value: Any) -> str:
    """An enum member or a Decimal as stored (as _to_sql does)."""
    return str(value.value if isinstance(value, Enum) else value)


#: The converters of the kinds most columns have, equal to _to_sql for them.
_FAST_WRITERS: dict[str, Any] = {
    "str": _text_sql, "bool": lambda value: 1 if value else 0, "int": int,
    "date": lambda value: value.isoformat(), "decimal": _choice_sql, "enum": _choice_sql,
}

#: Per record type: (column, converter) of each column, built once; the same values as
#: _to_sql gives, chosen once per column instead of once per value (an import converts
#: 1.6 million values).
_WRITERS: dict[type[m.Record], tuple[tuple[str, Any], ...]] = {}


def _writers(cls: type[m.Record]) -> tuple[tuple[str, Any], ...]:
    """The converter of each column of a record type."""
    cached = _WRITERS.get(cls)
    if cached is None:
        out = []
        for name, _optional, kind in columns(cls):
            fast = _FAST_WRITERS.get(kind[0])
            out.append((name, fast if fast is not None else (lambda value, kind=kind: _to_sql(value, kind))))
        _WRITERS[cls] = cached = tuple(out)
    return cached


def to_row(record: m.Record) -> dict[str, Any]:
    """The row storing one record (a UseCase without its children)."""
    check_record(record)
    return {name: None if (value := getattr(record, name)) is None else convert(value)
            for name, convert in _writers(type(record))}


def _from_sql(value: Any, kind: _Kind) -> Any:
    """One stored value back as its Python type; ValueError when it cannot be ours."""
    name, enum = kind
    if name == "bool":
        if value not in (0, 1):
            raise ValueError(f"not a boolean: {value!r}")
        return bool(value)
    if name == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"not an integer: {value!r}")
        return value
    if not isinstance(value, str):
        raise ValueError(f"not text: {type(value).__name__}")
    if name == "date":
        return date.fromisoformat(value)
    if name == "decimal":
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
        if not number.is_finite():
            raise ValueError(f"not a finite number: {value!r}")
        return number
    if name == "enum":
        return enum(value)
    if name == "tags":
        tags = json.loads(value)
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValueError("tags are not a list of strings")
        return tags
    return value


def from_row[R: m.Record](cls: type[R], row: dict[str, Any]) -> R:
    """Builds a record from its row; ValueError names the column that holds nonsense.

    A row read without some columns (a use case's long texts, read later) builds the record
    with those fields at their defaults; the caller removes them (see reads.py).
    """
    return cls(**row_values(cls, row))


def row_values(cls: type[m.Record], row: dict[str, Any]) -> dict[str, Any]:
    """The checked Python values of the columns a row holds (all, or those read)."""
    values: dict[str, Any] = {}
    cols = columns(cls) if len(row) >= len(columns(cls)) else [
        c for c in columns(cls) if c[0] in row]
    text_limits, number_kinds = _TEXT_LIMITS[cls], _NUMBER_KINDS[cls]
    for name, optional, kind in cols:
        value = row[name]
        if value is None:
            if not optional:
                raise BadValue(f"{TABLE_OF[cls]}.{name} is empty")
            values[name] = None
            continue
        if kind[0] == "str" and value.__class__ is str:
            if len(value) > text_limits[name]:
                raise BadValue(f"value too long in {TABLE_OF[cls]}.{name}: {len(value)} "
                               f"characters, at most {text_limits[name]}")
            values[name] = value  # most columns; skipping the call halves loading time
            continue
        try:
            values[name] = converted = _from_sql(value, kind)
        except (ValueError, TypeError, OverflowError) as exc:
            # the converters judge one stored value: whatever they trip over is the file's
            raise BadValue(f"{TABLE_OF[cls]}.{name}: {exc}") from None
        if kind[0] not in ("decimal", "tags"):
            continue  # flags, integers, dates and enums have no limit beyond their converter
        why = _beyond_limit(name, converted, number_kinds)
        if why is not None:
            raise BadValue(f"value out of range in {TABLE_OF[cls]}.{name}: {why}")
    return values


def _beyond_limit(name: str, value: Any, number_kinds: dict[str, decl.Kind]) -> str | None:
    """Why a converted stored value (a number, a tag list) is beyond its limit; None if fine."""
    if isinstance(value, Decimal):
        kind = number_kinds.get(name)
        return None if kind is None else limits.number_out_of_range(kind, value, stored=True)
    if isinstance(value, list):
        return limits.text_too_long(_TAGS_FIELD, value)
    return None


#: A stand-in declaration to measure any tag list by (the limit is the kind's, not the field's).
_TAGS_FIELD = decl.Field("tags", decl.Kind.TAGS, "")


def summary(record: m.Record) -> str:
    """A short human description of a record for the history (its title or name)."""
    for attr in ("title", "name", "catalogue_key", "question", "letter", "kind"):
        value = getattr(record, attr, None)
        if value:
            text = _storable(str(value.value if isinstance(value, Enum) else value))
            return text if len(text) <= 120 else text[:119] + "…"
    return ""
