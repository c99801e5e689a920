"""Per-user settings, each declared once with its type and default (Picard's options habit).

Workspace settings (company, board, paper size) live in the file; these belong to the person
at this computer: interface language, recent files, register filters, window geometry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from leitplanken.i18n.translator import normalize_language, system_language


@dataclass(frozen=True)
class Option:
    """One setting: its key in QSettings, its Python type and its default."""

    key: str
    type: type
    default: Any


LANGUAGE = Option("ui/language", str, "")
RECENT_FILES = Option("files/recent", list, [])
REGISTER_SEARCH = Option("register/search", str, "")
REGISTER_FILTERS = Option("register/filters", dict, {})
REGISTER_SORT_COLUMN = Option("register/sort_column", int, 0)
REGISTER_SORT_ORDER = Option("register/sort_order", int, 0)
WINDOW_GEOMETRY = Option("window/geometry", bytes, b"")
#: Who works at this computer ("I am …" in Settings): the author of every change in the history.
ME = Option("user/me", str, "")


def settings() -> QSettings:
    """The app's QSettings (organisation and application names set by app.py)."""
    return QSettings()


def get(option: Option) -> Any:
    """The stored value, or the default when missing or of an unexpected type."""
    # Any, not object: what comes back depends on the backend and the file, and each branch
    # below checks it or catches the conversion's failure.
    value: Any = settings().value(option.key, None)
    if value is None:
        return option.default
    if option.type is list:
        if isinstance(value, str):
            return [value]
        return list(value) if isinstance(value, list | tuple) else option.default
    if option.type is dict:
        return dict(value) if isinstance(value, dict) else option.default
    if option.type is bytes:
        try:
            return bytes(value)
        except TypeError:
            return option.default
    try:
        return option.type(value)
    except (TypeError, ValueError):
        return option.default


def put(option: Option, value: Any) -> None:
    """Stores a value."""
    settings().setValue(option.key, value)


def interface_language() -> str:
    """The language the interface runs in now (set by app.py and the settings dialog)."""
    app = QCoreApplication.instance()
    value = app.property("leitplanken_language") if app is not None else None
    if value:
        return normalize_language(str(value))
    return normalize_language(get(LANGUAGE) or system_language())


def my_name() -> str:
    """The name chosen under "I am …", tidied; empty when nobody was chosen yet."""
    return " ".join(str(get(ME)).split())
