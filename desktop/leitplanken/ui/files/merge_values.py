"""Field names and values of records in words, for the merge conflict list.

A conflict shows the field ("Concrete problem", not `problem`) and both values as a user
reads them elsewhere: statuses and letters by their translated names, people and systems by
their names instead of UUIDs, dates and yes/no in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from leitplanken.domain.fields import RECORD_TYPES, field_of
from leitplanken.i18n import labels
from leitplanken.i18n.translator import AppTranslator

_MAX_SHOWN = 300


def field_label(name: str) -> str:
    """The field's declared name (domain/fields.py) in the interface language; the raw name
    only for something that is no declared field."""
    for rt in RECORD_TYPES:
        declared = field_of(rt.cls, name)
        if declared is not None:
            return labels.field_label(rt.cls, name, AppTranslator())
    return name


def value_text(value: Any, names: Mapping[str, str], fmt: Any = None) -> str:
    """One value in words; `names` maps UUIDs of people, systems … to their names; dates go
    through the workspace's Formatter when one is given."""
    tr = AppTranslator()
    enum_labels = labels.ENUM_LABELS
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        text = labels.yes_no(value, tr)
    elif type(value) in enum_labels:
        text = enum_labels[type(value)](value, tr)
    elif isinstance(value, date):
        text = fmt.date(value) if fmt is not None else value.isoformat()
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value) or "—"
    elif isinstance(value, str) and value in names:
        text = names[value]
    else:
        text = str(value)
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"
