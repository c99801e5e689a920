"""The shapes of catalogue entries, kept apart so each catalogue version is a plain data module."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from leitplanken.domain.model import Category

#: A text in several languages: {"de": "…", "en": "…"}; Swiss German is derived from "de".
Texts = Mapping[str, str]


@dataclass(frozen=True)
class ActivityDef:
    """A standard RACI activity: stable key, title and the question it answers (guidance)."""

    key: str
    title: Texts
    guidance: Texts


@dataclass(frozen=True)
class ItemDef:
    """A standard checklist item: stable key, category, required for readiness, title, hint."""

    key: str
    category: Category
    required: bool
    title: Texts
    hint: Texts


@dataclass(frozen=True)
class CatalogueVersion:
    """One published version of the catalogue; a workspace keeps the version it started with."""

    version: int
    activities: tuple[ActivityDef, ...]
    items: tuple[ItemDef, ...]


@dataclass(frozen=True)
class CatalogueActivity:
    """A catalogue activity in one language, ready for a list or the RACI grid."""

    key: str
    title: str
    guidance: str
    sort: int


@dataclass(frozen=True)
class CatalogueItem:
    """A catalogue checklist item in one language."""

    key: str
    category: Category
    title: str
    hint: str
    required: bool
    sort: int
