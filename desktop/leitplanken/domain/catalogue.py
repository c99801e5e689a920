"""The standard catalogue: RACI activities and checklist items in German and English, versioned.

A workspace records the catalogue version it was created with (Company.catalogue_version) and
keeps it; a newer version can be taken up later with `seed_use_case(uc, lang, version)`, which
only adds the entries a use case does not have yet. Keys are stable across versions.

Catalogue rows in a use case carry their key and, as a fallback for readers without this
catalogue (an older app, a plain SQLite tool), the title in the language they were created in.
Display code uses `activity_label` / `item_label`, which prefer the catalogue text in the
current language.
"""

from __future__ import annotations

from leitplanken.domain.article_hints import ARTICLE_HINTS
from leitplanken.domain.catalogue_types import (
    ActivityDef,
    CatalogueActivity,
    CatalogueItem,
    CatalogueVersion,
    ItemDef,
    Texts,
)
from leitplanken.domain.catalogue_v1 import CATALOGUE_V1
from leitplanken.domain.model import (
    ChecklistItem,
    CxAnswer,
    CxQuestion,
    RaciActivity,
    UseCase,
)

#: The newest catalogue this app knows; new workspaces start with it.
CATALOGUE_VERSION = 1

#: Every published version; a version 2 goes here with its own data module.
CATALOGUES: dict[int, CatalogueVersion] = {1: CATALOGUE_V1}


def text_language(lang: str | None) -> str:
    """Which text column a UI/PDF language reads: "de" for any German, else "en"."""
    return "de" if (lang or "").replace("-", "_").lower().startswith("de") else "en"


def is_swiss(lang: str | None) -> bool:
    """Whether a language code means Swiss German (de_CH, de-CH, de_LI)."""
    code = (lang or "").replace("-", "_").lower()
    return code.startswith("de_") and code[3:5] in ("ch", "li")


def swiss_text(text: str) -> str:
    """German text in Swiss spelling and typography: "ss" for "ß", «guillemets» for „quotes“.

    The one rule for Swiss German: catalogue texts, the app's catalogue and Qt's own strings.
    """
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    return text.replace("„", "«").replace("“", "»").replace("‚", "‹").replace("‘", "›")


def catalogue_text(texts: Texts, lang: str | None) -> str:
    """A text in the requested language; Swiss German in Swiss spelling; English fallback."""
    text = texts.get(text_language(lang)) or texts.get("en") or next(iter(texts.values()), "")
    return swiss_text(text) if is_swiss(lang) else text


def catalogue(version: int = CATALOGUE_VERSION) -> CatalogueVersion:
    """One catalogue version; a file from a newer app falls back to the newest we know."""
    if version in CATALOGUES:
        return CATALOGUES[version]
    known = [v for v in CATALOGUES if v <= version] or [min(CATALOGUES)]
    return CATALOGUES[max(known)]


def activities(lang: str, version: int = CATALOGUE_VERSION) -> list[CatalogueActivity]:
    """The standard RACI activities of a version in one language, in catalogue order."""
    return [
        CatalogueActivity(a.key, catalogue_text(a.title, lang), catalogue_text(a.guidance, lang), i)
        for i, a in enumerate(catalogue(version).activities)
    ]


def checklist(lang: str, version: int = CATALOGUE_VERSION) -> list[CatalogueItem]:
    """The standard checklist items of a version in one language, by category then order."""
    return [
        CatalogueItem(it.key, it.category, catalogue_text(it.title, lang),
                      catalogue_text(it.hint, lang), it.required, i)
        for i, it in enumerate(catalogue(version).items)
    ]


def activity_def(key: str | None) -> ActivityDef | None:
    """The newest definition of an activity key, whichever version introduced it."""
    for version in sorted(CATALOGUES, reverse=True):
        for a in CATALOGUES[version].activities:
            if a.key == key:
                return a
    return None


def item_def(key: str | None) -> ItemDef | None:
    """The newest definition of a checklist item key."""
    for version in sorted(CATALOGUES, reverse=True):
        for it in CATALOGUES[version].items:
            if it.key == key:
                return it
    return None


def activity_title(key: str, lang: str) -> str:
    """A catalogue activity's title in a language ("" for an unknown key)."""
    found = activity_def(key)
    return catalogue_text(found.title, lang) if found else ""


def activity_guidance(key: str, lang: str) -> str:
    """The question a catalogue activity answers ("who checks …?"), for tooltips."""
    found = activity_def(key)
    return catalogue_text(found.guidance, lang) if found else ""


def item_title(key: str, lang: str) -> str:
    """A catalogue checklist item's title in a language ("" for an unknown key)."""
    found = item_def(key)
    return catalogue_text(found.title, lang) if found else ""


def item_hint(key: str, lang: str) -> str:
    """The one-line hint of a catalogue item, citing the rule it comes from."""
    found = item_def(key)
    return catalogue_text(found.hint, lang) if found else ""


def activity_label(activity: RaciActivity, lang: str) -> str:
    """What to show for a matrix row: catalogue title in `lang`, else the stored title."""
    return (activity_title(activity.catalogue_key, lang) if activity.catalogue_key else "") or (
        activity.title
    )


def item_label(item: ChecklistItem, lang: str) -> str:
    """What to show for a checklist item: catalogue title in `lang`, else the stored title."""
    return (item_title(item.catalogue_key, lang) if item.catalogue_key else "") or item.title


def seed_use_case(uc: UseCase, lang: str, version: int = CATALOGUE_VERSION) -> None:
    """Adds the catalogue's activities, checklist items and the three CX questions to a use case.

    Entries the use case already has (same catalogue key) are left alone, so calling it again
    with a newer version takes up only what is new.
    """
    have_act = {a.catalogue_key for a in uc.activities if a.catalogue_key}
    next_sort = max((a.sort for a in uc.activities), default=-1) + 1
    for a in catalogue(version).activities:
        if a.key in have_act:
            continue
        uc.activities.append(RaciActivity(use_case_uuid=uc.uuid, catalogue_key=a.key,
                                          title=catalogue_text(a.title, lang), sort=next_sort))
        next_sort += 1
    have_item = {i.catalogue_key for i in uc.checklist if i.catalogue_key}
    next_sort = max((i.sort for i in uc.checklist), default=-1) + 1
    for it in catalogue(version).items:
        if it.key in have_item:
            continue
        uc.checklist.append(ChecklistItem(
            use_case_uuid=uc.uuid, catalogue_key=it.key, category=it.category,
            title=catalogue_text(it.title, lang), required=it.required, sort=next_sort))
        next_sort += 1
    for question in CxQuestion:
        if uc.cx_answer(question) is None:
            uc.cx.append(CxAnswer(use_case_uuid=uc.uuid, question=question))


def article_question(key: str, lang: str) -> str:
    """The article's question for a part of the form ("problem", "relief", "responsibility" …)."""
    return catalogue_text(ARTICLE_HINTS[key]["question"], lang)


def article_hint(key: str, lang: str) -> str:
    """The article's guidance for that part, e.g. 'Nicht „Effizienz steigern“, sondern: …'."""
    return catalogue_text(ARTICLE_HINTS[key]["hint"], lang)


def article_example(key: str, lang: str) -> str:
    """A concrete example answer in the article's spirit, for placeholders and the wizard."""
    return catalogue_text(ARTICLE_HINTS[key]["example"], lang)


def article_hint_keys() -> list[str]:
    """The parts of the form that have article guidance."""
    return list(ARTICLE_HINTS)
